// SPDX-License-Identifier: GPL-2.0 OR MIT
/* Shared steps of the user-space thunk suites. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "harness.h"

const char *const th_abi_names[KH_LAYOUT_NABI] = { "x86_64", "ia32", "x32" };

int th_usim_flags(int abi)
{
	return abi == KH_LAYOUT_X86_64 ? 0 : KH_USIM_LOW32;
}

unsigned int th_seeds(unsigned int dflt)
{
	const char *s = getenv("TH_SEEDS");

	return s ? (unsigned int)strtoul(s, NULL, 0) : dflt;
}

void *th_random(const struct kh_test_type *tt, struct kh_ctx *c, __u64 seed,
		unsigned char poison)
{
	struct kh_rand r = { .state = seed, .poison = poison };
	void *g;

	assert_int_equal(kh_alloc(c, &g, 1, tt->native_size, tt->native_align), 0);
	/* the arena hands out zeroed memory; poison it as a kernel heap would be */
	memset(g, poison, tt->native_size);
	assert_int_equal(tt->random(&r, c, g), 0);
	return g;
}

static void note_site(struct kh_emitter *e, void *field, unsigned int width, size_t bytes,
		      unsigned int flags)
{
	struct th_image *img = e->note_arg;
	struct th_site *s;

	img->sites = realloc(img->sites, (img->nsites + 1) * sizeof(*img->sites));
	s = &img->sites[img->nsites++];
	s->field_off = (size_t)((char *)field - e->kbuf);
	s->width = width;
	s->bytes = bytes;
	s->flags = flags;
	s->target = 0;
	memcpy(&s->target, field, width);
	s->count_width = 0;
}

static void note_count(struct kh_emitter *e, void *field, unsigned int width)
{
	struct th_image *img = e->note_arg;

	img->sites[img->nsites - 1].count_off = (size_t)((char *)field - e->kbuf);
	img->sites[img->nsites - 1].count_width = width;
}

static void emit_into(const struct kh_test_type *tt, int abi, const void *g,
		      struct th_image *img)
{
	size_t top = tt->view_size[abi];
	size_t need = tt->measure[abi](top, g);
	struct kh_emitter e;
	void *dst;

	assert_int_equal(need, img->size);
	free(img->sites);
	img->sites = NULL;
	img->nsites = 0;
	assert_int_equal(kh_emit_begin(&e, img->ubuf, need), 0);
	e.note = note_site;
	e.note_count = note_count;
	e.note_arg = img;
	dst = kh_emit_alloc(&e, 1, top, tt->view_align[abi]);
	assert_ptr_equal(dst, e.kbuf);
	tt->emit[abi](&e, dst, g);
	/* measure and emit agree to the byte */
	assert_int_equal(e.off, need);
	assert_int_equal(kh_emit_finish(&e), 0);
}

void th_emit(const struct kh_test_type *tt, int abi, const void *g, struct th_image *img)
{
	memset(img, 0, sizeof(*img));
	img->size = tt->measure[abi](tt->view_size[abi], g);
	img->ubuf = kh_usim_alloc(img->size, th_usim_flags(abi));
	emit_into(tt, abi, g, img);
}

void th_reemit(const struct kh_test_type *tt, int abi, const void *g, struct th_image *img)
{
	emit_into(tt, abi, g, img);
}

void th_image_free(struct th_image *img)
{
	kh_usim_free(img->ubuf);
	free(img->sites);
	memset(img, 0, sizeof(*img));
}

int th_capture(const struct kh_test_type *tt, int abi, void *uaddr, struct kh_ctx *c,
	       void **out)
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
	err = tt->capture[abi](c, g, view);
	if (!err)
		*out = g;
	return err;
}

void th_assert_equal(const struct kh_test_type *tt, const void *a, const void *b,
		     const char *what)
{
	char where[256] = "";

	if (!tt->equal(a, b, where, sizeof(where)))
		fail_msg("%s: %s differs at %s", what, tt->name, where);
}
