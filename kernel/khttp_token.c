// SPDX-License-Identifier: GPL-2.0
/*
 * khttp: the character classes of RFC 9110 5.6 and the small grammars built
 * on them (tokens, quoted strings, chunk extensions, Transfer-Encoding's
 * coding list). One ASCII table: the kernel's ctype is Latin-1 aware and
 * would take bytes 0x80-0xFF for letters. Pure functions: no kernel
 * object is touched, so host unit tests can compile this file as it is.
 */
#include <linux/kernel.h>
#include <linux/string.h>
#include "khttp_token.h"

#define T	KHTTP_CT_TCHAR
#define U	KHTTP_CT_UNRESERVED
#define S	KHTTP_CT_SUBDELIM
#define H	KHTTP_CT_HEX
#define D	KHTTP_CT_DIGIT

/* ASCII only: every byte from 0x80 up is 0 */
const u8 khttp_ctype[256] = {
	['!'] = T | S, ['#'] = T, ['$'] = T | S, ['%'] = T, ['&'] = T | S,
	['\''] = T | S, ['('] = S, [')'] = S, ['*'] = T | S, ['+'] = T | S,
	[','] = S, ['-'] = T | U, ['.'] = T | U, [';'] = S, ['='] = S,
	['^'] = T, ['_'] = T | U, ['`'] = T, ['|'] = T, ['~'] = T | U,
	['0' ... '9'] = T | U | H | D,
	['A' ... 'F'] = T | U | H, ['G' ... 'Z'] = T | U,
	['a' ... 'f'] = T | U | H, ['g' ... 'z'] = T | U,
};

bool khttp_is_token(const char *s, size_t len)
{
	size_t i;

	if (!len)
		return false;
	for (i = 0; i < len; i++)
		if (!khttp_is_tchar(s[i]))
			return false;
	return true;
}

static const char *bws(const char *p, const char *end)
{
	while (p < end && (*p == ' ' || *p == '\t'))
		p++;
	return p;
}

static const char *token_end(const char *p, const char *end)
{
	while (p < end && khttp_is_tchar(*p))
		p++;
	return p;
}

/* qdtext and quoted-pair: HTAB, SP, VCHAR but '"' and '\', obs-text */
static bool is_qdtext(unsigned char c)
{
	return c == '\t' || (c >= 0x20 && c != 0x7f && c != '"' && c != '\\');
}

const char *khttp_quoted_string_end(const char *p, const char *end)
{
	if (p == end || *p != '"')
		return NULL;
	for (p++; p < end; p++) {
		unsigned char c = *p;

		if (c == '"')
			return p + 1;
		if (c == '\\') {
			if (++p == end)
				return NULL;
			c = *p;
			if (c != '\t' && (c < 0x20 || c == 0x7f))
				return NULL;
		} else if (!is_qdtext(c)) {
			return NULL;
		}
	}
	return NULL;
}

/*
 * Parameters up to end: *( BWS ";" BWS name [ BWS "=" BWS value ] ), name a
 * token, value a token or a quoted-string; need_value: "=" value required.
 * BWS only before a ";": "5 " is no chunk-size line.
 */
static bool params(const char *p, const char *end, bool need_value)
{
	const char *q;

	for (;;) {
		if (p == end)
			return true;
		p = bws(p, end);
		if (p == end || *p != ';')
			return false;
		p = bws(p + 1, end);
		q = token_end(p, end);
		if (q == p)
			return false;	/* ";" with no name */
		p = bws(q, end);
		if (p == end || *p != '=') {
			if (need_value)
				return false;
			continue;
		}
		p = bws(p + 1, end);
		q = p < end && *p == '"' ? khttp_quoted_string_end(p, end) : token_end(p, end);
		if (!q || q == p)
			return false;	/* "=" with no value, or an unfinished quote */
		p = q;
	}
}

/*
 * RFC 9112 7.1.1, what follows the chunk-size on its line:
 * chunk-ext = *( BWS ";" BWS chunk-ext-name [ BWS "=" BWS chunk-ext-val ] )
 * chunk-ext-name = token; chunk-ext-val = token / quoted-string
 */
bool khttp_chunk_ext_ok(const char *p, size_t len)
{
	return params(p, p + len, false);
}

/*
 * The next element of a #list at *pp (RFC 9110 5.6.1): its bounds without
 * OWS; empty elements are skipped. False at the list's end.
 */
bool khttp_list_next(const char **pp, const char *end, const char **s, size_t *len)
{
	const char *p = *pp, *e;
	bool quoted = false;

	for (;;) {
		p = bws(p, end);
		if (p == end)
			return false;
		if (*p != ',')
			break;
		p++;
	}
	*s = p;
	for (; p < end && (quoted || *p != ','); p++) {
		if (quoted && *p == '\\' && p + 1 < end)
			p++;
		else if (*p == '"')
			quoted = !quoted;
	}
	for (e = p; e > *s && (e[-1] == ' ' || e[-1] == '\t'); e--)
		;
	*len = e - *s;
	*pp = p;
	return true;
}

/*
 * transfer-coding = token *( OWS ";" OWS transfer-parameter ) (RFC 9112 7):
 * the coding's name; parameters must be token = ( token / quoted-string ).
 */
static bool coding_name(const char *s, size_t len, size_t *name_len)
{
	const char *end = s + len, *p = token_end(s, end);

	*name_len = p - s;
	return p > s && params(p, end, true);
}

int khttp_te_codings(const char *v, size_t len, struct khttp_te *te)
{
	const char *p = v, *end = v + len, *s;
	size_t n, name;
	bool any = false;

	while (khttp_list_next(&p, end, &s, &n)) {
		if (!coding_name(s, n, &name))
			return -400;
		if (te->last_chunked)
			return -400;	/* chunked is not the final coding */
		if (name == 7 && !strncasecmp(s, "chunked", 7))
			te->last_chunked = true;
		else
			te->other = true;
		any = true;
	}
	return any ? 0 : -400;	/* a field with no coding */
}
