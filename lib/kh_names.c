// SPDX-License-Identifier: (GPL-2.0 WITH Linux-syscall-note) OR MIT
/*
 * libkhttp: names of known headers and verbs, in HTTP.sys's HTTP_HEADER_ID
 * order (the kernel's kernel/khttp_headers.c spells them the same way).
 */
#include "kh_lib.h"

#define KH_COMMON_HEADERS 20	/* ids below this are shared by both directions */

static const char *const common_headers[KH_COMMON_HEADERS] = {
	"Cache-Control", "Connection", "Date", "Keep-Alive", "Pragma",
	"Trailer", "Transfer-Encoding", "Upgrade", "Via", "Warning",
	"Allow", "Content-Length", "Content-Type", "Content-Encoding",
	"Content-Language", "Content-Location", "Content-MD5",
	"Content-Range", "Expires", "Last-Modified",
};

static const char *const request_only[KH_HEADER_REQUEST_MAXIMUM - KH_COMMON_HEADERS] = {
	"Accept", "Accept-Charset", "Accept-Encoding", "Accept-Language",
	"Authorization", "Cookie", "Expect", "From", "Host", "If-Match",
	"If-Modified-Since", "If-None-Match", "If-Range",
	"If-Unmodified-Since", "Max-Forwards", "Proxy-Authorization",
	"Referer", "Range", "TE", "Translate", "User-Agent",
};

static const char *const response_only[KH_HEADER_RESPONSE_MAXIMUM - KH_COMMON_HEADERS] = {
	"Accept-Ranges", "Age", "ETag", "Location", "Proxy-Authenticate",
	"Retry-After", "Server", "Set-Cookie", "Vary", "WWW-Authenticate",
};

static const char *const verbs[KH_VERB_MAXIMUM] = {
	[KH_VERB_OPTIONS] = "OPTIONS", [KH_VERB_GET] = "GET",
	[KH_VERB_HEAD] = "HEAD", [KH_VERB_POST] = "POST",
	[KH_VERB_PUT] = "PUT", [KH_VERB_DELETE] = "DELETE",
	[KH_VERB_TRACE] = "TRACE", [KH_VERB_CONNECT] = "CONNECT",
	[KH_VERB_PATCH] = "PATCH",
};

KH_API const char *khttp_request_header_name(unsigned int id)
{
	if (id >= KH_HEADER_REQUEST_MAXIMUM)
		return NULL;
	return id < KH_COMMON_HEADERS ? common_headers[id] : request_only[id - KH_COMMON_HEADERS];
}

KH_API const char *khttp_response_header_name(unsigned int id)
{
	if (id >= KH_HEADER_RESPONSE_MAXIMUM)
		return NULL;
	return id < KH_COMMON_HEADERS ? common_headers[id] : response_only[id - KH_COMMON_HEADERS];
}

const char *kh_verb_name(unsigned int verb)
{
	return verb < KH_VERB_MAXIMUM ? verbs[verb] : NULL;
}
