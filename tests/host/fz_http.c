// SPDX-License-Identifier: GPL-2.0
/*
 * tests/host: libFuzzer on the kernel's pure HTTP code (the same kernel/
 * sources as t_http, with ASan and UBSan). The first byte picks the code:
 *   0 khttp_parse: whole == byte by byte (one buffer), and every pointer of
 *     a result inside the bytes given            (hc_parse_both_ways)
 *   1 the same with a new, exactly sized buffer per byte
 *   2 khttp_dechunk_feed: at once == byte by byte     (hc_dechunk_both_ways)
 *   3 khttp_ranges on a body size from the next byte: ranges inside it,
 *     first <= last, at most KHTTP_RANGES_MAX
 *   4 khttp_authority_parse, khttp_http_date, khttp_etag_list_match,
 *     khttp_is_token, khttp_te_codings: no crash, results in range
 */
#include "kshim.h"
#include "khttp_internal.h"
#include "khttp_token.h"
#include "khttp_authority.h"
#include "khttp_cond.h"
#include "http_check.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void fz_ranges(const char *s, size_t n, u64 body)
{
	struct khttp_range r[KHTTP_RANGES_MAX];
	int k = khttp_ranges(s, n, body, r);

	if (k < -1 || k > KHTTP_RANGES_MAX)
		abort();
	for (int i = 0; i < k; i++)
		if (r[i].first > r[i].last || r[i].last >= body)
			abort();
}

static void fz_fields(const char *s, size_t n)
{
	struct khttp_authority a;
	struct khttp_te te = { 0 };
	s64 t;

	if (!khttp_authority_parse(s, n, n & 1, &a)) {
		if (a.host < s || a.host + a.host_len > s + n || a.port > 65535 || a.port < -1)
			abort();
	}
	khttp_http_date(s, n, 1700000000, &t);
	khttp_etag_list_match(s, n, "\"abc\"", 5, true);
	khttp_etag_list_match(s, n, "W/\"abc\"", 7, false);
	if (khttp_is_token(s, n))
		for (size_t i = 0; i < n; i++)
			if (!khttp_is_tchar((unsigned char)s[i]))
				abort();
	khttp_te_codings(s, n, &te);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char *s = (const char *)data + 1;
	size_t n;

	if (!size)
		return 0;
	n = size - 1;
	switch (data[0] % 5) {
	case 0:
	case 1:
		hc_parse_both_ways(s, n, data[0] % 5);
		break;
	case 2:
		hc_dechunk_both_ways(s, n, data[0] & 0x80 ? 64 : HC_MAX_BODY);
		break;
	case 3:
		if (n)
			fz_ranges(s + 1, n - 1, (u64)(unsigned char)s[0] * 7);
		break;
	default:
		fz_fields(s, n);
		break;
	}
	return 0;
}
