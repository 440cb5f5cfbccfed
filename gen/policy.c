// SPDX-License-Identifier: GPL-2.0 OR MIT
/*
 * Policy files: the annotations of a header that cannot carry them (an
 * upstream uapi header), kept beside it and keyed by struct and member:
 *
 *	drm_version.name	KH_STRING(name_len) KH_OUT;
 *	v4l2_ext_control.anon(value)	KH_SELECT_HOOK(v4l2_ctrl_arm);
 *	KH_IOCTL_POLICY(VIDIOC_G_EXT_CTRLS, KH_COPYBACK_ALWAYS);
 *
 * A member path goes through named members with '.'; anon(m) is the
 * anonymous struct or union that holds m. The annotations are the KH_
 * macros of docs/annotations.md with the same meaning; every error points
 * at the policy file's line.
 */
#include <string.h>

#include "foreign.h"
#include "lex.h"
#include "parse_priv.h"

static struct type *find_record(struct spec *s, const char *name)
{
	struct type *t = find_type(s, T_STRUCT, name);

	return t ? t : find_type(s, T_UNION, name);
}

/* a member by name, looking through anonymous members as C does */
static struct field *member(struct type *t, const char *name, bool want_holder)
{
	for (int i = 0; i < t->nfields; i++) {
		struct field *f = t->fields[i];

		if (f->name && !strcmp(f->name, name))
			return want_holder ? NULL : f;
		if (!f->name) {
			struct field *in = member(f->type, name, false);

			if (in)
				return want_holder ? f : in;
			in = member(f->type, name, true);
			if (in && want_holder)
				return in;
		}
	}
	return NULL;
}

static struct field *member_path(struct parser *P)
{
	const struct tok *rec = next_tok(P);
	struct type *t;
	struct field *f = NULL;

	if (rec->kind != TK_IDENT)
		die_at(rec->pos, "expected struct.member or KH_IOCTL_POLICY, got '%s'", rec->text);
	t = find_record(P->s, rec->text);
	if (!t || !t->complete)
		die_at(rec->pos, "no struct or union '%s' in %s", rec->text, P->s->path);
	if (!is_punct(peek_tok(P, 0), "."))
		die_at(here(P), "expected '.member' after '%s'", rec->text);
	while (accept(P, ".")) {
		const struct tok *m = next_tok(P);
		bool holder = is_ident(m, "anon") && is_punct(peek_tok(P, 0), "(");
		const char *owner = t->name;

		if (!t || (t->kind != T_STRUCT && t->kind != T_UNION))
			die_at(m->pos, "'%s' is not a struct or union", f ? f->name : rec->text);
		if (holder) {
			expect(P, "(");
			m = next_tok(P);
			expect(P, ")");
		}
		if (m->kind != TK_IDENT)
			die_at(m->pos, "expected a member name, got '%s'", m->text);
		f = member(t, m->text, holder);
		if (!f)
			die_at(m->pos, "%s has no %smember '%s'", owner,
			       holder ? "anonymous struct or union holding a " : "", m->text);
		t = f->type;
		while (t->kind == T_ARRAY)
			t = t->elem;
	}
	return f;
}

/*
 * KH_IOCTLS(A, B, ...): the commands this driver implements, out of all the
 * header defines (drm.h has 106; vgem answers a dozen). The others are not
 * translated: no thunk, no core, no policy needed for what they reach, and
 * the dispatch answers -ENOTTY for them. Without the line: every command.
 */
static void parse_only(struct parser *P, const struct tok ***only, int *n)
{
	next_tok(P);
	expect(P, "(");
	do {
		const struct tok *t = next_tok(P);

		if (t->kind != TK_IDENT)
			die_at(t->pos, "KH_IOCTLS: expected an ioctl name, got '%s'", t->text);
		*PUSH(*only, *n) = t;
	} while (accept(P, ","));
	expect(P, ")");
	accept(P, ";");
}

/*
 * KH_IOCTL_NUM(LOOP_SET_STATUS, loop_info): a command that is a plain
 * number (loop.h: 0x4C02, the same in every ABI, no size in it) and the
 * struct it takes, which the header cannot say
 */
static void parse_num(struct parser *P)
{
	struct spec *s = P->s;
	struct ioctl_def *io;
	const struct tok *name, *rec;
	struct type *t;
	int64_t v;

	next_tok(P);
	expect(P, "(");
	name = peek_tok(P, 0);
	if (name->kind != TK_IDENT)
		die_at(name->pos, "KH_IOCTL_NUM: expected a command macro, got '%s'", name->text);
	v = eval_expr(P);
	if (v <= 0 || v > 0xffff)
		die_at(name->pos, "KH_IOCTL_NUM: %s is %lld, not a plain 16-bit command number",
		       name->text, (long long)v);
	expect(P, ",");
	rec = next_tok(P);
	t = rec->kind == TK_IDENT ? find_record(s, rec->text) : NULL;
	if (!t || !t->complete)
		die_at(rec->pos, "KH_IOCTL_NUM: no struct or union '%s' in %s", rec->text, s->path);
	expect(P, ")");
	accept(P, ";");
	for (int i = 0; i < s->nioctls; i++)
		if (!strcmp(s->ioctls[i].name, name->text))
			die_at(name->pos, "KH_IOCTL_NUM: %s is already an ioctl", name->text);
	io = PUSH(s->ioctls, s->nioctls);
	memset(io, 0, sizeof(*io));
	io->name = name->text;
	io->pos = name->pos;
	io->magic = v >> 8;
	io->nr = v & 0xff;
	io->arg = t;
	io->plain = true;
	if (s->ioctl_srcs) {
		s->ioctl_srcs = xrealloc_array(s->ioctl_srcs, s->nioctls, sizeof(*s->ioctl_srcs));
		memset(&s->ioctl_srcs[s->nioctls - 1], 0, sizeof(*s->ioctl_srcs));
	}
}

static void keep_only(struct spec *s, const struct tok **only, int n)
{
	int kept = 0;

	for (int j = 0; j < n; j++) {
		bool found = false;

		for (int i = 0; i < s->nioctls; i++)
			found |= !strcmp(s->ioctls[i].name, only[j]->text);
		if (!found)
			die_at(only[j]->pos, "KH_IOCTLS: no ioctl '%s' in %s", only[j]->text,
			       s->path);
	}
	for (int i = 0; i < s->nioctls; i++) {
		bool keep = false;

		for (int j = 0; j < n; j++)
			keep |= !strcmp(s->ioctls[i].name, only[j]->text);
		if (!keep)
			continue;
		s->ioctls[kept] = s->ioctls[i];
		if (s->ioctl_srcs)
			s->ioctl_srcs[kept] = s->ioctl_srcs[i];
		kept++;
	}
	s->nioctls = kept;
}

void policy_apply(struct spec *s, const char *path)
{
	struct parser P = { .s = s };
	const struct tok **only = NULL;
	int nonly = 0;

	s->policy = path;
	P.t = lex_file(path, &P.n);
	while (peek_tok(&P, 0)->kind != TK_EOF) {
		const struct tok *t = peek_tok(&P, 0);
		struct field *f;

		if (t->kind == TK_DIRECTIVE)
			die_at(t->pos, "a policy file has no preprocessor lines");
		if (is_ident(t, "KH_IOCTL_POLICY")) {
			parse_policy(&P);
			continue;
		}
		if (is_ident(t, "KH_IOCTL_NUM")) {
			parse_num(&P);
			continue;
		}
		if (is_ident(t, "KH_IOCTLS")) {
			parse_only(&P, &only, &nonly);
			continue;
		}
		if (accept(&P, ";"))
			continue;
		f = member_path(&P);
		if (!is_annotation(peek_tok(&P, 0)->text))
			die_at(here(&P), "expected a KH_ annotation, got '%s'", peek_tok(&P, 0)->text);
		while (is_annotation(peek_tok(&P, 0)->text))
			parse_annotation(&P, &f->ann);
		expect(&P, ";");
	}
	if (nonly)
		keep_only(s, only, nonly);
	resolve_ioctls(s);	/* the KH_IOCTL_POLICY lines */
}
