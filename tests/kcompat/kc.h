/* SPDX-License-Identifier: GPL-2.0 OR MIT */
/*
 * check-kcompat: the kernel's own compat code as the oracle of thunkgen's
 * generated compat thunks (docs/kcompat.md).
 *
 * One argument image (the argument struct, its arrays and buffers, laid out
 * for i386 or x32) lives at the same fixed address KC_BASE in two processes:
 * a -m32/-mx32 program ("kernel side") hands it to the real kernel, whose
 * compat code converts it; a -m64 program ("thunk side") runs the generated
 * compat thunk on it (capture from the image, the native ioctl on the
 * captured graph, copy back into the image). Both record the return value,
 * errno and the whole image after the call; the thunk side compares.
 */
#ifndef KC_H
#define KC_H

#include <errno.h>
#include <stdint.h>
#include <string.h>

#define KC_BASE 0x20000000UL	/* the image, mapped at the same place in both */
#define KC_SIZE 0x8000UL
#define KC_BAD 0x30000000UL	/* never mapped: a bad pointer at any depth */
#define KC_END (KC_BASE + KC_SIZE)	/* just past the image: unmapped too */

/* where a builder puts things: the struct first, buffers on later pages */
#define KC_ARG (KC_BASE + 0x100)
#define KC_BUF1 (KC_BASE + 0x1000)
#define KC_BUF2 (KC_BASE + 0x2000)
#define KC_BUF3 (KC_BASE + 0x3000)
#define KC_RO (KC_BASE + 0x7000)	/* read-only during the call, in both processes */
#define KC_PTR(a) ((void *)(uintptr_t)(a))

struct kc_call {
	unsigned long cmd;	/* the caller's own command number */
	unsigned long arg;	/* usually KC_ARG */
};

struct kc_case {
	const char *ioctl;
	const char *name;
	/* the device or file the call goes to, set up the same way in both processes */
	int (*setup)(void);
	/* kernel side only: fill the image (pre-filled with a pattern) */
	void (*build)(struct kc_call *k);
	/* undo what setup did that outlives the process's fds (may be NULL) */
	void (*teardown)(void);
};

struct kc_driver {
	const char *name;
	const struct kc_case *cases;
	int ncases;
};

/* the drivers' case tables (tests/kcompat/<driver>.c) */
extern const struct kc_driver kc_drm, kc_v4l2, kc_uinput, kc_input, kc_dm, kc_loop;

/* the fd setup opened: the thunk side's native call goes there too */
extern int kc_fd;
int kc_open(const char *path, int flags);

#define KC_CASES(drv, arr) \
	const struct kc_driver kc_##drv = { #drv, arr, sizeof(arr) / sizeof(arr[0]) }

#endif
