// SPDX-License-Identifier: GPL-2.0
/*
 * khttp: ioctl entry points.
 *
 * unlocked_ioctl serves 64-bit callers, compat_ioctl serves ia32 and x32
 * callers. Both hand the call to the generated dispatch
 * (thunk/generated/kh_entry.c) with the caller's ABI: it captures the
 * argument graph for that ABI, calls the ABI-free core (khttp_core.c) and
 * copies the results back.
 */
#include <linux/compat.h>
#include "khttp_internal.h"
#include "kh_thunks.h"

static long khttp_call(struct file *file, unsigned int cmd, kh_uaddr_t uarg,
		       int abi)
{
	struct kh_ctx c;
	long ret;

	kh_ctx_init(&c, abi, file->private_data);
	ret = kh_ioctl_dispatch(&c, cmd, uarg);
	khttp_trace_call(abi, cmd, uarg, ret);
	kh_ctx_release(&c);
	khttp_count_ioctl(abi, ret);
	return ret;
}

long khttp_unlocked_ioctl(struct file *file, unsigned int cmd,
			  unsigned long arg)
{
	return khttp_call(file, cmd, arg, KH_LAYOUT_X86_64);
}

#ifdef CONFIG_COMPAT
long khttp_compat_ioctl(struct file *file, unsigned int cmd,
			unsigned long arg)
{
	kh_uaddr_t uarg = (unsigned long)compat_ptr(arg);

	if (in_ia32_syscall())
		return khttp_call(file, cmd, uarg, KH_LAYOUT_IA32);
	if (in_x32_syscall())
		return khttp_call(file, cmd, uarg, KH_LAYOUT_X32);
	return -ENOTTY;
}
#endif
