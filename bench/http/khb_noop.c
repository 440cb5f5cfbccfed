// SPDX-License-Identifier: GPL-2.0
/*
 * The floor of an ioctl in this ABI: ns per KH_IOC_VERSION (no-op: the
 * generated entry thunk, a 16-byte copy out) next to ns per getppid()
 * (a syscall that does nothing). N calls of each in 51 short batches that
 * take turns (a batch of ioctls, one of getppid(), one of clock reads, and
 * again): a vCPU descheduled by a loaded host spoils a few batches of both
 * kinds, not one kind's whole figure. The medians over the batches, the
 * median of the per-batch ratios ioctl / getppid (ratio) and the ratio of
 * the fastest batches (min_ratio: what the code costs when nothing else
 * ran, as a loaded host only ever adds time).
 */
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/ioctl.h>
#include <unistd.h>
#include "khb.h"

#define BATCHES	51

static int cmp_double(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;

	return x < y ? -1 : x > y;
}

int khb_noop(long n)
{
	double ioc[BATCHES], sys[BATCHES], clk[BATCHES], ratio[BATCHES];
	struct kh_version_args v;
	int fd = open(KHB_DEV, O_RDWR | O_CLOEXEC), b;
	long i;
	volatile uint64_t sink = 0;

	if (fd < 0) {
		perror("khb: open");
		return 1;
	}
	n = n / BATCHES > 0 ? n / BATCHES : 1;	/* per batch */
	for (b = 0; b < BATCHES; b++) {
		uint64_t t0 = khb_now_ns();

		for (i = 0; i < n; i++)
			if (ioctl(fd, KH_IOC_VERSION, &v))
				return perror("khb: version"), 1;
		uint64_t t1 = khb_now_ns();

		for (i = 0; i < n; i++)
			sink += getppid();
		uint64_t t2 = khb_now_ns();

		for (i = 0; i < n; i++)
			sink += khb_now_ns();
		uint64_t t3 = khb_now_ns();

		ioc[b] = (double)(t1 - t0) / n;
		sys[b] = (double)(t2 - t1) / n;
		clk[b] = (double)(t3 - t2) / n;
		ratio[b] = ioc[b] / (sys[b] > 0 ? sys[b] : 1);
	}
	qsort(ioc, BATCHES, sizeof(double), cmp_double);
	qsort(sys, BATCHES, sizeof(double), cmp_double);
	qsort(clk, BATCHES, sizeof(double), cmp_double);
	qsort(ratio, BATCHES, sizeof(double), cmp_double);
	printf("KHB noop abi=%s n=%ld batches=%d ioctl_ns=%.0f getppid_ns=%.0f clock_ns=%.0f"
	       " ratio=%.2f min_ratio=%.2f ioctl_spread=%.0f-%.0f getppid_spread=%.0f-%.0f kernel_abi=%u\n",
	       KHB_ABI, n * BATCHES, BATCHES, ioc[BATCHES / 2], sys[BATCHES / 2],
	       clk[BATCHES / 2], ratio[BATCHES / 2], ioc[0] / (sys[0] > 0 ? sys[0] : 1), ioc[0], ioc[BATCHES - 1], sys[0],
	       sys[BATCHES - 1], v.abi);
	return 0;
}
