/* SPDX-License-Identifier: GPL-2.0 OR MIT */
/* The layout table's internal consistency, and sameness across ABIs. */
#include <stdio.h>
#include <string.h>

#include "table_shape.h"

static int same_str(const char *a, const char *b)
{
	return a && b && strcmp(a, b) == 0;
}

/* path of a member = parent path + ".name", or + "[0]" under an array */
static int path_ok(const struct kh_layout_entry *e, const struct kh_layout_entry *p)
{
	size_t pl = strlen(p->path);
	const char *rest;

	if (strncmp(e->path, p->path, pl) != 0)
		return 0;
	rest = e->path + pl;
	if (p->kind == KH_LK_ARRAY)
		return same_str(e->name, "[0]") && same_str(rest, "[0]");
	if (!e->name[0])	/* anonymous member: named by its own members */
		return 1;
	if (pl) {
		if (*rest != '.')
			return 0;
		rest++;
	}
	return same_str(rest, e->name);
}

static void one(const struct abi_view *v, unsigned int i, struct abi_report *r)
{
	const struct kh_layout_entry *e = &v->e[i], *p;

	if (e->kind < KH_LK_STRUCT || e->kind > KH_LK_PTR)
		abi_mismatch(r, e, i, "kind (valid 1..6)", e->kind, 0);
	/*
	 * align is the declared type's alignment: in a packed struct a member
	 * may sit below it, and a struct may be less aligned than its members,
	 * so neither offset % align nor align <= parent's align is checked.
	 */
	if (!e->align || (e->align & (e->align - 1)))
		abi_mismatch(r, e, i, "align (a power of 2)", e->align, 0);
	else if (e->size % e->align)
		abi_mismatch(r, e, i, "size (multiple of align)", e->size, e->align);
	if (e->kind == KH_LK_ARRAY &&
	    (i + 1 >= v->n || v->e[i + 1].parent != (int)i))
		abi_problem(r, "entry %u %s.%s: array without element entry", i,
			    e->type_name, e->path);
	if (e->depth == 0) {
		if (e->parent != -1 || e->path[0] || e->offset != 0)
			abi_problem(r, "entry %u %s: a top entry needs parent -1, empty path, offset 0",
				    i, e->type_name);
		return;
	}
	if (e->parent < 0 || (unsigned int)e->parent >= i) {
		abi_mismatch(r, e, i, "parent (an earlier entry)", (unsigned long)e->parent, i);
		return;
	}
	p = &v->e[e->parent];
	if (e->depth != p->depth + 1 || !same_str(e->type_name, p->type_name) ||
	    !path_ok(e, p))
		abi_problem(r, "entry %u %s.%s: depth/type/path inconsistent with parent %u (%s)",
			    i, e->type_name, e->path, e->parent, p->path);
	if (p->kind != KH_LK_STRUCT && p->kind != KH_LK_UNION && p->kind != KH_LK_ARRAY)
		abi_problem(r, "entry %u %s.%s: parent of kind %u", i, e->type_name,
			    e->path, p->kind);
	if (e->offset < p->offset || e->offset + e->size > p->offset + p->size)
		abi_problem(r, "entry %u %s.%s: [%u,+%u) outside parent [%u,+%u)", i,
			    e->type_name, e->path, e->offset, e->size, p->offset, p->size);
	if ((p->kind == KH_LK_UNION || p->kind == KH_LK_ARRAY) && e->offset != p->offset)
		abi_mismatch(r, e, i, "offset (= union/array offset)", e->offset, p->offset);
	if (p->kind == KH_LK_ARRAY && (unsigned long)e->size * p->count != p->size)
		abi_mismatch(r, e, i, "element size * count (= array size)",
			     (unsigned long)e->size * p->count, p->size);
}

static void across(const struct abi_view *v, unsigned int i, struct abi_report *r)
{
	const struct kh_layout_entry *e = &v->e[i];
	unsigned int a;

	for (a = 0; a < KH_LAYOUT_NABI; a++) {
		const struct kh_layout_entry *o = &kh_layout_tables[a][i];

		if (!same_str(e->type_name, o->type_name) || !same_str(e->path, o->path) ||
		    !same_str(e->name, o->name) || e->parent != o->parent ||
		    e->depth != o->depth || e->kind != o->kind ||
		    e->is_signed != o->is_signed || e->count != o->count)
			abi_problem(r, "entry %u: %s %s differs from %s's (%s %s)", i,
				    e->type_name, e->path, kh_layout_abi_names[a],
				    o->type_name, o->path);
	}
}

unsigned int table_shape_check(const struct abi_view *v, struct abi_report *r)
{
	unsigned int i;

	for (i = 0; i < v->n; i++) {
		if (!v->e[i].type_name || !v->e[i].path || !v->e[i].name) {
			abi_problem(r, "entry %u: NULL name", i);
			continue;
		}
		one(v, i, r);
		across(v, i, r);
		r->entries++;
		r->structs += v->e[i].depth == 0;
	}
	return r->mismatches;
}
