/* SPDX-License-Identifier: GPL-2.0 OR MIT */
/* A small seeded generator for the tests' random graphs (splitmix64). */
#ifndef KH_RAND_H
#define KH_RAND_H

#include <linux/types.h>

struct kh_rand {
	__u64 state;
	unsigned char poison;	/* fills padding and unused union bytes of random graphs */
};

static inline __u64 kh_rand_u64(struct kh_rand *r)
{
	__u64 z = (r->state += 0x9e3779b97f4a7c15ull);

	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
	z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
	return z ^ (z >> 31);
}

/* 0 .. n-1 */
static inline __u64 kh_rand_below(struct kh_rand *r, __u64 n)
{
	return n ? kh_rand_u64(r) % n : 0;
}

static inline void kh_rand_bytes(struct kh_rand *r, void *p, __u64 n, int printable)
{
	unsigned char *b = p;

	for (__u64 i = 0; i < n; i++)
		b[i] = printable ? (unsigned char)(' ' + 1 + kh_rand_below(r, 94)) :
				   (unsigned char)kh_rand_u64(r);
}

#endif
