// SPDX-License-Identifier: GPL-2.0
/*
 * khttp: the native kh_request graph of a parsed request, built in the
 * request's own arena (the thunk runtime's kh_ctx), so that one
 * kh_ctx_release frees it and the generated emit code can lay it out
 * for any caller's ABI.
 */
#include <linux/inet.h>
#include <linux/in.h>
#include <linux/in6.h>
#include <linux/kernel.h>
#include <linux/ktime.h>
#include <linux/string.h>
#include "khttp_internal.h"

static int dup(struct kh_ctx *a, const void *src, size_t len, const char **out)
{
	void *p;
	int err = kh_alloc(a, &p, len + 1, 1, 1);

	if (err)
		return err;
	memcpy(p, src, len);
	*out = p;
	return 0;
}

/* a repeated known header becomes one, the values joined (RFC 9110 5.3) */
static int add_known(struct kh_ctx *a, struct kh_known_header *k, const struct khttp_hdr *h)
{
	const char *sep = h->id == KH_HEADER_COOKIE ? "; " : ", ";
	size_t len = k->value ? k->value_length + 2 + h->value_len : h->value_len;
	char *p;
	void *mem;
	int err;

	if (len > KH_MAX_HEADER_VALUE)
		return -431;
	err = kh_alloc(a, &mem, len + 1, 1, 1);
	if (err)
		return err;
	p = mem;
	if (k->value) {
		memcpy(p, k->value, k->value_length);
		memcpy(p + k->value_length, sep, 2);
		p += k->value_length + 2;
	}
	memcpy(p, h->value, h->value_len);
	k->value = mem;
	k->value_length = len;
	return 0;
}

/* the headers of src that are not known ones (all of them: all) */
static int add_unknown(struct kh_ctx *a, const struct khttp_hdr *src, int nsrc, bool all,
		       u16 *count, struct kh_unknown_header **out)
{
	struct kh_unknown_header *u;
	void *mem;
	int i, n = 0, err;

	for (i = 0; i < nsrc; i++)
		n += all || src[i].id < 0;
	*count = 0;
	*out = NULL;
	if (!n)
		return 0;
	if (n > KH_MAX_HEADERS)
		return -431;
	err = kh_alloc(a, &mem, n, sizeof(*u), __alignof__(struct kh_unknown_header));
	if (err)
		return err;
	u = mem;
	for (i = 0; i < nsrc; i++) {
		struct kh_unknown_header *x = &u[*count];

		if (!all && src[i].id >= 0)
			continue;
		x->name_length = src[i].name_len;
		x->value_length = src[i].value_len;
		err = dup(a, src[i].name, src[i].name_len, &x->name);
		if (!err)
			err = dup(a, src[i].value, src[i].value_len, &x->value);
		if (err)
			return err;
		(*count)++;
	}
	*out = u;
	return 0;
}

static int build_headers(struct kh_ctx *a, struct kh_request_headers *h,
			 const struct khttp_parsed *p)
{
	int i, err;

	for (i = 0; i < p->nhdr; i++) {
		if (p->hdr[i].id < 0)
			continue;
		err = add_known(a, &h->known_headers[p->hdr[i].id], &p->hdr[i]);
		if (err)
			return err;
	}
	err = add_unknown(a, p->hdr, p->nhdr, false, &h->unknown_header_count,
			  &h->unknown_headers);
	if (err)
		return err;
	return add_unknown(a, p->trailer, p->ntrailer, true, &h->trailer_count, &h->trailers);
}

static int build_url(struct kh_ctx *a, struct kh_request *r, const struct khttp_target *t)
{
	struct kh_cooked_url *u = &r->cooked_url;
	size_t len = 7 + t->host_len + t->path_len + t->query_len;
	char *full;
	void *mem;
	int err;

	if (len > KH_MAX_URL)
		return -414;
	err = kh_alloc(a, &mem, len + 1, 1, 1);
	if (err)
		return err;
	full = mem;
	khttp_target_url(t, full, len + 1);
	u->full_url = full;
	u->full_url_length = len;
	/* the parts point into the full URL, as HTTP.sys's do */
	u->host = full + 7;
	u->host_length = t->host_len;
	u->abs_path = full + 7 + t->host_len;
	u->abs_path_length = t->path_len;
	u->query_string = t->query_len ? u->abs_path + t->path_len : NULL;
	u->query_string_length = t->query_len;
	return 0;
}

static int build_addresses(struct kh_ctx *a, struct kh_request *r, const struct khttp_conn *c)
{
	const struct sockaddr_storage *ss[2] = { &c->remote, &c->local };
	void **dst[2] = { &r->address.remote, &r->address.local };
	int i, err;

	for (i = 0; i < 2; i++) {
		unsigned int size = kh_sockaddr_size(ss[i]->ss_family);

		if (!size)
			continue;
		err = kh_alloc(a, dst[i], size, 1, 8);
		if (err)
			return err;
		memcpy(*dst[i], ss[i], size);
	}
	return 0;
}

static int build_body(struct kh_ctx *a, struct kh_request *r, const struct khttp_parsed *p)
{
	struct kh_data_chunk *ch;
	void *mem;
	int err;

	if (!p->body_len)
		return 0;
	err = kh_alloc(a, &mem, 1, sizeof(*ch), __alignof__(struct kh_data_chunk));
	if (err)
		return err;
	ch = mem;
	ch->type = KH_CHUNK_FROM_MEMORY;
	err = kh_alloc(a, &ch->u.memory.buffer, p->body_len, 1, 8);
	if (err)
		return err;
	memcpy(ch->u.memory.buffer, p->body, p->body_len);
	ch->u.memory.length = p->body_len;
	r->entity_chunk_count = 1;
	r->entity_chunks = ch;
	return 0;
}

static int build_timing(struct kh_ctx *a, struct kh_request *r, const struct khttp_parsed *p,
			u64 accepted_ns)
{
	struct kh_request_timing *t;
	struct kh_request_info *info;
	void *mem;
	int err;

	err = kh_alloc(a, &mem, 1, sizeof(*info), __alignof__(struct kh_request_info));
	if (err)
		return err;
	info = mem;
	err = kh_alloc(a, &mem, 1, sizeof(*t), __alignof__(struct kh_request_timing));
	if (err)
		return err;
	t = mem;
	t->accepted_ns = accepted_ns;
	t->headers_parsed_ns = ktime_get_ns();
	t->header_bytes = p->header_len;
	info->type = KH_REQUEST_INFO_TIMING;
	info->length = sizeof(*t);
	info->info = t;
	r->request_info_count = 1;
	r->request_info = info;
	return 0;
}

/**
 * khttp_build_request() - the native request graph of a parsed request
 * @req: the request, whose arena holds the graph
 * @p: the parsed request
 * @c: its connection
 * @t: its target
 * @context: the matching prefix's context
 *
 * Return: 0, or a negative errno
 */
int khttp_build_request(struct khttp_req *req, const struct khttp_parsed *p,
			const struct khttp_conn *c, const struct khttp_target *t, u64 context)
{
	struct kh_ctx *a = &req->graph_mem;
	struct kh_request *r;
	void *mem;
	int err;

	err = kh_alloc(a, &mem, 1, sizeof(*r), __alignof__(struct kh_request));
	if (err)
		return err;
	r = mem;
	r->connection_id = c->id;
	r->raw_connection_id = c->id;
	r->request_id = req->id;
	r->url_context = context;
	r->version.major = p->major;
	r->version.minor = p->minor;
	r->verb = p->verb;
	if (p->verb == KH_VERB_UNKNOWN) {
		r->unknown_verb_length = p->method_len;
		err = dup(a, p->method, p->method_len, &r->unknown_verb);
		if (err)
			return err;
	}
	r->raw_url_length = p->target_len;
	err = dup(a, p->target, p->target_len, &r->raw_url);
	if (!err)
		err = build_url(a, r, t);
	if (!err)
		err = build_addresses(a, r, c);
	if (!err)
		err = build_headers(a, &r->headers, p);
	if (!err)
		err = build_body(a, r, p);
	if (!err)
		err = build_timing(a, r, p, c->accepted_ns);
	if (err)
		return err;
	r->bytes_received = p->total_len;
	req->body = r->entity_chunks;
	req->graph = r;
	return 0;
}

/**
 * khttp_request_shape() - shape a request for one receive call
 * @req: the request
 * @copy_body: the body comes with it (HTTP.sys's copy-body flag)
 *
 * HTTP.sys's copy-body flag: with it a body that arrived whole comes as the request's
 * entity chunk; without it the request says there is more and receive-body serves the
 * body. A body that streams never comes along. Per receive call: a request kept after
 * -ENOSPC is shaped again.
 */
void khttp_request_shape(struct khttp_req *req, bool copy_body)
{
	struct kh_request *r = req->graph;
	bool along = copy_body && req->body;

	r->entity_chunk_count = along;
	r->entity_chunks = along ? req->body : NULL;
	r->flags &= ~KH_REQUEST_FLAG_MORE_ENTITY_BODY;
	if (req->body_streams || (req->body && !along))
		r->flags |= KH_REQUEST_FLAG_MORE_ENTITY_BODY;
	req->body_off = along ? req->body->u.memory.length : 0;
}
