// SPDX-License-Identifier: GPL-2.0 OR MIT
/*
 * Seed corpus for one capture fuzz target: generated random graphs (every
 * annotation obeyed: deep, valid) laid out at the target's fixed user
 * address, so the fuzzer starts from inputs that reach the deepest capture
 * code and mutates from there.
 *	fz_seed DIR TYPE ABI COUNT	writes DIR/seed-<k>
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "kh_usim.h"
#include "fz_common.h"

/* bigger seeds slow every execution down; the fuzzer can still grow them */
#define FZ_SEED_MAX (32u << 10)

static int write_seed(const char *dir, unsigned int k, const unsigned char *p, size_t n)
{
	char path[4096];
	FILE *f;

	snprintf(path, sizeof(path), "%s/seed-%u", dir, k);
	f = fopen(path, "wb");
	if (!f || fwrite(p, 1, n, f) != n || fclose(f)) {
		perror(path);
		return -1;
	}
	return 0;
}

int main(int argc, char **argv)
{
	const struct kh_test_type *tt;
	unsigned int want, written = 0;
	int abi;

	if (argc != 5) {
		fprintf(stderr, "usage: fz_seed DIR TYPE ABI COUNT\n");
		return 2;
	}
	tt = fz_type(argv[2]);
	abi = atoi(argv[3]);
	want = (unsigned int)atoi(argv[4]);
	for (unsigned long long s = 1; written < want && s <= 20ull * want; s++) {
		struct kh_rand r = { .state = s * 0x9e3779b97f4a7c15ull, .poison = 0xAA };
		struct kh_ctx c;
		unsigned char *img;
		size_t size;
		void *g;

		kh_ctx_init(&c, abi, NULL);
		if (kh_alloc(&c, &g, 1, tt->native_size, tt->native_align) ||
		    tt->random(&r, &c, g)) {
			fprintf(stderr, "fz_seed: %s: random graph failed\n", tt->name);
			return 1;
		}
		img = fz_layout(tt, abi, g, fz_base(abi), &size);
		if (size <= FZ_SEED_MAX && write_seed(argv[1], written, img, size) == 0)
			written++;
		free(img);
		kh_ctx_release(&c);
	}
	return written ? 0 : 1;
}
