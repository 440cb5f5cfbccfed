/* SPDX-License-Identifier: GPL-2.0 */
/* tests/host: <linux/stddef.h> is kshim.h */
#include "../kshim.h"
