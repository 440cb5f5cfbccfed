// SPDX-License-Identifier: GPL-2.0 OR MIT
/* Flattens the laid-out types into entries with member-designator paths. */
#include <stdio.h>
#include <string.h>

#include "entries.h"

struct walk {
	struct entry *e;
	int n;
};

bool is_top_type(const struct type *t)
{
	return (t->kind == T_STRUCT || t->kind == T_UNION) && t->complete && !t->anonymous;
}

const char *record_kw(const struct type *t)
{
	return t->kind == T_UNION ? "union" : "struct";
}

static int add(struct walk *w, const struct type *top, const char *path, const char *name,
	       int parent, int depth, const struct type *t, const struct field *f,
	       const unsigned int *off)
{
	struct entry *e = PUSH(w->e, w->n);

	e->top = top;
	e->path = xstrdup(path);
	e->name = name;
	e->parent = parent;
	e->depth = depth;
	e->type = t;
	e->field = f;
	memcpy(e->offset, off, sizeof(e->offset));
	return w->n - 1;
}

static void walk_members(struct walk *w, const struct type *top, const struct type *t,
			 const char *path, int parent, int depth, const unsigned int *base);

static void walk_one(struct walk *w, const struct type *top, const struct type *t,
		     const struct field *f, const char *path, const char *name, int parent,
		     int depth, const unsigned int *off)
{
	int me = add(w, top, path, name, parent, depth, t, f, off);

	if (t->kind == T_STRUCT || t->kind == T_UNION) {
		walk_members(w, top, t, path, me, depth + 1, off);
	} else if (t->kind == T_ARRAY) {
		char *p = xasprintf("%s[0]", path);

		walk_one(w, top, t->elem, NULL, p, "[0]", me, depth + 1, off);
	}
}

static void walk_members(struct walk *w, const struct type *top, const struct type *t,
			 const char *path, int parent, int depth, const unsigned int *base)
{
	for (int i = 0; i < t->nfields; i++) {
		const struct field *f = t->fields[i];
		unsigned int off[KH_LAYOUT_NABI];

		for (int a = 0; a < KH_LAYOUT_NABI; a++)
			off[a] = base[a] + f->offset[a];
		if (!f->name) {	/* C11 anonymous member: its members belong to t */
			walk_members(w, top, f->type, path, parent, depth, off);
			continue;
		}
		walk_one(w, top, f->type, f, *path ? xasprintf("%s.%s", path, f->name) : f->name,
			 f->name, parent, depth, off);
	}
}

int collect_entries(const struct spec *s, struct entry **out)
{
	struct walk w = { 0 };
	static const unsigned int zero[KH_LAYOUT_NABI];

	for (int i = 0; i < s->ntypes; i++)
		if (is_top_type(s->types[i]))
			walk_one(&w, s->types[i], s->types[i], NULL, "", s->types[i]->name, -1, 0,
				 zero);
	*out = w.e;
	return w.n;
}

const char *type_spelling(const struct type *t, char *buf, size_t len)
{
	while (t->kind == T_ARRAY)
		t = t->elem;
	if (t->kind == T_PTR)
		snprintf(buf, len, "void *");
	else if ((t->kind == T_STRUCT || t->kind == T_UNION) && t->anonymous)
		return NULL;
	else if (t->kind == T_STRUCT || t->kind == T_UNION)
		snprintf(buf, len, "%s %s", record_kw(t), t->name);
	else if (t->is_enum && t->name[0] == '(')	/* anonymous: drm_control.func (drm.h) */
		return NULL;
	else if (t->is_enum)
		snprintf(buf, len, "enum %s", t->name);
	else
		snprintf(buf, len, "%s", t->name);
	return buf;
}
