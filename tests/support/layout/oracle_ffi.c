/* SPDX-License-Identifier: GPL-2.0 OR MIT */
/* Oracle 2: libffi's struct layout of ffi_types built from the table. */
#include <ffi.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "oracle_ffi.h"

struct ffi_ctx {
	const struct abi_view *v;
	struct abi_report *r;
	int *first_child, *next_sibling;
	size_t *rel;		/* offset in the parent, from libffi */
	size_t *size, *align;	/* from libffi */
	void **owned;		/* ffi_types allocated here */
	unsigned int nowned, capowned;
};

static ffi_type *new_struct(struct ffi_ctx *c, unsigned int nelem)
{
	ffi_type *t = calloc(1, sizeof(*t) + (nelem + 1) * sizeof(ffi_type *));

	if (!t)
		abort();
	if (c->nowned == c->capowned) {
		c->capowned = c->capowned ? 2 * c->capowned : 64;
		c->owned = realloc(c->owned, c->capowned * sizeof(*c->owned));
		if (!c->owned)
			abort();
	}
	c->owned[c->nowned++] = t;
	t->type = FFI_TYPE_STRUCT;
	t->elements = (ffi_type **)(t + 1);	/* NULL-terminated by calloc */
	return t;
}

/* libffi lays t out; offs gets each element's offset */
static int layout(struct ffi_ctx *c, unsigned int i, ffi_type *t, size_t *offs)
{
	if (ffi_get_struct_offsets(FFI_DEFAULT_ABI, t, offs) != FFI_OK) {
		abi_problem(c->r, "entry %u %s %s: ffi_get_struct_offsets failed", i,
			    c->v->e[i].type_name, c->v->e[i].path);
		return -1;
	}
	return 0;
}

static ffi_type *scalar(const struct kh_layout_entry *e)
{
	if (e->kind == KH_LK_PTR)
		return &ffi_type_pointer;
	if (e->kind == KH_LK_FLOAT) {
		if (e->size == ffi_type_float.size)
			return &ffi_type_float;
		if (e->size == ffi_type_double.size)
			return &ffi_type_double;
		return &ffi_type_longdouble;	/* its size is then compared */
	}
	switch (e->size) {
	case 1: return e->is_signed ? &ffi_type_sint8 : &ffi_type_uint8;
	case 2: return e->is_signed ? &ffi_type_sint16 : &ffi_type_uint16;
	case 4: return e->is_signed ? &ffi_type_sint32 : &ffi_type_uint32;
	case 8: return e->is_signed ? &ffi_type_sint64 : &ffi_type_uint64;
	}
	return NULL;
}

static unsigned int nchildren(const struct ffi_ctx *c, unsigned int i)
{
	unsigned int n = 0;
	int k;

	for (k = c->first_child[i]; k >= 0; k = c->next_sibling[k])
		n++;
	return n;
}

static ffi_type *build(struct ffi_ctx *c, unsigned int i);

static ffi_type *build_struct(struct ffi_ctx *c, unsigned int i)
{
	unsigned int n = nchildren(c, i), j = 0;
	ffi_type *t;
	size_t *offs;
	int k;

	if (n == 0) {
		abi_problem(c->r, "entry %u %s %s: empty struct (libffi has none)", i,
			    c->v->e[i].type_name, c->v->e[i].path);
		return NULL;
	}
	t = new_struct(c, n);
	for (k = c->first_child[i]; k >= 0; k = c->next_sibling[k])
		if (!(t->elements[j++] = build(c, k)))
			return NULL;
	offs = calloc(n, sizeof(*offs));
	if (layout(c, i, t, offs) < 0) {
		free(offs);
		return NULL;
	}
	j = 0;
	for (k = c->first_child[i]; k >= 0; k = c->next_sibling[k])
		c->rel[k] = offs[j++];
	free(offs);
	return t;
}

/* a C array: a struct of count elements of the element type */
static ffi_type *build_array(struct ffi_ctx *c, unsigned int i)
{
	unsigned int n = c->v->e[i].count, j;
	int el = c->first_child[i];
	ffi_type *t, *et;
	size_t *offs;

	if (el < 0 || n == 0) {
		abi_problem(c->r, "entry %u %s %s: array of %u without element entry", i,
			    c->v->e[i].type_name, c->v->e[i].path, n);
		return NULL;
	}
	et = build(c, el);
	if (!et)
		return NULL;
	t = new_struct(c, n);
	for (j = 0; j < n; j++)
		t->elements[j] = et;
	offs = calloc(n, sizeof(*offs));
	if (layout(c, i, t, offs) < 0) {
		free(offs);
		return NULL;
	}
	c->rel[el] = offs[0];
	free(offs);
	return t;
}

/* each arm on its own; the union as its most-aligned arm + uint8 padding */
static ffi_type *build_union(struct ffi_ctx *c, unsigned int i)
{
	ffi_type *best = NULL, *t;
	size_t usize = 0, ualign = 1, pad, j, *offs;
	int k;

	for (k = c->first_child[i]; k >= 0; k = c->next_sibling[k]) {
		ffi_type *at = build(c, k);

		if (!at)
			return NULL;
		c->rel[k] = 0;
		if (at->size > usize)
			usize = at->size;
		if (!best || at->alignment > best->alignment ||
		    (at->alignment == best->alignment && at->size > best->size))
			best = at;
		if (at->alignment > ualign)
			ualign = at->alignment;
	}
	if (!best) {
		abi_problem(c->r, "entry %u %s %s: union without arms", i,
			    c->v->e[i].type_name, c->v->e[i].path);
		return NULL;
	}
	usize = (usize + ualign - 1) / ualign * ualign;
	pad = usize - best->size;
	t = new_struct(c, 1 + pad);
	t->elements[0] = best;
	for (j = 1; j <= pad; j++)
		t->elements[j] = &ffi_type_uint8;
	offs = calloc(1 + pad, sizeof(*offs));
	k = layout(c, i, t, offs);
	free(offs);
	return k < 0 ? NULL : t;
}

static ffi_type *build(struct ffi_ctx *c, unsigned int i)
{
	const struct kh_layout_entry *e = &c->v->e[i];
	ffi_type *t;

	switch (e->kind) {
	case KH_LK_STRUCT:
		t = build_struct(c, i);
		break;
	case KH_LK_UNION:
		t = build_union(c, i);
		break;
	case KH_LK_ARRAY:
		t = build_array(c, i);
		break;
	default:
		t = scalar(e);
		if (!t)
			abi_problem(c->r, "entry %u %s %s: no libffi type for kind %u size %u",
				    i, e->type_name, e->path, e->kind, e->size);
	}
	if (t) {
		c->size[i] = t->size;
		c->align[i] = t->alignment;
	}
	return t;
}

/* is tag named in ABI_FFI_SKIP (tags separated by spaces or commas)? */
static int skipped(const char *tag)
{
	const char *s = getenv("ABI_FFI_SKIP");
	size_t len = strlen(tag);

	while (s && *s) {
		size_t n = strcspn(s, " ,");

		if (n == len && strncmp(s, tag, len) == 0)
			return 1;
		s += n + (s[n] != 0);
	}
	return 0;
}

unsigned int oracle_ffi_check(const struct abi_view *v, struct abi_report *r)
{
	struct ffi_ctx c = { .v = v, .r = r };
	unsigned int n = v->n, i, *last = calloc(n, sizeof(*last));
	size_t *abs_off = calloc(n, sizeof(*abs_off));
	int *built = calloc(n, sizeof(*built));

	c.first_child = malloc(n * sizeof(int));
	c.next_sibling = malloc(n * sizeof(int));
	c.rel = calloc(n, sizeof(size_t));
	c.size = calloc(n, sizeof(size_t));
	c.align = calloc(n, sizeof(size_t));
	if (!last || !abs_off || !built || !c.first_child || !c.next_sibling ||
	    !c.rel || !c.size || !c.align)
		abort();
	for (i = 0; i < n; i++)
		c.first_child[i] = c.next_sibling[i] = -1;
	for (i = 0; i < n; i++) {	/* children lists, in table order */
		int p = v->e[i].parent;

		if (p < 0 || (unsigned int)p >= i)
			continue;
		if (c.first_child[p] < 0)
			c.first_child[p] = (int)i;
		else
			c.next_sibling[last[p]] = (int)i;
		last[p] = i;
	}
	for (i = 0; i < n; i++) {
		if (v->e[i].depth != 0)
			continue;
		if (skipped(v->e[i].type_name)) {
			unsigned int k = i + 1;

			while (k < n && v->e[k].depth)
				k++;
			printf("libffi/%s: struct %s not checked (ABI_FFI_SKIP): %u entries\n",
			       v->name, v->e[i].type_name, k - i);
			r->skipped += k - i;
			continue;
		}
		built[i] = build(&c, i) != NULL;
		r->structs++;
	}
	for (i = 0; i < n; i++) {
		const struct kh_layout_entry *e = &v->e[i];
		int p = e->parent;

		if (p >= 0 && (unsigned int)p < i) {
			built[i] = built[p];
			abs_off[i] = abs_off[p] + c.rel[i];
		}
		if (!built[i])
			continue;	/* a problem was reported */
		if (e->offset != abs_off[i])
			abi_mismatch(r, e, i, "offset", e->offset, abs_off[i]);
		if (e->size != c.size[i])
			abi_mismatch(r, e, i, "size", e->size, c.size[i]);
		if (e->align != c.align[i])
			abi_mismatch(r, e, i, "align", e->align, c.align[i]);
		r->entries++;
	}
	for (i = 0; i < c.nowned; i++)
		free(c.owned[i]);
	free(c.owned);
	free(c.first_child);
	free(c.next_sibling);
	free(c.rel);
	free(c.size);
	free(c.align);
	free(last);
	free(abs_off);
	free(built);
	return r->mismatches;
}
