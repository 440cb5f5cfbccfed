// SPDX-License-Identifier: GPL-2.0
/*
 * khttp: core handlers of the part of the HTTP.sys surface that is not in
 * the module yet (issue "the rest of the HTTP.sys surface": request
 * bodies in pieces, disconnect notification, the response cache). Their arguments
 * are already captured and validated by the generated thunks, so a caller
 * gets -EFAULT/-EINVAL/-E2BIG for a bad argument graph and -EOPNOTSUPP
 * for a good one.
 */
#include <linux/errno.h>
#include "khttp_internal.h"
#include "kh_thunks.h"

long kh_ioc_receive_body_core(struct kh_ctx *c,
			      struct kh_receive_body_args *args)
{
	return -EOPNOTSUPP;
}
