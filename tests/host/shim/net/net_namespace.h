/* SPDX-License-Identifier: GPL-2.0 */
/* tests/host: <net/net_namespace.h> is kshim.h */
#include "../kshim.h"
