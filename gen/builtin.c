// SPDX-License-Identifier: GPL-2.0 OR MIT
/* Scalar types and the typedefs of <linux/types.h> and <stdint.h>: data. */
#include <string.h>

#include "parse_priv.h"

static const struct {
	const char *name;
	enum tkind kind;
	enum prim prim;
	bool is_signed;
} builtins[] = {
	{ "void", T_VOID, PRIM_CHAR, false },
	{ "_Bool", T_INT, PRIM_BOOL, false }, { "bool", T_INT, PRIM_BOOL, false },
	{ "float", T_FLOAT, PRIM_FLOAT, true }, { "double", T_FLOAT, PRIM_DOUBLE, true },
	{ "__u8", T_INT, PRIM_CHAR, false }, { "__s8", T_INT, PRIM_CHAR, true },
	{ "__u16", T_INT, PRIM_SHORT, false }, { "__s16", T_INT, PRIM_SHORT, true },
	{ "__u32", T_INT, PRIM_INT, false }, { "__s32", T_INT, PRIM_INT, true },
	{ "__u64", T_INT, PRIM_LLONG, false }, { "__s64", T_INT, PRIM_LLONG, true },
	{ "__le16", T_INT, PRIM_SHORT, false }, { "__be16", T_INT, PRIM_SHORT, false },
	{ "__le32", T_INT, PRIM_INT, false }, { "__be32", T_INT, PRIM_INT, false },
	{ "__le64", T_INT, PRIM_LLONG, false }, { "__be64", T_INT, PRIM_LLONG, false },
	{ "__aligned_u64", T_INT, PRIM_ALIGNED_U64, false },
	{ "__aligned_be64", T_INT, PRIM_ALIGNED_U64, false },
	{ "__aligned_le64", T_INT, PRIM_ALIGNED_U64, false },
	{ "uint8_t", T_INT, PRIM_CHAR, false }, { "int8_t", T_INT, PRIM_CHAR, true },
	{ "uint16_t", T_INT, PRIM_SHORT, false }, { "int16_t", T_INT, PRIM_SHORT, true },
	{ "uint32_t", T_INT, PRIM_INT, false }, { "int32_t", T_INT, PRIM_INT, true },
	{ "uint64_t", T_INT, PRIM_LLONG, false }, { "int64_t", T_INT, PRIM_LLONG, true },
	{ "size_t", T_INT, PRIM_LONG, false }, { "ssize_t", T_INT, PRIM_LONG, true },
	{ "uintptr_t", T_INT, PRIM_LONG, false }, { "intptr_t", T_INT, PRIM_LONG, true },
	{ "ptrdiff_t", T_INT, PRIM_LONG, true },
	{ "__kernel_long_t", T_INT, PRIM_KLONG, true },	/* 8 bytes on x32 */
	{ "__kernel_ulong_t", T_INT, PRIM_KLONG, false },
	{ "__kernel_size_t", T_INT, PRIM_LONG, false },
	{ "__kernel_ssize_t", T_INT, PRIM_LONG, true },
	{ "__kernel_pid_t", T_INT, PRIM_INT, true }, { "pid_t", T_INT, PRIM_INT, true },
	{ "__kernel_uid32_t", T_INT, PRIM_INT, false }, { "uid_t", T_INT, PRIM_INT, false },
	{ "__kernel_gid32_t", T_INT, PRIM_INT, false }, { "gid_t", T_INT, PRIM_INT, false },
};

#define NBUILTIN (sizeof(builtins) / sizeof(builtins[0]))
static struct type *made[NBUILTIN];

struct type *builtin_typedef(const char *name)
{
	for (size_t i = 0; i < NBUILTIN; i++) {
		if (strcmp(builtins[i].name, name))
			continue;
		if (!made[i]) {
			made[i] = xcalloc(1, sizeof(struct type));
			made[i]->kind = builtins[i].kind;
			made[i]->prim = builtins[i].prim;
			made[i]->is_signed = builtins[i].is_signed;
			made[i]->name = builtins[i].name;
		}
		return made[i];
	}
	return NULL;
}

struct type *int_type(enum prim prim, bool is_signed, const char *spelling)
{
	static struct type *cache[PRIM_COUNT][2][3];
	int v = !strncmp(spelling, "signed", 6) ? 2 : 0;	/* keep C's spelling */
	struct type **slot = &cache[prim][is_signed][v];

	if (!*slot) {
		*slot = xcalloc(1, sizeof(struct type));
		(*slot)->kind = T_INT;
		(*slot)->prim = prim;
		(*slot)->is_signed = is_signed;
		(*slot)->name = spelling;
	}
	return *slot;
}
