// SPDX-License-Identifier: GPL-2.0
/*
 * Several workers of different ABIs drain one queue while a client sends
 * many requests over a few keep-alive connections: every request must be
 * answered exactly once, by some worker, with its own path.
 *	khtest-<abi> --drain-worker    serve the "drain" queue until killed;
 *	                               prints how many it served on SIGTERM
 *	khtest-native --drain-client N send N requests, check every answer
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <netinet/in.h>
#include <arpa/inet.h>
#include <unistd.h>
#include "kht.h"

#define DRAIN_PORT	8090
#define DRAIN_CONNS	4

static int stop;	/* set by the SIGTERM handler: read with __atomic */
static unsigned long served;

static void on_term(int sig)
{
	(void)sig;
	__atomic_store_n(&stop, 1, __ATOMIC_RELAXED);
}

static int drain_setup(void)
{
	static const char url[] = "http://*:8090/drain/";
	struct kh_queue_args q = { .flags = KH_QUEUE_CREATE | KH_QUEUE_OPEN, .name = "drain",
				   .name_length = 5 };
	struct kh_url_args u = { .url = url, .url_length = sizeof(url) - 1 };
	int fd = open(KHT_DEV, O_RDWR | O_CLOEXEC);

	if (fd < 0 || ioctl(fd, KH_IOC_QUEUE, &q))
		return -1;
	/* the first worker registers the prefix; the others find it there */
	if (ioctl(fd, KH_IOC_ADD_URL, &u) && errno != EEXIST)
		return -1;
	return fd;
}

int kht_drain_worker(void)
{
	static char buf[65536] __attribute__((aligned(8)));
	struct sigaction sa = { .sa_handler = on_term };
	int fd = drain_setup();

	if (fd < 0) {
		perror("drain worker");
		return 1;
	}
	sigaction(SIGTERM, &sa, NULL);	/* no SA_RESTART: receive returns EINTR */
	printf("drain %s ready\n", KHT_ABI_NAME);
	fflush(stdout);
	while (!__atomic_load_n(&stop, __ATOMIC_RELAXED)) {
		struct kh_receive_request_args rr = { .buffer_length = sizeof(buf),
						      .buffer = (void *)buf };
		struct kh_request *r = (void *)buf;
		struct kh_data_chunk chunk = { .type = KH_CHUNK_FROM_MEMORY };
		struct kh_response resp = { .status_code = 200, .version = { 1, 1 } };
		struct kh_send_response_args sr = { .response = &resp };

		if (ioctl(fd, KH_IOC_RECEIVE_REQUEST, &rr)) {
			if (errno == EINTR)
				continue;
			perror("receive");
			return 1;
		}
		chunk.u.memory.buffer = (void *)r->raw_url;
		chunk.u.memory.length = r->raw_url_length;
		resp.entity_chunk_count = 1;
		resp.entity_chunks = &chunk;
		sr.request_id = rr.request_id;
		if (ioctl(fd, KH_IOC_SEND_RESPONSE, &sr)) {
			perror("send");
			return 1;
		}
		served++;
	}
	printf("drain %s served %lu\n", KHT_ABI_NAME, served);
	return 0;
}

/* reads one response with a body of Content-Length bytes; the body into body */
static int read_response(int s, char *in, size_t *have, char *body, size_t cap)
{
	for (;;) {
		char *end = memmem(in, *have, "\r\n\r\n", 4), *cl;
		size_t hlen, blen;
		ssize_t n;

		if (end) {
			*end = 0;
			cl = strstr(in, "Content-Length: ");
			if (!cl || strncmp(in, "HTTP/1.1 200 ", 13))
				return -1;
			blen = strtoul(cl + 16, NULL, 10);
			hlen = end + 4 - in;
			if (*have >= hlen + blen) {
				if (blen >= cap)
					return -1;
				memcpy(body, in + hlen, blen);
				body[blen] = 0;
				*have -= hlen + blen;
				memmove(in, in + hlen + blen, *have);
				return 0;
			}
			*end = '\r';
		}
		n = read(s, in + *have, 8192 - *have);
		if (n <= 0)
			return -1;
		*have += n;
	}
}

/* one connection: requests first..last, one at a time, keep-alive */
static int client_conn(unsigned long first, unsigned long last)
{
	struct sockaddr_in sin = { .sin_family = AF_INET, .sin_port = htons(DRAIN_PORT),
				   .sin_addr.s_addr = htonl(INADDR_LOOPBACK) };
	char in[8192], body[256], req[128], want[64];
	size_t have = 0;
	int s = socket(AF_INET, SOCK_STREAM, 0);

	if (s < 0 || connect(s, (void *)&sin, sizeof(sin)))
		return -1;
	for (unsigned long i = first; i < last; i++) {
		int n;

		errno = 0;
		n = snprintf(req, sizeof(req), "GET /drain/%lu HTTP/1.1\r\nHost: d\r\n\r\n", i);

		if (write(s, req, n) != n || read_response(s, in, &have, body, sizeof(body))) {
			fprintf(stderr, "drain: request %lu: %s (%zu bytes pending: %.60s)\n", i,
				errno ? strerror(errno) : "bad response", have, in);
			return -1;
		}
		snprintf(want, sizeof(want), "/drain/%lu", i);
		if (strcmp(body, want)) {
			fprintf(stderr, "drain: request %lu answered with %s\n", i, body);
			return -1;
		}
	}
	close(s);
	return 0;
}

int kht_drain_client(unsigned long n)
{
	pid_t pids[DRAIN_CONNS];
	int i, bad = 0;

	for (i = 0; i < DRAIN_CONNS; i++) {
		pids[i] = fork();
		if (!pids[i])
			_exit(client_conn(n * i / DRAIN_CONNS, n * (i + 1) / DRAIN_CONNS) ? 1 : 0);
	}
	for (i = 0; i < DRAIN_CONNS; i++) {
		int st;

		waitpid(pids[i], &st, 0);
		bad |= !WIFEXITED(st) || WEXITSTATUS(st);
	}
	printf("drain client: %lu requests over %d connections: %s\n", n, DRAIN_CONNS,
	       bad ? "FAILED" : "each answered once, with its own path");
	return bad;
}
