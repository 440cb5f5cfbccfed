/* SPDX-License-Identifier: GPL-2.0 OR MIT */
/*
 * The logical graphs every image builder lays out with its own compiler:
 * one send-response call (args, response, cache policy, log data) and one
 * received request. Only structs/khttp.h, no khttp code: the layouts are
 * the compiler's, never thunkgen's.
 */
#ifndef XABI_GRAPH_H
#define XABI_GRAPH_H

#include <stddef.h>
#include "khttp.h"

/* values the harness looks for in the images (to break them on purpose) */
#define XABI_FILE_START 0x0123456789abcdefull	/* a u64 misaligned on i386 */
#define XABI_SERVER "khttp-xabi/0.1"

struct xabi_tops {
	struct kh_send_response_args *send;
	struct kh_response *response;
	struct kh_cache_policy *policy;
	struct kh_log_data *log;
	struct kh_request *request;
};

/* bump allocation from the builder's one region (zeroed) */
void *xabi_alloc(size_t size, size_t align);
void xabi_build(struct xabi_tops *t);

#endif
