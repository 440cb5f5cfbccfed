// SPDX-License-Identifier: GPL-2.0
/*
 * Each bench server has its own port, queue "bench-PORT" and prefix
 * http://(any host):PORT/, so that all of them run at once and the cells can take
 * turns (guest.sh): a change of the host's load then hits every server
 * alike. The cache is keyed by the URL with its Host (port included), so
 * the cache server's entries never answer another server's requests. The
 * cache is flushed so that a worker's numbers are its own.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/ioctl.h>
#include <unistd.h>
#include "khb.h"

int khb_open_queue(int port, int create)
{
	char name[32], url[32];
	struct kh_queue_args q = { .flags = KH_QUEUE_OPEN | (create ? KH_QUEUE_CREATE : 0),
				   .name = name };
	struct kh_url_args u = { .url = url };
	struct kh_flush_cache_args f = { .url = "", .url_length = 0 };
	int fd = open(KHB_DEV, O_RDWR | O_CLOEXEC);

	q.name_length = snprintf(name, sizeof(name), "bench-%d", port);
	u.url_length = snprintf(url, sizeof(url), "http://*:%d/", port);
	if (fd < 0 || ioctl(fd, KH_IOC_QUEUE, &q)) {
		perror("khb: queue");
		return -1;
	}
	if (!create)
		return fd;	/* only to read its counters */
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
