/* SPDX-License-Identifier: GPL-2.0 OR MIT */
/*
 * Generated from examples/driver/demodrv.h by thunkgen; do not edit, run `make gen`.
 * What: the compat ioctl handler's interface to the driver.
 */
#ifndef DEMODRV_COMPAT_H
#define DEMODRV_COMPAT_H

#ifdef __KERNEL__
#include <linux/types.h>

struct file;

/*
 * Written by the driver: the ioctl with the number a 64-bit caller uses
 * (DEMODRV_IOC_BATCH_X86_64, ...) and kdata, its argument captured into kernel memory
 * as the native struct: every pointer in it, to any depth, is a kernel
 * pointer to what the caller's pointer held (NULL for a zero count or an
 * optional pointer left NULL), out buffers are zeroed kernel buffers.
 * kdata is NULL for an _IO command. Do not free or keep them: they live
 * until the call returns. The return value is the ioctl's; on 0 (and on
 * the errors the policy names) the out members and out buffers are
 * copied back to the caller in its own layout.
 */
long demodrv_ioctl_kernel(struct file *file, unsigned int cmd, void *kdata);

/* for file_operations.unlocked_ioctl: 64-bit callers, the same capture */
long demodrv_unlocked_ioctl(struct file *file, unsigned int cmd, unsigned long arg);
#ifdef CONFIG_COMPAT
/* for file_operations.compat_ioctl: i386 and x32 callers */
long demodrv_compat_ioctl(struct file *file, unsigned int cmd, unsigned long arg);
#else
#define demodrv_compat_ioctl NULL
#endif

#else /* user space: the shim (demodrv_compat.c, "In user space") */

/* by default a real ioctl(fd, cmd, kdata): -errno or its result */
long demodrv_ioctl_kernel(int fd, unsigned int cmd, void *kdata);
/*
 * arg: the argument as a caller of abi (DEMODRV_LAYOUT_I386, DEMODRV_LAYOUT_X32,
 * DEMODRV_LAYOUT_X86_64) lays it out, in this process's memory; cmd: that
 * ABI's command number. Returns what the kernel's handler would.
 */
long demodrv_compat_ioctl_user(int fd, int abi, unsigned int cmd, void *arg);

#endif /* __KERNEL__ */

#endif /* DEMODRV_COMPAT_H */
