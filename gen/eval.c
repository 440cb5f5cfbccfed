// SPDX-License-Identifier: GPL-2.0 OR MIT
/*
 * Integer constant expressions as uapi headers write them: numbers,
 * character constants, enumerators, object-like macros, casts to integer
 * types, and C's operators with C's precedence.
 */
#include <string.h>

#include "parse_priv.h"

static int64_t eval_cond(struct parser *P);

static const struct macro *find_macro(struct spec *s, const char *name)
{
	for (int i = s->nmacros - 1; i >= 0; i--)
		if (!strcmp(s->macros[i].name, name))
			return &s->macros[i];
	return NULL;
}

static bool find_const(struct spec *s, const char *name, int64_t *v)
{
	for (int i = 0; i < s->nconsts; i++)
		if (!strcmp(s->consts[i].name, name)) {
			*v = s->consts[i].value;
			return true;
		}
	return false;
}

int64_t eval_tokens(struct spec *s, struct tok *toks, int ntoks, int depth)
{
	struct parser sub = { .s = s, .t = toks, .n = ntoks, .depth = depth };
	int64_t v;

	if (depth > 32)
		die_at(toks[0].pos, "macro expansion too deep");
	if (!ntoks)
		die_at((struct pos){ 0 }, "empty expression");
	v = eval_cond(&sub);
	if (sub.i != sub.n)
		die_at(toks[sub.i].pos, "unexpected '%s' in constant expression", toks[sub.i].text);
	return v;
}

static bool starts_type(struct parser *P, int k)
{
	const struct tok *t = peek_tok(P, k);

	return t->kind == TK_IDENT &&
	       (builtin_typedef(t->text) || is_ident(t, "unsigned") || is_ident(t, "signed") ||
		is_ident(t, "int") || is_ident(t, "long") || is_ident(t, "short") ||
		is_ident(t, "char"));
}

static int64_t eval_unary(struct parser *P)
{
	const struct tok *t = peek_tok(P, 0);

	if (accept(P, "-"))
		return -eval_unary(P);
	if (accept(P, "+"))
		return eval_unary(P);
	if (accept(P, "~"))
		return ~eval_unary(P);
	if (accept(P, "!"))
		return !eval_unary(P);
	if (is_punct(t, "(") && starts_type(P, 1)) {	/* a cast: the value is kept */
		next_tok(P);
		parse_specifier(P, NULL, NULL);
		expect(P, ")");
		return eval_unary(P);
	}
	if (accept(P, "(")) {
		int64_t v = eval_cond(P);

		expect(P, ")");
		return v;
	}
	next_tok(P);
	if (t->kind == TK_NUMBER || t->kind == TK_CHAR)
		return t->value;
	if (t->kind == TK_IDENT) {
		const struct macro *m = find_macro(P->s, t->text);
		int64_t v;

		if (find_const(P->s, t->text, &v))
			return v;
		if (m && !m->function_like)
			return eval_tokens(P->s, m->toks, m->ntoks, P->depth + 1);
		if (is_ident(t, "sizeof") && P->s->cpp)	/* one parse per ABI: its own size */
			return pp_sizeof(P);
		if (is_ident(t, "sizeof"))
			die_at(t->pos, "sizeof in a constant depends on the ABI; use a number");
		die_at(t->pos, "'%s' is not a known constant", t->text);
	}
	die_at(t->pos, "unexpected '%s' in constant expression", t->text);
}

static const struct {
	const char *op;
	int prec;
} binops[] = {
	{ "||", 1 }, { "&&", 2 }, { "|", 3 }, { "^", 4 }, { "&", 5 },
	{ "==", 6 }, { "!=", 6 }, { "<", 7 }, { ">", 7 }, { "<=", 7 }, { ">=", 7 },
	{ "<<", 8 }, { ">>", 8 }, { "+", 9 }, { "-", 9 }, { "*", 10 }, { "/", 10 },
	{ "%", 10 },
};

static int binop_prec(const struct tok *t)
{
	if (t->kind != TK_PUNCT)
		return 0;
	for (size_t i = 0; i < sizeof(binops) / sizeof(binops[0]); i++)
		if (!strcmp(binops[i].op, t->text))
			return binops[i].prec;
	return 0;
}

static int64_t apply(const struct tok *op, int64_t a, int64_t b)
{
	const char *o = op->text;

	if ((!strcmp(o, "/") || !strcmp(o, "%")) && b == 0)
		die_at(op->pos, "division by zero in constant expression");
	if (!strcmp(o, "||")) return a || b;
	if (!strcmp(o, "&&")) return a && b;
	if (!strcmp(o, "|")) return a | b;
	if (!strcmp(o, "^")) return a ^ b;
	if (!strcmp(o, "&")) return a & b;
	if (!strcmp(o, "==")) return a == b;
	if (!strcmp(o, "!=")) return a != b;
	if (!strcmp(o, "<")) return a < b;
	if (!strcmp(o, ">")) return a > b;
	if (!strcmp(o, "<=")) return a <= b;
	if (!strcmp(o, ">=")) return a >= b;
	if (!strcmp(o, "<<")) return (int64_t)((uint64_t)a << (b & 63));
	if (!strcmp(o, ">>")) return (int64_t)((uint64_t)a >> (b & 63));
	if (!strcmp(o, "+")) return (int64_t)((uint64_t)a + (uint64_t)b);
	if (!strcmp(o, "-")) return (int64_t)((uint64_t)a - (uint64_t)b);
	if (!strcmp(o, "*")) return (int64_t)((uint64_t)a * (uint64_t)b);
	if (!strcmp(o, "/")) return a / b;
	return a % b;
}

static int64_t eval_binary(struct parser *P, int min_prec)
{
	int64_t lhs = eval_unary(P);

	for (;;) {
		const struct tok *op = peek_tok(P, 0);
		int prec = binop_prec(op);

		if (!prec || prec < min_prec)
			return lhs;
		next_tok(P);
		lhs = apply(op, lhs, eval_binary(P, prec + 1));
	}
}

static int64_t eval_cond(struct parser *P)
{
	int64_t c = eval_binary(P, 1);

	if (accept(P, "?")) {
		int64_t a = eval_cond(P), b;

		expect(P, ":");
		b = eval_cond(P);
		return c ? a : b;
	}
	return c;
}

int64_t eval_expr(struct parser *P)
{
	return eval_cond(P);
}
