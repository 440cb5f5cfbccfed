// SPDX-License-Identifier: GPL-2.0 OR MIT
/*
 * khtrace: strace for khttp's ioctls, with the argument graphs decoded by
 * the generated decoders (thunk/generated/user/kh_decode.c), for 64-bit, x32 and
 * i386 tracees. See docs/tracing.md.
 *
 *   khtrace [-f] [-o FILE] [-s STRSIZE] [-X raw|abbrev|verbose]
 *           [-e ioctl1,ioctl2] (-p PID | CMD ARGS...)
 */
#define _GNU_SOURCE
#include <ctype.h>
#include <dirent.h>
#include <errno.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/ptrace.h>
#include <sys/wait.h>
#include <unistd.h>

#include "khtrace.h"
#include "kh_decode.h"

struct opts opt = { .strsize = 32 };

static struct tracee *tracees;
static int ntracees, nseen;
static pid_t child;		/* the command we started, whose status we return */
static int child_status;
static volatile sig_atomic_t interrupted;

static void usage(void)
{
	fputs("usage: khtrace [-f] [-o FILE] [-s STRSIZE] [-X raw|abbrev|verbose]\n"
	      "               [-e ioctl1,ioctl2] (-p PID | CMD ARGS...)\n", stderr);
	exit(2);
}

static struct tracee *find(pid_t tid, bool add)
{
	for (int i = 0; i < ntracees; i++)
		if (tracees[i].tid == tid)
			return &tracees[i];
	if (!add)
		return NULL;
	tracees = realloc(tracees, (size_t)(ntracees + 1) * sizeof(*tracees));
	if (!tracees) {
		perror("khtrace");
		exit(1);
	}
	memset(&tracees[ntracees], 0, sizeof(*tracees));
	tracees[ntracees].tid = tid;
	tracees[ntracees].shown_abi = -1;
	if (++nseen > 1 && opt.follow)
		print_set_multi(true);
	return &tracees[ntracees++];
}

static void drop(pid_t tid)
{
	struct tracee *t = find(tid, false);

	if (t)
		*t = tracees[--ntracees];
}

/* -e KH_IOC_VERSION,stats: full names or without the KH_IOC_ prefix */
static void select_cmds(char *list)
{
	if (!strncmp(list, "trace=", 6))
		list += 6;
	for (char *w = strtok(list, ","); w; w = strtok(NULL, ",")) {
		bool found = false;

		for (int i = 0; i < KH_DECODE_NCMDS; i++) {
			const char *n = kh_decode_cmds[i].name;

			if (!strcasecmp(w, n) || !strcasecmp(w, n + strlen("KH_IOC_"))) {
				opt.select[i] = true;
				found = true;
			}
		}
		if (!found) {
			fprintf(stderr, "khtrace: -e: no ioctl '%s'\n", w);
			exit(2);
		}
	}
	opt.selected = true;
}

static void on_syscall(struct tracee *t)
{
	struct sc_stop s;

	if (sc_read(t, &s))
		return;
	t->in_syscall = s.entry;
	if (!s.entry) {
		if (t->tracked)
			print_exit(t, s.rval);
		t->tracked = false;
		return;
	}
	t->tracked = false;
	if (!s.is_ioctl || !fd_is_khttp(t->tid, (int)s.args[0]))
		return;
	t->call = (struct call){ .abi = s.abi, .fd = (int)s.args[0], .cmd = (__u32)s.args[1],
				 .addr = s.args[2] };
	t->call.idx = kh_decode_find(t->call.cmd, s.abi);
	if (opt.selected && (t->call.idx < 0 || !opt.select[t->call.idx]))
		return;
	t->tracked = true;
	print_entry(t);
}

static long trace_options(void)
{
	long o = PTRACE_O_TRACESYSGOOD | PTRACE_O_TRACEEXEC;

	if (opt.follow)
		o |= PTRACE_O_TRACEFORK | PTRACE_O_TRACEVFORK | PTRACE_O_TRACECLONE;
	return o;
}

static pid_t start(char **argv)
{
	int status;
	pid_t pid = fork();

	if (pid < 0) {
		perror("khtrace: fork");
		exit(1);
	}
	if (!pid) {
		ptrace(PTRACE_TRACEME, 0, NULL, NULL);
		raise(SIGSTOP);	/* the tracer sets its options, then lets us exec */
		execvp(argv[0], argv);
		fprintf(stderr, "khtrace: %s: %s\n", argv[0], strerror(errno));
		_exit(127);
	}
	if (waitpid(pid, &status, 0) != pid || !WIFSTOPPED(status)) {
		fputs("khtrace: the child did not stop\n", stderr);
		exit(1);
	}
	ptrace(PTRACE_SETOPTIONS, pid, NULL, (void *)(trace_options() | PTRACE_O_EXITKILL));
	find(pid, true)->seen_stop = true;
	ptrace(PTRACE_SYSCALL, pid, NULL, NULL);
	return pid;
}

/* PTRACE_SEIZE: no signal is sent, and a stop can be asked for to detach */
static void seize(pid_t tid)
{
	if (ptrace(PTRACE_SEIZE, tid, NULL, (void *)trace_options())) {
		fprintf(stderr, "khtrace: attach %d: %s\n", (int)tid, strerror(errno));
		exit(1);
	}
	ptrace(PTRACE_INTERRUPT, tid, NULL, NULL);
	find(tid, true);
}

static void attach(pid_t pid)
{
	char path[64];
	DIR *dir;
	struct dirent *e;

	if (!opt.follow) {
		seize(pid);
		return;
	}
	snprintf(path, sizeof(path), "/proc/%d/task", (int)pid);
	dir = opendir(path);
	if (!dir) {
		fprintf(stderr, "khtrace: %s: %s\n", path, strerror(errno));
		exit(1);
	}
	while ((e = readdir(dir)))
		if (isdigit((unsigned char)e->d_name[0]))
			seize((pid_t)atoi(e->d_name));
	closedir(dir);
}

static void on_signal(int sig)
{
	(void)sig;
	interrupted = 1;
}

static void detach_all(void)
{
	for (int i = 0; i < ntracees; i++)
		ptrace(PTRACE_INTERRUPT, tracees[i].tid, NULL, NULL);
}

/* one wait result; false when tracing is over */
static bool step(void)
{
	int status, sig, event;
	pid_t tid = waitpid(-1, &status, __WALL);
	struct tracee *t;

	if (tid < 0)
		return errno == EINTR;
	if (WIFEXITED(status) || WIFSIGNALED(status)) {
		if (find(tid, false))
			print_exited(tid, status);
		if (tid == child)
			child_status = status;
		drop(tid);
		return ntracees > 0;
	}
	if (!WIFSTOPPED(status))
		return true;
	t = find(tid, true);	/* a new child may stop before its parent's event */
	sig = WSTOPSIG(status);
	event = status >> 16;
	if (interrupted && !child) {
		ptrace(PTRACE_DETACH, tid, NULL, NULL);
		drop(tid);
		return ntracees > 0;
	}
	if (sig == (SIGTRAP | 0x80)) {
		on_syscall(t);
		sig = 0;
	} else if (event) {	/* fork/clone/exec events, and stops under SEIZE */
		sig = 0;
	} else if (sig == SIGSTOP && !t->seen_stop) {
		sig = 0;	/* the stop of a new child: not for the tracee */
	}
	t->seen_stop = true;
	ptrace(PTRACE_SYSCALL, tid, NULL, (void *)(long)sig);
	return true;
}

int main(int argc, char **argv)
{
	pid_t pid = 0;
	int c;

	opt.out = stderr;
	while ((c = getopt(argc, argv, "+fo:s:e:p:X:h")) != -1) {
		switch (c) {
		case 'f':
			opt.follow = true;
			break;
		case 'o':
			opt.out = fopen(optarg, "we");	/* not the tracee's */
			if (!opt.out) {
				fprintf(stderr, "khtrace: %s: %s\n", optarg, strerror(errno));
				return 1;
			}
			break;
		case 's':
			opt.strsize = (unsigned int)strtoul(optarg, NULL, 0);
			break;
		case 'e':
			select_cmds(optarg);
			break;
		case 'p':
			pid = (pid_t)atoi(optarg);
			break;
		case 'X':
			if (!strcmp(optarg, "raw"))
				opt.xstyle = X_RAW;
			else if (!strcmp(optarg, "verbose"))
				opt.xstyle = X_VERBOSE;
			else if (!strcmp(optarg, "abbrev"))
				opt.xstyle = X_ABBREV;
			else
				usage();
			break;
		default:
			usage();
		}
	}
	if ((pid > 0) == (optind < argc))
		usage();
	if (pid > 0) {
		struct sigaction sa = { .sa_handler = on_signal };	/* no SA_RESTART */

		sigaction(SIGINT, &sa, NULL);
		sigaction(SIGTERM, &sa, NULL);
		attach(pid);
	} else {
		child = start(argv + optind);
	}
	while (step())
		if (interrupted && !child)
			detach_all();
	fflush(opt.out);
	if (!child)
		return 0;
	if (WIFSIGNALED(child_status))
		return 128 + WTERMSIG(child_status);
	return WEXITSTATUS(child_status);
}
