// SPDX-License-Identifier: GPL-2.0
/*
 * The receive side, from a worker of this process's ABI: the copy-body
 * flag (per receive call, also across -ENOSPC), chunked uploads that
 * stream to receive-body (64 MiB in odd chunks, broken framing mid-body,
 * a body past max_body_bytes), the idle timeout, the response cache's LRU
 * eviction, and a port that listens again at once after its last prefix
 * went. The test process is the worker; clients that must write while it
 * reads are forked.
 */
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <sys/ioctl.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <netinet/in.h>
#include <arpa/inet.h>
#include <unistd.h>
#include "kht.h"

#define RX_PORT		8096
#define RX_URL		"http://*:8096/rx/"
#define RL_PORT		8094
#define RL_URL		"http://*:8094/rl/"
#define V6_PORT		8095
#define V6_URL		"http://[::1]:8095/v6/"

static char rx_buf[1 << 20] __attribute__((aligned(8)));

/* a worker on its own file: a queue of this ABI and one prefix */
static int worker_open(const char *url)
{
	return kht_bound_fd("rx-" KHT_ABI_NAME, url);
}

int kht_connect(int port)
{
	struct sockaddr_in sin = { .sin_family = AF_INET, .sin_port = htons(port),
				   .sin_addr.s_addr = htonl(INADDR_LOOPBACK) };
	struct timeval tv = { .tv_sec = 10 };
	int s = socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);

	if (s < 0)
		return -1;
	if (connect(s, (void *)&sin, sizeof(sin))) {
		int e = errno;

		close(s);
		errno = e;
		return -1;
	}
	setsockopt(s, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof(tv));
	setsockopt(s, SOL_SOCKET, SO_SNDTIMEO, &tv, sizeof(tv));
	return s;
}

int kht_send_all(int s, const void *p, size_t n)
{
	while (n) {
		ssize_t w = send(s, p, n, MSG_NOSIGNAL);

		if (w <= 0)
			return -1;
		p = (const char *)p + w;
		n -= w;
	}
	return 0;
}

/*
 * One response with a Content-Length body: its status, the body's length
 * in *blen (the body's first cap bytes into body, if given); -1 on EOF or
 * an error before its end.
 */
static int read_response(int s, char *body, size_t cap, size_t *blen)
{
	static char head[8192];
	size_t got = 0, want, have;
	char *end, *cl;
	int status;

	for (;;) {
		ssize_t n = read(s, head + got, 1);	/* byte by byte: the body stays */

		if (n <= 0)
			return -1;
		got += n;
		head[got] = 0;
		if (got >= 4 && !memcmp(head + got - 4, "\r\n\r\n", 4))
			break;
		if (got == sizeof(head) - 1)
			return -1;
	}
	end = head + got;
	if (sscanf(head, "HTTP/1.%*d %d", &status) != 1)
		return -1;
	cl = strstr(head, "\r\nContent-Length: ");
	want = cl && cl < end ? strtoull(cl + 18, NULL, 10) : 0;
	for (have = 0; have < want;) {
		static char sink[65536];
		size_t room = want - have < sizeof(sink) ? want - have : sizeof(sink);
		ssize_t n = read(s, sink, room);

		if (n <= 0)
			return -1;
		if (body && have < cap)
			memcpy(body + have, sink, (size_t)n < cap - have ? (size_t)n : cap - have);
		have += n;
	}
	if (body)
		body[want < cap ? want : cap - 1] = 0;
	if (blen)
		*blen = want;
	return status;
}

/* waits up to ms for a request on the worker's file; 0 when one is there */
static int wait_request(int fd, int ms)
{
	struct pollfd p = { .fd = fd, .events = POLLIN };

	return poll(&p, 1, ms) == 1 ? 0 : -1;
}

static int receive(int fd, __u32 flags, __u64 id, __u32 cap, struct kh_receive_request_args *rr)
{
	*rr = (struct kh_receive_request_args){ .flags = flags, .request_id = id,
						.buffer_length = cap, .buffer = (void *)rx_buf };
	return ioctl(fd, KH_IOC_RECEIVE_REQUEST, rr) ? errno : 0;
}

/* receive-body into buf of cap bytes: the length, or -errno */
static long body_piece(int fd, __u64 id, void *buf, __u32 cap)
{
	struct kh_receive_body_args b = { .request_id = id, .buffer_length = cap, .buffer = buf };

	if (ioctl(fd, KH_IOC_RECEIVE_BODY, &b))
		return -errno;
	return b.bytes_returned;
}

static int respond(int fd, __u64 id, const void *body, __u32 len,
		   const struct kh_cache_policy *cp)
{
	struct kh_data_chunk c = { .type = KH_CHUNK_FROM_MEMORY };
	struct kh_response r = { .status_code = 200, .version = { 1, 1 },
				 .entity_chunk_count = 1, .entity_chunks = &c };
	struct kh_send_response_args a = { .request_id = id, .response = &r,
					   .cache_policy = cp };

	c.u.memory.buffer = (void *)body;
	c.u.memory.length = len;
	return ioctl(fd, KH_IOC_SEND_RESPONSE, &a) ? errno : 0;
}

static __u32 fnv1a(__u32 h, const unsigned char *p, size_t n)
{
	while (n--)
		h = (h ^ *p++) * 16777619u;
	return h;
}

/* the body of a request as the test builds it */
static unsigned char body_byte(size_t i)
{
	return (unsigned char)('a' + (i * 7 + i / 97) % 26);
}

/* ---- the copy-body flag ---- */

#define SMALL_BODY	3000

/* reads the whole body through pieces of piece bytes; checks it byte by byte */
static int read_small_body(int fd, __u64 id, __u32 piece, char *why, size_t len)
{
	static unsigned char buf[SMALL_BODY + 64];
	size_t total = 0, i;
	long n;

	while ((n = body_piece(fd, id, buf + total, piece)) > 0) {
		total += n;
		if (total > SMALL_BODY)
			return kht_fail(why, len, "receive-body: %zu bytes, more than sent", total);
	}
	if (n < 0)
		return kht_fail(why, len, "receive-body: %s", strerror(-n));
	if (total != SMALL_BODY)
		return kht_fail(why, len, "receive-body: %zu bytes of %d", total, SMALL_BODY);
	for (i = 0; i < total; i++)
		if (buf[i] != body_byte(i))
			return kht_fail(why, len, "receive-body: byte %zu differs", i);
	return 0;
}

static int body_chunk_ok(const struct kh_request *r)
{
	const struct kh_data_chunk *c = r->entity_chunks;
	size_t i;

	if (r->entity_chunk_count != 1 || c->type != KH_CHUNK_FROM_MEMORY ||
	    c->u.memory.length != SMALL_BODY)
		return 0;
	for (i = 0; i < SMALL_BODY; i++)
		if (((unsigned char *)c->u.memory.buffer)[i] != body_byte(i))
			return 0;
	return 1;
}

/* a POST of SMALL_BODY bytes, Content-Length or chunked (in 3 chunks) */
static int post_small(int s, int chunked)
{
	static char req[SMALL_BODY + 512];
	char *p = req;
	size_t i, parts[3] = { 1, 1000, SMALL_BODY - 1001 }, off = 0;
	int k;

	p += sprintf(p, "POST /rx/small HTTP/1.1\r\nHost: r\r\n");
	if (!chunked) {
		p += sprintf(p, "Content-Length: %d\r\n\r\n", SMALL_BODY);
		for (i = 0; i < SMALL_BODY; i++)
			*p++ = body_byte(i);
	} else {
		p += sprintf(p, "Transfer-Encoding: chunked\r\n\r\n");
		for (k = 0; k < 3; k++) {
			p += sprintf(p, "%zx;ext=%d\r\n", parts[k], k);
			for (i = 0; i < parts[k]; i++)
				*p++ = body_byte(off++);
			p += sprintf(p, "\r\n");
		}
		p += sprintf(p, "0\r\nX-Trailer: t\r\n\r\n");
	}
	return kht_send_all(s, req, p - req);
}

/*
 * One request per way of receiving it: without the flag (no entity chunk,
 * MORE_ENTITY_BODY, the body through receive-body in odd pieces); with it
 * (the chunk, no flag, receive-body at its end at once); -ENOSPC with one
 * flag then a retry by id with the other, both ways round.
 */
static int one_way(int fd, int s, int chunked, int way, char *why, size_t len)
{
	struct kh_receive_request_args rr;
	const struct kh_request *r = (const void *)rx_buf;
	__u32 first = way == 3 ? KH_RECEIVE_FLAG_COPY_BODY : 0;
	__u32 flags = way == 1 || way == 2 ? KH_RECEIVE_FLAG_COPY_BODY : 0;
	int err, status;
	char got[16];
	long n;

	if (post_small(s, chunked))
		return kht_fail(why, len, "way %d: send: %s", way, strerror(errno));
	if (wait_request(fd, 5000))
		return kht_fail(why, len, "way %d: no request", way);
	if (way >= 2) {
		err = receive(fd, first, 0, sizeof(struct kh_request) + 8, &rr);
		if (err != ENOSPC)
			return kht_fail(why, len, "way %d: small buffer: %s", way, strerror(err));
		/* without the body it needs less: the needed size is this call's */
		if (way == 3 && rr.bytes_needed < SMALL_BODY)
			return kht_fail(why, len, "way 3: needs %u with the flag", rr.bytes_needed);
		if (way == 2 && rr.bytes_needed >= SMALL_BODY + sizeof(struct kh_request))
			return kht_fail(why, len, "way 2: needs %u without the flag",
					rr.bytes_needed);
		if (way == 2) {	/* the size without the flag is too small with it */
			err = receive(fd, flags, rr.request_id, rr.bytes_needed, &rr);
			if (err != ENOSPC)
				return kht_fail(why, len, "way 2: retry: %s", strerror(err));
		}
		/* way 3: the size with the flag is more than enough without it */
		err = receive(fd, flags, rr.request_id, way == 3 ? rr.bytes_needed : sizeof(rx_buf),
			      &rr);
	} else {
		err = receive(fd, flags, 0, sizeof(rx_buf), &rr);
	}
	if (err)
		return kht_fail(why, len, "way %d: receive: %s", way, strerror(err));
	if (flags) {
		if (!body_chunk_ok(r) || (r->flags & KH_REQUEST_FLAG_MORE_ENTITY_BODY))
			return kht_fail(why, len, "way %d: chunks %u flags %#x", way,
					r->entity_chunk_count, r->flags);
		n = body_piece(fd, rr.request_id, got, sizeof(got));
		if (n)
			return kht_fail(why, len, "way %d: receive-body at the end: %ld", way, n);
	} else {
		if (r->entity_chunk_count || !(r->flags & KH_REQUEST_FLAG_MORE_ENTITY_BODY))
			return kht_fail(why, len, "way %d: chunks %u flags %#x", way,
					r->entity_chunk_count, r->flags);
		n = body_piece(fd, rr.request_id, got, 0);
		if (n != -EINVAL)	/* no room is no end of the body */
			return kht_fail(why, len, "way %d: receive-body into 0 bytes: %ld", way, n);
		if (read_small_body(fd, rr.request_id, 777, why, len))
			return -1;
	}
	if (respond(fd, rr.request_id, "ok", 2, NULL))
		return kht_fail(why, len, "way %d: send: %s", way, strerror(errno));
	status = read_response(s, NULL, 0, NULL);
	if (status != 200)
		return kht_fail(why, len, "way %d: status %d", way, status);
	return 0;
}

static int t_copy_body(char *why, size_t len)
{
	struct kh_receive_request_args rr;
	const struct kh_request *r = (const void *)rx_buf;
	int fd = worker_open(RX_URL), s, way, chunked, rc = 0;
	static const char get[] = "GET /rx/get HTTP/1.1\r\nHost: r\r\n\r\n";
	char b[8];

	if (fd < 0)
		return kht_fail(why, len, "worker: %s", strerror(errno));
	s = kht_connect(RX_PORT);
	if (s < 0) {
		kht_unbind(fd, RX_URL);
		return kht_fail(why, len, "connect: %s", strerror(errno));
	}
	/* keep-alive: all of them over one connection, in order */
	for (chunked = 0; !rc && chunked < 2; chunked++)
		for (way = 0; !rc && way < 4; way++)
			if (one_way(fd, s, chunked, way, why, len))
				rc = -1;
	/* no body: no flag either way; receive-body has nothing */
	if (!rc && (kht_send_all(s, get, sizeof(get) - 1) || wait_request(fd, 5000) ||
		    receive(fd, 0, 0, sizeof(rx_buf), &rr)))
		rc = kht_fail(why, len, "GET: %s", strerror(errno));
	if (!rc && (r->flags || r->entity_chunk_count || body_piece(fd, rr.request_id, b, 8)))
		rc = kht_fail(why, len, "GET: flags %#x chunks %u", r->flags,
			      r->entity_chunk_count);
	if (!rc && (respond(fd, rr.request_id, "ok", 2, NULL) ||
		    read_response(s, NULL, 0, NULL) != 200))
		rc = kht_fail(why, len, "GET: no answer");
	close(s);
	kht_unbind(fd, RX_URL);
	return rc;
}

/* ---- chunked uploads that stream ---- */

#define BIG_UPLOAD	(64u << 20)

/* the client: a chunked body of total bytes in odd pieces, then the tail */
static void upload_client(int out, size_t total, const char *tail, int next_get)
{
	static const size_t sizes[] = { 1, 4093, 65537, 7, 100003, 13, 262147, 2, 31337 };
	static char piece[262147 + 64];
	char head[256], res[64];
	size_t off = 0, k = 0;
	int s = kht_connect(RX_PORT), st1, st2 = 0, n;

	if (s < 0)
		_exit(2);
	n = snprintf(head, sizeof(head), "POST /rx/up HTTP/1.1\r\nHost: r\r\n"
		     "Transfer-Encoding: chunked\r\n\r\n");
	kht_send_all(s, head, n);
	while (off < total) {
		size_t sz = sizes[k++ % KHT_ARRAY_SIZE(sizes)], i;
		char *p = piece;

		if (sz > total - off)
			sz = total - off;
		p += sprintf(p, k % 3 ? "%zx\r\n" : "%zX;name=\"v\";x\r\n", sz);
		for (i = 0; i < sz; i++)
			*p++ = body_byte(off + i);
		*p++ = '\r';
		*p++ = '\n';
		off += sz;
		if (kht_send_all(s, piece, p - piece))
			break;	/* the kernel may close before the end: see the status */
	}
	kht_send_all(s, tail, strlen(tail));
	st1 = read_response(s, NULL, 0, NULL);
	if (next_get && st1 == 200) {	/* the next request starts where it should */
		static const char get[] = "GET /none HTTP/1.1\r\nHost: r\r\n\r\n";

		kht_send_all(s, get, sizeof(get) - 1);
		st2 = read_response(s, NULL, 0, NULL);
	} else if (read(s, res, 1) == 0) {
		st2 = -2;	/* the kernel closed the connection */
	}
	n = snprintf(res, sizeof(res), "%d %d", st1, st2);
	if (write(out, res, n) != n)
		_exit(3);
	_exit(0);
}

struct upload {
	long err;		/* receive-body's end: 0 or -errno */
	unsigned long long got;	/* body bytes read */
	__u32 fnv;
	char client[64];	/* the client's statuses */
};

/*
 * A forked client uploads; this worker reads the body through a 64 KiB
 * buffer (at most read_max bytes, then answers) and answers 200.
 */
static int upload(size_t total, const char *tail, int next_get, size_t read_max,
		  struct upload *u, char *why, size_t len)
{
	static unsigned char buf[65536];
	struct kh_receive_request_args rr;
	const struct kh_request *r = (const void *)rx_buf;
	int fd = worker_open(RX_URL), p[2], st;
	pid_t pid;
	ssize_t n;
	long got;

	memset(u, 0, sizeof(*u));
	u->fnv = 2166136261u;
	if (fd < 0 || pipe(p))
		return kht_fail(why, len, "worker: %s", strerror(errno));
	pid = fork();
	if (pid == 0) {
		close(p[0]);
		upload_client(p[1], total, tail, next_get);
	}
	close(p[1]);
	if (wait_request(fd, 10000) ||
	    receive(fd, KH_RECEIVE_FLAG_COPY_BODY, 0, sizeof(rx_buf), &rr)) {
		kill(pid, SIGKILL);
		waitpid(pid, &st, 0);
		close(p[0]);
		kht_unbind(fd, RX_URL);
		return kht_fail(why, len, "no request: %s", strerror(errno));
	}
	if (r->entity_chunk_count || !(r->flags & KH_REQUEST_FLAG_MORE_ENTITY_BODY))
		u->err = -1000;	/* a streaming body never comes along */
	while (!u->err && u->got < read_max) {
		got = body_piece(fd, rr.request_id, buf, sizeof(buf));
		if (got <= 0) {
			u->err = got;
			break;
		}
		u->fnv = fnv1a(u->fnv, buf, got);
		u->got += got;
	}
	respond(fd, rr.request_id, "ok", 2, NULL);
	n = read(p[0], u->client, sizeof(u->client) - 1);
	u->client[n > 0 ? n : 0] = 0;
	close(p[0]);
	waitpid(pid, &st, 0);
	kht_unbind(fd, RX_URL);
	return 0;
}

static __u32 expected_fnv(size_t total)
{
	static unsigned char b[65536];
	__u32 h = 2166136261u;
	size_t off, i, n;

	for (off = 0; off < total; off += n) {
		n = total - off < sizeof(b) ? total - off : sizeof(b);
		for (i = 0; i < n; i++)
			b[i] = body_byte(off + i);
		h = fnv1a(h, b, n);
	}
	return h;
}

static int t_chunked_upload(char *why, size_t len)
{
	struct upload u;

	if (upload(BIG_UPLOAD, "0\r\nX-Sum: 1\r\n\r\n", 1, SIZE_MAX, &u, why, len))
		return -1;
	if (u.err || u.got != BIG_UPLOAD || u.fnv != expected_fnv(BIG_UPLOAD))
		return kht_fail(why, len, "end %ld, %llu bytes, fnv %08x", u.err, u.got, u.fnv);
	if (strcmp(u.client, "200 404"))
		return kht_fail(why, len, "client saw [%s], want [200 404]", u.client);
	return 0;
}

/* the worker reads 100 KB of 3 MiB and answers: the kernel skips the rest */
static int t_chunked_skip(char *why, size_t len)
{
	struct upload u;

	if (upload(3u << 20, "0\r\n\r\n", 1, 100000, &u, why, len))
		return -1;
	if (u.err || u.got < 100000 || strcmp(u.client, "200 404"))
		return kht_fail(why, len, "end %ld, %llu bytes, client [%s]", u.err, u.got,
				u.client);
	return 0;
}

/* 1.5 MiB of good chunks, then a chunk size that is none */
static int t_chunked_malformed(char *why, size_t len)
{
	struct upload u;

	if (upload(3u << 19, "zz\r\n0\r\n\r\n", 0, SIZE_MAX, &u, why, len))
		return -1;
	if (u.err != -EBADMSG || u.got != 3u << 19)
		return kht_fail(why, len, "end %ld (%s), %llu bytes", u.err, strerror(-u.err),
				u.got);
	/* the 400 reaches the client unless its unread bytes made the close a reset */
	if (strcmp(u.client, "400 -2") && strcmp(u.client, "-1 0"))
		return kht_fail(why, len, "client saw [%s], want [400 -2]", u.client);
	return 0;
}

/* max_body_bytes 2 MiB: a chunked body of 3 MiB fails at 2 MiB with 413 */
static int t_chunked_too_big(char *why, size_t len)
{
	struct kh_limits_args old = { 0 }, l = { .mask = KH_LIMIT_MAX_BODY_BYTES,
						 .max_body_bytes = 2u << 20 };
	struct upload u;
	int rc;

	if (kht_limits(&old) || kht_limits(&l))
		return kht_fail(why, len, "limits: %s", strerror(errno));
	rc = upload(3u << 20, "0\r\n\r\n", 0, SIZE_MAX, &u, why, len);
	kht_limits_restore(&old);
	if (rc)
		return -1;
	if (u.err != -EFBIG || u.got > 2u << 20 || u.got < (2u << 20) - 300000)
		return kht_fail(why, len, "end %ld (%s), %llu bytes", u.err, strerror(-u.err),
				u.got);
	if (strcmp(u.client, "413 -2") && strcmp(u.client, "-1 0"))
		return kht_fail(why, len, "client saw [%s], want [413 -2]", u.client);
	return 0;
}

/* ---- the idle timeout ---- */

static double now(void)
{
	struct timespec t;

	clock_gettime(CLOCK_MONOTONIC, &t);
	return t.tv_sec + t.tv_nsec / 1e9;
}

/* seconds until the kernel closes s (read gives 0), or -1 */
static double until_closed(int s)
{
	double t0 = now();
	char c;
	ssize_t n = read(s, &c, 1);

	return n == 0 ? now() - t0 : -1;
}

#define IDLE_MS	1200
#define IDLE_MIN_S	(IDLE_MS * 0.8 / 1000)	/* not much earlier than the timeout */
#define IDLE_MAX_S	(IDLE_MS / 1000.0 + 3)	/* nor much later (TCG is slow) */

static int t_idle_timeout(char *why, size_t len)
{
	struct kh_limits_args old = { 0 }, l = { .mask = KH_LIMIT_IDLE_TIMEOUT,
						 .idle_timeout_ms = IDLE_MS };
	static const char get[] = "GET /none HTTP/1.1\r\nHost: r\r\n\r\n";
	int fd = worker_open(RX_URL), quiet = -1, used = -1, rc = 0;
	double t_quiet, t_used, t0;

	if (fd < 0)
		return kht_fail(why, len, "worker: %s", strerror(errno));
	if (kht_limits(&old) || kht_limits(&l)) {
		kht_unbind(fd, RX_URL);
		return kht_fail(why, len, "limits: %s", strerror(errno));
	}
	t0 = now();
	quiet = kht_connect(RX_PORT);	/* never says anything */
	used = kht_connect(RX_PORT);	/* one request (the kernel's 404), then idles */
	if (quiet < 0 || used < 0 || kht_send_all(used, get, sizeof(get) - 1) ||
	    read_response(used, NULL, 0, NULL) != 404) {
		rc = kht_fail(why, len, "connections: %s", strerror(errno));
		goto out;
	}
	t_used = until_closed(used);
	t_quiet = until_closed(quiet);	/* it had waited meanwhile: closes soon after */
	if (t_quiet >= 0)
		t_quiet = now() - t0;
	if (t_used < IDLE_MIN_S || t_used > IDLE_MAX_S)
		rc = kht_fail(why, len, "an idle keep-alive connection closed after %.2f s (%d ms)",
			      t_used, IDLE_MS);
	else if (t_quiet < IDLE_MIN_S || t_quiet > t_used + 4)
		rc = kht_fail(why, len, "a silent connection closed after %.2f s", t_quiet);
out:
	if (quiet >= 0)
		close(quiet);
	if (used >= 0)
		close(used);
	kht_limits_restore(&old);
	/* the default again: a connection stays well beyond the short timeout */
	if (!rc) {
		used = kht_connect(RX_PORT);
		if (used < 0) {
			rc = kht_fail(why, len, "connect: %s", strerror(errno));
		} else {
			struct pollfd p = { .fd = used, .events = POLLIN };

			if (poll(&p, 1, IDLE_MS * 2) != 0)
				rc = kht_fail(why, len, "closed under the restored limits");
			close(used);
		}
	}
	kht_unbind(fd, RX_URL);
	return rc;
}

/*
 * A keep-alive connection idles out after a worker's answer too, counted
 * from the answer: the send writes it itself (no work item runs after
 * it), the idle clock must still start. The answer comes 300 ms after
 * the request, when the work item is surely done with it.
 */
static int t_idle_after_answer(char *why, size_t len)
{
	struct kh_limits_args old = { 0 }, l = { .mask = KH_LIMIT_IDLE_TIMEOUT,
						 .idle_timeout_ms = IDLE_MS };
	static const char get[] = "GET /rx/idle HTTP/1.1\r\nHost: r\r\n\r\n";
	struct kh_receive_request_args rr;
	int fd = worker_open(RX_URL), s = -1, rc = 0;
	double t;

	if (fd < 0)
		return kht_fail(why, len, "worker: %s", strerror(errno));
	if (kht_limits(&old) || kht_limits(&l)) {
		kht_unbind(fd, RX_URL);
		return kht_fail(why, len, "limits: %s", strerror(errno));
	}
	s = kht_connect(RX_PORT);
	if (s < 0 || kht_send_all(s, get, sizeof(get) - 1) || wait_request(fd, 5000) ||
	    receive(fd, 0, 0, sizeof(rx_buf), &rr) || usleep(300000) ||
	    respond(fd, rr.request_id, "ok", 2, NULL) ||
	    read_response(s, NULL, 0, NULL) != 200) {
		rc = kht_fail(why, len, "request: %s", strerror(errno));
		goto out;
	}
	t = until_closed(s);
	if (t < IDLE_MIN_S || t > IDLE_MAX_S)
		rc = kht_fail(why, len, "idle after a worker's answer: closed after %.2f s (%d ms)",
			      t, IDLE_MS);
out:
	if (s >= 0)
		close(s);
	kht_limits_restore(&old);
	kht_unbind(fd, RX_URL);
	return rc;
}

/* ---- the response cache's LRU eviction ---- */

/*
 * 140 entries of 252 KiB: 120 fit in the 32 MiB bound, the rest evict the
 * least recently used. (Small enough that a hit's copy is one allocation.)
 */
#define LRU_BODY	(252u << 10)
#define LRU_FIT		120
#define LRU_N		140

/*
 * GET /rx/lru<i> on connection s; a request reaching the worker gets a
 * body that starts with "n=<count>" (cached when cache says so). *woken:
 * whether the worker saw it; the body's first bytes in tag.
 */
static int lru_get(int fd, int s, int i, int cache, int *woken, char *tag, size_t cap)
{
	static char *body;
	static unsigned int served;
	struct kh_cache_policy cp = { .policy = KH_CACHE_USER_INVALIDATES };
	struct kh_receive_request_args rr;
	char req[96];
	size_t blen;
	int n = snprintf(req, sizeof(req), "GET /rx/lru%d HTTP/1.1\r\nHost: c\r\n\r\n", i);

	if (!body) {
		body = malloc(LRU_BODY);
		if (!body)
			return -1;
		memset(body, 'x', LRU_BODY);
	}
	if (kht_send_all(s, req, n))
		return -1;
	{	/* whichever comes first: the response (a hit) or the request */
		struct pollfd p[2] = { { .fd = fd, .events = POLLIN },
				       { .fd = s, .events = POLLIN } };

		if (poll(p, 2, 10000) <= 0)
			return -1;
		*woken = !!(p[0].revents & POLLIN);
	}
	if (*woken) {
		if (receive(fd, 0, 0, sizeof(rx_buf), &rr))
			return -1;
		n = snprintf(body, 16, "n=%u,", ++served);
		body[n] = 'x';
		if (respond(fd, rr.request_id, body, LRU_BODY, cache ? &cp : NULL))
			return -1;
	}
	if (read_response(s, tag, cap, &blen) != 200 || blen != LRU_BODY)
		return -1;
	tag[cap - 1] = 0;
	/* a hit left nothing for the worker */
	return *woken || receive(fd, 0, 0, sizeof(rx_buf), &rr) == EAGAIN ? 0 : -1;
}

static int t_cache_lru(char *why, size_t len)
{
	int fd = worker_open(RX_URL), s, i, woken, rc = 0;
	char tag[12], last[12], t[12];

	if (fd < 0 || fcntl(fd, F_SETFL, O_NONBLOCK))	/* a hit leaves -EAGAIN */
		return kht_fail(why, len, "worker: %s", strerror(errno));
	kht_flush_cache("");	/* entries of earlier tests would be evicted first */
	s = kht_connect(RX_PORT);
	if (s < 0) {
		kht_unbind(fd, RX_URL);
		return kht_fail(why, len, "connect: %s", strerror(errno));
	}
	for (i = 0; !rc && i < LRU_N; i++) {
		if (lru_get(fd, s, i, 1, &woken, i ? last : tag, sizeof(t)) || !woken)
			rc = kht_fail(why, len, "store %d: woken %d", i, woken);
		/* before the bound is reached, 0 is hit: now the most recent */
		if (!rc && i == LRU_FIT - 1 &&
		    (lru_get(fd, s, 0, 0, &woken, t, sizeof(t)) || woken || strcmp(t, tag)))
			rc = kht_fail(why, len, "hit 0: woken %d, [%s] for [%s]", woken, t, tag);
	}
	/* past the bound: 0 stays, 1 (least recently used) went, the newest is there */
	if (!rc && (lru_get(fd, s, 0, 0, &woken, t, sizeof(t)) || woken || strcmp(t, tag)))
		rc = kht_fail(why, len, "0 after eviction: woken %d, [%s] for [%s]", woken, t, tag);
	if (!rc && (lru_get(fd, s, LRU_N - 1, 0, &woken, t, sizeof(t)) || woken ||
		    strcmp(t, last)))
		rc = kht_fail(why, len, "the newest: woken %d, [%s] for [%s]", woken, t, last);
	if (!rc && (lru_get(fd, s, 1, 0, &woken, t, sizeof(t)) || !woken))
		rc = kht_fail(why, len, "1 was not evicted: woken %d, [%s]", woken, t);
	close(s);
	kht_flush_cache("http://c/");
	kht_drain_log();
	kht_unbind(fd, RX_URL);
	return rc;
}

/* ---- a port that listens again at once ---- */

#define RELISTEN_ROUNDS	200

/*
 * Each round a new worker file registers the port's only prefix, a client
 * connects at once, the prefix goes (the listener closes): not one refusal.
 */
static int t_relisten(char *why, size_t len)
{
	struct kh_queue_args q = { .flags = KH_QUEUE_CREATE | KH_QUEUE_OPEN,
				   .name = "rl-" KHT_ABI_NAME };
	struct kh_url_args u = { .url = RL_URL, .url_length = sizeof(RL_URL) - 1 };
	int i, refused = 0, other = 0, s, fd;

	q.name_length = strlen(q.name);
	for (i = 0; i < RELISTEN_ROUNDS && !other; i++) {
		fd = open(KHT_DEV, O_RDWR | O_CLOEXEC);
		if (fd < 0 || ioctl(fd, KH_IOC_QUEUE, &q) || ioctl(fd, KH_IOC_ADD_URL, &u)) {
			other = errno;
			if (fd >= 0)
				close(fd);
			break;
		}
		s = kht_connect(RL_PORT);
		if (s < 0 && errno == ECONNREFUSED)
			refused++;
		else if (s < 0)
			other = errno;
		if (s >= 0)
			close(s);
		if (ioctl(fd, KH_IOC_REMOVE_URL, &u))
			other = errno;
		close(fd);
	}
	if (refused || other)
		return kht_fail(why, len, "%d of %d connects refused; error %s", refused, i,
				other ? strerror(other) : "none");
	return 0;
}

/* ---- IPv6 ---- */

static int connect6(int port)
{
	struct sockaddr_in6 sin6 = { .sin6_family = AF_INET6, .sin6_port = htons(port),
				     .sin6_addr = IN6ADDR_LOOPBACK_INIT };
	struct timeval tv = { .tv_sec = 10 };
	int s = socket(AF_INET6, SOCK_STREAM | SOCK_CLOEXEC, 0);

	if (s < 0)
		return -1;
	if (connect(s, (void *)&sin6, sizeof(sin6))) {
		close(s);
		return -1;
	}
	setsockopt(s, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof(tv));
	return s;
}

/* a GET for [::1] over s: the worker sees family and host; the status */
static int v6_get(int fd, int s, const char *path, int family, char *why, size_t len)
{
	struct kh_receive_request_args rr;
	const struct kh_request *r = (const void *)rx_buf;
	static const char host[] = "[::1]:8095";
	char req[128];
	int n = snprintf(req, sizeof(req), "GET %s HTTP/1.1\r\nHost: %s\r\n\r\n", path, host);
	const struct sockaddr *remote;

	if (kht_send_all(s, req, n))
		return kht_fail(why, len, "%s: send: %s", path, strerror(errno));
	if (family) {
		if (wait_request(fd, 5000) || receive(fd, 0, 0, sizeof(rx_buf), &rr))
			return kht_fail(why, len, "%s: no request", path);
		remote = r->address.remote;
		if (!remote || remote->sa_family != family ||
		    r->cooked_url.host_length != strlen(host) ||
		    memcmp(r->cooked_url.host, host, strlen(host)))
			return kht_fail(why, len, "%s: family %d, host [%.*s]", path,
					remote ? remote->sa_family : -1,
					(int)r->cooked_url.host_length, r->cooked_url.host);
		if (respond(fd, rr.request_id, "v6", 2, NULL))
			return kht_fail(why, len, "%s: send: %s", path, strerror(errno));
	}
	return read_response(s, NULL, 0, NULL);
}

/*
 * http://[::1]:8095/v6/: a client over ::1 reaches the worker, one over
 * 127.0.0.1 is refused (an address literal's port listens on that address
 * alone: docs/security.md), a path of no prefix gets the kernel's 404
 * over IPv6; broken IPv6 literals are no prefix.
 */
static int t_ipv6(char *why, size_t len)
{
	static const char *const bad[] = { "http://[::1/x/", "http://[]:8095/x/",
					   "http://[::1]x:8095/x/", "http://[::1]:/x/" };
	/* family 0: the kernel answers (no prefix) */
	static const struct { const char *path; int family, status; } steps[] = {
		{ "/v6/a", AF_INET6, 200 }, { "/none", 0, 404 },
	};
	struct kh_url_args u = { 0 };
	int fd = worker_open(V6_URL), s4 = -1, s6 = -1, rc = 0, st;
	size_t i;

	if (fd < 0)
		return kht_fail(why, len, "worker: %s", strerror(errno));
	for (i = 0; i < KHT_ARRAY_SIZE(bad) && !rc; i++) {
		u.url = bad[i];
		u.url_length = strlen(bad[i]);
		if (ioctl(fd, KH_IOC_ADD_URL, &u) == 0 || errno != EINVAL)
			rc = kht_fail(why, len, "%s: %s", bad[i], strerror(errno));
	}
	s4 = kht_connect(V6_PORT);
	if (!rc && (s4 >= 0 || errno != ECONNREFUSED))
		rc = kht_fail(why, len, "IPv4 to [::1]'s port: %d (%s), want ECONNREFUSED", s4,
			      strerror(errno));
	s6 = connect6(V6_PORT);
	if (!rc && s6 < 0)
		rc = kht_fail(why, len, "connect over IPv6: %s", strerror(errno));
	for (i = 0; !rc && i < KHT_ARRAY_SIZE(steps); i++) {
		st = v6_get(fd, s6, steps[i].path,
			    steps[i].family, why, len);
		if (st != steps[i].status)
			rc = st == -1 && *why ? -1 : kht_fail(why, len, "%s: status %d",
							      steps[i].path, st);
	}
	if (s4 >= 0)
		close(s4);
	if (s6 >= 0)
		close(s6);
	kht_unbind(fd, V6_URL);
	return rc;
}

const struct kht_test kht_recv_tests[] = {
	{ "copy_body", t_copy_body },
	{ "chunked_upload", t_chunked_upload },
	{ "chunked_skip", t_chunked_skip },
	{ "chunked_malformed", t_chunked_malformed },
	{ "chunked_too_big", t_chunked_too_big },
	{ "idle_timeout", t_idle_timeout },
	{ "idle_after_answer", t_idle_after_answer },
	{ "cache_lru", t_cache_lru },
	{ "relisten", t_relisten },
	{ "ipv6", t_ipv6 },
};

const size_t kht_nrecv_tests = KHT_ARRAY_SIZE(kht_recv_tests);
