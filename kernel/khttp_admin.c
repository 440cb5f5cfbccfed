// SPDX-License-Identifier: GPL-2.0
/*
 * khttp: KH_IOC_ADMIN_LIST, what khttpctl show prints. One kind of object
 * per call; each kind is listed by the file that owns its objects, under
 * that file's lock, into a page of fixed entries (no allocation, no user
 * memory under a lock: the thunks copy the page out afterwards). This file
 * also keeps the list of open files, for the workers (pid, ABI).
 */
#include <linux/capability.h>
#include <linux/mutex.h>
#include <linux/pid.h>
#include <linux/sched.h>
#include <linux/string.h>
#include "khttp_internal.h"
#include "kh_thunks.h"

static LIST_HEAD(khttp_files);
static DEFINE_MUTEX(khttp_files_lock);

/**
 * khttp_admin_open() - register an open device file for KH_IOC_ADMIN_LIST
 * @kf: the file; its opener's pid is kept
 */
void khttp_admin_open(struct khttp_file *kf)
{
	kf->pid = get_pid(task_tgid(current));
	mutex_lock(&khttp_files_lock);
	list_add_tail(&kf->admin_node, &khttp_files);
	mutex_unlock(&khttp_files_lock);
}

/**
 * khttp_admin_release() - unregister a closing device file
 * @kf: the file khttp_admin_open() registered
 */
void khttp_admin_release(struct khttp_file *kf)
{
	mutex_lock(&khttp_files_lock);
	list_del(&kf->admin_node);
	mutex_unlock(&khttp_files_lock);
	put_pid(kf->pid);
}

/**
 * khttp_admin_next() - the next entry of a KH_IOC_ADMIN_LIST answer to fill
 * @l: the list being answered
 *
 * Return: the entry (zeroed, its kind set), or NULL when it is outside the caller's page
 * (it is counted in l->total all the same)
 */
struct kh_admin_entry *khttp_admin_next(struct khttp_admin_list *l)
{
	struct kh_admin_entry *e;
	u32 i = l->total++;

	if (i < l->start || l->n >= l->cap)
		return NULL;
	e = &l->out[l->n++];
	memset(e, 0, sizeof(*e));
	e->kind = l->kind;
	return e;
}

/**
 * khttp_admin_name() - set an admin entry's name
 * @e: the entry
 * @s: the name (not NUL-terminated)
 * @len: its length (cut to fit)
 */
void khttp_admin_name(struct kh_admin_entry *e, const char *s, size_t len)
{
	len = min(len, sizeof(e->name) - 1);
	memcpy(e->name, s, len);
	e->name[len] = 0;
}

/* the files bound to a queue: its workers, with the pid in the caller's namespace */
static void workers_list(struct khttp_admin_list *l)
{
	struct kh_admin_entry *e;
	struct khttp_queue *q;
	struct khttp_file *kf;

	mutex_lock(&khttp_files_lock);
	list_for_each_entry(kf, &khttp_files, admin_node) {
		q = READ_ONCE(kf->queue);	/* held by kf until its release */
		if (!q)
			continue;
		e = khttp_admin_next(l);
		if (!e)
			continue;
		e->queue_id = q->id;
		e->pid = pid_vnr(kf->pid);
		e->abi = khttp_abi_of(READ_ONCE(kf->layout));
		khttp_admin_name(e, q->name, q->name_len);
	}
	mutex_unlock(&khttp_files_lock);
}

long kh_ioc_admin_list_core(struct kh_ctx *c, struct kh_admin_list_args *args)
{
	struct khttp_admin_list l = {
		.out = args->entries, .kind = args->kind, .start = args->start,
		.cap = args->entry_count,
	};

	if (!capable(CAP_NET_ADMIN))
		return -EPERM;
	switch (args->kind) {
	case KH_ADMIN_LISTENER:
	case KH_ADMIN_URL:
		khttp_urls_list(&l);
		break;
	case KH_ADMIN_QUEUE:
		khttp_queues_list(&l);
		break;
	case KH_ADMIN_WORKER:
		workers_list(&l);
		break;
	case KH_ADMIN_REQUEST:
		khttp_reqs_list(&l);
		break;
	case KH_ADMIN_CACHE:
		khttp_cache_list(&l);
		break;
	default:
		return -EINVAL;
	}
	args->entries_returned = l.n;
	args->entries_total = l.total;
	kh_out_used(c, args->entries, l.n * sizeof(*args->entries));
	return 0;
}
