/* SPDX-License-Identifier: GPL-2.0 OR MIT */
/*
 * The lowering pass: every member of every reachable record, per ABI and
 * direction, resolved into one action. The annotations are read here and
 * nowhere after: the writers of kh_capture.c, kh_emit.c and kh_entry.c
 * print actions and never look at an annotation again (gen/README.md).
 */
#ifndef THUNKGEN_PLAN_H
#define THUNKGEN_PLAN_H

#include "model.h"

/* user -> kernel (capture), kernel -> user buffer (measure and emit) */
enum plan_dir { TO_KERNEL, TO_USER };

enum act_kind {
	ACT_NONE,	/* nothing to do in this direction */
	ACT_SCALAR,	/* validate, then assign (widening on capture) */
	ACT_MEMCPY,	/* the same bytes in every ABI: float, plain array, untranslated union */
	ACT_EACH,	/* an array whose elements need their own action */
	ACT_RECORD,	/* a named record: call its function */
	ACT_INLINE,	/* an anonymous struct: its members' actions, in place */
	ACT_SELECT,	/* a union: the live arm's action */
	ACT_POINTER,	/* follow a pointer (see enum fetch) */
};

enum check_kind { CHK_ENUM, CHK_FLAGS, CHK_MAX, CHK_RESERVED, CHK_NONZERO, CHK_NONNEG };

/* one validation of a captured value: if (<test>) return <err>; */
struct check {
	enum check_kind kind;
	const char *test;	/* C condition that rejects; '@' stands for the value */
	const char *err;	/* "-EINVAL", "-E2BIG", "-EBADF" */
};

enum fetch {
	FETCH_NONE,		/* KH_EMIT: the kernel lays a graph out there later */
	FETCH_OUT_BUFFER,	/* KH_OUT: reserved now, copied back after the call */
	FETCH_STRING,		/* count chars, no NUL; a NUL is laid out after it */
	FETCH_BYTES,		/* count bytes */
	FETCH_SWITCH,		/* count bytes holding the record the switch member names */
	FETCH_CSTRING,		/* NUL-terminated, at most max */
	FETCH_SOCKADDR,
	FETCH_ARRAY,		/* count elements of the pointee */
	FETCH_ONE,		/* one element of the pointee */
};

struct arm_plan {
	const char *label;	/* case label: KH_WHEN value or arm index */
	const struct field *arm;
	const struct action *act;
};

struct blob_case {
	const char *label;
	const struct type *type;
};

struct action {
	enum act_kind kind;
	const struct type *type;
	/* ACT_SCALAR */
	struct check checks[6];
	int nchecks;
	enum widen widen;		/* TO_KERNEL from a 32-bit ABI */
	/* ACT_EACH */
	const char *count;		/* the spec's spelling: a constant's name or a number */
	const struct action *elem;
	/* ACT_MEMCPY of an anonymous union: the arm that stands for it */
	const char *arm_name;
	/* ACT_SELECT */
	const char *selector;		/* sibling member, or NULL: ... */
	const char *hook;		/* ... the driver hook that names the arm */
	struct arm_plan *arms;
	int narms;
	bool has_pointers;		/* measuring it has work to do */
	/* ACT_POINTER */
	enum fetch fetch;
	const char *fetch_fn;		/* FETCH_OUT_BUFFER: the runtime call that reserves it */
	const char *count_member;	/* sibling member holding the count, or NULL for one */
	bool count_signed;
	bool optional;
	bool out_trunc;			/* FETCH_OUT_BUFFER: KH_OUT_TRUNC */
	long long cstring_max;
	const struct type *pointee;
	const char *ptr_flags;		/* what the tests learn: KH_PTR_OUT, KH_PTR_OPTIONAL, 0 */
	struct blob_case *cases;	/* FETCH_SWITCH */
	int ncases;
	const char *switch_member;
};

/* the action of member f (or, with f NULL, of a bare value of type t) */
const struct action *plan_value(const struct field *f, const struct type *t, int abi,
				enum plan_dir dir);
/* the action of member f */
const struct action *plan_member(const struct field *f, int abi, enum plan_dir dir);

/* a KH_OUT or KH_INOUT member of an ioctl argument the entry thunk copies back */
bool plan_copies_back(const struct field *f);

/*
 * An ioctl argument whose graph holds no pointer and whose native record
 * is at most KH_STACK_ARGS_MAX bytes: the entry thunk keeps the native
 * record on its stack (no arena piece to reserve and zero per call).
 */
bool plan_args_on_stack(const struct type *arg);
/*
 * Whether capturing the argument can reserve KH_OUT buffers (only behind
 * a pointer): if not, the entry thunk neither probes nor flushes any.
 */
bool plan_has_out_buffers(const struct type *arg);

/* the largest arm stands for an anonymous union that needs no translation */
const struct field *largest_arm(const struct type *u);

#endif
