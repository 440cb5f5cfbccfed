/* SPDX-License-Identifier: (GPL-2.0 WITH Linux-syscall-note) OR MIT */
/*
 * libkhttp internals: the response builder. It keeps a struct kh_response
 * that is valid at every moment: strings and copies live in their own
 * allocations (their addresses never move), and the two arrays the
 * response points to are re-pointed whenever they grow.
 */
#ifndef KH_RESPONSE_H
#define KH_RESPONSE_H

#include <stdbool.h>
#include "kh_lib.h"

struct khttp_response {
	struct kh_response resp;
	char *reason;					/* owned */
	char *known[KH_HEADER_RESPONSE_MAXIMUM];	/* owned values */
	struct kh_unknown_header *unknown;		/* names and values owned */
	unsigned int unknown_cap;
	struct kh_data_chunk *chunks;
	bool *chunk_owned;				/* memory chunk is a copy */
	unsigned int chunk_cap;
	struct kh_cache_policy policy;
	bool has_policy;
};

/* a copy of s (NULL for NULL); *err = -ENOMEM on failure */
char *kh_strdup(const char *s, int *err);

/* frees what the body chunks own (kh_response_body.c) */
void kh_response_free_chunks(struct khttp_response *r);

/* frees what the headers own (kh_response_headers.c) */
void kh_response_free_headers(struct khttp_response *r);

#endif /* KH_RESPONSE_H */
