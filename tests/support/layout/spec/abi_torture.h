/* SPDX-License-Identifier: GPL-2.0 OR MIT */
/*
 * Not khttp's ABI: a spec of layout corner cases khttp's own structs do not
 * have, to run the conformance oracles on (make check-abi-torture). Each
 * struct is here for an ABI difference or a construct the layout engine and
 * the oracles must both get right.
 */
#ifndef ABI_TORTURE_H
#define ABI_TORTURE_H

#include <linux/types.h>
#include "kh_annotate.h"

enum tt_color {
	TT_RED = 0,
	TT_BLUE = 7,
};

enum tt_sign {
	TT_NEG = -1,
	TT_POS = 1,
};

/* long, unsigned long, pointers: 8 on x86_64, 4 on i386 and x32 */
struct tt_longs {
	char c;
	long l;
	unsigned long ul;
	signed char sc;
	unsigned char uc;
	short s;
	unsigned short us;
	int i;
	unsigned int ui;
	long long ll;
	unsigned long long ull;
	__u32 p_len;
	void *p KH_BYTES(p_len);
};

/* double and u64 after a 4-byte member: offset 4 on i386, 8 on x86_64 and x32 */
struct tt_floats {
	__u32 a;
	double d;
	__u32 b;
	float f;
	__s64 s64;
	__u16 tail;
};

/* enum-typed fields (unsigned and signed underlying types) */
struct tt_enums {
	__u8 tag;
	enum tt_color color;
	enum tt_sign sign;
};

/* multi-dimensional arrays, array of pointers, array of structs with a union */
struct tt_inner {
	__u16 kind;
	union {
		__u64 big KH_WHEN(0);
		__u8 bytes[3] KH_WHEN(1);
		struct {
			__u8 x;
			__u32 y;
		} pair KH_WHEN(2);
	} v KH_SELECT(kind);
};

struct tt_arrays {
	__u8 grid[3][5];
	__u64 wide[2][2];
	const char *names[3];
	struct tt_inner items[4];
	__u16 odd[3];
};

/* C11 anonymous union and struct members */
struct tt_anon {
	__u32 type;
	union {
		__u64 as_u64 KH_WHEN(0);
		struct {
			__u32 lo;
			__u16 hi;
		} KH_WHEN(1);
		const char *str KH_CSTRING(32) KH_WHEN(2);
	} KH_SELECT(type);
	__u8 last;
};

/* a union at top level, arms of different sizes and alignments */
union tt_top {
	__u8 b;
	__u64 q;
	__u32 w[3];
	struct tt_floats fl;
};

/* packed: members below their declared alignment */
struct tt_packed {
	__u8 a;
	__u32 b;
	__u64 c;
	__u16 d;
} __attribute__((packed));

/* __aligned_u64 (8 on i386 too), an over-aligned char, a packed member */
struct tt_attrs {
	__u8 a;
	__aligned_u64 b;
	__u8 c;
	unsigned char tag __attribute__((aligned(8)));
	struct tt_packed p;
	__u16 after;
};

/* deep nesting through named and unnamed types */
struct tt_deep {
	__u8 a;
	struct {
		__u8 b;
		struct {
			__u8 c;
			union {
				__u64 d KH_WHEN(0);
				struct tt_arrays arr KH_WHEN(1);
			} e KH_SELECT(c);
		} f;
	} g;
	__u8 z;
};

#endif /* ABI_TORTURE_H */
