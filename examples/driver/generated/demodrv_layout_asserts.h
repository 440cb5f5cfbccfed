/* SPDX-License-Identifier: GPL-2.0 OR MIT */
/*
 * Generated from examples/driver/demodrv.h by thunkgen; do not edit, run `make gen`.
 * What: static layout assertions.
 */
#ifndef DEMODRV_LAYOUT_ASSERTS_H
#define DEMODRV_LAYOUT_ASSERTS_H

#ifdef __KERNEL__
#include <linux/build_bug.h>
#include <linux/stddef.h>
#define demodrv_alignof(T) __alignof__(T)
#define demodrv_sizeof_field(T, m) sizeof_field(T, m)
#else
#include <assert.h>
#include <stdalign.h>
#include <stddef.h>
#define demodrv_alignof(T) alignof(T)
#define demodrv_sizeof_field(T, m) sizeof(((T *)0)[0].m)
#endif
#include "demodrv.h"
#include "demodrv_abi_views.h"

#define DEMODRV_ASSERT_TYPE(T, size, align) \
	static_assert(sizeof(T) == (size) && demodrv_alignof(T) == (align), #T)
#define DEMODRV_ASSERT_OFFSET(T, m, off) \
	static_assert(offsetof(T, m) == (off), #T "." #m)
#define DEMODRV_ASSERT_SIZE(T, m, mtype, size, align) \
	static_assert(demodrv_sizeof_field(T, m) == (size) && demodrv_alignof(mtype) == (align), \
		      #T "." #m)
#define DEMODRV_ASSERT_VIEW_SIZE(T, m, size) \
	static_assert(demodrv_sizeof_field(T, m) == (size), #T "." #m)

#if defined(__x86_64__) && !defined(__ILP32__)
DEMODRV_ASSERT_TYPE(struct demodrv_pair, 24, 8);
DEMODRV_ASSERT_OFFSET(struct demodrv_pair, nvalues, 0);
DEMODRV_ASSERT_SIZE(struct demodrv_pair, nvalues, __u32, 4, 4);
DEMODRV_ASSERT_OFFSET(struct demodrv_pair, values, 8);
DEMODRV_ASSERT_SIZE(struct demodrv_pair, values, void *, 8, 8);
DEMODRV_ASSERT_OFFSET(struct demodrv_pair, scale, 16);
DEMODRV_ASSERT_SIZE(struct demodrv_pair, scale, long, 8, 8);
DEMODRV_ASSERT_TYPE(struct demodrv_op, 24, 8);
DEMODRV_ASSERT_OFFSET(struct demodrv_op, kind, 0);
DEMODRV_ASSERT_SIZE(struct demodrv_op, kind, __u32, 4, 4);
DEMODRV_ASSERT_OFFSET(struct demodrv_op, u, 8);
DEMODRV_ASSERT_VIEW_SIZE(struct demodrv_op, u, 8);
DEMODRV_ASSERT_OFFSET(struct demodrv_op, u.num, 8);
DEMODRV_ASSERT_SIZE(struct demodrv_op, u.num, __s64, 8, 8);
DEMODRV_ASSERT_OFFSET(struct demodrv_op, u.name, 8);
DEMODRV_ASSERT_SIZE(struct demodrv_op, u.name, void *, 8, 8);
DEMODRV_ASSERT_OFFSET(struct demodrv_op, u.pair, 8);
DEMODRV_ASSERT_SIZE(struct demodrv_op, u.pair, void *, 8, 8);
DEMODRV_ASSERT_OFFSET(struct demodrv_op, stamp, 16);
DEMODRV_ASSERT_SIZE(struct demodrv_op, stamp, long, 8, 8);
DEMODRV_ASSERT_TYPE(struct demodrv_batch, 40, 8);
DEMODRV_ASSERT_OFFSET(struct demodrv_batch, nops, 0);
DEMODRV_ASSERT_SIZE(struct demodrv_batch, nops, __u32, 4, 4);
DEMODRV_ASSERT_OFFSET(struct demodrv_batch, ops, 8);
DEMODRV_ASSERT_SIZE(struct demodrv_batch, ops, void *, 8, 8);
DEMODRV_ASSERT_OFFSET(struct demodrv_batch, label, 16);
DEMODRV_ASSERT_SIZE(struct demodrv_batch, label, void *, 8, 8);
DEMODRV_ASSERT_OFFSET(struct demodrv_batch, sum, 24);
DEMODRV_ASSERT_SIZE(struct demodrv_batch, sum, __u64, 8, 8);
DEMODRV_ASSERT_OFFSET(struct demodrv_batch, hash, 32);
DEMODRV_ASSERT_SIZE(struct demodrv_batch, hash, __u32, 4, 4);
DEMODRV_ASSERT_TYPE(struct demodrv_xfer, 32, 8);
DEMODRV_ASSERT_OFFSET(struct demodrv_xfer, in_len, 0);
DEMODRV_ASSERT_SIZE(struct demodrv_xfer, in_len, __u32, 4, 4);
DEMODRV_ASSERT_OFFSET(struct demodrv_xfer, out_len, 4);
DEMODRV_ASSERT_SIZE(struct demodrv_xfer, out_len, __u32, 4, 4);
DEMODRV_ASSERT_OFFSET(struct demodrv_xfer, in, 8);
DEMODRV_ASSERT_SIZE(struct demodrv_xfer, in, void *, 8, 8);
DEMODRV_ASSERT_OFFSET(struct demodrv_xfer, out, 16);
DEMODRV_ASSERT_SIZE(struct demodrv_xfer, out, void *, 8, 8);
DEMODRV_ASSERT_OFFSET(struct demodrv_xfer, produced, 24);
DEMODRV_ASSERT_SIZE(struct demodrv_xfer, produced, __u32, 4, 4);
DEMODRV_ASSERT_OFFSET(struct demodrv_xfer, flags, 28);
DEMODRV_ASSERT_SIZE(struct demodrv_xfer, flags, __u32, 4, 4);
DEMODRV_ASSERT_TYPE(struct demodrv_info, 40, 8);
DEMODRV_ASSERT_OFFSET(struct demodrv_info, name, 0);
DEMODRV_ASSERT_SIZE(struct demodrv_info, name, char, 16, 1);
DEMODRV_ASSERT_OFFSET(struct demodrv_info, name[0], 0);
DEMODRV_ASSERT_SIZE(struct demodrv_info, name[0], char, 1, 1);
DEMODRV_ASSERT_OFFSET(struct demodrv_info, level, 16);
DEMODRV_ASSERT_SIZE(struct demodrv_info, level, __u32, 4, 4);
DEMODRV_ASSERT_OFFSET(struct demodrv_info, ncalls, 24);
DEMODRV_ASSERT_SIZE(struct demodrv_info, ncalls, long, 8, 8);
DEMODRV_ASSERT_OFFSET(struct demodrv_info, total_bytes, 32);
DEMODRV_ASSERT_SIZE(struct demodrv_info, total_bytes, __u64, 8, 8);

#elif defined(__i386__)
DEMODRV_ASSERT_TYPE(struct demodrv_pair, 12, 4);
DEMODRV_ASSERT_OFFSET(struct demodrv_pair, nvalues, 0);
DEMODRV_ASSERT_SIZE(struct demodrv_pair, nvalues, __u32, 4, 4);
DEMODRV_ASSERT_OFFSET(struct demodrv_pair, values, 4);
DEMODRV_ASSERT_SIZE(struct demodrv_pair, values, void *, 4, 4);
DEMODRV_ASSERT_OFFSET(struct demodrv_pair, scale, 8);
DEMODRV_ASSERT_SIZE(struct demodrv_pair, scale, long, 4, 4);
DEMODRV_ASSERT_TYPE(struct demodrv_op, 16, 4);
DEMODRV_ASSERT_OFFSET(struct demodrv_op, kind, 0);
DEMODRV_ASSERT_SIZE(struct demodrv_op, kind, __u32, 4, 4);
DEMODRV_ASSERT_OFFSET(struct demodrv_op, u, 4);
DEMODRV_ASSERT_VIEW_SIZE(struct demodrv_op, u, 8);
DEMODRV_ASSERT_OFFSET(struct demodrv_op, u.num, 4);
DEMODRV_ASSERT_SIZE(struct demodrv_op, u.num, __s64, 8, 4);
DEMODRV_ASSERT_OFFSET(struct demodrv_op, u.name, 4);
DEMODRV_ASSERT_SIZE(struct demodrv_op, u.name, void *, 4, 4);
DEMODRV_ASSERT_OFFSET(struct demodrv_op, u.pair, 4);
DEMODRV_ASSERT_SIZE(struct demodrv_op, u.pair, void *, 4, 4);
DEMODRV_ASSERT_OFFSET(struct demodrv_op, stamp, 12);
DEMODRV_ASSERT_SIZE(struct demodrv_op, stamp, long, 4, 4);
DEMODRV_ASSERT_TYPE(struct demodrv_batch, 24, 4);
DEMODRV_ASSERT_OFFSET(struct demodrv_batch, nops, 0);
DEMODRV_ASSERT_SIZE(struct demodrv_batch, nops, __u32, 4, 4);
DEMODRV_ASSERT_OFFSET(struct demodrv_batch, ops, 4);
DEMODRV_ASSERT_SIZE(struct demodrv_batch, ops, void *, 4, 4);
DEMODRV_ASSERT_OFFSET(struct demodrv_batch, label, 8);
DEMODRV_ASSERT_SIZE(struct demodrv_batch, label, void *, 4, 4);
DEMODRV_ASSERT_OFFSET(struct demodrv_batch, sum, 12);
DEMODRV_ASSERT_SIZE(struct demodrv_batch, sum, __u64, 8, 4);
DEMODRV_ASSERT_OFFSET(struct demodrv_batch, hash, 20);
DEMODRV_ASSERT_SIZE(struct demodrv_batch, hash, __u32, 4, 4);
DEMODRV_ASSERT_TYPE(struct demodrv_xfer, 24, 4);
DEMODRV_ASSERT_OFFSET(struct demodrv_xfer, in_len, 0);
DEMODRV_ASSERT_SIZE(struct demodrv_xfer, in_len, __u32, 4, 4);
DEMODRV_ASSERT_OFFSET(struct demodrv_xfer, out_len, 4);
DEMODRV_ASSERT_SIZE(struct demodrv_xfer, out_len, __u32, 4, 4);
DEMODRV_ASSERT_OFFSET(struct demodrv_xfer, in, 8);
DEMODRV_ASSERT_SIZE(struct demodrv_xfer, in, void *, 4, 4);
DEMODRV_ASSERT_OFFSET(struct demodrv_xfer, out, 12);
DEMODRV_ASSERT_SIZE(struct demodrv_xfer, out, void *, 4, 4);
DEMODRV_ASSERT_OFFSET(struct demodrv_xfer, produced, 16);
DEMODRV_ASSERT_SIZE(struct demodrv_xfer, produced, __u32, 4, 4);
DEMODRV_ASSERT_OFFSET(struct demodrv_xfer, flags, 20);
DEMODRV_ASSERT_SIZE(struct demodrv_xfer, flags, __u32, 4, 4);
DEMODRV_ASSERT_TYPE(struct demodrv_info, 32, 4);
DEMODRV_ASSERT_OFFSET(struct demodrv_info, name, 0);
DEMODRV_ASSERT_SIZE(struct demodrv_info, name, char, 16, 1);
DEMODRV_ASSERT_OFFSET(struct demodrv_info, name[0], 0);
DEMODRV_ASSERT_SIZE(struct demodrv_info, name[0], char, 1, 1);
DEMODRV_ASSERT_OFFSET(struct demodrv_info, level, 16);
DEMODRV_ASSERT_SIZE(struct demodrv_info, level, __u32, 4, 4);
DEMODRV_ASSERT_OFFSET(struct demodrv_info, ncalls, 20);
DEMODRV_ASSERT_SIZE(struct demodrv_info, ncalls, long, 4, 4);
DEMODRV_ASSERT_OFFSET(struct demodrv_info, total_bytes, 24);
DEMODRV_ASSERT_SIZE(struct demodrv_info, total_bytes, __u64, 8, 4);

#elif defined(__x86_64__) && defined(__ILP32__)
DEMODRV_ASSERT_TYPE(struct demodrv_pair, 12, 4);
DEMODRV_ASSERT_OFFSET(struct demodrv_pair, nvalues, 0);
DEMODRV_ASSERT_SIZE(struct demodrv_pair, nvalues, __u32, 4, 4);
DEMODRV_ASSERT_OFFSET(struct demodrv_pair, values, 4);
DEMODRV_ASSERT_SIZE(struct demodrv_pair, values, void *, 4, 4);
DEMODRV_ASSERT_OFFSET(struct demodrv_pair, scale, 8);
DEMODRV_ASSERT_SIZE(struct demodrv_pair, scale, long, 4, 4);
DEMODRV_ASSERT_TYPE(struct demodrv_op, 24, 8);
DEMODRV_ASSERT_OFFSET(struct demodrv_op, kind, 0);
DEMODRV_ASSERT_SIZE(struct demodrv_op, kind, __u32, 4, 4);
DEMODRV_ASSERT_OFFSET(struct demodrv_op, u, 8);
DEMODRV_ASSERT_VIEW_SIZE(struct demodrv_op, u, 8);
DEMODRV_ASSERT_OFFSET(struct demodrv_op, u.num, 8);
DEMODRV_ASSERT_SIZE(struct demodrv_op, u.num, __s64, 8, 8);
DEMODRV_ASSERT_OFFSET(struct demodrv_op, u.name, 8);
DEMODRV_ASSERT_SIZE(struct demodrv_op, u.name, void *, 4, 4);
DEMODRV_ASSERT_OFFSET(struct demodrv_op, u.pair, 8);
DEMODRV_ASSERT_SIZE(struct demodrv_op, u.pair, void *, 4, 4);
DEMODRV_ASSERT_OFFSET(struct demodrv_op, stamp, 16);
DEMODRV_ASSERT_SIZE(struct demodrv_op, stamp, long, 4, 4);
DEMODRV_ASSERT_TYPE(struct demodrv_batch, 32, 8);
DEMODRV_ASSERT_OFFSET(struct demodrv_batch, nops, 0);
DEMODRV_ASSERT_SIZE(struct demodrv_batch, nops, __u32, 4, 4);
DEMODRV_ASSERT_OFFSET(struct demodrv_batch, ops, 4);
DEMODRV_ASSERT_SIZE(struct demodrv_batch, ops, void *, 4, 4);
DEMODRV_ASSERT_OFFSET(struct demodrv_batch, label, 8);
DEMODRV_ASSERT_SIZE(struct demodrv_batch, label, void *, 4, 4);
DEMODRV_ASSERT_OFFSET(struct demodrv_batch, sum, 16);
DEMODRV_ASSERT_SIZE(struct demodrv_batch, sum, __u64, 8, 8);
DEMODRV_ASSERT_OFFSET(struct demodrv_batch, hash, 24);
DEMODRV_ASSERT_SIZE(struct demodrv_batch, hash, __u32, 4, 4);
DEMODRV_ASSERT_TYPE(struct demodrv_xfer, 24, 4);
DEMODRV_ASSERT_OFFSET(struct demodrv_xfer, in_len, 0);
DEMODRV_ASSERT_SIZE(struct demodrv_xfer, in_len, __u32, 4, 4);
DEMODRV_ASSERT_OFFSET(struct demodrv_xfer, out_len, 4);
DEMODRV_ASSERT_SIZE(struct demodrv_xfer, out_len, __u32, 4, 4);
DEMODRV_ASSERT_OFFSET(struct demodrv_xfer, in, 8);
DEMODRV_ASSERT_SIZE(struct demodrv_xfer, in, void *, 4, 4);
DEMODRV_ASSERT_OFFSET(struct demodrv_xfer, out, 12);
DEMODRV_ASSERT_SIZE(struct demodrv_xfer, out, void *, 4, 4);
DEMODRV_ASSERT_OFFSET(struct demodrv_xfer, produced, 16);
DEMODRV_ASSERT_SIZE(struct demodrv_xfer, produced, __u32, 4, 4);
DEMODRV_ASSERT_OFFSET(struct demodrv_xfer, flags, 20);
DEMODRV_ASSERT_SIZE(struct demodrv_xfer, flags, __u32, 4, 4);
DEMODRV_ASSERT_TYPE(struct demodrv_info, 32, 8);
DEMODRV_ASSERT_OFFSET(struct demodrv_info, name, 0);
DEMODRV_ASSERT_SIZE(struct demodrv_info, name, char, 16, 1);
DEMODRV_ASSERT_OFFSET(struct demodrv_info, name[0], 0);
DEMODRV_ASSERT_SIZE(struct demodrv_info, name[0], char, 1, 1);
DEMODRV_ASSERT_OFFSET(struct demodrv_info, level, 16);
DEMODRV_ASSERT_SIZE(struct demodrv_info, level, __u32, 4, 4);
DEMODRV_ASSERT_OFFSET(struct demodrv_info, ncalls, 20);
DEMODRV_ASSERT_SIZE(struct demodrv_info, ncalls, long, 4, 4);
DEMODRV_ASSERT_OFFSET(struct demodrv_info, total_bytes, 24);
DEMODRV_ASSERT_SIZE(struct demodrv_info, total_bytes, __u64, 8, 8);
#endif

#if defined(__x86_64__)
DEMODRV_ASSERT_TYPE(struct demodrv_pair_ia32, 12, 4);
DEMODRV_ASSERT_OFFSET(struct demodrv_pair_ia32, nvalues, 0);
DEMODRV_ASSERT_VIEW_SIZE(struct demodrv_pair_ia32, nvalues, 4);
DEMODRV_ASSERT_OFFSET(struct demodrv_pair_ia32, values, 4);
DEMODRV_ASSERT_VIEW_SIZE(struct demodrv_pair_ia32, values, 4);
DEMODRV_ASSERT_OFFSET(struct demodrv_pair_ia32, scale, 8);
DEMODRV_ASSERT_VIEW_SIZE(struct demodrv_pair_ia32, scale, 4);
DEMODRV_ASSERT_TYPE(struct demodrv_op_ia32, 16, 4);
DEMODRV_ASSERT_OFFSET(struct demodrv_op_ia32, kind, 0);
DEMODRV_ASSERT_VIEW_SIZE(struct demodrv_op_ia32, kind, 4);
DEMODRV_ASSERT_OFFSET(struct demodrv_op_ia32, u, 4);
DEMODRV_ASSERT_VIEW_SIZE(struct demodrv_op_ia32, u, 8);
DEMODRV_ASSERT_OFFSET(struct demodrv_op_ia32, u.num, 4);
DEMODRV_ASSERT_VIEW_SIZE(struct demodrv_op_ia32, u.num, 8);
DEMODRV_ASSERT_OFFSET(struct demodrv_op_ia32, u.name, 4);
DEMODRV_ASSERT_VIEW_SIZE(struct demodrv_op_ia32, u.name, 4);
DEMODRV_ASSERT_OFFSET(struct demodrv_op_ia32, u.pair, 4);
DEMODRV_ASSERT_VIEW_SIZE(struct demodrv_op_ia32, u.pair, 4);
DEMODRV_ASSERT_OFFSET(struct demodrv_op_ia32, stamp, 12);
DEMODRV_ASSERT_VIEW_SIZE(struct demodrv_op_ia32, stamp, 4);
DEMODRV_ASSERT_TYPE(struct demodrv_batch_ia32, 24, 4);
DEMODRV_ASSERT_OFFSET(struct demodrv_batch_ia32, nops, 0);
DEMODRV_ASSERT_VIEW_SIZE(struct demodrv_batch_ia32, nops, 4);
DEMODRV_ASSERT_OFFSET(struct demodrv_batch_ia32, ops, 4);
DEMODRV_ASSERT_VIEW_SIZE(struct demodrv_batch_ia32, ops, 4);
DEMODRV_ASSERT_OFFSET(struct demodrv_batch_ia32, label, 8);
DEMODRV_ASSERT_VIEW_SIZE(struct demodrv_batch_ia32, label, 4);
DEMODRV_ASSERT_OFFSET(struct demodrv_batch_ia32, sum, 12);
DEMODRV_ASSERT_VIEW_SIZE(struct demodrv_batch_ia32, sum, 8);
DEMODRV_ASSERT_OFFSET(struct demodrv_batch_ia32, hash, 20);
DEMODRV_ASSERT_VIEW_SIZE(struct demodrv_batch_ia32, hash, 4);
DEMODRV_ASSERT_TYPE(struct demodrv_xfer_ia32, 24, 4);
DEMODRV_ASSERT_OFFSET(struct demodrv_xfer_ia32, in_len, 0);
DEMODRV_ASSERT_VIEW_SIZE(struct demodrv_xfer_ia32, in_len, 4);
DEMODRV_ASSERT_OFFSET(struct demodrv_xfer_ia32, out_len, 4);
DEMODRV_ASSERT_VIEW_SIZE(struct demodrv_xfer_ia32, out_len, 4);
DEMODRV_ASSERT_OFFSET(struct demodrv_xfer_ia32, in, 8);
DEMODRV_ASSERT_VIEW_SIZE(struct demodrv_xfer_ia32, in, 4);
DEMODRV_ASSERT_OFFSET(struct demodrv_xfer_ia32, out, 12);
DEMODRV_ASSERT_VIEW_SIZE(struct demodrv_xfer_ia32, out, 4);
DEMODRV_ASSERT_OFFSET(struct demodrv_xfer_ia32, produced, 16);
DEMODRV_ASSERT_VIEW_SIZE(struct demodrv_xfer_ia32, produced, 4);
DEMODRV_ASSERT_OFFSET(struct demodrv_xfer_ia32, flags, 20);
DEMODRV_ASSERT_VIEW_SIZE(struct demodrv_xfer_ia32, flags, 4);
DEMODRV_ASSERT_TYPE(struct demodrv_info_ia32, 32, 4);
DEMODRV_ASSERT_OFFSET(struct demodrv_info_ia32, name, 0);
DEMODRV_ASSERT_VIEW_SIZE(struct demodrv_info_ia32, name, 16);
DEMODRV_ASSERT_OFFSET(struct demodrv_info_ia32, name[0], 0);
DEMODRV_ASSERT_VIEW_SIZE(struct demodrv_info_ia32, name[0], 1);
DEMODRV_ASSERT_OFFSET(struct demodrv_info_ia32, level, 16);
DEMODRV_ASSERT_VIEW_SIZE(struct demodrv_info_ia32, level, 4);
DEMODRV_ASSERT_OFFSET(struct demodrv_info_ia32, ncalls, 20);
DEMODRV_ASSERT_VIEW_SIZE(struct demodrv_info_ia32, ncalls, 4);
DEMODRV_ASSERT_OFFSET(struct demodrv_info_ia32, total_bytes, 24);
DEMODRV_ASSERT_VIEW_SIZE(struct demodrv_info_ia32, total_bytes, 8);
DEMODRV_ASSERT_TYPE(struct demodrv_pair_x32, 12, 4);
DEMODRV_ASSERT_OFFSET(struct demodrv_pair_x32, nvalues, 0);
DEMODRV_ASSERT_VIEW_SIZE(struct demodrv_pair_x32, nvalues, 4);
DEMODRV_ASSERT_OFFSET(struct demodrv_pair_x32, values, 4);
DEMODRV_ASSERT_VIEW_SIZE(struct demodrv_pair_x32, values, 4);
DEMODRV_ASSERT_OFFSET(struct demodrv_pair_x32, scale, 8);
DEMODRV_ASSERT_VIEW_SIZE(struct demodrv_pair_x32, scale, 4);
DEMODRV_ASSERT_TYPE(struct demodrv_op_x32, 24, 8);
DEMODRV_ASSERT_OFFSET(struct demodrv_op_x32, kind, 0);
DEMODRV_ASSERT_VIEW_SIZE(struct demodrv_op_x32, kind, 4);
DEMODRV_ASSERT_OFFSET(struct demodrv_op_x32, u, 8);
DEMODRV_ASSERT_VIEW_SIZE(struct demodrv_op_x32, u, 8);
DEMODRV_ASSERT_OFFSET(struct demodrv_op_x32, u.num, 8);
DEMODRV_ASSERT_VIEW_SIZE(struct demodrv_op_x32, u.num, 8);
DEMODRV_ASSERT_OFFSET(struct demodrv_op_x32, u.name, 8);
DEMODRV_ASSERT_VIEW_SIZE(struct demodrv_op_x32, u.name, 4);
DEMODRV_ASSERT_OFFSET(struct demodrv_op_x32, u.pair, 8);
DEMODRV_ASSERT_VIEW_SIZE(struct demodrv_op_x32, u.pair, 4);
DEMODRV_ASSERT_OFFSET(struct demodrv_op_x32, stamp, 16);
DEMODRV_ASSERT_VIEW_SIZE(struct demodrv_op_x32, stamp, 4);
DEMODRV_ASSERT_TYPE(struct demodrv_batch_x32, 32, 8);
DEMODRV_ASSERT_OFFSET(struct demodrv_batch_x32, nops, 0);
DEMODRV_ASSERT_VIEW_SIZE(struct demodrv_batch_x32, nops, 4);
DEMODRV_ASSERT_OFFSET(struct demodrv_batch_x32, ops, 4);
DEMODRV_ASSERT_VIEW_SIZE(struct demodrv_batch_x32, ops, 4);
DEMODRV_ASSERT_OFFSET(struct demodrv_batch_x32, label, 8);
DEMODRV_ASSERT_VIEW_SIZE(struct demodrv_batch_x32, label, 4);
DEMODRV_ASSERT_OFFSET(struct demodrv_batch_x32, sum, 16);
DEMODRV_ASSERT_VIEW_SIZE(struct demodrv_batch_x32, sum, 8);
DEMODRV_ASSERT_OFFSET(struct demodrv_batch_x32, hash, 24);
DEMODRV_ASSERT_VIEW_SIZE(struct demodrv_batch_x32, hash, 4);
DEMODRV_ASSERT_TYPE(struct demodrv_xfer_x32, 24, 4);
DEMODRV_ASSERT_OFFSET(struct demodrv_xfer_x32, in_len, 0);
DEMODRV_ASSERT_VIEW_SIZE(struct demodrv_xfer_x32, in_len, 4);
DEMODRV_ASSERT_OFFSET(struct demodrv_xfer_x32, out_len, 4);
DEMODRV_ASSERT_VIEW_SIZE(struct demodrv_xfer_x32, out_len, 4);
DEMODRV_ASSERT_OFFSET(struct demodrv_xfer_x32, in, 8);
DEMODRV_ASSERT_VIEW_SIZE(struct demodrv_xfer_x32, in, 4);
DEMODRV_ASSERT_OFFSET(struct demodrv_xfer_x32, out, 12);
DEMODRV_ASSERT_VIEW_SIZE(struct demodrv_xfer_x32, out, 4);
DEMODRV_ASSERT_OFFSET(struct demodrv_xfer_x32, produced, 16);
DEMODRV_ASSERT_VIEW_SIZE(struct demodrv_xfer_x32, produced, 4);
DEMODRV_ASSERT_OFFSET(struct demodrv_xfer_x32, flags, 20);
DEMODRV_ASSERT_VIEW_SIZE(struct demodrv_xfer_x32, flags, 4);
DEMODRV_ASSERT_TYPE(struct demodrv_info_x32, 32, 8);
DEMODRV_ASSERT_OFFSET(struct demodrv_info_x32, name, 0);
DEMODRV_ASSERT_VIEW_SIZE(struct demodrv_info_x32, name, 16);
DEMODRV_ASSERT_OFFSET(struct demodrv_info_x32, name[0], 0);
DEMODRV_ASSERT_VIEW_SIZE(struct demodrv_info_x32, name[0], 1);
DEMODRV_ASSERT_OFFSET(struct demodrv_info_x32, level, 16);
DEMODRV_ASSERT_VIEW_SIZE(struct demodrv_info_x32, level, 4);
DEMODRV_ASSERT_OFFSET(struct demodrv_info_x32, ncalls, 20);
DEMODRV_ASSERT_VIEW_SIZE(struct demodrv_info_x32, ncalls, 4);
DEMODRV_ASSERT_OFFSET(struct demodrv_info_x32, total_bytes, 24);
DEMODRV_ASSERT_VIEW_SIZE(struct demodrv_info_x32, total_bytes, 8);
#endif

#endif /* DEMODRV_LAYOUT_ASSERTS_H */
