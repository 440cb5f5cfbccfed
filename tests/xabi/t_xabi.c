// SPDX-License-Identifier: GPL-2.0 OR MIT
/*
 * Cross-ABI truth from the real compilers: the images that gcc -m64, -m32
 * and -mx32 laid out for the same logical graphs (xabi_graph.c), mapped
 * back at their own addresses, captured with that ABI's generated thunks,
 * give one and the same native graph. Nothing here knows a layout: the
 * images come from the compilers, the capture code from thunkgen.
 *
 * XABI_IMAGES: the dump files, space separated. x86_64 and i386 are
 * required; without an x32 dump its part is skipped, saying so.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <cmocka.h>

#include "kh_test_graphs.h"
#include "kh_usim.h"
#include "xabi_graph.h"
#include "xabi_load.h"

static struct xabi_image images[KH_LAYOUT_NABI];
static unsigned long captures, compared;

static const char *const tops[] = {
	"kh_send_response_args", "kh_response", "kh_cache_policy", "kh_log_data", "kh_request",
};

static const struct kh_test_type *type_of(const char *name)
{
	for (unsigned int i = 0; i < kh_test_type_count; i++)
		if (!strcmp(kh_test_types[i].name, name))
			return &kh_test_types[i];
	fail_msg("no test type %s", name);
	return NULL;
}

static bool have(int abi)
{
	return images[abi].user != NULL;
}

/* what an entry thunk does: the top view in, then the generated capture */
static int capture(int abi, const char *name, struct kh_ctx *c, void **out)
{
	const struct kh_test_type *tt = type_of(name);
	const struct xabi_top *t = xabi_find_top(&images[abi], name);
	void *view, *g;
	int err;

	if (!t)
		fail_msg("%s image has no %s", kh_layout_abi_names[abi], name);
	kh_ctx_init(c, abi, NULL);
	kh_usim_counts_reset();
	err = kh_alloc(c, &view, 1, tt->view_size[abi], tt->view_align[abi]);
	if (!err)
		err = kh_copy_in(c, view, (void *)(uintptr_t)t->addr, tt->view_size[abi]);
	if (!err)
		err = kh_alloc(c, &g, 1, tt->native_size, tt->native_align);
	if (!err)
		err = tt->capture[abi](c, g, view);
	if (err)
		fail_msg("%s %s: capture failed: %d", kh_layout_abi_names[abi], name, err);
	/* no byte of a real image is read twice either */
	assert_true(kh_usim_max_fetches() <= 1);
	assert_int_equal(kh_usim_bytes_written(), 0);
	captures++;
	*out = g;
	return 0;
}

static int setup(void **state)
{
	const char *list = getenv("XABI_IMAGES");
	char *copy, *save = NULL;

	(void)state;
	if (!list) {
		fprintf(stderr, "t_xabi: XABI_IMAGES not set\n");
		return -1;
	}
	copy = strdup(list);
	for (char *p = strtok_r(copy, " ", &save); p; p = strtok_r(NULL, " ", &save)) {
		struct xabi_image img;
		char err[256];

		if (xabi_load(p, &img, err, sizeof(err))) {
			fprintf(stderr, "t_xabi: %s\n", err);
			return -1;
		}
		if (have(img.abi)) {
			fprintf(stderr, "t_xabi: two %s images\n", kh_layout_abi_names[img.abi]);
			return -1;
		}
		images[img.abi] = img;
		if (!xabi_map(&images[img.abi])) {
			fprintf(stderr, "t_xabi: cannot map %s image at 0x%llx\n", p,
				(unsigned long long)img.start);
			return -1;
		}
		printf("xabi: %s image: %zu bytes at 0x%llx, %d top objects\n",
		       kh_layout_abi_names[img.abi], img.len, (unsigned long long)img.start,
		       img.ntops);
	}
	free(copy);
	if (!have(KH_LAYOUT_X86_64) || !have(KH_LAYOUT_IA32)) {
		fprintf(stderr, "t_xabi: the x86_64 and i386 images are required\n");
		return -1;
	}
	if (!have(KH_LAYOUT_X32))
		printf("xabi: SKIP x32 image: none given (XABI_X32=skip, or auto and tools/vm failed)\n");
	return 0;
}

static int teardown(void **state)
{
	(void)state;
	for (int a = 0; a < KH_LAYOUT_NABI; a++)
		xabi_unload(&images[a]);
	return 0;
}

/* the compiler's sizeof of every top object is the generated view's */
static void test_sizes(void **state)
{
	(void)state;
	for (int a = 0; a < KH_LAYOUT_NABI; a++)
		for (int i = 0; have(a) && i < images[a].ntops; i++) {
			const struct xabi_top *t = &images[a].tops[i];

			if (t->size != type_of(t->name)->view_size[a])
				fail_msg("%s %s: compiler %zu, thunkgen %zu", kh_layout_abi_names[a],
					 t->name, t->size, type_of(t->name)->view_size[a]);
		}
}

static void test_same_graph(void **state)
{
	const char *name = *state;
	const struct kh_test_type *tt = type_of(name);
	struct kh_ctx c[KH_LAYOUT_NABI];
	void *g[KH_LAYOUT_NABI];
	char where[256];

	for (int a = 0; a < KH_LAYOUT_NABI; a++)
		if (have(a))
			capture(a, name, &c[a], &g[a]);
	for (int a = 1; a < KH_LAYOUT_NABI; a++) {
		if (!have(a))
			continue;
		where[0] = 0;
		if (!tt->equal(g[KH_LAYOUT_X86_64], g[a], where, sizeof(where)))
			fail_msg("%s: %s capture differs from x86_64 at %s", name,
				 kh_layout_abi_names[a], where);
		compared++;
	}
	for (int a = 0; a < KH_LAYOUT_NABI; a++)
		if (have(a))
			kh_ctx_release(&c[a]);
	assert_int_equal(kh_usim_live_allocs(), 0);
}

/* equal graphs must not be equal for want of content: spot-check it */
static void test_content(void **state)
{
	struct kh_ctx c;
	struct kh_response *r;
	struct kh_request *q;

	(void)state;
	capture(KH_LAYOUT_IA32, "kh_response", &c, (void **)&r);
	assert_int_equal(r->status_code, 200);
	assert_int_equal(r->headers.unknown_header_count, 3);
	assert_int_equal(r->entity_chunks[1].u.file.range.start, XABI_FILE_START);
	assert_int_equal(r->response_info_count, 2);
	assert_memory_equal(r->headers.known_headers[KH_HEADER_SERVER].value, XABI_SERVER,
			    strlen(XABI_SERVER));
	kh_ctx_release(&c);
	capture(KH_LAYOUT_IA32, "kh_request", &c, (void **)&q);
	assert_int_equal(q->connection_id, 0x0102030405060708ull);
	assert_int_equal(q->request_info_count, 2);
	assert_int_equal(*(__u16 *)q->address.local, AF_INET6);
	kh_ctx_release(&c);
}

/* user addresses of every copy of a byte string in an image */
static size_t find_all(int abi, const void *s, size_t n, __u64 *out, size_t max)
{
	const struct xabi_image *img = &images[abi];
	size_t k = 0;

	for (size_t i = 0; i + n <= img->len && k < max; i++)
		if (!memcmp(img->bytes + i, s, n))
			out[k++] = img->start + i;
	return k;
}

/* the u64 file ranges of the i386 image really are misaligned */
static void test_i386_misaligned(void **state)
{
	__u64 v = XABI_FILE_START;
	__u64 at[4];
	size_t n = find_all(KH_LAYOUT_IA32, &v, sizeof(v), at, 4);

	(void)state;
	assert_int_equal(n, 2);		/* response and request chunk[1] */
	for (size_t i = 0; i < n; i++)
		assert_int_equal(at[i] % 8, 4);
	n = find_all(KH_LAYOUT_X86_64, &v, sizeof(v), at, 4);
	assert_int_equal(n, 2);
	assert_int_equal(at[0] % 8, 0);
}

/* one byte changed in the i386 image at u: the capture differs from x86_64 */
static void expect_difference(__u64 u, const char *name)
{
	const struct kh_test_type *tt = type_of(name);
	unsigned char *p = (unsigned char *)(uintptr_t)u;
	struct kh_ctx c64, c32;
	void *g64, *g32;
	char where[256] = "";

	capture(KH_LAYOUT_X86_64, name, &c64, &g64);
	*p ^= 0x01;
	capture(KH_LAYOUT_IA32, name, &c32, &g32);
	*p ^= 0x01;
	if (tt->equal(g64, g32, where, sizeof(where)))
		fail_msg("a changed byte at 0x%llx went unnoticed", (unsigned long long)u);
	printf("xabi: byte at 0x%llx changed: detected at %s\n", (unsigned long long)u, where);
	kh_ctx_release(&c32);
	kh_ctx_release(&c64);
}

static void test_detects_difference(void **state)
{
	__u64 v = XABI_FILE_START;
	__u64 at[4];

	(void)state;
	assert_int_equal(find_all(KH_LAYOUT_IA32, XABI_SERVER, strlen(XABI_SERVER), at, 4), 1);
	expect_difference(at[0] + 6, "kh_response");
	expect_difference(at[0] + 6, "kh_send_response_args");
	assert_int_equal(find_all(KH_LAYOUT_IA32, &v, sizeof(v), at, 4), 2);
	expect_difference(at[0] + 7, "kh_response");	/* the top byte of a misaligned u64 */
	expect_difference(at[1], "kh_request");
}

static void test_x32_present(void **state)
{
	(void)state;
	if (!have(KH_LAYOUT_X32))
		skip();
}

int main(void)
{
	struct CMUnitTest tests[16] = {
		cmocka_unit_test(test_x32_present),
		cmocka_unit_test(test_sizes),
	};
	int n = 2, rc;

	for (size_t i = 0; i < sizeof(tops) / sizeof(tops[0]); i++)
		tests[n++] = (struct CMUnitTest){ .name = tops[i], .test_func = test_same_graph,
						  .initial_state = (void *)tops[i] };
	tests[n++] = (struct CMUnitTest)cmocka_unit_test(test_content);
	tests[n++] = (struct CMUnitTest)cmocka_unit_test(test_i386_misaligned);
	tests[n++] = (struct CMUnitTest)cmocka_unit_test(test_detects_difference);
	rc = _cmocka_run_group_tests("xabi", tests, n, setup, teardown);
	printf("xabi: %lu captures from compiler images, %lu graphs compared equal to x86_64\n",
	       captures, compared);
	return rc;
}
