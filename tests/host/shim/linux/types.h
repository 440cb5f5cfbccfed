/* SPDX-License-Identifier: GPL-2.0 */
/* tests/host: the uapi <linux/types.h>, and the kernel's u8..s64 from kshim.h */
#include_next <linux/types.h>
#include "../kshim.h"
