/* SPDX-License-Identifier: GPL-2.0 OR MIT */
/*
 * The shape of the interpretation tables thunkgen writes
 * (thunk/generated/user/kh_ptables.c): per ABI, per record, the members in the
 * order the generated thunks visit them, with everything the generated code
 * knows as C text turned into data. kh_interp.c walks them at run time, in
 * the style of QEMU's linux-user thunk tables, as the reference
 * implementation that the generated thunks are held against.
 *
 * Records are indexed the same way in every ABI: the named records first
 * (enum kh_pt_id in kh_ptables.h), then anonymous ones (union members,
 * struct arms), which only appear as member types.
 */
#ifndef KH_PTABLE_H
#define KH_PTABLE_H

#ifdef __KERNEL__
#include <linux/types.h>
#else
#include <linux/types.h>
#endif

enum kh_pt_kind {
	KH_PT_SKIP = 0,		/* arrays of pointers or unions: the thunks do nothing */
	KH_PT_INT = 1,		/* integers, enums, bool */
	KH_PT_FLOAT = 2,
	KH_PT_RECORD = 3,	/* a struct by value: type is its record */
	KH_PT_UNION = 4,	/* a union by value: type is its record, un says how */
	KH_PT_PTR = 5,		/* ptr says what it points to */
};

/* member flags */
#define KH_PT_F_ARRAY		0x01	/* count elements of vsize/nsize bytes */
#define KH_PT_F_SIGNED		0x02
#define KH_PT_F_OUT		0x04	/* KH_OUT: capture leaves it alone */
#define KH_PT_F_CAP_COPY	0x08	/* arrays: capture copies the bytes */
#define KH_PT_F_EMIT_COPY	0x10	/* arrays: emit copies the bytes */
#define KH_PT_F_HAS_PTRS	0x20	/* measure must look inside */

/* how a scalar of a 32-bit ABI widens to x86_64 (none in the native table) */
enum kh_pt_widen {
	KH_PT_W_NONE = 0,
	KH_PT_W_SIGN = 1,
	KH_PT_W_ZERO = 2,
};

/* what a KH_ENUM/KH_FLAGS/KH_MAX/KH_RESERVED/KH_FD member must satisfy */
#define KH_PT_C_ENUM		0x01
#define KH_PT_C_FLAGS		0x02
#define KH_PT_C_MAX		0x04	/* only where the limit is below the type's range */
#define KH_PT_C_RESERVED	0x08

struct kh_pt_check {
	unsigned int what;		/* KH_PT_C_* */
	const __s64 *enum_vals;		/* sorted, distinct */
	unsigned int nenum;
	__u64 flags_mask;
	__s64 max;
	int neg_err;			/* signed with KH_MAX or KH_FD: error when < 0, else 0 */
};

enum kh_pt_ptr_kind {
	KH_PT_P_PLAIN = 0,
	KH_PT_P_COUNT = 1,
	KH_PT_P_BYTES = 2,
	KH_PT_P_STRING = 3,
	KH_PT_P_CSTRING = 4,
	KH_PT_P_SOCKADDR = 5,
	KH_PT_P_EMIT = 6,
	KH_PT_P_SWITCH = 7,	/* KH_BYTES + KH_SWITCH: a blob typed by a sibling */
};

/* pointer flags */
#define KH_PT_P_OPTIONAL	0x01	/* NULL allowed */
#define KH_PT_P_OUT		0x02	/* KH_OUT: a kernel buffer copied back */
#define KH_PT_P_REF_SIGNED	0x04	/* the count sibling is signed */
#define KH_PT_P_XLATE		0x08	/* scalar pointee converted element by element */
#define KH_PT_P_NOTE_COUNT	0x10	/* emit tells the tests which member counts it */

struct kh_pt_case {
	__s64 value;			/* KH_CASE value */
	int type;			/* its record */
};

struct kh_pt_ptr {
	unsigned char kind;		/* enum kh_pt_ptr_kind */
	unsigned char flags;		/* KH_PT_P_* */
	unsigned char elem_kind;	/* scalar pointees: KH_PT_INT/FLOAT/SKIP */
	unsigned char elem_widen;
	int ref;			/* count/length sibling (member index), -1 */
	int sel;			/* KH_SWITCH sibling, -1 */
	int type;			/* record pointee, -1 for scalars and bytes */
	/* scalar pointees: element size and alignment, native and in the view */
	unsigned int nsize, nalign, vsize, valign;
	/* KH_OUT pointers: the kernel buffer's element */
	unsigned int out_size, out_align;
	__s64 cstring_max;
	unsigned int note_flags;	/* KH_PTR_* passed to kh_emit_ptr */
	const struct kh_pt_case *cases;
	unsigned int ncases;
};

struct kh_pt_union {
	int sel;			/* KH_SELECT sibling (member index), -1 */
	int (*hook)(void *priv, const void *obj);	/* KH_SELECT_HOOK */
	/* no selector: the bytes copied as they are, native and view */
	unsigned int copy_nsize, copy_vsize;
};

struct kh_pt_member {
	const char *name;
	unsigned char kind;		/* enum kh_pt_kind */
	unsigned char flags;		/* KH_PT_F_* */
	unsigned char widen;		/* enum kh_pt_widen */
	unsigned char has_when;
	unsigned int count;		/* array elements, else 1 */
	unsigned int voff, vsize;	/* in the ABI's view (element size) */
	unsigned int noff, nsize;	/* in the native struct */
	int type;			/* KH_PT_RECORD/UNION: record index */
	__s64 when;			/* union arms: KH_WHEN, else the arm's index */
	const struct kh_pt_check *chk;
	const struct kh_pt_ptr *ptr;
	const struct kh_pt_union *un;
};

struct kh_pt_record {
	const char *name;
	unsigned char is_union;
	unsigned char anonymous;	/* no tag: only ever a member's type */
	unsigned char has_ptrs;
	unsigned int vsize, valign;	/* the view (the native struct for x86_64) */
	unsigned int nsize, nalign;
	const struct kh_pt_member *m;
	unsigned int nm;
};

#endif /* KH_PTABLE_H */
