// SPDX-License-Identifier: GPL-2.0
/*
 * khttp: the kernel response cache (HTTP.sys's, TUX's speed): a response
 * a worker sent with a cache policy is kept by its full URL and served to
 * later GETs and HEADs by the connection's work item, without waking any
 * worker. Entries expire (time to live) or live until flushed; the cache
 * is bounded in bytes and evicts the least recently used. If-None-Match
 * and If-Modified-Since that match the stored ETag or Last-Modified get a
 * 304; a single byte range gets a 206 (or a 416).
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

static bool same(const struct kh_hdr *h, const char *v, size_t len)
{
	return h && len && h->value_len == len && !memcmp(h->value, v, len);
}

/* under khttp_cache_lock: the client's copy is current */
static bool not_modified(const struct kh_cache_entry *e, const struct kh_parsed *p)
{
	const struct kh_hdr *inm = khttp_parsed_header(p, KH_HEADER_IF_NONE_MATCH);

	if (inm)	/* If-None-Match wins over If-Modified-Since */
		return same(inm, e->etag, e->etag_len) ||
		       (e->etag_len && inm->value_len == 1 && inm->value[0] == '*');
	return same(khttp_parsed_header(p, KH_HEADER_IF_MODIFIED_SINCE), e->lm, e->lm_len);
}

/*
 * A single byte range of a body of size bytes (RFC 9110 14.1.2):
 * 1 with [*first, *last], 0 to answer with everything (no Range, several
 * ranges, a syntax we do not take, an If-Range that does not match), -1
 * when it cannot be satisfied.
 */
static int byte_range(const struct kh_cache_entry *e, const struct kh_parsed *p, u64 size,
		      u64 *first, u64 *last)
{
	const struct kh_hdr *h = khttp_parsed_header(p, KH_HEADER_RANGE);
	const struct kh_hdr *ir = khttp_parsed_header(p, KH_HEADER_IF_RANGE);
	char spec[48], *dash;
	u64 a, b;

	if (!h || h->value_len < 7 || h->value_len >= sizeof(spec) ||
	    strncasecmp(h->value, "bytes=", 6) || memchr(h->value, ',', h->value_len))
		return 0;
	if (ir && !same(ir, e->etag, e->etag_len) && !same(ir, e->lm, e->lm_len))
		return 0;
	memcpy(spec, h->value + 6, h->value_len - 6);
	spec[h->value_len - 6] = 0;
	dash = strchr(spec, '-');
	if (!dash)
		return 0;
	*dash = 0;
	if (!spec[0]) {				/* -n: the last n bytes */
		if (kstrtoull(dash + 1, 10, &b))
			return 0;
		if (!b || !size)
			return -1;
		*first = b >= size ? 0 : size - b;
		*last = size - 1;
		return 1;
	}
	if (kstrtoull(spec, 10, &a))
		return 0;
	if (!dash[1])
		b = size - 1;			/* a-: to the end */
	else if (kstrtoull(dash + 1, 10, &b) || b < a)
		return 0;
	if (a >= size)
		return -1;
	*first = a;
	*last = min(b, size - 1);
	return 1;
}

/* the answer to a hit, built under khttp_cache_lock */
static struct kh_txbuf *hit(const struct kh_cache_entry *e, const struct kh_parsed *p,
			    bool keep_alive, unsigned int *status)
{
	const char *conn = !keep_alive ? "Connection: close\r\n" :
			   p->minor == 0 ? "Connection: keep-alive\r\n" : "";
	const char *eol = strnstr(e->head, "\r\n", e->head_len);
	size_t first_line = eol + 2 - e->head, size = e->len - e->head_len;
	u64 from = 0, to = size - 1, body = size;
	char extra[160], date[48];
	size_t dlen = khttp_put_date(date, sizeof(date)), xlen = 0, n;
	int range = 0;
	struct kh_txbuf *tx;
	const char *line;

	if (not_modified(e, p)) {
		*status = 304;
		line = "HTTP/1.1 304 Not Modified\r\n";
		body = 0;
		if (e->etag_len)
			xlen = scnprintf(extra, sizeof(extra), "ETag: %.*s\r\n", (int)e->etag_len,
					 e->etag);
	} else {
		range = byte_range(e, p, size, &from, &to);
		*status = range > 0 ? 206 : range < 0 ? 416 : 200;
		line = range > 0 ? "HTTP/1.1 206 Partial Content\r\n" :
		       range < 0 ? "HTTP/1.1 416 Range Not Satisfiable\r\n" : NULL;
		body = range > 0 ? to - from + 1 : range < 0 ? 0 : size;
		xlen = scnprintf(extra, sizeof(extra), "Accept-Ranges: bytes\r\n");
		if (range > 0)
			xlen += scnprintf(extra + xlen, sizeof(extra) - xlen,
					  "Content-Range: bytes %llu-%llu/%zu\r\n", from, to, size);
		else if (range < 0)
			xlen += scnprintf(extra + xlen, sizeof(extra) - xlen,
					  "Content-Range: bytes */%zu\r\n", size);
		xlen += scnprintf(extra + xlen, sizeof(extra) - xlen, "Content-Length: %llu\r\n",
				  body);
	}
	if (p->verb == KH_VERB_HEAD)
		body = 0;
	/* a 304 or 416 keeps none of the stored head but its status line slot */
	n = (line ? strlen(line) : first_line) + dlen +
	    (*status == 304 ? 0 : e->head_len - first_line) + xlen + strlen(conn) + 2;
	tx = kvmalloc(sizeof(*tx) + n + body, GFP_ATOMIC);
	if (!tx)
		return NULL;
	tx->len = 0;
	tx->off = 0;
	memcpy(tx->data, line ? line : e->head, line ? strlen(line) : first_line);
	tx->len = line ? strlen(line) : first_line;
	memcpy(tx->data + tx->len, date, dlen);
	tx->len += dlen;
	if (*status != 304) {
		memcpy(tx->data + tx->len, e->head + first_line, e->head_len - first_line);
		tx->len += e->head_len - first_line;
	}
	memcpy(tx->data + tx->len, extra, xlen);
	tx->len += xlen;
	memcpy(tx->data + tx->len, conn, strlen(conn));
	tx->len += strlen(conn);
	memcpy(tx->data + tx->len, "\r\n", 2);
	tx->len += 2;
	memcpy(tx->data + tx->len, e->head + e->head_len + from, body);
	tx->len += body;
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
