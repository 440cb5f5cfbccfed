// SPDX-License-Identifier: (GPL-2.0 WITH Linux-syscall-note) OR MIT
/* libkhttp: known and unknown headers of the response builder. */
#include <errno.h>
#include <stdlib.h>
#include "kh_response.h"

void kh_response_free_headers(struct khttp_response *r)
{
	unsigned int i;

	for (i = 0; i < KH_HEADER_RESPONSE_MAXIMUM; i++) {
		free(r->known[i]);
		r->known[i] = NULL;
	}
	for (i = 0; i < r->resp.headers.unknown_header_count; i++) {
		free((char *)r->unknown[i].name);
		free((char *)r->unknown[i].value);
	}
	r->resp.headers.unknown_header_count = 0;
}

KH_API int khttp_response_set_header(khttp_response *r, unsigned int id, const char *value)
{
	struct kh_known_header *k;
	uint32_t len = 0;
	char *copy;
	int err = 0;

	if (!r || id >= KH_HEADER_RESPONSE_MAXIMUM)
		return -EINVAL;
	if (value) {
		err = kh_strlen(value, KH_MAX_HEADER_VALUE, &len);
		if (err)
			return err;
	}
	copy = kh_strdup(value, &err);
	if (err)
		return err;
	free(r->known[id]);
	r->known[id] = copy;
	k = &r->resp.headers.known_headers[id];
	k->value = copy;
	k->value_length = (__u16)len;
	return 0;
}

/* room for one more unknown header; the response's pointer follows a move */
static int unknown_room(struct khttp_response *r)
{
	unsigned int n = r->resp.headers.unknown_header_count, cap;
	struct kh_unknown_header *u;

	if (n < r->unknown_cap)
		return 0;
	if (n >= KH_MAX_HEADERS)
		return -E2BIG;
	cap = r->unknown_cap ? r->unknown_cap * 2 : 8;
	if (cap > KH_MAX_HEADERS)
		cap = KH_MAX_HEADERS;
	u = realloc(r->unknown, cap * sizeof(*u));
	if (!u)
		return -ENOMEM;
	r->unknown = u;
	r->unknown_cap = cap;
	r->resp.headers.unknown_headers = u;
	return 0;
}

KH_API int khttp_response_add_header(khttp_response *r, const char *name, const char *value)
{
	struct kh_unknown_header *u;
	uint32_t nlen, vlen;
	int err;

	if (!r || !name || !value)
		return -EINVAL;
	err = kh_strlen(name, UINT16_MAX, &nlen);
	if (!err)
		err = kh_strlen(value, UINT16_MAX, &vlen);
	if (!err && !nlen)
		err = -EINVAL;
	if (!err)
		err = unknown_room(r);
	if (err)
		return err;
	u = &r->unknown[r->resp.headers.unknown_header_count];
	u->name = kh_strdup(name, &err);
	u->value = kh_strdup(value, &err);
	if (err) {
		free((char *)u->name);
		free((char *)u->value);
		return err;
	}
	u->name_length = (__u16)nlen;
	u->value_length = (__u16)vlen;
	r->resp.headers.unknown_header_count++;
	return 0;
}
