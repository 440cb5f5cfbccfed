// SPDX-License-Identifier: GPL-2.0 OR MIT
/*
 * Generated from structs/khttp.h by thunkgen; do not edit, run `make gen`.
 * What: ioctl entry thunks and dispatch.
 */
#include "kh_thunks.h"

/*
 * Each thunk: copy the argument in, capture its graph, call the core,
 * copy the out members back as the ioctl's policy says. On any other
 * error the caller's memory is left as it was.
 */

static long kh_entry_ioc_version(struct kh_ctx *c, void __user *uarg)
{
	struct kh_version_args view;
	struct kh_version_args kargs, *args = &kargs;
	long ret;

	if (kh_copy_in(c, &view, uarg, sizeof(view)))
		return -EFAULT;
	memset(&kargs, 0, sizeof(kargs));
	ret = kh_capture_version_args(c, args, &view);
	if (ret)
		return ret;
	if (kh_probe_out(c, uarg, &view, sizeof(view)))
		return -EFAULT;
	ret = kh_ioc_version_core(c, args);
	if (ret == 0) {
		view.major = (__u32)args->major;
		view.minor = (__u32)args->minor;
		view.patch = (__u32)args->patch;
		view.abi = (__u32)args->abi;
		if (kh_copy_out(c, uarg, &view, sizeof(view)))
			return -EFAULT;
	}
	return ret;
}

static long kh_entry_ioc_queue(struct kh_ctx *c, void __user *uarg)
{
	struct kh_queue_args view;
	struct kh_queue_args *args;
	void *p;
	long ret;

	if (kh_copy_in(c, &view, uarg, sizeof(view)))
		return -EFAULT;
	ret = kh_alloc(c, &p, 1, sizeof(*args), __alignof__(*args));
	if (ret)
		return ret;
	args = p;
	ret = kh_capture_queue_args(c, args, &view);
	if (ret)
		return ret;
	if (kh_probe_out(c, uarg + offsetof(struct kh_queue_args, queue_id), &view.queue_id,
			 sizeof(view.queue_id)))
		return -EFAULT;
	if (kh_probe_outbufs(c))
		return -EFAULT;
	ret = kh_ioc_queue_core(c, args);
	if (ret == 0) {
		view.queue_id = (__u64)args->queue_id;
		if (kh_copy_out(c, uarg + offsetof(struct kh_queue_args, queue_id), &view.queue_id,
				sizeof(view.queue_id)))
			return -EFAULT;
		if (kh_flush_outbufs(c))
			return -EFAULT;
	}
	return ret;
}

static long kh_entry_ioc_add_url(struct kh_ctx *c, void __user *uarg)
{
	struct kh_url_args view;
	struct kh_url_args *args;
	void *p;
	long ret;

	if (kh_copy_in(c, &view, uarg, sizeof(view)))
		return -EFAULT;
	ret = kh_alloc(c, &p, 1, sizeof(*args), __alignof__(*args));
	if (ret)
		return ret;
	args = p;
	ret = kh_capture_url_args(c, args, &view);
	if (ret)
		return ret;
	if (kh_probe_outbufs(c))
		return -EFAULT;
	ret = kh_ioc_add_url_core(c, args);
	if (ret == 0) {
		if (kh_flush_outbufs(c))
			return -EFAULT;
	}
	return ret;
}

static long kh_entry_ioc_remove_url(struct kh_ctx *c, void __user *uarg)
{
	struct kh_url_args view;
	struct kh_url_args *args;
	void *p;
	long ret;

	if (kh_copy_in(c, &view, uarg, sizeof(view)))
		return -EFAULT;
	ret = kh_alloc(c, &p, 1, sizeof(*args), __alignof__(*args));
	if (ret)
		return ret;
	args = p;
	ret = kh_capture_url_args(c, args, &view);
	if (ret)
		return ret;
	if (kh_probe_outbufs(c))
		return -EFAULT;
	ret = kh_ioc_remove_url_core(c, args);
	if (ret == 0) {
		if (kh_flush_outbufs(c))
			return -EFAULT;
	}
	return ret;
}

static long kh_entry_ioc_receive_request(struct kh_ctx *c, void __user *uarg)
{
	struct kh_receive_request_args view;
	struct kh_receive_request_args *args;
	void *p;
	long ret;

	if (kh_copy_in(c, &view, uarg, sizeof(view)))
		return -EFAULT;
	ret = kh_alloc(c, &p, 1, sizeof(*args), __alignof__(*args));
	if (ret)
		return ret;
	args = p;
	ret = kh_capture_receive_request_args(c, args, &view);
	if (ret)
		return ret;
	if (kh_probe_out(c, uarg + offsetof(struct kh_receive_request_args, request_id),
			 &view.request_id, sizeof(view.request_id)))
		return -EFAULT;
	if (kh_probe_out(c, uarg + offsetof(struct kh_receive_request_args, bytes_returned),
			 &view.bytes_returned,
			 sizeof(view) - offsetof(struct kh_receive_request_args, bytes_returned)))
		return -EFAULT;
	if (kh_probe_outbufs(c))
		return -EFAULT;
	ret = kh_ioc_receive_request_core(c, args);
	if (ret == 0 || ret == -ENOSPC || ret == -ENOBUFS) {
		view.request_id = (__u64)args->request_id;
		if (kh_copy_out(c, uarg + offsetof(struct kh_receive_request_args, request_id),
				&view.request_id, sizeof(view.request_id)))
			return -EFAULT;
		view.bytes_returned = (__u32)args->bytes_returned;
		view.bytes_needed = (__u32)args->bytes_needed;
		if (kh_copy_out(c, uarg + offsetof(struct kh_receive_request_args, bytes_returned),
				&view.bytes_returned,
				sizeof(view) - offsetof(struct kh_receive_request_args,
							bytes_returned)))
			return -EFAULT;
		if (ret == 0 && kh_flush_outbufs(c))
			return -EFAULT;
	}
	return ret;
}

static long kh_entry_ioc_receive_body(struct kh_ctx *c, void __user *uarg)
{
	struct kh_receive_body_args view;
	struct kh_receive_body_args *args;
	void *p;
	long ret;

	if (kh_copy_in(c, &view, uarg, sizeof(view)))
		return -EFAULT;
	ret = kh_alloc(c, &p, 1, sizeof(*args), __alignof__(*args));
	if (ret)
		return ret;
	args = p;
	ret = kh_capture_receive_body_args(c, args, &view);
	if (ret)
		return ret;
	if (kh_probe_out(c, uarg + offsetof(struct kh_receive_body_args, bytes_returned),
			 &view.bytes_returned, sizeof(view.bytes_returned)))
		return -EFAULT;
	if (kh_probe_outbufs(c))
		return -EFAULT;
	ret = kh_ioc_receive_body_core(c, args);
	if (ret == 0 || ret == -ENOSPC) {
		view.bytes_returned = (__u32)args->bytes_returned;
		if (kh_copy_out(c, uarg + offsetof(struct kh_receive_body_args, bytes_returned),
				&view.bytes_returned, sizeof(view.bytes_returned)))
			return -EFAULT;
		if (ret == 0 && kh_flush_outbufs(c))
			return -EFAULT;
	}
	return ret;
}

static long kh_entry_ioc_send_response(struct kh_ctx *c, void __user *uarg)
{
	struct kh_send_response_args view;
	struct kh_send_response_args *args;
	void *p;
	long ret;

	if (kh_copy_in(c, &view, uarg, sizeof(view)))
		return -EFAULT;
	ret = kh_alloc(c, &p, 1, sizeof(*args), __alignof__(*args));
	if (ret)
		return ret;
	args = p;
	ret = kh_capture_send_response_args(c, args, &view);
	if (ret)
		return ret;
	if (kh_probe_out(c, uarg + offsetof(struct kh_send_response_args, bytes_sent),
			 &view.bytes_sent, sizeof(view.bytes_sent)))
		return -EFAULT;
	if (kh_probe_outbufs(c))
		return -EFAULT;
	ret = kh_ioc_send_response_core(c, args);
	if (ret == 0) {
		view.bytes_sent = (__u32)args->bytes_sent;
		if (kh_copy_out(c, uarg + offsetof(struct kh_send_response_args, bytes_sent),
				&view.bytes_sent, sizeof(view.bytes_sent)))
			return -EFAULT;
		if (kh_flush_outbufs(c))
			return -EFAULT;
	}
	return ret;
}

static long kh_entry_ioc_send_body(struct kh_ctx *c, void __user *uarg)
{
	struct kh_send_body_args view;
	struct kh_send_body_args *args;
	void *p;
	long ret;

	if (kh_copy_in(c, &view, uarg, sizeof(view)))
		return -EFAULT;
	ret = kh_alloc(c, &p, 1, sizeof(*args), __alignof__(*args));
	if (ret)
		return ret;
	args = p;
	ret = kh_capture_send_body_args(c, args, &view);
	if (ret)
		return ret;
	if (kh_probe_out(c, uarg + offsetof(struct kh_send_body_args, bytes_sent), &view.bytes_sent,
			 sizeof(view.bytes_sent)))
		return -EFAULT;
	if (kh_probe_outbufs(c))
		return -EFAULT;
	ret = kh_ioc_send_body_core(c, args);
	if (ret == 0) {
		view.bytes_sent = (__u32)args->bytes_sent;
		if (kh_copy_out(c, uarg + offsetof(struct kh_send_body_args, bytes_sent),
				&view.bytes_sent, sizeof(view.bytes_sent)))
			return -EFAULT;
		if (kh_flush_outbufs(c))
			return -EFAULT;
	}
	return ret;
}

static long kh_entry_ioc_cancel(struct kh_ctx *c, void __user *uarg)
{
	struct kh_cancel_args view;
	struct kh_cancel_args kargs, *args = &kargs;
	long ret;

	if (kh_copy_in(c, &view, uarg, sizeof(view)))
		return -EFAULT;
	memset(&kargs, 0, sizeof(kargs));
	ret = kh_capture_cancel_args(c, args, &view);
	if (ret)
		return ret;
	ret = kh_ioc_cancel_core(c, args);
	return ret;
}

static long kh_entry_ioc_wait_disconnect(struct kh_ctx *c, void __user *uarg)
{
	struct kh_wait_disconnect_args view;
	struct kh_wait_disconnect_args kargs, *args = &kargs;
	long ret;

	if (kh_copy_in(c, &view, uarg, sizeof(view)))
		return -EFAULT;
	memset(&kargs, 0, sizeof(kargs));
	ret = kh_capture_wait_disconnect_args(c, args, &view);
	if (ret)
		return ret;
	ret = kh_ioc_wait_disconnect_core(c, args);
	return ret;
}

static long kh_entry_ioc_flush_cache(struct kh_ctx *c, void __user *uarg)
{
	struct kh_flush_cache_args view;
	struct kh_flush_cache_args *args;
	void *p;
	long ret;

	if (kh_copy_in(c, &view, uarg, sizeof(view)))
		return -EFAULT;
	ret = kh_alloc(c, &p, 1, sizeof(*args), __alignof__(*args));
	if (ret)
		return ret;
	args = p;
	ret = kh_capture_flush_cache_args(c, args, &view);
	if (ret)
		return ret;
	if (kh_probe_outbufs(c))
		return -EFAULT;
	ret = kh_ioc_flush_cache_core(c, args);
	if (ret == 0) {
		if (kh_flush_outbufs(c))
			return -EFAULT;
	}
	return ret;
}

static long kh_entry_ioc_stats(struct kh_ctx *c, void __user *uarg)
{
	struct kh_stats_args view;
	struct kh_stats_args *args;
	void *p;
	long ret;

	if (kh_copy_in(c, &view, uarg, sizeof(view)))
		return -EFAULT;
	ret = kh_alloc(c, &p, 1, sizeof(*args), __alignof__(*args));
	if (ret)
		return ret;
	args = p;
	ret = kh_capture_stats_args(c, args, &view);
	if (ret)
		return ret;
	if (kh_probe_out(c, uarg + offsetof(struct kh_stats_args, counters_returned),
			 &view.counters_returned, sizeof(view.counters_returned)))
		return -EFAULT;
	if (kh_probe_outbufs(c))
		return -EFAULT;
	ret = kh_ioc_stats_core(c, args);
	if (ret == 0 || ret == -ENOSPC) {
		view.counters_returned = (__u32)args->counters_returned;
		if (kh_copy_out(c, uarg + offsetof(struct kh_stats_args, counters_returned),
				&view.counters_returned, sizeof(view.counters_returned)))
			return -EFAULT;
		if (ret == 0 && kh_flush_outbufs(c))
			return -EFAULT;
	}
	return ret;
}

static long kh_entry_ioc_limits(struct kh_ctx *c, void __user *uarg)
{
	struct kh_limits_args view;
	struct kh_limits_args kargs, *args = &kargs;
	long ret;

	if (kh_copy_in(c, &view, uarg, sizeof(view)))
		return -EFAULT;
	memset(&kargs, 0, sizeof(kargs));
	ret = kh_capture_limits_args(c, args, &view);
	if (ret)
		return ret;
	if (kh_probe_out(c, uarg + offsetof(struct kh_limits_args, max_connections),
			 &view.max_connections,
			 sizeof(view) - offsetof(struct kh_limits_args, max_connections)))
		return -EFAULT;
	ret = kh_ioc_limits_core(c, args);
	if (ret == 0) {
		view.max_connections = (__u32)args->max_connections;
		view.queue_length = (__u32)args->queue_length;
		view.max_header_bytes = (__u32)args->max_header_bytes;
		view.max_body_bytes = (__u64)args->max_body_bytes;
		view.idle_timeout_ms = (__u32)args->idle_timeout_ms;
		view.header_timeout_ms = (__u32)args->header_timeout_ms;
		if (kh_copy_out(c, uarg + offsetof(struct kh_limits_args, max_connections),
				&view.max_connections,
				sizeof(view) - offsetof(struct kh_limits_args, max_connections)))
			return -EFAULT;
	}
	return ret;
}

static long kh_entry_ioc_add_reservation(struct kh_ctx *c, void __user *uarg)
{
	struct kh_reservation_args view;
	struct kh_reservation_args *args;
	void *p;
	long ret;

	if (kh_copy_in(c, &view, uarg, sizeof(view)))
		return -EFAULT;
	ret = kh_alloc(c, &p, 1, sizeof(*args), __alignof__(*args));
	if (ret)
		return ret;
	args = p;
	ret = kh_capture_reservation_args(c, args, &view);
	if (ret)
		return ret;
	if (kh_probe_outbufs(c))
		return -EFAULT;
	ret = kh_ioc_add_reservation_core(c, args);
	if (ret == 0) {
		if (kh_flush_outbufs(c))
			return -EFAULT;
	}
	return ret;
}

static long kh_entry_ioc_remove_reservation(struct kh_ctx *c, void __user *uarg)
{
	struct kh_reservation_args view;
	struct kh_reservation_args *args;
	void *p;
	long ret;

	if (kh_copy_in(c, &view, uarg, sizeof(view)))
		return -EFAULT;
	ret = kh_alloc(c, &p, 1, sizeof(*args), __alignof__(*args));
	if (ret)
		return ret;
	args = p;
	ret = kh_capture_reservation_args(c, args, &view);
	if (ret)
		return ret;
	if (kh_probe_outbufs(c))
		return -EFAULT;
	ret = kh_ioc_remove_reservation_core(c, args);
	if (ret == 0) {
		if (kh_flush_outbufs(c))
			return -EFAULT;
	}
	return ret;
}

static long kh_entry_ioc_queue_access(struct kh_ctx *c, void __user *uarg)
{
	struct kh_queue_access_args view;
	struct kh_queue_access_args *args;
	void *p;
	long ret;

	if (kh_copy_in(c, &view, uarg, sizeof(view)))
		return -EFAULT;
	ret = kh_alloc(c, &p, 1, sizeof(*args), __alignof__(*args));
	if (ret)
		return ret;
	args = p;
	ret = kh_capture_queue_access_args(c, args, &view);
	if (ret)
		return ret;
	if (kh_probe_outbufs(c))
		return -EFAULT;
	ret = kh_ioc_queue_access_core(c, args);
	if (ret == 0) {
		if (kh_flush_outbufs(c))
			return -EFAULT;
	}
	return ret;
}

static long kh_entry_ioc_admin_list(struct kh_ctx *c, void __user *uarg)
{
	struct kh_admin_list_args view;
	struct kh_admin_list_args *args;
	void *p;
	long ret;

	if (kh_copy_in(c, &view, uarg, sizeof(view)))
		return -EFAULT;
	ret = kh_alloc(c, &p, 1, sizeof(*args), __alignof__(*args));
	if (ret)
		return ret;
	args = p;
	ret = kh_capture_admin_list_args(c, args, &view);
	if (ret)
		return ret;
	if (kh_probe_out(c, uarg + offsetof(struct kh_admin_list_args, entries_returned),
			 &view.entries_returned,
			 sizeof(view) - offsetof(struct kh_admin_list_args, entries_returned)))
		return -EFAULT;
	if (kh_probe_outbufs(c))
		return -EFAULT;
	ret = kh_ioc_admin_list_core(c, args);
	if (ret == 0) {
		view.entries_returned = (__u32)args->entries_returned;
		view.entries_total = (__u32)args->entries_total;
		if (kh_copy_out(c, uarg + offsetof(struct kh_admin_list_args, entries_returned),
				&view.entries_returned,
				sizeof(view) - offsetof(struct kh_admin_list_args,
							entries_returned)))
			return -EFAULT;
		if (kh_flush_outbufs(c))
			return -EFAULT;
	}
	return ret;
}

static long kh_entry_ioc_version_ia32(struct kh_ctx *c, void __user *uarg)
{
	struct kh_version_args view;
	struct kh_version_args kargs, *args = &kargs;
	long ret;

	if (kh_copy_in(c, &view, uarg, sizeof(view)))
		return -EFAULT;
	memset(&kargs, 0, sizeof(kargs));
	ret = kh_capture_version_args_ia32(c, args, &view);
	if (ret)
		return ret;
	if (kh_probe_out(c, uarg, &view, sizeof(view)))
		return -EFAULT;
	ret = kh_ioc_version_core(c, args);
	if (ret == 0) {
		view.major = (__u32)args->major;
		view.minor = (__u32)args->minor;
		view.patch = (__u32)args->patch;
		view.abi = (__u32)args->abi;
		if (kh_copy_out(c, uarg, &view, sizeof(view)))
			return -EFAULT;
	}
	return ret;
}

static long kh_entry_ioc_queue_ia32(struct kh_ctx *c, void __user *uarg)
{
	struct kh_queue_args_ia32 view;
	struct kh_queue_args *args;
	void *p;
	long ret;

	if (kh_copy_in(c, &view, uarg, sizeof(view)))
		return -EFAULT;
	ret = kh_alloc(c, &p, 1, sizeof(*args), __alignof__(*args));
	if (ret)
		return ret;
	args = p;
	ret = kh_capture_queue_args_ia32(c, args, &view);
	if (ret)
		return ret;
	if (kh_probe_out(c, uarg + offsetof(struct kh_queue_args_ia32, queue_id), &view.queue_id,
			 sizeof(view.queue_id)))
		return -EFAULT;
	if (kh_probe_outbufs(c))
		return -EFAULT;
	ret = kh_ioc_queue_core(c, args);
	if (ret == 0) {
		view.queue_id = (__u64)args->queue_id;
		if (kh_copy_out(c, uarg + offsetof(struct kh_queue_args_ia32, queue_id),
				&view.queue_id, sizeof(view.queue_id)))
			return -EFAULT;
		if (kh_flush_outbufs(c))
			return -EFAULT;
	}
	return ret;
}

static long kh_entry_ioc_add_url_ia32(struct kh_ctx *c, void __user *uarg)
{
	struct kh_url_args_ia32 view;
	struct kh_url_args *args;
	void *p;
	long ret;

	if (kh_copy_in(c, &view, uarg, sizeof(view)))
		return -EFAULT;
	ret = kh_alloc(c, &p, 1, sizeof(*args), __alignof__(*args));
	if (ret)
		return ret;
	args = p;
	ret = kh_capture_url_args_ia32(c, args, &view);
	if (ret)
		return ret;
	if (kh_probe_outbufs(c))
		return -EFAULT;
	ret = kh_ioc_add_url_core(c, args);
	if (ret == 0) {
		if (kh_flush_outbufs(c))
			return -EFAULT;
	}
	return ret;
}

static long kh_entry_ioc_remove_url_ia32(struct kh_ctx *c, void __user *uarg)
{
	struct kh_url_args_ia32 view;
	struct kh_url_args *args;
	void *p;
	long ret;

	if (kh_copy_in(c, &view, uarg, sizeof(view)))
		return -EFAULT;
	ret = kh_alloc(c, &p, 1, sizeof(*args), __alignof__(*args));
	if (ret)
		return ret;
	args = p;
	ret = kh_capture_url_args_ia32(c, args, &view);
	if (ret)
		return ret;
	if (kh_probe_outbufs(c))
		return -EFAULT;
	ret = kh_ioc_remove_url_core(c, args);
	if (ret == 0) {
		if (kh_flush_outbufs(c))
			return -EFAULT;
	}
	return ret;
}

static long kh_entry_ioc_receive_request_ia32(struct kh_ctx *c, void __user *uarg)
{
	struct kh_receive_request_args_ia32 view;
	struct kh_receive_request_args *args;
	void *p;
	long ret;

	if (kh_copy_in(c, &view, uarg, sizeof(view)))
		return -EFAULT;
	ret = kh_alloc(c, &p, 1, sizeof(*args), __alignof__(*args));
	if (ret)
		return ret;
	args = p;
	ret = kh_capture_receive_request_args_ia32(c, args, &view);
	if (ret)
		return ret;
	if (kh_probe_out(c, uarg + offsetof(struct kh_receive_request_args_ia32, request_id),
			 &view.request_id, sizeof(view.request_id)))
		return -EFAULT;
	if (kh_probe_out(c, uarg + offsetof(struct kh_receive_request_args_ia32, bytes_returned),
			 &view.bytes_returned,
			 sizeof(view) - offsetof(struct kh_receive_request_args_ia32,
						 bytes_returned)))
		return -EFAULT;
	if (kh_probe_outbufs(c))
		return -EFAULT;
	ret = kh_ioc_receive_request_core(c, args);
	if (ret == 0 || ret == -ENOSPC || ret == -ENOBUFS) {
		view.request_id = (__u64)args->request_id;
		if (kh_copy_out(c, uarg + offsetof(struct kh_receive_request_args_ia32, request_id),
				&view.request_id, sizeof(view.request_id)))
			return -EFAULT;
		view.bytes_returned = (__u32)args->bytes_returned;
		view.bytes_needed = (__u32)args->bytes_needed;
		if (kh_copy_out(c, uarg +
				offsetof(struct kh_receive_request_args_ia32, bytes_returned),
				&view.bytes_returned,
				sizeof(view) - offsetof(struct kh_receive_request_args_ia32,
							bytes_returned)))
			return -EFAULT;
		if (ret == 0 && kh_flush_outbufs(c))
			return -EFAULT;
	}
	return ret;
}

static long kh_entry_ioc_receive_body_ia32(struct kh_ctx *c, void __user *uarg)
{
	struct kh_receive_body_args_ia32 view;
	struct kh_receive_body_args *args;
	void *p;
	long ret;

	if (kh_copy_in(c, &view, uarg, sizeof(view)))
		return -EFAULT;
	ret = kh_alloc(c, &p, 1, sizeof(*args), __alignof__(*args));
	if (ret)
		return ret;
	args = p;
	ret = kh_capture_receive_body_args_ia32(c, args, &view);
	if (ret)
		return ret;
	if (kh_probe_out(c, uarg + offsetof(struct kh_receive_body_args_ia32, bytes_returned),
			 &view.bytes_returned, sizeof(view.bytes_returned)))
		return -EFAULT;
	if (kh_probe_outbufs(c))
		return -EFAULT;
	ret = kh_ioc_receive_body_core(c, args);
	if (ret == 0 || ret == -ENOSPC) {
		view.bytes_returned = (__u32)args->bytes_returned;
		if (kh_copy_out(c, uarg +
				offsetof(struct kh_receive_body_args_ia32, bytes_returned),
				&view.bytes_returned, sizeof(view.bytes_returned)))
			return -EFAULT;
		if (ret == 0 && kh_flush_outbufs(c))
			return -EFAULT;
	}
	return ret;
}

static long kh_entry_ioc_send_response_ia32(struct kh_ctx *c, void __user *uarg)
{
	struct kh_send_response_args_ia32 view;
	struct kh_send_response_args *args;
	void *p;
	long ret;

	if (kh_copy_in(c, &view, uarg, sizeof(view)))
		return -EFAULT;
	ret = kh_alloc(c, &p, 1, sizeof(*args), __alignof__(*args));
	if (ret)
		return ret;
	args = p;
	ret = kh_capture_send_response_args_ia32(c, args, &view);
	if (ret)
		return ret;
	if (kh_probe_out(c, uarg + offsetof(struct kh_send_response_args_ia32, bytes_sent),
			 &view.bytes_sent, sizeof(view.bytes_sent)))
		return -EFAULT;
	if (kh_probe_outbufs(c))
		return -EFAULT;
	ret = kh_ioc_send_response_core(c, args);
	if (ret == 0) {
		view.bytes_sent = (__u32)args->bytes_sent;
		if (kh_copy_out(c, uarg + offsetof(struct kh_send_response_args_ia32, bytes_sent),
				&view.bytes_sent, sizeof(view.bytes_sent)))
			return -EFAULT;
		if (kh_flush_outbufs(c))
			return -EFAULT;
	}
	return ret;
}

static long kh_entry_ioc_send_body_ia32(struct kh_ctx *c, void __user *uarg)
{
	struct kh_send_body_args_ia32 view;
	struct kh_send_body_args *args;
	void *p;
	long ret;

	if (kh_copy_in(c, &view, uarg, sizeof(view)))
		return -EFAULT;
	ret = kh_alloc(c, &p, 1, sizeof(*args), __alignof__(*args));
	if (ret)
		return ret;
	args = p;
	ret = kh_capture_send_body_args_ia32(c, args, &view);
	if (ret)
		return ret;
	if (kh_probe_out(c, uarg + offsetof(struct kh_send_body_args_ia32, bytes_sent),
			 &view.bytes_sent, sizeof(view.bytes_sent)))
		return -EFAULT;
	if (kh_probe_outbufs(c))
		return -EFAULT;
	ret = kh_ioc_send_body_core(c, args);
	if (ret == 0) {
		view.bytes_sent = (__u32)args->bytes_sent;
		if (kh_copy_out(c, uarg + offsetof(struct kh_send_body_args_ia32, bytes_sent),
				&view.bytes_sent, sizeof(view.bytes_sent)))
			return -EFAULT;
		if (kh_flush_outbufs(c))
			return -EFAULT;
	}
	return ret;
}

static long kh_entry_ioc_cancel_ia32(struct kh_ctx *c, void __user *uarg)
{
	struct kh_cancel_args_ia32 view;
	struct kh_cancel_args kargs, *args = &kargs;
	long ret;

	if (kh_copy_in(c, &view, uarg, sizeof(view)))
		return -EFAULT;
	memset(&kargs, 0, sizeof(kargs));
	ret = kh_capture_cancel_args_ia32(c, args, &view);
	if (ret)
		return ret;
	ret = kh_ioc_cancel_core(c, args);
	return ret;
}

static long kh_entry_ioc_wait_disconnect_ia32(struct kh_ctx *c, void __user *uarg)
{
	struct kh_wait_disconnect_args_ia32 view;
	struct kh_wait_disconnect_args kargs, *args = &kargs;
	long ret;

	if (kh_copy_in(c, &view, uarg, sizeof(view)))
		return -EFAULT;
	memset(&kargs, 0, sizeof(kargs));
	ret = kh_capture_wait_disconnect_args_ia32(c, args, &view);
	if (ret)
		return ret;
	ret = kh_ioc_wait_disconnect_core(c, args);
	return ret;
}

static long kh_entry_ioc_flush_cache_ia32(struct kh_ctx *c, void __user *uarg)
{
	struct kh_flush_cache_args_ia32 view;
	struct kh_flush_cache_args *args;
	void *p;
	long ret;

	if (kh_copy_in(c, &view, uarg, sizeof(view)))
		return -EFAULT;
	ret = kh_alloc(c, &p, 1, sizeof(*args), __alignof__(*args));
	if (ret)
		return ret;
	args = p;
	ret = kh_capture_flush_cache_args_ia32(c, args, &view);
	if (ret)
		return ret;
	if (kh_probe_outbufs(c))
		return -EFAULT;
	ret = kh_ioc_flush_cache_core(c, args);
	if (ret == 0) {
		if (kh_flush_outbufs(c))
			return -EFAULT;
	}
	return ret;
}

static long kh_entry_ioc_stats_ia32(struct kh_ctx *c, void __user *uarg)
{
	struct kh_stats_args_ia32 view;
	struct kh_stats_args *args;
	void *p;
	long ret;

	if (kh_copy_in(c, &view, uarg, sizeof(view)))
		return -EFAULT;
	ret = kh_alloc(c, &p, 1, sizeof(*args), __alignof__(*args));
	if (ret)
		return ret;
	args = p;
	ret = kh_capture_stats_args_ia32(c, args, &view);
	if (ret)
		return ret;
	if (kh_probe_out(c, uarg + offsetof(struct kh_stats_args_ia32, counters_returned),
			 &view.counters_returned, sizeof(view.counters_returned)))
		return -EFAULT;
	if (kh_probe_outbufs(c))
		return -EFAULT;
	ret = kh_ioc_stats_core(c, args);
	if (ret == 0 || ret == -ENOSPC) {
		view.counters_returned = (__u32)args->counters_returned;
		if (kh_copy_out(c, uarg + offsetof(struct kh_stats_args_ia32, counters_returned),
				&view.counters_returned, sizeof(view.counters_returned)))
			return -EFAULT;
		if (ret == 0 && kh_flush_outbufs(c))
			return -EFAULT;
	}
	return ret;
}

static long kh_entry_ioc_limits_ia32(struct kh_ctx *c, void __user *uarg)
{
	struct kh_limits_args_ia32 view;
	struct kh_limits_args kargs, *args = &kargs;
	long ret;

	if (kh_copy_in(c, &view, uarg, sizeof(view)))
		return -EFAULT;
	memset(&kargs, 0, sizeof(kargs));
	ret = kh_capture_limits_args_ia32(c, args, &view);
	if (ret)
		return ret;
	if (kh_probe_out(c, uarg + offsetof(struct kh_limits_args_ia32, max_connections),
			 &view.max_connections,
			 sizeof(view) - offsetof(struct kh_limits_args_ia32, max_connections)))
		return -EFAULT;
	ret = kh_ioc_limits_core(c, args);
	if (ret == 0) {
		view.max_connections = (__u32)args->max_connections;
		view.queue_length = (__u32)args->queue_length;
		view.max_header_bytes = (__u32)args->max_header_bytes;
		view.max_body_bytes = (__u64)args->max_body_bytes;
		view.idle_timeout_ms = (__u32)args->idle_timeout_ms;
		view.header_timeout_ms = (__u32)args->header_timeout_ms;
		if (kh_copy_out(c, uarg + offsetof(struct kh_limits_args_ia32, max_connections),
				&view.max_connections,
				sizeof(view) - offsetof(struct kh_limits_args_ia32,
							max_connections)))
			return -EFAULT;
	}
	return ret;
}

static long kh_entry_ioc_add_reservation_ia32(struct kh_ctx *c, void __user *uarg)
{
	struct kh_reservation_args_ia32 view;
	struct kh_reservation_args *args;
	void *p;
	long ret;

	if (kh_copy_in(c, &view, uarg, sizeof(view)))
		return -EFAULT;
	ret = kh_alloc(c, &p, 1, sizeof(*args), __alignof__(*args));
	if (ret)
		return ret;
	args = p;
	ret = kh_capture_reservation_args_ia32(c, args, &view);
	if (ret)
		return ret;
	if (kh_probe_outbufs(c))
		return -EFAULT;
	ret = kh_ioc_add_reservation_core(c, args);
	if (ret == 0) {
		if (kh_flush_outbufs(c))
			return -EFAULT;
	}
	return ret;
}

static long kh_entry_ioc_remove_reservation_ia32(struct kh_ctx *c, void __user *uarg)
{
	struct kh_reservation_args_ia32 view;
	struct kh_reservation_args *args;
	void *p;
	long ret;

	if (kh_copy_in(c, &view, uarg, sizeof(view)))
		return -EFAULT;
	ret = kh_alloc(c, &p, 1, sizeof(*args), __alignof__(*args));
	if (ret)
		return ret;
	args = p;
	ret = kh_capture_reservation_args_ia32(c, args, &view);
	if (ret)
		return ret;
	if (kh_probe_outbufs(c))
		return -EFAULT;
	ret = kh_ioc_remove_reservation_core(c, args);
	if (ret == 0) {
		if (kh_flush_outbufs(c))
			return -EFAULT;
	}
	return ret;
}

static long kh_entry_ioc_queue_access_ia32(struct kh_ctx *c, void __user *uarg)
{
	struct kh_queue_access_args_ia32 view;
	struct kh_queue_access_args *args;
	void *p;
	long ret;

	if (kh_copy_in(c, &view, uarg, sizeof(view)))
		return -EFAULT;
	ret = kh_alloc(c, &p, 1, sizeof(*args), __alignof__(*args));
	if (ret)
		return ret;
	args = p;
	ret = kh_capture_queue_access_args_ia32(c, args, &view);
	if (ret)
		return ret;
	if (kh_probe_outbufs(c))
		return -EFAULT;
	ret = kh_ioc_queue_access_core(c, args);
	if (ret == 0) {
		if (kh_flush_outbufs(c))
			return -EFAULT;
	}
	return ret;
}

static long kh_entry_ioc_admin_list_ia32(struct kh_ctx *c, void __user *uarg)
{
	struct kh_admin_list_args_ia32 view;
	struct kh_admin_list_args *args;
	void *p;
	long ret;

	if (kh_copy_in(c, &view, uarg, sizeof(view)))
		return -EFAULT;
	ret = kh_alloc(c, &p, 1, sizeof(*args), __alignof__(*args));
	if (ret)
		return ret;
	args = p;
	ret = kh_capture_admin_list_args_ia32(c, args, &view);
	if (ret)
		return ret;
	if (kh_probe_out(c, uarg + offsetof(struct kh_admin_list_args_ia32, entries_returned),
			 &view.entries_returned,
			 sizeof(view) - offsetof(struct kh_admin_list_args_ia32, entries_returned)))
		return -EFAULT;
	if (kh_probe_outbufs(c))
		return -EFAULT;
	ret = kh_ioc_admin_list_core(c, args);
	if (ret == 0) {
		view.entries_returned = (__u32)args->entries_returned;
		view.entries_total = (__u32)args->entries_total;
		if (kh_copy_out(c, uarg +
				offsetof(struct kh_admin_list_args_ia32, entries_returned),
				&view.entries_returned,
				sizeof(view) - offsetof(struct kh_admin_list_args_ia32,
							entries_returned)))
			return -EFAULT;
		if (kh_flush_outbufs(c))
			return -EFAULT;
	}
	return ret;
}

static long kh_entry_ioc_version_x32(struct kh_ctx *c, void __user *uarg)
{
	struct kh_version_args view;
	struct kh_version_args kargs, *args = &kargs;
	long ret;

	if (kh_copy_in(c, &view, uarg, sizeof(view)))
		return -EFAULT;
	memset(&kargs, 0, sizeof(kargs));
	ret = kh_capture_version_args_x32(c, args, &view);
	if (ret)
		return ret;
	if (kh_probe_out(c, uarg, &view, sizeof(view)))
		return -EFAULT;
	ret = kh_ioc_version_core(c, args);
	if (ret == 0) {
		view.major = (__u32)args->major;
		view.minor = (__u32)args->minor;
		view.patch = (__u32)args->patch;
		view.abi = (__u32)args->abi;
		if (kh_copy_out(c, uarg, &view, sizeof(view)))
			return -EFAULT;
	}
	return ret;
}

static long kh_entry_ioc_queue_x32(struct kh_ctx *c, void __user *uarg)
{
	struct kh_queue_args_x32 view;
	struct kh_queue_args *args;
	void *p;
	long ret;

	if (kh_copy_in(c, &view, uarg, sizeof(view)))
		return -EFAULT;
	ret = kh_alloc(c, &p, 1, sizeof(*args), __alignof__(*args));
	if (ret)
		return ret;
	args = p;
	ret = kh_capture_queue_args_x32(c, args, &view);
	if (ret)
		return ret;
	if (kh_probe_out(c, uarg + offsetof(struct kh_queue_args_x32, queue_id), &view.queue_id,
			 sizeof(view.queue_id)))
		return -EFAULT;
	if (kh_probe_outbufs(c))
		return -EFAULT;
	ret = kh_ioc_queue_core(c, args);
	if (ret == 0) {
		view.queue_id = (__u64)args->queue_id;
		if (kh_copy_out(c, uarg + offsetof(struct kh_queue_args_x32, queue_id),
				&view.queue_id, sizeof(view.queue_id)))
			return -EFAULT;
		if (kh_flush_outbufs(c))
			return -EFAULT;
	}
	return ret;
}

static long kh_entry_ioc_add_url_x32(struct kh_ctx *c, void __user *uarg)
{
	struct kh_url_args_x32 view;
	struct kh_url_args *args;
	void *p;
	long ret;

	if (kh_copy_in(c, &view, uarg, sizeof(view)))
		return -EFAULT;
	ret = kh_alloc(c, &p, 1, sizeof(*args), __alignof__(*args));
	if (ret)
		return ret;
	args = p;
	ret = kh_capture_url_args_x32(c, args, &view);
	if (ret)
		return ret;
	if (kh_probe_outbufs(c))
		return -EFAULT;
	ret = kh_ioc_add_url_core(c, args);
	if (ret == 0) {
		if (kh_flush_outbufs(c))
			return -EFAULT;
	}
	return ret;
}

static long kh_entry_ioc_remove_url_x32(struct kh_ctx *c, void __user *uarg)
{
	struct kh_url_args_x32 view;
	struct kh_url_args *args;
	void *p;
	long ret;

	if (kh_copy_in(c, &view, uarg, sizeof(view)))
		return -EFAULT;
	ret = kh_alloc(c, &p, 1, sizeof(*args), __alignof__(*args));
	if (ret)
		return ret;
	args = p;
	ret = kh_capture_url_args_x32(c, args, &view);
	if (ret)
		return ret;
	if (kh_probe_outbufs(c))
		return -EFAULT;
	ret = kh_ioc_remove_url_core(c, args);
	if (ret == 0) {
		if (kh_flush_outbufs(c))
			return -EFAULT;
	}
	return ret;
}

static long kh_entry_ioc_receive_request_x32(struct kh_ctx *c, void __user *uarg)
{
	struct kh_receive_request_args_x32 view;
	struct kh_receive_request_args *args;
	void *p;
	long ret;

	if (kh_copy_in(c, &view, uarg, sizeof(view)))
		return -EFAULT;
	ret = kh_alloc(c, &p, 1, sizeof(*args), __alignof__(*args));
	if (ret)
		return ret;
	args = p;
	ret = kh_capture_receive_request_args_x32(c, args, &view);
	if (ret)
		return ret;
	if (kh_probe_out(c, uarg + offsetof(struct kh_receive_request_args_x32, request_id),
			 &view.request_id, sizeof(view.request_id)))
		return -EFAULT;
	if (kh_probe_out(c, uarg + offsetof(struct kh_receive_request_args_x32, bytes_returned),
			 &view.bytes_returned,
			 sizeof(view) - offsetof(struct kh_receive_request_args_x32,
						 bytes_returned)))
		return -EFAULT;
	if (kh_probe_outbufs(c))
		return -EFAULT;
	ret = kh_ioc_receive_request_core(c, args);
	if (ret == 0 || ret == -ENOSPC || ret == -ENOBUFS) {
		view.request_id = (__u64)args->request_id;
		if (kh_copy_out(c, uarg + offsetof(struct kh_receive_request_args_x32, request_id),
				&view.request_id, sizeof(view.request_id)))
			return -EFAULT;
		view.bytes_returned = (__u32)args->bytes_returned;
		view.bytes_needed = (__u32)args->bytes_needed;
		if (kh_copy_out(c, uarg +
				offsetof(struct kh_receive_request_args_x32, bytes_returned),
				&view.bytes_returned,
				sizeof(view) - offsetof(struct kh_receive_request_args_x32,
							bytes_returned)))
			return -EFAULT;
		if (ret == 0 && kh_flush_outbufs(c))
			return -EFAULT;
	}
	return ret;
}

static long kh_entry_ioc_receive_body_x32(struct kh_ctx *c, void __user *uarg)
{
	struct kh_receive_body_args_x32 view;
	struct kh_receive_body_args *args;
	void *p;
	long ret;

	if (kh_copy_in(c, &view, uarg, sizeof(view)))
		return -EFAULT;
	ret = kh_alloc(c, &p, 1, sizeof(*args), __alignof__(*args));
	if (ret)
		return ret;
	args = p;
	ret = kh_capture_receive_body_args_x32(c, args, &view);
	if (ret)
		return ret;
	if (kh_probe_out(c, uarg + offsetof(struct kh_receive_body_args_x32, bytes_returned),
			 &view.bytes_returned, sizeof(view.bytes_returned)))
		return -EFAULT;
	if (kh_probe_outbufs(c))
		return -EFAULT;
	ret = kh_ioc_receive_body_core(c, args);
	if (ret == 0 || ret == -ENOSPC) {
		view.bytes_returned = (__u32)args->bytes_returned;
		if (kh_copy_out(c, uarg + offsetof(struct kh_receive_body_args_x32, bytes_returned),
				&view.bytes_returned, sizeof(view.bytes_returned)))
			return -EFAULT;
		if (ret == 0 && kh_flush_outbufs(c))
			return -EFAULT;
	}
	return ret;
}

static long kh_entry_ioc_send_response_x32(struct kh_ctx *c, void __user *uarg)
{
	struct kh_send_response_args_x32 view;
	struct kh_send_response_args *args;
	void *p;
	long ret;

	if (kh_copy_in(c, &view, uarg, sizeof(view)))
		return -EFAULT;
	ret = kh_alloc(c, &p, 1, sizeof(*args), __alignof__(*args));
	if (ret)
		return ret;
	args = p;
	ret = kh_capture_send_response_args_x32(c, args, &view);
	if (ret)
		return ret;
	if (kh_probe_out(c, uarg + offsetof(struct kh_send_response_args_x32, bytes_sent),
			 &view.bytes_sent, sizeof(view.bytes_sent)))
		return -EFAULT;
	if (kh_probe_outbufs(c))
		return -EFAULT;
	ret = kh_ioc_send_response_core(c, args);
	if (ret == 0) {
		view.bytes_sent = (__u32)args->bytes_sent;
		if (kh_copy_out(c, uarg + offsetof(struct kh_send_response_args_x32, bytes_sent),
				&view.bytes_sent, sizeof(view.bytes_sent)))
			return -EFAULT;
		if (kh_flush_outbufs(c))
			return -EFAULT;
	}
	return ret;
}

static long kh_entry_ioc_send_body_x32(struct kh_ctx *c, void __user *uarg)
{
	struct kh_send_body_args_x32 view;
	struct kh_send_body_args *args;
	void *p;
	long ret;

	if (kh_copy_in(c, &view, uarg, sizeof(view)))
		return -EFAULT;
	ret = kh_alloc(c, &p, 1, sizeof(*args), __alignof__(*args));
	if (ret)
		return ret;
	args = p;
	ret = kh_capture_send_body_args_x32(c, args, &view);
	if (ret)
		return ret;
	if (kh_probe_out(c, uarg + offsetof(struct kh_send_body_args_x32, bytes_sent),
			 &view.bytes_sent, sizeof(view.bytes_sent)))
		return -EFAULT;
	if (kh_probe_outbufs(c))
		return -EFAULT;
	ret = kh_ioc_send_body_core(c, args);
	if (ret == 0) {
		view.bytes_sent = (__u32)args->bytes_sent;
		if (kh_copy_out(c, uarg + offsetof(struct kh_send_body_args_x32, bytes_sent),
				&view.bytes_sent, sizeof(view.bytes_sent)))
			return -EFAULT;
		if (kh_flush_outbufs(c))
			return -EFAULT;
	}
	return ret;
}

static long kh_entry_ioc_cancel_x32(struct kh_ctx *c, void __user *uarg)
{
	struct kh_cancel_args_x32 view;
	struct kh_cancel_args kargs, *args = &kargs;
	long ret;

	if (kh_copy_in(c, &view, uarg, sizeof(view)))
		return -EFAULT;
	memset(&kargs, 0, sizeof(kargs));
	ret = kh_capture_cancel_args_x32(c, args, &view);
	if (ret)
		return ret;
	ret = kh_ioc_cancel_core(c, args);
	return ret;
}

static long kh_entry_ioc_wait_disconnect_x32(struct kh_ctx *c, void __user *uarg)
{
	struct kh_wait_disconnect_args_x32 view;
	struct kh_wait_disconnect_args kargs, *args = &kargs;
	long ret;

	if (kh_copy_in(c, &view, uarg, sizeof(view)))
		return -EFAULT;
	memset(&kargs, 0, sizeof(kargs));
	ret = kh_capture_wait_disconnect_args_x32(c, args, &view);
	if (ret)
		return ret;
	ret = kh_ioc_wait_disconnect_core(c, args);
	return ret;
}

static long kh_entry_ioc_flush_cache_x32(struct kh_ctx *c, void __user *uarg)
{
	struct kh_flush_cache_args_x32 view;
	struct kh_flush_cache_args *args;
	void *p;
	long ret;

	if (kh_copy_in(c, &view, uarg, sizeof(view)))
		return -EFAULT;
	ret = kh_alloc(c, &p, 1, sizeof(*args), __alignof__(*args));
	if (ret)
		return ret;
	args = p;
	ret = kh_capture_flush_cache_args_x32(c, args, &view);
	if (ret)
		return ret;
	if (kh_probe_outbufs(c))
		return -EFAULT;
	ret = kh_ioc_flush_cache_core(c, args);
	if (ret == 0) {
		if (kh_flush_outbufs(c))
			return -EFAULT;
	}
	return ret;
}

static long kh_entry_ioc_stats_x32(struct kh_ctx *c, void __user *uarg)
{
	struct kh_stats_args_x32 view;
	struct kh_stats_args *args;
	void *p;
	long ret;

	if (kh_copy_in(c, &view, uarg, sizeof(view)))
		return -EFAULT;
	ret = kh_alloc(c, &p, 1, sizeof(*args), __alignof__(*args));
	if (ret)
		return ret;
	args = p;
	ret = kh_capture_stats_args_x32(c, args, &view);
	if (ret)
		return ret;
	if (kh_probe_out(c, uarg + offsetof(struct kh_stats_args_x32, counters_returned),
			 &view.counters_returned, sizeof(view.counters_returned)))
		return -EFAULT;
	if (kh_probe_outbufs(c))
		return -EFAULT;
	ret = kh_ioc_stats_core(c, args);
	if (ret == 0 || ret == -ENOSPC) {
		view.counters_returned = (__u32)args->counters_returned;
		if (kh_copy_out(c, uarg + offsetof(struct kh_stats_args_x32, counters_returned),
				&view.counters_returned, sizeof(view.counters_returned)))
			return -EFAULT;
		if (ret == 0 && kh_flush_outbufs(c))
			return -EFAULT;
	}
	return ret;
}

static long kh_entry_ioc_limits_x32(struct kh_ctx *c, void __user *uarg)
{
	struct kh_limits_args_x32 view;
	struct kh_limits_args kargs, *args = &kargs;
	long ret;

	if (kh_copy_in(c, &view, uarg, sizeof(view)))
		return -EFAULT;
	memset(&kargs, 0, sizeof(kargs));
	ret = kh_capture_limits_args_x32(c, args, &view);
	if (ret)
		return ret;
	if (kh_probe_out(c, uarg + offsetof(struct kh_limits_args_x32, max_connections),
			 &view.max_connections,
			 sizeof(view) - offsetof(struct kh_limits_args_x32, max_connections)))
		return -EFAULT;
	ret = kh_ioc_limits_core(c, args);
	if (ret == 0) {
		view.max_connections = (__u32)args->max_connections;
		view.queue_length = (__u32)args->queue_length;
		view.max_header_bytes = (__u32)args->max_header_bytes;
		view.max_body_bytes = (__u64)args->max_body_bytes;
		view.idle_timeout_ms = (__u32)args->idle_timeout_ms;
		view.header_timeout_ms = (__u32)args->header_timeout_ms;
		if (kh_copy_out(c, uarg + offsetof(struct kh_limits_args_x32, max_connections),
				&view.max_connections,
				sizeof(view) - offsetof(struct kh_limits_args_x32,
							max_connections)))
			return -EFAULT;
	}
	return ret;
}

static long kh_entry_ioc_add_reservation_x32(struct kh_ctx *c, void __user *uarg)
{
	struct kh_reservation_args_x32 view;
	struct kh_reservation_args *args;
	void *p;
	long ret;

	if (kh_copy_in(c, &view, uarg, sizeof(view)))
		return -EFAULT;
	ret = kh_alloc(c, &p, 1, sizeof(*args), __alignof__(*args));
	if (ret)
		return ret;
	args = p;
	ret = kh_capture_reservation_args_x32(c, args, &view);
	if (ret)
		return ret;
	if (kh_probe_outbufs(c))
		return -EFAULT;
	ret = kh_ioc_add_reservation_core(c, args);
	if (ret == 0) {
		if (kh_flush_outbufs(c))
			return -EFAULT;
	}
	return ret;
}

static long kh_entry_ioc_remove_reservation_x32(struct kh_ctx *c, void __user *uarg)
{
	struct kh_reservation_args_x32 view;
	struct kh_reservation_args *args;
	void *p;
	long ret;

	if (kh_copy_in(c, &view, uarg, sizeof(view)))
		return -EFAULT;
	ret = kh_alloc(c, &p, 1, sizeof(*args), __alignof__(*args));
	if (ret)
		return ret;
	args = p;
	ret = kh_capture_reservation_args_x32(c, args, &view);
	if (ret)
		return ret;
	if (kh_probe_outbufs(c))
		return -EFAULT;
	ret = kh_ioc_remove_reservation_core(c, args);
	if (ret == 0) {
		if (kh_flush_outbufs(c))
			return -EFAULT;
	}
	return ret;
}

static long kh_entry_ioc_queue_access_x32(struct kh_ctx *c, void __user *uarg)
{
	struct kh_queue_access_args_x32 view;
	struct kh_queue_access_args *args;
	void *p;
	long ret;

	if (kh_copy_in(c, &view, uarg, sizeof(view)))
		return -EFAULT;
	ret = kh_alloc(c, &p, 1, sizeof(*args), __alignof__(*args));
	if (ret)
		return ret;
	args = p;
	ret = kh_capture_queue_access_args_x32(c, args, &view);
	if (ret)
		return ret;
	if (kh_probe_outbufs(c))
		return -EFAULT;
	ret = kh_ioc_queue_access_core(c, args);
	if (ret == 0) {
		if (kh_flush_outbufs(c))
			return -EFAULT;
	}
	return ret;
}

static long kh_entry_ioc_admin_list_x32(struct kh_ctx *c, void __user *uarg)
{
	struct kh_admin_list_args_x32 view;
	struct kh_admin_list_args *args;
	void *p;
	long ret;

	if (kh_copy_in(c, &view, uarg, sizeof(view)))
		return -EFAULT;
	ret = kh_alloc(c, &p, 1, sizeof(*args), __alignof__(*args));
	if (ret)
		return ret;
	args = p;
	ret = kh_capture_admin_list_args_x32(c, args, &view);
	if (ret)
		return ret;
	if (kh_probe_out(c, uarg + offsetof(struct kh_admin_list_args_x32, entries_returned),
			 &view.entries_returned,
			 sizeof(view) - offsetof(struct kh_admin_list_args_x32, entries_returned)))
		return -EFAULT;
	if (kh_probe_outbufs(c))
		return -EFAULT;
	ret = kh_ioc_admin_list_core(c, args);
	if (ret == 0) {
		view.entries_returned = (__u32)args->entries_returned;
		view.entries_total = (__u32)args->entries_total;
		if (kh_copy_out(c, uarg + offsetof(struct kh_admin_list_args_x32, entries_returned),
				&view.entries_returned,
				sizeof(view) - offsetof(struct kh_admin_list_args_x32,
							entries_returned)))
			return -EFAULT;
		if (kh_flush_outbufs(c))
			return -EFAULT;
	}
	return ret;
}

long kh_ioctl_dispatch(struct kh_ctx *c, unsigned int cmd, void __user *uarg)
{
	switch (c->abi) {
	case KH_LAYOUT_X86_64:
		switch (cmd) {
		case KH_IOC_VERSION_X86_64:
			return kh_entry_ioc_version(c, uarg);
		case KH_IOC_QUEUE_X86_64:
			return kh_entry_ioc_queue(c, uarg);
		case KH_IOC_ADD_URL_X86_64:
			return kh_entry_ioc_add_url(c, uarg);
		case KH_IOC_REMOVE_URL_X86_64:
			return kh_entry_ioc_remove_url(c, uarg);
		case KH_IOC_RECEIVE_REQUEST_X86_64:
			return kh_entry_ioc_receive_request(c, uarg);
		case KH_IOC_RECEIVE_BODY_X86_64:
			return kh_entry_ioc_receive_body(c, uarg);
		case KH_IOC_SEND_RESPONSE_X86_64:
			return kh_entry_ioc_send_response(c, uarg);
		case KH_IOC_SEND_BODY_X86_64:
			return kh_entry_ioc_send_body(c, uarg);
		case KH_IOC_CANCEL_X86_64:
			return kh_entry_ioc_cancel(c, uarg);
		case KH_IOC_WAIT_DISCONNECT_X86_64:
			return kh_entry_ioc_wait_disconnect(c, uarg);
		case KH_IOC_FLUSH_CACHE_X86_64:
			return kh_entry_ioc_flush_cache(c, uarg);
		case KH_IOC_STATS_X86_64:
			return kh_entry_ioc_stats(c, uarg);
		case KH_IOC_LIMITS_X86_64:
			return kh_entry_ioc_limits(c, uarg);
		case KH_IOC_ADD_RESERVATION_X86_64:
			return kh_entry_ioc_add_reservation(c, uarg);
		case KH_IOC_REMOVE_RESERVATION_X86_64:
			return kh_entry_ioc_remove_reservation(c, uarg);
		case KH_IOC_QUEUE_ACCESS_X86_64:
			return kh_entry_ioc_queue_access(c, uarg);
		case KH_IOC_ADMIN_LIST_X86_64:
			return kh_entry_ioc_admin_list(c, uarg);
		}
		break;
	case KH_LAYOUT_IA32:
		switch (cmd) {
		case KH_IOC_VERSION_IA32:
			return kh_entry_ioc_version_ia32(c, uarg);
		case KH_IOC_QUEUE_IA32:
			return kh_entry_ioc_queue_ia32(c, uarg);
		case KH_IOC_ADD_URL_IA32:
			return kh_entry_ioc_add_url_ia32(c, uarg);
		case KH_IOC_REMOVE_URL_IA32:
			return kh_entry_ioc_remove_url_ia32(c, uarg);
		case KH_IOC_RECEIVE_REQUEST_IA32:
			return kh_entry_ioc_receive_request_ia32(c, uarg);
		case KH_IOC_RECEIVE_BODY_IA32:
			return kh_entry_ioc_receive_body_ia32(c, uarg);
		case KH_IOC_SEND_RESPONSE_IA32:
			return kh_entry_ioc_send_response_ia32(c, uarg);
		case KH_IOC_SEND_BODY_IA32:
			return kh_entry_ioc_send_body_ia32(c, uarg);
		case KH_IOC_CANCEL_IA32:
			return kh_entry_ioc_cancel_ia32(c, uarg);
		case KH_IOC_WAIT_DISCONNECT_IA32:
			return kh_entry_ioc_wait_disconnect_ia32(c, uarg);
		case KH_IOC_FLUSH_CACHE_IA32:
			return kh_entry_ioc_flush_cache_ia32(c, uarg);
		case KH_IOC_STATS_IA32:
			return kh_entry_ioc_stats_ia32(c, uarg);
		case KH_IOC_LIMITS_IA32:
			return kh_entry_ioc_limits_ia32(c, uarg);
		case KH_IOC_ADD_RESERVATION_IA32:
			return kh_entry_ioc_add_reservation_ia32(c, uarg);
		case KH_IOC_REMOVE_RESERVATION_IA32:
			return kh_entry_ioc_remove_reservation_ia32(c, uarg);
		case KH_IOC_QUEUE_ACCESS_IA32:
			return kh_entry_ioc_queue_access_ia32(c, uarg);
		case KH_IOC_ADMIN_LIST_IA32:
			return kh_entry_ioc_admin_list_ia32(c, uarg);
		}
		break;
	case KH_LAYOUT_X32:
		switch (cmd) {
		case KH_IOC_VERSION_X32:
			return kh_entry_ioc_version_x32(c, uarg);
		case KH_IOC_QUEUE_X32:
			return kh_entry_ioc_queue_x32(c, uarg);
		case KH_IOC_ADD_URL_X32:
			return kh_entry_ioc_add_url_x32(c, uarg);
		case KH_IOC_REMOVE_URL_X32:
			return kh_entry_ioc_remove_url_x32(c, uarg);
		case KH_IOC_RECEIVE_REQUEST_X32:
			return kh_entry_ioc_receive_request_x32(c, uarg);
		case KH_IOC_RECEIVE_BODY_X32:
			return kh_entry_ioc_receive_body_x32(c, uarg);
		case KH_IOC_SEND_RESPONSE_X32:
			return kh_entry_ioc_send_response_x32(c, uarg);
		case KH_IOC_SEND_BODY_X32:
			return kh_entry_ioc_send_body_x32(c, uarg);
		case KH_IOC_CANCEL_X32:
			return kh_entry_ioc_cancel_x32(c, uarg);
		case KH_IOC_WAIT_DISCONNECT_X32:
			return kh_entry_ioc_wait_disconnect_x32(c, uarg);
		case KH_IOC_FLUSH_CACHE_X32:
			return kh_entry_ioc_flush_cache_x32(c, uarg);
		case KH_IOC_STATS_X32:
			return kh_entry_ioc_stats_x32(c, uarg);
		case KH_IOC_LIMITS_X32:
			return kh_entry_ioc_limits_x32(c, uarg);
		case KH_IOC_ADD_RESERVATION_X32:
			return kh_entry_ioc_add_reservation_x32(c, uarg);
		case KH_IOC_REMOVE_RESERVATION_X32:
			return kh_entry_ioc_remove_reservation_x32(c, uarg);
		case KH_IOC_QUEUE_ACCESS_X32:
			return kh_entry_ioc_queue_access_x32(c, uarg);
		case KH_IOC_ADMIN_LIST_X32:
			return kh_entry_ioc_admin_list_x32(c, uarg);
		}
		break;
	}
	return -ENOTTY;
}
