/* SPDX-License-Identifier: (GPL-2.0 WITH Linux-syscall-note) OR MIT */
/*
 * A made-up driver's uapi header, annotated for thunkgen: what a driver
 * author points thunkgen at. It uses what real uapi headers use and khttp's
 * own spec does not: long and size_t, typedefs, C11 anonymous unions,
 * __aligned_u64, packed and aligned attributes, signed types, arrays of
 * arrays, NUL-terminated strings, a run-time union selector and fds.
 */
#ifndef DEMO_DEV_H
#define DEMO_DEV_H

#include <linux/types.h>
#include <linux/ioctl.h>
#include "kh_annotate.h"

#define DEMO_MAGIC	'k'
#define DEMO_NAME_MAX	(1 << 5)
#define DEMO_MODE_MASK	(0x1U | 0x2U | (1U << 3))

typedef __u32 demo_handle_t;
typedef struct demo_point demo_point_t;

enum demo_kind { DEMO_KIND_INT = 0, DEMO_KIND_PTR = 1, DEMO_KIND_PAIR = 2 };

struct demo_point {
	long x;
	unsigned long y;
	__kernel_long_t kx;	/* 8 bytes on x32, 4 on i386 */
	__kernel_ulong_t ky;
};

struct demo_pair {
	__s64 a;
	__u8 b;
} __attribute__((packed));

struct demo_value {
	__u32 kind KH_ENUM(demo_kind);
	union {
		__s64 i;
		struct demo_point *p;
		struct demo_pair pair;
	} KH_SELECT_HOOK(demo_value_arm);
};

struct demo_item {
	demo_handle_t handle;
	__kernel_size_t len;
	const char *name KH_CSTRING(DEMO_NAME_MAX);
	__aligned_u64 cookie;
	__kernel_ssize_t delta;
	short grid[2][3];
	int fd KH_FD;
	unsigned char tag __attribute__((aligned(8)));
	struct demo_value value;
	demo_point_t origin;
};

struct demo_batch_args {
	__u32 mode KH_FLAGS(DEMO_MODE_MASK);
	__u32 count KH_MAX(16);
	struct demo_item *items KH_COUNT(count);
	unsigned long long done KH_OUT;
	__u32 pad KH_RESERVED;
};

#define DEMO_IOC_BATCH	_IOWR(DEMO_MAGIC, 1, struct demo_batch_args)
#define DEMO_IOC_RESET	_IO(DEMO_MAGIC, 2)
#define DEMO_IOC_GET	_IOR(DEMO_MAGIC, 3, struct demo_item)

KH_IOCTL_POLICY(DEMO_IOC_BATCH, KH_COPYBACK_ALWAYS);

#endif
