// SPDX-License-Identifier: (GPL-2.0 WITH Linux-syscall-note) OR MIT
/* libkhttp: KH_IOC_QUEUE, KH_IOC_ADD_URL, KH_IOC_REMOVE_URL. */
#include <errno.h>
#include <string.h>
#include "kh_lib.h"

int kh_strlen(const char *s, size_t max, uint32_t *len)
{
	size_t n;

	if (!s)
		return -EINVAL;
	n = strnlen(s, max + 1);
	if (n > max)
		return -E2BIG;
	*len = (uint32_t)n;
	return 0;
}

KH_API int khttp_queue(khttp *h, const char *name, unsigned int flags, uint64_t *queue_id)
{
	struct kh_queue_args a = { .flags = flags, .name = name };
	int err = kh_strlen(name, KH_MAX_NAME, &a.name_length);

	if (err)
		return err;
	err = kh_ioctl(h, KH_IOC_QUEUE, &a);
	if (!err && queue_id)
		*queue_id = a.queue_id;
	return err;
}

KH_API int khttp_queue_create(khttp *h, const char *name, uint64_t *queue_id)
{
	return khttp_queue(h, name, KH_QUEUE_CREATE | KH_QUEUE_OPEN, queue_id);
}

KH_API int khttp_queue_open(khttp *h, const char *name, uint64_t *queue_id)
{
	return khttp_queue(h, name, KH_QUEUE_OPEN, queue_id);
}

static int url_ioctl(khttp *h, unsigned long cmd, const char *url, uint64_t context)
{
	struct kh_url_args a = { .url_context = context, .url = url };
	int err = kh_strlen(url, KH_MAX_URL, &a.url_length);

	return err ? err : kh_ioctl(h, cmd, &a);
}

KH_API int khttp_add_url(khttp *h, const char *url, uint64_t url_context)
{
	return url_ioctl(h, KH_IOC_ADD_URL, url, url_context);
}

KH_API int khttp_remove_url(khttp *h, const char *url)
{
	return url_ioctl(h, KH_IOC_REMOVE_URL, url, 0);
}
