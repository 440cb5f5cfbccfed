/* SPDX-License-Identifier: GPL-2.0 OR MIT */
/*
 * Generated from examples/driver/demodrv.h by thunkgen; do not edit, run `make gen`.
 * What: thunk prototypes and the core's entry points.
 */
#ifndef DEMODRV_THUNKS_H
#define DEMODRV_THUNKS_H

#include "demodrv_rt.h"
#include "demodrv_abi_views.h"
#include "demodrv_ioctl_cmds.h"

static inline bool demodrv_valid_kind(__s64 v)
{
	switch (v) {
	case DEMODRV_OP_NUM:
	case DEMODRV_OP_NAME:
	case DEMODRV_OP_PAIR:
		return true;
	default:
		return false;
	}
}

/* x86_64 */
int demodrv_capture_pair(struct demodrv_ctx *c, struct demodrv_pair *dst, const struct demodrv_pair *src);
size_t demodrv_measure_pair(size_t off, const struct demodrv_pair *src);
void demodrv_emit_pair(struct demodrv_emitter *e, struct demodrv_pair *dst, const struct demodrv_pair *src);
int demodrv_capture_op(struct demodrv_ctx *c, struct demodrv_op *dst, const struct demodrv_op *src);
size_t demodrv_measure_op(size_t off, const struct demodrv_op *src);
void demodrv_emit_op(struct demodrv_emitter *e, struct demodrv_op *dst, const struct demodrv_op *src);
int demodrv_capture_batch(struct demodrv_ctx *c, struct demodrv_batch *dst, const struct demodrv_batch *src);
size_t demodrv_measure_batch(size_t off, const struct demodrv_batch *src);
void demodrv_emit_batch(struct demodrv_emitter *e, struct demodrv_batch *dst,
		   const struct demodrv_batch *src);
int demodrv_capture_xfer(struct demodrv_ctx *c, struct demodrv_xfer *dst, const struct demodrv_xfer *src);
size_t demodrv_measure_xfer(size_t off, const struct demodrv_xfer *src);
void demodrv_emit_xfer(struct demodrv_emitter *e, struct demodrv_xfer *dst, const struct demodrv_xfer *src);
int demodrv_capture_info(struct demodrv_ctx *c, struct demodrv_info *dst, const struct demodrv_info *src);
size_t demodrv_measure_info(size_t off, const struct demodrv_info *src);
void demodrv_emit_info(struct demodrv_emitter *e, struct demodrv_info *dst, const struct demodrv_info *src);

/* ia32 */
int demodrv_capture_pair_ia32(struct demodrv_ctx *c, struct demodrv_pair *dst,
			 const struct demodrv_pair_ia32 *src);
size_t demodrv_measure_pair_ia32(size_t off, const struct demodrv_pair *src);
void demodrv_emit_pair_ia32(struct demodrv_emitter *e, struct demodrv_pair_ia32 *dst,
		       const struct demodrv_pair *src);
int demodrv_capture_op_ia32(struct demodrv_ctx *c, struct demodrv_op *dst, const struct demodrv_op_ia32 *src);
size_t demodrv_measure_op_ia32(size_t off, const struct demodrv_op *src);
void demodrv_emit_op_ia32(struct demodrv_emitter *e, struct demodrv_op_ia32 *dst,
		     const struct demodrv_op *src);
int demodrv_capture_batch_ia32(struct demodrv_ctx *c, struct demodrv_batch *dst,
			  const struct demodrv_batch_ia32 *src);
size_t demodrv_measure_batch_ia32(size_t off, const struct demodrv_batch *src);
void demodrv_emit_batch_ia32(struct demodrv_emitter *e, struct demodrv_batch_ia32 *dst,
			const struct demodrv_batch *src);
int demodrv_capture_xfer_ia32(struct demodrv_ctx *c, struct demodrv_xfer *dst,
			 const struct demodrv_xfer_ia32 *src);
size_t demodrv_measure_xfer_ia32(size_t off, const struct demodrv_xfer *src);
void demodrv_emit_xfer_ia32(struct demodrv_emitter *e, struct demodrv_xfer_ia32 *dst,
		       const struct demodrv_xfer *src);
int demodrv_capture_info_ia32(struct demodrv_ctx *c, struct demodrv_info *dst,
			 const struct demodrv_info_ia32 *src);
size_t demodrv_measure_info_ia32(size_t off, const struct demodrv_info *src);
void demodrv_emit_info_ia32(struct demodrv_emitter *e, struct demodrv_info_ia32 *dst,
		       const struct demodrv_info *src);

/* x32 */
int demodrv_capture_pair_x32(struct demodrv_ctx *c, struct demodrv_pair *dst,
			const struct demodrv_pair_x32 *src);
size_t demodrv_measure_pair_x32(size_t off, const struct demodrv_pair *src);
void demodrv_emit_pair_x32(struct demodrv_emitter *e, struct demodrv_pair_x32 *dst,
		      const struct demodrv_pair *src);
int demodrv_capture_op_x32(struct demodrv_ctx *c, struct demodrv_op *dst, const struct demodrv_op_x32 *src);
size_t demodrv_measure_op_x32(size_t off, const struct demodrv_op *src);
void demodrv_emit_op_x32(struct demodrv_emitter *e, struct demodrv_op_x32 *dst, const struct demodrv_op *src);
int demodrv_capture_batch_x32(struct demodrv_ctx *c, struct demodrv_batch *dst,
			 const struct demodrv_batch_x32 *src);
size_t demodrv_measure_batch_x32(size_t off, const struct demodrv_batch *src);
void demodrv_emit_batch_x32(struct demodrv_emitter *e, struct demodrv_batch_x32 *dst,
		       const struct demodrv_batch *src);
int demodrv_capture_xfer_x32(struct demodrv_ctx *c, struct demodrv_xfer *dst,
			const struct demodrv_xfer_x32 *src);
size_t demodrv_measure_xfer_x32(size_t off, const struct demodrv_xfer *src);
void demodrv_emit_xfer_x32(struct demodrv_emitter *e, struct demodrv_xfer_x32 *dst,
		      const struct demodrv_xfer *src);
int demodrv_capture_info_x32(struct demodrv_ctx *c, struct demodrv_info *dst,
			const struct demodrv_info_x32 *src);
size_t demodrv_measure_info_x32(size_t off, const struct demodrv_info *src);
void demodrv_emit_info_x32(struct demodrv_emitter *e, struct demodrv_info_x32 *dst,
		      const struct demodrv_info *src);

/* the receive path: lay src out in the caller's DEMODRV_EMIT buffer */

/* implemented by the core: the ABI-free handlers */
long demodrv_ioc_batch_core(struct demodrv_ctx *c, struct demodrv_batch *args);
long demodrv_ioc_xfer_core(struct demodrv_ctx *c, struct demodrv_xfer *args);
long demodrv_ioc_info_core(struct demodrv_ctx *c, struct demodrv_info *args);
long demodrv_ioc_reset_core(struct demodrv_ctx *c);
long demodrv_ioc_level_core(struct demodrv_ctx *c, __u32 *args);

/* the caller's ABI picks the thunk; -ENOTTY for unknown commands */
long demodrv_ioctl_dispatch(struct demodrv_ctx *c, unsigned int cmd, void __user *uarg);

#endif /* DEMODRV_THUNKS_H */
