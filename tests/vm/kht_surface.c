// SPDX-License-Identifier: GPL-2.0
/*
 * More of the HTTP.sys surface, from a worker of this process's ABI:
 * responses sent in several pieces (chunked, or with the worker's
 * Content-Length), file-range chunks read by the kernel (and refused when
 * the range or the fd is wrong), and statistics that add up to exactly
 * the bytes the client saw.
 */
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <netinet/in.h>
#include <arpa/inet.h>
#include <unistd.h>
#include "kht.h"
#include "kht_worker.h"

#define SURF_PORT	8092
#define SURF_URL	"http://*:8092/surf/"
#define SURF_FILE	"/tmp/surf-file"
#define SURF_SIZE	100000

static pid_t surf_pid;

static void mem_chunk(struct kh_data_chunk *c, const char *s)
{
	kht_mem_chunk(c, s, strlen(s));
}

static int send_resp(int fd, __u64 id, __u32 flags, struct kh_data_chunk *chunks, int n,
		     const char *length)
{
	struct kh_response r = { .status_code = 200, .version = { 1, 1 },
				 .entity_chunk_count = n, .entity_chunks = chunks };
	struct kh_send_response_args a = { .request_id = id, .flags = flags, .response = &r };

	if (length) {
		r.headers.known_headers[KH_HEADER_CONTENT_LENGTH].value = length;
		r.headers.known_headers[KH_HEADER_CONTENT_LENGTH].value_length = strlen(length);
	}
	return ioctl(fd, KH_IOC_SEND_RESPONSE, &a) ? errno : 0;
}

static int send_body(int fd, __u64 id, __u32 flags, const char *s)
{
	struct kh_data_chunk c;
	struct kh_send_body_args a = { .request_id = id, .flags = flags, .chunk_count = 1,
				       .chunks = &c };

	mem_chunk(&c, s);
	return ioctl(fd, KH_IOC_SEND_BODY, &a) ? errno : 0;
}

/* answers with the errno names of the refused sends */
static void answer_errors(int fd, __u64 id, const int *errs, int n)
{
	static char text[256];
	struct kh_data_chunk c;
	char *p = text;
	int i;

	for (i = 0; i < n; i++)
		p += sprintf(p, "%s%d", i ? "," : "", errs[i]);
	mem_chunk(&c, text);
	send_resp(fd, id, 0, &c, 1, NULL);
}

#define UPLOAD_SIZE	(64u << 20)

static __u32 fnv1a(__u32 h, const unsigned char *p, size_t n)
{
	while (n--)
		h = (h ^ *p++) * 16777619u;
	return h;
}

static unsigned char upload_byte(size_t i)
{
	return (unsigned char)(i * 131 + i / 4096);
}

/* reads a large body through a 64 KiB buffer; answers with its length and hash */
static void serve_upload(int fd, const struct kh_request *r, __u64 id)
{
	static unsigned char buf[65536];
	static char text[96];
	struct kh_receive_body_args b = { .request_id = id, .buffer_length = sizeof(buf),
					  .buffer = buf };
	struct kh_data_chunk c;
	unsigned long long total = 0;
	__u32 h = 2166136261u;
	int calls = 0;

	for (;;) {
		if (ioctl(fd, KH_IOC_RECEIVE_BODY, &b)) {
			snprintf(text, sizeof(text), "receive-body: %d", errno);
			break;
		}
		if (!b.bytes_returned) {
			snprintf(text, sizeof(text), "more=%u chunks=%u len=%llu fnv=%08x",
				 !!(r->flags & KH_REQUEST_FLAG_MORE_ENTITY_BODY),
				 r->entity_chunk_count, total, h);
			break;
		}
		h = fnv1a(h, buf, b.bytes_returned);
		total += b.bytes_returned;
		calls++;
	}
	mem_chunk(&c, text);
	send_resp(fd, id, 0, &c, 1, NULL);
}

/* a response the kernel may keep: its body counts the worker's answers */
static void send_cached(int fd, __u64 id, __u32 ttl)
{
	static unsigned int served;
	static char body[32];
	struct kh_data_chunk c;
	struct kh_response r = { .status_code = 200, .version = { 1, 1 },
				 .entity_chunk_count = 1, .entity_chunks = &c };
	struct kh_cache_policy cp = { .policy = KH_CACHE_TIME_TO_LIVE, .seconds_to_live = ttl };
	struct kh_send_response_args a = { .request_id = id, .response = &r,
					   .cache_policy = &cp };
	struct kh_known_header *k = r.headers.known_headers;

	snprintf(body, sizeof(body), "n=%u", ++served);
	mem_chunk(&c, body);
	k[KH_HEADER_ETAG].value = "\"v1\"";
	k[KH_HEADER_ETAG].value_length = 4;
	k[KH_HEADER_LAST_MODIFIED].value = "Tue, 24 Nov 2026 05:00:00 GMT";
	k[KH_HEADER_LAST_MODIFIED].value_length = 29;
	ioctl(fd, KH_IOC_SEND_RESPONSE, &a);
}

static int is_path(const struct kh_request *r, const char *p)
{
	return r->cooked_url.abs_path_length == strlen(p) &&
	       !memcmp(r->cooked_url.abs_path, p, strlen(p));
}

static void serve(int fd, const struct kh_request *r, __u64 id)
{
	int file = open(SURF_FILE, O_RDONLY), dir = open("/", O_RDONLY), errs[5];
	struct kh_data_chunk c[2];

	if (is_path(r, "/surf/stream")) {
		mem_chunk(&c[0], "part1,");
		send_resp(fd, id, KH_SEND_FLAG_MORE_DATA, c, 1, NULL);
		send_body(fd, id, KH_SEND_FLAG_MORE_DATA, "part2,");
		send_body(fd, id, 0, "end");
	} else if (is_path(r, "/surf/length")) {
		mem_chunk(&c[0], "1234");
		send_resp(fd, id, KH_SEND_FLAG_MORE_DATA, c, 1, "8");
		send_body(fd, id, 0, "5678");
	} else if (is_path(r, "/surf/file")) {
		kht_file_chunk(&c[0], file, 1000, 5000);
		mem_chunk(&c[1], "!");
		send_resp(fd, id, 0, c, 2, NULL);
	} else if (is_path(r, "/surf/tail")) {
		kht_file_chunk(&c[0], file, SURF_SIZE - 10, KH_BYTE_RANGE_TO_EOF);
		send_resp(fd, id, 0, c, 1, NULL);
	} else if (is_path(r, "/surf/badfile")) {
		kht_file_chunk(&c[0], file, SURF_SIZE - 10, 11);		/* past EOF */
		errs[0] = send_resp(fd, id, 0, c, 1, NULL);
		kht_file_chunk(&c[0], file, ~0ull - 5, 10);			/* wraps */
		errs[1] = send_resp(fd, id, 0, c, 1, NULL);
		kht_file_chunk(&c[0], dir, 0, 1);			/* no regular file */
		errs[2] = send_resp(fd, id, 0, c, 1, NULL);
		kht_file_chunk(&c[0], 999, 0, 1);				/* no such fd */
		errs[3] = send_resp(fd, id, 0, c, 1, NULL);
		kht_file_chunk(&c[0], -1, 0, 1);				/* negative fd */
		errs[4] = send_resp(fd, id, 0, c, 1, NULL);
		answer_errors(fd, id, errs, 5);
	} else if (is_path(r, "/surf/upload")) {
		serve_upload(fd, r, id);
	} else if (is_path(r, "/surf/cached") || is_path(r, "/surf/ttl")) {
		send_cached(fd, id, is_path(r, "/surf/ttl") ? 1 : 60);
	} else {
		mem_chunk(&c[0], "ok");
		send_resp(fd, id, 0, c, 1, NULL);
	}
	close(file);
	close(dir);
}

static int surf_worker(void)
{
	surf_pid = kht_worker_start("surf-" KHT_ABI_NAME, SURF_URL, serve);
	return surf_pid < 0 ? -1 : 0;
}

static int make_file(void)
{
	static char data[SURF_SIZE];
	int fd = open(SURF_FILE, O_WRONLY | O_CREAT | O_TRUNC, 0644), i;

	for (i = 0; i < SURF_SIZE; i++)
		data[i] = 'a' + (i * 7 + i / 26) % 26;
	if (fd < 0 || write(fd, data, SURF_SIZE) != SURF_SIZE)
		return -1;
	return close(fd);
}

static int setup(char *why, size_t len)
{
	if (surf_pid)
		return 0;
	if (make_file() || surf_worker())
		return kht_fail(why, len, "surface worker: %s", strerror(errno));
	return 0;
}

/* one request over a new connection; the whole answer */
static ssize_t fetch_with(const char *method, const char *path, const char *extra, char *out,
			  size_t cap, size_t *sent)
{
	struct sockaddr_in sin = { .sin_family = AF_INET, .sin_port = htons(SURF_PORT),
				   .sin_addr.s_addr = htonl(INADDR_LOOPBACK) };
	struct timeval tv = { .tv_sec = 3 };
	char req[1024];
	int s = socket(AF_INET, SOCK_STREAM, 0), n;
	size_t got = 0;

	n = snprintf(req, sizeof(req), "%s %s HTTP/1.1\r\nHost: s\r\n%sConnection: close\r\n\r\n",
		     method, path, extra);
	if (s < 0 || connect(s, (void *)&sin, sizeof(sin)) || write(s, req, n) != n)
		return -1;
	if (sent)
		*sent += n;
	setsockopt(s, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof(tv));
	for (;;) {
		ssize_t r = read(s, out + got, cap - 1 - got);

		if (r <= 0)
			break;
		got += r;
	}
	close(s);
	out[got] = 0;
	return got;
}

static ssize_t fetch(const char *path, char *out, size_t cap, size_t *sent)
{
	return fetch_with("GET", path, "", out, cap, sent);
}

static const char *body_of(const char *resp)
{
	const char *b = strstr(resp, "\r\n\r\n");

	return b ? b + 4 : "";
}

static int t_send_in_pieces(char *why, size_t len)
{
	static char got[4096];

	if (setup(why, len))
		return -1;
	fetch("/surf/stream", got, sizeof(got), NULL);
	if (!strstr(got, "\r\nTransfer-Encoding: chunked\r\n") ||
	    strcmp(body_of(got), "6\r\npart1,\r\n6\r\npart2,\r\n3\r\nend\r\n0\r\n\r\n"))
		return kht_fail(why, len, "chunked: [%.200s]", got);
	fetch("/surf/length", got, sizeof(got), NULL);
	if (!strstr(got, "\r\nContent-Length: 8\r\n") || strcmp(body_of(got), "12345678"))
		return kht_fail(why, len, "with a length: [%.200s]", got);
	return 0;
}

static int t_file_chunks(char *why, size_t len)
{
	static char got[16384], want[8192];
	int fd = open(SURF_FILE, O_RDONLY);

	if (setup(why, len) || fd < 0)
		return -1;
	pread(fd, want, 5000, 1000);
	strcpy(want + 5000, "!");
	fetch("/surf/file", got, sizeof(got), NULL);
	if (!strstr(got, "\r\nContent-Length: 5001\r\n") || strcmp(body_of(got), want))
		return kht_fail(why, len, "file range + memory: [%.120s]", got);
	pread(fd, want, 10, SURF_SIZE - 10);
	want[10] = 0;
	close(fd);
	fetch("/surf/tail", got, sizeof(got), NULL);
	if (strcmp(body_of(got), want))
		return kht_fail(why, len, "range to EOF: [%.120s]", got);
	fetch("/surf/badfile", got, sizeof(got), NULL);
	snprintf(want, sizeof(want), "%d,%d,%d,%d,%d", EINVAL, EINVAL, EINVAL, EBADF, EBADF);
	if (strcmp(body_of(got), want))
		return kht_fail(why, len, "bad ranges and fds: got [%s], want [%s]",
				body_of(got), want);
	return 0;
}

static int stats(__u64 *c)
{
	return kht_stats(c);
}

/* the counters of the surface worker's queue */
static int queue_stats(__u64 *c)
{
	struct kh_queue_args q = { .flags = KH_QUEUE_OPEN, .name = "surf-" KHT_ABI_NAME };
	struct kh_stats_args a = { .flags = KH_STATS_QUEUE, .counter_count = KH_QSTAT_COUNT,
				   .counters = c };
	int fd = open(KHT_DEV, O_RDWR | O_CLOEXEC), rc;

	q.name_length = strlen(q.name);
	rc = ioctl(fd, KH_IOC_QUEUE, &q) || ioctl(fd, KH_IOC_STATS, &a) ||
	     a.counters_returned != KH_QSTAT_COUNT;
	close(fd);
	return rc;
}

/* the counters move by exactly what the client did */
static int t_stats_add_up(char *why, size_t len)
{
	static char got[16384];
	__u64 before[KH_STAT_COUNT], after[KH_STAT_COUNT];
	__u64 qb[KH_QSTAT_COUNT], qa[KH_QSTAT_COUNT];
	size_t sent = 0, received = 0;
	int i;

	if (setup(why, len) || stats(before) || queue_stats(qb))
		return kht_fail(why, len, "stats: %s", strerror(errno));
	for (i = 0; i < 5; i++)
		received += fetch("/surf/ok", got, sizeof(got), &sent);
	received += fetch("/elsewhere", got, sizeof(got), &sent);	/* the kernel's 404 */
	usleep(200000);	/* the last bytes are counted when the work item ran */
	if (stats(after))
		return -1;
	if (queue_stats(qa))
		return kht_fail(why, len, "queue stats: %s", strerror(errno));
	if (qa[KH_QSTAT_REQUESTS] - qb[KH_QSTAT_REQUESTS] != 5 ||
	    qa[KH_QSTAT_RECEIVED] - qb[KH_QSTAT_RECEIVED] != 5 ||
	    qa[KH_QSTAT_ANSWERED] - qb[KH_QSTAT_ANSWERED] != 5 || qa[KH_QSTAT_PENDING])
		return kht_fail(why, len,
				"queue: requests +%llu received +%llu answered +%llu pending %llu",
				qa[0] - qb[0], qa[1] - qb[1], qa[2] - qb[2], qa[KH_QSTAT_PENDING]);
	for (i = 0; i < KH_STAT_COUNT; i++)
		after[i] -= before[i];
	if (after[KH_STAT_CONNECTIONS] != 6 || after[KH_STAT_REQUESTS] != 5 ||
	    after[KH_STAT_RESPONSES_2XX] != 5 || after[KH_STAT_RESPONSES_4XX] != 1 ||
	    after[KH_STAT_KERNEL_RESPONSES] != 1 || after[KH_STAT_BYTES_IN] != sent ||
	    after[KH_STAT_BYTES_OUT] != received)
		return kht_fail(why, len,
				"deltas: conns %llu reqs %llu 2xx %llu 4xx %llu kernel %llu in %llu/%zu out %llu/%zu",
				after[KH_STAT_CONNECTIONS], after[KH_STAT_REQUESTS],
				after[KH_STAT_RESPONSES_2XX], after[KH_STAT_RESPONSES_4XX],
				after[KH_STAT_KERNEL_RESPONSES], after[KH_STAT_BYTES_IN], sent,
				after[KH_STAT_BYTES_OUT], received);
	return 0;
}

static int expect_body(const char *what, const char *got, const char *want, char *why,
		       size_t len)
{
	if (strcmp(body_of(got), want))
		return kht_fail(why, len, "%s: body [%s], want [%s]", what, body_of(got), want);
	return 0;
}

/* the kernel answers repeated GETs itself; the worker is not woken */
static int t_response_cache(char *why, size_t len)
{
	static char got[4096];
	__u64 before[KH_STAT_COUNT], after[KH_STAT_COUNT];

	if (setup(why, len) || kht_flush_cache("") || stats(before))
		return kht_fail(why, len, "setup: %s", strerror(errno));
	fetch("/surf/cached", got, sizeof(got), NULL);
	if (expect_body("first", got, "n=1", why, len))
		return -1;
	fetch("/surf/cached", got, sizeof(got), NULL);
	if (expect_body("second (cached)", got, "n=1", why, len))
		return -1;
	fetch_with("HEAD", "/surf/cached", "", got, sizeof(got), NULL);
	if (!strstr(got, "\r\nContent-Length: 3\r\n") || *body_of(got))
		return kht_fail(why, len, "HEAD from the cache: [%.120s]", got);
	fetch_with("GET", "/surf/cached", "If-None-Match: \"v1\"\r\n", got, sizeof(got), NULL);
	if (strncmp(got, "HTTP/1.1 304 Not Modified\r\n", 27) || *body_of(got))
		return kht_fail(why, len, "If-None-Match: [%.120s]", got);
	fetch_with("GET", "/surf/cached", "If-Modified-Since: Tue, 24 Nov 2026 05:00:00 GMT\r\n",
		   got, sizeof(got), NULL);
	if (strncmp(got, "HTTP/1.1 304 Not Modified\r\n", 27))
		return kht_fail(why, len, "If-Modified-Since: [%.120s]", got);
	if (stats(after) || after[KH_STAT_CACHE_HITS] - before[KH_STAT_CACHE_HITS] != 4 ||
	    after[KH_STAT_REQUESTS] - before[KH_STAT_REQUESTS] != 1)
		return kht_fail(why, len, "cache hits +%llu, requests to workers +%llu",
				after[KH_STAT_CACHE_HITS] - before[KH_STAT_CACHE_HITS],
				after[KH_STAT_REQUESTS] - before[KH_STAT_REQUESTS]);
	if (kht_flush_cache("http://s/surf/"))
		return kht_fail(why, len, "flush: %s", strerror(errno));
	fetch("/surf/cached", got, sizeof(got), NULL);
	if (expect_body("after the flush", got, "n=2", why, len))
		return -1;
	/* byte ranges of the cached "n=2" */
	fetch_with("GET", "/surf/cached", "Range: bytes=1-2\r\n", got, sizeof(got), NULL);
	if (strncmp(got, "HTTP/1.1 206 Partial Content\r\n", 30) ||
	    !strstr(got, "\r\nContent-Range: bytes 1-2/3\r\n") ||
	    expect_body("range 1-2", got, "=2", why, len))
		return kht_fail(why, len, "range 1-2: [%.200s]", got);
	fetch_with("GET", "/surf/cached", "Range: bytes=-1\r\n", got, sizeof(got), NULL);
	if (expect_body("range -1", got, "2", why, len))
		return -1;
	fetch_with("GET", "/surf/cached", "Range: bytes=7-\r\n", got, sizeof(got), NULL);
	if (strncmp(got, "HTTP/1.1 416 Range Not Satisfiable\r\n", 36) ||
	    !strstr(got, "\r\nContent-Range: bytes */3\r\n"))
		return kht_fail(why, len, "range 7-: [%.200s]", got);
	/* time to live: 1 s */
	fetch("/surf/ttl", got, sizeof(got), NULL);
	fetch("/surf/ttl", got, sizeof(got), NULL);
	if (expect_body("ttl, cached", got, "n=3", why, len))
		return -1;
	usleep(1500000);
	fetch("/surf/ttl", got, sizeof(got), NULL);
	return expect_body("ttl, expired", got, "n=4", why, len);
}

/* every line the global access log holds now (consumed): the administrator's */
static size_t read_log(char *buf, size_t cap)
{
	size_t n = 0;
	ssize_t r;
	int fd;

	fd = kht_admin_open(KHT_DEV, O_RDONLY);	/* read() checks the opener's credentials */
	while ((r = read(fd, buf + n, cap - 1 - n)) > 0)
		n += r;
	close(fd);
	buf[n] = 0;
	return n;
}

/* one Combined Log Format line per answer, bytes as the client counted them */
static int t_access_log(char *why, size_t len)
{
	static char got[4096], log[8192];
	char want[2][256];
	ssize_t a, b;
	char *l1, *l2;

	if (setup(why, len))
		return -1;
	read_log(log, sizeof(log));	/* start empty */
	a = fetch_with("GET", "/surf/ok?q=1", "User-Agent: kht-ua\r\nReferer: http://r/\r\n",
		       got, sizeof(got), NULL);
	b = fetch("/elsewhere", got, sizeof(got), NULL);
	usleep(100000);
	read_log(log, sizeof(log));
	snprintf(want[0], sizeof(want[0]),
		 "] \"GET /surf/ok?q=1 HTTP/1.1\" 200 %zd \"http://r/\" \"kht-ua\"\n", a);
	snprintf(want[1], sizeof(want[1]),
		 "] \"GET /elsewhere HTTP/1.1\" 404 %zd \"-\" \"-\"\n", b);
	l1 = strstr(log, want[0]);
	l2 = strstr(log, want[1]);
	if (strncmp(log, "127.0.0.1 - - [", 15) || !l1 || !l2 || l2 < l1)
		return kht_fail(why, len, "access log [%.300s]", log);
	return 0;
}

/* the line of log (a NUL-terminated copy in line) whose text after the date is rest */
static bool log_has(const char *log, const char *rest, size_t rest_len)
{
	const char *l;

	/* "127.0.0.1 - - [01/Dec/2026:07:55:09 +0000" is 41 characters */
	for (l = log; *l; l = strchr(l, '\n') + 1) {
		if (!strncmp(l, "127.0.0.1 - - [", 15) && strlen(l) > 41 &&
		    !strncmp(l + 41, rest, rest_len))
			return true;
		if (!strchr(l, '\n'))
			break;
	}
	return false;
}

/*
 * The fields as the log has always cut and escaped them: quotes,
 * backslashes and bytes past ASCII as \xNN, a field at most 251 (target)
 * or 123 (referer, user agent) characters, and a line over 512 bytes cut
 * to 510 and its newline.
 */
static int t_access_log_fields(char *why, size_t len)
{
	static char got[4096], log[8192], rest[1024], extra[1024], path[320];
	char r200[201], u200[201];
	size_t l;
	ssize_t a, b;

	if (setup(why, len))
		return -1;
	memset(r200, 'r', 200);
	r200[200] = 0;
	memset(u200, 'u', 200);
	u200[200] = 0;
	memset(path, 'p', 300);
	memcpy(path, "/elsewhere/", 11);
	path[300] = 0;
	read_log(log, sizeof(log));	/* start empty */
	snprintf(extra, sizeof(extra), "User-Agent: q\"b\\c\200d\r\nReferer: %s\r\n", r200);
	a = fetch_with("GET", "/surf/ok", extra, got, sizeof(got), NULL);
	snprintf(extra, sizeof(extra), "User-Agent: %s\r\nReferer: %s\r\n", u200, r200);
	b = fetch_with("GET", path, extra, got, sizeof(got), NULL);
	usleep(100000);
	read_log(log, sizeof(log));
	l = snprintf(rest, sizeof(rest), "] \"GET /surf/ok HTTP/1.1\" 200 %zd \"%.123s\" %s\n",
		     a, r200, "\"q\\x22b\\x5cc\\x80d\"");
	if (!log_has(log, rest, l))
		return kht_fail(why, len, "escaped: want [%s] in [%.600s]", rest, log);
	snprintf(rest, sizeof(rest), "] \"GET %.251s HTTP/1.1\" 404 %zd \"%.123s\" \"%.123s\"",
		 path, b, r200, u200);
	rest[510 - 41] = '\n';	/* the cut line: 510 characters and its newline */
	rest[511 - 41] = 0;
	if (!log_has(log, rest, 511 - 41))
		return kht_fail(why, len, "cut: want [%s] in [%.1200s]", rest, log);
	return 0;
}

/* 64 MiB up through the worker's 64 KiB buffer, every byte accounted for */
static int t_large_upload(char *why, size_t len)
{
	static unsigned char piece[65536];
	static char got[512], want[96];
	struct sockaddr_in sin = { .sin_family = AF_INET, .sin_port = htons(SURF_PORT),
				   .sin_addr.s_addr = htonl(INADDR_LOOPBACK) };
	struct timeval tv = { .tv_sec = 60 };
	char head[160];
	__u32 h = 2166136261u;
	size_t off = 0, got_n = 0;
	int s, n;

	if (setup(why, len))
		return -1;
	s = socket(AF_INET, SOCK_STREAM, 0);
	if (s < 0 || connect(s, (void *)&sin, sizeof(sin)))
		return kht_fail(why, len, "connect: %s", strerror(errno));
	setsockopt(s, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof(tv));
	n = snprintf(head, sizeof(head), "POST /surf/upload HTTP/1.1\r\nHost: s\r\n"
		     "Content-Length: %u\r\nConnection: close\r\n\r\n", UPLOAD_SIZE);
	write(s, head, n);
	while (off < UPLOAD_SIZE) {
		size_t i, k = sizeof(piece);

		for (i = 0; i < k; i++)
			piece[i] = upload_byte(off + i);
		h = fnv1a(h, piece, k);
		if (write(s, piece, k) != (ssize_t)k)
			return kht_fail(why, len, "write at %zu: %s", off, strerror(errno));
		off += k;
	}
	for (;;) {
		ssize_t r = read(s, got + got_n, sizeof(got) - 1 - got_n);

		if (r <= 0)
			break;
		got_n += r;
	}
	got[got_n] = 0;
	close(s);
	snprintf(want, sizeof(want), "more=1 chunks=0 len=%u fnv=%08x", UPLOAD_SIZE, h);
	if (strcmp(body_of(got), want))
		return kht_fail(why, len, "upload: got [%s], want [%s]", body_of(got), want);
	return 0;
}

const struct kht_test kht_surface_tests[] = {
	{ "send_in_pieces", t_send_in_pieces },
	{ "file_chunks", t_file_chunks },
	{ "stats_add_up", t_stats_add_up },
	{ "response_cache", t_response_cache },
	{ "access_log", t_access_log },
	{ "access_log_fields", t_access_log_fields },
	{ "large_upload", t_large_upload },
};

const size_t kht_nsurface_tests = KHT_ARRAY_SIZE(kht_surface_tests);

void kht_surface_end(void)
{
	kht_worker_stop(&surf_pid, "surf-" KHT_ABI_NAME, SURF_URL);
}
