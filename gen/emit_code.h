/* SPDX-License-Identifier: GPL-2.0 OR MIT */
/* The per-record function writers behind thunk/generated/kh_*.c. */
#ifndef THUNKGEN_EMIT_CODE_H
#define THUNKGEN_EMIT_CODE_H

#include "model.h"
#include "out.h"

void emit_capture_fn(struct out *o, const struct spec *s, const struct type *t, int abi);
void emit_measure_fn(struct out *o, const struct spec *s, const struct type *t, int abi);
void emit_emit_fn(struct out *o, const struct spec *s, const struct type *t, int abi);
void emit_partial_fn(struct out *o, const struct type *t, int abi);
void emit_to_user_fn(struct out *o, const struct type *t, int abi);
const struct field *largest_arm(const struct type *u);

#endif
