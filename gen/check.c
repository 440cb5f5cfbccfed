// SPDX-License-Identifier: GPL-2.0 OR MIT
/*
 * Meaning of the annotations: every name they use must resolve, every
 * pointer must say what it points to and how many, every union that moves
 * between ABIs must say which arm is live. Mistakes stop here with the
 * position of the annotation, before any code is written.
 */
#include <string.h>

#include "model.h"
#include "xlate.h"

static bool is_char(const struct type *t)
{
	return t->kind == T_INT && t->prim == PRIM_CHAR;
}

static struct field *sibling(struct field *f, const char *name, const char *what)
{
	struct field *r = find_field(f->owner, name);

	if (!r)
		die_at(f->ann.pos, "%s names '%s', which is no member of %s", what, name,
		       f->owner->name);
	if (r->type->kind != T_INT)
		die_at(f->ann.pos, "%s names '%s', which is not an integer", what, name);
	return r;
}

static void check_pointer(struct spec *s, struct field *f)
{
	struct annot *a = &f->ann;
	struct type *pt = f->type->pointee;
	const char *n = f->name;

	switch (a->ptr) {
	case PTR_PLAIN:
		if (pt->kind == T_VOID)
			die_at(f->pos, "'%s': a void pointer needs KH_BYTES, KH_SOCKADDR or "
			       "KH_SWITCH", n);
		if (is_char(pt))
			die_at(f->pos, "'%s': a char pointer needs KH_STRING or KH_CSTRING", n);
		if ((pt->kind == T_STRUCT || pt->kind == T_UNION) && !pt->complete)
			die_at(f->pos, "'%s' points to %s, which is never defined", n, pt->name);
		break;
	case PTR_COUNT:
		if (pt->kind == T_VOID)
			die_at(a->pos, "'%s': KH_COUNT of void; use KH_BYTES", n);
		a->ref_field = sibling(f, a->ref, "KH_COUNT");
		break;
	case PTR_BYTES:
		a->ref_field = sibling(f, a->ref, "KH_BYTES");
		if (pt->kind != T_VOID && !is_char(pt) && !a->sw)
			die_at(a->pos, "'%s': KH_BYTES is for void and char buffers; use KH_COUNT", n);
		break;
	case PTR_STRING:
	case PTR_CSTRING:
		if (!is_char(pt))
			die_at(a->pos, "'%s': a string must point to char", n);
		if (a->ptr == PTR_STRING)
			a->ref_field = sibling(f, a->ref, "KH_STRING");
		else if (a->cstring_max <= 0)
			die_at(a->pos, "'%s': KH_CSTRING needs a positive maximum", n);
		break;
	case PTR_SOCKADDR:
		break;
	case PTR_EMIT:
		if (pt->kind != T_STRUCT)
			die_at(a->pos, "'%s': KH_EMIT needs a pointer to a struct", n);
		a->ref_field = sibling(f, a->ref, "KH_EMIT");
		break;
	}
	if (a->sw) {
		if (pt->kind != T_VOID || a->ptr != PTR_BYTES)
			die_at(a->pos, "'%s': KH_SWITCH is for void * with KH_BYTES", n);
		a->switch_field = sibling(f, a->sw, "KH_SWITCH");
		if (!a->ncases)
			die_at(a->pos, "'%s': KH_SWITCH without KH_CASE", n);
		for (int i = 0; i < a->ncases; i++) {
			if (a->cases[i].type->kind != T_STRUCT || !a->cases[i].type->complete)
				die_at(a->cases[i].pos, "KH_CASE needs a defined struct");
			for (int j = 0; j < i; j++)
				if (a->cases[j].value == a->cases[i].value)
					die_at(a->cases[i].pos, "duplicate KH_CASE value %lld",
					       (long long)a->cases[i].value);
		}
	} else if (a->ncases) {
		die_at(a->pos, "'%s': KH_CASE without KH_SWITCH", n);
	}
	if (a->out_trunc && (a->dir != DIR_OUT || a->ptr != PTR_BYTES ||
			     a->ref_field->ann.dir != DIR_INOUT))
		die_at(a->pos, "'%s': KH_OUT_TRUNC needs KH_OUT and KH_BYTES(len) with len KH_INOUT", n);
	(void)s;
}

static void check_union_field(struct field *f)
{
	struct type *u = f->type;
	struct annot *a = &f->ann;

	if (a->select && a->select_hook)
		die_at(a->pos, "'%s': KH_SELECT and KH_SELECT_HOOK exclude each other", f->name);
	if (a->select)
		a->select_field = sibling(f, a->select, "KH_SELECT");
	if (!a->select && !a->select_hook) {
		if (type_needs_xlate(u))
			die_at(f->pos, "union '%s' differs between ABIs or holds pointers: "
			       "say which arm is live with KH_SELECT or KH_SELECT_HOOK",
			       f->name ? f->name : u->name);
		return;
	}
	for (int i = 0; i < u->nfields; i++) {
		struct field *arm = u->fields[i];

		if (!arm->ann.has_when && a->select)
			die_at(arm->pos, "arm '%s' of a selected union needs KH_WHEN", arm->name);
		for (int j = 0; j < i; j++)
			if (arm->ann.has_when && u->fields[j]->ann.when == arm->ann.when)
				die_at(arm->ann.pos, "arms '%s' and '%s' have the same KH_WHEN",
				       u->fields[j]->name, arm->name);
	}
}

static void check_field(struct spec *s, struct field *f)
{
	struct annot *a = &f->ann;
	struct type *t = f->type;

	if (t->kind == T_PTR)
		check_pointer(s, f);
	else if (a->ptr != PTR_PLAIN || a->optional || a->sw)
		die_at(a->pos, "'%s' is not a pointer", f->name);
	if (t->kind == T_UNION)
		check_union_field(f);
	else if (a->select || a->select_hook)
		die_at(a->pos, "'%s': KH_SELECT is for unions", f->name);
	if (a->has_when && f->owner->kind != T_UNION)
		die_at(a->pos, "'%s': KH_WHEN is for union arms", f->name);
	if ((a->enum_name || a->has_flags || a->has_max || a->fd) && t->kind != T_INT)
		die_at(a->pos, "'%s': KH_ENUM, KH_FLAGS, KH_MAX and KH_FD need an integer", f->name);
	if (a->enum_name) {
		a->enum_type = find_type(s, T_INT, a->enum_name);
		if (!a->enum_type || !a->enum_type->is_enum)
			die_at(a->pos, "KH_ENUM names '%s', which is no enum", a->enum_name);
	}
	if (a->fd && t->prim != PRIM_INT)
		die_at(a->pos, "'%s': a file descriptor is a 32-bit int", f->name);
}

static void mark(struct type *t)
{
	if (!t || t->reachable)
		return;
	if (t->kind == T_STRUCT || t->kind == T_UNION)
		t->reachable = true;
	if (t->kind == T_PTR)
		mark(t->pointee);
	if (t->kind == T_ARRAY)
		mark(t->elem);
	for (int i = 0; i < t->nfields; i++) {
		mark(t->fields[i]->type);
		for (int c = 0; c < t->fields[i]->ann.ncases; c++)
			mark(t->fields[i]->ann.cases[c].type);
	}
}

/*
 * A real header's annotations are in a policy file: every pointer of a
 * struct an ioctl reaches must have a line there (the header cannot say
 * "one object" by leaving it bare, as a spec does).
 */
static void check_policy_coverage(struct spec *s, struct type *t)
{
	for (int j = 0; j < t->nfields; j++) {
		struct field *f = t->fields[j];
		struct pos at = { s->policy ? s->policy : s->path, 1, 1 };

		if (f->type->kind != T_PTR || f->ann.pos.file)
			continue;
		for (int k = 0; k < t->nfields; k++)	/* beside the struct's other lines */
			if (t->fields[k]->ann.pos.file)
				at = t->fields[k]->ann.pos;
		die_at(at, "%s.%s (%s:%d:%d) is a pointer in a struct an ioctl reaches: say what it "
		       "points to (e.g. %s.%s KH_COUNT(n);)", t->name, f->name ? f->name : "?",
		       f->pos.file, f->pos.line, f->pos.col, t->name, f->name ? f->name : "?");
	}
}

void check_spec(struct spec *s)
{
	for (int i = 0; i < s->nioctls; i++) {
		struct type *arg = s->ioctls[i].arg;

		if (arg && arg->kind != T_STRUCT && arg->kind != T_INT)
			die_at(s->ioctls[i].pos, "%s: the argument must be a struct or an integer",
			       s->ioctls[i].name);
		mark(arg);
	}
	for (int i = 0; i < s->ntypes; i++) {
		/* a real header: only what its ioctls reach, and what the policy names */
		bool named = false;

		for (int j = 0; j < s->types[i]->nfields; j++)
			named |= s->types[i]->fields[j]->ann.pos.file != NULL;
		if (s->cpp && !s->types[i]->reachable && !named)
			continue;
		if (s->cpp && s->types[i]->reachable)
			check_policy_coverage(s, s->types[i]);
		for (int j = 0; j < s->types[i]->nfields; j++)
			check_field(s, s->types[i]->fields[j]);
	}
}
