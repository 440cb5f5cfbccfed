// SPDX-License-Identifier: GPL-2.0 OR MIT
/*
 * The lowering pass (plan.h): what to do with each member, per ABI and
 * direction. Every decision an annotation or a layout difference implies
 * is taken here, once; the writers only print the actions.
 */
#include "plan.h"
#include "names.h"
#include "xlate.h"

const struct field *largest_arm(const struct type *u)
{
	const struct field *best = u->fields[0];

	for (int i = 1; i < u->nfields; i++)
		if (u->fields[i]->type->size[KH_LAYOUT_X86_64] > best->type->size[KH_LAYOUT_X86_64])
			best = u->fields[i];
	return best;
}

static struct action *new_action(enum act_kind kind, const struct type *t)
{
	struct action *a = xcalloc(1, sizeof(*a));

	a->kind = kind;
	a->type = t;
	a->has_pointers = type_has_pointers(t);
	return a;
}

/* a KH_MAX at or above what the type can hold checks nothing */
static bool max_is_trivial(const struct type *t, int64_t max)
{
	unsigned int bits = t->size[KH_LAYOUT_X86_64] * 8 - (t->is_signed ? 1 : 0);

	return bits < 63 && max >= (int64_t)((1ull << bits) - 1);
}

static void add_check(struct action *a, enum check_kind kind, const char *test, const char *err)
{
	a->checks[a->nchecks++] = (struct check){ .kind = kind, .test = test, .err = err };
}

static void plan_checks(struct action *a, const struct field *f)
{
	const struct annot *an = &f->ann;

	if (an->enum_type)
		add_check(a, CHK_ENUM, xasprintf("!kh_valid_%s(@)", short_name(an->enum_type)), "-EINVAL");
	if (an->has_flags)
		add_check(a, CHK_FLAGS,
			  xasprintf("@ & ~(__u64)(%s)", value_text(an->flags_mask, an->flags_name)),
			  "-EINVAL");
	if (an->has_max && !max_is_trivial(f->type, an->max))
		add_check(a, CHK_MAX, xasprintf("@ > %s", value_text(an->max, an->max_name)),
			  "-E2BIG");
	if (an->reserved)
		add_check(a, CHK_RESERVED, "@", "-EINVAL");
	if (an->nonzero)
		add_check(a, CHK_NONZERO, "!@", "-EINVAL");
	if (f->type->is_signed && (an->has_max || an->fd))
		add_check(a, CHK_NONNEG, "@ < 0", an->fd ? "-EBADF" : "-EINVAL");
}

static bool has_value_checks(const struct field *f)
{
	return f && (f->ann.enum_type || f->ann.has_flags || f->ann.has_max);
}

const struct action *plan_value(const struct field *f, const struct type *t, int abi,
				enum plan_dir dir)
{
	struct action *a;

	switch (t->kind) {
	case T_INT:
		if (dir == TO_KERNEL && f && f->ann.dir == DIR_OUT)
			return new_action(ACT_NONE, t);
		a = new_action(ACT_SCALAR, t);
		if (dir == TO_KERNEL && f)
			plan_checks(a, f);
		a->widen = widen_rule_in(t, abi);
		return a;
	case T_FLOAT:
		return new_action(ACT_MEMCPY, t);
	case T_ARRAY:
		if (!type_needs_xlate(t->elem) && !is_record(t->elem) &&
		    !(dir == TO_KERNEL && has_value_checks(f)))
			return new_action(ACT_MEMCPY, t);
		a = new_action(ACT_EACH, t);
		a->count = count_text(t);
		a->elem = plan_value(dir == TO_KERNEL ? f : NULL, t->elem, abi, dir);
		return a;
	case T_STRUCT:
		return new_action(t->anonymous ? ACT_INLINE : ACT_RECORD, t);
	default:
		return new_action(ACT_NONE, t);
	}
}

static const struct action *plan_union(const struct field *f, int abi, enum plan_dir dir)
{
	const struct type *u = f->type;
	const struct annot *an = &f->ann;
	struct action *a;

	if (!an->select && !an->select_hook) {	/* the same bytes in every ABI */
		a = new_action(ACT_MEMCPY, u);
		a->arm_name = f->name ? NULL : largest_arm(u)->name;
		return a;
	}
	a = new_action(ACT_SELECT, u);
	a->selector = an->select;
	a->hook = an->select_hook;
	a->narms = u->nfields;
	a->arms = xcalloc(u->nfields, sizeof(*a->arms));
	for (int i = 0; i < u->nfields; i++) {
		const struct field *arm = u->fields[i];

		if (arm->type->kind == T_UNION && dir == TO_KERNEL)
			die_at(arm->pos, "a union directly inside a union arm is not supported");
		a->arms[i].arm = arm;
		a->arms[i].label = arm->ann.has_when ?
			value_text(arm->ann.when, arm->ann.when_name) : xasprintf("%d", i);
		a->arms[i].act = plan_member(arm, abi, dir);
	}
	return a;
}

/* what the tests learn about a pointer: may it be NULL, is it an out buffer */
static const char *ptr_flags(const struct annot *an)
{
	if (an->dir == DIR_OUT)
		return "KH_PTR_OUT";
	return an->optional ? "KH_PTR_OPTIONAL" : "0";
}

static enum fetch fetch_of(const struct annot *an)
{
	switch (an->ptr) {
	case PTR_EMIT:
		return FETCH_NONE;
	case PTR_STRING:
		return FETCH_STRING;
	case PTR_BYTES:
		return an->sw ? FETCH_SWITCH : FETCH_BYTES;
	case PTR_CSTRING:
		return FETCH_CSTRING;
	case PTR_SOCKADDR:
		return FETCH_SOCKADDR;
	case PTR_COUNT:
		return FETCH_ARRAY;
	case PTR_PLAIN:
		break;
	}
	return FETCH_ONE;
}

static const struct action *plan_pointer(const struct field *f, enum plan_dir dir)
{
	const struct annot *an = &f->ann;
	struct action *a = new_action(ACT_POINTER, f->type);

	a->pointee = f->type->pointee;
	a->fetch = fetch_of(an);
	if (dir == TO_KERNEL && an->dir == DIR_OUT) {
		a->fetch = FETCH_OUT_BUFFER;
		/* KH_OPTIONAL: NULL is no buffer, whatever the count says */
		a->fetch_fn = an->out_trunc ? "kh_out_buffer_trunc" :
			      an->optional ? "kh_out_buffer_or_null" : "kh_out_buffer";
	}
	a->count_member = an->ref_field ? an->ref_field->name : NULL;
	a->count_signed = an->ptr == PTR_COUNT && an->ref_field->type->is_signed;
	a->optional = an->optional;
	a->out_trunc = an->out_trunc;
	a->cstring_max = an->cstring_max;
	a->ptr_flags = ptr_flags(an);
	if (an->ptr == PTR_BYTES || an->ptr == PTR_STRING || an->ptr == PTR_CSTRING ||
	    an->ptr == PTR_SOCKADDR)
		a->pointee = NULL;	/* bytes, whatever the C type says */
	if (a->fetch == FETCH_SWITCH) {
		a->switch_member = an->switch_field->name;
		a->ncases = an->ncases;
		a->cases = xcalloc(an->ncases, sizeof(*a->cases));
		for (int i = 0; i < an->ncases; i++) {
			a->cases[i].label = value_text(an->cases[i].value, an->cases[i].value_name);
			a->cases[i].type = an->cases[i].type;
		}
	}
	return a;
}

const struct action *plan_member(const struct field *f, int abi, enum plan_dir dir)
{
	if (f->type->kind == T_PTR)
		return plan_pointer(f, dir);
	if (f->type->kind == T_UNION)
		return plan_union(f, abi, dir);
	return plan_value(f, f->type, abi, dir);
}

bool plan_copies_back(const struct field *f)
{
	return f->name && f->ann.dir != DIR_IN && !f->ann.no_writeback &&
	       f->type->kind != T_PTR;
}

/* the native args on the entry thunk's stack: a few words, as its view */
#define KH_STACK_ARGS_MAX 64

bool plan_args_on_stack(const struct type *arg)
{
	return !type_has_pointers(arg) && arg->size[KH_LAYOUT_X86_64] <= KH_STACK_ARGS_MAX;
}

bool plan_has_out_buffers(const struct type *arg)
{
	return type_has_pointers(arg);
}
