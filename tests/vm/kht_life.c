// SPDX-License-Identifier: GPL-2.0
/*
 * Issue 13, items 5, 6 and 7, from this process's ABI: queues go when
 * nothing holds them and creating them does not slow down with their
 * number; one user's queues and ports are capped; an argument or buffer
 * the kernel cannot write fails with -EFAULT before any work is done (no
 * limit set, no queue made, no request taken, no body byte consumed); a
 * worker whose client reset the connection is not killed by SIGPIPE.
 */
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
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

#define L_PORT	8111
#define L_URL	"http://*:8111/l/"
#define L_QUEUE	"life-" KHT_ABI_NAME
#define L_CYCLES	20000
/* ports well away from the suite's and the ephemeral range */
#define L_PORT_BASE	20000

static int l_queue(int fd, __u32 flags, const char *name)
{
	struct kh_queue_args q = { .flags = flags, .name = name, .name_length = strlen(name) };

	return ioctl(fd, KH_IOC_QUEUE, &q) ? -errno : 0;
}

static long slab_kib(void)
{
	char line[128];
	long v = -1;
	FILE *f = fopen("/proc/meminfo", "r");

	while (f && fgets(line, sizeof(line), f))
		if (sscanf(line, "Slab: %ld kB", &v) == 1)
			break;
	if (f)
		fclose(f);
	return v;
}

static double now_s(void)
{
	struct timespec t;

	clock_gettime(CLOCK_MONOTONIC, &t);
	return t.tv_sec + t.tv_nsec / 1e9;
}

/* a queue no file, prefix or request holds is gone: its name can be created again */
static int t_queue_freed(char *why, size_t len)
{
	const char *name = "freed-" KHT_ABI_NAME;
	long slab0, slab1;
	double t0, t;
	int fd, i, err;

	for (i = 0; i < 2; i++) {
		fd = open(KHT_DEV, O_RDWR | O_CLOEXEC);
		err = l_queue(fd, KH_QUEUE_CREATE, name);
		close(fd);
		if (err)
			return kht_fail(why, len, "create #%d of %s after its file closed: %s",
					i + 1, name, strerror(-err));
	}
	slab0 = slab_kib();
	t0 = now_s();
	for (i = 0; i < L_CYCLES; i++) {
		char n[32];

		snprintf(n, sizeof(n), "cyc-%s-%d", KHT_ABI_NAME, i);
		fd = open(KHT_DEV, O_RDWR | O_CLOEXEC);
		err = l_queue(fd, KH_QUEUE_CREATE, n);
		close(fd);
		if (err)
			return kht_fail(why, len, "cycle %d: %s", i, strerror(-err));
	}
	t = now_s() - t0;
	slab1 = slab_kib();
	printf("KHVM queue cycles %s: %d create/close in %.2f s, Slab %+ld KiB\n", KHT_ABI_NAME,
	       L_CYCLES, t, slab1 - slab0);
	/* 20,000 queues kept cost 15.9 MiB: freed ones cost nothing that stays */
	if (slab1 - slab0 > 4096)
		return kht_fail(why, len, "Slab grew by %ld KiB over %d cycles", slab1 - slab0,
				L_CYCLES);
	return 0;
}

static unsigned int l_param(const char *name)
{
	char path[128];
	unsigned int v = 0;
	FILE *f;

	snprintf(path, sizeof(path), "/sys/module/khttp/parameters/%s", name);
	f = fopen(path, "r");
	if (f && fscanf(f, "%u", &v) != 1)
		v = 0;
	if (f)
		fclose(f);
	return v;
}

/* in a child of its own uid: queues and ports up to the caps, then -EDQUOT */
static int l_caps_child(unsigned int maxq, unsigned int maxp)
{
	uid_t uid = 4000 + KHT_ABI;
	int *fds = calloc(maxq + 1, sizeof(*fds)), err;
	unsigned int i;
	char name[32], url[64];

	for (i = 0; i <= maxq; i++) {	/* opened as root: the device is root's */
		fds[i] = open(KHT_DEV, O_RDWR | O_CLOEXEC);
		if (fds[i] < 0)
			return 10;
	}
	if (setreuid(uid, uid))
		return 11;
	for (i = 0; i <= maxq; i++) {
		snprintf(name, sizeof(name), "cap-%s-%u", KHT_ABI_NAME, i);
		err = l_queue(fds[i], KH_QUEUE_CREATE, name);
		if (i < maxq && err)
			return 12;
		if (i == maxq && err != -EDQUOT)
			return 13;
	}
	close(fds[0]);	/* one goes: room for one */
	if (l_queue(fds[maxq], KH_QUEUE_CREATE, "cap-again-" KHT_ABI_NAME))
		return 14;
	for (i = 0; i <= maxp; i++) {
		struct kh_url_args u = { .url = url };

		u.url_length = snprintf(url, sizeof(url), "http://*:%u/c/", L_PORT_BASE + i);
		err = ioctl(fds[1], KH_IOC_ADD_URL, &u) ? -errno : 0;
		if (i < maxp && err)
			return 15;
		if (i == maxp && err != -EDQUOT)
			return 16;
	}
	for (i = 0; i < maxp; i++) {
		struct kh_url_args u = { .url = url };

		u.url_length = snprintf(url, sizeof(url), "http://*:%u/c/", L_PORT_BASE + i);
		if (ioctl(fds[1], KH_IOC_REMOVE_URL, &u))
			return 17;
	}
	return 0;
}

/* root's: its child becomes the user */
static int t_user_caps_admin(char *why, size_t len)
{
	static const char *const what[] = {
		[10] = "open", [11] = "setresuid", [12] = "a queue under the cap failed",
		[13] = "the queue past the cap was not refused with -EDQUOT",
		[14] = "no queue after one was closed",
		[15] = "a port under the cap failed",
		[16] = "the port past the cap was not refused with -EDQUOT",
		[17] = "remove-url",
	};
	unsigned int maxq = l_param("max_queues_per_user"), maxp = l_param("max_ports_per_user");
	pid_t pid;
	int st;

	if (!maxq || !maxp)
		return kht_fail(why, len, "no max_queues_per_user / max_ports_per_user parameter");
	pid = fork();
	if (!pid)
		_exit(l_caps_child(maxq, maxp));
	if (waitpid(pid, &st, 0) != pid || !WIFEXITED(st))
		return kht_fail(why, len, "child status %d", st);
	st = WEXITSTATUS(st);
	if (st)
		return kht_fail(why, len, "uid %d, caps %u queues %u ports: %s", 4000 + KHT_ABI,
				maxq, maxp, st >= 10 && st <= 17 ? what[st] : "?");
	return 0;
}

KHT_ADMIN_STEP(t_user_caps_admin);

static int t_user_caps(char *why, size_t len)
{
	return kht_admin_run(t_user_caps_admin, why, len);
}

/* a page the caller can read but the kernel cannot write */
static void *l_ro(const void *img, size_t n)
{
	void *p = mmap(NULL, 4096, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);

	if (p == MAP_FAILED)
		return NULL;
	memcpy(p, img, n);
	mprotect(p, 4096, PROT_READ);
	return p;
}

static int t_ro_limits_admin(char *why, size_t len)
{
	struct kh_limits_args now = { 0 }, *ro;
	int fd = open(KHT_DEV, O_RDWR | O_CLOEXEC), rc = 0;
	__u32 old;

	if (fd < 0 || ioctl(fd, KH_IOC_LIMITS, &now))
		return kht_fail(why, len, "limits: %s", strerror(errno));
	old = now.queue_length;
	now.mask = KH_LIMIT_QUEUE_LENGTH;
	now.queue_length = old + 7;
	ro = l_ro(&now, sizeof(now));
	if (!ro || !ioctl(fd, KH_IOC_LIMITS, ro) || errno != EFAULT)
		rc = kht_fail(why, len, "read-only limits: %s, want EFAULT", strerror(errno));
	now = (struct kh_limits_args){ 0 };
	ioctl(fd, KH_IOC_LIMITS, &now);
	if (!rc && now.queue_length != old)
		rc = kht_fail(why, len, "queue_length %u after the failed call, was %u",
			      now.queue_length, old);
	if (now.queue_length != old) {	/* put it back */
		now.mask = KH_LIMIT_QUEUE_LENGTH;
		now.queue_length = old;
		ioctl(fd, KH_IOC_LIMITS, &now);
	}
	close(fd);
	return rc;
}

/* a change of the limits: the administrator's */
KHT_ADMIN_STEP(t_ro_limits_admin);

static int t_ro_limits(char *why, size_t len)
{
	return kht_admin_run(t_ro_limits_admin, why, len);
}

static int t_ro_queue(char *why, size_t len)
{
	const char *name = "ro-" KHT_ABI_NAME;
	struct kh_queue_args q = { .flags = KH_QUEUE_CREATE, .name = name,
				   .name_length = strlen(name) }, *ro = l_ro(&q, sizeof(q));
	int fd = open(KHT_DEV, O_RDWR | O_CLOEXEC), fd2 = open(KHT_DEV, O_RDWR | O_CLOEXEC);
	int rc = 0, err = 0;

	if (!ro || !ioctl(fd, KH_IOC_QUEUE, ro) || errno != EFAULT)
		return kht_fail(why, len, "read-only queue args: %s, want EFAULT", strerror(errno));
	err = l_queue(fd2, KH_QUEUE_OPEN, name);
	if (err != -ENOENT)
		rc = kht_fail(why, len, "the queue exists after the failed call (%s)",
			      strerror(-err));
	err = rc ? 0 : l_queue(fd, KH_QUEUE_CREATE, name);
	if (err)
		rc = kht_fail(why, len, "the file was bound by the failed call (%s)",
			      strerror(-err));
	close(fd);
	close(fd2);
	return rc;
}

/* a POST with a 10-byte body queued on fd's queue; the client socket */
static int l_post(int fd, char *why, size_t len)
{
	static const char post[] = "POST /l/ro HTTP/1.1\r\nHost: l\r\nContent-Length: 10\r\n\r\n"
				   "0123456789";
	struct pollfd p = { .fd = fd, .events = POLLIN };
	int s = kht_connect(L_PORT);

	if (s < 0 || kht_send_all(s, post, sizeof(post) - 1))
		return kht_fail(why, len, "client: %s", strerror(errno));
	if (poll(&p, 1, 10000) != 1)
		return kht_fail(why, len, "no request queued");
	return s;
}

static int t_ro_receive(char *why, size_t len)
{
	static char buf[16384] __attribute__((aligned(8)));
	struct kh_receive_request_args rr = { .buffer_length = sizeof(buf), .buffer = (void *)buf },
				       *ro = l_ro(&rr, sizeof(rr));
	struct kh_receive_body_args rb = { .buffer_length = 64 };
	struct kh_response r = { .status_code = 200, .version = { 1, 1 } };
	struct kh_send_response_args sa = { .response = &r };
	int fd = kht_bound_fd(L_QUEUE, L_URL), s, rc = 0;
	char body[64] = "", ans[16] = "";

	if (fd < 0 || !ro)
		return kht_fail(why, len, "queue: %s", strerror(errno));
	fcntl(fd, F_SETFL, O_NONBLOCK);
	s = l_post(fd, why, len);
	if (s < 0) {
		kht_unbind(fd, L_URL);
		return -1;
	}
	if (!ioctl(fd, KH_IOC_RECEIVE_REQUEST, ro) || errno != EFAULT)
		rc = kht_fail(why, len, "read-only receive args: %s, want EFAULT", strerror(errno));
	else if (ioctl(fd, KH_IOC_RECEIVE_REQUEST, &rr))
		rc = kht_fail(why, len, "the request was lost to the failed call: %s",
			      strerror(errno));
	rb.request_id = rr.request_id;
	rb.buffer = l_ro(body, sizeof(body));
	if (!rc && (!ioctl(fd, KH_IOC_RECEIVE_BODY, &rb) || errno != EFAULT))
		rc = kht_fail(why, len, "read-only body buffer: %s, want EFAULT", strerror(errno));
	rb.buffer = body;
	if (!rc && ioctl(fd, KH_IOC_RECEIVE_BODY, &rb))
		rc = kht_fail(why, len, "receive body: %s", strerror(errno));
	if (!rc && (rb.bytes_returned != 10 || memcmp(body, "0123456789", 10)))
		rc = kht_fail(why, len, "the body after the failed call: %u bytes '%.*s'",
			      rb.bytes_returned, (int)rb.bytes_returned, body);
	sa.request_id = rr.request_id;
	if (!rc && ioctl(fd, KH_IOC_SEND_RESPONSE, &sa))
		rc = kht_fail(why, len, "send: %s", strerror(errno));
	if (!rc && (read(s, ans, sizeof(ans) - 1) < 12 || strncmp(ans, "HTTP/1.1 200", 12)))
		rc = kht_fail(why, len, "no 200 for the client");
	close(s);
	kht_unbind(fd, L_URL);
	kht_drain_log();	/* the next ABI's access-log tests start empty */
	return rc;
}

/*
 * A worker answers head first, then the body from a file, to clients that
 * reset the connection once the head arrived. Splicing to such a socket
 * raises SIGPIPE in the task that writes: the worker must not be it.
 */
#define L_RESETS	300

static int l_reset_worker(int fd, int file, int go, int done)
{
	static char buf[16384] __attribute__((aligned(8)));
	static const char cl[] = "65536";
	char c;

	for (;;) {
		struct kh_receive_request_args rr = { .buffer_length = sizeof(buf),
						      .buffer = (void *)buf };
		struct kh_response r = { .status_code = 200, .version = { 1, 1 } };
		struct kh_send_response_args sa = { .flags = KH_SEND_FLAG_MORE_DATA,
						    .response = &r };
		struct kh_data_chunk ch;
		struct kh_send_body_args sb = { .flags = KH_SEND_FLAG_MORE_DATA, .chunk_count = 1,
						.chunks = &ch };
		int i;

		if (ioctl(fd, KH_IOC_RECEIVE_REQUEST, &rr))
			return 1;
		r.headers.known_headers[KH_HEADER_CONTENT_LENGTH].value = cl;
		r.headers.known_headers[KH_HEADER_CONTENT_LENGTH].value_length = sizeof(cl) - 1;
		sa.request_id = rr.request_id;
		sb.request_id = rr.request_id;
		ioctl(fd, KH_IOC_SEND_RESPONSE, &sa);
		if (read(go, &c, 1) != 1)	/* the client read the head and reset */
			return 0;
		kht_file_chunk(&ch, file, 0, 4096);
		for (i = 0; i < 16 && !ioctl(fd, KH_IOC_SEND_BODY, &sb); i++)
			;
		if (write(done, "d", 1) != 1)
			return 1;
	}
}

static int t_reset_sigpipe(char *why, size_t len)
{
	static const char get[] = "GET /l/reset HTTP/1.1\r\nHost: l\r\n\r\n";
	struct linger lg = { .l_onoff = 1, .l_linger = 0 };
	int fd = kht_bound_fd(L_QUEUE, L_URL), file = open("/khvm/khttp.ko", O_RDONLY);
	int go[2], done[2], i, st = 0, rc = 0;
	struct pollfd pd = { .events = POLLIN };
	char head[256], c;
	pid_t pid;

	if (fd < 0 || file < 0 || pipe(go) || pipe(done))
		return kht_fail(why, len, "setup: %s", strerror(errno));
	pid = fork();
	if (!pid) {
		signal(SIGPIPE, SIG_DFL);	/* what a worker has unless it says otherwise */
		close(go[1]);
		close(done[0]);
		_exit(l_reset_worker(fd, file, go[0], done[1]));
	}
	signal(SIGPIPE, SIG_IGN);	/* ours: a dead worker's pipe */
	close(go[0]);
	close(done[1]);
	pd.fd = done[0];
	for (i = 0; i < L_RESETS && !rc; i++) {
		int s = kht_connect(L_PORT);

		if (s < 0 || kht_send_all(s, get, sizeof(get) - 1) ||
		    read(s, head, sizeof(head)) <= 0)
			rc = kht_fail(why, len, "client %d: no head", i);
		setsockopt(s, SOL_SOCKET, SO_LINGER, &lg, sizeof(lg));
		close(s);	/* an RST */
		if (!rc && (write(go[1], "g", 1) != 1 || poll(&pd, 1, 10000) != 1 ||
			    read(done[0], &c, 1) != 1))
			rc = kht_fail(why, len, "the worker died or hung at client %d", i);
	}
	close(go[1]);	/* the worker ends at that */
	for (i = 0; i < 500 && waitpid(pid, &st, WNOHANG) != pid; i++)
		usleep(10000);
	if (i == 500) {	/* hung: end it, not a signal of its own */
		kill(pid, SIGKILL);
		waitpid(pid, &st, 0);
		st = 0;
	}
	signal(SIGPIPE, SIG_DFL);
	if (WIFSIGNALED(st))
		rc = kht_fail(why, len, "the worker was killed by signal %d (%s)",
			      WTERMSIG(st), strsignal(WTERMSIG(st)));
	close(done[0]);
	close(file);
	kht_unbind(fd, L_URL);
	kht_drain_log();	/* the requests the worker left: their lines */
	return rc;
}

const struct kht_test kht_life_tests[] = {
	{ "queue_freed", t_queue_freed },
	{ "user_caps", t_user_caps },
	{ "ro_limits", t_ro_limits },
	{ "ro_queue", t_ro_queue },
	{ "ro_receive", t_ro_receive },
	{ "reset_sigpipe", t_reset_sigpipe },
};

const size_t kht_nlife_tests = KHT_ARRAY_SIZE(kht_life_tests);
