/* SPDX-License-Identifier: GPL-2.0 */
/*
 * khttp: one parser for the authority of a Host field and of an
 * absolute-form target (khttp_authority.c). Pure: host tests compile it.
 */
#ifndef KHTTP_AUTHORITY_H
#define KHTTP_AUTHORITY_H

#include <linux/types.h>

struct khttp_authority {
	const char *host;	/* uri-host: reg-name, IPv4address or [IP-literal] */
	size_t host_len;
	int port;		/* -1: none given ("h" or "h:") */
};

/*
 * uri-host [ ":" port ] (RFC 9110 4.2.1, 7.2; RFC 3986 3.2.2) over all of
 * s: 0, or -400 for anything else (userinfo, a path or query character,
 * bad percent-encoding, brackets, a port past 65535). An empty host is
 * valid only when allow_empty (a Host field; never an http URI).
 */
int khttp_authority_parse(const char *s, size_t len, bool allow_empty, struct khttp_authority *a);

#endif /* KHTTP_AUTHORITY_H */
