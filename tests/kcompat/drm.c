// SPDX-License-Identifier: GPL-2.0 OR MIT
/*
 * vgem (DRM, /dev/dri/card0): cases for check-kcompat (kc.h). With
 * the thunk side it is linked with thunkgen --driver's output, whose core of
 * each ioctl is the native call: no hand-written glue.
 */
#include <fcntl.h>
#include <sys/ioctl.h>
#include <drm/drm.h>
#include <drm/drm_mode.h>

#include "common.h"

static int card(void)
{
	return kc_open("/dev/dri/card0", O_RDWR);
}

/* a card with one dumb buffer: handle 1 in both processes */
static int card_bo(void)
{
	struct drm_mode_create_dumb d = { .width = 64, .height = 64, .bpp = 32 };

	if (card() < 0)
		return -1;
	return ioctl(kc_fd, DRM_IOCTL_MODE_CREATE_DUMB, &d) ? -1 : kc_fd;
}


/* ---- DRM_IOCTL_VERSION: three out buffers, each with its length ---- */
static void ver(struct kc_call *k, __u32 nl, unsigned long n, __u32 dl, unsigned long d,
		__u32 sl, unsigned long s)
{
	struct drm_version *v = A(struct drm_version);

	memset(v, 0, sizeof(*v));
	v->version_major = -1;
	v->name_len = nl;
	v->name = KC_PTR(n);
	v->date_len = dl;
	v->date = KC_PTR(d);
	v->desc_len = sl;
	v->desc = KC_PTR(s);
	k->cmd = DRM_IOCTL_VERSION;
}

static void ver_full(struct kc_call *k) { ver(k, 64, KC_BUF1, 64, KC_BUF2, 64, KC_BUF3); }
static void ver_short(struct kc_call *k) { ver(k, 2, KC_BUF1, 3, KC_BUF2, 1, KC_BUF3); }
static void ver_zero(struct kc_call *k) { ver(k, 0, 0, 0, 0, 0, 0); }
static void ver_bad_len0(struct kc_call *k) { ver(k, 0, KC_BAD, 0, KC_BAD, 0, KC_BAD); }
static void ver_null_name(struct kc_call *k) { ver(k, 16, 0, 16, KC_BUF2, 16, KC_BUF3); }
static void ver_bad_date(struct kc_call *k) { ver(k, 16, KC_BUF1, 16, KC_BAD, 16, KC_BUF3); }
static void ver_bad_desc(struct kc_call *k) { ver(k, 16, KC_BUF1, 16, KC_BUF2, 16, KC_BAD); }
static void ver_desc_edge(struct kc_call *k) { ver(k, 64, KC_BUF1, 64, KC_BUF2, 64, KC_END - 4); }
static void ver_bad_arg(struct kc_call *k) { ver(k, 0, 0, 0, 0, 0, 0); k->arg = KC_BAD; }
static void ver_null_arg(struct kc_call *k) { ver(k, 0, 0, 0, 0, 0, 0); k->arg = 0; }
static void ver_arg_edge(struct kc_call *k)
{
	ver(k, 0, 0, 0, 0, 0, 0);
	k->arg = KC_END - 8;
}

/* ---- DRM_IOCTL_GET_UNIQUE: one out buffer, all or nothing ---- */
static void uniq(struct kc_call *k, __u32 len, unsigned long p)
{
	struct drm_unique *u = A(struct drm_unique);

	memset(u, 0, sizeof(*u));
	u->unique_len = len;
	u->unique = KC_PTR(p);
	k->cmd = DRM_IOCTL_GET_UNIQUE;
}

static void uniq_big(struct kc_call *k) { uniq(k, 64, KC_BUF1); }
static void uniq_short(struct kc_call *k) { uniq(k, 2, KC_BUF1); }
static void uniq_zero(struct kc_call *k) { uniq(k, 0, 0); }
static void uniq_null(struct kc_call *k) { uniq(k, 64, 0); }
static void uniq_bad(struct kc_call *k) { uniq(k, 64, KC_BAD); }
static void uniq_bad_short(struct kc_call *k) { uniq(k, 1, KC_BAD); }
static void uniq_edge(struct kc_call *k) { uniq(k, 64, KC_END - 2); }
static void uniq_bad_arg(struct kc_call *k) { uniq(k, 0, 0); k->arg = KC_BAD; }
static void uniq_null_arg(struct kc_call *k) { uniq(k, 0, 0); k->arg = 0; }

/* ---- DRM_IOCTL_GET_CAP ---- */
static void cap(struct kc_call *k, __u64 c)
{
	struct drm_get_cap *g = A(struct drm_get_cap);

	g->capability = c;
	g->value = 0x1122334455667788ULL;
	k->cmd = DRM_IOCTL_GET_CAP;
}

static void cap_dumb(struct kc_call *k) { cap(k, DRM_CAP_DUMB_BUFFER); }
static void cap_prime(struct kc_call *k) { cap(k, DRM_CAP_PRIME); }
static void cap_mono(struct kc_call *k) { cap(k, DRM_CAP_TIMESTAMP_MONOTONIC); }
static void cap_syncobj(struct kc_call *k) { cap(k, DRM_CAP_SYNCOBJ); }
static void cap_zero(struct kc_call *k) { cap(k, 0); }
static void cap_unknown(struct kc_call *k) { cap(k, 0x99); }
static void cap_high(struct kc_call *k) { cap(k, 0x100000001ULL); }
static void cap_bad_arg(struct kc_call *k) { cap(k, 1); k->arg = KC_BAD; }
static void cap_null_arg(struct kc_call *k) { cap(k, 1); k->arg = 0; }
static void cap_arg_edge(struct kc_call *k) { cap(k, 1); k->arg = KC_END - 8; }

/* ---- DRM_IOCTL_SET_CLIENT_CAP ---- */
static void ccap(struct kc_call *k, __u64 c, __u64 v)
{
	struct drm_set_client_cap *s = A(struct drm_set_client_cap);

	s->capability = c;
	s->value = v;
	k->cmd = DRM_IOCTL_SET_CLIENT_CAP;
}

static void ccap_stereo(struct kc_call *k) { ccap(k, DRM_CLIENT_CAP_STEREO_3D, 1); }
static void ccap_stereo2(struct kc_call *k) { ccap(k, DRM_CLIENT_CAP_STEREO_3D, 2); }
static void ccap_planes(struct kc_call *k) { ccap(k, DRM_CLIENT_CAP_UNIVERSAL_PLANES, 1); }
static void ccap_atomic(struct kc_call *k) { ccap(k, DRM_CLIENT_CAP_ATOMIC, 1); }
static void ccap_unknown(struct kc_call *k) { ccap(k, 0x99, 1); }
static void ccap_zero(struct kc_call *k) { ccap(k, 0, 0); }
static void ccap_bad_arg(struct kc_call *k) { ccap(k, 1, 1); k->arg = KC_BAD; }
static void ccap_null_arg(struct kc_call *k) { ccap(k, 1, 1); k->arg = 0; }

/* ---- DRM_IOCTL_GEM_CLOSE ---- */
static void gclose(struct kc_call *k, __u32 h, __u32 pad)
{
	struct drm_gem_close *g = A(struct drm_gem_close);

	g->handle = h;
	g->pad = pad;
	k->cmd = DRM_IOCTL_GEM_CLOSE;
}

static void gclose_ok(struct kc_call *k) { gclose(k, 1, 0); }
static void gclose_pad(struct kc_call *k) { gclose(k, 1, 7); }
static void gclose_zero(struct kc_call *k) { gclose(k, 0, 0); }
static void gclose_unknown(struct kc_call *k) { gclose(k, 99, 0); }
static void gclose_high(struct kc_call *k) { gclose(k, 0x80000001u, 0); }
static void gclose_bad_arg(struct kc_call *k) { gclose(k, 1, 0); k->arg = KC_BAD; }
static void gclose_null_arg(struct kc_call *k) { gclose(k, 1, 0); k->arg = 0; }
static void gclose_arg_edge(struct kc_call *k) { gclose(k, 1, 0); k->arg = KC_END - 4; }

/* ---- DRM_IOCTL_PRIME_HANDLE_TO_FD ---- */
static void prime(struct kc_call *k, __u32 h, __u32 flags)
{
	struct drm_prime_handle *p = A(struct drm_prime_handle);

	p->handle = h;
	p->flags = flags;
	p->fd = -7;
	k->cmd = DRM_IOCTL_PRIME_HANDLE_TO_FD;
}

static void prime_ok(struct kc_call *k) { prime(k, 1, DRM_CLOEXEC); }
static void prime_rdwr(struct kc_call *k) { prime(k, 1, DRM_CLOEXEC | DRM_RDWR); }
static void prime_noflags(struct kc_call *k) { prime(k, 1, 0); }
static void prime_badflags(struct kc_call *k) { prime(k, 1, 0x4); }
static void prime_zero(struct kc_call *k) { prime(k, 0, DRM_CLOEXEC); }
static void prime_unknown(struct kc_call *k) { prime(k, 42, DRM_CLOEXEC); }
static void prime_bad_arg(struct kc_call *k) { prime(k, 1, 0); k->arg = KC_BAD; }
static void prime_null_arg(struct kc_call *k) { prime(k, 1, 0); k->arg = 0; }

/* ---- DRM_IOCTL_MODE_CREATE_DUMB ---- */
static void dumb(struct kc_call *k, __u32 w, __u32 h, __u32 bpp, __u32 flags)
{
	struct drm_mode_create_dumb *d = A(struct drm_mode_create_dumb);

	d->width = w;
	d->height = h;
	d->bpp = bpp;
	d->flags = flags;
	d->handle = 0x55;
	d->pitch = 0x66;
	d->size = 0x7777;
	k->cmd = DRM_IOCTL_MODE_CREATE_DUMB;
}

static void dumb_ok(struct kc_call *k) { dumb(k, 64, 64, 32, 0); }
static void dumb_odd(struct kc_call *k) { dumb(k, 3, 5, 12, 0); }
static void dumb_bpp0(struct kc_call *k) { dumb(k, 64, 64, 0, 0); }
static void dumb_w0(struct kc_call *k) { dumb(k, 0, 64, 32, 0); }
static void dumb_flags(struct kc_call *k) { dumb(k, 64, 64, 32, 1); }
static void dumb_huge(struct kc_call *k) { dumb(k, 0xffffffffu, 0xffffffffu, 32, 0); }
static void dumb_bad_arg(struct kc_call *k) { dumb(k, 64, 64, 32, 0); k->arg = KC_BAD; }
static void dumb_null_arg(struct kc_call *k) { dumb(k, 64, 64, 32, 0); k->arg = 0; }


static const struct kc_case cases[] = {
	C(VERSION, ver_full, card), C(VERSION, ver_short, card), C(VERSION, ver_zero, card),
	C(VERSION, ver_bad_len0, card), C(VERSION, ver_null_name, card),
	C(VERSION, ver_bad_date, card), C(VERSION, ver_bad_desc, card),
	C(VERSION, ver_desc_edge, card), C(VERSION, ver_bad_arg, card),
	C(VERSION, ver_null_arg, card), C(VERSION, ver_arg_edge, card),
	C(GET_UNIQUE, uniq_big, card), C(GET_UNIQUE, uniq_short, card),
	C(GET_UNIQUE, uniq_zero, card), C(GET_UNIQUE, uniq_null, card),
	C(GET_UNIQUE, uniq_bad, card), C(GET_UNIQUE, uniq_bad_short, card),
	C(GET_UNIQUE, uniq_edge, card), C(GET_UNIQUE, uniq_bad_arg, card),
	C(GET_UNIQUE, uniq_null_arg, card),
	C(GET_CAP, cap_dumb, card), C(GET_CAP, cap_prime, card), C(GET_CAP, cap_mono, card),
	C(GET_CAP, cap_syncobj, card), C(GET_CAP, cap_zero, card),
	C(GET_CAP, cap_unknown, card), C(GET_CAP, cap_high, card),
	C(GET_CAP, cap_bad_arg, card), C(GET_CAP, cap_null_arg, card),
	C(GET_CAP, cap_arg_edge, card),
	C(SET_CLIENT_CAP, ccap_stereo, card), C(SET_CLIENT_CAP, ccap_stereo2, card),
	C(SET_CLIENT_CAP, ccap_planes, card), C(SET_CLIENT_CAP, ccap_atomic, card),
	C(SET_CLIENT_CAP, ccap_unknown, card), C(SET_CLIENT_CAP, ccap_zero, card),
	C(SET_CLIENT_CAP, ccap_bad_arg, card), C(SET_CLIENT_CAP, ccap_null_arg, card),
	C(GEM_CLOSE, gclose_ok, card_bo), C(GEM_CLOSE, gclose_pad, card_bo),
	C(GEM_CLOSE, gclose_zero, card_bo), C(GEM_CLOSE, gclose_unknown, card_bo),
	C(GEM_CLOSE, gclose_high, card_bo), C(GEM_CLOSE, gclose_bad_arg, card_bo),
	C(GEM_CLOSE, gclose_null_arg, card_bo), C(GEM_CLOSE, gclose_arg_edge, card_bo),
	C(PRIME_HANDLE_TO_FD, prime_ok, card_bo), C(PRIME_HANDLE_TO_FD, prime_rdwr, card_bo),
	C(PRIME_HANDLE_TO_FD, prime_noflags, card_bo),
	C(PRIME_HANDLE_TO_FD, prime_badflags, card_bo),
	C(PRIME_HANDLE_TO_FD, prime_zero, card_bo),
	C(PRIME_HANDLE_TO_FD, prime_unknown, card_bo),
	C(PRIME_HANDLE_TO_FD, prime_bad_arg, card_bo),
	C(PRIME_HANDLE_TO_FD, prime_null_arg, card_bo),
	C(MODE_CREATE_DUMB, dumb_ok, card), C(MODE_CREATE_DUMB, dumb_odd, card),
	C(MODE_CREATE_DUMB, dumb_bpp0, card), C(MODE_CREATE_DUMB, dumb_w0, card),
	C(MODE_CREATE_DUMB, dumb_flags, card), C(MODE_CREATE_DUMB, dumb_huge, card),
	C(MODE_CREATE_DUMB, dumb_bad_arg, card), C(MODE_CREATE_DUMB, dumb_null_arg, card),
};

KC_CASES(drm, cases);
