// SPDX-License-Identifier: GPL-2.0
/*
 * khttp: the authority of a request, from its Host field or its
 * absolute-form target, by one grammar (RFC 3986 3.2.2 as RFC 9110 4.2.1
 * and RFC 9112 3.2 use it). A request whose Host is invalid gets 400
 * (RFC 9112 3.2), an http URI with an empty host or with userinfo is
 * invalid (RFC 9110 4.2.1, 4.2.4).
 */
#include <linux/kernel.h>
#include <linux/string.h>
#include "khttp_authority.h"
#include "khttp_token.h"

/* reg-name = *( unreserved / pct-encoded / sub-delims ) */
static bool reg_name(const char *p, const char *end)
{
	for (; p < end; p++) {
		if (khttp_ct(*p, KHTTP_CT_UNRESERVED | KHTTP_CT_SUBDELIM))
			continue;
		if (*p != '%' || end - p < 3 || !khttp_is_hex(p[1]) || !khttp_is_hex(p[2]))
			return false;
		p += 2;
	}
	return true;
}

/* IPv4address: four dec-octets 0-255, no leading zeros */
static bool ipv4(const char *p, const char *end)
{
	int part;

	for (part = 0; part < 4; part++) {
		const char *s = p;
		unsigned int v = 0;

		while (p < end && khttp_is_digit(*p) && p - s < 3)
			v = v * 10 + (*p++ - '0');
		if (p == s || v > 255 || (p - s > 1 && *s == '0'))
			return false;
		if (part < 3 && (p == end || *p++ != '.'))
			return false;
	}
	return p == end;
}

/* IPv6address (RFC 3986 3.2.2): 8 groups, one "::" for a run of zeros, an IPv4 tail */
static bool ipv6(const char *p, const char *end)
{
	int groups = 0;
	bool gap = false;

	if (end - p >= 2 && p[0] == ':' && p[1] == ':') {
		gap = true;
		p += 2;
		if (p == end)
			return true;
	} else if (p < end && *p == ':') {
		return false;
	}
	while (p < end) {
		const char *s = p, *dot = p;

		while (dot < end && *dot != ':' && *dot != '.')
			dot++;
		if (dot < end && *dot == '.') {	/* the ls32 IPv4 tail */
			if (!ipv4(s, end))
				return false;
			groups += 2;
			p = end;
			break;
		}
		while (p < end && khttp_is_hex(*p) && p - s < 4)
			p++;
		if (p == s || (p < end && *p != ':'))
			return false;
		groups++;
		if (p == end)
			break;
		p++;	/* ':' */
		if (p < end && *p == ':') {
			if (gap)
				return false;
			gap = true;
			p++;
			if (p == end)
				break;
		} else if (p == end) {
			return false;	/* a trailing single ':' */
		}
	}
	return gap ? groups < 8 : groups == 8;
}

/* IPvFuture = "v" 1*HEXDIG "." 1*( unreserved / sub-delims / ":" ) */
static bool ipvfuture(const char *p, const char *end)
{
	const char *s;

	if (p == end || (*p != 'v' && *p != 'V'))
		return false;
	for (s = ++p; p < end && khttp_is_hex(*p); p++)
		;
	if (p == s || p == end || *p++ != '.' || p == end)
		return false;
	for (; p < end; p++)
		if (!khttp_ct(*p, KHTTP_CT_UNRESERVED | KHTTP_CT_SUBDELIM) && *p != ':')
			return false;
	return true;
}

int khttp_authority_parse(const char *s, size_t len, bool allow_empty, struct khttp_authority *a)
{
	const char *end = s + len, *h_end, *p;
	unsigned int port = 0;

	a->host = s;
	a->port = -1;
	if (len && *s == '[') {
		h_end = memchr(s, ']', len);
		if (!h_end || !(ipv6(s + 1, h_end) || ipvfuture(s + 1, h_end)))
			return -400;
		h_end++;
	} else {
		h_end = memchr(s, ':', len) ?: end;
		if (!reg_name(s, h_end))
			return -400;	/* '@', '/', '?', '#', '[', '%' not followed by hex... */
	}
	a->host_len = h_end - s;
	if (!a->host_len && !allow_empty)
		return -400;
	if (h_end == end)
		return 0;
	if (*h_end != ':')
		return -400;	/* "[::1]x" */
	for (p = h_end + 1; p < end; p++) {
		if (!khttp_is_digit(*p) || p - h_end > 5)
			return -400;	/* a second ':' lands here too */
		port = port * 10 + (*p - '0');
	}
	if (port > 65535)
		return -400;
	if (p > h_end + 1)
		a->port = port;
	return 0;
}
