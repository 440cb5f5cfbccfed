// SPDX-License-Identifier: GPL-2.0 OR MIT
/*
 * A tokenizer for C headers. Comments vanish, backslash-newlines join
 * lines, and a '#' that starts a line opens a directive that ends at the
 * end of its (joined) line, so the parser can read #define bodies.
 */
#include <ctype.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lex.h"

struct lexer {
	const char *src;
	size_t i, n;
	struct pos pos;
	bool in_directive;
	bool line_start;
	struct tok *toks;
	int ntoks;
	bool lenient;	/* compiler output: a number we cannot read is TK_OTHER */
};

static char *read_file(const char *path, size_t *len)
{
	FILE *f = fopen(path, "rb");
	char *buf;
	long n;

	if (!f)
		die_at((struct pos){ 0 }, "cannot open %s: %s", path, strerror(errno));
	fseek(f, 0, SEEK_END);
	n = ftell(f);
	fseek(f, 0, SEEK_SET);
	buf = xcalloc(1, n + 1);
	if (fread(buf, 1, n, f) != (size_t)n)
		die_at((struct pos){ 0 }, "cannot read %s", path);
	fclose(f);
	*len = n;
	return buf;
}

static int peek(struct lexer *L, size_t k)
{
	return L->i + k < L->n ? (unsigned char)L->src[L->i + k] : 0;
}

static void advance(struct lexer *L)
{
	if (L->src[L->i] == '\n') {
		L->pos.line++;
		L->pos.col = 1;
	} else {
		L->pos.col++;
	}
	L->i++;
}

static void push(struct lexer *L, enum tok_kind kind, char *text, struct pos p)
{
	struct tok *t = PUSH(L->toks, L->ntoks);

	memset(t, 0, sizeof(*t));
	t->kind = kind;
	t->text = text;
	t->pos = p;
}

/* skips blanks, comments and line joins; returns true at a newline that ends a line */
static bool skip_space(struct lexer *L)
{
	for (;;) {
		int c = peek(L, 0);

		if (c == '\\' && peek(L, 1) == '\n') {
			advance(L);
			advance(L);
		} else if (c == '\n') {
			return true;
		} else if (c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v') {
			advance(L);
		} else if (c == '/' && peek(L, 1) == '*') {
			struct pos start = L->pos;

			advance(L);
			advance(L);
			while (L->i < L->n && !(peek(L, 0) == '*' && peek(L, 1) == '/'))
				advance(L);
			if (L->i >= L->n)
				die_at(start, "unterminated comment");
			advance(L);
			advance(L);
		} else if (c == '/' && peek(L, 1) == '/') {
			while (L->i < L->n && peek(L, 0) != '\n')
				advance(L);
		} else {
			return false;
		}
	}
}

static int64_t char_value(struct lexer *L, const char *s, struct pos p)
{
	(void)L;
	if (s[1] == '\\') {
		switch (s[2]) {
		case 'n': return '\n';
		case 't': return '\t';
		case '0': return 0;
		case '\\': return '\\';
		case '\'': return '\'';
		default:
			if (L->lenient)
				return -1;
			die_at(p, "unsupported escape in character constant %s", s);
		}
	}
	return (unsigned char)s[1];
}

static void lex_one(struct lexer *L)
{
	struct pos p = L->pos;
	size_t start = L->i;
	int c = peek(L, 0);

	if (isalpha(c) || c == '_') {
		while (isalnum(peek(L, 0)) || peek(L, 0) == '_')
			advance(L);
		push(L, TK_IDENT, strndup(L->src + start, L->i - start), p);
	} else if (isdigit(c)) {
		char *end;
		struct tok *t;

		while (isalnum(peek(L, 0)) || peek(L, 0) == '.')
			advance(L);
		push(L, TK_NUMBER, strndup(L->src + start, L->i - start), p);
		t = &L->toks[L->ntoks - 1];
		errno = 0;
		t->value = (int64_t)strtoull(t->text, &end, 0);
		while (*end == 'u' || *end == 'U' || *end == 'l' || *end == 'L')
			end++;
		if ((*end || errno) && L->lenient)
			t->kind = TK_OTHER;
		else if (*end || errno)
			die_at(p, "bad number '%s'", t->text);
	} else if (c == '\'' || c == '"') {
		int q = c;

		advance(L);
		while (L->i < L->n && peek(L, 0) != q && peek(L, 0) != '\n') {
			if (peek(L, 0) == '\\')
				advance(L);
			advance(L);
		}
		if (peek(L, 0) != q)
			die_at(p, "unterminated %s", q == '"' ? "string" : "character constant");
		advance(L);
		push(L, q == '"' ? TK_STRING : TK_CHAR, strndup(L->src + start, L->i - start), p);
		if (q == '\'')
			L->toks[L->ntoks - 1].value = char_value(L, L->toks[L->ntoks - 1].text, p);
	} else {
		static const char *const three[] = { "...", "<<=", ">>=" };
		static const char *const two[] = { "<<", ">>", "<=", ">=", "==", "!=", "&&",
						   "||", "->", "++", "--", "##" };
		size_t len = 1;

		for (size_t k = 0; k < sizeof(three) / sizeof(three[0]); k++)
			if (!strncmp(L->src + L->i, three[k], 3))
				len = 3;
		for (size_t k = 0; len == 1 && k < sizeof(two) / sizeof(two[0]); k++)
			if (!strncmp(L->src + L->i, two[k], 2))
				len = 2;
		if (!strchr("{}[]();,.:*&|^~!+-/%<>=?#", c) && !L->lenient)
			die_at(p, "stray character '%c'", c);
		for (size_t k = 0; k < len; k++)
			advance(L);
		push(L, TK_PUNCT, strndup(L->src + start, len), p);
	}
}

struct tok *lex_file(const char *path, int *ntoks)
{
	size_t n;
	const char *src = read_file(path, &n);

	return lex_buffer(path, src, n, false, ntoks);
}

struct tok *lex_buffer(const char *name, const char *src, size_t n, bool lenient, int *ntoks)
{
	struct lexer L = { 0 };

	L.src = src;
	L.n = n;
	L.lenient = lenient;
	L.pos = (struct pos){ name, 1, 1 };
	L.line_start = true;
	for (;;) {
		bool eol = skip_space(&L);

		if (eol || L.i >= L.n) {
			if (L.in_directive)
				push(&L, TK_EOL, "", L.pos);
			L.in_directive = false;
			if (L.i >= L.n)
				break;
			advance(&L);
			L.line_start = true;
			continue;
		}
		if (L.line_start && peek(&L, 0) == '#') {
			push(&L, TK_DIRECTIVE, "#", L.pos);
			advance(&L);
			L.in_directive = true;
			L.line_start = false;
			continue;
		}
		L.line_start = false;
		lex_one(&L);
	}
	push(&L, TK_EOF, "", L.pos);
	*ntoks = L.ntoks;
	return L.toks;
}
