/* SPDX-License-Identifier: GPL-2.0 */
/*
 * tests/host: properties of the kernel's HTTP parser and decoders that
 * hold for any input, shared by the cmocka suite and the fuzzer.
 */
#ifndef HTTP_CHECK_H
#define HTTP_CHECK_H

#include <stddef.h>

/* the module's defaults (khttp_core.c khttp_limits, khttp_conn.c KHTTP_BODY_CAP) */
#define HC_MAX_HEADER	16384
#define HC_MAX_BODY	(1ull << 30)
#define HC_BODY_CAP	(1u << 20)

/*
 * khttp_parse on the whole of in, and on in arriving one byte at a time
 * (in one buffer, or a new buffer per byte when moving): the same result,
 * the same request. Returns the result; a difference aborts with a message.
 */
int hc_parse_both_ways(const char *in, size_t n, int moving);

/*
 * khttp_dechunk_feed on in at once and one byte at a time: the same bytes out,
 * the same end state. Returns the decoded length or the error.
 */
long hc_dechunk_both_ways(const char *in, size_t n, unsigned long long max);

#endif
