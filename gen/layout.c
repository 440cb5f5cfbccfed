// SPDX-License-Identifier: GPL-2.0 OR MIT
/*
 * The layout engine: size, alignment and member offsets of every type in
 * every ABI, from the ABI tables in abi.c alone (no compiler is asked).
 * C's rules: a member goes at the next multiple of its alignment; a struct's
 * alignment is its largest member's; its size is rounded up to it; a union
 * is as large as its largest arm. packed sets member alignment to 1,
 * aligned(N) raises it.
 */
#include "model.h"
#include "ioctl.h"

static unsigned int align_up(unsigned int v, unsigned int a)
{
	return (v + a - 1) / a * a;
}

static void layout_type(struct type *t, struct pos use);

static void layout_record(struct type *t)
{
	for (int a = 0; a < KH_LAYOUT_NABI; a++) {
		unsigned int off = 0, al = 1, size = 0, bit = 0;

		for (int i = 0; i < t->nfields; i++) {
			struct field *f = t->fields[i];
			unsigned int fa;

			layout_type(f->type, f->pos);
			if (f->type->kind == T_VOID)
				die_at(f->pos, "member '%s' has type void", f->name);
			fa = t->packed ? 1 : f->type->align[a];
			if (f->attr_align > fa)
				fa = f->attr_align;
			if (f->bitfield) {
				/*
				 * gcc on x86: a bit-field lies within sizeof(type) bytes
				 * starting at an alignof(type) boundary, else it moves to
				 * the next boundary (i386's 4-aligned u64 may straddle)
				 */
				unsigned int unit = fa * 8, end;

				if (!i || !t->fields[i - 1]->bitfield || t->kind == T_UNION)
					bit = (t->kind == T_UNION ? 0 : off) * 8;
				if (!f->bits ||
				    bit + f->bits > bit / unit * unit + f->type->size[a] * 8)
					bit = align_up(bit, unit);
				f->offset[a] = bit / 8;
				bit += f->bits;
				end = (bit + 7) / 8;
				if (t->kind == T_UNION && end > size)
					size = end;
				if (t->kind != T_UNION)
					off = size = end;
				if (f->bit_named && fa > al)
					al = fa;
				continue;
			}
			if (t->kind == T_UNION) {
				f->offset[a] = 0;
				if (f->type->size[a] > size)
					size = f->type->size[a];
			} else {
				off = align_up(off, fa);
				f->offset[a] = off;
				off += f->type->size[a];
				size = off;
			}
			if (fa > al)
				al = fa;
		}
		if (t->attr_align > al)
			al = t->attr_align;
		t->align[a] = al;
		t->size[a] = align_up(size, al);
	}
}

static void layout_type(struct type *t, struct pos use)
{
	static int depth;

	if (t->layout_done)
		return;
	if (++depth > 64)
		die_at(t->pos, "type %s contains itself", t->name);
	switch (t->kind) {
	case T_VOID:
		break;
	case T_INT:
	case T_FLOAT:
	case T_PTR:
		for (int a = 0; a < KH_LAYOUT_NABI; a++) {
			t->size[a] = abis[a].size[t->prim];
			t->align[a] = abis[a].align[t->prim];
		}
		break;
	case T_ARRAY:
		layout_type(t->elem, use);
		for (int a = 0; a < KH_LAYOUT_NABI; a++) {
			t->size[a] = t->elem->size[a] * t->count;
			t->align[a] = t->elem->align[a];
		}
		break;
	case T_STRUCT:
	case T_UNION:
		if (!t->complete)
			die_at(use, "%s %s is declared but never defined",
			       t->kind == T_UNION ? "union" : "struct", t->name);
		layout_record(t);
		break;
	}
	t->layout_done = true;
	depth--;
}

void layout_spec(struct spec *s)
{
	for (int i = 0; i < s->ntypes; i++)
		if (s->types[i]->complete || s->types[i]->kind == T_INT)
			layout_type(s->types[i], s->types[i]->pos);
	compute_ioctl_cmds(s);
}

/* sizeof(T) while a real header is being parsed (an array of that size) */
unsigned int layout_sizeof(struct type *t, int abi, struct pos use)
{
	layout_type(t, use);
	return t->size[abi];
}
