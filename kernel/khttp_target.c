// SPDX-License-Identifier: GPL-2.0
/*
 * khttp: the host, path and query of a request, from its target and Host
 * header (RFC 9112 3.2, 3.3): an absolute-form target names the host
 * itself; without any host the local address stands in.
 */
#include <linux/kernel.h>
#include <linux/string.h>
#include "khttp_internal.h"

static void split_path(const char *s, size_t len, struct khttp_target *t)
{
	const char *q = memchr(s, '?', len);

	t->path = s;
	t->path_len = q ? (size_t)(q - s) : len;
	t->query = q;
	t->query_len = q ? len - t->path_len : 0;
}

/**
 * khttp_target_parse() - a request's host, path and query
 * @p: the parsed request
 * @c: its connection (the local address stands in for a missing host)
 * @t: out: the target
 *
 * Return: 0
 */
int khttp_target_parse(const struct khttp_parsed *p, const struct khttp_conn *c,
		       struct khttp_target *t)
{
	const struct khttp_hdr *host = khttp_parsed_header(p, KH_HEADER_HOST);

	memset(t, 0, sizeof(*t));
	if (p->target[0] == '/' || p->target[0] == '*') {
		split_path(p->target, p->target_len, t);
		if (host) {
			t->host = host->value;
			t->host_len = host->value_len;
		}
	} else {	/* http://authority[/path][?query], checked by the parser */
		const char *a = p->target + 7, *end = p->target + p->target_len, *s = a;

		while (s < end && *s != '/' && *s != '?')
			s++;
		t->host = a;
		t->host_len = s - a;
		split_path(s, end - s, t);
		if (!t->path_len) {	/* an empty path is "/" */
			t->path = "/";
			t->path_len = 1;
		}
	}
	if (!t->host_len) {
		t->host_len = scnprintf(t->host_buf, sizeof(t->host_buf), "%pISpc",
					&c->local);
		t->host = t->host_buf;
	}
	return 0;
}

static size_t put_part(char *buf, size_t at, size_t room, const char *s, size_t len)
{
	len = min(len, room - at);
	memcpy(buf + at, s, len);
	return at + len;
}

/**
 * khttp_target_url() - a target as a full URL
 * @t: the target
 * @buf: where the URL goes
 * @cap: room in buf
 *
 * "http://host/path?query": the cooked full URL and the cache's key, as scnprintf would
 * make it (cut at cap - 1, NUL-terminated; its length) but by memcpy: it is built for
 * every request.
 *
 * Return: the length written
 */
size_t khttp_target_url(const struct khttp_target *t, char *buf, size_t cap)
{
	size_t n, room;

	if (!cap)
		return 0;
	room = cap - 1;
	n = put_part(buf, 0, room, "http://", 7);
	n = put_part(buf, n, room, t->host, t->host_len);
	n = put_part(buf, n, room, t->path, t->path_len);
	n = put_part(buf, n, room, t->query, t->query_len);
	buf[n] = 0;
	return n;
}
