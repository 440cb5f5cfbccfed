// SPDX-License-Identifier: GPL-2.0
/*
 * khtw: a worker that makes every khttp ioctl once with a full argument
 * graph, then again in ways the generated capture refuses (a bad nested
 * pointer: EFAULT, a count over its KH_MAX: E2BIG, bad flags or a reserved
 * member: EINVAL) and with numbers the module does not know (ENOTTY).
 * When the URL could be added, it serves one request that a child
 * (busybox wget) makes: a receive into a buffer too small for the request
 * (ENOBUFS), one that holds only struct kh_request (ENOSPC), one that
 * holds it all, and the response. Built static -m64, -m32 and -mx32; run
 * under strace, khtrace and the module's own trace by make check-trace
 * (tests/trace/guest.sh), which compares the three. What each call returns
 * is the HTTP core's business; the calls only must not block for ever
 * (alarm).
 *
 *	khtw [DEVICE]	(default /dev/khttp)
 */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/wait.h>
#include <unistd.h>
#include "khttp.h"

#define BAD_PTR ((void *)16)	/* never mapped */

static int fd;

static void call(const char *what, unsigned long cmd, void *arg)
{
	int rc = ioctl(fd, cmd, arg);

	printf("khtw: %-28s %s\n", what, rc ? strerror(errno) : "ok");
}

static int call_rc(const char *what, unsigned long cmd, void *arg)
{
	int rc = ioctl(fd, cmd, arg);

	printf("khtw: %-28s %s\n", what, rc ? strerror(errno) : "ok");
	return rc;
}

static int admin(void)
{
	struct kh_version_args v;
	__u64 counters[KH_STAT_COUNT + 2];
	struct kh_stats_args st = { .counter_count = KH_STAT_COUNT + 2, .counters = counters };
	struct kh_limits_args lim = { 0 };
	struct kh_queue_args q = { .flags = KH_QUEUE_CREATE, .name_length = 7, .name = "workers" };
	struct kh_url_args url = { .url_context = 0x77, .url_length = 26,
				   .url = "http://127.0.0.1:8080/app/" };

	call("version", KH_IOC_VERSION, &v);
	call("version NULL (EFAULT)", KH_IOC_VERSION, NULL);
	call("stats", KH_IOC_STATS, &st);
	st.counter_count = KH_MAX_COUNTERS + 1;
	call("stats count (E2BIG)", KH_IOC_STATS, &st);
	call("limits get", KH_IOC_LIMITS, &lim);
	lim.mask = 0x40;
	call("limits mask (EINVAL)", KH_IOC_LIMITS, &lim);
	call("queue", KH_IOC_QUEUE, &q);
	q.name_length = KH_MAX_NAME + 1;
	call("queue name (E2BIG)", KH_IOC_QUEUE, &q);
	int rc = call_rc("add url", KH_IOC_ADD_URL, &url);

	url.url = BAD_PTR;
	call("add url pointer (EFAULT)", KH_IOC_ADD_URL, &url);
	url.flags = 1;
	call("remove url flags (EINVAL)", KH_IOC_REMOVE_URL, &url);
	return rc;
}

/* one request from a child, received in three steps, answered */
static void serve(void)
{
	static union {
		struct kh_request r;
		char b[16384];
	} buf;
	static char body[] = "served by khtw\n";
	struct kh_receive_request_args rr = { .buffer_length = 16, .buffer = &buf.r };
	struct kh_data_chunk chunk = { .type = KH_CHUNK_FROM_MEMORY,
				       .u.memory = { body, sizeof(body) - 1 } };
	struct kh_response r = { .version = { 1, 1 }, .status_code = 200, .reason_length = 2,
				 .reason = "OK", .entity_chunk_count = 1, .entity_chunks = &chunk };
	struct kh_send_response_args sr = { .flags = KH_SEND_FLAG_DISCONNECT, .response = &r };
	pid_t pid = fork();

	if (pid == 0) {
		execlp("wget", "wget", "-q", "-O", "/dev/null",
		       "http://127.0.0.1:8080/app/x?y=1", (char *)NULL);
		_exit(127);
	}
	call("receive request 16 bytes", KH_IOC_RECEIVE_REQUEST, &rr);
	rr.buffer_length = sizeof(struct kh_request);
	call("receive request top only", KH_IOC_RECEIVE_REQUEST, &rr);
	rr.buffer_length = sizeof(buf);
	call("receive request", KH_IOC_RECEIVE_REQUEST, &rr);
	sr.request_id = rr.request_id;
	call("send response", KH_IOC_SEND_RESPONSE, &sr);
	if (pid > 0)
		waitpid(pid, NULL, 0);
}

static void send(void)
{
	static char body[] = "hello, \"world\"\n";
	struct kh_known_header cookies[2] = { { 3, "a=1" }, { 3, "b=2" } };
	struct kh_multiple_known_headers mkh = {
		.header_id = KH_HEADER_SET_COOKIE, .known_header_count = 2,
		.known_headers = cookies };
	struct kh_cache_key key = { .key_length = 4, .key = "/app" };
	struct kh_response_info info[2] = {
		{ KH_RESPONSE_INFO_MULTIPLE_KNOWN_HEADERS, sizeof(mkh), &mkh },
		{ KH_RESPONSE_INFO_CACHE_KEY, sizeof(key), &key } };
	struct kh_unknown_header xh = { 7, 1, "X-Trace", "1" };
	struct kh_data_chunk chunks[3] = {
		{ .type = KH_CHUNK_FROM_MEMORY,
		  .u.memory = { body, sizeof(body) - 1 } },
		{ .type = KH_CHUNK_FROM_FILE,
		  .u.file = { .range = { 0, 100 }, .fd = 0 } },
		{ .type = KH_CHUNK_FROM_FRAGMENT_CACHE,
		  .u.fragment = { 4, "frag" } } };
	struct kh_response r = {
		.version = { 1, 1 }, .status_code = 200, .reason_length = 2, .reason = "OK",
		.headers = { .unknown_header_count = 1, .unknown_headers = &xh },
		.entity_chunk_count = 3, .entity_chunks = chunks,
		.response_info_count = 2, .response_info = info };
	struct kh_cache_policy pol = { KH_CACHE_TIME_TO_LIVE, 30 };
	struct kh_log_data log = { .user_name_length = 4, .user_name = "anon",
				   .bytes_sent = 15, .time_taken_ms = 3, .protocol_status = 200 };
	struct kh_send_response_args sr = { .flags = KH_SEND_FLAG_DISCONNECT,
					    .request_id = 0x1234, .response = &r,
					    .cache_policy = &pol, .log_data = &log };
	struct kh_send_body_args sb = { .flags = KH_SEND_FLAG_MORE_DATA, .request_id = 0x1234,
					.chunk_count = 1, .chunks = chunks };

	r.headers.known_headers[KH_HEADER_CONTENT_TYPE] = (struct kh_known_header){ 10, "text/plain" };
	r.headers.known_headers[KH_HEADER_SERVER] = (struct kh_known_header){ 4, "khtw" };
	call("send response", KH_IOC_SEND_RESPONSE, &sr);
	chunks[0].u.memory.buffer = BAD_PTR;
	call("send response chunk (EFAULT)", KH_IOC_SEND_RESPONSE, &sr);
	chunks[0].u.memory.buffer = body;
	sr.flags = 0x80;
	call("send response flags (EINVAL)", KH_IOC_SEND_RESPONSE, &sr);
	call("send body", KH_IOC_SEND_BODY, &sb);
	sb.chunk_count = KH_MAX_CHUNKS + 1;
	call("send body count (E2BIG)", KH_IOC_SEND_BODY, &sb);
}

static void other(void)
{
	static char buf[64];
	struct kh_receive_request_args rr = { .flags = 0x10, .buffer_length = sizeof(buf),
					      .buffer = (struct kh_request *)buf };
	struct kh_receive_body_args rb = { .flags = 0x10, .request_id = 0x1234,
					   .buffer_length = sizeof(buf), .buffer = buf };
	struct kh_cancel_args c = { .request_id = 0x1234 };
	struct kh_wait_disconnect_args w = { .flags = 1, .connection_id = 0x99 };
	struct kh_flush_cache_args fc = { .url_length = 5, .url = "/app/" };
	int x = 0;

	call("receive request flags (EINVAL)", KH_IOC_RECEIVE_REQUEST, &rr);
	call("receive body flags (EINVAL)", KH_IOC_RECEIVE_BODY, &rb);
	call("cancel", KH_IOC_CANCEL, &c);
	c.flags = 1;
	call("cancel flags (EINVAL)", KH_IOC_CANCEL, &c);
	call("wait disconnect flags (EINVAL)", KH_IOC_WAIT_DISCONNECT, &w);
	call("flush cache", KH_IOC_FLUSH_CACHE, &fc);
	call("unknown number (ENOTTY)", _IOR(KH_IOC_MAGIC, 0x7f, int), &x);
	call("version size 8 (ENOTTY)", _IOC(_IOC_READ, KH_IOC_MAGIC, 1, 8), &x);
}

int main(int argc, char **argv)
{
	alarm(30);	/* never hang a test run */
	fd = open(argc > 1 ? argv[1] : "/dev/khttp", O_RDWR | O_CLOEXEC);
	if (fd < 0) {
		perror("khtw: open");
		return 1;
	}
	setvbuf(stdout, NULL, _IOLBF, 0);
	if (!admin())
		serve();
	send();
	other();
	close(fd);
	return 0;
}
