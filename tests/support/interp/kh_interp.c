// SPDX-License-Identifier: GPL-2.0 OR MIT
/*
 * Capture by interpretation (send path, user -> kernel): what the generated
 * kh_capture_* functions do, read from the tables instead. A record's
 * non-pointer members first (the object is validated before anything it
 * points to is fetched), then its pointers; every pointee fetched once into
 * the arena, then captured in turn. In the native ABI arrays of records are
 * fetched into place and captured in place, as the generated code does.
 */
#include "kh_interp_val.h"

struct kh_icap {
	struct kh_ctx *c;
	const struct kh_pt_record *tab;
	bool native;
};

static int cap_record(const struct kh_icap *ic, const struct kh_pt_record *r, char *dst,
		      const char *src, const void *obj);
static int cap_ptr(const struct kh_icap *ic, const struct kh_pt_record *r,
		   const struct kh_pt_member *m, char *dst, const char *src, const void *obj);

int kh_interp_find(const char *name)
{
	const struct kh_pt_record *tab = kh_pt_tables[KH_LAYOUT_X86_64];

	for (int i = 0; i < KH_PT_NAMED; i++)
		if (!strcmp(tab[i].name, name))
			return i;
	return -1;
}

static bool enum_has(const struct kh_pt_check *k, __s64 v)
{
	for (unsigned int i = 0; i < k->nenum; i++)
		if (k->enum_vals[i] == v)
			return true;
	return false;
}

/* x as loaded from the view; in the order the generated checks come */
static int check(const struct kh_pt_check *k, const struct kh_pt_member *m, __u64 x)
{
	bool is_signed = m->flags & KH_PT_F_SIGNED;

	if ((k->what & KH_PT_C_ENUM) && !enum_has(k, (__s64)x))
		return -EINVAL;
	if ((k->what & KH_PT_C_FLAGS) && (x & ~k->flags_mask))
		return -EINVAL;
	if (k->what & KH_PT_C_MAX) {
		/* below int, C compares the promoted (signed) value */
		bool over = is_signed || m->vsize < 4 ? (__s64)x > k->max : x > (__u64)k->max;

		if (over)
			return -E2BIG;
	}
	if ((k->what & KH_PT_C_RESERVED) && x)
		return -EINVAL;
	if (k->neg_err && is_signed && (__s64)x < 0)
		return k->neg_err;
	return 0;
}

static __u64 widen(unsigned int rule, __u64 x)
{
	if (rule == KH_PT_W_SIGN)
		return (__u64)(__s64)(__s32)x;
	if (rule == KH_PT_W_ZERO)
		return (__u32)x;
	return x;
}

/* one element of a value member at d <- s */
static int cap_elem(const struct kh_icap *ic, const struct kh_pt_member *m, char *d,
		    const char *s, const void *obj)
{
	const struct kh_pt_record *r;
	__u64 x;
	int err;

	switch (m->kind) {
	case KH_PT_INT:
		if (m->flags & KH_PT_F_OUT)
			return 0;
		x = kh_pt_load(s, m->vsize, m->flags & KH_PT_F_SIGNED);
		if (m->chk) {
			err = check(m->chk, m, x);
			if (err)
				return err;
		}
		kh_pt_store(d, m->nsize, widen(m->widen, x));
		return 0;
	case KH_PT_FLOAT:
		memcpy(d, s, m->nsize);
		return 0;
	case KH_PT_RECORD:
		r = &ic->tab[m->type];
		return cap_record(ic, r, d, s, r->anonymous ? obj : d);
	default:
		return 0;
	}
}

static int cap_value(const struct kh_icap *ic, const struct kh_pt_member *m, char *d,
		     const char *s, const void *obj)
{
	int err;

	if (!(m->flags & KH_PT_F_ARRAY))
		return cap_elem(ic, m, d, s, obj);
	if (m->flags & KH_PT_F_CAP_COPY) {
		memcpy(d, s, (size_t)m->nsize * m->count);
		return 0;
	}
	for (unsigned int i = 0; i < m->count; i++) {
		err = cap_elem(ic, m, d + (size_t)i * m->nsize, s + (size_t)i * m->vsize, obj);
		if (err)
			return err;
	}
	return 0;
}

static const struct kh_pt_member *pick_arm(const struct kh_pt_record *u, __u64 x,
					   unsigned int size)
{
	for (unsigned int i = 0; i < u->nm; i++)
		if (kh_pt_case_hits(x, size, u->m[i].when))
			return &u->m[i];
	return NULL;
}

/* a union member of r: the live arm only */
static int cap_union(const struct kh_icap *ic, const struct kh_pt_record *r,
		     const struct kh_pt_member *m, char *dst, const char *src, const void *obj)
{
	const struct kh_pt_union *un = m->un;
	const struct kh_pt_record *u = &ic->tab[m->type];
	const struct kh_pt_member *arm;
	char *ud = dst + m->noff;
	const char *us = src + m->voff;

	if (un->sel < 0 && !un->hook) {	/* the same bytes in every ABI */
		memcpy(ud, us, un->copy_nsize);
		return 0;
	}
	if (un->sel >= 0) {
		const struct kh_pt_member *sm = &r->m[un->sel];

		arm = pick_arm(u, kh_pt_vload(sm, src), sm->vsize);
	} else {
		arm = pick_arm(u, (__u64)(__s64)un->hook(ic->c->priv, obj), sizeof(int));
	}
	if (!arm)
		return -EINVAL;
	if (arm->kind == KH_PT_PTR)
		return cap_ptr(ic, u, arm, ud, us, obj);
	return cap_value(ic, arm, ud + arm->noff, us + arm->voff, obj);
}

/* n objects the pointer p names at u, into a new native array *out */
static int cap_array(const struct kh_icap *ic, const struct kh_pt_ptr *p, int type,
		     void *u, size_t n, void **out)
{
	struct kh_ctx *c = ic->c;
	void *k, *v;
	int err;

	if (type >= 0) {
		const struct kh_pt_record *r = &ic->tab[type];

		if (ic->native) {
			/* fetched into place, captured in place */
			err = kh_fetch(c, &k, u, n, r->nsize, r->nalign);
			if (err)
				return err;
			v = k;
		} else {
			err = kh_fetch(c, &v, u, n, r->vsize, r->valign);
			if (err)
				return err;
			err = kh_alloc(c, &k, n, r->nsize, r->nalign);
			if (err)
				return err;
		}
		for (size_t i = 0; i < n; i++) {
			char *d = (char *)k + i * r->nsize;

			err = cap_record(ic, r, d, (const char *)v + i * (ic->native ? r->nsize :
									  r->vsize), d);
			if (err)
				return err;
		}
		*out = k;
		return 0;
	}
	if (!(p->flags & KH_PT_P_XLATE)) {
		err = kh_fetch(c, &k, u, n, p->nsize, p->nalign);
		if (err)
			return err;
		*out = k;
		return 0;
	}
	err = kh_fetch(c, &v, u, n, p->vsize, p->valign);
	if (err)
		return err;
	err = kh_alloc(c, &k, n, p->nsize, p->nalign);
	if (err)
		return err;
	for (size_t i = 0; i < n; i++) {
		char *d = (char *)k + i * p->nsize;
		const char *s = (const char *)v + i * p->vsize;

		bool sx = p->elem_widen == KH_PT_W_SIGN;

		if (p->elem_kind == KH_PT_INT)
			kh_pt_store(d, p->nsize,
				    widen(p->elem_widen, kh_pt_load(s, p->vsize, sx)));
		else if (p->elem_kind == KH_PT_FLOAT)
			memcpy(d, s, p->nsize);
	}
	*out = k;
	return 0;
}

/* a KH_SWITCH blob: its type from the selector, its size must be the view's */
static int cap_switch(const struct kh_icap *ic, const struct kh_pt_record *r,
		      const struct kh_pt_ptr *p, char *dst, const char *src, void *u,
		      __u64 n, void **out)
{
	const struct kh_pt_member *sm = &r->m[p->sel];
	const struct kh_pt_member *lm = &r->m[p->ref];
	__u64 x = kh_pt_vload(sm, src);
	const struct kh_pt_record *ct;
	int err;

	for (unsigned int i = 0; i < p->ncases; i++) {
		if (!kh_pt_case_hits(x, sm->vsize, p->cases[i].value))
			continue;
		ct = &ic->tab[p->cases[i].type];
		if (n != ct->vsize)
			return -EINVAL;
		err = cap_array(ic, p, p->cases[i].type, u, 1, out);
		if (err)
			return err;
		/* the native length: what the kernel graph holds now */
		kh_pt_store(dst + lm->noff, lm->nsize, ct->nsize);
		return 0;
	}
	return -EINVAL;
}

static int cap_ptr(const struct kh_icap *ic, const struct kh_pt_record *r,
		   const struct kh_pt_member *m, char *dst, const char *src, const void *obj)
{
	const struct kh_pt_ptr *p = m->ptr;
	char *dm = dst + m->noff;
	void *u;
	__u64 n = 1;
	void *k = NULL;
	int err = 0;

	(void)obj;
	if (ic->native)
		u = (void *)(uintptr_t)kh_pt_load(src + m->voff, 8, false);
	else
		u = kh_compat_uaddr((__u32)kh_pt_load(src + m->voff, 4, false));
	if (p->ref >= 0)
		n = kh_pt_vload(&r->m[p->ref], src);
	if (p->flags & KH_PT_P_OUT) {
		err = kh_out_buffer(ic->c, &k, u, n, p->out_size, p->out_align);
		if (err)
			return err;
		kh_pt_set_ptr(dm, k);
		return 0;
	}
	switch (p->kind) {
	case KH_PT_P_EMIT:
		kh_set_emit_target(ic->c, u, (__u32)n);
		break;
	case KH_PT_P_STRING:
	case KH_PT_P_BYTES:
	case KH_PT_P_SWITCH:
		if (!n)
			break;
		if (p->kind == KH_PT_P_STRING)
			err = kh_fetch_string(ic->c, &k, u, n);
		else if (p->kind == KH_PT_P_BYTES)
			err = kh_fetch(ic->c, &k, u, n, 1, 8);
		else
			err = cap_switch(ic, r, p, dst, src, u, n, &k);
		break;
	case KH_PT_P_CSTRING:
	case KH_PT_P_SOCKADDR:
	case KH_PT_P_PLAIN:
		if (!u) {
			if (!(p->flags & KH_PT_P_OPTIONAL))
				return -EFAULT;
			break;
		}
		if (p->kind == KH_PT_P_CSTRING)
			err = kh_fetch_cstring(ic->c, &k, u, p->cstring_max);
		else if (p->kind == KH_PT_P_SOCKADDR)
			err = kh_fetch_sockaddr(ic->c, &k, u);
		else
			err = cap_array(ic, p, p->type, u, 1, &k);
		break;
	case KH_PT_P_COUNT:
		if ((p->flags & KH_PT_P_REF_SIGNED) && (__s64)n < 0)
			return -EINVAL;
		if (n)
			err = cap_array(ic, p, p->type, u, n, &k);
		break;
	}
	if (err)
		return err;
	/* every pointer member is assigned, NULL included */
	kh_pt_set_ptr(dm, k);
	return 0;
}

static int cap_record(const struct kh_icap *ic, const struct kh_pt_record *r, char *dst,
		      const char *src, const void *obj)
{
	int err;

	if (r->is_union) {
		memcpy(dst, src, r->nsize < r->vsize ? r->nsize : r->vsize);
		return 0;
	}
	/* validate the object before following any of its pointers */
	for (unsigned int i = 0; i < r->nm; i++) {
		const struct kh_pt_member *m = &r->m[i];

		if (m->kind == KH_PT_PTR)
			continue;
		if (m->kind == KH_PT_UNION)
			err = cap_union(ic, r, m, dst, src, obj);
		else
			err = cap_value(ic, m, dst + m->noff, src + m->voff, obj);
		if (err)
			return err;
	}
	for (unsigned int i = 0; i < r->nm; i++) {
		if (r->m[i].kind != KH_PT_PTR)
			continue;
		err = cap_ptr(ic, r, &r->m[i], dst, src, obj);
		if (err)
			return err;
	}
	return 0;
}

int kh_interp_capture(int abi, int type, struct kh_ctx *c, void *dst, const void *src)
{
	struct kh_icap ic = {
		.c = c,
		.tab = kh_pt_tables[abi],
		.native = abi == KH_LAYOUT_X86_64,
	};

	return cap_record(&ic, &ic.tab[type], dst, src, dst);
}
