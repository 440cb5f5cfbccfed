// SPDX-License-Identifier: GPL-2.0
/*
 * Blocking, non-blocking and poll semantics of receive-request, and the
 * limits the kernel enforces by itself: a full queue answers 503, a slow
 * client is cut off at the header timeout, connections beyond the maximum
 * are closed at once. Each test restores the limits it changed.
 */
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/socket.h>
#include <netinet/in.h>
#include <arpa/inet.h>
#include <unistd.h>
#include "kht.h"

#define LIM_PORT	8091
#define LIM_URL		"http://*:8091/lim/"

/* a file bound to queue name (created if need be); with the prefix if url */
/*
 * EEXIST on the prefix: an earlier process's queue still holds it while its
 * connections are torn down (kworkers; seconds on the debug kernel), as
 * when the x32 run of a suite follows the native one: wait for it, 30 s.
 */
int kht_bound_fd(const char *name, const char *url)
{
	struct kh_queue_args q = { .flags = KH_QUEUE_CREATE | KH_QUEUE_OPEN, .name = name,
				   .name_length = strlen(name) };
	struct kh_url_args u = { .url = url, .url_length = url ? strlen(url) : 0 };
	int fd = open(KHT_DEV, O_RDWR | O_CLOEXEC), tries = 0, err;

	if (fd < 0 || ioctl(fd, KH_IOC_QUEUE, &q))
		goto fail;
	while (url && ioctl(fd, KH_IOC_ADD_URL, &u)) {
		if (errno != EEXIST || ++tries == 600)
			goto fail;
		usleep(50000);
	}
	return fd;
fail:
	err = errno;
	if (fd >= 0)
		close(fd);
	errno = err;
	return -1;
}

void kht_unbind(int fd, const char *url)
{
	struct kh_url_args u = { .url = url, .url_length = strlen(url) };

	ioctl(fd, KH_IOC_REMOVE_URL, &u);
	close(fd);
}

static int limits_call(char *buf, size_t len)
{
	int fd = open(KHT_DEV, O_RDWR | O_CLOEXEC), rc;

	if (fd < 0 || len != sizeof(struct kh_limits_args))
		return -1;
	rc = ioctl(fd, KH_IOC_LIMITS, (struct kh_limits_args *)buf);
	close(fd);
	return rc;
}

KHT_ADMIN_STEP(limits_call);

/* one KH_IOC_LIMITS call on a file of its own (a change: the administrator's) */
int kht_limits(struct kh_limits_args *l)
{
	if (l->mask)
		return kht_admin_run(limits_call, (char *)l, sizeof(*l));
	return limits_call((char *)l, sizeof(*l));
}

/* sets the limit in mask to value; the limits before go to old */
static int set_limit(__u32 mask, __u32 value, struct kh_limits_args *old)
{
	struct kh_limits_args l = { .mask = mask, .max_connections = value,
				    .queue_length = value, .header_timeout_ms = value };

	memset(old, 0, sizeof(*old));	/* mask 0: only read */
	if (kht_limits(old))
		return -1;
	return kht_limits(&l);
}

void kht_limits_restore(struct kh_limits_args *old)
{
	old->mask = KH_LIMITS_ALL;
	kht_limits(old);
}

static int dial(void)
{
	struct sockaddr_in sin = { .sin_family = AF_INET, .sin_port = htons(LIM_PORT),
				   .sin_addr.s_addr = htonl(INADDR_LOOPBACK) };
	int s = socket(AF_INET, SOCK_STREAM, 0);

	if (s < 0 || connect(s, (void *)&sin, sizeof(sin)))
		return -1;
	return s;
}

/* did the server close s within ms (EOF or reset)? */
static int closed_within(int s, int ms, char *got, size_t cap)
{
	struct pollfd p = { .fd = s, .events = POLLIN };
	ssize_t n = 0, r;

	got[0] = 0;
	while (poll(&p, 1, ms) == 1) {
		r = read(s, got + n, cap - 1 - n);
		if (r <= 0)
			return 1;
		n += r;
		got[n] = 0;
	}
	return 0;
}

static int t_nonblock_poll(char *why, size_t len)
{
	struct kh_receive_request_args rr = { 0 };
	struct pollfd p;
	int fd = kht_bound_fd("idle-" KHT_ABI_NAME, NULL);

	if (fd < 0)
		return kht_fail(why, len, "queue: %s", strerror(errno));
	fcntl(fd, F_SETFL, O_NONBLOCK);
	if (ioctl(fd, KH_IOC_RECEIVE_REQUEST, &rr) != -1 || errno != EAGAIN)
		return kht_fail(why, len, "nonblocking receive: %s, want EAGAIN", strerror(errno));
	p = (struct pollfd){ .fd = fd, .events = POLLIN };
	if (poll(&p, 1, 100) != 0)
		return kht_fail(why, len, "poll reported %#x on an empty queue", p.revents);
	close(fd);
	return 0;
}

static void on_alarm(int sig)
{
	(void)sig;
}

static int t_receive_eintr(char *why, size_t len)
{
	struct sigaction sa = { .sa_handler = on_alarm };	/* no SA_RESTART */
	struct kh_receive_request_args rr = { 0 };
	int fd = kht_bound_fd("idle-" KHT_ABI_NAME, NULL), rc, err;

	sigaction(SIGALRM, &sa, NULL);
	alarm(1);
	rc = ioctl(fd, KH_IOC_RECEIVE_REQUEST, &rr);
	err = errno;
	alarm(0);
	close(fd);
	if (rc != -1 || err != EINTR)
		return kht_fail(why, len, "blocked receive after a signal: rc %d %s, want EINTR",
				rc, strerror(err));
	return 0;
}

static int t_queue_full(char *why, size_t len)
{
	static const char req[] = "GET /lim/q HTTP/1.1\r\nHost: h\r\n\r\n";
	struct kh_limits_args old;
	char got[512];
	int fd = kht_bound_fd("lim-" KHT_ABI_NAME, LIM_URL), a, b, ok;

	if (fd < 0)
		return kht_fail(why, len, "setup: %s", strerror(errno));
	if (set_limit(KH_LIMIT_QUEUE_LENGTH, 1, &old)) {
		kht_unbind(fd, LIM_URL);
		return kht_fail(why, len, "limits: %s", strerror(errno));
	}
	a = dial();
	write(a, req, sizeof(req) - 1);
	usleep(300000);		/* a's request is queued: the queue is full */
	b = dial();
	write(b, req, sizeof(req) - 1);
	ok = closed_within(b, 3000, got, sizeof(got)) &&
	     !strncmp(got, "HTTP/1.1 503 Service Unavailable\r\n", 34);
	kht_limits_restore(&old);
	close(a);
	close(b);
	kht_unbind(fd, LIM_URL);
	if (!ok)
		return kht_fail(why, len, "second request on a full queue got [%.40s]", got);
	return 0;
}

static int t_header_timeout(char *why, size_t len)
{
	struct kh_limits_args old;
	char got[256];
	int fd = kht_bound_fd("lim-" KHT_ABI_NAME, LIM_URL), s, cut;

	if (fd < 0)
		return kht_fail(why, len, "setup: %s", strerror(errno));
	if (set_limit(KH_LIMIT_HEADER_TIMEOUT, 500, &old)) {
		kht_unbind(fd, LIM_URL);
		return kht_fail(why, len, "limits: %s", strerror(errno));
	}
	s = dial();
	write(s, "GET /lim/slow HTTP/1.1\r\nHo", 26);	/* and nothing more */
	cut = closed_within(s, 4000, got, sizeof(got));
	kht_limits_restore(&old);
	close(s);
	kht_unbind(fd, LIM_URL);
	if (!cut)
		return kht_fail(why, len, "a slow request was not cut off");
	return 0;
}

static int t_max_connections(char *why, size_t len)
{
	struct kh_limits_args old;
	char got[64];
	int fd = kht_bound_fd("lim-" KHT_ABI_NAME, LIM_URL), s[3], i, first, third;

	if (fd < 0)
		return kht_fail(why, len, "setup: %s", strerror(errno));
	if (set_limit(KH_LIMIT_MAX_CONNECTIONS, 2, &old)) {
		kht_unbind(fd, LIM_URL);
		return kht_fail(why, len, "limits: %s", strerror(errno));
	}
	for (i = 0; i < 3; i++) {
		s[i] = dial();
		usleep(100000);
	}
	third = closed_within(s[2], 2000, got, sizeof(got));
	first = closed_within(s[0], 200, got, sizeof(got));
	kht_limits_restore(&old);
	for (i = 0; i < 3; i++)
		close(s[i]);
	kht_unbind(fd, LIM_URL);
	if (!third || first)
		return kht_fail(why, len, "max 2 connections: third closed %d, first closed %d",
				third, first);
	return 0;
}

const struct kht_test kht_limit_tests[] = {
	{ "receive_nonblock_poll", t_nonblock_poll },
	{ "receive_eintr", t_receive_eintr },
	{ "limit_queue_full", t_queue_full },
	{ "limit_header_timeout", t_header_timeout },
	{ "limit_max_connections", t_max_connections },
};

const size_t kht_nlimit_tests = KHT_ARRAY_SIZE(kht_limit_tests);
