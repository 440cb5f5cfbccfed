// SPDX-License-Identifier: GPL-2.0
/*
 * khttp: a listener's address compared with a connection's local address
 * and with another listener's. Pure (no sockets), so tests/host builds it
 * as it is.
 */
#include <linux/in.h>
#include <linux/in6.h>
#include <linux/socket.h>
#include <net/ipv6.h>
#include "khttp_internal.h"

/**
 * khttp_addr_match() - whether a listener's address takes a connection
 * @a: the listener's address (family 0: any)
 * @local: the connection's local address
 *
 * Return: true if it does
 */
bool khttp_addr_match(const struct khttp_addr *a, const struct sockaddr_storage *local)
{
	const struct sockaddr_in *sin = (const struct sockaddr_in *)local;
	const struct sockaddr_in6 *sin6 = (const struct sockaddr_in6 *)local;

	if (!a->family)
		return true;
	if (a->family != local->ss_family)
		return false;
	return a->family == AF_INET ? sin->sin_addr.s_addr == a->v4 :
	       ipv6_addr_equal(&sin6->sin6_addr, &a->v6);
}

/**
 * khttp_addr_eq() - whether two listener addresses are the same
 * @a: one
 * @b: the other
 *
 * Return: true if equal
 */
bool khttp_addr_eq(const struct khttp_addr *a, const struct khttp_addr *b)
{
	return a->family == b->family && (a->family != AF_INET || a->v4 == b->v4) &&
	       (a->family != AF_INET6 || ipv6_addr_equal(&a->v6, &b->v6));
}
