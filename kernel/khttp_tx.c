// SPDX-License-Identifier: GPL-2.0
/*
 * khttp: a connection's output as a list of items, sent in order by its
 * work item or a worker's send: bytes of their own (heads, framing, a
 * worker's memory chunks), ranges of a worker's file (spliced from the
 * page cache to the socket: no copy; sendpage on 6.1, MSG_SPLICE_PAGES on
 * 6.12, through the splice's internal pipe with our own write), and bytes
 * someone else owns (a cached body), held by a reference. Each item but
 * the last goes with MSG_MORE / SPLICE_F_MORE, so a head and its first
 * data leave in one segment.
 *
 * Bytes in vmalloc'ed pages go by reference too, someone else's (a cached
 * body of a page or more, khttp_cache.c) or our own (an item of 32 KiB or
 * more, khttp_alloc_fit): the socket takes its own reference on each page
 * (sendpage on 6.1, MSG_SPLICE_PAGES from 6.5), so such bytes are not
 * copied again per send and a page outlives its entry or item as long as
 * a segment still holds it. The owner never writes them again.
 *
 * A response is planned as segments first; consecutive memory segments
 * become one item, so there is one copy of them and no more.
 */
#include <linux/bvec.h>
#include <linux/file.h>
#include <linux/fs.h>
#include <linux/mm.h>
#include <linux/net.h>
#include <linux/pipe_fs_i.h>
#include <linux/sizes.h>
#include <linux/slab.h>
#include <linux/splice.h>
#include <linux/uio.h>
#include <linux/vmalloc.h>
#include "khttp_internal.h"

/* one do_splice_direct call at most (its descriptor counts in 32 bits) */
#define KHTTP_SPLICE_MAX	SZ_1G

static struct khttp_txbuf *tx_new(enum khttp_tx_kind kind, size_t data, gfp_t gfp)
{
	struct khttp_txbuf *tx = khttp_alloc_fit(sizeof(*tx) + data, gfp | __GFP_ACCOUNT);

	if (tx) {
		memset(tx, 0, sizeof(*tx));
		tx->kind = kind;
		INIT_LIST_HEAD(&tx->node);
	}
	return tx;
}

/**
 * khttp_tx_mem() - a new memory item to send
 * @len: bytes of data[] (filled by the caller)
 * @gfp: allocation flags
 *
 * Return: the item, or NULL
 */
struct khttp_txbuf *khttp_tx_mem(size_t len, gfp_t gfp)
{
	struct khttp_txbuf *tx = tx_new(KHTTP_TX_MEM, len, gfp);

	if (tx)
		tx->len = len;
	return tx;
}

/**
 * khttp_tx_free() - free a send item and what it holds
 * @tx: the item (its file or reference is dropped)
 */
void khttp_tx_free(struct khttp_txbuf *tx)
{
	if (tx->kind == KHTTP_TX_FILE)
		fput(tx->file);
	else if (tx->kind == KHTTP_TX_REF)
		kref_put(tx->ref, tx->release);
	kvfree(tx);
}

/**
 * khttp_txl_init() - initialise an empty send list
 * @l: the list
 */
void khttp_txl_init(struct khttp_txlist *l)
{
	INIT_LIST_HEAD(&l->items);
	l->len = 0;
}

/**
 * khttp_txl_add() - append an item to a send list
 * @l: the list
 * @tx: the item (the list owns it)
 */
void khttp_txl_add(struct khttp_txlist *l, struct khttp_txbuf *tx)
{
	list_add_tail(&tx->node, &l->items);
	l->len += tx->len;
}

/**
 * khttp_txl_free() - free every item of a send list
 * @l: the list (left empty)
 */
void khttp_txl_free(struct khttp_txlist *l)
{
	struct khttp_txbuf *tx, *tmp;

	list_for_each_entry_safe(tx, tmp, &l->items, node) {
		list_del(&tx->node);
		khttp_tx_free(tx);
	}
	l->len = 0;
}

/**
 * khttp_plan_init() - initialise an empty plan
 * @p: the plan
 */
void khttp_plan_init(struct khttp_plan *p)
{
	p->seg = p->inl;
	p->n = 0;
	p->cap = ARRAY_SIZE(p->inl);
}

/**
 * khttp_plan_free() - free a plan's segment array
 * @p: the plan (left empty; the bytes it names are not its own)
 */
void khttp_plan_free(struct khttp_plan *p)
{
	if (p->seg != p->inl)
		kfree(p->seg);
	khttp_plan_init(p);
}

static bool seg_is_copy(const struct khttp_seg *s)
{
	return !s->file && !s->ref;
}

/* the plan does not hold files or refs: they must outlive khttp_plan_build */
static int plan_add(struct khttp_plan *p, const struct khttp_seg *seg)
{
	if (!seg->len)
		return 0;
	if (p->n == p->cap) {
		unsigned int cap = p->cap * 2;
		struct khttp_seg *s;

		if (p->seg == p->inl) {
			s = kmalloc_array(cap, sizeof(*s), GFP_KERNEL_ACCOUNT);
			if (s)
				memcpy(s, p->inl, sizeof(p->inl));
		} else {
			s = krealloc_array(p->seg, cap, sizeof(*s), GFP_KERNEL_ACCOUNT);
		}
		if (!s)
			return -ENOMEM;
		p->seg = s;
		p->cap = cap;
	}
	p->seg[p->n++] = *seg;
	return 0;
}

/**
 * khttp_plan_mem() - append memory to a plan
 * @p: the plan
 * @mem: the bytes (copied when the plan is built)
 * @len: their length
 *
 * Return: 0, or -ENOMEM
 */
int khttp_plan_mem(struct khttp_plan *p, const void *mem, u64 len)
{
	struct khttp_seg s = { .mem = mem, .len = len };

	return plan_add(p, &s);
}

/**
 * khttp_plan_file() - append a file range to a plan
 * @p: the plan
 * @f: the file (a reference is taken when the plan is built)
 * @pos: where the range starts
 * @len: its length
 *
 * Return: 0, or -ENOMEM
 */
int khttp_plan_file(struct khttp_plan *p, struct file *f, loff_t pos, u64 len)
{
	struct khttp_seg s = { .file = f, .pos = pos, .len = len };

	return plan_add(p, &s);
}

/**
 * khttp_plan_ref() - append referenced bytes to a plan
 * @p: the plan
 * @bytes: the bytes, kept alive by ref
 * @len: their length
 * @ref: the reference the built item holds
 * @release: ref's release function
 *
 * Return: 0, or -ENOMEM
 */
int khttp_plan_ref(struct khttp_plan *p, const char *bytes, u64 len, struct kref *ref,
		   void (*release)(struct kref *ref))
{
	struct khttp_seg s = { .mem = bytes, .len = len, .ref = ref, .release = release };

	return plan_add(p, &s);
}

/**
 * khttp_plan_slice() - append a slice of another plan
 * @out: the plan appended to
 * @body: the plan sliced
 * @from: the first byte of body wanted
 * @len: how many bytes
 *
 * The segments of body's bytes [from, from + len) onto out: a slice, no copy
 *
 * Return: 0, or a negative errno
 */
int khttp_plan_slice(struct khttp_plan *out, const struct khttp_plan *body, u64 from, u64 len)
{
	unsigned int i;
	int err = 0;

	for (i = 0; i < body->n && len && !err; i++) {
		struct khttp_seg t = body->seg[i];

		if (from >= t.len) {
			from -= t.len;
			continue;
		}
		t.len = min(t.len - from, len);
		if (t.file)
			t.pos += from;
		else
			t.mem = (const char *)t.mem + from;
		err = plan_add(out, &t);
		len -= t.len;
		from = 0;
	}
	return err;
}

/**
 * khttp_plan_build() - turn a plan into send items
 * @p: the plan
 * @out: the list the items go onto
 * @gfp: allocation flags
 *
 * The plan's items onto out (taking file and ref references); 0 or -ENOMEM
 *
 * Return: 0, or -ENOMEM
 */
int khttp_plan_build(const struct khttp_plan *p, struct khttp_txlist *out, gfp_t gfp)
{
	struct khttp_txlist l;
	unsigned int i = 0, j;

	khttp_txl_init(&l);
	while (i < p->n) {
		const struct khttp_seg *s = &p->seg[i];
		struct khttp_txbuf *tx;
		size_t run = 0;

		if (seg_is_copy(s)) {
			for (j = i; j < p->n && seg_is_copy(&p->seg[j]); j++)
				run += p->seg[j].len;
			tx = khttp_tx_mem(run, gfp);
			if (!tx)
				goto nomem;
			for (run = 0; i < j; i++) {
				memcpy(tx->data + run, p->seg[i].mem, p->seg[i].len);
				run += p->seg[i].len;
			}
			khttp_txl_add(&l, tx);
			continue;
		}
		tx = tx_new(s->file ? KHTTP_TX_FILE : KHTTP_TX_REF, 0, gfp);
		if (!tx)
			goto nomem;
		tx->len = s->len;
		if (s->file) {
			tx->file = get_file(s->file);
			tx->pos = s->pos;
		} else {
			tx->bytes = s->mem;
			tx->ref = s->ref;
			tx->release = s->release;
			kref_get(s->ref);
		}
		khttp_txl_add(&l, tx);
		i++;
	}
	list_splice_tail_init(&l.items, &out->items);
	out->len += l.len;
	return 0;
nomem:
	khttp_txl_free(&l);
	return -ENOMEM;
}

/*
 * One page's bytes by reference (the socket takes its own reference on the
 * page): sendpage up to 6.4, MSG_SPLICE_PAGES from 6.5 (KHTTP_HAVE_SENDPAGE:
 * kernel/Kbuild looks in the headers). MSG_NOSIGNAL: a worker's send
 * writes too, and a reset client must not raise SIGPIPE in it.
 */
#ifdef KHTTP_HAVE_SENDPAGE
static int send_page(struct socket *sock, struct page *page, size_t off, size_t len,
		     bool more)
{
	int flags = MSG_DONTWAIT | MSG_NOSIGNAL | (more ? MSG_MORE | MSG_SENDPAGE_NOTLAST : 0);

	return kernel_sendpage(sock, page, off, len, flags);
}
#else
static int send_page(struct socket *sock, struct page *page, size_t off, size_t len,
		     bool more)
{
	struct msghdr msg = {
		.msg_flags = MSG_SPLICE_PAGES | MSG_DONTWAIT | MSG_NOSIGNAL | (more ? MSG_MORE : 0),
	};
	struct bio_vec bv;

	bvec_set_page(&bv, page, len, off);
	iov_iter_bvec(&msg.msg_iter, ITER_SOURCE, &bv, 1, len);
	return sock_sendmsg(sock, &msg);
}
#endif

/* bytes in vmalloc'ed pages, by reference: sent (short when full), or < 0 when none */
static long send_pages(struct socket *sock, const char *p, size_t len, bool more)
{
	long sent = 0;

	while (len) {
		size_t piece = min_t(size_t, len, PAGE_SIZE - offset_in_page(p));
		int ret = send_page(sock, vmalloc_to_page(p), offset_in_page(p), piece,
				    more || piece < len);

		if (ret <= 0)
			return sent ? sent : ret;
		sent += ret;
		if (ret < piece)
			break;
		p += ret;
		len -= ret;
	}
	return sent;
}

/* one buffer of the splice's internal pipe (page cache pages) to the socket */
static int pipe_buf_send(struct pipe_inode_info *pipe, struct pipe_buffer *buf,
			 struct splice_desc *sd)
{
	return send_page(sd->u.data, buf->page, buf->offset, sd->len,
			 (sd->flags & SPLICE_F_MORE) || sd->len < sd->total_len);
}

/* what the file's read put in the pipe, to the socket (do_splice_direct's actor, ours) */
static int splice_to_sock(struct pipe_inode_info *pipe, struct splice_desc *sd)
{
	struct splice_desc out = {
		.total_len = sd->total_len, .flags = sd->flags, .u.data = sd->u.data,
	};
	ssize_t ret;

	pipe_lock(pipe);
	ret = __splice_from_pipe(pipe, &out, pipe_buf_send);
	pipe_unlock(pipe);
	return ret;
}

/*
 * The file's bytes go from its page cache to the socket, as
 * do_splice_direct does but with our own write (MSG_NOSIGNAL, non-blocking:
 * any context may send, a worker's send included): a short write leaves
 * the rest for the next write space. A file that ends before the range
 * does can never complete the response: -EPIPE.
 */
static long send_file(struct khttp_txbuf *tx, struct socket *sock, bool more)
{
	u64 left = tx->len - tx->off;
	size_t n = min_t(u64, left, KHTTP_SPLICE_MAX);
	struct splice_desc sd = {
		.len = n, .total_len = n, .pos = tx->pos + tx->off, .u.data = sock,
		.flags = more || n < left ? SPLICE_F_MORE : 0,
	};
	long ret;

	ret = splice_direct_to_actor(tx->file, &sd, splice_to_sock);
	return ret ?: -EPIPE;
}

static const char *tx_bytes(const struct khttp_txbuf *tx)
{
	return tx->kind == KHTTP_TX_REF ? tx->bytes : tx->data;
}

/**
 * khttp_tx_gathers() - whether the socket copies an item's bytes
 * @tx: the item
 *
 * Bytes in vmalloc'ed pages, ours (a large response's head and memory
 * chunks, khttp_alloc_fit) or someone else's (a cached body), go by page
 * reference instead: their owner never writes them after they are queued,
 * and a page the socket still holds outlives the item's kvfree(). That
 * spares the socket's copy and the zeroing of its page fragments.
 *
 * Return: true for bytes of memory the socket copies (no file, no pages it could hold instead)
 */
bool khttp_tx_gathers(const struct khttp_txbuf *tx)
{
	return tx->kind != KHTTP_TX_FILE && !is_vmalloc_addr(tx_bytes(tx));
}

/**
 * khttp_tx_send() - send part of an item without blocking
 * @tx: the items; each one's off advances
 * @n: how many (more than one only if all gather)
 * @sock: the connection's socket
 * @more: more items follow (MSG_MORE)
 *
 * Part of tx[0..n) goes out without blocking: bytes sent, -EAGAIN when full, < 0. n > 1
 * only for items that all gather: one write copies them.
 *
 * Return: bytes sent, -EAGAIN when the socket is full, or another negative errno
 */
long khttp_tx_send(struct khttp_txbuf **tx, unsigned int n, struct socket *sock, bool more)
{
	struct msghdr msg = { .msg_flags = MSG_DONTWAIT | MSG_NOSIGNAL | (more ? MSG_MORE : 0) };
	struct kvec vec[KHTTP_TX_GATHER];
	size_t total = 0;
	unsigned int i;

	if (!khttp_tx_gathers(tx[0]) && tx[0]->off >= tx[0]->len)
		return 0;
	if (tx[0]->kind == KHTTP_TX_FILE)
		return send_file(tx[0], sock, more);
	if (!khttp_tx_gathers(tx[0]))
		return send_pages(sock, tx_bytes(tx[0]) + tx[0]->off,
				  tx[0]->len - tx[0]->off, more);
	for (i = 0; i < n && i < KHTTP_TX_GATHER; i++) {
		vec[i].iov_base = (void *)(tx_bytes(tx[i]) + tx[i]->off);
		vec[i].iov_len = tx[i]->len - tx[i]->off;
		total += vec[i].iov_len;
	}
	if (!total)
		return 0;
	return kernel_sendmsg(sock, &msg, vec, i, total);
}
