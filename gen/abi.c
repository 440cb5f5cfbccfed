// SPDX-License-Identifier: GPL-2.0 OR MIT
/*
 * Sizes and in-struct alignments of the scalar classes, per ABI.
 * i386 aligns 8-byte scalars to 4 inside structs (System V i386 psABI);
 * x32 has 4-byte pointers and longs but keeps 8-byte alignment for 8-byte
 * scalars (like arm EABI): neither is what the kernel's compat_u64 assumes
 * for both.
 */
#include "abi.h"

const char *const prim_names[PRIM_COUNT] = {
	[PRIM_BOOL] = "bool", [PRIM_CHAR] = "char", [PRIM_SHORT] = "short",
	[PRIM_INT] = "int", [PRIM_LONG] = "long", [PRIM_LLONG] = "long long",
	[PRIM_ALIGNED_U64] = "__aligned_u64", [PRIM_FLOAT] = "float",
	[PRIM_DOUBLE] = "double", [PRIM_PTR] = "pointer", [PRIM_KLONG] = "__kernel_long_t",
};

const struct abi_desc abis[KH_LAYOUT_NABI] = {
	[KH_LAYOUT_X86_64] = {
		.name = "x86_64", .suffix = "", .gcc_flag = "-m64",
		.cpp_test = "defined(__x86_64__) && !defined(__ILP32__)",
		.size =  { 1, 1, 2, 4, 8, 8, 8, 4, 8, 8, 8 },
		.align = { 1, 1, 2, 4, 8, 8, 8, 4, 8, 8, 8 },
	},
	[KH_LAYOUT_IA32] = {
		.name = "ia32", .suffix = "_ia32", .gcc_flag = "-m32",
		.cpp_test = "defined(__i386__)",
		.size =  { 1, 1, 2, 4, 4, 8, 8, 4, 8, 4, 4 },
		.align = { 1, 1, 2, 4, 4, 4, 8, 4, 4, 4, 4 },
	},
	[KH_LAYOUT_X32] = {
		.name = "x32", .suffix = "_x32", .gcc_flag = "-mx32",
		.cpp_test = "defined(__x86_64__) && defined(__ILP32__)",
		.size =  { 1, 1, 2, 4, 4, 8, 8, 4, 8, 4, 8 },
		.align = { 1, 1, 2, 4, 4, 8, 8, 4, 8, 4, 8 },
	},
};
