// SPDX-License-Identifier: GPL-2.0 OR MIT
/*
 * Is a tracee's fd /dev/khttp? Asked at each ioctl's entry, since fds are
 * reused: the link in /proc names the device node the file was opened as.
 * KHTRACE_DEVICE names another node (a renamed one, or /dev/null to try
 * the decoders on a machine without the module).
 */
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "khtrace.h"

bool fd_is_khttp(pid_t tid, int fd)
{
	const char *dev = getenv("KHTRACE_DEVICE");
	char path[64], target[PATH_MAX];
	ssize_t n;

	if (fd < 0)
		return false;
	snprintf(path, sizeof(path), "/proc/%d/fd/%d", (int)tid, fd);
	n = readlink(path, target, sizeof(target) - 1);
	if (n < 0)
		return false;
	target[n] = '\0';
	return !strcmp(target, dev && *dev ? dev : "/dev/khttp");
}
