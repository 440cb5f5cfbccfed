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
};

struct tok {
	enum tok_kind kind;
	char *text;
	int64_t value;	/* TK_NUMBER, TK_CHAR */
	struct pos pos;
};

/* all tokens of a file, TK_EOF last */
struct tok *lex_file(const char *path, int *ntoks);

#endif
