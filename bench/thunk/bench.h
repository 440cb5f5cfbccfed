/* SPDX-License-Identifier: GPL-2.0 OR MIT */
/* bench/thunk: realistic native graphs (graphs.c) and their timing (main.c). */
#ifndef KH_BENCH_H
#define KH_BENCH_H

#include "khttp.h"

/* a POST: 20 known headers, 3 unknown, 2 entity chunks of 512 bytes */
const struct kh_request *bench_request(void);
/* a 200: 5 known headers, 2 unknown, 2 memory chunks of 1 KiB */
const struct kh_response *bench_response(void);

#endif
