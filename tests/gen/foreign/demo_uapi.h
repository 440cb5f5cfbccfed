/* SPDX-License-Identifier: GPL-2.0 WITH Linux-syscall-note */
/*
 * A driver header written the way upstream uapi headers are (no thunkgen
 * annotations: they live in demo_uapi.policy): a wrapper macro for the
 * commands, #ifdef __KERNEL__ inside an enum, pointers, a union,
 * __kernel_long_t, a flexible array member, packed and aligned attributes.
 */
#ifndef _UAPI_DEMO_UAPI_H
#define _UAPI_DEMO_UAPI_H

#include <linux/types.h>
#include <linux/ioctl.h>

#define DEMO_BASE	'~'
#define DEMO_IOWR(nr, type)	_IOWR(DEMO_BASE, nr, type)
#define DEMO_IOW(nr, type)	_IOW(DEMO_BASE, nr, type)
#define DEMO_NAME_MAX	(16 * 4)

enum demo_kind {
	DEMO_KIND_NUM = 1,
	DEMO_KIND_TEXT = 1 << 1,
#ifdef __KERNEL__
	DEMO_KIND_INTERNAL,
#endif
	DEMO_KIND_LAST = DEMO_KIND_TEXT + 1,
};

struct demo_item {
	__u32 kind;
	__u32 len;
	union {
		__s64 num;
		char *text;
	} u;
	__kernel_long_t stamp;
};

struct demo_batch {
	__u32 count;
	__u32 flags;
	struct demo_item *items;
	char *name;
	__aligned_u64 cookie;
} __attribute__((packed, aligned(4)));

struct demo_blob {
	__u32 size;
	__u8 data[];
};

#define DEMO_IOC_BATCH	DEMO_IOWR(0x01, struct demo_batch)
#define DEMO_IOC_STAMP	DEMO_IOW(0x02, __kernel_long_t)
#define DEMO_IOC_RESET	_IO(DEMO_BASE, 0x03)

#endif
