/* SPDX-License-Identifier: GPL-2.0 OR MIT */
/*
 * Scalars of the interpreter: members are read and written by size, through
 * memcpy (a view's u64 may sit 4-aligned), and carried as a __u64 holding
 * the value sign- or zero-extended as C would convert it.
 */
#ifndef KH_INTERP_VAL_H
#define KH_INTERP_VAL_H

#include "kh_interp.h"

static inline __u64 kh_pt_load(const void *p, unsigned int size, bool is_signed)
{
	__u8 v8;
	__u16 v16;
	__u32 v32;
	__u64 v64;

	switch (size) {
	case 1:
		memcpy(&v8, p, 1);
		return is_signed ? (__u64)(__s64)(__s8)v8 : v8;
	case 2:
		memcpy(&v16, p, 2);
		return is_signed ? (__u64)(__s64)(__s16)v16 : v16;
	case 4:
		memcpy(&v32, p, 4);
		return is_signed ? (__u64)(__s64)(__s32)v32 : v32;
	default:
		memcpy(&v64, p, 8);
		return v64;
	}
}

/* C's conversion to a narrower integer: the low bytes */
static inline void kh_pt_store(void *p, unsigned int size, __u64 v)
{
	__u8 v8 = (__u8)v;
	__u16 v16 = (__u16)v;
	__u32 v32 = (__u32)v;

	switch (size) {
	case 1:
		memcpy(p, &v8, 1);
		break;
	case 2:
		memcpy(p, &v16, 2);
		break;
	case 4:
		memcpy(p, &v32, 4);
		break;
	default:
		memcpy(p, &v, 8);
		break;
	}
}

/* a member's value; one element of an array at index i */
static inline __u64 kh_pt_vload(const struct kh_pt_member *m, const char *base)
{
	return kh_pt_load(base + m->voff, m->vsize, m->flags & KH_PT_F_SIGNED);
}

static inline __u64 kh_pt_nload(const struct kh_pt_member *m, const char *base)
{
	return kh_pt_load(base + m->noff, m->nsize, m->flags & KH_PT_F_SIGNED);
}

/*
 * Does switch (x) reach case cv? x of size bytes (as loaded): below int it
 * is promoted to int, else cv is converted to x's type.
 */
static inline bool kh_pt_case_hits(__u64 x, unsigned int size, __s64 cv)
{
	if (size < 4)
		return (__s64)x == cv;
	if (size == 4)
		return (__u32)x == (__u32)cv;
	return x == (__u64)cv;
}

static inline void *kh_pt_get_ptr(const char *p)
{
	void *v;

	memcpy(&v, p, sizeof(v));
	return v;
}

static inline void kh_pt_set_ptr(char *p, const void *v)
{
	memcpy(p, &v, sizeof(v));
}

#endif /* KH_INTERP_VAL_H */
