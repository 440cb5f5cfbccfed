// SPDX-License-Identifier: GPL-2.0 OR MIT
/* The KH_* field annotations: their names, arguments and what they record. */
#include <string.h>

#include "parse_priv.h"

enum arg_kind { A_NONE, A_FIELD, A_EXPR, A_ENUM_TAG, A_CASE, A_HOOK };

static const struct {
	const char *name;
	enum arg_kind arg;
} annotations[] = {
	{ "KH_IN", A_NONE }, { "KH_OUT", A_NONE }, { "KH_INOUT", A_NONE },
	{ "KH_COUNT", A_FIELD }, { "KH_BYTES", A_FIELD }, { "KH_STRING", A_FIELD },
	{ "KH_CSTRING", A_EXPR }, { "KH_OPTIONAL", A_NONE }, { "KH_SOCKADDR", A_NONE },
	{ "KH_EMIT", A_FIELD }, { "KH_SWITCH", A_FIELD }, { "KH_CASE", A_CASE },
	{ "KH_NO_WRITEBACK", A_NONE }, { "KH_SELECT", A_FIELD }, { "KH_SELECT_HOOK", A_HOOK },
	{ "KH_WHEN", A_EXPR }, { "KH_ENUM", A_ENUM_TAG }, { "KH_FLAGS", A_EXPR },
	{ "KH_MAX", A_EXPR }, { "KH_RESERVED", A_NONE }, { "KH_FD", A_NONE },
	{ "KH_PARTIAL", A_NONE }, { "KH_NONZERO", A_NONE }, { "KH_OUT_TRUNC", A_NONE },
};

#define NANN (sizeof(annotations) / sizeof(annotations[0]))

bool is_annotation(const char *name)
{
	for (size_t i = 0; i < NANN; i++)
		if (!strcmp(annotations[i].name, name))
			return true;
	return false;
}

static void set_ptr_kind(struct annot *a, enum ann_ptr k, const char *ref, struct pos p)
{
	if (a->ptr != PTR_PLAIN)
		die_at(p, "a pointer takes one of KH_COUNT, KH_BYTES, KH_STRING, KH_CSTRING, "
		       "KH_SOCKADDR, KH_EMIT");
	a->ptr = k;
	a->ref = ref;
}

static void set_dir(struct annot *a, enum dir d, struct pos p)
{
	if (a->dir_set)
		die_at(p, "more than one direction annotation");
	a->dir_set = true;
	a->dir = d;
}

static const char *arg_ident(struct parser *P, const char *ann)
{
	const struct tok *t = next_tok(P);

	if (t->kind != TK_IDENT)
		die_at(t->pos, "%s takes a name, got '%s'", ann, t->text);
	return t->text;
}

void parse_annotation(struct parser *P, struct annot *a)
{
	const struct tok *t = next_tok(P);
	struct pos p = t->pos;
	const char *n = t->text;
	enum arg_kind kind = A_NONE;
	const char *ref = NULL;
	int64_t v = 0;
	const char *vname = NULL;

	for (size_t i = 0; i < NANN; i++)
		if (!strcmp(annotations[i].name, n))
			kind = annotations[i].arg;
	if (!a->pos.file)
		a->pos = p;
	if (kind != A_NONE) {
		expect(P, "(");
		if (kind == A_FIELD || kind == A_ENUM_TAG || kind == A_HOOK) {
			ref = arg_ident(P, n);
		} else if (kind == A_EXPR) {
			int at = P->i;

			v = eval_expr(P);
			if (P->i == at + 1 && P->t[at].kind == TK_IDENT)
				vname = P->t[at].text;	/* keep the constant's name for generated code */
		} else if (kind == A_CASE) {
			struct ann_case *c = PUSH(a->cases, a->ncases);

			c->pos = p;
			c->value_name = peek_tok(P, 0)->kind == TK_IDENT ? peek_tok(P, 0)->text : NULL;
			c->value = eval_expr(P);
			expect(P, ",");
			c->type = parse_specifier(P, NULL, NULL);
		}
		expect(P, ")");
	}
	if (!strcmp(n, "KH_IN"))
		set_dir(a, DIR_IN, p);
	else if (!strcmp(n, "KH_OUT"))
		set_dir(a, DIR_OUT, p);
	else if (!strcmp(n, "KH_INOUT"))
		set_dir(a, DIR_INOUT, p);
	else if (!strcmp(n, "KH_COUNT"))
		set_ptr_kind(a, PTR_COUNT, ref, p);
	else if (!strcmp(n, "KH_BYTES")) {
		/* a switched blob says KH_BYTES too: it stays the blob's length */
		if (a->ptr == PTR_PLAIN)
			set_ptr_kind(a, PTR_BYTES, ref, p);
		else
			die_at(p, "KH_BYTES on a pointer that already has a size");
	} else if (!strcmp(n, "KH_STRING"))
		set_ptr_kind(a, PTR_STRING, ref, p);
	else if (!strcmp(n, "KH_CSTRING")) {
		set_ptr_kind(a, PTR_CSTRING, NULL, p);
		a->cstring_max = v;
	} else if (!strcmp(n, "KH_SOCKADDR"))
		set_ptr_kind(a, PTR_SOCKADDR, NULL, p);
	else if (!strcmp(n, "KH_EMIT"))
		set_ptr_kind(a, PTR_EMIT, ref, p);
	else if (!strcmp(n, "KH_OPTIONAL"))
		a->optional = true;
	else if (!strcmp(n, "KH_OUT_TRUNC"))
		a->out_trunc = true;
	else if (!strcmp(n, "KH_NO_WRITEBACK"))
		a->no_writeback = true;
	else if (!strcmp(n, "KH_FD"))
		a->fd = true;
	else if (!strcmp(n, "KH_PARTIAL"))
		a->partial = true;
	else if (!strcmp(n, "KH_RESERVED"))
		a->reserved = true;
	else if (!strcmp(n, "KH_NONZERO"))
		a->nonzero = true;
	else if (!strcmp(n, "KH_SWITCH"))
		a->sw = ref;
	else if (!strcmp(n, "KH_SELECT"))
		a->select = ref;
	else if (!strcmp(n, "KH_SELECT_HOOK"))
		a->select_hook = ref;
	else if (!strcmp(n, "KH_WHEN")) {
		a->has_when = true;
		a->when = v;
		a->when_name = vname;
	} else if (!strcmp(n, "KH_ENUM"))
		a->enum_name = ref;
	else if (!strcmp(n, "KH_FLAGS")) {
		a->has_flags = true;
		a->flags_mask = v;
		a->flags_name = vname;
	} else if (!strcmp(n, "KH_MAX")) {
		a->has_max = true;
		a->max = v;
		a->max_name = vname;
	}
}
