// SPDX-License-Identifier: GPL-2.0
/*
 * One response per request, and the parser's work (issue 22; issue 13,
 * item 4):
 *  - resp_once: a second send-response gets -EALREADY, a send-body after
 *    the last one -ENOENT, a cancel after the last piece -ENOENT; the
 *    client reads exactly one response;
 *  - resp_length: the worker's Content-Length is a number (else -EINVAL),
 *    the pieces are counted against it (past it -EINVAL, nothing sent: no
 *    forged second response on the keep-alive connection), a short last
 *    piece closes the connection;
 *  - parse_work: the bytes the parser examines (parse_bytes) for one
 *    request sent whole and in 1-byte, 512-byte and 4 KiB pieces stay
 *    within a bound that re-scanning from the start breaks.
 * With --race (the race group, 2 vCPUs): two workers race MORE_DATA
 * send-responses, and a cancel races a send, for the same request id;
 * every client must read exactly one status line. --parse-cpu prints the
 * system CPU of large chunked and Content-Length bodies (not a test).
 */
#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <semaphore.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/socket.h>
#include <time.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <unistd.h>
#include "kht.h"
#include "kht_worker.h"

#define RACE_PORT	8097
#define RACE_QUEUE	"race"
#define RACE_URL	"http://*:8097/race/"
#define PARSE_BYTES	"/sys/module/khttp/parameters/parse_bytes"

/* a request of this file's queue, taken; 0 on failure */
static __u64 take(int fd)
{
	static char buf[16384] __attribute__((aligned(8)));
	struct kh_receive_request_args rr = { .buffer_length = sizeof(buf),
					      .buffer = (void *)buf };

	return ioctl(fd, KH_IOC_RECEIVE_REQUEST, &rr) ? 0 : rr.request_id;
}

/* errno of a send-response of body (0 on success); length: a Content-Length */
static int respond(int fd, __u64 id, __u32 flags, const char *body, const char *length)
{
	struct kh_response r = { .status_code = 200, .version = { 1, 1 } };
	struct kh_send_response_args a = { .request_id = id, .flags = flags, .response = &r };
	struct kh_data_chunk c;

	kht_mem_chunk(&c, body, strlen(body));
	r.entity_chunk_count = 1;
	r.entity_chunks = &c;
	if (length) {
		r.headers.known_headers[KH_HEADER_CONTENT_LENGTH].value = length;
		r.headers.known_headers[KH_HEADER_CONTENT_LENGTH].value_length = strlen(length);
	}
	return ioctl(fd, KH_IOC_SEND_RESPONSE, &a) ? errno : 0;
}

static int body(int fd, __u64 id, __u32 flags, const char *s)
{
	struct kh_send_body_args a = { .request_id = id, .flags = flags, .chunk_count = 1 };
	struct kh_data_chunk c;

	kht_mem_chunk(&c, s, strlen(s));
	a.chunks = &c;
	return ioctl(fd, KH_IOC_SEND_BODY, &a) ? errno : 0;
}

static int cancel(int fd, __u64 id)
{
	struct kh_cancel_args a = { .request_id = id };

	return ioctl(fd, KH_IOC_CANCEL, &a) ? errno : 0;
}

/*
 * What the client reads until the server closes, nothing comes for ms, or
 * (if until) the bytes read hold until.
 */
static ssize_t read_until(int s, char *out, size_t cap, int ms, const char *until)
{
	struct timeval tv = { .tv_sec = ms / 1000, .tv_usec = ms % 1000 * 1000 };
	size_t got = 0;
	ssize_t n;

	setsockopt(s, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof(tv));
	out[0] = 0;
	while (got < cap - 1 && (n = recv(s, out + got, cap - 1 - got, 0)) > 0) {
		got += n;
		out[got] = 0;
		if (until && strstr(out, until))
			break;
	}
	return got;
}

static ssize_t read_for(int s, char *out, size_t cap, int ms)
{
	return read_until(s, out, cap, ms, NULL);
}

static int count_of(const char *hay, const char *needle)
{
	int n = 0;

	for (; (hay = strstr(hay, needle)); hay++)
		n++;
	return n;
}

static int get(int s, const char *path, int close)
{
	char req[256];

	snprintf(req, sizeof(req), "GET /race/%s HTTP/1.1\r\nHost: r\r\n%s\r\n", path,
		 close ? "Connection: close\r\n" : "");
	return kht_send_all(s, req, strlen(req));
}

/* a file bound to the race queue, a client that asked for path, its request taken */
static int begin(const char *path, int *fd, int *s, __u64 *id, char *why, size_t len)
{
	*s = -1;
	*fd = kht_bound_fd(RACE_QUEUE, RACE_URL);
	if (*fd < 0)
		return kht_fail(why, len, "queue: %d", errno);
	*s = kht_connect(RACE_PORT);
	*id = *s < 0 || get(*s, path, 0) ? 0 : take(*fd);
	if (!*id)
		return kht_fail(why, len, "request: %d", errno);
	return 0;
}

static int finish(int fd, int s, int rc)
{
	if (s >= 0)
		close(s);
	if (fd >= 0)
		kht_unbind(fd, RACE_URL);
	return rc;
}

static int t_resp_once(char *why, size_t len)
{
	int fd, s, rc = -1, e[6];
	static char out[4096];
	__u64 id;

	if (begin("once", &fd, &s, &id, why, len))
		return finish(fd, s, -1);
	e[0] = respond(fd, id, KH_SEND_FLAG_MORE_DATA, "first,", NULL);
	e[1] = respond(fd, id, KH_SEND_FLAG_MORE_DATA, "SECOND", NULL);	/* a second head */
	e[2] = respond(fd, id, 0, "SECOND", NULL);
	e[3] = body(fd, id, 0, "end");
	e[4] = body(fd, id, 0, "AFTER");				/* after the last */
	e[5] = cancel(fd, id);
	if (e[0] || e[1] != EALREADY || e[2] != EALREADY || e[3] || e[4] != ENOENT ||
	    e[5] != ENOENT) {
		kht_fail(why, len, "errnos %d %d %d %d %d %d (want 0 %d %d 0 %d %d)", e[0], e[1],
			 e[2], e[3], e[4], e[5], EALREADY, EALREADY, ENOENT, ENOENT);
		goto out;
	}
	read_for(s, out, sizeof(out), 300);
	if (count_of(out, "HTTP/1.1 ") != 1 || strstr(out, "SECOND") || strstr(out, "AFTER") ||
	    !strstr(out, "6\r\nfirst,\r\n3\r\nend\r\n0\r\n\r\n")) {
		kht_fail(why, len, "client read [%.300s]", out);
		goto out;
	}
	/* the connection stays usable: a whole response, then nothing more */
	id = get(s, "once2", 0) ? 0 : take(fd);
	if (!id || respond(fd, id, 0, "two", NULL) ||
	    respond(fd, id, 0, "TWO", NULL) != ENOENT || body(fd, id, 0, "x") != ENOENT) {
		kht_fail(why, len, "second request: %d", errno);
		goto out;
	}
	read_for(s, out, sizeof(out), 300);
	if (count_of(out, "HTTP/1.1 ") != 1 || strstr(out, "TWO")) {
		kht_fail(why, len, "second answer [%.300s]", out);
		goto out;
	}
	rc = 0;
out:
	return finish(fd, s, rc);
}

/*
 * The worker's Content-Length: a number, counted. Past it -EINVAL and
 * nothing goes out (the 52 bytes that would be a forged response on the
 * keep-alive connection); short at the last piece, the connection closes.
 */
static int t_resp_length(char *why, size_t len)
{
	static const char forged[] = "HTTP/1.1 200 OK\r\nContent-Length: 6\r\n\r\nforged";
	int fd, s, rc = -1, e[5];
	static char out[4096];
	__u64 id;

	if (begin("len", &fd, &s, &id, why, len))
		return finish(fd, s, -1);
	e[0] = respond(fd, id, KH_SEND_FLAG_MORE_DATA, "ab", "-1, 7");
	e[1] = respond(fd, id, KH_SEND_FLAG_MORE_DATA, "abcdef", "5");	/* over at once */
	e[2] = respond(fd, id, KH_SEND_FLAG_MORE_DATA, "ab", "5");
	e[3] = body(fd, id, 0, forged);					/* past it */
	e[4] = body(fd, id, 0, "cde");
	if (e[0] != EINVAL || e[1] != EINVAL || e[2] || e[3] != EINVAL || e[4]) {
		kht_fail(why, len, "errnos %d %d %d %d %d (want %d %d 0 %d 0)", e[0], e[1], e[2],
			 e[3], e[4], EINVAL, EINVAL, EINVAL);
		goto out;
	}
	read_for(s, out, sizeof(out), 300);
	if (count_of(out, "HTTP/1.1 ") != 1 || strstr(out, "forged") ||
	    !strstr(out, "Content-Length: 5\r\n") || !strstr(out, "\r\n\r\nabcde") ||
	    strstr(out, "\r\n\r\nabcde")[9]) {
		kht_fail(why, len, "client read [%.300s]", out);
		goto out;
	}
	/* short: 3 of 10 bytes, then the close */
	id = get(s, "short", 0) ? 0 : take(fd);
	if (!id ||
	    respond(fd, id, KH_SEND_FLAG_MORE_DATA, "ab", "10") || body(fd, id, 0, "c")) {
		kht_fail(why, len, "short: %d", errno);
		goto out;
	}
	if (read_for(s, out, sizeof(out), 3000) < 0 || !strstr(out, "\r\n\r\nabc") ||
	    strstr(out, "\r\n\r\nabc")[7] || recv(s, out, 1, 0) != 0) {
		kht_fail(why, len, "short answer not closed [%.300s]", out);
		goto out;
	}
	rc = 0;
out:
	return finish(fd, s, rc);
}

/* ---- the parser's work ---- */

static unsigned long long parse_bytes(void)
{
	unsigned long long v = 0;
	FILE *f = fopen(PARSE_BYTES, "r");

	if (f) {
		if (fscanf(f, "%llu", &v) != 1)
			v = 0;
		fclose(f);
	}
	return v;
}

/*
 * A POST to a path no queue serves (the kernel parses it whole, then
 * answers 404): a 4 KiB header line and a chunked body of n 1-byte chunks.
 */
static size_t chunked_request(char *req, size_t n, const char *path)
{
	char *p = req + sprintf(req, "POST %s HTTP/1.1\r\nHost: r\r\nX-Pad: ", path);
	size_t i;

	memset(p, 'p', 4096);
	p += 4096;
	p += sprintf(p, "\r\nTransfer-Encoding: chunked\r\n\r\n");
	for (i = 0; i < n; i++)
		p += sprintf(p, "1\r\n%c\r\n", 'a' + (int)(i % 26));
	p += sprintf(p, "0\r\n\r\n");
	return p - req;
}

/* sends req in pieces of piece bytes; the status the client reads, or -1 */
static int send_pieces(const char *req, size_t n, size_t piece)
{
	int s = kht_connect(RACE_PORT), one = 1, status = -1;
	char out[512];
	size_t off;

	if (s < 0)
		return -1;
	setsockopt(s, IPPROTO_TCP, TCP_NODELAY, &one, sizeof(one));
	for (off = 0; off < n; off += piece)
		if (kht_send_all(s, req + off, n - off < piece ? n - off : piece))
			goto out;
	/* the kernel's 404 ("404 Not Found\n"); the connection stays */
	if (read_until(s, out, sizeof(out), 10000, "Found\n") > 12 &&
	    !strncmp(out, "HTTP/1.1 ", 9))
		status = atoi(out + 9);
out:
	close(s);
	return status;
}

#define WORK_CHUNKS	1024

static int t_parse_work(char *why, size_t len)
{
	static const size_t pieces[] = { 0, 1, 512, 4096 };	/* 0: whole */
	static char req[4096 + 6 * WORK_CHUNKS + 256];
	/* 4 KiB of header a byte per send: the debug kernel took over 30 s */
	struct kh_limits_args old = { 0 }, l = { .mask = KH_LIMIT_HEADER_TIMEOUT,
						 .header_timeout_ms = 600000 };
	int fd = kht_bound_fd(RACE_QUEUE, RACE_URL), rc = -1, status, limited = 0;
	unsigned long long before, work[4];
	size_t n = chunked_request(req, WORK_CHUNKS, "/nobody/"), i;

	if (fd < 0)
		return kht_fail(why, len, "queue: %d", errno);
	if (kht_limits(&old) || kht_limits(&l)) {
		kht_fail(why, len, "header timeout: %s", strerror(errno));
		goto out;
	}
	limited = 1;
	if (access(PARSE_BYTES, R_OK)) {
		kht_fail(why, len, "no %s", PARSE_BYTES);
		goto out;
	}
	for (i = 0; i < KHT_ARRAY_SIZE(pieces); i++) {
		before = parse_bytes();
		status = send_pieces(req, n, pieces[i] ? pieces[i] : n);
		work[i] = parse_bytes() - before;
		if (status != 404) {
			kht_fail(why, len, "pieces of %zu: status %d", pieces[i], status);
			goto out;
		}
	}
	printf("KHVM parse_work: %zu bytes; examined whole %llu, by 1 %llu, 512 %llu, 4096 %llu\n",
	       n, work[0], work[1], work[2], work[3]);
	/* each byte a few times, however it arrives (re-scanning from the start: 10x more) */
	for (i = 0; i < KHT_ARRAY_SIZE(pieces); i++)
		if (work[i] > 3 * n || work[i] > 2 * work[0] + 1024) {
			kht_fail(why, len, "pieces of %zu: %llu examined for %zu (whole: %llu)",
				 pieces[i], work[i], n, work[0]);
			goto out;
		}
	rc = 0;
out:
	if (limited)
		kht_limits_restore(&old);
	kht_unbind(fd, RACE_URL);
	return rc;
}

const struct kht_test kht_race_tests[] = {
	{ "resp_once", t_resp_once },
	{ "resp_length", t_resp_length },
	{ "parse_work", t_parse_work },
};

const size_t kht_nrace_tests = KHT_ARRAY_SIZE(kht_race_tests);

/* ---- the race group: two senders for one request id, 2 vCPUs ---- */

/* pairs per test: KH_RACE_PAIRS in the environment, else 2,000 */
static int race_pairs(void)
{
	const char *e = getenv("KH_RACE_PAIRS");

	return e && atoi(e) > 0 ? atoi(e) : 2000;
}

struct racer {
	int fd;
	int which;			/* 0: send-response; 1: the other send-response or cancel */
	int use_cancel;
	__u64 id;			/* the request of this round; 0: done */
	sem_t go;
	int err;			/* of the round: 0 if all its calls succeeded */
	int head;			/* send-response succeeded */
};

static sem_t race_done;
static int race_arrived;	/* the rendezvous: atomic builtins only */

static void *racer_main(void *arg)
{
	struct racer *r = arg;

	for (;;) {
		sem_wait(&r->go);
		if (!r->id)
			return NULL;
		/* both woken at once; the last to arrive lets both go */
		__atomic_fetch_add(&race_arrived, 1, __ATOMIC_SEQ_CST);
		while (__atomic_load_n(&race_arrived, __ATOMIC_ACQUIRE) < 2)
			;
		r->head = 0;
		if (r->use_cancel && r->which) {
			r->err = cancel(r->fd, r->id);
		} else {
			r->err = respond(r->fd, r->id, KH_SEND_FLAG_MORE_DATA,
					 r->which ? "second-worker," : "first-worker,", NULL);
			r->head = !r->err;
			if (!r->err)
				r->err = body(r->fd, r->id, 0, "end") ? -1 : 0;
		}
		sem_post(&race_done);
	}
}

/*
 * pairs rounds: a request taken, two workers (files of the same queue, a
 * thread each) send for it at the same moment; the client (Connection:
 * close) reads until the close. Exactly one status line, exactly one
 * winner (a cancel that comes after the head cuts the body short: one
 * status line all the same).
 */
static int race(int use_cancel, int pairs, char *why, size_t len)
{
	struct racer r[2] = { { .which = 0 }, { .which = 1 } };
	int fd = kht_bound_fd(RACE_QUEUE, RACE_URL), rc = -1, i, k, won[3] = { 0 };
	int bad = 0, doubled = 0, heads = 0;
	struct timespec t0, t1;
	pthread_t t[2];
	static char out[8192];

	if (fd < 0)
		return kht_fail(why, len, "queue: %d", errno);
	clock_gettime(CLOCK_MONOTONIC, &t0);
	sem_init(&race_done, 0, 0);
	for (k = 0; k < 2; k++) {
		r[k].fd = k ? kht_bound_fd(RACE_QUEUE, NULL) : fd;
		r[k].use_cancel = use_cancel;
		sem_init(&r[k].go, 0, 0);
		pthread_create(&t[k], NULL, racer_main, &r[k]);
	}
	for (i = 1; i <= pairs; i++) {
		int s = kht_connect(RACE_PORT), lines;
		__u64 id;

		id = s < 0 || get(s, "pair", 1) ? 0 : take(fd);
		if (!id) {
			kht_fail(why, len, "pair %d: request: %d", i, errno);
			if (s >= 0)
				close(s);
			goto out;
		}
		__atomic_store_n(&race_arrived, 0, __ATOMIC_SEQ_CST);
		for (k = 0; k < 2; k++) {
			r[k].id = id;
			sem_post(&r[k].go);
		}
		for (k = 0; k < 2; k++)
			sem_wait(&race_done);
		read_for(s, out, sizeof(out), 10000);
		close(s);
		lines = count_of(out, "HTTP/1.1 ");
		won[!r[0].err + !r[1].err]++;
		heads += r[0].head && r[1].head;
		if (lines != 1 || (!use_cancel && r[0].head == r[1].head)) {
			if (!bad++)	/* the first one tells; all are counted */
				kht_fail(why, len, "pair %d: %d status lines, errors %d %d [%.99s]",
					 i, lines, r[0].err, r[1].err, out);
			doubled += lines > 1;
		}
	}
	clock_gettime(CLOCK_MONOTONIC, &t1);
	printf("KHVM race_%s: %d pairs in %.1f s, one winner %d, both %d, none %d; "
	       "bad %d: two heads sent %d, more than one status line %d\n",
	       use_cancel ? "cancel" : "more_data", pairs,
	       t1.tv_sec - t0.tv_sec + (t1.tv_nsec - t0.tv_nsec) / 1e9, won[1], won[2], won[0],
	       bad, heads, doubled);
	rc = bad ? -1 : 0;
out:
	for (k = 0; k < 2; k++) {
		r[k].id = 0;
		sem_post(&r[k].go);
		pthread_join(t[k], NULL);
	}
	close(r[1].fd);
	kht_unbind(fd, RACE_URL);
	return rc;
}

static int t_race_more_data(char *why, size_t len)
{
	return race(0, race_pairs(), why, len);
}

static int t_race_cancel(char *why, size_t len)
{
	return race(1, race_pairs() / 2, why, len);
}

const struct kht_test kht_race_stress[] = {
	{ "race_more_data", t_race_more_data },
	{ "race_cancel", t_race_cancel },
	{ "race_access_grant", kht_race_access_grant },
	{ "race_access_reservation", kht_race_access_reservation },
	{ "race_access_netns", kht_race_access_netns },
};

const size_t kht_nrace_stress = KHT_ARRAY_SIZE(kht_race_stress);

/* ---- --parse-cpu: system CPU of large bodies (issue 22's figures) ---- */

static unsigned long long system_ticks(void)
{
	unsigned long long v[7] = { 0 };
	FILE *f = fopen("/proc/stat", "r");

	if (f) {
		if (fscanf(f, "cpu %llu %llu %llu %llu %llu %llu %llu", &v[0], &v[1], &v[2],
			   &v[3], &v[4], &v[5], &v[6]) != 7)
			memset(v, 0, sizeof(v));
		fclose(f);
	}
	return v[2] + v[5] + v[6];	/* system, irq, softirq */
}

/* the ticks (1/100 s) of reps sends of req in 512-byte pieces */
static unsigned long long cpu_of(const char *req, size_t n, int reps)
{
	unsigned long long t0 = system_ticks();
	int i;

	for (i = 0; i < reps; i++)
		if (send_pieces(req, n, 512) != 404)
			printf("KHVM parse-cpu: no 404\n");
	return system_ticks() - t0;
}

int kht_parse_cpu(int reps)
{
	size_t sizes[2] = { 900000, 1800000 }, k, n;
	char *req = malloc(2 * 1800000 + 8192);
	int fd = kht_bound_fd(RACE_QUEUE, RACE_URL);

	if (!req || fd < 0)
		return 1;
	for (k = 0; k < 2; k++) {
		unsigned long long ch, cl;
		size_t chunks = (sizes[k] - 4096) / 6;

		size_t h, body;

		n = chunked_request(req, chunks, "/nobody/");
		ch = cpu_of(req, n, reps);
		/* the same bytes (to 64) with a Content-Length */
		body = n - 64;
		h = sprintf(req, "POST /nobody/ HTTP/1.1\r\nHost: r\r\nContent-Length: %zu\r\n\r\n",
			    body);
		memset(req + h, 'b', body);
		cl = cpu_of(req, h + body, reps);
		printf("KHVM parse-cpu: %zu bytes x %d: chunked %llu, Content-Length %llu ticks\n",
		       n, reps, ch, cl);
	}
	kht_unbind(fd, RACE_URL);
	free(req);
	return 0;
}
