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
 *
 * Prefixes, their listeners and reservations belong to the network
 * namespace of the caller that added them; who may add one is
 * may_register's (docs/security.md).
 */
#include <linux/inet.h>
#include <linux/kernel.h>
#include <linux/mutex.h>
#include <linux/slab.h>
#include <linux/string.h>
#include <linux/uidgid.h>
#include <net/ipv6.h>
#include <net/net_namespace.h>
#include "khttp_internal.h"

enum khttp_host_kind { KHTTP_HOST_WEAK = 1, KHTTP_HOST_NAME = 2, KHTTP_HOST_STRONG = 3 };

/* a registered prefix, or a reservation (no queue, no listener) */
struct khttp_url {
	struct list_head node;
	struct khttp_queue *queue;		/* holds a reference */
	struct khttp_listener *lsn;
	const struct net *net;		/* its namespace (the listener's) */
	struct khttp_addr addr;		/* its listener's address: the host's, if a literal */
	kuid_t registrant;		/* who added it */
	u32 rflags;			/* a reservation's: KH_RESERVE_UID, _GID */
	kuid_t ruid;
	kgid_t rgid;
	enum khttp_host_kind kind;
	u16 port;
	u64 context;
	size_t host_len, path_len;
	char *host, *path;		/* in the same allocation */
	char text[];			/* the prefix as registered */
};

static LIST_HEAD(khttp_urls);
static LIST_HEAD(khttp_resvs);		/* reservations, under khttp_urls_lock too */
static DEFINE_MUTEX(khttp_urls_lock);

/*
 * A host that is an address literal (192.0.2.1, [2001:db8::1]) names the
 * listener's address: the port listens on it alone. Any other host (a
 * name, "+", "*", 0.0.0.0, [::]) listens on every address.
 */
static void parse_addr(struct khttp_url *u)
{
	const char *end;

	if (u->host[0] == '[' && u->host_len > 2 &&
	    in6_pton(u->host + 1, u->host_len - 2, u->addr.v6.s6_addr, -1, &end) == 1 &&
	    end == u->host + u->host_len - 1 && !ipv6_addr_any(&u->addr.v6))
		u->addr.family = AF_INET6;
	else if (u->host[0] != '[' &&
		 in4_pton(u->host, u->host_len, (u8 *)&u->addr.v4, -1, &end) == 1 &&
		 end == u->host + u->host_len && u->addr.v4)
		u->addr.family = AF_INET;
	else
		memset(&u->addr, 0, sizeof(u->addr));
}

/* splits text into u's host, port and path; -EINVAL if it is no prefix */
static int parse_prefix(struct khttp_url *u, size_t len)
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
		u->kind = KHTTP_HOST_STRONG;
	else if (u->host_len == 1 && *p == '*')
		u->kind = KHTTP_HOST_WEAK;
	else
		u->kind = KHTTP_HOST_NAME;
	parse_addr(u);
	return 0;
}

static struct khttp_url *find_exact(struct list_head *list, const struct net *net,
				    const char *url, u32 len)
{
	struct khttp_url *u;

	list_for_each_entry(u, list, node)
		if (u->net == net && strlen(u->text) == len && !strncasecmp(u->text, url, len))
			return u;
	return NULL;
}

/* a prefix as text, parsed; NULL with *err set */
static struct khttp_url *url_new(const char *url, u32 len, int *err)
{
	struct khttp_url *u;

	*err = -EINVAL;
	if (memchr(url, 0, len))
		return NULL;
	*err = -ENOMEM;
	u = kzalloc(sizeof(*u) + len + 1, GFP_KERNEL_ACCOUNT);
	if (!u)
		return NULL;
	memcpy(u->text, url, len);
	*err = parse_prefix(u, len);
	if (*err) {
		kfree(u);
		return NULL;
	}
	return u;
}

/* reservation r covers prefix u: its port, its path, a host that can overlap */
static bool covers(const struct khttp_url *r, const struct khttp_url *u)
{
	if (r->port != u->port || r->path_len > u->path_len ||
	    strncasecmp(r->path, u->path, r->path_len))
		return false;
	return r->kind != KHTTP_HOST_NAME || u->kind != KHTTP_HOST_NAME ||
	       (r->host_len == u->host_len && !strncasecmp(r->host, u->host, u->host_len));
}

/*
 * Under khttp_urls_lock: the caller may add u in net (docs/security.md,
 * "Registering a URL"). A new port's bind checks CAP_NET_BIND_SERVICE.
 */
static int may_register(const struct khttp_url *u, struct net *net)
{
	const struct khttp_url *r, *best = NULL;

	if (khttp_net_admin(net))
		return 0;
	list_for_each_entry(r, &khttp_resvs, node)
		if (r->net == net && covers(r, u) &&
		    (!best || r->path_len > best->path_len ||
		     (r->path_len == best->path_len && r->kind > best->kind)))
			best = r;
	if (best)
		return ((best->rflags & KH_RESERVE_UID) && uid_eq(best->ruid, current_fsuid())) ||
		       ((best->rflags & KH_RESERVE_GID) && in_group_p(best->rgid)) ? 0 : -EACCES;
	list_for_each_entry(r, &khttp_urls, node)	/* on u's listener */
		if (r->net == net && r->port == u->port && khttp_addr_eq(&r->addr, &u->addr) &&
		    !uid_eq(r->registrant, current_fsuid()))
			return -EACCES;
	return 0;
}

/**
 * khttp_url_add() - register a URL prefix for a queue
 * @q: the queue the prefix routes to (a reference is taken)
 * @url: the prefix, "http://host:port/path/"
 * @len: its length
 * @context: the value requests routed by it carry
 *
 * Return: 0, or a negative errno (-EINVAL, -EEXIST, -EACCES, ...)
 */
int khttp_url_add(struct khttp_queue *q, const char *url, u32 len, u64 context)
{
	struct net *net = khttp_caller_net();
	struct khttp_url *u;
	int err;

	if (!q)
		return -EINVAL;
	u = url_new(url, len, &err);
	if (!u)
		return err;
	u->net = net;
	u->registrant = current_fsuid();
	mutex_lock(&khttp_urls_lock);
	if (find_exact(&khttp_urls, net, url, len)) {
		err = -EEXIST;
		goto unlock;
	}
	err = may_register(u, net);
	if (err)
		goto unlock;
	u->lsn = khttp_listener_get(net, &u->addr, u->port, &err);
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
	kfree(u);
	return err;
}

/* the prefix goes, and the responses its queue's workers cached under it */
static void url_free(struct khttp_url *u)
{
	struct khttp_cache_scope s = { .net = u->net->net_cookie, .port = u->port,
				    .qid = u->queue->id };

	list_del(&u->node);
	khttp_listener_put(u->lsn);
	khttp_cache_flush(&s, u->path, u->path_len, true);
	khttp_queue_put(u->queue);
	kfree(u);
}

/**
 * khttp_url_remove() - remove a URL prefix a queue registered
 * @q: the queue
 * @url: the prefix as registered
 * @len: its length
 *
 * Return: 0, -ENOENT, or -EACCES when another queue registered it
 */
int khttp_url_remove(struct khttp_queue *q, const char *url, u32 len)
{
	struct khttp_url *u;
	int err = -ENOENT;

	if (!q)
		return -EINVAL;
	mutex_lock(&khttp_urls_lock);
	u = find_exact(&khttp_urls, khttp_caller_net(), url, len);
	if (u && u->queue != q)
		err = -EACCES;
	if (u && u->queue == q) {
		url_free(u);
		err = 0;
	}
	mutex_unlock(&khttp_urls_lock);
	return err;
}

/**
 * khttp_reservation() - add or remove a URL reservation
 * @a: the reservation
 * @add: add it (else remove it)
 *
 * KH_IOC_ADD_RESERVATION, KH_IOC_REMOVE_RESERVATION: in the caller's netns
 *
 * Return: 0, or a negative errno (-EPERM without CAP_NET_ADMIN over the caller's netns)
 */
int khttp_reservation(const struct kh_reservation_args *a, bool add)
{
	struct net *net = khttp_caller_net();
	struct khttp_url *u, *old;
	int err;

	if (!khttp_net_admin(net))
		return -EPERM;
	if (add && !a->flags)
		return -EINVAL;	/* it names nobody */
	u = url_new(a->url, a->url_length, &err);
	if (!u)
		return err;
	u->net = net;
	u->rflags = a->flags;
	u->ruid = make_kuid(current_user_ns(), a->uid);
	u->rgid = make_kgid(current_user_ns(), a->gid);
	if (((a->flags & KH_RESERVE_UID) && !uid_valid(u->ruid)) ||
	    ((a->flags & KH_RESERVE_GID) && !gid_valid(u->rgid))) {
		kfree(u);
		return -EINVAL;
	}
	mutex_lock(&khttp_urls_lock);
	old = find_exact(&khttp_resvs, net, a->url, a->url_length);
	if (add && !old) {
		list_add(&u->node, &khttp_resvs);
		u = NULL;
		err = 0;
	} else if (!add && old) {
		list_del(&old->node);
		kfree(old);
		err = 0;
	} else {
		err = add ? -EEXIST : -ENOENT;
	}
	mutex_unlock(&khttp_urls_lock);
	kfree(u);
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

/**
 * khttp_route() - the queue a request goes to
 * @net: the listener's network namespace
 * @local: the connection's local address
 * @port: the local port
 * @host: the request's host (a port in it is ignored)
 * @host_len: its length
 * @path: the request's path
 * @path_len: its length
 * @context: out: the prefix's context
 *
 * The queue of the connection's request: among the prefixes of its netns and port whose
 * listener it came through (the wildcard's, or its local address's), the best match of
 * host and path.
 *
 * Return: the queue with a reference taken, or NULL when no prefix matches
 */
struct khttp_queue *khttp_route(const struct net *net, const struct sockaddr_storage *local,
				u16 port, const char *host, size_t host_len, const char *path,
			     size_t path_len, u64 *context)
{
	size_t hlen = host_name_len(host, host_len), best_len = 0;
	struct khttp_url *u, *best = NULL;
	struct khttp_queue *q = NULL;

	mutex_lock(&khttp_urls_lock);
	list_for_each_entry(u, &khttp_urls, node) {
		if (u->net != net || u->port != port || u->path_len > path_len ||
		    strncasecmp(u->path, path, u->path_len) || !khttp_addr_match(&u->addr, local))
			continue;
		if (u->kind == KHTTP_HOST_NAME &&
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

/**
 * khttp_urls_net_exit() - remove a network namespace's prefixes and reservations
 * @net: the namespace, or NULL for all
 *
 * The prefixes and reservations of net (every one for NULL) go
 */
void khttp_urls_net_exit(const struct net *net)
{
	struct khttp_url *u, *tmp;

	mutex_lock(&khttp_urls_lock);
	list_for_each_entry_safe(u, tmp, &khttp_urls, node)
		if (!net || u->net == net)
			url_free(u);
	list_for_each_entry_safe(u, tmp, &khttp_resvs, node)
		if (!net || u->net == net) {
			list_del(&u->node);
			kfree(u);
		}
	mutex_unlock(&khttp_urls_lock);
}

/**
 * khttp_urls_list() - list the URL prefixes, or the listeners, for KH_IOC_ADMIN_LIST
 * @l: the list being answered (l->kind chooses)
 *
 * KH_IOC_ADMIN_LIST: the registered prefixes, or the ports they listen on
 */
void khttp_urls_list(struct khttp_admin_list *l)
{
	struct kh_admin_entry *e;
	struct khttp_url *u;

	mutex_lock(&khttp_urls_lock);
	if (l->kind == KH_ADMIN_LISTENER) {
		khttp_listeners_list(l);
		goto out;
	}
	list_for_each_entry(u, &khttp_urls, node) {
		e = khttp_admin_next(l);
		if (!e)
			continue;
		khttp_admin_name(e, u->text, strlen(u->text));
		e->queue_id = u->queue->id;
		e->id = u->context;
		e->port = u->port;
	}
out:
	mutex_unlock(&khttp_urls_lock);
}

/**
 * khttp_urls_exit() - remove every prefix and reservation at module exit
 */
void khttp_urls_exit(void)
{
	khttp_urls_net_exit(NULL);
}
