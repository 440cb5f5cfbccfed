/* SPDX-License-Identifier: GPL-2.0 */
/* tests/host: <linux/ktime.h> is kshim.h */
#include "../kshim.h"
