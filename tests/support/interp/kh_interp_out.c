// SPDX-License-Identifier: GPL-2.0 OR MIT
/*
 * Measure and emit by interpretation (receive path, kernel -> user buffer):
 * what the generated kh_measure_* and kh_emit_* functions do, read from the
 * tables. Both visit the members in one order, each pointee laid out right
 * where its pointer is met, so the two cannot disagree; the staging buffer
 * is zeroed, so padding and unused union bytes go out as zeros.
 */
#include "kh_interp_val.h"

struct kh_iout {
	const struct kh_pt_record *tab;
	struct kh_emitter *e;	/* NULL when measuring */
	size_t off;
};

static void out_record(struct kh_iout *io, const struct kh_pt_record *r, char *dst,
		       const char *src, const void *obj);

static const struct kh_pt_record *pick_case(const struct kh_iout *io,
					    const struct kh_pt_ptr *p, __u64 x,
					    unsigned int size)
{
	for (unsigned int i = 0; i < p->ncases; i++)
		if (kh_pt_case_hits(x, size, p->cases[i].value))
			return &io->tab[p->cases[i].type];
	return NULL;
}

/*
 * n elements of esize bytes (view) at ealign for the pointer field, or only
 * their size when measuring. Returns where they go in the staging buffer.
 */
static char *place(struct kh_iout *io, size_t n, size_t esize, size_t ealign)
{
	if (!io->e) {
		io->off = kh_align_up(io->off, ealign) + n * esize;
		return NULL;
	}
	return kh_emit_alloc(io->e, n, esize, ealign);
}

static void relocate(struct kh_iout *io, const struct kh_pt_record *r,
		     const struct kh_pt_member *m, char *dst, const char *v, size_t bytes,
		     unsigned int flags)
{
	const struct kh_pt_ptr *p = m->ptr;

	kh_emit_ptr(io->e, dst + m->voff, m->vsize, v, bytes, flags);
	if (p->flags & KH_PT_P_NOTE_COUNT) {
		const struct kh_pt_member *cm = &r->m[p->ref];

		kh_emit_count(io->e, dst + cm->voff, cm->vsize);
	}
}

/* n bytes of a string, buffer or socket address */
static void out_bytes(struct kh_iout *io, const struct kh_pt_record *r,
		      const struct kh_pt_member *m, char *dst, const char *sm, size_t n)
{
	char *v = place(io, n, 1, 1);

	if (!io->e)
		return;
	relocate(io, r, m, dst, v, n, m->ptr->note_flags);
	memcpy(v, sm, n);
}

/* a KH_SWITCH blob: laid out as its case's view, the length made to match */
static void out_switch(struct kh_iout *io, const struct kh_pt_record *r,
		       const struct kh_pt_member *m, char *dst, const char *src,
		       const char *sm)
{
	const struct kh_pt_ptr *p = m->ptr;
	const struct kh_pt_member *sel = &r->m[p->sel];
	const struct kh_pt_member *lm = &r->m[p->ref];
	const struct kh_pt_record *ct = pick_case(io, p, kh_pt_nload(sel, src), sel->nsize);
	char *v;

	if (!ct) {
		if (io->e)
			kh_pt_store(dst + lm->voff, lm->vsize, 0);
		return;
	}
	v = place(io, 1, ct->vsize, ct->valign);
	if (io->e)
		kh_emit_ptr(io->e, dst + m->voff, m->vsize, v, ct->vsize, 0);
	if (ct->has_ptrs || io->e)
		out_record(io, ct, v, sm, sm);
	if (io->e)
		kh_pt_store(dst + lm->voff, lm->vsize, ct->vsize);
}

/* n objects of a KH_COUNT or plain pointer */
static void out_array(struct kh_iout *io, const struct kh_pt_record *r,
		      const struct kh_pt_member *m, char *dst, const char *sm, size_t n)
{
	const struct kh_pt_ptr *p = m->ptr;
	const struct kh_pt_record *pr = p->type >= 0 ? &io->tab[p->type] : NULL;
	size_t es = pr ? pr->vsize : p->vsize;
	char *v = place(io, n, es, pr ? pr->valign : p->valign);

	if (io->e)
		relocate(io, r, m, dst, v, n * es, p->note_flags);
	if (pr) {
		if (!pr->has_ptrs && !io->e)
			return;
		for (size_t i = 0; i < n; i++)
			out_record(io, pr, io->e ? v + i * pr->vsize : NULL, sm + i * pr->nsize,
				   sm + i * pr->nsize);
		return;
	}
	if (!io->e)
		return;
	if (!(p->flags & KH_PT_P_XLATE)) {
		memcpy(v, sm, n * p->vsize);
		return;
	}
	for (size_t i = 0; i < n; i++) {
		if (p->elem_kind == KH_PT_INT)
			kh_pt_store(v + i * p->vsize, p->vsize,
				    kh_pt_load(sm + i * p->nsize, p->nsize, false));
		else if (p->elem_kind == KH_PT_FLOAT)
			memcpy(v + i * p->vsize, sm + i * p->nsize, p->vsize);
	}
}

static void out_ptr(struct kh_iout *io, const struct kh_pt_record *r,
		    const struct kh_pt_member *m, char *dst, const char *src)
{
	const struct kh_pt_ptr *p = m->ptr;
	const char *sm = kh_pt_get_ptr(src + m->noff);
	__u64 n = p->ref >= 0 ? kh_pt_nload(&r->m[p->ref], src) : 1;
	size_t len;

	switch (p->kind) {
	case KH_PT_P_EMIT:	/* an out buffer is no data to lay out */
		return;
	case KH_PT_P_STRING:
		if (!n || !sm)
			return;
		out_bytes(io, r, m, dst, sm, n);
		place(io, 1, 1, 1);	/* a NUL after the string */
		return;
	case KH_PT_P_CSTRING:
		if (sm)
			out_bytes(io, r, m, dst, sm, strnlen(sm, p->cstring_max) + 1);
		return;
	case KH_PT_P_SOCKADDR:
		len = sm ? kh_sockaddr_size(*(const __u16 *)sm) : 0;
		if (len)
			out_bytes(io, r, m, dst, sm, len);
		return;
	case KH_PT_P_BYTES:
		if (n && sm)
			out_bytes(io, r, m, dst, sm, n);
		return;
	case KH_PT_P_SWITCH:
		if (n && sm)
			out_switch(io, r, m, dst, src, sm);
		return;
	default:
		if (n && sm)
			out_array(io, r, m, dst, sm, n);
		return;
	}
}

/* one element of a value member */
static void out_elem(struct kh_iout *io, const struct kh_pt_member *m, char *d,
		     const char *s, const void *obj)
{
	const struct kh_pt_record *r;

	switch (m->kind) {
	case KH_PT_INT:
		if (io->e)
			kh_pt_store(d, m->vsize,
				    kh_pt_load(s, m->nsize, m->flags & KH_PT_F_SIGNED));
		return;
	case KH_PT_FLOAT:
		if (io->e)
			memcpy(d, s, m->vsize);
		return;
	case KH_PT_RECORD:
		r = &io->tab[m->type];
		if (io->e || r->has_ptrs)
			out_record(io, r, d, s, r->anonymous ? obj : s);
		return;
	default:
		return;
	}
}

static void out_value(struct kh_iout *io, const struct kh_pt_member *m, char *d,
		      const char *s, const void *obj)
{
	if (!(m->flags & KH_PT_F_ARRAY)) {
		out_elem(io, m, d, s, obj);
		return;
	}
	if (!io->e && !(m->flags & KH_PT_F_HAS_PTRS))
		return;
	if (io->e && (m->flags & KH_PT_F_EMIT_COPY)) {
		memcpy(d, s, (size_t)m->vsize * m->count);
		return;
	}
	for (unsigned int i = 0; i < m->count; i++)
		out_elem(io, m, d ? d + (size_t)i * m->vsize : NULL, s + (size_t)i * m->nsize,
			 obj);
}

static void out_union(struct kh_iout *io, const struct kh_pt_record *r,
		      const struct kh_pt_member *m, char *dst, const char *src, const void *obj)
{
	const struct kh_pt_union *un = m->un;
	const struct kh_pt_record *u = &io->tab[m->type];
	const struct kh_pt_member *arm = NULL;
	char *ud = dst ? dst + m->voff : NULL;
	const char *us = src + m->noff;
	__u64 x;
	unsigned int size;

	if (un->sel < 0 && !un->hook) {
		if (io->e)
			memcpy(ud, us, un->copy_vsize);
		return;
	}
	if (!io->e && !(m->flags & KH_PT_F_HAS_PTRS))
		return;
	if (un->sel >= 0) {
		x = kh_pt_nload(&r->m[un->sel], src);
		size = r->m[un->sel].nsize;
	} else {
		x = (__u64)(__s64)un->hook(io->e ? io->e->priv : NULL, obj);
		size = sizeof(int);
	}
	for (unsigned int i = 0; i < u->nm && !arm; i++)
		if (kh_pt_case_hits(x, size, u->m[i].when))
			arm = &u->m[i];
	if (!arm)
		return;
	if (arm->kind == KH_PT_PTR)
		out_ptr(io, u, arm, ud, us);
	else
		out_value(io, arm, ud ? ud + arm->voff : NULL, us + arm->noff, obj);
}

/* dst is NULL when measuring */
static void out_record(struct kh_iout *io, const struct kh_pt_record *r, char *dst,
		       const char *src, const void *obj)
{
	if (r->is_union) {
		if (io->e)
			memcpy(dst, src, r->nsize < r->vsize ? r->nsize : r->vsize);
		return;
	}
	for (unsigned int i = 0; i < r->nm; i++) {
		const struct kh_pt_member *m = &r->m[i];

		if (!io->e && !(m->flags & KH_PT_F_HAS_PTRS))
			continue;
		if (m->kind == KH_PT_PTR)
			out_ptr(io, r, m, dst, src);
		else if (m->kind == KH_PT_UNION)
			out_union(io, r, m, dst, src, obj);
		else
			out_value(io, m, dst ? dst + m->voff : NULL, src + m->noff, obj);
	}
}

size_t kh_interp_measure(int abi, int type, size_t off, const void *src)
{
	struct kh_iout io = { .tab = kh_pt_tables[abi], .off = off };

	out_record(&io, &io.tab[type], NULL, src, src);
	return io.off;
}

void kh_interp_emit(int abi, int type, struct kh_emitter *e, void *dst, const void *src)
{
	struct kh_iout io = { .tab = kh_pt_tables[abi], .e = e };

	out_record(&io, &io.tab[type], dst, src, src);
}
