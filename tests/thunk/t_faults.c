// SPDX-License-Identifier: GPL-2.0 OR MIT
/*
 * Faults, generated from the spec: every pointer the emitter laid out, at
 * every depth of every record, in every ABI, is made in turn NULL, unmapped,
 * ending one byte into a guard page, a kernel-half address, and misaligned;
 * every count is made as large as its type holds; every user access fails
 * in turn. Capture must answer -EFAULT (or accept NULL where the spec
 * allows it, and a misaligned pointer always), free everything, and write
 * nothing to the caller.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "harness.h"

enum fault { F_NULL, F_UNMAPPED, F_GUARD, F_KERNEL, F_MISALIGNED, F_COUNT };
static const char *const fault_names[F_COUNT] = { "NULL", "unmapped", "guard", "kernel-half",
						  "misaligned" };
static unsigned long cases[F_COUNT], count_cases, access_cases;

static void set_ptr(char *field, unsigned int width, __u64 v)
{
	if (width == 4) {
		__u32 v32 = (__u32)v;

		memcpy(field, &v32, 4);
	} else {
		memcpy(field, &v, 8);
	}
}

/* capture the image; check the outcome, that nothing leaked, nothing was written */
static int try_capture(const struct kh_test_type *tt, int abi, struct th_image *img,
		       const void *g, bool want_equal)
{
	long live = kh_usim_live_allocs();
	struct kh_ctx c;
	void *out;
	int err;

	kh_ctx_init(&c, abi, NULL);
	kh_usim_counts_reset();
	err = th_capture(tt, abi, img->ubuf, &c, &out);
	if (!err && want_equal)
		th_assert_equal(tt, g, out, "after a harmless fault");
	assert_int_equal(kh_usim_bytes_written(), 0);
	kh_ctx_release(&c);
	assert_int_equal(kh_usim_live_allocs(), live);
	return err;
}

static void fault_site(const struct kh_test_type *tt, int abi, struct th_image *img,
		       const void *g, const struct th_site *s, enum fault f)
{
	char *field = img->ubuf + s->field_off;
	int flags = th_usim_flags(abi);
	char *extra = NULL;
	bool out = s->flags & KH_PTR_OUT;
	int err;

	switch (f) {
	case F_NULL:
		set_ptr(field, s->width, 0);
		break;
	case F_UNMAPPED:
		extra = kh_usim_alloc(64, flags);
		kh_usim_free(extra);	/* now nobody's memory */
		set_ptr(field, s->width, (uintptr_t)extra);
		extra = NULL;
		break;
	case F_GUARD:	/* all but the last byte, which lies in the guard page */
		extra = kh_usim_alloc(s->bytes - 1, flags);
		memcpy(extra, (char *)(uintptr_t)s->target, s->bytes - 1);
		set_ptr(field, s->width, (uintptr_t)extra);
		break;
	case F_KERNEL:
		set_ptr(field, s->width, s->width == 8 ? 0xffff888000000000ull : 0xfffff000u);
		break;
	case F_MISALIGNED:
		extra = kh_usim_alloc(s->bytes + 1, flags);
		memcpy(extra + 1, (char *)(uintptr_t)s->target, s->bytes);
		set_ptr(field, s->width, (uintptr_t)extra + 1);
		break;
	default:
		break;
	}
	/* out buffers are only written after the call: capture checks NULL alone */
	bool harmless = f == F_MISALIGNED || (out && f != F_NULL);

	err = try_capture(tt, abi, img, g, harmless);
	if (harmless)
		assert_int_equal(err, 0);
	else if (f == F_NULL && (s->flags & KH_PTR_OPTIONAL))
		assert_true(err == 0);
	else if (err != -EFAULT)
		fail_msg("%s %s: %s pointer at image offset %zu gave %d, not -EFAULT", tt->name,
			 th_abi_names[abi], fault_names[f], s->field_off, err);
	cases[f]++;
	set_ptr(field, s->width, s->target);
	if (extra)
		kh_usim_free(extra);
}

static void fault_count(const struct kh_test_type *tt, int abi, struct th_image *img,
			const void *g, const struct th_site *s)
{
	char *field = img->ubuf + s->count_off;
	char saved[8];
	int err;

	memcpy(saved, field, s->count_width);
	memset(field, 0xff, s->count_width);	/* the largest count the type holds */
	err = try_capture(tt, abi, img, g, false);
	if (err != -E2BIG && err != -EFAULT && err != -EINVAL)
		fail_msg("%s %s: count at offset %zu set to all ones gave %d", tt->name,
			 th_abi_names[abi], s->count_off, err);
	if (s->count_width == 4) {	/* a count whose byte size wraps in 32 bits */
		__u32 wrap = 0x80000001u;

		memcpy(field, &wrap, 4);
		err = try_capture(tt, abi, img, g, false);
		if (err != -E2BIG && err != -EFAULT && err != -EINVAL)
			fail_msg("%s %s: count 0x80000001 gave %d", tt->name, th_abi_names[abi], err);
	}
	memcpy(field, saved, s->count_width);
	count_cases++;
}

/* the n-th user access fails, for every n the capture makes */
static void fault_accesses(const struct kh_test_type *tt, int abi, struct th_image *img,
			   const void *g)
{
	long total;

	kh_usim_fail_at(0);
	try_capture(tt, abi, img, g, true);
	total = kh_usim_accesses();
	for (long n = 1; n <= total; n++) {
		int err;

		kh_usim_fail_at(n);
		err = try_capture(tt, abi, img, g, false);
		if (err != -EFAULT)
			fail_msg("%s %s: access %ld of %ld failing gave %d", tt->name,
				 th_abi_names[abi], n, total, err);
		access_cases++;
	}
	kh_usim_fail_at(0);
}

static void test_faults(void **state)
{
	const struct kh_test_type *tt = *state;

	for (int abi = 0; abi < KH_LAYOUT_NABI; abi++)
		for (unsigned int seed = 1; seed <= th_seeds(6); seed++) {
			struct kh_ctx gc;
			struct th_image img;
			void *g;

			kh_ctx_init(&gc, abi, NULL);
			g = th_random(tt, &gc, seed * 31 + abi, 0);
			th_emit(tt, abi, g, &img);
			assert_int_equal(try_capture(tt, abi, &img, g, true), 0);
			for (int i = 0; i < img.nsites; i++) {
				for (int f = 0; f < F_COUNT; f++)
					fault_site(tt, abi, &img, g, &img.sites[i], f);
				if (img.sites[i].count_width)
					fault_count(tt, abi, &img, g, &img.sites[i]);
			}
			fault_accesses(tt, abi, &img, g);
			th_image_free(&img);
			kh_ctx_release(&gc);
		}
}

int main(void)
{
	struct CMUnitTest *tests = calloc(kh_test_type_count, sizeof(*tests));
	int rc;

	for (unsigned int i = 0; i < kh_test_type_count; i++)
		tests[i] = (struct CMUnitTest){ .name = kh_test_types[i].name,
						.test_func = test_faults,
						.initial_state = (void *)&kh_test_types[i] };
	rc = _cmocka_run_group_tests("faults", tests, kh_test_type_count, NULL, NULL);
	printf("faults:");
	for (int f = 0; f < F_COUNT; f++)
		printf(" %s=%lu", fault_names[f], cases[f]);
	printf(" counts=%lu failing-accesses=%lu\n", count_cases, access_cases);
	free(tests);
	return rc;
}
