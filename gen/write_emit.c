// SPDX-License-Identifier: GPL-2.0 OR MIT
/*
 * Writes the functions of kh_emit.c (receive path, kernel -> user buffer).
 * For every record and ABI, measure returns the offset after all the bytes
 * its pointees take, and emit writes the record and lays its pointees out
 * at the same offsets, each pointer relocated to the caller's address of
 * that data. Both walk the members in one order, written by one walker
 * below, so they cannot disagree. The staging buffer is zeroed: padding and
 * unused union bytes reach the caller as zeros, never as kernel memory.
 *
 * Only prints the TO_USER actions of plan.c.
 */
#include <stdio.h>
#include <string.h>

#include "names.h"
#include "plan.h"
#include "emit.h"
#include "writers.h"

enum mode { MEASURE, EMIT };

static void walk_members(struct printer *g, const struct type *t, const char *dst_prefix,
			 const char *src_prefix, enum mode m);

static void walk_value(struct printer *g, const struct action *a, const char *dst,
		       const char *src, enum mode m)
{
	const struct type *t = a->type;
	struct out body, *saved;
	int i;

	switch (a->kind) {
	case ACT_SCALAR:
		if (m == EMIT)
			line(g, "%s = (%s)%s;", dst, view_scalar(t, g->abi), src);
		break;
	case ACT_MEMCPY:
		if (m == EMIT && t->kind == T_ARRAY)
			line(g, "memcpy(%s, %s, sizeof(%s));", dst, src, dst);
		else if (m == EMIT)
			line(g, "memcpy(&%s, &%s, sizeof(%s));", dst, src, dst);
		break;
	case ACT_EACH:
		if (m == MEASURE && !a->elem->has_pointers)
			break;
		saved = block_begin(g, &body);
		i = g->tmp++;
		walk_value(g, a->elem, xasprintf("%s[i%d]", dst, i), xasprintf("%s[i%d]", src, i), m);
		block_end(g, saved, xasprintf("for (unsigned int i%d = 0; i%d < %s; i%d++)", i, i,
					      a->count, i), &body);
		break;
	case ACT_RECORD:
		if (m == EMIT)
			line(g, "%s(e, &%s, &%s);", fn_name("emit", t, g->abi), dst, src);
		else if (a->has_pointers)
			line(g, "off = %s(off, &%s);", fn_name("measure", t, g->abi), src);
		break;
	case ACT_INLINE:
		walk_members(g, t, xasprintf("%s.", dst), xasprintf("%s.", src), m);
		break;
	default:
		break;
	}
}

/* (size_t)n without parentheses a plain member path does not need */
static const char *size_of_count(const char *n)
{
	if (strspn(n, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_.->") ==
	    strlen(n))
		return xasprintf("(size_t)%s", n);
	return xasprintf("(size_t)(%s)", n);
}

/* n objects of pointee pt (NULL: bytes) at src: place them and relocate dst */
static void walk_array(struct printer *g, const struct type *pt, const char *vt,
		       const char *dst, const char *src, const char *n, enum mode m,
		       const char *flags, const char *count_dst)
{
	bool records = pt && is_record(pt);
	bool one = !strcmp(n, "1");
	const char *sz = one ? "1" : size_of_count(n);
	const char *elem = m == EMIT ? "*v" : vt;
	const char *bytes = pt ? xasprintf("%s * sizeof(%s)", sz, elem) : sz;

	if (one)
		bytes = pt ? xasprintf("sizeof(%s)", elem) : "1";
	if (m == MEASURE) {
		if (pt)
			line(g, "off = kh_align_up(off, __alignof__(%s));", vt);
		line(g, "off += %s;", bytes);
		if (records && type_has_pointers(pt) && one) {
			line(g, "off = %s(off, %s);", fn_name("measure", pt, g->abi), src);
		} else if (records && type_has_pointers(pt)) {
			line(g, "for (size_t i = 0; i < %s; i++)", sz);
			line(g, "\toff = %s(off, &%s[i]);", fn_name("measure", pt, g->abi), src);
		}
		return;
	}
	if (pt)
		line(g, "%s *v = kh_emit_alloc(e, %s, sizeof(*v), __alignof__(*v));", vt, n);
	else
		line(g, "char *v = kh_emit_alloc(e, %s, 1, 1);", n);
	line(g, "%s", "");
	line(g, "kh_emit_ptr(e, &%s, sizeof(%s), v, %s, %s);", dst, dst, bytes, flags);
	if (count_dst)
		line(g, "kh_emit_count(e, &%s, sizeof(%s));", count_dst, count_dst);
	if (records && one) {
		line(g, "%s(e, v, %s);", fn_name("emit", pt, g->abi), src);
	} else if (records) {
		line(g, "for (size_t i = 0; i < %s; i++)", sz);
		line(g, "\t%s(e, &v[i], &%s[i]);", fn_name("emit", pt, g->abi), src);
	} else if (!pt || !type_needs_xlate(pt) || g->abi == ABI_X86_64) {
		line(g, "memcpy(v, %s, %s);", src, bytes);
	} else if (one) {
		line(g, "*v = (%s)*%s;", vt, src);
	} else {
		line(g, "for (size_t i = 0; i < %s; i++)", sz);
		line(g, "\tv[i] = (%s)%s[i];", vt, src);
	}
}

static void walk_switch_blob(struct printer *g, const struct action *a, const char *dst_prefix,
			     const char *src_prefix, const char *dst, const char *src, enum mode m)
{
	line(g, "switch (%s%s) {", src_prefix, a->switch_member);
	for (int i = 0; i < a->ncases; i++) {
		const struct type *ct = a->cases[i].type;
		const char *vt = view_type(ct, g->abi);

		line(g, "case %s: {", a->cases[i].label);
		g->ind++;
		/* the blob is a void *: it converts to the record's pointer as it is */
		walk_array(g, ct, vt, dst, is_record(ct) ? src :
			   xasprintf("((const %s *)%s)", native_type(ct), src), "1", m, "0", NULL);
		if (m == EMIT)
			line(g, "%s%s = sizeof(%s);", dst_prefix, a->count_member, vt);
		line(g, "break;");
		g->ind--;
		line(g, "}");
	}
	line(g, "default:");
	if (m == EMIT)
		line(g, "\t%s%s = 0;", dst_prefix, a->count_member);
	line(g, "\tbreak;");
	line(g, "}");
}

static void walk_pointer(struct printer *g, const struct action *a, const char *dst_prefix,
			 const char *src_prefix, const char *dst, const char *src, enum mode m)
{
	const char *n = a->count_member ? xasprintf("%s%s", src_prefix, a->count_member) : "1";
	const char *fl = a->ptr_flags;
	const char *cnt = a->count_member ? xasprintf("%s%s", dst_prefix, a->count_member) : NULL;
	const char *bytes = xasprintf("((const char *)%s)", src);
	const char *head;
	struct out body, *saved;

	if (a->fetch == FETCH_NONE || a->fetch == FETCH_OUT_BUFFER)
		return;	/* an out buffer is no data to lay out */
	if (a->fetch == FETCH_STRING) {
		/* one call; a string of length 0 the source points at stays present: "" */
		if (m == MEASURE)
			line(g, "off = kh_measure_string(off, %s, %s);", src, n);
		else
			line(g, "kh_emit_string(e, &%s, sizeof(%s), &%s, sizeof(%s), %s, %s, %s);", dst,
			     dst, cnt, cnt, src, n, fl);
		return;
	}
	saved = block_begin(g, &body);
	switch (a->fetch) {
	case FETCH_CSTRING:
		head = xasprintf("if (%s)", src);
		n = xasprintf("(strnlen(%s, %lld) + 1)", src, a->cstring_max);
		walk_array(g, NULL, "char", dst, src, n, m, fl, NULL);
		break;
	case FETCH_SOCKADDR:
		head = xasprintf("if (%s && kh_sockaddr_size(*(const __u16 *)%s))", src, src);
		walk_array(g, NULL, "char", dst, bytes,
			   xasprintf("kh_sockaddr_size(*(const __u16 *)%s)", src), m, fl, NULL);
		break;
	case FETCH_SWITCH:
		head = xasprintf("if (%s && %s)", n, src);
		walk_switch_blob(g, a, dst_prefix, src_prefix, dst, src, m);
		break;
	case FETCH_BYTES:
		head = xasprintf("if (%s && %s)", n, src);
		walk_array(g, NULL, "char", dst, bytes, n, m, fl, cnt);
		break;
	default:	/* FETCH_ONE, FETCH_ARRAY */
		if (a->fetch == FETCH_ONE)
			head = xasprintf("if (%s)", src);
		else
			head = xasprintf("if (%s && %s)", n, src);
		walk_array(g, a->pointee, is_record(a->pointee) ? view_type(a->pointee, g->abi) :
			   view_scalar(a->pointee, g->abi), dst, src, n, m, fl, cnt);
		break;
	}
	block_end(g, saved, head, &body);
}

static void walk_union(struct printer *g, const struct action *a, const char *src_prefix,
		       const char *arm_dst, const char *arm_src, enum mode m)
{
	if (a->kind == ACT_MEMCPY) {
		const char *arm = a->arm_name ? a->arm_name : "";

		if (m == EMIT)
			line(g, "memcpy(&%s%s, &%s%s, sizeof(%s%s));", arm_dst, arm, arm_src, arm,
			     arm_dst, arm);
		return;
	}
	if (m == MEASURE && !a->has_pointers)
		return;
	if (a->selector)
		line(g, "switch (%s%s) {", src_prefix, a->selector);
	else
		/* the receive direction has no caller's state: hooks get NULL */
		line(g, "switch (%s(NULL, src)) {", a->hook);
	for (int i = 0; i < a->narms; i++) {
		const struct arm_plan *arm = &a->arms[i];
		const char *d = xasprintf("%s%s", arm_dst, arm->arm->name);
		const char *s = xasprintf("%s%s", arm_src, arm->arm->name);

		line(g, "case %s: {", arm->label);
		g->ind++;
		if (arm->act->kind == ACT_POINTER)
			walk_pointer(g, arm->act, arm_dst, arm_src, d, s, m);
		else
			walk_value(g, arm->act, d, s, m);
		line(g, "break;");
		g->ind--;
		line(g, "}");
	}
	line(g, "default:");
	line(g, "\tbreak;");
	line(g, "}");
}

static void walk_members(struct printer *g, const struct type *t, const char *dst_prefix,
			 const char *src_prefix, enum mode m)
{
	for (int i = 0; i < t->nfields; i++) {
		const struct field *f = t->fields[i];
		const struct action *a;

		if (!f->name) {
			if (f->type->kind == T_UNION)
				walk_union(g, plan_member(f, g->abi, TO_USER), src_prefix, dst_prefix,
					   src_prefix, m);
			else
				walk_members(g, f->type, dst_prefix, src_prefix, m);
			continue;
		}
		a = plan_member(f, g->abi, TO_USER);
		const char *dst = xasprintf("%s%s", dst_prefix, f->name);
		const char *src = xasprintf("%s%s", src_prefix, f->name);

		if (a->kind == ACT_POINTER)
			walk_pointer(g, a, dst_prefix, src_prefix, dst, src, m);
		else if (f->type->kind == T_UNION && a->kind == ACT_MEMCPY)
			walk_union(g, a, src_prefix, dst, src, m);
		else if (f->type->kind == T_UNION)
			walk_union(g, a, src_prefix, xasprintf("%s.", dst), xasprintf("%s.", src), m);
		else
			walk_value(g, a, dst, src, m);
	}
}

void write_measure_fn(struct out *o, const struct spec *s, const struct type *t, int abi)
{
	struct printer g = { .o = o, .s = s, .abi = abi, .ind = 1, .fn_type = t };

	static const char *const params[] = { "src" };
	struct out body = { 0 };

	g.o = &body;
	if (t->kind == T_STRUCT)
		walk_members(&g, t, "dst->", "src->", MEASURE);
	outf(o, "\n%s\n{\n", mark_unused(xasprintf("size_t %s(size_t off, const %s %s *src)",
						     fn_name("measure", t, abi), record_kw(t), t->name),
					   &body, params, 1));
	finish_body(o, &body);
	outf(o, "\treturn off;\n}\n");
}

void write_emit_fn(struct out *o, const struct spec *s, const struct type *t, int abi)
{
	struct printer g = { .o = o, .s = s, .abi = abi, .ind = 1, .fn_type = t };

	static const char *const params[] = { "e", "dst", "src" };
	struct out body = { 0 };

	g.o = &body;
	if (t->kind == T_UNION)
		line(&g, "memcpy(dst, src, sizeof(*dst) < sizeof(*src) ? sizeof(*dst) : sizeof(*src));");
	else
		walk_members(&g, t, "dst->", "src->", EMIT);
	outf(o, "\n%s\n{\n", mark_unused(xasprintf("void %s(struct kh_emitter *e, %s *dst, const %s %s *src)",
						     fn_name("emit", t, abi), view_type(t, abi),
						     record_kw(t), t->name),
					   &body, params, 3));
	finish_body(o, &body);
	outf(o, "}\n");
}

/* the KH_PARTIAL members of a top struct: what a too-small buffer still gets */
void write_partial_fn(struct out *o, const struct type *t, int abi)
{
	struct printer g = { .o = o, .abi = abi, .ind = 1 };

	outf(o, "\nstatic void %s(%s *dst, const %s %s *src)\n{\n", fn_name("emit_partial", t, abi),
	     view_type(t, abi), record_kw(t), t->name);
	for (int i = 0; i < t->nfields; i++)
		if (t->fields[i]->ann.partial)
			line(&g, "dst->%s = src->%s;", t->fields[i]->name, t->fields[i]->name);
	outf(o, "}\n");
}

/* per ABI: measure, refuse or partially fill a short buffer, else emit */
void write_to_user_fn(struct out *o, const struct type *t, int abi)
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
	outf(o, "\t\tdst = kh_emit_alloc(&e, 1, sizeof(*dst), __alignof__(*dst));\n");
	outf(o, "\t\t%s(dst, src);\n", fn_name("emit_partial", t, abi));
	outf(o, "\t\terr = kh_emit_finish(&e);\n");
	outf(o, "\t\treturn err ? err : -ENOSPC;\n\t}\n");
	outf(o, "\terr = kh_emit_begin(&e, c->emit_uaddr, size);\n");
	outf(o, "\tif (err)\n\t\treturn err;\n");
	outf(o, "\te.priv = c->priv;\n");
	outf(o, "\tdst = kh_emit_alloc(&e, 1, sizeof(*dst), __alignof__(*dst));\n");
	outf(o, "\t%s(&e, dst, src);\n", fn_name("emit", t, abi));
	outf(o, "\treturn kh_emit_finish(&e);\n}\n");
}

void write_emit_c(const struct spec *s, const char *dir)
{
	struct out o = { 0 };

	out_banner(&o, s, "measure and emit, kernel -> user buffer, per record and ABI", true);
	outf(&o, "#include \"kh_thunks.h\"\n");
	for (int abi = 0; abi < ABI_COUNT; abi++)
		for (int i = 0; i < s->ntypes; i++)
			if (wants_thunks(s->types[i])) {
				write_measure_fn(&o, s, s->types[i], abi);
				write_emit_fn(&o, s, s->types[i], abi);
			}
	for (int i = 0; i < s->ntypes; i++) {
		const struct type *t = s->types[i];

		if (!wants_thunks(t) || !is_emit_target(s, t))
			continue;
		for (int abi = 0; abi < ABI_COUNT; abi++) {
			write_partial_fn(&o, t, abi);
			write_to_user_fn(&o, t, abi);
		}
		outf(&o, "\nint kh_%s_to_user(struct kh_ctx *c, const %s %s *src, __u32 *needed)\n{\n",
		     short_name(t), record_kw(t), t->name);
		outf(&o, "\tif (!c->has_emit)\n\t\treturn -EINVAL;\n\tswitch (c->abi) {\n");
		for (int abi = 0; abi < ABI_COUNT; abi++)
			outf(&o, "\tcase %s:\n\t\treturn %s(c, src, needed);\n", abi_enum[abi],
			     fn_name("to_user", t, abi));
		outf(&o, "\tdefault:\n\t\treturn -EINVAL;\n\t}\n}\n");
	}
	out_write(&o, dir, "kh_emit.c");
}
