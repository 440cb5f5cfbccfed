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

static const struct kh_decode_cmd kh_decode_cmds[KH_DECODE_NCMDS] = {
	{
		.name = "KH_IOC_VERSION",
		.cmd = { 0x8010bd01U, 0x8010bd01U, 0x8010bd01U },
		.size = { 16, 16, 16 },
		.request_id_off = { -1, -1, -1 },
	},
	{
		.name = "KH_IOC_QUEUE",
		.cmd = { 0xc018bd02U, 0xc014bd02U, 0xc018bd02U },
		.size = { 24, 20, 24 },
		.request_id_off = { -1, -1, -1 },
	},
	{
		.name = "KH_IOC_ADD_URL",
		.cmd = { 0x4020bd03U, 0x4014bd03U, 0x4018bd03U },
		.size = { 32, 20, 24 },
		.request_id_off = { -1, -1, -1 },
	},
	{
		.name = "KH_IOC_REMOVE_URL",
		.cmd = { 0x4020bd04U, 0x4014bd04U, 0x4018bd04U },
		.size = { 32, 20, 24 },
		.request_id_off = { -1, -1, -1 },
	},
	{
		.name = "KH_IOC_RECEIVE_REQUEST",
		.cmd = { 0xc028bd05U, 0xc01cbd05U, 0xc020bd05U },
		.size = { 40, 28, 32 },
		.request_id_off = { 8, 4, 8 },
	},
	{
		.name = "KH_IOC_RECEIVE_BODY",
		.cmd = { 0xc028bd06U, 0xc018bd06U, 0xc020bd06U },
		.size = { 40, 24, 32 },
		.request_id_off = { 8, 4, 8 },
	},
	{
		.name = "KH_IOC_SEND_RESPONSE",
		.cmd = { 0xc030bd07U, 0xc01cbd07U, 0xc020bd07U },
		.size = { 48, 28, 32 },
		.request_id_off = { 8, 4, 8 },
	},
	{
		.name = "KH_IOC_SEND_BODY",
		.cmd = { 0xc030bd08U, 0xc01cbd08U, 0xc020bd08U },
		.size = { 48, 28, 32 },
		.request_id_off = { 8, 4, 8 },
	},
	{
		.name = "KH_IOC_CANCEL",
		.cmd = { 0x4010bd09U, 0x400cbd09U, 0x4010bd09U },
		.size = { 16, 12, 16 },
		.request_id_off = { 8, 4, 8 },
	},
	{
		.name = "KH_IOC_WAIT_DISCONNECT",
		.cmd = { 0x4010bd0aU, 0x400cbd0aU, 0x4010bd0aU },
		.size = { 16, 12, 16 },
		.request_id_off = { -1, -1, -1 },
	},
	{
		.name = "KH_IOC_FLUSH_CACHE",
		.cmd = { 0x4010bd0bU, 0x400cbd0bU, 0x400cbd0bU },
		.size = { 16, 12, 12 },
		.request_id_off = { -1, -1, -1 },
	},
	{
		.name = "KH_IOC_STATS",
		.cmd = { 0xc018bd0cU, 0xc010bd0cU, 0xc010bd0cU },
		.size = { 24, 16, 16 },
		.request_id_off = { -1, -1, -1 },
	},
	{
		.name = "KH_IOC_LIMITS",
		.cmd = { 0xc020bd0dU, 0xc020bd0dU, 0xc020bd0dU },
		.size = { 32, 32, 32 },
		.request_id_off = { -1, -1, -1 },
	},
	{
		.name = "KH_IOC_ADD_RESERVATION",
		.cmd = { 0x4018bd10U, 0x4014bd10U, 0x4014bd10U },
		.size = { 24, 20, 20 },
		.request_id_off = { -1, -1, -1 },
	},
	{
		.name = "KH_IOC_REMOVE_RESERVATION",
		.cmd = { 0x4018bd11U, 0x4014bd11U, 0x4014bd11U },
		.size = { 24, 20, 20 },
		.request_id_off = { -1, -1, -1 },
	},
	{
		.name = "KH_IOC_QUEUE_ACCESS",
		.cmd = { 0x4018bd12U, 0x4010bd12U, 0x4010bd12U },
		.size = { 24, 16, 16 },
		.request_id_off = { -1, -1, -1 },
	},
	{
		.name = "KH_IOC_ADMIN_LIST",
		.cmd = { 0xc020bd20U, 0xc01cbd20U, 0xc01cbd20U },
		.size = { 32, 28, 28 },
		.request_id_off = { -1, -1, -1 },
	},
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
