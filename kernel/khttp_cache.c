// SPDX-License-Identifier: GPL-2.0
/*
 * khttp: the kernel response cache (HTTP.sys's, TUX's speed): a response
 * a worker sent with a cache policy is kept by its full URL and served to
 * later GETs and HEADs by the connection's work item, without waking any
 * worker. Entries expire (time to live) or live until flushed; the cache
 * is bounded in bytes and evicts the least recently used. If-None-Match
 * and If-Modified-Since that match the stored ETag or Last-Modified get a
 * 304.
 */
#include <linux/jiffies.h>
#include <linux/kernel.h>
#include <linux/mm.h>
#include <linux/sizes.h>
#include <linux/slab.h>
#include <linux/spinlock.h>
#include <linux/string.h>
#include "khttp_internal.h"

#define KH_CACHE_MAX_BYTES	(32 * SZ_1M)

struct kh_cache_entry {
	struct list_head lru;		/* most recently used first */
	unsigned long expires;		/* jiffies; 0: until flushed */
	size_t key_len, head_len, len;	/* len: head and body */
	size_t etag_len, lm_len;
	char *key, *head, *etag, *lm;	/* all in data[] */
	char data[];
};

static LIST_HEAD(khttp_cache_lru);
static DEFINE_SPINLOCK(khttp_cache_lock);
static size_t khttp_cache_bytes;

static size_t entry_size(const struct kh_cache_entry *e)
{
	return sizeof(*e) + e->key_len + e->len + e->etag_len + e->lm_len;
}

/* under khttp_cache_lock */
static void entry_drop(struct kh_cache_entry *e)
{
	list_del(&e->lru);
	khttp_cache_bytes -= entry_size(e);
	kvfree(e);
}

static struct kh_cache_entry *find(const char *key, size_t len)
{
	struct kh_cache_entry *e;

	list_for_each_entry(e, &khttp_cache_lru, lru)
		if (e->key_len == len && !memcmp(e->key, key, len))
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

void khttp_cache_store(const char *key, size_t key_len, const struct kh_response *r,
		       const struct kh_cache_policy *policy)
{
	const struct kh_known_header *etag = &r->headers.known_headers[KH_HEADER_ETAG];
	const struct kh_known_header *lm = &r->headers.known_headers[KH_HEADER_LAST_MODIFIED];
	struct kh_cache_entry *e, *old;
	struct kh_txbuf *tx;
	size_t head_len, size;
	char *at;
	int err;

	if (!policy || policy->policy == KH_CACHE_NONE || r->status_code != 200 ||
	    (policy->policy == KH_CACHE_TIME_TO_LIVE && !policy->seconds_to_live))
		return;
	tx = khttp_format_cacheable(r, &head_len, &err);
	if (!tx)
		return;
	size = sizeof(*e) + key_len + tx->len + etag->value_length + lm->value_length;
	e = size <= KH_CACHE_MAX_BYTES / 4 ? kvmalloc(size, GFP_KERNEL) : NULL;
	if (!e) {
		kvfree(tx);
		return;
	}
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
	e->expires = policy->policy == KH_CACHE_TIME_TO_LIVE ?
		     jiffies + policy->seconds_to_live * HZ : 0;
	kvfree(tx);

	spin_lock(&khttp_cache_lock);
	old = find(key, key_len);
	if (old)
		entry_drop(old);
	list_add(&e->lru, &khttp_cache_lru);
	khttp_cache_bytes += entry_size(e);
	while (khttp_cache_bytes > KH_CACHE_MAX_BYTES)
		entry_drop(list_last_entry(&khttp_cache_lru, struct kh_cache_entry, lru));
	spin_unlock(&khttp_cache_lock);
}

static const struct kh_hdr *header(const struct kh_parsed *p, int id)
{
	int i;

	for (i = 0; i < p->nhdr; i++)
		if (p->hdr[i].id == id)
			return &p->hdr[i];
	return NULL;
}

static bool same(const struct kh_hdr *h, const char *v, size_t len)
{
	return h && len && h->value_len == len && !memcmp(h->value, v, len);
}

/* under khttp_cache_lock: the client's copy is current */
static bool not_modified(const struct kh_cache_entry *e, const struct kh_parsed *p)
{
	const struct kh_hdr *inm = header(p, KH_HEADER_IF_NONE_MATCH);

	if (inm)	/* If-None-Match wins over If-Modified-Since */
		return same(inm, e->etag, e->etag_len) ||
		       (e->etag_len && inm->value_len == 1 && inm->value[0] == '*');
	return same(header(p, KH_HEADER_IF_MODIFIED_SINCE), e->lm, e->lm_len);
}

static struct kh_txbuf *hit(const struct kh_cache_entry *e, const struct kh_parsed *p,
			    bool keep_alive, unsigned int *status)
{
	static const char nm[] = "HTTP/1.1 304 Not Modified\r\n";
	const char *conn = !keep_alive ? "Connection: close\r\n" :
			   p->minor == 0 ? "Connection: keep-alive\r\n" : "";
	const char *eol = strnstr(e->head, "\r\n", e->head_len);
	bool is_nm = not_modified(e, p);
	size_t first = eol + 2 - e->head, body = e->len - e->head_len, n = 0;
	char date[48], *d;
	size_t dlen = khttp_put_date(date, sizeof(date));
	struct kh_txbuf *tx;

	if (is_nm || p->verb == KH_VERB_HEAD)
		body = 0;
	tx = kvmalloc(sizeof(*tx) + e->head_len + dlen + strlen(conn) + 2 + body +
		      e->etag_len + 8, GFP_ATOMIC);
	if (!tx)
		return NULL;
	d = tx->data;
	if (is_nm) {	/* the validators come back, not the body */
		memcpy(d, nm, sizeof(nm) - 1);
		n = sizeof(nm) - 1;
		memcpy(d + n, date, dlen);
		n += dlen;
		if (e->etag_len) {
			memcpy(d + n, "ETag: ", 6);
			memcpy(d + n + 6, e->etag, e->etag_len);
			memcpy(d + n + 6 + e->etag_len, "\r\n", 2);
			n += e->etag_len + 8;
		}
	} else {
		memcpy(d, e->head, first);
		memcpy(d + first, date, dlen);
		memcpy(d + first + dlen, e->head + first, e->head_len - first);
		n = e->head_len + dlen;
	}
	memcpy(d + n, conn, strlen(conn));
	n += strlen(conn);
	memcpy(d + n, "\r\n", 2);
	n += 2;
	memcpy(d + n, e->head + e->head_len, body);
	tx->len = n + body;
	tx->off = 0;
	*status = is_nm ? 304 : 200;
	khttp_stat_status(*status);
	return tx;
}

struct kh_txbuf *khttp_cache_serve(const char *key, size_t key_len,
				   const struct kh_parsed *p, bool keep_alive, unsigned int *status)
{
	struct kh_cache_entry *e;
	struct kh_txbuf *tx = NULL;

	if (p->verb != KH_VERB_GET && p->verb != KH_VERB_HEAD)
		return NULL;
	spin_lock(&khttp_cache_lock);
	e = find(key, key_len);
	if (e && e->expires && time_after_eq(jiffies, e->expires)) {
		entry_drop(e);
		e = NULL;
	}
	if (e) {
		list_move(&e->lru, &khttp_cache_lru);
		tx = hit(e, p, keep_alive, status);
	}
	spin_unlock(&khttp_cache_lock);
	if (tx)
		khttp_stat_add(KH_STAT_CACHE_HITS, 1);
	return tx;
}

/* drops every entry whose URL starts with prefix; how many */
int khttp_cache_flush(const char *prefix, size_t len)
{
	struct kh_cache_entry *e, *tmp;
	int n = 0;

	spin_lock(&khttp_cache_lock);
	list_for_each_entry_safe(e, tmp, &khttp_cache_lru, lru)
		if (e->key_len >= len && !strncasecmp(e->key, prefix, len)) {
			entry_drop(e);
			n++;
		}
	spin_unlock(&khttp_cache_lock);
	return n;
}

void khttp_cache_exit(void)
{
	khttp_cache_flush("", 0);
}
