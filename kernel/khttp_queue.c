// SPDX-License-Identifier: GPL-2.0
/*
 * khttp: named request queues and the life of a request in them.
 *
 * A request is PENDING in its queue's list until a worker takes it
 * (TAKEN), and DONE once answered. Every request not DONE is also in
 * khttp_reqs by id, so that send-response finds it. A request that did not
 * fit a worker's buffer goes back to the head of the list bound to that
 * worker's file, to be received again by id (HTTP.sys's ERROR_MORE_DATA).
 */
#include <linux/mutex.h>
#include <linux/poll.h>
#include <linux/sched/signal.h>
#include <linux/slab.h>
#include <linux/xarray.h>
#include "khttp_internal.h"

static LIST_HEAD(khttp_queues);
static DEFINE_MUTEX(khttp_queues_lock);
static atomic64_t khttp_queue_ids;
static DEFINE_XARRAY(khttp_reqs);

static void queue_free(struct kref *ref)
{
	kfree(container_of(ref, struct kh_queue, ref));
}

void khttp_queue_put(struct kh_queue *q)
{
	kref_put(&q->ref, queue_free);
}

int khttp_queue_open(struct kh_file *kf, const char *name, u32 len, bool create,
		     bool open, u64 *id)
{
	struct kh_queue *q;
	int err = 0;

	if (!len || len > KH_MAX_NAME || memchr(name, 0, len))
		return -EINVAL;
	mutex_lock(&khttp_queues_lock);
	if (kf->queue) {
		err = -EBUSY;
		goto out;
	}
	list_for_each_entry(q, &khttp_queues, node)
		if (strlen(q->name) == len && !memcmp(q->name, name, len))
			goto found;
	if (!create) {
		err = -ENOENT;
		goto out;
	}
	q = kzalloc(sizeof(*q), GFP_KERNEL_ACCOUNT);
	if (!q) {
		err = -ENOMEM;
		goto out;
	}
	kref_init(&q->ref);	/* the list's reference */
	memcpy(q->name, name, len);
	q->id = atomic64_inc_return(&khttp_queue_ids);
	spin_lock_init(&q->lock);
	INIT_LIST_HEAD(&q->pending);
	init_waitqueue_head(&q->wait);
	list_add_tail(&q->node, &khttp_queues);
	goto bind;
found:
	if (!open) {
		err = -EEXIST;
		goto out;
	}
bind:
	kref_get(&q->ref);
	kf->queue = q;
	*id = q->id;
out:
	mutex_unlock(&khttp_queues_lock);
	return err;
}

static void req_free(struct kref *ref)
{
	struct kh_req *req = container_of(ref, struct kh_req, ref);

	kh_ctx_release(&req->graph_mem);
	khttp_mem_add(-(long)req->mem);
	if (req->queue)
		khttp_queue_put(req->queue);
	if (req->conn)
		khttp_conn_put(req->conn);
	kfree(req);
}

void khttp_req_put(struct kh_req *req)
{
	kref_put(&req->ref, req_free);
}

/* the queue takes a reference; -ENOSPC when it is full */
int khttp_queue_add(struct kh_queue *q, struct kh_req *req)
{
	int err;

	kref_get(&req->ref);
	err = xa_insert(&khttp_reqs, req->id, req, GFP_KERNEL);
	if (err) {
		khttp_req_put(req);
		return err;
	}
	spin_lock(&q->lock);
	if (q->dead || q->npending >= READ_ONCE(khttp_limits.queue_length)) {
		spin_unlock(&q->lock);
		atomic64_inc(&q->stats[KH_QSTAT_REJECTED]);
		xa_erase(&khttp_reqs, req->id);
		khttp_req_put(req);
		return -ENOSPC;
	}
	kref_get(&q->ref);
	req->queue = q;
	req->state = KH_REQ_PENDING;
	list_add_tail(&req->qnode, &q->pending);
	q->npending++;
	spin_unlock(&q->lock);
	atomic64_inc(&q->stats[KH_QSTAT_REQUESTS]);
	wake_up_interruptible(&q->wait);
	return 0;
}

/* under q->lock: the first request this file may take */
static struct kh_req *first_for(struct kh_queue *q, struct kh_file *kf, u64 id)
{
	struct kh_req *req;

	list_for_each_entry(req, &q->pending, qnode)
		if ((!req->bound || req->bound == kf) && (!id || req->id == id))
			return req;
	return NULL;
}

static bool can_take(struct kh_queue *q, struct kh_file *kf)
{
	bool ok;

	spin_lock(&q->lock);
	ok = q->dead || first_for(q, kf, 0);
	spin_unlock(&q->lock);
	return ok;
}

struct kh_req *khttp_queue_take(struct kh_file *kf, u64 id, bool nonblock, int *err)
{
	struct kh_queue *q = kf->queue;
	struct kh_req *req;

	if (!q) {
		*err = -EINVAL;
		return NULL;
	}
	for (;;) {
		spin_lock(&q->lock);
		req = q->dead ? NULL : first_for(q, kf, id);
		if (req) {
			bool more;

			list_del_init(&req->qnode);
			more = --q->npending;
			req->state = KH_REQ_TAKEN;
			req->taken = kf;
			req->bound = NULL;
			kref_get(&req->ref);
			spin_unlock(&q->lock);
			atomic64_inc(&q->stats[KH_QSTAT_RECEIVED]);
			/* one waiter per wake-up: pass it on while requests remain */
			if (more && wq_has_sleeper(&q->wait))
				wake_up_interruptible(&q->wait);
			return req;
		}
		spin_unlock(&q->lock);
		if (q->dead) {
			*err = -ESHUTDOWN;
			return NULL;
		}
		if (id) {	/* a named request is not waited for */
			*err = -ENOENT;
			return NULL;
		}
		if (nonblock) {
			*err = -EAGAIN;
			return NULL;
		}
		/* exclusive: a new request wakes one worker, not all of them */
		if (wait_event_interruptible_exclusive(q->wait, can_take(q, kf))) {
			*err = -ERESTARTSYS;
			return NULL;
		}
	}
}

/* back to the head of the queue; kept for kf when kf is given */
void khttp_queue_untake(struct kh_req *req, struct kh_file *kf)
{
	struct kh_queue *q = req->queue;

	spin_lock(&q->lock);
	req->state = KH_REQ_PENDING;
	req->taken = NULL;
	req->bound = kf;
	list_add(&req->qnode, &q->pending);
	q->npending++;
	spin_unlock(&q->lock);
	if (!kf)
		wake_up_interruptible(&q->wait);
}

struct kh_req *khttp_req_find(u64 id)
{
	struct kh_req *req;

	rcu_read_lock();
	req = xa_load(&khttp_reqs, id);
	if (req && !kref_get_unless_zero(&req->ref))
		req = NULL;
	rcu_read_unlock();
	return req;
}

/* the counters of kf's queue; how many were written */
int khttp_queue_stats(struct kh_file *kf, u64 *out, u32 n)
{
	struct kh_queue *q = kf->queue;
	u32 i;

	if (!q)
		return -EINVAL;
	n = min_t(u32, n, KH_QSTAT_COUNT);
	for (i = 0; i < n; i++)
		out[i] = i == KH_QSTAT_PENDING ? READ_ONCE(q->npending) :
			 atomic64_read(&q->stats[i]);
	return n;
}

/* a worker's send completed a request of q */
void khttp_queue_answered(struct kh_queue *q)
{
	atomic64_inc(&q->stats[KH_QSTAT_ANSWERED]);
}

/* TAKEN -> DONE once: false when somebody else completed it first */
bool khttp_req_complete(struct kh_req *req)
{
	bool ok;

	spin_lock(&req->queue->lock);
	ok = req->state == KH_REQ_TAKEN;
	if (ok)
		req->state = KH_REQ_DONE;
	spin_unlock(&req->queue->lock);
	if (ok && xa_erase(&khttp_reqs, req->id))
		khttp_req_put(req);	/* the reference khttp_queue_add took */
	return ok;
}

/*
 * A taken request ends with the kernel's status and a close; false if
 * done already. A response whose head went already (streaming) cannot
 * get another one: its connection closes after what was queued, and the
 * client sees the body cut short. Without memory for the answer the
 * connection closes too: the request never stays in flight.
 */
bool khttp_req_abort(struct kh_req *req, unsigned int status)
{
	struct kh_txbuf *tx = NULL;
	struct kh_txlist l;

	if (!khttp_req_complete(req))
		return false;
	if (!READ_ONCE(req->body_err))
		WRITE_ONCE(req->body_err, -ECONNABORTED);
	khttp_txl_init(&l);
	if (req->streaming) {
		khttp_log_request(req, req->status, req->bytes_out);
	} else {
		tx = khttp_format_error(status, true);
		khttp_log_request(req, status, tx ? tx->len : 0);
		if (tx)
			khttp_txl_add(&l, tx);
	}
	khttp_conn_respond_list(req->conn, req, &l, true, true);
	return true;
}

/*
 * A worker's file closes: requests it took and did not answer get a 500
 * and their connection closed (the worker died mid-request); requests kept
 * for it go back to everybody.
 */
void khttp_file_release_reqs(struct kh_file *kf)
{
	struct kh_req *req;
	unsigned long id;
	bool wake = false;

	xa_for_each(&khttp_reqs, id, req) {
		if (!kref_get_unless_zero(&req->ref))
			continue;
		if (req->taken == kf) {
			khttp_req_abort(req, 500);
		} else if (req->bound == kf) {
			spin_lock(&req->queue->lock);
			wake = req->bound == kf;
			if (wake)
				req->bound = NULL;
			spin_unlock(&req->queue->lock);
			if (wake)
				wake_up_interruptible(&req->queue->wait);
		}
		khttp_req_put(req);
	}
	if (kf->queue)
		khttp_queue_put(kf->queue);
	kf->queue = NULL;
}

__poll_t khttp_queue_poll(struct kh_file *kf, struct file *file, poll_table *wait)
{
	struct kh_queue *q = kf->queue;

	if (!q)
		return EPOLLERR;
	poll_wait(file, &q->wait, wait);
	return can_take(q, kf) ? EPOLLIN | EPOLLRDNORM : 0;
}

/* module exit: no file is open; requests still queued are dropped */
void khttp_queues_exit(void)
{
	struct kh_queue *q, *tmp;
	struct kh_req *req;
	unsigned long id;

	list_for_each_entry_safe(q, tmp, &khttp_queues, node) {
		spin_lock(&q->lock);
		q->dead = true;
		list_for_each_entry(req, &q->pending, qnode)
			req->state = KH_REQ_DONE;
		INIT_LIST_HEAD(&q->pending);
		q->npending = 0;
		spin_unlock(&q->lock);
		list_del(&q->node);
		khttp_queue_put(q);
	}
	xa_for_each(&khttp_reqs, id, req) {
		xa_erase(&khttp_reqs, id);
		khttp_req_put(req);
	}
}
