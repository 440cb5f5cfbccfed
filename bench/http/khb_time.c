// SPDX-License-Identifier: GPL-2.0
/* A monotonic clock in ns: the same call in every ABI, so its own cost
 * (measured by `khb noop`) is the same on both sides of a comparison. */
#include <time.h>
#include "khb.h"

uint64_t khb_now_ns(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec;
}
