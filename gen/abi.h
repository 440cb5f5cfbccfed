/* SPDX-License-Identifier: GPL-2.0 OR MIT */
/* The ABIs thunkgen lays structs out for: policy as data (abi.c). */
#ifndef THUNKGEN_ABI_H
#define THUNKGEN_ABI_H

/*
 * One ABI enum for thunkgen, the runtime and the generated code: enum
 * kh_layout_abi (KH_LAYOUT_X86_64, KH_LAYOUT_IA32, KH_LAYOUT_X32), which
 * indexes every per-ABI table. The uapi's enum kh_abi (from 1) is only what
 * KH_IOC_VERSION reports to a caller: kh_abi = kh_layout_abi + 1.
 */
#include "../thunk/runtime/kh_layout.h"

/* scalar classes whose size or alignment an ABI decides */
enum prim {
	PRIM_BOOL,
	PRIM_CHAR,
	PRIM_SHORT,
	PRIM_INT,
	PRIM_LONG,
	PRIM_LLONG,
	PRIM_ALIGNED_U64,	/* __aligned_u64: 8-aligned in every ABI */
	PRIM_FLOAT,
	PRIM_DOUBLE,
	PRIM_PTR,
	PRIM_KLONG,	/* __kernel_long_t: long, but long long on x32 (8 bytes) */
	PRIM_COUNT,
};

/* how a value widens from a 32-bit ABI to the native one */
enum widen { WIDEN_NONE, WIDEN_SIGN, WIDEN_ZERO, WIDEN_COMPAT_PTR };

struct abi_desc {
	const char *name;	/* "x86_64", "ia32", "x32" */
	const char *suffix;	/* in generated names: "", "_ia32", "_x32" */
	const char *gcc_flag;	/* "-m64", "-m32", "-mx32" */
	const char *cpp_test;	/* preprocessor test for "compiled for this ABI" */
	unsigned int size[PRIM_COUNT];
	unsigned int align[PRIM_COUNT];	/* alignment inside a struct */
};

extern const struct abi_desc abis[KH_LAYOUT_NABI];
extern const char *const prim_names[PRIM_COUNT];

#endif
