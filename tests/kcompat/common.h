/* SPDX-License-Identifier: GPL-2.0 OR MIT */
/* check-kcompat: the cases every struct argument gets (kc.h) */
#ifndef KC_COMMON_H
#define KC_COMMON_H
#include "kc.h"

#define A(type) ((type *)KC_PTR(KC_ARG))
#define C(io, name, setup) { #io, #name, setup, name, NULL }
/* the argument pointer itself: unmapped, NULL, straddling the image's end */
/* ... and in the read-only page (the struct copied there) */
#define KC_BAD_ARGS(pfx, fill)							\
	static void pfx##_bad_arg(struct kc_call *k) { fill(k); k->arg = KC_BAD; }	\
	static void pfx##_null_arg(struct kc_call *k) { fill(k); k->arg = 0; }	\
	static void pfx##_arg_edge(struct kc_call *k) { fill(k); k->arg = KC_END - 4; }	\
	static void pfx##_arg_ro(struct kc_call *k)					\
	{ fill(k); memcpy(KC_PTR(KC_RO), KC_PTR(KC_ARG), 0x200); k->arg = KC_RO; }
#define KC_BAD_CASES(io, pfx, setup)						\
	{ #io, #pfx "_bad_arg", setup, pfx##_bad_arg, NULL },			\
	{ #io, #pfx "_null_arg", setup, pfx##_null_arg, NULL },			\
	{ #io, #pfx "_arg_edge", setup, pfx##_arg_edge, NULL },			\
	{ #io, #pfx "_arg_ro", setup, pfx##_arg_ro, NULL }
#endif
