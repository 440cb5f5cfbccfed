/* SPDX-License-Identifier: GPL-2.0 */
/* tests/host: <linux/time64.h> is kshim.h */
#include "../kshim.h"
