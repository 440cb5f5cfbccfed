// SPDX-License-Identifier: (GPL-2.0 WITH Linux-syscall-note) OR MIT
/*
 * libkhttp: the ioctls that act on a received request or its connection:
 * send response, send body, cancel, wait for disconnect; and flush cache.
 * Each is one ioctl; the kernel's error comes back as it is.
 */
#include <errno.h>
#include "kh_lib.h"

KH_API int khttp_send_response(khttp *h, uint64_t request_id, unsigned int flags,
			       const struct kh_response *resp,
			       const struct kh_cache_policy *policy,
			       const struct kh_log_data *log, uint32_t *bytes_sent)
{
	struct kh_send_response_args a = { .flags = flags, .request_id = request_id,
					   .response = resp, .cache_policy = policy,
					   .log_data = log };
	int err;

	if (!resp)
		return -EINVAL;
	err = kh_ioctl(h, KH_IOC_SEND_RESPONSE, &a);
	if (bytes_sent)
		*bytes_sent = err ? 0 : a.bytes_sent;
	return err;
}

KH_API int khttp_send_body(khttp *h, uint64_t request_id, unsigned int flags,
			   const struct kh_data_chunk *chunks, unsigned int count,
			   uint32_t *bytes_sent)
{
	struct kh_send_body_args a = { .flags = flags, .request_id = request_id,
				       .chunks = chunks };
	int err;

	if (count > KH_MAX_CHUNKS)
		return -E2BIG;
	a.chunk_count = (__u16)count;
	err = kh_ioctl(h, KH_IOC_SEND_BODY, &a);
	if (bytes_sent)
		*bytes_sent = err ? 0 : a.bytes_sent;
	return err;
}

KH_API int khttp_cancel(khttp *h, uint64_t request_id)
{
	struct kh_cancel_args a = { .request_id = request_id };

	return kh_ioctl(h, KH_IOC_CANCEL, &a);
}

KH_API int khttp_wait_disconnect(khttp *h, uint64_t connection_id)
{
	struct kh_wait_disconnect_args a = { .connection_id = connection_id };

	return kh_ioctl(h, KH_IOC_WAIT_DISCONNECT, &a);
}

KH_API int khttp_flush_cache(khttp *h, const char *url)
{
	struct kh_flush_cache_args a = { .url = url };
	int err = kh_strlen(url, KH_MAX_URL, &a.url_length);

	return err ? err : kh_ioctl(h, KH_IOC_FLUSH_CACHE, &a);
}
