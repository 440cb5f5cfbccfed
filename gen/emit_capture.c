// SPDX-License-Identifier: GPL-2.0 OR MIT
/*
 * Capture code (send path, user -> kernel): one function per record and
 * ABI that turns a view already copied into the kernel into the native
 * struct, validating every annotated value, then follows its pointers:
 * each pointee is fetched once into the arena and captured in turn.
 *
 * For the native ABI the view is the native struct itself, and arrays are
 * fetched straight into their final place and captured in place: every
 * pointer member is therefore always assigned, NULL included.
 */
#include <stdio.h>
#include <string.h>

#include "cg.h"
#include "emit_code.h"

static void capture_members(struct cg *g, const struct type *t, const char *dp, const char *sp,
			    bool pointers);
static void capture_pointer(struct cg *g, const struct field *f, const char *dp,
			    const char *sp, const char *dm, const char *sm);

static void ret_on_err(struct cg *g)
{
	line(g, "if (err)");
	g->ind++;
	line(g, "return err;");
	g->ind--;
}

/* a KH_MAX at or above what the type can hold checks nothing */
static bool max_is_trivial(const struct type *t, int64_t max)
{
	unsigned int bits = t->size[ABI_X86_64] * 8 - (t->is_signed ? 1 : 0);

	return bits < 63 && max >= (int64_t)((1ull << bits) - 1);
}

static void check_value(struct cg *g, const struct field *f, const char *sm)
{
	const struct annot *a = &f->ann;

	if (a->enum_type) {
		line(g, "if (!kh_valid_%s(%s))", a->enum_type->name, sm);
		line(g, "\treturn -EINVAL;");
	}
	if (a->has_flags) {
		line(g, "if (%s & ~(__u64)(%s))", sm, value_text(a->flags_mask, a->flags_name));
		line(g, "\treturn -EINVAL;");
	}
	if (a->has_max && !max_is_trivial(f->type, a->max)) {
		line(g, "if (%s > %s)", sm, value_text(a->max, a->max_name));
		line(g, "\treturn -E2BIG;");
	}
	if (a->reserved) {
		line(g, "if (%s)", sm);
		line(g, "\treturn -EINVAL;");
	}
	if (f->type->is_signed && (f->ann.has_max || f->ann.fd)) {
		line(g, "if (%s < 0)", sm);
		line(g, "\treturn %s;", f->ann.fd ? "-EBADF" : "-EINVAL");
	}
}

/* scalar, array or by-value record at dm <- sm */
static void capture_value(struct cg *g, const struct field *f, const struct type *t,
			  const char *dm, const char *sm)
{
	if (t->kind == T_INT) {
		if (f && f->ann.dir == DIR_OUT)
			return;
		if (f)
			check_value(g, f, sm);
		if (widen_rule_in(t, g->abi) == WIDEN_SIGN)
			line(g, "%s = (%s)(__s32)%s;\t/* sign-extend */", dm, native_type(t), sm);
		else if (widen_rule_in(t, g->abi) == WIDEN_ZERO)
			line(g, "%s = (%s)(__u32)%s;\t/* zero-extend */", dm, native_type(t), sm);
		else
			line(g, "%s = %s;", dm, sm);
	} else if (t->kind == T_FLOAT) {
		line(g, "memcpy(&%s, &%s, sizeof(%s));", dm, sm, dm);
	} else if (t->kind == T_ARRAY) {
		if (!type_needs_xlate(t->elem) && !is_record(t->elem) &&
		    !(f && (f->ann.enum_type || f->ann.has_flags || f->ann.has_max))) {
			line(g, "memcpy(%s, %s, sizeof(%s));", dm, sm, dm);
			return;
		}
		int i = g->tmp++;

		line(g, "for (unsigned int i%d = 0; i%d < %u; i%d++) {", i, i, t->count, i);
		g->ind++;
		capture_value(g, f, t->elem, xasprintf("%s[i%d]", dm, i),
			      xasprintf("%s[i%d]", sm, i));
		g->ind--;
		line(g, "}");
	} else if (t->kind == T_STRUCT && !t->anonymous) {
		line(g, "err = %s(c, &%s, &%s);", fn_name("capture", t, g->abi), dm, sm);
		ret_on_err(g);
	} else if (t->kind == T_STRUCT) {
		char *dp = xasprintf("%s.", dm), *sp = xasprintf("%s.", sm);

		capture_members(g, t, dp, sp, false);
		capture_members(g, t, dp, sp, true);
	}
}

/* one arm of a union; ad/as are the paths its arms hang from */
static void capture_arm(struct cg *g, const struct field *arm, const char *ad, const char *as)
{
	const char *d = xasprintf("%s%s", ad, arm->name), *s = xasprintf("%s%s", as, arm->name);

	if (arm->type->kind == T_PTR)
		capture_pointer(g, arm, ad, as, d, s);
	else if (arm->type->kind == T_UNION)
		die_at(arm->pos, "a union directly inside a union arm is not supported");
	else
		capture_value(g, arm, arm->type, d, s);
}

/* the largest arm stands for an anonymous union that needs no translation */
const struct field *largest_arm(const struct type *u)
{
	const struct field *best = u->fields[0];

	for (int i = 1; i < u->nfields; i++)
		if (u->fields[i]->type->size[ABI_X86_64] > best->type->size[ABI_X86_64])
			best = u->fields[i];
	return best;
}

static void capture_union(struct cg *g, const struct field *f, const char *sp,
			  const char *ad, const char *as)
{
	const struct type *u = f->type;
	const struct annot *a = &f->ann;

	if (!a->select && !a->select_hook) {	/* the same bytes in every ABI */
		if (f->name) {
			line(g, "memcpy(&%s%s, &%s%s, sizeof(%s%s));", ad, f->name, as, f->name,
			     ad, f->name);
		} else {
			const char *arm = largest_arm(u)->name;

			line(g, "memcpy(&%s%s, &%s%s, sizeof(%s%s));", ad, arm, as, arm, ad, arm);
		}
		return;
	}
	if (a->select)
		line(g, "switch (%s) {", sibling_expr(sp, a->select_field));
	else
		line(g, "switch (%s(c->priv, dst)) {", a->select_hook);
	for (int i = 0; i < u->nfields; i++) {
		const struct field *arm = u->fields[i];

		if (arm->ann.has_when)
			line(g, "case %s:", value_text(arm->ann.when, arm->ann.when_name));
		else
			line(g, "case %d:", i);
		g->ind++;
		capture_arm(g, arm, ad, as);
		line(g, "break;");
		g->ind--;
	}
	line(g, "default:");
	line(g, "\treturn -EINVAL;");
	line(g, "}");
}

/* n elements of pointee type pt from user address U into native memory */
static void capture_array(struct cg *g, const struct type *pt, const char *dm, const char *n)
{
	const char *nt = native_type(pt);

	if (!is_record(pt) && (g->abi == ABI_X86_64 || !type_needs_xlate(pt))) {
		line(g, "err = kh_fetch(c, &k, u, %s, sizeof(%s), _Alignof(%s));", n, nt, nt);
		ret_on_err(g);
		line(g, "%s = k;", dm);
		return;
	}
	if (g->abi == ABI_X86_64) {
		/* fetched into place, captured in place */
		line(g, "err = kh_fetch(c, &k, u, %s, sizeof(%s), _Alignof(%s));", n, nt, nt);
		ret_on_err(g);
		line(g, "for (size_t i = 0; i < %s; i++) {", n);
		line(g, "\terr = %s(c, &((%s *)k)[i], &((%s *)k)[i]);",
		     fn_name("capture", pt, g->abi), nt, nt);
		line(g, "\tif (err)");
		line(g, "\t\treturn err;");
		line(g, "}");
		line(g, "%s = k;", dm);
		return;
	}
	const char *vt = is_record(pt) ? view_type(pt, g->abi) : view_scalar(pt, g->abi);

	line(g, "err = kh_fetch(c, &v, u, %s, sizeof(%s), _Alignof(%s));", n, vt, vt);
	ret_on_err(g);
	line(g, "err = kh_alloc(c, &k, %s, sizeof(%s), _Alignof(%s));", n, nt, nt);
	ret_on_err(g);
	line(g, "for (size_t i = 0; i < %s; i++) {", n);
	g->ind++;
	if (is_record(pt)) {
		line(g, "err = %s(c, &((%s *)k)[i], &((const %s *)v)[i]);",
		     fn_name("capture", pt, g->abi), nt, vt);
		ret_on_err(g);
	} else {
		capture_value(g, NULL, pt, xasprintf("((%s *)k)[i]", nt),
			      xasprintf("((const %s *)v)[i]", vt));
	}
	g->ind--;
	line(g, "}");
	line(g, "%s = k;", dm);
}

static void capture_switch_blob(struct cg *g, const struct field *f, const char *sp,
				const char *dp, const char *dm, const char *n)
{
	const struct annot *a = &f->ann;

	line(g, "switch (%s) {", sibling_expr(sp, a->switch_field));
	for (int i = 0; i < a->ncases; i++) {
		const struct type *ct = a->cases[i].type;
		const char *vt = view_type(ct, g->abi), *nt = native_type(ct);

		line(g, "case %s:", value_text(a->cases[i].value, a->cases[i].value_name));
		g->ind++;
		line(g, "if (%s != sizeof(%s))", n, vt);
		line(g, "\treturn -EINVAL;");
		capture_array(g, ct, dm, "1");
		line(g, "%s = sizeof(%s);", sibling_expr(dp, a->ref_field), nt);
		line(g, "break;");
		g->ind--;
	}
	line(g, "default:");
	line(g, "\treturn -EINVAL;");
	line(g, "}");
}

static void capture_pointer(struct cg *g, const struct field *f, const char *dp,
			    const char *sp, const char *dm, const char *sm)
{
	const struct annot *a = &f->ann;
	const struct type *pt = f->type->pointee;
	const char *n = a->ref_field ? sibling_expr(sp, a->ref_field) : "1";

	struct out *outer = g->o, body = { 0 };

	g->o = &body;
	g->ind++;
	if (a->dir == DIR_OUT) {
		const char *nt = a->ptr == PTR_BYTES ? "char" : native_type(pt);

		line(g, "err = kh_out_buffer(c, &k, u, %s, sizeof(%s), _Alignof(%s));", n, nt, nt);
		ret_on_err(g);
		line(g, "%s = k;", dm);
		goto done;
	}
	switch (a->ptr) {
	case PTR_EMIT:
		line(g, "kh_set_emit_target(c, u, %s);", n);
		line(g, "%s = NULL;", dm);
		break;
	case PTR_STRING:
	case PTR_BYTES:
		line(g, "if (%s) {", n);
		g->ind++;
		if (a->sw) {
			capture_switch_blob(g, f, sp, dp, dm, n);
		} else {
			if (a->ptr == PTR_STRING)
				line(g, "err = kh_fetch_string(c, &k, u, %s);", n);
			else
				line(g, "err = kh_fetch(c, &k, u, %s, 1, 8);", n);
			ret_on_err(g);
			line(g, "%s = k;", dm);
		}
		g->ind--;
		line(g, "} else {");
		line(g, "\t%s = NULL;", dm);
		line(g, "}");
		break;
	case PTR_CSTRING:
	case PTR_SOCKADDR:
	case PTR_PLAIN:
		line(g, "if (u) {");
		g->ind++;
		if (a->ptr == PTR_CSTRING) {
			line(g, "err = kh_fetch_cstring(c, &k, u, %lld);", (long long)a->cstring_max);
			ret_on_err(g);
			line(g, "%s = k;", dm);
		} else if (a->ptr == PTR_SOCKADDR) {
			line(g, "err = kh_fetch_sockaddr(c, &k, u);");
			ret_on_err(g);
			line(g, "%s = k;", dm);
		} else {
			capture_array(g, pt, dm, "1");
		}
		g->ind--;
		line(g, "} else {");
		if (a->optional)
			line(g, "\t%s = NULL;", dm);
		else
			line(g, "\treturn -EFAULT;");
		line(g, "}");
		break;
	case PTR_COUNT:
		if (a->ref_field->type->is_signed) {
			line(g, "if (%s < 0)", n);
			line(g, "\treturn -EINVAL;");
		}
		line(g, "if (%s) {", n);
		g->ind++;
		capture_array(g, pt, dm, n);
		g->ind--;
		line(g, "} else {");
		line(g, "\t%s = NULL;", dm);
		line(g, "}");
		break;
	}
done:
	g->o = outer;
	g->ind--;
	line(g, "{");
	line(g, "\tkh_uaddr_t u = %s;", uaddr_expr(g->abi, sm));
	if (uses_ident(body.buf, body.len, "k"))
		line(g, "\tvoid *k;");
	if (uses_ident(body.buf, body.len, "v"))
		line(g, "\tvoid *v;");
	line(g, "%s", "");
	outf(g->o, "%.*s", (int)body.len, body.buf);
	line(g, "}");
}

/* non-pointer members first (validate the object), then its pointers */
static void capture_members(struct cg *g, const struct type *t, const char *dp, const char *sp,
			    bool pointers)
{
	for (int i = 0; i < t->nfields; i++) {
		const struct field *f = t->fields[i];
		const char *dm = f->name ? xasprintf("%s%s", dp, f->name) : NULL;
		const char *sm = f->name ? xasprintf("%s%s", sp, f->name) : NULL;

		if (!f->name) {	/* C11 anonymous member: its members are ours */
			if (f->type->kind != T_UNION)
				capture_members(g, f->type, dp, sp, pointers);
			else if (!pointers)
				capture_union(g, f, sp, dp, sp);
			continue;
		}
		if ((f->type->kind == T_PTR) != pointers)
			continue;
		if (f->type->kind == T_PTR)
			capture_pointer(g, f, dp, sp, dm, sm);
		else if (f->type->kind == T_UNION)
			capture_union(g, f, sp, xasprintf("%s.", dm), xasprintf("%s.", sm));
		else
			capture_value(g, f, f->type, dm, sm);
	}
}

void emit_capture_fn(struct out *o, const struct spec *s, const struct type *t, int abi)
{
	struct cg g = { .o = o, .s = s, .abi = abi, .ind = 1, .fn_type = t };

	static const char *const params[] = { "c", "dst", "src" };
	struct out body = { 0 };

	g.o = &body;
	if (t->kind == T_UNION) {
		line(&g, "memcpy(dst, src, sizeof(*dst) < sizeof(*src) ? sizeof(*dst) : sizeof(*src));");
	} else {
		capture_members(&g, t, "dst->", "src->", false);
		capture_members(&g, t, "dst->", "src->", true);
	}
	outf(o, "\nint %s(struct kh_ctx *c, %s %s *dst, const %s *src)\n{\n",
	     fn_name("capture", t, abi), record_kw(t), t->name, view_type(t, abi));
	if (uses_ident(body.buf, body.len, "err"))
		outf(o, "\tint err;\n\n");
	finish_body(o, &body, params, 3);
	outf(o, "\treturn 0;\n}\n");
}
