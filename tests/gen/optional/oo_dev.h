/* SPDX-License-Identifier: (GPL-2.0 WITH Linux-syscall-note) OR MIT */
/*
 * KH_OPTIONAL on an out pointer (gen/README.md's checklist, issue 16): a
 * read whose caller may pass no buffer with any length, to learn only the
 * length the data would take (the shape of DRM_IOCTL_GET_UNIQUE and
 * VIDIOC_G_EXT_CTRLS, issue 18). tests/gen/run builds t_oo.c against this
 * spec's generated thunks, and again with KH_OPTIONAL removed (ablation).
 */
#ifndef OO_DEV_H
#define OO_DEV_H

#include <linux/types.h>
#include <linux/ioctl.h>
#include "kh_annotate.h"

struct oo_read_args {
	__u32 len KH_MAX(64);
	void *buf KH_OUT KH_OPTIONAL KH_BYTES(len);
	__u32 needed KH_OUT;
};

#define OO_IOC_READ	_IOWR('o', 1, struct oo_read_args)

#endif
