/* SPDX-License-Identifier: GPL-2.0 OR MIT */
/* _IOC encoding, as in include/uapi/asm-generic/ioctl.h (x86 uses it). */
#ifndef THUNKGEN_IOCTL_H
#define THUNKGEN_IOCTL_H

#include "model.h"

#define IOC_NONE	0
#define IOC_WRITE	1
#define IOC_READ	2
#define IOC_NRBITS	8
#define IOC_TYPEBITS	8
#define IOC_SIZEBITS	14
#define IOC_TYPESHIFT	8
#define IOC_SIZESHIFT	16
#define IOC_DIRSHIFT	30

uint32_t ioc_encode(int dir, int64_t magic, int64_t nr, unsigned int size);
void compute_ioctl_cmds(struct spec *s);

#endif
