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
#include <linux/hashtable.h>
#include <linux/stringhash.h>
#include <linux/poll.h>
#include <linux/sched/signal.h>
#include <linux/slab.h>
#include <linux/user_namespace.h>
#include <linux/xarray.h>
#include "khttp_internal.h"

/*
 * Queues by name: a hash, not a list to scan. A queue leaves it when its
 * last reference goes; a lookup takes its reference under the lock and
 * skips a queue whose count reached zero (being freed).
 */
static DEFINE_HASHTABLE(khttp_queue_names, 10);
static DEFINE_SPINLOCK(khttp_queues_lock);
static atomic64_t khttp_queue_ids;
static DEFINE_XARRAY(khttp_reqs);

static void queue_free(struct kref *ref)
{
	struct khttp_queue *q = container_of(ref, struct khttp_queue, ref);

	spin_lock(&khttp_queues_lock);
	hash_del(&q->node);
	spin_unlock(&khttp_queues_lock);
	khttp_user_uncharge(q->owner, KHTTP_USER_QUEUES);
	put_user_ns(q->userns);
	khttp_log_ring_free(q->log);
	kfree(q);
}

/**
 * khttp_queue_put() - drop a reference to a queue
 * @q: the queue; freed with the last reference
 */
void khttp_queue_put(struct khttp_queue *q)
{
	kref_put(&q->ref, queue_free);
}

/* under khttp_queues_lock: the live queue of that name, with a reference */
static struct khttp_queue *queue_get(const char *name, u32 len, u32 hash)
{
	struct khttp_queue *q;

	hash_for_each_possible(khttp_queue_names, q, node, hash)
		if (q->name_len == len && !memcmp(q->name, name, len) &&
		    kref_get_unless_zero(&q->ref))
			return q;
	return NULL;
}

/* under khttp_queues_lock: the caller is q's owner or one it let in */
static bool may_attach(const struct khttp_queue *q)
{
	kuid_t me = current_fsuid();
	unsigned int i;

	if (uid_eq(me, q->uid) || (q->access_mode & KH_QUEUE_ACCESS_OTHERS) ||
	    ((q->access_mode & KH_QUEUE_ACCESS_GROUP) && in_group_p(q->gid)))
		return true;
	for (i = 0; i < q->nuids; i++)
		if (uid_eq(me, q->uids[i]))
			return true;
	for (i = 0; i < q->ngids; i++)
		if (in_group_p(q->gids[i]))
			return true;
	return false;
}

/**
 * khttp_queue_access() - replace who may attach a queue (KH_IOC_QUEUE_ACCESS)
 * @kf: the owner's file, bound to the queue
 * @a: the new access list
 *
 * KH_IOC_QUEUE_ACCESS: the owner of kf's queue replaces who else may attach it; ids of the
 * caller's user namespace, each one valid.
 *
 * Return: 0, or a negative errno
 */
int khttp_queue_access(struct khttp_file *kf, const struct kh_queue_access_args *a)
{
	struct khttp_queue *q = READ_ONCE(kf->queue);	/* bound: the file's reference */
	struct user_namespace *ns = current_user_ns();
	kuid_t uids[KH_MAX_ACCESS_IDS];
	kgid_t gids[KH_MAX_ACCESS_IDS];
	unsigned int i;

	if (!q)
		return -EINVAL;
	if (!uid_eq(current_fsuid(), q->uid))
		return -EPERM;
	for (i = 0; i < a->uid_count; i++) {
		uids[i] = make_kuid(ns, a->uids[i]);
		if (!uid_valid(uids[i]))
			return -EINVAL;
	}
	for (i = 0; i < a->gid_count; i++) {
		gids[i] = make_kgid(ns, a->gids[i]);
		if (!gid_valid(gids[i]))
			return -EINVAL;
	}
	spin_lock(&khttp_queues_lock);
	q->access_mode = a->mode;
	q->nuids = a->uid_count;
	q->ngids = a->gid_count;
	memcpy(q->uids, uids, a->uid_count * sizeof(uids[0]));
	memcpy(q->gids, gids, a->gid_count * sizeof(gids[0]));
	spin_unlock(&khttp_queues_lock);
	return 0;
}

/**
 * khttp_queue_open() - create or open a named queue and bind a file to it
 * @kf: the file to bind
 * @name: the queue's name
 * @len: its length
 * @create: create it if it does not exist
 * @open: open it if it exists
 * @id: out: the queue's id
 *
 * Return: 0, or a negative errno (-EBUSY when kf is bound already)
 */
int khttp_queue_open(struct khttp_file *kf, const char *name, u32 len, bool create,
		     bool open, u64 *id)
{
	struct khttp_queue *q, *fresh = NULL;
	u32 hash;
	int err;

	if (!len || len > KH_MAX_NAME || memchr(name, 0, len))
		return -EINVAL;
	if (READ_ONCE(kf->queue))
		return -EBUSY;
	hash = full_name_hash(NULL, name, len);
	if (create) {	/* made ready outside the lock, dropped if the name exists */
		fresh = kzalloc(sizeof(*fresh), GFP_KERNEL_ACCOUNT);
		if (!fresh)
			return -ENOMEM;
		kref_init(&fresh->ref);	/* the binding file's */
		memcpy(fresh->name, name, len);
		fresh->name_len = len;
		fresh->owner = current_euid();
		fresh->uid = current_fsuid();
		fresh->gid = current_fsgid();
		fresh->userns = get_user_ns(current_user_ns());
		spin_lock_init(&fresh->lock);
		INIT_LIST_HEAD(&fresh->pending);
		init_waitqueue_head(&fresh->wait);
		fresh->log = khttp_log_ring_new();
		err = fresh->log ? khttp_user_charge(fresh->owner, KHTTP_USER_QUEUES) : -ENOMEM;
		if (err) {
			khttp_log_ring_free(fresh->log);
			put_user_ns(fresh->userns);
			kfree(fresh);
			return err;
		}
	}
	spin_lock(&khttp_queues_lock);
	q = queue_get(name, len, hash);
	if (q && !open) {
		err = -EEXIST;
		goto out;
	}
	if (q && !may_attach(q)) {	/* docs/security.md */
		err = -EACCES;
		goto out;
	}
	if (!q && !fresh) {
		err = -ENOENT;
		goto out;
	}
	if (!q) {
		q = fresh;
		fresh = NULL;
		q->id = atomic64_inc_return(&khttp_queue_ids);
		hash_add(khttp_queue_names, &q->node, hash);
	}
	/* one binding per file: a racing call on the same file loses */
	if (cmpxchg(&kf->queue, NULL, q)) {
		err = -EBUSY;
		goto out;
	}
	*id = q->id;
	q = NULL;
	err = 0;
out:
	spin_unlock(&khttp_queues_lock);
	if (q)	/* outside the lock: the last put takes it */
		khttp_queue_put(q);
	if (fresh) {
		khttp_user_uncharge(fresh->owner, KHTTP_USER_QUEUES);
		put_user_ns(fresh->userns);
		khttp_log_ring_free(fresh->log);
		kfree(fresh);
	}
	return err;
}

static void req_free(struct kref *ref)
{
	struct khttp_req *req = container_of(ref, struct khttp_req, ref);

	kh_ctx_release(&req->graph_mem);
	khttp_mem_add(-(long)req->mem);
	if (req->queue)
		khttp_queue_put(req->queue);
	if (req->conn)
		khttp_conn_put(req->conn);
	kfree_rcu(req, rcu);	/* khttp_req_find may be looking at it */
}

/**
 * khttp_req_put() - drop a reference to a request
 * @req: the request; freed (after RCU) with the last reference
 */
void khttp_req_put(struct khttp_req *req)
{
	kref_put(&req->ref, req_free);
}

/**
 * khttp_queue_add() - queue a request for the workers
 * @q: the queue
 * @req: the request
 *
 * The queue takes a reference; -ENOSPC when it is full
 *
 * Return: 0, or -ENOSPC when the queue is full
 */
int khttp_queue_add(struct khttp_queue *q, struct khttp_req *req)
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
	req->state = KHTTP_REQ_PENDING;
	list_add_tail(&req->qnode, &q->pending);
	q->npending++;
	spin_unlock(&q->lock);
	atomic64_inc(&q->stats[KH_QSTAT_REQUESTS]);
	wake_up_interruptible(&q->wait);
	return 0;
}

/* under q->lock: the first request this file may take */
static struct khttp_req *first_for(struct khttp_queue *q, struct khttp_file *kf, u64 id)
{
	struct khttp_req *req;

	list_for_each_entry(req, &q->pending, qnode)
		if ((!req->bound || req->bound == kf) && (!id || req->id == id))
			return req;
	return NULL;
}

static bool can_take(struct khttp_queue *q, struct khttp_file *kf)
{
	bool ok;

	spin_lock(&q->lock);
	ok = q->dead || first_for(q, kf, 0);
	spin_unlock(&q->lock);
	return ok;
}

/**
 * khttp_queue_take() - take a request from a file's queue
 * @kf: the worker's file
 * @id: a request id, or 0 for the next one
 * @nonblock: do not wait
 * @err: out: the error when NULL is returned
 *
 * Return: the request (a reference), or NULL with *err set
 */
struct khttp_req *khttp_queue_take(struct khttp_file *kf, u64 id, bool nonblock, int *err)
{
	struct khttp_queue *q = kf->queue;
	struct khttp_req *req;

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
			req->state = KHTTP_REQ_TAKEN;
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

/**
 * khttp_queue_untake() - give a taken request back
 * @req: the request
 * @kf: the file it is kept for, or NULL
 *
 * Back to the head of the queue; kept for kf when kf is given. Not if it was completed
 * meanwhile: another file of the queue may cancel or answer a taken request by id before
 * its receive call returns, and a done request back in the list would be taken again after
 * its free.
 */
void khttp_queue_untake(struct khttp_req *req, struct khttp_file *kf)
{
	struct khttp_queue *q = req->queue;

	spin_lock(&q->lock);
	if (req->state != KHTTP_REQ_TAKEN) {
		spin_unlock(&q->lock);
		return;
	}
	req->state = KHTTP_REQ_PENDING;
	req->taken = NULL;
	req->bound = kf;
	list_add(&req->qnode, &q->pending);
	q->npending++;
	spin_unlock(&q->lock);
	if (!kf)
		wake_up_interruptible(&q->wait);
}

/**
 * khttp_req_find() - find a request by id
 * @id: the request id
 *
 * A request is freed after RCU (req_free): under rcu_read_lock() the one xa_load gives
 * stays memory of a khttp_req, and a zero count means it goes.
 *
 * Return: the request with a reference taken, or NULL
 */
struct khttp_req *khttp_req_find(u64 id)
{
	struct khttp_req *req;

	rcu_read_lock();
	req = xa_load(&khttp_reqs, id);
	if (req && !kref_get_unless_zero(&req->ref))
		req = NULL;
	rcu_read_unlock();
	return req;
}

/**
 * khttp_queue_stats() - the counters of a file's queue
 * @kf: the file
 * @out: where the counters go
 * @n: room in out
 *
 * The counters of kf's queue; how many were written
 *
 * Return: how many counters were written, or a negative errno
 */
int khttp_queue_stats(struct khttp_file *kf, u64 *out, u32 n)
{
	struct khttp_queue *q = kf->queue;
	u32 i;

	if (!q)
		return -EINVAL;
	n = min_t(u32, n, KH_QSTAT_COUNT);
	for (i = 0; i < n; i++)
		out[i] = i == KH_QSTAT_PENDING ? READ_ONCE(q->npending) :
			 atomic64_read(&q->stats[i]);
	return n;
}

/**
 * khttp_queue_answered() - count a completed request of a queue
 * @q: the queue
 *
 * A worker's send completed a request of q
 */
void khttp_queue_answered(struct khttp_queue *q)
{
	atomic64_inc(&q->stats[KH_QSTAT_ANSWERED]);
}

/* the reference khttp_queue_add took, with the request's id: after DONE */
static void req_unindex(struct khttp_req *req)
{
	if (xa_erase(&khttp_reqs, req->id))
		khttp_req_put(req);
}

/* TAKEN -> DONE once, the response state then in *resp; false if done already */
static bool req_end(struct khttp_req *req, enum khttp_resp_state *resp)
{
	bool ok;

	spin_lock(&req->queue->lock);
	ok = req->state == KHTTP_REQ_TAKEN;
	if (ok)
		req->state = KHTTP_REQ_DONE;
	*resp = req->resp;
	spin_unlock(&req->queue->lock);
	if (ok)
		req_unindex(req);
	return ok;
}

/**
 * khttp_req_complete() - mark a taken request done
 * @req: the request
 *
 * TAKEN -> DONE once: false when somebody else completed it first
 *
 * Return: true for the caller that completed it, false if someone else did first
 */
bool khttp_req_complete(struct khttp_req *req)
{
	enum khttp_resp_state resp;

	return req_end(req, &resp);
}

/**
 * khttp_resp_claim() - claim a request's response for one send
 * @req: the request
 * @head: this send carries the head
 * @fr: out: the response's framing so far
 *
 * A send claims the request's response before it formats anything: one send at a time, a
 * head once. -ENOENT when the request is answered or cancelled, -EALREADY for a second
 * head (send-response), -EINVAL for a body before any head, -EBUSY while another send of
 * it is under way. send-body gets the published framing in *fr, its own copy: it formats
 * with that and publishes it back (khttp_resp_publish), or unclaims.
 *
 * Return: 0, or a negative errno (-ENOENT when answered or cancelled)
 */
int khttp_resp_claim(struct khttp_req *req, bool head, struct khttp_framing *fr)
{
	int err = 0;

	spin_lock(&req->queue->lock);
	if (req->state != KHTTP_REQ_TAKEN)
		err = -ENOENT;
	else if (head && (req->resp != KHTTP_RESP_NONE || req->sending))
		err = -EALREADY;
	else if (!head && req->sending)
		err = -EBUSY;
	else if (!head && req->resp != KHTTP_RESP_STREAMING)
		err = -EINVAL;
	if (!err) {
		req->sending = true;
		if (!head)
			*fr = req->framing;
	}
	spin_unlock(&req->queue->lock);
	return err;
}

/**
 * khttp_resp_publish() - publish what a claimed send formatted
 * @req: the request
 * @fr: the send's framing
 * @bytes: bytes it sent
 * @last: it completes the response
 *
 * The claimed send formatted its bytes: its framing and counts become the request's, and
 * the last piece completes it. False (the claim dropped) when the request was cancelled or
 * aborted meanwhile: nothing of the send may go out then. On true the claim stays until
 * khttp_resp_unclaim, after the bytes are queued, so that the pieces of a response are
 * queued in the order they were claimed.
 *
 * Return: true if published; false when the claim was dropped
 */
bool khttp_resp_publish(struct khttp_req *req, const struct khttp_framing *fr, u64 bytes,
			bool last)
{
	bool ok;

	spin_lock(&req->queue->lock);
	ok = req->state == KHTTP_REQ_TAKEN;
	if (ok) {
		req->framing = *fr;
		req->status = fr->status;
		req->bytes_out += bytes;
		req->resp = last ? KHTTP_RESP_COMPLETE : KHTTP_RESP_STREAMING;
		if (last)
			req->state = KHTTP_REQ_DONE;
	} else {
		req->sending = false;
	}
	spin_unlock(&req->queue->lock);
	if (ok && last)
		req_unindex(req);
	return ok;
}

/**
 * khttp_resp_unclaim() - drop a claim without sending
 * @req: the request khttp_resp_claim() claimed
 */
void khttp_resp_unclaim(struct khttp_req *req)
{
	spin_lock(&req->queue->lock);
	req->sending = false;
	spin_unlock(&req->queue->lock);
}

/**
 * khttp_req_abort() - end a taken request with the kernel's status
 * @req: the request
 * @status: the HTTP status the client gets
 *
 * A taken request ends with the kernel's status and a close; false if done already. A
 * response whose head went already (streaming) cannot get another one: its connection
 * closes after what was queued, and the client sees the body cut short. A send under way
 * when this wins finds the request done and sends nothing (khttp_resp_publish). Without
 * memory for the answer the connection closes too: the request never stays in flight.
 *
 * Return: true if it ended here, false if it was done already
 */
bool khttp_req_abort(struct khttp_req *req, unsigned int status)
{
	struct khttp_txbuf *tx = NULL;
	enum khttp_resp_state resp;
	struct khttp_txlist l;

	if (!req_end(req, &resp))
		return false;
	if (!READ_ONCE(req->body_err))
		WRITE_ONCE(req->body_err, -ECONNABORTED);
	khttp_txl_init(&l);
	if (resp == KHTTP_RESP_STREAMING) {
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

/**
 * khttp_file_release_reqs() - settle the requests of a closing worker file
 * @kf: the file
 *
 * A worker's file closes: requests it took and did not answer get a 500 and their
 * connection closed (the worker died mid-request); requests kept for it go back to
 * everybody.
 */
void khttp_file_release_reqs(struct khttp_file *kf)
{
	struct khttp_req *req;
	unsigned long id;
	bool wake = false;

	/*
	 * xa_for_each holds RCU only inside each step: the reference is taken
	 * under ours, and the body (it may sleep) runs without it.
	 */
	rcu_read_lock();
	xa_for_each(&khttp_reqs, id, req) {
		if (!kref_get_unless_zero(&req->ref))
			continue;
		rcu_read_unlock();
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
		rcu_read_lock();
	}
	rcu_read_unlock();
	if (kf->queue)
		khttp_queue_put(kf->queue);
	kf->queue = NULL;
}

/**
 * khttp_queue_poll() - poll a file's queue for requests
 * @kf: the file
 * @file: its struct file
 * @wait: the poll table
 *
 * Return: the poll mask
 */
__poll_t khttp_queue_poll(struct khttp_file *kf, struct file *file, poll_table *wait)
{
	struct khttp_queue *q = kf->queue;

	if (!q)
		return EPOLLERR;
	poll_wait(file, &q->wait, wait);
	return can_take(q, kf) ? EPOLLIN | EPOLLRDNORM : 0;
}

/**
 * khttp_queues_exit() - drop every queued request at module exit
 *
 * Module exit: no file is open and no URL prefix is left; requests still queued are
 * dropped, and with them the last references to their queues
 */
void khttp_queues_exit(void)
{
	struct khttp_queue *q;
	struct khttp_req *req;
	unsigned long id;
	int bkt;

	spin_lock(&khttp_queues_lock);
	hash_for_each(khttp_queue_names, bkt, q, node) {
		spin_lock(&q->lock);
		q->dead = true;
		list_for_each_entry(req, &q->pending, qnode)
			req->state = KHTTP_REQ_DONE;
		INIT_LIST_HEAD(&q->pending);
		q->npending = 0;
		spin_unlock(&q->lock);
	}
	spin_unlock(&khttp_queues_lock);
	xa_for_each(&khttp_reqs, id, req) {
		xa_erase(&khttp_reqs, id);
		khttp_req_put(req);
	}
	WARN_ON(!hash_empty(khttp_queue_names));
}

/**
 * khttp_queues_list() - list the queues for KH_IOC_ADMIN_LIST
 * @l: the list being answered
 *
 * KH_IOC_ADMIN_LIST: the queues (one whose last reference went is skipped)
 */
void khttp_queues_list(struct khttp_admin_list *l)
{
	struct kh_admin_entry *e;
	struct khttp_queue *q;
	int bkt;

	spin_lock(&khttp_queues_lock);
	hash_for_each(khttp_queue_names, bkt, q, node) {
		if (!kref_read(&q->ref))
			continue;
		e = khttp_admin_next(l);
		if (!e)
			continue;
		khttp_admin_name(e, q->name, q->name_len);
		e->id = q->id;
		e->queue_id = q->id;
		e->value[0] = READ_ONCE(q->npending);
		e->value[1] = atomic64_read(&q->stats[KH_QSTAT_RECEIVED]);
		e->value[2] = atomic64_read(&q->stats[KH_QSTAT_ANSWERED]);
	}
	spin_unlock(&khttp_queues_lock);
}

/**
 * khttp_reqs_list() - list the requests not answered yet for KH_IOC_ADMIN_LIST
 * @l: the list being answered
 *
 * KH_IOC_ADMIN_LIST: the requests not answered yet. An entry of the index holds the
 * reference khttp_queue_add took, dropped only after xa_erase, which takes xa_lock: under
 * it every entry is alive.
 */
void khttp_reqs_list(struct khttp_admin_list *l)
{
	struct kh_admin_entry *e;
	struct khttp_req *req;
	unsigned long id;

	xa_lock(&khttp_reqs);
	xa_for_each(&khttp_reqs, id, req) {
		struct khttp_queue *q = READ_ONCE(req->queue);

		if (!q)
			continue;	/* not in a queue yet */
		e = khttp_admin_next(l);
		if (!e)
			continue;
		e->id = req->id;
		e->queue_id = q->id;
		e->value[0] = READ_ONCE(req->state) != KHTTP_REQ_PENDING;
		e->value[1] = req->conn ? req->conn->id : 0;
		if (req->graph)
			khttp_admin_name(e, req->graph->cooked_url.full_url,
					 req->graph->cooked_url.full_url_length);
	}
	xa_unlock(&khttp_reqs);
}
