/* SPDX-License-Identifier: GPL-2.0 OR MIT */
/* Oracle 3a: the table against the struct layouts in the object's DWARF. */
#include <string.h>

#include "oracle_dwarf.h"

static void compare(const struct abi_view *v, unsigned int i, const struct dw_rec *d,
		    struct abi_report *r)
{
	const struct kh_layout_entry *e = &v->e[i];

	if (d->kind == 0) {
		abi_problem(r, "entry %u %s %s: DWARF has %s", i, e->type_name, e->path,
			    d->why ? d->why : "something else");
		return;
	}
	if (e->kind != d->kind)
		abi_mismatch(r, e, i, "kind", e->kind, d->kind);
	if (e->count != d->count)
		abi_mismatch(r, e, i, "count", e->count, d->count);
	if (e->kind == KH_LK_INT && d->is_signed >= 0 && !!e->is_signed != d->is_signed)
		abi_mismatch(r, e, i, "is_signed", e->is_signed, (unsigned long)d->is_signed);
	if (e->offset != d->offset)
		abi_mismatch(r, e, i, "offset", e->offset, d->offset);
	if (e->size != d->size)
		abi_mismatch(r, e, i, "size", e->size, d->size);
	r->entries++;
}

unsigned int oracle_dwarf_check(const struct abi_view *v, struct dw_obj *o,
				struct abi_report *r)
{
	unsigned int top, end, k;

	for (top = 0; top < v->n; top = end) {
		const char *tag = v->e[top].type_name;
		struct dw_list l = { 0 };

		for (end = top + 1; end < v->n && v->e[end].depth > 0; end++)
			;
		if (dw_struct(o, tag, &l) < 0) {
			abi_problem(r, "struct %s: not in the object's DWARF", tag);
			continue;
		}
		r->structs++;
		for (k = 0; k < l.n && top + k < end; k++) {
			const struct kh_layout_entry *e = &v->e[top + k];

			if (strcmp(e->path, l.r[k].path) != 0 || e->depth != l.r[k].depth) {
				abi_problem(r, "struct %s entry %u: table has \"%s\" (depth %u), DWARF \"%s\" (depth %u); rest of struct skipped",
					    tag, top + k, e->path, e->depth, l.r[k].path,
					    l.r[k].depth);
				break;
			}
			compare(v, top + k, &l.r[k], r);
		}
		if (k == l.n && top + k != end)
			abi_problem(r, "struct %s: table has %u entries, DWARF %u", tag,
				    end - top, l.n);
		else if (k == end - top && k != l.n)
			abi_problem(r, "struct %s: table has %u entries, DWARF %u (first extra: %s)",
				    tag, end - top, l.n, l.r[k].path);
		dw_list_free(&l);
	}
	return r->mismatches;
}
