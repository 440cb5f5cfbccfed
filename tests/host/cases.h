/* SPDX-License-Identifier: GPL-2.0 */
/* tests/host: the cases of tests/conformance/cases (format: its README.md) */
#ifndef CASES_H
#define CASES_H

#include <stddef.h>

#define CASE_MAX_LINES 32

struct hcase {
	char name[128];
	char file[64];
	char *req;		/* the bytes, escapes undone */
	size_t req_len;
	int status;		/* -1: none given (the worker answers 200) */
	int incomplete;		/* status 0 incomplete */
	int prime;		/* primes the cache: not a parser case */
	int nworker;
	char *worker[CASE_MAX_LINES];
	size_t worker_len[CASE_MAX_LINES];
};

/* all cases of the .txt files in dir; returns how many, -1 on error */
int cases_load(const char *dir, struct hcase **out);
void cases_free(struct hcase *c, int n);

#endif
