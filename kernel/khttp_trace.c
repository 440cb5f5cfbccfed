// SPDX-License-Identifier: GPL-2.0
/*
 * khttp: a trace of the ioctls the module handled, for checking a tracer's
 * view (docs/tracing.md) and for debugging a worker in production.
 *
 * A ring of the last KHTTP_TRACE_LEN calls: command, caller's ABI, request id
 * (read back from the caller's argument after the call) and result. It
 * lives in the module parameter "trace", so sysfs creates and removes its
 * file with the module and no init or exit code is needed:
 *	echo 1 >/sys/module/khttp/parameters/trace	start (and clear)
 *	cat /sys/module/khttp/parameters/trace		read and consume
 *	echo 0 >/sys/module/khttp/parameters/trace	stop (and clear)
 * A read returns at most a page; read again until it is empty.
 */
#include <linux/err.h>
#include <linux/jump_label.h>
#include <linux/kernel.h>
#include <linux/moduleparam.h>
#include <linux/sched.h>
#include <linux/spinlock.h>
#include <linux/uaccess.h>
#include "khttp_internal.h"
#include "kh_layout.h"
#include "kh_decode.h"

#define KHTTP_TRACE_LEN	256

struct khttp_trace_ent {
	u64 seq;
	u64 request_id;
	long ret;
	u32 cmd;
	pid_t pid;
	s16 idx;		/* in kh_decode_cmds, -1 for an unknown number */
	u8 abi;			/* enum kh_layout_abi */
	bool has_id;
};

static struct khttp_trace_ent khttp_trace_ring[KHTTP_TRACE_LEN];
static u64 khttp_trace_head, khttp_trace_tail, khttp_trace_lost;
static DEFINE_SPINLOCK(khttp_trace_lock);
static bool khttp_trace_on;
DEFINE_STATIC_KEY_FALSE(khttp_trace_key);

/**
 * khttp_trace_record() - record one ioctl in the trace ring
 * @abi: the caller's KH_LAYOUT_*
 * @cmd: the ioctl number
 * @uarg: the caller's argument
 * @ret: the ioctl's result
 */
void khttp_trace_record(int abi, unsigned int cmd, void __user *uarg, long ret)
{
	struct khttp_trace_ent e = { .ret = ret, .cmd = cmd, .abi = abi };
	int off;

	if (!READ_ONCE(khttp_trace_on))
		return;
	e.pid = task_pid_nr(current);
	e.idx = kh_decode_find(cmd, abi);
	off = e.idx >= 0 ? kh_decode_cmds[e.idx].request_id_off[abi] : -1;
	/* after the call: an id the kernel handed back is there too */
	if (off >= 0)
		e.has_id = !copy_from_user(&e.request_id, uarg + off,
					   sizeof(e.request_id));

	spin_lock(&khttp_trace_lock);
	if (khttp_trace_head - khttp_trace_tail == KHTTP_TRACE_LEN) {
		khttp_trace_tail++;
		khttp_trace_lost++;
	}
	e.seq = khttp_trace_head;
	khttp_trace_ring[khttp_trace_head++ % KHTTP_TRACE_LEN] = e;
	spin_unlock(&khttp_trace_lock);
}

static int khttp_trace_line(char *buf, size_t len, const struct khttp_trace_ent *e)
{
	static const char * const abi_names[] = { "native", "ia32", "x32" };
	const char *name = e->idx >= 0 ? kh_decode_cmds[e->idx].name : "?";
	int n;

	n = scnprintf(buf, len, "%llu pid=%d abi=%s cmd=%#x %s", e->seq,
		      e->pid, e->abi < 3 ? abi_names[e->abi] : "?", e->cmd,
		      name);
	if (e->has_id)
		n += scnprintf(buf + n, len - n, " request_id=%#llx",
			       e->request_id);
	if (e->ret < 0)
		n += scnprintf(buf + n, len - n, " ret=%ld %pe\n", e->ret,
			       ERR_PTR(e->ret));
	else
		n += scnprintf(buf + n, len - n, " ret=%ld\n", e->ret);
	return n;
}

/* as many whole lines as fit in the page sysfs gives us; they are consumed */
static int khttp_trace_get(char *buf, const struct kernel_param *kp)
{
	char tmp[160];
	int n = 0, len;

	spin_lock(&khttp_trace_lock);
	if (khttp_trace_lost) {
		n = scnprintf(buf, PAGE_SIZE, "lost %llu\n", khttp_trace_lost);
		khttp_trace_lost = 0;
	}
	while (khttp_trace_tail != khttp_trace_head) {
		len = khttp_trace_line(tmp, sizeof(tmp),
				       &khttp_trace_ring[khttp_trace_tail % KHTTP_TRACE_LEN]);
		if (n + len >= PAGE_SIZE)
			break;
		memcpy(buf + n, tmp, len);
		n += len;
		khttp_trace_tail++;
	}
	spin_unlock(&khttp_trace_lock);
	return n;
}

static int khttp_trace_set(const char *val, const struct kernel_param *kp)
{
	bool on;
	int err = kstrtobool(val, &on);

	if (err)
		return err;
	spin_lock(&khttp_trace_lock);
	khttp_trace_head = 0;
	khttp_trace_tail = 0;
	khttp_trace_lost = 0;
	WRITE_ONCE(khttp_trace_on, on);
	spin_unlock(&khttp_trace_lock);
	/* may sleep: outside the lock; khttp_trace_on still decides */
	if (on)
		static_branch_enable(&khttp_trace_key);
	else
		static_branch_disable(&khttp_trace_key);
	return 0;
}

static const struct kernel_param_ops khttp_trace_ops = {
	.set = khttp_trace_set,
	.get = khttp_trace_get,
};

module_param_cb(trace, &khttp_trace_ops, NULL, 0600);
MODULE_PARM_DESC(trace,
		 "1: record the ioctls handled (read this file to consume), 0: stop");
