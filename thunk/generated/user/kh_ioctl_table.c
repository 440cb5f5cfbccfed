// SPDX-License-Identifier: GPL-2.0 OR MIT
/*
 * Generated from structs/khttp.h by thunkgen; do not edit, run `make gen`.
 * What: ioctl table.
 */
#include "kh_ioctl_cmds.h"

const struct kh_ioctl_desc kh_ioctl_table[KH_IOCTL_COUNT] = {
	{
		.name = "KH_IOC_VERSION",
		.arg_type = "kh_version_args",
		.cmd = { 0x8010bd01U, 0x8010bd01U, 0x8010bd01U },
		.arg_size = { 16, 16, 16 },
		.copyback = KH_COPYBACK_POLICY_SUCCESS,
	},
	{
		.name = "KH_IOC_QUEUE",
		.arg_type = "kh_queue_args",
		.cmd = { 0xc018bd02U, 0xc014bd02U, 0xc018bd02U },
		.arg_size = { 24, 20, 24 },
		.copyback = KH_COPYBACK_POLICY_SUCCESS,
	},
	{
		.name = "KH_IOC_ADD_URL",
		.arg_type = "kh_url_args",
		.cmd = { 0x4020bd03U, 0x4014bd03U, 0x4018bd03U },
		.arg_size = { 32, 20, 24 },
		.copyback = KH_COPYBACK_POLICY_SUCCESS,
	},
	{
		.name = "KH_IOC_REMOVE_URL",
		.arg_type = "kh_url_args",
		.cmd = { 0x4020bd04U, 0x4014bd04U, 0x4018bd04U },
		.arg_size = { 32, 20, 24 },
		.copyback = KH_COPYBACK_POLICY_SUCCESS,
	},
	{
		.name = "KH_IOC_RECEIVE_REQUEST",
		.arg_type = "kh_receive_request_args",
		.cmd = { 0xc028bd05U, 0xc01cbd05U, 0xc020bd05U },
		.arg_size = { 40, 28, 32 },
		.copyback = KH_COPYBACK_POLICY_SUCCESS,
		.copyback_errs = { ENOSPC, ENOBUFS, },
	},
	{
		.name = "KH_IOC_RECEIVE_BODY",
		.arg_type = "kh_receive_body_args",
		.cmd = { 0xc028bd06U, 0xc018bd06U, 0xc020bd06U },
		.arg_size = { 40, 24, 32 },
		.copyback = KH_COPYBACK_POLICY_SUCCESS,
		.copyback_errs = { ENOSPC, },
	},
	{
		.name = "KH_IOC_SEND_RESPONSE",
		.arg_type = "kh_send_response_args",
		.cmd = { 0xc030bd07U, 0xc01cbd07U, 0xc020bd07U },
		.arg_size = { 48, 28, 32 },
		.copyback = KH_COPYBACK_POLICY_SUCCESS,
	},
	{
		.name = "KH_IOC_SEND_BODY",
		.arg_type = "kh_send_body_args",
		.cmd = { 0xc030bd08U, 0xc01cbd08U, 0xc020bd08U },
		.arg_size = { 48, 28, 32 },
		.copyback = KH_COPYBACK_POLICY_SUCCESS,
	},
	{
		.name = "KH_IOC_CANCEL",
		.arg_type = "kh_cancel_args",
		.cmd = { 0x4010bd09U, 0x400cbd09U, 0x4010bd09U },
		.arg_size = { 16, 12, 16 },
		.copyback = KH_COPYBACK_POLICY_SUCCESS,
	},
	{
		.name = "KH_IOC_WAIT_DISCONNECT",
		.arg_type = "kh_wait_disconnect_args",
		.cmd = { 0x4010bd0aU, 0x400cbd0aU, 0x4010bd0aU },
		.arg_size = { 16, 12, 16 },
		.copyback = KH_COPYBACK_POLICY_SUCCESS,
	},
	{
		.name = "KH_IOC_FLUSH_CACHE",
		.arg_type = "kh_flush_cache_args",
		.cmd = { 0x4010bd0bU, 0x400cbd0bU, 0x400cbd0bU },
		.arg_size = { 16, 12, 12 },
		.copyback = KH_COPYBACK_POLICY_SUCCESS,
	},
	{
		.name = "KH_IOC_STATS",
		.arg_type = "kh_stats_args",
		.cmd = { 0xc018bd0cU, 0xc010bd0cU, 0xc010bd0cU },
		.arg_size = { 24, 16, 16 },
		.copyback = KH_COPYBACK_POLICY_SUCCESS,
		.copyback_errs = { ENOSPC, },
	},
	{
		.name = "KH_IOC_LIMITS",
		.arg_type = "kh_limits_args",
		.cmd = { 0xc020bd0dU, 0xc020bd0dU, 0xc020bd0dU },
		.arg_size = { 32, 32, 32 },
		.copyback = KH_COPYBACK_POLICY_SUCCESS,
	},
	{
		.name = "KH_IOC_ADD_RESERVATION",
		.arg_type = "kh_reservation_args",
		.cmd = { 0x4018bd10U, 0x4014bd10U, 0x4014bd10U },
		.arg_size = { 24, 20, 20 },
		.copyback = KH_COPYBACK_POLICY_SUCCESS,
	},
	{
		.name = "KH_IOC_REMOVE_RESERVATION",
		.arg_type = "kh_reservation_args",
		.cmd = { 0x4018bd11U, 0x4014bd11U, 0x4014bd11U },
		.arg_size = { 24, 20, 20 },
		.copyback = KH_COPYBACK_POLICY_SUCCESS,
	},
	{
		.name = "KH_IOC_QUEUE_ACCESS",
		.arg_type = "kh_queue_access_args",
		.cmd = { 0x4018bd12U, 0x4010bd12U, 0x4010bd12U },
		.arg_size = { 24, 16, 16 },
		.copyback = KH_COPYBACK_POLICY_SUCCESS,
	},
	{
		.name = "KH_IOC_ADMIN_LIST",
		.arg_type = "kh_admin_list_args",
		.cmd = { 0xc020bd20U, 0xc01cbd20U, 0xc01cbd20U },
		.arg_size = { 32, 28, 28 },
		.copyback = KH_COPYBACK_POLICY_SUCCESS,
	},
};
