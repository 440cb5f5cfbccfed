// SPDX-License-Identifier: GPL-2.0
/* The two sides of a test: a worker bound through the library, a client child. */
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <netinet/in.h>
#include <arpa/inet.h>
#include <unistd.h>
#include "klt.h"

int klt_server_start(struct klt_server *s, const char *test, unsigned int flags)
{
	char queue[64];
	int err;

	snprintf(queue, sizeof(queue), "klt-%s-%s", KLT_ABI_NAME, test);
	snprintf(s->path, sizeof(s->path), "/klt/%s/%s/", KLT_ABI_NAME, test);
	snprintf(s->url, sizeof(s->url), "http://+:%d%s", KLT_PORT, s->path);
	err = khttp_open(&s->h, flags);
	if (err)
		return err;
	err = khttp_queue_create(s->h, queue, NULL);
	if (!err)
		err = khttp_add_url(s->h, s->url, 0x5eed);
	if (err) {
		khttp_close(s->h);
		s->h = NULL;
	}
	return err;
}

void klt_server_stop(struct klt_server *s)
{
	if (!s->h)
		return;
	khttp_remove_url(s->h, s->url);
	khttp_close(s->h);
	s->h = NULL;
}

static void client_child(int out, const char *req, size_t len)
{
	struct sockaddr_in sin = { .sin_family = AF_INET, .sin_port = htons(KLT_PORT),
				   .sin_addr.s_addr = htonl(INADDR_LOOPBACK) };
	char buf[8192];
	ssize_t n;
	int s = socket(AF_INET, SOCK_STREAM, 0);

	if (s < 0 || connect(s, (void *)&sin, sizeof(sin)) || write(s, req, len) != (ssize_t)len)
		_exit(1);
	while ((n = read(s, buf, sizeof(buf))) > 0)
		if (write(out, buf, n) != n)
			_exit(1);
	_exit(0);
}

int klt_client_start(struct klt_client *c, const char *req, size_t len)
{
	int p[2];

	if (pipe(p))
		return -errno;
	c->pid = fork();
	if (c->pid < 0)
		return -errno;
	if (!c->pid) {
		close(p[0]);
		client_child(p[1], req, len);
	}
	close(p[1]);
	c->fd = p[0];
	return 0;
}

int klt_client_get(struct klt_client *c, const char *path)
{
	char req[512];
	int n = snprintf(req, sizeof(req),
			 "GET %s HTTP/1.1\r\nHost: klt\r\nConnection: close\r\n\r\n", path);

	return klt_client_start(c, req, n);
}

ssize_t klt_client_finish(struct klt_client *c, char *out, size_t cap)
{
	size_t got = 0;
	ssize_t n = 0;
	int st;

	while (got + 1 < cap && (n = read(c->fd, out + got, cap - 1 - got)) > 0)
		got += n;
	out[got] = 0;
	if (n < 0)	/* the alarm: the answer never came; do not wait for the child */
		kill(c->pid, SIGKILL);
	close(c->fd);
	waitpid(c->pid, &st, 0);
	return WIFEXITED(st) && !WEXITSTATUS(st) ? (ssize_t)got : -1;
}

const char *klt_body(const char *resp)
{
	const char *p = strstr(resp, "\r\n\r\n");

	return p ? p + 4 : NULL;
}
