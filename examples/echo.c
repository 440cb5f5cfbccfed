// SPDX-License-Identifier: MIT
/*
 * echo: answers every request with what it saw, as text: the request line,
 * the headers (known ones in kh_header_id order, then unknown ones, as the
 * kernel parsed them) and the body. Useful for tests.
 *	echo [-n COUNT] [URL]      (URL default http://+:8080/echo/)
 */
#define _POSIX_C_SOURCE 200809L	/* getopt, sigaction, open_memstream under -std=c11 */
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include "khttp_api.h"

static volatile sig_atomic_t stop;

static void on_signal(int sig)
{
	(void)sig;
	stop = 1;
}

/* the text is collected in one memory stream and sent as one chunk */
static void add(FILE *f, const void *s, size_t n)
{
	fwrite(s, 1, n, f);
}

static void add_str(FILE *f, const char *s)
{
	fputs(s, f);
}

static void echo_head(FILE *r, const struct kh_request *req)
{
	size_t n = 0;
	const char *verb = khttp_request_verb(req, &n);
	unsigned int i;

	add(r, verb ? verb : "?", verb ? n : 1);
	add_str(r, " ");
	add(r, req->raw_url, req->raw_url_length);
	fprintf(r, " HTTP/%u.%u\r\n", req->version.major, req->version.minor);
	for (i = 0; i < KH_HEADER_REQUEST_MAXIMUM; i++) {
		const char *v = khttp_request_header(req, i, &n);

		if (!v)
			continue;
		add_str(r, khttp_request_header_name(i));
		add_str(r, ": ");
		add(r, v, n);
		add_str(r, "\r\n");
	}
	for (i = 0; i < req->headers.unknown_header_count; i++) {
		const struct kh_unknown_header *u = &req->headers.unknown_headers[i];

		add(r, u->name, u->name_length);
		add_str(r, ": ");
		add(r, u->value, u->value_length);
		add_str(r, "\r\n");
	}
	add_str(r, "\r\n");
}

/* the body that came with the request, then the rest of it, if any */
static int echo_body(khttp *h, FILE *r, const struct kh_request *req)
{
	char piece[16384];
	unsigned int i;
	size_t n;
	int err;

	for (i = 0; i < req->entity_chunk_count; i++)
		if (req->entity_chunks[i].type == KH_CHUNK_FROM_MEMORY)
			add(r, req->entity_chunks[i].u.memory.buffer,
			    req->entity_chunks[i].u.memory.length);
	if (!(req->flags & KH_REQUEST_FLAG_MORE_ENTITY_BODY))
		return 0;
	/* a 0-byte piece ends the body */
	while (!(err = khttp_receive_body(h, req->request_id, 0, piece, sizeof(piece), &n)) && n)
		add(r, piece, n);
	return err;
}

/* the response to one request: echo's text, and any error getting the body */
static void echo(khttp *h, khttp_response *resp, const struct kh_request *req,
		 char **text, size_t *len)
{
	FILE *f = open_memstream(text, len);
	int err;

	if (!f)
		return;
	echo_head(f, req);
	err = echo_body(h, f, req);
	fclose(f);
	/* e.g. -EOPNOTSUPP before issue 6: say so rather than hide it */
	if (err)
		khttp_response_add_header(resp, "X-Echo-Body-Error", khttp_strerror(err));
	khttp_response_add_memory(resp, *text, *len);
}

int main(int argc, char **argv)
{
	struct sigaction sa = { .sa_handler = on_signal };
	const char *url = "http://+:8080/echo/";
	struct kh_request *req;
	khttp_response *resp;
	long left = -1;
	size_t cap = 0;
	void *buf = NULL;
	char *text = NULL;
	size_t len = 0;
	int err, added, opt;
	khttp *h;

	while ((opt = getopt(argc, argv, "n:")) != -1) {
		if (opt != 'n') {
			fprintf(stderr, "usage: echo [-n COUNT] [URL]\n");
			return 2;
		}
		left = atol(optarg);
	}
	if (optind < argc)
		url = argv[optind];
	err = khttp_open(&h, 0);
	if (!err)
		err = khttp_queue_create(h, "echo", NULL);
	if (err) {
		fprintf(stderr, "echo: %s: %s\n", KHTTP_DEVICE, khttp_strerror(err));
		return 1;
	}
	err = khttp_add_url(h, url, 0);
	added = !err;
	if (err && err != -EEXIST) {
		fprintf(stderr, "echo: add %s: %s\n", url, khttp_strerror(err));
		return 1;
	}
	resp = khttp_response_new();
	if (!resp)
		return 1;
	sigaction(SIGTERM, &sa, NULL);
	sigaction(SIGINT, &sa, NULL);
	printf("echo: ready on %s\n", url);
	fflush(stdout);
	while (!stop && left != 0) {
		err = khttp_receive_request(h, 0, &buf, &cap, &req);
		if (err == -EINTR)
			continue;
		if (err) {
			fprintf(stderr, "echo: receive: %s\n", khttp_strerror(err));
			if (khttp_receive_fatal(err))
				break;
			/* a passing shortage: not a spin */
			nanosleep(&(struct timespec){ .tv_nsec = 10000000 }, NULL);
			continue;
		}
		khttp_response_reset(resp);
		khttp_response_set_header(resp, KH_HEADER_CONTENT_TYPE, "text/plain");
		echo(h, resp, req, &text, &len);
		err = khttp_response_send(h, resp, req->request_id, 0, NULL);
		free(text);	/* referenced by the response until it was sent */
		text = NULL;
		if (err)
			fprintf(stderr, "echo: send: %s\n", khttp_strerror(err));
		if (left > 0)
			left--;
	}
	if (added)
		khttp_remove_url(h, url);
	khttp_response_free(resp);
	free(buf);
	khttp_close(h);
	return err && err != -EINTR ? 1 : 0;
}
