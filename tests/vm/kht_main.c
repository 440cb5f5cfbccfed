// SPDX-License-Identifier: GPL-2.0
/*
 * Runner: khtest [--list] [name...]   (no name: all tests)
 * Exit status: the number of failed tests (capped at 100), 101 on usage.
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "kht.h"

int kht_fail(char *why, size_t len, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(why, len, fmt, ap);
	va_end(ap);
	return -1;
}

static int run(const struct kht_test *t)
{
	char why[256] = "";

	if (t->fn(why, sizeof(why)) == 0) {
		printf("KHTEST %s/%s PASS\n", KHT_ABI_NAME, t->name);
		fflush(stdout);
		return 0;
	}
	printf("KHTEST %s/%s FAIL %s\n", KHT_ABI_NAME, t->name, why);
	fflush(stdout);
	return 1;
}

/* the test tables of the source files, in running order */
static const struct {
	const struct kht_test *tests;
	const size_t *n;
} suites[] = {
	{ kht_tests, &kht_ntests },
	{ kht_thunk_tests, &kht_nthunk_tests },
	{ kht_http_tests, &kht_nhttp_tests },
	{ kht_limit_tests, &kht_nlimit_tests },
	{ kht_surface_tests, &kht_nsurface_tests },
	{ kht_send_tests, &kht_nsend_tests },
	{ kht_persist_tests, &kht_npersist_tests },
	{ kht_recv_tests, &kht_nrecv_tests },
	{ kht_review_tests, &kht_nreview_tests },
	{ kht_mem_tests, &kht_nmem_tests },
	{ kht_life_tests, &kht_nlife_tests },
};

static const struct kht_test *find(const char *name)
{
	size_t s, i;

	for (s = 0; s < KHT_ARRAY_SIZE(suites); s++)
		for (i = 0; i < *suites[s].n; i++)
			if (!strcmp(suites[s].tests[i].name, name))
				return &suites[s].tests[i];
	return NULL;
}

int main(int argc, char **argv)
{
	int failed = 0;
	size_t s, i;
	int a;

	if (argc == 2 && !strcmp(argv[1], "--drain-worker"))
		return kht_drain_worker();
	if (argc == 3 && !strcmp(argv[1], "--drain-client"))
		return kht_drain_client(strtoul(argv[2], NULL, 0));
	if (argc == 3 && !strcmp(argv[1], "--stress"))
		return kht_stress(strtoul(argv[2], NULL, 0));
	if (argc == 2 && !strcmp(argv[1], "--list")) {
		for (s = 0; s < KHT_ARRAY_SIZE(suites); s++)
			for (i = 0; i < *suites[s].n; i++)
				printf("%s\n", suites[s].tests[i].name);
		return 0;
	}
	kht_http_begin();
	if (argc == 1) {
		for (s = 0; s < KHT_ARRAY_SIZE(suites); s++)
			for (i = 0; i < *suites[s].n; i++)
				failed += run(&suites[s].tests[i]);
	}
	for (a = 1; a < argc; a++) {
		const struct kht_test *t = find(argv[a]);

		if (!t) {
			fprintf(stderr, "khtest: no test %s\n", argv[a]);
			kht_http_end();
			return 101;
		}
		failed += run(t);
	}
	kht_http_end();
	kht_surface_end();
	kht_send_end();
	return failed > 100 ? 100 : failed;
}
