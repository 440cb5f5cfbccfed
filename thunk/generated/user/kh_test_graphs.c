// SPDX-License-Identifier: GPL-2.0 OR MIT
/*
 * Generated from structs/khttp.h by thunkgen; do not edit, run `make gen`.
 * What: random graphs, deep equality and a type table for tests.
 */
#include <stdio.h>
#include "kh_test_graphs.h"

static int kh_differs(char *where, size_t len, const char *what)
{
	snprintf(where, len, "%s", what);
	return 0;
}

static const __s64 kh_values_abi[3] __attribute__((unused)) = { KH_ABI_NATIVE, KH_ABI_IA32, KH_ABI_X32 };

static const __s64 kh_values_verb[13] __attribute__((unused)) = { KH_VERB_UNPARSED, KH_VERB_UNKNOWN, KH_VERB_INVALID, KH_VERB_OPTIONS, KH_VERB_GET, KH_VERB_HEAD, KH_VERB_POST, KH_VERB_PUT, KH_VERB_DELETE, KH_VERB_TRACE, KH_VERB_CONNECT, KH_VERB_PATCH, KH_VERB_MAXIMUM };

static const __s64 kh_values_header_id[53] __attribute__((unused)) = { KH_HEADER_CACHE_CONTROL, KH_HEADER_CONNECTION, KH_HEADER_DATE, KH_HEADER_KEEP_ALIVE, KH_HEADER_PRAGMA, KH_HEADER_TRAILER, KH_HEADER_TRANSFER_ENCODING, KH_HEADER_UPGRADE, KH_HEADER_VIA, KH_HEADER_WARNING, KH_HEADER_ALLOW, KH_HEADER_CONTENT_LENGTH, KH_HEADER_CONTENT_TYPE, KH_HEADER_CONTENT_ENCODING, KH_HEADER_CONTENT_LANGUAGE, KH_HEADER_CONTENT_LOCATION, KH_HEADER_CONTENT_MD5, KH_HEADER_CONTENT_RANGE, KH_HEADER_EXPIRES, KH_HEADER_LAST_MODIFIED, KH_HEADER_ACCEPT, KH_HEADER_ACCEPT_CHARSET, KH_HEADER_ACCEPT_ENCODING, KH_HEADER_ACCEPT_LANGUAGE, KH_HEADER_AUTHORIZATION, KH_HEADER_COOKIE, KH_HEADER_EXPECT, KH_HEADER_FROM, KH_HEADER_HOST, KH_HEADER_IF_MATCH, KH_HEADER_IF_MODIFIED_SINCE, KH_HEADER_IF_NONE_MATCH, KH_HEADER_IF_RANGE, KH_HEADER_IF_UNMODIFIED_SINCE, KH_HEADER_MAX_FORWARDS, KH_HEADER_PROXY_AUTHORIZATION, KH_HEADER_REFERER, KH_HEADER_RANGE, KH_HEADER_TE, KH_HEADER_TRANSLATE, KH_HEADER_USER_AGENT, KH_HEADER_REQUEST_MAXIMUM, KH_HEADER_ACCEPT_RANGES, KH_HEADER_AGE, KH_HEADER_ETAG, KH_HEADER_LOCATION, KH_HEADER_PROXY_AUTHENTICATE, KH_HEADER_RETRY_AFTER, KH_HEADER_SERVER, KH_HEADER_SET_COOKIE, KH_HEADER_VARY, KH_HEADER_WWW_AUTHENTICATE, KH_HEADER_RESPONSE_MAXIMUM };

static const __s64 kh_values_chunk_type[3] __attribute__((unused)) = { KH_CHUNK_FROM_MEMORY, KH_CHUNK_FROM_FILE, KH_CHUNK_FROM_FRAGMENT_CACHE };

static const __s64 kh_values_request_info_type[2] __attribute__((unused)) = { KH_REQUEST_INFO_TIMING, KH_REQUEST_INFO_TCP };

static const __s64 kh_values_response_info_type[2] __attribute__((unused)) = { KH_RESPONSE_INFO_MULTIPLE_KNOWN_HEADERS, KH_RESPONSE_INFO_CACHE_KEY };

static const __s64 kh_values_cache_policy_type[3] __attribute__((unused)) = { KH_CACHE_NONE, KH_CACHE_USER_INVALIDATES, KH_CACHE_TIME_TO_LIVE };

static const __s64 kh_values_stat[18] __attribute__((unused)) = { KH_STAT_IOCTLS_NATIVE, KH_STAT_IOCTLS_IA32, KH_STAT_IOCTLS_X32, KH_STAT_IOCTL_ERRORS, KH_STAT_CONNECTIONS, KH_STAT_REQUESTS, KH_STAT_KERNEL_RESPONSES, KH_STAT_RESPONSES_2XX, KH_STAT_RESPONSES_4XX, KH_STAT_RESPONSES_5XX, KH_STAT_BYTES_IN, KH_STAT_BYTES_OUT, KH_STAT_CACHE_HITS, KH_STAT_FILE_BYTES_SPLICED, KH_STAT_MEM_REFUSED, KH_STAT_OUTPUT_WAITS, KH_STAT_SEND_TIMEOUTS, KH_STAT_COUNT };

static const __s64 kh_values_queue_stat[6] __attribute__((unused)) = { KH_QSTAT_REQUESTS, KH_QSTAT_RECEIVED, KH_QSTAT_ANSWERED, KH_QSTAT_REJECTED, KH_QSTAT_PENDING, KH_QSTAT_COUNT };

static const __s64 kh_values_admin_kind[7] __attribute__((unused)) = { KH_ADMIN_LISTENER, KH_ADMIN_URL, KH_ADMIN_QUEUE, KH_ADMIN_WORKER, KH_ADMIN_REQUEST, KH_ADMIN_CACHE, KH_ADMIN_KIND_MAX };

int kh_random_http_version(struct kh_rand *r, struct kh_ctx *c __maybe_unused,
			   struct kh_http_version *dst)
{

	memset(dst, r->poison, sizeof(*dst));	/* padding, unused arms */
	dst->major = (__u16)kh_rand_u64(r);
	dst->minor = (__u16)kh_rand_u64(r);
	return 0;
}

int kh_equal_http_version(const struct kh_http_version *a, const struct kh_http_version *b,
			  char *where __maybe_unused,
		size_t len __maybe_unused)
{
	if (memcmp(&a->major, &b->major, sizeof(a->major)))
		return kh_differs(where, len, "a->major");
	if (memcmp(&a->minor, &b->minor, sizeof(a->minor)))
		return kh_differs(where, len, "a->minor");
	return 1;
}

int kh_random_byte_range(struct kh_rand *r, struct kh_ctx *c __maybe_unused,
			 struct kh_byte_range *dst)
{

	memset(dst, r->poison, sizeof(*dst));	/* padding, unused arms */
	dst->start = (__u64)kh_rand_u64(r);
	dst->length = (__u64)kh_rand_u64(r);
	return 0;
}

int kh_equal_byte_range(const struct kh_byte_range *a, const struct kh_byte_range *b,
			char *where __maybe_unused,
		size_t len __maybe_unused)
{
	if (memcmp(&a->start, &b->start, sizeof(a->start)))
		return kh_differs(where, len, "a->start");
	if (memcmp(&a->length, &b->length, sizeof(a->length)))
		return kh_differs(where, len, "a->length");
	return 1;
}

int kh_random_known_header(struct kh_rand *r, struct kh_ctx *c, struct kh_known_header *dst)
{
	void *k;
	int err;

	memset(dst, r->poison, sizeof(*dst));	/* padding, unused arms */
	dst->value_length = kh_rand_below(r, 24 + 1);
	if (dst->value_length) {
		err = kh_alloc(c, &k, (size_t)(dst->value_length) + 1, 1, 1);
		if (err)
			return err;
		kh_rand_bytes(r, k, (size_t)(dst->value_length), 1);
		dst->value = k;
	} else {
		dst->value = NULL;
	}
	return 0;
}

int kh_equal_known_header(const struct kh_known_header *a, const struct kh_known_header *b,
			  char *where __maybe_unused,
		size_t len __maybe_unused)
{
	if (memcmp(&a->value_length, &b->value_length, sizeof(a->value_length)))
		return kh_differs(where, len, "a->value_length");
	if (!a->value != !b->value)
		return kh_differs(where, len, "a->value");
	if (a->value && (a->value_length)) {
		if (memcmp(a->value, b->value, (size_t)(a->value_length)))
			return kh_differs(where, len, "a->value");
	}
	return 1;
}

int kh_random_unknown_header(struct kh_rand *r, struct kh_ctx *c, struct kh_unknown_header *dst)
{
	void *k;
	int err;

	memset(dst, r->poison, sizeof(*dst));	/* padding, unused arms */
	dst->name_length = kh_rand_below(r, 24 + 1);
	if (dst->name_length) {
		err = kh_alloc(c, &k, (size_t)(dst->name_length) + 1, 1, 1);
		if (err)
			return err;
		kh_rand_bytes(r, k, (size_t)(dst->name_length), 1);
		dst->name = k;
	} else {
		dst->name = NULL;
	}
	dst->value_length = kh_rand_below(r, 24 + 1);
	if (dst->value_length) {
		err = kh_alloc(c, &k, (size_t)(dst->value_length) + 1, 1, 1);
		if (err)
			return err;
		kh_rand_bytes(r, k, (size_t)(dst->value_length), 1);
		dst->value = k;
	} else {
		dst->value = NULL;
	}
	return 0;
}

int kh_equal_unknown_header(const struct kh_unknown_header *a, const struct kh_unknown_header *b,
			    char *where __maybe_unused,
		size_t len __maybe_unused)
{
	if (memcmp(&a->name_length, &b->name_length, sizeof(a->name_length)))
		return kh_differs(where, len, "a->name_length");
	if (memcmp(&a->value_length, &b->value_length, sizeof(a->value_length)))
		return kh_differs(where, len, "a->value_length");
	if (!a->name != !b->name)
		return kh_differs(where, len, "a->name");
	if (a->name && (a->name_length)) {
		if (memcmp(a->name, b->name, (size_t)(a->name_length)))
			return kh_differs(where, len, "a->name");
	}
	if (!a->value != !b->value)
		return kh_differs(where, len, "a->value");
	if (a->value && (a->value_length)) {
		if (memcmp(a->value, b->value, (size_t)(a->value_length)))
			return kh_differs(where, len, "a->value");
	}
	return 1;
}

int kh_random_cooked_url(struct kh_rand *r, struct kh_ctx *c, struct kh_cooked_url *dst)
{
	void *k;
	int err;

	memset(dst, r->poison, sizeof(*dst));	/* padding, unused arms */
	dst->full_url_length = kh_rand_below(r, 24 + 1);
	if (dst->full_url_length) {
		err = kh_alloc(c, &k, (size_t)(dst->full_url_length) + 1, 1, 1);
		if (err)
			return err;
		kh_rand_bytes(r, k, (size_t)(dst->full_url_length), 1);
		dst->full_url = k;
	} else {
		dst->full_url = NULL;
	}
	dst->host_length = kh_rand_below(r, 24 + 1);
	if (dst->host_length) {
		err = kh_alloc(c, &k, (size_t)(dst->host_length) + 1, 1, 1);
		if (err)
			return err;
		kh_rand_bytes(r, k, (size_t)(dst->host_length), 1);
		dst->host = k;
	} else {
		dst->host = NULL;
	}
	dst->abs_path_length = kh_rand_below(r, 24 + 1);
	if (dst->abs_path_length) {
		err = kh_alloc(c, &k, (size_t)(dst->abs_path_length) + 1, 1, 1);
		if (err)
			return err;
		kh_rand_bytes(r, k, (size_t)(dst->abs_path_length), 1);
		dst->abs_path = k;
	} else {
		dst->abs_path = NULL;
	}
	dst->query_string_length = kh_rand_below(r, 24 + 1);
	if (dst->query_string_length) {
		err = kh_alloc(c, &k, (size_t)(dst->query_string_length) + 1, 1, 1);
		if (err)
			return err;
		kh_rand_bytes(r, k, (size_t)(dst->query_string_length), 1);
		dst->query_string = k;
	} else {
		dst->query_string = NULL;
	}
	return 0;
}

int kh_equal_cooked_url(const struct kh_cooked_url *a, const struct kh_cooked_url *b,
			char *where __maybe_unused,
		size_t len __maybe_unused)
{
	if (memcmp(&a->full_url_length, &b->full_url_length, sizeof(a->full_url_length)))
		return kh_differs(where, len, "a->full_url_length");
	if (memcmp(&a->host_length, &b->host_length, sizeof(a->host_length)))
		return kh_differs(where, len, "a->host_length");
	if (memcmp(&a->abs_path_length, &b->abs_path_length, sizeof(a->abs_path_length)))
		return kh_differs(where, len, "a->abs_path_length");
	if (memcmp(&a->query_string_length, &b->query_string_length,
		   sizeof(a->query_string_length)))
		return kh_differs(where, len, "a->query_string_length");
	if (!a->full_url != !b->full_url)
		return kh_differs(where, len, "a->full_url");
	if (a->full_url && (a->full_url_length)) {
		if (memcmp(a->full_url, b->full_url, (size_t)(a->full_url_length)))
			return kh_differs(where, len, "a->full_url");
	}
	if (!a->host != !b->host)
		return kh_differs(where, len, "a->host");
	if (a->host && (a->host_length)) {
		if (memcmp(a->host, b->host, (size_t)(a->host_length)))
			return kh_differs(where, len, "a->host");
	}
	if (!a->abs_path != !b->abs_path)
		return kh_differs(where, len, "a->abs_path");
	if (a->abs_path && (a->abs_path_length)) {
		if (memcmp(a->abs_path, b->abs_path, (size_t)(a->abs_path_length)))
			return kh_differs(where, len, "a->abs_path");
	}
	if (!a->query_string != !b->query_string)
		return kh_differs(where, len, "a->query_string");
	if (a->query_string && (a->query_string_length)) {
		if (memcmp(a->query_string, b->query_string, (size_t)(a->query_string_length)))
			return kh_differs(where, len, "a->query_string");
	}
	return 1;
}

int kh_random_transport_address(struct kh_rand *r, struct kh_ctx *c,
				struct kh_transport_address *dst)
{
	void *k;
	int err;

	memset(dst, r->poison, sizeof(*dst));	/* padding, unused arms */
	{
		__u16 family = kh_rand_below(r, 2) ? 2 : 10;
		unsigned int n = kh_sockaddr_size(family);

		err = kh_alloc(c, &k, n, 1, 8);
		if (err)
			return err;
		kh_rand_bytes(r, k, n, 0);
		memcpy(k, &family, sizeof(family));
		dst->remote = k;
	}
	{
		__u16 family = kh_rand_below(r, 2) ? 2 : 10;
		unsigned int n = kh_sockaddr_size(family);

		err = kh_alloc(c, &k, n, 1, 8);
		if (err)
			return err;
		kh_rand_bytes(r, k, n, 0);
		memcpy(k, &family, sizeof(family));
		dst->local = k;
	}
	return 0;
}

int kh_equal_transport_address(const struct kh_transport_address *a,
			       const struct kh_transport_address *b, char *where __maybe_unused,
		size_t len __maybe_unused)
{
	if (!a->remote != !b->remote || (a->remote && memcmp(a->remote, b->remote,
							     kh_sockaddr_size(*(const __u16 *)a->remote))))
		return kh_differs(where, len, "a->remote");
	if (!a->local != !b->local || (a->local && memcmp(a->local, b->local,
							  kh_sockaddr_size(*(const __u16 *)a->local))))
		return kh_differs(where, len, "a->local");
	return 1;
}

int kh_random_request_headers(struct kh_rand *r, struct kh_ctx *c, struct kh_request_headers *dst)
{
	void *k;
	int err;

	memset(dst, r->poison, sizeof(*dst));	/* padding, unused arms */
	for (unsigned int i0 = 0; i0 < 41; i0++) {
		err = kh_random_known_header(r, c, &dst->known_headers[i0]);
		if (err)
			return err;
	}
	dst->unknown_header_count = kh_rand_below(r, 3 + 1);
	if (dst->unknown_header_count) {
		err = kh_alloc(c, &k, (size_t)(dst->unknown_header_count),
			       sizeof(struct kh_unknown_header),
			       _Alignof(struct kh_unknown_header));
		if (err)
			return err;
		for (size_t i = 0; i < (size_t)(dst->unknown_header_count); i++) {
			err = kh_random_unknown_header(r, c, &((struct kh_unknown_header *)k)[i]);
			if (err)
				return err;
		}
		dst->unknown_headers = k;
	} else {
		dst->unknown_headers = NULL;
	}
	dst->trailer_count = kh_rand_below(r, 3 + 1);
	if (dst->trailer_count) {
		err = kh_alloc(c, &k, (size_t)(dst->trailer_count),
			       sizeof(struct kh_unknown_header),
			       _Alignof(struct kh_unknown_header));
		if (err)
			return err;
		for (size_t i = 0; i < (size_t)(dst->trailer_count); i++) {
			err = kh_random_unknown_header(r, c, &((struct kh_unknown_header *)k)[i]);
			if (err)
				return err;
		}
		dst->trailers = k;
	} else {
		dst->trailers = NULL;
	}
	return 0;
}

int kh_equal_request_headers(const struct kh_request_headers *a, const struct kh_request_headers *b,
			     char *where __maybe_unused,
		size_t len __maybe_unused)
{
	if (memcmp(&a->unknown_header_count, &b->unknown_header_count,
		   sizeof(a->unknown_header_count)))
		return kh_differs(where, len, "a->unknown_header_count");
	if (memcmp(&a->trailer_count, &b->trailer_count, sizeof(a->trailer_count)))
		return kh_differs(where, len, "a->trailer_count");
	for (unsigned int i0 = 0; i0 < 41; i0++) {
		if (!kh_equal_known_header(&a->known_headers[i0], &b->known_headers[i0], where,
					   len))
			return 0;
	}
	if (!a->unknown_headers != !b->unknown_headers)
		return kh_differs(where, len, "a->unknown_headers");
	if (a->unknown_headers && (a->unknown_header_count)) {
		for (size_t i = 0; i < (size_t)(a->unknown_header_count); i++)
			if (!kh_equal_unknown_header(&((const struct kh_unknown_header *)a->unknown_headers)[i], &((const struct kh_unknown_header *)b->unknown_headers)[i], where, len))
				return 0;
	}
	if (!a->trailers != !b->trailers)
		return kh_differs(where, len, "a->trailers");
	if (a->trailers && (a->trailer_count)) {
		for (size_t i = 0; i < (size_t)(a->trailer_count); i++)
			if (!kh_equal_unknown_header(&((const struct kh_unknown_header *)a->trailers)[i], &((const struct kh_unknown_header *)b->trailers)[i], where, len))
				return 0;
	}
	return 1;
}

int kh_random_response_headers(struct kh_rand *r, struct kh_ctx *c, struct kh_response_headers *dst)
{
	void *k;
	int err;

	memset(dst, r->poison, sizeof(*dst));	/* padding, unused arms */
	for (unsigned int i0 = 0; i0 < 30; i0++) {
		err = kh_random_known_header(r, c, &dst->known_headers[i0]);
		if (err)
			return err;
	}
	dst->unknown_header_count = kh_rand_below(r, 3 + 1);
	if (dst->unknown_header_count) {
		err = kh_alloc(c, &k, (size_t)(dst->unknown_header_count),
			       sizeof(struct kh_unknown_header),
			       _Alignof(struct kh_unknown_header));
		if (err)
			return err;
		for (size_t i = 0; i < (size_t)(dst->unknown_header_count); i++) {
			err = kh_random_unknown_header(r, c, &((struct kh_unknown_header *)k)[i]);
			if (err)
				return err;
		}
		dst->unknown_headers = k;
	} else {
		dst->unknown_headers = NULL;
	}
	dst->trailer_count = kh_rand_below(r, 3 + 1);
	if (dst->trailer_count) {
		err = kh_alloc(c, &k, (size_t)(dst->trailer_count),
			       sizeof(struct kh_unknown_header),
			       _Alignof(struct kh_unknown_header));
		if (err)
			return err;
		for (size_t i = 0; i < (size_t)(dst->trailer_count); i++) {
			err = kh_random_unknown_header(r, c, &((struct kh_unknown_header *)k)[i]);
			if (err)
				return err;
		}
		dst->trailers = k;
	} else {
		dst->trailers = NULL;
	}
	return 0;
}

int kh_equal_response_headers(const struct kh_response_headers *a,
			      const struct kh_response_headers *b, char *where __maybe_unused,
		size_t len __maybe_unused)
{
	if (memcmp(&a->unknown_header_count, &b->unknown_header_count,
		   sizeof(a->unknown_header_count)))
		return kh_differs(where, len, "a->unknown_header_count");
	if (memcmp(&a->trailer_count, &b->trailer_count, sizeof(a->trailer_count)))
		return kh_differs(where, len, "a->trailer_count");
	for (unsigned int i0 = 0; i0 < 30; i0++) {
		if (!kh_equal_known_header(&a->known_headers[i0], &b->known_headers[i0], where,
					   len))
			return 0;
	}
	if (!a->unknown_headers != !b->unknown_headers)
		return kh_differs(where, len, "a->unknown_headers");
	if (a->unknown_headers && (a->unknown_header_count)) {
		for (size_t i = 0; i < (size_t)(a->unknown_header_count); i++)
			if (!kh_equal_unknown_header(&((const struct kh_unknown_header *)a->unknown_headers)[i], &((const struct kh_unknown_header *)b->unknown_headers)[i], where, len))
				return 0;
	}
	if (!a->trailers != !b->trailers)
		return kh_differs(where, len, "a->trailers");
	if (a->trailers && (a->trailer_count)) {
		for (size_t i = 0; i < (size_t)(a->trailer_count); i++)
			if (!kh_equal_unknown_header(&((const struct kh_unknown_header *)a->trailers)[i], &((const struct kh_unknown_header *)b->trailers)[i], where, len))
				return 0;
	}
	return 1;
}

int kh_random_data_chunk(struct kh_rand *r, struct kh_ctx *c, struct kh_data_chunk *dst)
{
	void *k;
	int err;

	memset(dst, r->poison, sizeof(*dst));	/* padding, unused arms */
	switch (kh_rand_below(r, 3)) {
	case 0:
		dst->type = KH_CHUNK_FROM_MEMORY;
		dst->u.memory.length = kh_rand_below(r, 24 + 1);
		if (dst->u.memory.length) {
			err = kh_alloc(c, &k, (size_t)(dst->u.memory.length), 1, 1);
			if (err)
				return err;
			kh_rand_bytes(r, k, (size_t)(dst->u.memory.length), 0);
			dst->u.memory.buffer = k;
		} else {
			dst->u.memory.buffer = NULL;
		}
		break;
	case 1:
		dst->type = KH_CHUNK_FROM_FILE;
		err = kh_random_byte_range(r, c, &dst->u.file.range);
		if (err)
			return err;
		dst->u.file.fd = (int)kh_rand_below(r, 1024);
		break;
	case 2:
		dst->type = KH_CHUNK_FROM_FRAGMENT_CACHE;
		dst->u.fragment.name_length = kh_rand_below(r, 24 + 1);
		if (dst->u.fragment.name_length) {
			err = kh_alloc(c, &k, (size_t)(dst->u.fragment.name_length) + 1, 1, 1);
			if (err)
				return err;
			kh_rand_bytes(r, k, (size_t)(dst->u.fragment.name_length), 1);
			dst->u.fragment.name = k;
		} else {
			dst->u.fragment.name = NULL;
		}
		break;
	}
	return 0;
}

int kh_equal_data_chunk(const struct kh_data_chunk *a, const struct kh_data_chunk *b,
			char *where __maybe_unused,
		size_t len __maybe_unused)
{
	if (memcmp(&a->type, &b->type, sizeof(a->type)))
		return kh_differs(where, len, "a->type");
	switch (a->type) {
	case KH_CHUNK_FROM_MEMORY:
		if (memcmp(&a->u.memory.length, &b->u.memory.length, sizeof(a->u.memory.length)))
			return kh_differs(where, len, "a->u.memory.length");
		if (!a->u.memory.buffer != !b->u.memory.buffer)
			return kh_differs(where, len, "a->u.memory.buffer");
		if (a->u.memory.buffer && (a->u.memory.length)) {
			if (memcmp(a->u.memory.buffer, b->u.memory.buffer,
				   (size_t)(a->u.memory.length)))
				return kh_differs(where, len, "a->u.memory.buffer");
		}
		break;
	case KH_CHUNK_FROM_FILE:
		if (!kh_equal_byte_range(&a->u.file.range, &b->u.file.range, where, len))
			return 0;
		if (memcmp(&a->u.file.fd, &b->u.file.fd, sizeof(a->u.file.fd)))
			return kh_differs(where, len, "a->u.file.fd");
		break;
	case KH_CHUNK_FROM_FRAGMENT_CACHE:
		if (memcmp(&a->u.fragment.name_length, &b->u.fragment.name_length,
			   sizeof(a->u.fragment.name_length)))
			return kh_differs(where, len, "a->u.fragment.name_length");
		if (!a->u.fragment.name != !b->u.fragment.name)
			return kh_differs(where, len, "a->u.fragment.name");
		if (a->u.fragment.name && (a->u.fragment.name_length)) {
			if (memcmp(a->u.fragment.name, b->u.fragment.name,
				   (size_t)(a->u.fragment.name_length)))
				return kh_differs(where, len, "a->u.fragment.name");
		}
		break;
	}
	return 1;
}

int kh_random_request_timing(struct kh_rand *r, struct kh_ctx *c __maybe_unused,
			     struct kh_request_timing *dst)
{

	memset(dst, r->poison, sizeof(*dst));	/* padding, unused arms */
	dst->accepted_ns = (__u64)kh_rand_u64(r);
	dst->headers_parsed_ns = (__u64)kh_rand_u64(r);
	dst->header_bytes = (__u32)kh_rand_u64(r);
	return 0;
}

int kh_equal_request_timing(const struct kh_request_timing *a, const struct kh_request_timing *b,
			    char *where __maybe_unused,
		size_t len __maybe_unused)
{
	if (memcmp(&a->accepted_ns, &b->accepted_ns, sizeof(a->accepted_ns)))
		return kh_differs(where, len, "a->accepted_ns");
	if (memcmp(&a->headers_parsed_ns, &b->headers_parsed_ns, sizeof(a->headers_parsed_ns)))
		return kh_differs(where, len, "a->headers_parsed_ns");
	if (memcmp(&a->header_bytes, &b->header_bytes, sizeof(a->header_bytes)))
		return kh_differs(where, len, "a->header_bytes");
	return 1;
}

int kh_random_request_tcp(struct kh_rand *r, struct kh_ctx *c __maybe_unused,
			  struct kh_request_tcp *dst)
{

	memset(dst, r->poison, sizeof(*dst));	/* padding, unused arms */
	dst->rtt_us = (__u32)kh_rand_u64(r);
	dst->mss = (__u32)kh_rand_u64(r);
	dst->bytes_acked = (__u64)kh_rand_u64(r);
	return 0;
}

int kh_equal_request_tcp(const struct kh_request_tcp *a, const struct kh_request_tcp *b,
			 char *where __maybe_unused,
		size_t len __maybe_unused)
{
	if (memcmp(&a->rtt_us, &b->rtt_us, sizeof(a->rtt_us)))
		return kh_differs(where, len, "a->rtt_us");
	if (memcmp(&a->mss, &b->mss, sizeof(a->mss)))
		return kh_differs(where, len, "a->mss");
	if (memcmp(&a->bytes_acked, &b->bytes_acked, sizeof(a->bytes_acked)))
		return kh_differs(where, len, "a->bytes_acked");
	return 1;
}

int kh_random_request_info(struct kh_rand *r, struct kh_ctx *c, struct kh_request_info *dst)
{
	void *k;
	int err;

	memset(dst, r->poison, sizeof(*dst));	/* padding, unused arms */
	switch (kh_rand_below(r, 2)) {
	case 0:
		dst->type = KH_REQUEST_INFO_TIMING;
		dst->length = sizeof(struct kh_request_timing);
		err = kh_alloc(c, &k, (size_t)(1), sizeof(struct kh_request_timing),
			       _Alignof(struct kh_request_timing));
		if (err)
			return err;
		for (size_t i = 0; i < (size_t)(1); i++) {
			err = kh_random_request_timing(r, c, &((struct kh_request_timing *)k)[i]);
			if (err)
				return err;
		}
		dst->info = k;
		break;
	case 1:
		dst->type = KH_REQUEST_INFO_TCP;
		dst->length = sizeof(struct kh_request_tcp);
		err = kh_alloc(c, &k, (size_t)(1), sizeof(struct kh_request_tcp),
			       _Alignof(struct kh_request_tcp));
		if (err)
			return err;
		for (size_t i = 0; i < (size_t)(1); i++) {
			err = kh_random_request_tcp(r, c, &((struct kh_request_tcp *)k)[i]);
			if (err)
				return err;
		}
		dst->info = k;
		break;
	}
	return 0;
}

int kh_equal_request_info(const struct kh_request_info *a, const struct kh_request_info *b,
			  char *where __maybe_unused,
		size_t len __maybe_unused)
{
	if (memcmp(&a->type, &b->type, sizeof(a->type)))
		return kh_differs(where, len, "a->type");
	if (memcmp(&a->length, &b->length, sizeof(a->length)))
		return kh_differs(where, len, "a->length");
	switch (a->type) {
	case KH_REQUEST_INFO_TIMING:
		if (!a->info != !b->info)
			return kh_differs(where, len, "a->info");
		if (a->info && (1)) {
			for (size_t i = 0; i < (size_t)(1); i++)
				if (!kh_equal_request_timing(&((const struct kh_request_timing *)a->info)[i], &((const struct kh_request_timing *)b->info)[i], where, len))
					return 0;
		}
		break;
	case KH_REQUEST_INFO_TCP:
		if (!a->info != !b->info)
			return kh_differs(where, len, "a->info");
		if (a->info && (1)) {
			for (size_t i = 0; i < (size_t)(1); i++)
				if (!kh_equal_request_tcp(&((const struct kh_request_tcp *)a->info)[i], &((const struct kh_request_tcp *)b->info)[i], where, len))
					return 0;
		}
		break;
	}
	return 1;
}

int kh_random_request(struct kh_rand *r, struct kh_ctx *c, struct kh_request *dst)
{
	void *k;
	int err;

	memset(dst, r->poison, sizeof(*dst));	/* padding, unused arms */
	dst->flags = kh_rand_u64(r) & (KH_REQUEST_FLAGS_ALL);
	dst->connection_id = (__u64)kh_rand_u64(r);
	dst->request_id = (__u64)kh_rand_u64(r);
	dst->url_context = (__u64)kh_rand_u64(r);
	err = kh_random_http_version(r, c, &dst->version);
	if (err)
		return err;
	dst->verb = kh_values_verb[kh_rand_below(r, 13)];
	err = kh_random_cooked_url(r, c, &dst->cooked_url);
	if (err)
		return err;
	err = kh_random_transport_address(r, c, &dst->address);
	if (err)
		return err;
	err = kh_random_request_headers(r, c, &dst->headers);
	if (err)
		return err;
	dst->bytes_received = (__u64)kh_rand_u64(r);
	dst->raw_connection_id = (__u64)kh_rand_u64(r);
	dst->unknown_verb_length = kh_rand_below(r, 24 + 1);
	if (dst->unknown_verb_length) {
		err = kh_alloc(c, &k, (size_t)(dst->unknown_verb_length) + 1, 1, 1);
		if (err)
			return err;
		kh_rand_bytes(r, k, (size_t)(dst->unknown_verb_length), 1);
		dst->unknown_verb = k;
	} else {
		dst->unknown_verb = NULL;
	}
	dst->raw_url_length = kh_rand_below(r, 24 + 1);
	if (dst->raw_url_length) {
		err = kh_alloc(c, &k, (size_t)(dst->raw_url_length) + 1, 1, 1);
		if (err)
			return err;
		kh_rand_bytes(r, k, (size_t)(dst->raw_url_length), 1);
		dst->raw_url = k;
	} else {
		dst->raw_url = NULL;
	}
	dst->entity_chunk_count = kh_rand_below(r, 3 + 1);
	if (dst->entity_chunk_count) {
		err = kh_alloc(c, &k, (size_t)(dst->entity_chunk_count),
			       sizeof(struct kh_data_chunk), _Alignof(struct kh_data_chunk));
		if (err)
			return err;
		for (size_t i = 0; i < (size_t)(dst->entity_chunk_count); i++) {
			err = kh_random_data_chunk(r, c, &((struct kh_data_chunk *)k)[i]);
			if (err)
				return err;
		}
		dst->entity_chunks = k;
	} else {
		dst->entity_chunks = NULL;
	}
	dst->request_info_count = kh_rand_below(r, 3 + 1);
	if (dst->request_info_count) {
		err = kh_alloc(c, &k, (size_t)(dst->request_info_count),
			       sizeof(struct kh_request_info), _Alignof(struct kh_request_info));
		if (err)
			return err;
		for (size_t i = 0; i < (size_t)(dst->request_info_count); i++) {
			err = kh_random_request_info(r, c, &((struct kh_request_info *)k)[i]);
			if (err)
				return err;
		}
		dst->request_info = k;
	} else {
		dst->request_info = NULL;
	}
	return 0;
}

int kh_equal_request(const struct kh_request *a, const struct kh_request *b,
		     char *where __maybe_unused,
		size_t len __maybe_unused)
{
	if (memcmp(&a->flags, &b->flags, sizeof(a->flags)))
		return kh_differs(where, len, "a->flags");
	if (memcmp(&a->connection_id, &b->connection_id, sizeof(a->connection_id)))
		return kh_differs(where, len, "a->connection_id");
	if (memcmp(&a->request_id, &b->request_id, sizeof(a->request_id)))
		return kh_differs(where, len, "a->request_id");
	if (memcmp(&a->url_context, &b->url_context, sizeof(a->url_context)))
		return kh_differs(where, len, "a->url_context");
	if (!kh_equal_http_version(&a->version, &b->version, where, len))
		return 0;
	if (memcmp(&a->verb, &b->verb, sizeof(a->verb)))
		return kh_differs(where, len, "a->verb");
	if (memcmp(&a->unknown_verb_length, &b->unknown_verb_length,
		   sizeof(a->unknown_verb_length)))
		return kh_differs(where, len, "a->unknown_verb_length");
	if (memcmp(&a->raw_url_length, &b->raw_url_length, sizeof(a->raw_url_length)))
		return kh_differs(where, len, "a->raw_url_length");
	if (!kh_equal_cooked_url(&a->cooked_url, &b->cooked_url, where, len))
		return 0;
	if (!kh_equal_transport_address(&a->address, &b->address, where, len))
		return 0;
	if (!kh_equal_request_headers(&a->headers, &b->headers, where, len))
		return 0;
	if (memcmp(&a->bytes_received, &b->bytes_received, sizeof(a->bytes_received)))
		return kh_differs(where, len, "a->bytes_received");
	if (memcmp(&a->entity_chunk_count, &b->entity_chunk_count, sizeof(a->entity_chunk_count)))
		return kh_differs(where, len, "a->entity_chunk_count");
	if (memcmp(&a->raw_connection_id, &b->raw_connection_id, sizeof(a->raw_connection_id)))
		return kh_differs(where, len, "a->raw_connection_id");
	if (memcmp(&a->request_info_count, &b->request_info_count, sizeof(a->request_info_count)))
		return kh_differs(where, len, "a->request_info_count");
	if (!a->unknown_verb != !b->unknown_verb)
		return kh_differs(where, len, "a->unknown_verb");
	if (a->unknown_verb && (a->unknown_verb_length)) {
		if (memcmp(a->unknown_verb, b->unknown_verb, (size_t)(a->unknown_verb_length)))
			return kh_differs(where, len, "a->unknown_verb");
	}
	if (!a->raw_url != !b->raw_url)
		return kh_differs(where, len, "a->raw_url");
	if (a->raw_url && (a->raw_url_length)) {
		if (memcmp(a->raw_url, b->raw_url, (size_t)(a->raw_url_length)))
			return kh_differs(where, len, "a->raw_url");
	}
	if (!a->entity_chunks != !b->entity_chunks)
		return kh_differs(where, len, "a->entity_chunks");
	if (a->entity_chunks && (a->entity_chunk_count)) {
		for (size_t i = 0; i < (size_t)(a->entity_chunk_count); i++)
			if (!kh_equal_data_chunk(&((const struct kh_data_chunk *)a->entity_chunks)[i], &((const struct kh_data_chunk *)b->entity_chunks)[i], where, len))
				return 0;
	}
	if (!a->request_info != !b->request_info)
		return kh_differs(where, len, "a->request_info");
	if (a->request_info && (a->request_info_count)) {
		for (size_t i = 0; i < (size_t)(a->request_info_count); i++)
			if (!kh_equal_request_info(&((const struct kh_request_info *)a->request_info)[i], &((const struct kh_request_info *)b->request_info)[i], where, len))
				return 0;
	}
	return 1;
}

int kh_random_multiple_known_headers(struct kh_rand *r, struct kh_ctx *c,
				     struct kh_multiple_known_headers *dst)
{
	void *k;
	int err;

	memset(dst, r->poison, sizeof(*dst));	/* padding, unused arms */
	dst->header_id = kh_values_header_id[kh_rand_below(r, 53)];
	dst->flags = 0;
	dst->known_header_count = kh_rand_below(r, 3 + 1);
	if (dst->known_header_count) {
		err = kh_alloc(c, &k, (size_t)(dst->known_header_count),
			       sizeof(struct kh_known_header), _Alignof(struct kh_known_header));
		if (err)
			return err;
		for (size_t i = 0; i < (size_t)(dst->known_header_count); i++) {
			err = kh_random_known_header(r, c, &((struct kh_known_header *)k)[i]);
			if (err)
				return err;
		}
		dst->known_headers = k;
	} else {
		dst->known_headers = NULL;
	}
	return 0;
}

int kh_equal_multiple_known_headers(const struct kh_multiple_known_headers *a,
				    const struct kh_multiple_known_headers *b,
				    char *where __maybe_unused,
		size_t len __maybe_unused)
{
	if (memcmp(&a->header_id, &b->header_id, sizeof(a->header_id)))
		return kh_differs(where, len, "a->header_id");
	if (memcmp(&a->flags, &b->flags, sizeof(a->flags)))
		return kh_differs(where, len, "a->flags");
	if (memcmp(&a->known_header_count, &b->known_header_count, sizeof(a->known_header_count)))
		return kh_differs(where, len, "a->known_header_count");
	if (!a->known_headers != !b->known_headers)
		return kh_differs(where, len, "a->known_headers");
	if (a->known_headers && (a->known_header_count)) {
		for (size_t i = 0; i < (size_t)(a->known_header_count); i++)
			if (!kh_equal_known_header(&((const struct kh_known_header *)a->known_headers)[i], &((const struct kh_known_header *)b->known_headers)[i], where, len))
				return 0;
	}
	return 1;
}

int kh_random_cache_key(struct kh_rand *r, struct kh_ctx *c, struct kh_cache_key *dst)
{
	void *k;
	int err;

	memset(dst, r->poison, sizeof(*dst));	/* padding, unused arms */
	dst->key_length = kh_rand_below(r, 24 + 1);
	if (dst->key_length) {
		err = kh_alloc(c, &k, (size_t)(dst->key_length) + 1, 1, 1);
		if (err)
			return err;
		kh_rand_bytes(r, k, (size_t)(dst->key_length), 1);
		dst->key = k;
	} else {
		dst->key = NULL;
	}
	return 0;
}

int kh_equal_cache_key(const struct kh_cache_key *a, const struct kh_cache_key *b,
		       char *where __maybe_unused,
		size_t len __maybe_unused)
{
	if (memcmp(&a->key_length, &b->key_length, sizeof(a->key_length)))
		return kh_differs(where, len, "a->key_length");
	if (!a->key != !b->key)
		return kh_differs(where, len, "a->key");
	if (a->key && (a->key_length)) {
		if (memcmp(a->key, b->key, (size_t)(a->key_length)))
			return kh_differs(where, len, "a->key");
	}
	return 1;
}

int kh_random_response_info(struct kh_rand *r, struct kh_ctx *c, struct kh_response_info *dst)
{
	void *k;
	int err;

	memset(dst, r->poison, sizeof(*dst));	/* padding, unused arms */
	switch (kh_rand_below(r, 2)) {
	case 0:
		dst->type = KH_RESPONSE_INFO_MULTIPLE_KNOWN_HEADERS;
		dst->length = sizeof(struct kh_multiple_known_headers);
		err = kh_alloc(c, &k, (size_t)(1), sizeof(struct kh_multiple_known_headers),
			       _Alignof(struct kh_multiple_known_headers));
		if (err)
			return err;
		for (size_t i = 0; i < (size_t)(1); i++) {
			err = kh_random_multiple_known_headers(r, c,
							       &((struct kh_multiple_known_headers *)k)[i]);
			if (err)
				return err;
		}
		dst->info = k;
		break;
	case 1:
		dst->type = KH_RESPONSE_INFO_CACHE_KEY;
		dst->length = sizeof(struct kh_cache_key);
		err = kh_alloc(c, &k, (size_t)(1), sizeof(struct kh_cache_key),
			       _Alignof(struct kh_cache_key));
		if (err)
			return err;
		for (size_t i = 0; i < (size_t)(1); i++) {
			err = kh_random_cache_key(r, c, &((struct kh_cache_key *)k)[i]);
			if (err)
				return err;
		}
		dst->info = k;
		break;
	}
	return 0;
}

int kh_equal_response_info(const struct kh_response_info *a, const struct kh_response_info *b,
			   char *where __maybe_unused,
		size_t len __maybe_unused)
{
	if (memcmp(&a->type, &b->type, sizeof(a->type)))
		return kh_differs(where, len, "a->type");
	if (memcmp(&a->length, &b->length, sizeof(a->length)))
		return kh_differs(where, len, "a->length");
	switch (a->type) {
	case KH_RESPONSE_INFO_MULTIPLE_KNOWN_HEADERS:
		if (!a->info != !b->info)
			return kh_differs(where, len, "a->info");
		if (a->info && (1)) {
			for (size_t i = 0; i < (size_t)(1); i++)
				if (!kh_equal_multiple_known_headers(&((const struct kh_multiple_known_headers *)a->info)[i], &((const struct kh_multiple_known_headers *)b->info)[i], where, len))
					return 0;
		}
		break;
	case KH_RESPONSE_INFO_CACHE_KEY:
		if (!a->info != !b->info)
			return kh_differs(where, len, "a->info");
		if (a->info && (1)) {
			for (size_t i = 0; i < (size_t)(1); i++)
				if (!kh_equal_cache_key(&((const struct kh_cache_key *)a->info)[i],
							&((const struct kh_cache_key *)b->info)[i],
							where, len))
					return 0;
		}
		break;
	}
	return 1;
}

int kh_random_response(struct kh_rand *r, struct kh_ctx *c, struct kh_response *dst)
{
	void *k;
	int err;

	memset(dst, r->poison, sizeof(*dst));	/* padding, unused arms */
	dst->flags = kh_rand_u64(r) & (KH_RESPONSE_FLAGS_ALL);
	err = kh_random_http_version(r, c, &dst->version);
	if (err)
		return err;
	dst->status_code = (__u16)kh_rand_u64(r);
	err = kh_random_response_headers(r, c, &dst->headers);
	if (err)
		return err;
	dst->reason_length = kh_rand_below(r, 24 + 1);
	if (dst->reason_length) {
		err = kh_alloc(c, &k, (size_t)(dst->reason_length) + 1, 1, 1);
		if (err)
			return err;
		kh_rand_bytes(r, k, (size_t)(dst->reason_length), 1);
		dst->reason = k;
	} else {
		dst->reason = NULL;
	}
	dst->entity_chunk_count = kh_rand_below(r, 3 + 1);
	if (dst->entity_chunk_count) {
		err = kh_alloc(c, &k, (size_t)(dst->entity_chunk_count),
			       sizeof(struct kh_data_chunk), _Alignof(struct kh_data_chunk));
		if (err)
			return err;
		for (size_t i = 0; i < (size_t)(dst->entity_chunk_count); i++) {
			err = kh_random_data_chunk(r, c, &((struct kh_data_chunk *)k)[i]);
			if (err)
				return err;
		}
		dst->entity_chunks = k;
	} else {
		dst->entity_chunks = NULL;
	}
	dst->response_info_count = kh_rand_below(r, 3 + 1);
	if (dst->response_info_count) {
		err = kh_alloc(c, &k, (size_t)(dst->response_info_count),
			       sizeof(struct kh_response_info), _Alignof(struct kh_response_info));
		if (err)
			return err;
		for (size_t i = 0; i < (size_t)(dst->response_info_count); i++) {
			err = kh_random_response_info(r, c, &((struct kh_response_info *)k)[i]);
			if (err)
				return err;
		}
		dst->response_info = k;
	} else {
		dst->response_info = NULL;
	}
	return 0;
}

int kh_equal_response(const struct kh_response *a, const struct kh_response *b,
		      char *where __maybe_unused,
		size_t len __maybe_unused)
{
	if (memcmp(&a->flags, &b->flags, sizeof(a->flags)))
		return kh_differs(where, len, "a->flags");
	if (!kh_equal_http_version(&a->version, &b->version, where, len))
		return 0;
	if (memcmp(&a->status_code, &b->status_code, sizeof(a->status_code)))
		return kh_differs(where, len, "a->status_code");
	if (memcmp(&a->reason_length, &b->reason_length, sizeof(a->reason_length)))
		return kh_differs(where, len, "a->reason_length");
	if (!kh_equal_response_headers(&a->headers, &b->headers, where, len))
		return 0;
	if (memcmp(&a->entity_chunk_count, &b->entity_chunk_count, sizeof(a->entity_chunk_count)))
		return kh_differs(where, len, "a->entity_chunk_count");
	if (memcmp(&a->response_info_count, &b->response_info_count,
		   sizeof(a->response_info_count)))
		return kh_differs(where, len, "a->response_info_count");
	if (!a->reason != !b->reason)
		return kh_differs(where, len, "a->reason");
	if (a->reason && (a->reason_length)) {
		if (memcmp(a->reason, b->reason, (size_t)(a->reason_length)))
			return kh_differs(where, len, "a->reason");
	}
	if (!a->entity_chunks != !b->entity_chunks)
		return kh_differs(where, len, "a->entity_chunks");
	if (a->entity_chunks && (a->entity_chunk_count)) {
		for (size_t i = 0; i < (size_t)(a->entity_chunk_count); i++)
			if (!kh_equal_data_chunk(&((const struct kh_data_chunk *)a->entity_chunks)[i], &((const struct kh_data_chunk *)b->entity_chunks)[i], where, len))
				return 0;
	}
	if (!a->response_info != !b->response_info)
		return kh_differs(where, len, "a->response_info");
	if (a->response_info && (a->response_info_count)) {
		for (size_t i = 0; i < (size_t)(a->response_info_count); i++)
			if (!kh_equal_response_info(&((const struct kh_response_info *)a->response_info)[i], &((const struct kh_response_info *)b->response_info)[i], where, len))
				return 0;
	}
	return 1;
}

int kh_random_cache_policy(struct kh_rand *r, struct kh_ctx *c __maybe_unused,
			   struct kh_cache_policy *dst)
{

	memset(dst, r->poison, sizeof(*dst));	/* padding, unused arms */
	dst->policy = kh_values_cache_policy_type[kh_rand_below(r, 3)];
	dst->seconds_to_live = (__u32)kh_rand_u64(r);
	return 0;
}

int kh_equal_cache_policy(const struct kh_cache_policy *a, const struct kh_cache_policy *b,
			  char *where __maybe_unused,
		size_t len __maybe_unused)
{
	if (memcmp(&a->policy, &b->policy, sizeof(a->policy)))
		return kh_differs(where, len, "a->policy");
	if (memcmp(&a->seconds_to_live, &b->seconds_to_live, sizeof(a->seconds_to_live)))
		return kh_differs(where, len, "a->seconds_to_live");
	return 1;
}

int kh_random_log_data(struct kh_rand *r, struct kh_ctx *c, struct kh_log_data *dst)
{
	void *k;
	int err;

	memset(dst, r->poison, sizeof(*dst));	/* padding, unused arms */
	dst->type = 0;
	dst->bytes_sent = (__u64)kh_rand_u64(r);
	dst->bytes_received = (__u64)kh_rand_u64(r);
	dst->time_taken_ms = (__u32)kh_rand_u64(r);
	dst->protocol_status = (__u16)kh_rand_u64(r);
	dst->sub_status = (__u16)kh_rand_u64(r);
	dst->user_name_length = kh_rand_below(r, 24 + 1);
	if (dst->user_name_length) {
		err = kh_alloc(c, &k, (size_t)(dst->user_name_length) + 1, 1, 1);
		if (err)
			return err;
		kh_rand_bytes(r, k, (size_t)(dst->user_name_length), 1);
		dst->user_name = k;
	} else {
		dst->user_name = NULL;
	}
	dst->uri_query_length = kh_rand_below(r, 24 + 1);
	if (dst->uri_query_length) {
		err = kh_alloc(c, &k, (size_t)(dst->uri_query_length) + 1, 1, 1);
		if (err)
			return err;
		kh_rand_bytes(r, k, (size_t)(dst->uri_query_length), 1);
		dst->uri_query = k;
	} else {
		dst->uri_query = NULL;
	}
	return 0;
}

int kh_equal_log_data(const struct kh_log_data *a, const struct kh_log_data *b,
		      char *where __maybe_unused,
		size_t len __maybe_unused)
{
	if (memcmp(&a->type, &b->type, sizeof(a->type)))
		return kh_differs(where, len, "a->type");
	if (memcmp(&a->user_name_length, &b->user_name_length, sizeof(a->user_name_length)))
		return kh_differs(where, len, "a->user_name_length");
	if (memcmp(&a->uri_query_length, &b->uri_query_length, sizeof(a->uri_query_length)))
		return kh_differs(where, len, "a->uri_query_length");
	if (memcmp(&a->bytes_sent, &b->bytes_sent, sizeof(a->bytes_sent)))
		return kh_differs(where, len, "a->bytes_sent");
	if (memcmp(&a->bytes_received, &b->bytes_received, sizeof(a->bytes_received)))
		return kh_differs(where, len, "a->bytes_received");
	if (memcmp(&a->time_taken_ms, &b->time_taken_ms, sizeof(a->time_taken_ms)))
		return kh_differs(where, len, "a->time_taken_ms");
	if (memcmp(&a->protocol_status, &b->protocol_status, sizeof(a->protocol_status)))
		return kh_differs(where, len, "a->protocol_status");
	if (memcmp(&a->sub_status, &b->sub_status, sizeof(a->sub_status)))
		return kh_differs(where, len, "a->sub_status");
	if (!a->user_name != !b->user_name)
		return kh_differs(where, len, "a->user_name");
	if (a->user_name && (a->user_name_length)) {
		if (memcmp(a->user_name, b->user_name, (size_t)(a->user_name_length)))
			return kh_differs(where, len, "a->user_name");
	}
	if (!a->uri_query != !b->uri_query)
		return kh_differs(where, len, "a->uri_query");
	if (a->uri_query && (a->uri_query_length)) {
		if (memcmp(a->uri_query, b->uri_query, (size_t)(a->uri_query_length)))
			return kh_differs(where, len, "a->uri_query");
	}
	return 1;
}

int kh_random_version_args(struct kh_rand *r __maybe_unused, struct kh_ctx *c __maybe_unused,
			   struct kh_version_args *dst)
{

	memset(dst, r->poison, sizeof(*dst));	/* padding, unused arms */
	dst->major = 0;
	dst->minor = 0;
	dst->patch = 0;
	dst->abi = 0;
	return 0;
}

int kh_equal_version_args(const struct kh_version_args *a, const struct kh_version_args *b,
			  char *where __maybe_unused,
		size_t len __maybe_unused)
{
	if (memcmp(&a->major, &b->major, sizeof(a->major)))
		return kh_differs(where, len, "a->major");
	if (memcmp(&a->minor, &b->minor, sizeof(a->minor)))
		return kh_differs(where, len, "a->minor");
	if (memcmp(&a->patch, &b->patch, sizeof(a->patch)))
		return kh_differs(where, len, "a->patch");
	if (memcmp(&a->abi, &b->abi, sizeof(a->abi)))
		return kh_differs(where, len, "a->abi");
	return 1;
}

int kh_random_queue_args(struct kh_rand *r, struct kh_ctx *c, struct kh_queue_args *dst)
{
	void *k;
	int err;

	memset(dst, r->poison, sizeof(*dst));	/* padding, unused arms */
	dst->flags = kh_rand_u64(r) & (KH_QUEUE_FLAGS_ALL);
	dst->queue_id = 0;
	dst->name_length = kh_rand_below(r, 24 + 1);
	if (dst->name_length) {
		err = kh_alloc(c, &k, (size_t)(dst->name_length) + 1, 1, 1);
		if (err)
			return err;
		kh_rand_bytes(r, k, (size_t)(dst->name_length), 1);
		dst->name = k;
	} else {
		dst->name = NULL;
	}
	return 0;
}

int kh_equal_queue_args(const struct kh_queue_args *a, const struct kh_queue_args *b,
			char *where __maybe_unused,
		size_t len __maybe_unused)
{
	if (memcmp(&a->flags, &b->flags, sizeof(a->flags)))
		return kh_differs(where, len, "a->flags");
	if (memcmp(&a->name_length, &b->name_length, sizeof(a->name_length)))
		return kh_differs(where, len, "a->name_length");
	if (memcmp(&a->queue_id, &b->queue_id, sizeof(a->queue_id)))
		return kh_differs(where, len, "a->queue_id");
	if (!a->name != !b->name)
		return kh_differs(where, len, "a->name");
	if (a->name && (a->name_length)) {
		if (memcmp(a->name, b->name, (size_t)(a->name_length)))
			return kh_differs(where, len, "a->name");
	}
	return 1;
}

int kh_random_url_args(struct kh_rand *r, struct kh_ctx *c, struct kh_url_args *dst)
{
	void *k;
	int err;

	memset(dst, r->poison, sizeof(*dst));	/* padding, unused arms */
	dst->flags = 0;
	dst->url_context = (__u64)kh_rand_u64(r);
	dst->url_length = kh_rand_below(r, 24 + 1);
	if (dst->url_length) {
		err = kh_alloc(c, &k, (size_t)(dst->url_length) + 1, 1, 1);
		if (err)
			return err;
		kh_rand_bytes(r, k, (size_t)(dst->url_length), 1);
		dst->url = k;
	} else {
		dst->url = NULL;
	}
	return 0;
}

int kh_equal_url_args(const struct kh_url_args *a, const struct kh_url_args *b,
		      char *where __maybe_unused,
		size_t len __maybe_unused)
{
	if (memcmp(&a->flags, &b->flags, sizeof(a->flags)))
		return kh_differs(where, len, "a->flags");
	if (memcmp(&a->url_context, &b->url_context, sizeof(a->url_context)))
		return kh_differs(where, len, "a->url_context");
	if (memcmp(&a->url_length, &b->url_length, sizeof(a->url_length)))
		return kh_differs(where, len, "a->url_length");
	if (!a->url != !b->url)
		return kh_differs(where, len, "a->url");
	if (a->url && (a->url_length)) {
		if (memcmp(a->url, b->url, (size_t)(a->url_length)))
			return kh_differs(where, len, "a->url");
	}
	return 1;
}

int kh_random_receive_request_args(struct kh_rand *r, struct kh_ctx *c __maybe_unused,
				   struct kh_receive_request_args *dst)
{

	memset(dst, r->poison, sizeof(*dst));	/* padding, unused arms */
	dst->flags = kh_rand_u64(r) & (KH_RECEIVE_FLAGS_ALL);
	dst->request_id = (__u64)kh_rand_u64(r);
	dst->bytes_returned = 0;
	dst->bytes_needed = 0;
	dst->buffer = NULL;
	dst->buffer_length = 0;
	return 0;
}

int kh_equal_receive_request_args(const struct kh_receive_request_args *a,
				  const struct kh_receive_request_args *b,
				  char *where __maybe_unused,
		size_t len __maybe_unused)
{
	if (memcmp(&a->flags, &b->flags, sizeof(a->flags)))
		return kh_differs(where, len, "a->flags");
	if (memcmp(&a->request_id, &b->request_id, sizeof(a->request_id)))
		return kh_differs(where, len, "a->request_id");
	if (memcmp(&a->buffer_length, &b->buffer_length, sizeof(a->buffer_length)))
		return kh_differs(where, len, "a->buffer_length");
	if (memcmp(&a->bytes_returned, &b->bytes_returned, sizeof(a->bytes_returned)))
		return kh_differs(where, len, "a->bytes_returned");
	if (memcmp(&a->bytes_needed, &b->bytes_needed, sizeof(a->bytes_needed)))
		return kh_differs(where, len, "a->bytes_needed");
	return 1;
}

int kh_random_receive_body_args(struct kh_rand *r, struct kh_ctx *c,
				struct kh_receive_body_args *dst)
{
	void *k;
	int err;

	memset(dst, r->poison, sizeof(*dst));	/* padding, unused arms */
	dst->flags = kh_rand_u64(r) & (KH_RECEIVE_FLAGS_ALL);
	dst->request_id = (__u64)kh_rand_u64(r);
	dst->bytes_returned = 0;
	dst->buffer_length = kh_rand_below(r, 24 + 1);
	if (dst->buffer_length) {
		err = kh_alloc(c, &k, (size_t)(dst->buffer_length), 1, 1);
		if (err)
			return err;
		dst->buffer = k;
	} else {
		dst->buffer = NULL;
	}
	return 0;
}

int kh_equal_receive_body_args(const struct kh_receive_body_args *a,
			       const struct kh_receive_body_args *b, char *where __maybe_unused,
		size_t len __maybe_unused)
{
	if (memcmp(&a->flags, &b->flags, sizeof(a->flags)))
		return kh_differs(where, len, "a->flags");
	if (memcmp(&a->request_id, &b->request_id, sizeof(a->request_id)))
		return kh_differs(where, len, "a->request_id");
	if (memcmp(&a->buffer_length, &b->buffer_length, sizeof(a->buffer_length)))
		return kh_differs(where, len, "a->buffer_length");
	if (memcmp(&a->bytes_returned, &b->bytes_returned, sizeof(a->bytes_returned)))
		return kh_differs(where, len, "a->bytes_returned");
	if (!a->buffer != !b->buffer)
		return kh_differs(where, len, "a->buffer");
	if (a->buffer && (a->buffer_length)) {
		if (memcmp(a->buffer, b->buffer, (size_t)(a->buffer_length)))
			return kh_differs(where, len, "a->buffer");
	}
	return 1;
}

int kh_random_send_response_args(struct kh_rand *r, struct kh_ctx *c,
				 struct kh_send_response_args *dst)
{
	void *k;
	int err;

	memset(dst, r->poison, sizeof(*dst));	/* padding, unused arms */
	dst->flags = kh_rand_u64(r) & (KH_SEND_FLAGS_ALL);
	dst->request_id = (__u64)kh_rand_u64(r);
	dst->bytes_sent = 0;
	{
		err = kh_alloc(c, &k, (size_t)(1), sizeof(struct kh_response),
			       _Alignof(struct kh_response));
		if (err)
			return err;
		for (size_t i = 0; i < (size_t)(1); i++) {
			err = kh_random_response(r, c, &((struct kh_response *)k)[i]);
			if (err)
				return err;
		}
		dst->response = k;
	}
	if (kh_rand_below(r, 4)) {
		err = kh_alloc(c, &k, (size_t)(1), sizeof(struct kh_cache_policy),
			       _Alignof(struct kh_cache_policy));
		if (err)
			return err;
		for (size_t i = 0; i < (size_t)(1); i++) {
			err = kh_random_cache_policy(r, c, &((struct kh_cache_policy *)k)[i]);
			if (err)
				return err;
		}
		dst->cache_policy = k;
	} else {
		dst->cache_policy = NULL;
	}
	if (kh_rand_below(r, 4)) {
		err = kh_alloc(c, &k, (size_t)(1), sizeof(struct kh_log_data),
			       _Alignof(struct kh_log_data));
		if (err)
			return err;
		for (size_t i = 0; i < (size_t)(1); i++) {
			err = kh_random_log_data(r, c, &((struct kh_log_data *)k)[i]);
			if (err)
				return err;
		}
		dst->log_data = k;
	} else {
		dst->log_data = NULL;
	}
	return 0;
}

int kh_equal_send_response_args(const struct kh_send_response_args *a,
				const struct kh_send_response_args *b, char *where __maybe_unused,
		size_t len __maybe_unused)
{
	if (memcmp(&a->flags, &b->flags, sizeof(a->flags)))
		return kh_differs(where, len, "a->flags");
	if (memcmp(&a->request_id, &b->request_id, sizeof(a->request_id)))
		return kh_differs(where, len, "a->request_id");
	if (memcmp(&a->bytes_sent, &b->bytes_sent, sizeof(a->bytes_sent)))
		return kh_differs(where, len, "a->bytes_sent");
	if (!a->response != !b->response)
		return kh_differs(where, len, "a->response");
	if (a->response && (1)) {
		for (size_t i = 0; i < (size_t)(1); i++)
			if (!kh_equal_response(&((const struct kh_response *)a->response)[i],
					       &((const struct kh_response *)b->response)[i], where,
					       len))
				return 0;
	}
	if (!a->cache_policy != !b->cache_policy)
		return kh_differs(where, len, "a->cache_policy");
	if (a->cache_policy && (1)) {
		for (size_t i = 0; i < (size_t)(1); i++)
			if (!kh_equal_cache_policy(&((const struct kh_cache_policy *)a->cache_policy)[i], &((const struct kh_cache_policy *)b->cache_policy)[i], where, len))
				return 0;
	}
	if (!a->log_data != !b->log_data)
		return kh_differs(where, len, "a->log_data");
	if (a->log_data && (1)) {
		for (size_t i = 0; i < (size_t)(1); i++)
			if (!kh_equal_log_data(&((const struct kh_log_data *)a->log_data)[i],
					       &((const struct kh_log_data *)b->log_data)[i], where,
					       len))
				return 0;
	}
	return 1;
}

int kh_random_send_body_args(struct kh_rand *r, struct kh_ctx *c, struct kh_send_body_args *dst)
{
	void *k;
	int err;

	memset(dst, r->poison, sizeof(*dst));	/* padding, unused arms */
	dst->flags = kh_rand_u64(r) & (KH_SEND_FLAGS_ALL);
	dst->request_id = (__u64)kh_rand_u64(r);
	dst->bytes_sent = 0;
	dst->chunk_count = kh_rand_below(r, 3 + 1);
	if (dst->chunk_count) {
		err = kh_alloc(c, &k, (size_t)(dst->chunk_count), sizeof(struct kh_data_chunk),
			       _Alignof(struct kh_data_chunk));
		if (err)
			return err;
		for (size_t i = 0; i < (size_t)(dst->chunk_count); i++) {
			err = kh_random_data_chunk(r, c, &((struct kh_data_chunk *)k)[i]);
			if (err)
				return err;
		}
		dst->chunks = k;
	} else {
		dst->chunks = NULL;
	}
	if (kh_rand_below(r, 4)) {
		err = kh_alloc(c, &k, (size_t)(1), sizeof(struct kh_log_data),
			       _Alignof(struct kh_log_data));
		if (err)
			return err;
		for (size_t i = 0; i < (size_t)(1); i++) {
			err = kh_random_log_data(r, c, &((struct kh_log_data *)k)[i]);
			if (err)
				return err;
		}
		dst->log_data = k;
	} else {
		dst->log_data = NULL;
	}
	return 0;
}

int kh_equal_send_body_args(const struct kh_send_body_args *a, const struct kh_send_body_args *b,
			    char *where __maybe_unused,
		size_t len __maybe_unused)
{
	if (memcmp(&a->flags, &b->flags, sizeof(a->flags)))
		return kh_differs(where, len, "a->flags");
	if (memcmp(&a->request_id, &b->request_id, sizeof(a->request_id)))
		return kh_differs(where, len, "a->request_id");
	if (memcmp(&a->chunk_count, &b->chunk_count, sizeof(a->chunk_count)))
		return kh_differs(where, len, "a->chunk_count");
	if (memcmp(&a->bytes_sent, &b->bytes_sent, sizeof(a->bytes_sent)))
		return kh_differs(where, len, "a->bytes_sent");
	if (!a->chunks != !b->chunks)
		return kh_differs(where, len, "a->chunks");
	if (a->chunks && (a->chunk_count)) {
		for (size_t i = 0; i < (size_t)(a->chunk_count); i++)
			if (!kh_equal_data_chunk(&((const struct kh_data_chunk *)a->chunks)[i],
						 &((const struct kh_data_chunk *)b->chunks)[i],
						 where, len))
				return 0;
	}
	if (!a->log_data != !b->log_data)
		return kh_differs(where, len, "a->log_data");
	if (a->log_data && (1)) {
		for (size_t i = 0; i < (size_t)(1); i++)
			if (!kh_equal_log_data(&((const struct kh_log_data *)a->log_data)[i],
					       &((const struct kh_log_data *)b->log_data)[i], where,
					       len))
				return 0;
	}
	return 1;
}

int kh_random_cancel_args(struct kh_rand *r, struct kh_ctx *c __maybe_unused,
			  struct kh_cancel_args *dst)
{

	memset(dst, r->poison, sizeof(*dst));	/* padding, unused arms */
	dst->flags = 0;
	dst->request_id = (__u64)kh_rand_u64(r);
	return 0;
}

int kh_equal_cancel_args(const struct kh_cancel_args *a, const struct kh_cancel_args *b,
			 char *where __maybe_unused,
		size_t len __maybe_unused)
{
	if (memcmp(&a->flags, &b->flags, sizeof(a->flags)))
		return kh_differs(where, len, "a->flags");
	if (memcmp(&a->request_id, &b->request_id, sizeof(a->request_id)))
		return kh_differs(where, len, "a->request_id");
	return 1;
}

int kh_random_wait_disconnect_args(struct kh_rand *r, struct kh_ctx *c __maybe_unused,
				   struct kh_wait_disconnect_args *dst)
{

	memset(dst, r->poison, sizeof(*dst));	/* padding, unused arms */
	dst->flags = 0;
	dst->connection_id = (__u64)kh_rand_u64(r);
	return 0;
}

int kh_equal_wait_disconnect_args(const struct kh_wait_disconnect_args *a,
				  const struct kh_wait_disconnect_args *b,
				  char *where __maybe_unused,
		size_t len __maybe_unused)
{
	if (memcmp(&a->flags, &b->flags, sizeof(a->flags)))
		return kh_differs(where, len, "a->flags");
	if (memcmp(&a->connection_id, &b->connection_id, sizeof(a->connection_id)))
		return kh_differs(where, len, "a->connection_id");
	return 1;
}

int kh_random_flush_cache_args(struct kh_rand *r, struct kh_ctx *c, struct kh_flush_cache_args *dst)
{
	void *k;
	int err;

	memset(dst, r->poison, sizeof(*dst));	/* padding, unused arms */
	dst->flags = 0;
	dst->url_length = kh_rand_below(r, 24 + 1);
	if (dst->url_length) {
		err = kh_alloc(c, &k, (size_t)(dst->url_length) + 1, 1, 1);
		if (err)
			return err;
		kh_rand_bytes(r, k, (size_t)(dst->url_length), 1);
		dst->url = k;
	} else {
		dst->url = NULL;
	}
	return 0;
}

int kh_equal_flush_cache_args(const struct kh_flush_cache_args *a,
			      const struct kh_flush_cache_args *b, char *where __maybe_unused,
		size_t len __maybe_unused)
{
	if (memcmp(&a->flags, &b->flags, sizeof(a->flags)))
		return kh_differs(where, len, "a->flags");
	if (memcmp(&a->url_length, &b->url_length, sizeof(a->url_length)))
		return kh_differs(where, len, "a->url_length");
	if (!a->url != !b->url)
		return kh_differs(where, len, "a->url");
	if (a->url && (a->url_length)) {
		if (memcmp(a->url, b->url, (size_t)(a->url_length)))
			return kh_differs(where, len, "a->url");
	}
	return 1;
}

int kh_random_stats_args(struct kh_rand *r, struct kh_ctx *c, struct kh_stats_args *dst)
{
	void *k;
	int err;

	memset(dst, r->poison, sizeof(*dst));	/* padding, unused arms */
	dst->flags = kh_rand_u64(r) & (KH_STATS_FLAGS_ALL);
	dst->counters_returned = 0;
	dst->counter_count = kh_rand_below(r, 3 + 1);
	if (dst->counter_count) {
		err = kh_alloc(c, &k, (size_t)(dst->counter_count), sizeof(__u64), _Alignof(__u64));
		if (err)
			return err;
		dst->counters = k;
	} else {
		dst->counters = NULL;
	}
	return 0;
}

int kh_equal_stats_args(const struct kh_stats_args *a, const struct kh_stats_args *b,
			char *where __maybe_unused,
		size_t len __maybe_unused)
{
	if (memcmp(&a->flags, &b->flags, sizeof(a->flags)))
		return kh_differs(where, len, "a->flags");
	if (memcmp(&a->counter_count, &b->counter_count, sizeof(a->counter_count)))
		return kh_differs(where, len, "a->counter_count");
	if (memcmp(&a->counters_returned, &b->counters_returned, sizeof(a->counters_returned)))
		return kh_differs(where, len, "a->counters_returned");
	if (!a->counters != !b->counters)
		return kh_differs(where, len, "a->counters");
	if (a->counters && (a->counter_count)) {
		if (memcmp(a->counters, b->counters, (size_t)(a->counter_count) * sizeof(__u64)))
			return kh_differs(where, len, "a->counters");
	}
	return 1;
}

int kh_random_limits_args(struct kh_rand *r, struct kh_ctx *c __maybe_unused,
			  struct kh_limits_args *dst)
{

	memset(dst, r->poison, sizeof(*dst));	/* padding, unused arms */
	dst->mask = kh_rand_u64(r) & (KH_LIMITS_ALL);
	dst->max_connections = (__u32)kh_rand_u64(r);
	dst->queue_length = (__u32)kh_rand_u64(r);
	dst->max_header_bytes = (__u32)kh_rand_u64(r);
	dst->max_body_bytes = (__u64)kh_rand_u64(r);
	dst->idle_timeout_ms = (__u32)kh_rand_u64(r);
	dst->header_timeout_ms = (__u32)kh_rand_u64(r);
	return 0;
}

int kh_equal_limits_args(const struct kh_limits_args *a, const struct kh_limits_args *b,
			 char *where __maybe_unused,
		size_t len __maybe_unused)
{
	if (memcmp(&a->mask, &b->mask, sizeof(a->mask)))
		return kh_differs(where, len, "a->mask");
	if (memcmp(&a->max_connections, &b->max_connections, sizeof(a->max_connections)))
		return kh_differs(where, len, "a->max_connections");
	if (memcmp(&a->queue_length, &b->queue_length, sizeof(a->queue_length)))
		return kh_differs(where, len, "a->queue_length");
	if (memcmp(&a->max_header_bytes, &b->max_header_bytes, sizeof(a->max_header_bytes)))
		return kh_differs(where, len, "a->max_header_bytes");
	if (memcmp(&a->max_body_bytes, &b->max_body_bytes, sizeof(a->max_body_bytes)))
		return kh_differs(where, len, "a->max_body_bytes");
	if (memcmp(&a->idle_timeout_ms, &b->idle_timeout_ms, sizeof(a->idle_timeout_ms)))
		return kh_differs(where, len, "a->idle_timeout_ms");
	if (memcmp(&a->header_timeout_ms, &b->header_timeout_ms, sizeof(a->header_timeout_ms)))
		return kh_differs(where, len, "a->header_timeout_ms");
	return 1;
}

int kh_random_admin_entry(struct kh_rand *r, struct kh_ctx *c __maybe_unused,
			  struct kh_admin_entry *dst)
{

	memset(dst, r->poison, sizeof(*dst));	/* padding, unused arms */
	dst->kind = kh_values_admin_kind[kh_rand_below(r, 7)];
	dst->abi = (__u32)kh_rand_u64(r);
	dst->id = (__u64)kh_rand_u64(r);
	dst->queue_id = (__u64)kh_rand_u64(r);
	dst->pid = (__u32)kh_rand_u64(r);
	dst->port = (__u32)kh_rand_u64(r);
	for (unsigned int i0 = 0; i0 < 3; i0++) {
		dst->value[i0] = (__u64)kh_rand_u64(r);
	}
	for (unsigned int i1 = 0; i1 < 240; i1++) {
		dst->name[i1] = (char)kh_rand_u64(r);
	}
	return 0;
}

int kh_equal_admin_entry(const struct kh_admin_entry *a, const struct kh_admin_entry *b,
			 char *where __maybe_unused,
		size_t len __maybe_unused)
{
	if (memcmp(&a->kind, &b->kind, sizeof(a->kind)))
		return kh_differs(where, len, "a->kind");
	if (memcmp(&a->abi, &b->abi, sizeof(a->abi)))
		return kh_differs(where, len, "a->abi");
	if (memcmp(&a->id, &b->id, sizeof(a->id)))
		return kh_differs(where, len, "a->id");
	if (memcmp(&a->queue_id, &b->queue_id, sizeof(a->queue_id)))
		return kh_differs(where, len, "a->queue_id");
	if (memcmp(&a->pid, &b->pid, sizeof(a->pid)))
		return kh_differs(where, len, "a->pid");
	if (memcmp(&a->port, &b->port, sizeof(a->port)))
		return kh_differs(where, len, "a->port");
	for (unsigned int i0 = 0; i0 < 3; i0++) {
		if (memcmp(&a->value[i0], &b->value[i0], sizeof(a->value[i0])))
			return kh_differs(where, len, "a->value[i0]");
	}
	for (unsigned int i1 = 0; i1 < 240; i1++) {
		if (memcmp(&a->name[i1], &b->name[i1], sizeof(a->name[i1])))
			return kh_differs(where, len, "a->name[i1]");
	}
	return 1;
}

int kh_random_admin_list_args(struct kh_rand *r, struct kh_ctx *c, struct kh_admin_list_args *dst)
{
	void *k;
	int err;

	memset(dst, r->poison, sizeof(*dst));	/* padding, unused arms */
	dst->kind = kh_values_admin_kind[kh_rand_below(r, 7)];
	dst->flags = 0;
	dst->start = (__u32)kh_rand_u64(r);
	dst->entries_returned = 0;
	dst->entries_total = 0;
	dst->entry_count = kh_rand_below(r, 3 + 1);
	if (dst->entry_count) {
		err = kh_alloc(c, &k, (size_t)(dst->entry_count), sizeof(struct kh_admin_entry),
			       _Alignof(struct kh_admin_entry));
		if (err)
			return err;
		dst->entries = k;
	} else {
		dst->entries = NULL;
	}
	return 0;
}

int kh_equal_admin_list_args(const struct kh_admin_list_args *a, const struct kh_admin_list_args *b,
			     char *where __maybe_unused,
		size_t len __maybe_unused)
{
	if (memcmp(&a->kind, &b->kind, sizeof(a->kind)))
		return kh_differs(where, len, "a->kind");
	if (memcmp(&a->flags, &b->flags, sizeof(a->flags)))
		return kh_differs(where, len, "a->flags");
	if (memcmp(&a->start, &b->start, sizeof(a->start)))
		return kh_differs(where, len, "a->start");
	if (memcmp(&a->entry_count, &b->entry_count, sizeof(a->entry_count)))
		return kh_differs(where, len, "a->entry_count");
	if (memcmp(&a->entries_returned, &b->entries_returned, sizeof(a->entries_returned)))
		return kh_differs(where, len, "a->entries_returned");
	if (memcmp(&a->entries_total, &b->entries_total, sizeof(a->entries_total)))
		return kh_differs(where, len, "a->entries_total");
	if (!a->entries != !b->entries)
		return kh_differs(where, len, "a->entries");
	if (a->entries && (a->entry_count)) {
		for (size_t i = 0; i < (size_t)(a->entry_count); i++)
			if (!kh_equal_admin_entry(&((const struct kh_admin_entry *)a->entries)[i],
						  &((const struct kh_admin_entry *)b->entries)[i],
						  where, len))
				return 0;
	}
	return 1;
}

int kh_random_queue_access_args(struct kh_rand *r, struct kh_ctx *c,
				struct kh_queue_access_args *dst)
{
	void *k;
	int err;

	memset(dst, r->poison, sizeof(*dst));	/* padding, unused arms */
	dst->mode = kh_rand_u64(r) & (KH_QUEUE_ACCESS_ALL);
	dst->uid_count = kh_rand_below(r, 3 + 1);
	if (dst->uid_count) {
		err = kh_alloc(c, &k, (size_t)(dst->uid_count), sizeof(__u32), _Alignof(__u32));
		if (err)
			return err;
		kh_rand_bytes(r, k, (size_t)(dst->uid_count) * sizeof(__u32), 0);
		dst->uids = k;
	} else {
		dst->uids = NULL;
	}
	dst->gid_count = kh_rand_below(r, 3 + 1);
	if (dst->gid_count) {
		err = kh_alloc(c, &k, (size_t)(dst->gid_count), sizeof(__u32), _Alignof(__u32));
		if (err)
			return err;
		kh_rand_bytes(r, k, (size_t)(dst->gid_count) * sizeof(__u32), 0);
		dst->gids = k;
	} else {
		dst->gids = NULL;
	}
	return 0;
}

int kh_equal_queue_access_args(const struct kh_queue_access_args *a,
			       const struct kh_queue_access_args *b, char *where __maybe_unused,
		size_t len __maybe_unused)
{
	if (memcmp(&a->mode, &b->mode, sizeof(a->mode)))
		return kh_differs(where, len, "a->mode");
	if (memcmp(&a->uid_count, &b->uid_count, sizeof(a->uid_count)))
		return kh_differs(where, len, "a->uid_count");
	if (memcmp(&a->gid_count, &b->gid_count, sizeof(a->gid_count)))
		return kh_differs(where, len, "a->gid_count");
	if (!a->uids != !b->uids)
		return kh_differs(where, len, "a->uids");
	if (a->uids && (a->uid_count)) {
		if (memcmp(a->uids, b->uids, (size_t)(a->uid_count) * sizeof(__u32)))
			return kh_differs(where, len, "a->uids");
	}
	if (!a->gids != !b->gids)
		return kh_differs(where, len, "a->gids");
	if (a->gids && (a->gid_count)) {
		if (memcmp(a->gids, b->gids, (size_t)(a->gid_count) * sizeof(__u32)))
			return kh_differs(where, len, "a->gids");
	}
	return 1;
}

int kh_random_reservation_args(struct kh_rand *r, struct kh_ctx *c, struct kh_reservation_args *dst)
{
	void *k;
	int err;

	memset(dst, r->poison, sizeof(*dst));	/* padding, unused arms */
	dst->flags = kh_rand_u64(r) & (KH_RESERVE_FLAGS_ALL);
	dst->uid = (__u32)kh_rand_u64(r);
	dst->gid = (__u32)kh_rand_u64(r);
	dst->url_length = kh_rand_below(r, 24 + 1);
	if (dst->url_length) {
		err = kh_alloc(c, &k, (size_t)(dst->url_length) + 1, 1, 1);
		if (err)
			return err;
		kh_rand_bytes(r, k, (size_t)(dst->url_length), 1);
		dst->url = k;
	} else {
		dst->url = NULL;
	}
	return 0;
}

int kh_equal_reservation_args(const struct kh_reservation_args *a,
			      const struct kh_reservation_args *b, char *where __maybe_unused,
		size_t len __maybe_unused)
{
	if (memcmp(&a->flags, &b->flags, sizeof(a->flags)))
		return kh_differs(where, len, "a->flags");
	if (memcmp(&a->uid, &b->uid, sizeof(a->uid)))
		return kh_differs(where, len, "a->uid");
	if (memcmp(&a->gid, &b->gid, sizeof(a->gid)))
		return kh_differs(where, len, "a->gid");
	if (memcmp(&a->url_length, &b->url_length, sizeof(a->url_length)))
		return kh_differs(where, len, "a->url_length");
	if (!a->url != !b->url)
		return kh_differs(where, len, "a->url");
	if (a->url && (a->url_length)) {
		if (memcmp(a->url, b->url, (size_t)(a->url_length)))
			return kh_differs(where, len, "a->url");
	}
	return 1;
}

static int tw_random_kh_http_version(struct kh_rand *r, struct kh_ctx *c, void *d)
{
	return kh_random_http_version(r, c, d);
}

static int tw_equal_kh_http_version(const void *a, const void *b, char *w, size_t n)
{
	return kh_equal_http_version(a, b, w, n);
}

static int tw_capture_kh_http_version(struct kh_ctx *c, void *d, const void *s)
{
	return kh_capture_http_version(c, d, s);
}

static size_t tw_measure_kh_http_version(size_t off, const void *s)
{
	return kh_measure_http_version(off, s);
}

static void tw_emit_kh_http_version(struct kh_emitter *e, void *d, const void *s)
{
	kh_emit_http_version(e, d, s);
}

static int tw_capture_kh_http_version_ia32(struct kh_ctx *c, void *d, const void *s)
{
	return kh_capture_http_version_ia32(c, d, s);
}

static size_t tw_measure_kh_http_version_ia32(size_t off, const void *s)
{
	return kh_measure_http_version_ia32(off, s);
}

static void tw_emit_kh_http_version_ia32(struct kh_emitter *e, void *d, const void *s)
{
	kh_emit_http_version_ia32(e, d, s);
}

static int tw_capture_kh_http_version_x32(struct kh_ctx *c, void *d, const void *s)
{
	return kh_capture_http_version_x32(c, d, s);
}

static size_t tw_measure_kh_http_version_x32(size_t off, const void *s)
{
	return kh_measure_http_version_x32(off, s);
}

static void tw_emit_kh_http_version_x32(struct kh_emitter *e, void *d, const void *s)
{
	kh_emit_http_version_x32(e, d, s);
}

static int tw_random_kh_byte_range(struct kh_rand *r, struct kh_ctx *c, void *d)
{
	return kh_random_byte_range(r, c, d);
}

static int tw_equal_kh_byte_range(const void *a, const void *b, char *w, size_t n)
{
	return kh_equal_byte_range(a, b, w, n);
}

static int tw_capture_kh_byte_range(struct kh_ctx *c, void *d, const void *s)
{
	return kh_capture_byte_range(c, d, s);
}

static size_t tw_measure_kh_byte_range(size_t off, const void *s)
{
	return kh_measure_byte_range(off, s);
}

static void tw_emit_kh_byte_range(struct kh_emitter *e, void *d, const void *s)
{
	kh_emit_byte_range(e, d, s);
}

static int tw_capture_kh_byte_range_ia32(struct kh_ctx *c, void *d, const void *s)
{
	return kh_capture_byte_range_ia32(c, d, s);
}

static size_t tw_measure_kh_byte_range_ia32(size_t off, const void *s)
{
	return kh_measure_byte_range_ia32(off, s);
}

static void tw_emit_kh_byte_range_ia32(struct kh_emitter *e, void *d, const void *s)
{
	kh_emit_byte_range_ia32(e, d, s);
}

static int tw_capture_kh_byte_range_x32(struct kh_ctx *c, void *d, const void *s)
{
	return kh_capture_byte_range_x32(c, d, s);
}

static size_t tw_measure_kh_byte_range_x32(size_t off, const void *s)
{
	return kh_measure_byte_range_x32(off, s);
}

static void tw_emit_kh_byte_range_x32(struct kh_emitter *e, void *d, const void *s)
{
	kh_emit_byte_range_x32(e, d, s);
}

static int tw_random_kh_known_header(struct kh_rand *r, struct kh_ctx *c, void *d)
{
	return kh_random_known_header(r, c, d);
}

static int tw_equal_kh_known_header(const void *a, const void *b, char *w, size_t n)
{
	return kh_equal_known_header(a, b, w, n);
}

static int tw_capture_kh_known_header(struct kh_ctx *c, void *d, const void *s)
{
	return kh_capture_known_header(c, d, s);
}

static size_t tw_measure_kh_known_header(size_t off, const void *s)
{
	return kh_measure_known_header(off, s);
}

static void tw_emit_kh_known_header(struct kh_emitter *e, void *d, const void *s)
{
	kh_emit_known_header(e, d, s);
}

static int tw_capture_kh_known_header_ia32(struct kh_ctx *c, void *d, const void *s)
{
	return kh_capture_known_header_ia32(c, d, s);
}

static size_t tw_measure_kh_known_header_ia32(size_t off, const void *s)
{
	return kh_measure_known_header_ia32(off, s);
}

static void tw_emit_kh_known_header_ia32(struct kh_emitter *e, void *d, const void *s)
{
	kh_emit_known_header_ia32(e, d, s);
}

static int tw_capture_kh_known_header_x32(struct kh_ctx *c, void *d, const void *s)
{
	return kh_capture_known_header_x32(c, d, s);
}

static size_t tw_measure_kh_known_header_x32(size_t off, const void *s)
{
	return kh_measure_known_header_x32(off, s);
}

static void tw_emit_kh_known_header_x32(struct kh_emitter *e, void *d, const void *s)
{
	kh_emit_known_header_x32(e, d, s);
}

static int tw_random_kh_unknown_header(struct kh_rand *r, struct kh_ctx *c, void *d)
{
	return kh_random_unknown_header(r, c, d);
}

static int tw_equal_kh_unknown_header(const void *a, const void *b, char *w, size_t n)
{
	return kh_equal_unknown_header(a, b, w, n);
}

static int tw_capture_kh_unknown_header(struct kh_ctx *c, void *d, const void *s)
{
	return kh_capture_unknown_header(c, d, s);
}

static size_t tw_measure_kh_unknown_header(size_t off, const void *s)
{
	return kh_measure_unknown_header(off, s);
}

static void tw_emit_kh_unknown_header(struct kh_emitter *e, void *d, const void *s)
{
	kh_emit_unknown_header(e, d, s);
}

static int tw_capture_kh_unknown_header_ia32(struct kh_ctx *c, void *d, const void *s)
{
	return kh_capture_unknown_header_ia32(c, d, s);
}

static size_t tw_measure_kh_unknown_header_ia32(size_t off, const void *s)
{
	return kh_measure_unknown_header_ia32(off, s);
}

static void tw_emit_kh_unknown_header_ia32(struct kh_emitter *e, void *d, const void *s)
{
	kh_emit_unknown_header_ia32(e, d, s);
}

static int tw_capture_kh_unknown_header_x32(struct kh_ctx *c, void *d, const void *s)
{
	return kh_capture_unknown_header_x32(c, d, s);
}

static size_t tw_measure_kh_unknown_header_x32(size_t off, const void *s)
{
	return kh_measure_unknown_header_x32(off, s);
}

static void tw_emit_kh_unknown_header_x32(struct kh_emitter *e, void *d, const void *s)
{
	kh_emit_unknown_header_x32(e, d, s);
}

static int tw_random_kh_cooked_url(struct kh_rand *r, struct kh_ctx *c, void *d)
{
	return kh_random_cooked_url(r, c, d);
}

static int tw_equal_kh_cooked_url(const void *a, const void *b, char *w, size_t n)
{
	return kh_equal_cooked_url(a, b, w, n);
}

static int tw_capture_kh_cooked_url(struct kh_ctx *c, void *d, const void *s)
{
	return kh_capture_cooked_url(c, d, s);
}

static size_t tw_measure_kh_cooked_url(size_t off, const void *s)
{
	return kh_measure_cooked_url(off, s);
}

static void tw_emit_kh_cooked_url(struct kh_emitter *e, void *d, const void *s)
{
	kh_emit_cooked_url(e, d, s);
}

static int tw_capture_kh_cooked_url_ia32(struct kh_ctx *c, void *d, const void *s)
{
	return kh_capture_cooked_url_ia32(c, d, s);
}

static size_t tw_measure_kh_cooked_url_ia32(size_t off, const void *s)
{
	return kh_measure_cooked_url_ia32(off, s);
}

static void tw_emit_kh_cooked_url_ia32(struct kh_emitter *e, void *d, const void *s)
{
	kh_emit_cooked_url_ia32(e, d, s);
}

static int tw_capture_kh_cooked_url_x32(struct kh_ctx *c, void *d, const void *s)
{
	return kh_capture_cooked_url_x32(c, d, s);
}

static size_t tw_measure_kh_cooked_url_x32(size_t off, const void *s)
{
	return kh_measure_cooked_url_x32(off, s);
}

static void tw_emit_kh_cooked_url_x32(struct kh_emitter *e, void *d, const void *s)
{
	kh_emit_cooked_url_x32(e, d, s);
}

static int tw_random_kh_transport_address(struct kh_rand *r, struct kh_ctx *c, void *d)
{
	return kh_random_transport_address(r, c, d);
}

static int tw_equal_kh_transport_address(const void *a, const void *b, char *w, size_t n)
{
	return kh_equal_transport_address(a, b, w, n);
}

static int tw_capture_kh_transport_address(struct kh_ctx *c, void *d, const void *s)
{
	return kh_capture_transport_address(c, d, s);
}

static size_t tw_measure_kh_transport_address(size_t off, const void *s)
{
	return kh_measure_transport_address(off, s);
}

static void tw_emit_kh_transport_address(struct kh_emitter *e, void *d, const void *s)
{
	kh_emit_transport_address(e, d, s);
}

static int tw_capture_kh_transport_address_ia32(struct kh_ctx *c, void *d, const void *s)
{
	return kh_capture_transport_address_ia32(c, d, s);
}

static size_t tw_measure_kh_transport_address_ia32(size_t off, const void *s)
{
	return kh_measure_transport_address_ia32(off, s);
}

static void tw_emit_kh_transport_address_ia32(struct kh_emitter *e, void *d, const void *s)
{
	kh_emit_transport_address_ia32(e, d, s);
}

static int tw_capture_kh_transport_address_x32(struct kh_ctx *c, void *d, const void *s)
{
	return kh_capture_transport_address_x32(c, d, s);
}

static size_t tw_measure_kh_transport_address_x32(size_t off, const void *s)
{
	return kh_measure_transport_address_x32(off, s);
}

static void tw_emit_kh_transport_address_x32(struct kh_emitter *e, void *d, const void *s)
{
	kh_emit_transport_address_x32(e, d, s);
}

static int tw_random_kh_request_headers(struct kh_rand *r, struct kh_ctx *c, void *d)
{
	return kh_random_request_headers(r, c, d);
}

static int tw_equal_kh_request_headers(const void *a, const void *b, char *w, size_t n)
{
	return kh_equal_request_headers(a, b, w, n);
}

static int tw_capture_kh_request_headers(struct kh_ctx *c, void *d, const void *s)
{
	return kh_capture_request_headers(c, d, s);
}

static size_t tw_measure_kh_request_headers(size_t off, const void *s)
{
	return kh_measure_request_headers(off, s);
}

static void tw_emit_kh_request_headers(struct kh_emitter *e, void *d, const void *s)
{
	kh_emit_request_headers(e, d, s);
}

static int tw_capture_kh_request_headers_ia32(struct kh_ctx *c, void *d, const void *s)
{
	return kh_capture_request_headers_ia32(c, d, s);
}

static size_t tw_measure_kh_request_headers_ia32(size_t off, const void *s)
{
	return kh_measure_request_headers_ia32(off, s);
}

static void tw_emit_kh_request_headers_ia32(struct kh_emitter *e, void *d, const void *s)
{
	kh_emit_request_headers_ia32(e, d, s);
}

static int tw_capture_kh_request_headers_x32(struct kh_ctx *c, void *d, const void *s)
{
	return kh_capture_request_headers_x32(c, d, s);
}

static size_t tw_measure_kh_request_headers_x32(size_t off, const void *s)
{
	return kh_measure_request_headers_x32(off, s);
}

static void tw_emit_kh_request_headers_x32(struct kh_emitter *e, void *d, const void *s)
{
	kh_emit_request_headers_x32(e, d, s);
}

static int tw_random_kh_response_headers(struct kh_rand *r, struct kh_ctx *c, void *d)
{
	return kh_random_response_headers(r, c, d);
}

static int tw_equal_kh_response_headers(const void *a, const void *b, char *w, size_t n)
{
	return kh_equal_response_headers(a, b, w, n);
}

static int tw_capture_kh_response_headers(struct kh_ctx *c, void *d, const void *s)
{
	return kh_capture_response_headers(c, d, s);
}

static size_t tw_measure_kh_response_headers(size_t off, const void *s)
{
	return kh_measure_response_headers(off, s);
}

static void tw_emit_kh_response_headers(struct kh_emitter *e, void *d, const void *s)
{
	kh_emit_response_headers(e, d, s);
}

static int tw_capture_kh_response_headers_ia32(struct kh_ctx *c, void *d, const void *s)
{
	return kh_capture_response_headers_ia32(c, d, s);
}

static size_t tw_measure_kh_response_headers_ia32(size_t off, const void *s)
{
	return kh_measure_response_headers_ia32(off, s);
}

static void tw_emit_kh_response_headers_ia32(struct kh_emitter *e, void *d, const void *s)
{
	kh_emit_response_headers_ia32(e, d, s);
}

static int tw_capture_kh_response_headers_x32(struct kh_ctx *c, void *d, const void *s)
{
	return kh_capture_response_headers_x32(c, d, s);
}

static size_t tw_measure_kh_response_headers_x32(size_t off, const void *s)
{
	return kh_measure_response_headers_x32(off, s);
}

static void tw_emit_kh_response_headers_x32(struct kh_emitter *e, void *d, const void *s)
{
	kh_emit_response_headers_x32(e, d, s);
}

static int tw_random_kh_data_chunk(struct kh_rand *r, struct kh_ctx *c, void *d)
{
	return kh_random_data_chunk(r, c, d);
}

static int tw_equal_kh_data_chunk(const void *a, const void *b, char *w, size_t n)
{
	return kh_equal_data_chunk(a, b, w, n);
}

static int tw_capture_kh_data_chunk(struct kh_ctx *c, void *d, const void *s)
{
	return kh_capture_data_chunk(c, d, s);
}

static size_t tw_measure_kh_data_chunk(size_t off, const void *s)
{
	return kh_measure_data_chunk(off, s);
}

static void tw_emit_kh_data_chunk(struct kh_emitter *e, void *d, const void *s)
{
	kh_emit_data_chunk(e, d, s);
}

static int tw_capture_kh_data_chunk_ia32(struct kh_ctx *c, void *d, const void *s)
{
	return kh_capture_data_chunk_ia32(c, d, s);
}

static size_t tw_measure_kh_data_chunk_ia32(size_t off, const void *s)
{
	return kh_measure_data_chunk_ia32(off, s);
}

static void tw_emit_kh_data_chunk_ia32(struct kh_emitter *e, void *d, const void *s)
{
	kh_emit_data_chunk_ia32(e, d, s);
}

static int tw_capture_kh_data_chunk_x32(struct kh_ctx *c, void *d, const void *s)
{
	return kh_capture_data_chunk_x32(c, d, s);
}

static size_t tw_measure_kh_data_chunk_x32(size_t off, const void *s)
{
	return kh_measure_data_chunk_x32(off, s);
}

static void tw_emit_kh_data_chunk_x32(struct kh_emitter *e, void *d, const void *s)
{
	kh_emit_data_chunk_x32(e, d, s);
}

static int tw_random_kh_request_timing(struct kh_rand *r, struct kh_ctx *c, void *d)
{
	return kh_random_request_timing(r, c, d);
}

static int tw_equal_kh_request_timing(const void *a, const void *b, char *w, size_t n)
{
	return kh_equal_request_timing(a, b, w, n);
}

static int tw_capture_kh_request_timing(struct kh_ctx *c, void *d, const void *s)
{
	return kh_capture_request_timing(c, d, s);
}

static size_t tw_measure_kh_request_timing(size_t off, const void *s)
{
	return kh_measure_request_timing(off, s);
}

static void tw_emit_kh_request_timing(struct kh_emitter *e, void *d, const void *s)
{
	kh_emit_request_timing(e, d, s);
}

static int tw_capture_kh_request_timing_ia32(struct kh_ctx *c, void *d, const void *s)
{
	return kh_capture_request_timing_ia32(c, d, s);
}

static size_t tw_measure_kh_request_timing_ia32(size_t off, const void *s)
{
	return kh_measure_request_timing_ia32(off, s);
}

static void tw_emit_kh_request_timing_ia32(struct kh_emitter *e, void *d, const void *s)
{
	kh_emit_request_timing_ia32(e, d, s);
}

static int tw_capture_kh_request_timing_x32(struct kh_ctx *c, void *d, const void *s)
{
	return kh_capture_request_timing_x32(c, d, s);
}

static size_t tw_measure_kh_request_timing_x32(size_t off, const void *s)
{
	return kh_measure_request_timing_x32(off, s);
}

static void tw_emit_kh_request_timing_x32(struct kh_emitter *e, void *d, const void *s)
{
	kh_emit_request_timing_x32(e, d, s);
}

static int tw_random_kh_request_tcp(struct kh_rand *r, struct kh_ctx *c, void *d)
{
	return kh_random_request_tcp(r, c, d);
}

static int tw_equal_kh_request_tcp(const void *a, const void *b, char *w, size_t n)
{
	return kh_equal_request_tcp(a, b, w, n);
}

static int tw_capture_kh_request_tcp(struct kh_ctx *c, void *d, const void *s)
{
	return kh_capture_request_tcp(c, d, s);
}

static size_t tw_measure_kh_request_tcp(size_t off, const void *s)
{
	return kh_measure_request_tcp(off, s);
}

static void tw_emit_kh_request_tcp(struct kh_emitter *e, void *d, const void *s)
{
	kh_emit_request_tcp(e, d, s);
}

static int tw_capture_kh_request_tcp_ia32(struct kh_ctx *c, void *d, const void *s)
{
	return kh_capture_request_tcp_ia32(c, d, s);
}

static size_t tw_measure_kh_request_tcp_ia32(size_t off, const void *s)
{
	return kh_measure_request_tcp_ia32(off, s);
}

static void tw_emit_kh_request_tcp_ia32(struct kh_emitter *e, void *d, const void *s)
{
	kh_emit_request_tcp_ia32(e, d, s);
}

static int tw_capture_kh_request_tcp_x32(struct kh_ctx *c, void *d, const void *s)
{
	return kh_capture_request_tcp_x32(c, d, s);
}

static size_t tw_measure_kh_request_tcp_x32(size_t off, const void *s)
{
	return kh_measure_request_tcp_x32(off, s);
}

static void tw_emit_kh_request_tcp_x32(struct kh_emitter *e, void *d, const void *s)
{
	kh_emit_request_tcp_x32(e, d, s);
}

static int tw_random_kh_request_info(struct kh_rand *r, struct kh_ctx *c, void *d)
{
	return kh_random_request_info(r, c, d);
}

static int tw_equal_kh_request_info(const void *a, const void *b, char *w, size_t n)
{
	return kh_equal_request_info(a, b, w, n);
}

static int tw_capture_kh_request_info(struct kh_ctx *c, void *d, const void *s)
{
	return kh_capture_request_info(c, d, s);
}

static size_t tw_measure_kh_request_info(size_t off, const void *s)
{
	return kh_measure_request_info(off, s);
}

static void tw_emit_kh_request_info(struct kh_emitter *e, void *d, const void *s)
{
	kh_emit_request_info(e, d, s);
}

static int tw_capture_kh_request_info_ia32(struct kh_ctx *c, void *d, const void *s)
{
	return kh_capture_request_info_ia32(c, d, s);
}

static size_t tw_measure_kh_request_info_ia32(size_t off, const void *s)
{
	return kh_measure_request_info_ia32(off, s);
}

static void tw_emit_kh_request_info_ia32(struct kh_emitter *e, void *d, const void *s)
{
	kh_emit_request_info_ia32(e, d, s);
}

static int tw_capture_kh_request_info_x32(struct kh_ctx *c, void *d, const void *s)
{
	return kh_capture_request_info_x32(c, d, s);
}

static size_t tw_measure_kh_request_info_x32(size_t off, const void *s)
{
	return kh_measure_request_info_x32(off, s);
}

static void tw_emit_kh_request_info_x32(struct kh_emitter *e, void *d, const void *s)
{
	kh_emit_request_info_x32(e, d, s);
}

static int tw_random_kh_request(struct kh_rand *r, struct kh_ctx *c, void *d)
{
	return kh_random_request(r, c, d);
}

static int tw_equal_kh_request(const void *a, const void *b, char *w, size_t n)
{
	return kh_equal_request(a, b, w, n);
}

static int tw_capture_kh_request(struct kh_ctx *c, void *d, const void *s)
{
	return kh_capture_request(c, d, s);
}

static size_t tw_measure_kh_request(size_t off, const void *s)
{
	return kh_measure_request(off, s);
}

static void tw_emit_kh_request(struct kh_emitter *e, void *d, const void *s)
{
	kh_emit_request(e, d, s);
}

static int tw_capture_kh_request_ia32(struct kh_ctx *c, void *d, const void *s)
{
	return kh_capture_request_ia32(c, d, s);
}

static size_t tw_measure_kh_request_ia32(size_t off, const void *s)
{
	return kh_measure_request_ia32(off, s);
}

static void tw_emit_kh_request_ia32(struct kh_emitter *e, void *d, const void *s)
{
	kh_emit_request_ia32(e, d, s);
}

static int tw_capture_kh_request_x32(struct kh_ctx *c, void *d, const void *s)
{
	return kh_capture_request_x32(c, d, s);
}

static size_t tw_measure_kh_request_x32(size_t off, const void *s)
{
	return kh_measure_request_x32(off, s);
}

static void tw_emit_kh_request_x32(struct kh_emitter *e, void *d, const void *s)
{
	kh_emit_request_x32(e, d, s);
}

static int tw_random_kh_multiple_known_headers(struct kh_rand *r, struct kh_ctx *c, void *d)
{
	return kh_random_multiple_known_headers(r, c, d);
}

static int tw_equal_kh_multiple_known_headers(const void *a, const void *b, char *w, size_t n)
{
	return kh_equal_multiple_known_headers(a, b, w, n);
}

static int tw_capture_kh_multiple_known_headers(struct kh_ctx *c, void *d, const void *s)
{
	return kh_capture_multiple_known_headers(c, d, s);
}

static size_t tw_measure_kh_multiple_known_headers(size_t off, const void *s)
{
	return kh_measure_multiple_known_headers(off, s);
}

static void tw_emit_kh_multiple_known_headers(struct kh_emitter *e, void *d, const void *s)
{
	kh_emit_multiple_known_headers(e, d, s);
}

static int tw_capture_kh_multiple_known_headers_ia32(struct kh_ctx *c, void *d, const void *s)
{
	return kh_capture_multiple_known_headers_ia32(c, d, s);
}

static size_t tw_measure_kh_multiple_known_headers_ia32(size_t off, const void *s)
{
	return kh_measure_multiple_known_headers_ia32(off, s);
}

static void tw_emit_kh_multiple_known_headers_ia32(struct kh_emitter *e, void *d, const void *s)
{
	kh_emit_multiple_known_headers_ia32(e, d, s);
}

static int tw_capture_kh_multiple_known_headers_x32(struct kh_ctx *c, void *d, const void *s)
{
	return kh_capture_multiple_known_headers_x32(c, d, s);
}

static size_t tw_measure_kh_multiple_known_headers_x32(size_t off, const void *s)
{
	return kh_measure_multiple_known_headers_x32(off, s);
}

static void tw_emit_kh_multiple_known_headers_x32(struct kh_emitter *e, void *d, const void *s)
{
	kh_emit_multiple_known_headers_x32(e, d, s);
}

static int tw_random_kh_cache_key(struct kh_rand *r, struct kh_ctx *c, void *d)
{
	return kh_random_cache_key(r, c, d);
}

static int tw_equal_kh_cache_key(const void *a, const void *b, char *w, size_t n)
{
	return kh_equal_cache_key(a, b, w, n);
}

static int tw_capture_kh_cache_key(struct kh_ctx *c, void *d, const void *s)
{
	return kh_capture_cache_key(c, d, s);
}

static size_t tw_measure_kh_cache_key(size_t off, const void *s)
{
	return kh_measure_cache_key(off, s);
}

static void tw_emit_kh_cache_key(struct kh_emitter *e, void *d, const void *s)
{
	kh_emit_cache_key(e, d, s);
}

static int tw_capture_kh_cache_key_ia32(struct kh_ctx *c, void *d, const void *s)
{
	return kh_capture_cache_key_ia32(c, d, s);
}

static size_t tw_measure_kh_cache_key_ia32(size_t off, const void *s)
{
	return kh_measure_cache_key_ia32(off, s);
}

static void tw_emit_kh_cache_key_ia32(struct kh_emitter *e, void *d, const void *s)
{
	kh_emit_cache_key_ia32(e, d, s);
}

static int tw_capture_kh_cache_key_x32(struct kh_ctx *c, void *d, const void *s)
{
	return kh_capture_cache_key_x32(c, d, s);
}

static size_t tw_measure_kh_cache_key_x32(size_t off, const void *s)
{
	return kh_measure_cache_key_x32(off, s);
}

static void tw_emit_kh_cache_key_x32(struct kh_emitter *e, void *d, const void *s)
{
	kh_emit_cache_key_x32(e, d, s);
}

static int tw_random_kh_response_info(struct kh_rand *r, struct kh_ctx *c, void *d)
{
	return kh_random_response_info(r, c, d);
}

static int tw_equal_kh_response_info(const void *a, const void *b, char *w, size_t n)
{
	return kh_equal_response_info(a, b, w, n);
}

static int tw_capture_kh_response_info(struct kh_ctx *c, void *d, const void *s)
{
	return kh_capture_response_info(c, d, s);
}

static size_t tw_measure_kh_response_info(size_t off, const void *s)
{
	return kh_measure_response_info(off, s);
}

static void tw_emit_kh_response_info(struct kh_emitter *e, void *d, const void *s)
{
	kh_emit_response_info(e, d, s);
}

static int tw_capture_kh_response_info_ia32(struct kh_ctx *c, void *d, const void *s)
{
	return kh_capture_response_info_ia32(c, d, s);
}

static size_t tw_measure_kh_response_info_ia32(size_t off, const void *s)
{
	return kh_measure_response_info_ia32(off, s);
}

static void tw_emit_kh_response_info_ia32(struct kh_emitter *e, void *d, const void *s)
{
	kh_emit_response_info_ia32(e, d, s);
}

static int tw_capture_kh_response_info_x32(struct kh_ctx *c, void *d, const void *s)
{
	return kh_capture_response_info_x32(c, d, s);
}

static size_t tw_measure_kh_response_info_x32(size_t off, const void *s)
{
	return kh_measure_response_info_x32(off, s);
}

static void tw_emit_kh_response_info_x32(struct kh_emitter *e, void *d, const void *s)
{
	kh_emit_response_info_x32(e, d, s);
}

static int tw_random_kh_response(struct kh_rand *r, struct kh_ctx *c, void *d)
{
	return kh_random_response(r, c, d);
}

static int tw_equal_kh_response(const void *a, const void *b, char *w, size_t n)
{
	return kh_equal_response(a, b, w, n);
}

static int tw_capture_kh_response(struct kh_ctx *c, void *d, const void *s)
{
	return kh_capture_response(c, d, s);
}

static size_t tw_measure_kh_response(size_t off, const void *s)
{
	return kh_measure_response(off, s);
}

static void tw_emit_kh_response(struct kh_emitter *e, void *d, const void *s)
{
	kh_emit_response(e, d, s);
}

static int tw_capture_kh_response_ia32(struct kh_ctx *c, void *d, const void *s)
{
	return kh_capture_response_ia32(c, d, s);
}

static size_t tw_measure_kh_response_ia32(size_t off, const void *s)
{
	return kh_measure_response_ia32(off, s);
}

static void tw_emit_kh_response_ia32(struct kh_emitter *e, void *d, const void *s)
{
	kh_emit_response_ia32(e, d, s);
}

static int tw_capture_kh_response_x32(struct kh_ctx *c, void *d, const void *s)
{
	return kh_capture_response_x32(c, d, s);
}

static size_t tw_measure_kh_response_x32(size_t off, const void *s)
{
	return kh_measure_response_x32(off, s);
}

static void tw_emit_kh_response_x32(struct kh_emitter *e, void *d, const void *s)
{
	kh_emit_response_x32(e, d, s);
}

static int tw_random_kh_cache_policy(struct kh_rand *r, struct kh_ctx *c, void *d)
{
	return kh_random_cache_policy(r, c, d);
}

static int tw_equal_kh_cache_policy(const void *a, const void *b, char *w, size_t n)
{
	return kh_equal_cache_policy(a, b, w, n);
}

static int tw_capture_kh_cache_policy(struct kh_ctx *c, void *d, const void *s)
{
	return kh_capture_cache_policy(c, d, s);
}

static size_t tw_measure_kh_cache_policy(size_t off, const void *s)
{
	return kh_measure_cache_policy(off, s);
}

static void tw_emit_kh_cache_policy(struct kh_emitter *e, void *d, const void *s)
{
	kh_emit_cache_policy(e, d, s);
}

static int tw_capture_kh_cache_policy_ia32(struct kh_ctx *c, void *d, const void *s)
{
	return kh_capture_cache_policy_ia32(c, d, s);
}

static size_t tw_measure_kh_cache_policy_ia32(size_t off, const void *s)
{
	return kh_measure_cache_policy_ia32(off, s);
}

static void tw_emit_kh_cache_policy_ia32(struct kh_emitter *e, void *d, const void *s)
{
	kh_emit_cache_policy_ia32(e, d, s);
}

static int tw_capture_kh_cache_policy_x32(struct kh_ctx *c, void *d, const void *s)
{
	return kh_capture_cache_policy_x32(c, d, s);
}

static size_t tw_measure_kh_cache_policy_x32(size_t off, const void *s)
{
	return kh_measure_cache_policy_x32(off, s);
}

static void tw_emit_kh_cache_policy_x32(struct kh_emitter *e, void *d, const void *s)
{
	kh_emit_cache_policy_x32(e, d, s);
}

static int tw_random_kh_log_data(struct kh_rand *r, struct kh_ctx *c, void *d)
{
	return kh_random_log_data(r, c, d);
}

static int tw_equal_kh_log_data(const void *a, const void *b, char *w, size_t n)
{
	return kh_equal_log_data(a, b, w, n);
}

static int tw_capture_kh_log_data(struct kh_ctx *c, void *d, const void *s)
{
	return kh_capture_log_data(c, d, s);
}

static size_t tw_measure_kh_log_data(size_t off, const void *s)
{
	return kh_measure_log_data(off, s);
}

static void tw_emit_kh_log_data(struct kh_emitter *e, void *d, const void *s)
{
	kh_emit_log_data(e, d, s);
}

static int tw_capture_kh_log_data_ia32(struct kh_ctx *c, void *d, const void *s)
{
	return kh_capture_log_data_ia32(c, d, s);
}

static size_t tw_measure_kh_log_data_ia32(size_t off, const void *s)
{
	return kh_measure_log_data_ia32(off, s);
}

static void tw_emit_kh_log_data_ia32(struct kh_emitter *e, void *d, const void *s)
{
	kh_emit_log_data_ia32(e, d, s);
}

static int tw_capture_kh_log_data_x32(struct kh_ctx *c, void *d, const void *s)
{
	return kh_capture_log_data_x32(c, d, s);
}

static size_t tw_measure_kh_log_data_x32(size_t off, const void *s)
{
	return kh_measure_log_data_x32(off, s);
}

static void tw_emit_kh_log_data_x32(struct kh_emitter *e, void *d, const void *s)
{
	kh_emit_log_data_x32(e, d, s);
}

static int tw_random_kh_version_args(struct kh_rand *r, struct kh_ctx *c, void *d)
{
	return kh_random_version_args(r, c, d);
}

static int tw_equal_kh_version_args(const void *a, const void *b, char *w, size_t n)
{
	return kh_equal_version_args(a, b, w, n);
}

static int tw_capture_kh_version_args(struct kh_ctx *c, void *d, const void *s)
{
	return kh_capture_version_args(c, d, s);
}

static size_t tw_measure_kh_version_args(size_t off, const void *s)
{
	return kh_measure_version_args(off, s);
}

static void tw_emit_kh_version_args(struct kh_emitter *e, void *d, const void *s)
{
	kh_emit_version_args(e, d, s);
}

static int tw_capture_kh_version_args_ia32(struct kh_ctx *c, void *d, const void *s)
{
	return kh_capture_version_args_ia32(c, d, s);
}

static size_t tw_measure_kh_version_args_ia32(size_t off, const void *s)
{
	return kh_measure_version_args_ia32(off, s);
}

static void tw_emit_kh_version_args_ia32(struct kh_emitter *e, void *d, const void *s)
{
	kh_emit_version_args_ia32(e, d, s);
}

static int tw_capture_kh_version_args_x32(struct kh_ctx *c, void *d, const void *s)
{
	return kh_capture_version_args_x32(c, d, s);
}

static size_t tw_measure_kh_version_args_x32(size_t off, const void *s)
{
	return kh_measure_version_args_x32(off, s);
}

static void tw_emit_kh_version_args_x32(struct kh_emitter *e, void *d, const void *s)
{
	kh_emit_version_args_x32(e, d, s);
}

static int tw_random_kh_queue_args(struct kh_rand *r, struct kh_ctx *c, void *d)
{
	return kh_random_queue_args(r, c, d);
}

static int tw_equal_kh_queue_args(const void *a, const void *b, char *w, size_t n)
{
	return kh_equal_queue_args(a, b, w, n);
}

static int tw_capture_kh_queue_args(struct kh_ctx *c, void *d, const void *s)
{
	return kh_capture_queue_args(c, d, s);
}

static size_t tw_measure_kh_queue_args(size_t off, const void *s)
{
	return kh_measure_queue_args(off, s);
}

static void tw_emit_kh_queue_args(struct kh_emitter *e, void *d, const void *s)
{
	kh_emit_queue_args(e, d, s);
}

static int tw_capture_kh_queue_args_ia32(struct kh_ctx *c, void *d, const void *s)
{
	return kh_capture_queue_args_ia32(c, d, s);
}

static size_t tw_measure_kh_queue_args_ia32(size_t off, const void *s)
{
	return kh_measure_queue_args_ia32(off, s);
}

static void tw_emit_kh_queue_args_ia32(struct kh_emitter *e, void *d, const void *s)
{
	kh_emit_queue_args_ia32(e, d, s);
}

static int tw_capture_kh_queue_args_x32(struct kh_ctx *c, void *d, const void *s)
{
	return kh_capture_queue_args_x32(c, d, s);
}

static size_t tw_measure_kh_queue_args_x32(size_t off, const void *s)
{
	return kh_measure_queue_args_x32(off, s);
}

static void tw_emit_kh_queue_args_x32(struct kh_emitter *e, void *d, const void *s)
{
	kh_emit_queue_args_x32(e, d, s);
}

static int tw_random_kh_url_args(struct kh_rand *r, struct kh_ctx *c, void *d)
{
	return kh_random_url_args(r, c, d);
}

static int tw_equal_kh_url_args(const void *a, const void *b, char *w, size_t n)
{
	return kh_equal_url_args(a, b, w, n);
}

static int tw_capture_kh_url_args(struct kh_ctx *c, void *d, const void *s)
{
	return kh_capture_url_args(c, d, s);
}

static size_t tw_measure_kh_url_args(size_t off, const void *s)
{
	return kh_measure_url_args(off, s);
}

static void tw_emit_kh_url_args(struct kh_emitter *e, void *d, const void *s)
{
	kh_emit_url_args(e, d, s);
}

static int tw_capture_kh_url_args_ia32(struct kh_ctx *c, void *d, const void *s)
{
	return kh_capture_url_args_ia32(c, d, s);
}

static size_t tw_measure_kh_url_args_ia32(size_t off, const void *s)
{
	return kh_measure_url_args_ia32(off, s);
}

static void tw_emit_kh_url_args_ia32(struct kh_emitter *e, void *d, const void *s)
{
	kh_emit_url_args_ia32(e, d, s);
}

static int tw_capture_kh_url_args_x32(struct kh_ctx *c, void *d, const void *s)
{
	return kh_capture_url_args_x32(c, d, s);
}

static size_t tw_measure_kh_url_args_x32(size_t off, const void *s)
{
	return kh_measure_url_args_x32(off, s);
}

static void tw_emit_kh_url_args_x32(struct kh_emitter *e, void *d, const void *s)
{
	kh_emit_url_args_x32(e, d, s);
}

static int tw_random_kh_receive_request_args(struct kh_rand *r, struct kh_ctx *c, void *d)
{
	return kh_random_receive_request_args(r, c, d);
}

static int tw_equal_kh_receive_request_args(const void *a, const void *b, char *w, size_t n)
{
	return kh_equal_receive_request_args(a, b, w, n);
}

static int tw_capture_kh_receive_request_args(struct kh_ctx *c, void *d, const void *s)
{
	return kh_capture_receive_request_args(c, d, s);
}

static size_t tw_measure_kh_receive_request_args(size_t off, const void *s)
{
	return kh_measure_receive_request_args(off, s);
}

static void tw_emit_kh_receive_request_args(struct kh_emitter *e, void *d, const void *s)
{
	kh_emit_receive_request_args(e, d, s);
}

static int tw_capture_kh_receive_request_args_ia32(struct kh_ctx *c, void *d, const void *s)
{
	return kh_capture_receive_request_args_ia32(c, d, s);
}

static size_t tw_measure_kh_receive_request_args_ia32(size_t off, const void *s)
{
	return kh_measure_receive_request_args_ia32(off, s);
}

static void tw_emit_kh_receive_request_args_ia32(struct kh_emitter *e, void *d, const void *s)
{
	kh_emit_receive_request_args_ia32(e, d, s);
}

static int tw_capture_kh_receive_request_args_x32(struct kh_ctx *c, void *d, const void *s)
{
	return kh_capture_receive_request_args_x32(c, d, s);
}

static size_t tw_measure_kh_receive_request_args_x32(size_t off, const void *s)
{
	return kh_measure_receive_request_args_x32(off, s);
}

static void tw_emit_kh_receive_request_args_x32(struct kh_emitter *e, void *d, const void *s)
{
	kh_emit_receive_request_args_x32(e, d, s);
}

static int tw_random_kh_receive_body_args(struct kh_rand *r, struct kh_ctx *c, void *d)
{
	return kh_random_receive_body_args(r, c, d);
}

static int tw_equal_kh_receive_body_args(const void *a, const void *b, char *w, size_t n)
{
	return kh_equal_receive_body_args(a, b, w, n);
}

static int tw_capture_kh_receive_body_args(struct kh_ctx *c, void *d, const void *s)
{
	return kh_capture_receive_body_args(c, d, s);
}

static size_t tw_measure_kh_receive_body_args(size_t off, const void *s)
{
	return kh_measure_receive_body_args(off, s);
}

static void tw_emit_kh_receive_body_args(struct kh_emitter *e, void *d, const void *s)
{
	kh_emit_receive_body_args(e, d, s);
}

static int tw_capture_kh_receive_body_args_ia32(struct kh_ctx *c, void *d, const void *s)
{
	return kh_capture_receive_body_args_ia32(c, d, s);
}

static size_t tw_measure_kh_receive_body_args_ia32(size_t off, const void *s)
{
	return kh_measure_receive_body_args_ia32(off, s);
}

static void tw_emit_kh_receive_body_args_ia32(struct kh_emitter *e, void *d, const void *s)
{
	kh_emit_receive_body_args_ia32(e, d, s);
}

static int tw_capture_kh_receive_body_args_x32(struct kh_ctx *c, void *d, const void *s)
{
	return kh_capture_receive_body_args_x32(c, d, s);
}

static size_t tw_measure_kh_receive_body_args_x32(size_t off, const void *s)
{
	return kh_measure_receive_body_args_x32(off, s);
}

static void tw_emit_kh_receive_body_args_x32(struct kh_emitter *e, void *d, const void *s)
{
	kh_emit_receive_body_args_x32(e, d, s);
}

static int tw_random_kh_send_response_args(struct kh_rand *r, struct kh_ctx *c, void *d)
{
	return kh_random_send_response_args(r, c, d);
}

static int tw_equal_kh_send_response_args(const void *a, const void *b, char *w, size_t n)
{
	return kh_equal_send_response_args(a, b, w, n);
}

static int tw_capture_kh_send_response_args(struct kh_ctx *c, void *d, const void *s)
{
	return kh_capture_send_response_args(c, d, s);
}

static size_t tw_measure_kh_send_response_args(size_t off, const void *s)
{
	return kh_measure_send_response_args(off, s);
}

static void tw_emit_kh_send_response_args(struct kh_emitter *e, void *d, const void *s)
{
	kh_emit_send_response_args(e, d, s);
}

static int tw_capture_kh_send_response_args_ia32(struct kh_ctx *c, void *d, const void *s)
{
	return kh_capture_send_response_args_ia32(c, d, s);
}

static size_t tw_measure_kh_send_response_args_ia32(size_t off, const void *s)
{
	return kh_measure_send_response_args_ia32(off, s);
}

static void tw_emit_kh_send_response_args_ia32(struct kh_emitter *e, void *d, const void *s)
{
	kh_emit_send_response_args_ia32(e, d, s);
}

static int tw_capture_kh_send_response_args_x32(struct kh_ctx *c, void *d, const void *s)
{
	return kh_capture_send_response_args_x32(c, d, s);
}

static size_t tw_measure_kh_send_response_args_x32(size_t off, const void *s)
{
	return kh_measure_send_response_args_x32(off, s);
}

static void tw_emit_kh_send_response_args_x32(struct kh_emitter *e, void *d, const void *s)
{
	kh_emit_send_response_args_x32(e, d, s);
}

static int tw_random_kh_send_body_args(struct kh_rand *r, struct kh_ctx *c, void *d)
{
	return kh_random_send_body_args(r, c, d);
}

static int tw_equal_kh_send_body_args(const void *a, const void *b, char *w, size_t n)
{
	return kh_equal_send_body_args(a, b, w, n);
}

static int tw_capture_kh_send_body_args(struct kh_ctx *c, void *d, const void *s)
{
	return kh_capture_send_body_args(c, d, s);
}

static size_t tw_measure_kh_send_body_args(size_t off, const void *s)
{
	return kh_measure_send_body_args(off, s);
}

static void tw_emit_kh_send_body_args(struct kh_emitter *e, void *d, const void *s)
{
	kh_emit_send_body_args(e, d, s);
}

static int tw_capture_kh_send_body_args_ia32(struct kh_ctx *c, void *d, const void *s)
{
	return kh_capture_send_body_args_ia32(c, d, s);
}

static size_t tw_measure_kh_send_body_args_ia32(size_t off, const void *s)
{
	return kh_measure_send_body_args_ia32(off, s);
}

static void tw_emit_kh_send_body_args_ia32(struct kh_emitter *e, void *d, const void *s)
{
	kh_emit_send_body_args_ia32(e, d, s);
}

static int tw_capture_kh_send_body_args_x32(struct kh_ctx *c, void *d, const void *s)
{
	return kh_capture_send_body_args_x32(c, d, s);
}

static size_t tw_measure_kh_send_body_args_x32(size_t off, const void *s)
{
	return kh_measure_send_body_args_x32(off, s);
}

static void tw_emit_kh_send_body_args_x32(struct kh_emitter *e, void *d, const void *s)
{
	kh_emit_send_body_args_x32(e, d, s);
}

static int tw_random_kh_cancel_args(struct kh_rand *r, struct kh_ctx *c, void *d)
{
	return kh_random_cancel_args(r, c, d);
}

static int tw_equal_kh_cancel_args(const void *a, const void *b, char *w, size_t n)
{
	return kh_equal_cancel_args(a, b, w, n);
}

static int tw_capture_kh_cancel_args(struct kh_ctx *c, void *d, const void *s)
{
	return kh_capture_cancel_args(c, d, s);
}

static size_t tw_measure_kh_cancel_args(size_t off, const void *s)
{
	return kh_measure_cancel_args(off, s);
}

static void tw_emit_kh_cancel_args(struct kh_emitter *e, void *d, const void *s)
{
	kh_emit_cancel_args(e, d, s);
}

static int tw_capture_kh_cancel_args_ia32(struct kh_ctx *c, void *d, const void *s)
{
	return kh_capture_cancel_args_ia32(c, d, s);
}

static size_t tw_measure_kh_cancel_args_ia32(size_t off, const void *s)
{
	return kh_measure_cancel_args_ia32(off, s);
}

static void tw_emit_kh_cancel_args_ia32(struct kh_emitter *e, void *d, const void *s)
{
	kh_emit_cancel_args_ia32(e, d, s);
}

static int tw_capture_kh_cancel_args_x32(struct kh_ctx *c, void *d, const void *s)
{
	return kh_capture_cancel_args_x32(c, d, s);
}

static size_t tw_measure_kh_cancel_args_x32(size_t off, const void *s)
{
	return kh_measure_cancel_args_x32(off, s);
}

static void tw_emit_kh_cancel_args_x32(struct kh_emitter *e, void *d, const void *s)
{
	kh_emit_cancel_args_x32(e, d, s);
}

static int tw_random_kh_wait_disconnect_args(struct kh_rand *r, struct kh_ctx *c, void *d)
{
	return kh_random_wait_disconnect_args(r, c, d);
}

static int tw_equal_kh_wait_disconnect_args(const void *a, const void *b, char *w, size_t n)
{
	return kh_equal_wait_disconnect_args(a, b, w, n);
}

static int tw_capture_kh_wait_disconnect_args(struct kh_ctx *c, void *d, const void *s)
{
	return kh_capture_wait_disconnect_args(c, d, s);
}

static size_t tw_measure_kh_wait_disconnect_args(size_t off, const void *s)
{
	return kh_measure_wait_disconnect_args(off, s);
}

static void tw_emit_kh_wait_disconnect_args(struct kh_emitter *e, void *d, const void *s)
{
	kh_emit_wait_disconnect_args(e, d, s);
}

static int tw_capture_kh_wait_disconnect_args_ia32(struct kh_ctx *c, void *d, const void *s)
{
	return kh_capture_wait_disconnect_args_ia32(c, d, s);
}

static size_t tw_measure_kh_wait_disconnect_args_ia32(size_t off, const void *s)
{
	return kh_measure_wait_disconnect_args_ia32(off, s);
}

static void tw_emit_kh_wait_disconnect_args_ia32(struct kh_emitter *e, void *d, const void *s)
{
	kh_emit_wait_disconnect_args_ia32(e, d, s);
}

static int tw_capture_kh_wait_disconnect_args_x32(struct kh_ctx *c, void *d, const void *s)
{
	return kh_capture_wait_disconnect_args_x32(c, d, s);
}

static size_t tw_measure_kh_wait_disconnect_args_x32(size_t off, const void *s)
{
	return kh_measure_wait_disconnect_args_x32(off, s);
}

static void tw_emit_kh_wait_disconnect_args_x32(struct kh_emitter *e, void *d, const void *s)
{
	kh_emit_wait_disconnect_args_x32(e, d, s);
}

static int tw_random_kh_flush_cache_args(struct kh_rand *r, struct kh_ctx *c, void *d)
{
	return kh_random_flush_cache_args(r, c, d);
}

static int tw_equal_kh_flush_cache_args(const void *a, const void *b, char *w, size_t n)
{
	return kh_equal_flush_cache_args(a, b, w, n);
}

static int tw_capture_kh_flush_cache_args(struct kh_ctx *c, void *d, const void *s)
{
	return kh_capture_flush_cache_args(c, d, s);
}

static size_t tw_measure_kh_flush_cache_args(size_t off, const void *s)
{
	return kh_measure_flush_cache_args(off, s);
}

static void tw_emit_kh_flush_cache_args(struct kh_emitter *e, void *d, const void *s)
{
	kh_emit_flush_cache_args(e, d, s);
}

static int tw_capture_kh_flush_cache_args_ia32(struct kh_ctx *c, void *d, const void *s)
{
	return kh_capture_flush_cache_args_ia32(c, d, s);
}

static size_t tw_measure_kh_flush_cache_args_ia32(size_t off, const void *s)
{
	return kh_measure_flush_cache_args_ia32(off, s);
}

static void tw_emit_kh_flush_cache_args_ia32(struct kh_emitter *e, void *d, const void *s)
{
	kh_emit_flush_cache_args_ia32(e, d, s);
}

static int tw_capture_kh_flush_cache_args_x32(struct kh_ctx *c, void *d, const void *s)
{
	return kh_capture_flush_cache_args_x32(c, d, s);
}

static size_t tw_measure_kh_flush_cache_args_x32(size_t off, const void *s)
{
	return kh_measure_flush_cache_args_x32(off, s);
}

static void tw_emit_kh_flush_cache_args_x32(struct kh_emitter *e, void *d, const void *s)
{
	kh_emit_flush_cache_args_x32(e, d, s);
}

static int tw_random_kh_stats_args(struct kh_rand *r, struct kh_ctx *c, void *d)
{
	return kh_random_stats_args(r, c, d);
}

static int tw_equal_kh_stats_args(const void *a, const void *b, char *w, size_t n)
{
	return kh_equal_stats_args(a, b, w, n);
}

static int tw_capture_kh_stats_args(struct kh_ctx *c, void *d, const void *s)
{
	return kh_capture_stats_args(c, d, s);
}

static size_t tw_measure_kh_stats_args(size_t off, const void *s)
{
	return kh_measure_stats_args(off, s);
}

static void tw_emit_kh_stats_args(struct kh_emitter *e, void *d, const void *s)
{
	kh_emit_stats_args(e, d, s);
}

static int tw_capture_kh_stats_args_ia32(struct kh_ctx *c, void *d, const void *s)
{
	return kh_capture_stats_args_ia32(c, d, s);
}

static size_t tw_measure_kh_stats_args_ia32(size_t off, const void *s)
{
	return kh_measure_stats_args_ia32(off, s);
}

static void tw_emit_kh_stats_args_ia32(struct kh_emitter *e, void *d, const void *s)
{
	kh_emit_stats_args_ia32(e, d, s);
}

static int tw_capture_kh_stats_args_x32(struct kh_ctx *c, void *d, const void *s)
{
	return kh_capture_stats_args_x32(c, d, s);
}

static size_t tw_measure_kh_stats_args_x32(size_t off, const void *s)
{
	return kh_measure_stats_args_x32(off, s);
}

static void tw_emit_kh_stats_args_x32(struct kh_emitter *e, void *d, const void *s)
{
	kh_emit_stats_args_x32(e, d, s);
}

static int tw_random_kh_limits_args(struct kh_rand *r, struct kh_ctx *c, void *d)
{
	return kh_random_limits_args(r, c, d);
}

static int tw_equal_kh_limits_args(const void *a, const void *b, char *w, size_t n)
{
	return kh_equal_limits_args(a, b, w, n);
}

static int tw_capture_kh_limits_args(struct kh_ctx *c, void *d, const void *s)
{
	return kh_capture_limits_args(c, d, s);
}

static size_t tw_measure_kh_limits_args(size_t off, const void *s)
{
	return kh_measure_limits_args(off, s);
}

static void tw_emit_kh_limits_args(struct kh_emitter *e, void *d, const void *s)
{
	kh_emit_limits_args(e, d, s);
}

static int tw_capture_kh_limits_args_ia32(struct kh_ctx *c, void *d, const void *s)
{
	return kh_capture_limits_args_ia32(c, d, s);
}

static size_t tw_measure_kh_limits_args_ia32(size_t off, const void *s)
{
	return kh_measure_limits_args_ia32(off, s);
}

static void tw_emit_kh_limits_args_ia32(struct kh_emitter *e, void *d, const void *s)
{
	kh_emit_limits_args_ia32(e, d, s);
}

static int tw_capture_kh_limits_args_x32(struct kh_ctx *c, void *d, const void *s)
{
	return kh_capture_limits_args_x32(c, d, s);
}

static size_t tw_measure_kh_limits_args_x32(size_t off, const void *s)
{
	return kh_measure_limits_args_x32(off, s);
}

static void tw_emit_kh_limits_args_x32(struct kh_emitter *e, void *d, const void *s)
{
	kh_emit_limits_args_x32(e, d, s);
}

static int tw_random_kh_admin_entry(struct kh_rand *r, struct kh_ctx *c, void *d)
{
	return kh_random_admin_entry(r, c, d);
}

static int tw_equal_kh_admin_entry(const void *a, const void *b, char *w, size_t n)
{
	return kh_equal_admin_entry(a, b, w, n);
}

static int tw_capture_kh_admin_entry(struct kh_ctx *c, void *d, const void *s)
{
	return kh_capture_admin_entry(c, d, s);
}

static size_t tw_measure_kh_admin_entry(size_t off, const void *s)
{
	return kh_measure_admin_entry(off, s);
}

static void tw_emit_kh_admin_entry(struct kh_emitter *e, void *d, const void *s)
{
	kh_emit_admin_entry(e, d, s);
}

static int tw_capture_kh_admin_entry_ia32(struct kh_ctx *c, void *d, const void *s)
{
	return kh_capture_admin_entry_ia32(c, d, s);
}

static size_t tw_measure_kh_admin_entry_ia32(size_t off, const void *s)
{
	return kh_measure_admin_entry_ia32(off, s);
}

static void tw_emit_kh_admin_entry_ia32(struct kh_emitter *e, void *d, const void *s)
{
	kh_emit_admin_entry_ia32(e, d, s);
}

static int tw_capture_kh_admin_entry_x32(struct kh_ctx *c, void *d, const void *s)
{
	return kh_capture_admin_entry_x32(c, d, s);
}

static size_t tw_measure_kh_admin_entry_x32(size_t off, const void *s)
{
	return kh_measure_admin_entry_x32(off, s);
}

static void tw_emit_kh_admin_entry_x32(struct kh_emitter *e, void *d, const void *s)
{
	kh_emit_admin_entry_x32(e, d, s);
}

static int tw_random_kh_admin_list_args(struct kh_rand *r, struct kh_ctx *c, void *d)
{
	return kh_random_admin_list_args(r, c, d);
}

static int tw_equal_kh_admin_list_args(const void *a, const void *b, char *w, size_t n)
{
	return kh_equal_admin_list_args(a, b, w, n);
}

static int tw_capture_kh_admin_list_args(struct kh_ctx *c, void *d, const void *s)
{
	return kh_capture_admin_list_args(c, d, s);
}

static size_t tw_measure_kh_admin_list_args(size_t off, const void *s)
{
	return kh_measure_admin_list_args(off, s);
}

static void tw_emit_kh_admin_list_args(struct kh_emitter *e, void *d, const void *s)
{
	kh_emit_admin_list_args(e, d, s);
}

static int tw_capture_kh_admin_list_args_ia32(struct kh_ctx *c, void *d, const void *s)
{
	return kh_capture_admin_list_args_ia32(c, d, s);
}

static size_t tw_measure_kh_admin_list_args_ia32(size_t off, const void *s)
{
	return kh_measure_admin_list_args_ia32(off, s);
}

static void tw_emit_kh_admin_list_args_ia32(struct kh_emitter *e, void *d, const void *s)
{
	kh_emit_admin_list_args_ia32(e, d, s);
}

static int tw_capture_kh_admin_list_args_x32(struct kh_ctx *c, void *d, const void *s)
{
	return kh_capture_admin_list_args_x32(c, d, s);
}

static size_t tw_measure_kh_admin_list_args_x32(size_t off, const void *s)
{
	return kh_measure_admin_list_args_x32(off, s);
}

static void tw_emit_kh_admin_list_args_x32(struct kh_emitter *e, void *d, const void *s)
{
	kh_emit_admin_list_args_x32(e, d, s);
}

static int tw_random_kh_queue_access_args(struct kh_rand *r, struct kh_ctx *c, void *d)
{
	return kh_random_queue_access_args(r, c, d);
}

static int tw_equal_kh_queue_access_args(const void *a, const void *b, char *w, size_t n)
{
	return kh_equal_queue_access_args(a, b, w, n);
}

static int tw_capture_kh_queue_access_args(struct kh_ctx *c, void *d, const void *s)
{
	return kh_capture_queue_access_args(c, d, s);
}

static size_t tw_measure_kh_queue_access_args(size_t off, const void *s)
{
	return kh_measure_queue_access_args(off, s);
}

static void tw_emit_kh_queue_access_args(struct kh_emitter *e, void *d, const void *s)
{
	kh_emit_queue_access_args(e, d, s);
}

static int tw_capture_kh_queue_access_args_ia32(struct kh_ctx *c, void *d, const void *s)
{
	return kh_capture_queue_access_args_ia32(c, d, s);
}

static size_t tw_measure_kh_queue_access_args_ia32(size_t off, const void *s)
{
	return kh_measure_queue_access_args_ia32(off, s);
}

static void tw_emit_kh_queue_access_args_ia32(struct kh_emitter *e, void *d, const void *s)
{
	kh_emit_queue_access_args_ia32(e, d, s);
}

static int tw_capture_kh_queue_access_args_x32(struct kh_ctx *c, void *d, const void *s)
{
	return kh_capture_queue_access_args_x32(c, d, s);
}

static size_t tw_measure_kh_queue_access_args_x32(size_t off, const void *s)
{
	return kh_measure_queue_access_args_x32(off, s);
}

static void tw_emit_kh_queue_access_args_x32(struct kh_emitter *e, void *d, const void *s)
{
	kh_emit_queue_access_args_x32(e, d, s);
}

static int tw_random_kh_reservation_args(struct kh_rand *r, struct kh_ctx *c, void *d)
{
	return kh_random_reservation_args(r, c, d);
}

static int tw_equal_kh_reservation_args(const void *a, const void *b, char *w, size_t n)
{
	return kh_equal_reservation_args(a, b, w, n);
}

static int tw_capture_kh_reservation_args(struct kh_ctx *c, void *d, const void *s)
{
	return kh_capture_reservation_args(c, d, s);
}

static size_t tw_measure_kh_reservation_args(size_t off, const void *s)
{
	return kh_measure_reservation_args(off, s);
}

static void tw_emit_kh_reservation_args(struct kh_emitter *e, void *d, const void *s)
{
	kh_emit_reservation_args(e, d, s);
}

static int tw_capture_kh_reservation_args_ia32(struct kh_ctx *c, void *d, const void *s)
{
	return kh_capture_reservation_args_ia32(c, d, s);
}

static size_t tw_measure_kh_reservation_args_ia32(size_t off, const void *s)
{
	return kh_measure_reservation_args_ia32(off, s);
}

static void tw_emit_kh_reservation_args_ia32(struct kh_emitter *e, void *d, const void *s)
{
	kh_emit_reservation_args_ia32(e, d, s);
}

static int tw_capture_kh_reservation_args_x32(struct kh_ctx *c, void *d, const void *s)
{
	return kh_capture_reservation_args_x32(c, d, s);
}

static size_t tw_measure_kh_reservation_args_x32(size_t off, const void *s)
{
	return kh_measure_reservation_args_x32(off, s);
}

static void tw_emit_kh_reservation_args_x32(struct kh_emitter *e, void *d, const void *s)
{
	kh_emit_reservation_args_x32(e, d, s);
}

const struct kh_test_type kh_test_types[] = {
	{
		.name = "kh_http_version",
		.native_size = sizeof(struct kh_http_version),
		.native_align = _Alignof(struct kh_http_version),
		.view_size = { 4, 4, 4, },
		.view_align = { 2, 2, 2, },
		.random = tw_random_kh_http_version,
		.equal = tw_equal_kh_http_version,
		.capture = { tw_capture_kh_http_version, tw_capture_kh_http_version_ia32, tw_capture_kh_http_version_x32, },
		.measure = { tw_measure_kh_http_version, tw_measure_kh_http_version_ia32, tw_measure_kh_http_version_x32, },
		.emit = { tw_emit_kh_http_version, tw_emit_kh_http_version_ia32, tw_emit_kh_http_version_x32, },
	},
	{
		.name = "kh_byte_range",
		.native_size = sizeof(struct kh_byte_range),
		.native_align = _Alignof(struct kh_byte_range),
		.view_size = { 16, 16, 16, },
		.view_align = { 8, 4, 8, },
		.random = tw_random_kh_byte_range,
		.equal = tw_equal_kh_byte_range,
		.capture = { tw_capture_kh_byte_range, tw_capture_kh_byte_range_ia32, tw_capture_kh_byte_range_x32, },
		.measure = { tw_measure_kh_byte_range, tw_measure_kh_byte_range_ia32, tw_measure_kh_byte_range_x32, },
		.emit = { tw_emit_kh_byte_range, tw_emit_kh_byte_range_ia32, tw_emit_kh_byte_range_x32, },
	},
	{
		.name = "kh_known_header",
		.native_size = sizeof(struct kh_known_header),
		.native_align = _Alignof(struct kh_known_header),
		.view_size = { 16, 8, 8, },
		.view_align = { 8, 4, 4, },
		.random = tw_random_kh_known_header,
		.equal = tw_equal_kh_known_header,
		.capture = { tw_capture_kh_known_header, tw_capture_kh_known_header_ia32, tw_capture_kh_known_header_x32, },
		.measure = { tw_measure_kh_known_header, tw_measure_kh_known_header_ia32, tw_measure_kh_known_header_x32, },
		.emit = { tw_emit_kh_known_header, tw_emit_kh_known_header_ia32, tw_emit_kh_known_header_x32, },
	},
	{
		.name = "kh_unknown_header",
		.native_size = sizeof(struct kh_unknown_header),
		.native_align = _Alignof(struct kh_unknown_header),
		.view_size = { 24, 12, 12, },
		.view_align = { 8, 4, 4, },
		.random = tw_random_kh_unknown_header,
		.equal = tw_equal_kh_unknown_header,
		.capture = { tw_capture_kh_unknown_header, tw_capture_kh_unknown_header_ia32, tw_capture_kh_unknown_header_x32, },
		.measure = { tw_measure_kh_unknown_header, tw_measure_kh_unknown_header_ia32, tw_measure_kh_unknown_header_x32, },
		.emit = { tw_emit_kh_unknown_header, tw_emit_kh_unknown_header_ia32, tw_emit_kh_unknown_header_x32, },
	},
	{
		.name = "kh_cooked_url",
		.native_size = sizeof(struct kh_cooked_url),
		.native_align = _Alignof(struct kh_cooked_url),
		.view_size = { 40, 24, 24, },
		.view_align = { 8, 4, 4, },
		.random = tw_random_kh_cooked_url,
		.equal = tw_equal_kh_cooked_url,
		.capture = { tw_capture_kh_cooked_url, tw_capture_kh_cooked_url_ia32, tw_capture_kh_cooked_url_x32, },
		.measure = { tw_measure_kh_cooked_url, tw_measure_kh_cooked_url_ia32, tw_measure_kh_cooked_url_x32, },
		.emit = { tw_emit_kh_cooked_url, tw_emit_kh_cooked_url_ia32, tw_emit_kh_cooked_url_x32, },
	},
	{
		.name = "kh_transport_address",
		.native_size = sizeof(struct kh_transport_address),
		.native_align = _Alignof(struct kh_transport_address),
		.view_size = { 16, 8, 8, },
		.view_align = { 8, 4, 4, },
		.random = tw_random_kh_transport_address,
		.equal = tw_equal_kh_transport_address,
		.capture = { tw_capture_kh_transport_address, tw_capture_kh_transport_address_ia32, tw_capture_kh_transport_address_x32, },
		.measure = { tw_measure_kh_transport_address, tw_measure_kh_transport_address_ia32, tw_measure_kh_transport_address_x32, },
		.emit = { tw_emit_kh_transport_address, tw_emit_kh_transport_address_ia32, tw_emit_kh_transport_address_x32, },
	},
	{
		.name = "kh_request_headers",
		.native_size = sizeof(struct kh_request_headers),
		.native_align = _Alignof(struct kh_request_headers),
		.view_size = { 688, 344, 344, },
		.view_align = { 8, 4, 4, },
		.random = tw_random_kh_request_headers,
		.equal = tw_equal_kh_request_headers,
		.capture = { tw_capture_kh_request_headers, tw_capture_kh_request_headers_ia32, tw_capture_kh_request_headers_x32, },
		.measure = { tw_measure_kh_request_headers, tw_measure_kh_request_headers_ia32, tw_measure_kh_request_headers_x32, },
		.emit = { tw_emit_kh_request_headers, tw_emit_kh_request_headers_ia32, tw_emit_kh_request_headers_x32, },
	},
	{
		.name = "kh_response_headers",
		.native_size = sizeof(struct kh_response_headers),
		.native_align = _Alignof(struct kh_response_headers),
		.view_size = { 512, 256, 256, },
		.view_align = { 8, 4, 4, },
		.random = tw_random_kh_response_headers,
		.equal = tw_equal_kh_response_headers,
		.capture = { tw_capture_kh_response_headers, tw_capture_kh_response_headers_ia32, tw_capture_kh_response_headers_x32, },
		.measure = { tw_measure_kh_response_headers, tw_measure_kh_response_headers_ia32, tw_measure_kh_response_headers_x32, },
		.emit = { tw_emit_kh_response_headers, tw_emit_kh_response_headers_ia32, tw_emit_kh_response_headers_x32, },
	},
	{
		.name = "kh_data_chunk",
		.native_size = sizeof(struct kh_data_chunk),
		.native_align = _Alignof(struct kh_data_chunk),
		.view_size = { 32, 24, 32, },
		.view_align = { 8, 4, 8, },
		.random = tw_random_kh_data_chunk,
		.equal = tw_equal_kh_data_chunk,
		.capture = { tw_capture_kh_data_chunk, tw_capture_kh_data_chunk_ia32, tw_capture_kh_data_chunk_x32, },
		.measure = { tw_measure_kh_data_chunk, tw_measure_kh_data_chunk_ia32, tw_measure_kh_data_chunk_x32, },
		.emit = { tw_emit_kh_data_chunk, tw_emit_kh_data_chunk_ia32, tw_emit_kh_data_chunk_x32, },
	},
	{
		.name = "kh_request_timing",
		.native_size = sizeof(struct kh_request_timing),
		.native_align = _Alignof(struct kh_request_timing),
		.view_size = { 24, 20, 24, },
		.view_align = { 8, 4, 8, },
		.random = tw_random_kh_request_timing,
		.equal = tw_equal_kh_request_timing,
		.capture = { tw_capture_kh_request_timing, tw_capture_kh_request_timing_ia32, tw_capture_kh_request_timing_x32, },
		.measure = { tw_measure_kh_request_timing, tw_measure_kh_request_timing_ia32, tw_measure_kh_request_timing_x32, },
		.emit = { tw_emit_kh_request_timing, tw_emit_kh_request_timing_ia32, tw_emit_kh_request_timing_x32, },
	},
	{
		.name = "kh_request_tcp",
		.native_size = sizeof(struct kh_request_tcp),
		.native_align = _Alignof(struct kh_request_tcp),
		.view_size = { 16, 16, 16, },
		.view_align = { 8, 4, 8, },
		.random = tw_random_kh_request_tcp,
		.equal = tw_equal_kh_request_tcp,
		.capture = { tw_capture_kh_request_tcp, tw_capture_kh_request_tcp_ia32, tw_capture_kh_request_tcp_x32, },
		.measure = { tw_measure_kh_request_tcp, tw_measure_kh_request_tcp_ia32, tw_measure_kh_request_tcp_x32, },
		.emit = { tw_emit_kh_request_tcp, tw_emit_kh_request_tcp_ia32, tw_emit_kh_request_tcp_x32, },
	},
	{
		.name = "kh_request_info",
		.native_size = sizeof(struct kh_request_info),
		.native_align = _Alignof(struct kh_request_info),
		.view_size = { 16, 12, 12, },
		.view_align = { 8, 4, 4, },
		.random = tw_random_kh_request_info,
		.equal = tw_equal_kh_request_info,
		.capture = { tw_capture_kh_request_info, tw_capture_kh_request_info_ia32, tw_capture_kh_request_info_x32, },
		.measure = { tw_measure_kh_request_info, tw_measure_kh_request_info_ia32, tw_measure_kh_request_info_x32, },
		.emit = { tw_emit_kh_request_info, tw_emit_kh_request_info_ia32, tw_emit_kh_request_info_x32, },
	},
	{
		.name = "kh_request",
		.native_size = sizeof(struct kh_request),
		.native_align = _Alignof(struct kh_request),
		.view_size = { 856, 456, 464, },
		.view_align = { 8, 4, 8, },
		.random = tw_random_kh_request,
		.equal = tw_equal_kh_request,
		.capture = { tw_capture_kh_request, tw_capture_kh_request_ia32, tw_capture_kh_request_x32, },
		.measure = { tw_measure_kh_request, tw_measure_kh_request_ia32, tw_measure_kh_request_x32, },
		.emit = { tw_emit_kh_request, tw_emit_kh_request_ia32, tw_emit_kh_request_x32, },
	},
	{
		.name = "kh_multiple_known_headers",
		.native_size = sizeof(struct kh_multiple_known_headers),
		.native_align = _Alignof(struct kh_multiple_known_headers),
		.view_size = { 24, 16, 16, },
		.view_align = { 8, 4, 4, },
		.random = tw_random_kh_multiple_known_headers,
		.equal = tw_equal_kh_multiple_known_headers,
		.capture = { tw_capture_kh_multiple_known_headers, tw_capture_kh_multiple_known_headers_ia32, tw_capture_kh_multiple_known_headers_x32, },
		.measure = { tw_measure_kh_multiple_known_headers, tw_measure_kh_multiple_known_headers_ia32, tw_measure_kh_multiple_known_headers_x32, },
		.emit = { tw_emit_kh_multiple_known_headers, tw_emit_kh_multiple_known_headers_ia32, tw_emit_kh_multiple_known_headers_x32, },
	},
	{
		.name = "kh_cache_key",
		.native_size = sizeof(struct kh_cache_key),
		.native_align = _Alignof(struct kh_cache_key),
		.view_size = { 16, 8, 8, },
		.view_align = { 8, 4, 4, },
		.random = tw_random_kh_cache_key,
		.equal = tw_equal_kh_cache_key,
		.capture = { tw_capture_kh_cache_key, tw_capture_kh_cache_key_ia32, tw_capture_kh_cache_key_x32, },
		.measure = { tw_measure_kh_cache_key, tw_measure_kh_cache_key_ia32, tw_measure_kh_cache_key_x32, },
		.emit = { tw_emit_kh_cache_key, tw_emit_kh_cache_key_ia32, tw_emit_kh_cache_key_x32, },
	},
	{
		.name = "kh_response_info",
		.native_size = sizeof(struct kh_response_info),
		.native_align = _Alignof(struct kh_response_info),
		.view_size = { 16, 12, 12, },
		.view_align = { 8, 4, 4, },
		.random = tw_random_kh_response_info,
		.equal = tw_equal_kh_response_info,
		.capture = { tw_capture_kh_response_info, tw_capture_kh_response_info_ia32, tw_capture_kh_response_info_x32, },
		.measure = { tw_measure_kh_response_info, tw_measure_kh_response_info_ia32, tw_measure_kh_response_info_x32, },
		.emit = { tw_emit_kh_response_info, tw_emit_kh_response_info_ia32, tw_emit_kh_response_info_x32, },
	},
	{
		.name = "kh_response",
		.native_size = sizeof(struct kh_response),
		.native_align = _Alignof(struct kh_response),
		.view_size = { 568, 288, 288, },
		.view_align = { 8, 4, 4, },
		.random = tw_random_kh_response,
		.equal = tw_equal_kh_response,
		.capture = { tw_capture_kh_response, tw_capture_kh_response_ia32, tw_capture_kh_response_x32, },
		.measure = { tw_measure_kh_response, tw_measure_kh_response_ia32, tw_measure_kh_response_x32, },
		.emit = { tw_emit_kh_response, tw_emit_kh_response_ia32, tw_emit_kh_response_x32, },
	},
	{
		.name = "kh_cache_policy",
		.native_size = sizeof(struct kh_cache_policy),
		.native_align = _Alignof(struct kh_cache_policy),
		.view_size = { 8, 8, 8, },
		.view_align = { 4, 4, 4, },
		.random = tw_random_kh_cache_policy,
		.equal = tw_equal_kh_cache_policy,
		.capture = { tw_capture_kh_cache_policy, tw_capture_kh_cache_policy_ia32, tw_capture_kh_cache_policy_x32, },
		.measure = { tw_measure_kh_cache_policy, tw_measure_kh_cache_policy_ia32, tw_measure_kh_cache_policy_x32, },
		.emit = { tw_emit_kh_cache_policy, tw_emit_kh_cache_policy_ia32, tw_emit_kh_cache_policy_x32, },
	},
	{
		.name = "kh_log_data",
		.native_size = sizeof(struct kh_log_data),
		.native_align = _Alignof(struct kh_log_data),
		.view_size = { 48, 40, 40, },
		.view_align = { 8, 4, 8, },
		.random = tw_random_kh_log_data,
		.equal = tw_equal_kh_log_data,
		.capture = { tw_capture_kh_log_data, tw_capture_kh_log_data_ia32, tw_capture_kh_log_data_x32, },
		.measure = { tw_measure_kh_log_data, tw_measure_kh_log_data_ia32, tw_measure_kh_log_data_x32, },
		.emit = { tw_emit_kh_log_data, tw_emit_kh_log_data_ia32, tw_emit_kh_log_data_x32, },
	},
	{
		.name = "kh_version_args",
		.native_size = sizeof(struct kh_version_args),
		.native_align = _Alignof(struct kh_version_args),
		.view_size = { 16, 16, 16, },
		.view_align = { 4, 4, 4, },
		.random = tw_random_kh_version_args,
		.equal = tw_equal_kh_version_args,
		.capture = { tw_capture_kh_version_args, tw_capture_kh_version_args_ia32, tw_capture_kh_version_args_x32, },
		.measure = { tw_measure_kh_version_args, tw_measure_kh_version_args_ia32, tw_measure_kh_version_args_x32, },
		.emit = { tw_emit_kh_version_args, tw_emit_kh_version_args_ia32, tw_emit_kh_version_args_x32, },
	},
	{
		.name = "kh_queue_args",
		.native_size = sizeof(struct kh_queue_args),
		.native_align = _Alignof(struct kh_queue_args),
		.view_size = { 24, 20, 24, },
		.view_align = { 8, 4, 8, },
		.random = tw_random_kh_queue_args,
		.equal = tw_equal_kh_queue_args,
		.capture = { tw_capture_kh_queue_args, tw_capture_kh_queue_args_ia32, tw_capture_kh_queue_args_x32, },
		.measure = { tw_measure_kh_queue_args, tw_measure_kh_queue_args_ia32, tw_measure_kh_queue_args_x32, },
		.emit = { tw_emit_kh_queue_args, tw_emit_kh_queue_args_ia32, tw_emit_kh_queue_args_x32, },
	},
	{
		.name = "kh_url_args",
		.native_size = sizeof(struct kh_url_args),
		.native_align = _Alignof(struct kh_url_args),
		.view_size = { 32, 20, 24, },
		.view_align = { 8, 4, 8, },
		.random = tw_random_kh_url_args,
		.equal = tw_equal_kh_url_args,
		.capture = { tw_capture_kh_url_args, tw_capture_kh_url_args_ia32, tw_capture_kh_url_args_x32, },
		.measure = { tw_measure_kh_url_args, tw_measure_kh_url_args_ia32, tw_measure_kh_url_args_x32, },
		.emit = { tw_emit_kh_url_args, tw_emit_kh_url_args_ia32, tw_emit_kh_url_args_x32, },
	},
	{
		.name = "kh_receive_request_args",
		.native_size = sizeof(struct kh_receive_request_args),
		.native_align = _Alignof(struct kh_receive_request_args),
		.view_size = { 40, 28, 32, },
		.view_align = { 8, 4, 8, },
		.random = tw_random_kh_receive_request_args,
		.equal = tw_equal_kh_receive_request_args,
		.capture = { tw_capture_kh_receive_request_args, tw_capture_kh_receive_request_args_ia32, tw_capture_kh_receive_request_args_x32, },
		.measure = { tw_measure_kh_receive_request_args, tw_measure_kh_receive_request_args_ia32, tw_measure_kh_receive_request_args_x32, },
		.emit = { tw_emit_kh_receive_request_args, tw_emit_kh_receive_request_args_ia32, tw_emit_kh_receive_request_args_x32, },
	},
	{
		.name = "kh_receive_body_args",
		.native_size = sizeof(struct kh_receive_body_args),
		.native_align = _Alignof(struct kh_receive_body_args),
		.view_size = { 40, 24, 32, },
		.view_align = { 8, 4, 8, },
		.random = tw_random_kh_receive_body_args,
		.equal = tw_equal_kh_receive_body_args,
		.capture = { tw_capture_kh_receive_body_args, tw_capture_kh_receive_body_args_ia32, tw_capture_kh_receive_body_args_x32, },
		.measure = { tw_measure_kh_receive_body_args, tw_measure_kh_receive_body_args_ia32, tw_measure_kh_receive_body_args_x32, },
		.emit = { tw_emit_kh_receive_body_args, tw_emit_kh_receive_body_args_ia32, tw_emit_kh_receive_body_args_x32, },
	},
	{
		.name = "kh_send_response_args",
		.native_size = sizeof(struct kh_send_response_args),
		.native_align = _Alignof(struct kh_send_response_args),
		.view_size = { 48, 28, 32, },
		.view_align = { 8, 4, 8, },
		.random = tw_random_kh_send_response_args,
		.equal = tw_equal_kh_send_response_args,
		.capture = { tw_capture_kh_send_response_args, tw_capture_kh_send_response_args_ia32, tw_capture_kh_send_response_args_x32, },
		.measure = { tw_measure_kh_send_response_args, tw_measure_kh_send_response_args_ia32, tw_measure_kh_send_response_args_x32, },
		.emit = { tw_emit_kh_send_response_args, tw_emit_kh_send_response_args_ia32, tw_emit_kh_send_response_args_x32, },
	},
	{
		.name = "kh_send_body_args",
		.native_size = sizeof(struct kh_send_body_args),
		.native_align = _Alignof(struct kh_send_body_args),
		.view_size = { 48, 28, 32, },
		.view_align = { 8, 4, 8, },
		.random = tw_random_kh_send_body_args,
		.equal = tw_equal_kh_send_body_args,
		.capture = { tw_capture_kh_send_body_args, tw_capture_kh_send_body_args_ia32, tw_capture_kh_send_body_args_x32, },
		.measure = { tw_measure_kh_send_body_args, tw_measure_kh_send_body_args_ia32, tw_measure_kh_send_body_args_x32, },
		.emit = { tw_emit_kh_send_body_args, tw_emit_kh_send_body_args_ia32, tw_emit_kh_send_body_args_x32, },
	},
	{
		.name = "kh_cancel_args",
		.native_size = sizeof(struct kh_cancel_args),
		.native_align = _Alignof(struct kh_cancel_args),
		.view_size = { 16, 12, 16, },
		.view_align = { 8, 4, 8, },
		.random = tw_random_kh_cancel_args,
		.equal = tw_equal_kh_cancel_args,
		.capture = { tw_capture_kh_cancel_args, tw_capture_kh_cancel_args_ia32, tw_capture_kh_cancel_args_x32, },
		.measure = { tw_measure_kh_cancel_args, tw_measure_kh_cancel_args_ia32, tw_measure_kh_cancel_args_x32, },
		.emit = { tw_emit_kh_cancel_args, tw_emit_kh_cancel_args_ia32, tw_emit_kh_cancel_args_x32, },
	},
	{
		.name = "kh_wait_disconnect_args",
		.native_size = sizeof(struct kh_wait_disconnect_args),
		.native_align = _Alignof(struct kh_wait_disconnect_args),
		.view_size = { 16, 12, 16, },
		.view_align = { 8, 4, 8, },
		.random = tw_random_kh_wait_disconnect_args,
		.equal = tw_equal_kh_wait_disconnect_args,
		.capture = { tw_capture_kh_wait_disconnect_args, tw_capture_kh_wait_disconnect_args_ia32, tw_capture_kh_wait_disconnect_args_x32, },
		.measure = { tw_measure_kh_wait_disconnect_args, tw_measure_kh_wait_disconnect_args_ia32, tw_measure_kh_wait_disconnect_args_x32, },
		.emit = { tw_emit_kh_wait_disconnect_args, tw_emit_kh_wait_disconnect_args_ia32, tw_emit_kh_wait_disconnect_args_x32, },
	},
	{
		.name = "kh_flush_cache_args",
		.native_size = sizeof(struct kh_flush_cache_args),
		.native_align = _Alignof(struct kh_flush_cache_args),
		.view_size = { 16, 12, 12, },
		.view_align = { 8, 4, 4, },
		.random = tw_random_kh_flush_cache_args,
		.equal = tw_equal_kh_flush_cache_args,
		.capture = { tw_capture_kh_flush_cache_args, tw_capture_kh_flush_cache_args_ia32, tw_capture_kh_flush_cache_args_x32, },
		.measure = { tw_measure_kh_flush_cache_args, tw_measure_kh_flush_cache_args_ia32, tw_measure_kh_flush_cache_args_x32, },
		.emit = { tw_emit_kh_flush_cache_args, tw_emit_kh_flush_cache_args_ia32, tw_emit_kh_flush_cache_args_x32, },
	},
	{
		.name = "kh_stats_args",
		.native_size = sizeof(struct kh_stats_args),
		.native_align = _Alignof(struct kh_stats_args),
		.view_size = { 24, 16, 16, },
		.view_align = { 8, 4, 4, },
		.random = tw_random_kh_stats_args,
		.equal = tw_equal_kh_stats_args,
		.capture = { tw_capture_kh_stats_args, tw_capture_kh_stats_args_ia32, tw_capture_kh_stats_args_x32, },
		.measure = { tw_measure_kh_stats_args, tw_measure_kh_stats_args_ia32, tw_measure_kh_stats_args_x32, },
		.emit = { tw_emit_kh_stats_args, tw_emit_kh_stats_args_ia32, tw_emit_kh_stats_args_x32, },
	},
	{
		.name = "kh_limits_args",
		.native_size = sizeof(struct kh_limits_args),
		.native_align = _Alignof(struct kh_limits_args),
		.view_size = { 32, 32, 32, },
		.view_align = { 8, 4, 8, },
		.random = tw_random_kh_limits_args,
		.equal = tw_equal_kh_limits_args,
		.capture = { tw_capture_kh_limits_args, tw_capture_kh_limits_args_ia32, tw_capture_kh_limits_args_x32, },
		.measure = { tw_measure_kh_limits_args, tw_measure_kh_limits_args_ia32, tw_measure_kh_limits_args_x32, },
		.emit = { tw_emit_kh_limits_args, tw_emit_kh_limits_args_ia32, tw_emit_kh_limits_args_x32, },
	},
	{
		.name = "kh_admin_entry",
		.native_size = sizeof(struct kh_admin_entry),
		.native_align = _Alignof(struct kh_admin_entry),
		.view_size = { 296, 296, 296, },
		.view_align = { 8, 4, 8, },
		.random = tw_random_kh_admin_entry,
		.equal = tw_equal_kh_admin_entry,
		.capture = { tw_capture_kh_admin_entry, tw_capture_kh_admin_entry_ia32, tw_capture_kh_admin_entry_x32, },
		.measure = { tw_measure_kh_admin_entry, tw_measure_kh_admin_entry_ia32, tw_measure_kh_admin_entry_x32, },
		.emit = { tw_emit_kh_admin_entry, tw_emit_kh_admin_entry_ia32, tw_emit_kh_admin_entry_x32, },
	},
	{
		.name = "kh_admin_list_args",
		.native_size = sizeof(struct kh_admin_list_args),
		.native_align = _Alignof(struct kh_admin_list_args),
		.view_size = { 32, 28, 28, },
		.view_align = { 8, 4, 4, },
		.random = tw_random_kh_admin_list_args,
		.equal = tw_equal_kh_admin_list_args,
		.capture = { tw_capture_kh_admin_list_args, tw_capture_kh_admin_list_args_ia32, tw_capture_kh_admin_list_args_x32, },
		.measure = { tw_measure_kh_admin_list_args, tw_measure_kh_admin_list_args_ia32, tw_measure_kh_admin_list_args_x32, },
		.emit = { tw_emit_kh_admin_list_args, tw_emit_kh_admin_list_args_ia32, tw_emit_kh_admin_list_args_x32, },
	},
	{
		.name = "kh_queue_access_args",
		.native_size = sizeof(struct kh_queue_access_args),
		.native_align = _Alignof(struct kh_queue_access_args),
		.view_size = { 24, 16, 16, },
		.view_align = { 8, 4, 4, },
		.random = tw_random_kh_queue_access_args,
		.equal = tw_equal_kh_queue_access_args,
		.capture = { tw_capture_kh_queue_access_args, tw_capture_kh_queue_access_args_ia32, tw_capture_kh_queue_access_args_x32, },
		.measure = { tw_measure_kh_queue_access_args, tw_measure_kh_queue_access_args_ia32, tw_measure_kh_queue_access_args_x32, },
		.emit = { tw_emit_kh_queue_access_args, tw_emit_kh_queue_access_args_ia32, tw_emit_kh_queue_access_args_x32, },
	},
	{
		.name = "kh_reservation_args",
		.native_size = sizeof(struct kh_reservation_args),
		.native_align = _Alignof(struct kh_reservation_args),
		.view_size = { 24, 20, 20, },
		.view_align = { 8, 4, 4, },
		.random = tw_random_kh_reservation_args,
		.equal = tw_equal_kh_reservation_args,
		.capture = { tw_capture_kh_reservation_args, tw_capture_kh_reservation_args_ia32, tw_capture_kh_reservation_args_x32, },
		.measure = { tw_measure_kh_reservation_args, tw_measure_kh_reservation_args_ia32, tw_measure_kh_reservation_args_x32, },
		.emit = { tw_emit_kh_reservation_args, tw_emit_kh_reservation_args_ia32, tw_emit_kh_reservation_args_x32, },
	},
};

const unsigned int kh_test_type_count = sizeof(kh_test_types) / sizeof(kh_test_types[0]);
