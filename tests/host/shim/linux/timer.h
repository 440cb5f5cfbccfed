/* SPDX-License-Identifier: GPL-2.0 */
/* tests/host: <linux/timer.h> is kshim.h */
#include "../kshim.h"
