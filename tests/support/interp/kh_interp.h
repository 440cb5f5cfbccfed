/* SPDX-License-Identifier: GPL-2.0 OR MIT */
/*
 * The reference implementation of the thunks: one interpreter that walks the
 * tables thunkgen writes (kh_ptables.c) at run time, where the generated
 * thunks have the same knowledge compiled in. Same runtime calls (kh_rt.h)
 * in the same order, so the same errors, the same arena use and the same
 * bytes for the caller; only slower. Tests hold the generated code against
 * it; bench/thunk measures what compiling the tables buys.
 *
 * type is a record index: enum kh_pt_id (kh_ptables.h) or kh_interp_find().
 */
#ifndef KH_INTERP_H
#define KH_INTERP_H

#include "kh_rt.h"
#include "kh_ptables.h"

/* the record named name (a struct tag), or -1 */
int kh_interp_find(const char *name);

/* as kh_capture_<type>[_ia32|_x32]: src is the caller's view, already copied in */
int kh_interp_capture(int abi, int type, struct kh_ctx *c, void *dst, const void *src);
/* as kh_measure_<type>...: the offset after everything src's pointers take */
size_t kh_interp_measure(int abi, int type, size_t off, const void *src);
/* as kh_emit_<type>...: dst is the view in e's staging buffer */
void kh_interp_emit(int abi, int type, struct kh_emitter *e, void *dst, const void *src);

#endif /* KH_INTERP_H */
