// SPDX-License-Identifier: GPL-2.0 OR MIT
/*
 * strace's line format: `ioctl(3, KH_IOC_VERSION, {...}) = 0`, the members
 * going in printed at entry and those coming back after " => " at exit;
 * `<unfinished ...>` / `<... ioctl resumed>` when another tracee's line
 * comes in between; `[pid N]` prefixes with -f; errno names and texts.
 */
#define _GNU_SOURCE
#include <signal.h>
#include <string.h>
#include <sys/uio.h>
#include <sys/wait.h>

#include "khtrace.h"
#include "kh_decode.h"
#include "kh_decode_rt.h"
#include "kh_layout.h"

static pid_t pending;		/* whose line is open, waiting for its exit (0: none) */
static bool multi;		/* more than one tracee: prefix lines with [pid N] */
static struct kh_dec dec;

void print_set_multi(bool m)
{
	multi = m;
}

static int read_mem(void *ctx, __u64 addr, void *buf, size_t len)
{
	pid_t tid = *(pid_t *)ctx;
	struct iovec local = { buf, len }, remote = { (void *)(uintptr_t)addr, len };

	if (!len)
		return 0;
	return process_vm_readv(tid, &local, 1, &remote, 1, 0) == (ssize_t)len ? 0 : -1;
}

static void prefix(pid_t tid)
{
	if (multi)
		fprintf(opt.out, "[pid %5d] ", (int)tid);
}

static void close_pending(void)
{
	if (pending) {
		fputs(" <unfinished ...>\n", opt.out);
		pending = 0;
	}
}

/* _IOC(_IOC_READ|_IOC_WRITE, 0xbd, 0x5, 0x28), as strace prints a number it does not know */
static void print_ioc(__u32 cmd)
{
	unsigned int dir = cmd >> 30, size = (cmd >> 16) & 0x3fff;
	const char *d = dir == 3 ? "_IOC_READ|_IOC_WRITE" : dir == 2 ? "_IOC_READ" :
			dir == 1 ? "_IOC_WRITE" : "_IOC_NONE";

	fprintf(opt.out, "_IOC(%s, %#x, %#x, %#x)", d, (cmd >> 8) & 0xff, cmd & 0xff, size);
}

static void print_cmd(const struct call *c)
{
	if (opt.xstyle != X_ABBREV)
		fprintf(opt.out, "%#x", c->cmd);
	if (opt.xstyle == X_RAW)
		return;
	fputs(opt.xstyle == X_VERBOSE ? " /* " : "", opt.out);
	if (c->idx >= 0)
		fputs(kh_decode_cmds[c->idx].name, opt.out);
	else
		print_ioc(c->cmd);
	fputs(opt.xstyle == X_VERBOSE ? " */" : "", opt.out);
}

static void print_addr(__u64 addr)
{
	if (addr)
		fprintf(opt.out, "%#llx", (unsigned long long)addr);
	else
		fputs("NULL", opt.out);
}

static const char *decode(struct tracee *t, unsigned int ph, int err)
{
	dec.read = read_mem;
	dec.ctx = &t->tid;
	dec.abi = t->call.abi;
	dec.strsize = opt.strsize;
	dec.err = err;
	kd_reset(&dec);
	kh_decode_arg(&dec, t->call.idx, t->call.addr, ph);
	return kd_text(&dec);
}

static void announce_mode(struct tracee *t)
{
	static const char *const mode[] = { "64 bit", "32 bit", "x32" };
	int abi = t->call.abi;

	if (t->shown_abi == abi || (t->shown_abi < 0 && abi == KH_LAYOUT_X86_64)) {
		t->shown_abi = abi;
		return;
	}
	t->shown_abi = abi;
	fprintf(opt.out, "[ Process PID=%d runs in %s mode. ]\n", (int)t->tid, mode[abi]);
}

void print_entry(struct tracee *t)
{
	struct call *c = &t->call;

	close_pending();
	announce_mode(t);
	c->readable = false;
	if (c->idx >= 0) {	/* can the argument struct itself be read? */
		struct kh_dec probe = { .read = read_mem, .ctx = &t->tid };
		size_t size = kh_decode_cmds[c->idx].size[c->abi];
		unsigned char *p = size ? kd_fetch(&probe, c->addr, size) : NULL;

		c->readable = !size || p;
		kd_free(p);
	}
	c->has_in = c->readable && opt.xstyle != X_RAW && (kh_decode_phases(c->idx) & KD_IN);
	prefix(t->tid);
	fprintf(opt.out, "ioctl(%d, ", c->fd);
	print_cmd(c);
	fputs(", ", opt.out);
	if (opt.xstyle != X_ABBREV || !c->readable)
		print_addr(c->addr);
	if (c->has_in)
		fprintf(opt.out, "%s%s", opt.xstyle == X_VERBOSE ? " /* " : "",
			decode(t, KD_IN, 0));
	pending = t->tid;	/* not t: the tracee table moves as it grows */
}

/* = 0, = -1 EFAULT (Bad address), = ? ERESTARTSYS (...) */
static void print_result(__s64 rval)
{
	static const char *const restart[][2] = {
		{ "ERESTARTSYS", "To be restarted if SA_RESTART is set" },
		{ "ERESTARTNOINTR", "To be restarted" },
		{ "ERESTARTNOHAND", "To be restarted if no handler" },
		{ "ENOIOCTLCMD", "Inappropriate ioctl for device" },
		{ "ERESTART_RESTARTBLOCK", "Interrupted by signal" },
	};
	int err = rval < 0 && rval >= -4095 ? (int)-rval : 0;
	const char *name = err ? strerrorname_np(err) : NULL;

	if (err >= 512 && err <= 516)
		fprintf(opt.out, " = ? %s (%s)\n", restart[err - 512][0], restart[err - 512][1]);
	else if (err)
		fprintf(opt.out, " = -1 %s (%s)\n", name ? name : "E???", strerror(err));
	else
		fprintf(opt.out, " = %lld\n", (long long)rval);
}

void print_exit(struct tracee *t, __s64 rval)
{
	struct call *c = &t->call;
	int err = rval < 0 && rval >= -4095 ? (int)-rval : 0;
	const char *out = NULL;

	if (pending != t->tid) {
		close_pending();
		prefix(t->tid);
		fputs("<... ioctl resumed>", opt.out);
	}
	pending = 0;
	if (c->idx >= 0 && c->readable && opt.xstyle != X_RAW &&
	    (kh_decode_phases(c->idx) & KD_OUT) && kh_decode_copies_back(c->idx, err))
		out = decode(t, KD_OUT, err);
	if (c->has_in) {
		if (out)
			fprintf(opt.out, " => %s", out);
		if (opt.xstyle == X_VERBOSE)
			fputs(" */", opt.out);
	} else if (out) {
		fprintf(opt.out, "%s%s%s", opt.xstyle == X_VERBOSE ? " /* " : "", out,
			opt.xstyle == X_VERBOSE ? " */" : "");
	} else if (opt.xstyle == X_ABBREV && c->readable && c->idx >= 0) {
		print_addr(c->addr);	/* nothing went in and nothing came back */
	}
	fputc(')', opt.out);
	print_result(rval);
	fflush(opt.out);
}

void print_exited(pid_t tid, int status)
{
	close_pending();
	prefix(tid);
	if (WIFEXITED(status)) {
		fprintf(opt.out, "+++ exited with %d +++\n", WEXITSTATUS(status));
	} else {
		const char *s = sigabbrev_np(WTERMSIG(status));

		fprintf(opt.out, "+++ killed by SIG%s%s +++\n", s ? s : "?",
			WCOREDUMP(status) ? " (core dumped)" : "");
	}
	fflush(opt.out);
}
