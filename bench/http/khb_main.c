// SPDX-License-Identifier: GPL-2.0
/*
 * khb-<abi> COMMAND: the guest's bench helpers (bench/http/guest.sh).
 *	serve static|memory|cache ROOT PORT  a worker on queue "bench-PORT",
 *	                                  prefix http://(any host):PORT/
 *	rtt ROOT PORT PAIRS               a memory worker that times PAIRS
 *	                                  receive+send ioctl pairs, then exits
 *	noop N                            ns per no-op ioctl and per getppid()
 *	mkfiles DIR                       the bench's files (64 .. mix)
 *	stats LABEL [PORT]                requests to workers, cache hits (and
 *	                                  to the queue of PORT)
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "khb.h"

static int usage(void)
{
	fprintf(stderr, "usage: khb serve static|memory|cache ROOT PORT | rtt ROOT PORT PAIRS |"
			" noop N | mkfiles DIR | stats LABEL [PORT]\n");
	return 2;
}

int main(int argc, char **argv)
{
	setvbuf(stdout, NULL, _IOLBF, 0);
	if (argc == 5 && !strcmp(argv[1], "serve")) {
		if (!strcmp(argv[2], "static"))
			return khb_serve(KHB_STATIC, argv[3], atoi(argv[4]), 0);
		if (!strcmp(argv[2], "memory"))
			return khb_serve(KHB_MEMORY, argv[3], atoi(argv[4]), 0);
		if (!strcmp(argv[2], "cache"))
			return khb_serve(KHB_CACHE, argv[3], atoi(argv[4]), 0);
	} else if (argc == 5 && !strcmp(argv[1], "rtt")) {
		return khb_serve(KHB_MEMORY, argv[2], atoi(argv[3]), atol(argv[4]));
	} else if (argc == 3 && !strcmp(argv[1], "noop")) {
		return khb_noop(atol(argv[2]));
	} else if (argc == 3 && !strcmp(argv[1], "mkfiles")) {
		return khb_mkfiles(argv[2]);
	} else if ((argc == 3 || argc == 4) && !strcmp(argv[1], "stats")) {
		return khb_stats(argv[2], argc == 4 ? atoi(argv[3]) : 0);
	}
	return usage();
}
