// SPDX-License-Identifier: GPL-2.0
/*
 * The findings of a code review, each as a test that failed before its
 * fix: a streaming body the kernel answers itself is skipped, not parsed
 * as requests (cache hit and 404, Content-Length and chunked);
 * receive-body after the client went is an error, not the body's end; a
 * streaming response that is cancelled closes its connection with no
 * error response inside the body; receive-body waits at most the header
 * timeout for body bytes and honours O_NONBLOCK; a cache hit has one Date
 * and one Accept-Ranges. The test process is the worker and, where no
 * worker must read meanwhile, the client too.
 */
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/socket.h>
#include <sys/time.h>
#include <unistd.h>
#include "kht.h"

#define RV_PORT		8097
#define RV_URL		"http://*:8097/rv/"
#define RV_BIG		((1u << 20) + 1)	/* past what comes along with a request */

static char rv_buf[65536] __attribute__((aligned(8)));
static char rv_in[65536];

static int rv_worker(void)
{
	return kht_bound_fd("rv-" KHT_ABI_NAME, RV_URL);
}

/* the worker under the limits l (those before go to old); -1 if either fails */
static int rv_limited(struct kh_limits_args *old, struct kh_limits_args *l)
{
	int fd = rv_worker();

	if (fd >= 0 && !kht_limits(old) && !kht_limits(l))
		return fd;
	if (fd >= 0)
		kht_unbind(fd, RV_URL);
	return -1;
}

/* a request of the worker's within ms; its id, or 0 */
static __u64 rv_take(int fd, int ms)
{
	struct kh_receive_request_args rr = { .buffer_length = sizeof(rv_buf),
					      .buffer = (void *)rv_buf };
	struct pollfd p = { .fd = fd, .events = POLLIN };

	if (poll(&p, 1, ms) != 1 || ioctl(fd, KH_IOC_RECEIVE_REQUEST, &rr))
		return 0;
	return rr.request_id;
}

/* req sent on s (if s is a socket), then taken by the worker: its id, or 0 */
static __u64 rv_ask(int fd, int s, const char *req, size_t n)
{
	if (s < 0 || kht_send_all(s, req, n))
		return 0;
	return rv_take(fd, 5000);
}

/* a cache test's end: its client, its entries and the worker go */
static int rv_end(int fd, int s, int rc)
{
	if (s >= 0)
		close(s);
	kht_flush_cache("");
	kht_unbind(fd, RV_URL);
	return rc;
}

static int rv_cancel(int fd, __u64 id)
{
	struct kh_cancel_args a = { .request_id = id };

	return ioctl(fd, KH_IOC_CANCEL, &a) ? errno : 0;
}

static long rv_body(int fd, __u64 id, void *buf, __u32 cap)
{
	struct kh_receive_body_args b = { .request_id = id, .buffer_length = cap, .buffer = buf };

	return ioctl(fd, KH_IOC_RECEIVE_BODY, &b) ? -errno : (long)b.bytes_returned;
}

static void rv_known(struct kh_response *r, int id, const char *v)
{
	r->headers.known_headers[id].value = v;
	r->headers.known_headers[id].value_length = strlen(v);
}

/* 200 with body; flags of the send; a cache policy of ttl seconds if ttl */
static int rv_respond(int fd, __u64 id, __u32 flags, const char *body, __u32 ttl,
		      int worker_headers)
{
	struct kh_cache_policy cp = { .policy = KH_CACHE_TIME_TO_LIVE, .seconds_to_live = ttl };
	struct kh_data_chunk c = { .type = KH_CHUNK_FROM_MEMORY };
	struct kh_response r = { .status_code = 200, .version = { 1, 1 },
				 .entity_chunk_count = 1, .entity_chunks = &c };
	struct kh_send_response_args a = { .request_id = id, .flags = flags, .response = &r,
					   .cache_policy = ttl ? &cp : NULL };

	c.u.memory.buffer = (void *)body;
	c.u.memory.length = strlen(body);
	if (worker_headers) {
		rv_known(&r, KH_HEADER_DATE, "Tue, 01 Dec 2026 08:00:00 GMT");
		rv_known(&r, KH_HEADER_ACCEPT_RANGES, "bytes");
	}
	return ioctl(fd, KH_IOC_SEND_RESPONSE, &a) ? errno : 0;
}

/* everything the server sends until it closes or is silent for ms; the length */
static size_t rv_read_all(int s, int ms)
{
	struct timeval tv = { .tv_sec = ms / 1000, .tv_usec = ms % 1000 * 1000 };
	size_t got = 0;
	ssize_t n;

	setsockopt(s, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof(tv));
	while (got < sizeof(rv_in) - 1 && (n = read(s, rv_in + got, sizeof(rv_in) - 1 - got)) > 0)
		got += n;
	rv_in[got] = 0;
	return got;
}

/* the statuses of the status lines in rv_in, space-separated, into out */
static void rv_statuses(char *out, size_t cap)
{
	const char *p = rv_in;
	size_t o = 0;

	out[0] = 0;
	while ((p = strstr(p, "HTTP/1.1 ")) && o + 5 < cap) {
		o += snprintf(out + o, cap - o, o ? " %.3s" : "%.3s", p + 9);
		p += 9;
	}
}

static size_t rv_count(const char *hay, const char *needle)
{
	size_t n = 0;

	while ((hay = strstr(hay, needle))) {
		n++;
		hay++;
	}
	return n;
}

/* ---- 1: a streaming body the kernel answers itself is skipped ---- */

static char smuggle[(2u << 20) + 4096];

static const char inner[] = "GET /rv/admin HTTP/1.1\r\nHost: h\r\n\r\n";
static const char marker[] = "GET /nowhere/end HTTP/1.1\r\nHost: h\r\nConnection: close\r\n\r\n";

/* path with a body that streams (its bytes a request, then padding), then the marker */
static size_t smuggle_build(const char *path, int chunked)
{
	size_t blen = chunked ? 2u << 20 : RV_BIG, n;
	char *p = smuggle;

	p += sprintf(p, "GET %s HTTP/1.1\r\nHost: h\r\n", path);
	if (chunked)
		p += sprintf(p, "Transfer-Encoding: chunked\r\n\r\n%zx\r\n", blen);
	else
		p += sprintf(p, "Content-Length: %zu\r\n\r\n", blen);
	memcpy(p, inner, sizeof(inner) - 1);
	memset(p + sizeof(inner) - 1, 'x', blen - (sizeof(inner) - 1));
	p += blen;
	if (chunked)
		p += sprintf(p, "\r\n0\r\n\r\n");
	n = p - smuggle;
	memcpy(p, marker, sizeof(marker) - 1);
	return n + sizeof(marker) - 1;
}

static int smuggle_one(int fd, const char *path, int chunked, const char *want,
		       char *why, size_t len)
{
	struct timeval tv = { .tv_sec = 3 };
	size_t n = smuggle_build(path, chunked);
	char got[64];
	__u64 id;
	int s = kht_connect(RV_PORT);

	if (s < 0)
		return kht_fail(why, len, "connect: %s", strerror(errno));
	setsockopt(s, SOL_SOCKET, SO_SNDTIMEO, &tv, sizeof(tv));
	kht_send_all(s, smuggle, n);	/* the kernel may stop reading: see the answers */
	rv_read_all(s, 3000);
	close(s);
	rv_statuses(got, sizeof(got));
	id = rv_take(fd, 200);
	if (id) {
		rv_cancel(fd, id);
		return kht_fail(why, len, "%s %s: the body's request reached a worker (%s)",
				path, chunked ? "chunked" : "length", got);
	}
	if (strcmp(got, want))
		return kht_fail(why, len, "%s %s: answers [%s], want [%s]", path,
				chunked ? "chunked" : "length", got, want);
	return 0;
}

static int t_review_smuggle(char *why, size_t len)
{
	static const char get[] = "GET /rv/cached HTTP/1.1\r\nHost: h\r\n\r\n";
	int fd = rv_worker(), s, rc = 0, i;
	__u64 id;

	if (fd < 0)
		return kht_fail(why, len, "worker: %s", strerror(errno));
	kht_flush_cache("");
	s = kht_connect(RV_PORT);
	id = rv_ask(fd, s, get, sizeof(get) - 1);
	if (!id || rv_respond(fd, id, 0, "cached", 60, 0)) {
		rc = kht_fail(why, len, "caching /rv/cached: %s", strerror(errno));
		goto out;
	}
	rv_read_all(s, 300);
	for (i = 0; !rc && i < 4; i++)
		rc = smuggle_one(fd, i & 2 ? "/nowhere/x" : "/rv/cached", i & 1,
				 i & 2 ? "404 404" : "200 404", why, len);
out:
	return rv_end(fd, s, rc);
}

/* a streaming upload's head and its first bytes; the client socket */
static int rv_upload_start(int fd, __u64 *id)
{
	static const char head[] = "POST /rv/up HTTP/1.1\r\nHost: h\r\n"
				   "Content-Length: 2000000\r\n\r\n0123456789";
	int s = kht_connect(RV_PORT);

	*id = 0;
	if (s < 0)
		return -1;
	*id = rv_ask(fd, s, head, sizeof(head) - 1);
	if (!*id) {
		close(s);
		return -1;
	}
	return s;
}

/* ---- 3: receive-body after the client went ---- */

static int t_review_body_disconnect(char *why, size_t len)
{
	static char buf[4096];
	int fd = rv_worker(), s, rc = 0;
	long n, total = 0;
	__u64 id;

	if (fd < 0)
		return kht_fail(why, len, "worker: %s", strerror(errno));
	s = rv_upload_start(fd, &id);
	if (s < 0) {
		kht_unbind(fd, RV_URL);
		return kht_fail(why, len, "upload: %s", strerror(errno));
	}
	close(s);	/* the client goes before the body's end */
	usleep(300000);	/* its connection closes before the worker reads */
	while ((n = rv_body(fd, id, buf, sizeof(buf))) > 0)
		total += n;
	if (n != -ECONNRESET)
		rc = kht_fail(why, len, "receive-body after the client went: %ld (%ld bytes first)",
			      n, total);
	rv_cancel(fd, id);
	kht_unbind(fd, RV_URL);
	return rc;
}

/* ---- 5 and 6: a streaming response cancelled ---- */

static int t_review_abort_streaming(char *why, size_t len)
{
	static const char get[] = "GET /rv/stream HTTP/1.1\r\nHost: h\r\n\r\n";
	int fd = rv_worker(), s, rc = 0, err;
	__u64 id = 0;
	size_t n;

	if (fd < 0)
		return kht_fail(why, len, "worker: %s", strerror(errno));
	s = kht_connect(RV_PORT);
	id = rv_ask(fd, s, get, sizeof(get) - 1);
	if (!id) {
		rc = kht_fail(why, len, "request: %s", strerror(errno));
		goto out;
	}
	err = rv_respond(fd, id, KH_SEND_FLAG_MORE_DATA, "first-part", 0, 0);
	if (!err)
		err = rv_cancel(fd, id);
	if (err) {
		rc = kht_fail(why, len, "send, cancel: %s", strerror(err));
		goto out;
	}
	n = rv_read_all(s, 3000);
	if (rv_count(rv_in, "HTTP/1.1 ") != 1 || !strstr(rv_in, "first-part"))
		rc = kht_fail(why, len, "%zu bytes, %zu status lines, want the 200's head and part",
			      n, rv_count(rv_in, "HTTP/1.1 "));
	else if (read(s, rv_buf, 1) != 0)
		rc = kht_fail(why, len, "the connection stays open after the cancel");
out:
	if (s >= 0)
		close(s);
	kht_unbind(fd, RV_URL);
	return rc;
}

/* ---- 4: receive-body waits at most the header timeout; O_NONBLOCK ---- */

static void rv_alarm(int sig)
{
	(void)sig;
}

static int t_review_body_timeout(char *why, size_t len)
{
	struct kh_limits_args old = { 0 }, l = { .mask = KH_LIMIT_HEADER_TIMEOUT,
						 .header_timeout_ms = 700 };
	struct sigaction sa = { .sa_handler = rv_alarm }, prev;
	static char buf[4096];
	int fd = rv_limited(&old, &l), s, rc = 0;
	struct timeval t0, t1;
	long n;
	double dt;
	__u64 id;

	if (fd < 0)
		return kht_fail(why, len, "worker, limits: %s", strerror(errno));
	sigaction(SIGALRM, &sa, &prev);
	s = rv_upload_start(fd, &id);
	if (s < 0) {
		rc = kht_fail(why, len, "upload: %s", strerror(errno));
		goto out;
	}
	n = rv_body(fd, id, buf, sizeof(buf));
	if (n != 10) {
		rc = kht_fail(why, len, "the first 10 bytes: %ld", n);
		goto out;
	}
	alarm(5);	/* before the fix it blocked for good */
	fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK);
	n = rv_body(fd, id, buf, sizeof(buf));
	fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) & ~O_NONBLOCK);
	if (n != -EAGAIN) {
		rc = kht_fail(why, len, "O_NONBLOCK with no body bytes: %ld, want -EAGAIN", n);
		goto out;
	}
	gettimeofday(&t0, NULL);
	n = rv_body(fd, id, buf, sizeof(buf));
	gettimeofday(&t1, NULL);
	dt = (t1.tv_sec - t0.tv_sec) + (t1.tv_usec - t0.tv_usec) / 1e6;
	if (n != -ETIMEDOUT || dt < 0.5 || dt > 4)
		rc = kht_fail(why, len, "a silent client's body: %ld after %.2f s, want -ETIMEDOUT",
			      n, dt);
	else if (rv_read_all(s, 3000) || read(s, buf, 1) != 0)
		rc = kht_fail(why, len, "the client's connection stays open");
out:
	alarm(0);
	sigaction(SIGALRM, &prev, NULL);
	kht_limits_restore(&old);
	if (s >= 0)
		close(s);
	if (id)
		rv_cancel(fd, id);
	kht_unbind(fd, RV_URL);
	return rc;
}

/* ---- 9: the head of a cache hit, a TTL that wrapped ---- */

/* path answered by the worker on s, cached for ttl seconds; 0 or -1 */
static int rv_cache(int fd, int s, const char *path, __u32 ttl, int worker_headers)
{
	char get[128];
	int n = snprintf(get, sizeof(get), "GET %s HTTP/1.1\r\nHost: h\r\n\r\n", path);
	__u64 id;

	id = rv_ask(fd, s, get, n);
	if (!id || rv_respond(fd, id, 0, "hdr", ttl, worker_headers))
		return -1;
	rv_read_all(s, 300);
	return 0;
}

/* req on s answered from the cache (into rv_in): 0; -1 if a worker got it */
static int rv_hit(int fd, int s, const char *req)
{
	__u64 id;

	if (kht_send_all(s, req, strlen(req)))
		return -1;
	rv_read_all(s, 500);
	id = rv_take(fd, 100);
	if (id)
		rv_cancel(fd, id);
	return id ? -1 : 0;
}

static int rv_one_each(const char *what, char *why, size_t len)
{
	size_t d = rv_count(rv_in, "\r\nDate: "), a = rv_count(rv_in, "\r\nAccept-Ranges: ");

	if (d != 1 || a != 1)
		return kht_fail(why, len, "%s: %zu Date, %zu Accept-Ranges, want 1 and 1",
				what, d, a);
	return 0;
}

static int t_review_cache_head(char *why, size_t len)
{
	static const char get[] = "GET /rv/hdr HTTP/1.1\r\nHost: h\r\n\r\n";
	static const char range[] = "GET /rv/hdr HTTP/1.1\r\nHost: h\r\nRange: bytes=0-1\r\n\r\n";
	int fd = rv_worker(), s, rc = 0;

	if (fd < 0)
		return kht_fail(why, len, "worker: %s", strerror(errno));
	kht_flush_cache("");
	s = kht_connect(RV_PORT);
	if (s < 0 || rv_cache(fd, s, "/rv/hdr", 60, 1)) {
		rc = kht_fail(why, len, "caching /rv/hdr: %s", strerror(errno));
		goto out;
	}
	if (rv_hit(fd, s, get))
		rc = kht_fail(why, len, "no hit: the worker got the second GET");
	else
		rc = rv_one_each("hit", why, len);
	if (!rc && rv_hit(fd, s, range))
		rc = kht_fail(why, len, "no hit: the worker got the Range GET");
	else if (!rc && !strstr(rv_in, "HTTP/1.1 206 "))
		rc = kht_fail(why, len, "Range hit: [%.40s], want 206", rv_in);
	else if (!rc)
		rc = rv_one_each("Range hit", why, len);
out:
	return rv_end(fd, s, rc);
}

/*
 * TTLs whose seconds times HZ wrap a u32 to under a second for HZ 100,
 * 250 and 1000 (one of them is the guest's): each is a hit after 1.2 s.
 */
static int t_review_cache_ttl(char *why, size_t len)
{
	static const __u32 ttl[] = { 42949673, 17179870, 4294968 };
	char path[32], req[96];
	int fd = rv_worker(), s, rc = 0;
	size_t i;

	if (fd < 0)
		return kht_fail(why, len, "worker: %s", strerror(errno));
	kht_flush_cache("");
	s = kht_connect(RV_PORT);
	for (i = 0; !rc && i < KHT_ARRAY_SIZE(ttl); i++) {
		snprintf(path, sizeof(path), "/rv/ttl%zu", i);
		if (s < 0 || rv_cache(fd, s, path, ttl[i], 0))
			rc = kht_fail(why, len, "caching %s: %s", path, strerror(errno));
	}
	usleep(1200000);
	for (i = 0; !rc && i < KHT_ARRAY_SIZE(ttl); i++) {
		snprintf(req, sizeof(req), "GET /rv/ttl%zu HTTP/1.1\r\nHost: h\r\n\r\n", i);
		if (rv_hit(fd, s, req))
			rc = kht_fail(why, len, "a TTL of %u s ended within 1.2 s", ttl[i]);
	}
	return rv_end(fd, s, rc);
}

/* ---- 7: the log line of a request refused after its bytes were consumed ---- */

/* 0 if log holds the line of the full queue's 503 */
static int rv_503_line(const char *log)
{
	const char *line = strstr(log, "\" 503 ");

	while (line && line > log && line[-1] != '\n')
		line--;
	return !line || !strstr(line, "GET /rv/q2-full HTTP/1.1") || !strstr(line, "ua-q2");
}

static int t_review_log_503(char *why, size_t len)
{
	static const char q1[] = "GET /rv/q1 HTTP/1.1\r\nHost: h\r\n\r\n";
	static const char q2[] =
		"GET /rv/q2-full HTTP/1.1\r\nHost: h\r\nUser-Agent: ua-q2\r\n\r\n"
		"GET /rv/next-one HTTP/1.1\r\nHost: h\r\nUser-Agent: other\r\n\r\n";
	struct kh_limits_args old = { 0 }, l = { .mask = KH_LIMIT_QUEUE_LENGTH, .queue_length = 1 };
	struct pollfd p = { .events = POLLIN };
	int fd = rv_limited(&old, &l), s1 = -1, s2 = -1, lf, rc = 0;
	ssize_t n = 0;
	__u64 id;

	if (fd < 0)
		return kht_fail(why, len, "worker, limits: %s", strerror(errno));
	kht_drain_log();
	while (read(fd, rv_in, sizeof(rv_in)) > 0)	/* the queue's log: earlier tests' lines */
		;
	p.fd = fd;
	s1 = kht_connect(RV_PORT);
	if (s1 < 0 || kht_send_all(s1, q1, sizeof(q1) - 1) || poll(&p, 1, 5000) != 1) {
		rc = kht_fail(why, len, "the first request: %s", strerror(errno));
		goto out;
	}
	s2 = kht_connect(RV_PORT);	/* the queue is full now: 503 */
	if (s2 < 0 || kht_send_all(s2, q2, sizeof(q2) - 1)) {
		rc = kht_fail(why, len, "the second request: %s", strerror(errno));
		goto out;
	}
	rv_read_all(s2, 2000);
	if (!strstr(rv_in, "HTTP/1.1 503 ")) {
		rc = kht_fail(why, len, "a full queue answered [%.20s], want 503", rv_in);
		goto out;
	}
	lf = kht_admin_open(KHT_DEV, O_RDONLY | O_NONBLOCK);	/* the global log */
	if (lf >= 0) {
		n = read(lf, rv_in, sizeof(rv_in) - 1);
		close(lf);
	}
	rv_in[n > 0 ? n : 0] = 0;
	if (rv_503_line(rv_in)) {
		rc = kht_fail(why, len, "the 503's line in the global log: [%.120s]", rv_in);
		goto out;
	}
	n = read(fd, rv_in, sizeof(rv_in) - 1);	/* the queue's own log: its worker's */
	rv_in[n > 0 ? n : 0] = 0;
	if (rv_503_line(rv_in))
		rc = kht_fail(why, len, "the 503's line in the queue's log: [%.120s]", rv_in);
out:
	kht_limits_restore(&old);
	id = rv_take(fd, 100);
	if (id)
		rv_cancel(fd, id);
	if (s1 >= 0)
		close(s1);
	if (s2 >= 0)
		close(s2);
	kht_drain_log();
	kht_unbind(fd, RV_URL);
	return rc;
}

const struct kht_test kht_review_tests[] = {
	{ "review_smuggle", t_review_smuggle },
	{ "review_body_disconnect", t_review_body_disconnect },
	{ "review_abort_streaming", t_review_abort_streaming },
	{ "review_body_timeout", t_review_body_timeout },
	{ "review_cache_head", t_review_cache_head },
	{ "review_cache_ttl", t_review_cache_ttl },
	{ "review_log_503", t_review_log_503 },
};

const size_t kht_nreview_tests = KHT_ARRAY_SIZE(kht_review_tests);
