// SPDX-License-Identifier: GPL-2.0
/*
 * khttp: listening sockets, one per port, shared by the URL prefixes on
 * that port (IPv4, all local addresses). The socket's data-ready callback
 * only queues the accept work; accepted sockets become connections.
 */
#include <linux/in.h>
#include <linux/net.h>
#include <linux/slab.h>
#include <net/sock.h>
#include "khttp_internal.h"

struct kh_listener {
	struct list_head node;
	u16 port;
	unsigned int users;		/* URL prefixes on this port */
	struct socket *sock;
	struct work_struct accept_work;
	void (*saved_data_ready)(struct sock *sk);
};

/* under khttp_urls_lock, held by the callers in khttp_url.c */
static LIST_HEAD(khttp_listeners);

static void lsn_data_ready(struct sock *sk)
{
	struct kh_listener *l;

	read_lock_bh(&sk->sk_callback_lock);
	l = rcu_dereference_sk_user_data(sk);
	if (l)
		queue_work(khttp_wq, &l->accept_work);
	read_unlock_bh(&sk->sk_callback_lock);
}

static void lsn_accept(struct work_struct *work)
{
	struct kh_listener *l = container_of(work, struct kh_listener, accept_work);
	struct socket *sock;

	while (!kernel_accept(l->sock, &sock, O_NONBLOCK))
		khttp_conn_start(sock);
}

static int lsn_open(struct kh_listener *l)
{
	struct sockaddr_in sin = {
		.sin_family = AF_INET,
		.sin_port = htons(l->port),
		.sin_addr.s_addr = htonl(INADDR_ANY),
	};
	struct sock *sk;
	int err;

	err = sock_create_kern(&init_net, AF_INET, SOCK_STREAM, IPPROTO_TCP, &l->sock);
	if (err)
		return err;
	sk = l->sock->sk;
	sock_set_reuseaddr(sk);
	err = kernel_bind(l->sock, (struct sockaddr *)&sin, sizeof(sin));
	if (!err)
		err = kernel_listen(l->sock, 1024);
	if (err) {
		sock_release(l->sock);
		return err;
	}
	write_lock_bh(&sk->sk_callback_lock);
	l->saved_data_ready = sk->sk_data_ready;
	rcu_assign_sk_user_data(sk, l);
	sk->sk_data_ready = lsn_data_ready;
	write_unlock_bh(&sk->sk_callback_lock);
	return 0;
}

struct kh_listener *khttp_listener_get(u16 port, int *err)
{
	struct kh_listener *l;

	list_for_each_entry(l, &khttp_listeners, node)
		if (l->port == port) {
			l->users++;
			return l;
		}
	l = kzalloc(sizeof(*l), GFP_KERNEL);
	if (!l) {
		*err = -ENOMEM;
		return NULL;
	}
	l->port = port;
	l->users = 1;
	INIT_WORK(&l->accept_work, lsn_accept);
	*err = lsn_open(l);
	if (*err) {
		kfree(l);
		return NULL;
	}
	list_add(&l->node, &khttp_listeners);
	return l;
}

/* the last prefix of a port gone: the port closes (open connections stay) */
void khttp_listener_put(struct kh_listener *l)
{
	struct sock *sk = l->sock->sk;

	if (--l->users)
		return;
	list_del(&l->node);
	write_lock_bh(&sk->sk_callback_lock);
	rcu_assign_sk_user_data(sk, NULL);
	sk->sk_data_ready = l->saved_data_ready;
	write_unlock_bh(&sk->sk_callback_lock);
	cancel_work_sync(&l->accept_work);
	kernel_sock_shutdown(l->sock, SHUT_RDWR);
	sock_release(l->sock);
	kfree(l);
}
