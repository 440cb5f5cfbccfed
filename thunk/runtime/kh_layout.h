/* SPDX-License-Identifier: GPL-2.0 OR MIT */
/*
 * The shape of the layout tables thunkgen writes (kh_layout_tables.c).
 *
 * One table per ABI, all in the same order: for every struct of the spec, the
 * struct itself (depth 0, empty path) and then every member, depth first,
 * down through nested structs, unions and the first element of arrays. The
 * path is the C member designator from the top struct, so that
 * offsetof(struct <type_name>, <path>) names the same thing to a compiler.
 * The same index means the same member in every ABI's table.
 */
#ifndef KH_LAYOUT_H
#define KH_LAYOUT_H

#ifdef __KERNEL__
#include <linux/types.h>
#else
#include <stdint.h>
#endif

/*
 * The caller's ABI: the one enum of thunkgen, the runtime and the generated
 * code. ia32 is the i386 ABI as the kernel's compat path names it
 * (in_ia32_syscall, CONFIG_IA32_EMULATION) and as the uapi's KH_ABI_IA32
 * reports it; i386 stays the name of the architecture (gcc -m32, qemu-i386).
 */
enum kh_layout_abi {
	KH_LAYOUT_X86_64 = 0,
	KH_LAYOUT_IA32 = 1,
	KH_LAYOUT_X32 = 2,
	KH_LAYOUT_NABI = 3,
};

enum kh_layout_kind {
	KH_LK_STRUCT = 1,
	KH_LK_UNION = 2,
	KH_LK_ARRAY = 3,	/* the next entry is its element [0] */
	KH_LK_INT = 4,		/* integers and enums */
	KH_LK_FLOAT = 5,
	KH_LK_PTR = 6,
};

struct kh_layout_entry {
	const char *type_name;	/* tag of the top struct: "kh_request" */
	const char *path;	/* "" for the struct itself, else "u.memory.length" */
	const char *name;	/* last component: "length", "[0]" for an element */
	int parent;		/* index of the enclosing entry, -1 at depth 0 */
	unsigned char depth;
	unsigned char kind;	/* enum kh_layout_kind */
	unsigned char is_signed;
	unsigned int count;	/* arrays: number of elements, else 1 */
	unsigned int offset;	/* from the start of the top struct */
	unsigned int size;
	unsigned int align;
};

/* kh_layout_tables[abi][i], i < kh_layout_count */
extern const struct kh_layout_entry *const kh_layout_tables[KH_LAYOUT_NABI];
extern const unsigned int kh_layout_count;
extern const char *const kh_layout_abi_names[KH_LAYOUT_NABI];

/*
 * Written by the compiler, not by thunkgen: kh_layout_probe.c
 * holds, in the same order, {offsetof, sizeof, _Alignof} of every entry as the
 * compiler of the ABI it is built for sees them.
 */
extern const unsigned int kh_layout_probe[][3];
extern const unsigned int kh_layout_probe_count;

#endif /* KH_LAYOUT_H */
