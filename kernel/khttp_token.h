/* SPDX-License-Identifier: GPL-2.0 */
/*
 * khttp: RFC 9110 5.6 character classes and small grammars (khttp_token.c),
 * pure functions shared by the parser, the authority and the conditions.
 */
#ifndef KHTTP_TOKEN_H
#define KHTTP_TOKEN_H

#include <linux/types.h>

#define KHTTP_CT_TCHAR		0x01	/* RFC 9110 5.6.2 tchar */
#define KHTTP_CT_UNRESERVED	0x02	/* RFC 3986 unreserved */
#define KHTTP_CT_SUBDELIM		0x04	/* RFC 3986 sub-delims */
#define KHTTP_CT_HEX		0x08	/* HEXDIG */
#define KHTTP_CT_DIGIT		0x10	/* DIGIT */

extern const u8 khttp_ctype[256];

static inline bool khttp_ct(unsigned char c, u8 class)
{
	return khttp_ctype[c] & class;
}

static inline bool khttp_is_tchar(unsigned char c)
{
	return khttp_ct(c, KHTTP_CT_TCHAR);
}

static inline bool khttp_is_hex(unsigned char c)
{
	return khttp_ct(c, KHTTP_CT_HEX);
}

static inline bool khttp_is_digit(unsigned char c)
{
	return khttp_ct(c, KHTTP_CT_DIGIT);
}

/* 1*tchar */
bool khttp_is_token(const char *s, size_t len);
/* the byte after a quoted-string starting at p, or NULL if it is not one */
const char *khttp_quoted_string_end(const char *p, const char *end);
/* the chunk extensions after a chunk-size (RFC 9112 7.1.1): valid or not */
bool khttp_chunk_ext_ok(const char *p, size_t len);
/* the next non-empty #list element at *pp, OWS trimmed; false at the end */
bool khttp_list_next(const char **pp, const char *end, const char **s, size_t *len);

/* Transfer-Encoding fields of a request, in order */
struct khttp_te {
	bool last_chunked;	/* the final coding so far is chunked */
	bool other;		/* a coding other than chunked came before it */
};

/* one Transfer-Encoding field into te: 0, or -400 (bad syntax, chunked not last) */
int khttp_te_codings(const char *v, size_t len, struct khttp_te *te);

#endif /* KHTTP_TOKEN_H */
