/* SPDX-License-Identifier: GPL-2.0 OR MIT */
/* Reads an image builder's dump (xabi_format.h) and maps it back as user memory. */
#ifndef XABI_LOAD_H
#define XABI_LOAD_H

#include <stddef.h>
#include "kh_rt.h"

#define XABI_MAX_TOPS 8

struct xabi_top {
	char name[64];		/* a kh_test_types name */
	__u64 addr;
	size_t size;		/* sizeof as the builder's compiler saw it */
};

struct xabi_image {
	int abi;		/* enum kh_layout_abi */
	__u64 start;
	size_t len;
	unsigned char *bytes;	/* the dump, len bytes */
	struct xabi_top tops[XABI_MAX_TOPS];
	int ntops;
	char *user;		/* the usim region at start, after xabi_map */
};

/* 0, or -1 with a reason in err (missing lines, bad checksum ...) */
int xabi_load(const char *path, struct xabi_image *img, char *err, size_t errlen);
/* the image's bytes in a usim region at their own address; NULL if taken */
char *xabi_map(struct xabi_image *img);
void xabi_unload(struct xabi_image *img);
const struct xabi_top *xabi_find_top(const struct xabi_image *img, const char *name);

#endif
