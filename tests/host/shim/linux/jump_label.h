/* SPDX-License-Identifier: GPL-2.0 */
/* tests/host: <linux/jump_label.h> is kshim.h */
#include "../kshim.h"
