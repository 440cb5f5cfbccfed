// SPDX-License-Identifier: GPL-2.0 OR MIT
/*
 * Writes kh_capture.c (send path, user -> kernel): one function per record
 * and ABI that turns a view already copied into the kernel into the native
 * struct, validating every annotated value, then follows its pointers:
 * each pointee is fetched once into the arena and captured in turn.
 *
 * For the native ABI the view is the native struct itself, and arrays are
 * fetched straight into their final place and captured in place: every
 * pointer member is therefore always assigned, NULL included.
 *
 * Only prints the TO_KERNEL actions of plan.c.
 */
#include <stdio.h>
#include <string.h>

#include "names.h"
#include "plan.h"
#include "emit.h"
#include "writers.h"

static void capture_members(struct printer *g, const struct type *t, const char *dst_prefix,
			    const char *src_prefix, bool pointers);
static void capture_pointer(struct printer *g, const struct action *a, const char *dst_prefix,
			    const char *src_prefix, const char *dst, const char *src);

static void ret_on_err(struct printer *g)
{
	line(g, "if (err)");
	g->ind++;
	line(g, "return err;");
	g->ind--;
}

static void print_checks(struct printer *g, const struct action *a, const char *src)
{
	for (int i = 0; i < a->nchecks; i++) {
		const char *test = a->checks[i].test, *at = strchr(test, '@');

		line(g, "if (%.*s%s%s)", (int)(at - test), test, src, at + 1);
		line(g, "\treturn %s;", a->checks[i].err);
	}
}

/* scalar, array or by-value record at dst <- src */
static void capture_value(struct printer *g, const struct action *a, const char *dst,
			  const char *src)
{
	const struct type *t = a->type;
	int i;

	switch (a->kind) {
	case ACT_SCALAR:
		print_checks(g, a, src);
		if (a->widen == WIDEN_SIGN)
			line(g, "%s = (%s)(__s32)%s;\t/* sign-extend */", dst, native_type(t), src);
		else if (a->widen == WIDEN_ZERO)
			line(g, "%s = (%s)(__u32)%s;\t/* zero-extend */", dst, native_type(t), src);
		else
			line(g, "%s = %s;", dst, src);
		break;
	case ACT_MEMCPY:
		if (t->kind == T_ARRAY)
			line(g, "memcpy(%s, %s, sizeof(%s));", dst, src, dst);
		else
			line(g, "memcpy(&%s, &%s, sizeof(%s));", dst, src, dst);
		break;
	case ACT_EACH: {
		struct out body, *saved = block_begin(g, &body);

		i = g->tmp++;
		capture_value(g, a->elem, xasprintf("%s[i%d]", dst, i), xasprintf("%s[i%d]", src, i));
		block_end(g, saved, xasprintf("for (unsigned int i%d = 0; i%d < %s; i%d++)", i, i,
					      a->count, i), &body);
		break;
	}
	case ACT_RECORD:
		line(g, "err = %s(c, &%s, &%s);", fn_name("capture", t, g->abi), dst, src);
		ret_on_err(g);
		break;
	case ACT_INLINE:
		capture_members(g, t, xasprintf("%s.", dst), xasprintf("%s.", src), false);
		capture_members(g, t, xasprintf("%s.", dst), xasprintf("%s.", src), true);
		break;
	default:
		break;
	}
}

/* a union; arm_dst/arm_src are the paths its arms hang from */
static void capture_union(struct printer *g, const struct action *a, const char *name,
			  const char *src_prefix, const char *arm_dst, const char *arm_src)
{
	if (a->kind == ACT_MEMCPY && name) {	/* arm_dst is "<union>." */
		int dl = (int)strlen(arm_dst) - 1, sl = (int)strlen(arm_src) - 1;

		line(g, "memcpy(&%.*s, &%.*s, sizeof(%.*s));", dl, arm_dst, sl, arm_src, dl, arm_dst);
		return;
	}
	if (a->kind == ACT_MEMCPY) {
		const char *m = a->arm_name;

		line(g, "memcpy(&%s%s, &%s%s, sizeof(%s%s));", arm_dst, m, arm_src, m, arm_dst, m);
		return;
	}
	if (a->selector)
		line(g, "switch (%s%s) {", src_prefix, a->selector);
	else
		line(g, "switch (%s(c->priv, dst)) {", a->hook);
	for (int i = 0; i < a->narms; i++) {
		const struct arm_plan *arm = &a->arms[i];
		const char *d = xasprintf("%s%s", arm_dst, arm->arm->name);
		const char *s = xasprintf("%s%s", arm_src, arm->arm->name);

		line(g, "case %s:", arm->label);
		g->ind++;
		if (arm->act->kind == ACT_POINTER)
			capture_pointer(g, arm->act, arm_dst, arm_src, d, s);
		else
			capture_value(g, arm->act, d, s);
		line(g, "break;");
		g->ind--;
	}
	line(g, "default:");
	line(g, "\treturn -EINVAL;");
	line(g, "}");
}

/*
 * Records fetched through a pointer go through one helper per record type
 * and ABI, kh_capture_<record>_array: n elements (none: NULL) fetched and
 * captured, so that each pointer member is one call. The record types the
 * functions of one ABI need, in order of first use.
 */
static const struct type **array_needed[KH_LAYOUT_NABI];
static int narray_needed[KH_LAYOUT_NABI];

static const char *array_fn(struct printer *g, const struct type *pt)
{
	int i;

	for (i = 0; i < narray_needed[g->abi]; i++)
		if (array_needed[g->abi][i] == pt)
			break;
	if (i == narray_needed[g->abi])
		*PUSH(array_needed[g->abi], narray_needed[g->abi]) = pt;
	return xasprintf("kh_capture_%s_array%s", short_name(pt), abis[g->abi].suffix);
}

/* the native ABI fetches in place; the others fetch the views, then capture them */
static void write_array_fn(struct out *o, const struct type *pt, int abi)
{
	if (abi == KH_LAYOUT_X86_64)
		outf(o, "KH_CAPTURE_ARRAY_IN_PLACE(%s, %s)\n", short_name(pt), native_type(pt));
	else
		outf(o, "KH_CAPTURE_ARRAY(%s, %s, %s, %s)\n", short_name(pt), abis[abi].suffix,
		     native_type(pt), view_type(pt, abi));
}

/* n elements of pointee type pt from user address u into native memory */
static void capture_array(struct printer *g, const struct type *pt, const char *dst,
			  const char *n)
{
	const char *nt = native_type(pt);

	if (is_record(pt)) {
		line(g, "err = %s(c, &k, u, %s);", array_fn(g, pt), n);
		ret_on_err(g);
		line(g, "%s = k;", dst);
		return;
	}
	if (g->abi == KH_LAYOUT_X86_64 || !type_needs_xlate(pt)) {
		line(g, "err = kh_fetch(c, &k, u, %s, %s, %s);", n, size_of(nt), kernel_align_of(nt));
		ret_on_err(g);
		line(g, "%s = k;", dst);
		return;
	}
	const char *vt = view_scalar(pt, g->abi);

	line(g, "err = kh_fetch(c, &v, u, %s, sizeof(%s), __alignof__(%s));", n, vt, vt);
	ret_on_err(g);
	line(g, "err = kh_alloc(c, &k, %s, %s, %s);", n, size_of(nt), kernel_align_of(nt));
	ret_on_err(g);
	if (!strcmp(n, "1")) {
		capture_value(g, plan_value(NULL, pt, g->abi, TO_KERNEL),
			      xasprintf("*(%s *)k", nt), xasprintf("*(const %s *)v", vt));
		line(g, "%s = k;", dst);
		return;
	}
	line(g, "for (size_t i = 0; i < %s; i++) {", n);
	g->ind++;
	capture_value(g, plan_value(NULL, pt, g->abi, TO_KERNEL),
		      xasprintf("((%s *)k)[i]", nt), xasprintf("((const %s *)v)[i]", vt));
	g->ind--;
	line(g, "}");
	line(g, "%s = k;", dst);
}

static void capture_switch_blob(struct printer *g, const struct action *a,
				const char *src_prefix, const char *dst_prefix, const char *dst,
				const char *n)
{
	line(g, "switch (%s%s) {", src_prefix, a->switch_member);
	for (int i = 0; i < a->ncases; i++) {
		const struct type *ct = a->cases[i].type;

		line(g, "case %s:", a->cases[i].label);
		g->ind++;
		line(g, "if (%s != sizeof(%s))", n, view_type(ct, g->abi));
		line(g, "\treturn -EINVAL;");
		capture_array(g, ct, dst, "1");
		line(g, "%s%s = sizeof(%s);", dst_prefix, a->count_member, native_type(ct));
		line(g, "break;");
		g->ind--;
	}
	line(g, "default:");
	line(g, "\treturn -EINVAL;");
	line(g, "}");
}

/* "if (cond) { fetch } else { dst = NULL / return -EFAULT; }" around body */
static void capture_fetch(struct printer *g, const struct action *a, const char *src_prefix,
			  const char *dst_prefix, const char *dst, const char *n)
{
	switch (a->fetch) {
	case FETCH_STRING:
		line(g, "err = kh_fetch_string(c, &k, u, %s);", n);
		break;
	case FETCH_BYTES:
		line(g, "err = kh_fetch(c, &k, u, %s, 1, 8);", n);
		break;
	case FETCH_CSTRING:
		line(g, "err = kh_fetch_cstring(c, &k, u, %lld);", a->cstring_max);
		break;
	case FETCH_SOCKADDR:
		line(g, "err = kh_fetch_sockaddr(c, &k, u);");
		break;
	case FETCH_SWITCH:
		capture_switch_blob(g, a, src_prefix, dst_prefix, dst, n);
		return;
	case FETCH_ONE:
	case FETCH_ARRAY:
		capture_array(g, a->pointee, dst, n);
		return;
	default:
		return;
	}
	ret_on_err(g);
	line(g, "%s = k;", dst);
}

static void capture_pointer(struct printer *g, const struct action *a, const char *dst_prefix,
			    const char *src_prefix, const char *dst, const char *src)
{
	const char *n = a->count_member ? xasprintf("%s%s", src_prefix, a->count_member) : "1";
	struct out *outer = g->o, body = { 0 };

	if (a->fetch == FETCH_STRING || a->fetch == FETCH_BYTES) {
		line(g, "err = kh_get_%s(c, &k, %s, %s);", a->fetch == FETCH_STRING ? "string" : "bytes",
		     uaddr_expr(g->abi, src), n);
		ret_on_err(g);
		line(g, "%s = k;", dst);
		return;
	}
	if ((a->fetch == FETCH_ARRAY || a->fetch == FETCH_ONE) && is_record(a->pointee)) {
		const char *call = xasprintf("err = %s(c, &k, %s, %s);", array_fn(g, a->pointee),
					     uaddr_expr(g->abi, src), n);

		if (a->count_signed) {
			line(g, "if (%s < 0)", n);
			line(g, "\treturn -EINVAL;");
		}
		if (a->fetch == FETCH_ONE && !a->optional) {
			line(g, "if (!%s)", src);
			line(g, "\treturn -EFAULT;");
		}
		if (a->fetch == FETCH_ONE && a->optional) {
			/* NULL stays NULL: no element to fetch */
			line(g, "k = NULL;");
			line(g, "if (%s) {", src);
			line(g, "\t%s", call);
			line(g, "\tif (err)");
			line(g, "\t\treturn err;");
			line(g, "}");
		} else {
			line(g, "%s", call);
			ret_on_err(g);
		}
		line(g, "%s = k;", dst);
		return;
	}
	g->o = &body;
	g->ind++;
	switch (a->fetch) {
	case FETCH_OUT_BUFFER: {
		const char *nt = a->pointee ? native_type(a->pointee) : "char";

		line(g, "err = %s(c, &k, u, %s, %s, %s);", a->fetch_fn, n, size_of(nt),
		     kernel_align_of(nt));
		ret_on_err(g);
		line(g, "%s = k;", dst);
		break;
	}
	case FETCH_NONE:
		line(g, "kh_set_emit_target(c, u, %s);", n);
		line(g, "%s = NULL;", dst);
		break;
	case FETCH_CSTRING:
	case FETCH_SOCKADDR:
	case FETCH_ONE:
		line(g, "if (u) {");
		g->ind++;
		capture_fetch(g, a, src_prefix, dst_prefix, dst, n);
		g->ind--;
		line(g, "} else {");
		if (a->optional)
			line(g, "\t%s = NULL;", dst);
		else
			line(g, "\treturn -EFAULT;");
		line(g, "}");
		break;
	default:	/* counted: nothing to fetch for a zero count */
		if (a->count_signed) {
			line(g, "if (%s < 0)", n);
			line(g, "\treturn -EINVAL;");
		}
		line(g, "if (%s) {", n);
		g->ind++;
		capture_fetch(g, a, src_prefix, dst_prefix, dst, n);
		g->ind--;
		line(g, "} else {");
		line(g, "\t%s = NULL;", dst);
		line(g, "}");
		break;
	}
	g->o = outer;
	g->ind--;
	line(g, "{");
	line(g, "\tvoid __user *u = %s;", uaddr_expr(g->abi, src));
	if (uses_ident(body.buf, body.len, "v"))
		line(g, "\tvoid *v;");
	line(g, "%s", "");
	outf(g->o, "%.*s", (int)body.len, body.buf);
	line(g, "}");
}

/* non-pointer members first (validate the object), then its pointers */
static void capture_members(struct printer *g, const struct type *t, const char *dst_prefix,
			    const char *src_prefix, bool pointers)
{
	for (int i = 0; i < t->nfields; i++) {
		const struct field *f = t->fields[i];
		const struct action *a;

		if (!f->name) {	/* C11 anonymous member: its members are ours */
			if (f->type->kind != T_UNION)
				capture_members(g, f->type, dst_prefix, src_prefix, pointers);
			else if (!pointers)
				capture_union(g, plan_member(f, g->abi, TO_KERNEL), NULL, src_prefix,
					      dst_prefix, src_prefix);
			continue;
		}
		if ((f->type->kind == T_PTR) != pointers)
			continue;
		a = plan_member(f, g->abi, TO_KERNEL);
		const char *dst = xasprintf("%s%s", dst_prefix, f->name);
		const char *src = xasprintf("%s%s", src_prefix, f->name);

		if (a->kind == ACT_POINTER)
			capture_pointer(g, a, dst_prefix, src_prefix, dst, src);
		else if (f->type->kind == T_UNION)
			capture_union(g, a, f->name, src_prefix, xasprintf("%s.", dst),
				      xasprintf("%s.", src));
		else
			capture_value(g, a, dst, src);
	}
}

void write_capture_fn(struct out *o, const struct spec *s, const struct type *t, int abi)
{
	struct printer g = { .o = o, .s = s, .abi = abi, .ind = 1, .fn_type = t };

	static const char *const params[] = { "c", "dst", "src" };
	struct out body = { 0 };
	const char *sig;

	g.o = &body;
	if (t->kind == T_UNION) {
		line(&g, "memcpy(dst, src, sizeof(*dst) < sizeof(*src) ? sizeof(*dst) : sizeof(*src));");
	} else {
		capture_members(&g, t, "dst->", "src->", false);
		capture_members(&g, t, "dst->", "src->", true);
	}
	sig = xasprintf("int %s(struct kh_ctx *c, %s %s *dst, const %s *src)",
			fn_name("capture", t, abi), record_kw(t), t->name, view_type(t, abi));
	outf(o, "\n%s\n{\n", mark_unused(sig, &body, params, 3));
	if (uses_ident(body.buf, body.len, "err"))
		outf(o, "\tint err;\n");
	if (uses_ident(body.buf, body.len, "k"))
		outf(o, "\tvoid *k;\n");
	if (uses_ident(body.buf, body.len, "err"))
		outf(o, "\n");
	finish_body(o, &body);
	outf(o, "\treturn 0;\n}\n");
}

void write_capture_c(const struct spec *s, const char *dir)
{
	struct out o = { 0 };

	out_banner(&o, s, "capture, user -> kernel, per record and ABI", true);
	outf(&o, "#include \"kh_thunks.h\"\n");
	for (int abi = 0; abi < KH_LAYOUT_NABI; abi++) {
		struct out fns = { 0 };

		for (int i = 0; i < s->ntypes; i++)
			if (wants_thunks(s->types[i]))
				write_capture_fn(&fns, s, s->types[i], abi);
		if (narray_needed[abi])
			outf(&o, "\n");
		for (int i = 0; i < narray_needed[abi]; i++)
			write_array_fn(&o, array_needed[abi][i], abi);
		finish_body(&o, &fns);
	}
	out_write(&o, dir, "kh_capture.c");
}
