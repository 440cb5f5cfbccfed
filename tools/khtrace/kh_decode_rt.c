// SPDX-License-Identifier: GPL-2.0 OR MIT
/*
 * strace's notation for the generated decoders: {a=1, b="x"...}, [1, 2, ...],
 * NAME|NAME|0x8, "0x5 (KH_VERB_???)" in strace's comment form, strings escaped and cut at -s.
 */
#include <arpa/inet.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>

#include "kh_decode_rt.h"

/* no caller's object graph is bigger; beyond it the address is printed */
#define KD_FETCH_LIMIT (16u << 20)

void kd_reset(struct kh_dec *d)
{
	d->len = 0;
	d->depth = 0;
	d->first[0] = true;
	d->count[0] = 0;
	if (d->buf)
		d->buf[0] = '\0';
}

const char *kd_text(const struct kh_dec *d)
{
	return d->buf ? d->buf : "";
}

static void put(struct kh_dec *d, const char *s, size_t n)
{
	if (d->len + n + 1 > d->cap) {
		size_t cap = (d->len + n + 1) * 2;
		char *b = realloc(d->buf, cap);

		if (!b)
			return;	/* the line is cut short; the tracer goes on */
		d->buf = b;
		d->cap = cap;
	}
	memcpy(d->buf + d->len, s, n);
	d->len += n;
	d->buf[d->len] = '\0';
}

void kd_puts(struct kh_dec *d, const char *s)
{
	put(d, s, strlen(s));
}

void kd_printf(struct kh_dec *d, const char *fmt, ...)
{
	char tmp[256];
	va_list ap;
	int n;

	va_start(ap, fmt);
	n = vsnprintf(tmp, sizeof(tmp), fmt, ap);
	va_end(ap);
	if (n > 0)
		put(d, tmp, (size_t)n < sizeof(tmp) ? (size_t)n : sizeof(tmp) - 1);
}

void kd_begin(struct kh_dec *d, char open)
{
	put(d, &open, 1);
	if (d->depth < KD_MAX_DEPTH)
		d->depth++;
	d->first[d->depth] = true;
	d->count[d->depth] = 0;
}

void kd_end(struct kh_dec *d, char close)
{
	put(d, &close, 1);
	if (d->depth)
		d->depth--;
	d->first[d->depth] = false;
}

void kd_sep(struct kh_dec *d)
{
	if (!d->first[d->depth])
		kd_puts(d, ", ");
	d->first[d->depth] = false;
}

void kd_field(struct kh_dec *d, const char *name)
{
	kd_sep(d);
	kd_puts(d, name);
	kd_puts(d, "=");
}

bool kd_elem(struct kh_dec *d)
{
	kd_sep(d);
	if (d->count[d->depth]++ >= d->strsize) {
		kd_puts(d, "...");
		return false;
	}
	return true;
}

__u64 kd_get(const unsigned char *p, unsigned int size)
{
	__u64 v = 0;

	for (unsigned int i = size; i-- > 0;)
		v = v << 8 | p[i];
	return v;
}

__s64 kd_gets(const unsigned char *p, unsigned int size)
{
	__u64 v = kd_get(p, size);

	if (size < 8 && (v >> (size * 8 - 1)) & 1)
		v |= ~0ull << (size * 8);
	return (__s64)v;
}

bool kd_is_zero(const unsigned char *p, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (p[i])
			return false;
	return true;
}

void kd_uint(struct kh_dec *d, __u64 v)
{
	kd_printf(d, "%llu", (unsigned long long)v);
}

void kd_int(struct kh_dec *d, __s64 v)
{
	kd_printf(d, "%lld", (long long)v);
}

void kd_hex(struct kh_dec *d, __u64 v)
{
	kd_printf(d, "%#llx", (unsigned long long)v);
}

void kd_float(struct kh_dec *d, const unsigned char *p, unsigned int size)
{
	if (size == sizeof(float)) {
		float f;

		memcpy(&f, p, sizeof(f));
		kd_printf(d, "%g", f);
	} else if (size == sizeof(double)) {
		double f;

		memcpy(&f, p, sizeof(f));
		kd_printf(d, "%g", f);
	} else {
		kd_puts(d, "...");
	}
}

void kd_scalar(struct kh_dec *d, const unsigned char *p, unsigned int size, enum kd_fmt fmt)
{
	if (fmt == KD_FMT_SIGNED)
		kd_int(d, kd_gets(p, size));
	else if (fmt == KD_FMT_HEX)
		kd_hex(d, kd_get(p, size));
	else
		kd_uint(d, kd_get(p, size));
}

/* "KH_VERB_" from KH_VERB_GET, KH_VERB_PUT...: for strace's KH_VERB_??? */
static size_t common_prefix(const struct kd_name *names)
{
	size_t n = names[0].name ? strlen(names[0].name) : 0;

	for (int i = 1; names[i].name; i++) {
		size_t k = 0;

		while (k < n && names[i].name[k] == names[0].name[k])
			k++;
		n = k;
	}
	while (n && names[0].name[n - 1] != '_')
		n--;
	return n;
}

void kd_enum(struct kh_dec *d, __u64 v, const struct kd_name *names)
{
	for (int i = 0; names[i].name; i++)
		if (names[i].value == v) {
			kd_puts(d, names[i].name);
			return;
		}
	kd_printf(d, "%#llx /* %.*s??? */", (unsigned long long)v, (int)common_prefix(names),
		  names[0].name ? names[0].name : "");
}

void kd_flags(struct kh_dec *d, __u64 v, const struct kd_name *names)
{
	bool any = false;

	if (!v || !names[0].name) {
		kd_hex(d, v);
		return;
	}
	for (int i = 0; names[i].name; i++)
		if (names[i].value && (v & names[i].value) == names[i].value) {
			kd_printf(d, "%s%s", any ? "|" : "", names[i].name);
			v &= ~names[i].value;
			any = true;
		}
	if (v)
		kd_printf(d, "%s%#llx", any ? "|" : "", (unsigned long long)v);
}

void kd_name_or_index(struct kh_dec *d, const char *name, unsigned int i)
{
	kd_sep(d);
	if (name)
		kd_puts(d, name);
	else
		kd_printf(d, "%u", i);
}

void kd_ptr(struct kh_dec *d, __u64 addr)
{
	if (addr)
		kd_hex(d, addr);
	else
		kd_puts(d, "NULL");
}

unsigned char *kd_fetch(struct kh_dec *d, __u64 addr, size_t n)
{
	unsigned char *p;

	if (!addr || n > KD_FETCH_LIMIT)
		return NULL;
	p = malloc(n ? n : 1);
	if (p && n && d->read(d->ctx, addr, p, n)) {
		free(p);
		return NULL;
	}
	return p;
}

void kd_free(void *p)
{
	free(p);
}

/* strace's escapes: \t \n \v \f \r \" \\, octal for the rest */
static void quote(struct kh_dec *d, const unsigned char *s, size_t n, bool more)
{
	kd_puts(d, "\"");
	for (size_t i = 0; i < n; i++) {
		unsigned char c = s[i];
		const char *esc = NULL;

		switch (c) {
		case '"': esc = "\\\""; break;
		case '\\': esc = "\\\\"; break;
		case '\f': esc = "\\f"; break;
		case '\n': esc = "\\n"; break;
		case '\r': esc = "\\r"; break;
		case '\t': esc = "\\t"; break;
		case '\v': esc = "\\v"; break;
		}
		if (esc)
			kd_puts(d, esc);
		else if (c >= ' ' && c < 0x7f)
			put(d, (const char *)&c, 1);
		else if (i + 1 < n && s[i + 1] >= '0' && s[i + 1] <= '7')
			kd_printf(d, "\\%03o", c);	/* a digit follows: all three */
		else
			kd_printf(d, "\\%o", c);
	}
	kd_puts(d, more ? "\"..." : "\"");
}

void kd_string(struct kh_dec *d, __u64 addr, __u64 len)
{
	size_t n = len > d->strsize ? d->strsize : (size_t)len;
	unsigned char *p;

	if (!addr) {
		kd_puts(d, "NULL");
		return;
	}
	p = kd_fetch(d, addr, n);
	if (!p) {
		kd_ptr(d, addr);
		return;
	}
	quote(d, p, n, len > n);
	free(p);
}

/* up to the NUL, at most max bytes, printed up to strsize */
void kd_cstring(struct kh_dec *d, __u64 addr, __u64 max)
{
	size_t lim = max < d->strsize ? (size_t)max : d->strsize, n = 0;
	unsigned char *p;

	if (!addr) {
		kd_puts(d, "NULL");
		return;
	}
	p = malloc(lim + 1);
	if (!p)
		return;
	while (n <= lim && !d->read(d->ctx, addr + n, p + n, 1) && p[n])
		n++;
	if (n <= lim && p[n]) {	/* unreadable before its end */
		kd_ptr(d, addr);
	} else {
		quote(d, p, n > lim ? lim : n, n > lim);
	}
	free(p);
}

void kd_strbuf(struct kh_dec *d, const unsigned char *p, size_t n)
{
	size_t len = strnlen((const char *)p, n);

	quote(d, p, len > d->strsize ? d->strsize : len, len > d->strsize);
}

void kd_sockaddr(struct kh_dec *d, __u64 addr)
{
	unsigned char *p = kd_fetch(d, addr, 2);
	unsigned int fam = p ? (unsigned int)kd_get(p, 2) : 0;
	char ip[INET6_ADDRSTRLEN];

	kd_free(p);
	if (fam == AF_INET && (p = kd_fetch(d, addr, sizeof(struct sockaddr_in)))) {
		struct sockaddr_in sin;

		memcpy(&sin, p, sizeof(sin));
		inet_ntop(AF_INET, &sin.sin_addr, ip, sizeof(ip));
		kd_printf(d, "{sa_family=AF_INET, sin_port=htons(%u), sin_addr=inet_addr(\"%s\")}",
			  ntohs(sin.sin_port), ip);
	} else if (fam == AF_INET6 && (p = kd_fetch(d, addr, sizeof(struct sockaddr_in6)))) {
		struct sockaddr_in6 sin6;

		memcpy(&sin6, p, sizeof(sin6));
		inet_ntop(AF_INET6, &sin6.sin6_addr, ip, sizeof(ip));
		kd_printf(d, "{sa_family=AF_INET6, sin6_port=htons(%u), sin6_flowinfo=htonl(%u), "
			  "inet_pton(AF_INET6, \"%s\", &sin6_addr), sin6_scope_id=%u}",
			  ntohs(sin6.sin6_port), ntohl(sin6.sin6_flowinfo), ip, sin6.sin6_scope_id);
	} else if (fam && addr) {
		kd_printf(d, "{sa_family=%u}", fam);
	} else {
		kd_ptr(d, addr);
		return;
	}
	kd_free(p);
}

void kd_records(struct kh_dec *d, __u64 addr, __u64 n, size_t size,
		void (*fn)(struct kh_dec *d, const unsigned char *p, unsigned int ph), bool array)
{
	size_t shown = n > d->strsize ? d->strsize : (size_t)n;
	unsigned char *p;

	if (!array)
		shown = 1;
	if (!addr) {
		kd_puts(d, "NULL");
		return;
	}
	if (array && !n) {
		kd_puts(d, "[]");
		return;
	}
	p = d->depth + 2 < KD_MAX_DEPTH ? kd_fetch(d, addr, shown * size) : NULL;
	if (!p && shown) {	/* unreadable, or nested too deep to show */
		kd_ptr(d, addr);
		return;
	}
	if (!array) {
		fn(d, p, KD_ALL);
		free(p);
		return;
	}
	kd_begin(d, '[');
	for (size_t i = 0; i < n && kd_elem(d); i++)
		fn(d, p + i * size, KD_ALL);
	kd_end(d, ']');
	free(p);
}

void kd_scalars(struct kh_dec *d, __u64 addr, __u64 n, unsigned int size, enum kd_fmt fmt)
{
	size_t shown = n > d->strsize ? d->strsize : (size_t)n;
	unsigned char *p;

	if (!addr) {
		kd_puts(d, "NULL");
		return;
	}
	p = kd_fetch(d, addr, shown * size);
	if (!p) {
		kd_ptr(d, addr);
		return;
	}
	kd_begin(d, '[');
	for (size_t i = 0; i < n && kd_elem(d); i++)
		kd_scalar(d, p + i * size, size, fmt);
	kd_end(d, ']');
	free(p);
}
