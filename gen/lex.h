/* SPDX-License-Identifier: GPL-2.0 OR MIT */
/* Tokens of a C header, with positions; preprocessor lines become TK_DIRECTIVE. */
#ifndef THUNKGEN_LEX_H
#define THUNKGEN_LEX_H

#include "model.h"

enum tok_kind {
	TK_EOF,
	TK_IDENT,
	TK_NUMBER,
	TK_CHAR,	/* 'k' */
	TK_STRING,
	TK_PUNCT,
	TK_DIRECTIVE,	/* '#' at the start of a line: the directive's tokens follow, then TK_EOL */
	TK_EOL,		/* end of a directive */
	TK_OTHER,	/* in compiler output only: a float, a character we need not read */
};

struct tok {
	enum tok_kind kind;
	char *text;
	int64_t value;	/* TK_NUMBER, TK_CHAR */
	struct pos pos;
};

/* all tokens of a file, TK_EOF last */
struct tok *lex_file(const char *path, int *ntoks);
/* the same from memory; lenient: a float or an odd character is TK_OTHER, not an error */
struct tok *lex_buffer(const char *name, const char *src, size_t n, bool lenient, int *ntoks);

#endif
