// SPDX-License-Identifier: GPL-2.0
/*
 * khttp: the kernel backend of the thunk runtime (thunk/runtime/kh_rt.c):
 * memory and the user boundary, for the generated capture and emit code.
 */
#include <linux/kernel.h>
#include <linux/mm.h>
#include <linux/pagemap.h>
#include <linux/slab.h>
#include <linux/uaccess.h>
#include "kh_rt_backend.h"
#include "khttp_internal.h"

/*
 * Sized to fit (a large buffer is not rounded up to a power of two of
 * pages) and charged to the memory cgroup of whoever made the kernel
 * hold it: the worker in an ioctl, the port's owner in connection work.
 */
void *kh_be_zalloc(size_t size)
{
	return khttp_alloc_fit(size, GFP_KERNEL_ACCOUNT | __GFP_ZERO);
}

void *kh_be_alloc(size_t size)
{
	return khttp_alloc_fit(size, GFP_KERNEL_ACCOUNT);
}

void kh_be_free(void *p)
{
	kvfree(p);
}

int kh_be_copy_from_user(void *dst, void __user *src, size_t n)
{
	return copy_from_user(dst, src, n) ? -EFAULT : 0;
}

int kh_be_copy_to_user(void __user *dst, const void *src, size_t n)
{
	return copy_to_user(dst, src, n) ? -EFAULT : 0;
}

/*
 * The bytes read come back (same): a read-only page fails before any work
 * is done. A buffer is faulted in writable, without a store.
 */
int kh_be_probe_write(void __user *dst, const void *same, size_t n)
{
	void __user *p = dst;

	if (!n)
		return 0;
	if (same)
		return copy_to_user(p, same, n) ? -EFAULT : 0;
	if (!access_ok(p, n))
		return -EFAULT;
	return fault_in_safe_writeable(p, n) ? -EFAULT : 0;
}

long kh_be_strncpy_from_user(char *dst, void __user *src, long count)
{
	return strncpy_from_user(dst, src, count);
}
