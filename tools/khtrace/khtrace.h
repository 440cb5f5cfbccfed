/* SPDX-License-Identifier: GPL-2.0 OR MIT */
/* khtrace: strace for khttp's ioctls. Shared by its files. */
#ifndef KHTRACE_H
#define KHTRACE_H

#include <stdbool.h>
#include <stdio.h>
#include <sys/types.h>
#include <linux/types.h>

enum xstyle { X_ABBREV, X_RAW, X_VERBOSE };

struct opts {
	bool follow;		/* -f */
	FILE *out;		/* -o, else stderr */
	unsigned int strsize;	/* -s */
	enum xstyle xstyle;	/* -X */
	bool select[64];	/* -e: commands by index into kh_decode_cmds */
	bool selected;		/* -e given */
};

extern struct opts opt;

/* one ioctl on /dev/khttp between its entry and its exit */
struct call {
	int abi;		/* enum kh_layout_abi */
	int fd;
	__u32 cmd;
	__u64 addr;
	int idx;		/* in kh_decode_cmds, -1 for a number we do not know */
	bool readable;		/* the argument struct could be read at entry */
	bool has_in;		/* the entry printed members of the argument */
};

struct tracee {
	pid_t tid;
	bool in_syscall;	/* between a syscall-enter and its syscall-exit stop */
	bool tracked;		/* that syscall is an ioctl we print */
	bool seen_stop;		/* its first stop after attaching was consumed */
	int shown_abi;		/* the mode last announced, -1 none yet */
	__u64 nr;		/* syscall at entry, for the register fallback */
	struct call call;
};

/* syscall.c: what the tracee is doing at a syscall stop */
struct sc_stop {
	bool entry;
	bool is_ioctl;
	int abi;
	__u64 args[3];
	__s64 rval;		/* at exit */
};
int sc_read(struct tracee *t, struct sc_stop *s);

/* fd.c */
bool fd_is_khttp(pid_t tid, int fd);

/* print.c: strace's line format */
void print_entry(struct tracee *t);
void print_exit(struct tracee *t, __s64 rval);
void print_exited(pid_t tid, int status);
void print_set_multi(bool multi);

#endif /* KHTRACE_H */
