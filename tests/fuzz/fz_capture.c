// SPDX-License-Identifier: GPL-2.0 OR MIT
/*
 * libFuzzer target for one capture entry point: built once per ioctl
 * argument struct and ABI (-DFZ_TYPE="kh_send_response_args" -DFZ_ABI=1).
 *
 * The input is the caller's memory (fz_common.h). Capture must either fail
 * with a documented error, having freed everything and written nothing, or
 * succeed; then the captured graph, laid out again for the same ABI and
 * captured back (reading each byte of that image once), is the same graph.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "kh_usim.h"
#include "fz_common.h"

#ifndef FZ_TYPE
#error "build with -DFZ_TYPE=\"<struct name>\" -DFZ_ABI=<enum kh_layout_abi>"
#endif

/* inputs beyond this are not worth the time: the seeds stay well below */
#define FZ_MAX_INPUT (256u << 10)

static void check_error(int err)
{
	switch (err) {
	case -EFAULT:
	case -EINVAL:
	case -E2BIG:
	case -EBADF:
		return;
	default:
		fz_fail("%s %s: capture returned %d", FZ_TYPE, kh_layout_abi_names[FZ_ABI], err);
	}
}

/* lay g out in fresh user memory, capture it back: the same graph */
static void roundtrip(const struct kh_test_type *tt, const void *g)
{
	struct kh_ctx c;
	size_t size = tt->measure[FZ_ABI](tt->view_size[FZ_ABI], g);
	char *user = kh_usim_alloc(size, fz_usim_flags(FZ_ABI));
	unsigned char *img = fz_layout(tt, FZ_ABI, g, user, &size);
	char where[256] = "";
	void *g2;
	int err;

	memcpy(user, img, size);
	free(img);
	kh_ctx_init(&c, FZ_ABI, NULL);
	kh_usim_counts_reset();
	err = fz_capture(tt, FZ_ABI, user, &c, &g2);
	if (err)
		fz_fail("%s %s: re-capture of an emitted graph failed: %d", tt->name,
			kh_layout_abi_names[FZ_ABI], err);
	/* counts were reset just before: only this capture's reads are in them */
	if (kh_usim_max_fetches() > 1)
		fz_fail("%s %s: a byte of an emitted image was fetched %u times", tt->name,
			kh_layout_abi_names[FZ_ABI], kh_usim_max_fetches());
	if (!tt->equal(g, g2, where, sizeof(where)))
		fz_fail("%s %s: emitted and re-captured graph differs at %s", tt->name,
			kh_layout_abi_names[FZ_ABI], where);
	kh_ctx_release(&c);
	kh_usim_free(user);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t n)
{
	static const struct kh_test_type *tt;
	struct kh_ctx c;
	char *user;
	void *g;
	int err;

	if (!tt)
		tt = fz_type(FZ_TYPE);
	if (n < tt->view_size[FZ_ABI] || n > FZ_MAX_INPUT)
		return -1;	/* not a caller's argument: keep it out of the corpus */
	user = kh_usim_alloc_at(fz_base(FZ_ABI), n);
	if (!user)
		fz_fail("cannot map the input at %p", fz_base(FZ_ABI));
	memcpy(user, data, n);
	kh_usim_counts_reset();
	kh_ctx_init(&c, FZ_ABI, NULL);
	err = fz_capture(tt, FZ_ABI, user, &c, &g);
	if (kh_usim_bytes_written())
		fz_fail("%s: capture wrote %lu bytes to the caller", tt->name,
			kh_usim_bytes_written());
	/*
	 * No fetch count check here: the input's pointers may alias (two headers
	 * naming one string, a string inside the top view), and then one byte is
	 * rightly read once per object. Emitted images never alias: checked there.
	 */
	if (err)
		check_error(err);
	else
		roundtrip(tt, g);
	kh_ctx_release(&c);
	kh_usim_free(user);
	if (kh_usim_live_allocs())
		fz_fail("%s: %ld kernel allocations left after release", tt->name,
			kh_usim_live_allocs());
	return 0;
}
