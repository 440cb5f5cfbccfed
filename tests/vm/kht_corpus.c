// SPDX-License-Identifier: GPL-2.0
/*
 * The malformed-request corpus: each case is answered by the kernel with
 * its status and the connection closed; the echo worker never sees it (it
 * would answer 200).
 */
#include <stdio.h>
#include <string.h>
#include "kht.h"
#include "kht_http.h"

#define H "Host: h\r\n"

/* the length comes from the literal: some cases hold a NUL */
#define C(name, req, status, reason) { name, req, sizeof(req) - 1, status, reason }

static const struct {
	const char *name, *req;
	size_t req_len;
	int status;
	const char *reason;
} corpus[] = {
	C("no host", "GET /echo/ HTTP/1.1\r\n\r\n", 400, "Bad Request"),
	C("bare lf", "GET /echo/ HTTP/1.1\nHost: h\n\n", 400, "Bad Request"),
	C("bare cr", "GET /echo/ HTTP/1.1\rHost: h\r\n\r\n", 400, "Bad Request"),
	C("two spaces", "GET /echo/  HTTP/1.1\r\n" H "\r\n", 400, "Bad Request"),
	C("http/2.0", "GET /echo/ HTTP/2.0\r\n" H "\r\n", 505, "HTTP Version Not Supported"),
	C("version junk", "GET /echo/ HTTP/1.1x\r\n" H "\r\n", 400, "Bad Request"),
	C("version case", "GET /echo/ http/1.1\r\n" H "\r\n", 400, "Bad Request"),
	C("no version", "GET /echo/\r\n" H "\r\n", 400, "Bad Request"),
	C("method char", "GE@T /echo/ HTTP/1.1\r\n" H "\r\n", 400, "Bad Request"),
	C("method tab", "GET\t/echo/ HTTP/1.1\r\n" H "\r\n", 400, "Bad Request"),
	C("leading space", " GET /echo/ HTTP/1.1\r\n" H "\r\n", 400, "Bad Request"),
	C("relative target", "GET echo HTTP/1.1\r\n" H "\r\n", 400, "Bad Request"),
	C("authority form", "CONNECT h:443 HTTP/1.1\r\n" H "\r\n", 400, "Bad Request"),
	C("control in target", "GET /echo/\x01 HTTP/1.1\r\n" H "\r\n", 400, "Bad Request"),
	C("8bit in target", "GET /echo/\x80 HTTP/1.1\r\n" H "\r\n", 400, "Bad Request"),
	C("no colon", "GET /echo/ HTTP/1.1\r\nHost h\r\n\r\n", 400, "Bad Request"),
	C("space before colon", "GET /echo/ HTTP/1.1\r\nHost : h\r\n\r\n", 400, "Bad Request"),
	C("empty name", "GET /echo/ HTTP/1.1\r\n" H ": x\r\n\r\n", 400, "Bad Request"),
	C("bad name char", "GET /echo/ HTTP/1.1\r\n" H "X(A): 1\r\n\r\n", 400, "Bad Request"),
	C("obs-fold", "GET /echo/ HTTP/1.1\r\n" H "X-A: 1\r\n 2\r\n\r\n", 400, "Bad Request"),
	C("nul in value", "GET /echo/ HTTP/1.1\r\n" H "X-A: a\0b\r\n\r\n", 400, "Bad Request"),
	C("del in value", "GET /echo/ HTTP/1.1\r\n" H "X-A: a\x7f\r\n\r\n", 400, "Bad Request"),
	C("cr in value", "GET /echo/ HTTP/1.1\r\n" H "X-A: a\rb\r\n\r\n", 400, "Bad Request"),
	C("two hosts", "GET /echo/ HTTP/1.1\r\n" H H "\r\n", 400, "Bad Request"),
	C("host with space", "GET /echo/ HTTP/1.1\r\nHost: a b\r\n\r\n", 400, "Bad Request"),
	C("host with userinfo", "GET /echo/ HTTP/1.1\r\nHost: u@h\r\n\r\n", 400, "Bad Request"),
	C("cl and te", "POST /echo/ HTTP/1.1\r\n" H "Content-Length: 4\r\n"
	  "Transfer-Encoding: chunked\r\n\r\n0\r\n\r\n", 400, "Bad Request"),
	C("te and cl", "POST /echo/ HTTP/1.1\r\n" H "Transfer-Encoding: chunked\r\n"
	  "Content-Length: 4\r\n\r\n0\r\n\r\n", 400, "Bad Request"),
	C("two lengths", "POST /echo/ HTTP/1.1\r\n" H "Content-Length: 1\r\n"
	  "Content-Length: 2\r\n\r\nab", 400, "Bad Request"),
	C("length list", "POST /echo/ HTTP/1.1\r\n" H "Content-Length: 1, 1\r\n\r\na",
	  400, "Bad Request"),
	C("length letters", "POST /echo/ HTTP/1.1\r\n" H "Content-Length: 1a\r\n\r\na",
	  400, "Bad Request"),
	C("length negative", "POST /echo/ HTTP/1.1\r\n" H "Content-Length: -1\r\n\r\n",
	  400, "Bad Request"),
	C("length overflow", "POST /echo/ HTTP/1.1\r\n" H
	  "Content-Length: 99999999999999999999999\r\n\r\n", 400, "Bad Request"),
	C("length too large", "POST /echo/ HTTP/1.1\r\n" H
	  "Content-Length: 100000000000\r\n\r\n", 413, "Content Too Large"),
	/* chunked not last: 400 and close (RFC 9112 6.3); before chunked: 501 */
	C("te gzip", "POST /echo/ HTTP/1.1\r\n" H "Transfer-Encoding: gzip\r\n\r\n",
	  400, "Bad Request"),
	C("te gzip chunked", "POST /echo/ HTTP/1.1\r\n" H "Transfer-Encoding: gzip, chunked\r\n"
	  "\r\n0\r\n\r\n", 501, "Not Implemented"),
	C("te twice", "POST /echo/ HTTP/1.1\r\n" H "Transfer-Encoding: chunked\r\n"
	  "Transfer-Encoding: chunked\r\n\r\n0\r\n\r\n", 400, "Bad Request"),
	C("te space before colon", "POST /echo/ HTTP/1.1\r\n" H
	  "Transfer-Encoding : chunked\r\n\r\n0\r\n\r\n", 400, "Bad Request"),
	C("te in 1.0", "POST /echo/ HTTP/1.0\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n",
	  400, "Bad Request"),
	C("chunk size junk", "POST /echo/ HTTP/1.1\r\n" H "Transfer-Encoding: chunked\r\n"
	  "\r\nzz\r\nhello\r\n0\r\n\r\n", 400, "Bad Request"),
	C("chunk no crlf", "POST /echo/ HTTP/1.1\r\n" H "Transfer-Encoding: chunked\r\n"
	  "\r\n5\r\nhelloXX0\r\n\r\n", 400, "Bad Request"),
	C("chunk size overflow", "POST /echo/ HTTP/1.1\r\n" H "Transfer-Encoding: chunked\r\n"
	  "\r\nfffffffffffffffffff\r\n", 413, "Content Too Large"),
	/* past max_body_bytes (1 GiB); a smaller one streams to receive-body */
	C("chunk too large", "POST /echo/ HTTP/1.1\r\n" H "Transfer-Encoding: chunked\r\n"
	  "\r\n100000000\r\nx", 413, "Content Too Large"),
	C("expect other", "POST /echo/ HTTP/1.1\r\n" H "Expect: 200-ok\r\n"
	  "Content-Length: 1\r\n\r\na", 417, "Expectation Failed"),
};

/* built at run time: requests too long to write down */
static int long_cases(char *why, size_t len)
{
	static char req[40000];
	char *p;
	int i;

	/* a request line over 8 KiB */
	p = req + sprintf(req, "GET /echo/");
	memset(p, 'a', 9000);
	strcpy(p + 9000, " HTTP/1.1\r\n" H "\r\n");
	if (kht_http_expect_status("long url", req, 414, "URI Too Long", why, len))
		return -1;
	/* a header section over the 16 KiB limit */
	p = req + sprintf(req, "GET /echo/ HTTP/1.1\r\n" H "X-Big: ");
	memset(p, 'b', 17000);
	strcpy(p + 17000, "\r\n\r\n");
	if (kht_http_expect_status("big headers", req, 431,
				   "Request Header Fields Too Large", why, len))
		return -1;
	/* more header lines than a request may have */
	p = req + sprintf(req, "GET /echo/ HTTP/1.1\r\n" H);
	for (i = 0; i < 400; i++)
		p += sprintf(p, "X%d: y\r\n", i);
	strcpy(p, "\r\n");
	return kht_http_expect_status("many headers", req, 431,
				      "Request Header Fields Too Large", why, len);
}

int t_http_malformed(char *why, size_t len)
{
	size_t i;

	for (i = 0; i < KHT_ARRAY_SIZE(corpus); i++)
		if (kht_http_expect_raw(corpus[i].name, corpus[i].req, corpus[i].req_len,
					corpus[i].status, corpus[i].reason, why, len))
			return -1;
	return long_cases(why, len);
}
