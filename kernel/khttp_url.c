// SPDX-License-Identifier: GPL-2.0
/*
 * khttp: URL prefixes and routing, HTTP.sys style.
 *
 * A prefix is http://HOST[:PORT]/PATH/ with HOST "+" (strong wildcard),
 * "*" (weak wildcard) or a name or address ("[::1]" for IPv6). Every port
 * listens on IPv4 and IPv6; the host matches the request's Host. A request goes to the
 * prefix on its port whose host matches and whose path is the longest
 * prefix of the request's path; at equal length "+" beats a name, which
 * beats "*". The prefix's context comes back in the request.
 */
#include <linux/kernel.h>
#include <linux/mutex.h>
#include <linux/slab.h>
#include <linux/string.h>
#include "khttp_internal.h"

enum kh_host_kind { KH_HOST_WEAK = 1, KH_HOST_NAME = 2, KH_HOST_STRONG = 3 };

struct kh_url {
	struct list_head node;
	struct kh_queue *queue;		/* holds a reference */
	struct kh_listener *lsn;
	enum kh_host_kind kind;
	u16 port;
	u64 context;
	size_t host_len, path_len;
	char *host, *path;		/* in the same allocation */
	char text[];			/* the prefix as registered */
};

static LIST_HEAD(khttp_urls);
static DEFINE_MUTEX(khttp_urls_lock);

/* splits text into u's host, port and path; -EINVAL if it is no prefix */
static int parse_prefix(struct kh_url *u, size_t len)
{
	char *p = u->text + 7, *end = u->text + len, *slash, *colon, *hend;
	unsigned int port = 80;

	if (len < 9 || strncasecmp(u->text, "http://", 7))
		return -EINVAL;
	slash = memchr(p, '/', end - p);
	if (!slash || end[-1] != '/')
		return -EINVAL;
	hend = p;
	if (*p == '[') {	/* an IPv6 literal: its colons are not the port's */
		hend = memchr(p, ']', slash - p);
		if (!hend || hend == p + 1)
			return -EINVAL;
		hend++;
		if (hend < slash && *hend != ':')
			return -EINVAL;
	}
	colon = memchr(hend, ':', slash - hend);
	if (colon) {
		char num[8];
		size_t n = slash - colon - 1;

		if (!n || n >= sizeof(num))
			return -EINVAL;
		memcpy(num, colon + 1, n);
		num[n] = 0;
		if (kstrtouint(num, 10, &port) || !port || port > 65535)
			return -EINVAL;
	}
	u->host = p;
	u->host_len = (colon ? colon : slash) - p;
	if (!u->host_len)
		return -EINVAL;
	u->port = port;
	u->path = slash;
	u->path_len = end - slash;
	if (u->host_len == 1 && *p == '+')
		u->kind = KH_HOST_STRONG;
	else if (u->host_len == 1 && *p == '*')
		u->kind = KH_HOST_WEAK;
	else
		u->kind = KH_HOST_NAME;
	return 0;
}

static struct kh_url *find_exact(const char *url, u32 len)
{
	struct kh_url *u;

	list_for_each_entry(u, &khttp_urls, node)
		if (strlen(u->text) == len && !strncasecmp(u->text, url, len))
			return u;
	return NULL;
}

int khttp_url_add(struct kh_queue *q, const char *url, u32 len, u64 context)
{
	struct kh_url *u;
	int err;

	if (!q)
		return -EINVAL;
	if (memchr(url, 0, len))
		return -EINVAL;
	u = kzalloc(sizeof(*u) + len + 1, GFP_KERNEL_ACCOUNT);
	if (!u)
		return -ENOMEM;
	memcpy(u->text, url, len);
	err = parse_prefix(u, len);
	if (err)
		goto fail;
	mutex_lock(&khttp_urls_lock);
	if (find_exact(url, len)) {
		err = -EEXIST;
		goto unlock;
	}
	u->lsn = khttp_listener_get(u->port, &err);
	if (!u->lsn)
		goto unlock;
	kref_get(&q->ref);
	u->queue = q;
	u->context = context;
	list_add(&u->node, &khttp_urls);
	mutex_unlock(&khttp_urls_lock);
	return 0;
unlock:
	mutex_unlock(&khttp_urls_lock);
fail:
	kfree(u);
	return err;
}

static void url_free(struct kh_url *u)
{
	list_del(&u->node);
	khttp_listener_put(u->lsn);
	khttp_queue_put(u->queue);
	kfree(u);
}

int khttp_url_remove(struct kh_queue *q, const char *url, u32 len)
{
	struct kh_url *u;
	int err = -ENOENT;

	if (!q)
		return -EINVAL;
	mutex_lock(&khttp_urls_lock);
	u = find_exact(url, len);
	if (u && u->queue == q) {
		url_free(u);
		err = 0;
	}
	mutex_unlock(&khttp_urls_lock);
	return err;
}

/* the request's host without its port ("host:8080", "[::1]:80") */
static size_t host_name_len(const char *h, size_t len)
{
	const char *colon;

	if (len && h[0] == '[') {
		const char *rb = memchr(h, ']', len);

		return rb ? rb - h + 1 : len;
	}
	colon = memchr(h, ':', len);
	return colon ? colon - h : len;
}

struct kh_queue *khttp_route(u16 port, const char *host, size_t host_len,
			     const char *path, size_t path_len, u64 *context)
{
	size_t hlen = host_name_len(host, host_len), best_len = 0;
	struct kh_url *u, *best = NULL;
	struct kh_queue *q = NULL;

	mutex_lock(&khttp_urls_lock);
	list_for_each_entry(u, &khttp_urls, node) {
		if (u->port != port || u->path_len > path_len ||
		    strncasecmp(u->path, path, u->path_len))
			continue;
		if (u->kind == KH_HOST_NAME &&
		    (u->host_len != hlen || strncasecmp(u->host, host, hlen)))
			continue;
		if (!best || u->path_len > best_len ||
		    (u->path_len == best_len && u->kind > best->kind)) {
			best = u;
			best_len = u->path_len;
		}
	}
	if (best) {
		q = best->queue;
		kref_get(&q->ref);
		*context = best->context;
	}
	mutex_unlock(&khttp_urls_lock);
	return q;
}

void khttp_urls_exit(void)
{
	struct kh_url *u, *tmp;

	mutex_lock(&khttp_urls_lock);
	list_for_each_entry_safe(u, tmp, &khttp_urls, node)
		url_free(u);
	mutex_unlock(&khttp_urls_lock);
}
