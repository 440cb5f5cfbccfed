// SPDX-License-Identifier: GPL-2.0
/*
 * khttp: the core handlers of queues, URL prefixes, receive and send.
 * The generated entry thunks call them with native graphs only.
 */
#include <linux/errno.h>
#include <linux/fs.h>
#include "khttp_internal.h"
#include "kh_thunks.h"

static struct kh_file *kf_of(struct kh_ctx *c)
{
	return c->priv;
}

long kh_ioc_queue_core(struct kh_ctx *c, struct kh_queue_args *args)
{
	if (!args->flags)
		return -EINVAL;
	return khttp_queue_open(kf_of(c), args->name, args->name_length,
				args->flags & KH_QUEUE_CREATE, args->flags & KH_QUEUE_OPEN,
				&args->queue_id);
}

long kh_ioc_add_url_core(struct kh_ctx *c, struct kh_url_args *args)
{
	return khttp_url_add(kf_of(c)->queue, args->url, args->url_length,
			     args->url_context);
}

long kh_ioc_remove_url_core(struct kh_ctx *c, struct kh_url_args *args)
{
	return khttp_url_remove(kf_of(c)->queue, args->url, args->url_length);
}

/*
 * Waits for a request (or takes the one named by request_id), lays it out
 * in the caller's buffer for the caller's ABI, with its body only if the
 * call says KH_RECEIVE_FLAG_COPY_BODY. A buffer too small leaves it
 * queued, kept for this file, with its id and the size this call needs.
 */
long kh_ioc_receive_request_core(struct kh_ctx *c,
				 struct kh_receive_request_args *args)
{
	struct kh_file *kf = kf_of(c);
	struct kh_req *req;
	int err;

	req = khttp_queue_take(kf, args->request_id,
			       kf->file->f_flags & O_NONBLOCK, &err);
	if (!req)
		return err;
	args->request_id = req->id;
	khttp_request_shape(req, args->flags & KH_RECEIVE_FLAG_COPY_BODY);
	err = kh_kh_request_to_user(c, req->graph, &args->bytes_needed);
	if (err == -ENOSPC || err == -ENOBUFS)
		khttp_queue_untake(req, kf);
	else if (err)
		khttp_queue_untake(req, NULL);	/* a bad buffer: others may take it */
	else
		args->bytes_returned = args->bytes_needed;
	khttp_req_put(req);
	return err;
}

/* a taken request of this file's queue, or NULL with *err set */
static struct kh_req *taken_request(struct kh_ctx *c, u64 id, int *err)
{
	struct kh_req *req = khttp_req_find(id);

	*err = -ENOENT;
	if (!req)
		return NULL;
	if (req->queue != kf_of(c)->queue || req->state != KH_REQ_TAKEN) {
		khttp_req_put(req);
		return NULL;
	}
	return req;
}

/* the response goes out; the last piece completes the request */
static int respond(struct kh_req *req, struct kh_txlist *tx, bool last, __u32 *bytes_sent)
{
	u64 len = tx->len;

	if (last && !khttp_req_complete(req)) {
		khttp_txl_free(tx);
		return -ENOENT;	/* answered meanwhile */
	}
	req->bytes_out += len;
	if (last) {
		khttp_log_request(req, req->status, req->bytes_out);
		khttp_queue_answered(req->queue);
	}
	if (!khttp_conn_respond_list(req->conn, req, tx, last && !req->framing.keep_alive, last))
		return -ECONNRESET;
	*bytes_sent = min_t(u64, len, U32_MAX);
	return 0;
}

/*
 * The response's head and first body piece; with KH_SEND_FLAG_MORE_DATA
 * the body continues with send-body (chunked unless the worker gave a
 * Content-Length; close-delimited for HTTP/1.0). A GET's Range is
 * answered by the kernel when the response is whole (khttp_range.c).
 */
long kh_ioc_send_response_core(struct kh_ctx *c,
			       struct kh_send_response_args *args)
{
	const struct kh_known_header *h;
	struct kh_txlist tx;
	struct kh_req *req;
	int err;

	req = taken_request(c, args->request_id, &err);
	if (!req)
		return err;
	err = -EINVAL;
	if (req->streaming)
		goto out;	/* the head went already: send-body continues */
	err = khttp_conn_out_wait(req->conn, kf_of(c), kf_of(c)->file->f_flags & O_NONBLOCK);
	if (err)
		goto out;
	h = req->graph->headers.known_headers;
	req->framing = (struct kh_framing){
		.head = req->head,
		.http10 = req->http10,
		.more = args->flags & KH_SEND_FLAG_MORE_DATA,
		.keep_alive = req->keep_alive && !(args->flags & KH_SEND_FLAG_DISCONNECT),
	};
	if (req->graph->verb == KH_VERB_GET) {
		req->framing.range = h[KH_HEADER_RANGE].value;
		req->framing.range_len = h[KH_HEADER_RANGE].value_length;
		req->framing.if_range = h[KH_HEADER_IF_RANGE].value;
		req->framing.if_range_len = h[KH_HEADER_IF_RANGE].value_length;
	}
	khttp_txl_init(&tx);
	err = khttp_format_response(args->response, &req->framing, &tx);
	if (err)
		goto out;
	req->status = req->framing.status;
	req->streaming = req->framing.more;
	if (args->cache_policy && !req->streaming && req->graph->verb == KH_VERB_GET)
		khttp_cache_store(req->graph->cooked_url.full_url,
				  req->graph->cooked_url.full_url_length, args->response,
				  args->cache_policy);
	err = respond(req, &tx, !req->framing.more, &args->bytes_sent);
out:
	khttp_req_put(req);
	return err;
}

long kh_ioc_send_body_core(struct kh_ctx *c, struct kh_send_body_args *args)
{
	bool last = !(args->flags & KH_SEND_FLAG_MORE_DATA);
	struct kh_txlist tx;
	struct kh_req *req;
	int err;

	req = taken_request(c, args->request_id, &err);
	if (!req)
		return err;
	err = -EINVAL;
	if (!req->streaming)
		goto out;	/* send-response with MORE_DATA comes first */
	err = khttp_conn_out_wait(req->conn, kf_of(c), kf_of(c)->file->f_flags & O_NONBLOCK);
	if (err)
		goto out;
	if (args->flags & KH_SEND_FLAG_DISCONNECT)
		req->framing.keep_alive = false;
	khttp_txl_init(&tx);
	err = khttp_format_body(args->chunks, args->chunk_count, &req->framing, last, &tx);
	if (!err)
		err = respond(req, &tx, last, &args->bytes_sent);
out:
	khttp_req_put(req);
	return err;
}

/* the request ends without the worker's response: a 503, the connection closes */
long kh_ioc_cancel_core(struct kh_ctx *c, struct kh_cancel_args *args)
{
	struct kh_req *req;
	int err;

	req = taken_request(c, args->request_id, &err);
	if (!req)
		return err;
	err = khttp_req_abort(req, 503) ? 0 : -ENOENT;
	khttp_req_put(req);
	return err;
}

long kh_ioc_wait_disconnect_core(struct kh_ctx *c,
				 struct kh_wait_disconnect_args *args)
{
	return khttp_conn_wait_closed(args->connection_id);
}

/* drops cached responses whose URL starts with url; all of them for "" */
long kh_ioc_flush_cache_core(struct kh_ctx *c, struct kh_flush_cache_args *args)
{
	khttp_cache_flush(args->url ? args->url : "", args->url_length);
	return 0;
}

/*
 * The next bytes of a request's body that did not come with it
 * (KH_REQUEST_FLAG_MORE_ENTITY_BODY); bytes_returned 0 at the end. Only
 * those bytes go back to the caller's buffer. A chunked body's broken
 * framing gives -EBADMSG, its going past max_body_bytes -EFBIG: the client
 * got 400 or 413 and its connection closes. With O_NONBLOCK, -EAGAIN
 * while no body byte is there.
 */
long kh_ioc_receive_body_core(struct kh_ctx *c, struct kh_receive_body_args *args)
{
	struct kh_req *req;
	long n;
	int err;

	req = taken_request(c, args->request_id, &err);
	if (!req)
		return err;
	if (!args->buffer_length) {	/* 0 bytes would read as the body's end */
		khttp_req_put(req);
		return -EINVAL;
	}
	n = khttp_conn_read_body(req->conn, req, args->buffer, args->buffer_length,
				 kf_of(c)->file->f_flags & O_NONBLOCK);
	khttp_req_put(req);
	if (n < 0)
		return n;
	args->bytes_returned = n;
	kh_out_used(c, args->buffer, n);
	return 0;
}
