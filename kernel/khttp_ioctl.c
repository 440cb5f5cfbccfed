// SPDX-License-Identifier: GPL-2.0
/*
 * khttp: ioctl entry points and dispatch.
 *
 * unlocked_ioctl serves 64-bit callers, compat_ioctl serves ia32 and x32
 * callers; both end in khttp_dispatch() with the caller's ABI. Generated
 * entry thunks (thunk/generated) are meant to replace the switch below.
 */
#include <linux/compat.h>
#include <linux/uaccess.h>
#include "khttp_internal.h"

static long khttp_ioc_version(void __user *argp, enum kh_abi abi)
{
	struct kh_version_args v = {
		.major	= KH_VERSION_MAJOR,
		.minor	= KH_VERSION_MINOR,
		.patch	= KH_VERSION_PATCH,
		.abi	= abi,
	};

	if (copy_to_user(argp, &v, sizeof(v)))
		return -EFAULT;
	return 0;
}

static long khttp_dispatch(struct file *file, unsigned int cmd,
			   void __user *argp, enum kh_abi abi)
{
	switch (cmd) {
	case KH_IOC_VERSION:
		return khttp_ioc_version(argp, abi);
	default:
		return -ENOTTY;
	}
}

long khttp_unlocked_ioctl(struct file *file, unsigned int cmd,
			  unsigned long arg)
{
	return khttp_dispatch(file, cmd, (void __user *)arg, KH_ABI_NATIVE);
}

#ifdef CONFIG_COMPAT
long khttp_compat_ioctl(struct file *file, unsigned int cmd,
			unsigned long arg)
{
	enum kh_abi abi;

	if (in_ia32_syscall())
		abi = KH_ABI_IA32;
	else if (in_x32_syscall())
		abi = KH_ABI_X32;
	else
		return -ENOTTY;

	return khttp_dispatch(file, cmd, compat_ptr(arg), abi);
}
#endif
