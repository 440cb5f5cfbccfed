// SPDX-License-Identifier: GPL-2.0
/*
 * tests/host: the functions of other kernel/ files that khttp_range.c links
 * against but the host tests never reach (the response plans and the Date
 * of the kernel). Reaching one is a test bug: abort.
 */
#include "kshim.h"
#include "khttp_internal.h"

int khttp_plan_mem(struct khttp_plan *p, const void *mem, u64 len)
{
	abort();
}

int khttp_plan_slice(struct khttp_plan *out, const struct khttp_plan *body, u64 from, u64 len)
{
	abort();
}

size_t khttp_put_date(char *dst, size_t cap)
{
	abort();
}
