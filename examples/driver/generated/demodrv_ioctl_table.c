// SPDX-License-Identifier: GPL-2.0 OR MIT
/*
 * Generated from examples/driver/demodrv.h by thunkgen; do not edit, run `make gen`.
 * What: ioctl table.
 */
#include "demodrv_ioctl_cmds.h"

const struct demodrv_ioctl_desc demodrv_ioctl_table[DEMODRV_IOCTL_COUNT] = {
	{
		.name = "DEMODRV_IOC_BATCH",
		.arg_type = "demodrv_batch",
		.cmd = { 0xc028d701U, 0xc018d701U, 0xc020d701U },
		.arg_size = { 40, 24, 32 },
		.copyback = DEMODRV_COPYBACK_POLICY_SUCCESS,
	},
	{
		.name = "DEMODRV_IOC_XFER",
		.arg_type = "demodrv_xfer",
		.cmd = { 0xc020d702U, 0xc018d702U, 0xc018d702U },
		.arg_size = { 32, 24, 24 },
		.copyback = DEMODRV_COPYBACK_POLICY_SUCCESS,
	},
	{
		.name = "DEMODRV_IOC_INFO",
		.arg_type = "demodrv_info",
		.cmd = { 0x8028d703U, 0x8020d703U, 0x8020d703U },
		.arg_size = { 40, 32, 32 },
		.copyback = DEMODRV_COPYBACK_POLICY_SUCCESS,
	},
	{
		.name = "DEMODRV_IOC_RESET",
		.arg_type = "",
		.cmd = { 0x0000d704U, 0x0000d704U, 0x0000d704U },
		.copyback = DEMODRV_COPYBACK_POLICY_SUCCESS,
	},
	{
		.name = "DEMODRV_IOC_LEVEL",
		.arg_type = "__u32",
		.cmd = { 0x4004d705U, 0x4004d705U, 0x4004d705U },
		.arg_size = { 4, 4, 4 },
		.copyback = DEMODRV_COPYBACK_POLICY_SUCCESS,
	},
};
