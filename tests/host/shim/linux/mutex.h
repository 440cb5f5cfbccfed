/* SPDX-License-Identifier: GPL-2.0 */
/* tests/host: <linux/mutex.h> is kshim.h */
#include "../kshim.h"
