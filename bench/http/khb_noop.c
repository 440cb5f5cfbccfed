// SPDX-License-Identifier: GPL-2.0
/*
 * The floor of an ioctl in this ABI: ns per KH_IOC_VERSION (no-op: the
 * generated entry thunk, a 16-byte copy out) next to ns per getppid()
 * (a syscall that does nothing). Median of 5 batches.
 */
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/ioctl.h>
#include <unistd.h>
#include "khb.h"

#define BATCHES	5

static int cmp_double(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;

	return x < y ? -1 : x > y;
}

int khb_noop(long n)
{
	double ioc[BATCHES], sys[BATCHES], clk[BATCHES];
	struct kh_version_args v;
	int fd = open(KHB_DEV, O_RDWR | O_CLOEXEC), b;
	long i;
	volatile uint64_t sink = 0;

	if (fd < 0) {
		perror("khb: open");
		return 1;
	}
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
	}
	qsort(ioc, BATCHES, sizeof(double), cmp_double);
	qsort(sys, BATCHES, sizeof(double), cmp_double);
	qsort(clk, BATCHES, sizeof(double), cmp_double);
	printf("KHB noop abi=%s n=%ld ioctl_ns=%.0f getppid_ns=%.0f clock_ns=%.0f"
	       " ioctl_spread=%.0f-%.0f getppid_spread=%.0f-%.0f kernel_abi=%u\n",
	       KHB_ABI, n, ioc[BATCHES / 2], sys[BATCHES / 2], clk[BATCHES / 2], ioc[0],
	       ioc[BATCHES - 1], sys[0], sys[BATCHES - 1], v.abi);
	return 0;
}
