// SPDX-License-Identifier: (GPL-2.0 WITH Linux-syscall-note) OR MIT
/*
 * libkhttp: access (docs/security.md): URL reservations
 * (KH_IOC_ADD_RESERVATION, KH_IOC_REMOVE_RESERVATION) and who may attach a
 * queue (KH_IOC_QUEUE_ACCESS).
 */
#include <errno.h>
#include "kh_lib.h"

static int reservation(khttp *h, unsigned long cmd, const char *url, unsigned int flags,
		       uint32_t uid, uint32_t gid)
{
	struct kh_reservation_args a = { .flags = flags, .uid = uid, .gid = gid, .url = url };
	int err = kh_strlen(url, KH_MAX_URL, &a.url_length);

	return err ? err : kh_ioctl(h, cmd, &a);
}

KH_API int khttp_reserve_url(khttp *h, const char *url, unsigned int flags, uint32_t uid,
			     uint32_t gid)
{
	return reservation(h, KH_IOC_ADD_RESERVATION, url, flags, uid, gid);
}

KH_API int khttp_unreserve_url(khttp *h, const char *url)
{
	return reservation(h, KH_IOC_REMOVE_RESERVATION, url, 0, 0, 0);
}

KH_API int khttp_queue_set_access(khttp *h, unsigned int mode, const uint32_t *uids,
				  unsigned int uid_count, const uint32_t *gids,
				  unsigned int gid_count)
{
	struct kh_queue_access_args a = {
		.mode = mode, .uid_count = (__u16)uid_count, .gid_count = (__u16)gid_count,
		.uids = uids, .gids = gids,
	};

	if (uid_count > KH_MAX_ACCESS_IDS || gid_count > KH_MAX_ACCESS_IDS)
		return -E2BIG;
	if ((uid_count && !uids) || (gid_count && !gids))
		return -EINVAL;
	return kh_ioctl(h, KH_IOC_QUEUE_ACCESS, &a);
}
