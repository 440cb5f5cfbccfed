// SPDX-License-Identifier: GPL-2.0 OR MIT
/*
 * Round trip, for every record of the spec and every ABI: a random native
 * graph, laid out as a caller of that ABI holds it (emit), captured back,
 * is the same graph. Along the way: measure equals what emit wrote, every
 * user byte is fetched exactly once, capture writes nothing to the caller,
 * and padding or unused union bytes of the kernel graph never reach the
 * caller (the same graph with other padding emits the same bytes).
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "harness.h"

static unsigned long graphs, bytes_checked;

static void roundtrip(const struct kh_test_type *tt, int abi, __u64 seed)
{
	struct kh_ctx gc, cc, pc;
	struct th_image img;
	char *first;
	void *g, *g2, *gp;
	char what[128];

	snprintf(what, sizeof(what), "%s seed %llu", th_abi_names[abi], (unsigned long long)seed);
	kh_ctx_init(&gc, abi, NULL);
	g = th_random(tt, &gc, seed, 0xAA);
	th_emit(tt, abi, g, &img);

	kh_ctx_init(&cc, abi, NULL);
	kh_usim_counts_reset();
	assert_int_equal(th_capture(tt, abi, img.ubuf, &cc, &g2), 0);
	th_assert_equal(tt, g, g2, what);
	/* no double fetch: each byte of the image read exactly once */
	for (size_t i = 0; i < img.size; i++)
		if (kh_usim_fetches(img.ubuf + i) > 1)
			fail_msg("%s %s: byte %zu fetched %u times", tt->name, what, i,
				 kh_usim_fetches(img.ubuf + i));
	assert_int_equal(kh_usim_bytes_written(), 0);

	/* no infoleak: other padding in the kernel graph, the same bytes out */
	kh_ctx_init(&pc, abi, NULL);
	gp = th_random(tt, &pc, seed, 0x55);
	first = malloc(img.size);
	memcpy(first, img.ubuf, img.size);
	th_reemit(tt, abi, gp, &img);
	for (size_t i = 0; i < img.size; i++)
		if (first[i] != img.ubuf[i])
			fail_msg("%s %s: byte %zu of the image depends on kernel padding", tt->name,
				 what, i);
	bytes_checked += img.size;
	free(first);

	th_image_free(&img);
	kh_ctx_release(&pc);
	kh_ctx_release(&cc);
	kh_ctx_release(&gc);
	assert_int_equal(kh_usim_live_allocs(), 0);
	graphs++;
}

static void test_roundtrip(void **state)
{
	const struct kh_test_type *tt = *state;
	unsigned int seeds = th_seeds(64);

	for (int abi = 0; abi < KH_LAYOUT_NABI; abi++)
		for (unsigned int s = 1; s <= seeds; s++)
			roundtrip(tt, abi, s * 7919ull + (unsigned long long)abi);
}

/* the same logical graph, captured from i386, x32 and x86_64 images, is one graph */
static void test_cross_abi(void **state)
{
	const struct kh_test_type *tt = *state;

	for (unsigned int s = 1; s <= th_seeds(64); s++) {
		struct kh_ctx gc, cc[KH_LAYOUT_NABI];
		struct th_image img[KH_LAYOUT_NABI];
		void *g, *out[KH_LAYOUT_NABI];

		kh_ctx_init(&gc, 0, NULL);
		g = th_random(tt, &gc, s, 0);
		for (int abi = 0; abi < KH_LAYOUT_NABI; abi++) {
			th_emit(tt, abi, g, &img[abi]);
			kh_ctx_init(&cc[abi], abi, NULL);
			assert_int_equal(th_capture(tt, abi, img[abi].ubuf, &cc[abi],
						    &out[abi]), 0);
		}
		th_assert_equal(tt, out[KH_LAYOUT_X86_64], out[KH_LAYOUT_IA32], "i386 vs x86_64");
		th_assert_equal(tt, out[KH_LAYOUT_X86_64], out[KH_LAYOUT_X32], "x32 vs x86_64");
		for (int abi = 0; abi < KH_LAYOUT_NABI; abi++) {
			th_image_free(&img[abi]);
			kh_ctx_release(&cc[abi]);
		}
		kh_ctx_release(&gc);
	}
}

int main(void)
{
	struct CMUnitTest *tests = calloc(2 * kh_test_type_count, sizeof(*tests));
	int n = 0, rc;

	for (unsigned int i = 0; i < kh_test_type_count; i++) {
		tests[n++] = (struct CMUnitTest){ .name = kh_test_types[i].name,
						  .test_func = test_roundtrip,
						  .initial_state = (void *)&kh_test_types[i] };
		tests[n++] = (struct CMUnitTest){ .name = "cross-abi",
						  .test_func = test_cross_abi,
						  .initial_state = (void *)&kh_test_types[i] };
	}
	rc = _cmocka_run_group_tests("roundtrip", tests, n, NULL, NULL);
	printf("roundtrip: %lu graphs, %lu emitted bytes checked for double fetch and infoleak\n",
	       graphs, bytes_checked);
	return rc;
}
