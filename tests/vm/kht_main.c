// SPDX-License-Identifier: GPL-2.0
/*
 * Runner: khtest [--list] [name...]   (no name: all tests)
 *	   khtest --race [name...]	   the race group's tests (no name: all)
 *	   khtest --list-race
 *	   khtest --parse-cpu N		   system CPU of large bodies, N each
 *	   khtest --as UID GID PROG [ARGS]   (PROG as that user)
 * Exit status: the number of failed tests (capped at 100), 101 on usage.
 */
#define _GNU_SOURCE
#include <grp.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "kht.h"

/*
 * --as UID GID PROG ARGS: PROG as uid and gid, with the khttp group (900)
 * as its only supplementary group (the guest's busybox cannot drop to a
 * user: its setpriv has no --reuid)
 */
static int run_as(char **argv)
{
	uid_t uid = strtoul(argv[0], NULL, 0);
	gid_t gid = strtoul(argv[1], NULL, 0), groups[] = { 900 };

	if (setgroups(1, groups) || setresgid(gid, gid, gid) || setresuid(uid, uid, uid)) {
		perror("khtest --as");
		return 126;
	}
	execvp(argv[2], argv + 2);
	perror(argv[2]);
	return 127;
}

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
	{ kht_race_tests, &kht_nrace_tests },
	{ kht_life_tests, &kht_nlife_tests },
	{ kht_access_tests, &kht_naccess_tests },
	{ kht_admin_tests, &kht_nadmin_tests },
};

/* the race group (2 vCPUs): run by name or with --race only */
static int race_main(int argc, char **argv)
{
	int failed = 0, a;
	size_t i;

	for (i = 0; i < kht_nrace_stress; i++) {
		for (a = 0; a < argc && strcmp(argv[a], kht_race_stress[i].name); a++)
			;
		if (!argc || a < argc)
			failed += run(&kht_race_stress[i]);
	}
	return failed;
}

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

	if (argc >= 5 && !strcmp(argv[1], "--as"))
		return run_as(argv + 2);
	if (argc == 2 && !strcmp(argv[1], "--drain-worker"))
		return kht_drain_worker();
	if (argc == 3 && !strcmp(argv[1], "--drain-client"))
		return kht_drain_client(strtoul(argv[2], NULL, 0));
	if (argc == 2 && !strcmp(argv[1], "--list-race")) {
		for (i = 0; i < kht_nrace_stress; i++)
			printf("%s\n", kht_race_stress[i].name);
		return 0;
	}
	if (argc >= 2 && !strcmp(argv[1], "--race"))
		return race_main(argc - 2, argv + 2);
	if (argc == 3 && !strcmp(argv[1], "--parse-cpu"))
		return kht_parse_cpu(atoi(argv[2]));
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
