// SPDX-License-Identifier: (GPL-2.0 WITH Linux-syscall-note) OR MIT
/*
 * libkhttp: khttp_strerror and khttp_receive_fatal. What an errno means from khttp's point of view
 * first; anything else gets libc's description (strerrordesc_np returns a
 * constant string: thread-safe, unlike strerror for unknown values).
 */
#define _GNU_SOURCE
#include <errno.h>
#include <string.h>
#include "kh_lib.h"

static const struct {
	int err;
	const char *text;
} kh_errors[] = {
	{ 0, "success" },
	{ ENOENT, "no such queue, URL or request (or khttp.ko is not loaded: no /dev/khttp)" },
	{ EOPNOTSUPP, "not supported by this khttp.ko yet" },
	{ ENOSPC, "buffer too small for the request: retry with its request_id and bytes_needed" },
	{ ENOBUFS, "buffer smaller than struct kh_request: retry with its request_id and bytes_needed" },
	{ EEXIST, "already exists (queue or URL prefix)" },
	{ EBUSY, "this handle is already bound to a queue" },
	{ EAGAIN, "no request waiting (non-blocking handle)" },
	{ E2BIG, "too many items or too long (over a KH_MAX_* limit)" },
	{ ECONNRESET, "the client's connection is gone" },
	{ ESHUTDOWN, "the queue is shutting down" },
};

KH_API const char *khttp_strerror(int err)
{
	const char *s;
	size_t i;

	if (err > 0)
		return "not a libkhttp result (positive)";
	for (i = 0; i < sizeof(kh_errors) / sizeof(kh_errors[0]); i++)
		if (kh_errors[i].err == -err)
			return kh_errors[i].text;
	s = strerrordesc_np(-err);
	return s ? s : "unknown error";
}

KH_API int khttp_receive_fatal(int err)
{
	switch (-err) {
	case EBADF:
	case EINVAL:
	case ENOTTY:
	case EFAULT:
	case ESHUTDOWN:
	case EOPNOTSUPP:
	case ENODEV:
		return 1;
	default:
		return 0;
	}
}
