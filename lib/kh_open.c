// SPDX-License-Identifier: (GPL-2.0 WITH Linux-syscall-note) OR MIT
/* libkhttp: the handle (one open file of /dev/khttp) and KH_IOC_VERSION. */
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <sys/ioctl.h>
#include <unistd.h>
#include "kh_lib.h"

int kh_ioctl(const khttp *h, unsigned long cmd, void *arg)
{
	if (!h)
		return -EBADF;
	return ioctl(h->fd, cmd, arg) ? -errno : 0;
}

KH_API int khttp_open_device(khttp **out, const char *path, unsigned int flags)
{
	int oflags = O_RDWR | O_CLOEXEC;
	khttp *h;

	if (!out || !path || (flags & ~KHTTP_OPEN_NONBLOCK))
		return -EINVAL;
	*out = NULL;
	if (flags & KHTTP_OPEN_NONBLOCK)
		oflags |= O_NONBLOCK;
	h = malloc(sizeof(*h));
	if (!h)
		return -ENOMEM;
	h->fd = open(path, oflags);
	if (h->fd < 0) {
		int err = -errno;

		free(h);
		return err;
	}
	*out = h;
	return 0;
}

KH_API int khttp_open(khttp **out, unsigned int flags)
{
	return khttp_open_device(out, KHTTP_DEVICE, flags);
}

KH_API void khttp_close(khttp *h)
{
	if (!h)
		return;
	close(h->fd);
	free(h);
}

KH_API int khttp_fd(const khttp *h)
{
	return h ? h->fd : -1;
}

KH_API int khttp_version(khttp *h, struct khttp_version *v)
{
	struct kh_version_args a = { 0 };
	int err;

	if (!v)
		return -EINVAL;
	err = kh_ioctl(h, KH_IOC_VERSION, &a);
	if (err)
		return err;
	v->major = a.major;
	v->minor = a.minor;
	v->patch = a.patch;
	v->abi = a.abi;
	return 0;
}

KH_API const char *khttp_abi_name(uint32_t abi)
{
	switch (abi) {
	case KH_ABI_NATIVE:
		return "native";
	case KH_ABI_IA32:
		return "ia32";
	case KH_ABI_X32:
		return "x32";
	}
	return "unknown";
}
