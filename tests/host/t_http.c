// SPDX-License-Identifier: GPL-2.0
/*
 * tests/host: the kernel's pure HTTP code (kernel/khttp_{parse,token,
 * authority,cond,headers,range}.c, compiled unchanged against the shim in
 * tests/host/shim) on the host, under ASan and UBSan: unit cases, and the
 * URL registry and router (khttp_url.c), and the HTTP conformance corpus (tests/conformance/cases: llhttp,
 * picohttpparser, Go and RFC cases) where the parser decides on its own.
 *
 * usage: t_http [CASES_DIR]    (default tests/conformance/cases)
 *        t_http --seeds DIR [CASES_DIR]   the fuzzer's seeds from the cases
 */
#include "kshim.h"
#include <setjmp.h>
#include <cmocka.h>

#include "khttp_internal.h"
#include "khttp_headers.h"
#include "khttp_token.h"
#include "khttp_authority.h"
#include "khttp_cond.h"
#include "http_check.h"
#include "cases.h"
#include "url_env.h"

static const char *cases_dir = "tests/conformance/cases";

/* parse s whole and byte by byte (both buffer modes): the result */
static int parse(const char *s)
{
	int a = hc_parse_both_ways(s, strlen(s), 0);

	assert_int_equal(hc_parse_both_ways(s, strlen(s), 1), a);
	return a;
}

static struct khttp_parsed pr;

static int parse_into(const char *s, char *buf)
{
	strcpy(buf, s);
	memset(&pr, 0, sizeof(pr));
	return khttp_parse(buf, strlen(s), HC_MAX_HEADER, HC_MAX_BODY, HC_BODY_CAP, &pr);
}

static void parse_request(void **state)
{
	static char buf[256];
	const struct khttp_hdr *h;

	(void)state;
	assert_int_equal(parse_into("GET /a?b HTTP/1.1\r\nHost: example.com\r\n"
				    "X-A: 1 \r\n\r\n", buf), KHTTP_PARSE_DONE);
	assert_int_equal(pr.verb, KH_VERB_GET);
	assert_int_equal(pr.method_len, 3);
	assert_memory_equal(pr.target, "/a?b", 4);
	assert_int_equal(pr.target_len, 4);
	assert_int_equal(pr.major, 1);
	assert_int_equal(pr.minor, 1);
	assert_int_equal(pr.nhdr, 2);
	assert_true(pr.keep_alive);
	h = khttp_parsed_header(&pr, KH_HEADER_HOST);
	assert_non_null(h);
	assert_int_equal(h->value_len, 11);
	assert_memory_equal(h->value, "example.com", 11);
	assert_int_equal(pr.hdr[1].value_len, 1);	/* OWS trimmed */
	assert_int_equal(pr.total_len, pr.header_len);
	assert_int_equal(pr.header_len, strlen(buf));
}

static void parse_bodies(void **state)
{
	static char buf[256];

	(void)state;
	assert_int_equal(parse_into("POST / HTTP/1.1\r\nHost: h\r\nContent-Length: 5\r\n\r\nhel",
				    buf), KHTTP_PARSE_HEADERS);
	assert_int_equal(parse_into("POST / HTTP/1.1\r\nHost: h\r\nContent-Length: 5\r\n\r\nhello",
				    buf), KHTTP_PARSE_DONE);
	assert_int_equal(pr.body_len, 5);
	assert_memory_equal(pr.body, "hello", 5);
	assert_int_equal(parse_into("POST / HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\n\r\n"
				    "5;a=b\r\nhello\r\n1\r\n!\r\n0\r\nT: x\r\n\r\n", buf), KHTTP_PARSE_DONE);
	assert_true(pr.chunked);
	assert_int_equal(pr.body_len, 6);
	assert_memory_equal(pr.body, "hello!", 6);
	assert_int_equal(pr.ntrailer, 1);
	assert_int_equal(pr.total_len, strlen("POST / HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: "
					      "chunked\r\n\r\n5;a=b\r\nhello\r\n1\r\n!\r\n0\r\nT: x\r\n\r\n"));
}

/* what a smuggler tries: each one is refused with this status */
static const struct {
	const char *req;
	int status;
} refused[] = {
	{ "GET / HTTP/1.1\nHost: h\r\n\r\n", 400 },			/* bare LF */
	{ "GET / HTTP/1.1\r\nHost: h\r\nX: a\rb\r\n\r\n", 400 },	/* bare CR */
	{ "GET / HTTP/1.1\r\nHost : h\r\n\r\n", 400 },			/* space before the colon */
	{ "GET / HTTP/1.1\r\nHost: h\r\nX: a\r\n b\r\n\r\n", 400 },	/* obs-fold */
	{ "POST / HTTP/1.1\r\nHost: h\r\nContent-Length: 1\r\nTransfer-Encoding: chunked\r\n\r\n",
	  400 },
	{ "POST / HTTP/1.1\r\nHost: h\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\n", 400 },
	{ "POST / HTTP/1.1\r\nHost: h\r\nContent-Length: -1\r\n\r\n", 400 },
	{ "POST / HTTP/1.1\r\nHost: h\r\nContent-Length: 0x10\r\n\r\n", 400 },
	{ "POST / HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked, gzip\r\n\r\n", 400 },
	{ "POST / HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: gzip, chunked\r\n\r\n", 501 },
	{ "GET / HTTP/1.1\r\n\r\n", 400 },				/* 1.1 without Host */
	{ "GET / HTTP/1.1\r\nHost: a\r\nHost: b\r\n\r\n", 400 },
	{ "GET / HTTP/1.1\r\nHost: a b\r\n\r\n", 400 },
	{ "GET / HTTP/2.0\r\nHost: h\r\n\r\n", 505 },
	{ "GET /a#f HTTP/1.1\r\nHost: h\r\n\r\n", 400 },
	{ "G@T / HTTP/1.1\r\nHost: h\r\n\r\n", 400 },
	{ "POST / HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello0\r\n\r\n",
	  400 },
	{ "POST / HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\n\r\n"
	  "fffffffffffffffff\r\n", 413 },
};

static void parse_refused(void **state)
{
	(void)state;
	for (size_t i = 0; i < ARRAY_SIZE(refused); i++) {
		int r = parse(refused[i].req);

		if (r != -refused[i].status)
			fail_msg("case %zu: %d, not -%d", i, r, refused[i].status);
	}
}

static void parse_limits(void **state)
{
	static char big[HC_MAX_HEADER + 64];
	size_t n;

	(void)state;
	n = (size_t)sprintf(big, "GET / HTTP/1.1\r\nHost: h\r\nX: ");
	memset(big + n, 'a', sizeof(big) - n - 5);
	memcpy(big + sizeof(big) - 5, "\r\n\r\n", 5);
	memset(&pr, 0, sizeof(pr));
	assert_int_equal(khttp_parse(big, strlen(big), HC_MAX_HEADER, HC_MAX_BODY, HC_BODY_CAP,
				     &pr), -431);
}

static void dechunk(void **state)
{
	static const char body[] = "4\r\nWiki\r\n5;x=\"y\"\r\npedia\r\n0\r\nA: b\r\n\r\nrest";

	(void)state;
	assert_int_equal(hc_dechunk_both_ways(body, strlen(body), 1 << 20), 9);
	assert_int_equal(hc_dechunk_both_ways("4\r\nWikiXX\r\n", 11, 1 << 20), -EBADMSG);
	assert_int_equal(hc_dechunk_both_ways("zz\r\n", 4, 1 << 20), -EBADMSG);
	assert_int_equal(hc_dechunk_both_ways("10\r\n0123456789abcdef\r\n0\r\n\r\n", 27, 8),
			 -EFBIG);
	assert_int_equal(hc_dechunk_both_ways("1\r\na\r\n0\r\nBad Trailer: x\r\n\r\n", 27, 64),
			 -EBADMSG);	/* a space in a trailer's name */
	assert_int_equal(hc_dechunk_both_ways("1\r\na\r\n0\r\nT: x\r\n\r\n", 19, 64), 1);
}

static void ranges(void **state)
{
	struct khttp_range r[KHTTP_RANGES_MAX];

	(void)state;
	assert_int_equal(khttp_ranges("bytes=0-3", 9, 20, r), 1);
	assert_true(r[0].first == 0 && r[0].last == 3);
	assert_int_equal(khttp_ranges("bytes=-5", 8, 20, r), 1);
	assert_true(r[0].first == 15 && r[0].last == 19);
	assert_int_equal(khttp_ranges("bytes=10-", 9, 20, r), 1);
	assert_true(r[0].first == 10 && r[0].last == 19);
	assert_int_equal(khttp_ranges("bytes=5-100", 11, 20, r), 1);
	assert_true(r[0].last == 19);
	assert_int_equal(khttp_ranges("bytes=30-", 9, 20, r), -1);	/* 416 */
	assert_int_equal(khttp_ranges("bytes=0-1, 4-5,,", 16, 20, r), 2);
	assert_int_equal(khttp_ranges("bytes=3-1", 9, 20, r), 0);	/* invalid: ignored */
	assert_int_equal(khttp_ranges("items=0-1", 9, 20, r), 0);
	assert_int_equal(khttp_ranges("bytes=0-19,0-19", 15, 20, r), 0);	/* more than the body */
	assert_int_equal(khttp_ranges("bytes=0-0,1-1,2-2,3-3,4-4,5-5,6-6,7-7,8-8,9-9,10-10,"
				      "11-11,12-12,13-13,14-14,15-15,16-16", 72, 20, r), 0);
}

static void tokens(void **state)
{
	struct khttp_te te = { 0 };
	const char *q = "\"a\\\"b\" x";

	(void)state;
	assert_true(khttp_is_token("x-Y_z!#$%&'*+.^`|~09", 20));
	assert_false(khttp_is_token("a b", 3));
	assert_false(khttp_is_token("a:", 2));
	assert_false(khttp_is_token("", 0));
	assert_false(khttp_is_token("\xc3\xa9", 2));
	assert_ptr_equal(khttp_quoted_string_end(q, q + strlen(q)), q + 6);
	assert_null(khttp_quoted_string_end(q, q + 4));
	assert_true(khttp_chunk_ext_ok(";a=b;c=\"d\"", 10));
	assert_false(khttp_chunk_ext_ok(";=b", 3));
	assert_int_equal(khttp_te_codings("gzip, chunked", 13, &te), 0);
	assert_true(te.last_chunked && te.other);
	assert_int_equal(khttp_request_header_id("content-LENGTH", 14), KH_HEADER_CONTENT_LENGTH);
	assert_int_equal(khttp_request_header_id("X-Nope", 6), -1);
	assert_int_equal(khttp_verb("GET", 3), KH_VERB_GET);
}

static void authority(void **state)
{
	struct khttp_authority a;

	(void)state;
	assert_int_equal(khttp_authority_parse("example.com:8080", 16, false, &a), 0);
	assert_int_equal(a.host_len, 11);
	assert_int_equal(a.port, 8080);
	assert_int_equal(khttp_authority_parse("[::1]:80", 8, false, &a), 0);
	assert_int_equal(a.port, 80);
	assert_int_equal(khttp_authority_parse("h:", 2, false, &a), 0);
	assert_int_equal(a.port, -1);
	assert_true(khttp_authority_parse("h:65536", 7, false, &a) < 0);
	assert_true(khttp_authority_parse("a b", 3, false, &a) < 0);
	assert_true(khttp_authority_parse("u@h", 3, false, &a) < 0);
	assert_true(khttp_authority_parse("[::1", 4, false, &a) < 0);
	assert_true(khttp_authority_parse("", 0, false, &a) < 0);
	assert_int_equal(khttp_authority_parse("", 0, true, &a), 0);
}

static void dates(void **state)
{
	static const char *const same[] = {
		"Sun, 06 Nov 1994 08:49:37 GMT",	/* RFC 9110 5.6.7's three forms */
		"Sunday, 06-Nov-94 08:49:37 GMT",
		"Sun Nov  6 08:49:37 1994",
	};
	s64 t;

	(void)state;
	for (size_t i = 0; i < ARRAY_SIZE(same); i++) {
		assert_int_equal(khttp_http_date(same[i], strlen(same[i]), 1700000000, &t), 0);
		assert_int_equal(t, 784111777);
	}
	assert_true(khttp_http_date("Sun, 31 Feb 1994 08:49:37 GMT", 29, 0, &t) < 0);
	assert_true(khttp_http_date("Sun, 06 Nov 1994 08:49:37 UTC", 29, 0, &t) < 0);
	assert_true(khttp_etag_list_match("\"a\", W/\"b\"", 10, "\"b\"", 3, true));
	assert_false(khttp_etag_list_match("\"a\", W/\"b\"", 10, "\"b\"", 3, false));
	assert_true(khttp_etag_list_match("*", 1, "\"x\"", 3, false));
}

static int add(struct khttp_queue *q, const char *url, u64 ctx)
{
	return khttp_url_add(q, url, strlen(url), ctx);
}

/* the queue and context khttp_route picks, as the context (0: none) */
static u64 route(u16 port, const char *host, const char *path)
{
	u64 ctx = 0;
	struct sockaddr_storage local = { .ss_family = AF_INET };
	struct sockaddr_in6 *l6 = (struct sockaddr_in6 *)&local;

	/* a literal address names the listener's: the connection came to it */
	if (host[0] == '[') {
		l6->sin6_family = AF_INET6;
		l6->sin6_addr = in6addr_loopback;
	}
	struct khttp_queue *q = khttp_route(&url_env_net, &local, port, host, strlen(host), path,
					 strlen(path), &ctx);

	if (!q)
		return 0;
	q->ref.refcount--;
	return ctx;
}

static void urls(void **state)
{
	static struct khttp_queue qa, qb;
	static const char *const bad[] = {
		"http://h/x", "http://:80/", "http://h:0/", "http://h:65536/", "ftp://h/",
		"http://[]/", "http://[::1/", "http://h:8x/", "http:/h/", "http://h",
	};
	struct kh_reservation_args r = { 0 };

	(void)state;
	qa.ref.refcount = qb.ref.refcount = 1;
	kshim_uid = 1000;
	url_env_admin = false;
	for (size_t i = 0; i < ARRAY_SIZE(bad); i++)
		if (add(&qa, bad[i], 1) != -EINVAL)
			fail_msg("%s: not refused", bad[i]);
	assert_int_equal(add(&qa, "http://*:8080/", 1), 0);		/* weak */
	assert_int_equal(add(&qa, "http://+:8080/", 2), 0);		/* strong */
	assert_int_equal(add(&qa, "http://Example.com:8080/a/", 3), 0);
	assert_int_equal(add(&qb, "http://example.com:8080/a/b/", 4), 0);
	assert_int_equal(add(&qb, "http://[::1]:8080/v6/", 5), 0);
	assert_int_equal(add(&qb, "http://example.com:8080/a/", 6), -EEXIST);	/* case */
	assert_int_equal(qa.ref.refcount + qb.ref.refcount, 2 + 5);
	assert_int_equal(url_env_listeners, 5);

	assert_int_equal(route(8080, "example.com", "/a/b/c"), 4);	/* the longest path */
	assert_int_equal(route(8080, "EXAMPLE.com:8080", "/a/x"), 3);	/* host without port */
	assert_int_equal(route(8080, "example.com", "/A/"), 3);		/* paths: no case */
	assert_int_equal(route(8080, "other", "/a/b/c"), 2);		/* strong before weak */
	assert_int_equal(route(8080, "[::1]:8080", "/v6/x"), 5);
	assert_int_equal(route(8081, "example.com", "/a/"), 0);		/* another port */
	assert_int_equal(khttp_url_remove(&qa, "http://+:8080/", 14), 0);
	assert_int_equal(route(8080, "other", "/a/b/c"), 1);		/* then weak */
	assert_int_equal(khttp_url_remove(&qa, "http://example.com:8080/a/b/", 28), -EACCES);
	assert_int_equal(khttp_url_remove(&qa, "http://nope:8080/", 17), -ENOENT);

	/* another user: not on a port someone else registered, unless reserved */
	kshim_uid = 2000;
	assert_int_equal(add(&qa, "http://x:8080/z/", 7), -EACCES);
	assert_int_equal(add(&qa, "http://x:9090/z/", 7), 0);
	r.url = "http://+:8080/z/";
	r.url_length = 16;
	r.flags = KH_RESERVE_UID;
	r.uid = 2000;
	assert_int_equal(khttp_reservation(&r, true), -EPERM);
	url_env_admin = true;
	assert_int_equal(khttp_reservation(&r, true), 0);
	assert_int_equal(khttp_reservation(&r, true), -EEXIST);
	url_env_admin = false;
	assert_int_equal(add(&qa, "http://x:8080/z/", 8), 0);		/* reserved for 2000 */
	assert_int_equal(add(&qa, "http://x:8080/y/", 9), -EACCES);	/* outside it */
	assert_int_equal(route(8080, "x", "/z/1"), 8);

	khttp_urls_exit();
	assert_int_equal(url_env_listeners, 0);
	assert_int_equal(qa.ref.refcount + qb.ref.refcount, 2);
	assert_int_equal(route(8080, "x", "/z/1"), 0);
}

/* the cases of tests/conformance whose outcome the parser decides */
static void corpus(void **state)
{
	static char seen[1 << 16];
	struct hcase *cs;
	int n, i, parser_errors = 0, later = 0, workers = 0, skipped = 0, bad = 0, lines = 0;

	(void)state;
	n = cases_load(cases_dir, &cs);
	assert_true(n > 0);
	for (i = 0; i < n; i++) {
		struct hcase *c = &cs[i];
		size_t at = 0, seen_len = 0;
		int ret = KHTTP_PARSE_DONE, first = INT_MAX, w;

		if (c->prime || !c->req) {
			skipped++;
			continue;
		}
		/* each request in turn, as the connection hands them out */
		while (at < c->req_len) {
			size_t left = c->req_len - at;
			char *b = malloc(left);
			struct khttp_parsed *p = calloc(1, sizeof(*p));

			memcpy(b, c->req + at, left);
			ret = hc_parse_both_ways(b, left, i & 1);
			khttp_parse(b, left, HC_MAX_HEADER, HC_MAX_BODY, HC_BODY_CAP, p);
			if (ret == KHTTP_PARSE_DONE && seen_len + 512 + p->total_len < sizeof(seen)) {
				seen_len += sprintf(seen + seen_len, "method=%.*s\ntarget=%.*s\n"
						    "version=%u.%u\n", p->method_len, p->method,
						    p->target_len, p->target, p->major, p->minor);
				for (int h = 0; h < p->nhdr; h++) {
					const char *nm = p->hdr[h].id >= 0 ?
						khttp_request_header_name(p->hdr[h].id) : NULL;

					seen_len += sprintf(seen + seen_len, "header=%.*s: %.*s\n",
							    nm ? (int)strlen(nm) : p->hdr[h].name_len,
							    nm ? nm : p->hdr[h].name,
							    p->hdr[h].value_len, p->hdr[h].value);
				}
				for (int h = 0; h < p->ntrailer; h++)
					seen_len += sprintf(seen + seen_len, "trailer=%.*s: %.*s\n",
							    p->trailer[h].name_len, p->trailer[h].name,
							    p->trailer[h].value_len, p->trailer[h].value);
				seen_len += sprintf(seen + seen_len, "body=");
				memcpy(seen + seen_len, p->body, p->body_len);
				seen_len += p->body_len;
				seen[seen_len++] = '\n';
				seen[seen_len] = 0;
			}
			at += ret == KHTTP_PARSE_DONE ? p->total_len : left;
			if (ret == KHTTP_PARSE_DONE && !p->keep_alive)
				at = c->req_len;	/* the connection closes after it */
			free(p);
			free(b);
			if (first == INT_MAX)
				first = ret;	/* the first request's result */
			if (ret != KHTTP_PARSE_DONE)
				break;
		}
		if (c->incomplete) {
			if (ret != KHTTP_PARSE_MORE && ret != KHTTP_PARSE_HEADERS) {
				fprintf(stderr, "  %s %s: incomplete, parser says %d\n", c->file,
					c->name, ret);
				bad++;
			}
			continue;
		}
		if (c->status >= 400) {
			if (ret < 0 && ret != -c->status) {
				fprintf(stderr, "  %s %s: %d, parser says %d\n", c->file, c->name,
					c->status, -ret);
				bad++;
			}
			if (ret < 0) {
				parser_errors++;
			} else {	/* every error of the corpus is the parser's to find */
				fprintf(stderr, "  %s %s: %d, the parser took it (%d)\n", c->file,
					c->name, c->status, ret);
				later++;
				bad++;
			}
			continue;
		}
		/* the worker answers the first request: the parser took it */
		if (first < 0) {
			fprintf(stderr, "  %s %s: the worker answers, parser says %d\n", c->file,
				c->name, -first);
			bad++;
			continue;
		}
		workers++;
		for (w = 0; w < c->nworker; w++) {
			static char want[4096];
			size_t l = c->worker_len[w];

			if (!strncmp(c->worker[w], "host=", 5) || !strncmp(c->worker[w], "path=", 5) ||
			    !strncmp(c->worker[w], "query=", 6) || l + 2 > sizeof(want))
				continue;	/* khttp_target_parse's, with the connection's address */
			memcpy(want, c->worker[w], l);
			want[l] = '\n';
			if (!memmem(seen, seen_len, want, l + 1)) {
				fprintf(stderr, "  %s %s: the worker must see \"%.*s\"\n", c->file,
					c->name, (int)l, c->worker[w]);
				bad++;
			}
			lines++;
		}
	}
	printf("corpus: %d cases: %d refused by the parser with the corpus' status, %d errors "
	       "missed, %d parsed for the worker (%d worker lines matched), %d skipped "
	       "(cache priming), %d wrong\n", n, parser_errors, later, workers, lines, skipped, bad);
	cases_free(cs, n);
	assert_int_equal(bad, 0);
}

/*
 * The fuzzer's seeds from the corpus: every case's bytes for the parser
 * (selectors 0 and 1, fz_http.c) and, for a chunked request, its body for
 * the dechunker (selector 2).
 */
static int write_seeds(const char *dir)
{
	struct hcase *cs;
	int n = cases_load(cases_dir, &cs), k = 0;

	if (n <= 0)
		return 1;
	for (int i = 0; i < n; i++) {
		struct khttp_parsed *p = calloc(1, sizeof(*p));
		char *b = malloc(cs[i].req_len + 1);
		const char *body = NULL;
		size_t body_len = 0;

		memcpy(b, cs[i].req, cs[i].req_len);
		if (khttp_parse(b, cs[i].req_len, HC_MAX_HEADER, HC_MAX_BODY, HC_BODY_CAP, p) >= 0 &&
		    p->chunked && p->header_len) {
			body = cs[i].req + p->header_len;
			body_len = cs[i].req_len - p->header_len;
		}
		for (int sel = 0; sel < 3; sel++) {
			char path[4096];
			FILE *f;

			if (sel == 2 && !body)
				continue;
			snprintf(path, sizeof(path), "%s/%s-%d-%d", dir, cs[i].file, i, sel);
			f = fopen(path, "wb");
			if (!f)
				return 1;
			fputc(sel, f);
			if (sel == 2)
				fwrite(body, 1, body_len, f);
			else
				fwrite(cs[i].req, 1, cs[i].req_len, f);
			fclose(f);
			k++;
		}
		free(b);
		free(p);
	}
	printf("t_http: %d seeds from %d cases in %s\n", k, n, dir);
	cases_free(cs, n);
	return 0;
}

int main(int argc, char **argv)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(parse_request),
		cmocka_unit_test(parse_bodies),
		cmocka_unit_test(parse_refused),
		cmocka_unit_test(parse_limits),
		cmocka_unit_test(dechunk),
		cmocka_unit_test(ranges),
		cmocka_unit_test(tokens),
		cmocka_unit_test(authority),
		cmocka_unit_test(dates),
		cmocka_unit_test(urls),
		cmocka_unit_test(corpus),
	};

	if (argc > 2 && !strcmp(argv[1], "--seeds")) {
		if (argc > 3)
			cases_dir = argv[3];
		return write_seeds(argv[2]);
	}
	if (argc > 1)
		cases_dir = argv[1];
	return cmocka_run_group_tests_name("khttp-host", tests, NULL, NULL);
}
