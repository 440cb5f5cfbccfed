// SPDX-License-Identifier: (GPL-2.0 WITH Linux-syscall-note) OR MIT
/*
 * libkhttp: KH_IOC_RECEIVE_REQUEST (both the caller-managed buffer and the
 * growing one) and KH_IOC_RECEIVE_BODY.
 */
#include <errno.h>
#include <stdlib.h>
#include "kh_lib.h"

/* a first buffer that holds a typical request in one call */
#define KH_RX_FIRST	4096
/* the needed size of a bound request does not change; this only bounds a loop */
#define KH_RX_TRIES	8

KH_API int khttp_receive_request_into(khttp *h, unsigned int flags, void *buf, size_t len,
				      struct khttp_receive *rx)
{
	struct kh_receive_request_args a = { .flags = flags, .buffer = buf };
	int err;

	if (!rx)
		return -EINVAL;
	a.request_id = rx->request_id;
	a.buffer_length = len > UINT32_MAX ? UINT32_MAX : (uint32_t)len;
	err = kh_ioctl(h, KH_IOC_RECEIVE_REQUEST, &a);
	/* the kernel copies the out members back on success, ENOSPC and ENOBUFS */
	if (!err || err == -ENOSPC || err == -ENOBUFS) {
		rx->request_id = a.request_id;
		rx->bytes_returned = err ? 0 : a.bytes_returned;
		rx->bytes_needed = a.bytes_needed;
	}
	return err;
}

static int grow(void **buf, size_t *cap, size_t need)
{
	void *p = realloc(*buf, need);	/* malloc alignment suits struct kh_request */

	if (!p)
		return -ENOMEM;
	*buf = p;
	*cap = need;
	return 0;
}

KH_API int khttp_receive_request(khttp *h, unsigned int flags, void **buf, size_t *cap,
				 struct kh_request **req)
{
	struct khttp_receive rx = { 0 };
	int err, tries;

	if (!buf || !cap || !req)
		return -EINVAL;
	if (!*buf || *cap < KH_RX_FIRST) {
		err = grow(buf, cap, KH_RX_FIRST);
		if (err)
			return err;
	}
	for (tries = 0; tries < KH_RX_TRIES; tries++) {
		err = khttp_receive_request_into(h, flags, *buf, *cap, &rx);
		if (err == -ENOENT && rx.request_id) {
			/* the kept request went (another thread of this handle): the next */
			rx.request_id = 0;
			continue;
		}
		if (err != -ENOSPC && err != -ENOBUFS)
			break;
		/* the request waits, bound to this file, for rx.request_id */
		err = grow(buf, cap, rx.bytes_needed);
		if (err)
			return err;
	}
	if (!err)
		*req = *buf;
	return err;
}

KH_API int khttp_receive_body(khttp *h, uint64_t request_id, unsigned int flags, void *buf,
			      size_t len, size_t *received)
{
	struct kh_receive_body_args a = { .flags = flags, .request_id = request_id,
					  .buffer = buf };
	int err;

	a.buffer_length = len > UINT32_MAX ? UINT32_MAX : (uint32_t)len;
	err = kh_ioctl(h, KH_IOC_RECEIVE_BODY, &a);
	if (received)
		*received = err ? 0 : a.bytes_returned;
	return err;
}
