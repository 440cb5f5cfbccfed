// SPDX-License-Identifier: GPL-2.0
/*
 * The send path, from a worker of this process's ABI: file ranges spliced
 * from the page cache (far beyond the old 16 MiB bound, counted by
 * KH_STAT_FILE_BYTES_SPLICED), memory and file chunks mixed in one send
 * and in chunked pieces, a file that shrinks before it is sent, byte
 * ranges (one and several) of worker and cached responses. Every check is
 * on the bytes the client received.
 */
#define _GNU_SOURCE	/* O_PATH */
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/param.h>	/* MIN */
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <netinet/in.h>
#include <arpa/inet.h>
#include <linux/tcp.h>	/* tcpi_data_segs_in: glibc's struct tcp_info has none */
#include <unistd.h>
#include "kht.h"
#include "kht_worker.h"

#define SEND_PORT	8093
#define SEND_URL	"http://*:8093/send/"
#define BIG_FILE	"/tmp/send-big"
#define BIG_SIZE	(64ull * 1024 * 1024 + 12345)	/* four times the old bound */
#define SMALL_FILE	"/tmp/send-small"
#define SMALL_SIZE	10000
#define SHRINK_FILE	"/tmp/send-shrink"
#define SHRINK_SIZE	(8u << 20)
#define CACHED_SIZE	300000
#define HUGE_SIZE	(6u << 20)	/* a cached body the socket cannot take at once */
#define MEM_SIZE	40000	/* vmalloc'ed by khttp_alloc_fit, fits the first window */

static pid_t send_pid;

static unsigned char big_byte(unsigned long long i)
{
	return (unsigned char)(i * 7 + i / 251);
}

/* the bytes of /send/mem/SEED: a memory chunk, not cached */
static unsigned char mem_byte(unsigned int seed, size_t i)
{
	return big_byte(i + 1000003ull * seed);
}

static char small_byte(size_t i)
{
	return 'A' + (i * 5 + i / 26) % 26;
}

static void str_chunk(struct kh_data_chunk *c, const char *s)
{
	kht_mem_chunk(c, s, strlen(s));
}

static void known(struct kh_response *r, int id, const char *v)
{
	r->headers.known_headers[id].value = v;
	r->headers.known_headers[id].value_length = strlen(v);
}

static int send_resp(int fd, __u64 id, __u32 flags, struct kh_data_chunk *c, int n,
		     struct kh_response *base)
{
	struct kh_response r = { .status_code = 200, .version = { 1, 1 } };
	struct kh_send_response_args a = { .request_id = id, .flags = flags, .response = &r };

	if (base)
		r = *base;
	r.entity_chunk_count = n;
	r.entity_chunks = c;
	return ioctl(fd, KH_IOC_SEND_RESPONSE, &a) ? errno : 0;
}

static int send_body(int fd, __u64 id, __u32 flags, struct kh_data_chunk *c, int n)
{
	struct kh_send_body_args a = { .request_id = id, .flags = flags, .chunk_count = n,
				       .chunks = c };

	return ioctl(fd, KH_IOC_SEND_BODY, &a) ? errno : 0;
}

static int is_path(const struct kh_request *r, const char *p)
{
	return r->cooked_url.abs_path_length == strlen(p) &&
	       !memcmp(r->cooked_url.abs_path, p, strlen(p));
}

/* the worker's answer to /send/refuse: the errno of each refused file chunk */
static void serve_refusals(int fd, __u64 id)
{
	int wr = open(SMALL_FILE, O_WRONLY), path = open(SMALL_FILE, O_PATH), p[2], e[4];
	static char text[64];
	struct kh_data_chunk c;

	pipe(p);
	kht_file_chunk(&c, wr, 0, 1);			/* not open for reading */
	e[0] = send_resp(fd, id, 0, &c, 1, NULL);
	kht_file_chunk(&c, path, 0, 1);			/* O_PATH: no file to read */
	e[1] = send_resp(fd, id, 0, &c, 1, NULL);
	kht_file_chunk(&c, p[0], 0, 1);			/* a pipe */
	e[2] = send_resp(fd, id, 0, &c, 1, NULL);
	kht_file_chunk(&c, 999, 0, 1);			/* no such fd */
	e[3] = send_resp(fd, id, 0, &c, 1, NULL);
	snprintf(text, sizeof(text), "%d,%d,%d,%d", e[0], e[1], e[2], e[3]);
	str_chunk(&c, text);
	send_resp(fd, id, 0, &c, 1, NULL);
	close(wr);
	close(path);
	close(p[0]);
	close(p[1]);
}

/* 8 MiB sent, then the file shrinks before the client has read it */
static void serve_shrink(int fd, __u64 id)
{
	int f = open(SHRINK_FILE, O_RDWR | O_CREAT | O_TRUNC, 0644);
	static char block[65536];
	struct kh_data_chunk c;
	unsigned int i;

	memset(block, 's', sizeof(block));
	for (i = 0; i < SHRINK_SIZE / sizeof(block); i++)
		write(f, block, sizeof(block));
	kht_file_chunk(&c, f, 0, SHRINK_SIZE);
	send_resp(fd, id, 0, &c, 1, NULL);
	usleep(300000);
	ftruncate(f, 0);
	close(f);
	unlink(SHRINK_FILE);
}

/* a cached 300000-byte body */
static void serve_cached(int fd, __u64 id, const char *body, size_t n)
{
	struct kh_cache_policy cp = { .policy = KH_CACHE_TIME_TO_LIVE, .seconds_to_live = 60 };
	struct kh_response r = { .status_code = 200, .version = { 1, 1 } };
	struct kh_send_response_args a = { .request_id = id, .response = &r, .cache_policy = &cp };
	struct kh_data_chunk c;

	kht_mem_chunk(&c, body, n);
	r.entity_chunk_count = 1;
	r.entity_chunks = &c;
	known(&r, KH_HEADER_CONTENT_TYPE, "text/x-kht");
	known(&r, KH_HEADER_ETAG, "\"c1\"");
	ioctl(fd, KH_IOC_SEND_RESPONSE, &a);
}

static void serve(int fd, const struct kh_request *rq, __u64 id)
{
	int big = open(BIG_FILE, O_RDONLY), small = open(SMALL_FILE, O_RDONLY);
	static char cached[CACHED_SIZE], name[32];
	struct kh_response r = { .status_code = 200, .version = { 1, 1 } };
	struct kh_data_chunk c[5];
	size_t i;

	if (is_path(rq, "/send/big")) {
		kht_file_chunk(&c[0], big, 0, BIG_SIZE);
		send_resp(fd, id, 0, c, 1, NULL);
	} else if (is_path(rq, "/send/mixed")) {
		str_chunk(&c[0], "head:");
		kht_file_chunk(&c[1], small, 1000, 4000);
		str_chunk(&c[2], "|mid|");
		kht_file_chunk(&c[3], big, 20u << 20, 5u << 20);
		str_chunk(&c[4], ":tail");
		send_resp(fd, id, 0, c, 5, NULL);
	} else if (is_path(rq, "/send/small-mixed")) {
		str_chunk(&c[0], "<");
		kht_file_chunk(&c[1], small, 0, 100);
		str_chunk(&c[2], ">");
		send_resp(fd, id, 0, c, 3, NULL);
	} else if (is_path(rq, "/send/chunked")) {
		str_chunk(&c[0], "a");
		send_resp(fd, id, KH_SEND_FLAG_MORE_DATA, c, 1, NULL);
		kht_file_chunk(&c[0], small, 0, 300);
		send_body(fd, id, KH_SEND_FLAG_MORE_DATA, c, 1);
		str_chunk(&c[0], "z");
		kht_file_chunk(&c[1], small, 300, 10);
		send_body(fd, id, 0, c, 2);
	} else if (is_path(rq, "/send/refuse")) {
		serve_refusals(fd, id);
	} else if (is_path(rq, "/send/shrink")) {
		serve_shrink(fd, id);
	} else if (is_path(rq, "/send/ranged") || is_path(rq, "/send/own-range")) {
		str_chunk(&c[0], "0123456789");
		kht_file_chunk(&c[1], small, 0, 80);
		str_chunk(&c[2], "abcdefghij");
		known(&r, KH_HEADER_CONTENT_TYPE, "text/plain");
		known(&r, KH_HEADER_ETAG, "\"r1\"");
		if (is_path(rq, "/send/own-range"))
			known(&r, KH_HEADER_CONTENT_RANGE, "bytes 0-99/200");
		send_resp(fd, id, 0, c, 3, &r);
	} else if (is_path(rq, "/send/stream-ranged")) {
		str_chunk(&c[0], "0123456789");
		send_resp(fd, id, KH_SEND_FLAG_MORE_DATA, c, 1, NULL);
		str_chunk(&c[0], "abcdefghij");
		send_body(fd, id, 0, c, 1);
	} else if (is_path(rq, "/send/cached-huge")) {
		char *huge = malloc(HUGE_SIZE);

		for (i = 0; huge && i < HUGE_SIZE; i++)
			huge[i] = big_byte(i);
		if (huge)
			serve_cached(fd, id, huge, HUGE_SIZE);
		free(huge);
	} else if (rq->cooked_url.abs_path_length > 13 &&
		   !memcmp(rq->cooked_url.abs_path, "/send/sized/", 12)) {
		char num[16] = "";	/* "/send/sized/N": N bytes */
		size_t n;

		memcpy(num, rq->cooked_url.abs_path + 12,
		       MIN(sizeof(num) - 1, rq->cooked_url.abs_path_length - 12));
		n = MIN(strtoul(num, NULL, 10), CACHED_SIZE);
		for (i = 0; i < n; i++)
			cached[i] = small_byte(i * 3);
		serve_cached(fd, id, cached, n);
	} else if (rq->cooked_url.abs_path_length > 10 &&
		   !memcmp(rq->cooked_url.abs_path, "/send/mem/", 10)) {
		unsigned int seed = 0;

		for (i = 10; i < rq->cooked_url.abs_path_length; i++)
			seed = seed * 10 + (rq->cooked_url.abs_path[i] - '0');
		for (i = 0; i < MEM_SIZE; i++)
			cached[i] = mem_byte(seed, i);
		kht_mem_chunk(&c[0], cached, MEM_SIZE);
		send_resp(fd, id, 0, c, 1, NULL);
	} else if (is_path(rq, "/send/cached")) {
		for (i = 0; i < CACHED_SIZE; i++)
			cached[i] = small_byte(i * 3);
		serve_cached(fd, id, cached, CACHED_SIZE);
	} else if (rq->cooked_url.abs_path_length > 8 &&
		   !memcmp(rq->cooked_url.abs_path, "/send/c/", 8)) {
		snprintf(name, sizeof(name), "%.*s!", (int)rq->cooked_url.abs_path_length - 8,
			 rq->cooked_url.abs_path + 8);
		serve_cached(fd, id, name, strlen(name));
	} else {
		str_chunk(&c[0], "?");
		send_resp(fd, id, 0, c, 1, NULL);
	}
	close(big);
	close(small);
}

static int send_worker(void)
{
	send_pid = kht_worker_start("send-" KHT_ABI_NAME, SEND_URL, serve);
	return send_pid < 0 ? -1 : 0;
}

static int make_files(void)
{
	static unsigned char block[65536];
	unsigned long long off = 0;
	struct stat st;
	size_t i, n;
	int fd;

	fd = open(SMALL_FILE, O_WRONLY | O_CREAT | O_TRUNC, 0644);
	for (i = 0; i < SMALL_SIZE; i++)
		block[i] = small_byte(i);
	if (fd < 0 || write(fd, block, SMALL_SIZE) != SMALL_SIZE || close(fd))
		return -1;
	if (!stat(BIG_FILE, &st) && (unsigned long long)st.st_size == BIG_SIZE)
		return 0;	/* an earlier ABI's run made it */
	fd = open(BIG_FILE, O_WRONLY | O_CREAT | O_TRUNC, 0644);
	for (; fd >= 0 && off < BIG_SIZE; off += n) {
		n = BIG_SIZE - off < sizeof(block) ? BIG_SIZE - off : sizeof(block);
		for (i = 0; i < n; i++)
			block[i] = big_byte(off + i);
		if (write(fd, block, n) != (ssize_t)n)
			return -1;
	}
	return fd < 0 ? -1 : close(fd);
}

static int setup(char *why, size_t len)
{
	if (send_pid)
		return 0;
	if (make_files() || send_worker())
		return kht_fail(why, len, "send worker: %s", strerror(errno));
	return 0;
}

static __u32 fnv1a(__u32 h, const unsigned char *p, size_t n)
{
	while (n--)
		h = (h ^ *p++) * 16777619u;
	return h;
}

/* what a client got: the head, and the body (whole, or only hashed) */
struct reply {
	char head[2048];
	char *body;			/* cap bytes, NULL: hash only */
	size_t cap;
	unsigned long long len;		/* body bytes received */
	__u32 fnv;
	int eof;			/* the server closed (not a timeout) */
};

static int connect_method(const char *method, const char *path, const char *extra, int *s)
{
	struct sockaddr_in sin = { .sin_family = AF_INET, .sin_port = htons(SEND_PORT),
				   .sin_addr.s_addr = htonl(INADDR_LOOPBACK) };
	struct timeval tv = { .tv_sec = 20 };
	char req[512];
	int n;

	n = snprintf(req, sizeof(req), "%s %s HTTP/1.1\r\nHost: s\r\n%sConnection: close\r\n\r\n",
		     method, path, extra);
	*s = socket(AF_INET, SOCK_STREAM, 0);
	if (*s < 0 || connect(*s, (void *)&sin, sizeof(sin)) || write(*s, req, n) != n)
		return -1;
	setsockopt(*s, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof(tv));
	return 0;
}

static int connect_send(const char *path, const char *extra, int *s)
{
	return connect_method("GET", path, extra, s);
}

/* reads the answer on s to its end; s stays open */
static void read_reply_keep(int s, struct reply *r)
{
	static unsigned char buf[65536];
	size_t hlen = 0;
	char *end;

	r->head[0] = 0;
	r->len = 0;
	r->fnv = 2166136261u;
	r->eof = 0;
	for (;;) {
		ssize_t n = read(s, buf, sizeof(buf));
		size_t skip = 0;

		if (n <= 0) {
			r->eof = n == 0;
			break;
		}
		if (hlen < sizeof(r->head) - 1 && !strstr(r->head, "\r\n\r\n")) {
			size_t k = (size_t)n < sizeof(r->head) - 1 - hlen ? (size_t)n :
				   sizeof(r->head) - 1 - hlen;

			memcpy(r->head + hlen, buf, k);
			r->head[hlen + k] = 0;
			end = strstr(r->head, "\r\n\r\n");
			if (!end) {
				hlen += k;
				continue;
			}
			skip = end + 4 - (r->head + hlen);
			end[4] = 0;
			hlen = sizeof(r->head);
		}
		if (r->body && r->len + (n - skip) <= r->cap)
			memcpy(r->body + r->len, buf + skip, n - skip);
		r->fnv = fnv1a(r->fnv, buf + skip, n - skip);
		r->len += n - skip;
	}
	if (r->body && r->len < r->cap)
		r->body[r->len] = 0;
}

static int read_reply(int s, struct reply *r)
{
	read_reply_keep(s, r);
	close(s);
	return 0;
}

static int get(const char *path, const char *extra, struct reply *r)
{
	int s;

	if (connect_send(path, extra, &s))
		return -1;
	return read_reply(s, r);
}

static unsigned long long content_length(const struct reply *r)
{
	const char *p = strstr(r->head, "\r\nContent-Length: ");

	return p ? strtoull(p + 18, NULL, 10) : ~0ull;
}

/* 64 MiB + 12345 bytes of one file range, spliced: length, hash and counters */
static int t_file_splice_big(char *why, size_t len)
{
	static unsigned char block[65536];
	__u64 before[KH_STAT_COUNT], after[KH_STAT_COUNT];
	unsigned long long off, n, i, spliced, out;
	struct reply r = { 0 };
	__u32 h = 2166136261u;

	if (setup(why, len) || kht_stats(before))
		return kht_fail(why, len, "setup: %s", strerror(errno));
	if (get("/send/big", "", &r))
		return kht_fail(why, len, "connect: %s", strerror(errno));
	usleep(100000);	/* the counters move when the work item has run */
	if (kht_stats(after))
		return kht_fail(why, len, "stats: %s", strerror(errno));
	for (off = 0; off < BIG_SIZE; off += n) {
		n = BIG_SIZE - off < sizeof(block) ? BIG_SIZE - off : sizeof(block);
		for (i = 0; i < n; i++)
			block[i] = big_byte(off + i);
		h = fnv1a(h, block, n);
	}
	if (strncmp(r.head, "HTTP/1.1 200 OK\r\n", 17) || content_length(&r) != BIG_SIZE ||
	    r.len != BIG_SIZE || r.fnv != h || !r.eof)
		return kht_fail(why, len, "got %llu bytes fnv %08x eof %d, want %llu fnv %08x",
				r.len, r.fnv, r.eof, BIG_SIZE, h);
	spliced = after[KH_STAT_FILE_BYTES_SPLICED] - before[KH_STAT_FILE_BYTES_SPLICED];
	out = after[KH_STAT_BYTES_OUT] - before[KH_STAT_BYTES_OUT];
	if (spliced != BIG_SIZE || out != BIG_SIZE + strlen(r.head))
		return kht_fail(why, len, "spliced +%llu, out +%llu; want %llu, %llu", spliced, out,
				BIG_SIZE, BIG_SIZE + strlen(r.head));
	return 0;
}

static char *expect_buf(size_t n)
{
	static char *buf;
	static size_t cap;

	if (n > cap) {
		free(buf);
		buf = malloc(n);
		cap = buf ? n : 0;
	}
	return buf;
}

/* memory, file, memory, file, memory in one send: byte-exact, in order */
static int t_file_mixed(char *why, size_t len)
{
	size_t want_len = 5 + 4000 + 5 + (5u << 20) + 5, i, at = 0;
	char *want = expect_buf(want_len);
	struct reply r = { .cap = want_len + 1 };

	r.body = malloc(r.cap + 1);
	if (setup(why, len) || !want || !r.body)
		return kht_fail(why, len, "setup");
	memcpy(want, "head:", 5);
	at = 5;
	for (i = 0; i < 4000; i++)
		want[at++] = small_byte(1000 + i);
	memcpy(want + at, "|mid|", 5);
	at += 5;
	for (i = 0; i < (5u << 20); i++)
		want[at++] = big_byte((20u << 20) + i);
	memcpy(want + at, ":tail", 5);
	get("/send/mixed", "", &r);
	if (content_length(&r) != want_len || r.len != want_len || memcmp(r.body, want, want_len))
		return free(r.body), kht_fail(why, len, "mixed: %llu bytes [%.80s] [%.40s]", r.len,
					      r.head, r.body);
	free(r.body);
	return 0;
}

/*
 * The head, a file range and memory leave in one TCP segment: each item
 * but the last goes with "more" (the client counts the data segments).
 */
static int t_head_coalesced(char *why, size_t len)
{
	static char body[256], want[128];
	struct reply r = { .body = body, .cap = sizeof(body) - 1 };
	struct tcp_info ti;
	socklen_t tl = sizeof(ti);
	int s, i;

	if (setup(why, len) || connect_send("/send/small-mixed", "", &s))
		return kht_fail(why, len, "setup: %s", strerror(errno));
	want[0] = '<';
	for (i = 0; i < 100; i++)
		want[1 + i] = small_byte(i);
	strcpy(want + 101, ">");
	read_reply_keep(s, &r);
	if (getsockopt(s, IPPROTO_TCP, TCP_INFO, &ti, &tl))
		return close(s), kht_fail(why, len, "TCP_INFO: %s", strerror(errno));
	close(s);
	if (strcmp(body, want) || ti.tcpi_data_segs_in != 1)
		return kht_fail(why, len, "%u data segments for [%.60s]", ti.tcpi_data_segs_in,
				body);
	return 0;
}

/* chunked pieces that hold file ranges */
static int t_file_chunked(char *why, size_t len)
{
	static char body[4096], want[4096];
	struct reply r = { .body = body, .cap = sizeof(body) - 1 };
	size_t at, i;

	if (setup(why, len))
		return -1;
	at = sprintf(want, "1\r\na\r\n12c\r\n");
	for (i = 0; i < 300; i++)
		want[at++] = small_byte(i);
	at += sprintf(want + at, "\r\nb\r\nz");
	for (i = 0; i < 10; i++)
		want[at++] = small_byte(300 + i);
	at += sprintf(want + at, "\r\n0\r\n\r\n");
	want[at] = 0;
	get("/send/chunked", "", &r);
	if (!strstr(r.head, "\r\nTransfer-Encoding: chunked\r\n") || r.len != at ||
	    memcmp(body, want, at))
		return kht_fail(why, len, "chunked with files: %llu bytes [%.60s]", r.len, body);
	return 0;
}

static int t_file_refused(char *why, size_t len)
{
	static char body[256], want[64];
	struct reply r = { .body = body, .cap = sizeof(body) - 1 };

	if (setup(why, len))
		return -1;
	get("/send/refuse", "", &r);
	snprintf(want, sizeof(want), "%d,%d,%d,%d", EBADF, EBADF, EINVAL, EBADF);
	if (strcmp(body, want))
		return kht_fail(why, len, "refusals: got [%s], want [%s]", body, want);
	return 0;
}

/* a file that shrinks before it is sent: the response cannot end, the connection does */
static int t_file_shrinks(char *why, size_t len)
{
	struct reply r = { 0 };
	int s;

	if (setup(why, len) || connect_send("/send/shrink", "", &s))
		return kht_fail(why, len, "setup: %s", strerror(errno));
	usleep(800000);		/* the worker truncates the file meanwhile */
	read_reply(s, &r);
	if (content_length(&r) != SHRINK_SIZE || r.len >= SHRINK_SIZE || !r.eof)
		return kht_fail(why, len, "shrunk file: length %llu, got %llu, eof %d",
				content_length(&r), r.len, r.eof);
	return 0;
}

/* the 100-byte body of /send/ranged: memory, file, memory */
static const char *ranged_body(void)
{
	static char b[101];
	int i;

	memcpy(b, "0123456789", 10);
	for (i = 0; i < 80; i++)
		b[10 + i] = small_byte(i);
	memcpy(b + 90, "abcdefghij", 10);
	return b;
}

static int expect_206(const char *path, const char *range, unsigned int from, unsigned int to,
		      const char *whole, unsigned int size, char *why, size_t len)
{
	static char body[4096], extra[128], cr[96];
	struct reply r = { .body = body, .cap = sizeof(body) - 1 };

	snprintf(extra, sizeof(extra), "Range: %s\r\n", range);
	snprintf(cr, sizeof(cr), "\r\nContent-Range: bytes %u-%u/%u\r\n", from, to, size);
	get(path, extra, &r);
	if (strncmp(r.head, "HTTP/1.1 206 Partial Content\r\n", 30) || !strstr(r.head, cr) ||
	    !strstr(r.head, "\r\nAccept-Ranges: bytes\r\n") ||
	    content_length(&r) != to - from + 1 || r.len != to - from + 1 ||
	    memcmp(body, whole + from, r.len))
		return kht_fail(why, len, "%s %s: [%.300s] body [%.40s]", path, range, r.head,
				body);
	return 0;
}

/* the boundary of a multipart/byteranges answer */
static int boundary_of(const char *head, char *b, size_t cap)
{
	const char *p = strstr(head, "\r\nContent-Type: multipart/byteranges; boundary=");
	size_t n;

	if (!p)
		return -1;
	p += 47;
	n = strcspn(p, "\r");
	if (!n || n >= cap)
		return -1;
	memcpy(b, p, n);
	b[n] = 0;
	return 0;
}

/* ranges a-b of whole, as RFC 9110 14.6 lays them out */
static int expect_multi(const char *path, const char *range, const unsigned int *ab, int n,
			const char *whole, unsigned int size, const char *ctype, char *why,
			size_t len)
{
	static char body[8192], want[8192], extra[256];
	struct reply r = { .body = body, .cap = sizeof(body) - 1 };
	char b[64];
	size_t at = 0;
	int i;

	snprintf(extra, sizeof(extra), "Range: %s\r\n", range);
	get(path, extra, &r);
	if (strncmp(r.head, "HTTP/1.1 206 Partial Content\r\n", 30) ||
	    boundary_of(r.head, b, sizeof(b)) || strstr(r.head, "\r\nContent-Range:"))
		return kht_fail(why, len, "%s %s: [%.300s]", path, range, r.head);
	for (i = 0; i < n; i++) {
		at += sprintf(want + at, "\r\n--%s\r\nContent-Type: %s\r\n"
			      "Content-Range: bytes %u-%u/%u\r\n\r\n", b, ctype, ab[2 * i],
			      ab[2 * i + 1], size);
		memcpy(want + at, whole + ab[2 * i], ab[2 * i + 1] - ab[2 * i] + 1);
		at += ab[2 * i + 1] - ab[2 * i] + 1;
	}
	at += sprintf(want + at, "\r\n--%s--\r\n", b);
	if (content_length(&r) != at || r.len != at || memcmp(body, want, at))
		return kht_fail(why, len, "%s %s: %llu bytes, want %zu [%.200s]", path, range,
				r.len, at, body);
	return 0;
}

static int expect_whole(const char *path, const char *extra, const char *whole, size_t n,
			const char *what, char *why, size_t len)
{
	static char body[8192];
	struct reply r = { .body = body, .cap = sizeof(body) - 1 };

	get(path, extra, &r);
	if (strncmp(r.head, "HTTP/1.1 200 OK\r\n", 17) || r.len != n || memcmp(body, whole, n))
		return kht_fail(why, len, "%s: [%.200s] %llu bytes [%.40s]", what, r.head, r.len,
				body);
	return 0;
}

/* a worker's complete 200 answers a Range with 206, sliced by the kernel */
static int t_worker_ranges(char *why, size_t len)
{
	static const unsigned int two[] = { 0, 9, 20, 29 }, three[] = { 95, 99, 5, 12, 40, 41 };
	static char seventeen[256];
	const char *w = ranged_body(), *p = "/send/ranged";
	static char body[1024];
	struct reply r = { .body = body, .cap = sizeof(body) - 1 };
	int i, n = sprintf(seventeen, "Range: bytes=0-0");

	for (i = 1; i < 17; i++)	/* one more than the kernel takes */
		n += sprintf(seventeen + n, ",%d-%d", 2 * i, 2 * i);
	strcpy(seventeen + n, "\r\n");
	if (setup(why, len) ||
	    expect_206(p, "bytes=10-19", 10, 19, w, 100, why, len) ||	/* the file part */
	    expect_206(p, "bytes=5-94", 5, 94, w, 100, why, len) ||	/* across all three */
	    expect_206(p, "bytes=-7", 93, 99, w, 100, why, len) ||
	    expect_206(p, "bytes=90-", 90, 99, w, 100, why, len) ||
	    expect_206(p, "bytes=50-5000", 50, 99, w, 100, why, len) ||
	    expect_206(p, "bytes=0-0", 0, 0, w, 100, why, len))
		return -1;
	if (expect_206(p, "bytes=3-4\r\nIf-Range: \"r1\"", 3, 4, w, 100, why, len) ||
	    expect_whole(p, "Range: bytes=3-4\r\nIf-Range: \"r0\"\r\n", w, 100, "If-Range stale",
			 why, len) ||
	    expect_whole(p, "Range: bytes=4-3\r\n", w, 100, "a bad range", why, len) ||
	    expect_whole(p, "Range: lines=1-2\r\n", w, 100, "not bytes", why, len))
		return -1;
	get(p, "Range: bytes=100-\r\n", &r);
	if (strncmp(r.head, "HTTP/1.1 416 Range Not Satisfiable\r\n", 36) ||
	    !strstr(r.head, "\r\nContent-Range: bytes */100\r\n") || content_length(&r) || r.len)
		return kht_fail(why, len, "416: [%.300s]", r.head);
	/* several ranges: multipart/byteranges */
	if (expect_multi(p, "bytes=0-9,20-29", two, 2, w, 100, "text/plain", why, len) ||
	    expect_multi(p, "bytes=95-, 5-12 ,40-41", three, 3, w, 100, "text/plain", why, len) ||
	    expect_whole(p, "Range: bytes=0-60,10-70\r\n", w, 100, "overlapping", why, len) ||
	    expect_whole(p, seventeen, w, 100, "17 ranges", why, len))
		return -1;
	/* the worker's own Content-Range, or a response in pieces: not sliced */
	get("/send/own-range", "Range: bytes=0-9\r\n", &r);
	if (strncmp(r.head, "HTTP/1.1 200 OK\r\n", 17) ||
	    !strstr(r.head, "\r\nContent-Range: bytes 0-99/200\r\n") || r.len != 100)
		return kht_fail(why, len, "own Content-Range: [%.300s]", r.head);
	get("/send/stream-ranged", "Range: bytes=0-9\r\n", &r);
	if (strncmp(r.head, "HTTP/1.1 200 OK\r\n", 17) ||
	    strcmp(body, "a\r\n0123456789\r\na\r\nabcdefghij\r\n0\r\n\r\n"))
		return kht_fail(why, len, "in pieces: [%.300s] [%s]", r.head, body);
	return 0;
}

/* drops the cached responses under url ("": all): the administrator's */
/* the administrator's step: buf is the URL, NUL-terminated */
static int flush_cache_admin(char *buf, size_t len)
{
	struct kh_flush_cache_args f = { .url = buf, .url_length = strnlen(buf, len) };
	int fd = open(KHT_DEV, O_RDWR | O_CLOEXEC), rc;

	rc = ioctl(fd, KH_IOC_FLUSH_CACHE, &f);
	close(fd);
	return rc;
}

KHT_ADMIN_STEP(flush_cache_admin);

int kht_flush_cache(const char *url)
{
	char buf[256];

	snprintf(buf, sizeof(buf), "%s", url);
	return kht_admin_run(flush_cache_admin, buf, sizeof(buf));
}

/* consumes the access log's lines: other tests read it from its start (the administrator) */
void kht_drain_log(void)
{
	static char buf[65536];
	int fd;

	fd = kht_admin_open(KHT_DEV, O_RDONLY);	/* read() checks the opener's credentials */
	while (fd >= 0 && read(fd, buf, sizeof(buf)) > 0)
		;
	close(fd);
}

/* cached bodies: whole, ranged, several ranges; many URLs side by side */
static int t_cache_ranges(char *why, size_t len)
{
	static const unsigned int two[] = { 0, 99, 299000, 299999 };
	static char whole[CACHED_SIZE + 1], path[64], want[64];
	__u64 before[KH_STAT_COUNT], after[KH_STAT_COUNT];
	const char *p = "/send/cached";
	struct reply r = { 0 };
	int i, j, s;

	for (i = 0; i < CACHED_SIZE; i++)
		whole[i] = small_byte(i * 3);
	if (setup(why, len) || kht_flush_cache("http://s/send/") || kht_stats(before))
		return kht_fail(why, len, "setup: %s", strerror(errno));
	r.body = malloc(CACHED_SIZE + 1);
	r.cap = CACHED_SIZE;
	for (i = 0; i < 3; i++) {	/* stored, then twice from the cache */
		get(p, "", &r);
		if (r.len != CACHED_SIZE || memcmp(r.body, whole, CACHED_SIZE))
			return free(r.body), kht_fail(why, len, "cached body %d: %llu bytes", i,
						      r.len);
	}
	free(r.body);
	r.body = NULL;	/* from here on only hashed */
	if (expect_206(p, "bytes=1000-1999", 1000, 1999, whole, CACHED_SIZE, why, len) ||
	    expect_206(p, "bytes=-10", CACHED_SIZE - 10, CACHED_SIZE - 1, whole, CACHED_SIZE,
		       why, len) ||
	    expect_multi(p, "bytes=0-99,299000-", two, 2, whole, CACHED_SIZE, "text/x-kht",
			 why, len))
		return -1;
	/* If-Range: the entry's ETag gives the range, another tag the whole body */
	if (expect_206(p, "bytes=7-8\r\nIf-Range: \"c1\"", 7, 8, whole, CACHED_SIZE, why, len))
		return -1;
	get(p, "Range: bytes=7-8\r\nIf-Range: \"c0\"\r\n", &r);
	if (strncmp(r.head, "HTTP/1.1 200 OK\r\n", 17) || r.len != CACHED_SIZE)
		return kht_fail(why, len, "stale If-Range: [%.200s] %llu bytes", r.head, r.len);
	/* HEAD: the 206's head, no body */
	if (connect_method("HEAD", p, "Range: bytes=0-9,20-29\r\n", &s))
		return kht_fail(why, len, "connect: %s", strerror(errno));
	read_reply(s, &r);
	if (strncmp(r.head, "HTTP/1.1 206 Partial Content\r\n", 30) || r.len ||
	    !strstr(r.head, "multipart/byteranges; boundary=") || !content_length(&r))
		return kht_fail(why, len, "HEAD with ranges: [%.200s] %llu bytes", r.head, r.len);
	/* 40 URLs cached at once, each answered with its own body */
	for (j = 0; j < 2; j++)
		for (i = 0; i < 40; i++) {
			snprintf(path, sizeof(path), "/send/c/%d", i);
			snprintf(want, sizeof(want), "%d!", i);
			if (expect_whole(path, "", want, strlen(want), path, why, len))
				return -1;
		}
	if (kht_stats(after))
		return -1;
	if (after[KH_STAT_CACHE_HITS] - before[KH_STAT_CACHE_HITS] != 2 + 3 + 3 + 40 ||
	    after[KH_STAT_REQUESTS] - before[KH_STAT_REQUESTS] != 1 + 40)
		return kht_fail(why, len, "cache hits +%llu, to workers +%llu",
				after[KH_STAT_CACHE_HITS] - before[KH_STAT_CACHE_HITS],
				after[KH_STAT_REQUESTS] - before[KH_STAT_REQUESTS]);
	kht_drain_log();
	return kht_flush_cache("http://s/send/") ?
	       kht_fail(why, len, "flush: %s", strerror(errno)) : 0;
}

/* TcpExt DelayedACKs (/proc/net/netstat): delayed-ACK timers that fired, or -1 */
static long long delayed_acks(void)
{
	static char names[8192], values[8192];
	static const char sep[] = "\n ";
	long long v = -1;
	char *n, *val, *sn, *sv;
	FILE *f = fopen("/proc/net/netstat", "r");

	while (f && fgets(names, sizeof(names), f) && fgets(values, sizeof(values), f)) {
		if (strncmp(names, "TcpExt:", 7))
			continue;
		for (n = strtok_r(names, sep, &sn), val = strtok_r(values, sep, &sv);
		     n && val; n = strtok_r(NULL, sep, &sn), val = strtok_r(NULL, sep, &sv))
			if (!strcmp(n, "DelayedACKs"))
				v = atoll(val);
	}
	if (f)
		fclose(f);
	return v;
}

/* GET path on the open connection s, its answer read to its Content-Length: body bytes or -1 */
static long long get_keep(int s, const char *path)
{
	static char buf[65536];
	char req[256], *end;
	size_t have = 0;
	long long body, want;
	ssize_t n;
	int k = snprintf(req, sizeof(req), "GET %s HTTP/1.1\r\nHost: s\r\n\r\n", path);

	if (write(s, req, k) != k)
		return -1;
	for (;;) {	/* the head, and what came with it */
		n = read(s, buf + have, sizeof(buf) - 1 - have);
		if (n <= 0)
			return -1;
		have += n;
		buf[have] = 0;
		end = strstr(buf, "\r\n\r\n");
		if (end)
			break;
		if (have == sizeof(buf) - 1)
			return -1;
	}
	if (strncmp(buf, "HTTP/1.1 200 ", 13) || !strstr(buf, "\r\nContent-Length: "))
		return -1;
	want = atoll(strstr(buf, "\r\nContent-Length: ") + 18);
	body = have - (end + 4 - buf);
	while (body < want) {
		n = read(s, buf, sizeof(buf) < (size_t)(want - body) ? sizeof(buf) :
			 (size_t)(want - body));
		if (n <= 0)
			return -1;
		body += n;
	}
	return body;
}

/*
 * Cached bodies of several sizes, one keep-alive connection: each hit must
 * leave whole without waiting for the client's delayed ACK (40 ms).
 * Without TCP_NODELAY, Nagle held the last partial segment of a 100 KiB
 * body sent by page reference until that ACK came, on every hit: 44 ms a
 * hit, 23 requests/s in bench-http's 100 KiB cell (300000 bytes did not
 * wait: it depends on how the segments fall). The kernel's own counter of
 * delayed-ACK timers that fired says whether a hit waited; a worker's
 * first answer (the store) may take longer than 40 ms and is not counted.
 */
static int t_keepalive_no_stall(char *why, size_t len)
{
	static const unsigned int sizes[] = { 5000, 65536, 102400, 300000 };
	struct sockaddr_in sin = { .sin_family = AF_INET, .sin_port = htons(SEND_PORT),
				   .sin_addr.s_addr = htonl(INADDR_LOOPBACK) };
	struct timeval tv = { .tv_sec = 20 };
	long long before, after, got;
	char path[64];
	int i, k, s;

	if (setup(why, len) || kht_flush_cache("http://s/send/"))
		return kht_fail(why, len, "setup: %s", strerror(errno));
	s = socket(AF_INET, SOCK_STREAM, 0);
	if (s < 0 || connect(s, (void *)&sin, sizeof(sin)))
		return kht_fail(why, len, "connect: %s", strerror(errno));
	setsockopt(s, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof(tv));
	for (k = 0; k < 4; k++) {
		snprintf(path, sizeof(path), "/send/sized/%u", sizes[k]);
		before = -1;
		for (i = 0; i < 9; i++) {	/* the worker's answer, stored; then 8 hits */
			got = get_keep(s, path);
			if (got != sizes[k]) {
				close(s);
				return kht_fail(why, len, "%s, answer %d: %lld body bytes", path,
						i, got);
			}
			if (!i)
				before = delayed_acks();
		}
		after = delayed_acks();
		if (before < 0 || after < 0 || after - before >= 4) {
			close(s);
			return kht_fail(why, len, "%s: %lld of 8 hits waited for a delayed ACK",
					path, after - before);
		}
	}
	close(s);
	kht_drain_log();
	return kht_flush_cache("http://s/send/") ?
	       kht_fail(why, len, "flush: %s", strerror(errno)) : 0;
}

/*
 * A hit's body is sent from the entry, which a reference keeps: a flush
 * and new entries while the client has not read it change nothing.
 */
static int t_cache_flush_while_sent(char *why, size_t len)
{
	__u64 before[KH_STAT_COUNT], after[KH_STAT_COUNT];
	static char path[64], want[64];
	struct reply r = { 0 };
	__u32 h = 2166136261u;
	unsigned char b;
	size_t i;
	int s;

	for (i = 0; i < HUGE_SIZE; i++) {
		b = big_byte(i);
		h = fnv1a(h, &b, 1);
	}
	if (setup(why, len) || kht_flush_cache("http://s/send/"))
		return kht_fail(why, len, "setup: %s", strerror(errno));
	get("/send/cached-huge", "", &r);		/* the worker's, stored */
	if (r.len != HUGE_SIZE || r.fnv != h)
		return kht_fail(why, len, "stored: %llu bytes", r.len);
	if (kht_stats(before) || connect_send("/send/cached-huge", "", &s))	/* not read yet */
		return kht_fail(why, len, "connect: %s", strerror(errno));
	usleep(300000);
	if (kht_flush_cache("http://s/send/") || kht_stats(after))
		return kht_fail(why, len, "flush: %s", strerror(errno));
	if (after[KH_STAT_BYTES_OUT] - before[KH_STAT_BYTES_OUT] >= HUGE_SIZE)
		return kht_fail(why, len, "the hit was all sent before the flush (%llu bytes)",
				after[KH_STAT_BYTES_OUT] - before[KH_STAT_BYTES_OUT]);
	for (i = 0; i < 20; i++) {		/* memory for other entries */
		snprintf(path, sizeof(path), "/send/c/x%zu", i);
		snprintf(want, sizeof(want), "x%zu!", i);
		if (expect_whole(path, "", want, strlen(want), path, why, len))
			return -1;
	}
	read_reply(s, &r);
	kht_drain_log();
	if (strncmp(r.head, "HTTP/1.1 200 OK\r\n", 17) || r.len != HUGE_SIZE || r.fnv != h ||
	    !r.eof)
		return kht_fail(why, len, "hit: %llu bytes, fnv %08x want %08x", r.len, r.fnv, h);
	return kht_flush_cache("http://s/send/") ?
	       kht_fail(why, len, "flush: %s", strerror(errno)) : 0;
}

static __u32 mem_hash(unsigned int seed)
{
	__u32 h = 2166136261u;
	unsigned char b;
	size_t i;

	for (i = 0; i < MEM_SIZE; i++) {
		b = mem_byte(seed, i);
		h = fnv1a(h, &b, 1);
	}
	return h;
}

/*
 * A worker's memory item of 32 KiB or more goes to the socket by page
 * reference and is freed once all of it is handed over, before the client
 * reads: the bytes read later are still the worker's, after twenty more
 * such answers have taken and freed memory meanwhile.
 */
static int t_mem_freed_while_sent(char *why, size_t len)
{
	__u64 before[KH_STAT_COUNT], after[KH_STAT_COUNT];
	struct reply r = { 0 };
	char path[32];
	int i, s;

	if (setup(why, len) || kht_stats(before) || connect_send("/send/mem/0", "", &s))
		return kht_fail(why, len, "setup: %s", strerror(errno));
	usleep(300000);
	if (kht_stats(after))
		return close(s), kht_fail(why, len, "stats: %s", strerror(errno));
	if (after[KH_STAT_BYTES_OUT] - before[KH_STAT_BYTES_OUT] < MEM_SIZE)
		return close(s), kht_fail(why, len, "%llu bytes handed to the socket, not all",
					  after[KH_STAT_BYTES_OUT] - before[KH_STAT_BYTES_OUT]);
	for (i = 1; i <= 20; i++) {
		snprintf(path, sizeof(path), "/send/mem/%d", i);
		get(path, "", &r);
		if (r.len != MEM_SIZE || r.fnv != mem_hash(i))
			return close(s), kht_fail(why, len, "%s: %llu bytes, fnv %08x", path,
						  r.len, r.fnv);
	}
	read_reply(s, &r);
	if (strncmp(r.head, "HTTP/1.1 200 OK\r\n", 17) || r.len != MEM_SIZE ||
	    r.fnv != mem_hash(0) || !r.eof)
		return kht_fail(why, len, "first: %llu bytes, fnv %08x want %08x", r.len, r.fnv,
				mem_hash(0));
	return 0;
}

const struct kht_test kht_send_tests[] = {
	{ "file_splice_big", t_file_splice_big },
	{ "file_mixed", t_file_mixed },
	{ "file_chunked", t_file_chunked },
	{ "head_coalesced", t_head_coalesced },
	{ "file_refused", t_file_refused },
	{ "file_shrinks", t_file_shrinks },
	{ "worker_ranges", t_worker_ranges },
	{ "cache_ranges", t_cache_ranges },
	{ "cache_flush_while_sent", t_cache_flush_while_sent },
	{ "keepalive_no_stall", t_keepalive_no_stall },
	{ "mem_freed_while_sent", t_mem_freed_while_sent },
};

const size_t kht_nsend_tests = KHT_ARRAY_SIZE(kht_send_tests);

void kht_send_end(void)
{
	kht_worker_stop(&send_pid, "send-" KHT_ABI_NAME, SEND_URL);
}
