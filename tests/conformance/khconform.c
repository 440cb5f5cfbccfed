// SPDX-License-Identifier: GPL-2.0
/*
 * khconform: the HTTP conformance corpus against the module, in the guest.
 *
 *   khconform [--bytewise-only|--whole-only] CASES...
 *   khconform --worker        (only the worker, for curl: prints "ready")
 *
 * A forked worker takes every URL of port 8081 and answers with what it
 * saw (method, target, host, each header, body: tests/conformance/README.md);
 * under /c/ it answers a fixed cacheable 200 instead, for the kernel's
 * cache. Each case is sent whole, then again one byte per write, and its
 * outcome checked: the kernel's status (and that the connection closes), or
 * the request as the worker saw it. Prints "KHCONF FAIL ..." per failing
 * case, a per-class and per-source summary, and exits 1 on any failure.
 */
#define _GNU_SOURCE
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
#include <netinet/tcp.h>
#include <arpa/inet.h>
#include <unistd.h>
#include "khttp.h"
#include "kh_lib.h"	/* libkhttp's header and verb names (lib/kh_names.c) */

#define PORT		8081
#define MAX_CASES	2048
#define MAX_EXPECT	24
#define BUF		(1 << 20)

struct kcase {
	char id[96], from[256], src[32];
	int cls;		/* 1-8: issue 15's defect class; 0 none */
	char upstream[8];	/* ok, error, - */
	char *req;
	size_t req_len;
	char prime[128];
	int status;		/* 0: reaches the worker (200 with its echo) */
	bool close, kernel;
	bool incomplete;	/* "status 0 incomplete": no answer until the client's EOF */
	char *expect[MAX_EXPECT];	/* lines the worker's echo must hold */
	size_t expect_len[MAX_EXPECT];
	int nexpect;
	char *head[MAX_EXPECT];		/* substrings of the response head */
	int nhead;
	const char *file;
	int line;
};

static struct kcase cases[MAX_CASES];
static int ncases;

static void die(const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	fprintf(stderr, "khconform: ");
	vfprintf(stderr, fmt, ap);
	fprintf(stderr, "\n");
	va_end(ap);
	exit(2);
}

/* C-like escapes: \r \n \t \0 \\ \xHH; the rest as is */
static size_t unescape(const char *s, char *out)
{
	char *o = out;

	while (*s) {
		if (*s != '\\') {
			*o++ = *s++;
			continue;
		}
		s++;
		switch (*s) {
		case 'r': *o++ = '\r'; s++; break;
		case 'n': *o++ = '\n'; s++; break;
		case 't': *o++ = '\t'; s++; break;
		case '0': *o++ = 0; s++; break;
		case '\\': *o++ = '\\'; s++; break;
		case 's': *o++ = ' '; s++; break;
		case 'x': {
			char h[3] = { s[1], s[2], 0 };

			*o++ = (char)strtoul(h, NULL, 16);
			s += 3;
			break;
		}
		default:
			die("bad escape \\%c", *s);
		}
	}
	return o - out;
}

static char *dup_escaped(const char *s, size_t *len)
{
	char *o = malloc(strlen(s) + 1);

	*len = unescape(s, o);
	o[*len] = 0;
	return o;
}

static void load(const char *path)
{
	FILE *f = fopen(path, "r");
	char line[1 << 16];
	struct kcase *c = NULL;
	const char *base = strrchr(path, '/') ? strrchr(path, '/') + 1 : path;
	int ln = 0;

	if (!f)
		die("%s: %s", path, strerror(errno));
	while (fgets(line, sizeof(line), f)) {
		char *v;
		size_t n = strlen(line);

		ln++;
		while (n && (line[n - 1] == '\n' || line[n - 1] == '\r'))
			line[--n] = 0;
		if (!n || line[0] == '#')
			continue;
		v = strchr(line, ' ');
		v = v ? v + 1 : line + n;
		if (!strncmp(line, "case ", 5)) {
			if (ncases == MAX_CASES)
				die("too many cases");
			c = &cases[ncases++];
			memset(c, 0, sizeof(*c));
			snprintf(c->id, sizeof(c->id), "%s", v);
			snprintf(c->src, sizeof(c->src), "%.*s", (int)(strcspn(base, ".")), base);
			snprintf(c->upstream, sizeof(c->upstream), "-");
			c->file = path;
			c->line = ln;
			continue;
		}
		if (!c)
			die("%s:%d: a line before any case", path, ln);
		if (!strncmp(line, "from ", 5)) {
			snprintf(c->from, sizeof(c->from), "%s", v);
		} else if (!strncmp(line, "class ", 6)) {
			c->cls = atoi(v);
		} else if (!strncmp(line, "upstream ", 9)) {
			snprintf(c->upstream, sizeof(c->upstream), "%s", v);
		} else if (!strncmp(line, "why ", 4)) {
			/* documentation only */
		} else if (!strncmp(line, "req ", 4)) {
			size_t l;
			char *r = dup_escaped(v, &l);

			c->req = realloc(c->req, c->req_len + l + 1);
			memcpy(c->req + c->req_len, r, l + 1);
			c->req_len += l;
			free(r);
		} else if (!strncmp(line, "prime ", 6)) {
			snprintf(c->prime, sizeof(c->prime), "%s", v);
		} else if (!strncmp(line, "status ", 7)) {
			c->status = atoi(v);
			c->close = strstr(v, " close") != NULL;
			c->kernel = c->status >= 400 || strstr(v, " kernel") != NULL;
			c->incomplete = strstr(v, " incomplete") != NULL;
		} else if (!strncmp(line, "head ", 5)) {
			size_t l;

			if (c->nhead == MAX_EXPECT)
				die("%s:%d: too many head lines", path, ln);
			c->head[c->nhead++] = dup_escaped(v, &l);
		} else if (!strncmp(line, "worker ", 7) || !strcmp(line, "worker")) {
			/* "worker method=GET" : a line of the echo */
			if (c->nexpect == MAX_EXPECT)
				die("%s:%d: too many worker lines", path, ln);
			c->expect[c->nexpect] = dup_escaped(line[6] ? v : "",
							   &c->expect_len[c->nexpect]);
			c->nexpect++;
		} else {
			die("%s:%d: unknown line '%s'", path, ln, line);
		}
	}
	fclose(f);
}

/* ---- the worker ---- */

static void put(char **p, const char *s, size_t n)
{
	memcpy(*p, s, n);
	*p += n;
}

static void puts_(char **p, const char *s)
{
	put(p, s, strlen(s));
}

static size_t echo(int fd, const struct kh_request *r, char *out)
{
	char *p = out;
	int i;

	puts_(&p, "method=");
	if (r->unknown_verb_length)
		put(&p, r->unknown_verb, r->unknown_verb_length);
	else if (kh_verb_name(r->verb))
		puts_(&p, kh_verb_name(r->verb));
	p += sprintf(p, "\nversion=%u.%u\ntarget=", r->version.major, r->version.minor);
	put(&p, r->raw_url, r->raw_url_length);
	puts_(&p, "\nhost=");
	put(&p, r->cooked_url.host, r->cooked_url.host_length);
	puts_(&p, "\npath=");
	put(&p, r->cooked_url.abs_path, r->cooked_url.abs_path_length);
	puts_(&p, "\nquery=");
	put(&p, r->cooked_url.query_string, r->cooked_url.query_string_length);
	puts_(&p, "\n");
	for (i = 0; i < KH_HEADER_REQUEST_MAXIMUM; i++) {
		const struct kh_known_header *k = &r->headers.known_headers[i];

		if (!k->value)	/* absent; present and empty has a value of "" */
			continue;
		p += sprintf(p, "header=%s: ", khttp_request_header_name(i));
		put(&p, k->value, k->value_length);
		puts_(&p, "\n");
	}
	for (i = 0; i < r->headers.unknown_header_count; i++) {
		const struct kh_unknown_header *u = &r->headers.unknown_headers[i];

		puts_(&p, "header=");
		put(&p, u->name, u->name_length);
		puts_(&p, ": ");
		put(&p, u->value, u->value_length);
		puts_(&p, "\n");
	}
	for (i = 0; i < r->headers.trailer_count; i++) {
		const struct kh_unknown_header *u = &r->headers.trailers[i];

		puts_(&p, "trailer=");
		put(&p, u->name, u->name_length);
		puts_(&p, ": ");
		put(&p, u->value, u->value_length);
		puts_(&p, "\n");
	}
	puts_(&p, "body=");
	for (i = 0; i < r->entity_chunk_count; i++)
		put(&p, r->entity_chunks[i].u.memory.buffer, r->entity_chunks[i].u.memory.length);
	if (r->flags & KH_REQUEST_FLAG_MORE_ENTITY_BODY) {
		for (;;) {
			struct kh_receive_body_args b = { .request_id = r->request_id,
							  .buffer_length = 65536, .buffer = p };

			if (ioctl(fd, KH_IOC_RECEIVE_BODY, &b) || !b.bytes_returned)
				break;
			p += b.bytes_returned;
			if (p - out > BUF - 65536 * 2)
				break;
		}
	}
	puts_(&p, "\n");
	return p - out;
}

#define LAST_MODIFIED	"Sun, 06 Nov 1994 08:49:37 GMT"
#define CACHED_BODY	"0123456789abcdefghij"

static void serve(int fd)
{
	static char buf[BUF] __attribute__((aligned(8)));
	static char out[BUF];
	struct kh_receive_request_args rr = { .flags = KH_RECEIVE_FLAG_COPY_BODY,
					      .buffer_length = sizeof(buf), .buffer = (void *)buf };
	struct kh_request *r = (void *)buf;
	struct kh_data_chunk chunk = { .type = KH_CHUNK_FROM_MEMORY };
	struct kh_response resp = { .status_code = 200, .reason_length = 2, .reason = "OK",
				    .version = { 1, 1 } };
	struct kh_cache_policy policy = { .policy = KH_CACHE_USER_INVALIDATES };
	struct kh_send_response_args sr = { .response = &resp };
	struct kh_known_header *k = resp.headers.known_headers;

	if (ioctl(fd, KH_IOC_RECEIVE_REQUEST, &rr))
		return;
	chunk.u.memory.buffer = out;
	if (r->raw_url_length > 3 && !memcmp(r->raw_url, "/c/", 3)) {
		/* /c/s: a strong tag; /c/w: a weak one; /c/n: Last-Modified only */
		const char *etag = r->raw_url[3] == 's' ? "\"abc\"" :
				   r->raw_url[3] == 'w' ? "W/\"abc\"" : NULL;

		memcpy(out, CACHED_BODY, 20);
		chunk.u.memory.length = 20;
		if (etag) {
			k[KH_HEADER_ETAG].value = etag;
			k[KH_HEADER_ETAG].value_length = strlen(etag);
		}
		k[KH_HEADER_LAST_MODIFIED].value = LAST_MODIFIED;
		k[KH_HEADER_LAST_MODIFIED].value_length = strlen(LAST_MODIFIED);
		k[KH_HEADER_CACHE_CONTROL].value = "max-age=60";
		k[KH_HEADER_CACHE_CONTROL].value_length = 10;
		sr.cache_policy = &policy;
	} else {
		chunk.u.memory.length = echo(fd, r, out);
	}
	k[KH_HEADER_CONTENT_TYPE].value = "text/plain";
	k[KH_HEADER_CONTENT_TYPE].value_length = 10;
	resp.entity_chunk_count = 1;
	resp.entity_chunks = &chunk;
	sr.request_id = rr.request_id;
	ioctl(fd, KH_IOC_SEND_RESPONSE, &sr);	/* the client may be gone: fine */
}

static int worker_fd(void)
{
	char url[64];
	struct kh_queue_args q = { .flags = KH_QUEUE_CREATE | KH_QUEUE_OPEN,
				   .name = "khconform", .name_length = 9 };
	struct kh_url_args u = { .url = url };
	int fd = open("/dev/khttp", O_RDWR | O_CLOEXEC);

	u.url_length = snprintf(url, sizeof(url), "http://+:%d/", PORT);
	/* the URL stays with the queue after an earlier run's worker: EEXIST is fine */
	if (fd < 0 || ioctl(fd, KH_IOC_QUEUE, &q) ||
	    (ioctl(fd, KH_IOC_ADD_URL, &u) && errno != EEXIST))
		die("worker setup: %s", strerror(errno));
	return fd;
}

static pid_t start_worker(void)
{
	int fd = worker_fd();
	pid_t pid;

	pid = fork();
	if (pid < 0)
		die("fork: %s", strerror(errno));
	if (!pid) {
		for (;;)
			serve(fd);
	}
	close(fd);
	return pid;
}

/* ---- the client ---- */

static int dial(void)
{
	struct sockaddr_in sin = { .sin_family = AF_INET, .sin_port = htons(PORT),
				   .sin_addr.s_addr = htonl(INADDR_LOOPBACK) };
	struct timeval tv = { .tv_sec = 5 };
	int one = 1, s = socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);

	if (s < 0 || connect(s, (void *)&sin, sizeof(sin)))
		die("connect: %s", strerror(errno));
	setsockopt(s, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof(tv));
	setsockopt(s, IPPROTO_TCP, TCP_NODELAY, &one, sizeof(one));
	return s;
}

struct resp {
	char *buf;
	size_t len, head_len, body_len;
	int status;
	bool eof;		/* the server closed after it */
};

static long content_length(const char *head, size_t len)
{
	const char *p = memmem(head, len, "\r\nContent-Length: ", 18);

	return p ? strtol(p + 18, NULL, 10) : -1;
}

/* one response; no_body: to a HEAD; wait_eof: read on to see the close */
static int read_response(int s, struct resp *r, bool no_body, bool wait_eof)
{
	size_t want = 0;
	int one = 1;
	ssize_t n;

	r->len = 0;
	r->eof = false;
	r->head_len = 0;
	for (;;) {
		char *e;

		if (!r->head_len && (e = memmem(r->buf, r->len, "\r\n\r\n", 4))) {
			long cl;

			r->head_len = e + 4 - r->buf;
			r->status = atoi(r->buf + 9);
			cl = content_length(r->buf, r->head_len);
			if (no_body || r->status == 304)
				cl = 0;
			want = r->head_len + (cl < 0 ? 0 : cl);
		}
		if (r->head_len && r->len >= want && !wait_eof)
			break;
		/* no delayed ACK: the kernel's next segment may wait for it (Nagle) */
		setsockopt(s, IPPROTO_TCP, TCP_QUICKACK, &one, sizeof(one));
		n = read(s, r->buf + r->len, BUF - 1 - r->len);
		if (n < 0 && r->head_len && r->len >= want)
			break;	/* the timeout while waiting for a close */
		if (n <= 0) {
			r->eof = n == 0;
			break;
		}
		r->len += n;
	}
	if (!r->head_len)
		return -1;
	if (!wait_eof && r->len > want)
		r->len = want;	/* the answers to pipelined requests after it */
	r->buf[r->len] = 0;
	r->body_len = r->len - r->head_len;
	return 0;
}

static char fail_why[512];

static int fail(const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(fail_why, sizeof(fail_why), fmt, ap);
	va_end(ap);
	return -1;
}

static void prime(const char *path)
{
	static char buf[BUF];
	char req[256];
	struct resp r = { .buf = buf };
	int s = dial();
	int n = snprintf(req, sizeof(req), "GET %s HTTP/1.1\r\nHost: h\r\n\r\n", path);

	if (write(s, req, n) != n || read_response(s, &r, false, false))
		die("prime %s failed", path);
	close(s);
}

static bool has_line(const char *body, size_t len, const char *line, size_t llen)
{
	const char *p = body, *end = body + len;

	while (p < end) {
		const char *nl = memchr(p, '\n', end - p);
		size_t l = (nl ? nl : end) - p;

		/* the body= line runs to the end: compare it whole */
		if (llen >= 5 && !memcmp(line, "body=", 5) && l >= 5 && !memcmp(p, "body=", 5))
			return (size_t)(end - p) == llen + 1 && !memcmp(p, line, llen);
		if (l == llen && !memcmp(p, line, llen))
			return true;
		p += l + 1;
	}
	return false;
}

static void printable(char *s, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (s[i] == '\r' || s[i] == '\n')
			s[i] = '|';
		else if ((unsigned char)s[i] < 0x20 || (unsigned char)s[i] >= 0x7f)
			s[i] = '.';
}

static int run_case(const struct kcase *c, bool bytewise)
{
	static char buf[BUF];
	struct resp r = { .buf = buf };
	bool head = c->req_len > 5 && !memcmp(c->req, "HEAD ", 5);
	int s, i;

	if (c->prime[0])
		prime(c->prime);
	s = dial();
	if (bytewise) {
		size_t i;

		for (i = 0; i < c->req_len; i++)
			if (send(s, c->req + i, 1, MSG_NOSIGNAL) != 1)
				break;	/* the kernel answered and closed */
	} else if (send(s, c->req, c->req_len, MSG_NOSIGNAL) != (ssize_t)c->req_len) {
		close(s);
		return fail("send: %s", strerror(errno));
	}
	if (c->incomplete) {	/* nothing may come back, and the end closes it */
		ssize_t n;

		shutdown(s, SHUT_WR);
		n = read(s, buf, BUF - 1);
		close(s);
		if (n > 0) {
			printable(buf, n);
			return fail("an answer to an incomplete request: [%.200s]", buf);
		}
		return n < 0 ? fail("no close after the client's end: %s", strerror(errno)) : 0;
	}
	if (read_response(s, &r, head, c->close)) {
		close(s);
		return fail("no response (%zu bytes)", r.len);
	}
	close(s);
	if (r.status != (c->status ? c->status : 200)) {
		printable(r.buf, r.len);
		return fail("status %d, want %d: [%.200s]", r.status, c->status ? c->status : 200,
			    r.buf);
	}
	if (c->close && !r.eof)
		return fail("the connection stayed open");
	if (c->kernel && r.body_len >= 7 && !memcmp(r.buf + r.head_len, "method=", 7))
		return fail("the worker answered, want the kernel");
	for (i = 0; i < c->nhead; i++)
		if (!memmem(r.buf, r.head_len, c->head[i], strlen(c->head[i]))) {
			printable(r.buf, r.head_len);
			return fail("no '%s' in head [%.300s]", c->head[i], r.buf);
		}
	if (c->status && c->status != 200)
		return 0;
	if (c->nexpect && (r.body_len < 7 || memcmp(r.buf + r.head_len, "method=", 7)))
		return fail("the kernel answered, want the worker");
	for (i = 0; i < c->nexpect; i++)
		if (!has_line(r.buf + r.head_len, r.body_len, c->expect[i], c->expect_len[i])) {
			char want[128];

			snprintf(want, sizeof(want), "%.*s", (int)c->expect_len[i], c->expect[i]);
			printable(want, strlen(want));
			printable(r.buf + r.head_len, r.body_len);
			return fail("no '%s' in what the worker saw: [%.300s]", want,
				    r.buf + r.head_len);
		}
	return 0;
}

struct tally {
	char name[32];
	int cases, failed;
};

static void count(struct tally *t, int *n, const char *name, bool failed)
{
	int i;

	for (i = 0; i < *n && strcmp(t[i].name, name); i++)
		;
	if (i == *n) {
		snprintf(t[i].name, sizeof(t[i].name), "%s", name);
		(*n)++;
	}
	t[i].cases++;
	t[i].failed += failed;
}

int main(int argc, char **argv)
{
	struct tally src[32] = { 0 }, cls[16] = { 0 };
	int nsrc = 0, ncls = 0, failed = 0, i, a = 1;
	bool whole = true, bytewise = true;
	pid_t worker;

	signal(SIGPIPE, SIG_IGN);
	setvbuf(stdout, NULL, _IOLBF, 0);
	if (argc == 2 && !strcmp(argv[1], "--worker")) {
		int fd = worker_fd();

		printf("ready\n");
		for (;;)
			serve(fd);
	}
	for (; a < argc && argv[a][0] == '-'; a++) {
		if (!strcmp(argv[a], "--whole-only"))
			bytewise = false;
		else if (!strcmp(argv[a], "--bytewise-only"))
			whole = false;
		else
			die("unknown option %s", argv[a]);
	}
	for (; a < argc; a++)
		load(argv[a]);
	for (i = 0; i < ncases; i++)
		if (!cases[i].req_len)
			die("%s:%d: case %s has no req", cases[i].file, cases[i].line, cases[i].id);
	worker = start_worker();
	for (i = 0; i < ncases; i++) {
		const struct kcase *c = &cases[i];
		bool bad = false;
		char name[16];

		if (whole && run_case(c, false)) {
			printf("KHCONF FAIL %s/%s whole: %s\n", c->src, c->id, fail_why);
			bad = true;
		}
		if (bytewise && run_case(c, true)) {
			printf("KHCONF FAIL %s/%s bytewise: %s\n", c->src, c->id, fail_why);
			bad = true;
		}
		failed += bad;
		count(src, &nsrc, c->src, bad);
		snprintf(name, sizeof(name), "class%d", c->cls);
		if (c->cls)
			count(cls, &ncls, name, bad);
	}
	kill(worker, SIGKILL);
	waitpid(worker, NULL, 0);
	for (i = 0; i < nsrc; i++)
		printf("KHCONF SOURCE %s cases %d passed %d failed %d\n", src[i].name,
		       src[i].cases, src[i].cases - src[i].failed, src[i].failed);
	for (i = 0; i < ncls; i++)
		printf("KHCONF CLASS %s cases %d passed %d failed %d\n", cls[i].name,
		       cls[i].cases, cls[i].cases - cls[i].failed, cls[i].failed);
	printf("KHCONF TOTAL cases %d passed %d failed %d (%s)\n", ncases, ncases - failed,
	       failed, whole && bytewise ? "whole and one byte per write" :
	       whole ? "whole" : "one byte per write");
	return failed ? 1 : 0;
}
