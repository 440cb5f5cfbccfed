// SPDX-License-Identifier: GPL-2.0
/*
 * Answering: file-range chunks (with the memory fallback), a response in
 * several sends, cancel, and the ioctls of issue 6 returning the kernel's
 * own answer.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <unistd.h>
#include "klt.h"

#define FILE_SIZE	100000
#define RANGE_OFF	1000
#define RANGE_LEN	50000

static char out[1 << 18];

/* receive one request of s into *buf: 0 or fail */
static int take(struct klt_server *s, void **buf, size_t *cap, struct kh_request **r,
		char *why, size_t len)
{
	int err = khttp_receive_request(s->h, 0, buf, cap, r);

	return err ? klt_fail(why, len, "receive: %s", khttp_strerror(err)) : 0;
}

static int t_send_file(char *why, size_t len)
{
	static char data[FILE_SIZE];
	const char *name = "/tmp/klt-" KLT_ABI_NAME ".dat", *body;
	struct kh_request *r;
	struct klt_server s;
	struct klt_client c;
	khttp_response *resp = khttp_response_new();
	size_t cap = 0, i;
	void *buf = NULL;
	int fd, err, rc, fallback = 0;

	for (i = 0; i < FILE_SIZE; i++)
		data[i] = 'a' + (i * 7 + i / 26) % 26;
	fd = open(name, O_RDWR | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
	if (fd < 0 || write(fd, data, FILE_SIZE) != FILE_SIZE || !resp)
		return klt_fail(why, len, "cannot write %s", name);
	err = klt_server_start(&s, "file", 0);
	if (err)
		return klt_fail(why, len, "server: %s", khttp_strerror(err));
	klt_client_get(&c, s.path);
	rc = take(&s, &buf, &cap, &r, why, len);
	if (!rc) {
		khttp_response_add_file(resp, fd, RANGE_OFF, RANGE_LEN);
		khttp_response_set_cache_policy(resp, KH_CACHE_TIME_TO_LIVE, 5);
		err = khttp_response_send(s.h, resp, r->request_id, 0, NULL);
		if (err == -EOPNOTSUPP) {	/* no file chunks in this module yet */
			fallback = 1;
			err = khttp_response_inline_files(resp);
			if (!err)
				err = khttp_response_send(s.h, resp, r->request_id, 0, NULL);
		}
		if (err)
			rc = klt_fail(why, len, "send: %s", khttp_strerror(err));
	}
	if (klt_client_finish(&c, out, sizeof(out)) < 0 && !rc)
		rc = klt_fail(why, len, "client failed");
	body = klt_body(out);
	if (!rc && (!body || strlen(body) != RANGE_LEN || memcmp(body, data + RANGE_OFF, RANGE_LEN)))
		rc = klt_fail(why, len, "body of %zu bytes differs from the file range",
			      body ? strlen(body) : 0);
	printf("KHVM lib/%s: file chunk sent %s\n", KLT_ABI_NAME,
	       fallback ? "as a memory copy (module: -EOPNOTSUPP)" : "by the kernel");
	close(fd);
	unlink(name);
	free(buf);
	khttp_response_free(resp);
	klt_server_stop(&s);
	return rc;
}

/* headers and a first piece, then two more sends of body */
static int t_more_data(char *why, size_t len)
{
	static const char p1[] = "part1-", p2[] = "part2-", p3[] = "end";
	struct kh_data_chunk c2 = { .type = KH_CHUNK_FROM_MEMORY }, c3 = c2;
	khttp_response *resp = khttp_response_new();
	struct kh_request *r;
	struct klt_server s;
	struct klt_client c;
	size_t cap = 0;
	void *buf = NULL;
	int err, rc;

	c2.u.memory.buffer = (void *)p2;
	c2.u.memory.length = 6;
	c3.u.memory.buffer = (void *)p3;
	c3.u.memory.length = 3;
	err = klt_server_start(&s, "more", 0);
	if (err || !resp)
		return klt_fail(why, len, "server: %s", khttp_strerror(err));
	klt_client_get(&c, s.path);
	rc = take(&s, &buf, &cap, &r, why, len);
	if (!rc) {
		khttp_response_set_header(resp, KH_HEADER_CONTENT_LENGTH, "15");
		khttp_response_add_memory(resp, p1, 6);
		err = khttp_response_send(s.h, resp, r->request_id, KH_SEND_FLAG_MORE_DATA, NULL);
		if (err == -EOPNOTSUPP) {	/* one send only in this module: finish in one */
			printf("KHVM lib/%s: MORE_DATA: -EOPNOTSUPP\n", KLT_ABI_NAME);
			khttp_response_add_memory(resp, p2, 6);
			khttp_response_add_memory(resp, p3, 3);
			err = khttp_response_send(s.h, resp, r->request_id, 0, NULL);
		} else if (!err) {
			err = khttp_send_body(s.h, r->request_id, KH_SEND_FLAG_MORE_DATA, &c2, 1,
					      NULL);
			if (!err)
				err = khttp_send_body(s.h, r->request_id, 0, &c3, 1, NULL);
		}
		if (err)
			rc = klt_fail(why, len, "send: %s", khttp_strerror(err));
	}
	if (klt_client_finish(&c, out, sizeof(out)) < 0 && !rc)
		rc = klt_fail(why, len, "client failed");
	if (!rc && (!klt_body(out) || strcmp(klt_body(out), "part1-part2-end")))
		rc = klt_fail(why, len, "answer [%.200s]", out);
	free(buf);
	khttp_response_free(resp);
	klt_server_stop(&s);
	return rc;
}

static int t_cancel(char *why, size_t len)
{
	khttp_response *resp = khttp_response_new();
	struct kh_request *r;
	struct klt_server s;
	struct klt_client c;
	size_t cap = 0;
	void *buf = NULL;
	int e1 = 0, e2 = 0, e3 = 0, rc;

	rc = klt_server_start(&s, "cancel", 0);
	if (rc || !resp)
		return klt_fail(why, len, "server: %s", khttp_strerror(rc));
	klt_client_get(&c, s.path);
	rc = take(&s, &buf, &cap, &r, why, len);
	if (!rc) {
		e1 = khttp_cancel(s.h, r->request_id);
		e2 = khttp_cancel(s.h, r->request_id);
		e3 = khttp_response_send(s.h, resp, r->request_id, 0, NULL);
	}
	if (klt_client_finish(&c, out, sizeof(out)) < 0 && !rc)
		rc = klt_fail(why, len, "client failed");
	if (!rc && (e1 || e2 != -ENOENT || e3 != -ENOENT || strncmp(out, "HTTP/1.1 503 ", 13)))
		rc = klt_fail(why, len, "cancel %d, again %d, send %d, client [%.60s]", e1, e2, e3,
			      out);
	free(buf);
	khttp_response_free(resp);
	klt_server_stop(&s);
	return rc;
}

static int raw(khttp *h, unsigned long cmd, void *arg)
{
	return ioctl(khttp_fd(h), cmd, arg) ? -errno : 0;
}

/*
 * The library adds nothing to the kernel's answer: each call gives what
 * the same ioctl made by hand gives (0 or -EOPNOTSUPP before issue 6,
 * -ENOENT for an unknown id after it), and a bad argument graph gets the
 * capture's -EFAULT.
 */
static int t_honest_errors(char *why, size_t len)
{
	const char *url = "http://+:8100/klt/" KLT_ABI_NAME "/honest/";
	struct kh_receive_body_args rb = { .request_id = 0xdead00, .buffer_length = 16 };
	struct kh_wait_disconnect_args wd = { .connection_id = 0xdead00 };
	struct kh_flush_cache_args fc = { .url = url, .url_length = strlen(url) };
	struct kh_send_body_args sb = { .request_id = 0xdead00, .chunk_count = 1 };
	char b[16];
	int lib[4], kern[4], i;
	khttp *h;

	rb.buffer = b;
	if (khttp_open(&h, 0) || khttp_queue_create(h, "klt-" KLT_ABI_NAME "-honest", NULL))
		return klt_fail(why, len, "open failed");
	lib[0] = khttp_receive_body(h, 0xdead00, 0, b, sizeof(b), NULL);
	kern[0] = raw(h, KH_IOC_RECEIVE_BODY, &rb);
	lib[1] = khttp_wait_disconnect(h, 0xdead00);
	kern[1] = raw(h, KH_IOC_WAIT_DISCONNECT, &wd);
	lib[2] = khttp_flush_cache(h, url);
	kern[2] = raw(h, KH_IOC_FLUSH_CACHE, &fc);
	lib[3] = khttp_send_body(h, 0xdead00, 0, NULL, 1, NULL);	/* chunks NULL */
	kern[3] = raw(h, KH_IOC_SEND_BODY, &sb);
	khttp_close(h);
	printf("KHVM lib/%s: receive_body %d, wait_disconnect %d, flush_cache %d, send_body %d\n",
	       KLT_ABI_NAME, lib[0], lib[1], lib[2], lib[3]);
	for (i = 0; i < 4; i++)
		if (lib[i] != kern[i])
			return klt_fail(why, len, "call %d: library %d, ioctl %d", i, lib[i], kern[i]);
	for (i = 0; i < 3; i++)
		if (lib[i] && lib[i] != -EOPNOTSUPP && lib[i] != -ENOENT)
			return klt_fail(why, len, "call %d: %s", i, khttp_strerror(lib[i]));
	if (lib[3] != -EFAULT)
		return klt_fail(why, len, "NULL chunks: %d, want -EFAULT", lib[3]);
	return 0;
}

const struct klt_test klt_send_tests[] = {
	{ "send_file", t_send_file, 0 },
	{ "more_data", t_more_data, 0 },
	{ "cancel", t_cancel, 0 },
	{ "honest_errors", t_honest_errors, 0 },
};

const size_t klt_nsend_tests = KLT_ARRAY_SIZE(klt_send_tests);
