// SPDX-License-Identifier: GPL-2.0
/*
 * khttp: listening sockets, shared by the URL prefixes of a port: one for
 * IPv4 and one for IPv6 (v6-only, so IPv4 clients keep IPv4 addresses), all
 * local addresses; a kernel without IPv6 listens on IPv4 only. A socket's
 * data-ready callback only queues the accept work; accepted sockets become
 * connections. kernel_listen has the socket hashed and listening before
 * add-url returns: a client may connect at once.
 *
 * A listener lives in the network namespace of the caller that opened it,
 * kept by (netns, address, port): the wildcard (both families, every
 * address) or one address a prefix's host names (khttp_url.c). Its
 * kernel sockets hold no count on the namespace: the module's pernet exit
 * (khttp_main.c) removes the namespace's prefixes, and with them its
 * listeners, before the namespace goes.
 */
#include <linux/in.h>
#include <linux/in6.h>
#include <linux/net.h>
#include <linux/sched/mm.h>
#include <linux/slab.h>
#include <net/ipv6.h>
#include <net/sock.h>
#include <net/tcp_states.h>
#include "khttp_internal.h"

enum { KHTTP_LSN_V4, KHTTP_LSN_V6, KHTTP_LSN_FAMILIES };

struct khttp_lsn_sock {
	struct socket *sock;		/* NULL: not listening (IPv6 may be missing) */
	void (*saved_data_ready)(struct sock *sk);
};

struct khttp_listener {
	struct list_head node;
	struct net *net;
	struct khttp_addr addr;		/* family 0: the wildcard */
	u16 port;
	unsigned int users;		/* URL prefixes on this port */
	kuid_t owner;			/* who opened it: charged for it (khttp_user.c) */
	struct khttp_lsn_sock fam[KHTTP_LSN_FAMILIES];
	struct work_struct accept_work;
	struct mem_cgroup *memcg;	/* of the process that opened the port */
};

/* under khttp_urls_lock, held by the callers in khttp_url.c */
static LIST_HEAD(khttp_listeners);

static void lsn_data_ready(struct sock *sk)
{
	struct khttp_listener *l;

	if (sk->sk_state != TCP_LISTEN)
		return;	/* an accepted socket, a copy of ours not yet adopted */
	/* an RCU reader as in conn_sk_event(): release_sock() runs it too */
	read_lock_bh(&sk->sk_callback_lock);
	rcu_read_lock();
	l = rcu_dereference_sk_user_data(sk);
	if (l)
		queue_work(khttp_wq, &l->accept_work);
	rcu_read_unlock();
	read_unlock_bh(&sk->sk_callback_lock);
}

/*
 * An accepted socket is a copy of the listener's, with its callback and
 * user data: both go back to the stock ones, so that no callback of this
 * module stays with a socket once its connection has released it.
 */
static void lsn_adopt(const struct khttp_lsn_sock *ls, struct socket *sock)
{
	struct sock *sk = sock->sk;

	write_lock_bh(&sk->sk_callback_lock);
	rcu_assign_sk_user_data(sk, NULL);
	sk->sk_data_ready = ls->saved_data_ready;
	write_unlock_bh(&sk->sk_callback_lock);
}

static void lsn_accept(struct work_struct *work)
{
	struct khttp_listener *l = container_of(work, struct khttp_listener, accept_work);
	struct mem_cgroup *old = set_active_memcg(l->memcg);
	struct socket *sock;
	int i;

	for (i = 0; i < KHTTP_LSN_FAMILIES; i++)
		while (l->fam[i].sock && !kernel_accept(l->fam[i].sock, &sock, O_NONBLOCK)) {
			lsn_adopt(&l->fam[i], sock);
			khttp_conn_start(sock, l->memcg);
		}
	set_active_memcg(old);
}

static int lsn_open(struct khttp_listener *l, int i)
{
	struct sockaddr_in sin = {
		.sin_family = AF_INET,
		.sin_port = htons(l->port),
		.sin_addr.s_addr = l->addr.family == AF_INET ? l->addr.v4 : htonl(INADDR_ANY),
	};
	struct sockaddr_in6 sin6 = {
		.sin6_family = AF_INET6,
		.sin6_port = htons(l->port),
		.sin6_addr = l->addr.family == AF_INET6 ? l->addr.v6 : in6addr_any,
	};
	struct socket *sock;
	struct sock *sk;
	int err;

	err = sock_create_kern(l->net, i == KHTTP_LSN_V6 ? AF_INET6 : AF_INET, SOCK_STREAM,
			       IPPROTO_TCP, &sock);
	if (err)
		return err;
	sk = sock->sk;
	sock_set_reuseaddr(sk);
	if (i == KHTTP_LSN_V6)
		err = ip6_sock_set_v6only(sk);
	if (!err)
		err = i == KHTTP_LSN_V6 ?
		      kernel_bind(sock, (struct sockaddr *)&sin6, sizeof(sin6)) :
		      kernel_bind(sock, (struct sockaddr *)&sin, sizeof(sin));
	if (!err)
		err = kernel_listen(sock, 1024);
	if (err) {
		sock_release(sock);
		return err;
	}
	write_lock_bh(&sk->sk_callback_lock);
	l->fam[i].saved_data_ready = sk->sk_data_ready;
	rcu_assign_sk_user_data(sk, l);
	sk->sk_data_ready = lsn_data_ready;
	write_unlock_bh(&sk->sk_callback_lock);
	l->fam[i].sock = sock;
	return 0;
}

/* the socket's callback goes back: no accept work is queued any more */
static void lsn_detach(struct khttp_listener *l, int i)
{
	struct sock *sk;

	if (!l->fam[i].sock)
		return;
	sk = l->fam[i].sock->sk;
	write_lock_bh(&sk->sk_callback_lock);
	rcu_assign_sk_user_data(sk, NULL);
	sk->sk_data_ready = l->fam[i].saved_data_ready;
	write_unlock_bh(&sk->sk_callback_lock);
}

/**
 * khttp_listener_get() - the listener of an address and port, opened on first use
 * @net: the network namespace
 * @addr: the local address (family 0: any)
 * @port: the local port
 * @err: out: the error when NULL is returned
 *
 * The listener of (net, addr, port), opened if need be. A wildcard and an address on one
 * port cannot both listen: the second bind's -EADDRINUSE, as for any socket.
 *
 * Return: the listener with a user counted, or NULL with *err set (-EADDRINUSE for a
 * wildcard and an address on one port)
 */
struct khttp_listener *khttp_listener_get(struct net *net, const struct khttp_addr *addr, u16 port,
					  int *err)
{
	struct khttp_listener *l;

	list_for_each_entry(l, &khttp_listeners, node)
		if (l->net == net && l->port == port && khttp_addr_eq(&l->addr, addr)) {
			l->users++;
			return l;
		}
	l = kzalloc(sizeof(*l), GFP_KERNEL_ACCOUNT);
	if (!l) {
		*err = -ENOMEM;
		return NULL;
	}
	l->net = net;
	l->addr = *addr;
	l->owner = current_euid();
	*err = khttp_user_charge(l->owner, KHTTP_USER_PORTS);
	if (*err) {
		kfree(l);
		return NULL;
	}
	l->port = port;
	l->users = 1;
	INIT_WORK(&l->accept_work, lsn_accept);
	/* one address: its family's socket; the wildcard: IPv4, and IPv6 if it can */
	*err = lsn_open(l, l->addr.family == AF_INET6 ? KHTTP_LSN_V6 : KHTTP_LSN_V4);
	if (*err) {
		khttp_user_uncharge(l->owner, KHTTP_USER_PORTS);
		kfree(l);
		return NULL;
	}
	l->memcg = khttp_memcg_current();
	if (!l->addr.family)
		lsn_open(l, KHTTP_LSN_V6);	/* no IPv6 (or its port taken): IPv4 only */
	list_add(&l->node, &khttp_listeners);
	return l;
}

/**
 * khttp_listener_put() - drop a user of a listener
 * @l: the listener
 *
 * The last prefix of a port gone: the port closes (open connections stay)
 */
void khttp_listener_put(struct khttp_listener *l)
{
	int i;

	if (--l->users)
		return;
	list_del(&l->node);
	for (i = 0; i < KHTTP_LSN_FAMILIES; i++)
		lsn_detach(l, i);
	cancel_work_sync(&l->accept_work);
	for (i = 0; i < KHTTP_LSN_FAMILIES; i++) {
		if (!l->fam[i].sock)
			continue;
		kernel_sock_shutdown(l->fam[i].sock, SHUT_RDWR);
		sock_release(l->fam[i].sock);
	}
	khttp_memcg_put(l->memcg);
	khttp_user_uncharge(l->owner, KHTTP_USER_PORTS);
	kfree(l);
}

/**
 * khttp_listeners_list() - list the listening ports for KH_IOC_ADMIN_LIST
 * @l: the list being answered
 *
 * KH_IOC_ADMIN_LIST: the listening ports; under khttp_urls_lock
 */
void khttp_listeners_list(struct khttp_admin_list *l)
{
	struct khttp_listener *lsn;
	struct kh_admin_entry *e;
	int i;

	list_for_each_entry(lsn, &khttp_listeners, node) {
		e = khttp_admin_next(l);
		if (!e)
			continue;
		e->port = lsn->port;
		e->value[0] = lsn->users;
		if (lsn->addr.family == AF_INET)
			snprintf(e->name, sizeof(e->name), "%pI4", &lsn->addr.v4);
		else if (lsn->addr.family == AF_INET6)
			snprintf(e->name, sizeof(e->name), "%pI6c", &lsn->addr.v6);
		else
			strscpy(e->name, "*", sizeof(e->name));
		for (i = 0; i < KHTTP_LSN_FAMILIES; i++)
			if (lsn->fam[i].sock)
				e->value[1] |= 1 << i;
	}
}
