// SPDX-License-Identifier: GPL-2.0 OR MIT
/* Errors with positions and allocation that cannot fail. */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "model.h"

static void vreport(const char *what, struct pos p, const char *fmt, va_list ap)
{
	if (p.file)
		fprintf(stderr, "%s:%d:%d: %s: ", p.file, p.line, p.col, what);
	else
		fprintf(stderr, "thunkgen: %s: ", what);
	vfprintf(stderr, fmt, ap);
	fputc('\n', stderr);
}

void die_at(struct pos p, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vreport("error", p, fmt, ap);
	va_end(ap);
	exit(1);
}

static void *check(void *p)
{
	if (!p) {
		fputs("thunkgen: out of memory\n", stderr);
		exit(2);
	}
	return p;
}

void *xcalloc(size_t n, size_t size)
{
	return check(calloc(n ? n : 1, size ? size : 1));
}

void *xrealloc_array(void *p, size_t n, size_t size)
{
	return check(realloc(p, n * size));
}

char *xstrdup(const char *s)
{
	return check(strdup(s));
}

/* NULL when out of memory: the caller decides */
char *try_vasprintf(const char *fmt, va_list ap)
{
	char *s;

	return vasprintf(&s, fmt, ap) < 0 ? NULL : s;
}

char *xasprintf(const char *fmt, ...)
{
	va_list ap;
	char *s;

	va_start(ap, fmt);
	s = try_vasprintf(fmt, ap);
	va_end(ap);
	return check(s);
}
