/* SPDX-License-Identifier: GPL-2.0 OR MIT */
/*
 * What kh_rt.c needs from its surroundings: memory and the user boundary.
 * The module's kernel backend maps it to the kernel, the tests to a
 * simulated address space; a thunkgen --driver output carries its own (the
 * kernel's, or its user-space shim's) in its compat file.
 */
#ifndef KH_RT_BACKEND_H
#define KH_RT_BACKEND_H

#include "kh_rt.h"

void *kh_be_zalloc(size_t size);
/* not zeroed: the arena zeroes what it hands out */
void *kh_be_alloc(size_t size);
void kh_be_free(void *p);
/* 0, or -EFAULT with nothing promised about dst */
int kh_be_copy_from_user(void *dst, void __user *src, size_t n);
int kh_be_copy_to_user(void __user *dst, const void *src, size_t n);
/* dst's n bytes writable (same: what they hold, or NULL), content unchanged; or -EFAULT */
int kh_be_probe_write(void __user *dst, const void *same, size_t n);
/* strncpy_from_user(): length without the NUL, count if none, or -EFAULT */
long kh_be_strncpy_from_user(char *dst, void __user *src, long count);

#endif
