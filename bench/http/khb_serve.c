// SPDX-License-Identifier: GPL-2.0
/*
 * The bench worker: receive a request, answer it from a file-range chunk
 * (the `static` example's way), from memory (the `hello` way) or from a
 * file chunk with a cache policy (later GETs never reach us), repeat.
 * With pairs > 0 it also times each receive and send ioctl and, after
 * that many, prints their medians: the ioctl round trip of issue 9.
 */
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/stat.h>
#include <unistd.h>
#include "khb.h"

static const char ctype[] = "application/octet-stream";

static void set_header(struct kh_response *r, int id, const char *v)
{
	r->headers.known_headers[id].value = v;
	r->headers.known_headers[id].value_length = strlen(v);
}

/* abs_path under root; no ".." (the bench's files only) */
static int file_path(const char *root, const struct kh_request *r, char *out, size_t cap)
{
	size_t n = r->cooked_url.abs_path_length;

	if (n == 0 || n + strlen(root) + 1 > cap || memmem(r->cooked_url.abs_path, n, "..", 2))
		return -1;
	/* the length was checked above: memcpy, no format */
	memcpy(out, root, strlen(root));
	memcpy(out + strlen(root), r->cooked_url.abs_path, n);
	out[strlen(root) + n] = 0;
	return 0;
}

/* one answer; returns the send ioctl's result */
static int answer(int fd, enum khb_mode mode, const char *root, const struct kh_request *req,
		  uint64_t id)
{
	struct kh_data_chunk c = { .type = KH_CHUNK_FROM_MEMORY };
	struct kh_response r = { .status_code = 200, .version = { 1, 1 },
				 .entity_chunk_count = 1, .entity_chunks = &c };
	struct kh_cache_policy cp = { .policy = KH_CACHE_TIME_TO_LIVE, .seconds_to_live = 3600 };
	struct kh_send_response_args a = { .request_id = id, .response = &r };
	char path[512];
	const char *body;
	size_t len;
	int file = -1, rc;
	struct stat st;

	set_header(&r, KH_HEADER_CONTENT_TYPE, ctype);
	if (mode == KHB_MEMORY) {
		if (file_path("", req, path, sizeof(path)) || khb_body(root, path, &body, &len))
			r.status_code = 404, body = "", len = 0;
		c.u.memory.buffer = (void *)body;
		c.u.memory.length = len;
	} else if (file_path(root, req, path, sizeof(path)) ||
		   (file = open(path, O_RDONLY | O_CLOEXEC)) < 0 || fstat(file, &st)) {
		r.status_code = 404;
		r.entity_chunk_count = 0;
	} else {
		c.type = KH_CHUNK_FROM_FILE;
		c.u.file.fd = file;
		c.u.file.range.start = 0;
		c.u.file.range.length = st.st_size;
		if (mode == KHB_CACHE)
			a.cache_policy = &cp;
	}
	rc = ioctl(fd, KH_IOC_SEND_RESPONSE, &a);
	if (file >= 0)
		close(file);
	return rc;
}

static int cmp_u64(const void *a, const void *b)
{
	uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;

	return x < y ? -1 : x > y;
}

static uint64_t median(uint64_t *v, long n)
{
	qsort(v, n, sizeof(*v), cmp_u64);
	return v[n / 2];
}

int khb_serve(enum khb_mode mode, const char *root, int port, long pairs)
{
	static char buf[65536] __attribute__((aligned(8)));
	uint64_t *trecv = NULL, *tsend = NULL;
	long done = 0;
	int fd = khb_open_queue(port, 1);

	if (fd < 0)
		return 1;
	if (pairs > 0) {
		trecv = calloc(pairs, sizeof(*trecv));
		tsend = calloc(pairs, sizeof(*tsend));
		if (!trecv || !tsend)
			return 1;
	}
	printf("KHB ready abi=%s pid=%d port=%d\n", KHB_ABI, (int)getpid(), port);
	fflush(stdout);
	for (;;) {
		struct kh_receive_request_args rr = { .buffer_length = sizeof(buf),
						      .buffer = (void *)buf };
		uint64_t t0 = khb_now_ns(), t1, t2;

		if (ioctl(fd, KH_IOC_RECEIVE_REQUEST, &rr)) {
			/* a client that went away or a shortage is one request's
			 * trouble, never the end of the server (issue 20: a worker
			 * that stopped left 0 req/s in every later cell) */
			if (errno == EINTR || errno == ECONNRESET || errno == ENOMEM ||
			    errno == EAGAIN)
				continue;
			perror("khb: receive");
			return 1;
		}
		t1 = khb_now_ns();
		if (answer(fd, mode, root, (void *)buf, rr.request_id))
			perror("khb: send");	/* e.g. the client went away: go on */
		t2 = khb_now_ns();
		if (pairs > 0) {
			trecv[done] = t1 - t0;
			tsend[done] = t2 - t1;
			if (++done == pairs)
				break;
		}
	}
	/* a blocked receive (empty queue) is slow: the median is the hot path */
	printf("KHB rtt abi=%s pairs=%ld recv_ns=%llu send_ns=%llu\n", KHB_ABI, pairs,
	       (unsigned long long)median(trecv, pairs), (unsigned long long)median(tsend, pairs));
	return 0;
}
