/* SPDX-License-Identifier: GPL-2.0 OR MIT */
/* The ABI this translation unit is compiled for, as a kh_layout_abi index. */
#ifndef ABI_SELF_H
#define ABI_SELF_H

#include "kh_layout.h"

#if defined(__x86_64__) && defined(__ILP32__)
#define ABI_SELF KH_LAYOUT_X32
#elif defined(__x86_64__)
#define ABI_SELF KH_LAYOUT_X86_64
#elif defined(__i386__)
#define ABI_SELF KH_LAYOUT_IA32
#else
#error "tests/support/layout: not an x86_64, i386 or x32 build"
#endif

#endif
