// SPDX-License-Identifier: GPL-2.0 OR MIT
/*
 * The runtime's user boundary (kh_rt_backend.h) for a 64-bit process that
 * runs generated compat thunks on its own memory (check-kcompat): a "user"
 * address is an address of this process, read and written with
 * process_vm_readv/writev so that a bad pointer is -EFAULT, as
 * copy_from_user would say, instead of a crash.
 */
#define _GNU_SOURCE
#include <stdlib.h>
#include <sys/uio.h>
#include <unistd.h>

#include "kh_rt_backend.h"

void *kh_be_zalloc(size_t size)
{
	return calloc(1, size);
}

void *kh_be_alloc(size_t size)
{
	return malloc(size);
}

void kh_be_free(void *p)
{
	free(p);
}

static int xfer(void *k, kh_uaddr_t u, size_t n, int write)
{
	struct iovec local = { k, n }, remote = { (void *)(uintptr_t)u, n };
	ssize_t r;

	if (!n)
		return 0;
	r = write ? process_vm_writev(getpid(), &local, 1, &remote, 1, 0)
		  : process_vm_readv(getpid(), &local, 1, &remote, 1, 0);
	return r == (ssize_t)n ? 0 : -EFAULT;
}

int kh_be_copy_from_user(void *dst, kh_uaddr_t src, size_t n)
{
	return xfer(dst, src, n, 0);
}

int kh_be_copy_to_user(kh_uaddr_t dst, const void *src, size_t n)
{
	return xfer((void *)src, dst, n, 1);
}

int kh_be_probe_write(kh_uaddr_t dst, const void *same, size_t n)
{
	void *tmp;
	int err;

	if (same)
		return xfer((void *)same, dst, n, 1);
	tmp = malloc(n ? n : 1);
	if (!tmp)
		return -ENOMEM;
	err = xfer(tmp, dst, n, 0);
	if (!err)
		err = xfer(tmp, dst, n, 1);
	free(tmp);
	return err;
}

long kh_be_strncpy_from_user(char *dst, kh_uaddr_t src, long count)
{
	long i;

	for (i = 0; i < count; i++) {
		if (xfer(dst + i, src + i, 1, 0))
			return -EFAULT;
		if (!dst[i])
			return i;
	}
	return count;
}
