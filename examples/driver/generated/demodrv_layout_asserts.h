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
#else
#include <assert.h>
#include <stdalign.h>
#include <stddef.h>
#define demodrv_alignof(T) alignof(T)
#endif
#include "demodrv.h"
#include "demodrv_abi_views.h"

#define DEMODRV_ASSERT_TYPE(T, size, align) \
	static_assert(sizeof(T) == (size) && demodrv_alignof(T) == (align), #T)
#define DEMODRV_ASSERT_MEMBER(T, m, mtype, off, size, align) \
	static_assert(offsetof(T, m) == (off) && sizeof(((T *)0)->m) == (size) && \
		      demodrv_alignof(mtype) == (align), #T "." #m)
#define DEMODRV_ASSERT_VIEW_MEMBER(T, m, off, size) \
	static_assert(offsetof(T, m) == (off) && sizeof(((T *)0)->m) == (size), \
		      #T "." #m)

#if defined(__x86_64__) && !defined(__ILP32__)
DEMODRV_ASSERT_TYPE(struct demodrv_pair, 24, 8);
DEMODRV_ASSERT_MEMBER(struct demodrv_pair, nvalues, __u32, 0, 4, 4);
DEMODRV_ASSERT_MEMBER(struct demodrv_pair, values, void *, 8, 8, 8);
DEMODRV_ASSERT_MEMBER(struct demodrv_pair, scale, long, 16, 8, 8);
DEMODRV_ASSERT_TYPE(struct demodrv_op, 24, 8);
DEMODRV_ASSERT_MEMBER(struct demodrv_op, kind, __u32, 0, 4, 4);
DEMODRV_ASSERT_VIEW_MEMBER(struct demodrv_op, u, 8, 8);
DEMODRV_ASSERT_MEMBER(struct demodrv_op, u.num, __s64, 8, 8, 8);
DEMODRV_ASSERT_MEMBER(struct demodrv_op, u.name, void *, 8, 8, 8);
DEMODRV_ASSERT_MEMBER(struct demodrv_op, u.pair, void *, 8, 8, 8);
DEMODRV_ASSERT_MEMBER(struct demodrv_op, stamp, long, 16, 8, 8);
DEMODRV_ASSERT_TYPE(struct demodrv_batch, 40, 8);
DEMODRV_ASSERT_MEMBER(struct demodrv_batch, nops, __u32, 0, 4, 4);
DEMODRV_ASSERT_MEMBER(struct demodrv_batch, ops, void *, 8, 8, 8);
DEMODRV_ASSERT_MEMBER(struct demodrv_batch, label, void *, 16, 8, 8);
DEMODRV_ASSERT_MEMBER(struct demodrv_batch, sum, __u64, 24, 8, 8);
DEMODRV_ASSERT_MEMBER(struct demodrv_batch, hash, __u32, 32, 4, 4);
DEMODRV_ASSERT_TYPE(struct demodrv_xfer, 32, 8);
DEMODRV_ASSERT_MEMBER(struct demodrv_xfer, in_len, __u32, 0, 4, 4);
DEMODRV_ASSERT_MEMBER(struct demodrv_xfer, out_len, __u32, 4, 4, 4);
DEMODRV_ASSERT_MEMBER(struct demodrv_xfer, in, void *, 8, 8, 8);
DEMODRV_ASSERT_MEMBER(struct demodrv_xfer, out, void *, 16, 8, 8);
DEMODRV_ASSERT_MEMBER(struct demodrv_xfer, produced, __u32, 24, 4, 4);
DEMODRV_ASSERT_MEMBER(struct demodrv_xfer, flags, __u32, 28, 4, 4);
DEMODRV_ASSERT_TYPE(struct demodrv_info, 40, 8);
DEMODRV_ASSERT_MEMBER(struct demodrv_info, name, char, 0, 16, 1);
DEMODRV_ASSERT_MEMBER(struct demodrv_info, name[0], char, 0, 1, 1);
DEMODRV_ASSERT_MEMBER(struct demodrv_info, level, __u32, 16, 4, 4);
DEMODRV_ASSERT_MEMBER(struct demodrv_info, ncalls, long, 24, 8, 8);
DEMODRV_ASSERT_MEMBER(struct demodrv_info, total_bytes, __u64, 32, 8, 8);

#elif defined(__i386__)
DEMODRV_ASSERT_TYPE(struct demodrv_pair, 12, 4);
DEMODRV_ASSERT_MEMBER(struct demodrv_pair, nvalues, __u32, 0, 4, 4);
DEMODRV_ASSERT_MEMBER(struct demodrv_pair, values, void *, 4, 4, 4);
DEMODRV_ASSERT_MEMBER(struct demodrv_pair, scale, long, 8, 4, 4);
DEMODRV_ASSERT_TYPE(struct demodrv_op, 16, 4);
DEMODRV_ASSERT_MEMBER(struct demodrv_op, kind, __u32, 0, 4, 4);
DEMODRV_ASSERT_VIEW_MEMBER(struct demodrv_op, u, 4, 8);
DEMODRV_ASSERT_MEMBER(struct demodrv_op, u.num, __s64, 4, 8, 4);
DEMODRV_ASSERT_MEMBER(struct demodrv_op, u.name, void *, 4, 4, 4);
DEMODRV_ASSERT_MEMBER(struct demodrv_op, u.pair, void *, 4, 4, 4);
DEMODRV_ASSERT_MEMBER(struct demodrv_op, stamp, long, 12, 4, 4);
DEMODRV_ASSERT_TYPE(struct demodrv_batch, 24, 4);
DEMODRV_ASSERT_MEMBER(struct demodrv_batch, nops, __u32, 0, 4, 4);
DEMODRV_ASSERT_MEMBER(struct demodrv_batch, ops, void *, 4, 4, 4);
DEMODRV_ASSERT_MEMBER(struct demodrv_batch, label, void *, 8, 4, 4);
DEMODRV_ASSERT_MEMBER(struct demodrv_batch, sum, __u64, 12, 8, 4);
DEMODRV_ASSERT_MEMBER(struct demodrv_batch, hash, __u32, 20, 4, 4);
DEMODRV_ASSERT_TYPE(struct demodrv_xfer, 24, 4);
DEMODRV_ASSERT_MEMBER(struct demodrv_xfer, in_len, __u32, 0, 4, 4);
DEMODRV_ASSERT_MEMBER(struct demodrv_xfer, out_len, __u32, 4, 4, 4);
DEMODRV_ASSERT_MEMBER(struct demodrv_xfer, in, void *, 8, 4, 4);
DEMODRV_ASSERT_MEMBER(struct demodrv_xfer, out, void *, 12, 4, 4);
DEMODRV_ASSERT_MEMBER(struct demodrv_xfer, produced, __u32, 16, 4, 4);
DEMODRV_ASSERT_MEMBER(struct demodrv_xfer, flags, __u32, 20, 4, 4);
DEMODRV_ASSERT_TYPE(struct demodrv_info, 32, 4);
DEMODRV_ASSERT_MEMBER(struct demodrv_info, name, char, 0, 16, 1);
DEMODRV_ASSERT_MEMBER(struct demodrv_info, name[0], char, 0, 1, 1);
DEMODRV_ASSERT_MEMBER(struct demodrv_info, level, __u32, 16, 4, 4);
DEMODRV_ASSERT_MEMBER(struct demodrv_info, ncalls, long, 20, 4, 4);
DEMODRV_ASSERT_MEMBER(struct demodrv_info, total_bytes, __u64, 24, 8, 4);

#elif defined(__x86_64__) && defined(__ILP32__)
DEMODRV_ASSERT_TYPE(struct demodrv_pair, 12, 4);
DEMODRV_ASSERT_MEMBER(struct demodrv_pair, nvalues, __u32, 0, 4, 4);
DEMODRV_ASSERT_MEMBER(struct demodrv_pair, values, void *, 4, 4, 4);
DEMODRV_ASSERT_MEMBER(struct demodrv_pair, scale, long, 8, 4, 4);
DEMODRV_ASSERT_TYPE(struct demodrv_op, 24, 8);
DEMODRV_ASSERT_MEMBER(struct demodrv_op, kind, __u32, 0, 4, 4);
DEMODRV_ASSERT_VIEW_MEMBER(struct demodrv_op, u, 8, 8);
DEMODRV_ASSERT_MEMBER(struct demodrv_op, u.num, __s64, 8, 8, 8);
DEMODRV_ASSERT_MEMBER(struct demodrv_op, u.name, void *, 8, 4, 4);
DEMODRV_ASSERT_MEMBER(struct demodrv_op, u.pair, void *, 8, 4, 4);
DEMODRV_ASSERT_MEMBER(struct demodrv_op, stamp, long, 16, 4, 4);
DEMODRV_ASSERT_TYPE(struct demodrv_batch, 32, 8);
DEMODRV_ASSERT_MEMBER(struct demodrv_batch, nops, __u32, 0, 4, 4);
DEMODRV_ASSERT_MEMBER(struct demodrv_batch, ops, void *, 4, 4, 4);
DEMODRV_ASSERT_MEMBER(struct demodrv_batch, label, void *, 8, 4, 4);
DEMODRV_ASSERT_MEMBER(struct demodrv_batch, sum, __u64, 16, 8, 8);
DEMODRV_ASSERT_MEMBER(struct demodrv_batch, hash, __u32, 24, 4, 4);
DEMODRV_ASSERT_TYPE(struct demodrv_xfer, 24, 4);
DEMODRV_ASSERT_MEMBER(struct demodrv_xfer, in_len, __u32, 0, 4, 4);
DEMODRV_ASSERT_MEMBER(struct demodrv_xfer, out_len, __u32, 4, 4, 4);
DEMODRV_ASSERT_MEMBER(struct demodrv_xfer, in, void *, 8, 4, 4);
DEMODRV_ASSERT_MEMBER(struct demodrv_xfer, out, void *, 12, 4, 4);
DEMODRV_ASSERT_MEMBER(struct demodrv_xfer, produced, __u32, 16, 4, 4);
DEMODRV_ASSERT_MEMBER(struct demodrv_xfer, flags, __u32, 20, 4, 4);
DEMODRV_ASSERT_TYPE(struct demodrv_info, 32, 8);
DEMODRV_ASSERT_MEMBER(struct demodrv_info, name, char, 0, 16, 1);
DEMODRV_ASSERT_MEMBER(struct demodrv_info, name[0], char, 0, 1, 1);
DEMODRV_ASSERT_MEMBER(struct demodrv_info, level, __u32, 16, 4, 4);
DEMODRV_ASSERT_MEMBER(struct demodrv_info, ncalls, long, 20, 4, 4);
DEMODRV_ASSERT_MEMBER(struct demodrv_info, total_bytes, __u64, 24, 8, 8);
#endif

#if defined(__x86_64__)
DEMODRV_ASSERT_TYPE(struct demodrv_pair_ia32, 12, 4);
DEMODRV_ASSERT_VIEW_MEMBER(struct demodrv_pair_ia32, nvalues, 0, 4);
DEMODRV_ASSERT_VIEW_MEMBER(struct demodrv_pair_ia32, values, 4, 4);
DEMODRV_ASSERT_VIEW_MEMBER(struct demodrv_pair_ia32, scale, 8, 4);
DEMODRV_ASSERT_TYPE(struct demodrv_op_ia32, 16, 4);
DEMODRV_ASSERT_VIEW_MEMBER(struct demodrv_op_ia32, kind, 0, 4);
DEMODRV_ASSERT_VIEW_MEMBER(struct demodrv_op_ia32, u, 4, 8);
DEMODRV_ASSERT_VIEW_MEMBER(struct demodrv_op_ia32, u.num, 4, 8);
DEMODRV_ASSERT_VIEW_MEMBER(struct demodrv_op_ia32, u.name, 4, 4);
DEMODRV_ASSERT_VIEW_MEMBER(struct demodrv_op_ia32, u.pair, 4, 4);
DEMODRV_ASSERT_VIEW_MEMBER(struct demodrv_op_ia32, stamp, 12, 4);
DEMODRV_ASSERT_TYPE(struct demodrv_batch_ia32, 24, 4);
DEMODRV_ASSERT_VIEW_MEMBER(struct demodrv_batch_ia32, nops, 0, 4);
DEMODRV_ASSERT_VIEW_MEMBER(struct demodrv_batch_ia32, ops, 4, 4);
DEMODRV_ASSERT_VIEW_MEMBER(struct demodrv_batch_ia32, label, 8, 4);
DEMODRV_ASSERT_VIEW_MEMBER(struct demodrv_batch_ia32, sum, 12, 8);
DEMODRV_ASSERT_VIEW_MEMBER(struct demodrv_batch_ia32, hash, 20, 4);
DEMODRV_ASSERT_TYPE(struct demodrv_xfer_ia32, 24, 4);
DEMODRV_ASSERT_VIEW_MEMBER(struct demodrv_xfer_ia32, in_len, 0, 4);
DEMODRV_ASSERT_VIEW_MEMBER(struct demodrv_xfer_ia32, out_len, 4, 4);
DEMODRV_ASSERT_VIEW_MEMBER(struct demodrv_xfer_ia32, in, 8, 4);
DEMODRV_ASSERT_VIEW_MEMBER(struct demodrv_xfer_ia32, out, 12, 4);
DEMODRV_ASSERT_VIEW_MEMBER(struct demodrv_xfer_ia32, produced, 16, 4);
DEMODRV_ASSERT_VIEW_MEMBER(struct demodrv_xfer_ia32, flags, 20, 4);
DEMODRV_ASSERT_TYPE(struct demodrv_info_ia32, 32, 4);
DEMODRV_ASSERT_VIEW_MEMBER(struct demodrv_info_ia32, name, 0, 16);
DEMODRV_ASSERT_VIEW_MEMBER(struct demodrv_info_ia32, name[0], 0, 1);
DEMODRV_ASSERT_VIEW_MEMBER(struct demodrv_info_ia32, level, 16, 4);
DEMODRV_ASSERT_VIEW_MEMBER(struct demodrv_info_ia32, ncalls, 20, 4);
DEMODRV_ASSERT_VIEW_MEMBER(struct demodrv_info_ia32, total_bytes, 24, 8);
DEMODRV_ASSERT_TYPE(struct demodrv_pair_x32, 12, 4);
DEMODRV_ASSERT_VIEW_MEMBER(struct demodrv_pair_x32, nvalues, 0, 4);
DEMODRV_ASSERT_VIEW_MEMBER(struct demodrv_pair_x32, values, 4, 4);
DEMODRV_ASSERT_VIEW_MEMBER(struct demodrv_pair_x32, scale, 8, 4);
DEMODRV_ASSERT_TYPE(struct demodrv_op_x32, 24, 8);
DEMODRV_ASSERT_VIEW_MEMBER(struct demodrv_op_x32, kind, 0, 4);
DEMODRV_ASSERT_VIEW_MEMBER(struct demodrv_op_x32, u, 8, 8);
DEMODRV_ASSERT_VIEW_MEMBER(struct demodrv_op_x32, u.num, 8, 8);
DEMODRV_ASSERT_VIEW_MEMBER(struct demodrv_op_x32, u.name, 8, 4);
DEMODRV_ASSERT_VIEW_MEMBER(struct demodrv_op_x32, u.pair, 8, 4);
DEMODRV_ASSERT_VIEW_MEMBER(struct demodrv_op_x32, stamp, 16, 4);
DEMODRV_ASSERT_TYPE(struct demodrv_batch_x32, 32, 8);
DEMODRV_ASSERT_VIEW_MEMBER(struct demodrv_batch_x32, nops, 0, 4);
DEMODRV_ASSERT_VIEW_MEMBER(struct demodrv_batch_x32, ops, 4, 4);
DEMODRV_ASSERT_VIEW_MEMBER(struct demodrv_batch_x32, label, 8, 4);
DEMODRV_ASSERT_VIEW_MEMBER(struct demodrv_batch_x32, sum, 16, 8);
DEMODRV_ASSERT_VIEW_MEMBER(struct demodrv_batch_x32, hash, 24, 4);
DEMODRV_ASSERT_TYPE(struct demodrv_xfer_x32, 24, 4);
DEMODRV_ASSERT_VIEW_MEMBER(struct demodrv_xfer_x32, in_len, 0, 4);
DEMODRV_ASSERT_VIEW_MEMBER(struct demodrv_xfer_x32, out_len, 4, 4);
DEMODRV_ASSERT_VIEW_MEMBER(struct demodrv_xfer_x32, in, 8, 4);
DEMODRV_ASSERT_VIEW_MEMBER(struct demodrv_xfer_x32, out, 12, 4);
DEMODRV_ASSERT_VIEW_MEMBER(struct demodrv_xfer_x32, produced, 16, 4);
DEMODRV_ASSERT_VIEW_MEMBER(struct demodrv_xfer_x32, flags, 20, 4);
DEMODRV_ASSERT_TYPE(struct demodrv_info_x32, 32, 8);
DEMODRV_ASSERT_VIEW_MEMBER(struct demodrv_info_x32, name, 0, 16);
DEMODRV_ASSERT_VIEW_MEMBER(struct demodrv_info_x32, name[0], 0, 1);
DEMODRV_ASSERT_VIEW_MEMBER(struct demodrv_info_x32, level, 16, 4);
DEMODRV_ASSERT_VIEW_MEMBER(struct demodrv_info_x32, ncalls, 20, 4);
DEMODRV_ASSERT_VIEW_MEMBER(struct demodrv_info_x32, total_bytes, 24, 8);
#endif

#endif /* DEMODRV_LAYOUT_ASSERTS_H */
