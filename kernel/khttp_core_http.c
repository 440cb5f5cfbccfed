// SPDX-License-Identifier: GPL-2.0
/*
 * khttp: the core handlers of queues, URL prefixes, receive and send.
 * The generated entry thunks call them with native graphs only.
 */
#include <linux/errno.h>
#include <linux/fs.h>
#include "khttp_internal.h"
#include "kh_thunks.h"

static struct khttp_file *kf_of(struct kh_ctx *c)
{
	return c->priv;
}

long kh_ioc_queue_core(struct kh_ctx *c, struct kh_queue_args *args)
{
	if (!args->flags)
		return -EINVAL;
	kf_of(c)->layout = c->abi;	/* for KH_IOC_ADMIN_LIST's workers */
	return khttp_queue_open(kf_of(c), args->name, args->name_length,
				args->flags & KH_QUEUE_CREATE, args->flags & KH_QUEUE_OPEN,
				&args->queue_id);
}

long kh_ioc_queue_access_core(struct kh_ctx *c, struct kh_queue_access_args *args)
{
	return khttp_queue_access(kf_of(c), args);
}

long kh_ioc_add_reservation_core(struct kh_ctx *c, struct kh_reservation_args *args)
{
	return khttp_reservation(args, true);
}

long kh_ioc_remove_reservation_core(struct kh_ctx *c, struct kh_reservation_args *args)
{
	return khttp_reservation(args, false);
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
	struct khttp_file *kf = kf_of(c);
	struct khttp_req *req;
	int err;

	req = khttp_queue_take(kf, args->request_id,
			       kf->file->f_flags & O_NONBLOCK, &err);
	if (!req)
		return err;
	args->request_id = req->id;
	khttp_request_shape(req, args->flags & KH_RECEIVE_FLAG_COPY_BODY);
	err = kh_request_to_user(c, req->graph, &args->bytes_needed);
	if (err == -ENOSPC || err == -ENOBUFS)
		khttp_queue_untake(req, kf);
	else if (err)
		khttp_queue_untake(req, NULL);	/* a bad buffer: others may take it */
	else
		args->bytes_returned = args->bytes_needed;
	khttp_req_put(req);
	return err;
}

/*
 * A taken request of this file's queue, or NULL with *err set: -ENOENT
 * (a file without a queue has none), -EACCES for a request of another
 * queue (docs/security.md).
 */
static struct khttp_req *taken_request(struct kh_ctx *c, u64 id, int *err)
{
	struct khttp_queue *q = kf_of(c)->queue;
	struct khttp_req *req;

	*err = -ENOENT;
	if (!q)
		return NULL;
	req = khttp_req_find(id);
	if (!req)
		return NULL;
	if (req->queue != q)
		*err = -EACCES;
	if (req->queue != q || req->state != KHTTP_REQ_TAKEN) {
		khttp_req_put(req);
		return NULL;
	}
	return req;
}

/*
 * A claimed send's bytes go out (docs/kernel.md, "One response per
 * request"): published first, so that a cancel or a second send racing
 * this one sees the response begun, and queued before the claim goes, so
 * that the pieces of a response leave in the order they were claimed.
 * fr is the send's own framing; the last piece completes the request.
 */
static int respond(struct khttp_req *req, const struct khttp_framing *fr, struct khttp_txlist *tx,
		   bool last, __u32 *bytes_sent)
{
	u64 len = tx->len;
	bool sent;

	if (!khttp_resp_publish(req, fr, len, last)) {
		khttp_txl_free(tx);
		return -ENOENT;	/* cancelled or aborted meanwhile */
	}
	if (last) {
		khttp_log_request(req, fr->status, req->bytes_out);
		khttp_queue_answered(req->queue);
	}
	sent = khttp_conn_respond_list(req->conn, req, tx, last && !fr->keep_alive, last);
	if (!last)
		khttp_resp_unclaim(req);
	if (!sent)
		return -ECONNRESET;
	*bytes_sent = min_t(u64, len, U32_MAX);
	return 0;
}

/* the framing a send-response starts from: the request's and the call's */
static void first_framing(const struct khttp_req *req, u32 flags, struct khttp_framing *fr)
{
	const struct kh_known_header *h = req->graph->headers.known_headers;

	*fr = (struct khttp_framing){
		.head = req->head,
		.http10 = req->http10,
		.more = flags & KH_SEND_FLAG_MORE_DATA,
		.keep_alive = req->keep_alive && !(flags & KH_SEND_FLAG_DISCONNECT),
	};
	if (req->graph->verb == KH_VERB_GET) {
		fr->range = h[KH_HEADER_RANGE].value;
		fr->range_len = h[KH_HEADER_RANGE].value_length;
		fr->if_range = h[KH_HEADER_IF_RANGE].value;
		fr->if_range_len = h[KH_HEADER_IF_RANGE].value_length;
	}
}

/*
 * Output room on the request's connection before a send claims and
 * formats anything (khttp_conn_out_wait: it blocks, or -EAGAIN with
 * O_NONBLOCK): a client that does not read holds back its worker.
 */
static int out_room(struct kh_ctx *c, struct khttp_req *req)
{
	return khttp_conn_out_wait(req->conn, kf_of(c), kf_of(c)->file->f_flags & O_NONBLOCK);
}

/*
 * The response's head and first body piece; with KH_SEND_FLAG_MORE_DATA
 * the body continues with send-body (chunked unless the worker gave a
 * Content-Length; close-delimited for HTTP/1.0). A GET's Range is
 * answered by the kernel when the response is whole (khttp_range.c).
 * The response is claimed before anything is formatted: a second
 * send-response for the request gets -EALREADY and sends nothing.
 */
long kh_ioc_send_response_core(struct kh_ctx *c,
			       struct kh_send_response_args *args)
{
	struct khttp_framing fr;
	struct khttp_txlist tx;
	struct khttp_req *req;
	int err;

	req = taken_request(c, args->request_id, &err);
	if (!req)
		return err;
	err = out_room(c, req);
	if (!err)
		err = khttp_resp_claim(req, true, NULL);
	if (err)
		goto out;
	first_framing(req, args->flags, &fr);
	khttp_txl_init(&tx);
	err = khttp_format_response(args->response, &fr, &tx);
	if (err) {
		khttp_resp_unclaim(req);
		goto out;
	}
	if (args->cache_policy && !fr.more && req->graph->verb == KH_VERB_GET) {
		struct khttp_cache_scope s = {
			.net = req->conn->net_cookie, .port = req->conn->local_port,
			.qid = req->queue->id,
		};

		khttp_cache_store(&s, req->graph->cooked_url.full_url,
				  req->graph->cooked_url.full_url_length, args->response,
				  args->cache_policy);
	}
	err = respond(req, &fr, &tx, !fr.more, &args->bytes_sent);
out:
	khttp_req_put(req);
	return err;
}

/*
 * The next piece of a response begun with MORE_DATA; without MORE_DATA
 * the last. Past the worker's Content-Length: -EINVAL, nothing sent; a
 * last piece short of it closes the connection (khttp_format_body).
 */
long kh_ioc_send_body_core(struct kh_ctx *c, struct kh_send_body_args *args)
{
	bool last = !(args->flags & KH_SEND_FLAG_MORE_DATA);
	struct khttp_framing fr;
	struct khttp_txlist tx;
	struct khttp_req *req;
	int err;

	req = taken_request(c, args->request_id, &err);
	if (!req)
		return err;
	err = out_room(c, req);
	if (!err)
		err = khttp_resp_claim(req, false, &fr);
	if (err)
		goto out;
	if (args->flags & KH_SEND_FLAG_DISCONNECT)
		fr.keep_alive = false;
	khttp_txl_init(&tx);
	err = khttp_format_body(args->chunks, args->chunk_count, &fr, last, &tx);
	if (err)
		khttp_resp_unclaim(req);
	else
		err = respond(req, &fr, &tx, last, &args->bytes_sent);
out:
	khttp_req_put(req);
	return err;
}

/* the request ends without the worker's response: a 503, the connection closes */
long kh_ioc_cancel_core(struct kh_ctx *c, struct kh_cancel_args *args)
{
	struct khttp_req *req;
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
	return khttp_conn_wait_closed(args->connection_id, kf_of(c)->queue);
}

/*
 * Drops cached responses whose URL starts with url, all of them for "":
 * every queue's for an administrator, else those of the caller's queue.
 */
long kh_ioc_flush_cache_core(struct kh_ctx *c, struct kh_flush_cache_args *args)
{
	struct khttp_queue *q = kf_of(c)->queue;
	struct khttp_cache_scope s = { 0 };

	if (!khttp_admin()) {
		if (!q)
			return -EPERM;
		s.qid = q->id;
	}
	khttp_cache_flush(&s, args->url ? args->url : "", args->url_length, false);
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
	struct khttp_req *req;
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
