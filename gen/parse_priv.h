/* SPDX-License-Identifier: GPL-2.0 OR MIT */
/* Shared by the parser's files: token cursor, expressions, annotations. */
#ifndef THUNKGEN_PARSE_PRIV_H
#define THUNKGEN_PARSE_PRIV_H

#include "lex.h"

struct parser {
	struct spec *s;
	struct tok *t;
	int i, n;
	int depth;	/* macro expansion depth */
	unsigned int spec_align;	/* aligned(N) among the last specifier's words */
};

const struct tok *peek_tok(struct parser *P, int k);
const struct tok *next_tok(struct parser *P);
bool is_punct(const struct tok *t, const char *p);
bool is_ident(const struct tok *t, const char *s);
bool accept(struct parser *P, const char *p);
void expect(struct parser *P, const char *p);
struct pos here(struct parser *P);
int skip_group(struct parser *P);
struct type *parse_specifier(struct parser *P, const char *anon_name, struct annot *ann);
void parse_top(struct parser *P);
void parse_tokens(struct spec *s, struct tok *toks, int ntoks);
void parse_policy(struct parser *P);

/* builtin.c: scalar types and the typedefs every uapi header may use */
struct type *builtin_typedef(const char *name);
struct type *int_type(enum prim prim, bool is_signed, const char *spelling);

/* eval.c: integer constant expressions over enumerators and macros */
int64_t eval_expr(struct parser *P);
int64_t eval_tokens(struct spec *s, struct tok *toks, int ntoks, int depth);

/* pp.c: sizeof ( type-name ) in the ABI a compiler-output parse is for */
int64_t pp_sizeof(struct parser *P);

/* annot.c */
bool is_annotation(const char *name);
void parse_annotation(struct parser *P, struct annot *ann);

/* ioctl.c */
bool is_ioctl_macro(const char *name);
void resolve_ioctls(struct spec *s);

#endif
