/* SPDX-License-Identifier: GPL-2.0 OR MIT */
/*
 * Generated from examples/driver/demodrv.h by thunkgen; do not edit, run `make gen`.
 * What: ioctl command numbers per ABI.
 */
#ifndef DEMODRV_IOCTL_CMDS_H
#define DEMODRV_IOCTL_CMDS_H

#include "demodrv_ioctl_desc.h"

/* _IOC size differs between ABIs: the number a caller of each ABI passes */
#define DEMODRV_IOC_BATCH_X86_64	0xc028d701U	/* size 40 */
#define DEMODRV_IOC_BATCH_IA32	0xc018d701U	/* size 24 */
#define DEMODRV_IOC_BATCH_X32	0xc020d701U	/* size 32 */
#define DEMODRV_IOC_XFER_X86_64	0xc020d702U	/* size 32 */
#define DEMODRV_IOC_XFER_IA32	0xc018d702U	/* size 24 */
#define DEMODRV_IOC_XFER_X32	0xc018d702U	/* size 24 */
#define DEMODRV_IOC_INFO_X86_64	0x8028d703U	/* size 40 */
#define DEMODRV_IOC_INFO_IA32	0x8020d703U	/* size 32 */
#define DEMODRV_IOC_INFO_X32	0x8020d703U	/* size 32 */
#define DEMODRV_IOC_RESET_X86_64	0x0000d704U	/* size 0 */
#define DEMODRV_IOC_RESET_IA32	0x0000d704U	/* size 0 */
#define DEMODRV_IOC_RESET_X32	0x0000d704U	/* size 0 */
#define DEMODRV_IOC_LEVEL_X86_64	0x4004d705U	/* size 4 */
#define DEMODRV_IOC_LEVEL_IA32	0x4004d705U	/* size 4 */
#define DEMODRV_IOC_LEVEL_X32	0x4004d705U	/* size 4 */

#define DEMODRV_IOCTL_COUNT 5
extern const struct demodrv_ioctl_desc demodrv_ioctl_table[DEMODRV_IOCTL_COUNT];

#endif /* DEMODRV_IOCTL_CMDS_H */
