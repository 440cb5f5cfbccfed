// SPDX-License-Identifier: GPL-2.0
/*
 * Runner: khtest [--list] [name...]   (no name: all tests)
 *	   khtest --race [name...]	   the race group's tests (no name: all)
 *	   khtest --list-race
 *	   khtest --parse-cpu N		   system CPU of large bodies, N each
 *	   khtest --as UID GID PROG [ARGS]   (PROG as that user)
 * Exit status: the number of failed tests (capped at 100), 101 on usage.
 *
 * Started as root, the tests run as the harness's worker user (KHT_UID,
 * KHT_GID; default 1000 and 1000), in the khttp group (900) that owns the
 * device, with no effective capability: the module sees an unprivileged
 * user in every call. The root saved set-user-ID is kept only for the
 * administrator's steps (limits, the whole cache, the global log and
 * counters, module parameters, khttpctl's list), each between
 * kht_admin_begin() and kht_admin_end(); the access tests (kht_access.c)
 * are the administrator's, who forks the users alice and bob.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <grp.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/prctl.h>
#include <unistd.h>
#include "kht.h"

static uid_t kht_uid;		/* the worker user; 0: the harness was not root */
static gid_t kht_gid;
static int kht_admin_depth;

/* the worker user from now on (effective ids), if started as root */
static void kht_worker_init(void)
{
	const char *u = getenv("KHT_UID"), *g = getenv("KHT_GID");
	gid_t groups[] = { 900 };

	if (geteuid())
		return;
	kht_uid = u ? strtoul(u, NULL, 0) : 1000;
	kht_gid = g ? strtoul(g, NULL, 0) : 1000;
	if (!kht_uid || setgroups(1, groups) || setresgid(-1, kht_gid, 0) ||
	    setresuid(-1, kht_uid, 0)) {
		fprintf(stderr, "khtest: cannot become uid %u: %s\n", kht_uid, strerror(errno));
		exit(101);
	}
	/* the uid change made it undumpable: /proc/self would stay root's */
	prctl(PR_SET_DUMPABLE, 1);
}

void kht_admin_begin(void)
{
	if (kht_uid && !kht_admin_depth++ && (seteuid(0) || setegid(0)))
		fprintf(stderr, "khtest: cannot become root again: %s\n", strerror(errno));
}

void kht_admin_end(void)
{
	if (kht_uid && !--kht_admin_depth) {
		if (setegid(kht_gid) || seteuid(kht_uid))
			fprintf(stderr, "khtest: cannot drop to uid %u: %s\n", kht_uid,
				strerror(errno));
		prctl(PR_SET_DUMPABLE, 1);
	}
}

/* nonzero when the caller runs as the worker user (not in an admin step) */
int kht_is_worker(void)
{
	return kht_uid && geteuid() == kht_uid;
}

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

static int run_one(const struct kht_test *t, int root)
{
	char why[256] = "";
	int rc;

	if (root)
		kht_admin_begin();
	rc = t->fn(why, sizeof(why));
	if (root)
		kht_admin_end();
	if (rc == 0) {
		printf("KHTEST %s/%s PASS\n", KHT_ABI_NAME, t->name);
		fflush(stdout);
		return 0;
	}
	printf("KHTEST %s/%s FAIL %s\n", KHT_ABI_NAME, t->name, why);
	fflush(stdout);
	return 1;
}

static int run(const struct kht_test *t)
{
	return run_one(t, 0);
}

/* the test tables of the source files, in running order; root: the administrator's */
static const struct {
	const struct kht_test *tests;
	const size_t *n;
	int root;
} suites[] = {
	{ kht_tests, &kht_ntests, 0 },
	{ kht_thunk_tests, &kht_nthunk_tests, 0 },
	{ kht_http_tests, &kht_nhttp_tests, 0 },
	{ kht_limit_tests, &kht_nlimit_tests, 0 },
	{ kht_surface_tests, &kht_nsurface_tests, 0 },
	{ kht_send_tests, &kht_nsend_tests, 0 },
	{ kht_persist_tests, &kht_npersist_tests, 0 },
	{ kht_recv_tests, &kht_nrecv_tests, 0 },
	{ kht_review_tests, &kht_nreview_tests, 0 },
	{ kht_mem_tests, &kht_nmem_tests, 0 },
	{ kht_race_tests, &kht_nrace_tests, 0 },
	{ kht_life_tests, &kht_nlife_tests, 0 },
	{ kht_access_tests, &kht_naccess_tests, 1 },
	{ kht_admin_tests, &kht_nadmin_tests, 0 },
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

static const struct kht_test *find(const char *name, int *root)
{
	size_t s, i;

	for (s = 0; s < KHT_ARRAY_SIZE(suites); s++)
		for (i = 0; i < *suites[s].n; i++)
			if (!strcmp(suites[s].tests[i].name, name)) {
				*root = suites[s].root;
				return &suites[s].tests[i];
			}
	return NULL;
}

int main(int argc, char **argv)
{
	int failed = 0;
	size_t s, i;
	int a;

	if (argc >= 5 && !strcmp(argv[1], "--as"))
		return run_as(argv + 2);
	if (argc == 2 && !strcmp(argv[1], "--list")) {
		for (s = 0; s < KHT_ARRAY_SIZE(suites); s++)
			for (i = 0; i < *suites[s].n; i++)
				printf("%s\n", suites[s].tests[i].name);
		return 0;
	}
	if (argc == 2 && !strcmp(argv[1], "--list-race")) {
		for (i = 0; i < kht_nrace_stress; i++)
			printf("%s\n", kht_race_stress[i].name);
		return 0;
	}
	kht_worker_init();
	if (argc == 2 && !strcmp(argv[1], "--drain-worker"))
		return kht_drain_worker();
	if (argc == 3 && !strcmp(argv[1], "--drain-client"))
		return kht_drain_client(strtoul(argv[2], NULL, 0));
	if (argc >= 2 && !strcmp(argv[1], "--race"))
		return race_main(argc - 2, argv + 2);
	if (argc == 3 && !strcmp(argv[1], "--parse-cpu"))
		return kht_parse_cpu(atoi(argv[2]));
	if (argc == 3 && !strcmp(argv[1], "--stress"))
		return kht_stress(strtoul(argv[2], NULL, 0));
	kht_http_begin();
	if (argc == 1) {
		for (s = 0; s < KHT_ARRAY_SIZE(suites); s++)
			for (i = 0; i < *suites[s].n; i++)
				failed += run_one(&suites[s].tests[i], suites[s].root);
	}
	for (a = 1; a < argc; a++) {
		int root = 0;
		const struct kht_test *t = find(argv[a], &root);

		if (!t) {
			fprintf(stderr, "khtest: no test %s\n", argv[a]);
			kht_http_end();
			return 101;
		}
		failed += run_one(t, root);
	}
	kht_http_end();
	kht_surface_end();
	kht_send_end();
	return failed > 100 ? 100 : failed;
}
