// SPDX-License-Identifier: GPL-2.0
/*
 * Every bench worker serves the one queue "bench" behind the prefix KHB_URL:
 * queues and prefixes outlive their workers, so the next worker (another
 * mode or ABI) just opens it. The cache is flushed so that a worker's
 * numbers are its own, not the previous cache worker's.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/ioctl.h>
#include <unistd.h>
#include "khb.h"

int khb_open_queue(void)
{
	struct kh_queue_args q = { .flags = KH_QUEUE_CREATE | KH_QUEUE_OPEN,
				   .name = KHB_QUEUE, .name_length = strlen(KHB_QUEUE) };
	struct kh_url_args u = { .url = KHB_URL, .url_length = strlen(KHB_URL) };
	struct kh_flush_cache_args f = { .url = "", .url_length = 0 };
	int fd = open(KHB_DEV, O_RDWR | O_CLOEXEC);

	if (fd < 0 || ioctl(fd, KH_IOC_QUEUE, &q)) {
		perror("khb: queue");
		return -1;
	}
	if (ioctl(fd, KH_IOC_ADD_URL, &u) && errno != EEXIST) {
		perror("khb: add url");
		return -1;
	}
	if (ioctl(fd, KH_IOC_FLUSH_CACHE, &f)) {
		perror("khb: flush cache");
		return -1;
	}
	return fd;
}
