// SPDX-License-Identifier: GPL-2.0 OR MIT
/* Facts about types that decide what conversion they need. */
#include "xlate.h"

bool layout_differs(const struct type *t)
{
	for (int a = 1; a < KH_LAYOUT_NABI; a++) {
		if (t->size[a] != t->size[0] || t->align[a] != t->align[0])
			return true;
		for (int i = 0; i < t->nfields; i++)
			if (t->fields[i]->offset[a] != t->fields[i]->offset[0])
				return true;
	}
	for (int i = 0; i < t->nfields; i++)
		if (layout_differs(t->fields[i]->type))
			return true;
	return t->kind == T_ARRAY && layout_differs(t->elem);
}

bool type_has_pointers(const struct type *t)
{
	if (t->kind == T_PTR)
		return true;
	if (t->kind == T_ARRAY)
		return type_has_pointers(t->elem);
	for (int i = 0; i < t->nfields; i++)
		if (type_has_pointers(t->fields[i]->type))
			return true;
	return false;
}

bool type_needs_xlate(const struct type *t)
{
	return layout_differs(t) || type_has_pointers(t);
}

enum widen widen_rule(const struct type *t)
{
	if (t->kind == T_PTR)
		return WIDEN_COMPAT_PTR;
	if (t->kind != T_INT || (t->prim != PRIM_LONG && t->prim != PRIM_KLONG))
		return WIDEN_NONE;
	return t->is_signed ? WIDEN_SIGN : WIDEN_ZERO;
}

/* the rule from one 32-bit ABI: x32's __kernel_long_t is already 8 bytes */
enum widen widen_rule_in(const struct type *t, int abi)
{
	if (abi == KH_LAYOUT_X86_64 || (abi == KH_LAYOUT_X32 && t->kind == T_INT && t->prim == PRIM_KLONG))
		return WIDEN_NONE;
	return widen_rule(t);
}

const char *widen_name(enum widen w)
{
	switch (w) {
	case WIDEN_SIGN: return "sign-extend";
	case WIDEN_ZERO: return "zero-extend";
	case WIDEN_COMPAT_PTR: return "compat_ptr";
	default: return "copy";
	}
}
