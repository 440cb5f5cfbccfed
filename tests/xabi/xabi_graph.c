// SPDX-License-Identifier: GPL-2.0 OR MIT
/*
 * The same logical response and request, built with real pointers by
 * whichever compiler builds this file (-m64, -m32, -mx32). Deterministic:
 * fixed strings and numbers, allocation order fixed, so the images differ
 * only where the ABIs do.
 */
#include <string.h>
#include <netinet/in.h>

#include "xabi_graph.h"

#define NEW(type, n) ((type *)xabi_alloc(sizeof(type) * (n), _Alignof(type)))

static const char *str(const char *s, __u16 *len)
{
	size_t n = strlen(s);
	char *p = xabi_alloc(n + 1, 1);

	memcpy(p, s, n + 1);
	if (len)
		*len = (__u16)n;
	return p;
}

static void unknown(struct kh_unknown_header *h, const char *name, const char *value)
{
	h->name = str(name, &h->name_length);
	h->value = str(value, &h->value_length);
}

static void known(struct kh_known_header *h, const char *value)
{
	h->value = str(value, &h->value_length);
}

/* two chunks: memory, then a file range whose u64s sit at 4 mod 8 on i386 */
static struct kh_data_chunk *chunks(const char *body, __u64 length, __s32 fd)
{
	/* 8-aligned so that chunk[1].u.file.range is misaligned in i386's layout */
	struct kh_data_chunk *c = xabi_alloc(2 * sizeof(*c), 8);
	size_t n = strlen(body);
	char *buf = xabi_alloc(n, 1);

	memcpy(buf, body, n);
	c[0].type = KH_CHUNK_FROM_MEMORY;
	c[0].u.memory.buffer = buf;
	c[0].u.memory.length = (__u32)n;
	c[1].type = KH_CHUNK_FROM_FILE;
	c[1].u.file.range.start = XABI_FILE_START;
	c[1].u.file.range.length = length;
	c[1].u.file.fd = fd;
	return c;
}

static struct kh_response *response(void)
{
	struct kh_response *r = NEW(struct kh_response, 1);
	struct kh_unknown_header *u = NEW(struct kh_unknown_header, 3);
	struct kh_unknown_header *t = NEW(struct kh_unknown_header, 1);
	struct kh_response_info *ri = NEW(struct kh_response_info, 2);
	struct kh_multiple_known_headers *mk = NEW(struct kh_multiple_known_headers, 1);
	struct kh_known_header *cookies = NEW(struct kh_known_header, 2);
	struct kh_cache_key *key = NEW(struct kh_cache_key, 1);

	r->flags = KH_RESPONSE_FLAG_MORE_ENTITY_BODY_EXISTS;
	r->version.major = 1;
	r->version.minor = 1;
	r->status_code = 200;
	r->reason = str("OK", &r->reason_length);
	unknown(&u[0], "X-Trace-Id", "4bf92f3577b34da6a3ce929d0e0e4736");
	unknown(&u[1], "X-Abi-Test", "same bytes, three compilers");
	unknown(&u[2], "Strict-Transport-Security", "max-age=63072000");
	r->headers.unknown_header_count = 3;
	r->headers.unknown_headers = u;
	unknown(&t[0], "X-Checksum", "e3b0c442");
	r->headers.trailer_count = 1;
	r->headers.trailers = t;
	known(&r->headers.known_headers[KH_HEADER_CONTENT_TYPE], "text/html; charset=utf-8");
	known(&r->headers.known_headers[KH_HEADER_SERVER], XABI_SERVER);
	known(&r->headers.known_headers[KH_HEADER_DATE], "Tue, 15 Nov 1994 08:12:31 GMT");
	known(&r->headers.known_headers[KH_HEADER_ETAG], "\"33a64df5\"");
	r->entity_chunk_count = 2;
	r->entity_chunks = chunks("<html>hello</html>\n", 4096, 7);

	mk->header_id = KH_HEADER_SET_COOKIE;
	known(&cookies[0], "a=1; Path=/");
	known(&cookies[1], "b=2; Secure");
	mk->known_header_count = 2;
	mk->known_headers = cookies;
	ri[0].type = KH_RESPONSE_INFO_MULTIPLE_KNOWN_HEADERS;
	ri[0].length = sizeof(*mk);
	ri[0].info = mk;
	key->key = str("/index.html?lang=en", &key->key_length);
	ri[1].type = KH_RESPONSE_INFO_CACHE_KEY;
	ri[1].length = sizeof(*key);
	ri[1].info = key;
	r->response_info_count = 2;
	r->response_info = ri;
	return r;
}

static void send_call(struct xabi_tops *t)
{
	struct kh_send_response_args *a = NEW(struct kh_send_response_args, 1);
	struct kh_cache_policy *p = NEW(struct kh_cache_policy, 1);
	struct kh_log_data *l = NEW(struct kh_log_data, 1);

	p->policy = KH_CACHE_TIME_TO_LIVE;
	p->seconds_to_live = 600;
	l->user_name = str("alice", &l->user_name_length);
	l->uri_query = str("lang=en", &l->uri_query_length);
	l->bytes_sent = 0x100000002ull;
	l->bytes_received = 377;
	l->time_taken_ms = 12;
	l->protocol_status = 200;
	a->flags = KH_SEND_FLAG_DISCONNECT;
	a->request_id = 0x1122334455667788ull;
	a->response = t->response;
	a->cache_policy = p;
	a->log_data = l;
	t->send = a;
	t->policy = p;
	t->log = l;
}

static void addresses(struct kh_transport_address *a)
{
	struct sockaddr_in *remote = NEW(struct sockaddr_in, 1);
	struct sockaddr_in6 *local = NEW(struct sockaddr_in6, 1);
	static const __u8 db8_1[16] = { 0x20, 0x01, 0x0d, 0xb8, [15] = 1 };

	remote->sin_family = AF_INET;
	remote->sin_port = htons(54321);
	remote->sin_addr.s_addr = htonl(0xc0000201);	/* 192.0.2.1 */
	local->sin6_family = AF_INET6;
	local->sin6_port = htons(80);
	memcpy(&local->sin6_addr, db8_1, sizeof(db8_1));
	local->sin6_scope_id = 2;
	a->remote = remote;
	a->local = local;
}

static struct kh_request *request(void)
{
	struct kh_request *r = NEW(struct kh_request, 1);
	struct kh_unknown_header *u = NEW(struct kh_unknown_header, 3);
	struct kh_request_info *ri = NEW(struct kh_request_info, 2);
	struct kh_request_timing *timing = NEW(struct kh_request_timing, 1);
	struct kh_request_tcp *tcp = NEW(struct kh_request_tcp, 1);
	struct kh_cooked_url *cu = &r->cooked_url;

	r->flags = KH_REQUEST_FLAG_PIPELINED;
	r->connection_id = 0x0102030405060708ull;
	r->request_id = 0x1122334455667788ull;
	r->url_context = 0xfedcba9876543210ull;
	r->version.major = 1;
	r->version.minor = 1;
	r->verb = KH_VERB_UNKNOWN;
	r->unknown_verb = str("BREW", &r->unknown_verb_length);
	r->raw_url = str("/pot/1?milk=yes", &r->raw_url_length);
	cu->full_url = str("http://coffee.test/pot/1?milk=yes", &cu->full_url_length);
	cu->host = str("coffee.test", &cu->host_length);
	cu->abs_path = str("/pot/1", &cu->abs_path_length);
	cu->query_string = str("?milk=yes", &cu->query_string_length);
	addresses(&r->address);
	unknown(&u[0], "X-Forwarded-For", "198.51.100.7");
	unknown(&u[1], "Accept-Additions", "Cream; Whisky");
	unknown(&u[2], "X-Empty", "");
	r->headers.unknown_header_count = 3;
	r->headers.unknown_headers = u;
	known(&r->headers.known_headers[KH_HEADER_HOST], "coffee.test");
	known(&r->headers.known_headers[KH_HEADER_USER_AGENT], "xabi/1.0");
	known(&r->headers.known_headers[KH_HEADER_ACCEPT], "*/*");
	known(&r->headers.known_headers[KH_HEADER_CONTENT_LENGTH], "10");
	r->bytes_received = 0x1234567890ull;
	r->entity_chunk_count = 2;
	r->entity_chunks = chunks("name=value", 65536, 9);
	r->raw_connection_id = 0xa5a5a5a55a5a5a5aull;
	timing->accepted_ns = 1700000000123456789ull;
	timing->headers_parsed_ns = 1700000000123999999ull;
	timing->header_bytes = 211;
	tcp->rtt_us = 350;
	tcp->mss = 1448;
	tcp->bytes_acked = 0x7fffffffffull;
	ri[0].type = KH_REQUEST_INFO_TIMING;
	ri[0].length = sizeof(*timing);
	ri[0].info = timing;
	ri[1].type = KH_REQUEST_INFO_TCP;
	ri[1].length = sizeof(*tcp);
	ri[1].info = tcp;
	r->request_info_count = 2;
	r->request_info = ri;
	return r;
}

void xabi_build(struct xabi_tops *t)
{
	t->response = response();
	send_call(t);
	t->request = request();
}
