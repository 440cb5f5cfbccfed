// SPDX-License-Identifier: GPL-2.0
/* Handles, version, queues and URLs, statistics, limits, errors. */
#include <errno.h>
#include <string.h>
#include "klt.h"

static int t_version(char *why, size_t len)
{
	struct khttp_version v;
	khttp *h;
	int err = khttp_open(&h, 0);

	if (err)
		return klt_fail(why, len, "open: %s", khttp_strerror(err));
	err = khttp_version(h, &v);
	khttp_close(h);
	if (err)
		return klt_fail(why, len, "version: %s", khttp_strerror(err));
	if (v.major != KH_VERSION_MAJOR || v.abi != KLT_ABI)
		return klt_fail(why, len, "version %u.%u abi %s, want major %d abi %s", v.major,
				v.minor, khttp_abi_name(v.abi), KH_VERSION_MAJOR, KLT_ABI_NAME);
	return 0;
}

static int t_open_missing(char *why, size_t len)
{
	khttp *h = (khttp *)1;
	int err = khttp_open_device(&h, "/dev/khttp-missing", 0);

	if (err != -ENOENT || h)
		return klt_fail(why, len, "open of a missing node: %d, handle %p", err, (void *)h);
	if (!strstr(khttp_strerror(err), "not loaded"))
		return klt_fail(why, len, "strerror(-ENOENT) = %s", khttp_strerror(err));
	if (khttp_open(&h, 0x80) != -EINVAL)
		return klt_fail(why, len, "unknown open flag accepted");
	return 0;
}

/* the kernel's answers come back unchanged: EEXIST, ENOENT, EBUSY */
static int t_queue_url(char *why, size_t len)
{
	static const char long_name[] = "0123456789012345678901234567890123456789"
					"0123456789012345678901234";	/* 65 */
	const char *q = "klt-" KLT_ABI_NAME "-queue";
	const char *url = "http://+:8100/klt/" KLT_ABI_NAME "/queue/";
	khttp *a = NULL, *b = NULL;
	uint64_t id = 0, id2 = 0;
	int e[9], rc = 0;

	if (khttp_open(&a, 0) || khttp_open(&b, 0))
		return klt_fail(why, len, "open failed");
	e[0] = khttp_queue_create(a, q, &id);
	e[1] = khttp_queue(b, q, KH_QUEUE_CREATE, NULL);	/* exists */
	e[2] = khttp_queue_open(b, "klt-no-such-queue", NULL);
	e[3] = khttp_queue_open(b, q, &id2);
	e[4] = khttp_queue_open(b, q, NULL);			/* bound already */
	e[5] = khttp_add_url(a, url, 7);
	e[6] = khttp_add_url(b, url, 7);			/* registered already */
	e[7] = khttp_remove_url(b, url);
	e[8] = khttp_remove_url(a, url);			/* gone */
	if (e[0] || !id || e[1] != -EEXIST || e[2] != -ENOENT || e[3] || id2 != id ||
	    e[4] != -EBUSY || e[5] || e[6] != -EEXIST || e[7] || e[8] != -ENOENT)
		rc = klt_fail(why, len, "results %d %d %d %d %d %d %d %d %d, ids %llu %llu",
			      e[0], e[1], e[2], e[3], e[4], e[5], e[6], e[7], e[8],
			      (unsigned long long)id, (unsigned long long)id2);
	else if (khttp_queue_create(a, long_name, NULL) != -E2BIG)
		rc = klt_fail(why, len, "a 65-byte queue name was not refused with E2BIG");
	khttp_close(a);
	khttp_close(b);
	return rc;
}

static int t_stats(char *why, size_t len)
{
	static const unsigned int mine = KLT_ABI == KH_ABI_NATIVE ? KH_STAT_IOCTLS_NATIVE :
					 KLT_ABI == KH_ABI_IA32 ? KH_STAT_IOCTLS_IA32 :
					 KH_STAT_IOCTLS_X32;
	uint64_t c0[KH_MAX_COUNTERS], c1[KH_MAX_COUNTERS];
	struct khttp_version v;
	unsigned int n0, n1;
	khttp *h;
	int err, rc = 0;

	if (khttp_open(&h, 0))
		return klt_fail(why, len, "open failed");
	err = khttp_stats(h, c0, KH_MAX_COUNTERS, &n0);
	khttp_version(h, &v);
	khttp_version(h, &v);
	if (!err)
		err = khttp_stats(h, c1, KH_MAX_COUNTERS, &n1);
	if (err)
		rc = klt_fail(why, len, "stats: %s", khttp_strerror(err));
	else if (n0 < KH_STAT_IOCTL_ERRORS + 1 || n1 != n0)
		rc = klt_fail(why, len, "counters returned %u then %u", n0, n1);
	else if (c1[mine] < c0[mine] + 3)	/* two versions and a stats call since */
		rc = klt_fail(why, len, "%s counter %llu -> %llu", khttp_stat_name(mine),
			      (unsigned long long)c0[mine], (unsigned long long)c1[mine]);
	else if (khttp_stats(h, c0, 0, NULL) != -EINVAL)
		rc = klt_fail(why, len, "count 0 accepted");
	else if (strcmp(khttp_stat_name(KH_STAT_IOCTLS_IA32), "ioctls_ia32"))
		rc = klt_fail(why, len, "stat name %s", khttp_stat_name(KH_STAT_IOCTLS_IA32));
	khttp_close(h);
	return rc;
}

static int t_limits(char *why, size_t len)
{
	struct khttp_limits old, in = { 0 }, out, now;
	khttp *h;
	int rc = 0;

	if (khttp_open(&h, 0) || khttp_get_limits(h, &old))
		return klt_fail(why, len, "open or get limits failed");
	in.queue_length = old.queue_length + 7;
	if (khttp_set_limits(h, KH_LIMIT_QUEUE_LENGTH, &in, &out) || khttp_get_limits(h, &now))
		rc = klt_fail(why, len, "set queue_length failed");
	else if (out.queue_length != in.queue_length || now.queue_length != in.queue_length ||
		 now.max_connections != old.max_connections)
		rc = klt_fail(why, len, "queue_length %u/%u, want %u", out.queue_length,
			      now.queue_length, in.queue_length);
	in.queue_length = 0;
	if (!rc && khttp_set_limits(h, KH_LIMIT_QUEUE_LENGTH, &in, NULL) != -EINVAL)
		rc = klt_fail(why, len, "queue_length 0 accepted");
	if (khttp_set_limits(h, KH_LIMIT_QUEUE_LENGTH, &old, NULL))
		rc = klt_fail(why, len, "restoring the limits failed");
	khttp_close(h);
	return rc;
}

const struct klt_test klt_device_tests[] = {
	{ "version", t_version, 0 },
	{ "open_missing", t_open_missing, 0 },
	{ "queue_url", t_queue_url, 0 },
	{ "stats", t_stats, 1 },	/* every tenant's counters */
	{ "limits", t_limits, 1 },
};

const size_t klt_ndevice_tests = KLT_ARRAY_SIZE(klt_device_tests);
