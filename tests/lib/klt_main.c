// SPDX-License-Identifier: GPL-2.0
/*
 * Runner: khlib-<abi> [--list] [name...]. Each test runs under a 20 s
 * alarm: a receive that never returns gets -EINTR and the test fails
 * instead of hanging the VM. Exit status: the number of failures.
 */
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include "klt.h"

int klt_fail(char *why, size_t len, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(why, len, fmt, ap);
	va_end(ap);
	return -1;
}

static void on_alarm(int sig)
{
	(void)sig;
}

static const struct {
	const struct klt_test *t;
	const size_t *n;
} suites[] = {
	{ klt_device_tests, &klt_ndevice_tests },
	{ klt_receive_tests, &klt_nreceive_tests },
	{ klt_send_tests, &klt_nsend_tests },
	{ klt_thread_tests, &klt_nthread_tests },
};

static int run(const struct klt_test *t)
{
	char why[512] = "";
	int rc;

	alarm(20);
	rc = t->fn(why, sizeof(why));
	alarm(0);
	printf("KHTEST lib/%s/%s %s%s%s\n", KLT_ABI_NAME, t->name, rc ? "FAIL" : "PASS",
	       rc ? " " : "", rc ? why : "");
	fflush(stdout);
	return rc ? 1 : 0;
}

int main(int argc, char **argv)
{
	struct sigaction sa = { .sa_handler = on_alarm };	/* no SA_RESTART */
	int failed = 0, a, found;
	size_t s, i;

	sigaction(SIGALRM, &sa, NULL);
	signal(SIGPIPE, SIG_IGN);
	for (s = 0; s < KLT_ARRAY_SIZE(suites); s++)
		for (i = 0; i < *suites[s].n; i++) {
			const struct klt_test *t = &suites[s].t[i];

			if (argc == 2 && !strcmp(argv[1], "--list")) {
				printf("%s\n", t->name);
				continue;
			}
			found = argc == 1;
			for (a = 1; a < argc; a++)
				found |= !strcmp(argv[a], t->name);
			if (found)
				failed += run(t);
		}
	return failed > 100 ? 100 : failed;
}
