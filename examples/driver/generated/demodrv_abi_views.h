/* SPDX-License-Identifier: GPL-2.0 OR MIT */
/*
 * Generated from examples/driver/demodrv.h by thunkgen; do not edit, run `make gen`.
 * What: compat struct views for i386 and x32.
 */
#ifndef DEMODRV_ABI_VIEWS_H
#define DEMODRV_ABI_VIEWS_H

/* laid out by a 64-bit compiler (the kernel's, or a 64-bit test) */
#if defined(__x86_64__)

#include "demodrv.h"
#ifndef __KERNEL__
#include "demodrv_rt.h"	/* __aligned, __packed */
#endif

typedef __u32 demodrv_uptr32_t;	/* a 32-bit caller's pointer */
typedef __u64 demodrv_u64_ia32 __aligned(4);
typedef __s64 demodrv_s64_ia32 __aligned(4);
typedef __u64 demodrv_aligned_u64 __aligned(8);

/* ---- i386 ---- */

struct demodrv_pair_ia32 {
	__u32 nvalues;
	demodrv_uptr32_t values;
	__s32 scale;
};

struct demodrv_op_ia32 {
	__u32 kind;
	union {
		demodrv_s64_ia32 num;
		demodrv_uptr32_t name;
		demodrv_uptr32_t pair;
	} u;
	__s32 stamp;
};

struct demodrv_batch_ia32 {
	__u32 nops;
	demodrv_uptr32_t ops;
	demodrv_uptr32_t label;
	demodrv_u64_ia32 sum;
	__u32 hash;
};

struct demodrv_xfer_ia32 {
	__u32 in_len;
	__u32 out_len;
	demodrv_uptr32_t in;
	demodrv_uptr32_t out;
	__u32 produced;
	__u32 flags;
};

struct demodrv_info_ia32 {
	__s8 name[16];
	__u32 level;
	__s32 ncalls;
	demodrv_u64_ia32 total_bytes;
};

/* ---- x32 ---- */

struct demodrv_pair_x32 {
	__u32 nvalues;
	demodrv_uptr32_t values;
	__s32 scale;
};

struct demodrv_op_x32 {
	__u32 kind;
	union {
		__s64 num;
		demodrv_uptr32_t name;
		demodrv_uptr32_t pair;
	} u;
	__s32 stamp;
};

struct demodrv_batch_x32 {
	__u32 nops;
	demodrv_uptr32_t ops;
	demodrv_uptr32_t label;
	__u64 sum;
	__u32 hash;
};

struct demodrv_xfer_x32 {
	__u32 in_len;
	__u32 out_len;
	demodrv_uptr32_t in;
	demodrv_uptr32_t out;
	__u32 produced;
	__u32 flags;
};

struct demodrv_info_x32 {
	__s8 name[16];
	__u32 level;
	__s32 ncalls;
	__u64 total_bytes;
};

#endif /* __x86_64__ */
#endif /* DEMODRV_ABI_VIEWS_H */
