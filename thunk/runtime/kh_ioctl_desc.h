/* SPDX-License-Identifier: GPL-2.0 OR MIT */
/*
 * One row of the generated ioctl table (kh_ioctl_table.c, which thunkgen writes):
 * a command's number and argument size in each ABI, and its copy-back
 * policy (results go back on success, always, or also on the listed errors).
 */
#ifndef KH_IOCTL_DESC_H
#define KH_IOCTL_DESC_H

#ifdef __KERNEL__
#include <linux/errno.h>
#include <linux/types.h>
#else
#include <errno.h>
#include <linux/types.h>
#endif

#include "kh_layout.h"

enum kh_copyback_policy {
	KH_COPYBACK_POLICY_SUCCESS = 0,
	KH_COPYBACK_POLICY_ALWAYS = 1,
};

#define KH_MAX_COPYBACK_ERRS 4

struct kh_ioctl_desc {
	const char *name;
	const char *arg_type;
	__u32 cmd[KH_LAYOUT_NABI];	/* indexed by enum kh_layout_abi */
	__u32 arg_size[KH_LAYOUT_NABI];
	enum kh_copyback_policy copyback;
	int copyback_errs[KH_MAX_COPYBACK_ERRS];	/* positive errno values, 0 ends */
};

#endif /* KH_IOCTL_DESC_H */
