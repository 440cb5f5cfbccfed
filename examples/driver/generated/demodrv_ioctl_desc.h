/* SPDX-License-Identifier: GPL-2.0 OR MIT */
/*
 * One row of the generated ioctl table (demodrv_ioctl_table.c, which thunkgen writes):
 * a command's number and argument size in each ABI, and its copy-back
 * policy (results go back on success, always, or also on the listed errors).
 */
#ifndef DEMODRV_IOCTL_DESC_H
#define DEMODRV_IOCTL_DESC_H

#ifdef __KERNEL__
#include <linux/errno.h>
#include <linux/types.h>
#else
#include <errno.h>
#include <linux/types.h>
#endif

#include "demodrv_layout.h"

enum demodrv_copyback_policy {
	DEMODRV_COPYBACK_POLICY_SUCCESS = 0,
	DEMODRV_COPYBACK_POLICY_ALWAYS = 1,
};

#define DEMODRV_MAX_COPYBACK_ERRS 4

struct demodrv_ioctl_desc {
	const char *name;
	const char *arg_type;
	__u32 cmd[DEMODRV_LAYOUT_NABI];	/* indexed by enum demodrv_layout_abi */
	__u32 arg_size[DEMODRV_LAYOUT_NABI];
	enum demodrv_copyback_policy copyback;
	int copyback_errs[DEMODRV_MAX_COPYBACK_ERRS];	/* positive errno values, 0 ends */
};

#endif /* DEMODRV_IOCTL_DESC_H */
