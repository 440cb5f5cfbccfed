// SPDX-License-Identifier: GPL-2.0 OR MIT
/*
 * Generated from examples/driver/demodrv.h by thunkgen; do not edit, run `make gen`.
 * What: the compat ioctl handler: capture, the driver's handler, copy back.
 */
/*
 * A driver adds demodrv_compat.o to its Kbuild (the .c files below are
 * included here, so that is the only object) and points
 * file_operations.compat_ioctl at demodrv_compat_ioctl (and, to run 64-bit
 * callers through the same capture, unlocked_ioctl at
 * demodrv_unlocked_ioctl). It writes demodrv_ioctl_kernel() (demodrv_compat.h).
 */
#ifndef __KERNEL__
#ifndef _GNU_SOURCE
#define _GNU_SOURCE	/* process_vm_readv */
#endif
#endif
#ifdef __KERNEL__
#include <linux/compat.h>
#include <linux/fs.h>
#include <linux/mm.h>
#include <linux/pagemap.h>
#include <linux/slab.h>
#include <linux/uaccess.h>
#else
#include <stdint.h>
#include <stdlib.h>
#include <sys/ioctl.h>
#include <sys/uio.h>
#include <unistd.h>
#endif
#include "demodrv_compat.h"
#include "demodrv_rt_backend.h"
#include "demodrv_layout_asserts.h"
#include "demodrv_thunks.h"

#ifdef __KERNEL__
/* ---- the runtime's backend in the kernel ---- */

void *demodrv_be_zalloc(size_t size)
{
	return kvzalloc(size, GFP_KERNEL_ACCOUNT);
}

void *demodrv_be_alloc(size_t size)
{
	return kvmalloc(size, GFP_KERNEL_ACCOUNT);
}

void demodrv_be_free(void *p)
{
	kvfree(p);
}

int demodrv_be_copy_from_user(void *dst, void __user *src, size_t n)
{
	return copy_from_user(dst, src, n) ? -EFAULT : 0;
}

int demodrv_be_copy_to_user(void __user *dst, const void *src, size_t n)
{
	return copy_to_user(dst, src, n) ? -EFAULT : 0;
}

/* the bytes read go back (same), or the buffer is faulted in writable without a store */
int demodrv_be_probe_write(void __user *dst, const void *same, size_t n)
{
	if (!n)
		return 0;
	if (same)
		return copy_to_user(dst, same, n) ? -EFAULT : 0;
	if (!access_ok(dst, n))
		return -EFAULT;
	return fault_in_safe_writeable(dst, n) ? -EFAULT : 0;
}

long demodrv_be_strncpy_from_user(char *dst, void __user *src, long count)
{
	return strncpy_from_user(dst, src, count);
}

typedef struct file *demodrv_file_t;
#define DEMODRV_FILE(c) ((struct file *)(c)->priv)
#define DEMODRV_PRIV(f) ((void *)(f))

#else
/*
 * ---- In user space: the shim ----
 *
 * Built without __KERNEL__ (any 64-bit program: cc -I DIR DIR/demodrv_compat.c),
 * this file runs the same capture and copy-back in a process: a "user"
 * address is an address of this process, copy_from_user/copy_to_user are
 * memcpys checked by process_vm_readv/writev on the process itself (a bad
 * address is -EFAULT, never a crash), compat_ptr is (void *)(uintptr_t),
 * and the driver's handler is a real ioctl() on the fd with the native
 * command and the captured native argument (demodrv_ioctl_kernel below; define
 * DEMODRV_SHIM_OWN_HANDLER to write your own). So a 64-bit process can put a
 * 32-bit caller's argument through the generated code and compare with
 * what the kernel's own compat path makes of it.
 */

static int demodrv_shim_rw(void *local, void __user *remote, size_t n, bool write)
{
	struct iovec l = { local, n }, r = { remote, n };
	ssize_t got;

	if (!n)
		return 0;
	got = write ? process_vm_writev(getpid(), &l, 1, &r, 1, 0) :
		      process_vm_readv(getpid(), &l, 1, &r, 1, 0);
	return got == (ssize_t)n ? 0 : -EFAULT;
}

void *demodrv_be_zalloc(size_t size)
{
	return calloc(1, size);
}

void *demodrv_be_alloc(size_t size)
{
	return malloc(size);
}

void demodrv_be_free(void *p)
{
	free(p);
}

int demodrv_be_copy_from_user(void *dst, void __user *src, size_t n)
{
	return demodrv_shim_rw(dst, src, n, false);
}

int demodrv_be_copy_to_user(void __user *dst, const void *src, size_t n)
{
	return demodrv_shim_rw((void *)src, dst, n, true);
}

/* a buffer is read and written back as it was (the kernel faults it in) */
int demodrv_be_probe_write(void __user *dst, const void *same, size_t n)
{
	void *tmp;
	int err;

	if (!n)
		return 0;
	if (same)
		return demodrv_shim_rw((void *)same, dst, n, true);
	tmp = malloc(n);
	if (!tmp)
		return -ENOMEM;
	err = demodrv_shim_rw(tmp, dst, n, false);
	if (!err)
		err = demodrv_shim_rw(tmp, dst, n, true);
	free(tmp);
	return err;
}

/* strncpy_from_user(): the length without the NUL, count if none, or -EFAULT */
long demodrv_be_strncpy_from_user(char *dst, void __user *src, long count)
{
	for (long i = 0; i < count; i++) {
		if (demodrv_shim_rw(dst + i, src + i, 1, false))
			return -EFAULT;
		if (!dst[i])
			return i;
	}
	return count;
}

typedef int demodrv_file_t;
#define DEMODRV_FILE(c) ((int)(intptr_t)(c)->priv)
#define DEMODRV_PRIV(f) ((void *)(intptr_t)(f))

#ifndef DEMODRV_SHIM_OWN_HANDLER
long demodrv_ioctl_kernel(int fd, unsigned int cmd, void *kdata)
{
	int r = ioctl(fd, cmd, kdata);

	return r < 0 ? -errno : r;
}
#endif
#endif /* __KERNEL__ */

#include "demodrv_rt.c"
#include "demodrv_capture.c"
#include "demodrv_entry.c"
#include "demodrv_ioctl_table.c"

/* the core of each ioctl: the driver's handler, with the 64-bit number */
long demodrv_ioc_batch_core(struct demodrv_ctx *c, struct demodrv_batch *args)
{
	return demodrv_ioctl_kernel(DEMODRV_FILE(c), DEMODRV_IOC_BATCH_X86_64, args);
}

long demodrv_ioc_xfer_core(struct demodrv_ctx *c, struct demodrv_xfer *args)
{
	return demodrv_ioctl_kernel(DEMODRV_FILE(c), DEMODRV_IOC_XFER_X86_64, args);
}

long demodrv_ioc_info_core(struct demodrv_ctx *c, struct demodrv_info *args)
{
	return demodrv_ioctl_kernel(DEMODRV_FILE(c), DEMODRV_IOC_INFO_X86_64, args);
}

long demodrv_ioc_reset_core(struct demodrv_ctx *c)
{
	return demodrv_ioctl_kernel(DEMODRV_FILE(c), DEMODRV_IOC_RESET_X86_64, NULL);
}

long demodrv_ioc_level_core(struct demodrv_ctx *c, __u32 *args)
{
	return demodrv_ioctl_kernel(DEMODRV_FILE(c), DEMODRV_IOC_LEVEL_X86_64, args);
}

static long demodrv_call(demodrv_file_t file, int abi, unsigned int cmd, void __user *uarg)
{
	struct demodrv_ctx c;
	long ret;

	demodrv_ctx_init(&c, abi, DEMODRV_PRIV(file));
	ret = demodrv_ioctl_dispatch(&c, cmd, uarg);
	demodrv_ctx_release(&c);
	return ret;
}

#ifdef __KERNEL__
long demodrv_unlocked_ioctl(struct file *file, unsigned int cmd, unsigned long arg)
{
	return demodrv_call(file, DEMODRV_LAYOUT_X86_64, cmd, (void __user *)arg);
}

#ifdef CONFIG_COMPAT
/* i386 or x32 by the syscall that got here; their command numbers differ where sizes do */
long demodrv_compat_ioctl(struct file *file, unsigned int cmd, unsigned long arg)
{
	void __user *uarg = compat_ptr(arg);

	if (in_ia32_syscall())
		return demodrv_call(file, DEMODRV_LAYOUT_IA32, cmd, uarg);
	if (in_x32_syscall())
		return demodrv_call(file, DEMODRV_LAYOUT_X32, cmd, uarg);
	return -ENOTTY;
}
#endif
#else
long demodrv_compat_ioctl_user(int fd, int abi, unsigned int cmd, void *arg)
{
	if (abi != DEMODRV_LAYOUT_X86_64 && abi != DEMODRV_LAYOUT_IA32 && abi != DEMODRV_LAYOUT_X32)
		return -EINVAL;
	return demodrv_call(fd, abi, cmd, demodrv_native_uaddr(arg));
}
#endif
