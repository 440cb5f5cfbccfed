// SPDX-License-Identifier: GPL-2.0
/* tests/host: see http_check.h */
#include "kshim.h"
#include "khttp_internal.h"
#include "http_check.h"

static void hc_fail(const char *what, const char *in, size_t n, long a, long b)
{
	fprintf(stderr, "http_check: %s differs: %ld != %ld on %zu bytes: \"", what, a, b, n);
	for (size_t i = 0; i < n && i < 300; i++)
		fprintf(stderr, isprint((unsigned char)in[i]) ? "%c" : "\\x%02x",
			(unsigned char)in[i]);
	fprintf(stderr, "\"\n");
	abort();
}

/* the parts of a parsed request that must not depend on how it arrived */
static void hc_same(const struct khttp_parsed *a, const char *abuf, const struct khttp_parsed *b,
		    const char *bbuf, const char *in, size_t n)
{
#define SAME(f) do { if ((long)a->f != (long)b->f) hc_fail(#f, in, n, (long)a->f, (long)b->f); } while (0)
	SAME(method_len);
	SAME(target_len);
	SAME(verb);
	SAME(major);
	SAME(minor);
	SAME(nhdr);
	SAME(ntrailer);
	SAME(header_len);
	SAME(chunked);
	SAME(has_length);
	SAME(keep_alive);
	SAME(expect_continue);
	SAME(content_length);
	SAME(body_len);
	SAME(total_len);
	if (a->method && (a->method - abuf != b->method - bbuf))
		hc_fail("method offset", in, n, a->method - abuf, b->method - bbuf);
	for (int i = 0; i < a->nhdr; i++) {
		if (a->hdr[i].name - abuf != b->hdr[i].name - bbuf ||
		    a->hdr[i].value_len != b->hdr[i].value_len || a->hdr[i].id != b->hdr[i].id)
			hc_fail("header", in, n, i, -1);
	}
	if (a->body_len && memcmp(a->body, b->body, a->body_len))
		hc_fail("body bytes", in, n, (long)a->body_len, -1);
#undef SAME
}

static bool hc_partial(int ret)
{
	return ret == KHTTP_PARSE_MORE || ret == KHTTP_PARSE_HEADERS;
}

/* what a result promises: everything it points at is inside the bytes given */
static void hc_sane(const struct khttp_parsed *p, const char *buf, size_t n, int ret, const char *in)
{
	if (ret < 0) {
		if (ret > -400 || ret < -599)
			hc_fail("error status", in, n, ret, -400);
		return;
	}
	if (ret != KHTTP_PARSE_DONE)
		return;
	if (p->header_len > n || p->total_len > n || p->total_len < p->header_len)
		hc_fail("lengths", in, n, (long)p->total_len, (long)n);
	if (p->method < buf || p->method + p->method_len > buf + p->header_len)
		hc_fail("method inside the head", in, n, p->method - buf, (long)p->header_len);
	if (p->target < buf || p->target + p->target_len > buf + p->header_len)
		hc_fail("target inside the head", in, n, p->target - buf, (long)p->header_len);
	if (p->nhdr < 0 || p->nhdr > KHTTP_PARSE_MAX_HEADERS)
		hc_fail("nhdr", in, n, p->nhdr, KHTTP_PARSE_MAX_HEADERS);
	for (int i = 0; i < p->nhdr; i++)
		if (p->hdr[i].value < buf || p->hdr[i].value + p->hdr[i].value_len > buf + n)
			hc_fail("header value inside", in, n, i, -1);
	if (p->body_len && (p->body < buf || p->body + p->body_len > buf + n))
		hc_fail("body inside", in, n, (long)p->body_len, -1);
}

int hc_parse_both_ways(const char *in, size_t n, int moving)
{
	static struct khttp_parsed whole, inc;
	char *wbuf = malloc(n ? n : 1), *ibuf = NULL;
	int ret, iret = KHTTP_PARSE_MORE;
	size_t i;

	memcpy(wbuf, in, n);
	memset(&whole, 0, sizeof(whole));
	ret = khttp_parse(wbuf, n, HC_MAX_HEADER, HC_MAX_BODY, HC_BODY_CAP, &whole);
	hc_sane(&whole, wbuf, n, ret, in);

	memset(&inc, 0, sizeof(inc));
	if (!moving)
		ibuf = malloc(n ? n : 1);
	for (i = 1; i <= n && hc_partial(iret); i++) {
		if (moving) {	/* the buffer grew and moved: exactly i bytes, ASan sees past them */
			char *nb = malloc(i);

			memcpy(nb, in, i);
			if (ibuf && i > 1)
				memcpy(nb, ibuf, i - 1);	/* with what the parser did to them */
			free(ibuf);
			ibuf = nb;
		} else {
			ibuf[i - 1] = in[i - 1];
		}
		iret = khttp_parse(ibuf, i, HC_MAX_HEADER, HC_MAX_BODY, HC_BODY_CAP, &inc);
		hc_sane(&inc, ibuf, i, iret, in);
	}
	if (n && iret != ret)
		hc_fail("result (whole, byte by byte)", in, n, ret, iret);
	if (n && ret == KHTTP_PARSE_DONE)
		hc_same(&whole, wbuf, &inc, ibuf, in, n);
	free(ibuf);
	free(wbuf);
	return ret;
}

long hc_dechunk_both_ways(const char *in, size_t n, unsigned long long max)
{
	struct khttp_dechunk a = { .max = max }, b = { .max = max };
	char *out_a = malloc(n + 1), *out_b = malloc(n + 1), *buf = malloc(n + 1);
	size_t used, put_a = 0, put_b = 0, at = 0, have;
	long r, ra = 0;

	/* at once (the output may end early: call again while it takes bytes) */
	for (;;) {
		r = khttp_dechunk_feed(&a, in + at, n - at, &used, out_a + put_a, n + 1 - put_a);
		if (r < 0) {
			ra = r;
			break;
		}
		put_a += r;
		at += used;
		if (!r && !used)
			break;
	}
	/* one byte at a time, the input kept from the first byte not used */
	at = 0;
	for (have = 1; have <= n; have++) {
		memcpy(buf, in, have);
		for (;;) {
			r = khttp_dechunk_feed(&b, buf + at, have - at, &used, out_b + put_b,
					  n + 1 - put_b);
			if (r < 0)
				break;
			put_b += r;
			at += used;
			if (!r && !used)
				break;
		}
		if (r < 0 || b.state == KHTTP_DECHUNK_DONE)
			break;
	}
	if (a.state != b.state)
		hc_fail("dechunk state", in, n, a.state, b.state);
	if (put_a != put_b || memcmp(out_a, out_b, put_a))
		hc_fail("dechunk output", in, n, (long)put_a, (long)put_b);
	if (a.state == KHTTP_DECHUNK_ERROR && (a.err != b.err || a.status != b.status))
		hc_fail("dechunk error", in, n, a.err, b.err);
	if (a.total > max || put_a > n)
		hc_fail("dechunk total", in, n, (long)a.total, (long)max);
	free(out_a);
	free(out_b);
	free(buf);
	return ra ? ra : (long)put_a;
}
