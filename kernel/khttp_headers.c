// SPDX-License-Identifier: GPL-2.0
/*
 * khttp: names of the known headers (HTTP.sys's HTTP_HEADER_ID order) and
 * of the known verbs, as tables.
 */
#include <linux/string.h>
#include "khttp_headers.h"

static const char *const khttp_common_headers[20] = {
	"Cache-Control", "Connection", "Date", "Keep-Alive", "Pragma",
	"Trailer", "Transfer-Encoding", "Upgrade", "Via", "Warning",
	"Allow", "Content-Length", "Content-Type", "Content-Encoding",
	"Content-Language", "Content-Location", "Content-MD5",
	"Content-Range", "Expires", "Last-Modified",
};

static const char *const khttp_request_only[KH_HEADER_REQUEST_MAXIMUM - 20] = {
	"Accept", "Accept-Charset", "Accept-Encoding", "Accept-Language",
	"Authorization", "Cookie", "Expect", "From", "Host", "If-Match",
	"If-Modified-Since", "If-None-Match", "If-Range",
	"If-Unmodified-Since", "Max-Forwards", "Proxy-Authorization",
	"Referer", "Range", "TE", "Translate", "User-Agent",
};

static const char *const khttp_response_only[KH_HEADER_RESPONSE_MAXIMUM - 20] = {
	"Accept-Ranges", "Age", "ETag", "Location", "Proxy-Authenticate",
	"Retry-After", "Server", "Set-Cookie", "Vary", "WWW-Authenticate",
};

static const char *const khttp_verbs[KH_VERB_MAXIMUM] = {
	[KH_VERB_OPTIONS] = "OPTIONS", [KH_VERB_GET] = "GET",
	[KH_VERB_HEAD] = "HEAD", [KH_VERB_POST] = "POST",
	[KH_VERB_PUT] = "PUT", [KH_VERB_DELETE] = "DELETE",
	[KH_VERB_TRACE] = "TRACE", [KH_VERB_CONNECT] = "CONNECT",
	[KH_VERB_PATCH] = "PATCH",
};

const char *khttp_request_header_name(int id)
{
	return id < 20 ? khttp_common_headers[id] : khttp_request_only[id - 20];
}

const char *khttp_response_header_name(int id)
{
	return id < 20 ? khttp_common_headers[id] : khttp_response_only[id - 20];
}

int khttp_request_header_id(const char *name, size_t len)
{
	int id;

	for (id = 0; id < KH_HEADER_REQUEST_MAXIMUM; id++) {
		const char *n = khttp_request_header_name(id);

		if (strlen(n) == len && !strncasecmp(n, name, len))
			return id;
	}
	return -1;
}

int khttp_response_header_id(const char *name, size_t len)
{
	int id;

	for (id = 0; id < KH_HEADER_RESPONSE_MAXIMUM; id++) {
		const char *n = khttp_response_header_name(id);

		if (strlen(n) == len && !strncasecmp(n, name, len))
			return id;
	}
	return -1;
}

int khttp_verb(const char *m, size_t len)
{
	int v;

	for (v = 0; v < KH_VERB_MAXIMUM; v++)
		if (khttp_verbs[v] && strlen(khttp_verbs[v]) == len &&
		    !memcmp(khttp_verbs[v], m, len))	/* methods are case-sensitive */
			return v;
	return KH_VERB_UNKNOWN;
}

const char *khttp_verb_name(int verb)
{
	return verb >= 0 && verb < KH_VERB_MAXIMUM ? khttp_verbs[verb] : NULL;
}
