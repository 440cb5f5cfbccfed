/* SPDX-License-Identifier: GPL-2.0 OR MIT */
/* The per-record function writers behind kh_capture.c and kh_emit.c. */
#ifndef THUNKGEN_WRITERS_H
#define THUNKGEN_WRITERS_H

#include "model.h"
#include "out.h"

/* write_capture.c */
void write_capture_fn(struct out *o, const struct spec *s, const struct type *t, int abi);
/* write_emit.c */
void write_measure_fn(struct out *o, const struct spec *s, const struct type *t, int abi);
void write_emit_fn(struct out *o, const struct spec *s, const struct type *t, int abi);
void write_partial_fn(struct out *o, const struct type *t, int abi);
void write_to_user_fn(struct out *o, const struct type *t, int abi);

#endif
