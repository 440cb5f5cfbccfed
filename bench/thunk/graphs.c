// SPDX-License-Identifier: GPL-2.0 OR MIT
/*
 * The benchmark's data: a request and a response as the kernel would hold
 * them, built by hand with plain C (not the tests' random graphs, whose
 * sizes say nothing about real traffic).
 */
#include <netinet/in.h>
#include <string.h>

#include "bench.h"

struct hdr {
	unsigned int id;
	const char *value;
};

static const struct hdr req_known[20] = {
	{ KH_HEADER_CACHE_CONTROL, "no-cache" },
	{ KH_HEADER_CONNECTION, "keep-alive" },
	{ KH_HEADER_PRAGMA, "no-cache" },
	{ KH_HEADER_CONTENT_LENGTH, "1024" },
	{ KH_HEADER_CONTENT_TYPE, "application/json; charset=utf-8" },
	{ KH_HEADER_CONTENT_ENCODING, "identity" },
	{ KH_HEADER_ACCEPT, "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8" },
	{ KH_HEADER_ACCEPT_CHARSET, "utf-8, iso-8859-1;q=0.5" },
	{ KH_HEADER_ACCEPT_ENCODING, "gzip, deflate, br" },
	{ KH_HEADER_ACCEPT_LANGUAGE, "en-US,en;q=0.9,de;q=0.7" },
	{ KH_HEADER_AUTHORIZATION, "Bearer eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiI0MiJ9.sig" },
	{ KH_HEADER_COOKIE, "session=8f14e45fceea167a5a36dedd4bea2543; theme=dark; lang=en" },
	{ KH_HEADER_EXPECT, "100-continue" },
	{ KH_HEADER_HOST, "www.example.com" },
	{ KH_HEADER_IF_MODIFIED_SINCE, "Sat, 01 Jun 2024 10:00:00 GMT" },
	{ KH_HEADER_IF_NONE_MATCH, "\"33a64df551425fcc55e4d42a148795d9f25f89d4\"" },
	{ KH_HEADER_REFERER, "https://www.example.com/items/list?page=3" },
	{ KH_HEADER_TE, "trailers" },
	{ KH_HEADER_USER_AGENT, "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0" },
	{ KH_HEADER_DATE, "Sat, 01 Jun 2024 10:00:01 GMT" },
};

static const char *const req_unknown[3][2] = {
	{ "X-Request-Id", "f47ac10b-58cc-4372-a567-0e02b2c3d479" },
	{ "X-Forwarded-For", "203.0.113.195, 70.41.3.18" },
	{ "DNT", "1" },
};

static const struct hdr resp_known[5] = {
	{ KH_HEADER_CONTENT_TYPE, "text/html; charset=utf-8" },
	{ KH_HEADER_CONTENT_LENGTH, "2048" },
	{ KH_HEADER_CACHE_CONTROL, "max-age=3600, public" },
	{ KH_HEADER_ETAG, "\"33a64df551425fcc55e4d42a148795d9f25f89d4\"" },
	{ KH_HEADER_SERVER, "khttp/0.1" },
};

static const char *const resp_unknown[2][2] = {
	{ "Strict-Transport-Security", "max-age=63072000; includeSubDomains" },
	{ "X-Content-Type-Options", "nosniff" },
};

static void set_str(const char **p, __u16 *len, const char *s)
{
	*p = s;
	*len = (__u16)strlen(s);
}

static void set_unknown(struct kh_unknown_header *h, const char *name, const char *value)
{
	set_str(&h->name, &h->name_length, name);
	set_str(&h->value, &h->value_length, value);
}

static void set_memory_chunk(struct kh_data_chunk *c, char *buf, __u32 len, char fill)
{
	memset(buf, fill, len);
	c->type = KH_CHUNK_FROM_MEMORY;
	c->u.memory.buffer = buf;
	c->u.memory.length = len;
}

const struct kh_request *bench_request(void)
{
	static struct kh_request r;
	static struct kh_unknown_header unknown[3];
	static struct kh_data_chunk chunks[2];
	static char body[2][512];
	static struct sockaddr_in remote, local;

	memset(&r, 0, sizeof(r));
	r.connection_id = 0x100000001ull;
	r.request_id = 0x200000002ull;
	r.url_context = 7;
	r.version.major = 1;
	r.version.minor = 1;
	r.verb = KH_VERB_POST;
	set_str(&r.raw_url, &r.raw_url_length, "/api/v1/items?id=42&sort=asc");
	set_str(&r.cooked_url.full_url, &r.cooked_url.full_url_length,
		"http://www.example.com/api/v1/items?id=42&sort=asc");
	set_str(&r.cooked_url.host, &r.cooked_url.host_length, "www.example.com");
	set_str(&r.cooked_url.abs_path, &r.cooked_url.abs_path_length, "/api/v1/items");
	set_str(&r.cooked_url.query_string, &r.cooked_url.query_string_length,
		"?id=42&sort=asc");
	remote.sin_family = AF_INET;
	remote.sin_port = htons(51234);
	remote.sin_addr.s_addr = htonl(0xc0000201);
	local.sin_family = AF_INET;
	local.sin_port = htons(80);
	local.sin_addr.s_addr = htonl(0xc0000202);
	r.address.remote = &remote;
	r.address.local = &local;
	for (int i = 0; i < 20; i++)
		set_str(&r.headers.known_headers[req_known[i].id].value,
			&r.headers.known_headers[req_known[i].id].value_length,
			req_known[i].value);
	for (int i = 0; i < 3; i++)
		set_unknown(&unknown[i], req_unknown[i][0], req_unknown[i][1]);
	r.headers.unknown_headers = unknown;
	r.headers.unknown_header_count = 3;
	for (int i = 0; i < 2; i++)
		set_memory_chunk(&chunks[i], body[i], sizeof(body[i]), (char)('a' + i));
	r.entity_chunks = chunks;
	r.entity_chunk_count = 2;
	r.bytes_received = 1600;
	r.raw_connection_id = 0x100000001ull;
	return &r;
}

const struct kh_response *bench_response(void)
{
	static struct kh_response r;
	static struct kh_unknown_header unknown[2];
	static struct kh_data_chunk chunks[2];
	static char body[2][1024];

	memset(&r, 0, sizeof(r));
	r.version.major = 1;
	r.version.minor = 1;
	r.status_code = 200;
	set_str(&r.reason, &r.reason_length, "OK");
	for (int i = 0; i < 5; i++)
		set_str(&r.headers.known_headers[resp_known[i].id].value,
			&r.headers.known_headers[resp_known[i].id].value_length,
			resp_known[i].value);
	for (int i = 0; i < 2; i++)
		set_unknown(&unknown[i], resp_unknown[i][0], resp_unknown[i][1]);
	r.headers.unknown_headers = unknown;
	r.headers.unknown_header_count = 2;
	for (int i = 0; i < 2; i++)
		set_memory_chunk(&chunks[i], body[i], sizeof(body[i]), (char)('x' + i));
	r.entity_chunks = chunks;
	r.entity_chunk_count = 2;
	return &r;
}
