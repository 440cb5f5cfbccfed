/* SPDX-License-Identifier: GPL-2.0 OR MIT */
/* thunkgen's picture of a spec: types, fields, annotations, constants, ioctls. */
#ifndef THUNKGEN_MODEL_H
#define THUNKGEN_MODEL_H

#include <stdbool.h>
#include <stddef.h>
#include <stdarg.h>
#include <stdint.h>

#include "abi.h"

struct pos {
	const char *file;
	int line;
	int col;
};

enum tkind {
	T_VOID,
	T_INT,		/* integers, enums, bool */
	T_FLOAT,
	T_PTR,
	T_ARRAY,
	T_STRUCT,
	T_UNION,
};

struct type;

/* what the annotations of one field say; see structs/kh_annotate.h */
enum ann_ptr {
	PTR_PLAIN = 0,	/* one object of the pointee type */
	PTR_COUNT,	/* array of count_field elements */
	PTR_BYTES,	/* length_field bytes */
	PTR_STRING,	/* char string of length_field bytes */
	PTR_CSTRING,	/* NUL-terminated, at most max */
	PTR_SOCKADDR,
	PTR_EMIT,	/* out buffer the kernel lays a graph out into */
};

enum dir { DIR_IN = 0, DIR_OUT, DIR_INOUT };

struct ann_case {
	int64_t value;
	const char *value_name;
	struct type *type;
	struct pos pos;
};

struct annot {
	enum dir dir;
	bool dir_set;
	enum ann_ptr ptr;
	const char *ref;	/* sibling field named by COUNT/BYTES/STRING/EMIT */
	struct field *ref_field;
	int64_t cstring_max;
	bool optional;
	bool no_writeback;
	bool fd;
	bool reserved;
	bool nonzero;		/* KH_NONZERO */
	const char *enum_name;	/* KH_ENUM */
	struct type *enum_type;
	bool has_flags;
	int64_t flags_mask;
	const char *flags_name;
	bool has_max;
	int64_t max;
	const char *max_name;
	bool partial;
	/* unions */
	const char *select;	/* KH_SELECT(field) */
	struct field *select_field;
	const char *select_hook;	/* KH_SELECT_HOOK(fn) */
	bool has_when;
	int64_t when;
	const char *when_name;
	/* void * blobs */
	const char *sw;		/* KH_SWITCH(field) */
	struct field *switch_field;
	struct ann_case *cases;
	int ncases;
	struct pos pos;		/* of the first annotation */
};

struct field {
	const char *name;	/* NULL for an anonymous struct/union member */
	struct type *type;
	struct annot ann;
	struct pos pos;
	unsigned int attr_align;	/* __attribute__((aligned(N))) on the member */
	bool bitfield;		/* real headers (cpp) only: width in bits, no name in entries */
	bool bit_named;		/* a named bit-field gives the struct its type's alignment */
	unsigned int bits;
	unsigned int offset[ABI_COUNT];
	struct type *owner;
};

struct enum_val {
	const char *name;
	int64_t value;
};

struct type {
	enum tkind kind;
	const char *name;	/* tag (struct/union/enum) or C spelling (scalars) */
	struct pos pos;
	/* T_INT / T_FLOAT */
	enum prim prim;
	bool is_signed;
	bool is_enum;
	struct enum_val *enums;
	int nenums;
	/* T_PTR */
	struct type *pointee;
	bool pointee_const;
	/* T_ARRAY */
	struct type *elem;
	unsigned int count;
	const char *count_name;	/* the spec's constant, when the size was one name */
	/* T_STRUCT / T_UNION */
	struct field **fields;
	int nfields;
	bool complete;
	bool anonymous;		/* no tag: named after its path, e.g. kh_data_chunk.u */
	bool packed;
	unsigned int attr_align;
	bool layout_done;
	unsigned int size[ABI_COUNT];
	unsigned int align[ABI_COUNT];
	bool reachable;		/* from an ioctl argument */
};

struct macro {
	const char *name;
	struct tok *toks;
	int ntoks;
	bool function_like;
	struct pos pos;
};

enum copyback { CB_SUCCESS = 0, CB_ALWAYS };

struct ioctl_def {
	const char *name;
	int dir;		/* _IOC_NONE/WRITE/READ bits */
	int64_t magic;
	int64_t nr;
	struct type *arg;	/* NULL for _IO */
	struct pos pos;
	enum copyback copyback;
	const char **copyback_errs;
	int ncopyback_errs;
	uint32_t cmd[ABI_COUNT];
};

struct spec {
	const char *path;	/* as given on the command line */
	const char *base;	/* file name without directory */
	struct type **types;	/* struct/union/enum types in order of definition */
	int ntypes;
	struct macro *macros;
	int nmacros;
	struct ioctl_def *ioctls;
	int nioctls;
	struct { const char *name; struct type *type; } *typedefs;
	int ntypedefs;
	struct enum_val *consts;	/* enumerators of all enums */
	int nconsts;
	struct policy { const char *cmd; struct tok *toks; int ntoks; struct pos pos; } *policies;
	int npolicies;
	struct ioctl_src { struct tok *toks; int ntoks; } *ioctl_srcs;	/* bodies, resolved after parsing */
	/* read through the C preprocessor (pp.c): types of system headers on demand */
	bool cpp;
	int abi;	/* cpp: the ABI this parse was preprocessed for */
	const char *policy;	/* cpp: the policy file, if any */
	struct type *(*resolve)(struct spec *s, const char *kw, const char *name);
	void *pp;
};

/* errors: file:line:col: message, then exit(1) */
_Noreturn void die_at(struct pos p, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));
void *xcalloc(size_t n, size_t size);
char *xstrdup(const char *s);
char *xasprintf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
char *try_vasprintf(const char *fmt, va_list ap);
#define PUSH(arr, n) (arr = xrealloc_array(arr, (n) + 1, sizeof(*(arr))), &(arr)[(n)++])
void *xrealloc_array(void *p, size_t n, size_t size);

/* parse.c */
void parse_spec(struct spec *s, const char *path);
struct field *find_field(struct type *t, const char *name);
struct type *find_type(struct spec *s, enum tkind kind, const char *name);

/* layout.c */
void layout_spec(struct spec *s);
unsigned int layout_sizeof(struct type *t, int abi, struct pos use);

/* check.c: resolve and validate annotations, mark reachable types */
void check_spec(struct spec *s);

#endif /* THUNKGEN_MODEL_H */
