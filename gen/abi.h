/* SPDX-License-Identifier: GPL-2.0 OR MIT */
/* The ABIs thunkgen lays structs out for: policy as data (abi.c). */
#ifndef THUNKGEN_ABI_H
#define THUNKGEN_ABI_H

enum abi_id { ABI_X86_64 = 0, ABI_I386 = 1, ABI_X32 = 2, ABI_COUNT = 3 };

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
	const char *name;	/* "x86_64", "i386", "x32" */
	const char *suffix;	/* in generated names: "", "_ia32", "_x32" */
	const char *gcc_flag;	/* "-m64", "-m32", "-mx32" */
	const char *cpp_test;	/* preprocessor test for "compiled for this ABI" */
	unsigned int size[PRIM_COUNT];
	unsigned int align[PRIM_COUNT];	/* alignment inside a struct */
};

extern const struct abi_desc abis[ABI_COUNT];
extern const char *const prim_names[PRIM_COUNT];

#endif
