// SPDX-License-Identifier: GPL-2.0 OR MIT
/*
 * Interpretation tables (thunk/generated/user/kh_ptables.[ch]) for the reference
 * interpreter in tests/support/interp/: per ABI and record, its members in the order
 * the generated thunks visit them, with every decision plan.c and
 * the writers take while writing code (which check, which copy, which
 * widening, which note) taken here once more and written down as data. The
 * shape is tests/support/interp/kh_ptable.h.
 *
 * Sizes and alignments the generated code spells as sizeof/_Alignof of a C
 * type are written the same way, so both sides pass the runtime the very same
 * numbers; member offsets come from the layout engine (held against the
 * compilers by kh_layout_asserts.h).
 */
#include <ctype.h>
#include <stdio.h>
#include <string.h>

#include "names.h"
#include "emit.h"
#include "plan.h"

struct pmem {
	const struct field *f;
	unsigned int off[KH_LAYOUT_NABI];	/* from the start of the record */
};

struct prec {
	const struct type *t;
	struct pmem *m;
	int nm;
};

struct ptab {
	struct prec *r;
	int n;
	int nnamed;
};

/* "A | B", or "0" when no flag is set */
static void flag(char **acc, bool on, const char *name)
{
	if (on)
		*acc = *acc ? xasprintf("%s | %s", *acc, name) : xstrdup(name);
}

static const char *flags_text(const char *acc)
{
	return acc ? acc : "0";
}

static int rec_index(struct ptab *p, const struct type *t)
{
	for (int i = 0; i < p->n; i++)
		if (p->r[i].t == t)
			return i;
	PUSH(p->r, p->n)->t = t;
	p->r[p->n - 1].m = NULL;
	p->r[p->n - 1].nm = 0;
	return p->n - 1;
}

/* C11 anonymous struct members belong to their parent, as in the thunks */
static void flatten(struct prec *r, const struct type *t, const unsigned int *base)
{
	for (int i = 0; i < t->nfields; i++) {
		const struct field *f = t->fields[i];
		unsigned int off[KH_LAYOUT_NABI];

		for (int a = 0; a < KH_LAYOUT_NABI; a++)
			off[a] = base[a] + f->offset[a];
		if (!f->name && f->type->kind == T_STRUCT) {
			flatten(r, f->type, off);
			continue;
		}
		if (!f->name && t->kind == T_UNION)
			die_at(f->pos, "an anonymous arm of a union is not supported");
		struct pmem *m = PUSH(r->m, r->nm);

		m->f = f;
		memcpy(m->off, off, sizeof(off));
	}
}

static const struct type *base_type(const struct type *t, unsigned int *count)
{
	*count = 1;
	while (t->kind == T_ARRAY) {
		*count *= t->count;
		t = t->elem;
	}
	return t;
}

static void discover(struct ptab *p, const struct type *t)
{
	unsigned int n;

	t = base_type(t, &n);
	if (t->kind == T_STRUCT || t->kind == T_UNION)
		rec_index(p, t);
	else if (t->kind == T_PTR && is_record(t->pointee))
		rec_index(p, t->pointee);
}

static void collect(struct ptab *p, const struct spec *s)
{
	static const unsigned int zero[KH_LAYOUT_NABI];

	for (int i = 0; i < s->ntypes; i++)
		if (wants_thunks(s->types[i]))
			rec_index(p, s->types[i]);
	p->nnamed = p->n;
	for (int i = 0; i < p->n; i++) {	/* p->n grows with anonymous records */
		struct prec *r = &p->r[i];

		flatten(r, r->t, zero);
		for (int j = 0; j < r->nm; j++) {
			const struct annot *a = &r->m[j].f->ann;

			discover(p, r->m[j].f->type);
			for (int c = 0; c < a->ncases; c++)
				rec_index(p, a->cases[c].type);
		}
	}
}

static int member_index(const struct prec *r, const struct field *f)
{
	for (int i = 0; i < r->nm; i++)
		if (r->m[i].f == f)
			return i;
	die_at(f->pos, "'%s' is not reachable from its sibling as thunks see it", f->name);
}

static const char *upper_id(const char *name)
{
	char *s = xasprintf("KH_PT_%s", name);

	for (char *c = s; *c; c++)
		*c = isalnum((unsigned char)*c) ? (char)toupper((unsigned char)*c) : '_';
	return s;
}

/* as plan.c: a KH_MAX at or above what the type can hold checks nothing */
static bool max_is_trivial(const struct type *t, int64_t max)
{
	unsigned int bits = t->size[KH_LAYOUT_X86_64] * 8 - (t->is_signed ? 1 : 0);

	return bits < 63 && max >= (int64_t)((1ull << bits) - 1);
}

static bool has_checks(const struct field *f)
{
	const struct annot *a = &f->ann;

	return a->enum_type || a->has_flags || (a->has_max && !max_is_trivial(f->type, a->max)) ||
	       a->reserved || (f->type->is_signed && (a->has_max || a->fd));
}

static void out_enums(struct out *o, const struct spec *s)
{
	for (int i = 0; i < s->ntypes; i++) {
		const struct type *e = s->types[i];
		int64_t last = 0;
		bool first = true;

		if (!e->is_enum)
			continue;
		outf(o, "\nstatic const __s64 pt_enum_%s[] __attribute__((unused)) = {", e->name);
		/* sorted and distinct, by repeated minimum: enums are small */
		for (;;) {
			bool found = false;
			int64_t min = 0;

			for (int k = 0; k < e->nenums; k++) {
				int64_t v = e->enums[k].value;

				if ((first || v > last) && (!found || v < min)) {
					min = v;
					found = true;
				}
			}
			if (!found)
				break;
			outf(o, "%s%lld", first ? " " : ", ", (long long)min);
			last = min;
			first = false;
		}
		outf(o, " };\n");
	}
}

static int enum_count(const struct type *e)
{
	int n = 0;

	for (int k = 0; k < e->nenums; k++) {
		bool dup = false;

		for (int j = 0; j < k; j++)
			dup |= e->enums[j].value == e->enums[k].value;
		n += !dup;
	}
	return n;
}

static void out_check(struct out *o, const char *id, const struct field *f)
{
	const struct annot *a = &f->ann;
	bool max = a->has_max && !max_is_trivial(f->type, a->max);
	bool neg = f->type->is_signed && (a->has_max || a->fd);

	char *what = NULL;

	flag(&what, a->enum_type, "KH_PT_C_ENUM");
	flag(&what, a->has_flags, "KH_PT_C_FLAGS");
	flag(&what, max, "KH_PT_C_MAX");
	flag(&what, a->reserved, "KH_PT_C_RESERVED");
	outf(o, "static const struct kh_pt_check %s = {\n\t.what = %s,\n", id, flags_text(what));
	if (a->enum_type)
		outf(o, "\t.enum_vals = pt_enum_%s,\n\t.nenum = %d,\n", a->enum_type->name,
		     enum_count(a->enum_type));
	if (a->has_flags)
		outf(o, "\t.flags_mask = (__u64)(%s),\n", value_text(a->flags_mask, a->flags_name));
	if (max)
		outf(o, "\t.max = %s,\n", value_text(a->max, a->max_name));
	if (neg)
		outf(o, "\t.neg_err = %s,\n", a->fd ? "-EBADF" : "-EINVAL");
	outf(o, "};\n");
}

/* as plan.c: what the tests learn about a pointer */
static const char *note_flags(const struct annot *a)
{
	if (a->dir == DIR_OUT)
		return "KH_PTR_OUT";
	return a->optional ? "KH_PTR_OPTIONAL" : "0";
}

static const char *ptr_kind(const struct annot *a)
{
	static const char *const k[] = {
		[PTR_PLAIN] = "KH_PT_P_PLAIN", [PTR_COUNT] = "KH_PT_P_COUNT",
		[PTR_BYTES] = "KH_PT_P_BYTES", [PTR_STRING] = "KH_PT_P_STRING",
		[PTR_CSTRING] = "KH_PT_P_CSTRING", [PTR_SOCKADDR] = "KH_PT_P_SOCKADDR",
		[PTR_EMIT] = "KH_PT_P_EMIT",
	};

	return a->sw ? "KH_PT_P_SWITCH" : k[a->ptr];
}

static const char *scalar_kind(const struct type *t)
{
	if (t->kind == T_INT)
		return "KH_PT_INT";
	if (t->kind == T_FLOAT)
		return "KH_PT_FLOAT";
	return "KH_PT_SKIP";
}

static const char *widen_of(const struct type *t, int abi)
{
	if (abi == KH_LAYOUT_X86_64 || t->kind != T_INT)
		return "KH_PT_W_NONE";
	switch (widen_rule_in(t, abi)) {
	case WIDEN_SIGN:
		return "KH_PT_W_SIGN";
	case WIDEN_ZERO:
		return "KH_PT_W_ZERO";
	default:
		return "KH_PT_W_NONE";
	}
}

static void out_ptr(struct out *o, struct ptab *p, const char *id, const struct prec *r,
		    const struct field *f, int abi)
{
	const struct annot *a = &f->ann;
	const struct type *pt = f->type->pointee;
	bool bytes = a->ptr == PTR_BYTES || a->ptr == PTR_STRING || a->ptr == PTR_CSTRING ||
		     a->ptr == PTR_SOCKADDR;
	bool note_count = a->ref_field && (a->ptr == PTR_STRING || a->ptr == PTR_COUNT ||
					   (a->ptr == PTR_BYTES && !a->sw));

	if (a->sw) {
		outf(o, "static const struct kh_pt_case %s_cases[] = {\n", id);
		for (int i = 0; i < a->ncases; i++)
			outf(o, "\t{ %s, %d },\t/* %s */\n",
			     value_text(a->cases[i].value, a->cases[i].value_name),
			     rec_index(p, a->cases[i].type), a->cases[i].type->name);
		outf(o, "};\n");
	}
	char *fl = NULL;

	flag(&fl, a->optional, "KH_PT_P_OPTIONAL");
	flag(&fl, a->dir == DIR_OUT, "KH_PT_P_OUT");
	flag(&fl, a->ref_field && a->ref_field->type->is_signed, "KH_PT_P_REF_SIGNED");
	flag(&fl, !bytes && !is_record(pt) && abi != KH_LAYOUT_X86_64 && type_needs_xlate(pt),
	     "KH_PT_P_XLATE");
	flag(&fl, note_count, "KH_PT_P_NOTE_COUNT");
	outf(o, "static const struct kh_pt_ptr %s = {\n", id);
	outf(o, "\t.kind = %s,\n\t.flags = %s,\n", ptr_kind(a), flags_text(fl));
	outf(o, "\t.ref = %d,\n", a->ref_field ? member_index(r, a->ref_field) : -1);
	outf(o, "\t.sel = %d,\n", a->sw ? member_index(r, a->switch_field) : -1);
	if (is_record(pt) && !a->sw) {
		outf(o, "\t.type = %d,\t/* %s */\n", rec_index(p, pt), pt->name);
	} else {
		outf(o, "\t.type = -1,\n");
		if (bytes || a->sw) {
			outf(o, "\t.elem_kind = KH_PT_INT,\n");
			outf(o, "\t.nsize = 1, .nalign = 1, .vsize = 1, .valign = 1,\n");
		} else if (pt->kind != T_VOID) {
			const char *nt = native_type(pt), *vt = view_scalar(pt, abi);

			outf(o, "\t.elem_kind = %s,\n\t.elem_widen = %s,\n", scalar_kind(pt),
			     widen_of(pt, abi));
			outf(o, "\t.nsize = %s, .nalign = %s,\n", size_of(nt), align_of(nt));
			outf(o, "\t.vsize = %s, .valign = %s,\n", size_of(vt), align_of(vt));
		}
	}
	if (a->dir == DIR_OUT) {
		const char *nt = a->ptr == PTR_BYTES ? "char" : native_type(pt);

		outf(o, "\t.out_size = %s, .out_align = %s,\n", size_of(nt), align_of(nt));
	}
	if (a->ptr == PTR_CSTRING)
		outf(o, "\t.cstring_max = %lld,\n", (long long)a->cstring_max);
	outf(o, "\t.note_flags = %s,\n", note_flags(a));
	if (a->sw)
		outf(o, "\t.cases = %s_cases,\n\t.ncases = %d,\n", id, a->ncases);
	outf(o, "};\n");
}

static void out_union(struct out *o, const char *id, const struct prec *r,
		      const struct field *f, int abi)
{
	const struct annot *a = &f->ann;
	const struct type *u = f->type;
	const struct type *copy = f->name ? u : largest_arm(u)->type;

	outf(o, "static const struct kh_pt_union %s = {\n", id);
	outf(o, "\t.sel = %d,\n", a->select ? member_index(r, a->select_field) : -1);
	if (a->select_hook)
		outf(o, "\t.hook = pt_hook_%s,\n", a->select_hook);
	outf(o, "\t.copy_nsize = %u, .copy_vsize = %u,\n", copy->size[KH_LAYOUT_X86_64], copy->size[abi]);
	outf(o, "};\n");
}

/* the sub-objects a member points to, before the member array */
static void out_member_parts(struct out *o, struct ptab *p, int ri, int mi, int abi)
{
	const struct prec *r = &p->r[ri];
	const struct field *f = r->m[mi].f;
	unsigned int n;
	const struct type *b = base_type(f->type, &n);
	const char *id = xasprintf("pt_%s_%d_%d", abis[abi].name, ri, mi);

	if (b->kind == T_INT && has_checks(f))
		out_check(o, xasprintf("%s_chk", id), f);
	if (f->type->kind == T_PTR)
		out_ptr(o, p, xasprintf("%s_ptr", id), r, f, abi);
	if (f->type->kind == T_UNION)
		out_union(o, xasprintf("%s_un", id), r, f, abi);
}

static void out_member(struct out *o, struct ptab *p, int ri, int mi, int abi)
{
	const struct prec *r = &p->r[ri];
	const struct pmem *pm = &r->m[mi];
	const struct field *f = pm->f;
	const struct type *t = f->type;
	unsigned int n;
	const struct type *b = base_type(t, &n);
	const char *id = xasprintf("pt_%s_%d_%d", abis[abi].name, ri, mi);
	const char *kind;

	switch (t->kind) {
	case T_PTR:
		kind = "KH_PT_PTR";
		break;
	case T_UNION:
		kind = "KH_PT_UNION";
		break;
	default:
		kind = b->kind == T_STRUCT ? "KH_PT_RECORD" : scalar_kind(b);
		break;
	}
	char *fl = NULL;

	if (t->kind == T_ARRAY) {
		/* as plan.c decides between a copy and a loop */
		bool checks = f->ann.enum_type || f->ann.has_flags || f->ann.has_max;
		bool plain = !type_needs_xlate(t->elem) && !is_record(t->elem);

		flag(&fl, true, "KH_PT_F_ARRAY");
		flag(&fl, plain && !checks, "KH_PT_F_CAP_COPY");
		flag(&fl, plain, "KH_PT_F_EMIT_COPY");
	}
	flag(&fl, b->kind == T_INT && b->is_signed, "KH_PT_F_SIGNED");
	flag(&fl, f->ann.dir == DIR_OUT, "KH_PT_F_OUT");
	flag(&fl, type_has_pointers(t), "KH_PT_F_HAS_PTRS");
	outf(o, "\t{\n\t\t.name = \"%s\",\n\t\t.kind = %s,\n\t\t.flags = %s,\n",
	     f->name ? f->name : "", kind, flags_text(fl));
	if (b->kind == T_INT)
		outf(o, "\t\t.widen = %s,\n", widen_of(b, abi));
	outf(o, "\t\t.count = %u,\n", n);
	outf(o, "\t\t.voff = %u, .vsize = %u,\n", pm->off[abi], b->size[abi]);
	outf(o, "\t\t.noff = %u, .nsize = %u,\n", pm->off[KH_LAYOUT_X86_64], b->size[KH_LAYOUT_X86_64]);
	if (b->kind == T_STRUCT || b->kind == T_UNION)
		outf(o, "\t\t.type = %d,\t/* %s */\n", rec_index(p, b), b->name);
	else
		outf(o, "\t\t.type = -1,\n");
	if (r->t->kind == T_UNION)
		outf(o, "\t\t.has_when = %d,\n\t\t.when = %s,\n", f->ann.has_when,
		     f->ann.has_when ? value_text(f->ann.when, f->ann.when_name) :
				       xasprintf("%d", mi));
	if (b->kind == T_INT && has_checks(f))
		outf(o, "\t\t.chk = &%s_chk,\n", id);
	if (t->kind == T_PTR)
		outf(o, "\t\t.ptr = &%s_ptr,\n", id);
	if (t->kind == T_UNION)
		outf(o, "\t\t.un = &%s_un,\n", id);
	outf(o, "\t},\n");
}

static void out_record(struct out *o, struct ptab *p, int ri, int abi)
{
	const struct prec *r = &p->r[ri];
	const struct type *t = r->t;

	outf(o, "\t[%d] = {\n\t\t.name = \"%s\",\n", ri, t->name);
	outf(o, "\t\t.is_union = %d,\n\t\t.anonymous = %d,\n\t\t.has_ptrs = %d,\n",
	     t->kind == T_UNION, t->anonymous, type_has_pointers(t));
	if (t->anonymous) {
		outf(o, "\t\t.vsize = %u, .valign = %u,\n", t->size[abi], t->align[abi]);
		outf(o, "\t\t.nsize = %u, .nalign = %u,\n", t->size[KH_LAYOUT_X86_64],
		     t->align[KH_LAYOUT_X86_64]);
	} else {
		const char *vt = view_type(t, abi), *nt = view_type(t, KH_LAYOUT_X86_64);

		outf(o, "\t\t.vsize = %s, .valign = %s,\n", size_of(vt), align_of(vt));
		outf(o, "\t\t.nsize = %s, .nalign = %s,\n", size_of(nt), align_of(nt));
	}
	outf(o, "\t\t.m = pt_%s_%d,\n\t\t.nm = %d,\n\t},\n", abis[abi].name, ri, r->nm);
}

static void out_hooks(struct out *o, const struct ptab *p)
{
	for (int i = 0; i < p->n; i++)
		for (int j = 0; j < p->r[i].nm; j++) {
			const char *hook = p->r[i].m[j].f->ann.select_hook;

			if (hook)
				outf(o, "\nstatic int pt_hook_%s(void *priv, const void *obj)\n{\n"
					"\treturn %s(priv, obj);\n}\n", hook, hook);
		}
}

static void out_header(const struct spec *s, const struct ptab *p, const char *dir)
{
	struct out h = { 0 };

	out_banner(&h, s, "interpretation tables for the reference interpreter", true);
	outf(&h, "#ifndef KH_PTABLES_H\n#define KH_PTABLES_H\n\n");
	outf(&h, "#include \"kh_layout.h\"\n#include \"kh_ptable.h\"\n\n");
	outf(&h, "/* the named records; anonymous ones follow up to kh_pt_count */\n");
	outf(&h, "enum kh_pt_id {\n");
	for (int i = 0; i < p->nnamed; i++)
		outf(&h, "\t%s = %d,\n", upper_id(p->r[i].t->name), i);
	outf(&h, "\tKH_PT_NAMED = %d,\n};\n\n", p->nnamed);
	outf(&h, "extern const struct kh_pt_record *const kh_pt_tables[KH_LAYOUT_NABI];\n");
	outf(&h, "extern const unsigned int kh_pt_count;\n");
	outf(&h, "\n#endif /* KH_PTABLES_H */\n");
	out_write(&h, dir, "kh_ptables.h");
}

void emit_ptables(const struct spec *s, const char *dir)
{
	struct ptab p = { 0 };
	struct out o = { 0 };

	collect(&p, s);
	out_header(s, &p, dir);
	out_banner(&o, s, "interpretation tables for the reference interpreter", true);
	outf(&o, "#include \"kh_thunks.h\"\n#include \"kh_ptables.h\"\n");
	out_enums(&o, s);
	out_hooks(&o, &p);
	for (int abi = 0; abi < KH_LAYOUT_NABI; abi++) {
		outf(&o, "\n/* ---- %s ---- */\n", abis[abi].name);
		for (int ri = 0; ri < p.n; ri++) {
			outf(&o, "\n/* %s */\n", p.r[ri].t->name);
			for (int mi = 0; mi < p.r[ri].nm; mi++)
				out_member_parts(&o, &p, ri, mi, abi);
			outf(&o, "static const struct kh_pt_member pt_%s_%d[] = {\n", abis[abi].name,
			     ri);
			for (int mi = 0; mi < p.r[ri].nm; mi++)
				out_member(&o, &p, ri, mi, abi);
			outf(&o, "};\n");
		}
		outf(&o, "\nstatic const struct kh_pt_record pt_%s[] = {\n", abis[abi].name);
		for (int ri = 0; ri < p.n; ri++)
			out_record(&o, &p, ri, abi);
		outf(&o, "};\n");
	}
	outf(&o, "\nconst struct kh_pt_record *const kh_pt_tables[KH_LAYOUT_NABI] = {\n");
	for (int abi = 0; abi < KH_LAYOUT_NABI; abi++)
		outf(&o, "\t[%s] = pt_%s,\n", abi_enum[abi], abis[abi].name);
	outf(&o, "};\n\nconst unsigned int kh_pt_count = %d;\n", p.n);
	out_write(&o, dir, "kh_ptables.c");
}
