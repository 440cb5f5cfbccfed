/* SPDX-License-Identifier: GPL-2.0 OR MIT */
/* What it takes to move a type between ABIs (xlate.c). */
#ifndef THUNKGEN_XLATE_H
#define THUNKGEN_XLATE_H

#include "model.h"

/* layouts differ between some pair of ABIs, or it holds pointers */
bool type_needs_xlate(const struct type *t);
bool type_has_pointers(const struct type *t);
bool layout_differs(const struct type *t);
/* how a scalar widens from a 32-bit ABI to x86_64 */
enum widen widen_rule(const struct type *t);
enum widen widen_rule_in(const struct type *t, int abi);
const char *widen_name(enum widen w);

#endif
