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

/*
 * Most copies are small: an entry thunk's view of the caller's arguments
 * (16 bytes for KH_IOC_VERSION, a few dozen for a receive), an out value.
 * Those up to KH_BE_SMALL bytes go in one user-access window, inline, a
 * word at a time. copy_{from,to}_user() would cost three nested calls, a
 * string copy (rep movs: a loop of emulated iterations under QEMU's TCG)
 * and hardened usercopy's check of the kernel object: walking the stack
 * frames for a view, the slab for an arena chunk. These kernel objects are
 * the entry thunk's own views (sizeof the view) and arena pieces the arena
 * handed out with that size, and the copy is bounded by KH_BE_SMALL; larger
 * copies (bodies, staged graphs) keep copy_{from,to}_user() and its check.
 * A fault is -EFAULT as there: from the user, what was read so far is in
 * dst (the callers promise nothing about it); to the user, a prefix may
 * have been written, as copy_to_user() may too.
 */
#define KH_BE_SMALL 64

static int copy_small_from_user(void *dst, const void __user *src, size_t n)
{
	const char __user *s = src;
	char *d = dst;

	might_fault();
	if (!user_read_access_begin(src, n))
		return -EFAULT;
	for (; n >= 8; n -= 8, s += 8, d += 8) {
		u64 v;

		unsafe_get_user(v, (const u64 __user *)s, fault);
		memcpy(d, &v, 8);
	}
	if (n >= 4) {
		u32 v;

		unsafe_get_user(v, (const u32 __user *)s, fault);
		memcpy(d, &v, 4);
		n -= 4, s += 4, d += 4;
	}
	for (; n; n--, s++, d++)
		unsafe_get_user(*d, s, fault);
	user_read_access_end();
	return 0;
fault:
	user_read_access_end();
	return -EFAULT;
}

static int copy_small_to_user(void __user *dst, const void *src, size_t n)
{
	might_fault();
	if (!user_write_access_begin(dst, n))
		return -EFAULT;
	unsafe_copy_to_user(dst, src, n, fault);
	user_write_access_end();
	return 0;
fault:
	user_write_access_end();
	return -EFAULT;
}

int kh_be_copy_from_user(void *dst, void __user *src, size_t n)
{
	if (n <= KH_BE_SMALL)
		return copy_small_from_user(dst, src, n);
	return copy_from_user(dst, src, n) ? -EFAULT : 0;
}

int kh_be_copy_to_user(void __user *dst, const void *src, size_t n)
{
	if (n <= KH_BE_SMALL)
		return copy_small_to_user(dst, src, n);
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
		return kh_be_copy_to_user(p, same, n);
	if (!access_ok(p, n))
		return -EFAULT;
	return fault_in_safe_writeable(p, n) ? -EFAULT : 0;
}

long kh_be_strncpy_from_user(char *dst, void __user *src, long count)
{
	return strncpy_from_user(dst, src, count);
}
