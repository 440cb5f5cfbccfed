// SPDX-License-Identifier: GPL-2.0
/*
 * khttp: the generated thunks and their runtime, compiled into the module
 * as one unit. Kbuild builds only files below the module's directory, so
 * the sources of thunk/ are included here rather than listed in Kbuild.
 * The static asserts hold every layout the generator computed against
 * this compiler, for the native structs and the ia32/x32 views.
 * The runtime's kernel backend (kh_rt_kernel.c) is in the same unit: its
 * small user copies, of a view's constant size, inline into the entry
 * thunks.
 */
#include "kh_layout_asserts.h"
#include "kh_rt_kernel.c"
#include "kh_rt.c"
#include "kh_capture.c"
#include "kh_emit.c"
#include "kh_entry.c"
