// SPDX-License-Identifier: GPL-2.0
/*
 * One handle shared by four threads, each with its own buffer and builder
 * (the documented rule), polling the handle's fd: every request of a
 * client is answered once, with its own path.
 */
#include <errno.h>
#include <signal.h>
#include <poll.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <netinet/in.h>
#include <arpa/inet.h>
#include <unistd.h>
#include "klt.h"

#define THREADS		4
#define REQUESTS	200

struct shared {
	struct klt_server s;
	int stop;		/* __atomic */
	int served;		/* __atomic */
	int errors;		/* __atomic */
};

static void *serve(void *arg)
{
	struct shared *sh = arg;
	khttp_response *resp = khttp_response_new();
	struct pollfd p = { .fd = khttp_fd(sh->s.h), .events = POLLIN };
	struct kh_request *r;
	size_t cap = 0;
	void *buf = NULL;
	int err;

	while (resp && !__atomic_load_n(&sh->stop, __ATOMIC_RELAXED)) {
		if (poll(&p, 1, 50) <= 0)
			continue;
		err = khttp_receive_request(sh->s.h, 0, &buf, &cap, &r);
		if (err == -EAGAIN)	/* another thread took it */
			continue;
		khttp_response_reset(resp);
		if (!err)
			err = khttp_response_add_copy(resp, r->raw_url, r->raw_url_length);
		if (!err)
			err = khttp_response_send(sh->s.h, resp, r->request_id, 0, NULL);
		__atomic_add_fetch(err ? &sh->errors : &sh->served, 1, __ATOMIC_RELAXED);
	}
	khttp_response_free(resp);
	free(buf);
	return NULL;
}

/* REQUESTS requests on one keep-alive connection, each answer checked */
static int client(const char *path)
{
	struct sockaddr_in sin = { .sin_family = AF_INET, .sin_port = htons(KLT_PORT),
				   .sin_addr.s_addr = htonl(INADDR_LOOPBACK) };
	char req[256], want[128], in[4096] = "";
	int s = socket(AF_INET, SOCK_STREAM, 0), i;

	if (s < 0 || connect(s, (void *)&sin, sizeof(sin)))
		return 1;
	for (i = 0; i < REQUESTS; i++) {
		int n = snprintf(req, sizeof(req), "GET %s%d HTTP/1.1\r\nHost: t\r\n\r\n", path, i);
		size_t have = 0;
		char *end;

		snprintf(want, sizeof(want), "%s%d", path, i);
		if (write(s, req, n) != n)
			return 1;
		/* one answer: headers, then exactly strlen(want) bytes of body */
		while (!(end = strstr(in, "\r\n\r\n")) || strlen(end + 4) < strlen(want)) {
			ssize_t got = read(s, in + have, sizeof(in) - 1 - have);

			if (got <= 0)
				return 1;
			have += got;
			in[have] = 0;
		}
		if (strcmp(end + 4, want))
			return 1;
		in[0] = 0;
	}
	return 0;
}

static int t_threads(char *why, size_t len)
{
	static struct shared sh;
	pthread_t t[THREADS];
	pid_t pid;
	int i, st, rc = 0;
	int err = klt_server_start(&sh.s, "threads", KHTTP_OPEN_NONBLOCK);

	if (err)
		return klt_fail(why, len, "server: %s", khttp_strerror(err));
	for (i = 0; i < THREADS; i++)
		pthread_create(&t[i], NULL, serve, &sh);
	pid = fork();
	if (!pid)
		_exit(client(sh.s.path));
	while (waitpid(pid, &st, 0) < 0 && errno == EINTR)
		kill(pid, SIGKILL);	/* the alarm: give up on the client */
	__atomic_store_n(&sh.stop, 1, __ATOMIC_RELAXED);
	for (i = 0; i < THREADS; i++)
		pthread_join(t[i], NULL);
	if (!WIFEXITED(st) || WEXITSTATUS(st) || sh.served != REQUESTS || sh.errors)
		rc = klt_fail(why, len, "client status %d, served %d of %d, errors %d", st,
			      sh.served, REQUESTS, sh.errors);
	klt_server_stop(&sh.s);
	return rc;
}

const struct klt_test klt_thread_tests[] = {
	{ "threads", t_threads, 0 },
};

const size_t klt_nthread_tests = KLT_ARRAY_SIZE(klt_thread_tests);
