// SPDX-License-Identifier: (GPL-2.0 WITH Linux-syscall-note) OR MIT
/* libkhttp: reading a received struct kh_request (no ioctls here). */
#include <string.h>
#include <strings.h>
#include "kh_lib.h"

KH_API const char *khttp_request_header(const struct kh_request *r, unsigned int id,
					size_t *len)
{
	const struct kh_known_header *k;

	if (!r || id >= KH_HEADER_REQUEST_MAXIMUM)
		return NULL;
	k = &r->headers.known_headers[id];
	if (!k->value)
		return NULL;	/* absent; present and empty: "" */
	if (len)
		*len = k->value_length;
	return k->value;
}

KH_API const char *khttp_request_unknown_header(const struct kh_request *r, const char *name,
						size_t *len)
{
	size_t n = name ? strlen(name) : 0;
	unsigned int i;

	if (!r || !name)
		return NULL;
	for (i = 0; i < r->headers.unknown_header_count; i++) {
		const struct kh_unknown_header *u = &r->headers.unknown_headers[i];

		if (u->name_length == n && !strncasecmp(u->name, name, n)) {
			if (len)
				*len = u->value_length;
			return u->value;
		}
	}
	return NULL;
}

KH_API const char *khttp_request_verb(const struct kh_request *r, size_t *len)
{
	const char *v;

	if (!r)
		return NULL;
	if (r->unknown_verb_length) {
		if (len)
			*len = r->unknown_verb_length;
		return r->unknown_verb;
	}
	v = kh_verb_name(r->verb);
	if (v && len)
		*len = strlen(v);
	return v;
}

KH_API uint64_t khttp_request_body_length(const struct kh_request *r)
{
	uint64_t n = 0;
	unsigned int i;

	for (i = 0; r && i < r->entity_chunk_count; i++)
		if (r->entity_chunks[i].type == KH_CHUNK_FROM_MEMORY)
			n += r->entity_chunks[i].u.memory.length;
	return n;
}
