// SPDX-License-Identifier: GPL-2.0
/*
 * khttp: the ABI-free core handlers the generated entry thunks call
 * (declared in thunk/generated/kernel/kh_thunks.h). They see native kernel
 * graphs only; which ABI called is known to them only as a statistic.
 */
#include <linux/errno.h>
#include <linux/mutex.h>
#include <linux/nsproxy.h>
#include <linux/percpu.h>
#include <linux/sched.h>
#include <linux/slab.h>
#include <net/net_namespace.h>
#include <net/netns/generic.h>
#include "khttp_internal.h"
#include "kh_thunks.h"

/*
 * Per CPU: every request and ioctl adds to several counters, and one
 * shared cache line for all of them would bounce between the CPUs of
 * connections and workers. A read sums the CPUs.
 */
struct khttp_stat_pcpu {
	u64 v[KH_STAT_COUNT];
};

static DEFINE_PER_CPU(struct khttp_stat_pcpu, khttp_stats);

/*
 * The counters of one network namespace (KH_IOC_STATS, KH_STATS_NET):
 * its connections hold a reference, so that one still being torn down
 * after the namespace's exit counts into memory that is still there.
 */
struct khttp_netstats {
	struct kref ref;
	struct khttp_stat_pcpu __percpu *pcpu;
};

unsigned int khttp_net_id;

static void netstats_free(struct kref *ref)
{
	struct khttp_netstats *ns = container_of(ref, struct khttp_netstats, ref);

	free_percpu(ns->pcpu);
	kfree(ns);
}

/**
 * khttp_netstats_put() - drop a reference to a namespace's counters
 * @ns: the counters, or NULL
 */
void khttp_netstats_put(struct khttp_netstats *ns)
{
	if (ns)
		kref_put(&ns->ref, netstats_free);
}

/**
 * khttp_netstats_get() - a live namespace's counters
 * @net: the namespace
 *
 * A live namespace's counters, with a reference
 *
 * Return: the counters with a reference (khttp_netstats_put() it), or NULL
 */
struct khttp_netstats *khttp_netstats_get(struct net *net)
{
	struct khttp_netstats *ns = ((struct khttp_net *)net_generic(net, khttp_net_id))->stats;

	kref_get(&ns->ref);
	return ns;
}

/**
 * khttp_netstats_init() - a network namespace's counters
 * @net: the new namespace
 *
 * Return: 0, or -ENOMEM
 */
int khttp_netstats_init(struct net *net)
{
	struct khttp_net *kn = net_generic(net, khttp_net_id);
	struct khttp_netstats *ns = kzalloc(sizeof(*ns), GFP_KERNEL_ACCOUNT);

	if (!ns)
		return -ENOMEM;
	ns->pcpu = alloc_percpu_gfp(struct khttp_stat_pcpu, GFP_KERNEL_ACCOUNT);
	if (!ns->pcpu) {
		kfree(ns);
		return -ENOMEM;
	}
	kref_init(&ns->ref);	/* the namespace's */
	kn->stats = ns;
	return 0;
}

/**
 * khttp_netstats_exit() - drop a network namespace's counters
 * @net: the namespace going away
 */
void khttp_netstats_exit(struct net *net)
{
	struct khttp_net *kn = net_generic(net, khttp_net_id);

	khttp_netstats_put(kn->stats);
	kn->stats = NULL;
}

/**
 * khttp_net_stat() - add to a namespace's counter
 * @ns: the namespace's counters, or NULL
 * @s: the counter
 * @n: how much
 *
 * Counter s of the namespace ns only (the global one is counted elsewhere)
 */
void khttp_net_stat(struct khttp_netstats *ns, enum kh_stat s, u64 n)
{
	if (ns)
		this_cpu_add(ns->pcpu->v[s], n);
}

/**
 * khttp_stat_add_ns() - add to a counter module-wide and in a namespace
 * @ns: the namespace's counters, or NULL
 * @s: the counter
 * @n: how much
 *
 * Counter s, module-wide and of the namespace ns
 */
void khttp_stat_add_ns(struct khttp_netstats *ns, enum kh_stat s, u64 n)
{
	this_cpu_add(khttp_stats.v[s], n);
	khttp_net_stat(ns, s, n);
}

/**
 * khttp_net_stat_status() - count a response's status class in a namespace
 * @ns: the namespace's counters, or NULL
 * @status: the HTTP status
 *
 * The status class of a response, in the namespace ns
 */
void khttp_net_stat_status(struct khttp_netstats *ns, unsigned int status)
{
	if (status >= 500)
		khttp_net_stat(ns, KH_STAT_RESPONSES_5XX, 1);
	else if (status >= 400)
		khttp_net_stat(ns, KH_STAT_RESPONSES_4XX, 1);
	else if (status >= 200 && status < 300)
		khttp_net_stat(ns, KH_STAT_RESPONSES_2XX, 1);
}

static u64 stat_read(enum kh_stat s)
{
	u64 sum = 0;
	int cpu;

	for_each_possible_cpu(cpu)
		sum += per_cpu(khttp_stats, cpu).v[s];
	return sum;
}

static const enum kh_abi khttp_abi_ids[KH_LAYOUT_NABI] = {
	[KH_LAYOUT_X86_64]	= KH_ABI_NATIVE,
	[KH_LAYOUT_IA32]	= KH_ABI_IA32,
	[KH_LAYOUT_X32]		= KH_ABI_X32,
};

/**
 * khttp_abi_of() - the uapi ABI of a layout
 * @layout: a KH_LAYOUT_* index
 *
 * Return: its enum kh_abi
 */
enum kh_abi khttp_abi_of(int layout)
{
	return khttp_abi_ids[layout];
}

/**
 * khttp_stat_add() - add to one KH_IOC_STATS counter
 * @s: the counter
 * @n: how much
 */
void khttp_stat_add(enum kh_stat s, u64 n)
{
	this_cpu_add(khttp_stats.v[s], n);
}

/**
 * khttp_stat_status() - count a response by its status class
 * @status: the HTTP status of a response that left (or is about to)
 *
 * A response of this status left (or is about to)
 */
void khttp_stat_status(unsigned int status)
{
	if (status >= 500)
		this_cpu_inc(khttp_stats.v[KH_STAT_RESPONSES_5XX]);
	else if (status >= 400)
		this_cpu_inc(khttp_stats.v[KH_STAT_RESPONSES_4XX]);
	else if (status >= 200 && status < 300)
		this_cpu_inc(khttp_stats.v[KH_STAT_RESPONSES_2XX]);
}

/**
 * khttp_count_ioctl() - count one ioctl in the KH_IOC_STATS counters
 * @kf: the file it came on
 * @abi: the caller's KH_LAYOUT_*
 * @ret: its result (negative: counted as failed)
 *
 * Module-wide and in the caller's network namespace: the opener's, whose
 * counters the file holds, unless the caller is elsewhere (a file passed
 * on, setns()).
 */
void khttp_count_ioctl(struct khttp_file *kf, int abi, long ret)
{
	static const enum kh_stat by_abi[KH_LAYOUT_NABI] = {
		[KH_LAYOUT_X86_64]	= KH_STAT_IOCTLS_NATIVE,
		[KH_LAYOUT_IA32]	= KH_STAT_IOCTLS_IA32,
		[KH_LAYOUT_X32]		= KH_STAT_IOCTLS_X32,
	};
	struct net *net = khttp_caller_net();
	struct khttp_netstats *ns = kf->nstats;

	if (unlikely(net->net_cookie != kf->net_cookie))
		ns = ((struct khttp_net *)net_generic(net, khttp_net_id))->stats;
	khttp_stat_add_ns(ns, by_abi[abi], 1);
	if (ret < 0)
		khttp_stat_add_ns(ns, KH_STAT_IOCTL_ERRORS, 1);
}

long kh_ioc_version_core(struct kh_ctx *c, struct kh_version_args *args)
{
	args->major = KH_VERSION_MAJOR;
	args->minor = KH_VERSION_MINOR;
	args->patch = KH_VERSION_PATCH;
	args->abi = khttp_abi_of(c->abi);
	return 0;
}

long kh_ioc_stats_core(struct kh_ctx *c, struct kh_stats_args *args)
{
	__u32 i, n = min_t(__u32, args->counter_count, KH_STAT_COUNT);
	int qn;

	if ((args->flags & KH_STATS_QUEUE) && (args->flags & KH_STATS_NET))
		return -EINVAL;
	if (args->flags & KH_STATS_QUEUE) {
		qn = khttp_queue_stats(c->priv, args->counters, args->counter_count);
		if (qn < 0)
			return qn;
		args->counters_returned = qn;
		return 0;
	}
	if (args->flags & KH_STATS_NET) {	/* the caller's netns: its administrator's */
		struct net *net = khttp_caller_net();
		struct khttp_net *kn = net_generic(net, khttp_net_id);
		struct khttp_netstats *ns = kn->stats;
		int cpu;

		if (!khttp_net_admin(net))
			return -EPERM;
		for (i = 0; i < n; i++) {
			args->counters[i] = 0;
			for_each_possible_cpu(cpu)
				args->counters[i] += per_cpu_ptr(ns->pcpu, cpu)->v[i];
		}
		args->counters_returned = n;
		return 0;
	}
	if (!khttp_admin())	/* every tenant's traffic */
		return -EPERM;
	for (i = 0; i < n; i++)
		args->counters[i] = stat_read(i);
	args->counters_returned = n;
	return 0;
}

static DEFINE_MUTEX(khttp_limits_lock);
struct kh_limits_args khttp_limits = {
	.max_connections	= 1024,
	.queue_length		= 1000,
	.max_header_bytes	= 16384,
	.max_body_bytes		= 1ull << 30,
	.idle_timeout_ms	= 120000,
	.header_timeout_ms	= 30000,
};

/* the bounds of the limits (docs/security.md): none may be zero or above */
static const struct kh_limits_args khttp_limits_max = {
	.max_connections	= 1 << 20,
	.queue_length		= 1 << 20,
	.max_header_bytes	= 1 << 20,
	.max_body_bytes		= 1ull << 40,
	.idle_timeout_ms	= 24 * 3600 * 1000,
	.header_timeout_ms	= 3600 * 1000,
};

static bool limit_bad(__u32 m, __u32 bit, u64 v, u64 max)
{
	return (m & bit) && (!v || v > max);
}

/*
 * Returns the limits; sets those named in mask first (an administrator
 * only, each within its bounds).
 */
long kh_ioc_limits_core(struct kh_ctx *c, struct kh_limits_args *args)
{
	const struct kh_limits_args *b = &khttp_limits_max;
	struct kh_limits_args *l = &khttp_limits;
	__u32 m = args->mask;

	if (m && !khttp_admin())
		return -EPERM;
	if (limit_bad(m, KH_LIMIT_MAX_CONNECTIONS, args->max_connections, b->max_connections) ||
	    limit_bad(m, KH_LIMIT_QUEUE_LENGTH, args->queue_length, b->queue_length) ||
	    limit_bad(m, KH_LIMIT_MAX_HEADER_BYTES, args->max_header_bytes, b->max_header_bytes) ||
	    limit_bad(m, KH_LIMIT_MAX_BODY_BYTES, args->max_body_bytes, b->max_body_bytes) ||
	    limit_bad(m, KH_LIMIT_IDLE_TIMEOUT, args->idle_timeout_ms, b->idle_timeout_ms) ||
	    limit_bad(m, KH_LIMIT_HEADER_TIMEOUT, args->header_timeout_ms, b->header_timeout_ms))
		return -EINVAL;
	mutex_lock(&khttp_limits_lock);
	if (m & KH_LIMIT_MAX_CONNECTIONS)
		l->max_connections = args->max_connections;
	if (m & KH_LIMIT_QUEUE_LENGTH)
		l->queue_length = args->queue_length;
	if (m & KH_LIMIT_MAX_HEADER_BYTES)
		l->max_header_bytes = args->max_header_bytes;
	if (m & KH_LIMIT_MAX_BODY_BYTES)
		l->max_body_bytes = args->max_body_bytes;
	if (m & KH_LIMIT_IDLE_TIMEOUT)
		l->idle_timeout_ms = args->idle_timeout_ms;
	if (m & KH_LIMIT_HEADER_TIMEOUT)
		l->header_timeout_ms = args->header_timeout_ms;
	*args = *l;
	args->mask = m;
	mutex_unlock(&khttp_limits_lock);
	return 0;
}
