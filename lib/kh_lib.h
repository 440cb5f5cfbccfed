/* SPDX-License-Identifier: (GPL-2.0 WITH Linux-syscall-note) OR MIT */
/* libkhttp internals: shared by the files of lib/ only, never installed. */
#ifndef KH_LIB_H
#define KH_LIB_H

#include "khttp_api.h"

#define KH_API __attribute__((visibility("default")))

struct khttp {
	int fd;
};

/* one ioctl: 0 or -errno (EINTR is returned, not retried: the caller decides) */
int kh_ioctl(const khttp *h, unsigned long cmd, void *arg);

/* strlen bounded for a __u16/__u32 length field: -E2BIG beyond max */
int kh_strlen(const char *s, size_t max, uint32_t *len);

/* the name of a known verb, NULL for unknown/unparsed/invalid (kh_names.c) */
const char *kh_verb_name(unsigned int verb);

#endif /* KH_LIB_H */
