/* SPDX-License-Identifier: GPL-2.0 */
/* tests/host: <net/ipv6.h> is kshim.h */
#include "../kshim.h"
