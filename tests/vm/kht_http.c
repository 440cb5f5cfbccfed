// SPDX-License-Identifier: GPL-2.0
/*
 * HTTP through the module, from a worker of this process's ABI: the test
 * forks an echo worker (receive a request, answer with what it saw), and
 * plays the client over loopback with raw bytes, so every response is
 * checked byte for byte (the Date line aside). The transcript of all
 * exchanges goes to /tmp/http-<abi>.txt: the suite compares the three.
 */
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdarg.h>
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
#include "kht_http.h"

#define KHT_PORT	8080	/* the same in every ABI: the transcripts must match */
#define KHT_PREFIX	"http://*:%d/echo/"

static pid_t worker_pid;
static FILE *transcript;

/* opened on first use, so that tests without HTTP keep their fd numbers */
static FILE *transcript_file(void)
{
	if (!transcript)
		transcript = fopen("/tmp/http-" KHT_ABI_NAME ".txt", "a");
	return transcript ? transcript : stderr;
}

/* ---- the worker: receive, echo, send ---- */

static void put(char **p, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	*p += vsprintf(*p, fmt, ap);
	va_end(ap);
}

static void put_bytes(char **p, const char *s, size_t n)
{
	memcpy(*p, s, n);
	*p += n;
}

/* what the worker saw, in an ABI-independent text */
static size_t echo_body(const struct kh_request *r, char *out)
{
	char *p = out;
	int i;

	put(&p, "verb=%u", r->verb);
	if (r->unknown_verb_length) {
		put(&p, " unknown=");
		put_bytes(&p, r->unknown_verb, r->unknown_verb_length);
	}
	put(&p, " http=%u.%u\nraw=", r->version.major, r->version.minor);
	put_bytes(&p, r->raw_url, r->raw_url_length);
	put(&p, "\nfull=");
	put_bytes(&p, r->cooked_url.full_url, r->cooked_url.full_url_length);
	put(&p, "\nhost=");
	put_bytes(&p, r->cooked_url.host, r->cooked_url.host_length);
	put(&p, "\npath=");
	put_bytes(&p, r->cooked_url.abs_path, r->cooked_url.abs_path_length);
	put(&p, "\nquery=");
	put_bytes(&p, r->cooked_url.query_string, r->cooked_url.query_string_length);
	put(&p, "\ncontext=%llu\n", (unsigned long long)r->url_context);
	for (i = 0; i < KH_HEADER_REQUEST_MAXIMUM; i++)
		if (r->headers.known_headers[i].value_length) {
			put(&p, "known[%d]=", i);
			put_bytes(&p, r->headers.known_headers[i].value,
				  r->headers.known_headers[i].value_length);
			put(&p, "\n");
		}
	for (i = 0; i < r->headers.unknown_header_count; i++) {
		const struct kh_unknown_header *u = &r->headers.unknown_headers[i];

		put(&p, "unknown=");
		put_bytes(&p, u->name, u->name_length);
		put(&p, ": ");
		put_bytes(&p, u->value, u->value_length);
		put(&p, "\n");
	}
	for (i = 0; i < r->headers.trailer_count; i++) {
		const struct kh_unknown_header *u = &r->headers.trailers[i];

		put(&p, "trailer=");
		put_bytes(&p, u->name, u->name_length);
		put(&p, ": ");
		put_bytes(&p, u->value, u->value_length);
		put(&p, "\n");
	}
	for (i = 0; i < r->entity_chunk_count; i++) {
		const struct kh_data_chunk *c = &r->entity_chunks[i];

		put(&p, "body=%u:", c->u.memory.length);
		put_bytes(&p, c->u.memory.buffer, c->u.memory.length);
		put(&p, "\n");
	}
	return p - out;
}

static int worker_setup(int *out)
{
	char url[64];
	struct kh_queue_args q = { .flags = KH_QUEUE_CREATE | KH_QUEUE_OPEN,
				   .name = "echo-" KHT_ABI_NAME };
	struct kh_url_args u = { .url_context = 0x1234567890abcdefull, .url = url };
	int fd = open(KHT_DEV, O_RDWR | O_CLOEXEC);

	if (fd < 0)
		return -1;
	q.name_length = strlen(q.name);
	u.url_length = snprintf(url, sizeof(url), KHT_PREFIX, KHT_PORT);
	if (ioctl(fd, KH_IOC_QUEUE, &q) || ioctl(fd, KH_IOC_ADD_URL, &u)) {
		close(fd);
		return -1;
	}
	*out = fd;
	return 0;
}

/* one request: first into a small buffer (-ENOSPC), then by id */
static int worker_serve(int fd)
{
	static char buf[1 << 20] __attribute__((aligned(8)));
	static char body[1 << 20];
	/* the echo shows the body: it comes with the request */
	struct kh_receive_request_args rr = { .flags = KH_RECEIVE_FLAG_COPY_BODY,
					      .buffer_length = 16, .buffer = (void *)buf };
	struct kh_request *r = (void *)buf;
	struct kh_data_chunk chunk = { .type = KH_CHUNK_FROM_MEMORY };
	struct kh_response resp = { .status_code = 200, .reason_length = 2, .reason = "OK",
				    .version = { 1, 1 } };
	struct kh_send_response_args sr = { .response = &resp };

	if (ioctl(fd, KH_IOC_RECEIVE_REQUEST, &rr) == 0 || errno != ENOBUFS)
		return -1;
	rr.buffer_length = rr.bytes_needed - 1;	/* still one byte short */
	if (ioctl(fd, KH_IOC_RECEIVE_REQUEST, &rr) == 0 || errno != ENOSPC)
		return -2;
	rr.buffer_length = sizeof(buf);
	if (ioctl(fd, KH_IOC_RECEIVE_REQUEST, &rr))
		return -3;
	chunk.u.memory.buffer = body;
	chunk.u.memory.length = echo_body(r, body);
	resp.entity_chunk_count = 1;
	resp.entity_chunks = &chunk;
	resp.headers.known_headers[KH_HEADER_CONTENT_TYPE].value = "text/plain";
	resp.headers.known_headers[KH_HEADER_CONTENT_TYPE].value_length = 10;
	sr.request_id = rr.request_id;
	if (ioctl(fd, KH_IOC_SEND_RESPONSE, &sr))
		return -4;
	return 0;
}

static int start_worker(char *why, size_t len)
{
	int fd;

	if (worker_pid)
		return 0;
	if (worker_setup(&fd))
		return kht_fail(why, len, "worker setup: %s", strerror(errno));
	worker_pid = fork();
	if (worker_pid < 0)
		return kht_fail(why, len, "fork: %s", strerror(errno));
	if (!worker_pid) {
		for (;;) {
			int err = worker_serve(fd);

			if (err) {
				fprintf(stderr, "worker: step %d: %s\n", -err, strerror(errno));
				_exit(1);
			}
		}
	}
	close(fd);	/* the child's copy serves; the queue and URL stay */
	return 0;
}

/* ---- the client ---- */

/* sends req, reads until the server closes or 2 s pass; strips Date lines */
static ssize_t exchange(const char *req, size_t reqlen, char *out, size_t cap)
{
	struct sockaddr_in sin = { .sin_family = AF_INET, .sin_port = htons(KHT_PORT),
				   .sin_addr.s_addr = htonl(INADDR_LOOPBACK) };
	struct timeval tv = { .tv_sec = 2 };
	int s = socket(AF_INET, SOCK_STREAM, 0);
	size_t got = 0;
	char *d, *e;

	if (s < 0 || connect(s, (void *)&sin, sizeof(sin)))
		return -1;
	setsockopt(s, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof(tv));
	if (write(s, req, reqlen) != (ssize_t)reqlen)
		return -1;
	for (;;) {
		ssize_t n = read(s, out + got, cap - 1 - got);

		if (n <= 0)
			break;
		got += n;
	}
	close(s);
	out[got] = 0;
	while ((d = strstr(out, "\r\nDate: ")) && (e = strstr(d + 2, "\r\n"))) {
		memmove(d, e, out + got + 1 - e);
		got -= e - d;
	}
	return got;
}

static int check_raw(const char *name, const char *req, size_t req_len, const char *want,
		     char *why, size_t len)
{
	static char got[1 << 16];
	ssize_t n;

	if (start_worker(why, len))
		return -1;
	n = exchange(req, req_len, got, sizeof(got));
	if (n < 0)
		return kht_fail(why, len, "%s: connect/write: %s", name, strerror(errno));
	fprintf(transcript_file(), "=== %s\n%s\n", name, got);
	fflush(transcript_file());
	if (strcmp(got, want)) {
		char *p;

		for (p = got; *p; p++)
			if (*p == '\r' || *p == '\n')
				*p = '|';
		return kht_fail(why, len, "%s: got [%.180s]", name, got);
	}
	return 0;
}

static int check(const char *name, const char *req, const char *want, char *why, size_t len)
{
	return check_raw(name, req, strlen(req), want, why, len);
}

/* the echo worker's 200 with this body; close: the request said close */
static const char *ok(const char *body, bool close)
{
	static char buf[1 << 16];

	snprintf(buf, sizeof(buf), "HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\n"
		 "Content-Length: %zu\r\n%s\r\n%s", strlen(body),
		 close ? "Connection: close\r\n" : "", body);
	return buf;
}

/* the kernel's own answer */
static const char *kernel_says(int status, const char *reason)
{
	static char buf[512];
	char body[128];

	snprintf(body, sizeof(body), "%d %s\n", status, reason);
	snprintf(buf, sizeof(buf), "HTTP/1.1 %d %s\r\nContent-Type: text/plain\r\n"
		 "Content-Length: %zu\r\nConnection: close\r\n\r\n%s", status, reason,
		 strlen(body), body);
	return buf;
}

int kht_http_expect_raw(const char *name, const char *req, size_t req_len, int status,
			const char *reason, char *why, size_t len)
{
	return check_raw(name, req, req_len, kernel_says(status, reason), why, len);
}

int kht_http_expect_status(const char *name, const char *req, int status,
			   const char *reason, char *why, size_t len)
{
	return kht_http_expect_raw(name, req, strlen(req), status, reason, why, len);
}

/* the headers of a response without its body */
static const char *head_of(const char *resp)
{
	static char buf[1 << 16];
	const char *end = strstr(resp, "\r\n\r\n");

	snprintf(buf, sizeof(buf), "%.*s", (int)(end + 4 - resp), resp);
	return buf;
}

#define CTX "context=1311768467294899695\n"

static int t_http_get(char *why, size_t len)
{
	return check("get",
		     "GET /echo/a/b?x=1&y=2 HTTP/1.1\r\nHost: example.test\r\n"
		     "User-Agent: kht\r\nX-Custom: one\r\nAccept: */*\r\n"
		     "Connection: close\r\n\r\n",
		     ok("verb=4 http=1.1\nraw=/echo/a/b?x=1&y=2\n"
			"full=http://example.test/echo/a/b?x=1&y=2\nhost=example.test\n"
			"path=/echo/a/b\nquery=?x=1&y=2\n" CTX
			"known[1]=close\nknown[20]=*/*\nknown[28]=example.test\nknown[40]=kht\n"
			"unknown=X-Custom: one\n", true), why, len);
}

static int t_http_post_length(char *why, size_t len)
{
	return check("post-length",
		     "POST /echo/form HTTP/1.1\r\nHost: h\r\nContent-Length: 11\r\n"
		     "Content-Type: application/x-www-form-urlencoded\r\nConnection: close\r\n"
		     "\r\nhello=world",
		     ok("verb=6 http=1.1\nraw=/echo/form\nfull=http://h/echo/form\nhost=h\n"
			"path=/echo/form\nquery=\n" CTX
			"known[1]=close\nknown[11]=11\n"
			"known[12]=application/x-www-form-urlencoded\nknown[28]=h\n"
			"body=11:hello=world\n", true), why, len);
}

static int t_http_post_chunked(char *why, size_t len)
{
	return check("post-chunked",
		     "POST /echo/up HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\n"
		     "Connection: close\r\n\r\n"
		     "5\r\nhello\r\n7;ext=1\r\n, world\r\n0\r\nX-Sum: 12\r\n\r\n",
		     ok("verb=6 http=1.1\nraw=/echo/up\nfull=http://h/echo/up\nhost=h\n"
			"path=/echo/up\nquery=\n" CTX
			"known[1]=close\nknown[6]=chunked\nknown[28]=h\n"
			"trailer=X-Sum: 12\nbody=12:hello, world\n", true), why, len);
}

static int t_http_unknown_verb(char *why, size_t len)
{
	return check("unknown-verb",
		     "PURGE /echo/x HTTP/1.1\r\nHost: h\r\nConnection: close\r\n\r\n",
		     ok("verb=1 unknown=PURGE http=1.1\nraw=/echo/x\nfull=http://h/echo/x\n"
			"host=h\npath=/echo/x\nquery=\n" CTX "known[1]=close\nknown[28]=h\n",
			true), why, len);
}

/* repeated headers: a known one joined with ", ", unknown ones kept apart */
static int t_http_repeated_headers(char *why, size_t len)
{
	return check("repeated-headers",
		     "GET /echo/r HTTP/1.1\r\nHost: h\r\nAccept: a/b\r\nX-A: 1\r\n"
		     "Accept: c/d\r\nX-A: 2\r\ncookie: a=1\r\nCookie: b=2\r\n"
		     "Connection: close\r\n\r\n",
		     ok("verb=4 http=1.1\nraw=/echo/r\nfull=http://h/echo/r\nhost=h\n"
			"path=/echo/r\nquery=\n" CTX "known[1]=close\nknown[20]=a/b, c/d\n"
			"known[25]=a=1; b=2\nknown[28]=h\nunknown=X-A: 1\nunknown=X-A: 2\n",
			true), why, len);
}

/* HTTP/1.0 without Host: the local address stands in; 1.0 closes */
static int t_http_10(char *why, size_t len)
{
	char full[128], body[512];

	snprintf(full, sizeof(full), "127.0.0.1:%d", KHT_PORT);
	snprintf(body, sizeof(body),
		 "verb=5 http=1.0\nraw=/echo/h\nfull=http://%s/echo/h\nhost=%s\n"
		 "path=/echo/h\nquery=\n" CTX, full, full);
	/* HEAD: the headers of the 200, no body */
	return check("http10-head", "HEAD /echo/h HTTP/1.0\r\n\r\n", head_of(ok(body, true)),
		     why, len);
}

/* two requests in one write, keep-alive: two answers, in order */
static int t_http_pipeline(char *why, size_t len)
{
	static char want[1 << 17];

	snprintf(want, sizeof(want), "%s", ok("verb=4 http=1.1\nraw=/echo/1\n"
		 "full=http://h/echo/1\nhost=h\npath=/echo/1\nquery=\n" CTX "known[28]=h\n",
		 false));
	strcat(want, ok("verb=4 http=1.1\nraw=/echo/2\nfull=http://h/echo/2\nhost=h\n"
			"path=/echo/2\nquery=\n" CTX "known[1]=close\nknown[28]=h\n", true));
	return check("pipeline",
		     "GET /echo/1 HTTP/1.1\r\nHost: h\r\n\r\n"
		     "GET /echo/2 HTTP/1.1\r\nHost: h\r\nConnection: close\r\n\r\n",
		     want, why, len);
}

static int t_http_not_found(char *why, size_t len)
{
	return check("not-found",
		     "GET /elsewhere HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n",
		     kernel_says(404, "Not Found"), why, len);
}

const struct kht_test kht_http_tests[] = {
	{ "http_get", t_http_get },
	{ "http_post_length", t_http_post_length },
	{ "http_post_chunked", t_http_post_chunked },
	{ "http_unknown_verb", t_http_unknown_verb },
	{ "http_repeated_headers", t_http_repeated_headers },
	{ "http_10_head", t_http_10 },
	{ "http_pipeline", t_http_pipeline },
	{ "http_not_found", t_http_not_found },
	{ "http_malformed", t_http_malformed },
};

const size_t kht_nhttp_tests = KHT_ARRAY_SIZE(kht_http_tests);

/* called by the runner before the tests: the transcript starts empty */
void kht_http_begin(void)
{
	unlink("/tmp/http-" KHT_ABI_NAME ".txt");
}

/* the worker goes, and its prefix with it, so the next ABI's run can take the port */
void kht_http_end(void)
{
	struct kh_queue_args q = { .flags = KH_QUEUE_OPEN, .name = "echo-" KHT_ABI_NAME };
	struct kh_url_args u = { 0 };
	char url[64];
	int fd;

	if (!worker_pid)
		return;
	kill(worker_pid, SIGKILL);
	waitpid(worker_pid, NULL, 0);
	worker_pid = 0;
	fd = open(KHT_DEV, O_RDWR | O_CLOEXEC);
	if (fd < 0)
		return;
	q.name_length = strlen(q.name);
	u.url = url;
	u.url_length = snprintf(url, sizeof(url), KHT_PREFIX, KHT_PORT);
	if (ioctl(fd, KH_IOC_QUEUE, &q) || ioctl(fd, KH_IOC_REMOVE_URL, &u))
		fprintf(stderr, "khtest: removing %s: %s\n", url, strerror(errno));
	close(fd);
}
