// SPDX-License-Identifier: GPL-2.0
/*
 * khttp: HTTP connections, event-driven.
 *
 * No thread per connection: the socket's data-ready, write-space and
 * state-change callbacks (softirq) and a timer only queue the connection's
 * work item on khttp_wq; the work reads what has arrived, writes what is
 * queued, parses and hands at most one request at a time to a queue. The
 * next pipelined request is parsed only once the previous one is answered,
 * so responses leave in order. A work item never runs twice at once, so
 * the receive side needs no lock; c->lock guards what ioctls touch too.
 *
 * References: the connection list holds one until the connection closes;
 * a queued work holds one until it has run; a request holds one.
 */
#include <linux/file.h>
#include <linux/in6.h>
#include <linux/ktime.h>
#include <linux/mm.h>
#include <linux/mutex.h>
#include <linux/net.h>
#include <linux/sched/mm.h>
#include <linux/sizes.h>
#include <linux/slab.h>
#include <linux/tcp.h>
#include <linux/uio.h>
#include <linux/xarray.h>
#include <net/sock.h>
#include "khttp_internal.h"

#define KHTTP_RX_START	4096
#define KHTTP_BODY_CAP	SZ_1M	/* bodies up to 1 MiB arrive with the request */

static LIST_HEAD(khttp_conns);
static DEFINE_XARRAY(khttp_conns_by_id);	/* open connections, for wait-disconnect */
static DEFINE_SPINLOCK(khttp_conns_lock);
static atomic_t khttp_nconns;
static atomic64_t khttp_conn_ids;
static atomic64_t khttp_req_ids;
/* files polling for EPOLLOUT: woken when a connection a send waited for has room */
static DECLARE_WAIT_QUEUE_HEAD(khttp_out_wq);

/* the memory a tx item holds (a file range or a cached body's bytes: none of its own) */
static size_t tx_mem(const struct khttp_txbuf *tx)
{
	return tx->kind == KHTTP_TX_MEM ? sizeof(*tx) + tx->len : 0;
}

/* items onto the output list, their memory counted; under c->lock */
static void conn_tx_add(struct khttp_conn *c, struct list_head *items)
{
	struct khttp_txbuf *tx;
	size_t n = 0;

	list_for_each_entry(tx, items, node)
		n += tx_mem(tx);
	if (list_empty(&c->txq)) {	/* the send-rate window starts */
		c->tx_mark = jiffies;
		c->tx_mark_sent = READ_ONCE(c->tx_sent);
	}
	list_splice_tail_init(items, &c->txq);
	c->tx_mem += n;
	khttp_mem_add(n);
}

static size_t out_cap(void)
{
	return (size_t)READ_ONCE(khttp_max_output_kb) << 10;
}

/*
 * A send may queue more on c: it has nothing pending, or less than the
 * per-connection cap while the global budget is not spent (then only its
 * own output going lets it on: that wakes it). Or it is gone.
 */
static bool conn_out_room(const struct khttp_conn *c)
{
	size_t mem = READ_ONCE(c->tx_mem);

	return READ_ONCE(c->dead) || !mem || (mem < out_cap() && !khttp_mem_over());
}

/* the head item leaves the output list; under c->lock. True: wake pollers */
static bool conn_tx_del(struct khttp_conn *c, struct khttp_txbuf *tx)
{
	size_t n = tx_mem(tx);

	list_del(&tx->node);
	c->tx_mem -= n;
	khttp_mem_add(-(long)n);
	if (!c->out_wanted || !conn_out_room(c))
		return false;
	c->out_wanted = false;
	return true;
}

/* a send waiting for room, or a poller, may go on now */
static void conn_out_wake(struct khttp_conn *c, bool pollers)
{
	if (wq_has_sleeper(&c->closed_wq))
		wake_up_all(&c->closed_wq);
	if (pollers)
		wake_up_all(&khttp_out_wq);
}

/* rx of cap bytes instead of the one there; false without memory */
static bool conn_rx_resize(struct khttp_conn *c, size_t cap)
{
	char *rx = khttp_alloc_fit(cap, GFP_KERNEL_ACCOUNT);

	if (!rx)
		return false;
	memcpy(rx, c->rx, c->rx_len);
	kvfree(c->rx);
	c->rx = rx;
	khttp_mem_add((long)cap - (long)c->rx_cap);
	c->rx_cap = cap;
	return true;
}

/*
 * After a request left rx (queued with its own copy of the body, or
 * answered): rx shrinks back to what it holds, so that a held request
 * does not keep the up to 1 MiB its body needed to arrive.
 */
static void conn_rx_fit(struct khttp_conn *c)
{
	size_t cap = max_t(size_t, KHTTP_RX_START, PAGE_ALIGN(c->rx_len));

	if (cap * 2 > c->rx_cap)
		return;
	mutex_lock(&c->rx_lock);
	conn_rx_resize(c, cap);	/* without memory the larger one stays */
	mutex_unlock(&c->rx_lock);
}

/* rx, tx and the parser's space go when the connection dies, not when the last request does */
static void conn_free_buffers(struct khttp_conn *c)
{
	struct khttp_txbuf *tx, *tmp;
	LIST_HEAD(items);

	spin_lock_bh(&c->lock);
	list_splice_init(&c->txq, &items);
	khttp_mem_add(-(long)c->tx_mem);
	c->tx_mem = 0;
	spin_unlock_bh(&c->lock);
	list_for_each_entry_safe(tx, tmp, &items, node)
		khttp_tx_free(tx);
	mutex_lock(&c->rx_lock);
	if (c->rx)
		khttp_mem_add(-(long)c->rx_cap);
	kvfree(c->rx);
	c->rx = NULL;
	c->rx_len = 0;
	c->rx_cap = 0;
	mutex_unlock(&c->rx_lock);
	kvfree(c->parsed);
	c->parsed = NULL;
}

/* the last put may come from softirq (a timer's kick): conn_close freed the buffers */
static void conn_free(struct kref *ref)
{
	struct khttp_conn *c = container_of(ref, struct khttp_conn, ref);

	if (c->parsed)	/* only a connection that never started */
		conn_free_buffers(c);
	khttp_memcg_put(c->memcg);
	khttp_netstats_put(c->nstats);
	kfree_rcu(c, rcu);	/* khttp_conn_wait_closed may be looking at it */
}

/**
 * khttp_conn_put() - drop a reference to a connection
 * @c: the connection
 */
void khttp_conn_put(struct khttp_conn *c)
{
	kref_put(&c->ref, conn_free);
}

/* from any context: run the connection's work (again) */
static void conn_kick(struct khttp_conn *c)
{
	kref_get(&c->ref);
	if (!queue_work(khttp_wq, &c->work))
		khttp_conn_put(c);
}

static void conn_sk_event(struct sock *sk)
{
	struct khttp_conn *c;

	/*
	 * The callback lock keeps c (conn_close clears the pointer under it);
	 * rcu_dereference_sk_user_data() wants an RCU reader too: the socket's
	 * backlog runs this from release_sock() in process context, outside
	 * the softirq's RCU section (PROVE_RCU, the debug kernel)
	 */
	read_lock_bh(&sk->sk_callback_lock);
	rcu_read_lock();
	c = rcu_dereference_sk_user_data(sk);
	if (c)
		conn_kick(c);
	rcu_read_unlock();
	read_unlock_bh(&sk->sk_callback_lock);
}

static void conn_timer(struct timer_list *t)
{
	struct khttp_conn *c = from_timer(c, t, timer);

	conn_kick(c);
}

static void conn_close(struct khttp_conn *c)
{
	struct sock *sk = c->sock->sk;
	struct khttp_req *req;

	spin_lock_bh(&c->lock);
	c->dead = true;
	req = c->inflight;
	c->inflight = NULL;
	spin_unlock_bh(&c->lock);
	xa_erase(&khttp_conns_by_id, c->id);
	wake_up_all(&c->closed_wq);

	write_lock_bh(&sk->sk_callback_lock);
	rcu_assign_sk_user_data(sk, NULL);
	sk->sk_data_ready = c->saved_data_ready;
	sk->sk_write_space = c->saved_write_space;
	sk->sk_state_change = c->saved_state_change;
	write_unlock_bh(&sk->sk_callback_lock);
	del_timer_sync(&c->timer);
	mutex_lock(&c->tx_lock);	/* a send writing directly finishes first */
	kernel_sock_shutdown(c->sock, SHUT_RDWR);
	/*
	 * Released now, not by a delayed fput that might run after module
	 * exit (this is a kworker, where fput defers).
	 */
	__fput_sync(c->file);
	c->file = NULL;
	c->sock = NULL;
	mutex_unlock(&c->tx_lock);
	conn_free_buffers(c);	/* a request still held keeps only the struct */
	conn_out_wake(c, true);
	if (req)	/* its worker's send will find the client gone */
		khttp_req_put(req);
	spin_lock(&khttp_conns_lock);
	list_del(&c->node);
	spin_unlock(&khttp_conns_lock);
	atomic_dec(&khttp_nconns);
	khttp_conn_put(c);	/* the list's reference */
}

/* queues tx; the caller kicks */
static void conn_queue_tx(struct khttp_conn *c, struct khttp_txbuf *tx, bool close)
{
	LIST_HEAD(one);

	list_add_tail(&tx->node, &one);
	spin_lock_bh(&c->lock);
	conn_tx_add(c, &one);
	if (close)
		c->close_after_tx = true;
	spin_unlock_bh(&c->lock);
}

/*
 * Writes what is queued without blocking, in order; every item but the
 * last goes with "more" so that a head and its first data share a
 * segment, and items of bytes to copy (a head and a small cached body)
 * go in one write. 0 when all went, 1 on a full socket, < 0 on a broken
 * connection (or a file that shrank: its response can never be
 * completed). Under tx_lock: the work item and a worker's send (which
 * writes directly when it finds nothing queued) both write; a file range
 * too (khttp_tx.c writes with MSG_NOSIGNAL: a client's reset raises no
 * SIGPIPE in the worker).
 */
static int conn_flush_locked(struct khttp_conn *c)
{
	for (;;) {
		struct khttp_txbuf *tx, *batch[KHTTP_TX_GATHER];
		unsigned int nb = 0, i;
		bool more, pollers;
		long n;

		/* the head items, bytes to copy gathered into one write */
		spin_lock_bh(&c->lock);
		list_for_each_entry(tx, &c->txq, node) {
			if (nb && (nb == KHTTP_TX_GATHER || !khttp_tx_gathers(tx)))
				break;
			batch[nb++] = tx;
			if (!khttp_tx_gathers(tx))
				break;
		}
		more = nb && !list_is_last(&batch[nb - 1]->node, &c->txq);
		spin_unlock_bh(&c->lock);
		if (!nb)
			return 0;
		n = khttp_tx_send(batch, nb, c->sock, more);
		if (n == -EAGAIN)
			return 1;	/* write space will kick us */
		if (n < 0)
			return n;
		khttp_stat_add_ns(c->nstats, KH_STAT_BYTES_OUT, n);
		if (batch[0]->kind == KHTTP_TX_FILE)	/* alone in its batch */
			khttp_stat_add_ns(c->nstats, KH_STAT_FILE_BYTES_SPLICED, n);
		WRITE_ONCE(c->tx_sent, c->tx_sent + n);
		for (i = 0; i < nb; i++) {
			size_t part;

			tx = batch[i];
			part = min_t(size_t, n, tx->len - tx->off);
			tx->off += part;
			n -= part;
			if (tx->off < tx->len)
				break;	/* a short write: the rest goes next */
			spin_lock_bh(&c->lock);
			pollers = conn_tx_del(c, tx);
			spin_unlock_bh(&c->lock);
			if (tx_mem(tx))
				conn_out_wake(c, pollers);
			khttp_tx_free(tx);
		}
	}
}

static int conn_flush(struct khttp_conn *c)
{
	int err;

	mutex_lock(&c->tx_lock);
	err = conn_flush_locked(c);
	mutex_unlock(&c->tx_lock);
	return err;
}

/*
 * Nothing to read on the socket now: no data, error or end of stream
 * (read without its lock: what arrives after this, or waits in the
 * socket's backlog, calls data-ready, which queues the work again). A
 * read that would only say -EAGAIN costs the socket's lock and is skipped:
 * a request answered by one pass of the work item reads once, not three
 * times.
 */
static bool conn_rx_empty(const struct khttp_conn *c)
{
	const struct sock *sk = c->sock->sk;

	return skb_queue_empty_lockless(&sk->sk_receive_queue) && !READ_ONCE(sk->sk_err) &&
	       !(READ_ONCE(sk->sk_shutdown) & RCV_SHUTDOWN);
}

/* reads what has arrived; 0 at the peer's end of stream */
static int conn_read_locked(struct khttp_conn *c)
{
	size_t limit = READ_ONCE(khttp_limits.max_header_bytes) + KHTTP_BODY_CAP;
	int total = 0;

	c->rx_starved = false;
	for (;;) {
		struct msghdr msg = { .msg_flags = MSG_DONTWAIT };
		struct kvec vec;
		int n;

		if (c->rx_len == c->rx_cap) {
			size_t cap = min(c->rx_cap * 2, limit);

			if (cap <= c->rx_cap)
				return total ? total : -EAGAIN;	/* full: parse decides */
			if (!khttp_mem_charge(cap - c->rx_cap)) {
				c->rx_starved = true;	/* parse answers 503 if it must */
				return total ? total : -EAGAIN;
			}
			khttp_mem_add(-(long)(cap - c->rx_cap));	/* resize counts it */
			if (!conn_rx_resize(c, cap))
				return -ENOMEM;
		}
		if (conn_rx_empty(c))
			return total ? total : -EAGAIN;
		vec.iov_base = c->rx + c->rx_len;
		vec.iov_len = c->rx_cap - c->rx_len;
		n = kernel_recvmsg(c->sock, &msg, &vec, 1, vec.iov_len, MSG_DONTWAIT);
		if (n == -EAGAIN)
			return total ? total : -EAGAIN;
		if (n <= 0)
			return n;
		khttp_stat_add_ns(c->nstats, KH_STAT_BYTES_IN, n);
		if (!c->rx_len)
			c->req_start = jiffies;	/* the header timeout runs from here */
		c->idle_since = jiffies;
		c->rx_len += n;
		WRITE_ONCE(c->rx_in, c->rx_in + n);
		total += n;
	}
}

/* a body still arrives on the connection, for receive-body or to be skipped */
static bool conn_body_pending(const struct khttp_conn *c)
{
	return READ_ONCE(c->body_left) || READ_ONCE(c->body_chunked);
}

static int conn_read(struct khttp_conn *c)
{
	int n;

	mutex_lock(&c->rx_lock);
	n = conn_read_locked(c);
	mutex_unlock(&c->rx_lock);
	if (n > 0 && conn_body_pending(c))
		wake_up_all(&c->closed_wq);	/* body bytes for receive-body */
	return n;
}

/*
 * The next bytes of a streaming body from rx into buf (NULL: dropped):
 * decoded chunks, or raw Content-Length bytes. Under rx_lock.
 */
static long conn_body_take(struct khttp_conn *c, void *buf, size_t len)
{
	size_t used;
	long n;

	if (c->body_chunked) {
		n = khttp_dechunk_feed(&c->dechunk, c->rx, c->rx_len, &used, buf, len);
		/* an error stays: each later call tells it again */
		if (c->dechunk.state == KHTTP_DECHUNK_DONE)
			WRITE_ONCE(c->body_chunked, false);
	} else {
		used = min3((u64)len, (u64)c->rx_len, c->body_left);
		if (buf)
			memcpy(buf, c->rx, used);
		WRITE_ONCE(c->body_left, c->body_left - used);
		n = used;
	}
	memmove(c->rx, c->rx + used, c->rx_len - used);
	c->rx_len -= used;
	return n;
}

/* the kernel's error response (NULL: none could be made), then a close */
static void conn_error_tx(struct khttp_conn *c, struct khttp_txbuf *tx)
{
	if (tx)
		conn_queue_tx(c, tx, true);
	else
		c->close_after_tx = true;
}

/* p must still point at its bytes in rx: the log line is made of them */
static void conn_error(struct khttp_conn *c, const struct khttp_parsed *p, unsigned int status)
{
	struct khttp_txbuf *tx = khttp_format_error(status, true);

	khttp_log_parsed(c, p, status, tx ? tx->len : 0);
	conn_error_tx(c, tx);
}

static void conn_consume(struct khttp_conn *c, size_t n)
{
	khttp_parse_reset(c->parsed);	/* the next request starts at rx[0] */
	memmove(c->rx, c->rx + n, c->rx_len - n);
	c->rx_len -= n;
	c->sent_continue = false;
	c->req_start = jiffies;	/* a pipelined request starts now */
	conn_rx_fit(c);
}

/*
 * A GET or HEAD the response cache answers: no worker is woken. Only
 * what a worker of q (where the request routes) stored, for this port
 * in this namespace.
 */
static bool conn_from_cache(struct khttp_conn *c, struct khttp_parsed *p,
			    const struct khttp_target *t, const struct khttp_queue *q)
{
	struct khttp_cache_scope s = { .net = c->net_cookie, .port = c->local_port, .qid = q->id };
	char key[256];
	size_t n = khttp_target_url(t, key, sizeof(key));
	struct khttp_txlist tx;
	unsigned int status;

	if (n >= sizeof(key) - 1)
		return false;	/* longer URLs are not cached */
	khttp_txl_init(&tx);
	if (!khttp_cache_serve(&s, key, n, p, p->keep_alive, &status, &tx))
		return false;
	khttp_log_parsed_q(c, p, q, status, tx.len);
	conn_consume(c, p->total_len);
	spin_lock_bh(&c->lock);
	conn_tx_add(c, &tx.items);
	if (!p->keep_alive)
		c->close_after_tx = true;
	spin_unlock_bh(&c->lock);
	return true;
}

/*
 * A body that streams follows the headers on the connection: receive-body
 * reads it, or conn_skip_body drops it; either way the next request is
 * parsed only after its end (else the body would be taken for requests).
 */
static void conn_body_start(struct khttp_conn *c, const struct khttp_parsed *p)
{
	mutex_lock(&c->rx_lock);
	if (p->chunked) {
		c->dechunk = (struct khttp_dechunk){
			.max = READ_ONCE(khttp_limits.max_body_bytes),
		};
		WRITE_ONCE(c->body_chunked, true);
	} else {
		WRITE_ONCE(c->body_left, p->content_length);
	}
	mutex_unlock(&c->rx_lock);
}

/*
 * A request held (queued or in flight) counts against the memory budget
 * with its graph (the body's copy included): -ENOBUFS, and a 503, when it
 * does not fit. Charged after rx shrank back (conn_consume).
 */
static int conn_req_charge(struct khttp_req *req)
{
	size_t n = sizeof(*req) + req->graph_mem.arena.total;

	if (!khttp_mem_charge(n)) {
		khttp_stat_add_ns(req->conn->nstats, KH_STAT_MEM_REFUSED, 1);
		return -ENOBUFS;
	}
	req->mem = n;
	return 0;
}

/*
 * The parsed request goes to its queue, or the kernel answers it. A body
 * that streams (too large to come with the request) stays on the
 * connection for receive-body, or is skipped after the kernel's answer.
 */
static void conn_dispatch(struct khttp_conn *c, struct khttp_parsed *p, bool streams)
{
	unsigned int status;
	struct khttp_txbuf *tx;
	struct khttp_target t;
	struct khttp_queue *q;
	struct khttp_req *req;
	u64 context = 0;
	int err;

	khttp_target_parse(p, c, &t);
	/* OPTIONS * asks about the server, not a resource: the kernel's 200 */
	status = p->target[0] == '*' ? 200 : 404;
	q = status == 404 ? khttp_route(c->net, &c->local, c->local_port, t.host, t.host_len,
					t.path, t.path_len, &context) : NULL;
	if (q && conn_from_cache(c, p, &t, q)) {
		khttp_queue_put(q);
		if (streams)
			conn_body_start(c, p);
		return;
	}
	if (!q) {
		tx = khttp_format_error(status, !p->keep_alive);
		khttp_log_parsed(c, p, status, tx ? tx->len : 0);
		conn_consume(c, p->total_len);
		if (streams)
			conn_body_start(c, p);
		if (tx)
			conn_queue_tx(c, tx, !p->keep_alive);
		return;
	}
	req = kzalloc(sizeof(*req), GFP_KERNEL_ACCOUNT);
	if (!req) {
		khttp_queue_put(q);
		conn_error(c, p, 503);
		return;
	}
	kref_init(&req->ref);	/* the connection's */
	INIT_LIST_HEAD(&req->qnode);
	req->id = atomic64_inc_return(&khttp_req_ids);
	kh_ctx_init(&req->graph_mem, KH_LAYOUT_X86_64, NULL);
	req->head = p->verb == KH_VERB_HEAD;
	req->keep_alive = p->keep_alive;
	req->http10 = p->minor == 0;
	kref_get(&c->ref);
	req->conn = c;
	err = khttp_build_request(req, p, c, &t, context);
	if (err) {	/* logged before its bytes are consumed */
		khttp_queue_put(q);
		khttp_req_put(req);
		conn_error(c, p, err <= -400 ? -err : 500);
		return;
	}
	conn_consume(c, p->total_len);
	if (streams) {	/* a late reader of the last body must see it is not its own */
		req->body_streams = true;
		conn_body_start(c, p);
	}
	err = conn_req_charge(req);
	if (!err) {
		spin_lock_bh(&c->lock);
		c->inflight = req;
		spin_unlock_bh(&c->lock);
		WRITE_ONCE(c->last_qid, q->id);
		err = khttp_queue_add(q, req);
	}
	if (!err) {
		khttp_queue_put(q);
		khttp_stat_add_ns(c->nstats, KH_STAT_REQUESTS, 1);
		return;
	}
	spin_lock_bh(&c->lock);
	c->inflight = NULL;
	spin_unlock_bh(&c->lock);
	status = err == -ENOSPC || err == -ENOBUFS ? 503 : 500;
	tx = khttp_format_error(status, true);
	/* rx moved on: the graph's copy; the queue's own log too (a full queue's 503) */
	khttp_log_request_q(req, q, status, tx ? tx->len : 0);
	khttp_queue_put(q);
	khttp_req_put(req);
	conn_error_tx(c, tx);
}

/*
 * Body bytes of an answered request its worker did not read: dropped, so
 * that the next request starts where it should. True if some went.
 */
static bool conn_skip_body(struct khttp_conn *c)
{
	size_t before;
	long n;

	mutex_lock(&c->rx_lock);
	before = c->rx_len;
	n = conn_body_take(c, NULL, SIZE_MAX);
	mutex_unlock(&c->rx_lock);
	if (n < 0) {	/* broken chunked framing: where the next request starts is unknown */
		spin_lock_bh(&c->lock);
		c->close_after_tx = true;
		spin_unlock_bh(&c->lock);
		return true;
	}
	return c->rx_len != before;
}

/* hands out at most one request; true when something was queued to send */
static bool conn_parse(struct khttp_conn *c)
{
	struct khttp_parsed *p = c->parsed;
	size_t max_header = READ_ONCE(khttp_limits.max_header_bytes);
	u64 max_body = READ_ONCE(khttp_limits.max_body_bytes);
	bool busy, full;
	int ret;

	spin_lock_bh(&c->lock);
	busy = c->inflight || c->close_after_tx;
	spin_unlock_bh(&c->lock);
	if (conn_body_pending(c))
		return !busy && conn_skip_body(c);
	if (busy || !c->rx_len)
		return false;
	mutex_lock(&c->rx_lock);
	ret = khttp_parse(c->rx, c->rx_len, max_header, max_body, KHTTP_BODY_CAP, p);
	mutex_unlock(&c->rx_lock);
	if (ret < 0) {
		conn_error(c, p, -ret);
		return true;
	}
	if (ret == KHTTP_PARSE_HEADERS && p->expect_continue && !c->sent_continue) {
		struct khttp_txbuf *tx = khttp_format_continue();

		c->sent_continue = true;
		if (tx)
			conn_queue_tx(c, tx, false);
		return true;
	}
	full = c->rx_len == c->rx_cap && c->rx_cap >= max_header + KHTTP_BODY_CAP;
	if (ret == KHTTP_PARSE_STREAM ||
	    (ret == KHTTP_PARSE_HEADERS &&
	     (p->chunked ? full : p->content_length > KHTTP_BODY_CAP))) {
		/* too large to come with the request: it streams to receive-body */
		p->total_len = p->header_len;
		p->body_len = 0;
		conn_dispatch(c, p, true);
		return true;
	}
	if (ret != KHTTP_PARSE_DONE) {
		if (full) {	/* can never complete */
			conn_error(c, p, ret == KHTTP_PARSE_HEADERS ? 413 : 431);
			return true;
		}
		if (c->rx_starved && c->rx_len == c->rx_cap) {	/* no budget to read on */
			khttp_stat_add_ns(c->nstats, KH_STAT_MEM_REFUSED, 1);
			conn_error(c, p, 503);
			return true;
		}
		return false;
	}
	conn_dispatch(c, p, false);
	return true;
}

/*
 * The timer goes off at deadline or before: a pending timer is only ever
 * brought forward (timer_reduce), not pushed back for each request of a
 * busy keep-alive connection (mod_timer takes the timer base's lock per
 * call). Going off early costs one pass of the work item, which computes
 * the deadline again and arms the timer for it (conn_timed_out).
 */
static void conn_arm(struct khttp_conn *c, unsigned long deadline)
{
	timer_reduce(&c->timer, deadline);
}

/*
 * Output pending: at least min_send_rate bytes a second (at least one
 * byte) must go in each send_timeout_ms window, or the connection closes
 * (HTTP.sys's MinSendRate). This runs whether a worker still holds the
 * request or not: a client that does not read cannot keep output (or a
 * worker waiting for room) for good. A window of 0 turns it off.
 */
static bool conn_send_too_slow(struct khttp_conn *c)
{
	unsigned int ms = READ_ONCE(khttp_send_timeout_ms);
	unsigned long window = msecs_to_jiffies(ms), mark;
	u64 sent = READ_ONCE(c->tx_sent), need;
	bool slow = false;

	if (!ms)
		return false;
	spin_lock_bh(&c->lock);	/* the window starts in conn_tx_add */
	if (time_after_eq(jiffies, c->tx_mark + window)) {
		need = (u64)READ_ONCE(khttp_min_send_rate) *
		       jiffies_to_msecs(jiffies - c->tx_mark) / MSEC_PER_SEC;
		slow = sent - c->tx_mark_sent < max_t(u64, need, 1);
		c->tx_mark = jiffies;
		c->tx_mark_sent = sent;
	}
	mark = c->tx_mark;
	spin_unlock_bh(&c->lock);
	if (slow) {
		khttp_stat_add_ns(c->nstats, KH_STAT_SEND_TIMEOUTS, 1);
		return true;
	}
	mod_timer(&c->timer, mark + window);
	return false;
}

/*
 * A request must arrive whole within the header timeout from its first
 * byte; a connection with nothing to do may idle for the idle timeout;
 * output pending must go at the minimum send rate. While a worker holds
 * the request and nothing is pending, no clock runs.
 */
static bool conn_timed_out(struct khttp_conn *c)
{
	unsigned long deadline;
	bool busy, pending;

	spin_lock_bh(&c->lock);
	pending = !list_empty(&c->txq);
	busy = c->inflight;
	spin_unlock_bh(&c->lock);
	if (pending)
		return conn_send_too_slow(c);
	if (busy) {
		c->idle_since = jiffies;
		return false;
	}
	if (c->rx_len)
		deadline = c->req_start +
			   msecs_to_jiffies(READ_ONCE(khttp_limits.header_timeout_ms));
	else
		deadline = c->idle_since +
			   msecs_to_jiffies(READ_ONCE(khttp_limits.idle_timeout_ms));
	if (time_after_eq(jiffies, deadline))
		return true;
	conn_arm(c, deadline);
	return false;
}

static void conn_process(struct khttp_conn *c)
{
	bool done;

	for (;;) {
		int err = conn_flush(c), n;

		if (err < 0)
			goto close;
		spin_lock_bh(&c->lock);
		done = c->close_after_tx && list_empty(&c->txq);
		spin_unlock_bh(&c->lock);
		if (done)
			goto close;
		n = conn_read(c);
		if (n == 0)
			c->peer_closed = true;
		else if (n < 0 && n != -EAGAIN)
			goto close;
		if (!conn_parse(c))
			break;
	}
	/*
	 * The client's end of stream ends the connection, even with a request
	 * in flight (nginx's "client closed": the worker's send then finds
	 * the connection gone); output already queued is sent first.
	 */
	spin_lock_bh(&c->lock);
	done = c->peer_closed && list_empty(&c->txq);
	spin_unlock_bh(&c->lock);
	if (done || READ_ONCE(c->kill) || conn_timed_out(c))
		goto close;
	if (!c->rx_len && !conn_body_pending(c))
		conn_rx_fit(c);	/* a streamed body grew it */
	return;
close:
	conn_close(c);
}

static void conn_work(struct work_struct *work)
{
	struct khttp_conn *c = container_of(work, struct khttp_conn, work);
	struct mem_cgroup *old;

	if (!READ_ONCE(c->dead)) {
		old = set_active_memcg(c->memcg);	/* __GFP_ACCOUNT charges the port's owner */
		conn_process(c);
		set_active_memcg(old);
	}
	khttp_conn_put(c);	/* the reference conn_kick took */
}

/**
 * khttp_conn_start() - start serving an accepted connection
 * @sock: the accepted socket (owned from here on)
 * @memcg: the memory cgroup its memory is charged to
 */
void khttp_conn_start(struct socket *sock, struct mem_cgroup *memcg)
{
	struct file *file = NULL;
	struct khttp_conn *c;
	struct sock *sk = sock->sk;

	if (atomic_inc_return(&khttp_nconns) > READ_ONCE(khttp_limits.max_connections))
		goto refuse;
	/* a file of its own: it holds the socket (released by __fput_sync) */
	file = sock_alloc_file(sock, O_NONBLOCK, NULL);
	if (IS_ERR(file)) {	/* it released the socket */
		atomic_dec(&khttp_nconns);
		return;
	}
	c = kzalloc(sizeof(*c), GFP_KERNEL_ACCOUNT);
	if (!c)
		goto refuse;
	c->rx = kvmalloc(KHTTP_RX_START, GFP_KERNEL_ACCOUNT);
	c->parsed = kvmalloc(sizeof(*c->parsed), GFP_KERNEL_ACCOUNT);
	if (!c->rx || !c->parsed) {
		kvfree(c->rx);
		kvfree(c->parsed);
		kfree(c);
		goto refuse;
	}
	khttp_mem_add(KHTTP_RX_START);
	c->memcg = khttp_memcg_get(memcg);
	khttp_parse_reset(c->parsed);
	kref_init(&c->ref);	/* the list's */
	c->id = atomic64_inc_return(&khttp_conn_ids);
	c->accepted_ns = ktime_get_ns();
	c->idle_since = jiffies;
	c->sock = sock;
	c->net = sock_net(sk);	/* alive: its listener's accept work runs us */
	c->nstats = khttp_netstats_get(c->net);
	khttp_stat_add_ns(c->nstats, KH_STAT_CONNECTIONS, 1);
	c->net_cookie = c->net->net_cookie;
	c->file = file;
	c->rx_cap = KHTTP_RX_START;
	spin_lock_init(&c->lock);
	INIT_LIST_HEAD(&c->txq);
	INIT_WORK(&c->work, conn_work);
	timer_setup(&c->timer, conn_timer, 0);
	init_waitqueue_head(&c->closed_wq);
	mutex_init(&c->rx_lock);
	mutex_init(&c->tx_lock);
	if (xa_insert(&khttp_conns_by_id, c->id, c, GFP_KERNEL)) {
		conn_free(&c->ref);
		goto refuse;
	}
	kernel_getsockname(sock, (struct sockaddr *)&c->local);
	kernel_getpeername(sock, (struct sockaddr *)&c->remote);
	c->local_port = ntohs(c->local.ss_family == AF_INET6 ?
			      ((struct sockaddr_in6 *)&c->local)->sin6_port :
			      ((struct sockaddr_in *)&c->local)->sin_port);
	spin_lock(&khttp_conns_lock);
	list_add(&c->node, &khttp_conns);
	spin_unlock(&khttp_conns_lock);

	/*
	 * A response leaves whole at once: its items are coalesced with
	 * MSG_MORE, and its end must not wait for an ACK of the data before
	 * it (Nagle), which a client that delays its ACK sends 40 ms late:
	 * a cached body sent by page reference waited so on every hit
	 * (tests/vm keepalive_no_stall). nginx sets it on keep-alive too.
	 */
	tcp_sock_set_nodelay(sk);
	/*
	 * Ours until the first kick: once the callbacks are in, an event may
	 * run the work item, which may close the connection and drop the
	 * list's reference before we get to kick it.
	 */
	kref_get(&c->ref);
	write_lock_bh(&sk->sk_callback_lock);
	c->saved_data_ready = sk->sk_data_ready;
	c->saved_write_space = sk->sk_write_space;
	c->saved_state_change = sk->sk_state_change;
	rcu_assign_sk_user_data(sk, c);
	sk->sk_data_ready = conn_sk_event;
	sk->sk_write_space = conn_sk_event;
	sk->sk_state_change = conn_sk_event;
	write_unlock_bh(&sk->sk_callback_lock);
	conn_kick(c);
	khttp_conn_put(c);
	return;
refuse:
	atomic_dec(&khttp_nconns);
	if (file)
		__fput_sync(file);	/* the accept work: a kworker, as in conn_close */
	else
		sock_release(sock);
}

/**
 * khttp_conn_wait_closed() - wait until a connection closes
 * @id: the connection id
 * @q: the caller's queue
 *
 * Blocks until connection id closes (HTTP.sys's wait-for-disconnect): 0 when it did or had
 * already, -ENOENT for an id never given out, -EACCES when its last request did not go to
 * q (docs/security.md).
 *
 * Return: 0, -ENOENT, -EACCES, or -ERESTARTSYS
 */
int khttp_conn_wait_closed(u64 id, const struct khttp_queue *q)
{
	struct khttp_conn *c;
	int err;

	if (!id || id > (u64)atomic64_read(&khttp_conn_ids))
		return -ENOENT;
	rcu_read_lock();
	c = xa_load(&khttp_conns_by_id, id);
	if (c && !kref_get_unless_zero(&c->ref))
		c = NULL;
	rcu_read_unlock();
	if (!c)
		return 0;	/* closed already */
	if (!q || READ_ONCE(c->last_qid) != q->id) {
		khttp_conn_put(c);
		return -EACCES;
	}
	err = wait_event_interruptible(c->closed_wq, READ_ONCE(c->dead));
	khttp_conn_put(c);
	return err;
}

/* the part of a body that arrived whole and did not come along; under rx_lock */
static size_t req_take_buffered(struct khttp_req *req, void *buf, size_t len)
{
	const struct kh_data_chunk *b = req->body;
	size_t n;

	if (!b)
		return 0;
	n = min_t(u64, len, b->u.memory.length - req->body_off);
	memcpy(buf, (const char *)b->u.memory.buffer + req->body_off, n);
	req->body_off += n;
	return n;
}

/* the end of a body read after its request left the connection */
static long conn_body_gone(struct khttp_conn *c, struct khttp_req *req)
{
	long err = READ_ONCE(req->body_err);	/* aborted: not the body's end */

	if (err)
		return err;
	return READ_ONCE(c->dead) ? -ECONNRESET : 0;
}

/**
 * khttp_conn_read_body() - read a request's body as it arrives
 * @c: the connection
 * @req: the request in flight
 * @buf: where the bytes go
 * @len: room in buf
 * @nonblock: do not wait
 *
 * The body bytes already in the kernel first, then those still arriving; 0 at the end.
 * Broken chunked framing or a body past max_body_bytes answers the request with 400 or 413
 * (the connection closes). A client gone before the end gives -ECONNRESET; one that sends
 * nothing for the header timeout while a reader waits, -ETIMEDOUT and the connection
 * closes (a silent client must not hold a worker for good).
 *
 * Return: bytes read, 0 at the end, or a negative errno
 */
long khttp_conn_read_body(struct khttp_conn *c, struct khttp_req *req, void *buf, size_t len,
			  bool nonblock)
{
	unsigned long wait;
	bool more;
	u64 seen;
	long n;

	for (;;) {
		mutex_lock(&c->rx_lock);
		if (READ_ONCE(c->inflight) != req) {	/* what rx holds is not its own */
			mutex_unlock(&c->rx_lock);
			return conn_body_gone(c, req);
		}
		n = req_take_buffered(req, buf, len);
		more = req->body_streams && conn_body_pending(c);
		if (!n && more) {
			n = conn_body_take(c, buf, len);
			more = conn_body_pending(c);
		}
		seen = c->rx_in;
		mutex_unlock(&c->rx_lock);
		if (n < 0) {
			WRITE_ONCE(req->body_err, n);
			khttp_req_abort(req, n == -EFBIG ? 413 : 400);
			return n;
		}
		if (more)
			conn_kick(c);	/* room in rx: read on */
		if (n || !more)
			return n;
		if (nonblock)
			return -EAGAIN;
		wait = msecs_to_jiffies(READ_ONCE(khttp_limits.header_timeout_ms));
		n = wait_event_interruptible_timeout(c->closed_wq,
						     READ_ONCE(c->rx_in) != seen ||
						     READ_ONCE(c->dead), wait);
		if (n < 0)
			return n;
		if (READ_ONCE(c->dead))
			return -ECONNRESET;	/* the client went before the body's end */
		if (!n) {
			WRITE_ONCE(c->kill, true);	/* the work item closes it */
			conn_kick(c);
			return -ETIMEDOUT;
		}
	}
}

/*
 * A send's own context writes what it queued when nothing was queued
 * before (no kworker wake-up per response); false when the work item
 * must run: output left (socket full, an error to close on), a close
 * after it, the client gone, or, the request answered, bytes that wait
 * to be parsed or a body to skip (read under c->lock after inflight was
 * cleared under it: the work item reads rx before it looks at inflight
 * under the same lock, so either it parses them or this sees them).
 */
static bool conn_write_direct(struct khttp_conn *c, bool answered)
{
	bool rest, ok = false;
	int err = 1;

	if (!mutex_trylock(&c->tx_lock))
		return false;	/* the work item writes: it finds ours too */
	if (!READ_ONCE(c->dead))
		err = conn_flush_locked(c);
	mutex_unlock(&c->tx_lock);
	spin_lock_bh(&c->lock);
	rest = c->dead || !list_empty(&c->txq) || c->close_after_tx ||
	       READ_ONCE(c->peer_closed) || READ_ONCE(c->kill);
	if (answered)
		rest = rest || READ_ONCE(c->rx_len) || conn_body_pending(c);
	if (!err && !rest) {
		ok = true;
		if (answered) {	/* the idle clock runs from now (the work item stopped it) */
			WRITE_ONCE(c->idle_since, jiffies);
			conn_arm(c, jiffies +
				 msecs_to_jiffies(READ_ONCE(khttp_limits.idle_timeout_ms)));
		}
	}
	spin_unlock_bh(&c->lock);
	return ok;
}

/**
 * khttp_conn_respond_list() - queue response bytes on a connection
 * @c: the connection
 * @req: the request they answer
 * @tx: the items (taken over)
 * @close: close the connection after them
 * @final: the response is complete
 *
 * Return: false if the client is gone
 */
bool khttp_conn_respond_list(struct khttp_conn *c, struct khttp_req *req, struct khttp_txlist *tx,
			     bool close, bool final)
{
	bool gone, mine, direct = false;

	spin_lock_bh(&c->lock);
	gone = c->dead;
	mine = final && c->inflight == req;
	if (!gone) {
		direct = list_empty(&c->txq) && !close;
		conn_tx_add(c, &tx->items);
		if (close)
			c->close_after_tx = true;
	}
	if (mine)
		c->inflight = NULL;
	spin_unlock_bh(&c->lock);
	if (gone)
		khttp_txl_free(tx);
	else if (!direct || !conn_write_direct(c, mine))
		conn_kick(c);
	if (mine)
		khttp_req_put(req);	/* the connection's reference */
	return !gone;
}

/**
 * khttp_conn_out_wait() - wait for room to queue output on a connection
 * @c: the connection
 * @kf: the sending file (remembered for poll)
 * @nonblock: do not wait
 *
 * Before a send queues output on c: room there (conn_out_room), or it waits for it (a
 * signal: -ERESTARTSYS, nothing done). Non-blocking: -EAGAIN, and the file's poll reports
 * EPOLLOUT once c has room. A client that does not read is closed by the send timeout,
 * which ends the wait.
 *
 * Return: 0, -EAGAIN (non-blocking), -ERESTARTSYS, or another negative errno
 */
int khttp_conn_out_wait(struct khttp_conn *c, struct khttp_file *kf, bool nonblock)
{
	struct khttp_conn *old;
	bool room;

	if (conn_out_room(c))
		return 0;
	khttp_stat_add_ns(c->nstats, KH_STAT_OUTPUT_WAITS, 1);
	if (!nonblock)
		return wait_event_interruptible(c->closed_wq, conn_out_room(c));
	spin_lock_bh(&c->lock);	/* against conn_tx_del: it sees the flag or we the room */
	room = conn_out_room(c);
	if (!room)
		c->out_wanted = true;
	spin_unlock_bh(&c->lock);
	if (room)
		return 0;
	kref_get(&c->ref);
	spin_lock(&kf->out_lock);
	old = kf->out_conn;
	kf->out_conn = c;
	spin_unlock(&kf->out_lock);
	if (old)
		khttp_conn_put(old);
	return -EAGAIN;
}

/**
 * khttp_conn_out_poll() - poll for room on the connection a file's send waited for
 * @kf: the file
 * @file: its struct file
 * @wait: the poll table
 *
 * EPOLLOUT unless the connection of the file's last refused send still has no room
 *
 * Return: the poll mask
 */
__poll_t khttp_conn_out_poll(struct khttp_file *kf, struct file *file, poll_table *wait)
{
	bool room;

	poll_wait(file, &khttp_out_wq, wait);
	spin_lock(&kf->out_lock);
	room = !kf->out_conn || conn_out_room(kf->out_conn);
	spin_unlock(&kf->out_lock);
	return room ? EPOLLOUT | EPOLLWRNORM : 0;
}

/**
 * khttp_file_out_release() - drop the connection a closing file waited for
 * @kf: the file
 */
void khttp_file_out_release(struct khttp_file *kf)
{
	if (kf->out_conn)
		khttp_conn_put(kf->out_conn);
	kf->out_conn = NULL;
}

/**
 * khttp_conns_net_exit() - close a network namespace's connections
 * @net: the namespace, or NULL for all
 *
 * The listeners of net are gone (module exit: every one, net NULL); close its connections
 * and wait until their sockets are released.
 */
void khttp_conns_net_exit(const struct net *net)
{
	struct khttp_conn *c;
	bool left;

	for (;;) {
		left = false;
		spin_lock(&khttp_conns_lock);
		list_for_each_entry(c, &khttp_conns, node) {
			if (net && c->net != net)
				continue;
			left = true;
			WRITE_ONCE(c->kill, true);
			conn_kick(c);
		}
		spin_unlock(&khttp_conns_lock);
		if (!left)
			break;
		flush_workqueue(khttp_wq);
	}
}

/**
 * khttp_conns_exit() - close every connection at module exit
 */
void khttp_conns_exit(void)
{
	khttp_conns_net_exit(NULL);
}
