// SPDX-License-Identifier: GPL-2.0
/* The module's counters that prove where answers came from: requests handed
 * to a queue (a worker woke) and answers from the response cache. */
#include <fcntl.h>
#include <stdio.h>
#include <sys/ioctl.h>
#include <unistd.h>
#include "khb.h"

int khb_stats(const char *label)
{
	__u64 c[KH_STAT_COUNT] = { 0 };
	struct kh_stats_args a = { .counter_count = KH_STAT_COUNT, .counters = c };
	int fd = open(KHB_DEV, O_RDWR | O_CLOEXEC);

	if (fd < 0 || ioctl(fd, KH_IOC_STATS, &a)) {
		perror("khb: stats");
		return 1;
	}
	close(fd);
	printf("KHB stats label=%s connections=%llu to_workers=%llu cache_hits=%llu\n", label,
	       (unsigned long long)c[KH_STAT_CONNECTIONS], (unsigned long long)c[KH_STAT_REQUESTS],
	       (unsigned long long)c[KH_STAT_CACHE_HITS]);
	return 0;
}
