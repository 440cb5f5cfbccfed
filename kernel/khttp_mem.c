// SPDX-License-Identifier: GPL-2.0
/*
 * khttp: what clients and workers make the kernel hold, and its bounds.
 *
 * One global budget counts the bytes held by rx buffers, request graphs
 * (queued or in flight) and output not yet sent. A request past it gets a
 * 503 (KH_STAT_MEM_REFUSED), a send past it waits until its connection's
 * own output has gone (KH_STAT_OUTPUT_WAITS). Output pending on one
 * connection is capped too (max_output_kb), and while output is pending
 * the connection must send min_send_rate bytes per send_timeout_ms
 * window (HTTP.sys's MinSendRate) or it closes (KH_STAT_SEND_TIMEOUTS).
 *
 * Large buffers are allocated to fit (vmalloc'ed pages, not a power-of-two
 * run of contiguous ones) and everything is charged to a memory cgroup.
 */
#include <linux/kernel.h>
#include <linux/memcontrol.h>
#include <linux/mm.h>
#include <linux/module.h>
#include <linux/sizes.h>
#include <linux/slab.h>
#include <linux/vmalloc.h>
#include "khttp_internal.h"

static unsigned int mem_budget_mb;
module_param(mem_budget_mb, uint, 0644);
MODULE_PARM_DESC(mem_budget_mb,
		 "Bytes (MiB) held for requests and pending output, all connections (0: a quarter of RAM)");

unsigned int khttp_max_output_kb = 1024;
module_param_named(max_output_kb, khttp_max_output_kb, uint, 0644);
MODULE_PARM_DESC(max_output_kb,
		 "Output (KiB of memory) pending on one connection before a send waits");

unsigned int khttp_min_send_rate = 150;
module_param_named(min_send_rate, khttp_min_send_rate, uint, 0644);
MODULE_PARM_DESC(min_send_rate,
		 "Bytes per second a connection with output pending must send (HTTP.sys's MinSendRate)");

unsigned int khttp_send_timeout_ms = 30000;
module_param_named(send_timeout_ms, khttp_send_timeout_ms, uint, 0644);
MODULE_PARM_DESC(send_timeout_ms,
		 "The window over which min_send_rate is checked while output is pending");

static atomic64_t khttp_mem_held = ATOMIC64_INIT(0);

static int held_get(char *buf, const struct kernel_param *kp)
{
	return sysfs_emit(buf, "%lld\n", (long long)atomic64_read(&khttp_mem_held));
}

static const struct kernel_param_ops held_ops = {
	.get = held_get,
};

module_param_cb(mem_held, &held_ops, NULL, 0444);
MODULE_PARM_DESC(mem_held, "Bytes held now under mem_budget_mb (read only)");

/**
 * khttp_mem_budget() - the global budget of bytes the module may hold
 *
 * Return: the mem_budget_mb parameter in bytes, or a quarter of RAM when it is 0
 */
u64 khttp_mem_budget(void)
{
	u64 mb = READ_ONCE(mem_budget_mb);

	return mb ? mb << 20 : ((u64)totalram_pages() << PAGE_SHIFT) / 4;
}

/**
 * khttp_mem_over() - whether the module holds more than its budget
 *
 * Return: true when over budget
 */
bool khttp_mem_over(void)
{
	return atomic64_read(&khttp_mem_held) > (s64)khttp_mem_budget();
}

/**
 * khttp_mem_charge() - charge bytes to the global budget if they fit
 * @n: bytes to hold
 *
 * N more bytes held, if they fit the budget
 *
 * Return: true if charged, false (nothing charged) if they do not fit
 */
bool khttp_mem_charge(size_t n)
{
	if (atomic64_add_return(n, &khttp_mem_held) <= (s64)khttp_mem_budget())
		return true;
	atomic64_sub(n, &khttp_mem_held);
	return false;
}

/**
 * khttp_mem_add() - charge or give back bytes unconditionally
 * @n: bytes held (> 0) or given back (< 0)
 *
 * Bytes held (> 0) or given back (< 0) whatever the budget says
 */
void khttp_mem_add(long n)
{
	atomic64_add(n, &khttp_mem_held);
}

/**
 * khttp_memcg_current() - the memory cgroup a port's clients are charged to
 *
 * The memory cgroup that pays for what a port's clients make the kernel hold (connection
 * work, a kworker, charges to it: set_active_memcg): the one of the process that opened
 * the port. A reference, or NULL.
 *
 * Return: a reference to the current task's memory cgroup (khttp_memcg_put() it), or NULL
 */
struct mem_cgroup *khttp_memcg_current(void)
{
	return get_mem_cgroup_from_mm(current->mm);
}

/**
 * khttp_memcg_get() - take a reference to a memory cgroup
 * @memcg: the cgroup, or NULL
 *
 * Return: memcg
 */
struct mem_cgroup *khttp_memcg_get(struct mem_cgroup *memcg)
{
#ifdef CONFIG_MEMCG
	if (memcg)
		css_get(&memcg->css);
#endif
	return memcg;
}

/**
 * khttp_memcg_put() - drop a reference khttp_memcg_get() or khttp_memcg_current() took
 * @memcg: the cgroup, or NULL
 */
void khttp_memcg_put(struct mem_cgroup *memcg)
{
	mem_cgroup_put(memcg);
}

/**
 * khttp_alloc_fit() - allocate memory sized to fit
 * @size: bytes
 * @gfp: allocation flags (__GFP_ZERO honoured)
 *
 * Memory sized to fit: kmalloc rounds a large size up to a power of two of contiguous
 * pages (1 MiB and a few bytes take 2 MiB); a large size well under that power of two gets
 * vmalloc'ed pages instead.
 *
 * Return: the memory (kvfree() it), or NULL
 */
void *khttp_alloc_fit(size_t size, gfp_t gfp)
{
	if (size >= SZ_32K && (PAGE_SIZE << get_order(size)) - size > size / 8)
		return __vmalloc(size, gfp);
	return kvmalloc(size, gfp);
}
