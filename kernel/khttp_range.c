// SPDX-License-Identifier: GPL-2.0
/*
 * khttp: byte ranges (RFC 9110 14), one parser and one way to answer them
 * for both the response cache and a worker's complete 200: a 206 with
 * Content-Range for one range, multipart/byteranges for several, 416 when
 * none can be satisfied. The answer slices the body's segments (memory,
 * file ranges, a cached body): the bytes are not copied for it.
 *
 * Like nginx, a Range the kernel cannot take whole (bad syntax, more than
 * KHTTP_RANGES_MAX ranges, ranges that add up to more than the body, i.e.
 * overlap) is ignored: the answer is the whole 200.
 */
#include <linux/ctype.h>
#include <linux/kernel.h>
#include <linux/mm.h>
#include <linux/random.h>
#include <linux/slab.h>
#include <linux/string.h>
#include "khttp_internal.h"

static const char *ows(const char *p, const char *end)
{
	while (p < end && (*p == ' ' || *p == '\t'))
		p++;
	return p;
}

static bool number(const char **pp, const char *end, u64 *v)
{
	const char *p = *pp;

	*v = 0;
	if (p == end || !isdigit(*p))
		return false;
	for (; p < end && isdigit(*p); p++) {
		if (*v > (U64_MAX - 9) / 10)
			return false;
		*v = *v * 10 + (*p - '0');
	}
	*pp = p;
	return true;
}

/* one range-spec at *pp: first-last, first- or -suffix; false on bad syntax */
static bool range_spec(const char **pp, const char *end, u64 *a, u64 *b, bool *suffix,
		       bool *open)
{
	const char *p = *pp;

	*suffix = false;
	*open = false;
	if (*p == '-') {
		p++;
		*suffix = true;
		if (!number(&p, end, b))
			return false;
	} else {
		if (!number(&p, end, a) || p == end || *p++ != '-')
			return false;
		if (p < end && isdigit(*p)) {
			if (!number(&p, end, b) || *b < *a)
				return false;
		} else {
			*open = true;
		}
	}
	*pp = p;
	return true;
}

/**
 * khttp_ranges() - the byte ranges of a Range header
 * @v: the header's value
 * @len: its length
 * @size: the body's size
 * @r: out: up to KHTTP_RANGES_MAX ranges
 *
 * Return: n > 0 ranges, 0 to answer with the whole body, or -1 for a 416
 */
int khttp_ranges(const char *v, size_t len, u64 size, struct khttp_range *r)
{
	const char *p = v, *end = v + len;
	int n = 0, seen = 0;
	u64 sum = 0;

	if (!v || len < 6 || strncasecmp(v, "bytes=", 6))
		return 0;
	for (p += 6;;) {
		bool suffix, open;
		u64 a = 0, b = 0;

		p = ows(p, end);
		if (p < end && *p == ',') {	/* empty list elements are allowed */
			p++;
			continue;
		}
		if (p == end)
			break;
		if (!range_spec(&p, end, &a, &b, &suffix, &open))
			return 0;
		p = ows(p, end);
		if (p < end && *p++ != ',')
			return 0;
		if (++seen > KHTTP_RANGES_MAX)
			return 0;
		if (suffix) {
			if (!b || !size)
				continue;
			a = b >= size ? 0 : size - b;
			b = size - 1;
		} else {
			if (a >= size)
				continue;	/* not satisfiable: the others may be */
			if (open || b >= size)
				b = size - 1;
		}
		r[n].first = a;
		r[n].last = b;
		sum += b - a + 1;
		n++;
	}
	if (!seen)
		return 0;
	if (!n)
		return -1;
	return n > 1 && sum > size ? 0 : n;
}

/* the value of the head's Content-Type line, if any */
static const char *content_type(const char *head, size_t len, size_t *vlen)
{
	const char *p = strnstr(head, "\r\n", len), *end = head + len;

	while (p && p + 2 < end) {
		const char *eol;

		p += 2;
		eol = strnstr(p, "\r\n", end - p);
		if (!eol)
			break;
		if (eol - p > 13 && !strncasecmp(p, "Content-Type:", 13)) {
			const char *v = ows(p + 13, eol);

			*vlen = eol - v;
			return v;
		}
		p = eol;
	}
	*vlen = 0;
	return NULL;
}

static bool line_is(const char *p, size_t line, const char *name)
{
	size_t n = strlen(name);

	return line >= n && !strncasecmp(p, name, n);
}

/**
 * khttp_plan_head_lines() - plan the lines of a head a filter keeps
 * @out: the plan
 * @head: a status line and header lines
 * @len: their length
 * @keep: the filter
 * @arg: keep's last argument
 *
 * Return: 0, or a negative errno
 */
int khttp_plan_head_lines(struct khttp_plan *out, const char *head, size_t len,
			  bool (*keep)(const char *line, size_t len, bool arg), bool arg)
{
	const char *p = strnstr(head, "\r\n", len), *end = head + len;
	int err = 0;

	if (!p)
		return -EINVAL;
	for (p += 2; p < end && !err; ) {
		const char *eol = strnstr(p, "\r\n", end - p);
		size_t line = eol ? eol + 2 - p : end - p;

		if (keep(p, line, arg))
			err = khttp_plan_mem(out, p, line);
		p += line;
	}
	return err;
}

/* the 206's lines: no worker's Accept-Ranges (it has its own), no Content-Type if multi */
static bool range_keeps(const char *p, size_t line, bool multi)
{
	return !(multi && line_is(p, line, "Content-Type:")) &&
	       !line_is(p, line, "Accept-Ranges:");
}

/**
 * khttp_304_keeps() - whether a 304 repeats a line of the 200
 * @p: the header line
 * @line: its length
 * @unused: (the filter's argument)
 *
 * What a 304 repeats of the 200 (RFC 9110 15.4.5)
 *
 * Return: true to keep the line
 */
bool khttp_304_keeps(const char *p, size_t line, bool unused)
{
	static const char *const names[] = {
		"Cache-Control:", "Content-Location:", "ETag:", "Expires:", "Vary:",
		"Last-Modified:",
	};
	size_t i;

	for (i = 0; i < ARRAY_SIZE(names); i++)
		if (line_is(p, line, names[i]))
			return true;
	return false;
}

/* scratch text, sized by its caller */
struct khttp_text {
	char *buf;
	size_t len, cap;
};

static __printf(3, 4) const char *text(struct khttp_text *t, size_t *n, const char *fmt, ...)
{
	char *at = t->buf + t->len;
	va_list ap;

	va_start(ap, fmt);
	*n = vscnprintf(at, t->cap - t->len, fmt, ap);
	va_end(ap);
	t->len += *n;
	return at;
}

/**
 * khttp_range_plan() - plan a 206 or a 416
 * @out: the plan
 * @scratch: out: memory the plan points into (kvfree() it)
 * @a: the ranges and the full response
 *
 * Return: 0, or a negative errno
 */
int khttp_range_plan(struct khttp_plan *out, char **scratch, const struct khttp_range_answer *a)
{
	const char *part[KHTTP_RANGES_MAX], *ctype, *s;
	size_t part_len[KHTTP_RANGES_MAX], clen, len;
	bool multi = a->n > 1;
	char boundary[20];
	struct khttp_text t;
	u64 body = 0;
	int i, err;

	ctype = content_type(a->head, a->head_len, &clen);
	t.cap = 384 + (multi ? a->n * (128 + clen) : 0);
	t.len = 0;
	/* a part head per range, each with the worker's Content-Type: up to ~1 MiB */
	t.buf = kvmalloc(t.cap, GFP_KERNEL_ACCOUNT);
	*scratch = t.buf;
	if (!t.buf)
		return -ENOMEM;
	scnprintf(boundary, sizeof(boundary), "%016llx", get_random_u64());
	for (i = 0; multi && i < a->n; i++) {	/* the parts' heads: the length counts them */
		part[i] = text(&t, &part_len[i],
			       "\r\n--%s\r\n%s%.*s%sContent-Range: bytes %llu-%llu/%llu\r\n\r\n",
			       boundary, ctype ? "Content-Type: " : "", (int)clen, ctype ?: "",
			       ctype ? "\r\n" : "", a->r[i].first, a->r[i].last, a->size);
		body += part_len[i] + a->r[i].last - a->r[i].first + 1;
	}
	if (multi)
		body += 4 + strlen(boundary) + 4;	/* "\r\n--" boundary "--\r\n" */
	else if (a->n == 1)
		body = a->r[0].last - a->r[0].first + 1;
	s = a->n > 0 ? text(&t, &len, "HTTP/1.1 206 Partial Content\r\n") :
		       text(&t, &len, "HTTP/1.1 416 Range Not Satisfiable\r\n");
	err = khttp_plan_mem(out, s, len);
	if (a->date) {
		len = khttp_put_date(t.buf + t.len, t.cap - t.len);
		err = err ?: khttp_plan_mem(out, t.buf + t.len, len);
		t.len += len;
	}
	err = err ?: khttp_plan_head_lines(out, a->head, a->head_len, range_keeps, multi);
	if (multi)
		s = text(&t, &len, "Accept-Ranges: bytes\r\n"
			 "Content-Type: multipart/byteranges; boundary=%s\r\n", boundary);
	else if (a->n == 1)
		s = text(&t, &len,
			 "Accept-Ranges: bytes\r\nContent-Range: bytes %llu-%llu/%llu\r\n",
			 a->r[0].first, a->r[0].last, a->size);
	else
		s = text(&t, &len, "Accept-Ranges: bytes\r\nContent-Range: bytes */%llu\r\n",
			 a->size);
	err = err ?: khttp_plan_mem(out, s, len);
	s = text(&t, &len, "Content-Length: %llu\r\n%s\r\n", body, a->conn);
	err = err ?: khttp_plan_mem(out, s, len);
	if (err || a->n <= 0 || a->head_only)
		return err;
	for (i = 0; i < a->n && !err; i++) {
		if (multi)
			err = khttp_plan_mem(out, part[i], part_len[i]);
		err = err ?: khttp_plan_slice(out, a->body, a->r[i].first,
					      a->r[i].last - a->r[i].first + 1);
	}
	if (multi && !err) {
		s = text(&t, &len, "\r\n--%s--\r\n", boundary);
		err = khttp_plan_mem(out, s, len);
	}
	return err;
}
