// SPDX-License-Identifier: GPL-2.0
/* The module's counters that prove where answers came from: requests handed
 * to a queue (a worker woke) and answers from the response cache; with a
 * port, also the requests that reached that server's own queue. */
#include <fcntl.h>
#include <stdio.h>
#include <sys/ioctl.h>
#include <unistd.h>
#include "khb.h"

int khb_stats(const char *label, int port)
{
	__u64 c[KH_STAT_COUNT] = { 0 }, qc[KH_QSTAT_COUNT] = { 0 };
	struct kh_stats_args a = { .counter_count = KH_STAT_COUNT, .counters = c };
	struct kh_stats_args qa = { .flags = KH_STATS_QUEUE, .counter_count = KH_QSTAT_COUNT,
				    .counters = qc };
	int fd = port ? khb_open_queue(port, 0) : open(KHB_DEV, O_RDWR | O_CLOEXEC);

	if (fd < 0 || ioctl(fd, KH_IOC_STATS, &a) || (port && ioctl(fd, KH_IOC_STATS, &qa))) {
		perror("khb: stats");
		return 1;
	}
	close(fd);
	printf("KHB stats label=%s connections=%llu to_workers=%llu cache_hits=%llu", label,
	       (unsigned long long)c[KH_STAT_CONNECTIONS], (unsigned long long)c[KH_STAT_REQUESTS],
	       (unsigned long long)c[KH_STAT_CACHE_HITS]);
	if (port)
		printf(" port=%d to_this_queue=%llu", port,
		       (unsigned long long)qc[KH_QSTAT_REQUESTS]);
	printf("\n");
	return 0;
}
