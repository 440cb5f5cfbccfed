// SPDX-License-Identifier: GPL-2.0
/*
 * libkhttp unit tests that need no module: the response builder, the
 * request accessors, names, errors. Built per ABI and linked against the
 * shared and the static library; run on the host (i386 under qemu-i386)
 * and, for x32, in the VM. Prints "ok N name" / "not ok N name: why"
 * and exits with the number of failures.
 */
#define _POSIX_C_SOURCE 200809L	/* mkstemp under -std=c11 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "khttp_api.h"

static int failures, count;

#define CHECK(cond, name)							\
	do {									\
		count++;							\
		if (cond) {							\
			printf("ok %d %s\n", count, name);			\
		} else {							\
			printf("not ok %d %s: line %d: %s\n", count, name,	\
			       __LINE__, #cond);				\
			failures++;						\
		}								\
	} while (0)

static void test_status(void)
{
	khttp_response *r = khttp_response_new();
	const struct kh_response *v = khttp_response_view(r);
	char reason[KH_MAX_REASON + 2];

	CHECK(v->status_code == 200 && v->version.major == 1 && v->version.minor == 1 &&
	      !v->reason_length, "status: defaults");
	CHECK(khttp_response_set_status(r, 99, NULL) == -EINVAL &&
	      khttp_response_set_status(r, 1000, NULL) == -EINVAL, "status: range");
	memset(reason, 'r', sizeof(reason) - 1);
	reason[sizeof(reason) - 1] = 0;
	CHECK(khttp_response_set_status(r, 404, reason) == -E2BIG, "status: reason too long");
	CHECK(!khttp_response_set_status(r, 404, "Gone Away") && v->status_code == 404 &&
	      v->reason_length == 9 && !memcmp(v->reason, "Gone Away", 9), "status: set");
	CHECK(!khttp_response_set_status(r, 204, NULL) && !v->reason_length && !v->reason,
	      "status: NULL reason");
	CHECK(khttp_response_set_flags(r, 0x80) == -EINVAL &&
	      !khttp_response_set_flags(r, KH_RESPONSE_FLAG_MORE_ENTITY_BODY_EXISTS) &&
	      v->flags == KH_RESPONSE_FLAG_MORE_ENTITY_BODY_EXISTS, "flags");
	khttp_response_free(r);
}

static void test_headers(void)
{
	khttp_response *r = khttp_response_new();
	const struct kh_response *v = khttp_response_view(r);
	char name[32], value[32];
	int i, ok = 1;

	CHECK(!khttp_response_set_header(r, KH_HEADER_SERVER, "one") &&
	      !khttp_response_set_header(r, KH_HEADER_SERVER, "second") &&
	      v->headers.known_headers[KH_HEADER_SERVER].value_length == 6 &&
	      !memcmp(v->headers.known_headers[KH_HEADER_SERVER].value, "second", 6),
	      "known header: replace");
	CHECK(!khttp_response_set_header(r, KH_HEADER_SERVER, NULL) &&
	      !v->headers.known_headers[KH_HEADER_SERVER].value_length, "known header: remove");
	CHECK(khttp_response_set_header(r, KH_HEADER_RESPONSE_MAXIMUM, "x") == -EINVAL,
	      "known header: id range");
	/* many unknown headers: the array moves, the view follows */
	for (i = 0; i < KH_MAX_HEADERS; i++) {
		snprintf(name, sizeof(name), "X-H%d", i);
		snprintf(value, sizeof(value), "v%d", i);
		ok &= !khttp_response_add_header(r, name, value);
	}
	CHECK(ok && v->headers.unknown_header_count == KH_MAX_HEADERS, "unknown: up to the max");
	CHECK(khttp_response_add_header(r, "X-Over", "1") == -E2BIG, "unknown: over the max");
	for (i = 0; i < KH_MAX_HEADERS; i++) {
		const struct kh_unknown_header *u = &v->headers.unknown_headers[i];

		snprintf(name, sizeof(name), "X-H%d", i);
		snprintf(value, sizeof(value), "v%d", i);
		ok &= u->name_length == strlen(name) && !memcmp(u->name, name, u->name_length) &&
		      u->value_length == strlen(value) && !memcmp(u->value, value, u->value_length);
	}
	CHECK(ok, "unknown: names and values intact after growth");
	CHECK(khttp_response_add_header(r, "", "x") == -EINVAL, "unknown: empty name");
	khttp_response_reset(r);
	CHECK(!v->headers.unknown_header_count && !v->headers.known_headers[KH_HEADER_SERVER].value &&
	      v->status_code == 200, "reset");
	khttp_response_free(r);
}

static void test_chunks(void)
{
	static const char text[] = "memory";
	char tmpl[] = "/tmp/khunit.XXXXXX", copy[8] = "copy";
	khttp_response *r = khttp_response_new();
	const struct kh_response *v = khttp_response_view(r);
	int fd = mkstemp(tmpl), i, ok = 1;

	CHECK(fd >= 0 && write(fd, "0123456789", 10) == 10, "file: temp file");
	unlink(tmpl);
	CHECK(!khttp_response_add_memory(r, text, 6) && v->entity_chunks[0].u.memory.buffer == text,
	      "memory chunk: referenced");
	CHECK(!khttp_response_add_copy(r, copy, 4), "copy chunk");
	memcpy(copy, "XXXX", 4);
	CHECK(!memcmp(v->entity_chunks[1].u.memory.buffer, "copy", 4), "copy chunk: owned copy");
	CHECK(!khttp_response_add_file(r, fd, 2, 5) && v->entity_chunks[2].type == KH_CHUNK_FROM_FILE &&
	      v->entity_chunks[2].u.file.fd == fd && v->entity_chunks[2].u.file.range.start == 2,
	      "file chunk");
	CHECK(khttp_response_body_length(r) == 15, "body length");
	CHECK(!khttp_response_inline_files(r) && v->entity_chunks[2].type == KH_CHUNK_FROM_MEMORY &&
	      v->entity_chunks[2].u.memory.length == 5 &&
	      !memcmp(v->entity_chunks[2].u.memory.buffer, "23456", 5), "inline files");
	CHECK(!khttp_response_add_file(r, fd, 8, 5) && khttp_response_inline_files(r) == -EIO,
	      "inline files: range past the end");
	khttp_response_reset(r);
	for (i = 0; i < KH_MAX_CHUNKS; i++)
		ok &= !khttp_response_add_copy(r, &i, sizeof(i));
	CHECK(ok && v->entity_chunk_count == KH_MAX_CHUNKS, "chunks: up to the max");
	CHECK(khttp_response_add_memory(r, text, 1) == -E2BIG, "chunks: over the max");
	for (i = 0; i < KH_MAX_CHUNKS; i++)
		ok &= !memcmp(v->entity_chunks[i].u.memory.buffer, &i, sizeof(i));
	CHECK(ok, "chunks: contents intact after growth");
	CHECK(!khttp_response_policy(r) &&
	      !khttp_response_set_cache_policy(r, KH_CACHE_TIME_TO_LIVE, 30) &&
	      khttp_response_policy(r)->seconds_to_live == 30 &&
	      khttp_response_set_cache_policy(r, 9, 0) == -EINVAL, "cache policy");
	close(fd);
	khttp_response_free(r);
}

static void test_request(void)
{
	struct kh_unknown_header u[2] = {
		{ .name_length = 5, .value_length = 1, .name = "X-One", .value = "1" },
		{ .name_length = 5, .value_length = 1, .name = "X-Two", .value = "2" },
	};
	struct kh_data_chunk body[2] = { { .type = KH_CHUNK_FROM_MEMORY },
					 { .type = KH_CHUNK_FROM_MEMORY } };
	struct kh_request r = { .verb = KH_VERB_POST };
	size_t len = 0;
	const char *s;

	body[0].u.memory.length = 3;
	body[1].u.memory.length = 4;
	r.entity_chunks = body;
	r.entity_chunk_count = 2;
	r.headers.unknown_headers = u;
	r.headers.unknown_header_count = 2;
	r.headers.known_headers[KH_HEADER_HOST].value = "example";
	r.headers.known_headers[KH_HEADER_HOST].value_length = 7;
	s = khttp_request_header(&r, KH_HEADER_HOST, &len);
	CHECK(s && len == 7 && !khttp_request_header(&r, KH_HEADER_ACCEPT, &len), "request: known");
	r.headers.known_headers[KH_HEADER_COOKIE].value = "";	/* sent as "Cookie:" */
	s = khttp_request_header(&r, KH_HEADER_COOKIE, &len);
	CHECK(s && !*s && len == 0, "request: known and empty is present");
	s = khttp_request_unknown_header(&r, "x-two", &len);
	CHECK(s && *s == '2' && len == 1 && !khttp_request_unknown_header(&r, "X-T", &len),
	      "request: unknown, case-insensitive");
	s = khttp_request_verb(&r, &len);
	CHECK(s && !strcmp(s, "POST") && len == 4, "request: verb");
	r.unknown_verb = "PURGE";
	r.unknown_verb_length = 5;
	s = khttp_request_verb(&r, &len);
	CHECK(s && len == 5 && !memcmp(s, "PURGE", 5), "request: unknown verb");
	CHECK(khttp_request_body_length(&r) == 7, "request: body length");
}

static void test_names_errors(void)
{
	khttp *h = NULL;

	CHECK(!strcmp(khttp_request_header_name(KH_HEADER_HOST), "Host") &&
	      !strcmp(khttp_response_header_name(KH_HEADER_SERVER), "Server") &&
	      !strcmp(khttp_request_header_name(KH_HEADER_CONTENT_TYPE), "Content-Type") &&
	      !khttp_request_header_name(KH_HEADER_REQUEST_MAXIMUM) &&
	      !khttp_response_header_name(KH_HEADER_RESPONSE_MAXIMUM), "header names");
	CHECK(!strcmp(khttp_stat_name(KH_STAT_IOCTLS_NATIVE), "ioctls_native") &&
	      !khttp_stat_name(KH_STAT_COUNT), "stat names");
	CHECK(!strcmp(khttp_abi_name(KH_ABI_X32), "x32") && !strcmp(khttp_abi_name(9), "unknown"),
	      "abi names");
	CHECK(!strcmp(khttp_strerror(0), "success") &&
	      strstr(khttp_strerror(-EOPNOTSUPP), "not supported") &&
	      strstr(khttp_strerror(-ENOSPC), "request_id") &&
	      strlen(khttp_strerror(-EPERM)) && strlen(khttp_strerror(-99999)) &&
	      strstr(khttp_strerror(5), "positive"), "strerror");
	CHECK(khttp_open_device(&h, "/nonexistent/khttp", 0) == -ENOENT && !h, "open: missing");
	CHECK(khttp_version(NULL, &(struct khttp_version){ 0 }) == -EBADF &&
	      khttp_cancel(NULL, 1) == -EBADF && khttp_fd(NULL) == -1, "NULL handle");
	khttp_close(NULL);
	khttp_response_free(NULL);
}

int main(void)
{
	test_status();
	test_headers();
	test_chunks();
	test_request();
	test_names_errors();
	printf("# %d of %d passed\n", count - failures, count);
	return failures > 100 ? 100 : failures;
}
