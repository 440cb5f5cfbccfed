// SPDX-License-Identifier: GPL-2.0 OR MIT
/*
 * A scripted core for the entry-thunk suite: each handler records what the
 * generated thunk handed it (native graphs only) and answers as the test
 * says. The real core is the kernel module's.
 */
#include <string.h>

#include "core_stub.h"
#include "khttp.h"

struct core_script core;

static long record(struct kh_ctx *c, void *args)
{
	core.calls++;
	core.last_abi = c->abi;
	core.last_args = args;
	return core.ret;
}

long kh_ioc_version_core(struct kh_ctx *c, struct kh_version_args *args)
{
	static const __u32 abi_ids[KH_LAYOUT_NABI] = { KH_ABI_NATIVE, KH_ABI_IA32, KH_ABI_X32 };

	args->major = KH_VERSION_MAJOR;
	args->minor = KH_VERSION_MINOR;
	args->patch = KH_VERSION_PATCH;
	args->abi = abi_ids[c->abi];
	return record(c, args);
}

long kh_ioc_queue_core(struct kh_ctx *c, struct kh_queue_args *args)
{
	args->queue_id = 0x1122334455667788ull;
	return record(c, args);
}

long kh_ioc_add_url_core(struct kh_ctx *c, struct kh_url_args *args)
{
	return record(c, args);
}

long kh_ioc_remove_url_core(struct kh_ctx *c, struct kh_url_args *args)
{
	return record(c, args);
}

long kh_ioc_receive_request_core(struct kh_ctx *c, struct kh_receive_request_args *args)
{
	long ret = record(c, args);

	if (ret)
		return ret;
	ret = kh_kh_request_to_user(c, core.request, &args->bytes_needed);
	if (!ret)
		args->bytes_returned = args->bytes_needed;
	args->request_id = core.request->request_id;
	return ret;
}

long kh_ioc_receive_body_core(struct kh_ctx *c, struct kh_receive_body_args *args)
{
	long ret = record(c, args);

	if (!ret && args->buffer) {
		memset(args->buffer, 'b', args->buffer_length);
		args->bytes_returned = args->buffer_length;
	}
	return ret;
}

long kh_ioc_send_response_core(struct kh_ctx *c, struct kh_send_response_args *args)
{
	args->bytes_sent = 1234;
	return record(c, args);
}

long kh_ioc_send_body_core(struct kh_ctx *c, struct kh_send_body_args *args)
{
	args->bytes_sent = 99;
	return record(c, args);
}

long kh_ioc_cancel_core(struct kh_ctx *c, struct kh_cancel_args *args)
{
	return record(c, args);
}

long kh_ioc_wait_disconnect_core(struct kh_ctx *c, struct kh_wait_disconnect_args *args)
{
	return record(c, args);
}

long kh_ioc_flush_cache_core(struct kh_ctx *c, struct kh_flush_cache_args *args)
{
	return record(c, args);
}

long kh_ioc_stats_core(struct kh_ctx *c, struct kh_stats_args *args)
{
	for (__u32 i = 0; i < args->counter_count; i++)
		args->counters[i] = 0x100000000ull * i + 7;
	args->counters_returned = args->counter_count;
	return record(c, args);
}

long kh_ioc_limits_core(struct kh_ctx *c, struct kh_limits_args *args)
{
	args->max_connections = 4096;
	return record(c, args);
}

long kh_ioc_add_reservation_core(struct kh_ctx *c, struct kh_reservation_args *args)
{
	return record(c, args);
}

long kh_ioc_remove_reservation_core(struct kh_ctx *c, struct kh_reservation_args *args)
{
	return record(c, args);
}

long kh_ioc_queue_access_core(struct kh_ctx *c, struct kh_queue_access_args *args)
{
	return record(c, args);
}
