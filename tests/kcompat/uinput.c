// SPDX-License-Identifier: GPL-2.0 OR MIT
/* uinput (/dev/uinput): cases for check-kcompat (kc.h) */
#include <fcntl.h>
#include <sys/ioctl.h>
#include <linux/uinput.h>

#include "common.h"

static int uinput(void)
{
	return kc_open("/dev/uinput", O_RDWR);
}

/* with EV_ABS and ABS_X, ABS_Y set: UI_ABS_SETUP accepts those */
static int uinput_abs(void)
{
	if (uinput() < 0 || ioctl(kc_fd, UI_SET_EVBIT, EV_ABS) ||
	    ioctl(kc_fd, UI_SET_ABSBIT, ABS_X) || ioctl(kc_fd, UI_SET_ABSBIT, ABS_Y))
		return -1;
	return kc_fd;
}

static void setup(struct kc_call *k, const char *name, __u32 ffmax)
{
	struct uinput_setup *s = A(struct uinput_setup);

	memset(s, 0, sizeof(*s));
	s->id.bustype = BUS_VIRTUAL;
	s->id.vendor = 0x1234;
	s->id.product = 0x5678;
	s->id.version = 3;
	if (name)
		strncpy(s->name, name, sizeof(s->name));
	s->ff_effects_max = ffmax;
	k->cmd = UI_DEV_SETUP;
}
static void setup_ok(struct kc_call *k) { setup(k, "kcompat", 0); }
static void setup_ff(struct kc_call *k) { setup(k, "kcompat", 16); }
static void setup_empty(struct kc_call *k) { setup(k, "", 0); }
static void setup_full(struct kc_call *k) { setup(k, NULL, 0); memset(A(struct uinput_setup)->name, 'x', UINPUT_MAX_NAME_SIZE); }
static void setup_ffbig(struct kc_call *k) { setup(k, "kcompat", 0xffffffffu); }
static void setup_f(struct kc_call *k) { setup(k, "kcompat", 0); }
KC_BAD_ARGS(setup, setup_f)

static void abs_(struct kc_call *k, __u16 code, __s32 min, __s32 max)
{
	struct uinput_abs_setup *a = A(struct uinput_abs_setup);

	memset(a, 0, sizeof(*a));
	a->code = code;
	a->absinfo.minimum = min;
	a->absinfo.maximum = max;
	a->absinfo.resolution = 7;
	k->cmd = UI_ABS_SETUP;
}
static void abs_x(struct kc_call *k) { abs_(k, ABS_X, 0, 1023); }
static void abs_y(struct kc_call *k) { abs_(k, ABS_Y, -5, 5); }
static void abs_inverted(struct kc_call *k) { abs_(k, ABS_X, 10, -10); }
static void abs_unset(struct kc_call *k) { abs_(k, ABS_Z, 0, 1); }
static void abs_cnt(struct kc_call *k) { abs_(k, ABS_CNT, 0, 1); }
static void abs_mt(struct kc_call *k) { abs_(k, ABS_MT_SLOT, 0, 1); }
static void abs_f(struct kc_call *k) { abs_(k, ABS_X, 0, 1023); }
KC_BAD_ARGS(abs, abs_f)

static void ver(struct kc_call *k) { k->cmd = UI_GET_VERSION; }
static void ver_odd(struct kc_call *k) { ver(k); k->arg = KC_ARG + 3; }
static void ver_fits(struct kc_call *k) { ver(k); k->arg = KC_BUF1 - 4; }
static void ver_page(struct kc_call *k) { ver(k); k->arg = KC_BUF3 - 2; }
static void ver_zeroed(struct kc_call *k) { *(unsigned int *)KC_PTR(KC_ARG) = 0; ver(k); }
KC_BAD_ARGS(ver, ver)

static const struct kc_case cases[] = {
	C(UI_DEV_SETUP, setup_ok, uinput), C(UI_DEV_SETUP, setup_ff, uinput),
	C(UI_DEV_SETUP, setup_empty, uinput), C(UI_DEV_SETUP, setup_full, uinput),
	C(UI_DEV_SETUP, setup_ffbig, uinput), KC_BAD_CASES(UI_DEV_SETUP, setup, uinput),
	C(UI_ABS_SETUP, abs_x, uinput_abs), C(UI_ABS_SETUP, abs_y, uinput_abs),
	C(UI_ABS_SETUP, abs_inverted, uinput_abs), C(UI_ABS_SETUP, abs_unset, uinput_abs),
	C(UI_ABS_SETUP, abs_cnt, uinput_abs), C(UI_ABS_SETUP, abs_mt, uinput_abs),
	KC_BAD_CASES(UI_ABS_SETUP, abs, uinput_abs),
	C(UI_GET_VERSION, ver, uinput), C(UI_GET_VERSION, ver_odd, uinput),
	C(UI_GET_VERSION, ver_fits, uinput), C(UI_GET_VERSION, ver_page, uinput),
	C(UI_GET_VERSION, ver_zeroed, uinput), KC_BAD_CASES(UI_GET_VERSION, ver, uinput),
};

KC_CASES(uinput, cases);
