/* SPDX-License-Identifier: GPL-2.0 */
/*
 * bench/http: the khttp side of `make bench-http`. One program, built
 * static -m64, -m32 and -mx32 (khb-native, khb-ia32, khb-x32), raw ioctls
 * on structs/khttp.h so that the numbers do not depend on libkhttp.
 * Every result is one line "KHB <key>=<value> ..." on stdout.
 */
#ifndef KHB_H
#define KHB_H

#include <stddef.h>
#include <stdint.h>
#include "khttp.h"

#if defined(__x86_64__) && defined(__ILP32__)
#define KHB_ABI	"x32"
#elif defined(__i386__)
#define KHB_ABI	"i386"
#elif defined(__x86_64__)
#define KHB_ABI	"x86_64"
#else
#error "bench/http: unsupported ABI"
#endif

#define KHB_DEV		"/dev/khttp"

/* how a worker answers: a file-range chunk, memory, or a file chunk the
 * kernel may cache */
enum khb_mode { KHB_STATIC, KHB_MEMORY, KHB_CACHE };

uint64_t khb_now_ns(void);				/* khb_time.c */
int khb_open_queue(int port, int create);		/* khb_queue.c */
int khb_serve(enum khb_mode mode, const char *root, int port, long pairs);
							/* khb_serve.c */
int khb_body(const char *root, const char *path, const char **body, size_t *len);
							/* khb_memfiles.c */
int khb_noop(long n);					/* khb_noop.c */
int khb_mkfiles(const char *dir);			/* khb_files.c */
int khb_stats(const char *label, int port);		/* khb_stats.c */

#endif /* KHB_H */
