// SPDX-License-Identifier: GPL-2.0 OR MIT
/*
 * Measure and emit code (receive path, kernel -> user buffer). For every
 * record and ABI, measure returns the offset after all the bytes its
 * pointees take, and emit writes the record and lays its pointees out at
 * the same offsets, each pointer relocated to the caller's address of that
 * data. Both walk the members in one order, written by one walker below, so
 * they cannot disagree. The staging buffer is zeroed: padding and unused
 * union bytes reach the caller as zeros, never as kernel memory.
 */
#include <stdio.h>
#include <string.h>

#include "cg.h"
#include "emit_code.h"

enum mode { MEASURE, EMIT };

static void walk_members(struct cg *g, const struct type *t, const char *dp, const char *sp,
			 enum mode m);

static bool has_pointers(const struct type *t)
{
	return type_has_pointers(t);
}

static void walk_value(struct cg *g, const struct type *t, const char *dm, const char *sm,
		       enum mode m)
{
	if (t->kind == T_INT) {
		if (m == EMIT)
			line(g, "%s = (%s)%s;", dm, view_scalar(t, g->abi), sm);
	} else if (t->kind == T_FLOAT) {
		if (m == EMIT)
			line(g, "memcpy(&%s, &%s, sizeof(%s));", dm, sm, dm);
	} else if (t->kind == T_ARRAY) {
		if (m == MEASURE && !has_pointers(t->elem))
			return;
		if (m == EMIT && !type_needs_xlate(t->elem) && !is_record(t->elem)) {
			line(g, "memcpy(%s, %s, sizeof(%s));", dm, sm, dm);
			return;
		}
		int i = g->tmp++;

		line(g, "for (unsigned int i%d = 0; i%d < %u; i%d++) {", i, i, t->count, i);
		g->ind++;
		walk_value(g, t->elem, xasprintf("%s[i%d]", dm, i), xasprintf("%s[i%d]", sm, i), m);
		g->ind--;
		line(g, "}");
	} else if (t->kind == T_STRUCT && !t->anonymous) {
		if (m == EMIT)
			line(g, "%s(e, &%s, &%s);", fn_name("emit", t, g->abi), dm, sm);
		else if (has_pointers(t))
			line(g, "off = %s(off, &%s);", fn_name("measure", t, g->abi), sm);
	} else if (t->kind == T_STRUCT) {
		walk_members(g, t, xasprintf("%s.", dm), xasprintf("%s.", sm), m);
	}
}

/* n objects of pointee pt at src pointer sm: place them and relocate dm */
static void walk_array(struct cg *g, const struct type *pt, const char *vt, const char *dm,
		       const char *sm, const char *n, enum mode m, const char *flags,
		       const char *count_dm)
{
	bool records = is_record(pt);

	if (m == MEASURE) {
		line(g, "off = kh_align_up(off, _Alignof(%s)) + (size_t)(%s) * sizeof(%s);", vt, n,
		     vt);
		if (records && has_pointers(pt)) {
			line(g, "for (size_t i = 0; i < (size_t)(%s); i++)", n);
			line(g, "\toff = %s(off, &%s[i]);", fn_name("measure", pt, g->abi), sm);
		}
		return;
	}
	line(g, "%s *v = kh_emit_alloc(e, %s, sizeof(%s), _Alignof(%s));", vt, n, vt, vt);
	line(g, "%s", "");
	line(g, "kh_emit_ptr(e, &%s, sizeof(%s), v, (size_t)(%s) * sizeof(%s), %s);", dm, dm, n,
	     vt, flags);
	if (count_dm)
		line(g, "kh_emit_count(e, &%s, sizeof(%s));", count_dm, count_dm);
	if (records) {
		line(g, "for (size_t i = 0; i < (size_t)(%s); i++)", n);
		line(g, "\t%s(e, &v[i], &%s[i]);", fn_name("emit", pt, g->abi), sm);
	} else if (!type_needs_xlate(pt) || g->abi == ABI_X86_64) {
		line(g, "memcpy(v, %s, (size_t)(%s) * sizeof(%s));", sm, n, vt);
	} else {
		line(g, "for (size_t i = 0; i < (size_t)(%s); i++)", n);
		line(g, "\tv[i] = (%s)%s[i];", vt, sm);
	}
}

static void walk_switch_blob(struct cg *g, const struct field *f, const char *dp,
			     const char *sp, const char *dm, const char *sm, enum mode m)
{
	const struct annot *a = &f->ann;

	line(g, "switch (%s) {", sibling_expr(sp, a->switch_field));
	for (int i = 0; i < a->ncases; i++) {
		const struct type *ct = a->cases[i].type;
		const char *vt = view_type(ct, g->abi);

		line(g, "case %s: {", value_text(a->cases[i].value, a->cases[i].value_name));
		g->ind++;
		walk_array(g, ct, vt, dm, xasprintf("((const %s *)%s)", native_type(ct), sm), "1",
			   m, "0", NULL);
		if (m == EMIT)
			line(g, "%s = sizeof(%s);", sibling_expr(dp, a->ref_field), vt);
		line(g, "break;");
		g->ind--;
		line(g, "}");
	}
	line(g, "default:");
	if (m == EMIT)
		line(g, "\t%s = 0;", sibling_expr(dp, a->ref_field));
	line(g, "\tbreak;");
	line(g, "}");
}

/* what the tests learn about a pointer: may it be NULL, is it an out buffer */
static const char *ptr_flags(const struct annot *a)
{
	if (a->dir == DIR_OUT)
		return "KH_PTR_OUT";
	return a->optional ? "KH_PTR_OPTIONAL" : "0";
}

static void walk_pointer(struct cg *g, const struct field *f, const char *dp, const char *sp,
			 const char *dm, const char *sm, enum mode m)
{
	const struct annot *a = &f->ann;
	const struct type *pt = f->type->pointee;
	const char *n = a->ref_field ? sibling_expr(sp, a->ref_field) : "1";
	const char *fl = ptr_flags(a);
	const char *cnt = a->ref_field ? sibling_expr(dp, a->ref_field) : NULL;

	switch (a->ptr) {
	case PTR_EMIT:	/* an out buffer is no data to lay out */
		return;
	case PTR_STRING:
		/* a string of length 0 the source points at stays present: "" */
		line(g, "if (%s) {", sm);
		g->ind++;
		walk_array(g, pt, "char", dm, sm, n, m, fl, cnt);
		if (m == MEASURE)
			line(g, "off += 1;\t/* a NUL after the string */");
		else
			line(g, "kh_emit_alloc(e, 1, 1, 1);\t/* a NUL after the string */");
		break;
	case PTR_CSTRING:
		line(g, "if (%s) {", sm);
		g->ind++;
		n = xasprintf("(strnlen(%s, %lld) + 1)", sm, (long long)a->cstring_max);
		walk_array(g, pt, "char", dm, sm, n, m, fl, NULL);
		break;
	case PTR_SOCKADDR:
		line(g, "if (%s && kh_sockaddr_size(*(const __u16 *)%s)) {", sm, sm);
		g->ind++;
		walk_array(g, pt, "char", dm, xasprintf("((const char *)%s)", sm),
			   xasprintf("kh_sockaddr_size(*(const __u16 *)%s)", sm), m, fl, NULL);
		break;
	case PTR_BYTES:
		line(g, "if (%s && %s) {", n, sm);
		g->ind++;
		if (a->sw)
			walk_switch_blob(g, f, dp, sp, dm, sm, m);
		else
			walk_array(g, pt, "char", dm, xasprintf("((const char *)%s)", sm), n, m, fl,
				   cnt);
		break;
	case PTR_PLAIN:
	case PTR_COUNT:
		line(g, "if (%s && %s) {", n, sm);
		g->ind++;
		walk_array(g, pt, is_record(pt) ? view_type(pt, g->abi) : view_scalar(pt, g->abi),
			   dm, sm, n, m, fl, cnt);
		break;
	}
	g->ind--;
	line(g, "}");
}

static void walk_arm(struct cg *g, const struct field *arm, const char *ad, const char *as,
		     enum mode m)
{
	const char *d = xasprintf("%s%s", ad, arm->name), *s = xasprintf("%s%s", as, arm->name);

	if (arm->type->kind == T_PTR)
		walk_pointer(g, arm, ad, as, d, s, m);
	else
		walk_value(g, arm->type, d, s, m);
}

static void walk_union(struct cg *g, const struct field *f, const char *sp, const char *ad,
		       const char *as, enum mode m)
{
	const struct type *u = f->type;
	const struct annot *a = &f->ann;

	if (!a->select && !a->select_hook) {
		const char *arm = f->name ? NULL : largest_arm(u)->name;

		if (m == EMIT && f->name)
			line(g, "memcpy(&%s%s, &%s%s, sizeof(%s%s));", ad, "", as, "", ad, "");
		else if (m == EMIT)
			line(g, "memcpy(&%s%s, &%s%s, sizeof(%s%s));", ad, arm, as, arm, ad, arm);
		return;
	}
	if (m == MEASURE && !has_pointers(u))
		return;
	if (a->select)
		line(g, "switch (%s) {", sibling_expr(sp, a->select_field));
	else
		/* the receive direction has no caller's state: hooks get NULL */
		line(g, "switch (%s(NULL, src)) {", a->select_hook);
	for (int i = 0; i < u->nfields; i++) {
		const struct field *arm = u->fields[i];

		if (arm->ann.has_when)
			line(g, "case %s: {", value_text(arm->ann.when, arm->ann.when_name));
		else
			line(g, "case %d: {", i);
		g->ind++;
		walk_arm(g, arm, ad, as, m);
		line(g, "break;");
		g->ind--;
		line(g, "}");
	}
	line(g, "default:");
	line(g, "\tbreak;");
	line(g, "}");
}

static void walk_members(struct cg *g, const struct type *t, const char *dp, const char *sp,
			 enum mode m)
{
	for (int i = 0; i < t->nfields; i++) {
		const struct field *f = t->fields[i];

		if (!f->name) {
			if (f->type->kind == T_UNION)
				walk_union(g, f, sp, dp, sp, m);
			else
				walk_members(g, f->type, dp, sp, m);
			continue;
		}
		const char *dm = xasprintf("%s%s", dp, f->name), *sm = xasprintf("%s%s", sp, f->name);

		if (f->type->kind == T_PTR)
			walk_pointer(g, f, dp, sp, dm, sm, m);
		else if (f->type->kind == T_UNION && f->ann.select_hook == NULL && !f->ann.select)
			walk_union(g, f, sp, dm, sm, m);
		else if (f->type->kind == T_UNION)
			walk_union(g, f, sp, xasprintf("%s.", dm), xasprintf("%s.", sm), m);
		else
			walk_value(g, f->type, dm, sm, m);
	}
}

void emit_measure_fn(struct out *o, const struct spec *s, const struct type *t, int abi)
{
	struct cg g = { .o = o, .s = s, .abi = abi, .ind = 1, .fn_type = t };

	static const char *const params[] = { "src" };
	struct out body = { 0 };

	g.o = &body;
	if (t->kind == T_STRUCT)
		walk_members(&g, t, "dst->", "src->", MEASURE);
	outf(o, "\nsize_t %s(size_t off, const %s %s *src)\n{\n", fn_name("measure", t, abi),
	     record_kw(t), t->name);
	finish_body(o, &body, params, 1);
	outf(o, "\treturn off;\n}\n");
}

void emit_emit_fn(struct out *o, const struct spec *s, const struct type *t, int abi)
{
	struct cg g = { .o = o, .s = s, .abi = abi, .ind = 1, .fn_type = t };

	static const char *const params[] = { "e", "dst", "src" };
	struct out body = { 0 };

	g.o = &body;
	if (t->kind == T_UNION)
		line(&g, "memcpy(dst, src, sizeof(*dst) < sizeof(*src) ? sizeof(*dst) : sizeof(*src));");
	else
		walk_members(&g, t, "dst->", "src->", EMIT);
	outf(o, "\nvoid %s(struct kh_emitter *e, %s *dst, const %s %s *src)\n{\n",
	     fn_name("emit", t, abi), view_type(t, abi), record_kw(t), t->name);
	finish_body(o, &body, params, 3);
	outf(o, "}\n");
}

/* the KH_PARTIAL members of a top struct: what a too-small buffer still gets */
void emit_partial_fn(struct out *o, const struct type *t, int abi)
{
	struct cg g = { .o = o, .abi = abi, .ind = 1 };

	outf(o, "\nstatic void %s(%s *dst, const %s %s *src)\n{\n", fn_name("emit_partial", t, abi),
	     view_type(t, abi), record_kw(t), t->name);
	for (int i = 0; i < t->nfields; i++)
		if (t->fields[i]->ann.partial)
			line(&g, "dst->%s = src->%s;", t->fields[i]->name, t->fields[i]->name);
	outf(o, "}\n");
}

/* per ABI: measure, refuse or partially fill a short buffer, else emit */
void emit_to_user_fn(struct out *o, const struct type *t, int abi)
{
	const char *vt = view_type(t, abi);

	outf(o, "\nstatic int %s(struct kh_ctx *c, const %s %s *src, __u32 *needed)\n{\n",
	     fn_name("to_user", t, abi), record_kw(t), t->name);
	outf(o, "\tsize_t size = %s(sizeof(%s), src);\n", fn_name("measure", t, abi), vt);
	outf(o, "\tstruct kh_emitter e;\n\t%s *dst;\n\tint err;\n\n", vt);
	outf(o, "\tif (size > 0xffffffffu)\n\t\treturn -E2BIG;\n");
	outf(o, "\t*needed = (__u32)size;\n");
	outf(o, "\tif (c->emit_len < sizeof(%s))\n\t\treturn -ENOBUFS;\n", vt);
	outf(o, "\tif (c->emit_len < size) {\n");
	outf(o, "\t\terr = kh_emit_begin(&e, c->emit_uaddr, sizeof(%s));\n", vt);
	outf(o, "\t\tif (err)\n\t\t\treturn err;\n");
	outf(o, "\t\tdst = kh_emit_alloc(&e, 1, sizeof(%s), _Alignof(%s));\n", vt, vt);
	outf(o, "\t\t%s(dst, src);\n", fn_name("emit_partial", t, abi));
	outf(o, "\t\terr = kh_emit_finish(&e);\n");
	outf(o, "\t\treturn err ? err : -ENOSPC;\n\t}\n");
	outf(o, "\terr = kh_emit_begin(&e, c->emit_uaddr, size);\n");
	outf(o, "\tif (err)\n\t\treturn err;\n");
	outf(o, "\te.priv = c->priv;\n");
	outf(o, "\tdst = kh_emit_alloc(&e, 1, sizeof(%s), _Alignof(%s));\n", vt, vt);
	outf(o, "\t%s(&e, dst, src);\n", fn_name("emit", t, abi));
	outf(o, "\treturn kh_emit_finish(&e);\n}\n");
}
