/* SPDX-License-Identifier: GPL-2.0 WITH Linux-syscall-note */
/*
 * demodrv: the uapi header of thunkgen's example driver (examples/driver).
 * Written the way upstream headers are: no thunkgen annotations (they are
 * in demodrv.policy beside it), plain pointers, longs, a union.
 */
#ifndef _UAPI_DEMODRV_H
#define _UAPI_DEMODRV_H

#include <linux/types.h>
#include <linux/ioctl.h>

#define DEMODRV_BASE		0xD7
#define DEMODRV_NAME_MAX	32
#define DEMODRV_MAX_OPS		16
#define DEMODRV_MAX_VALUES	64
#define DEMODRV_MAX_BUF		4096

enum demodrv_kind {
	DEMODRV_OP_NUM = 1,	/* u.num */
	DEMODRV_OP_NAME = 2,	/* u.name: a NUL-terminated string */
	DEMODRV_OP_PAIR = 3,	/* u.pair: values scaled */
};

struct demodrv_pair {
	__u32 nvalues;
	__u32 *values;		/* nvalues of them */
	long scale;
};

struct demodrv_op {
	__u32 kind;		/* enum demodrv_kind */
	union {
		__s64 num;
		char *name;
		struct demodrv_pair *pair;
	} u;
	long stamp;
};

/* the driver adds up every op; sum and hash come back */
struct demodrv_batch {
	__u32 nops;
	struct demodrv_op *ops;	/* nops of them */
	const char *label;
	__u64 sum;
	__u32 hash;		/* FNV-1a of the label and of every op's data */
};

#define DEMODRV_XFER_REVERSE	0x1
#define DEMODRV_XFER_UPPER	0x2
#define DEMODRV_XFER_ALL	(DEMODRV_XFER_REVERSE | DEMODRV_XFER_UPPER)

/* in -> out, transformed as flags say; produced bytes written */
struct demodrv_xfer {
	__u32 in_len;
	__u32 out_len;
	const void *in;
	void *out;
	__u32 produced;
	__u32 flags;
};

struct demodrv_info {
	char name[16];
	__u32 level;
	long ncalls;
	__u64 total_bytes;
};

#define DEMODRV_IOC_BATCH	_IOWR(DEMODRV_BASE, 1, struct demodrv_batch)
#define DEMODRV_IOC_XFER	_IOWR(DEMODRV_BASE, 2, struct demodrv_xfer)
#define DEMODRV_IOC_INFO	_IOR(DEMODRV_BASE, 3, struct demodrv_info)
#define DEMODRV_IOC_RESET	_IO(DEMODRV_BASE, 4)
#define DEMODRV_IOC_LEVEL	_IOW(DEMODRV_BASE, 5, __u32)

#endif /* _UAPI_DEMODRV_H */
