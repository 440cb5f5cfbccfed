// SPDX-License-Identifier: GPL-2.0
/*
 * khttp: the host, path and query of a request, from its target and Host
 * header (RFC 9112 3.2, 3.3): an absolute-form target names the host
 * itself; without any host the local address stands in.
 */
#include <linux/kernel.h>
#include <linux/string.h>
#include "khttp_internal.h"

static void split_path(const char *s, size_t len, struct kh_target *t)
{
	const char *q = memchr(s, '?', len);

	t->path = s;
	t->path_len = q ? (size_t)(q - s) : len;
	t->query = q;
	t->query_len = q ? len - t->path_len : 0;
}

int khttp_target(const struct kh_parsed *p, const struct kh_conn *c,
		 struct kh_target *t)
{
	const struct kh_hdr *host = khttp_parsed_header(p, KH_HEADER_HOST);

	memset(t, 0, sizeof(*t));
	if (p->target[0] == '/' || p->target[0] == '*') {
		split_path(p->target, p->target_len, t);
		if (host) {
			t->host = host->value;
			t->host_len = host->value_len;
		}
	} else {	/* http://authority/path */
		const char *a = p->target + 7, *end = p->target + p->target_len;
		const char *slash = memchr(a, '/', end - a);

		t->host = a;
		t->host_len = (slash ? slash : end) - a;
		if (slash)
			split_path(slash, end - slash, t);
		else
			split_path("/", 1, t);
	}
	if (!t->host_len) {
		t->host_len = scnprintf(t->host_buf, sizeof(t->host_buf), "%pISpc",
					&c->local);
		t->host = t->host_buf;
	}
	return 0;
}

/* "http://host/path?query": the cooked full URL and the cache's key */
size_t khttp_target_url(const struct kh_target *t, char *buf, size_t cap)
{
	return scnprintf(buf, cap, "http://%.*s%.*s%.*s", (int)t->host_len, t->host,
			 (int)t->path_len, t->path, (int)t->query_len, t->query);
}
