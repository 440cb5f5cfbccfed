// SPDX-License-Identifier: MIT
/*
 * khstat: khttp.ko's version, counters (KH_IOC_STATS) and limits.
 *	khstat [-q]     -q: counters only, "name value" per line
 * Counters the library has no name for print as stat_<index>: the module
 * may be newer than the header this was built with.
 */
#include <stdio.h>
#include <string.h>
#include "khttp_api.h"

int main(int argc, char **argv)
{
	uint64_t c[KH_MAX_COUNTERS];
	int quiet = argc > 1 && !strcmp(argv[1], "-q");
	struct khttp_version v;
	struct khttp_limits l;
	unsigned int n, i;
	khttp *h;
	int err;

	err = khttp_open(&h, 0);
	if (!err)
		err = khttp_version(h, &v);
	if (!err)
		err = khttp_stats(h, c, KH_MAX_COUNTERS, &n);
	if (!err)
		err = khttp_get_limits(h, &l);
	if (err) {
		fprintf(stderr, "khstat: %s\n", khttp_strerror(err));
		return 1;
	}
	if (!quiet)
		printf("khttp.ko %u.%u.%u, this process: %s ABI\ncounters:\n", v.major, v.minor,
		       v.patch, khttp_abi_name(v.abi));
	for (i = 0; i < n && i < KH_MAX_COUNTERS; i++) {
		const char *name = khttp_stat_name(i);

		if (name)
			printf("%s%-18s %llu\n", quiet ? "" : "  ", name, (unsigned long long)c[i]);
		else
			printf("%sstat_%-13u %llu\n", quiet ? "" : "  ", i, (unsigned long long)c[i]);
	}
	if (!quiet)
		printf("limits: max_connections %u, queue_length %u, max_header_bytes %u,\n"
		       "        max_body_bytes %llu, idle_timeout_ms %u, header_timeout_ms %u\n",
		       l.max_connections, l.queue_length, l.max_header_bytes,
		       (unsigned long long)l.max_body_bytes, l.idle_timeout_ms,
		       l.header_timeout_ms);
	khttp_close(h);
	return 0;
}
