/* SPDX-License-Identifier: GPL-2.0 */
/*
 * khttp: declarations shared by the module's files.
 */
#ifndef KHTTP_INTERNAL_H
#define KHTTP_INTERNAL_H

#include <linux/fs.h>
#include "khttp.h"

long khttp_unlocked_ioctl(struct file *file, unsigned int cmd,
			  unsigned long arg);
#ifdef CONFIG_COMPAT
long khttp_compat_ioctl(struct file *file, unsigned int cmd,
			unsigned long arg);
#endif

/* khttp_core.c: KH_IOC_STATS counts every ioctl by the caller's ABI */
void khttp_count_ioctl(int abi, long ret);

#endif /* KHTTP_INTERNAL_H */
