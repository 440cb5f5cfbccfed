// SPDX-License-Identifier: MIT
/*
 * hello: the smallest useful khttp worker. It binds the "hello" queue,
 * routes a URL prefix to it and answers every request with one line.
 *	hello [-n COUNT] [URL]     (URL default http://+:8080/hello/)
 * -n: exit after COUNT requests (tests, the demo); otherwise until SIGTERM/SIGINT.
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

int main(int argc, char **argv)
{
	struct sigaction sa = { .sa_handler = on_signal };	/* no SA_RESTART: receive gives -EINTR */
	const char *url = "http://+:8080/hello/";
	struct khttp_version v;
	struct kh_request *req;
	khttp_response *resp;
	long left = -1;
	size_t cap = 0;
	void *buf = NULL;
	char msg[128];
	int err, added, opt;
	khttp *h;

	while ((opt = getopt(argc, argv, "n:")) != -1) {
		if (opt != 'n') {
			fprintf(stderr, "usage: hello [-n COUNT] [URL]\n");
			return 2;
		}
		left = atol(optarg);
	}
	if (optind < argc)
		url = argv[optind];
	err = khttp_open(&h, 0);
	if (!err)
		err = khttp_queue_create(h, "hello", NULL);
	if (err) {
		fprintf(stderr, "hello: %s: %s\n", KHTTP_DEVICE, khttp_strerror(err));
		return 1;
	}
	/* -EEXIST: another hello worker registered the prefix for this queue */
	err = khttp_add_url(h, url, 0);
	added = !err;
	if (err && err != -EEXIST) {
		fprintf(stderr, "hello: add %s: %s\n", url, khttp_strerror(err));
		return 1;
	}
	if (khttp_version(h, &v))
		v.abi = 0;
	snprintf(msg, sizeof(msg), "Hello from khttp: a %s worker answered.\n",
		 khttp_abi_name(v.abi));
	resp = khttp_response_new();
	if (!resp)
		return 1;
	sigaction(SIGTERM, &sa, NULL);
	sigaction(SIGINT, &sa, NULL);
	printf("hello: ready on %s\n", url);
	fflush(stdout);
	while (!stop && left != 0) {
		err = khttp_receive_request(h, 0, &buf, &cap, &req);
		if (err == -EINTR)
			continue;
		if (err) {
			fprintf(stderr, "hello: receive: %s\n", khttp_strerror(err));
			if (khttp_receive_fatal(err))
				break;
			/* a passing shortage: not a spin */
			nanosleep(&(struct timespec){ .tv_nsec = 10000000 }, NULL);
			continue;
		}
		khttp_response_reset(resp);
		khttp_response_set_header(resp, KH_HEADER_CONTENT_TYPE, "text/plain");
		khttp_response_add_memory(resp, msg, strlen(msg));
		err = khttp_response_send(h, resp, req->request_id, 0, NULL);
		if (err)	/* e.g. the client left: serve the next one */
			fprintf(stderr, "hello: send: %s\n", khttp_strerror(err));
		if (left > 0)
			left--;
	}
	if (added)	/* the prefix outlives us otherwise: queues persist */
		khttp_remove_url(h, url);
	khttp_response_free(resp);
	free(buf);
	khttp_close(h);
	return err && err != -EINTR ? 1 : 0;
}
