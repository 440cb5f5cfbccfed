// SPDX-License-Identifier: GPL-2.0
/*
 * khttp: the kernel response cache (HTTP.sys's, TUX's speed): a response
 * a worker sent with a cache policy is kept by its full URL and served to
 * later GETs and HEADs by the connection's work item, without waking any
 * worker. Entries expire (time to live) or live until flushed; the cache
 * is bounded in bytes and evicts the least recently used. A hit's
 * preconditions are evaluated against the stored ETag and Last-Modified
 * (khttp_cond.c: 304 or 412, GET and HEAD, with or without a Range);
 * byte ranges get a 206 (or a 416, khttp_range.c).
 *
 * An entry is kept by (netns, local port, queue, URL): the scope of the
 * request that stored it, found after routing; it never answers a request
 * of another port, queue or namespace (docs/security.md). Entries are
 * found by a hash of those and counted by reference: a hit
 * builds only its small head and sends the body from the entry itself (a
 * tx item holds a reference), so a flush or an eviction while a hit is
 * being sent frees the entry only when that send is done. A body of at
 * least KHTTP_CACHE_ZC_MIN bytes is kept in vmalloc'ed pages, which the
 * socket references instead of copying them (khttp_tx.c): a hit copies
 * only its head.
 */
#include <linux/hashtable.h>
#include <linux/jhash.h>
#include <linux/jiffies.h>
#include <linux/kernel.h>
#include <linux/mm.h>
#include <linux/sizes.h>
#include <linux/slab.h>
#include <linux/spinlock.h>
#include <linux/string.h>
#include <linux/timekeeping.h>
#include <linux/vmalloc.h>
#include "khttp_internal.h"
#include "khttp_cond.h"

#define KHTTP_CACHE_MAX_BYTES	(32 * SZ_1M)
#define KHTTP_CACHE_HASH_BITS	10
/*
 * A body from this size on is sent from the entry's pages, not copied; a
 * smaller one is copied with its head in one write (khttp_tx_gathers),
 * cheaper than a write of its own for a part of a page.
 */
#define KHTTP_CACHE_ZC_MIN		PAGE_SIZE

struct khttp_cache_entry {
	struct kref ref;		/* the cache's (while linked), each hit's */
	struct hlist_node hnode;	/* khttp_cache_hash */
	struct list_head lru;		/* most recently used first; then a drop list */
	u32 hash;
	struct khttp_cache_scope scope;
	unsigned long expires;		/* jiffies; 0: until flushed */
	size_t key_len, head_len, len;	/* len: head and body */
	size_t alloc;			/* bytes it holds: vmalloc rounds up to pages */
	size_t etag_len, lm_len;
	size_t first_line;		/* head's status line, its CRLF included */
	size_t len_line_len;
	bool has_date;			/* the worker's Date is in head */
	u64 hits;			/* under khttp_cache_lock */
	/*
	 * all in data[]; len_line: a 200's Accept-Ranges (unless the worker's
	 * is in head) and Content-Length, formatted once, not per hit
	 */
	char *key, *head, *etag, *lm, *len_line;
	char data[];
};

static DEFINE_HASHTABLE(khttp_cache_hash, KHTTP_CACHE_HASH_BITS);
static LIST_HEAD(khttp_cache_lru);
static DEFINE_SPINLOCK(khttp_cache_lock);
static size_t khttp_cache_bytes;

static size_t entry_size(const struct khttp_cache_entry *e)
{
	return e->alloc;
}

static void entry_release(struct kref *ref)
{
	kvfree(container_of(ref, struct khttp_cache_entry, ref));
}

/* under khttp_cache_lock: unlinked onto drop, put by drop_all() unlocked */
static void entry_unlink(struct khttp_cache_entry *e, struct list_head *drop)
{
	hash_del(&e->hnode);
	list_move(&e->lru, drop);
	khttp_cache_bytes -= entry_size(e);
}

static void drop_all(struct list_head *drop)
{
	struct khttp_cache_entry *e, *tmp;

	list_for_each_entry_safe(e, tmp, drop, lru) {
		list_del(&e->lru);
		kref_put(&e->ref, entry_release);
	}
}

static u32 key_hash(const struct khttp_cache_scope *s, const char *key, size_t len)
{
	return jhash_3words((u32)s->net, (u32)s->qid, s->port,
			    jhash(key, len, 0));
}

static bool same_scope(const struct khttp_cache_scope *a, const struct khttp_cache_scope *b)
{
	return a->net == b->net && a->qid == b->qid && a->port == b->port;
}

static struct khttp_cache_entry *find(const struct khttp_cache_scope *s,
				      const char *key, size_t len, u32 hash)
{
	struct khttp_cache_entry *e;

	hash_for_each_possible(khttp_cache_hash, e, hnode, hash)
		if (e->hash == hash && same_scope(&e->scope, s) && e->key_len == len &&
		    !memcmp(e->key, key, len))
			return e;
	return NULL;
}

static char *place(char **at, const void *src, size_t len)
{
	char *p = *at;

	memcpy(p, src, len);
	*at += len;
	return p;
}

/* jiffies when a TTL ends: no u32 wrap, and never 0 ("until flushed") */
static unsigned long ttl_expiry(u32 seconds)
{
	unsigned long t = jiffies + (unsigned long)seconds * HZ;

	return t ?: 1;
}

/**
 * khttp_cache_store() - keep a worker's response in the cache
 * @s: the scope the entry belongs to
 * @key: the request's full URL
 * @key_len: its length
 * @r: the response
 * @policy: the worker's cache policy
 */
void khttp_cache_store(const struct khttp_cache_scope *s, const char *key, size_t key_len,
		       const struct kh_response *r, const struct kh_cache_policy *policy)
{
	const struct kh_known_header *etag = &r->headers.known_headers[KH_HEADER_ETAG];
	const struct kh_known_header *lm = &r->headers.known_headers[KH_HEADER_LAST_MODIFIED];
	struct khttp_cache_entry *e, *old;
	struct khttp_txbuf *tx;
	size_t head_len, size, len_line_len;
	char len_line[64];
	LIST_HEAD(drop);
	char *at;
	int err;

	if (!policy || policy->policy == KH_CACHE_NONE || r->status_code != 200 ||
	    (policy->policy == KH_CACHE_TIME_TO_LIVE && !policy->seconds_to_live))
		return;
	tx = khttp_format_cacheable(r, KHTTP_CACHE_MAX_BYTES / 4, &head_len, &err);
	if (!tx)
		return;
	len_line_len = scnprintf(len_line, sizeof(len_line), "%sContent-Length: %zu\r\n",
				 r->headers.known_headers[KH_HEADER_ACCEPT_RANGES].value_length ?
				 "" : "Accept-Ranges: bytes\r\n", tx->len - head_len);
	size = sizeof(*e) + key_len + tx->len + etag->value_length + lm->value_length +
	       len_line_len;
	if (size > KHTTP_CACHE_MAX_BYTES / 4)
		e = NULL;
	else if (tx->len - head_len >= KHTTP_CACHE_ZC_MIN)	/* pages the socket can hold */
		e = __vmalloc(size, GFP_KERNEL_ACCOUNT);
	else
		e = khttp_alloc_fit(size, GFP_KERNEL_ACCOUNT);
	if (!e) {
		khttp_tx_free(tx);
		return;
	}
	kref_init(&e->ref);
	e->alloc = is_vmalloc_addr(e) ? PAGE_ALIGN(size) : size;
	e->hits = 0;
	e->scope = *s;
	e->hash = key_hash(s, key, key_len);
	e->key_len = key_len;
	e->len = tx->len;
	e->head_len = head_len;
	e->etag_len = etag->value_length;
	e->lm_len = lm->value_length;
	at = e->data;
	e->key = place(&at, key, key_len);
	e->head = place(&at, tx->data, tx->len);
	e->etag = place(&at, etag->value, e->etag_len);
	e->lm = place(&at, lm->value, e->lm_len);
	e->len_line_len = len_line_len;
	e->len_line = place(&at, len_line, len_line_len);
	e->first_line = strnstr(e->head, "\r\n", head_len) + 2 - e->head;
	e->has_date = r->headers.known_headers[KH_HEADER_DATE].value_length;
	e->expires = policy->policy == KH_CACHE_TIME_TO_LIVE ?
		     ttl_expiry(policy->seconds_to_live) : 0;
	khttp_tx_free(tx);

	spin_lock(&khttp_cache_lock);
	old = find(s, key, key_len, e->hash);
	if (old)
		entry_unlink(old, &drop);
	hash_add(khttp_cache_hash, &e->hnode, e->hash);
	list_add(&e->lru, &khttp_cache_lru);
	khttp_cache_bytes += entry_size(e);
	while (khttp_cache_bytes > KHTTP_CACHE_MAX_BYTES)
		entry_unlink(list_last_entry(&khttp_cache_lru, struct khttp_cache_entry, lru),
			     &drop);
	spin_unlock(&khttp_cache_lock);
	drop_all(&drop);
}

/* the request's fields with this id, matched against the stored ETag: any line */
static bool etag_fields(const struct khttp_cache_entry *e, const struct khttp_parsed *p, int id,
			bool weak, bool *match)
{
	bool seen = false;
	int i;

	*match = false;
	for (i = 0; i < p->nhdr; i++) {
		const struct khttp_hdr *h = &p->hdr[i];

		if (h->id != id)
			continue;
		seen = true;
		*match = *match || khttp_etag_list_match(h->value, h->value_len, e->etag,
							 e->etag_len, weak);
	}
	return seen;
}

/* RFC 9110 13.2.2 for the stored representation: 0, 304 or 412 */
static unsigned int preconditions(const struct khttp_cache_entry *e, const struct khttp_parsed *p,
				  s64 now)
{
	const struct khttp_hdr *ims = khttp_parsed_header(p, KH_HEADER_IF_MODIFIED_SINCE);
	const struct khttp_hdr *ius = khttp_parsed_header(p, KH_HEADER_IF_UNMODIFIED_SINCE);
	struct khttp_cond c = {
		.ims = ims ? ims->value : NULL, .ims_len = ims ? ims->value_len : 0,
		.ius = ius ? ius->value : NULL, .ius_len = ius ? ius->value_len : 0,
		.last_modified = e->lm_len ? e->lm : NULL, .last_modified_len = e->lm_len,
		.get_or_head = true, .now = now,
	};

	c.has_if_match = etag_fields(e, p, KH_HEADER_IF_MATCH, false, &c.if_match);
	c.has_if_none_match = etag_fields(e, p, KH_HEADER_IF_NONE_MATCH, true,
					  &c.if_none_match);
	return khttp_cond_eval(&c);
}

/* the Range of a GET or HEAD: ranges as khttp_ranges() counts them */
static int hit_ranges(const struct khttp_cache_entry *e, const struct khttp_parsed *p, u64 size,
		      s64 now, struct khttp_range *r)
{
	const struct khttp_hdr *h = khttp_parsed_header(p, KH_HEADER_RANGE);
	const struct khttp_hdr *ir = khttp_parsed_header(p, KH_HEADER_IF_RANGE);

	if (!h || (ir && !khttp_if_range_ok(ir->value, ir->value_len, e->etag, e->etag_len,
					    e->lm, e->lm_len, now)))
		return 0;
	return khttp_ranges(h->value, h->value_len, size, r);
}

/*
 * The answer to a hit: a head of its own (status line, Date, the stored
 * headers, length, Connection) and the body from the entry, referenced.
 */
static int hit(struct khttp_cache_entry *e, const struct khttp_parsed *p, bool keep_alive,
	       unsigned int *status, struct khttp_txlist *out)
{
	const char *conn = khttp_conn_line(keep_alive, p->minor == 0);
	size_t first_line = e->first_line, size = e->len - e->head_len, n;
	bool head_only = p->verb == KH_VERB_HEAD;
	s64 now = ktime_get_real_seconds();
	struct khttp_range r[KHTTP_RANGES_MAX];
	char extra[160], date[48], tail[64], *scratch = NULL;
	/* not zeroed (INIT_STACK_ALL_ZERO): khttp_plan_init() sets what is read */
	struct khttp_plan plan __uninitialized, body __uninitialized;
	int err, nr = 0;

	khttp_plan_init(&plan);
	khttp_plan_init(&body);
	err = khttp_plan_ref(&body, e->head + e->head_len, size, &e->ref, entry_release);
	if (err)
		goto out;
	*status = preconditions(e, p, now);
	if (*status) {	/* 304 or 412: a head only */
		n = scnprintf(extra, sizeof(extra), "HTTP/1.1 %s\r\n",
			      *status == 304 ? "304 Not Modified" : "412 Precondition Failed");
		n += khttp_put_date(extra + n, sizeof(extra) - n);
		err = khttp_plan_mem(&plan, extra, n);
		if (*status == 304)	/* the stored lines of any length: not formatted */
			err = err ?: khttp_plan_head_lines(&plan, e->head, e->head_len,
							   khttp_304_keeps, false);
		n = scnprintf(tail, sizeof(tail), "%s%s\r\n",
			      *status == 412 ? "Content-Length: 0\r\n" : "", conn);
		err = err ?: khttp_plan_mem(&plan, tail, n);
		goto build;
	}
	nr = hit_ranges(e, p, size, now, r);
	if (nr) {
		struct khttp_range_answer a = {
			.head = e->head, .head_len = e->head_len, .date = !e->has_date,
			.body = &body,
			.size = size, .r = r, .n = nr, .conn = conn, .head_only = head_only,
		};

		*status = nr > 0 ? 206 : 416;
		err = khttp_range_plan(&plan, &scratch, &a);
		goto build;
	}
	*status = 200;
	err = khttp_plan_mem(&plan, e->head, first_line);
	if (!e->has_date)	/* else the worker's, stored */
		err = err ?: khttp_plan_mem(&plan, date, khttp_put_date(date, sizeof(date)));
	err = err ?: khttp_plan_mem(&plan, e->head + first_line, e->head_len - first_line);
	/* the stored length line (< 64), Connection, the blank line: no formatting per hit */
	n = strlen(conn);
	memcpy(extra, e->len_line, e->len_line_len);
	memcpy(extra + e->len_line_len, conn, n);
	memcpy(extra + e->len_line_len + n, "\r\n", 2);
	err = err ?: khttp_plan_mem(&plan, extra, e->len_line_len + n + 2);
	if (!head_only)
		err = err ?: khttp_plan_slice(&plan, &body, 0, size);
build:
	err = err ?: khttp_plan_build(&plan, out, GFP_KERNEL);
out:
	khttp_plan_free(&plan);
	khttp_plan_free(&body);
	kvfree(scratch);
	if (!err)
		khttp_stat_status(*status);
	return err;
}

/**
 * khttp_cache_serve() - answer a request from the cache
 * @s: the request's scope
 * @key: its full URL
 * @key_len: its length
 * @p: the parsed request (method, conditionals, Range)
 * @keep_alive: the connection stays open
 * @status: out: the status answered
 * @out: the response's items go onto it
 *
 * Return: true if the cache answers
 */
bool khttp_cache_serve(const struct khttp_cache_scope *s, const char *key, size_t key_len,
		       const struct khttp_parsed *p, bool keep_alive, unsigned int *status,
		       struct khttp_txlist *out)
{
	u32 hash = key_hash(s, key, key_len);
	struct khttp_cache_entry *e;
	LIST_HEAD(drop);
	int err;

	if (p->verb != KH_VERB_GET && p->verb != KH_VERB_HEAD)
		return false;
	spin_lock(&khttp_cache_lock);
	e = find(s, key, key_len, hash);
	if (e && e->expires && time_after_eq(jiffies, e->expires)) {
		entry_unlink(e, &drop);
		e = NULL;
	}
	if (e) {
		list_move(&e->lru, &khttp_cache_lru);
		kref_get(&e->ref);
		e->hits++;
	}
	spin_unlock(&khttp_cache_lock);
	drop_all(&drop);
	if (!e)
		return false;
	err = hit(e, p, keep_alive, status, out);
	kref_put(&e->ref, entry_release);	/* the items hold their own */
	if (err)
		return false;
	khttp_stat_add(KH_STAT_CACHE_HITS, 1);
	return true;
}

/* e is in scope s (its NULL and 0 fields match anything) */
static bool in_scope(const struct khttp_cache_entry *e, const struct khttp_cache_scope *s)
{
	return (!s->net || e->scope.net == s->net) && (!s->qid || e->scope.qid == s->qid) &&
	       (!s->port || e->scope.port == s->port);
}

/* e's URL, or its path (after "http://" and the host), starts with prefix */
static bool under(const struct khttp_cache_entry *e, const char *prefix, size_t len, bool path)
{
	const char *k = e->key;
	size_t klen = e->key_len;

	if (path) {
		const char *slash = klen > 7 ? memchr(k + 7, '/', klen - 7) : NULL;

		if (!slash)
			return false;
		klen -= slash - k;
		k = slash;
	}
	return klen >= len && !strncasecmp(k, prefix, len);
}

/**
 * khttp_cache_flush() - drop cache entries
 * @s: the scope (0 members match any)
 * @prefix: the URL (or path) prefix
 * @len: its length
 * @path: prefix is a path, not a full URL
 *
 * Return: how many entries went
 */
int khttp_cache_flush(const struct khttp_cache_scope *s, const char *prefix, size_t len,
		      bool path)
{
	struct khttp_cache_entry *e, *tmp;
	LIST_HEAD(drop);
	int n = 0;

	spin_lock(&khttp_cache_lock);
	list_for_each_entry_safe(e, tmp, &khttp_cache_lru, lru)
		if (in_scope(e, s) && under(e, prefix, len, path)) {
			entry_unlink(e, &drop);
			n++;
		}
	spin_unlock(&khttp_cache_lock);
	drop_all(&drop);
	return n;
}

/**
 * khttp_cache_exit() - empty the cache at module exit
 */
void khttp_cache_exit(void)
{
	struct khttp_cache_scope all = { 0 };

	khttp_cache_flush(&all, "", 0, false);
}

/**
 * khttp_cache_list() - list the cache's entries for KH_IOC_ADMIN_LIST
 * @l: the list being answered
 *
 * KH_IOC_ADMIN_LIST: the entries, most recently used first
 */
void khttp_cache_list(struct khttp_admin_list *l)
{
	struct kh_admin_entry *e;
	struct khttp_cache_entry *ce;
	unsigned long now = jiffies;

	spin_lock(&khttp_cache_lock);
	list_for_each_entry(ce, &khttp_cache_lru, lru) {
		e = khttp_admin_next(l);
		if (!e)
			continue;
		khttp_admin_name(e, ce->key, ce->key_len);
		e->value[0] = ce->len;
		if (!ce->expires)
			e->value[1] = ~0ULL;
		else if (time_before(now, ce->expires))
			e->value[1] = jiffies_to_msecs(ce->expires - now);
		e->value[2] = ce->hits;
	}
	spin_unlock(&khttp_cache_lock);
}
