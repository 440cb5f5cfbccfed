// SPDX-License-Identifier: GPL-2.0
/*
 * khttp: ioctl entry points.
 *
 * unlocked_ioctl serves 64-bit callers, compat_ioctl serves ia32 and x32
 * callers. Both hand the call to the generated dispatch
 * (thunk/generated/kernel/kh_entry.c) with the caller's ABI: it captures the
 * argument graph for that ABI, calls the ABI-free core (khttp_core.c) and
 * copies the results back.
 */
#include <linux/compat.h>
#include "khttp_internal.h"
#include "kh_thunks.h"

static long khttp_call(struct file *file, unsigned int cmd, void __user *uarg,
		       int abi)
{
	/*
	 * Not zeroed on entry (CONFIG_INIT_STACK_ALL_ZERO would clear its
	 * half KiB per ioctl): kh_ctx_init() sets what is read, and the
	 * arena zeroes each piece it hands out.
	 */
	struct kh_ctx c __uninitialized;
	long ret;

	kh_ctx_init(&c, abi, file->private_data);
	ret = kh_ioctl_dispatch(&c, cmd, uarg);
	khttp_trace_call(abi, cmd, uarg, ret);
	kh_ctx_release(&c);
	khttp_count_ioctl(file->private_data, abi, ret);
	return ret;
}

/**
 * khttp_unlocked_ioctl() - a native caller's ioctl on /dev/khttp
 * @file: the open device
 * @cmd: the ioctl number
 * @arg: the caller's argument (a user address)
 *
 * Return: the ioctl's result: 0 or more, or a negative errno
 */
long khttp_unlocked_ioctl(struct file *file, unsigned int cmd,
			  unsigned long arg)
{
	return khttp_call(file, cmd, (void __user *)arg, KH_LAYOUT_X86_64);
}

#ifdef CONFIG_COMPAT
/**
 * khttp_compat_ioctl() - an ia32 or x32 caller's ioctl on /dev/khttp
 * @file: the open device
 * @cmd: the ioctl number
 * @arg: the caller's 32-bit argument (compat_ptr() makes it a user address)
 *
 * Return: the ioctl's result, or -ENOTTY from a caller of neither ABI
 */
long khttp_compat_ioctl(struct file *file, unsigned int cmd,
			unsigned long arg)
{
	void __user *uarg = compat_ptr(arg);

	if (in_ia32_syscall())
		return khttp_call(file, cmd, uarg, KH_LAYOUT_IA32);
	if (in_x32_syscall())
		return khttp_call(file, cmd, uarg, KH_LAYOUT_X32);
	return -ENOTTY;
}
#endif
