// SPDX-License-Identifier: GPL-2.0 OR MIT
/*
 * thunkgen --report: every struct's layout in every ABI, the holes, which
 * members move and why. thunkgen --lint: the compat hazards of a spec.
 */
#include <stdio.h>
#include <string.h>

#include "emit.h"
#include "entries.h"
#include "xlate.h"

static const char *type_str(const struct type *t, char *buf, size_t len)
{
	if (t->kind == T_PTR)
		snprintf(buf, len, "%s%s *", t->pointee->kind == T_STRUCT ? "struct " :
			 t->pointee->kind == T_UNION ? "union " : "", t->pointee->name);
	else if (t->kind == T_ARRAY)
		snprintf(buf, len, "%s[%u]", t->elem->kind == T_PTR ? "pointer" : t->elem->name,
			 t->count);
	else
		snprintf(buf, len, "%s%s", t->kind == T_STRUCT ? "struct " :
			 t->kind == T_UNION ? "union " : "", t->name);
	return buf;
}

static const char *size_str(const struct type *t, char *buf, size_t len)
{
	if (t->size[0] == t->size[1] && t->size[0] == t->size[2])
		snprintf(buf, len, "%u", t->size[0]);
	else
		snprintf(buf, len, "%u/%u/%u", t->size[0], t->size[1], t->size[2]);
	return buf;
}

static void print_holes(const struct type *t, const char *indent)
{
	for (int a = 0; a < KH_LAYOUT_NABI && t->kind == T_STRUCT; a++) {
		unsigned int end = 0;

		for (int i = 0; i < t->nfields; i++) {
			const struct field *f = t->fields[i];

			if (f->offset[a] > end)
				printf("%shole in %s: %u byte(s) before %s\n", indent, abis[a].name,
				       f->offset[a] - end, f->name ? f->name : "(anonymous)");
			end = f->offset[a] + f->type->size[a];
		}
		if (t->size[a] > end)
			printf("%shole in %s: %u byte(s) of tail padding\n", indent, abis[a].name,
			       t->size[a] - end);
	}
}

/* a member moves within its struct when its own offset there differs */
static void print_moves(const struct field *f, const char *indent)
{
	for (int a = 1; a < KH_LAYOUT_NABI; a++) {
		if (f->offset[a] == f->offset[0] || f->owner->kind == T_UNION)
			continue;
		if (f->type->align[a] != f->type->align[0])
			printf("%smoves in %s (%u -> %u): aligned to %u there, %u on x86_64\n",
			       indent, abis[a].name, f->offset[0], f->offset[a], f->type->align[a],
			       f->type->align[0]);
		else
			printf("%smoves in %s (%u -> %u): a member before it is smaller or less "
			       "aligned there\n", indent, abis[a].name, f->offset[0], f->offset[a]);
	}
}

void print_report(const struct spec *s)
{
	struct entry *e;
	int n = collect_entries(s, &e);
	char b1[128], b2[128];

	printf("thunkgen layout report for %s\ncolumns: offset in x86_64, ia32, x32; size "
	       "(one number when equal, else x86_64/ia32/x32)\n", s->path);
	for (int i = 0; i < n; i++) {
		const struct type *t = e[i].type;

		if (!e[i].depth) {
			printf("\n%s %s: size %u/%u/%u, align %u/%u/%u; %s%s\n", record_kw(t),
			       t->name, t->size[0], t->size[1], t->size[2], t->align[0],
			       t->align[1], t->align[2],
			       type_needs_xlate(t) ? "needs translation" : "same bytes in every ABI",
			       t->reachable ? "" : "; not reached from any ioctl");
			print_holes(t, "    ");
			continue;
		}
		printf("  %6u %6u %6u  %-9s %*s%-*s %s [%s]\n", e[i].offset[0], e[i].offset[1],
		       e[i].offset[2], size_str(t, b1, sizeof(b1)), 2 * (e[i].depth - 1), "",
		       44 - 2 * (e[i].depth - 1), e[i].name, type_str(t, b2, sizeof(b2)),
		       widen_name(widen_rule(t)));
		if (e[i].field)
			print_moves(e[i].field, "                          ");
		if ((t->kind == T_STRUCT || t->kind == T_UNION) && t->anonymous)
			print_holes(t, "                          ");
	}
	printf("\nioctls (command number per ABI):\n");
	for (int i = 0; i < s->nioctls; i++)
		printf("  %-24s x86_64 0x%08x  ia32 0x%08x  x32 0x%08x%s\n", s->ioctls[i].name,
		       s->ioctls[i].cmd[0], s->ioctls[i].cmd[1], s->ioctls[i].cmd[2],
		       s->ioctls[i].cmd[0] == s->ioctls[i].cmd[1] &&
		       s->ioctls[i].cmd[0] == s->ioctls[i].cmd[2] ? "" : "  (differ)");
}

static int nlint[4];
static const char *const lint_kinds[4] = {
	"misaligned-u64", "padding", "union-arms", "pointer-or-long",
};

static void lint(int kind, struct pos p, const char *fmt, const char *a, unsigned int x,
		 unsigned int y)
{
	printf("%s:%d:%d: lint: [%s] ", p.file, p.line, p.col, lint_kinds[kind]);
	printf(fmt, a, x, y);
	printf("\n");
	nlint[kind]++;
}

static void lint_type(const struct type *t)
{
	char name[256];

	for (int i = 0; i < t->nfields; i++) {
		const struct field *f = t->fields[i];
		const struct type *ft = f->type;

		snprintf(name, sizeof(name), "%s.%s", t->name, f->name ? f->name : "(anonymous)");
		while (ft->kind == T_ARRAY)
			ft = ft->elem;
		if ((ft->prim == PRIM_LLONG || ft->prim == PRIM_DOUBLE) && ft->kind != T_PTR &&
		    (ft->kind == T_INT || ft->kind == T_FLOAT) && t->kind == T_STRUCT &&
		    f->offset[KH_LAYOUT_IA32] % 8)
			lint(0, f->pos, "%s: 8-byte scalar at offset %u on ia32, %u on x86_64",
			     name, f->offset[KH_LAYOUT_IA32], f->offset[KH_LAYOUT_X86_64]);
		if (ft->kind == T_PTR)
			lint(3, f->pos, "%s: pointer, %u bytes on x86_64 and %u in 32-bit ABIs "
			     "(compat_ptr)", name, 8, 4);
		else if (ft->kind == T_INT && ft->prim == PRIM_KLONG)
			lint(3, f->pos, "%s: __kernel_long_t, %u bytes on x86_64 and x32, %u on ia32",
			     name, 8, 4);
		else if (ft->kind == T_INT && ft->prim == PRIM_LONG)
			lint(3, f->pos, "%s: long, %u bytes on x86_64 and %u in 32-bit ABIs", name,
			     8, 4);
	}
	if (t->kind == T_STRUCT) {
		for (int a = 0; a < KH_LAYOUT_NABI; a++) {
			unsigned int end = 0;

			for (int i = 0; i < t->nfields; i++) {
				const struct field *f = t->fields[i];

				if (f->offset[a] > end) {
					snprintf(name, sizeof(name), "%s before %s in %s", t->name,
						 f->name ? f->name : "(anonymous)", abis[a].name);
					lint(1, f->pos, "%s: %u byte(s) of implicit padding%.0u",
					     name, f->offset[a] - end, 0);
				}
				end = f->offset[a] + f->type->size[a];
			}
			if (t->size[a] > end) {
				snprintf(name, sizeof(name), "%s in %s", t->name, abis[a].name);
				lint(1, t->pos, "%s: %u byte(s) of tail padding%.0u", name,
				     t->size[a] - end, 0);
			}
		}
	} else if (t->kind == T_UNION) {
		for (int a = 0; a < KH_LAYOUT_NABI; a++) {
			unsigned int lo = ~0u, hi = 0;

			for (int i = 0; i < t->nfields; i++) {
				unsigned int sz = t->fields[i]->type->size[a];

				lo = sz < lo ? sz : lo;
				hi = sz > hi ? sz : hi;
			}
			if (lo != hi) {
				snprintf(name, sizeof(name), "%s in %s", t->name, abis[a].name);
				lint(2, t->pos, "%s: arms from %u to %u bytes; the rest of a short arm "
				     "must be zeroed", name, lo, hi);
			}
		}
	}
}

int print_lint(const struct spec *s)
{
	int total = 0;

	for (int i = 0; i < s->ntypes; i++)
		if (s->types[i]->kind == T_STRUCT || s->types[i]->kind == T_UNION)
			lint_type(s->types[i]);
	printf("lint summary:");
	for (int k = 0; k < 4; k++) {
		printf(" %s=%d", lint_kinds[k], nlint[k]);
		total += nlint[k];
	}
	printf(" total=%d\n", total);
	return total;
}
