/* SPDX-License-Identifier: GPL-2.0 OR MIT */
/*
 * demodrv_rt.h outside the kernel (the tests, the fuzzers, bench/thunk, a
 * thunkgen --driver output's user-space shim): the C
 * library's headers, and what the kernel's headers give the runtime and the
 * generated code there. Never part of the kernel module.
 */
#ifndef DEMODRV_RT_USER_H
#define DEMODRV_RT_USER_H

#include <errno.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <linux/types.h>

#ifndef __maybe_unused
#define __maybe_unused __attribute__((__unused__))
#endif
#ifndef __aligned
#define __aligned(x) __attribute__((__aligned__(x)))
#endif
#ifndef __packed
#define __packed __attribute__((__packed__))
#endif
#ifndef offsetofend
#define offsetofend(type, member) (offsetof(type, member) + sizeof(((type *)0)->member))
#endif
#ifndef unlikely
#define unlikely(x) __builtin_expect(!!(x), 0)
#endif
/* linux/overflow.h's: true when a * b does not fit *d */
#ifndef check_mul_overflow
#define check_mul_overflow(a, b, d) __builtin_mul_overflow(a, b, d)
#endif
/* sparse's annotations mean nothing to a compiler */
#ifndef __force
#define __force
#endif
#ifndef __user
#define __user
#endif

#endif /* DEMODRV_RT_USER_H */
