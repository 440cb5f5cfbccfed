// SPDX-License-Identifier: GPL-2.0 OR MIT
/*
 * loop (/dev/loop0 over a 64 KiB file in the initramfs): cases for
 * check-kcompat (kc.h)
 */
#include <fcntl.h>
#include <sys/ioctl.h>
#include <unistd.h>
#include <linux/loop.h>

#include "common.h"

#define BACKING "/tmp/kc-loop-backing"

/* /dev/loop0 with the backing file attached, or not */
static int loop_free(void)
{
	return kc_open("/dev/loop0", O_RDWR);
}

static int loop_bound(void)
{
	static char zero[65536];
	int f = open(BACKING, O_RDWR | O_CREAT, 0600);

	if (f < 0 || pwrite(f, zero, sizeof(zero), 0) != (ssize_t)sizeof(zero) ||
	    loop_free() < 0 || ioctl(kc_fd, LOOP_SET_FD, f))
		return -1;
	return kc_fd;
}

/* detach: each case starts from a free loop0 */
static void unbind(void)
{
	int fd = open("/dev/loop0", O_RDWR);

	ioctl(fd, LOOP_CLR_FD, 0);
	close(fd);
}

static void get(struct kc_call *k) { k->cmd = LOOP_GET_STATUS; }
static void get_odd(struct kc_call *k) { get(k); k->arg = KC_ARG + 1; }
static void get_fits(struct kc_call *k) { get(k); k->arg = KC_BUF1 - sizeof(struct loop_info); }
static void get_page(struct kc_call *k) { get(k); k->arg = KC_BUF1 - 60; }
static void get_zeroed(struct kc_call *k) { memset(KC_PTR(KC_ARG), 0, sizeof(struct loop_info)); get(k); }
KC_BAD_ARGS(get, get)

static void set(struct kc_call *k, int offset, int enc, int keysize, int flags, const char *name)
{
	struct loop_info *i = A(struct loop_info);

	memset(i, 0, sizeof(*i));
	i->lo_offset = offset;
	i->lo_encrypt_type = enc;
	i->lo_encrypt_key_size = keysize;
	i->lo_flags = flags;
	strncpy(i->lo_name, name, sizeof(i->lo_name));
	i->lo_init[0] = 0x1234;
	i->lo_device = 0x77;
	i->lo_inode = 0x88;
	k->cmd = LOOP_SET_STATUS;
}
static void set_ok(struct kc_call *k) { set(k, 0, 0, 0, 0, "kcompat"); }
static void set_offset(struct kc_call *k) { set(k, 4096, 0, 0, 0, "off"); }
static void set_negoff(struct kc_call *k) { set(k, -512, 0, 0, 0, "neg"); }
static void set_xor(struct kc_call *k) { set(k, 0, LO_CRYPT_XOR, 4, 0, "xor"); }
static void set_keybig(struct kc_call *k) { set(k, 0, 0, 33, 0, "key"); }
static void set_autoclear(struct kc_call *k) { set(k, 0, 0, 0, LO_FLAGS_AUTOCLEAR, "ac"); }
static void set_ro(struct kc_call *k) { set(k, 0, 0, 0, LO_FLAGS_READ_ONLY, "ro"); }
static void set_free(struct kc_call *k) { set_ok(k); }
static void set_name64(struct kc_call *k) { set(k, 0, 0, 0, 0, ""); memset(A(struct loop_info)->lo_name, 'n', LO_NAME_SIZE); }
KC_BAD_ARGS(set, set_ok)

#define L(io, name, setup) { #io, #name, setup, name, unbind }
#define LB(io, pfx, setup)							\
	{ #io, #pfx "_bad_arg", setup, pfx##_bad_arg, unbind },			\
	{ #io, #pfx "_null_arg", setup, pfx##_null_arg, unbind },		\
	{ #io, #pfx "_arg_edge", setup, pfx##_arg_edge, unbind },		\
	{ #io, #pfx "_arg_ro", setup, pfx##_arg_ro, unbind }

static const struct kc_case cases[] = {
	L(LOOP_GET_STATUS, get, loop_bound), L(LOOP_GET_STATUS, get_odd, loop_bound),
	L(LOOP_GET_STATUS, get_fits, loop_bound), L(LOOP_GET_STATUS, get_page, loop_bound),
	L(LOOP_GET_STATUS, get_zeroed, loop_free), LB(LOOP_GET_STATUS, get, loop_bound),
	L(LOOP_SET_STATUS, set_ok, loop_bound), L(LOOP_SET_STATUS, set_offset, loop_bound),
	L(LOOP_SET_STATUS, set_negoff, loop_bound), L(LOOP_SET_STATUS, set_xor, loop_bound),
	L(LOOP_SET_STATUS, set_keybig, loop_bound), L(LOOP_SET_STATUS, set_autoclear, loop_bound),
	L(LOOP_SET_STATUS, set_ro, loop_bound), L(LOOP_SET_STATUS, set_name64, loop_bound),
	L(LOOP_SET_STATUS, set_free, loop_free), LB(LOOP_SET_STATUS, set, loop_bound),
};

KC_CASES(loop, cases);
