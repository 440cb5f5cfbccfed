// SPDX-License-Identifier: GPL-2.0
/*
 * Tests of the generated thunks inside the real kernel, run by the -m64,
 * -m32 and -mx32 builds alike: out arrays and in/out members come back,
 * bad argument graphs are refused at any depth (-EFAULT, -E2BIG, -EINVAL)
 * before the core runs, and a good graph reaches the core.
 */
#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/ioctl.h>
#include <unistd.h>
#include "kht.h"

static int dev(void)
{
	return open(KHT_DEV, O_RDWR | O_CLOEXEC);
}

/* one ioctl; its errno (0 on success) */
static int io(unsigned long cmd, void *arg)
{
	int fd = dev(), rc, err;

	if (fd < 0)
		return -1000;
	rc = ioctl(fd, cmd, arg);
	err = rc ? errno : 0;
	close(fd);
	return err;
}

static int expect(int got, int want, const char *what, char *why, size_t len)
{
	if (got == want)
		return 0;
	return kht_fail(why, len, "%s: %s, want %s", what, got ? strerror(got) : "success",
			want ? strerror(want) : "success");
}

static int t_stats_admin(char *why, size_t len)
{
	__u64 counters[KH_STAT_COUNT + 2];
	struct kh_stats_args a = { .counter_count = KH_STAT_COUNT + 2, .counters = counters };
	int mine = KH_STAT_IOCTLS_X32;

	if (KHT_ABI == KH_ABI_NATIVE)
		mine = KH_STAT_IOCTLS_NATIVE;
	else if (KHT_ABI == KH_ABI_IA32)
		mine = KH_STAT_IOCTLS_IA32;

	memset(counters, 0xee, sizeof(counters));
	if (expect(io(KH_IOC_STATS, &a), 0, "KH_IOC_STATS", why, len))
		return -1;
	if (a.counters_returned != KH_STAT_COUNT)
		return kht_fail(why, len, "counters_returned %u", a.counters_returned);
	if (counters[mine] == 0xeeeeeeeeeeeeeeeeull)
		return kht_fail(why, len, "counter %d not written", mine);
	if (counters[KH_STAT_COUNT] != 0)	/* out buffers are zeroed, then filled */
		return kht_fail(why, len, "counter past the end %#llx",
				(unsigned long long)counters[KH_STAT_COUNT]);
	a.counter_count = KH_MAX_COUNTERS + 1;
	if (expect(io(KH_IOC_STATS, &a), E2BIG, "count over KH_MAX_COUNTERS", why, len))
		return -1;
	a.counter_count = 2;
	a.counters = (__u64 *)16;	/* unmapped: the copy-back fails */
	return expect(io(KH_IOC_STATS, &a), EFAULT, "unmapped counters", why, len);
}

/* the module-wide counters: the administrator's */
KHT_ADMIN_STEP(t_stats_admin);

static int t_stats(char *why, size_t len)
{
	return kht_admin_run(t_stats_admin, why, len);
}

static int limits_case(struct kh_limits_args *a, char *why, size_t len)
{
	if (expect(io(KH_IOC_LIMITS, a), 0, "set limits", why, len))
		return -1;
	memset(a, 0, sizeof(*a));
	if (expect(io(KH_IOC_LIMITS, a), 0, "get limits", why, len))
		return -1;
	if (a->max_body_bytes != 0x123456789ull || a->idle_timeout_ms != 777 || !a->queue_length)
		return kht_fail(why, len, "limits read back %#llx %u %u",
				(unsigned long long)a->max_body_bytes, a->idle_timeout_ms,
				a->queue_length);
	a->mask = 0x80000000u;	/* outside KH_LIMITS_ALL: refused by the thunk */
	if (expect(io(KH_IOC_LIMITS, a), EINVAL, "unknown mask bit", why, len))
		return -1;
	a->mask = KH_LIMIT_QUEUE_LENGTH;
	a->queue_length = 0;
	return expect(io(KH_IOC_LIMITS, a), EINVAL, "zero queue length", why, len);
}

/* the limits a test changes are put back: later tests run under the defaults */
static int t_limits_admin(char *why, size_t len)
{
	struct kh_limits_args old = { 0 };
	struct kh_limits_args a = { .mask = KH_LIMIT_MAX_BODY_BYTES | KH_LIMIT_IDLE_TIMEOUT,
				    .max_body_bytes = 0x123456789ull, .idle_timeout_ms = 777 };
	int rc;

	if (expect(io(KH_IOC_LIMITS, &old), 0, "read limits", why, len))
		return -1;
	rc = limits_case(&a, why, len);
	old.mask = KH_LIMITS_ALL;
	if (io(KH_IOC_LIMITS, &old) && !rc)
		return kht_fail(why, len, "restoring the limits failed");
	return rc;
}

/* a change of the limits: the administrator's */
KHT_ADMIN_STEP(t_limits_admin);

static int t_limits(char *why, size_t len)
{
	return kht_admin_run(t_limits_admin, why, len);
}

/* a response four levels deep: args -> response -> chunk -> buffer */
struct resp {
	struct kh_unknown_header uh[2];
	struct kh_data_chunk chunks[2];
	struct kh_response r;
	struct kh_cache_policy cp;
	struct kh_send_response_args a;
};

static void build(struct resp *x)
{
	static const char body[] = "hello, khttp";

	memset(x, 0, sizeof(*x));
	x->uh[0] = (struct kh_unknown_header){ 5, 3, "X-One", "one" };
	x->uh[1] = (struct kh_unknown_header){ 5, 3, "X-Two", "two" };
	x->chunks[0].type = KH_CHUNK_FROM_MEMORY;
	x->chunks[0].u.memory.buffer = (void *)body;
	x->chunks[0].u.memory.length = sizeof(body) - 1;
	x->chunks[1].type = KH_CHUNK_FROM_FILE;
	x->chunks[1].u.file.range.start = 1ull << 33;
	x->chunks[1].u.file.range.length = 4096;
	x->chunks[1].u.file.fd = 0;
	x->r.status_code = 200;
	x->r.reason_length = 2;
	x->r.reason = "OK";
	x->r.version = (struct kh_http_version){ 1, 1 };
	x->r.headers.unknown_header_count = 2;
	x->r.headers.unknown_headers = x->uh;
	x->r.headers.known_headers[KH_HEADER_CONTENT_TYPE].value_length = 10;
	x->r.headers.known_headers[KH_HEADER_CONTENT_TYPE].value = "text/plain";
	x->r.entity_chunk_count = 2;
	x->r.entity_chunks = x->chunks;
	x->cp.policy = KH_CACHE_TIME_TO_LIVE;
	x->cp.seconds_to_live = 60;
	x->a.request_id = 42;
	x->a.response = &x->r;
	x->a.cache_policy = &x->cp;
}

static int send_case(const char *what, void (*spoil)(struct resp *), int want, char *why,
		     size_t len)
{
	struct resp x;

	build(&x);
	if (spoil)
		spoil(&x);
	x.a.bytes_sent = 0xabcd;
	if (expect(io(KH_IOC_SEND_RESPONSE, &x.a), want, what, why, len))
		return -1;
	if (x.a.bytes_sent != 0xabcd)	/* no copy-back on errors */
		return kht_fail(why, len, "%s: bytes_sent changed on error", what);
	return 0;
}

static void bad_depth1(struct resp *x)
{
	x->a.response = (void *)8;
}

static void bad_depth2(struct resp *x)
{
	x->r.entity_chunks = (void *)8;
}

static void bad_depth3(struct resp *x)
{
	x->uh[1].value = (void *)8;
}

static void bad_depth4(struct resp *x)
{
	x->chunks[0].u.memory.buffer = (void *)8;
}

static void null_response(struct resp *x)
{
	x->a.response = NULL;
}

static void null_cache_policy(struct resp *x)
{
	x->a.cache_policy = NULL;
}

static void too_many_chunks(struct resp *x)
{
	x->r.entity_chunk_count = KH_MAX_CHUNKS + 1;
}

static void bad_chunk_type(struct resp *x)
{
	x->chunks[1].type = 7;
}

static void bad_flags(struct resp *x)
{
	x->a.flags = 0x100;
}

static void bad_fd(struct resp *x)
{
	x->chunks[1].u.file.fd = -1;
}

static int t_send_response_capture(char *why, size_t len)
{
	/* a good graph reaches the core, which knows no request 42 */
	return send_case("good response", NULL, ENOENT, why, len) ||
	       send_case("optional cache policy NULL", null_cache_policy, ENOENT, why, len) ||
	       send_case("response NULL", null_response, EFAULT, why, len) ||
	       send_case("bad response pointer", bad_depth1, EFAULT, why, len) ||
	       send_case("bad chunk array", bad_depth2, EFAULT, why, len) ||
	       send_case("bad header value", bad_depth3, EFAULT, why, len) ||
	       send_case("bad memory chunk buffer", bad_depth4, EFAULT, why, len) ||
	       send_case("chunk count over max", too_many_chunks, E2BIG, why, len) ||
	       send_case("unknown chunk type", bad_chunk_type, EINVAL, why, len) ||
	       send_case("unknown send flag", bad_flags, EINVAL, why, len) ||
	       send_case("negative fd", bad_fd, EBADF, why, len) ? -1 : 0;
}

const struct kht_test kht_thunk_tests[] = {
	{ "thunk_stats", t_stats },
	{ "thunk_limits", t_limits },
	{ "thunk_send_response_capture", t_send_response_capture },
};

const size_t kht_nthunk_tests = KHT_ARRAY_SIZE(kht_thunk_tests);
