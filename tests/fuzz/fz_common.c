// SPDX-License-Identifier: GPL-2.0 OR MIT
/* Shared steps of the capture fuzz targets (fz_common.h). */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "kh_usim.h"
#include "fz_common.h"

void fz_fail(const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	fprintf(stderr, "FUZZ FINDING: ");
	vfprintf(stderr, fmt, ap);
	fputc('\n', stderr);
	va_end(ap);
	abort();
}

const struct kh_test_type *fz_type(const char *name)
{
	for (unsigned int i = 0; i < kh_test_type_count; i++)
		if (!strcmp(kh_test_types[i].name, name))
			return &kh_test_types[i];
	fz_fail("no generated test type %s", name);
}

int fz_capture(const struct kh_test_type *tt, int abi, void *u, struct kh_ctx *c,
	       void **out)
{
	void *view, *g;
	int err;

	err = kh_alloc(c, &view, 1, tt->view_size[abi], tt->view_align[abi]);
	if (!err)
		err = kh_copy_in(c, view, u, tt->view_size[abi]);
	if (!err)
		err = kh_alloc(c, &g, 1, tt->native_size, tt->native_align);
	if (!err)
		err = tt->capture[abi](c, g, view);
	if (!err)
		*out = g;
	return err;
}

unsigned char *fz_layout(const struct kh_test_type *tt, int abi, const void *g,
			 void *ubase, size_t *size)
{
	size_t top = tt->view_size[abi];
	size_t need = tt->measure[abi](top, g);
	struct kh_emitter e;
	unsigned char *img;
	void *dst;

	if (kh_emit_begin(&e, ubase, need))
		fz_fail("%s: emit_begin(%zu) failed", tt->name, need);
	dst = kh_emit_alloc(&e, 1, top, tt->view_align[abi]);
	if (dst != (void *)e.kbuf)
		fz_fail("%s: the top view is not at the start", tt->name);
	tt->emit[abi](&e, dst, g);
	if (e.off != need)
		fz_fail("%s %s: measure said %zu, emit wrote %zu", tt->name,
			kh_layout_abi_names[abi], need, e.off);
	img = malloc(need);
	memcpy(img, e.kbuf, need);
	kh_emit_abort(&e);
	*size = need;
	return img;
}
