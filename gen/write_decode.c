// SPDX-License-Identifier: GPL-2.0 OR MIT
/*
 * Decoders for tracers (thunk/generated/kernel/kh_decode.h, user/kh_decode.c): per ABI, for every
 * ioctl argument struct and everything it points to, a function that prints
 * a caller's object the way strace prints the structs it knows:
 * {request_id=0x5, verb=KH_VERB_GET, raw_url="/a?b", ...}. The decoders read
 * the tracee's memory only through the callback in struct kh_dec, at the
 * offsets the layout engine computed for that ABI, so a 64-bit tracer
 * decodes ia32 and x32 callers without their compilers. The printing
 * helpers (kd_*) are hand-written: tools/khtrace/kh_decode_rt.[ch].
 *
 * kh_decode.h also holds a table the kernel can use: each command's name,
 * number and argument size per ABI, and where its request_id lives.
 */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "names.h"
#include "emit.h"
#include "lex.h"

static void dec_members(struct printer *g, const struct type *t, unsigned int base, bool top);

static const char *at(unsigned int off)
{
	return off ? xasprintf("p + %u", off) : "p";
}

static const char *get(const struct type *t, unsigned int off, int abi)
{
	return xasprintf("kd_get(%s, %u)", at(off), t->size[abi]);
}

/* ids and contexts read best in hex, as strace prints handles */
static bool wants_hex(const char *name)
{
	size_t n = name ? strlen(name) : 0;

	return (n > 3 && !strcmp(name + n - 3, "_id")) ||
	       (n > 8 && !strcmp(name + n - 8, "_context"));
}

static const char *flags_table(const struct annot *a)
{
	return xasprintf("kd_flags_%s", a->flags_name ? a->flags_name :
			 xasprintf("0x%llx", (unsigned long long)a->flags_mask));
}

/* one integer at off: enum names, flag names, hex or decimal */
static void dec_int(struct printer *g, const struct field *f, const struct type *t, unsigned int off)
{
	const struct annot *a = f ? &f->ann : NULL;

	if (a && a->enum_type)
		line(g, "kd_enum(d, %s, kd_names_%s);", get(t, off, g->abi), a->enum_type->name);
	else if (a && a->has_flags)
		line(g, "kd_flags(d, %s, %s);", get(t, off, g->abi), flags_table(a));
	else if (t->kind == T_FLOAT)
		line(g, "kd_float(d, %s, %u);", at(off), t->size[g->abi]);
	else if (t->is_signed)
		line(g, "kd_int(d, kd_gets(%s, %u));", at(off), t->size[g->abi]);
	else if (f && wants_hex(f->name))
		line(g, "kd_hex(d, %s);", get(t, off, g->abi));
	else
		line(g, "kd_uint(d, %s);", get(t, off, g->abi));
}

static const char *scalar_fmt(const struct field *f, const struct type *t)
{
	if (t->is_signed)
		return "KD_FMT_SIGNED";
	return f && wants_hex(f->name) ? "KD_FMT_HEX" : "KD_FMT_UNSIGNED";
}

/* an array indexed by an enum: the array has as many elements as some
 * "..._MAXIMUM" or "..._COUNT" enumerator says, and the enum's tag shares a
 * word with the member's name (kh_header_id, known_headers)
 */
static const struct type *index_enum(const struct spec *s, const struct field *f, int *maxpos)
{
	for (int i = 0; i < s->ntypes; i++) {
		const struct type *e = s->types[i];

		if (!e->is_enum || !f->name)
			continue;
		for (int k = 0; k < e->nenums; k++) {
			const char *n = e->enums[k].name;
			size_t len = strlen(n);
			bool max_name = (len > 8 && !strcmp(n + len - 8, "_MAXIMUM")) ||
					(len > 6 && !strcmp(n + len - 6, "_COUNT"));

			if (!max_name || e->enums[k].value != (int64_t)f->type->count)
				continue;
			char *tag = xstrdup(e->name);

			for (char *w = strtok(tag, "_"); w; w = strtok(NULL, "_"))
				if (strcmp(w, "kh") && strlen(w) > 2 && strstr(f->name, w)) {
					*maxpos = k;
					return e;
				}
		}
	}
	return NULL;
}

/* KH_HEADER_USER_AGENT -> "User-Agent": the enumerator without the enum's
 * common prefix, words capitalized and joined by '-'
 */
static const char *pretty_name(const struct type *e, const char *name)
{
	size_t pre = strlen(e->enums[0].name);
	char *s, *w;

	for (int k = 1; k < e->nenums; k++) {
		size_t n = 0;

		while (n < pre && e->enums[k].name[n] == e->enums[0].name[n])
			n++;
		pre = n;
	}
	while (pre && e->enums[0].name[pre - 1] != '_')
		pre--;
	s = xstrdup(name + pre);
	for (w = s; *w; w++) {
		bool start = w == s || w[-1] == '-';

		*w = *w == '_' ? '-' : (char)(start ? *w : tolower((unsigned char)*w));
	}
	return s;
}

/* the element is one string and its length, nothing else: {Host, "x"} */
static const struct field *lone_string(const struct type *t)
{
	if (t->kind != T_STRUCT || t->nfields != 2)
		return NULL;
	for (int i = 0; i < 2; i++) {
		const struct field *f = t->fields[i];

		if (f->type->kind == T_PTR && f->ann.ptr == PTR_STRING && f->ann.ref_field &&
		    f->ann.ref_field == t->fields[!i])
			return f;
	}
	return NULL;
}

static void dec_indexed(struct printer *g, const struct field *f, const struct type *e, int maxpos,
			unsigned int off)
{
	const struct type *el = f->type->elem;
	const struct field *str = lone_string(el);
	unsigned int esz = el->size[g->abi], n = f->type->count;

	outf(g->o, "%.*s{\n", g->ind, "\t\t\t\t\t\t\t\t");
	g->ind++;
	line(g, "static const char *const names[%u] = {", n);
	for (unsigned int i = 0; i < n; i++) {	/* the last name for i before the maximum */
		const char *name = NULL;

		for (int k = 0; k < maxpos; k++)
			if (e->enums[k].value == (int64_t)i)
				name = e->enums[k].name;
		line(g, "\t%s%s%s,", name ? "\"" : "", name ? pretty_name(e, name) : "NULL",
		     name ? "\"" : "");
	}
	line(g, "};");
	line(g, "%s", "");
	line(g, "kd_begin(d, '[');");
	line(g, "for (unsigned int i = 0; i < %u; i++) {", n);
	g->ind++;
	line(g, "const unsigned char *e = %s + i * %u;", at(off), esz);
	line(g, "%s", "");
	line(g, "if (kd_is_zero(e, %u))", esz);
	line(g, "\tcontinue;");
	line(g, "if (!kd_elem(d))");
	line(g, "\tbreak;");
	line(g, "kd_begin(d, '{');");
	line(g, "kd_name_or_index(d, names[i], i);");
	line(g, "kd_sep(d);");
	if (str)
		line(g, "kd_string(d, kd_get(e + %u, %u), kd_get(e + %u, %u));", str->offset[g->abi],
		     str->type->size[g->abi], str->ann.ref_field->offset[g->abi],
		     str->ann.ref_field->type->size[g->abi]);
	else
		line(g, "%s(d, e, KD_ALL);", fn_name("decode", el, g->abi));
	line(g, "kd_end(d, '}');");
	g->ind--;
	line(g, "}");
	line(g, "kd_end(d, ']');");
	g->ind--;
	line(g, "}");
}

/* a value member (not a pointer) at off */
static void dec_value(struct printer *g, const struct field *f, const struct type *t, unsigned int off)
{
	int maxpos;
	const struct type *e;

	switch (t->kind) {
	case T_INT:
	case T_FLOAT:
		dec_int(g, f, t, off);
		break;
	case T_STRUCT:
		if (!t->anonymous) {
			line(g, "%s(d, %s, KD_ALL);", fn_name("decode", t, g->abi), at(off));
			break;
		}
		line(g, "kd_begin(d, '{');");
		dec_members(g, t, off, false);
		line(g, "kd_end(d, '}');");
		break;
	case T_ARRAY:
		if (t->elem->kind == T_INT && t->elem->size[g->abi] == 1 && !t->elem->is_enum) {
			line(g, "kd_strbuf(d, %s, %u);", at(off), t->count);	/* char name[N] */
			break;
		}
		e = f && f->type == t && is_record(t->elem) ? index_enum(g->s, f, &maxpos) : NULL;
		if (e) {
			dec_indexed(g, f, e, maxpos, off);
			break;
		}
		line(g, "kd_begin(d, '[');");
		line(g, "for (unsigned int i = 0; i < %u && kd_elem(d); i++) {", t->count);
		g->ind++;
		if (is_record(t->elem) && !t->elem->anonymous)
			line(g, "%s(d, %s + i * %u, KD_ALL);", fn_name("decode", t->elem, g->abi),
			     at(off), t->elem->size[g->abi]);
		else if (t->elem->kind == T_INT)
			line(g, "kd_scalar(d, %s + i * %u, %u, %s);", at(off), t->elem->size[g->abi],
			     t->elem->size[g->abi], scalar_fmt(f, t->elem));
		else
			line(g, "kd_puts(d, \"...\");");
		g->ind--;
		line(g, "}");
		line(g, "kd_end(d, ']');");
		break;
	default:
		line(g, "kd_puts(d, \"...\");");
		break;
	}
}

/* the pointee of a KH_SWITCH blob, by its selector */
static void dec_switch(struct printer *g, const struct field *f, unsigned int base, const char *ptr,
		       const char *len)
{
	const struct annot *a = &f->ann;
	const struct field *sel = a->switch_field;

	line(g, "switch (kd_get(%s, %u)) {", at(base + sel->offset[g->abi]),
	     sel->type->size[g->abi]);
	for (int i = 0; i < a->ncases; i++) {
		const struct type *ct = a->cases[i].type;

		line(g, "case %lld:\t/* %s */", (long long)a->cases[i].value,
		     value_text(a->cases[i].value, a->cases[i].value_name));
		g->ind++;
		line(g, "if (%s == %u)", len, ct->size[g->abi]);
		line(g, "\tkd_records(d, %s, 1, %u, %s, false);", ptr, ct->size[g->abi],
		     fn_name("decode", ct, g->abi));
		line(g, "else");
		line(g, "\tkd_ptr(d, %s);", ptr);
		line(g, "break;");
		g->ind--;
	}
	line(g, "default:");
	line(g, "\tkd_ptr(d, %s);", ptr);
	line(g, "}");
}

/* a pointer member of the record at base: what it points to, or its address */
static void dec_pointer(struct printer *g, const struct field *f, unsigned int base, bool top)
{
	const struct annot *a = &f->ann;
	const struct type *pt = f->type->pointee;
	const char *ptr = get(f->type, base + f->offset[g->abi], g->abi);
	const char *n = a->ref_field ? get(a->ref_field->type, base + a->ref_field->offset[g->abi],
					   g->abi) : "1";
	bool out = a->dir == DIR_OUT || a->ptr == PTR_EMIT;

	if (top && out) {	/* an out buffer: its address going in, its data coming out */
		line(g, "if (!(ph & KD_OUT)) {");
		line(g, "\tkd_field(d, \"%s\");", f->name);
		line(g, "\tkd_ptr(d, %s);", ptr);
		/* a laid-out graph is there only after a success */
		line(g, "} else%s {", a->ptr == PTR_EMIT ? " if (!d->err)" : "");
		g->ind++;
		line(g, "kd_field(d, \"%s\");", f->name);
	}
	switch (a->ptr) {
	case PTR_STRING:
	case PTR_BYTES:
		if (a->sw)
			dec_switch(g, f, base, ptr, n);
		else
			line(g, "kd_string(d, %s, %s);", ptr, n);
		break;
	case PTR_CSTRING:
		line(g, "kd_cstring(d, %s, %lld);", ptr, (long long)a->cstring_max);
		break;
	case PTR_SOCKADDR:
		line(g, "kd_sockaddr(d, %s);", ptr);
		break;
	case PTR_EMIT:
		n = "1";
		/* fall through */
	case PTR_PLAIN:
	case PTR_COUNT:
		if (is_record(pt) && !pt->anonymous)
			line(g, "kd_records(d, %s, %s, %u, %s, %s);", ptr, n, pt->size[g->abi],
			     fn_name("decode", pt, g->abi), a->ptr == PTR_COUNT ? "true" : "false");
		else if (pt->kind == T_INT)
			line(g, "kd_scalars(d, %s, %s, %u, %s);", ptr, n, pt->size[g->abi],
			     scalar_fmt(f, pt));
		else
			line(g, "kd_ptr(d, %s);", ptr);
		break;
	}
	if (top && out) {
		g->ind--;
		line(g, "}");
	}
}

/* which phase prints a member of an ioctl's argument struct */
static const char *const ph_in = "ph & KD_IN", *const ph_out = "ph & KD_OUT";

static const char *phase_cond(const struct field *f)
{
	if (f->type->kind == T_PTR && (f->ann.dir == DIR_OUT || f->ann.ptr == PTR_EMIT))
		return NULL;	/* both: see dec_pointer */
	if (f->ann.dir == DIR_IN)
		return ph_in;
	return f->ann.dir == DIR_OUT ? ph_out : NULL;
}

static void dec_union(struct printer *g, const struct field *f, unsigned int base, unsigned int off)
{
	const struct type *u = f->type;
	const struct annot *a = &f->ann;

	if (!a->select) {	/* no selector a tracer can evaluate: the largest arm */
		const struct field *arm = u->fields[0];

		for (int i = 1; i < u->nfields; i++)
			if (u->fields[i]->type->size[g->abi] > arm->type->size[g->abi])
				arm = u->fields[i];
		if (a->select_hook || !arm->name || arm->type->kind == T_PTR) {
			line(g, "kd_puts(d, \"...\");");
			return;
		}
		line(g, "kd_begin(d, '{');");
		line(g, "kd_field(d, \"%s\");", arm->name);
		dec_value(g, arm, arm->type, off + arm->offset[g->abi]);
		line(g, "kd_end(d, '}');");
		return;
	}
	const struct field *sel = a->select_field;

	line(g, "kd_begin(d, '{');");
	line(g, "switch (kd_get(%s, %u)) {", at(base + sel->offset[g->abi]), sel->type->size[g->abi]);
	for (int i = 0; i < u->nfields; i++) {
		const struct field *arm = u->fields[i];

		if (!arm->ann.has_when)
			continue;
		line(g, "case %lld:\t/* %s */", (long long)arm->ann.when,
		     value_text(arm->ann.when, arm->ann.when_name));
		g->ind++;
		line(g, "kd_field(d, \"%s\");", arm->name);
		if (arm->type->kind == T_PTR)
			dec_pointer(g, arm, off, false);
		else
			dec_value(g, arm, arm->type, off + arm->offset[g->abi]);
		line(g, "break;");
		g->ind--;
	}
	line(g, "default:");
	line(g, "\tkd_sep(d);");
	line(g, "\tkd_puts(d, \"...\");");
	line(g, "}");
	line(g, "kd_end(d, '}');");
}

/* open the block of members printed in one phase, closing the one before */
static const char *phase_block(struct printer *g, const char *open, const char *cond)
{
	if (open == cond)
		return open;
	if (open) {
		g->ind--;
		line(g, "}");
	}
	if (cond) {
		line(g, "if (%s) {", cond);
		g->ind++;
	}
	return cond;
}

/* the members of record t at offset base of p; top: an ioctl argument */
static void dec_members(struct printer *g, const struct type *t, unsigned int base, bool top)
{
	const char *open = NULL;

	for (int i = 0; i < t->nfields; i++) {
		const struct field *f = t->fields[i];
		unsigned int off = base + f->offset[g->abi];
		bool out_ptr = top && f->type->kind == T_PTR &&
			       (f->ann.dir == DIR_OUT || f->ann.ptr == PTR_EMIT);

		if (!f->name && f->type->kind == T_STRUCT) {	/* C11 anonymous member */
			open = phase_block(g, open, NULL);
			dec_members(g, f->type, off, top);
			continue;
		}
		open = phase_block(g, open, top && f->name ? phase_cond(f) : NULL);
		if (f->name && !out_ptr)
			line(g, "kd_field(d, \"%s\");", f->name);
		if (f->type->kind == T_PTR)
			dec_pointer(g, f, base, top);
		else if (f->type->kind == T_UNION)
			dec_union(g, f, base, off);
		else
			dec_value(g, f, f->type, off);
	}
	phase_block(g, open, NULL);
}

static bool is_arg(const struct spec *s, const struct type *t)
{
	for (int i = 0; i < s->nioctls; i++)
		if (s->ioctls[i].arg == t)
			return true;
	return false;
}

static void emit_decoder(struct out *o, const struct spec *s, const struct type *t, int abi)
{
	struct printer g = { .s = s, .abi = abi, .ind = 1, .fn_type = t };
	static const char *const params[] = { "d", "p", "ph" };
	struct out body = { 0 };

	g.o = &body;
	if (t->kind == T_UNION) {
		struct field f = { .name = NULL, .type = (struct type *)t };

		dec_union(&g, &f, 0, 0);
	} else {
		line(&g, "kd_begin(d, '{');");
		dec_members(&g, t, 0, is_arg(s, t));
		line(&g, "kd_end(d, '}');");
	}
	outf(o, "\n%s\n{\n",
	     mark_unused(xasprintf("static void %s(struct kh_dec *d, const unsigned char *p, unsigned int ph)",
				   fn_name("decode", t, abi)), &body, params, 3));
	finish_body(o, &body);
	outf(o, "}\n");
}

/* ---- name tables ---- */

static bool enum_used(const struct spec *s, const struct type *e)
{
	for (int i = 0; i < s->ntypes; i++) {
		const struct type *t = s->types[i];

		if ((t->kind == T_STRUCT || t->kind == T_UNION) && t->reachable)
			for (int j = 0; j < t->nfields; j++)
				if (t->fields[j]->ann.enum_type == e)
					return true;
	}
	return false;
}

static void emit_enum_names(struct out *o, const struct spec *s)
{
	for (int i = 0; i < s->ntypes; i++) {
		const struct type *e = s->types[i];

		if (!e->is_enum || !enum_used(s, e))
			continue;
		outf(o, "\nstatic const struct kd_name kd_names_%s[] = {\n", e->name);
		for (int k = 0; k < e->nenums; k++) {
			bool dup = false;

			for (int j = 0; j < k; j++)
				dup |= e->enums[j].value == e->enums[k].value;
			if (dup)
				continue;
			/* a value with two names (kh_header_id's request and response
			 * headers) shows both: KH_HEADER_FROM/KH_HEADER_SET_COOKIE
			 */
			outf(o, "\t{ %lld, \"%s", (long long)e->enums[k].value, e->enums[k].name);
			for (int j = k + 1; j < e->nenums; j++)
				if (e->enums[j].value == e->enums[k].value)
					outf(o, "/%s", e->enums[j].name);
			outf(o, "\" },\n");
		}
		outf(o, "\t{ 0, NULL },\n};\n");
	}
}

/* a single-token number macro */
static bool macro_value(const struct macro *m, int64_t *v)
{
	if (m->function_like || m->ntoks != 1 || m->toks[0].kind != TK_NUMBER)
		return false;
	*v = m->toks[0].value;
	return true;
}

/*
 * The bits of mask the one-bit macros named pre_* cover, each bit once;
 * with o, a name table row for each.
 */
static uint64_t flag_bits(const struct spec *s, const char *pre, uint64_t mask, struct out *o)
{
	size_t plen = strlen(pre);
	uint64_t covered = 0;

	for (int i = 0; i < s->nmacros; i++) {
		const struct macro *m = &s->macros[i];
		int64_t v;

		if (strncmp(m->name, pre, plen) || m->name[plen] != '_' ||
		    !macro_value(m, &v) || v <= 0 || (v & (v - 1)) ||
		    ((uint64_t)v & ~mask) || ((uint64_t)v & covered))
			continue;
		covered |= (uint64_t)v;
		if (o)
			outf(o, "\t{ 0x%llx, \"%s\" },\n", (long long)v, m->name);
	}
	return covered;
}

/*
 * The names of a KH_FLAGS mask's bits: one-bit macros that share the mask's
 * prefix (KH_SEND_FLAGS_ALL -> KH_SEND_FLAG_*, KH_QUEUE_FLAGS_ALL ->
 * KH_QUEUE_*), trying shorter prefixes until the bits cover the mask.
 */
static void emit_flag_names(struct out *o, const struct spec *s, const struct annot *a,
			    struct out *done)
{
	const char *tab = flags_table(a);
	char *pre = xstrdup(a->flags_name ? a->flags_name : "");
	uint64_t mask = (uint64_t)a->flags_mask;
	size_t n;

	if (uses_ident(done->buf, done->len, tab))
		return;
	outf(done, " %s", tab);
	outf(o, "\nstatic const struct kd_name %s[] = {\n", tab);
	n = strlen(pre);
	if (n > 4 && !strcmp(pre + n - 4, "_ALL"))
		pre[n -= 4] = '\0';
	if (n > 1 && pre[n - 1] == 'S')
		pre[--n] = '\0';
	while (a->flags_name) {
		if (flag_bits(s, pre, mask, NULL) == mask) {
			flag_bits(s, pre, mask, o);
			break;
		}
		char *cut = strrchr(pre, '_');

		if (!cut || cut == strchr(pre, '_'))	/* keep at least "KH_X" */
			break;
		*cut = '\0';
	}
	outf(o, "\t{ 0, NULL },\n};\n");
}

static void flag_fields(struct out *o, const struct spec *s, const struct type *t,
			struct out *done)
{
	for (int j = 0; j < t->nfields; j++)
		if (t->fields[j]->ann.has_flags)
			emit_flag_names(o, s, &t->fields[j]->ann, done);
}

static void emit_all_flag_names(struct out *o, const struct spec *s)
{
	struct out done = { 0 };

	outf(&done, " ");
	for (int i = 0; i < s->ntypes; i++)
		if (s->types[i]->reachable || s->types[i]->anonymous)
			flag_fields(o, s, s->types[i], &done);
}

/* ---- the header: what the kernel and a tracer share ---- */

static int request_id_offset(const struct type *t, int abi)
{
	for (int i = 0; t && i < t->nfields; i++)
		if (t->fields[i]->name && !strcmp(t->fields[i]->name, "request_id") &&
		    t->fields[i]->type->kind == T_INT && t->fields[i]->type->size[abi] == 8)
			return (int)t->fields[i]->offset[abi];
	return -1;
}

static void emit_header(const struct spec *s, const char *dir)
{
	struct out h = { 0 };

	out_banner(&h, s, "decoders of the ioctl arguments for tracers", true);
	outf(&h, "#ifndef KH_DECODE_H\n#define KH_DECODE_H\n\n");
	outf(&h, "#ifdef __KERNEL__\n#include <linux/types.h>\n#else\n#include <stdbool.h>\n"
		 "#include <stddef.h>\n#include <linux/types.h>\n#endif\n\n");
	outf(&h, "#define KH_DECODE_NCMDS %d\n\n", s->nioctls);
	outf(&h, "/* a command as each ABI's caller passes it (index: enum kh_layout_abi) */\n");
	outf(&h, "struct kh_decode_cmd {\n\tconst char *name;\n\t__u32 cmd[3];\n\t__u16 size[3];\n"
		 "\t__s16 request_id_off[3];\t/* -1: no __u64 request_id member */\n};\n\n");
	/* no unused attribute: gcc warns of an unused static const in a header
	 * only at -Wunused-const-variable=2, which neither the kernel nor khtrace uses */
	outf(&h, "static const struct kh_decode_cmd kh_decode_cmds[KH_DECODE_NCMDS] = {\n");
	for (int i = 0; i < s->nioctls; i++) {
		const struct ioctl_def *io = &s->ioctls[i];

		outf(&h, "\t{\n\t\t.name = \"%s\",\n\t\t.cmd = { 0x%08xU, 0x%08xU, 0x%08xU },\n"
			 "\t\t.size = { %u, %u, %u },\n\t\t.request_id_off = { %d, %d, %d },\n\t},\n",
		     io->name, io->cmd[0], io->cmd[1], io->cmd[2],
		     io->arg ? io->arg->size[0] : 0, io->arg ? io->arg->size[1] : 0,
		     io->arg ? io->arg->size[2] : 0, request_id_offset(io->arg, 0),
		     request_id_offset(io->arg, 1), request_id_offset(io->arg, 2));
	}
	outf(&h, "};\n\n");
	outf(&h, "/* the index of a command in kh_decode_cmds for a caller of ABI abi, or -1 */\n");
	outf(&h, "static inline int kh_decode_find(__u32 cmd, int abi)\n{\n");
	outf(&h, "\tfor (int i = 0; i < KH_DECODE_NCMDS; i++)\n");
	outf(&h, "\t\tif (abi >= 0 && abi < 3 && kh_decode_cmds[i].cmd[abi] == cmd)\n");
	outf(&h, "\t\t\treturn i;\n\treturn -1;\n}\n\n");
	outf(&h, "#ifndef __KERNEL__\n");
	outf(&h, "struct kh_dec;\n\n");
	outf(&h, "/*\n * Print the argument of command idx at the caller's address addr into d:\n"
		 " * ph KD_IN on entry (the members going in), KD_OUT on exit (those coming\n"
		 " * back; set d->err to the call's errno first). An unreadable argument\n"
		 " * prints as its address.\n */\n");
	outf(&h, "void kh_decode_arg(struct kh_dec *d, int idx, __u64 addr, unsigned int ph);\n");
	outf(&h, "/* the phases (KD_IN, KD_OUT) in which command idx has anything to print */\n");
	outf(&h, "unsigned int kh_decode_phases(int idx);\n");
	outf(&h, "/* does the kernel copy results back for this errno (0: success)? */\n");
	outf(&h, "bool kh_decode_copies_back(int idx, int err);\n");
	outf(&h, "#endif\n\n#endif /* KH_DECODE_H */\n");
	out_write(&h, dir, "kh_decode.h");
}

/* ---- the entry points of kh_decode.c ---- */

static unsigned int phases(const struct type *t)
{
	unsigned int ph = 0;

	for (int i = 0; t && i < t->nfields; i++) {
		const struct field *f = t->fields[i];

		if (f->type->kind == T_PTR && (f->ann.dir == DIR_OUT || f->ann.ptr == PTR_EMIT))
			ph |= 3;
		else if (f->ann.dir == DIR_IN)
			ph |= 1;
		else
			ph |= f->ann.dir == DIR_OUT ? 2 : 3;
	}
	return ph;
}

static void emit_api(struct out *c, const struct spec *s)
{
	outf(c, "\ntypedef void (*kd_fn)(struct kh_dec *d, const unsigned char *p, unsigned int ph);\n");
	outf(c, "\nstatic const struct {\n\tkd_fn fn[3];\n\tunsigned int phases;\n"
		"\tbool always;\n\tint errs[4];\n} kd_args[KH_DECODE_NCMDS] = {\n");
	for (int i = 0; i < s->nioctls; i++) {
		const struct ioctl_def *io = &s->ioctls[i];

		outf(c, "\t{\t/* %s */\n", io->name);
		if (io->arg)
			outf(c, "\t\t.fn = { %s, %s, %s },\n", fn_name("decode", io->arg, 0),
			     fn_name("decode", io->arg, 1), fn_name("decode", io->arg, 2));
		outf(c, "\t\t.phases = %u,\n", phases(io->arg));
		if (io->copyback == CB_ALWAYS)
			outf(c, "\t\t.always = true,\n");
		if (io->ncopyback_errs) {
			outf(c, "\t\t.errs = {");
			for (int e = 0; e < io->ncopyback_errs; e++)
				outf(c, " %s,", io->copyback_errs[e]);
			outf(c, " },\n");
		}
		outf(c, "\t},\n");
	}
	outf(c, "};\n");
	outf(c, "\nvoid kh_decode_arg(struct kh_dec *d, int idx, __u64 addr, unsigned int ph)\n{\n"
		"\tkd_fn fn = kd_args[idx].fn[d->abi];\n"
		"\tunsigned char *p = fn ? kd_fetch(d, addr, kh_decode_cmds[idx].size[d->abi]) : NULL;\n\n"
		"\tif (p)\n\t\tfn(d, p, ph);\n\telse\n\t\tkd_ptr(d, addr);\n"
		"\tkd_free(p);\n}\n");
	outf(c, "\nunsigned int kh_decode_phases(int idx)\n{\n\treturn kd_args[idx].phases;\n}\n");
	outf(c, "\nbool kh_decode_copies_back(int idx, int err)\n{\n"
		"\tif (!err || kd_args[idx].always)\n\t\treturn true;\n"
		"\tfor (int i = 0; i < 4 && kd_args[idx].errs[i]; i++)\n"
		"\t\tif (kd_args[idx].errs[i] == err)\n\t\t\treturn true;\n\treturn false;\n}\n");
}

void emit_decoders(const struct spec *s, const char *dir)
{
	struct out c = { 0 };

	emit_header(s, dir);
	out_banner(&c, s, "decoders of the ioctl arguments for tracers", true);
	outf(&c, "#include <errno.h>\n#include <stdbool.h>\n#include <stddef.h>\n\n");
	outf(&c, "#include \"kh_decode.h\"\n#include \"kh_decode_rt.h\"\n");
	emit_enum_names(&c, s);
	emit_all_flag_names(&c, s);
	outf(&c, "\n");
	for (int a = 0; a < KH_LAYOUT_NABI; a++)
		for (int i = 0; i < s->ntypes; i++)
			if (wants_thunks(s->types[i]))
				/* unused: a record seen only behind a driver hook */
				outf(&c, "static void %s(struct kh_dec *d, const unsigned char *p, "
					 "unsigned int ph) __attribute__((unused));\n",
				     fn_name("decode", s->types[i], a));
	for (int a = 0; a < KH_LAYOUT_NABI; a++) {
		outf(&c, "\n/* ---- %s (%s) ---- */\n", abis[a].name, abi_enum[a]);
		for (int i = 0; i < s->ntypes; i++)
			if (wants_thunks(s->types[i]))
				emit_decoder(&c, s, s->types[i], a);
	}
	emit_api(&c, s);
	out_write(&c, dir, "kh_decode.c");
}
