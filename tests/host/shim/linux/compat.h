/* SPDX-License-Identifier: GPL-2.0 */
/* tests/host: <linux/compat.h> is kshim.h */
#include "../kshim.h"
