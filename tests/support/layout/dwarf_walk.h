/* SPDX-License-Identifier: GPL-2.0 OR MIT */
/*
 * The layout of named structs as the DWARF of a relocatable object states
 * it, read with elfutils libdw through libdwfl's offline reporting (which
 * applies the object's relocations to .debug_* first). A struct becomes the
 * same depth-first list the layout tables use: the struct, then every
 * member, down through nested structs, unions and element [0] of arrays.
 */
#ifndef ABI_DWARF_WALK_H
#define ABI_DWARF_WALK_H

#include "kh_layout.h"

struct dw_rec {
	char path[256];
	unsigned int depth;
	unsigned int kind;	/* enum kh_layout_kind, 0 if not representable */
	int is_signed;		/* -1: DWARF does not say (enum without DW_AT_type) */
	unsigned int count;
	unsigned long offset;
	unsigned long size;
	const char *why;	/* kind 0: what DWARF had */
};

struct dw_list {
	struct dw_rec *r;
	unsigned int n, cap;
};

struct dw_obj;

/* NULL on failure (message on stderr); *abi gets elf_abi_of() */
struct dw_obj *dw_open(const char *path, int *abi);
void dw_close(struct dw_obj *o);
/* 0, or -1 if no complete struct of that tag is in the object */
int dw_struct(struct dw_obj *o, const char *tag, struct dw_list *out);
void dw_list_free(struct dw_list *l);

#endif
