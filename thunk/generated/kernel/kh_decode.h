/* SPDX-License-Identifier: GPL-2.0 OR MIT */
/*
 * Generated from structs/khttp.h by thunkgen; do not edit, run `make gen`.
 * What: decoders of the ioctl arguments for tracers.
 */
#ifndef KH_DECODE_H
#define KH_DECODE_H

#ifdef __KERNEL__
#include <linux/types.h>
#else
#include <stdbool.h>
#include <stddef.h>
#include <linux/types.h>
#endif

#define KH_DECODE_NCMDS 17

/* a command as each ABI's caller passes it (index: enum kh_layout_abi) */
struct kh_decode_cmd {
	const char *name;
	__u32 cmd[3];
	__u16 size[3];
	__s16 request_id_off[3];	/* -1: no __u64 request_id member */
};

static const struct kh_decode_cmd kh_decode_cmds[KH_DECODE_NCMDS] __attribute__((unused)) = {
	{ "KH_IOC_VERSION", { 0x8010bd01U, 0x8010bd01U, 0x8010bd01U }, { 16, 16, 16 }, { -1, -1, -1 } },
	{ "KH_IOC_QUEUE", { 0xc018bd02U, 0xc014bd02U, 0xc018bd02U }, { 24, 20, 24 }, { -1, -1, -1 } },
	{ "KH_IOC_ADD_URL", { 0x4020bd03U, 0x4014bd03U, 0x4018bd03U }, { 32, 20, 24 }, { -1, -1, -1 } },
	{ "KH_IOC_REMOVE_URL", { 0x4020bd04U, 0x4014bd04U, 0x4018bd04U }, { 32, 20, 24 }, { -1, -1, -1 } },
	{ "KH_IOC_RECEIVE_REQUEST", { 0xc028bd05U, 0xc01cbd05U, 0xc020bd05U }, { 40, 28, 32 }, { 8, 4, 8 } },
	{ "KH_IOC_RECEIVE_BODY", { 0xc028bd06U, 0xc018bd06U, 0xc020bd06U }, { 40, 24, 32 }, { 8, 4, 8 } },
	{ "KH_IOC_SEND_RESPONSE", { 0xc030bd07U, 0xc01cbd07U, 0xc020bd07U }, { 48, 28, 32 }, { 8, 4, 8 } },
	{ "KH_IOC_SEND_BODY", { 0xc030bd08U, 0xc01cbd08U, 0xc020bd08U }, { 48, 28, 32 }, { 8, 4, 8 } },
	{ "KH_IOC_CANCEL", { 0x4010bd09U, 0x400cbd09U, 0x4010bd09U }, { 16, 12, 16 }, { 8, 4, 8 } },
	{ "KH_IOC_WAIT_DISCONNECT", { 0x4010bd0aU, 0x400cbd0aU, 0x4010bd0aU }, { 16, 12, 16 }, { -1, -1, -1 } },
	{ "KH_IOC_FLUSH_CACHE", { 0x4010bd0bU, 0x400cbd0bU, 0x400cbd0bU }, { 16, 12, 12 }, { -1, -1, -1 } },
	{ "KH_IOC_STATS", { 0xc018bd0cU, 0xc010bd0cU, 0xc010bd0cU }, { 24, 16, 16 }, { -1, -1, -1 } },
	{ "KH_IOC_LIMITS", { 0xc020bd0dU, 0xc020bd0dU, 0xc020bd0dU }, { 32, 32, 32 }, { -1, -1, -1 } },
	{ "KH_IOC_ADD_RESERVATION", { 0x4018bd10U, 0x4014bd10U, 0x4014bd10U }, { 24, 20, 20 }, { -1, -1, -1 } },
	{ "KH_IOC_REMOVE_RESERVATION", { 0x4018bd11U, 0x4014bd11U, 0x4014bd11U }, { 24, 20, 20 }, { -1, -1, -1 } },
	{ "KH_IOC_QUEUE_ACCESS", { 0x4018bd12U, 0x4010bd12U, 0x4010bd12U }, { 24, 16, 16 }, { -1, -1, -1 } },
	{ "KH_IOC_ADMIN_LIST", { 0xc020bd20U, 0xc01cbd20U, 0xc01cbd20U }, { 32, 28, 28 }, { -1, -1, -1 } },
};

/* the index of a command in kh_decode_cmds for a caller of ABI abi, or -1 */
static inline int kh_decode_find(__u32 cmd, int abi)
{
	for (int i = 0; i < KH_DECODE_NCMDS; i++)
		if (abi >= 0 && abi < 3 && kh_decode_cmds[i].cmd[abi] == cmd)
			return i;
	return -1;
}

#ifndef __KERNEL__
struct kh_dec;

/*
 * Print the argument of command idx at the caller's address addr into d:
 * ph KD_IN on entry (the members going in), KD_OUT on exit (those coming
 * back; set d->err to the call's errno first). An unreadable argument
 * prints as its address.
 */
void kh_decode_arg(struct kh_dec *d, int idx, __u64 addr, unsigned int ph);
/* the phases (KD_IN, KD_OUT) in which command idx has anything to print */
unsigned int kh_decode_phases(int idx);
/* does the kernel copy results back for this errno (0: success)? */
bool kh_decode_copies_back(int idx, int err);
#endif

#endif /* KH_DECODE_H */
