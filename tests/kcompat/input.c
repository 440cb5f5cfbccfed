// SPDX-License-Identifier: GPL-2.0 OR MIT
/*
 * evdev (/dev/input/eventN of a uinput device each process makes): cases for
 * check-kcompat (kc.h)
 */
#include <dirent.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>
#include <sys/ioctl.h>
#include <unistd.h>
#include <linux/input.h>
#include <linux/uinput.h>

#include "common.h"

static int evdev(void)
{
	struct uinput_setup s = { .id = { BUS_VIRTUAL, 0x1234, 0x5678, 3 }, .name = "kcompat" };
	char sys[64], path[128];
	struct dirent *d;
	DIR *dir;
	int u = open("/dev/uinput", O_RDWR), ev = -1;

	if (u < 0 || ioctl(u, UI_SET_EVBIT, EV_KEY) || ioctl(u, UI_SET_KEYBIT, KEY_A) ||
	    ioctl(u, UI_DEV_SETUP, &s) || ioctl(u, UI_DEV_CREATE) ||
	    ioctl(u, UI_GET_SYSNAME(sizeof(sys)), sys) < 0)
		return -1;
	snprintf(path, sizeof(path), "/sys/devices/virtual/input/%s", sys);
	dir = opendir(path);
	while (dir && (d = readdir(dir)))
		if (!strncmp(d->d_name, "event", 5))
			ev = atoi(d->d_name + 5);
	if (dir)
		closedir(dir);
	if (ev < 0)
		return -1;
	snprintf(path, sizeof(path), "/dev/input/event%d", ev);
	return kc_open(path, O_RDWR);
}

static void gver(struct kc_call *k) { k->cmd = EVIOCGVERSION; }
static void gver_odd(struct kc_call *k) { gver(k); k->arg = KC_ARG + 1; }
static void gver_fits(struct kc_call *k) { gver(k); k->arg = KC_BUF1 - 4; }
static void gver_page(struct kc_call *k) { gver(k); k->arg = KC_BUF3 - 2; }
static void gver_zeroed(struct kc_call *k) { *(int *)KC_PTR(KC_ARG) = 0; gver(k); }
KC_BAD_ARGS(gver, gver)

static void gid(struct kc_call *k) { k->cmd = EVIOCGID; }
static void gid_odd(struct kc_call *k) { gid(k); k->arg = KC_ARG + 1; }
static void gid_fits(struct kc_call *k) { gid(k); k->arg = KC_BUF1 - 8; }
static void gid_page(struct kc_call *k) { gid(k); k->arg = KC_BUF3 - 4; }
static void gid_zeroed(struct kc_call *k) { memset(KC_PTR(KC_ARG), 0, 8); gid(k); }
KC_BAD_ARGS(gid, gid)

static void clk(struct kc_call *k, int id) { *(int *)KC_PTR(KC_ARG) = id; k->cmd = EVIOCSCLOCKID; }
static void clk_mono(struct kc_call *k) { clk(k, CLOCK_MONOTONIC); }
static void clk_real(struct kc_call *k) { clk(k, CLOCK_REALTIME); }
static void clk_boot(struct kc_call *k) { clk(k, CLOCK_BOOTTIME); }
static void clk_tai(struct kc_call *k) { clk(k, 11); }
static void clk_neg(struct kc_call *k) { clk(k, -1); }
KC_BAD_ARGS(clk, clk_mono)

static void kc2(struct kc_call *k, __u8 flags, __u8 len, __u16 index, __u32 sc)
{
	struct input_keymap_entry *e = A(struct input_keymap_entry);

	memset(e, 0, sizeof(*e));
	e->flags = flags;
	e->len = len;
	e->index = index;
	e->keycode = 0x4444;
	memcpy(e->scancode, &sc, sizeof(sc));
	k->cmd = EVIOCGKEYCODE_V2;
}
static void kc2_index(struct kc_call *k) { kc2(k, INPUT_KEYMAP_BY_INDEX, 0, 0, 0); }
static void kc2_scan(struct kc_call *k) { kc2(k, 0, 4, 0, 30); }
static void kc2_len0(struct kc_call *k) { kc2(k, 0, 0, 0, 30); }
static void kc2_len33(struct kc_call *k) { kc2(k, 0, 33, 0, 30); }
static void kc2_idx_hi(struct kc_call *k) { kc2(k, INPUT_KEYMAP_BY_INDEX, 0, 9999, 0); }
static void kc2_f(struct kc_call *k) { kc2(k, 0, 4, 0, 30); }
KC_BAD_ARGS(kc2, kc2_f)

static const struct kc_case cases[] = {
	C(EVIOCGVERSION, gver, evdev), C(EVIOCGVERSION, gver_odd, evdev),
	C(EVIOCGVERSION, gver_fits, evdev), C(EVIOCGVERSION, gver_page, evdev),
	C(EVIOCGVERSION, gver_zeroed, evdev), KC_BAD_CASES(EVIOCGVERSION, gver, evdev),
	C(EVIOCGID, gid, evdev), C(EVIOCGID, gid_odd, evdev), C(EVIOCGID, gid_fits, evdev),
	C(EVIOCGID, gid_page, evdev), C(EVIOCGID, gid_zeroed, evdev),
	KC_BAD_CASES(EVIOCGID, gid, evdev),
	C(EVIOCSCLOCKID, clk_mono, evdev), C(EVIOCSCLOCKID, clk_real, evdev),
	C(EVIOCSCLOCKID, clk_boot, evdev), C(EVIOCSCLOCKID, clk_tai, evdev),
	C(EVIOCSCLOCKID, clk_neg, evdev), KC_BAD_CASES(EVIOCSCLOCKID, clk, evdev),
	C(EVIOCGKEYCODE_V2, kc2_index, evdev), C(EVIOCGKEYCODE_V2, kc2_scan, evdev),
	C(EVIOCGKEYCODE_V2, kc2_len0, evdev), C(EVIOCGKEYCODE_V2, kc2_len33, evdev),
	C(EVIOCGKEYCODE_V2, kc2_idx_hi, evdev), KC_BAD_CASES(EVIOCGKEYCODE_V2, kc2, evdev),
};

KC_CASES(input, cases);
