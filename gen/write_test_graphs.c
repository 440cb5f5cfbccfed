// SPDX-License-Identifier: GPL-2.0 OR MIT
/*
 * Test support written from the spec (kh_test_graphs.c/.h, user space only):
 * per record, a generator of random native graphs that obey every
 * annotation, a deep equality that follows the same annotations, and a
 * table of every record's thunks behind uniform signatures, so test code
 * never names a spec type.
 */
#include <stdio.h>
#include <string.h>

#include "names.h"
#include "emit.h"
#include "plan.h"

enum gmode { RANDOM, EQUAL };

static void gen_members(struct printer *g, const struct type *t, const char *ap, const char *bp,
			enum gmode m);

/* fields whose value another member decides: counts, lengths, selectors */
static bool is_driven(const struct type *owner, const struct field *f)
{
	for (int i = 0; i < owner->nfields; i++) {
		const struct annot *a = &owner->fields[i]->ann;

		if (a->ref_field == f || a->select_field == f || a->switch_field == f)
			return true;
	}
	return false;
}

static unsigned long long value_cap(const struct field *ref, unsigned long long cap)
{
	if (ref && ref->ann.has_max && (unsigned long long)ref->ann.max < cap)
		return (unsigned long long)ref->ann.max;
	return cap;
}

static void random_scalar(struct printer *g, const struct field *f, const struct type *t,
			  const char *am)
{
	const struct annot *a = f ? &f->ann : NULL;

	if (a && (a->dir == DIR_OUT || a->reserved)) {
		line(g, "%s = 0;", am);
	} else if (a && a->enum_type) {
		line(g, "%s = kh_values_%s[kh_rand_below(r, %d)];", am, short_name(a->enum_type),
		     a->enum_type->nenums);
	} else if (a && a->has_flags) {
		line(g, "%s = kh_rand_u64(r) & (%s);", am, value_text(a->flags_mask, a->flags_name));
	} else if (a && a->has_max) {
		line(g, "%s = kh_rand_below(r, (__u64)(%s) + 1);", am,
		     value_text(a->max, a->max_name));
	} else if (a && a->fd) {
		line(g, "%s = (int)kh_rand_below(r, 1024);", am);
	} else if (t->kind == T_FLOAT) {
		line(g, "kh_rand_bytes(r, &%s, sizeof(%s), 1);", am, am);
	} else if (t->prim == PRIM_LONG || t->prim == PRIM_KLONG) {	/* every ABI holds them */
		line(g, "%s = (%s)(%s)kh_rand_u64(r);", am, native_type(t),
		     t->is_signed ? "__s32" : "__u32");
	} else {
		line(g, "%s = (%s)kh_rand_u64(r);", am, native_type(t));
	}
}

static void gen_value(struct printer *g, const struct field *f, const struct type *t, const char *am,
		      const char *bm, enum gmode m)
{
	if (t->kind == T_INT || t->kind == T_FLOAT) {
		if (m == RANDOM)
			random_scalar(g, f, t, am);
		else
			line(g, "if (memcmp(&%s, &%s, sizeof(%s)))\n%.*s\treturn kh_differs(where, len, \"%s\");",
			     am, bm, am, g->ind, "\t\t\t\t\t\t\t\t\t\t", am);
	} else if (t->kind == T_ARRAY) {
		int i = g->tmp++;

		line(g, "for (unsigned int i%d = 0; i%d < %u; i%d++) {", i, i, t->count, i);
		g->ind++;
		gen_value(g, f, t->elem, xasprintf("%s[i%d]", am, i), xasprintf("%s[i%d]", bm, i), m);
		g->ind--;
		line(g, "}");
	} else if (t->kind == T_STRUCT && !t->anonymous) {
		if (m == RANDOM) {
			line(g, "err = %s(r, c, &%s);", fn_name("random", t, KH_LAYOUT_X86_64), am);
			line(g, "if (err)\n%.*s\treturn err;", g->ind, "\t\t\t\t\t\t\t\t\t\t");
		} else {
			line(g, "if (!%s(&%s, &%s, where, len))\n%.*s\treturn 0;",
			     fn_name("equal", t, KH_LAYOUT_X86_64), am, bm, g->ind, "\t\t\t\t\t\t\t\t\t\t");
		}
	} else if (t->kind == T_STRUCT) {
		gen_members(g, t, xasprintf("%s.", am), xasprintf("%s.", bm), m);
	}
}

/* n elements of pt at pointer member am (b: bm) */
static void gen_array(struct printer *g, const struct type *pt, const char *am, const char *bm,
		      const char *n, enum gmode m, bool printable_nul, bool out_buffer)
{
	const char *nt = pt->kind == T_VOID ? "char" : native_type(pt);

	if (m == EQUAL) {
		line(g, "if (!%s != !%s)\n%.*s\treturn kh_differs(where, len, \"%s\");", am, bm,
		     g->ind, "\t\t\t\t\t\t\t\t\t\t", am);
		line(g, "if (%s && (%s)) {", am, n);
		g->ind++;
		if (is_record(pt)) {
			line(g, "for (size_t i = 0; i < (size_t)(%s); i++)", n);
			line(g, "\tif (!%s(&((const %s *)%s)[i], &((const %s *)%s)[i], where, len))",
			     fn_name("equal", pt, KH_LAYOUT_X86_64), nt, am, nt, bm);
			line(g, "\t\treturn 0;");
		} else {
			line(g, "if (memcmp(%s, %s, %s))", am, bm, bytes_of(n, nt));
			line(g, "\treturn kh_differs(where, len, \"%s\");", am);
		}
		g->ind--;
		line(g, "}");
		return;
	}
	line(g, "err = kh_alloc(c, &k, (size_t)(%s)%s, %s, %s);", n,
	     printable_nul ? " + 1" : "", size_of(nt), align_of(nt));
	line(g, "if (err)\n%.*s\treturn err;", g->ind, "\t\t\t\t\t\t\t\t\t\t");
	if (out_buffer) {	/* the kernel fills it: capture hands the core zeros */
	} else if (is_record(pt)) {
		line(g, "for (size_t i = 0; i < (size_t)(%s); i++) {", n);
		line(g, "\terr = %s(r, c, &((%s *)k)[i]);", fn_name("random", pt, KH_LAYOUT_X86_64), nt);
		line(g, "\tif (err)\n%.*s\t\treturn err;", g->ind, "\t\t\t\t\t\t\t\t\t\t");
		line(g, "}");
	} else {
		line(g, "kh_rand_bytes(r, k, %s, %d);", bytes_of(n, nt),
		     printable_nul ? 1 : 0);
	}
	line(g, "%s = k;", am);
}

static void gen_pointer(struct printer *g, const struct field *f, const char *ap, const char *bp,
			const char *am, const char *bm, enum gmode m)
{
	const struct annot *a = &f->ann;
	const struct type *pt = f->type->pointee;
	const char *ref = a->ref_field ? sibling_expr(ap, a->ref_field) : NULL;

	(void)bp;
	if (a->ptr == PTR_EMIT) {
		if (m == RANDOM) {
			line(g, "%s = NULL;", am);
			line(g, "%s = 0;", ref);
		}
		return;
	}
	if (a->sw) {
		const char *sel = sibling_expr(ap, a->switch_field);

		if (m == RANDOM)
			line(g, "switch (kh_rand_below(r, %d)) {", a->ncases);
		else
			line(g, "switch (%s) {", sel);
		for (int i = 0; i < a->ncases; i++) {
			const struct type *ct = a->cases[i].type;
			const char *v = value_text(a->cases[i].value, a->cases[i].value_name);

			line(g, "case %s:", m == RANDOM ? xasprintf("%d", i) : v);
			g->ind++;
			if (m == RANDOM) {
				line(g, "%s = %s;", sel, v);
				line(g, "%s = sizeof(%s);", ref, native_type(ct));
			}
			gen_array(g, ct, am, bm, "1", m, false, false);
			line(g, "break;");
			g->ind--;
		}
		line(g, "}");
		return;
	}
	if (m == EQUAL) {
		switch (a->ptr) {
		case PTR_STRING:
		case PTR_BYTES:
		case PTR_COUNT:
			gen_array(g, pt, am, bm, ref, m, false, false);
			break;
		case PTR_CSTRING:
			line(g, "if (!%s != !%s || (%s && strcmp(%s, %s)))", am, bm, am, am, bm);
			line(g, "\treturn kh_differs(where, len, \"%s\");", am);
			break;
		case PTR_SOCKADDR:
			line(g, "if (!%s != !%s || (%s && memcmp(%s, %s, kh_sockaddr_size(*(const __u16 *)%s))))",
			     am, bm, am, am, bm, am);
			line(g, "\treturn kh_differs(where, len, \"%s\");", am);
			break;
		case PTR_PLAIN:
			gen_array(g, pt, am, bm, "1", m, false, a->dir == DIR_OUT);
			break;
		case PTR_EMIT:
			break;
		}
		return;
	}
	switch (a->ptr) {
	case PTR_STRING:
	case PTR_BYTES:
	case PTR_COUNT: {
		unsigned long long cap = a->ptr == PTR_COUNT ? 3 : 24;

		cap = value_cap(a->ref_field, cap);
		line(g, "%s = kh_rand_below(r, %llu + 1);", ref, cap);
		line(g, "if (%s) {", ref);
		g->ind++;
		gen_array(g, pt, am, bm, ref, m, a->ptr == PTR_STRING, a->dir == DIR_OUT);
		g->ind--;
		line(g, "} else {");
		line(g, "\t%s = NULL;", am);
		line(g, "}");
		break;
	}
	case PTR_CSTRING:
		line(g, "{");
		line(g, "\tsize_t n = kh_rand_below(r, %lld);", (long long)a->cstring_max);
		line(g, "\terr = kh_alloc(c, &k, n + 1, 1, 1);");
		line(g, "\tif (err)\n%.*s\t\treturn err;", g->ind, "\t\t\t\t\t\t\t\t\t\t");
		line(g, "\tkh_rand_bytes(r, k, n, 1);");
		line(g, "\t%s = k;", am);
		line(g, "}");
		break;
	case PTR_SOCKADDR:
		line(g, "{");
		line(g, "\t__u16 family = kh_rand_below(r, 2) ? 2 : 10;");
		line(g, "\tunsigned int n = kh_sockaddr_size(family);");
		line(g, "%s", "");
		line(g, "\terr = kh_alloc(c, &k, n, 1, 8);");
		line(g, "\tif (err)\n%.*s\t\treturn err;", g->ind, "\t\t\t\t\t\t\t\t\t\t");
		line(g, "\tkh_rand_bytes(r, k, n, 0);");
		line(g, "\tmemcpy(k, &family, sizeof(family));");
		line(g, "\t%s = k;", am);
		line(g, "}");
		break;
	case PTR_PLAIN:
		if (a->optional)
			line(g, "if (kh_rand_below(r, 4)) {");
		else
			line(g, "{");
		g->ind++;
		gen_array(g, pt, am, bm, "1", m, false, a->dir == DIR_OUT);
		g->ind--;
		if (a->optional)
			line(g, "} else {\n%.*s\t%s = NULL;", g->ind, "\t\t\t\t\t\t\t\t\t\t", am);
		line(g, "}");
		break;
	case PTR_EMIT:
		break;
	}
}

static void gen_union(struct printer *g, const struct field *f, const char *ap, const char *ad,
		      const char *bd, enum gmode m)
{
	const struct type *u = f->type;
	const struct annot *a = &f->ann;

	if (!a->select) {	/* same bytes in every ABI, or a hook decides: arm 0 */
		const struct field *arm = a->select_hook ? u->fields[0] : largest_arm(u);

		gen_value(g, arm, arm->type, xasprintf("%s%s", ad, arm->name),
			  xasprintf("%s%s", bd, arm->name), m);
		return;
	}
	if (m == RANDOM)
		line(g, "switch (kh_rand_below(r, %d)) {", u->nfields);
	else
		line(g, "switch (%s) {", sibling_expr(ap, a->select_field));
	for (int i = 0; i < u->nfields; i++) {
		const struct field *arm = u->fields[i];
		const char *am = xasprintf("%s%s", ad, arm->name), *bm = xasprintf("%s%s", bd, arm->name);

		line(g, "case %s:", m == RANDOM ? xasprintf("%d", i) :
		     value_text(arm->ann.when, arm->ann.when_name));
		g->ind++;
		if (m == RANDOM)
			line(g, "%s = %s;", sibling_expr(ap, a->select_field),
			     value_text(arm->ann.when, arm->ann.when_name));
		if (arm->type->kind == T_PTR)
			gen_pointer(g, arm, ad, bd, am, bm, m);
		else
			gen_value(g, arm, arm->type, am, bm, m);
		line(g, "break;");
		g->ind--;
	}
	line(g, "}");
}

/* ap, bp: member prefixes of the two graphs ("a->"), or of the one being built */
static void gen_members(struct printer *g, const struct type *t, const char *ap, const char *bp,
			enum gmode m)
{
	for (int pass = 0; pass < 2; pass++)
		for (int i = 0; i < t->nfields; i++) {
			const struct field *f = t->fields[i];
			bool ptr = f->type->kind == T_PTR;

			if (!f->name) {
				if (pass == 0 && f->type->kind == T_UNION)
					gen_union(g, f, ap, ap, bp, m);
				else if (pass == 0)
					gen_members(g, f->type, ap, bp, m);
				continue;
			}
			/* values first, then pointers, which set their counts */
			if (ptr != (pass == 1))
				continue;
			const char *am = xasprintf("%s%s", ap, f->name), *bm = xasprintf("%s%s", bp, f->name);

			if (ptr)
				gen_pointer(g, f, ap, bp, am, bm, m);
			else if (f->type->kind == T_UNION)
				gen_union(g, f, ap, xasprintf("%s.", am), xasprintf("%s.", bm), m);
			else if (m == EQUAL || !is_driven(t, f))
				gen_value(g, f, f->type, am, bm, m);
		}
}

static void emit_random_fn(struct out *o, const struct spec *s, const struct type *t)
{
	static const char *const params[] = { "r", "c", "dst" };
	struct printer g = { .s = s, .abi = KH_LAYOUT_X86_64, .ind = 1, .fn_type = t };
	struct out body = { 0 };

	g.o = &body;
	gen_members(&g, t, "dst->", "dst->", RANDOM);
	outf(o, "\n%s\n{\n", mark_unused(xasprintf("int %s(struct kh_rand *r, struct kh_ctx *c, %s %s *dst)",
						     fn_name("random", t, KH_LAYOUT_X86_64), record_kw(t),
						     t->name), &body, params, 2));
	if (uses_ident(body.buf, body.len, "k"))
		outf(o, "\tvoid *k;\n");
	if (uses_ident(body.buf, body.len, "err"))
		outf(o, "\tint err;\n");
	outf(o, "\n\tmemset(dst, r->poison, sizeof(*dst));\t/* padding, unused arms */\n");
	finish_body(o, &body);
	outf(o, "\treturn 0;\n}\n");
}

static void emit_equal_fn(struct out *o, const struct spec *s, const struct type *t)
{
	struct printer g = { .s = s, .abi = KH_LAYOUT_X86_64, .ind = 1, .fn_type = t };

	outf(o, "\nint %s(const %s %s *a, const %s %s *b, char *where __maybe_unused,\n\t\tsize_t len __maybe_unused)\n{\n",
	     fn_name("equal", t, KH_LAYOUT_X86_64), record_kw(t), t->name, record_kw(t), t->name);
	g.o = o;
	gen_members(&g, t, "a->", "b->", EQUAL);
	outf(o, "\treturn 1;\n}\n");
}

static void emit_enum_values(struct out *o, const struct spec *s)
{
	for (int i = 0; i < s->ntypes; i++) {
		const struct type *e = s->types[i];

		if (!e->is_enum)
			continue;
		outf(o, "\nstatic const __s64 kh_values_%s[%d] __attribute__((unused)) = {", short_name(e),
		     e->nenums);
		for (int k = 0; k < e->nenums; k++)
			outf(o, "%s %s", k ? "," : "", e->enums[k].name);
		outf(o, " };\n");
	}
}

static void emit_table(struct out *o, const struct spec *s)
{
	for (int i = 0; i < s->ntypes; i++) {
		const struct type *t = s->types[i];

		if (!wants_thunks(t))
			continue;
		outf(o, "\nstatic int tw_random_%s(struct kh_rand *r, struct kh_ctx *c, void *d)\n"
			"{\n\treturn %s(r, c, d);\n}\n", t->name, fn_name("random", t, KH_LAYOUT_X86_64));
		outf(o, "\nstatic int tw_equal_%s(const void *a, const void *b, char *w, size_t n)\n"
			"{\n\treturn %s(a, b, w, n);\n}\n", t->name, fn_name("equal", t, KH_LAYOUT_X86_64));
		for (int abi = 0; abi < KH_LAYOUT_NABI; abi++) {
			const char *sfx = abis[abi].suffix;

			outf(o, "\nstatic int tw_capture_%s%s(struct kh_ctx *c, void *d, const void *s)\n"
				"{\n\treturn %s(c, d, s);\n}\n", t->name, sfx, fn_name("capture", t, abi));
			outf(o, "\nstatic size_t tw_measure_%s%s(size_t off, const void *s)\n"
				"{\n\treturn %s(off, s);\n}\n", t->name, sfx, fn_name("measure", t, abi));
			outf(o, "\nstatic void tw_emit_%s%s(struct kh_emitter *e, void *d, const void *s)\n"
				"{\n\t%s(e, d, s);\n}\n", t->name, sfx, fn_name("emit", t, abi));
		}
	}
	outf(o, "\nconst struct kh_test_type kh_test_types[] = {\n");
	for (int i = 0; i < s->ntypes; i++) {
		const struct type *t = s->types[i];

		if (!wants_thunks(t))
			continue;
		outf(o, "\t{\n\t\t.name = \"%s\",\n", t->name);
		outf(o, "\t\t.native_size = sizeof(%s %s),\n", record_kw(t), t->name);
		outf(o, "\t\t.native_align = _Alignof(%s %s),\n", record_kw(t), t->name);
		outf(o, "\t\t.view_size = {");
		for (int abi = 0; abi < KH_LAYOUT_NABI; abi++)
			outf(o, " %u,", t->size[abi]);
		outf(o, " },\n\t\t.view_align = {");
		for (int abi = 0; abi < KH_LAYOUT_NABI; abi++)
			outf(o, " %u,", t->align[abi]);
		outf(o, " },\n\t\t.random = tw_random_%s,\n\t\t.equal = tw_equal_%s,\n", t->name,
		     t->name);
		outf(o, "\t\t.capture = {");
		for (int abi = 0; abi < KH_LAYOUT_NABI; abi++)
			outf(o, " tw_capture_%s%s,", t->name, abis[abi].suffix);
		outf(o, " },\n\t\t.measure = {");
		for (int abi = 0; abi < KH_LAYOUT_NABI; abi++)
			outf(o, " tw_measure_%s%s,", t->name, abis[abi].suffix);
		outf(o, " },\n\t\t.emit = {");
		for (int abi = 0; abi < KH_LAYOUT_NABI; abi++)
			outf(o, " tw_emit_%s%s,", t->name, abis[abi].suffix);
		outf(o, " },\n\t},\n");
	}
	outf(o, "};\n\nconst unsigned int kh_test_type_count = sizeof(kh_test_types) / "
		"sizeof(kh_test_types[0]);\n");
}

void emit_test_graphs(const struct spec *s, const char *dir)
{
	struct out h = { 0 }, o = { 0 };

	out_banner(&h, s, "random graphs, deep equality and a type table for tests", true);
	outf(&h, "#ifndef KH_TEST_GRAPHS_H\n#define KH_TEST_GRAPHS_H\n\n");
	outf(&h, "#include \"kh_rand.h\"\n#include \"kh_thunks.h\"\n\n");
	outf(&h, "struct kh_test_type {\n\tconst char *name;\n\tsize_t native_size, native_align;\n"
		 "\tsize_t view_size[KH_LAYOUT_NABI], view_align[KH_LAYOUT_NABI];\n"
		 "\t/* a random native graph in c's arena, obeying every annotation */\n"
		 "\tint (*random)(struct kh_rand *r, struct kh_ctx *c, void *dst);\n"
		 "\t/* 1 when equal, else 0 and the first differing member in where */\n"
		 "\tint (*equal)(const void *a, const void *b, char *where, size_t len);\n"
		 "\tint (*capture[KH_LAYOUT_NABI])(struct kh_ctx *c, void *dst, const void *src);\n"
		 "\tsize_t (*measure[KH_LAYOUT_NABI])(size_t off, const void *src);\n"
		 "\tvoid (*emit[KH_LAYOUT_NABI])(struct kh_emitter *e, void *dst, const void *src);\n"
		 "};\n\nextern const struct kh_test_type kh_test_types[];\n"
		 "extern const unsigned int kh_test_type_count;\n\n");
	for (int i = 0; i < s->ntypes; i++) {
		const struct type *t = s->types[i];

		if (!wants_thunks(t))
			continue;
		outf(&h, "int %s(struct kh_rand *r, struct kh_ctx *c, %s %s *dst);\n",
		     fn_name("random", t, KH_LAYOUT_X86_64), record_kw(t), t->name);
		outf(&h, "int %s(const %s %s *a, const %s %s *b, char *where, size_t len);\n",
		     fn_name("equal", t, KH_LAYOUT_X86_64), record_kw(t), t->name, record_kw(t), t->name);
	}
	outf(&h, "\n#endif /* KH_TEST_GRAPHS_H */\n");
	out_write(&h, dir, "kh_test_graphs.h");

	out_banner(&o, s, "random graphs, deep equality and a type table for tests", true);
	outf(&o, "#include <stdio.h>\n#include \"kh_test_graphs.h\"\n");
	outf(&o, "\nstatic int kh_differs(char *where, size_t len, const char *what)\n{\n"
		 "\tsnprintf(where, len, \"%%s\", what);\n\treturn 0;\n}\n");
	emit_enum_values(&o, s);
	for (int i = 0; i < s->ntypes; i++)
		if (wants_thunks(s->types[i])) {
			emit_random_fn(&o, s, s->types[i]);
			emit_equal_fn(&o, s, s->types[i]);
		}
	emit_table(&o, s);
	out_write(&o, dir, "kh_test_graphs.c");
}
