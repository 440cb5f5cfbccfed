// SPDX-License-Identifier: GPL-2.0
/*
 * khttp: who is an administrator (docs/security.md). Module-wide settings
 * and data need CAP_NET_ADMIN in the initial user namespace; reservations
 * and registrations of a network namespace, CAP_NET_ADMIN over it (the
 * root of a container's user namespace, for its own netns).
 */
#include <linux/capability.h>
#include <linux/nsproxy.h>
#include <linux/sched.h>
#include <net/net_namespace.h>
#include "khttp_internal.h"

/**
 * khttp_admin() - whether the caller administers khttp
 *
 * Return: true with CAP_NET_ADMIN in the initial user namespace
 */
bool khttp_admin(void)
{
	return capable(CAP_NET_ADMIN);
}

/**
 * khttp_net_admin() - whether the caller administers a network namespace
 * @net: the namespace
 *
 * Return: true with CAP_NET_ADMIN over net's user namespace
 */
bool khttp_net_admin(struct net *net)
{
	return ns_capable(net->user_ns, CAP_NET_ADMIN);
}
