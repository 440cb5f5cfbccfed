/* SPDX-License-Identifier: GPL-2.0 */
/* tests/host: the uapi <linux/errno.h> (glibc's <errno.h> reaches it too), and kshim.h */
#include_next <linux/errno.h>
#include "../kshim.h"
