// SPDX-License-Identifier: GPL-2.0
/* Receiving: the growing buffer, the caller's buffer protocol, non-blocking. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "klt.h"

#define PAD	6000	/* a header bigger than the library's first 4 KiB buffer */

/* answers with status 201, a known and an unknown header and two chunks */
static int answer(struct klt_server *s, uint64_t id, char *why, size_t len)
{
	static const char part1[] = "first part, ";
	khttp_response *r = khttp_response_new();
	char part2[32];
	int err;

	if (!r)
		return klt_fail(why, len, "response_new failed");
	snprintf(part2, sizeof(part2), "second from %s", KLT_ABI_NAME);
	err = khttp_response_set_status(r, 201, "Made");
	if (!err)
		err = khttp_response_set_header(r, KH_HEADER_CONTENT_TYPE, "text/plain");
	if (!err)
		err = khttp_response_add_header(r, "X-Test", "yes");
	if (!err)
		err = khttp_response_add_memory(r, part1, sizeof(part1) - 1);
	if (!err)
		err = khttp_response_add_copy(r, part2, strlen(part2));
	memset(part2, 'X', sizeof(part2));	/* the builder kept its own copy */
	if (!err)
		err = khttp_response_send(s->h, r, id, 0, NULL);
	khttp_response_free(r);
	return err ? klt_fail(why, len, "send: %s", khttp_strerror(err)) : 0;
}

static int check_answer(struct klt_client *c, char *why, size_t len)
{
	static char out[65536];
	const char *body;

	if (klt_client_finish(c, out, sizeof(out)) < 0)
		return klt_fail(why, len, "client failed");
	body = klt_body(out);
	if (strncmp(out, "HTTP/1.1 201 Made\r\n", 19) || !strstr(out, "\r\nX-Test: yes\r\n") ||
	    !strstr(out, "\r\nContent-Type: text/plain\r\n") || !body ||
	    strcmp(body, "first part, second from " KLT_ABI_NAME))
		return klt_fail(why, len, "answer [%.200s]", out);
	return 0;
}

/* a test's end: unless it failed already, answer id and check the answer */
static int finish(struct klt_server *s, struct klt_client *c, uint64_t id, int rc, void *buf,
		  char *why, size_t len)
{
	static char sink[65536];

	if (!rc)
		rc = answer(s, id, why, len);
	if (rc)
		klt_client_finish(c, sink, sizeof(sink));
	else
		rc = check_answer(c, why, len);
	free(buf);
	klt_server_stop(s);
	return rc;
}

static int t_receive_grow(char *why, size_t len)
{
	static char req[PAD + 256], pad[PAD + 1];
	struct klt_server s;
	struct klt_client c;
	struct kh_request *r = NULL;
	size_t cap = 0, vlen = 0;
	const char *v;
	void *buf = NULL;
	int err, n, rc;

	memset(pad, 'p', PAD);
	err = klt_server_start(&s, "grow", 0);
	if (err)
		return klt_fail(why, len, "server: %s", khttp_strerror(err));
	n = snprintf(req, sizeof(req), "GET %sx?q=1 HTTP/1.1\r\nHost: klt\r\nX-Pad: %s\r\n"
		     "Connection: close\r\n\r\n", s.path, pad);
	klt_client_start(&c, req, n);
	err = khttp_receive_request(s.h, 0, &buf, &cap, &r);
	if (err)
		return finish(&s, &c, 0, klt_fail(why, len, "receive: %s", khttp_strerror(err)),
			      buf, why, len);
	v = khttp_request_unknown_header(r, "x-pad", &vlen);
	rc = 0;
	if (cap <= PAD || !v || vlen != PAD || memcmp(v, pad, PAD) ||
	    r->url_context != 0x5eed || r->verb != KH_VERB_GET)
		rc = klt_fail(why, len, "cap %zu, X-Pad %zu bytes, context %llx", cap, vlen,
			      (unsigned long long)r->url_context);
	return finish(&s, &c, r->request_id, rc, buf, why, len);
}

/* the ERROR_MORE_DATA protocol by hand: ENOBUFS, ENOSPC, then the request */
static int t_receive_into(char *why, size_t len)
{
	struct khttp_receive rx = { 0 };
	struct klt_server s;
	struct klt_client c;
	uint32_t need;
	uint64_t id;
	char *buf = NULL;
	char path[128];
	int e1, e2, e3, rc;

	e1 = klt_server_start(&s, "into", 0);
	if (e1)
		return klt_fail(why, len, "server: %s", khttp_strerror(e1));
	snprintf(path, sizeof(path), "%sabc", s.path);
	klt_client_get(&c, path);
	buf = malloc(65536);
	e1 = khttp_receive_request_into(s.h, 0, buf, 16, &rx);
	id = rx.request_id;
	need = rx.bytes_needed;
	e2 = khttp_receive_request_into(s.h, 0, buf, sizeof(struct kh_request), &rx);
	e3 = e2 == -ENOSPC ? khttp_receive_request_into(s.h, 0, buf, need, &rx) : e2;
	if (e1 != -ENOBUFS || e2 != -ENOSPC || e3 || !id || rx.request_id != id ||
	    need <= sizeof(struct kh_request) || rx.bytes_returned != need)
		rc = klt_fail(why, len, "results %d %d %d, id %llx -> %llx, need %u, returned %u",
			      e1, e2, e3, (unsigned long long)id,
			      (unsigned long long)rx.request_id, need, rx.bytes_returned);
	else if (((struct kh_request *)buf)->raw_url_length != strlen(path) ||
		 memcmp(((struct kh_request *)buf)->raw_url, path, strlen(path)))
		rc = klt_fail(why, len, "raw_url differs");
	else
		rc = answer(&s, id, why, len);
	if (rc)
		klt_client_finish(&c, buf, 65536);
	else
		rc = check_answer(&c, why, len);
	free(buf);
	klt_server_stop(&s);
	return rc;
}

static int t_nonblocking(char *why, size_t len)
{
	struct klt_server s;
	struct kh_request *r;
	size_t cap = 0;
	void *buf = NULL;
	int err = klt_server_start(&s, "nonblock", KHTTP_OPEN_NONBLOCK);

	if (err)
		return klt_fail(why, len, "server: %s", khttp_strerror(err));
	err = khttp_receive_request(s.h, 0, &buf, &cap, &r);
	free(buf);
	klt_server_stop(&s);
	return err == -EAGAIN ? 0 : klt_fail(why, len, "empty queue gave %d", err);
}

#define BODY	5000	/* more than the library's first 4 KiB buffer */

static char body_at(size_t i)
{
	return (char)('A' + i % 23);
}

/*
 * A POST's body: with KH_RECEIVE_FLAG_COPY_BODY it comes with the request
 * (the growing buffer makes room); without, khttp_receive_body reads it.
 */
static int receive_body_one(unsigned int flags, char *why, size_t len)
{
	static char req[BODY + 256], got[BODY + 1];
	struct klt_server s;
	struct klt_client c;
	struct kh_request *r = NULL;
	size_t cap = 0, total = 0, n, i;
	void *buf = NULL;
	int err, k, rc = 0;

	err = klt_server_start(&s, flags ? "copy_body" : "read_body", 0);
	if (err)
		return klt_fail(why, len, "server: %s", khttp_strerror(err));
	k = snprintf(req, sizeof(req), "POST %sup HTTP/1.1\r\nHost: klt\r\nContent-Length: %d\r\n"
		     "Connection: close\r\n\r\n", s.path, BODY);
	for (i = 0; i < BODY; i++)
		req[k++] = body_at(i);
	klt_client_start(&c, req, k);
	err = khttp_receive_request(s.h, flags, &buf, &cap, &r);
	if (err)
		rc = klt_fail(why, len, "receive: %s", khttp_strerror(err));
	else if (flags && (khttp_request_body_length(r) != BODY ||
			   (r->flags & KH_REQUEST_FLAG_MORE_ENTITY_BODY)))
		rc = klt_fail(why, len, "with the flag: %llu bytes along, flags %#x",
			      (unsigned long long)khttp_request_body_length(r), r->flags);
	else if (!flags && (khttp_request_body_length(r) ||
			    !(r->flags & KH_REQUEST_FLAG_MORE_ENTITY_BODY)))
		rc = klt_fail(why, len, "without the flag: %llu bytes along, flags %#x",
			      (unsigned long long)khttp_request_body_length(r), r->flags);
	if (!rc && flags)
		memcpy(got, r->entity_chunks[0].u.memory.buffer, BODY);
	/* a 0-byte piece is the end: at once when the body came along */
	while (!rc && !(err = khttp_receive_body(s.h, r->request_id, 0, got + total,
						   total < BODY ? 999 : 1, &n)) && n)
		total += n;
	if (!rc && (err || total != (flags ? 0 : BODY)))
		rc = klt_fail(why, len, "receive_body: %s, %zu bytes", khttp_strerror(err), total);
	for (i = 0; !rc && i < BODY; i++)
		if (got[i] != body_at(i))
			rc = klt_fail(why, len, "body byte %zu differs", i);
	return finish(&s, &c, r ? r->request_id : 0, rc, buf, why, len);
}

static int t_receive_body(char *why, size_t len)
{
	return receive_body_one(KH_RECEIVE_FLAG_COPY_BODY, why, len) ||
	       receive_body_one(0, why, len) ? -1 : 0;
}

const struct klt_test klt_receive_tests[] = {
	{ "receive_grow", t_receive_grow, 0 },
	{ "receive_into", t_receive_into, 0 },
	{ "nonblocking", t_nonblocking, 0 },
	{ "receive_body", t_receive_body, 0 },
};

const size_t klt_nreceive_tests = KLT_ARRAY_SIZE(klt_receive_tests);
