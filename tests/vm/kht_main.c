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
 * device, with no capability: the module sees an unprivileged user in
 * every call. The worker process dropped real, effective and saved ids:
 * it cannot become root again. The administrator's steps (limits, the
 * whole cache, the global log and counters, module parameters, cgroups,
 * khttpctl's list) run in the root process the worker was forked from,
 * each a call of kht_admin_run() or kht_admin_open(); the access tests
 * (kht_access.c) are the administrator's, who forks the users alice and bob.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <grp.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <fcntl.h>
#include <poll.h>
#include <sys/prctl.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>
#include "kht.h"

static int kht_admin_sock = -1;	/* the worker's line to the root process */
static int kht_admin_fd = -1;	/* a file an administrator's step opened */

static int admin_known(kht_admin_fn *fn);

struct admin_head {
	kht_admin_fn *fn;	/* one binary on both sides: the same address */
	int rc, err;
	size_t len;
};

static int xfer_all(int s, void *p, size_t n, int out)
{
	char *c = p;
	ssize_t r;

	while (n) {
		r = out ? write(s, c, n) : read(s, c, n);
		if (r <= 0)
			return -1;
		c += r;
		n -= r;
	}
	return 0;
}

/* n bytes, and the file fd with them unless it is -1 */
static int send_with_fd(int s, const void *p, size_t n, int fd)
{
	union {
		char buf[CMSG_SPACE(sizeof(int))];
		struct cmsghdr align;
	} u;
	struct iovec iov = { .iov_base = (void *)p, .iov_len = n };
	struct msghdr m = { .msg_iov = &iov, .msg_iovlen = 1 };
	struct cmsghdr *c;

	if (fd >= 0) {
		memset(&u, 0, sizeof(u));
		m.msg_control = u.buf;
		m.msg_controllen = sizeof(u.buf);
		c = CMSG_FIRSTHDR(&m);
		c->cmsg_level = SOL_SOCKET;
		c->cmsg_type = SCM_RIGHTS;
		c->cmsg_len = CMSG_LEN(sizeof(int));
		memcpy(CMSG_DATA(c), &fd, sizeof(int));
	}
	return sendmsg(s, &m, MSG_NOSIGNAL) == (ssize_t)n ? 0 : -1;
}

/* n bytes (the header: they come in one piece); *fd: the file sent with them or -1 */
static ssize_t recv_with_fd(int s, void *p, size_t n, int *fd)
{
	union {
		char buf[CMSG_SPACE(sizeof(int))];
		struct cmsghdr align;
	} u;
	struct iovec iov = { .iov_base = p, .iov_len = n };
	struct msghdr m = { .msg_iov = &iov, .msg_iovlen = 1, .msg_control = u.buf,
			    .msg_controllen = sizeof(u.buf) };
	struct cmsghdr *c;
	ssize_t r = recvmsg(s, &m, MSG_WAITALL | MSG_CMSG_CLOEXEC);

	*fd = -1;
	for (c = r > 0 ? CMSG_FIRSTHDR(&m) : NULL; c; c = CMSG_NXTHDR(&m, c))
		if (c->cmsg_level == SOL_SOCKET && c->cmsg_type == SCM_RIGHTS)
			memcpy(fd, CMSG_DATA(c), sizeof(int));
	return r;
}

/*
 * The worker's side: fn(buf, len) runs in the root process, buf goes there
 * and back; its result and errno come back, and the file it opened, if any
 * (kht_admin_open). Each call has a socket of its own, sent over the
 * worker's line: the worker's forked children may call at the same time.
 */
int kht_admin_run(kht_admin_fn *fn, char *buf, size_t len)
{
	struct admin_head h = { .fn = fn, .len = len };
	int sv[2], fd = -1;

	if (kht_admin_sock < 0)		/* the root process, or not started as root */
		return fn(buf, len);
	if (socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, sv))
		return -1;
	if (send_with_fd(kht_admin_sock, "r", 1, sv[1]) || xfer_all(sv[0], &h, sizeof(h), 1) ||
	    xfer_all(sv[0], buf, len, 1) ||
	    recv_with_fd(sv[0], &h, sizeof(h), &fd) != sizeof(h) || h.len != len ||
	    xfer_all(sv[0], buf, len, 0)) {
		fprintf(stderr, "khtest: the root process did not answer\n");
		h.rc = -1;
		h.err = EIO;
	}
	close(sv[0]);
	close(sv[1]);
	if (kht_admin_fd >= 0)
		close(kht_admin_fd);
	kht_admin_fd = fd;
	errno = h.err;
	return h.rc;
}

/* one call of the root process, on the socket s a worker sent it */
static void admin_answer(int s)
{
	struct admin_head h;
	char *buf = NULL;
	int bad = xfer_all(s, &h, sizeof(h), 0) || !admin_known(h.fn) || h.len > (64 << 20);

	if (!bad)
		buf = malloc(h.len ? h.len : 1);
	if (bad || !buf || xfer_all(s, buf, h.len, 0)) {
		fprintf(stderr, "khtest: a bad call of the root process\n");
		free(buf);
		return;
	}
	kht_admin_fd = -1;
	errno = 0;
	h.rc = h.fn(buf, h.len);
	h.err = errno;
	fflush(stdout);
	fflush(stderr);
	if (!send_with_fd(s, &h, sizeof(h), kht_admin_fd))
		xfer_all(s, buf, h.len, 1);
	if (kht_admin_fd >= 0)
		close(kht_admin_fd);
	kht_admin_fd = -1;
	free(buf);
}

static pid_t admin_worker;

/* a signal to the root process (kill -TERM of the shell's job) is the worker's */
static void admin_forward(int sig)
{
	kill(admin_worker, sig);
}

/* the root process: answers the worker's calls until the worker ends; its status */
static int admin_serve(int ctl, pid_t worker)
{
	static const int fwd[] = { SIGTERM, SIGINT, SIGHUP, SIGQUIT, SIGUSR1, SIGUSR2 };
	struct sigaction sa = { .sa_handler = admin_forward };
	struct pollfd p = { .fd = ctl, .events = POLLIN };
	int st, s;
	size_t i;
	char c;

	admin_worker = worker;
	for (i = 0; i < KHT_ARRAY_SIZE(fwd); i++)
		sigaction(fwd[i], &sa, NULL);
	signal(SIGPIPE, SIG_IGN);	/* a caller that died mid-call */
	for (;;) {
		if (waitpid(worker, &st, WNOHANG) == worker)
			break;
		if (poll(&p, 1, 100) <= 0)
			continue;
		if (recv_with_fd(ctl, &c, 1, &s) <= 0) {	/* every worker's end closed */
			waitpid(worker, &st, 0);
			break;
		}
		if (s >= 0) {
			admin_answer(s);
			close(s);
		}
	}
	return WIFEXITED(st) ? WEXITSTATUS(st) : 128 + WTERMSIG(st);
}

struct admin_open {
	int flags;
	char path[200];
};

static int admin_open_fn(char *buf, size_t len)
{
	struct admin_open *o = (struct admin_open *)buf;

	if (len != sizeof(*o))
		return -1;
	o->path[sizeof(o->path) - 1] = 0;
	kht_admin_fd = open(o->path, o->flags | O_CLOEXEC);
	return kht_admin_fd < 0 ? -1 : 0;
}

KHT_ADMIN_STEP(admin_open_fn);

/* path opened by the root process: the file carries root's credentials */
int kht_admin_open(const char *path, int flags)
{
	struct admin_open o = { .flags = flags };
	int fd;

	snprintf(o.path, sizeof(o.path), "%s", path);
	if (kht_admin_run(admin_open_fn, (char *)&o, sizeof(o)))
		return -1;
	fd = kht_admin_fd;
	kht_admin_fd = -1;
	return fd;
}

/*
 * Started as root: this process stays root and answers the administrator's
 * steps (kht_admin_run); the tests go on in a child that drops to the
 * worker user for good (real, effective and saved ids), which only main()
 * returns from.
 */
static void kht_worker_init(void)
{
	const char *u = getenv("KHT_UID"), *g = getenv("KHT_GID");
	gid_t groups[] = { 900 };
	uid_t uid;
	gid_t gid;
	int sv[2];
	pid_t pid, root = getpid();

	if (geteuid())
		return;
	uid = u ? strtoul(u, NULL, 0) : 1000;
	gid = g ? strtoul(g, NULL, 0) : 1000;
	fflush(NULL);
	pid = !uid || socketpair(AF_UNIX, SOCK_SEQPACKET | SOCK_CLOEXEC, 0, sv) ? -1 : fork();
	if (pid < 0) {
		fprintf(stderr, "khtest: cannot start the worker: %s\n", strerror(errno));
		exit(101);
	}
	if (pid) {
		close(sv[1]);
		exit(admin_serve(sv[0], pid));
	}
	close(sv[0]);
	/* out of the tests' way: their first file is still 3 (strace group) */
	kht_admin_sock = fcntl(sv[1], F_DUPFD_CLOEXEC, 100);
	close(sv[1]);
	if (kht_admin_sock < 0 || setgroups(1, groups) || setresgid(gid, gid, gid) ||
	    setresuid(uid, uid, uid) ||
	    !setresuid(-1, 0, -1)) {
		fprintf(stderr, "khtest: cannot become uid %u for good: %s\n", uid,
			strerror(errno));
		exit(101);
	}
	/* the uid change made it undumpable: /proc/self would stay root's */
	prctl(PR_SET_DUMPABLE, 1);
	/* the root process killed: the worker goes too (set after the uid change cleared it) */
	prctl(PR_SET_PDEATHSIG, SIGKILL);
	if (getppid() != root)
		exit(101);
}

/* nonzero in the worker process (the root process is the administrator) */
int kht_is_worker(void)
{
	return kht_admin_sock >= 0;
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

	rc = root ? kht_admin_run(t->fn, why, sizeof(why)) : t->fn(why, sizeof(why));
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

static int admin_known(kht_admin_fn *fn)
{
	const struct kht_admin_step *r;
	size_t s, i;

	/* the administrator's steps and the tests of the root suites, nothing else */
	for (r = __start_kht_admin; r < __stop_kht_admin; r++)
		if (r->fn == fn)
			return 1;
	for (s = 0; s < KHT_ARRAY_SIZE(suites); s++)
		for (i = 0; suites[s].root && i < *suites[s].n; i++)
			if (suites[s].tests[i].fn == fn)
				return 1;
	return 0;
}

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
