/* SPDX-License-Identifier: GPL-2.0 OR MIT */
/*
 * Shared steps of the capture fuzz targets and their seed writer.
 *
 * An input is a caller's memory image: the top view of the ioctl argument
 * at offset 0, then a pool of bytes the pointers may point into. The image
 * is mapped at a fixed user address per ABI, so pointer values stay valid
 * across mutations: the seeds (generated random graphs laid out at that
 * address) already point deep into their own pools, and the fuzzer mutates
 * counts, lengths, discriminators and pointers from there.
 */
#ifndef FZ_COMMON_H
#define FZ_COMMON_H

#include <stddef.h>
#include "kh_test_graphs.h"

/* compat: below 4 GiB and below ASan's shadow (0x7fff8000); native: high */
#define FZ_BASE_COMPAT 0x40000000ull
#define FZ_BASE_NATIVE 0x7e0000000000ull

static inline void *fz_base(int abi)
{
	return (void *)(uintptr_t)(abi == KH_LAYOUT_X86_64 ? FZ_BASE_NATIVE : FZ_BASE_COMPAT);
}

static inline int fz_usim_flags(int abi)
{
	return abi == KH_LAYOUT_X86_64 ? 0 : KH_USIM_LOW32;
}

/* the kh_test_types entry of that name; aborts when there is none */
const struct kh_test_type *fz_type(const char *name);
/* copy the top view in from u and capture it, as an entry thunk does */
int fz_capture(const struct kh_test_type *tt, int abi, void *u, struct kh_ctx *c,
	       void **out);
/* g laid out for abi as a caller at ubase holds it; malloc'ed, *size bytes */
unsigned char *fz_layout(const struct kh_test_type *tt, int abi, const void *g,
			 void *ubase, size_t *size);
/* the report of a finding: message, then abort (libFuzzer keeps the input) */
void fz_fail(const char *fmt, ...) __attribute__((noreturn, format(printf, 1, 2)));

#endif
