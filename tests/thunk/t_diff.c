// SPDX-License-Identifier: GPL-2.0 OR MIT
/*
 * Differential: the generated thunks against the table interpreter
 * (tests/support/interp/), for every record of the spec and every ABI. On random
 * graphs: the same measure, the same image to the byte, the same pointers
 * and counts told to the tests; capturing that image back gives equal
 * graphs, the same arena use and the same number of user accesses. Then on
 * faults of that image: every emitted pointer NULL, unmapped, ending in a
 * guard page, in the kernel half, misaligned; every count all ones, wrapping
 * in 32 bits, one too many; every validated value of the top record broken
 * (enum, flags, limit, reserved, sign); every user access failing in turn;
 * random bytes: both must give the same error, or equal graphs.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "harness.h"
#include "kh_interp.h"

enum fault { F_PTR, F_COUNT, F_VALUE, F_ACCESS, F_BYTE, F_NR };
static const char *const fault_names[F_NR] = { "pointer", "count", "value", "access", "byte" };
static unsigned long graphs, image_bytes, faults[F_NR], fault_errors, fault_accepted;

/* ---- emit ---- */

struct rec_notes {
	struct th_site *s;
	int n;
};

static void rec_site(struct kh_emitter *e, void *field, unsigned int width, size_t bytes,
		     unsigned int flags)
{
	struct rec_notes *rn = e->note_arg;
	struct th_site *s;

	rn->s = realloc(rn->s, (rn->n + 1) * sizeof(*rn->s));
	s = &rn->s[rn->n++];
	memset(s, 0, sizeof(*s));
	s->field_off = (size_t)((char *)field - e->kbuf);
	s->width = width;
	s->bytes = bytes;
	s->flags = flags;
	memcpy(&s->target, field, width);
}

static void rec_count(struct kh_emitter *e, void *field, unsigned int width)
{
	struct rec_notes *rn = e->note_arg;

	rn->s[rn->n - 1].count_off = (size_t)((char *)field - e->kbuf);
	rn->s[rn->n - 1].count_width = width;
}

/* the interpreter lays g out at the image's address: the same bytes, the same notes */
static void diff_emit(const struct kh_test_type *tt, int id, int abi, const void *g,
		      const struct th_image *img, const char *what)
{
	size_t top = tt->view_size[abi];
	struct rec_notes rn = { 0 };
	struct kh_emitter e;
	void *dst;

	assert_int_equal(kh_interp_measure(abi, id, top, g), img->size);
	assert_int_equal(kh_interp_measure(abi, id, 1, g), tt->measure[abi](1, g));
	assert_int_equal(kh_emit_begin(&e, img->ubuf, img->size), 0);
	e.note = rec_site;
	e.note_count = rec_count;
	e.note_arg = &rn;
	dst = kh_emit_alloc(&e, 1, top, tt->view_align[abi]);
	kh_interp_emit(abi, id, &e, dst, g);
	assert_int_equal(e.off, img->size);
	for (size_t i = 0; i < img->size; i++)
		if (e.kbuf[i] != img->ubuf[i])
			fail_msg("%s %s: image byte %zu: generated 0x%02x, interpreter 0x%02x",
				 tt->name, what, i, (unsigned char)img->ubuf[i],
				 (unsigned char)e.kbuf[i]);
	assert_int_equal(rn.n, img->nsites);
	for (int i = 0; i < rn.n; i++) {
		const struct th_site *a = &img->sites[i], *b = &rn.s[i];

		if (a->field_off != b->field_off || a->width != b->width || a->bytes != b->bytes ||
		    a->flags != b->flags || a->count_width != b->count_width ||
		    (a->count_width && a->count_off != b->count_off))
			fail_msg("%s %s: pointer note %d differs (offset %zu/%zu)", tt->name, what,
				 i, a->field_off, b->field_off);
	}
	kh_emit_abort(&e);
	free(rn.s);
	image_bytes += img->size;
}

/* ---- capture ---- */

static int interp_capture(const struct kh_test_type *tt, int id, int abi, void *uaddr,
			  struct kh_ctx *c, void **out)
{
	void *view, *g;
	int err;

	err = kh_alloc(c, &view, 1, tt->view_size[abi], tt->view_align[abi]);
	if (err)
		return err;
	err = kh_copy_in(c, view, uaddr, tt->view_size[abi]);
	if (err)
		return err;
	err = kh_alloc(c, &g, 1, tt->native_size, tt->native_align);
	if (err)
		return err;
	err = kh_interp_capture(abi, id, c, g, view);
	if (!err)
		*out = g;
	return err;
}

/*
 * Both capture the image (with the fail_at-th user access failing, if
 * set): the same error, the same arena use, the same user accesses, and
 * equal graphs when both succeed. Returns the error.
 */
static long last_accesses;

static int diff_capture(const struct kh_test_type *tt, int id, int abi,
			const struct th_image *img, long fail_at, const char *what)
{
	long live = kh_usim_live_allocs();
	struct kh_ctx gc, ic;
	void *gg = NULL, *ig = NULL;
	long gacc, iacc;
	int gerr, ierr;

	kh_ctx_init(&gc, abi, NULL);
	kh_usim_counts_reset();
	kh_usim_fail_at(fail_at);
	gerr = th_capture(tt, abi, img->ubuf, &gc, &gg);
	gacc = kh_usim_accesses();

	kh_ctx_init(&ic, abi, NULL);
	kh_usim_counts_reset();
	kh_usim_fail_at(fail_at);
	ierr = interp_capture(tt, id, abi, img->ubuf, &ic, &ig);
	iacc = kh_usim_accesses();
	kh_usim_fail_at(0);
	last_accesses = iacc;

	if (gerr != ierr)
		fail_msg("%s %s: generated capture %d, interpreter %d", tt->name, what, gerr, ierr);
	if (!gerr)
		th_assert_equal(tt, gg, ig, what);
	if (gc.arena.total != ic.arena.total)
		fail_msg("%s %s: arena %zu bytes generated, %zu interpreted", tt->name, what,
			 gc.arena.total, ic.arena.total);
	if (gacc != iacc)
		fail_msg("%s %s: %ld user accesses generated, %ld interpreted", tt->name, what,
			 gacc, iacc);
	assert_int_equal(kh_usim_bytes_written(), 0);
	kh_ctx_release(&gc);
	kh_ctx_release(&ic);
	assert_int_equal(kh_usim_live_allocs(), live);
	return gerr;
}

static void count_fault(enum fault f, int err)
{
	faults[f]++;
	if (err)
		fault_errors++;
	else
		fault_accepted++;
}

/* ---- faults ---- */

static void set_uint(char *field, unsigned int width, __u64 v)
{
	memcpy(field, &v, width);	/* little endian: the low bytes */
}

static void fault_pointers(const struct kh_test_type *tt, int id, int abi,
			   struct th_image *img, const struct th_site *s)
{
	char *field = img->ubuf + s->field_off;
	int flags = th_usim_flags(abi);
	char *extra;

	for (int k = 0; k < 5; k++) {
		extra = NULL;
		switch (k) {
		case 0:		/* NULL */
			set_uint(field, s->width, 0);
			break;
		case 1:		/* unmapped: memory that was freed */
			extra = kh_usim_alloc(64, flags);
			kh_usim_free(extra);
			set_uint(field, s->width, (uintptr_t)extra);
			extra = NULL;
			break;
		case 2:		/* its last byte in the guard page */
			extra = kh_usim_alloc(s->bytes - 1, flags);
			memcpy(extra, (char *)(uintptr_t)s->target, s->bytes - 1);
			set_uint(field, s->width, (uintptr_t)extra);
			break;
		case 3:		/* the kernel half */
			set_uint(field, s->width,
				 s->width == 8 ? 0xffff888000000000ull : 0xfffff000u);
			break;
		case 4:		/* misaligned */
			extra = kh_usim_alloc(s->bytes + 1, flags);
			memcpy(extra + 1, (char *)(uintptr_t)s->target, s->bytes);
			set_uint(field, s->width, (uintptr_t)extra + 1);
			break;
		}
		count_fault(F_PTR, diff_capture(tt, id, abi, img, 0, "pointer fault"));
		set_uint(field, s->width, s->target);
		if (extra)
			kh_usim_free(extra);
	}
}

static void fault_count_member(const struct kh_test_type *tt, int id, int abi,
			       struct th_image *img, const struct th_site *s)
{
	char *field = img->ubuf + s->count_off;
	__u64 saved = 0;
	const __u64 values[] = { ~0ull, 0x80000001u, 0 /* one more */ };

	memcpy(&saved, field, s->count_width);
	for (unsigned int k = 0; k < sizeof(values) / sizeof(values[0]); k++) {
		if (k == 1 && s->count_width != 4)
			continue;
		set_uint(field, s->count_width, k == 2 ? saved + 1 : values[k]);
		count_fault(F_COUNT, diff_capture(tt, id, abi, img, 0, "count fault"));
	}
	set_uint(field, s->count_width, saved);
}

/* one value that breaks each check of an integer member at field */
static void break_value(const struct kh_test_type *tt, int id, int abi, struct th_image *img,
			const struct kh_pt_member *m, char *field)
{
	const struct kh_pt_check *k = m->chk;
	__u64 saved = 0, bad[6];
	int n = 0;

	if (k->what & KH_PT_C_ENUM)
		bad[n++] = (__u64)(k->enum_vals[k->nenum - 1] + 1);
	if (k->what & KH_PT_C_FLAGS)
		bad[n++] = ~k->flags_mask;
	if (k->what & KH_PT_C_MAX) {
		bad[n++] = (__u64)k->max + 1;
		bad[n++] = ~0ull;
	}
	if (k->what & KH_PT_C_RESERVED)
		bad[n++] = 1;
	if (k->neg_err)
		bad[n++] = ~0ull;	/* -1 */
	memcpy(&saved, field, m->vsize);
	for (int i = 0; i < n; i++) {
		set_uint(field, m->vsize, bad[i]);
		count_fault(F_VALUE, diff_capture(tt, id, abi, img, 0, "value fault"));
	}
	set_uint(field, m->vsize, saved);
}

/* the validated integers of the top record and of records it holds by value */
static void fault_values(const struct kh_test_type *tt, int id, int abi, struct th_image *img,
			 const struct kh_pt_record *r, size_t base)
{
	const struct kh_pt_record *tab = kh_pt_tables[abi];

	for (unsigned int i = 0; i < r->nm; i++) {
		const struct kh_pt_member *m = &r->m[i];

		for (unsigned int e = 0; e < m->count; e++) {
			size_t at = base + m->voff + (size_t)e * m->vsize;

			if (m->kind == KH_PT_INT && m->chk)
				break_value(tt, id, abi, img, m, img->ubuf + at);
			else if (m->kind == KH_PT_RECORD)
				fault_values(tt, id, abi, img, &tab[m->type], at);
		}
	}
}

static void fault_accesses(const struct kh_test_type *tt, int id, int abi,
			   struct th_image *img)
{
	long total;

	diff_capture(tt, id, abi, img, 0, "before failing accesses");
	total = last_accesses;
	for (long n = 1; n <= total; n++)
		count_fault(F_ACCESS, diff_capture(tt, id, abi, img, n, "failing access"));
}

static void fault_bytes(const struct kh_test_type *tt, int id, int abi, struct th_image *img,
			struct kh_rand *r, int n)
{
	for (int i = 0; i < n; i++) {
		size_t at = kh_rand_u64(r) % img->size;
		char saved = img->ubuf[at];

		img->ubuf[at] = (char)kh_rand_u64(r);
		count_fault(F_BYTE, diff_capture(tt, id, abi, img, 0, "random byte"));
		img->ubuf[at] = saved;
	}
}

/* ---- per record ---- */

static void diff_graph(const struct kh_test_type *tt, int id, int abi, __u64 seed,
		       bool with_faults)
{
	struct kh_rand r = { .state = seed ^ 0x5eed };
	struct kh_ctx gc;
	struct th_image img;
	char what[96];
	void *g;

	snprintf(what, sizeof(what), "%s seed %llu", th_abi_names[abi], (unsigned long long)seed);
	kh_ctx_init(&gc, abi, NULL);
	g = th_random(tt, &gc, seed, 0xAA);
	th_emit(tt, abi, g, &img);
	diff_emit(tt, id, abi, g, &img, what);
	assert_int_equal(diff_capture(tt, id, abi, &img, 0, what), 0);
	graphs++;
	if (with_faults) {
		for (int i = 0; i < img.nsites; i++) {
			fault_pointers(tt, id, abi, &img, &img.sites[i]);
			if (img.sites[i].count_width)
				fault_count_member(tt, id, abi, &img, &img.sites[i]);
		}
		fault_values(tt, id, abi, &img, &kh_pt_tables[abi][id], 0);
		fault_accesses(tt, id, abi, &img);
		fault_bytes(tt, id, abi, &img, &r, 32);
	}
	th_image_free(&img);
	kh_ctx_release(&gc);
}

static void test_diff(void **state)
{
	const struct kh_test_type *tt = *state;
	int id = kh_interp_find(tt->name);
	unsigned int seeds = th_seeds(48);

	if (id < 0)
		fail_msg("%s: no interpretation table", tt->name);
	for (int abi = 0; abi < KH_LAYOUT_NABI; abi++)
		for (unsigned int s = 1; s <= seeds; s++)
			diff_graph(tt, id, abi, s * 104729ull + (unsigned long long)abi, s <= 4);
}

int main(void)
{
	struct CMUnitTest *tests = calloc(kh_test_type_count, sizeof(*tests));
	unsigned long total = 0;
	int rc;

	for (unsigned int i = 0; i < kh_test_type_count; i++)
		tests[i] = (struct CMUnitTest){ .name = kh_test_types[i].name,
						.test_func = test_diff,
						.initial_state = (void *)&kh_test_types[i] };
	rc = _cmocka_run_group_tests("diff", tests, kh_test_type_count, NULL, NULL);
	printf("diff: %u records x %d ABIs: %lu graphs, %lu image bytes identical; faults:",
	       kh_test_type_count, KH_LAYOUT_NABI, graphs, image_bytes);
	for (int f = 0; f < F_NR; f++) {
		printf(" %s=%lu", fault_names[f], faults[f]);
		total += faults[f];
	}
	printf(" (total %lu: %lu same error, %lu both accepted)\n", total, fault_errors,
	       fault_accepted);
	free(tests);
	return rc;
}
