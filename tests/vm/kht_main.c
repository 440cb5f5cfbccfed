// SPDX-License-Identifier: GPL-2.0
/*
 * Runner: khtest [--list] [name...]   (no name: all tests)
 * Exit status: the number of failed tests (capped at 100), 101 on usage.
 */
#include <stdarg.h>
#include <stdio.h>
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

static const struct kht_test *find(const char *name)
{
	size_t i;

	for (i = 0; i < kht_ntests; i++)
		if (!strcmp(kht_tests[i].name, name))
			return &kht_tests[i];
	return NULL;
}

int main(int argc, char **argv)
{
	int failed = 0;
	size_t i;
	int a;

	if (argc == 2 && !strcmp(argv[1], "--list")) {
		for (i = 0; i < kht_ntests; i++)
			printf("%s\n", kht_tests[i].name);
		return 0;
	}
	if (argc == 1) {
		for (i = 0; i < kht_ntests; i++)
			failed += run(&kht_tests[i]);
	}
	for (a = 1; a < argc; a++) {
		const struct kht_test *t = find(argv[a]);

		if (!t) {
			fprintf(stderr, "khtest: no test %s\n", argv[a]);
			return 101;
		}
		failed += run(t);
	}
	return failed > 100 ? 100 : failed;
}
