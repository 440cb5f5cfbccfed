// SPDX-License-Identifier: GPL-2.0
/*
 * khb-<abi> COMMAND: the guest's bench helpers (bench/http/guest.sh).
 *	serve static|memory|cache ROOT    a worker on the "bench" queue
 *	rtt ROOT PAIRS                    a memory worker that times PAIRS
 *	                                  receive+send ioctl pairs, then exits
 *	noop N                            ns per no-op ioctl and per getppid()
 *	mkfiles DIR                       the bench's files (64 .. mix)
 *	stats LABEL                       requests to workers, cache hits
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "khb.h"

static int usage(void)
{
	fprintf(stderr, "usage: khb serve static|memory|cache ROOT | rtt ROOT PAIRS |"
			" noop N | mkfiles DIR | stats LABEL\n");
	return 2;
}

int main(int argc, char **argv)
{
	setvbuf(stdout, NULL, _IOLBF, 0);
	if (argc == 4 && !strcmp(argv[1], "serve")) {
		if (!strcmp(argv[2], "static"))
			return khb_serve(KHB_STATIC, argv[3], 0);
		if (!strcmp(argv[2], "memory"))
			return khb_serve(KHB_MEMORY, argv[3], 0);
		if (!strcmp(argv[2], "cache"))
			return khb_serve(KHB_CACHE, argv[3], 0);
	} else if (argc == 4 && !strcmp(argv[1], "rtt")) {
		return khb_serve(KHB_MEMORY, argv[2], atol(argv[3]));
	} else if (argc == 3 && !strcmp(argv[1], "noop")) {
		return khb_noop(atol(argv[2]));
	} else if (argc == 3 && !strcmp(argv[1], "mkfiles")) {
		return khb_mkfiles(argv[2]);
	} else if (argc == 3 && !strcmp(argv[1], "stats")) {
		return khb_stats(argv[2]);
	}
	return usage();
}
