// SPDX-License-Identifier: GPL-2.0 OR MIT
/* Helpers shared by the code emitters: names, types and indentation. */
#include <ctype.h>
#include <stdlib.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "cg.h"

const char *view_type(const struct type *t, int abi)
{
	if (abi == ABI_X86_64 || !type_needs_xlate(t))
		return xasprintf("%s %s", record_kw(t), t->name);
	return xasprintf("%s %s%s", record_kw(t), t->name, abis[abi].suffix);
}

const char *fn_name(const char *what, const struct type *t, int abi)
{
	return xasprintf("kh_%s_%s%s", what, t->name, abis[abi].suffix);
}

void line(struct cg *g, const char *fmt, ...)
{
	va_list ap;
	char *s;

	va_start(ap, fmt);
	if (vasprintf(&s, fmt, ap) < 0)
		s = NULL;
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
	if (abi == ABI_X86_64)
		return native_type(t);
	if (t->kind == T_PTR)
		return "kh_uptr32_t";
	if (t->prim == PRIM_LONG || (t->prim == PRIM_KLONG && abi == ABI_I386))
		return t->is_signed ? "__s32" : "__u32";
	return native_type(t);
}

const char *uaddr_expr(int abi, const char *member)
{
	if (abi == ABI_X86_64)
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

const char *ioctl_abi_macro(const struct ioctl_def *io, int abi)
{
	return xasprintf("%s%s", io->name,
			 abi == ABI_X86_64 ? "_X86_64" : abi == ABI_I386 ? "_IA32" : "_X32");
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
		if (i + n < len && (isalnum((unsigned char)text[i + n]) || text[i + n] == '_'))
			continue;
		return true;
	}
	return false;
}

void finish_body(struct out *o, const struct out *body, const char *const *params, int n)
{
	bool any = false;

	for (int i = 0; i < n; i++)
		if (!body->len || !uses_ident(body->buf, body->len, params[i])) {
			outf(o, "\t(void)%s;\n", params[i]);
			any = true;
		}
	if (any && body->len)
		outf(o, "\n");
	if (body->len)
		outf(o, "%.*s", (int)body->len, body->buf);
}
