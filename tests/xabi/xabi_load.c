// SPDX-License-Identifier: GPL-2.0 OR MIT
/*
 * Parses a dump. Lines without the tag are ignored (the VM's console adds
 * its own); a checksum over the bytes catches a line garbled on the way.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "kh_layout.h"
#include "kh_usim.h"
#include "xabi_format.h"
#include "xabi_load.h"

#define FAIL(...) do { snprintf(err, errlen, __VA_ARGS__); goto out; } while (0)

static int abi_of(const char *name)
{
	for (int a = 0; a < KH_LAYOUT_NABI; a++)
		if (!strcmp(name, kh_layout_abi_names[a]))
			return a;
	return -1;
}

static int hex_line(struct xabi_image *img, const char *s, char *err, size_t errlen)
{
	size_t off;
	int n;

	if (sscanf(s, "%zu %n", &off, &n) != 1 || off > img->len)
		return snprintf(err, errlen, "bad hex line"), -1;
	for (s += n; s[0] && s[0] != '\n' && s[0] != '\r'; s += 2, off++) {
		unsigned int b;

		if (off >= img->len || sscanf(s, "%2x", &b) != 1)
			return snprintf(err, errlen, "bad hex byte at %zu", off), -1;
		img->bytes[off] = (unsigned char)b;
	}
	return 0;
}

int xabi_load(const char *path, struct xabi_image *img, char *err, size_t errlen)
{
	FILE *f = fopen(path, "r");
	char line[512], word[64];
	unsigned long long sum = 0;
	int rc = -1, have_sum = 0, ended = 0;

	memset(img, 0, sizeof(*img));
	img->abi = -1;
	if (!f) {
		snprintf(err, errlen, "cannot open %s", path);
		return -1;
	}
	while (fgets(line, sizeof(line), f)) {
		const char *s = strstr(line, XABI_TAG " ");
		unsigned long long a;
		int n;

		if (!s)
			continue;
		s += strlen(XABI_TAG) + 1;
		if (sscanf(s, "%63s %n", word, &n) != 1)
			FAIL("empty line");
		s += n;
		if (!strcmp(word, "abi")) {
			if (sscanf(s, "%63s", word) != 1 || (img->abi = abi_of(word)) < 0)
				FAIL("unknown abi");
		} else if (!strcmp(word, "region")) {
			if (sscanf(s, "%llx %zu", &a, &img->len) != 2 || img->bytes)
				FAIL("bad region line");
			img->start = a;
			img->bytes = calloc(1, img->len ? img->len : 1);
		} else if (!strcmp(word, "top")) {
			struct xabi_top *t = &img->tops[img->ntops];

			if (img->ntops == XABI_MAX_TOPS ||
			    sscanf(s, "%63s %llx %zu", t->name, &a, &t->size) != 3)
				FAIL("bad top line");
			t->addr = a;
			img->ntops++;
		} else if (!strcmp(word, "hex")) {
			if (!img->bytes)
				FAIL("hex before region");
			if (hex_line(img, s, err, errlen))
				goto out;
		} else if (!strcmp(word, "sum")) {
			have_sum = sscanf(s, "%llx", &sum) == 1;
		} else if (!strcmp(word, "end")) {
			ended = 1;
			break;
		}
	}
	if (img->abi < 0 || !img->bytes || !img->ntops || !have_sum || !ended)
		FAIL("%s: incomplete dump", path);
	if (xabi_fnv1a(img->bytes, img->len) != sum)
		FAIL("%s: checksum mismatch", path);
	rc = 0;
out:
	fclose(f);
	if (rc)
		xabi_unload(img);
	return rc;
}

char *xabi_map(struct xabi_image *img)
{
	img->user = kh_usim_alloc_at((void *)(uintptr_t)img->start, img->len);
	if (img->user)
		memcpy(img->user, img->bytes, img->len);
	return img->user;
}

void xabi_unload(struct xabi_image *img)
{
	if (img->user)
		kh_usim_free(img->user);
	free(img->bytes);
	memset(img, 0, sizeof(*img));
	img->abi = -1;
}

const struct xabi_top *xabi_find_top(const struct xabi_image *img, const char *name)
{
	for (int i = 0; i < img->ntops; i++)
		if (!strcmp(img->tops[i].name, name))
			return &img->tops[i];
	return NULL;
}
