// SPDX-License-Identifier: GPL-2.0
/*
 * Worker crashes, cancel and wait-for-disconnect, from this process's ABI:
 * a request taken by a worker killed with SIGKILL gets a 500; requests
 * queued while no worker runs survive and go to the next worker; a
 * cancelled request gets a 503 from the kernel; wait-for-disconnect
 * returns when the client goes.
 */
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdbool.h>
#include <stdio.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <netinet/in.h>
#include <arpa/inet.h>
#include <unistd.h>
#include "kht.h"

#define P_PORT	8093
#define P_URL	"http://*:8093/p/"
#define P_QUEUE	"persist-" KHT_ABI_NAME

static int p_open(bool with_url)
{
	struct kh_queue_args q = { .flags = KH_QUEUE_CREATE | KH_QUEUE_OPEN, .name = P_QUEUE };
	struct kh_url_args u = { .url = P_URL, .url_length = sizeof(P_URL) - 1 };
	int fd = open(KHT_DEV, O_RDWR | O_CLOEXEC);

	q.name_length = strlen(q.name);
	if (fd < 0 || ioctl(fd, KH_IOC_QUEUE, &q))
		return -1;
	if (with_url && ioctl(fd, KH_IOC_ADD_URL, &u) && errno != EEXIST)
		return -1;
	return fd;
}

static void p_close(int fd)
{
	struct kh_url_args u = { .url = P_URL, .url_length = sizeof(P_URL) - 1 };

	ioctl(fd, KH_IOC_REMOVE_URL, &u);
	close(fd);
}

static int p_dial(const char *path)
{
	struct sockaddr_in sin = { .sin_family = AF_INET, .sin_port = htons(P_PORT),
				   .sin_addr.s_addr = htonl(INADDR_LOOPBACK) };
	struct timeval tv = { .tv_sec = 5 };
	char req[128];
	int s = socket(AF_INET, SOCK_STREAM, 0), n;

	n = snprintf(req, sizeof(req), "GET %s HTTP/1.1\r\nHost: p\r\n\r\n", path);
	if (s < 0 || connect(s, (void *)&sin, sizeof(sin)) || write(s, req, n) != n)
		return -1;
	setsockopt(s, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof(tv));
	return s;
}

/* the status of the response on s */
static int p_status(int s)
{
	char buf[512];
	ssize_t n = read(s, buf, sizeof(buf) - 1);
	int st = 0;

	if (n > 12)
		sscanf(buf, "HTTP/1.1 %d", &st);
	return st;
}

static int take(int fd, struct kh_receive_request_args *rr, char *buf, size_t cap)
{
	*rr = (struct kh_receive_request_args){ .buffer_length = cap, .buffer = (void *)buf };
	return ioctl(fd, KH_IOC_RECEIVE_REQUEST, rr);
}

static int answer(int fd, __u64 id)
{
	struct kh_response r = { .status_code = 200, .version = { 1, 1 } };
	struct kh_send_response_args a = { .request_id = id, .response = &r };

	return ioctl(fd, KH_IOC_SEND_RESPONSE, &a);
}

static int t_worker_crash(char *why, size_t len)
{
	static char buf[16384] __attribute__((aligned(8)));
	struct kh_receive_request_args rr;
	int fd = p_open(true), s[4], i, st;
	pid_t pid;

	if (fd < 0)
		return kht_fail(why, len, "queue: %s", strerror(errno));
	s[0] = p_dial("/p/taken");
	pid = fork();
	if (!pid) {	/* a worker of its own file takes the request and dies */
		int wfd = p_open(false);

		take(wfd, &rr, buf, sizeof(buf));
		raise(SIGKILL);
	}
	waitpid(pid, NULL, 0);
	st = p_status(s[0]);
	if (st != 500)
		return kht_fail(why, len, "request of a killed worker: status %d, want 500", st);
	/*
	 * Nobody serves: these wait in the queue for the next worker. Their
	 * connections' work items may run in any order: the path says which.
	 */
	for (i = 1; i < 4; i++) {
		char path[16];

		snprintf(path, sizeof(path), "/p/queued%d", i);
		s[i] = p_dial(path);
	}
	usleep(300000);
	for (i = 1; i < 4; i++) {
		const struct kh_request *r = (const void *)buf;
		int j;

		if (take(fd, &rr, buf, sizeof(buf)) || answer(fd, rr.request_id))
			return kht_fail(why, len, "restarted worker, request %d: %s", i,
					strerror(errno));
		j = r->raw_url[r->raw_url_length - 1] - '0';
		if (j < 1 || j > 3)
			return kht_fail(why, len, "queued request %d: %.*s", i,
					(int)r->raw_url_length, r->raw_url);
		st = p_status(s[j]);
		if (st != 200)
			return kht_fail(why, len, "queued request %d: status %d", j, st);
	}
	for (i = 0; i < 4; i++)
		close(s[i]);
	p_close(fd);
	return 0;
}

static int t_cancel(char *why, size_t len)
{
	static char buf[16384] __attribute__((aligned(8)));
	struct kh_receive_request_args rr;
	struct kh_cancel_args c = { 0 };
	int fd = p_open(true), s, st;

	if (fd < 0)
		return kht_fail(why, len, "queue: %s", strerror(errno));
	s = p_dial("/p/cancel");
	if (take(fd, &rr, buf, sizeof(buf)))
		return kht_fail(why, len, "receive: %s", strerror(errno));
	c.request_id = rr.request_id;
	if (ioctl(fd, KH_IOC_CANCEL, &c))
		return kht_fail(why, len, "cancel: %s", strerror(errno));
	st = p_status(s);
	if (st != 503)
		return kht_fail(why, len, "cancelled request: status %d, want 503", st);
	if (answer(fd, rr.request_id) != -1 || errno != ENOENT)
		return kht_fail(why, len, "answering a cancelled request: %s, want ENOENT",
				strerror(errno));
	close(s);
	p_close(fd);
	return 0;
}

static int t_wait_disconnect(char *why, size_t len)
{
	static char buf[16384] __attribute__((aligned(8)));
	struct kh_wait_disconnect_args w = { .connection_id = ~0ull >> 1 };
	struct kh_receive_request_args rr;
	struct kh_request *r = (void *)buf;
	int fd = p_open(true), s, st;
	pid_t pid;

	if (fd < 0)
		return kht_fail(why, len, "queue: %s", strerror(errno));
	if (ioctl(fd, KH_IOC_WAIT_DISCONNECT, &w) != -1 || errno != ENOENT)
		return kht_fail(why, len, "unknown connection: %s, want ENOENT", strerror(errno));
	s = p_dial("/p/wait");
	if (take(fd, &rr, buf, sizeof(buf)) || answer(fd, rr.request_id))
		return kht_fail(why, len, "serve: %s", strerror(errno));
	w.connection_id = r->connection_id;
	pid = fork();
	if (!pid) {	/* blocks until the client below goes away */
		close(s);	/* the client's socket is the parent's alone */
		alarm(10);
		_exit(ioctl(fd, KH_IOC_WAIT_DISCONNECT, &w) ? 2 : 0);
	}
	if (p_status(s) != 200)
		return kht_fail(why, len, "no 200 before the wait");
	usleep(300000);
	if (waitpid(pid, &st, WNOHANG) != 0)
		return kht_fail(why, len, "wait returned while the client was connected");
	close(s);
	waitpid(pid, &st, 0);
	p_close(fd);
	if (!WIFEXITED(st) || WEXITSTATUS(st))
		return kht_fail(why, len, "wait after the close: status %#x", st);
	return 0;
}

const struct kht_test kht_persist_tests[] = {
	{ "worker_crash", t_worker_crash },
	{ "cancel", t_cancel },
	{ "wait_disconnect", t_wait_disconnect },
};

const size_t kht_npersist_tests = KHT_ARRAY_SIZE(kht_persist_tests);
