/* SPDX-License-Identifier: GPL-2.0 OR MIT */
/* Struct layouts out of DWARF (libdw via libdwfl offline reporting). */
#include <dwarf.h>
#include <elfutils/libdwfl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "dwarf_walk.h"
#include "elf_abi.h"

struct dw_named {
	const char *name;
	Dwarf_Die die;
};

struct dw_obj {
	Dwfl *dwfl;
	Dwarf *dw;
	struct dw_named *s;	/* complete named struct and union types */
	unsigned int ns, caps;
};

static char *debuginfo_path;
static const Dwfl_Callbacks offline_callbacks = {
	.find_elf = dwfl_build_id_find_elf,
	.find_debuginfo = dwfl_standard_find_debuginfo,
	.section_address = dwfl_offline_section_address,
	.debuginfo_path = &debuginfo_path,
};

static void index_types(struct dw_obj *o, Dwarf_Die *cu)
{
	Dwarf_Die d;

	if (dwarf_child(cu, &d) != 0)
		return;
	do {
		int tag = dwarf_tag(&d);
		const char *name = dwarf_diename(&d);

		if ((tag != DW_TAG_structure_type && tag != DW_TAG_union_type) ||
		    !name || dwarf_hasattr(&d, DW_AT_declaration))
			continue;
		if (o->ns == o->caps) {
			o->caps = o->caps ? 2 * o->caps : 64;
			o->s = realloc(o->s, o->caps * sizeof(*o->s));
			if (!o->s)
				abort();
		}
		o->s[o->ns].name = name;
		o->s[o->ns++].die = d;
	} while (dwarf_siblingof(&d, &d) == 0);
}

struct dw_obj *dw_open(const char *path, int *abi)
{
	struct dw_obj *o = calloc(1, sizeof(*o));
	Dwfl_Module *mod;
	Dwarf_Addr bias;
	Dwarf_Off off = 0, next;
	size_t hsize;
	GElf_Addr ebias;
	Elf *elf;

	if (!o)
		return NULL;
	o->dwfl = dwfl_begin(&offline_callbacks);
	mod = o->dwfl ? dwfl_report_offline(o->dwfl, path, path, -1) : NULL;
	if (!mod || dwfl_report_end(o->dwfl, NULL, NULL) != 0 ||
	    !(o->dw = dwfl_module_getdwarf(mod, &bias)) ||
	    !(elf = dwfl_module_getelf(mod, &ebias))) {
		fprintf(stderr, "%s: no DWARF through libdwfl: %s\n", path, dwfl_errmsg(-1));
		dw_close(o);
		return NULL;
	}
	*abi = elf_abi_of(elf);
	while (dwarf_nextcu(o->dw, off, &next, &hsize, NULL, NULL, NULL) == 0) {
		Dwarf_Die cu;

		if (dwarf_offdie(o->dw, off + hsize, &cu))
			index_types(o, &cu);
		off = next;
	}
	return o;
}

void dw_close(struct dw_obj *o)
{
	if (!o)
		return;
	if (o->dwfl)
		dwfl_end(o->dwfl);
	free(o->s);
	free(o);
}

void dw_list_free(struct dw_list *l)
{
	free(l->r);
	memset(l, 0, sizeof(*l));
}

static struct dw_rec *add(struct dw_list *l, const char *path, unsigned int depth,
			  unsigned long offset)
{
	struct dw_rec *r;

	if (l->n == l->cap) {
		l->cap = l->cap ? 2 * l->cap : 256;
		l->r = realloc(l->r, l->cap * sizeof(*l->r));
		if (!l->r)
			abort();
	}
	r = &l->r[l->n++];
	memset(r, 0, sizeof(*r));
	snprintf(r->path, sizeof(r->path), "%s", path);
	r->depth = depth;
	r->offset = offset;
	r->count = 1;
	r->is_signed = 0;
	return r;
}

static int type_of(Dwarf_Die *die, Dwarf_Die *type)
{
	Dwarf_Attribute a;

	if (!dwarf_attr_integrate(die, DW_AT_type, &a) || !dwarf_formref_die(&a, type))
		return -1;
	return dwarf_peel_type(type, type);
}

static int encoding_signed(Dwarf_Die *base)
{
	Dwarf_Attribute a;
	Dwarf_Word enc;

	if (!dwarf_attr(base, DW_AT_encoding, &a) || dwarf_formudata(&a, &enc) != 0)
		return -1;
	return enc == DW_ATE_signed || enc == DW_ATE_signed_char;
}

static void walk_members(Dwarf_Die *agg, const char *path, unsigned int depth,
			 unsigned long base, struct dw_list *l);

/* one member or array element of (peeled) type t at offset off */
static void emit(Dwarf_Die *t, const char *path, unsigned int depth,
		 unsigned long off, struct dw_list *l);

static unsigned long dim_count(Dwarf_Die *sub)
{
	Dwarf_Attribute a;
	Dwarf_Word w;

	if (dwarf_attr(sub, DW_AT_count, &a) && dwarf_formudata(&a, &w) == 0)
		return w;
	if (dwarf_attr(sub, DW_AT_upper_bound, &a) && dwarf_formudata(&a, &w) == 0)
		return w + 1;
	return 0;	/* flexible array */
}

/* array levels dims[k..nd-1] of element type el (of size elsize) */
static void emit_array(Dwarf_Die *el, unsigned long elsize, const unsigned long *dims,
		       unsigned int k, unsigned int nd, const char *path,
		       unsigned int depth, unsigned long off, struct dw_list *l)
{
	struct dw_rec *r = add(l, path, depth, off);
	char sub[sizeof(r->path)];
	unsigned long size = elsize;
	unsigned int j;

	for (j = k; j < nd; j++)
		size *= dims[j];
	r->kind = KH_LK_ARRAY;
	r->count = (unsigned int)dims[k];
	r->size = size;
	snprintf(sub, sizeof(sub), "%s[0]", path);
	if (k + 1 < nd)
		emit_array(el, elsize, dims, k + 1, nd, sub, depth + 1, off, l);
	else
		emit(el, sub, depth + 1, off, l);
}

static void emit(Dwarf_Die *t, const char *path, unsigned int depth,
		 unsigned long off, struct dw_list *l)
{
	Dwarf_Word size = 0;
	Dwarf_Die under, el, sub;
	struct dw_rec *r;
	unsigned long dims[8];
	unsigned int nd = 0;

	switch (dwarf_tag(t)) {
	case DW_TAG_array_type:
		if (type_of(t, &el) != 0 || dwarf_aggregate_size(&el, &size) != 0)
			break;
		if (dwarf_child(t, &sub) == 0)
			do
				if (dwarf_tag(&sub) == DW_TAG_subrange_type && nd < 8)
					dims[nd++] = dim_count(&sub);
			while (dwarf_siblingof(&sub, &sub) == 0);
		if (nd == 0)
			break;
		emit_array(&el, size, dims, 0, nd, path, depth, off, l);
		return;
	case DW_TAG_structure_type:
	case DW_TAG_union_type:
		r = add(l, path, depth, off);
		r->kind = dwarf_tag(t) == DW_TAG_union_type ? KH_LK_UNION : KH_LK_STRUCT;
		if (dwarf_aggregate_size(t, &size) == 0)
			r->size = size;
		walk_members(t, path, depth + 1, off, l);
		return;
	}
	r = add(l, path, depth, off);
	if (dwarf_aggregate_size(t, &size) == 0)
		r->size = size;
	switch (dwarf_tag(t)) {
	case DW_TAG_pointer_type:
		r->kind = KH_LK_PTR;
		break;
	case DW_TAG_enumeration_type:
		r->kind = KH_LK_INT;
		r->is_signed = type_of(t, &under) == 0 ? encoding_signed(&under) : -1;
		break;
	case DW_TAG_base_type:
		r->is_signed = encoding_signed(t);
		r->kind = KH_LK_INT;
		{
			Dwarf_Attribute a;
			Dwarf_Word enc = 0;

			if (dwarf_attr(t, DW_AT_encoding, &a))
				dwarf_formudata(&a, &enc);
			if (enc == DW_ATE_float)
				r->kind = KH_LK_FLOAT;
			else if (enc == DW_ATE_complex_float)
				r->kind = 0, r->why = "complex float";
		}
		if (r->kind == KH_LK_FLOAT)
			r->is_signed = 0;
		break;
	default:
		r->kind = 0;
		r->why = dwarf_tag(t) == DW_TAG_array_type ? "array without size"
							   : "unexpected DWARF type tag";
	}
}

static void walk_members(Dwarf_Die *agg, const char *path, unsigned int depth,
			 unsigned long base, struct dw_list *l)
{
	Dwarf_Die m, t;

	if (dwarf_child(agg, &m) != 0)
		return;
	do {
		const char *name;
		char sub[sizeof(l->r->path)];
		Dwarf_Attribute a;
		Dwarf_Word loc = 0;

		if (dwarf_tag(&m) != DW_TAG_member)
			continue;
		name = dwarf_diename(&m);
		snprintf(sub, sizeof(sub), "%s%s%s", path, path[0] && name ? "." : "",
			 name ? name : "");
		if (dwarf_attr(&m, DW_AT_data_member_location, &a))
			dwarf_formudata(&a, &loc);
		if (dwarf_hasattr(&m, DW_AT_bit_size) || type_of(&m, &t) != 0) {
			struct dw_rec *r = add(l, sub, depth, base + loc);

			r->why = "bitfield or member without type";
			continue;
		}
		/*
		 * A C11 anonymous struct/union member has no entry of its own in
		 * the tables (thunkgen's convention): its members are members of
		 * the enclosing type, at its depth, as C names them.
		 */
		if (!name && (dwarf_tag(&t) == DW_TAG_structure_type ||
			      dwarf_tag(&t) == DW_TAG_union_type)) {
			walk_members(&t, path, depth, base + loc, l);
			continue;
		}
		emit(&t, sub, depth, base + loc, l);
	} while (dwarf_siblingof(&m, &m) == 0);
}

int dw_struct(struct dw_obj *o, const char *tag, struct dw_list *out)
{
	unsigned int i;

	for (i = 0; i < o->ns; i++)
		if (strcmp(o->s[i].name, tag) == 0) {
			emit(&o->s[i].die, "", 0, 0, out);
			return 0;
		}
	return -1;
}
