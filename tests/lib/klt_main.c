// SPDX-License-Identifier: GPL-2.0
/*
 * Runner: khlib-<abi> [--list] [name...]. Each test runs under a 20 s
 * alarm: a receive that never returns gets -EINTR and the test fails
 * instead of hanging the VM. Exit status: the number of failures.
 *
 * Started as root (the guest), the runner stays root for the
 * administrator's tests (module-wide counters and limits) and runs every
 * other test in a child that became the worker user for good: uid and gid
 * 1000 (real, effective and saved), the khttp group (900) that owns the
 * device, no capability.
 */
#include <grp.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/wait.h>
#include <unistd.h>
#include "klt.h"

#define KLT_UID		1000
#define KLT_GID		1000
#define KLT_GROUP	900

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

static int run_one(const struct klt_test *t)
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

/* a worker's test in a child that cannot become root again; 1 if it failed */
static int run(const struct klt_test *t)
{
	gid_t groups[] = { KLT_GROUP };
	int st;
	pid_t pid;

	if (t->admin || geteuid())
		return run_one(t);
	fflush(stdout);
	pid = fork();
	if (pid < 0) {
		printf("KHTEST lib/%s/%s FAIL fork\n", KLT_ABI_NAME, t->name);
		return 1;
	}
	if (!pid) {
		if (setgroups(1, groups) || setresgid(KLT_GID, KLT_GID, KLT_GID) ||
		    setresuid(KLT_UID, KLT_UID, KLT_UID) || !setresuid(-1, 0, -1)) {
			printf("KHTEST lib/%s/%s FAIL cannot become uid %d for good\n",
			       KLT_ABI_NAME, t->name, KLT_UID);
			_exit(1);
		}
		prctl(PR_SET_DUMPABLE, 1);	/* /proc/self: the worker's */
		_exit(run_one(t));
	}
	if (waitpid(pid, &st, 0) != pid || !WIFEXITED(st)) {
		printf("KHTEST lib/%s/%s FAIL the worker's child ended with status %#x\n",
		       KLT_ABI_NAME, t->name, st);
		fflush(stdout);
		return 1;
	}
	return WEXITSTATUS(st) ? 1 : 0;
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
