// SPDX-License-Identifier: GPL-2.0
/*
 * khtest --stress SECONDS: the races of issue 13 for a bounded time. Two
 * workers answer (whole, streamed, cancelled, after reading the body);
 * probers cancel, send body and receive body on the ids the workers just
 * took and wait for the connections just seen; a file bound to the queue
 * opens and closes in a loop (sometimes keeping a request for itself, or
 * taking one and dying with it); clients send GETs and POSTs and go away
 * early. Run with 2 vCPUs and slub_debug: a request or connection touched
 * after its free shows in the kernel log, which tools/vm reads. The run
 * passes if every part made progress and the queue still answers after.
 */
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/mman.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>
#include "kht.h"
#include "kht_worker.h"

#define S_PORT	8110
#define S_URL	"http://*:8110/s/"
#define S_QUEUE	"stress-" KHT_ABI_NAME

enum { S_SERVED, S_PROBED, S_BINDS, S_CLIENTS, S_ANSWERS, S_COUNT };

/* shared by the processes: plain words, read and written with __atomic */
struct s_shared {
	__u64 last_id, last_conn;
	unsigned long n[S_COUNT];
};

#define S_SET(x, v)	__atomic_store_n(&(x), (v), __ATOMIC_RELAXED)
#define S_GET(x)	__atomic_load_n(&(x), __ATOMIC_RELAXED)
#define S_INC(x)	__atomic_add_fetch(&(x), 1, __ATOMIC_RELAXED)

static struct s_shared *sh;

static int s_bound(void)
{
	struct kh_queue_args q = { .flags = KH_QUEUE_OPEN, .name = S_QUEUE,
				   .name_length = sizeof(S_QUEUE) - 1 };
	int fd = open(KHT_DEV, O_RDWR | O_CLOEXEC);

	if (fd >= 0 && ioctl(fd, KH_IOC_QUEUE, &q)) {
		close(fd);
		return -1;
	}
	return fd;
}

static void s_send(int fd, __u64 id, __u32 flags, bool head)
{
	static const char body[] = "stress\n";
	struct kh_data_chunk c;
	struct kh_response r = { .status_code = 200, .version = { 1, 1 },
				 .entity_chunk_count = 1, .entity_chunks = &c };

	kht_mem_chunk(&c, body, sizeof(body) - 1);
	if (head) {
		struct kh_send_response_args a = { .flags = flags, .request_id = id,
						   .response = &r };

		ioctl(fd, KH_IOC_SEND_RESPONSE, &a);
	} else {
		struct kh_send_body_args a = { .flags = flags, .request_id = id,
					       .chunk_count = 1, .chunks = &c };

		ioctl(fd, KH_IOC_SEND_BODY, &a);
	}
}

static void s_cancel(int fd, __u64 id)
{
	struct kh_cancel_args a = { .request_id = id };

	ioctl(fd, KH_IOC_CANCEL, &a);
}

static void s_read_body(int fd, __u64 id)
{
	char buf[256];
	struct kh_receive_body_args a = { .request_id = id, .buffer_length = sizeof(buf),
					  .buffer = (void *)buf };

	ioctl(fd, KH_IOC_RECEIVE_BODY, &a);
}

static void s_worker(void)
{
	static char buf[16384] __attribute__((aligned(8)));
	int fd = s_bound();
	unsigned int k = 0;

	for (;;) {
		/* every other one first too small: kept for us, then taken by id */
		struct kh_receive_request_args rr = { .buffer_length = k % 2 ? 64 : sizeof(buf),
						      .buffer = (void *)buf };
		const struct kh_request *r = (void *)buf;

		if (k % 2 && ioctl(fd, KH_IOC_RECEIVE_REQUEST, &rr) &&
		    (errno == ENOSPC || errno == ENOBUFS))
			rr.buffer_length = sizeof(buf);
		else if (k % 2)
			rr = (struct kh_receive_request_args){ .buffer_length = sizeof(buf),
							       .buffer = (void *)buf };
		if (ioctl(fd, KH_IOC_RECEIVE_REQUEST, &rr)) {
			k++;
			if (errno != EINTR && errno != EAGAIN && errno != ENOENT)
				usleep(1000);
			continue;
		}
		S_SET(sh->last_id, rr.request_id);
		S_SET(sh->last_conn, r->connection_id);
		S_INC(sh->n[S_SERVED]);
		switch (k++ % 4) {
		case 0:
			s_send(fd, rr.request_id, 0, true);
			break;
		case 1:
			s_send(fd, rr.request_id, KH_SEND_FLAG_MORE_DATA, true);
			s_send(fd, rr.request_id, 0, false);
			break;
		case 2:
			s_read_body(fd, rr.request_id);
			s_send(fd, rr.request_id, 0, true);
			break;
		default:
			s_cancel(fd, rr.request_id);
		}
	}
}

/* on the ids just taken: what a hostile worker of the same queue can do */
static void s_prober(unsigned int seed)
{
	int fd = s_bound();

	for (;;) {
		/* the last ones taken and the next ones, being taken */
		__u64 id = S_GET(sh->last_id) + rand_r(&seed) % 5 - 2;

		switch (rand_r(&seed) % 4) {
		case 0:
			s_cancel(fd, id);
			break;
		case 1:
			s_send(fd, id, KH_SEND_FLAG_MORE_DATA, false);
			break;
		case 2:
			s_send(fd, id, 0, false);
			break;
		default:
			s_read_body(fd, id);
		}
		S_INC(sh->n[S_PROBED]);
	}
}

/* wait-for-disconnect on the connections just seen (it blocks: a process of its own) */
static void s_waiter(void)
{
	int fd = s_bound();

	for (;;) {
		struct kh_wait_disconnect_args a = { .connection_id = S_GET(sh->last_conn) };

		ioctl(fd, KH_IOC_WAIT_DISCONNECT, &a);
		S_INC(sh->n[S_PROBED]);
	}
}

/* a bound file opened and closed: sometimes with a request kept for it, or taken */
static void s_binder(void)
{
	static char small[64] __attribute__((aligned(8)));
	static char buf[16384] __attribute__((aligned(8)));
	unsigned int k = 0;

	for (;;) {
		int fd = s_bound();

		if (fd < 0)
			continue;
		fcntl(fd, F_SETFL, O_NONBLOCK);
		if (k % 3 == 1) {	/* -ENOSPC: the request is kept for this file */
			struct kh_receive_request_args rr = { .buffer_length = sizeof(small),
							      .buffer = (void *)small };

			ioctl(fd, KH_IOC_RECEIVE_REQUEST, &rr);
		} else if (k % 3 == 2) {	/* taken, never answered: a 500 at close */
			struct kh_receive_request_args rr = { .buffer_length = sizeof(buf),
							      .buffer = (void *)buf };

			ioctl(fd, KH_IOC_RECEIVE_REQUEST, &rr);
		}
		k++;
		close(fd);
		S_INC(sh->n[S_BINDS]);
	}
}

static void s_client(unsigned int seed)
{
	static const char get[] = "GET /s/x HTTP/1.1\r\nHost: s\r\n\r\n";
	static const char post[] = "POST /s/p HTTP/1.1\r\nHost: s\r\nContent-Length: 10\r\n\r\n"
				   "0123456789";
	/* a body cut short: the client goes without waiting */
	static const char cut[] = "POST /s/c HTTP/1.1\r\nHost: s\r\nContent-Length: 100\r\n\r\n"
				  "0123456789";
	struct timeval tv = { .tv_sec = 2 };
	char buf[512];

	for (;;) {
		int s = kht_connect(S_PORT), i, n = 1 + rand_r(&seed) % 3;

		if (s < 0) {
			usleep(1000);
			continue;
		}
		setsockopt(s, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof(tv));
		for (i = 0; i < n; i++) {
			unsigned int k = rand_r(&seed) % 8;
			const char *m = k == 0 ? cut : k < 3 ? post : get;

			if (kht_send_all(s, m, strlen(m)) || k == 0)
				break;
			if (k == 7)
				break;	/* gone before the answer */
			if (read(s, buf, sizeof(buf)) > 0)
				S_INC(sh->n[S_ANSWERS]);
		}
		close(s);
		S_INC(sh->n[S_CLIENTS]);
	}
}

static pid_t s_spawn(void (*fn)(void), void (*fn_seed)(unsigned int), unsigned int seed)
{
	pid_t pid = fork();

	if (pid)
		return pid;
	if (fn)
		fn();
	else
		fn_seed(seed);
	_exit(0);
}

/* after the storm a fresh worker still gets a request and its client the answer */
static int s_still_served(char *why, size_t len)
{
	static const char get[] = "GET /s/after HTTP/1.1\r\nHost: s\r\nConnection: close\r\n\r\n";
	static char buf[16384] __attribute__((aligned(8)));
	struct kh_receive_request_args rr;
	int fd = s_bound(), s = kht_connect(S_PORT);
	char ans[64] = "";
	ssize_t n;

	if (fd < 0 || s < 0 || kht_send_all(s, get, sizeof(get) - 1))
		return kht_fail(why, len, "after: no queue or no connection");
	/* requests of the storm may still be queued: answer until ours comes */
	for (;;) {
		rr = (struct kh_receive_request_args){ .buffer_length = sizeof(buf),
						       .buffer = (void *)buf };
		if (ioctl(fd, KH_IOC_RECEIVE_REQUEST, &rr))
			return kht_fail(why, len, "after: receive: %s", strerror(errno));
		s_send(fd, rr.request_id, 0, true);
		if (strstr(((struct kh_request *)buf)->cooked_url.abs_path ?: "", "/s/after"))
			break;
	}
	n = read(s, ans, sizeof(ans) - 1);
	close(s);
	close(fd);
	if (n < 12 || strncmp(ans, "HTTP/1.1 200", 12))
		return kht_fail(why, len, "after: no 200 (%zd bytes)", n);
	return 0;
}

int kht_stress(unsigned int seconds)
{
	struct kh_queue_args q = { .flags = KH_QUEUE_CREATE | KH_QUEUE_OPEN, .name = S_QUEUE,
				   .name_length = sizeof(S_QUEUE) - 1 };
	struct kh_url_args u = { .url = S_URL, .url_length = sizeof(S_URL) - 1 };
	pid_t pids[16];
	int fd = open(KHT_DEV, O_RDWR | O_CLOEXEC), np = 0, i, rc;
	char why[256] = "";

	sh = mmap(NULL, sizeof(*sh), PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS, -1, 0);
	if (sh == MAP_FAILED || fd < 0 || ioctl(fd, KH_IOC_QUEUE, &q) ||
	    ioctl(fd, KH_IOC_ADD_URL, &u)) {
		printf("KHTEST stress/race FAIL setup: %s\n", strerror(errno));
		return 1;
	}
	signal(SIGPIPE, SIG_IGN);
	pids[np++] = s_spawn(s_worker, NULL, 0);
	pids[np++] = s_spawn(s_worker, NULL, 0);
	pids[np++] = s_spawn(NULL, s_prober, 1);
	pids[np++] = s_spawn(NULL, s_prober, 2);
	pids[np++] = s_spawn(s_waiter, NULL, 0);
	pids[np++] = s_spawn(s_binder, NULL, 0);
	for (i = 0; i < 3; i++)
		pids[np++] = s_spawn(NULL, s_client, 10 + i);
	sleep(seconds);
	for (i = 0; i < np; i++)
		kill(pids[i], SIGKILL);
	for (i = 0; i < np; i++)
		waitpid(pids[i], NULL, 0);
	printf("KHVM stress: %u s: taken %lu probes %lu binds %lu conns %lu answers %lu\n",
	       seconds, sh->n[S_SERVED], sh->n[S_PROBED], sh->n[S_BINDS], sh->n[S_CLIENTS],
	       sh->n[S_ANSWERS]);
	rc = s_still_served(why, sizeof(why));
	if (!rc && (!sh->n[S_SERVED] || !sh->n[S_PROBED] || !sh->n[S_BINDS] || !sh->n[S_ANSWERS]))
		rc = kht_fail(why, sizeof(why), "a part made no progress");
	ioctl(fd, KH_IOC_REMOVE_URL, &u);
	close(fd);
	if (rc)
		printf("KHTEST stress/race FAIL %s\n", why);
	else
		printf("KHTEST stress/race PASS\n");
	fflush(stdout);
	return rc ? 1 : 0;
}
