// SPDX-License-Identifier: GPL-2.0
/*
 * khttp: the bytes of an HTTP/1.1 response, from a worker's captured
 * kh_response or for the kernel's own answers (4xx/5xx, 100 Continue).
 *
 * The kernel owns the framing: it writes Date (unless the worker did),
 * Content-Length and Connection itself and drops a worker's Content-Length,
 * Transfer-Encoding, Connection and Keep-Alive, so a worker cannot make
 * the response disagree with its body. Values with CR, LF or other
 * controls are refused (no response splitting).
 */
#include <linux/ctype.h>
#include <linux/kernel.h>
#include <linux/mm.h>
#include <linux/slab.h>
#include <linux/string.h>
#include <linux/timekeeping.h>
#include "khttp_internal.h"
#include "khttp_headers.h"
#include "khttp_cond.h"

/*
 * Two passes: buf NULL counts, then the same calls write, never past cap
 * (the second pass of different state would write more than was counted:
 * it stops there, and its len tells the caller).
 */
struct khttp_writer {
	char *buf;
	size_t len, cap;
};

static void put(struct khttp_writer *w, const char *s, size_t n)
{
	if (w->buf && n <= w->cap - min(w->len, w->cap))
		memcpy(w->buf + w->len, s, n);
	w->len += n;
}

static void puts_(struct khttp_writer *w, const char *s)
{
	put(w, s, strlen(s));
}

static void put_header(struct khttp_writer *w, const char *name, size_t nlen,
		       const char *value, size_t vlen)
{
	put(w, name, nlen);
	put(w, ": ", 2);
	put(w, value, vlen);
	put(w, "\r\n", 2);
}

static const char *reason_phrase(unsigned int status)
{
	switch (status) {
	case 100: return "Continue";
	case 200: return "OK";
	case 201: return "Created";
	case 204: return "No Content";
	case 206: return "Partial Content";
	case 301: return "Moved Permanently";
	case 302: return "Found";
	case 304: return "Not Modified";
	case 400: return "Bad Request";
	case 403: return "Forbidden";
	case 404: return "Not Found";
	case 405: return "Method Not Allowed";
	case 408: return "Request Timeout";
	case 412: return "Precondition Failed";
	case 411: return "Length Required";
	case 413: return "Content Too Large";
	case 414: return "URI Too Long";
	case 417: return "Expectation Failed";
	case 431: return "Request Header Fields Too Large";
	case 500: return "Internal Server Error";
	case 501: return "Not Implemented";
	case 503: return "Service Unavailable";
	case 505: return "HTTP Version Not Supported";
	default: return status < 400 ? "OK" : "Error";
	}
}

static void put_date(struct khttp_writer *w)
{
	char d[48];

	put(w, d, khttp_put_date(d, sizeof(d)));
}

static void put_number(struct khttp_writer *w, const char *name, u64 v)
{
	char num[24];
	int n = scnprintf(num, sizeof(num), "%llu", v);

	put_header(w, name, strlen(name), num, n);
}

static struct khttp_txbuf *tx_alloc(size_t len)
{
	return khttp_tx_mem(len, GFP_KERNEL_ACCOUNT);
}

/**
 * khttp_conn_line() - the Connection line of a response
 * @keep_alive: the connection stays open
 * @http10: the request was HTTP/1.0
 *
 * The Connection line of a response (HTTP/1.1 keep-alive needs none)
 *
 * Return: the line with its CR LF, or ""
 */
const char *khttp_conn_line(bool keep_alive, bool http10)
{
	if (!keep_alive)
		return "Connection: close\r\n";
	return http10 ? "Connection: keep-alive\r\n" : "";	/* 1.0 asked: say yes */
}

/* the kernel's own answer; close says whether the connection ends */
static void write_error(struct khttp_writer *w, unsigned int status, bool close)
{
	const char *reason = reason_phrase(status);
	char line[64];
	int n;

	n = scnprintf(line, sizeof(line), "HTTP/1.1 %u %s\r\n", status, reason);
	put(w, line, n);
	put_date(w);
	puts_(w, "Content-Type: text/plain\r\n");
	put_number(w, "Content-Length", strlen(reason) + 5);
	puts_(w, close ? "Connection: close\r\n\r\n" : "\r\n");
	n = scnprintf(line, sizeof(line), "%u %s\n", status, reason);
	put(w, line, n);
}

/**
 * khttp_format_error() - a response of the kernel's own
 * @status: its HTTP status
 * @close: the connection closes after it
 *
 * Return: the item, or NULL
 */
struct khttp_txbuf *khttp_format_error(unsigned int status, bool close)
{
	struct khttp_writer w = { 0 };
	struct khttp_txbuf *tx;

	khttp_stat_add(KH_STAT_KERNEL_RESPONSES, 1);
	khttp_stat_status(status);
	write_error(&w, status, close);
	tx = tx_alloc(w.len);
	if (!tx)
		return NULL;
	w.buf = tx->data;
	w.cap = tx->len;
	w.len = 0;
	write_error(&w, status, close);
	return tx;
}

/**
 * khttp_format_continue() - a 100 Continue
 *
 * Return: the item, or NULL
 */
struct khttp_txbuf *khttp_format_continue(void)
{
	static const char cont[] = "HTTP/1.1 100 Continue\r\n\r\n";
	struct khttp_txbuf *tx = tx_alloc(sizeof(cont) - 1);

	if (tx)
		memcpy(tx->data, cont, sizeof(cont) - 1);
	return tx;
}

static bool valid_value(const char *v, size_t len)
{
	size_t i;

	for (i = 0; i < len; i++)
		if ((v[i] < 0x20 && v[i] != '\t') || v[i] == 0x7f)
			return false;
	return true;
}

static bool valid_name(const char *n, size_t len)
{
	size_t i;

	for (i = 0; i < len; i++)
		if (!isalnum(n[i]) && !strchr("!#$%&'*+-.^_`|~", n[i]))
			return false;
	return len > 0;
}

/* headers the kernel writes itself: a worker's copy is dropped */
static bool kernel_managed(int id)
{
	return id == KH_HEADER_CONTENT_LENGTH || id == KH_HEADER_TRANSFER_ENCODING ||
	       id == KH_HEADER_CONNECTION || id == KH_HEADER_KEEP_ALIVE;
}

static bool no_body_status(unsigned int status)
{
	return status < 200 || status == 204 || status == 304;
}

/* checks what a worker sent: status, and no controls in reason or headers */
static int check_response(const struct kh_response *r)
{
	const struct kh_response_headers *h = &r->headers;
	int i, j;

	if (r->status_code < 200 || r->status_code > 999)
		return -EINVAL;
	if (!valid_value(r->reason, r->reason_length))
		return -EINVAL;
	for (i = 0; i < KH_HEADER_RESPONSE_MAXIMUM; i++)
		if (!valid_value(h->known_headers[i].value, h->known_headers[i].value_length))
			return -EINVAL;
	for (i = 0; i < h->unknown_header_count; i++)
		if (!valid_name(h->unknown_headers[i].name, h->unknown_headers[i].name_length) ||
		    !valid_value(h->unknown_headers[i].value, h->unknown_headers[i].value_length))
			return -EINVAL;
	for (i = 0; i < r->response_info_count; i++) {
		const struct kh_multiple_known_headers *m = r->response_info[i].info;

		if (r->response_info[i].type != KH_RESPONSE_INFO_MULTIPLE_KNOWN_HEADERS || !m)
			continue;
		if (m->header_id >= KH_HEADER_RESPONSE_MAXIMUM)
			return -EINVAL;
		for (j = 0; j < m->known_header_count; j++) {
			const struct kh_known_header *k = &m->known_headers[j];

			if (!valid_value(k->value, k->value_length))
				return -EINVAL;
		}
	}
	return 0;
}

/* the status line and headers; the body follows (khttp_body.c) */
static void write_head(struct khttp_writer *w, const struct kh_response *r, u64 body,
		       const struct khttp_framing *fr)
{
	const struct kh_response_headers *h = &r->headers;
	const char *reason = r->reason_length ? r->reason : reason_phrase(r->status_code);
	size_t rlen = r->reason_length ? r->reason_length : strlen(reason);
	char line[16];
	int i, j;

	scnprintf(line, sizeof(line), "HTTP/1.1 %03u ", r->status_code);
	puts_(w, line);
	put(w, reason, rlen);
	put(w, "\r\n", 2);
	if (!h->known_headers[KH_HEADER_DATE].value_length && !fr->for_cache)
		put_date(w);	/* a cached response gets its Date when served */
	for (i = 0; i < KH_HEADER_RESPONSE_MAXIMUM; i++) {
		const struct kh_known_header *k = &h->known_headers[i];
		const char *name = khttp_response_header_name(i);

		if (k->value_length && !kernel_managed(i))
			put_header(w, name, strlen(name), k->value, k->value_length);
	}
	for (i = 0; i < r->response_info_count; i++) {
		const struct kh_multiple_known_headers *m = r->response_info[i].info;
		const char *name;

		if (r->response_info[i].type != KH_RESPONSE_INFO_MULTIPLE_KNOWN_HEADERS || !m ||
		    kernel_managed(m->header_id))
			continue;
		name = khttp_response_header_name(m->header_id);
		for (j = 0; j < m->known_header_count; j++)
			put_header(w, name, strlen(name), m->known_headers[j].value,
				   m->known_headers[j].value_length);
	}
	for (i = 0; i < h->unknown_header_count; i++) {
		const struct kh_unknown_header *u = &h->unknown_headers[i];

		if (kernel_managed(khttp_response_header_id(u->name, u->name_length)))
			continue;
		put_header(w, u->name, u->name_length, u->value, u->value_length);
	}
	if (fr->for_cache)
		return;		/* length, Connection and the empty line: per hit */
	if (fr->chunked)
		puts_(w, "Transfer-Encoding: chunked\r\n");
	else if (fr->length_given)	/* sent in pieces, length known up front */
		put_number(w, "Content-Length", fr->length);
	else if (!no_body_status(r->status_code) && !fr->more)
		put_number(w, "Content-Length", body);
	puts_(w, khttp_conn_line(fr->keep_alive, fr->http10));
	put(w, "\r\n", 2);
}

/* a Content-Length value: 1 to 19 digits, nothing else (no sign, list or space) */
static int parse_length(const struct kh_known_header *cl, u64 *v)
{
	u16 i;

	if (!cl->value_length || cl->value_length > 19)
		return -EINVAL;
	*v = 0;
	for (i = 0; i < cl->value_length; i++) {
		if (!isdigit(cl->value[i]))
			return -EINVAL;
		*v = *v * 10 + (cl->value[i] - '0');
	}
	return 0;
}

/*
 * How the body is framed when the response is sent in several pieces. A
 * worker's Content-Length must be a number (else -EINVAL); it frames the
 * pieces, which are counted against it (count_body).
 */
static int choose_framing(const struct kh_response *r, struct khttp_framing *fr)
{
	const struct kh_known_header *cl = &r->headers.known_headers[KH_HEADER_CONTENT_LENGTH];
	const struct kh_known_header *conn = &r->headers.known_headers[KH_HEADER_CONNECTION];

	if (conn->value_length == 5 && !strncasecmp(conn->value, "close", 5))
		fr->keep_alive = false;
	fr->chunked = false;
	fr->length_given = false;
	fr->no_body = fr->head || no_body_status(r->status_code);
	if (cl->value_length && parse_length(cl, &fr->length))
		return -EINVAL;
	if (!fr->more || fr->no_body)
		return 0;
	if (cl->value_length)
		fr->length_given = true;	/* the worker vouches for the total */
	else if (fr->http10)
		fr->keep_alive = false;		/* the end of the body is the close */
	else
		fr->chunked = true;
	return 0;
}

/*
 * n more body bytes of a response framed by the worker's Content-Length:
 * -EINVAL past it (nothing of them may go: the client would read them as
 * the next response); a last piece short of it closes the connection,
 * the only way the client can tell the body was cut.
 */
static int count_body(struct khttp_framing *fr, u64 n, bool last)
{
	if (!fr->length_given || fr->no_body)
		return 0;
	if (n > fr->length - fr->sent)
		return -EINVAL;
	fr->sent += n;
	if (last && fr->sent < fr->length)
		fr->keep_alive = false;
	return 0;
}

/* the head write_head gives, in memory of its own */
static char *head_text(const struct kh_response *r, u64 body, const struct khttp_framing *fr,
		       size_t *len)
{
	struct khttp_writer w = { 0 };

	write_head(&w, r, body, fr);
	*len = w.len;
	w.cap = w.len;
	w.buf = kmalloc(w.cap, GFP_KERNEL_ACCOUNT);
	if (w.buf) {
		w.len = 0;
		write_head(&w, r, body, fr);
	}
	if (w.buf && w.len != w.cap) {	/* fr is the caller's own: never */
		kfree(w.buf);
		return NULL;
	}
	return w.buf;
}

static bool has_header(const struct kh_response *r, int id)
{
	const struct kh_response_headers *h = &r->headers;
	int i;

	if (h->known_headers[id].value_length)
		return true;
	for (i = 0; i < h->unknown_header_count; i++)
		if (khttp_response_header_id(h->unknown_headers[i].name,
					     h->unknown_headers[i].name_length) == id)
			return true;
	return false;
}

/*
 * A GET's Range on a complete 200 whose length is known (one send) and
 * that has no Content-Range of the worker's: the 206 or 416 of its byte
 * ranges, sliced from the body's segments. 1 when planned so, 0 for the
 * whole 200, < 0 on failure.
 */
static int plan_ranged(struct khttp_plan *plan, char **head, char **scratch,
		       const struct kh_response *r, struct khttp_framing *fr, struct khttp_body *b)
{
	const struct kh_known_header *k = r->headers.known_headers;
	struct khttp_framing hf = *fr;
	struct khttp_range ranges[KHTTP_RANGES_MAX];
	struct khttp_range_answer a = { .r = ranges, .size = b->len };
	struct khttp_plan body __uninitialized;	/* khttp_plan_init() */
	int err;

	if (!fr->range_len || r->status_code != 200 || fr->more || fr->no_body ||
	    has_header(r, KH_HEADER_CONTENT_RANGE) ||
	    !khttp_if_range_ok(fr->if_range, fr->if_range_len, k[KH_HEADER_ETAG].value,
			       k[KH_HEADER_ETAG].value_length, k[KH_HEADER_LAST_MODIFIED].value,
			       k[KH_HEADER_LAST_MODIFIED].value_length,
			       ktime_get_real_seconds()))
		return 0;
	a.n = khttp_ranges(fr->range, fr->range_len, b->len, ranges);
	if (!a.n)
		return 0;
	hf.for_cache = true;	/* status line and headers only */
	*head = head_text(r, b->len, &hf, &a.head_len);
	if (!*head)
		return -ENOMEM;
	a.head = *head;
	a.date = !k[KH_HEADER_DATE].value_length;
	a.conn = khttp_conn_line(fr->keep_alive, fr->http10);
	a.body = &body;
	khttp_plan_init(&body);
	err = khttp_body_plan(&body, b, false, false);
	err = err ?: khttp_range_plan(plan, scratch, &a);
	khttp_plan_free(&body);
	fr->status = a.n > 0 ? 206 : 416;
	return err ?: 1;
}

/* the response's items (head, then the body) as fr frames it, onto out */
static int format(const struct kh_response *r, struct khttp_framing *fr, struct khttp_txlist *out)
{
	char *head = NULL, *scratch = NULL;
	struct khttp_plan plan __uninitialized;	/* khttp_plan_init() */
	struct khttp_body b;
	size_t hlen;
	int err;

	err = check_response(r);
	if (err)
		return err;
	err = khttp_body_prepare(&b, r->entity_chunks, r->entity_chunk_count);
	if (err)
		return err;
	err = choose_framing(r, fr) ?: count_body(fr, b.len, !fr->more);
	if (err) {
		khttp_body_release(&b);
		return err;
	}
	fr->status = r->status_code;
	khttp_plan_init(&plan);
	err = plan_ranged(&plan, &head, &scratch, r, fr, &b);
	if (!err) {
		head = head_text(r, b.len, fr, &hlen);
		err = head ? khttp_plan_mem(&plan, head, hlen) : -ENOMEM;
		if (!err && !fr->no_body)
			err = khttp_body_plan(&plan, &b, fr->chunked, !fr->more);
	}
	if (err >= 0)
		err = khttp_plan_build(&plan, out, GFP_KERNEL);
	khttp_plan_free(&plan);
	kfree(head);
	kvfree(scratch);
	khttp_body_release(&b);
	return err;
}

/**
 * khttp_format_response() - a worker's response as send items
 * @r: the response
 * @fr: out: its framing
 * @out: the items go onto it
 *
 * Return: 0, or a negative errno
 */
int khttp_format_response(const struct kh_response *r, struct khttp_framing *fr,
			  struct khttp_txlist *out)
{
	int err = format(r, fr, out);

	if (!err)
		khttp_stat_status(fr->status);
	return err;
}

/**
 * khttp_format_body() - more body of a streaming response as send items
 * @chunks: the body's data chunks
 * @n: how many
 * @fr: the send's copy of the response's framing
 * @last: the body ends here
 * @out: the items go onto it
 *
 * Fr: the send's own copy of the response's framing, counted on (count_body)
 *
 * Return: 0, or a negative errno
 */
int khttp_format_body(const struct kh_data_chunk *chunks, u16 n, struct khttp_framing *fr,
		      bool last, struct khttp_txlist *out)
{
	struct khttp_plan plan __uninitialized;	/* khttp_plan_init() */
	struct khttp_body b;
	int err;

	err = khttp_body_prepare(&b, chunks, n);
	if (err)
		return err;
	err = count_body(fr, b.len, last);
	if (err) {
		khttp_body_release(&b);
		return err;
	}
	khttp_plan_init(&plan);
	if (!fr->no_body)
		err = khttp_body_plan(&plan, &b, fr->chunked, last);
	err = err ?: khttp_plan_build(&plan, out, GFP_KERNEL);
	khttp_plan_free(&plan);
	khttp_body_release(&b);
	return err;
}

/**
 * khttp_format_cacheable() - a response as the cache keeps it
 * @r: the response
 * @max: the most bytes kept
 * @head_len: out: the length of the head
 * @err: out: the error when NULL is returned
 *
 * For the cache: the head without Date and Connection, then the body read into memory, at
 * most max bytes (-E2BIG: not kept).
 *
 * Return: one memory item, or NULL with *err set (-E2BIG: not kept)
 */
struct khttp_txbuf *khttp_format_cacheable(const struct kh_response *r, size_t max,
					   size_t *head_len, int *err)
{
	struct khttp_framing fr = { .keep_alive = true, .for_cache = true };
	struct khttp_writer w = { 0 };
	struct khttp_txbuf *tx = NULL;
	struct khttp_body b;

	*err = check_response(r);
	if (*err)
		return NULL;
	*err = khttp_body_prepare(&b, r->entity_chunks, r->entity_chunk_count);
	if (*err)
		return NULL;
	*err = choose_framing(r, &fr);
	if (*err) {
		khttp_body_release(&b);
		return NULL;
	}
	write_head(&w, r, b.len, &fr);
	*head_len = w.len;
	*err = w.len + b.len > max ? -E2BIG : 0;
	if (!*err) {
		tx = tx_alloc(w.len + b.len);
		*err = tx ? khttp_body_read(tx->data + w.len, &b) : -ENOMEM;
	}
	if (!*err) {
		w.buf = tx->data;
		w.cap = *head_len;
		w.len = 0;
		write_head(&w, r, b.len, &fr);
	} else if (tx) {
		khttp_tx_free(tx);
		tx = NULL;
	}
	khttp_body_release(&b);
	return tx;
}
