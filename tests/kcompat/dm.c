// SPDX-License-Identifier: GPL-2.0 OR MIT
/* dm-mod (/dev/mapper/control): cases for check-kcompat (kc.h) */
#include <fcntl.h>
#include <sys/ioctl.h>
#include <linux/dm-ioctl.h>

#include "common.h"

static int control(void)
{
	return kc_open("/dev/mapper/control", O_RDWR);
}

/* the struct alone: data_size at most sizeof(struct dm_ioctl) (docs/kcompat.md) */
static void dm(struct kc_call *k, unsigned long cmd, __u32 major, __u32 minor, __u32 size,
	       __u32 flags)
{
	struct dm_ioctl *d = A(struct dm_ioctl);

	memset(d, 0, sizeof(*d));
	d->version[0] = major;
	d->version[1] = minor;
	d->version[2] = 0;
	d->data_size = size;
	d->data_start = sizeof(*d);
	d->flags = flags;
	k->cmd = cmd;
}
#define S sizeof(struct dm_ioctl)
static void ver_ok(struct kc_call *k) { dm(k, DM_VERSION, 4, 0, S, 0); }
static void ver_major3(struct kc_call *k) { dm(k, DM_VERSION, 3, 0, S, 0); }
static void ver_major5(struct kc_call *k) { dm(k, DM_VERSION, 5, 0, S, 0); }
static void ver_minor99(struct kc_call *k) { dm(k, DM_VERSION, 4, 99, S, 0); }
static void ver_size0(struct kc_call *k) { dm(k, DM_VERSION, 4, 0, 0, 0); }
static void ver_size100(struct kc_call *k) { dm(k, DM_VERSION, 4, 0, 100, 0); }
static void ver_flags(struct kc_call *k) { dm(k, DM_VERSION, 4, 0, S, 0xffffffffu); }
KC_BAD_ARGS(ver, ver_ok)

static void ls_ok(struct kc_call *k) { dm(k, DM_LIST_DEVICES, 4, 0, S, 0); }
static void ls_major3(struct kc_call *k) { dm(k, DM_LIST_DEVICES, 3, 0, S, 0); }
static void ls_size0(struct kc_call *k) { dm(k, DM_LIST_DEVICES, 4, 0, 0, 0); }
static void ls_start_big(struct kc_call *k) { dm(k, DM_LIST_DEVICES, 4, 0, S, 0); A(struct dm_ioctl)->data_start = 0x100000; }
static void ls_uuid(struct kc_call *k) { dm(k, DM_LIST_DEVICES, 4, 0, S, DM_UUID_FLAG); }
static void ls_name(struct kc_call *k) { dm(k, DM_LIST_DEVICES, 4, 0, S, 0); strcpy(A(struct dm_ioctl)->name, "x"); }
KC_BAD_ARGS(ls, ls_ok)

static void lv_ok(struct kc_call *k) { dm(k, DM_LIST_VERSIONS, 4, 0, S, 0); }
static void lv_minor(struct kc_call *k) { dm(k, DM_LIST_VERSIONS, 4, 48, S, 0); }
static void lv_major3(struct kc_call *k) { dm(k, DM_LIST_VERSIONS, 3, 0, S, 0); }
static void lv_size0(struct kc_call *k) { dm(k, DM_LIST_VERSIONS, 4, 0, 0, 0); }
static void lv_flags(struct kc_call *k) { dm(k, DM_LIST_VERSIONS, 4, 0, S, DM_READONLY_FLAG); }
KC_BAD_ARGS(lv, lv_ok)

static const struct kc_case cases[] = {
	C(DM_VERSION, ver_ok, control), C(DM_VERSION, ver_major3, control),
	C(DM_VERSION, ver_major5, control), C(DM_VERSION, ver_minor99, control),
	C(DM_VERSION, ver_size0, control), C(DM_VERSION, ver_size100, control),
	C(DM_VERSION, ver_flags, control), KC_BAD_CASES(DM_VERSION, ver, control),
	C(DM_LIST_DEVICES, ls_ok, control), C(DM_LIST_DEVICES, ls_major3, control),
	C(DM_LIST_DEVICES, ls_size0, control), C(DM_LIST_DEVICES, ls_start_big, control),
	C(DM_LIST_DEVICES, ls_uuid, control), C(DM_LIST_DEVICES, ls_name, control),
	KC_BAD_CASES(DM_LIST_DEVICES, ls, control),
	C(DM_LIST_VERSIONS, lv_ok, control), C(DM_LIST_VERSIONS, lv_minor, control),
	C(DM_LIST_VERSIONS, lv_major3, control), C(DM_LIST_VERSIONS, lv_size0, control),
	C(DM_LIST_VERSIONS, lv_flags, control), KC_BAD_CASES(DM_LIST_VERSIONS, lv, control),
};

KC_CASES(dm, cases);
