// SPDX-License-Identifier: GPL-2.0
/*
 * Tests of /dev/khttp as a device: open/close, KH_IOC_VERSION and the ABI
 * path the kernel took, unknown ioctls.
 */
#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/ioctl.h>
#include <unistd.h>
#include "kht.h"

static int open_dev(char *why, size_t len)
{
	int fd = open(KHT_DEV, O_RDWR | O_CLOEXEC);

	if (fd < 0)
		kht_fail(why, len, "open %s: %s", KHT_DEV, strerror(errno));
	return fd;
}

static int t_open_close(char *why, size_t len)
{
	int i, fd;

	for (i = 0; i < 100; i++) {
		fd = open_dev(why, len);
		if (fd < 0)
			return -1;
		if (close(fd))
			return kht_fail(why, len, "close: %s", strerror(errno));
	}
	return 0;
}

static int t_version(char *why, size_t len)
{
	struct kh_version_args v;
	int fd, rc;

	fd = open_dev(why, len);
	if (fd < 0)
		return -1;
	memset(&v, 0xaa, sizeof(v));
	rc = ioctl(fd, KH_IOC_VERSION, &v);
	close(fd);
	if (rc)
		return kht_fail(why, len, "KH_IOC_VERSION: %s", strerror(errno));
	if (v.major != KH_VERSION_MAJOR || v.minor != KH_VERSION_MINOR ||
	    v.patch != KH_VERSION_PATCH)
		return kht_fail(why, len, "version %u.%u.%u, want %u.%u.%u",
				v.major, v.minor, v.patch, KH_VERSION_MAJOR,
				KH_VERSION_MINOR, KH_VERSION_PATCH);
	if (v.abi != KHT_ABI)
		return kht_fail(why, len, "abi %u, want %u (%s)", v.abi,
				KHT_ABI, KHT_ABI_NAME);
	return 0;
}

static int t_version_size(char *why, size_t len)
{
	unsigned int want = 0x80000000u | (16u << 16) | (0xbdu << 8) | 0x01;

	if (sizeof(struct kh_version_args) != 16)
		return kht_fail(why, len, "sizeof(kh_version_args) %zu",
				sizeof(struct kh_version_args));
	if (want != (unsigned int)KH_IOC_VERSION)
		return kht_fail(why, len, "KH_IOC_VERSION %#x, want %#x",
				(unsigned int)KH_IOC_VERSION, want);
	return 0;
}

static int t_version_efault(char *why, size_t len)
{
	int fd, rc, err;

	fd = open_dev(why, len);
	if (fd < 0)
		return -1;
	rc = ioctl(fd, KH_IOC_VERSION, NULL);
	err = errno;
	close(fd);
	if (rc != -1 || err != EFAULT)
		return kht_fail(why, len, "NULL arg: rc %d errno %s, want EFAULT",
				rc, strerror(err));
	return 0;
}

static int expect_enotty(int fd, unsigned long cmd, char *why, size_t len)
{
	struct kh_version_args v, pattern;
	int rc, err;

	memset(&v, 0x5a, sizeof(v));
	memset(&pattern, 0x5a, sizeof(pattern));
	rc = ioctl(fd, cmd, &v);
	err = errno;
	if (rc != -1 || err != ENOTTY)
		return kht_fail(why, len, "cmd %#lx: rc %d errno %s, want ENOTTY",
				cmd, rc, strerror(err));
	if (memcmp(&v, &pattern, sizeof(v)))
		return kht_fail(why, len, "cmd %#lx wrote to its argument", cmd);
	return 0;
}

static int t_unknown_ioctl(char *why, size_t len)
{
	static const unsigned long cmds[] = {
		_IOR(KH_IOC_MAGIC, 0xff, struct kh_version_args),
		_IO(KH_IOC_MAGIC, 0x00),
		_IOR(KH_IOC_MAGIC, 0x01, __u64),	/* VERSION, wrong size */
		_IOWR(KH_IOC_MAGIC, 0x01, struct kh_version_args),
		_IOR(0xbc, 0x01, struct kh_version_args),
	};
	size_t i;
	int fd, rc = 0;

	fd = open_dev(why, len);
	if (fd < 0)
		return -1;
	for (i = 0; i < KHT_ARRAY_SIZE(cmds) && !rc; i++)
		rc = expect_enotty(fd, cmds[i], why, len);
	close(fd);
	return rc;
}

const struct kht_test kht_tests[] = {
	{ "open_close", t_open_close },
	{ "version_cmd", t_version_size },
	{ "version", t_version },
	{ "version_efault", t_version_efault },
	{ "unknown_ioctl", t_unknown_ioctl },
};

const size_t kht_ntests = KHT_ARRAY_SIZE(kht_tests);
