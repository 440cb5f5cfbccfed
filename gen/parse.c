// SPDX-License-Identifier: GPL-2.0 OR MIT
/*
 * Parser for the C subset uapi headers use: #define constants and _IO*
 * commands, enums, typedefs, structs and unions (nested, anonymous, arrays,
 * pointers, aligned/packed attributes), plus the KH_* annotations.
 * Anything else is an error with its position, never a silent guess.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lex.h"
#include "parse_priv.h"

static const struct tok eof_tok = { .kind = TK_EOF, .text = "" };

const struct tok *peek_tok(struct parser *P, int k)
{
	static struct tok end;

	if (P->i + k < P->n)
		return &P->t[P->i + k];
	if (!P->n)
		return &eof_tok;
	/* past a token range (a macro's body): errors stand at its last token */
	end = eof_tok;
	end.pos = P->t[P->n - 1].pos;
	return &end;
}

const struct tok *next_tok(struct parser *P)
{
	const struct tok *t = peek_tok(P, 0);

	if (P->i < P->n)
		P->i++;
	return t;
}

bool is_punct(const struct tok *t, const char *p)
{
	return t->kind == TK_PUNCT && !strcmp(t->text, p);
}

bool is_ident(const struct tok *t, const char *s)
{
	return t->kind == TK_IDENT && !strcmp(t->text, s);
}

bool accept(struct parser *P, const char *p)
{
	if (is_punct(peek_tok(P, 0), p)) {
		next_tok(P);
		return true;
	}
	return false;
}

void expect(struct parser *P, const char *p)
{
	const struct tok *t = peek_tok(P, 0);

	if (!accept(P, p))
		die_at(t->pos, "expected '%s' before '%s'", p, t->text);
}

struct pos here(struct parser *P)
{
	return peek_tok(P, 0)->pos;
}

/* skips a balanced (...) group; the '(' is next */
int skip_group(struct parser *P)
{
	int start = P->i, depth = 0;

	do {
		const struct tok *t = next_tok(P);

		if (t->kind == TK_EOF)
			die_at(P->t[start].pos, "unbalanced '('");
		if (is_punct(t, "("))
			depth++;
		else if (is_punct(t, ")"))
			depth--;
	} while (depth);
	return start;
}

struct type *find_type(struct spec *s, enum tkind kind, const char *name)
{
	for (int i = 0; i < s->ntypes; i++)
		if (s->types[i]->kind == kind && s->types[i]->name &&
		    !strcmp(s->types[i]->name, name))
			return s->types[i];
	return NULL;
}

struct field *find_field(struct type *t, const char *name)
{
	for (int i = 0; i < t->nfields; i++)
		if (t->fields[i]->name && !strcmp(t->fields[i]->name, name))
			return t->fields[i];
	return NULL;
}

static struct type *lookup_typedef(struct spec *s, const char *name)
{
	struct type *t;

	for (int i = 0; i < s->ntypedefs; i++)
		if (!strcmp(s->typedefs[i].name, name))
			return s->typedefs[i].type;
	t = builtin_typedef(name);
	if (!t && s->resolve)	/* a typedef of a system header, parsed when first used */
		t = s->resolve(s, "typedef", name);
	return t;
}

static void add_type(struct spec *s, struct type *t)
{
	*PUSH(s->types, s->ntypes) = t;
}

/* attributes real headers use that change no layout */
static bool harmless_attribute(const char *n)
{
	static const char *const ok[] = { "may_alias", "deprecated", "unused", "nonstring",
					  "designated_init", "counted_by", "__counted_by__" };
	size_t len = strlen(n);

	if (len > 4 && !strncmp(n, "__", 2) && !strcmp(n + len - 2, "__"))
		n = strndup(n + 2, len - 4);
	for (size_t i = 0; i < sizeof(ok) / sizeof(ok[0]); i++)
		if (!strcmp(ok[i], n))
			return true;
	return false;
}

/* __attribute__((packed)), ((aligned(N))), and their __x__ spellings */
static void parse_attribute(struct parser *P, bool *packed, unsigned int *align)
{
	struct pos p = here(P);

	next_tok(P);
	expect(P, "(");
	expect(P, "(");
	while (!is_punct(peek_tok(P, 0), ")")) {
		const struct tok *a = next_tok(P);

		if (is_ident(a, "packed") || is_ident(a, "__packed__")) {
			if (!packed)
				die_at(a->pos, "'packed' is only supported on a struct or union");
			*packed = true;
		} else if (is_ident(a, "aligned") || is_ident(a, "__aligned__")) {
			expect(P, "(");
			*align = (unsigned int)eval_expr(P);
			expect(P, ")");
		} else if (P->s->cpp && harmless_attribute(a->text)) {
			if (is_punct(peek_tok(P, 0), "("))
				skip_group(P);
		} else {
			die_at(a->pos, "unsupported attribute '%s'", a->text);
		}
		accept(P, ",");
	}
	expect(P, ")");
	if (!accept(P, ")"))
		die_at(p, "malformed __attribute__");
}

static bool skip_qualifier(struct parser *P)
{
	static const char *const quals[] = { "const", "volatile", "__user", "__restrict",
					     "restrict", "__volatile__", "__const", "__extension__" };
	const struct tok *t = peek_tok(P, 0);

	for (size_t i = 0; i < sizeof(quals) / sizeof(quals[0]); i++)
		if (is_ident(t, quals[i])) {
			next_tok(P);
			return true;
		}
	return false;
}

static struct type *parse_record(struct parser *P, bool is_union, const char *anon_name);

static struct type *parse_enum(struct parser *P)
{
	struct spec *s = P->s;
	struct pos p = here(P);
	const char *tag = NULL;
	struct type *t;
	int64_t next = 0;

	if (peek_tok(P, 0)->kind == TK_IDENT)
		tag = next_tok(P)->text;
	if (!is_punct(peek_tok(P, 0), "{")) {
		if (!tag)
			die_at(p, "enum without tag or body");
		t = find_type(s, T_INT, tag);
		if (!t)
			die_at(p, "unknown enum '%s'", tag);
		return t;
	}
	t = xcalloc(1, sizeof(*t));
	t->kind = T_INT;
	t->is_enum = true;
	t->prim = PRIM_INT;
	t->name = tag ? tag : xasprintf("(anonymous enum at line %d)", p.line);
	t->pos = p;
	expect(P, "{");
	while (!accept(P, "}")) {
		const struct tok *n = next_tok(P);
		struct enum_val *v;

		if (n->kind != TK_IDENT)
			die_at(n->pos, "expected an enumerator, got '%s'", n->text);
		if (accept(P, "="))
			next = eval_expr(P);
		v = PUSH(t->enums, t->nenums);
		v->name = n->text;
		v->value = next;
		*PUSH(s->consts, s->nconsts) = *v;
		if (next < 0)
			t->is_signed = true;
		next++;
		if (!accept(P, ",") && !is_punct(peek_tok(P, 0), "}"))
			die_at(here(P), "expected ',' or '}' in enum, got '%s'", peek_tok(P, 0)->text);
	}
	add_type(s, t);
	return t;
}

/* base type of a declaration: keywords, typedef names, struct/union/enum */
struct type *parse_specifier(struct parser *P, const char *anon_name, struct annot *ann)
{
	int nlong = 0, nint = 0, nsigned = 0, nunsigned = 0, nshort = 0, nchar = 0;
	bool any = false;
	struct type *t = NULL;
	struct pos p = here(P);
	unsigned int align = 0;

	for (;;) {
		const struct tok *k = peek_tok(P, 0);

		if (skip_qualifier(P))
			continue;
		/* `__u64 __attribute__((aligned(8))) x;`: what __aligned_u64 expands to */
		if (is_ident(k, "__attribute__") || is_ident(k, "__attribute")) {
			parse_attribute(P, NULL, &align);
			continue;
		}
		if (ann && k->kind == TK_IDENT && is_annotation(k->text)) {
			parse_annotation(P, ann);
			continue;
		}
		if (k->kind != TK_IDENT)
			break;
		if (is_ident(k, "long"))
			nlong++;
		else if (is_ident(k, "int"))
			nint++;
		else if (is_ident(k, "signed") || is_ident(k, "__signed__"))
			nsigned++;
		else if (is_ident(k, "unsigned"))
			nunsigned++;
		else if (is_ident(k, "short"))
			nshort++;
		else if (is_ident(k, "char"))
			nchar++;
		else if (!t && !any && (is_ident(k, "struct") || is_ident(k, "union"))) {
			next_tok(P);
			t = parse_record(P, is_ident(k, "union"), anon_name);
			continue;
		} else if (!t && !any && is_ident(k, "enum")) {
			next_tok(P);
			t = parse_enum(P);
			continue;
		} else if (!t && !any && (is_ident(k, "void") || is_ident(k, "float") ||
					  is_ident(k, "double") || is_ident(k, "_Bool"))) {
			t = builtin_typedef(k->text);
		} else if (!t && !any && lookup_typedef(P->s, k->text)) {
			t = lookup_typedef(P->s, k->text);
		} else {
			break;
		}
		any = true;
		next_tok(P);
	}
	P->spec_align = align;
	if (t)
		return t;
	if (!any)
		die_at(p, "expected a type, got '%s'", peek_tok(P, 0)->text);
	if (nchar)
		return int_type(PRIM_CHAR, nunsigned ? false : true,
				nunsigned ? "unsigned char" : nsigned ? "signed char" : "char");
	if (nshort)
		return int_type(PRIM_SHORT, !nunsigned, nunsigned ? "unsigned short" : "short");
	if (nlong >= 2)
		return int_type(PRIM_LLONG, !nunsigned,
				nunsigned ? "unsigned long long" : "long long");
	if (nlong == 1)
		return int_type(PRIM_LONG, !nunsigned, nunsigned ? "unsigned long" : "long");
	(void)nint;
	return int_type(PRIM_INT, !nunsigned, nunsigned ? "unsigned int" : "int");
}

/* pointers, the name, array dimensions; attributes and annotations after it */
static struct type *parse_declarator(struct parser *P, struct type *base, const char **name,
				     struct pos *npos, struct annot *ann, unsigned int *align)
{
	struct type *t = base;
	unsigned int dims[8];
	const char *dim_names[8];
	int ndims = 0;

	while (accept(P, "*")) {
		struct type *ptr = xcalloc(1, sizeof(*ptr));

		ptr->kind = T_PTR;
		ptr->pointee = t;
		ptr->prim = PRIM_PTR;
		ptr->name = "pointer";
		while (skip_qualifier(P))
			;
		t = ptr;
	}
	*npos = here(P);
	if (is_punct(peek_tok(P, 0), "(") && P->s->cpp && is_punct(peek_tok(P, 1), "*")) {
		/* a real header's function pointer (void (*f)(int)): a pointer to code */
		struct type *ptr = xcalloc(1, sizeof(*ptr));

		next_tok(P);
		while (accept(P, "*") || skip_qualifier(P))
			;
		*npos = here(P);
		if (peek_tok(P, 0)->kind != TK_IDENT)
			die_at(here(P), "expected a name, got '%s'", peek_tok(P, 0)->text);
		*name = next_tok(P)->text;
		expect(P, ")");
		if (!is_punct(peek_tok(P, 0), "("))
			die_at(here(P), "expected a parameter list after (*%s)", *name);
		skip_group(P);
		ptr->kind = T_PTR;
		ptr->pointee = builtin_typedef("void");
		ptr->prim = PRIM_PTR;
		ptr->name = "function pointer";
		return ptr;
	}
	if (is_punct(peek_tok(P, 0), "("))
		die_at(here(P), "function pointers are not supported in an ioctl ABI");
	if (peek_tok(P, 0)->kind != TK_IDENT || is_annotation(peek_tok(P, 0)->text))
		die_at(here(P), "expected a name, got '%s'", peek_tok(P, 0)->text);
	*name = next_tok(P)->text;
	while (accept(P, "[")) {
		/* a real header's flexible array member ([] or GNU [0]): no bytes */
		const char *one_name = !P->s->cpp && peek_tok(P, 0)->kind == TK_IDENT &&
				       is_punct(peek_tok(P, 1), "]") ? peek_tok(P, 0)->text : NULL;
		int64_t n = P->s->cpp && is_punct(peek_tok(P, 0), "]") ? 0 : eval_expr(P);

		if ((n <= 0 && !(n == 0 && P->s->cpp)) || n > 1 << 24)
			die_at(*npos, "array '%s' has bad size %lld", *name, (long long)n);
		if (ndims == 8)
			die_at(*npos, "too many array dimensions");
		dim_names[ndims] = one_name;
		dims[ndims++] = (unsigned int)n;
		expect(P, "]");
	}
	for (int d = ndims - 1; d >= 0; d--) {
		struct type *a = xcalloc(1, sizeof(*a));

		a->kind = T_ARRAY;
		a->elem = t;
		a->count = dims[d];
		a->count_name = dim_names[d];
		a->name = "array";
		t = a;
	}
	if (is_punct(peek_tok(P, 0), ":") && !P->s->cpp)
		die_at(here(P), "bit-fields are not supported: their layout is not portable");
	for (;;) {
		const struct tok *k = peek_tok(P, 0);

		if (k->kind == TK_IDENT && is_annotation(k->text) && ann)
			parse_annotation(P, ann);
		else if (is_ident(k, "__attribute__") || is_ident(k, "__attribute"))
			parse_attribute(P, NULL, align);
		else
			break;
	}
	return t;
}

static struct type *parse_record(struct parser *P, bool is_union, const char *anon_name)
{
	struct spec *s = P->s;
	struct pos p = here(P);
	const char *tag = NULL;
	struct type *t = NULL;
	bool packed = false;
	unsigned int align = 0;

	while (is_ident(peek_tok(P, 0), "__attribute__"))
		parse_attribute(P, &packed, &align);
	if (peek_tok(P, 0)->kind == TK_IDENT) {
		tag = next_tok(P)->text;
		t = find_type(s, is_union ? T_UNION : T_STRUCT, tag);
	}
	if (!is_punct(peek_tok(P, 0), "{")) {
		if (!tag)
			die_at(p, "%s without tag or body", is_union ? "union" : "struct");
		if (!t && s->resolve)	/* defined in a system header: parse it now */
			t = s->resolve(s, is_union ? "union" : "struct", tag);
		if (!t) {	/* forward declaration or use before definition */
			t = xcalloc(1, sizeof(*t));
			t->kind = is_union ? T_UNION : T_STRUCT;
			t->name = tag;
			t->pos = p;
			add_type(s, t);
		}
		return t;
	}
	if (t && t->complete)
		die_at(p, "redefinition of %s %s (first at line %d)", is_union ? "union" : "struct",
		       tag, t->pos.line);
	if (!t) {
		t = xcalloc(1, sizeof(*t));
		t->kind = is_union ? T_UNION : T_STRUCT;
		t->name = tag ? tag : anon_name;
		t->anonymous = !tag;
		if (!t->name)
			die_at(p, "anonymous %s outside a struct", is_union ? "union" : "struct");
		if (tag)	/* visible to pointers to itself inside the body */
			add_type(s, t);
	}
	t->pos = p;
	expect(P, "{");
	while (!accept(P, "}")) {
		struct annot ann = { 0 };
		struct pos fpos = here(P);
		const struct tok *first = peek_tok(P, 0);
		struct type *base;
		char *member_anon;
		unsigned int spec_align;

		/* the member's name is not known yet: name nested anonymous types by index */
		member_anon = xasprintf("%s.%d", t->name, t->nfields);
		base = parse_specifier(P, member_anon, &ann);
		spec_align = P->spec_align;
		if (accept(P, ";")) {
			struct field *f;

			if ((base->kind != T_STRUCT && base->kind != T_UNION) || !base->anonymous)
				die_at(first->pos, "declaration declares nothing");
			f = xcalloc(1, sizeof(*f));	/* C11 anonymous member */
			f->type = base;
			f->pos = fpos;
			f->ann = ann;
			f->owner = t;
			*PUSH(t->fields, t->nfields) = f;
			continue;
		}
		do {
			struct field *f = xcalloc(1, sizeof(*f));
			struct annot fann = ann;

			if (P->s->cpp && is_punct(peek_tok(P, 0), ":")) {	/* int :3; */
				f->type = base;
				f->pos = here(P);
			} else {
				f->type = parse_declarator(P, base, &f->name, &f->pos, &fann,
							   &f->attr_align);
			}
			if (spec_align > f->attr_align)
				f->attr_align = spec_align;
			if (f->name && find_field(t, f->name))
				die_at(f->pos, "duplicate member '%s'", f->name);
			if (accept(P, ":")) {	/* a real header's bit-field (cpp only) */
				f->bitfield = true;
				f->bits = (unsigned int)eval_expr(P);
				if (f->type->kind != T_INT || f->bits > 8 * 8)
					die_at(f->pos, "bad bit-field");
				f->bit_named = f->name != NULL;
				f->name = NULL;	/* no offsetof, no policy: never a pointer */
			}
			f->ann = fann;
			f->owner = t;
			if (base->anonymous && base->name == member_anon)
				base->name = xasprintf("%s.%s", t->name, f->name);
			*PUSH(t->fields, t->nfields) = f;
		} while (accept(P, ","));
		expect(P, ";");
	}
	while (is_ident(peek_tok(P, 0), "__attribute__"))
		parse_attribute(P, &packed, &align);
	if (!t->nfields && !s->cpp)	/* GNU C's empty struct: a real header may have one */
		die_at(p, "empty %s", is_union ? "union" : "struct");
	t->packed = packed;
	t->attr_align = align;
	t->complete = true;
	/* list types in order of completion: nested ones before their users */
	for (int i = 0; i < s->ntypes; i++)
		if (s->types[i] == t)
			memmove(&s->types[i], &s->types[i + 1], (--s->ntypes - i) * sizeof(t));
	add_type(s, t);
	return t;
}

static void parse_define(struct parser *P)
{
	struct spec *s = P->s;
	const struct tok *name = next_tok(P);
	struct macro *m;
	int start;

	if (name->kind != TK_IDENT)
		die_at(name->pos, "expected a macro name");
	m = PUSH(s->macros, s->nmacros);
	memset(m, 0, sizeof(*m));
	m->name = name->text;
	m->pos = name->pos;
	/* function-like only when '(' touches the name */
	if (is_punct(peek_tok(P, 0), "(") && peek_tok(P, 0)->pos.line == name->pos.line &&
	    peek_tok(P, 0)->pos.col == name->pos.col + (int)strlen(name->text))
		m->function_like = true;
	start = P->i;
	while (peek_tok(P, 0)->kind != TK_EOL && peek_tok(P, 0)->kind != TK_EOF)
		next_tok(P);
	m->toks = &P->t[start];
	m->ntoks = P->i - start;
	/* compiler output: commands are found by expanding every macro (pp.c) */
	if (!s->cpp && !m->function_like && m->ntoks && is_ioctl_macro(m->toks[0].text)) {
		struct ioctl_def *io = PUSH(s->ioctls, s->nioctls);
		struct ioctl_src *src;

		memset(io, 0, sizeof(*io));
		io->name = m->name;
		io->pos = m->pos;
		s->ioctl_srcs = xrealloc_array(s->ioctl_srcs, s->nioctls, sizeof(*s->ioctl_srcs));
		src = &s->ioctl_srcs[s->nioctls - 1];
		src->toks = m->toks;
		src->ntoks = m->ntoks;
	}
}

static void parse_directive(struct parser *P)
{
	const struct tok *d = next_tok(P);

	if (is_ident(d, "define"))
		parse_define(P);
	/* #include, #if..., #undef: the header is read as one translation unit */
	while (peek_tok(P, 0)->kind != TK_EOL && peek_tok(P, 0)->kind != TK_EOF)
		next_tok(P);
	next_tok(P);
}

static void parse_typedef(struct parser *P)
{
	struct spec *s = P->s;
	char *anon = xasprintf("(typedef at line %d)", here(P).line);
	struct type *base = parse_specifier(P, anon, NULL);

	do {
		const char *name;
		struct pos npos;
		unsigned int align = 0;
		struct type *t = parse_declarator(P, base, &name, &npos, NULL, &align);

		if ((align || P->spec_align) && s->cpp && t == base &&
		    (t->kind == T_STRUCT || t->kind == T_UNION) && t->complete) {
			/* typedef struct vring_desc __attribute__((aligned(16))) vring_desc_t; */
			struct type *c = xcalloc(1, sizeof(*c));

			*c = *t;
			c->name = name;
			c->anonymous = true;	/* no tag: checked where it is used */
			c->layout_done = false;
			c->attr_align = align > P->spec_align ? align : P->spec_align;
			if (c->attr_align < t->attr_align)
				c->attr_align = t->attr_align;
			t = c;
			align = 0;
			P->spec_align = 0;
		}
		if (align || P->spec_align)
			die_at(npos, "aligned typedefs are not supported; align the member");
		if (base->anonymous && base->name == anon)	/* typedef struct { ... } name; */
			base->name = name;
		if (s->cpp && t == base && (t->kind == T_INT || t->kind == T_FLOAT) && !t->is_enum) {
			/* keep the name: its size may differ per ABI (pp.c merges them) */
			struct type *c = xcalloc(1, sizeof(*c));

			*c = *t;
			c->name = name;
			c->pos = npos;
			t = c;
		}
		s->typedefs = xrealloc_array(s->typedefs, s->ntypedefs + 1, sizeof(*s->typedefs));
		s->typedefs[s->ntypedefs].name = name;
		s->typedefs[s->ntypedefs].type = t;
		s->ntypedefs++;
	} while (accept(P, ","));
	expect(P, ";");
}

void parse_policy(struct parser *P)
{
	struct spec *s = P->s;
	struct policy *pol = PUSH(s->policies, s->npolicies);
	int start;

	pol->pos = here(P);
	next_tok(P);
	if (!is_punct(peek_tok(P, 0), "("))
		die_at(here(P), "expected '(' after KH_IOCTL_POLICY");
	start = skip_group(P);
	pol->toks = &P->t[start + 1];
	pol->ntoks = P->i - start - 2;
	if (!pol->ntoks || pol->toks[0].kind != TK_IDENT)
		die_at(pol->pos, "KH_IOCTL_POLICY needs an ioctl name first");
	pol->cmd = pol->toks[0].text;
	accept(P, ";");
}

/* top-level declarations that carry no ABI: skipped whole */
static void skip_declaration(struct parser *P)
{
	int depth = 0;

	for (;;) {
		const struct tok *t = next_tok(P);

		if (t->kind == TK_EOF)
			return;
		if (is_punct(t, "{"))
			depth++;
		else if (is_punct(t, "}") && --depth == 0 && !is_punct(peek_tok(P, 0), ";"))
			return;
		else if (is_punct(t, ";") && depth == 0)
			return;
	}
}

/* one declaration or directive at file scope */
void parse_top(struct parser *P)
{
	const struct tok *t = peek_tok(P, 0);

	if (t->kind == TK_DIRECTIVE) {
		next_tok(P);
		parse_directive(P);
	} else if (is_ident(t, "typedef")) {
		next_tok(P);
		parse_typedef(P);
	} else if (is_ident(t, "KH_IOCTL_POLICY")) {
		parse_policy(P);
	} else if (is_ident(t, "_Static_assert") || is_ident(t, "static_assert") ||
		   is_ident(t, "extern") || is_ident(t, "static")) {
		skip_declaration(P);
	} else if (is_ident(t, "__extension__")) {
		next_tok(P);
	} else if (is_ident(t, "struct") || is_ident(t, "union") || is_ident(t, "enum")) {
		parse_specifier(P, NULL, NULL);
		if (!accept(P, ";"))
			die_at(here(P), "only type definitions are supported at file scope");
	} else if (!accept(P, ";")) {
		die_at(t->pos, "unsupported declaration starting with '%s'", t->text);
	}
}

void parse_tokens(struct spec *s, struct tok *toks, int ntoks)
{
	struct parser P = { .s = s, .t = toks, .n = ntoks };

	while (peek_tok(&P, 0)->kind != TK_EOF)
		parse_top(&P);
}

void parse_spec(struct spec *s, const char *path)
{
	const char *slash = strrchr(path, '/');
	struct tok *toks;
	int n;

	s->path = path;
	s->base = slash ? slash + 1 : path;
	toks = lex_file(path, &n);
	parse_tokens(s, toks, n);
	resolve_ioctls(s);
}
