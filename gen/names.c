// SPDX-License-Identifier: GPL-2.0 OR MIT
/* Names and C spellings in generated code, and the printer the writers share. */
#include <ctype.h>
#include <stdlib.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "driver.h"
#include "names.h"

const char *view_type(const struct type *t, int abi)
{
	if (abi == KH_LAYOUT_X86_64 || !type_needs_xlate(t))
		return xasprintf("%s %s", record_kw(t), t->name);
	return xasprintf("%s %s%s", record_kw(t), t->name, abis[abi].suffix);
}

/*
 * name without the prefix the generated function names start with anyway:
 * kh_, or under --driver PREFIX the driver's own PREFIX_ (kh_ becomes it),
 * so kh_entry_ + DEMODRV_IOC_BATCH is demodrv_entry_ioc_batch
 */
static const char *unprefixed(const char *name)
{
	size_t n = driver_prefix ? strlen(driver_prefix) : 0;

	if (!strncasecmp(name, "kh_", 3))
		return name + 3;
	if (n && !strncasecmp(name, driver_prefix, n) && name[n] == '_' && name[n + 1])
		return name + n + 1;
	return name;
}

const char *short_name(const struct type *t)
{
	return unprefixed(t->name);
}

const char *fn_name(const char *what, const struct type *t, int abi)
{
	return xasprintf("kh_%s_%s%s", what, short_name(t), abis[abi].suffix);
}

void line(struct printer *g, const char *fmt, ...)
{
	va_list ap;
	char *s;

	va_start(ap, fmt);
	s = try_vasprintf(fmt, ap);
	va_end(ap);
	if (s && *s)
		outf(g->o, "%.*s%s\n", g->ind, "\t\t\t\t\t\t\t\t\t\t\t\t", s);
	else
		outf(g->o, "\n");
	free(s);
}

const char *native_type(const struct type *t)
{
	if (t->kind == T_STRUCT || t->kind == T_UNION)
		return xasprintf("%s %s", record_kw(t), t->name);
	if (t->is_enum)
		return "__u32";
	return t->name;
}

const char *view_scalar(const struct type *t, int abi)
{
	if (abi == KH_LAYOUT_X86_64)
		return native_type(t);
	if (t->kind == T_PTR)
		return "kh_uptr32_t";
	/* a real header's typedef that is another type per ABI: loop.h's
	 * __kernel_old_dev_t is unsigned long on x86_64, unsigned short on i386 */
	if (t->kind == T_INT && t->size[abi] != t->size[KH_LAYOUT_X86_64]) {
		switch (t->size[abi]) {
		case 1:
			return t->is_signed ? "__s8" : "__u8";
		case 2:
			return t->is_signed ? "__s16" : "__u16";
		case 4:
			return t->is_signed ? "__s32" : "__u32";
		}
	}
	if (t->prim == PRIM_LONG || (t->prim == PRIM_KLONG && abi == KH_LAYOUT_IA32))
		return t->is_signed ? "__s32" : "__u32";
	return native_type(t);
}

const char *uaddr_expr(int abi, const char *member)
{
	if (abi == KH_LAYOUT_X86_64)
		return xasprintf("kh_native_uaddr(%s)", member);
	return xasprintf("kh_compat_uaddr(%s)", member);
}

char *sibling_expr(const char *prefix, const struct field *ref)
{
	return xasprintf("%s%s", prefix, ref->name);
}

bool is_record(const struct type *t)
{
	return t->kind == T_STRUCT || t->kind == T_UNION;
}

bool wants_thunks(const struct type *t)
{
	return is_top_type(t) && t->reachable;
}

const char *ioctl_lower(const struct ioctl_def *io)
{
	char *s = xstrdup(io->name);

	for (char *p = s; *p; p++)
		*p = (char)tolower((unsigned char)*p);
	return s;
}

const char *entry_name(const struct ioctl_def *io, int abi)
{
	return xasprintf("kh_entry_%s%s", unprefixed(ioctl_lower(io)), abis[abi].suffix);
}

const char *ioctl_abi_macro(const struct ioctl_def *io, int abi)
{
	return xasprintf("%s%s", io->name,
			 abi == KH_LAYOUT_X86_64 ? "_X86_64" : abi == KH_LAYOUT_IA32 ? "_IA32" : "_X32");
}

const char *value_text(int64_t v, const char *name)
{
	return name ? name : xasprintf("%lld", (long long)v);
}

bool uses_ident(const char *text, size_t len, const char *id)
{
	size_t n = strlen(id);

	for (size_t i = 0; i + n <= len; i++) {
		if (memcmp(text + i, id, n))
			continue;
		if (i > 0 && (isalnum((unsigned char)text[i - 1]) || text[i - 1] == '_'))
			continue;
		/* a member (src->k, view.v) is not the local of that name */
		if (i > 0 && (text[i - 1] == '.' || (i > 1 && text[i - 1] == '>' && text[i - 2] == '-')))
			continue;
		if (i + n < len && (isalnum((unsigned char)text[i + n]) || text[i + n] == '_'))
			continue;
		return true;
	}
	return false;
}

char *mark_unused(const char *sig, const struct out *body, const char *const *params, int n)
{
	char *r = xstrdup(sig);

	for (int i = 0; i < n; i++) {
		size_t len = strlen(params[i]);

		if (body->len && uses_ident(body->buf, body->len, params[i]))
			continue;
		for (char *p = r; (p = strstr(p, params[i])); p += len) {
			if (p > r && (isalnum((unsigned char)p[-1]) || p[-1] == '_'))
				continue;
			if (p[len] != ',' && p[len] != ')')
				continue;
			r = xasprintf("%.*s __maybe_unused%s", (int)(p - r + len), r, p + len);
			break;
		}
	}
	return r;
}

/* lines of text that start at exactly ind tabs: its statements, roughly */
static int statements(const struct out *text, int ind)
{
	int n = 0;

	for (size_t i = 0; i < text->len; ) {
		size_t tabs = strspn(text->buf + i, "\t");
		const char *nl = memchr(text->buf + i, '\n', text->len - i);

		if ((int)tabs == ind && text->buf[i + tabs] != '\n')
			n++;
		if (!nl)
			break;
		i = (size_t)(nl - text->buf) + 1;
	}
	return n;
}

void block(struct printer *g, const char *head, const struct out *body)
{
	bool braces = statements(body, g->ind + 1) != 1;

	line(g, "%s%s", head, braces ? " {" : "");
	finish_body(g->o, body);
	if (braces)
		line(g, "}");
}

struct out *block_begin(struct printer *g, struct out *body)
{
	struct out *saved = g->o;

	*body = (struct out){ 0 };
	g->o = body;
	g->ind++;
	return saved;
}

void block_end(struct printer *g, struct out *saved, const char *head, const struct out *body)
{
	g->ind--;
	g->o = saved;
	block(g, head, body);
}

void finish_body(struct out *o, const struct out *body)
{
	if (body->len)
		outf(o, "%.*s", (int)body->len, body->buf);
}

const char *const abi_enum[KH_LAYOUT_NABI] = { "KH_LAYOUT_X86_64", "KH_LAYOUT_IA32",
						 "KH_LAYOUT_X32" };

/* pointee types of KH_EMIT members: what the core hands to *_to_user */
bool is_emit_target(const struct spec *s, const struct type *t)
{
	for (int i = 0; i < s->ntypes; i++)
		for (int j = 0; j < s->types[i]->nfields; j++) {
			const struct field *f = s->types[i]->fields[j];

			if (f->type->kind == T_PTR && f->ann.ptr == PTR_EMIT && f->type->pointee == t)
				return true;
		}
	return false;
}

const char *core_name(const struct ioctl_def *io)
{
	return xasprintf("%s_core", ioctl_lower(io));
}

const char *count_text(const struct type *array)
{
	return array->count_name ? array->count_name : xasprintf("%u", array->count);
}

const char *size_of(const char *t)
{
	return strcmp(t, "char") ? xasprintf("sizeof(%s)", t) : "1";
}

const char *align_of(const char *t)
{
	return strcmp(t, "char") ? xasprintf("_Alignof(%s)", t) : "1";
}

const char *kernel_align_of(const char *t)
{
	return strcmp(t, "char") ? xasprintf("__alignof__(%s)", t) : "1";
}

const char *bytes_of(const char *n, const char *t)
{
	if (!strcmp(t, "char"))
		return xasprintf("(size_t)(%s)", n);
	return xasprintf("(size_t)(%s) * sizeof(%s)", n, t);
}
