/* SPDX-License-Identifier: GPL-2.0 OR MIT */
/* Names and C spellings in generated code, and the printer the writers share. */
#ifndef THUNKGEN_NAMES_H
#define THUNKGEN_NAMES_H

#include "entries.h"
#include "out.h"
#include "xlate.h"

struct printer {
	struct out *o;
	const struct spec *s;
	int abi;
	int ind;	/* tabs */
	int tmp;	/* counter for unique local names */
	const struct type *fn_type;	/* the struct whose function is being written */
};

/* "struct kh_request_ia32", or the native struct where layouts agree */
const char *view_type(const struct type *t, int abi);
/* "request" for kh_request: no kh_kh_ in function names */
const char *short_name(const struct type *t);
/* capture/measure/emit/partial function of a named record in an ABI */
const char *fn_name(const char *what, const struct type *t, int abi);
/* line at the current indentation */
void line(struct printer *g, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* the C type of one element in native code: "struct kh_data_chunk", "__u64" */
const char *native_type(const struct type *t);
/* C spelling of a scalar as stored in a view of the ABI */
const char *view_scalar(const struct type *t, int abi);
/* the user address held in a pointer member of a view */
const char *uaddr_expr(int abi, const char *member);
/* a sibling member of field f, seen through the prefix of f */
char *sibling_expr(const char *prefix, const struct field *ref);
/* the record types thunks are written for, in spec order */
bool wants_thunks(const struct type *t);
/* a record with a live-arm union needs the containing object for hooks */
bool is_record(const struct type *t);
/* ioctl name in lower case: "kh_ioc_send_response" */
const char *ioctl_lower(const struct ioctl_def *io);
const char *ioctl_abi_macro(const struct ioctl_def *io, int abi);
/* the enumerator name for a KH_WHEN/KH_CASE value, or the number */
const char *value_text(int64_t v, const char *name);
/*
 * Braces for a block whose body was printed into body at one more tab than
 * g->ind: "head {", body, "}", or, for a body of one statement, head and
 * body without braces (the kernel's style). head has no "{".
 */
void block(struct printer *g, const char *head, const struct out *body);
/* start printing a block's body into *body; block_end() restores g */
struct out *block_begin(struct printer *g, struct out *body);
void block_end(struct printer *g, struct out *saved, const char *head, const struct out *body);
/* does generated text use the identifier id (as a whole word)? */
bool uses_ident(const char *text, size_t len, const char *id);
/* sig with __maybe_unused after each of params the body never uses */
char *mark_unused(const char *sig, const struct out *body, const char *const *params, int n);
/* write body into o as a function body */
void finish_body(struct out *o, const struct out *body);

/* the kh_layout_abi enumerators, by ABI */
extern const char *const abi_enum[ABI_COUNT];
/* pointee types of KH_EMIT members: what the core hands to *_to_user */
bool is_emit_target(const struct spec *s, const struct type *t);
/* the core's handler of an ioctl: "kh_ioc_send_response_core" */
const char *core_name(const struct ioctl_def *io);

/* an array's element count as the spec spells it: "KH_HEADER_REQUEST_MAXIMUM" or "41" */
const char *count_text(const struct type *array);

/*
 * sizeof(t), _Alignof(t), n * sizeof(t) as size_t: for char, without the
 * sizeof. Kernel-bound code spells the alignment __alignof__ (kernel_align_of):
 * the same on x86_64, where alone it is compiled.
 */
const char *size_of(const char *t);
const char *align_of(const char *t);
const char *kernel_align_of(const char *t);
const char *bytes_of(const char *n, const char *t);

#endif
