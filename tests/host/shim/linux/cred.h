/* SPDX-License-Identifier: GPL-2.0 */
/* tests/host: <linux/cred.h> is kshim.h */
#include "../kshim.h"
