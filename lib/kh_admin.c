// SPDX-License-Identifier: (GPL-2.0 WITH Linux-syscall-note) OR MIT
/* libkhttp: module-wide KH_IOC_STATS, KH_IOC_LIMITS, KH_IOC_ADMIN_LIST, the log. */
#include <errno.h>
#include <unistd.h>
#include "kh_lib.h"
#include "kh_stat_names.h"	/* generated from enum kh_stat by mk/lib.mk */

KH_API int khttp_stats(khttp *h, uint64_t *counters, unsigned int count,
		       unsigned int *returned)
{
	struct kh_stats_args a = { .counter_count = count, .counters = (__u64 *)counters };
	int err;

	if (!counters || !count)
		return -EINVAL;
	if (count > KH_MAX_COUNTERS)
		a.counter_count = KH_MAX_COUNTERS;
	err = kh_ioctl(h, KH_IOC_STATS, &a);
	if (returned)
		*returned = err ? 0 : a.counters_returned;
	return err;
}

KH_API const char *khttp_stat_name(unsigned int index)
{
	if (index >= sizeof(kh_stat_names) / sizeof(kh_stat_names[0]))
		return NULL;
	return kh_stat_names[index];
}

static void limits_out(const struct kh_limits_args *a, struct khttp_limits *out)
{
	out->max_connections = a->max_connections;
	out->queue_length = a->queue_length;
	out->max_header_bytes = a->max_header_bytes;
	out->max_body_bytes = a->max_body_bytes;
	out->idle_timeout_ms = a->idle_timeout_ms;
	out->header_timeout_ms = a->header_timeout_ms;
}

KH_API int khttp_set_limits(khttp *h, unsigned int mask, const struct khttp_limits *in,
			    struct khttp_limits *out)
{
	struct kh_limits_args a = { .mask = mask };
	int err;

	if (mask && !in)
		return -EINVAL;
	if (in) {
		a.max_connections = in->max_connections;
		a.queue_length = in->queue_length;
		a.max_header_bytes = in->max_header_bytes;
		a.max_body_bytes = in->max_body_bytes;
		a.idle_timeout_ms = in->idle_timeout_ms;
		a.header_timeout_ms = in->header_timeout_ms;
	}
	err = kh_ioctl(h, KH_IOC_LIMITS, &a);
	if (!err && out)
		limits_out(&a, out);
	return err;
}

KH_API int khttp_get_limits(khttp *h, struct khttp_limits *out)
{
	if (!out)
		return -EINVAL;
	return khttp_set_limits(h, 0, NULL, out);
}

KH_API int khttp_admin_list(khttp *h, unsigned int kind, unsigned int start,
			    struct kh_admin_entry *out, unsigned int count,
			    unsigned int *returned, unsigned int *total)
{
	struct kh_admin_list_args a = {
		.kind = kind, .start = start, .entry_count = count, .entries = out,
	};
	int err;

	if (!out || !count || count > KH_MAX_ADMIN_ENTRIES || !returned)
		return -EINVAL;
	err = kh_ioctl(h, KH_IOC_ADMIN_LIST, &a);
	*returned = err ? 0 : a.entries_returned;
	if (total)
		*total = err ? 0 : a.entries_total;
	return err;
}

KH_API long khttp_log_read(khttp *h, char *buf, size_t len)
{
	ssize_t n;

	if (!h || !buf || !len)
		return -EINVAL;
	n = read(h->fd, buf, len);
	return n < 0 ? -errno : n;
}
