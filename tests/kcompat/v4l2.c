// SPDX-License-Identifier: GPL-2.0 OR MIT
/* vivid (V4L2, /dev/video0): cases for check-kcompat (kc.h) */
#include <fcntl.h>
#include <sys/ioctl.h>
#include <unistd.h>
#include <linux/videodev2.h>

#include "common.h"

static int video(void)
{
	return kc_open("/dev/video0", O_RDWR);
}

static void qcap(struct kc_call *k)
{
	k->cmd = VIDIOC_QUERYCAP;
}
static void qcap_zero(struct kc_call *k) { memset(A(struct v4l2_capability), 0, sizeof(struct v4l2_capability)); qcap(k); }
static void qcap_edge(struct kc_call *k) { qcap(k); k->arg = KC_END - sizeof(struct v4l2_capability); }
static void qcap_odd(struct kc_call *k) { qcap(k); k->arg = KC_ARG + 1; }
static void qcap_page(struct kc_call *k) { qcap(k); k->arg = KC_BUF1 - 40; }
KC_BAD_ARGS(qcap, qcap)

static void efmt(struct kc_call *k, __u32 index, __u32 type)
{
	struct v4l2_fmtdesc *f = A(struct v4l2_fmtdesc);

	f->index = index;
	f->type = type;
	f->mbus_code = 0;
	k->cmd = VIDIOC_ENUM_FMT;
}
static void efmt_0(struct kc_call *k) { efmt(k, 0, V4L2_BUF_TYPE_VIDEO_CAPTURE); }
static void efmt_3(struct kc_call *k) { efmt(k, 3, V4L2_BUF_TYPE_VIDEO_CAPTURE); }
static void efmt_end(struct kc_call *k) { efmt(k, 1000, V4L2_BUF_TYPE_VIDEO_CAPTURE); }
static void efmt_out(struct kc_call *k) { efmt(k, 0, V4L2_BUF_TYPE_VIDEO_OUTPUT); }
static void efmt_badtype(struct kc_call *k) { efmt(k, 0, 77); }
static void efmt_mplane(struct kc_call *k) { efmt(k, 0, V4L2_BUF_TYPE_VIDEO_CAPTURE_MPLANE); }
static void efmt_f(struct kc_call *k) { efmt(k, 0, V4L2_BUF_TYPE_VIDEO_CAPTURE); }
KC_BAD_ARGS(efmt, efmt_f)

static void einp(struct kc_call *k, __u32 index)
{
	A(struct v4l2_input)->index = index;
	k->cmd = VIDIOC_ENUMINPUT;
}
static void einp_0(struct kc_call *k) { einp(k, 0); }
static void einp_1(struct kc_call *k) { einp(k, 1); }
static void einp_2(struct kc_call *k) { einp(k, 2); }
static void einp_3(struct kc_call *k) { einp(k, 3); }
static void einp_end(struct kc_call *k) { einp(k, 4); }
static void einp_huge(struct kc_call *k) { einp(k, 0x80000000u); }
KC_BAD_ARGS(einp, einp_0)

static void ginp(struct kc_call *k) { k->cmd = VIDIOC_G_INPUT; }
static void ginp_edge(struct kc_call *k) { ginp(k); k->arg = KC_END - 2; }
static void ginp_odd(struct kc_call *k) { ginp(k); k->arg = KC_ARG + 1; }
static void ginp_fits(struct kc_call *k) { ginp(k); k->arg = KC_BUF1 - 4; }
static void ginp_page(struct kc_call *k) { ginp(k); k->arg = KC_BUF1 - 2; }
KC_BAD_ARGS(ginp, ginp)

static void sinp(struct kc_call *k, int v) { *(int *)KC_PTR(KC_ARG) = v; k->cmd = VIDIOC_S_INPUT; }
static void sinp_0(struct kc_call *k) { sinp(k, 0); }
static void sinp_1(struct kc_call *k) { sinp(k, 1); }
static void sinp_3(struct kc_call *k) { sinp(k, 3); }
static void sinp_4(struct kc_call *k) { sinp(k, 4); }
static void sinp_neg(struct kc_call *k) { sinp(k, -1); }
KC_BAD_ARGS(sinp, sinp_1)

/* S_INPUT outlives the fd: each case starts from input 0 */
static void input0(void)
{
	int fd = open("/dev/video0", O_RDWR), i = 0;

	ioctl(fd, VIDIOC_S_INPUT, &i);
	close(fd);
}
#define CS(io, name) { #io, #name, video, name, input0 }

static const struct kc_case cases[] = {
	C(QUERYCAP, qcap, video), C(QUERYCAP, qcap_zero, video), C(QUERYCAP, qcap_edge, video),
	C(QUERYCAP, qcap_odd, video), C(QUERYCAP, qcap_page, video),
	KC_BAD_CASES(QUERYCAP, qcap, video),
	C(ENUM_FMT, efmt_0, video), C(ENUM_FMT, efmt_3, video), C(ENUM_FMT, efmt_end, video),
	C(ENUM_FMT, efmt_out, video), C(ENUM_FMT, efmt_badtype, video),
	C(ENUM_FMT, efmt_mplane, video), KC_BAD_CASES(ENUM_FMT, efmt, video),
	C(ENUMINPUT, einp_0, video), C(ENUMINPUT, einp_1, video), C(ENUMINPUT, einp_2, video),
	C(ENUMINPUT, einp_3, video), C(ENUMINPUT, einp_end, video), C(ENUMINPUT, einp_huge, video),
	KC_BAD_CASES(ENUMINPUT, einp, video),
	C(G_INPUT, ginp, video), C(G_INPUT, ginp_edge, video), C(G_INPUT, ginp_odd, video),
	C(G_INPUT, ginp_fits, video), C(G_INPUT, ginp_page, video),
	KC_BAD_CASES(G_INPUT, ginp, video),
	CS(S_INPUT, sinp_0), CS(S_INPUT, sinp_1), CS(S_INPUT, sinp_3), CS(S_INPUT, sinp_4),
	CS(S_INPUT, sinp_neg), CS(S_INPUT, sinp_bad_arg), CS(S_INPUT, sinp_null_arg),
	CS(S_INPUT, sinp_arg_edge), CS(S_INPUT, sinp_arg_ro),
};

KC_CASES(v4l2, cases);
