/* SPDX-License-Identifier: GPL-2.0 OR MIT */
/*
 * The flat view of every laid-out type: each struct, then its members depth
 * first, with C member designators as paths. Layout tables, probes, static
 * asserts and the report all print this one list.
 */
#ifndef THUNKGEN_ENTRIES_H
#define THUNKGEN_ENTRIES_H

#include "model.h"

struct entry {
	const struct type *top;
	char *path;			/* "" for the top type itself */
	const char *name;
	int parent;
	int depth;
	const struct type *type;
	const struct field *field;	/* NULL for a top type or an array element */
	unsigned int offset[KH_LAYOUT_NABI];	/* from the start of top */
};

/* top-level (tagged) structs and unions, in the order of the spec */
bool is_top_type(const struct type *t);
int collect_entries(const struct spec *s, struct entry **out);
const char *record_kw(const struct type *t);	/* "struct" or "union" */
/*
 * The C spelling of a member's (element) type for _Alignof, or NULL for an
 * anonymous record. __typeof__ of a member would drop the alignment of an
 * aligned typedef such as __aligned_u64, so the declared type is named.
 */
const char *type_spelling(const struct type *t, char *buf, size_t len);

#endif
