/* SPDX-License-Identifier: GPL-2.0 OR MIT */
/*
 * Shared steps of the user-space thunk suites: make a random native graph,
 * lay it out as a caller of some ABI would hold it in (simulated) user
 * memory, and capture it back the way an entry thunk does.
 */
#ifndef TH_HARNESS_H
#define TH_HARNESS_H

#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <cmocka.h>

#include "kh_test_graphs.h"
#include "kh_usim.h"

/* a pointer the emitter wrote: where in the image, how wide, what it covers */
struct th_site {
	size_t field_off;	/* offset of the pointer member in the image */
	unsigned int width;
	size_t bytes;		/* bytes of the pointee the capture will read */
	unsigned int flags;	/* KH_PTR_OPTIONAL, KH_PTR_OUT */
	__u64 target;		/* the pointer member's value */
	size_t count_off;	/* the member that counts it, if count_width */
	unsigned int count_width;
};

struct th_image {
	char *ubuf;		/* user memory of the caller's ABI */
	size_t size;
	struct th_site *sites;
	int nsites;
};

/* a random graph of tt in c's arena */
void *th_random(const struct kh_test_type *tt, struct kh_ctx *c, __u64 seed,
		unsigned char poison);
/* g laid out for abi in fresh user memory, pointer sites recorded */
void th_emit(const struct kh_test_type *tt, int abi, const void *g, struct th_image *img);
/* g laid out again into the same user memory (it must take the same size) */
void th_reemit(const struct kh_test_type *tt, int abi, const void *g, struct th_image *img);
void th_image_free(struct th_image *img);
/* copy the top view in from uaddr and capture it: what an entry thunk does */
int th_capture(const struct kh_test_type *tt, int abi, void *uaddr, struct kh_ctx *c,
	       void **out);
/* both graphs equal, else fail naming the member */
void th_assert_equal(const struct kh_test_type *tt, const void *a, const void *b,
		     const char *what);
int th_usim_flags(int abi);
extern const char *const th_abi_names[KH_LAYOUT_NABI];
/* seeds per type and ABI; TH_SEEDS in the environment overrides */
unsigned int th_seeds(unsigned int dflt);

#endif
