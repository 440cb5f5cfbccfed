/* SPDX-License-Identifier: GPL-2.0 */
/* tests/host: <linux/inet.h> is kshim.h */
#include "../kshim.h"
