// SPDX-License-Identifier: GPL-2.0 OR MIT
/*
 * Generated from structs/khttp.h by thunkgen; do not edit, run `make gen`.
 * What: capture, user -> kernel, per record and ABI.
 */
#include "kh_thunks.h"

KH_CAPTURE_ARRAY_IN_PLACE(unknown_header, struct kh_unknown_header)
KH_CAPTURE_ARRAY_IN_PLACE(request_timing, struct kh_request_timing)
KH_CAPTURE_ARRAY_IN_PLACE(request_tcp, struct kh_request_tcp)
KH_CAPTURE_ARRAY_IN_PLACE(data_chunk, struct kh_data_chunk)
KH_CAPTURE_ARRAY_IN_PLACE(request_info, struct kh_request_info)
KH_CAPTURE_ARRAY_IN_PLACE(known_header, struct kh_known_header)
KH_CAPTURE_ARRAY_IN_PLACE(multiple_known_headers, struct kh_multiple_known_headers)
KH_CAPTURE_ARRAY_IN_PLACE(cache_key, struct kh_cache_key)
KH_CAPTURE_ARRAY_IN_PLACE(response_info, struct kh_response_info)
KH_CAPTURE_ARRAY_IN_PLACE(response, struct kh_response)
KH_CAPTURE_ARRAY_IN_PLACE(cache_policy, struct kh_cache_policy)
KH_CAPTURE_ARRAY_IN_PLACE(log_data, struct kh_log_data)

int kh_capture_http_version(struct kh_ctx *c __maybe_unused, struct kh_http_version *dst,
			    const struct kh_http_version *src)
{
	dst->major = src->major;
	dst->minor = src->minor;
	return 0;
}

int kh_capture_byte_range(struct kh_ctx *c __maybe_unused, struct kh_byte_range *dst,
			  const struct kh_byte_range *src)
{
	dst->start = src->start;
	dst->length = src->length;
	return 0;
}

int kh_capture_known_header(struct kh_ctx *c, struct kh_known_header *dst,
			    const struct kh_known_header *src)
{
	int err;
	void *k;

	dst->value_length = src->value_length;
	err = kh_get_string(c, &k, kh_native_uaddr(src->value), src->value_length);
	if (err)
		return err;
	dst->value = k;
	return 0;
}

int kh_capture_unknown_header(struct kh_ctx *c, struct kh_unknown_header *dst,
			      const struct kh_unknown_header *src)
{
	int err;
	void *k;

	dst->name_length = src->name_length;
	dst->value_length = src->value_length;
	err = kh_get_string(c, &k, kh_native_uaddr(src->name), src->name_length);
	if (err)
		return err;
	dst->name = k;
	err = kh_get_string(c, &k, kh_native_uaddr(src->value), src->value_length);
	if (err)
		return err;
	dst->value = k;
	return 0;
}

int kh_capture_cooked_url(struct kh_ctx *c, struct kh_cooked_url *dst,
			  const struct kh_cooked_url *src)
{
	int err;
	void *k;

	dst->full_url_length = src->full_url_length;
	dst->host_length = src->host_length;
	dst->abs_path_length = src->abs_path_length;
	dst->query_string_length = src->query_string_length;
	err = kh_get_string(c, &k, kh_native_uaddr(src->full_url), src->full_url_length);
	if (err)
		return err;
	dst->full_url = k;
	err = kh_get_string(c, &k, kh_native_uaddr(src->host), src->host_length);
	if (err)
		return err;
	dst->host = k;
	err = kh_get_string(c, &k, kh_native_uaddr(src->abs_path), src->abs_path_length);
	if (err)
		return err;
	dst->abs_path = k;
	err = kh_get_string(c, &k, kh_native_uaddr(src->query_string), src->query_string_length);
	if (err)
		return err;
	dst->query_string = k;
	return 0;
}

int kh_capture_transport_address(struct kh_ctx *c, struct kh_transport_address *dst,
				 const struct kh_transport_address *src)
{
	int err;
	void *k;

	{
		void __user *u = kh_native_uaddr(src->remote);

		if (u) {
			err = kh_fetch_sockaddr(c, &k, u);
			if (err)
				return err;
			dst->remote = k;
		} else {
			return -EFAULT;
		}
	}
	{
		void __user *u = kh_native_uaddr(src->local);

		if (u) {
			err = kh_fetch_sockaddr(c, &k, u);
			if (err)
				return err;
			dst->local = k;
		} else {
			return -EFAULT;
		}
	}
	return 0;
}

int kh_capture_request_headers(struct kh_ctx *c, struct kh_request_headers *dst,
			       const struct kh_request_headers *src)
{
	int err;
	void *k;

	if (src->unknown_header_count > KH_MAX_HEADERS)
		return -E2BIG;
	dst->unknown_header_count = src->unknown_header_count;
	if (src->trailer_count > KH_MAX_HEADERS)
		return -E2BIG;
	dst->trailer_count = src->trailer_count;
	for (unsigned int i0 = 0; i0 < KH_HEADER_REQUEST_MAXIMUM; i0++) {
		err = kh_capture_known_header(c, &dst->known_headers[i0], &src->known_headers[i0]);
		if (err)
			return err;
	}
	err = kh_capture_unknown_header_array(c, &k, kh_native_uaddr(src->unknown_headers),
					      src->unknown_header_count);
	if (err)
		return err;
	dst->unknown_headers = k;
	err = kh_capture_unknown_header_array(c, &k, kh_native_uaddr(src->trailers),
					      src->trailer_count);
	if (err)
		return err;
	dst->trailers = k;
	return 0;
}

int kh_capture_response_headers(struct kh_ctx *c, struct kh_response_headers *dst,
				const struct kh_response_headers *src)
{
	int err;
	void *k;

	if (src->unknown_header_count > KH_MAX_HEADERS)
		return -E2BIG;
	dst->unknown_header_count = src->unknown_header_count;
	if (src->trailer_count > KH_MAX_HEADERS)
		return -E2BIG;
	dst->trailer_count = src->trailer_count;
	for (unsigned int i0 = 0; i0 < KH_HEADER_RESPONSE_MAXIMUM; i0++) {
		err = kh_capture_known_header(c, &dst->known_headers[i0], &src->known_headers[i0]);
		if (err)
			return err;
	}
	err = kh_capture_unknown_header_array(c, &k, kh_native_uaddr(src->unknown_headers),
					      src->unknown_header_count);
	if (err)
		return err;
	dst->unknown_headers = k;
	err = kh_capture_unknown_header_array(c, &k, kh_native_uaddr(src->trailers),
					      src->trailer_count);
	if (err)
		return err;
	dst->trailers = k;
	return 0;
}

int kh_capture_data_chunk(struct kh_ctx *c, struct kh_data_chunk *dst,
			  const struct kh_data_chunk *src)
{
	int err;
	void *k;

	if (!kh_valid_chunk_type(src->type))
		return -EINVAL;
	dst->type = src->type;
	switch (src->type) {
	case KH_CHUNK_FROM_MEMORY:
		dst->u.memory.length = src->u.memory.length;
		err = kh_get_bytes(c, &k, kh_native_uaddr(src->u.memory.buffer),
				   src->u.memory.length);
		if (err)
			return err;
		dst->u.memory.buffer = k;
		break;
	case KH_CHUNK_FROM_FILE:
		err = kh_capture_byte_range(c, &dst->u.file.range, &src->u.file.range);
		if (err)
			return err;
		if (src->u.file.fd < 0)
			return -EBADF;
		dst->u.file.fd = src->u.file.fd;
		break;
	case KH_CHUNK_FROM_FRAGMENT_CACHE:
		if (src->u.fragment.name_length > KH_MAX_FRAGMENT_NAME)
			return -E2BIG;
		dst->u.fragment.name_length = src->u.fragment.name_length;
		err = kh_get_string(c, &k, kh_native_uaddr(src->u.fragment.name),
				    src->u.fragment.name_length);
		if (err)
			return err;
		dst->u.fragment.name = k;
		break;
	default:
		return -EINVAL;
	}
	return 0;
}

int kh_capture_request_timing(struct kh_ctx *c __maybe_unused, struct kh_request_timing *dst,
			      const struct kh_request_timing *src)
{
	dst->accepted_ns = src->accepted_ns;
	dst->headers_parsed_ns = src->headers_parsed_ns;
	dst->header_bytes = src->header_bytes;
	return 0;
}

int kh_capture_request_tcp(struct kh_ctx *c __maybe_unused, struct kh_request_tcp *dst,
			   const struct kh_request_tcp *src)
{
	dst->rtt_us = src->rtt_us;
	dst->mss = src->mss;
	dst->bytes_acked = src->bytes_acked;
	return 0;
}

int kh_capture_request_info(struct kh_ctx *c, struct kh_request_info *dst,
			    const struct kh_request_info *src)
{
	int err;
	void *k;

	if (!kh_valid_request_info_type(src->type))
		return -EINVAL;
	dst->type = src->type;
	dst->length = src->length;
	{
		void __user *u = kh_native_uaddr(src->info);

		if (src->length) {
			switch (src->type) {
			case KH_REQUEST_INFO_TIMING:
				if (src->length != sizeof(struct kh_request_timing))
					return -EINVAL;
				err = kh_capture_request_timing_array(c, &k, u, 1);
				if (err)
					return err;
				dst->info = k;
				dst->length = sizeof(struct kh_request_timing);
				break;
			case KH_REQUEST_INFO_TCP:
				if (src->length != sizeof(struct kh_request_tcp))
					return -EINVAL;
				err = kh_capture_request_tcp_array(c, &k, u, 1);
				if (err)
					return err;
				dst->info = k;
				dst->length = sizeof(struct kh_request_tcp);
				break;
			default:
				return -EINVAL;
			}
		} else {
			dst->info = NULL;
		}
	}
	return 0;
}

int kh_capture_request(struct kh_ctx *c, struct kh_request *dst, const struct kh_request *src)
{
	int err;
	void *k;

	if (src->flags & ~(__u64)(KH_REQUEST_FLAGS_ALL))
		return -EINVAL;
	dst->flags = src->flags;
	dst->connection_id = src->connection_id;
	dst->request_id = src->request_id;
	dst->url_context = src->url_context;
	err = kh_capture_http_version(c, &dst->version, &src->version);
	if (err)
		return err;
	if (!kh_valid_verb(src->verb))
		return -EINVAL;
	dst->verb = src->verb;
	dst->unknown_verb_length = src->unknown_verb_length;
	if (src->raw_url_length > KH_MAX_URL)
		return -E2BIG;
	dst->raw_url_length = src->raw_url_length;
	err = kh_capture_cooked_url(c, &dst->cooked_url, &src->cooked_url);
	if (err)
		return err;
	err = kh_capture_transport_address(c, &dst->address, &src->address);
	if (err)
		return err;
	err = kh_capture_request_headers(c, &dst->headers, &src->headers);
	if (err)
		return err;
	dst->bytes_received = src->bytes_received;
	if (src->entity_chunk_count > KH_MAX_CHUNKS)
		return -E2BIG;
	dst->entity_chunk_count = src->entity_chunk_count;
	dst->raw_connection_id = src->raw_connection_id;
	if (src->request_info_count > KH_MAX_INFO)
		return -E2BIG;
	dst->request_info_count = src->request_info_count;
	err = kh_get_string(c, &k, kh_native_uaddr(src->unknown_verb), src->unknown_verb_length);
	if (err)
		return err;
	dst->unknown_verb = k;
	err = kh_get_string(c, &k, kh_native_uaddr(src->raw_url), src->raw_url_length);
	if (err)
		return err;
	dst->raw_url = k;
	err = kh_capture_data_chunk_array(c, &k, kh_native_uaddr(src->entity_chunks),
					  src->entity_chunk_count);
	if (err)
		return err;
	dst->entity_chunks = k;
	err = kh_capture_request_info_array(c, &k, kh_native_uaddr(src->request_info),
					    src->request_info_count);
	if (err)
		return err;
	dst->request_info = k;
	return 0;
}

int kh_capture_multiple_known_headers(struct kh_ctx *c, struct kh_multiple_known_headers *dst,
				      const struct kh_multiple_known_headers *src)
{
	int err;
	void *k;

	if (!kh_valid_header_id(src->header_id))
		return -EINVAL;
	dst->header_id = src->header_id;
	if (src->flags)
		return -EINVAL;
	dst->flags = src->flags;
	if (src->known_header_count > KH_MAX_HEADERS)
		return -E2BIG;
	dst->known_header_count = src->known_header_count;
	err = kh_capture_known_header_array(c, &k, kh_native_uaddr(src->known_headers),
					    src->known_header_count);
	if (err)
		return err;
	dst->known_headers = k;
	return 0;
}

int kh_capture_cache_key(struct kh_ctx *c, struct kh_cache_key *dst, const struct kh_cache_key *src)
{
	int err;
	void *k;

	if (src->key_length > KH_MAX_URL)
		return -E2BIG;
	dst->key_length = src->key_length;
	err = kh_get_string(c, &k, kh_native_uaddr(src->key), src->key_length);
	if (err)
		return err;
	dst->key = k;
	return 0;
}

int kh_capture_response_info(struct kh_ctx *c, struct kh_response_info *dst,
			     const struct kh_response_info *src)
{
	int err;
	void *k;

	if (!kh_valid_response_info_type(src->type))
		return -EINVAL;
	dst->type = src->type;
	dst->length = src->length;
	{
		void __user *u = kh_native_uaddr(src->info);

		if (src->length) {
			switch (src->type) {
			case KH_RESPONSE_INFO_MULTIPLE_KNOWN_HEADERS:
				if (src->length != sizeof(struct kh_multiple_known_headers))
					return -EINVAL;
				err = kh_capture_multiple_known_headers_array(c, &k, u, 1);
				if (err)
					return err;
				dst->info = k;
				dst->length = sizeof(struct kh_multiple_known_headers);
				break;
			case KH_RESPONSE_INFO_CACHE_KEY:
				if (src->length != sizeof(struct kh_cache_key))
					return -EINVAL;
				err = kh_capture_cache_key_array(c, &k, u, 1);
				if (err)
					return err;
				dst->info = k;
				dst->length = sizeof(struct kh_cache_key);
				break;
			default:
				return -EINVAL;
			}
		} else {
			dst->info = NULL;
		}
	}
	return 0;
}

int kh_capture_response(struct kh_ctx *c, struct kh_response *dst, const struct kh_response *src)
{
	int err;
	void *k;

	if (src->flags & ~(__u64)(KH_RESPONSE_FLAGS_ALL))
		return -EINVAL;
	dst->flags = src->flags;
	err = kh_capture_http_version(c, &dst->version, &src->version);
	if (err)
		return err;
	dst->status_code = src->status_code;
	if (src->reason_length > KH_MAX_REASON)
		return -E2BIG;
	dst->reason_length = src->reason_length;
	err = kh_capture_response_headers(c, &dst->headers, &src->headers);
	if (err)
		return err;
	if (src->entity_chunk_count > KH_MAX_CHUNKS)
		return -E2BIG;
	dst->entity_chunk_count = src->entity_chunk_count;
	if (src->response_info_count > KH_MAX_INFO)
		return -E2BIG;
	dst->response_info_count = src->response_info_count;
	err = kh_get_string(c, &k, kh_native_uaddr(src->reason), src->reason_length);
	if (err)
		return err;
	dst->reason = k;
	err = kh_capture_data_chunk_array(c, &k, kh_native_uaddr(src->entity_chunks),
					  src->entity_chunk_count);
	if (err)
		return err;
	dst->entity_chunks = k;
	err = kh_capture_response_info_array(c, &k, kh_native_uaddr(src->response_info),
					     src->response_info_count);
	if (err)
		return err;
	dst->response_info = k;
	return 0;
}

int kh_capture_cache_policy(struct kh_ctx *c __maybe_unused, struct kh_cache_policy *dst,
			    const struct kh_cache_policy *src)
{
	if (!kh_valid_cache_policy_type(src->policy))
		return -EINVAL;
	dst->policy = src->policy;
	dst->seconds_to_live = src->seconds_to_live;
	return 0;
}

int kh_capture_log_data(struct kh_ctx *c, struct kh_log_data *dst, const struct kh_log_data *src)
{
	int err;
	void *k;

	if (src->type)
		return -EINVAL;
	dst->type = src->type;
	if (src->user_name_length > KH_MAX_LOG_FIELD)
		return -E2BIG;
	dst->user_name_length = src->user_name_length;
	if (src->uri_query_length > KH_MAX_LOG_FIELD)
		return -E2BIG;
	dst->uri_query_length = src->uri_query_length;
	dst->bytes_sent = src->bytes_sent;
	dst->bytes_received = src->bytes_received;
	dst->time_taken_ms = src->time_taken_ms;
	dst->protocol_status = src->protocol_status;
	dst->sub_status = src->sub_status;
	err = kh_get_string(c, &k, kh_native_uaddr(src->user_name), src->user_name_length);
	if (err)
		return err;
	dst->user_name = k;
	err = kh_get_string(c, &k, kh_native_uaddr(src->uri_query), src->uri_query_length);
	if (err)
		return err;
	dst->uri_query = k;
	return 0;
}

int kh_capture_version_args(struct kh_ctx *c __maybe_unused,
			    struct kh_version_args *dst __maybe_unused,
			    const struct kh_version_args *src __maybe_unused)
{
	return 0;
}

int kh_capture_queue_args(struct kh_ctx *c, struct kh_queue_args *dst,
			  const struct kh_queue_args *src)
{
	int err;
	void *k;

	if (src->flags & ~(__u64)(KH_QUEUE_FLAGS_ALL))
		return -EINVAL;
	dst->flags = src->flags;
	if (src->name_length > KH_MAX_NAME)
		return -E2BIG;
	dst->name_length = src->name_length;
	err = kh_get_string(c, &k, kh_native_uaddr(src->name), src->name_length);
	if (err)
		return err;
	dst->name = k;
	return 0;
}

int kh_capture_url_args(struct kh_ctx *c, struct kh_url_args *dst, const struct kh_url_args *src)
{
	int err;
	void *k;

	if (src->flags)
		return -EINVAL;
	dst->flags = src->flags;
	dst->url_context = src->url_context;
	if (src->url_length > KH_MAX_URL)
		return -E2BIG;
	dst->url_length = src->url_length;
	err = kh_get_string(c, &k, kh_native_uaddr(src->url), src->url_length);
	if (err)
		return err;
	dst->url = k;
	return 0;
}

int kh_capture_receive_request_args(struct kh_ctx *c, struct kh_receive_request_args *dst,
				    const struct kh_receive_request_args *src)
{
	if (src->flags & ~(__u64)(KH_RECEIVE_FLAGS_ALL))
		return -EINVAL;
	dst->flags = src->flags;
	dst->request_id = src->request_id;
	dst->buffer_length = src->buffer_length;
	{
		void __user *u = kh_native_uaddr(src->buffer);

		kh_set_emit_target(c, u, src->buffer_length);
		dst->buffer = NULL;
	}
	return 0;
}

int kh_capture_receive_body_args(struct kh_ctx *c, struct kh_receive_body_args *dst,
				 const struct kh_receive_body_args *src)
{
	int err;
	void *k;

	if (src->flags & ~(__u64)(KH_RECEIVE_FLAGS_ALL))
		return -EINVAL;
	dst->flags = src->flags;
	dst->request_id = src->request_id;
	dst->buffer_length = src->buffer_length;
	{
		void __user *u = kh_native_uaddr(src->buffer);

		err = kh_out_buffer(c, &k, u, src->buffer_length, 1, 1);
		if (err)
			return err;
		dst->buffer = k;
	}
	return 0;
}

int kh_capture_send_response_args(struct kh_ctx *c, struct kh_send_response_args *dst,
				  const struct kh_send_response_args *src)
{
	int err;
	void *k;

	if (src->flags & ~(__u64)(KH_SEND_FLAGS_ALL))
		return -EINVAL;
	dst->flags = src->flags;
	dst->request_id = src->request_id;
	if (!src->response)
		return -EFAULT;
	err = kh_capture_response_array(c, &k, kh_native_uaddr(src->response), 1);
	if (err)
		return err;
	dst->response = k;
	k = NULL;
	if (src->cache_policy) {
		err = kh_capture_cache_policy_array(c, &k, kh_native_uaddr(src->cache_policy), 1);
		if (err)
			return err;
	}
	dst->cache_policy = k;
	k = NULL;
	if (src->log_data) {
		err = kh_capture_log_data_array(c, &k, kh_native_uaddr(src->log_data), 1);
		if (err)
			return err;
	}
	dst->log_data = k;
	return 0;
}

int kh_capture_send_body_args(struct kh_ctx *c, struct kh_send_body_args *dst,
			      const struct kh_send_body_args *src)
{
	int err;
	void *k;

	if (src->flags & ~(__u64)(KH_SEND_FLAGS_ALL))
		return -EINVAL;
	dst->flags = src->flags;
	dst->request_id = src->request_id;
	if (src->chunk_count > KH_MAX_CHUNKS)
		return -E2BIG;
	dst->chunk_count = src->chunk_count;
	err = kh_capture_data_chunk_array(c, &k, kh_native_uaddr(src->chunks), src->chunk_count);
	if (err)
		return err;
	dst->chunks = k;
	k = NULL;
	if (src->log_data) {
		err = kh_capture_log_data_array(c, &k, kh_native_uaddr(src->log_data), 1);
		if (err)
			return err;
	}
	dst->log_data = k;
	return 0;
}

int kh_capture_cancel_args(struct kh_ctx *c __maybe_unused, struct kh_cancel_args *dst,
			   const struct kh_cancel_args *src)
{
	if (src->flags)
		return -EINVAL;
	dst->flags = src->flags;
	dst->request_id = src->request_id;
	return 0;
}

int kh_capture_wait_disconnect_args(struct kh_ctx *c __maybe_unused,
				    struct kh_wait_disconnect_args *dst,
				    const struct kh_wait_disconnect_args *src)
{
	if (src->flags)
		return -EINVAL;
	dst->flags = src->flags;
	dst->connection_id = src->connection_id;
	return 0;
}

int kh_capture_flush_cache_args(struct kh_ctx *c, struct kh_flush_cache_args *dst,
				const struct kh_flush_cache_args *src)
{
	int err;
	void *k;

	if (src->flags)
		return -EINVAL;
	dst->flags = src->flags;
	if (src->url_length > KH_MAX_URL)
		return -E2BIG;
	dst->url_length = src->url_length;
	err = kh_get_string(c, &k, kh_native_uaddr(src->url), src->url_length);
	if (err)
		return err;
	dst->url = k;
	return 0;
}

int kh_capture_stats_args(struct kh_ctx *c, struct kh_stats_args *dst,
			  const struct kh_stats_args *src)
{
	int err;
	void *k;

	if (src->flags & ~(__u64)(KH_STATS_FLAGS_ALL))
		return -EINVAL;
	dst->flags = src->flags;
	if (src->counter_count > KH_MAX_COUNTERS)
		return -E2BIG;
	dst->counter_count = src->counter_count;
	{
		void __user *u = kh_native_uaddr(src->counters);

		err = kh_out_buffer(c, &k, u, src->counter_count, sizeof(__u64),
				    __alignof__(__u64));
		if (err)
			return err;
		dst->counters = k;
	}
	return 0;
}

int kh_capture_limits_args(struct kh_ctx *c __maybe_unused, struct kh_limits_args *dst,
			   const struct kh_limits_args *src)
{
	if (src->mask & ~(__u64)(KH_LIMITS_ALL))
		return -EINVAL;
	dst->mask = src->mask;
	dst->max_connections = src->max_connections;
	dst->queue_length = src->queue_length;
	dst->max_header_bytes = src->max_header_bytes;
	dst->max_body_bytes = src->max_body_bytes;
	dst->idle_timeout_ms = src->idle_timeout_ms;
	dst->header_timeout_ms = src->header_timeout_ms;
	return 0;
}

int kh_capture_admin_entry(struct kh_ctx *c __maybe_unused, struct kh_admin_entry *dst,
			   const struct kh_admin_entry *src)
{
	if (!kh_valid_admin_kind(src->kind))
		return -EINVAL;
	dst->kind = src->kind;
	dst->abi = src->abi;
	dst->id = src->id;
	dst->queue_id = src->queue_id;
	dst->pid = src->pid;
	dst->port = src->port;
	for (unsigned int i0 = 0; i0 < 3; i0++)
		dst->value[i0] = src->value[i0];
	memcpy(dst->name, src->name, sizeof(dst->name));
	return 0;
}

int kh_capture_admin_list_args(struct kh_ctx *c, struct kh_admin_list_args *dst,
			       const struct kh_admin_list_args *src)
{
	int err;
	void *k;

	if (!kh_valid_admin_kind(src->kind))
		return -EINVAL;
	dst->kind = src->kind;
	if (src->flags)
		return -EINVAL;
	dst->flags = src->flags;
	dst->start = src->start;
	if (src->entry_count > KH_MAX_ADMIN_ENTRIES)
		return -E2BIG;
	dst->entry_count = src->entry_count;
	{
		void __user *u = kh_native_uaddr(src->entries);

		err = kh_out_buffer(c, &k, u, src->entry_count, sizeof(struct kh_admin_entry),
				    __alignof__(struct kh_admin_entry));
		if (err)
			return err;
		dst->entries = k;
	}
	return 0;
}

int kh_capture_queue_access_args(struct kh_ctx *c, struct kh_queue_access_args *dst,
				 const struct kh_queue_access_args *src)
{
	int err;
	void *k;

	if (src->mode & ~(__u64)(KH_QUEUE_ACCESS_ALL))
		return -EINVAL;
	dst->mode = src->mode;
	if (src->uid_count > KH_MAX_ACCESS_IDS)
		return -E2BIG;
	dst->uid_count = src->uid_count;
	if (src->gid_count > KH_MAX_ACCESS_IDS)
		return -E2BIG;
	dst->gid_count = src->gid_count;
	{
		void __user *u = kh_native_uaddr(src->uids);

		if (src->uid_count) {
			err = kh_fetch(c, &k, u, src->uid_count, sizeof(__u32), __alignof__(__u32));
			if (err)
				return err;
			dst->uids = k;
		} else {
			dst->uids = NULL;
		}
	}
	{
		void __user *u = kh_native_uaddr(src->gids);

		if (src->gid_count) {
			err = kh_fetch(c, &k, u, src->gid_count, sizeof(__u32), __alignof__(__u32));
			if (err)
				return err;
			dst->gids = k;
		} else {
			dst->gids = NULL;
		}
	}
	return 0;
}

int kh_capture_reservation_args(struct kh_ctx *c, struct kh_reservation_args *dst,
				const struct kh_reservation_args *src)
{
	int err;
	void *k;

	if (src->flags & ~(__u64)(KH_RESERVE_FLAGS_ALL))
		return -EINVAL;
	dst->flags = src->flags;
	dst->uid = src->uid;
	dst->gid = src->gid;
	if (src->url_length > KH_MAX_URL)
		return -E2BIG;
	dst->url_length = src->url_length;
	err = kh_get_string(c, &k, kh_native_uaddr(src->url), src->url_length);
	if (err)
		return err;
	dst->url = k;
	return 0;
}

KH_CAPTURE_ARRAY(unknown_header, _ia32, struct kh_unknown_header, struct kh_unknown_header_ia32)
KH_CAPTURE_ARRAY(request_timing, _ia32, struct kh_request_timing, struct kh_request_timing_ia32)
KH_CAPTURE_ARRAY(request_tcp, _ia32, struct kh_request_tcp, struct kh_request_tcp_ia32)
KH_CAPTURE_ARRAY(data_chunk, _ia32, struct kh_data_chunk, struct kh_data_chunk_ia32)
KH_CAPTURE_ARRAY(request_info, _ia32, struct kh_request_info, struct kh_request_info_ia32)
KH_CAPTURE_ARRAY(known_header, _ia32, struct kh_known_header, struct kh_known_header_ia32)
KH_CAPTURE_ARRAY(multiple_known_headers, _ia32, struct kh_multiple_known_headers,
		 struct kh_multiple_known_headers_ia32)
KH_CAPTURE_ARRAY(cache_key, _ia32, struct kh_cache_key, struct kh_cache_key_ia32)
KH_CAPTURE_ARRAY(response_info, _ia32, struct kh_response_info, struct kh_response_info_ia32)
KH_CAPTURE_ARRAY(response, _ia32, struct kh_response, struct kh_response_ia32)
KH_CAPTURE_ARRAY(cache_policy, _ia32, struct kh_cache_policy, struct kh_cache_policy)
KH_CAPTURE_ARRAY(log_data, _ia32, struct kh_log_data, struct kh_log_data_ia32)

int kh_capture_http_version_ia32(struct kh_ctx *c __maybe_unused, struct kh_http_version *dst,
				 const struct kh_http_version *src)
{
	dst->major = src->major;
	dst->minor = src->minor;
	return 0;
}

int kh_capture_byte_range_ia32(struct kh_ctx *c __maybe_unused, struct kh_byte_range *dst,
			       const struct kh_byte_range_ia32 *src)
{
	dst->start = src->start;
	dst->length = src->length;
	return 0;
}

int kh_capture_known_header_ia32(struct kh_ctx *c, struct kh_known_header *dst,
				 const struct kh_known_header_ia32 *src)
{
	int err;
	void *k;

	dst->value_length = src->value_length;
	err = kh_get_string(c, &k, kh_compat_uaddr(src->value), src->value_length);
	if (err)
		return err;
	dst->value = k;
	return 0;
}

int kh_capture_unknown_header_ia32(struct kh_ctx *c, struct kh_unknown_header *dst,
				   const struct kh_unknown_header_ia32 *src)
{
	int err;
	void *k;

	dst->name_length = src->name_length;
	dst->value_length = src->value_length;
	err = kh_get_string(c, &k, kh_compat_uaddr(src->name), src->name_length);
	if (err)
		return err;
	dst->name = k;
	err = kh_get_string(c, &k, kh_compat_uaddr(src->value), src->value_length);
	if (err)
		return err;
	dst->value = k;
	return 0;
}

int kh_capture_cooked_url_ia32(struct kh_ctx *c, struct kh_cooked_url *dst,
			       const struct kh_cooked_url_ia32 *src)
{
	int err;
	void *k;

	dst->full_url_length = src->full_url_length;
	dst->host_length = src->host_length;
	dst->abs_path_length = src->abs_path_length;
	dst->query_string_length = src->query_string_length;
	err = kh_get_string(c, &k, kh_compat_uaddr(src->full_url), src->full_url_length);
	if (err)
		return err;
	dst->full_url = k;
	err = kh_get_string(c, &k, kh_compat_uaddr(src->host), src->host_length);
	if (err)
		return err;
	dst->host = k;
	err = kh_get_string(c, &k, kh_compat_uaddr(src->abs_path), src->abs_path_length);
	if (err)
		return err;
	dst->abs_path = k;
	err = kh_get_string(c, &k, kh_compat_uaddr(src->query_string), src->query_string_length);
	if (err)
		return err;
	dst->query_string = k;
	return 0;
}

int kh_capture_transport_address_ia32(struct kh_ctx *c, struct kh_transport_address *dst,
				      const struct kh_transport_address_ia32 *src)
{
	int err;
	void *k;

	{
		void __user *u = kh_compat_uaddr(src->remote);

		if (u) {
			err = kh_fetch_sockaddr(c, &k, u);
			if (err)
				return err;
			dst->remote = k;
		} else {
			return -EFAULT;
		}
	}
	{
		void __user *u = kh_compat_uaddr(src->local);

		if (u) {
			err = kh_fetch_sockaddr(c, &k, u);
			if (err)
				return err;
			dst->local = k;
		} else {
			return -EFAULT;
		}
	}
	return 0;
}

int kh_capture_request_headers_ia32(struct kh_ctx *c, struct kh_request_headers *dst,
				    const struct kh_request_headers_ia32 *src)
{
	int err;
	void *k;

	if (src->unknown_header_count > KH_MAX_HEADERS)
		return -E2BIG;
	dst->unknown_header_count = src->unknown_header_count;
	if (src->trailer_count > KH_MAX_HEADERS)
		return -E2BIG;
	dst->trailer_count = src->trailer_count;
	for (unsigned int i0 = 0; i0 < KH_HEADER_REQUEST_MAXIMUM; i0++) {
		err = kh_capture_known_header_ia32(c, &dst->known_headers[i0],
						   &src->known_headers[i0]);
		if (err)
			return err;
	}
	err = kh_capture_unknown_header_array_ia32(c, &k, kh_compat_uaddr(src->unknown_headers),
						   src->unknown_header_count);
	if (err)
		return err;
	dst->unknown_headers = k;
	err = kh_capture_unknown_header_array_ia32(c, &k, kh_compat_uaddr(src->trailers),
						   src->trailer_count);
	if (err)
		return err;
	dst->trailers = k;
	return 0;
}

int kh_capture_response_headers_ia32(struct kh_ctx *c, struct kh_response_headers *dst,
				     const struct kh_response_headers_ia32 *src)
{
	int err;
	void *k;

	if (src->unknown_header_count > KH_MAX_HEADERS)
		return -E2BIG;
	dst->unknown_header_count = src->unknown_header_count;
	if (src->trailer_count > KH_MAX_HEADERS)
		return -E2BIG;
	dst->trailer_count = src->trailer_count;
	for (unsigned int i0 = 0; i0 < KH_HEADER_RESPONSE_MAXIMUM; i0++) {
		err = kh_capture_known_header_ia32(c, &dst->known_headers[i0],
						   &src->known_headers[i0]);
		if (err)
			return err;
	}
	err = kh_capture_unknown_header_array_ia32(c, &k, kh_compat_uaddr(src->unknown_headers),
						   src->unknown_header_count);
	if (err)
		return err;
	dst->unknown_headers = k;
	err = kh_capture_unknown_header_array_ia32(c, &k, kh_compat_uaddr(src->trailers),
						   src->trailer_count);
	if (err)
		return err;
	dst->trailers = k;
	return 0;
}

int kh_capture_data_chunk_ia32(struct kh_ctx *c, struct kh_data_chunk *dst,
			       const struct kh_data_chunk_ia32 *src)
{
	int err;
	void *k;

	if (!kh_valid_chunk_type(src->type))
		return -EINVAL;
	dst->type = src->type;
	switch (src->type) {
	case KH_CHUNK_FROM_MEMORY:
		dst->u.memory.length = src->u.memory.length;
		err = kh_get_bytes(c, &k, kh_compat_uaddr(src->u.memory.buffer),
				   src->u.memory.length);
		if (err)
			return err;
		dst->u.memory.buffer = k;
		break;
	case KH_CHUNK_FROM_FILE:
		err = kh_capture_byte_range_ia32(c, &dst->u.file.range, &src->u.file.range);
		if (err)
			return err;
		if (src->u.file.fd < 0)
			return -EBADF;
		dst->u.file.fd = src->u.file.fd;
		break;
	case KH_CHUNK_FROM_FRAGMENT_CACHE:
		if (src->u.fragment.name_length > KH_MAX_FRAGMENT_NAME)
			return -E2BIG;
		dst->u.fragment.name_length = src->u.fragment.name_length;
		err = kh_get_string(c, &k, kh_compat_uaddr(src->u.fragment.name),
				    src->u.fragment.name_length);
		if (err)
			return err;
		dst->u.fragment.name = k;
		break;
	default:
		return -EINVAL;
	}
	return 0;
}

int kh_capture_request_timing_ia32(struct kh_ctx *c __maybe_unused, struct kh_request_timing *dst,
				   const struct kh_request_timing_ia32 *src)
{
	dst->accepted_ns = src->accepted_ns;
	dst->headers_parsed_ns = src->headers_parsed_ns;
	dst->header_bytes = src->header_bytes;
	return 0;
}

int kh_capture_request_tcp_ia32(struct kh_ctx *c __maybe_unused, struct kh_request_tcp *dst,
				const struct kh_request_tcp_ia32 *src)
{
	dst->rtt_us = src->rtt_us;
	dst->mss = src->mss;
	dst->bytes_acked = src->bytes_acked;
	return 0;
}

int kh_capture_request_info_ia32(struct kh_ctx *c, struct kh_request_info *dst,
				 const struct kh_request_info_ia32 *src)
{
	int err;
	void *k;

	if (!kh_valid_request_info_type(src->type))
		return -EINVAL;
	dst->type = src->type;
	dst->length = src->length;
	{
		void __user *u = kh_compat_uaddr(src->info);

		if (src->length) {
			switch (src->type) {
			case KH_REQUEST_INFO_TIMING:
				if (src->length != sizeof(struct kh_request_timing_ia32))
					return -EINVAL;
				err = kh_capture_request_timing_array_ia32(c, &k, u, 1);
				if (err)
					return err;
				dst->info = k;
				dst->length = sizeof(struct kh_request_timing);
				break;
			case KH_REQUEST_INFO_TCP:
				if (src->length != sizeof(struct kh_request_tcp_ia32))
					return -EINVAL;
				err = kh_capture_request_tcp_array_ia32(c, &k, u, 1);
				if (err)
					return err;
				dst->info = k;
				dst->length = sizeof(struct kh_request_tcp);
				break;
			default:
				return -EINVAL;
			}
		} else {
			dst->info = NULL;
		}
	}
	return 0;
}

int kh_capture_request_ia32(struct kh_ctx *c, struct kh_request *dst,
			    const struct kh_request_ia32 *src)
{
	int err;
	void *k;

	if (src->flags & ~(__u64)(KH_REQUEST_FLAGS_ALL))
		return -EINVAL;
	dst->flags = src->flags;
	dst->connection_id = src->connection_id;
	dst->request_id = src->request_id;
	dst->url_context = src->url_context;
	err = kh_capture_http_version_ia32(c, &dst->version, &src->version);
	if (err)
		return err;
	if (!kh_valid_verb(src->verb))
		return -EINVAL;
	dst->verb = src->verb;
	dst->unknown_verb_length = src->unknown_verb_length;
	if (src->raw_url_length > KH_MAX_URL)
		return -E2BIG;
	dst->raw_url_length = src->raw_url_length;
	err = kh_capture_cooked_url_ia32(c, &dst->cooked_url, &src->cooked_url);
	if (err)
		return err;
	err = kh_capture_transport_address_ia32(c, &dst->address, &src->address);
	if (err)
		return err;
	err = kh_capture_request_headers_ia32(c, &dst->headers, &src->headers);
	if (err)
		return err;
	dst->bytes_received = src->bytes_received;
	if (src->entity_chunk_count > KH_MAX_CHUNKS)
		return -E2BIG;
	dst->entity_chunk_count = src->entity_chunk_count;
	dst->raw_connection_id = src->raw_connection_id;
	if (src->request_info_count > KH_MAX_INFO)
		return -E2BIG;
	dst->request_info_count = src->request_info_count;
	err = kh_get_string(c, &k, kh_compat_uaddr(src->unknown_verb), src->unknown_verb_length);
	if (err)
		return err;
	dst->unknown_verb = k;
	err = kh_get_string(c, &k, kh_compat_uaddr(src->raw_url), src->raw_url_length);
	if (err)
		return err;
	dst->raw_url = k;
	err = kh_capture_data_chunk_array_ia32(c, &k, kh_compat_uaddr(src->entity_chunks),
					       src->entity_chunk_count);
	if (err)
		return err;
	dst->entity_chunks = k;
	err = kh_capture_request_info_array_ia32(c, &k, kh_compat_uaddr(src->request_info),
						 src->request_info_count);
	if (err)
		return err;
	dst->request_info = k;
	return 0;
}

int kh_capture_multiple_known_headers_ia32(struct kh_ctx *c, struct kh_multiple_known_headers *dst,
					   const struct kh_multiple_known_headers_ia32 *src)
{
	int err;
	void *k;

	if (!kh_valid_header_id(src->header_id))
		return -EINVAL;
	dst->header_id = src->header_id;
	if (src->flags)
		return -EINVAL;
	dst->flags = src->flags;
	if (src->known_header_count > KH_MAX_HEADERS)
		return -E2BIG;
	dst->known_header_count = src->known_header_count;
	err = kh_capture_known_header_array_ia32(c, &k, kh_compat_uaddr(src->known_headers),
						 src->known_header_count);
	if (err)
		return err;
	dst->known_headers = k;
	return 0;
}

int kh_capture_cache_key_ia32(struct kh_ctx *c, struct kh_cache_key *dst,
			      const struct kh_cache_key_ia32 *src)
{
	int err;
	void *k;

	if (src->key_length > KH_MAX_URL)
		return -E2BIG;
	dst->key_length = src->key_length;
	err = kh_get_string(c, &k, kh_compat_uaddr(src->key), src->key_length);
	if (err)
		return err;
	dst->key = k;
	return 0;
}

int kh_capture_response_info_ia32(struct kh_ctx *c, struct kh_response_info *dst,
				  const struct kh_response_info_ia32 *src)
{
	int err;
	void *k;

	if (!kh_valid_response_info_type(src->type))
		return -EINVAL;
	dst->type = src->type;
	dst->length = src->length;
	{
		void __user *u = kh_compat_uaddr(src->info);

		if (src->length) {
			switch (src->type) {
			case KH_RESPONSE_INFO_MULTIPLE_KNOWN_HEADERS:
				if (src->length != sizeof(struct kh_multiple_known_headers_ia32))
					return -EINVAL;
				err = kh_capture_multiple_known_headers_array_ia32(c, &k, u, 1);
				if (err)
					return err;
				dst->info = k;
				dst->length = sizeof(struct kh_multiple_known_headers);
				break;
			case KH_RESPONSE_INFO_CACHE_KEY:
				if (src->length != sizeof(struct kh_cache_key_ia32))
					return -EINVAL;
				err = kh_capture_cache_key_array_ia32(c, &k, u, 1);
				if (err)
					return err;
				dst->info = k;
				dst->length = sizeof(struct kh_cache_key);
				break;
			default:
				return -EINVAL;
			}
		} else {
			dst->info = NULL;
		}
	}
	return 0;
}

int kh_capture_response_ia32(struct kh_ctx *c, struct kh_response *dst,
			     const struct kh_response_ia32 *src)
{
	int err;
	void *k;

	if (src->flags & ~(__u64)(KH_RESPONSE_FLAGS_ALL))
		return -EINVAL;
	dst->flags = src->flags;
	err = kh_capture_http_version_ia32(c, &dst->version, &src->version);
	if (err)
		return err;
	dst->status_code = src->status_code;
	if (src->reason_length > KH_MAX_REASON)
		return -E2BIG;
	dst->reason_length = src->reason_length;
	err = kh_capture_response_headers_ia32(c, &dst->headers, &src->headers);
	if (err)
		return err;
	if (src->entity_chunk_count > KH_MAX_CHUNKS)
		return -E2BIG;
	dst->entity_chunk_count = src->entity_chunk_count;
	if (src->response_info_count > KH_MAX_INFO)
		return -E2BIG;
	dst->response_info_count = src->response_info_count;
	err = kh_get_string(c, &k, kh_compat_uaddr(src->reason), src->reason_length);
	if (err)
		return err;
	dst->reason = k;
	err = kh_capture_data_chunk_array_ia32(c, &k, kh_compat_uaddr(src->entity_chunks),
					       src->entity_chunk_count);
	if (err)
		return err;
	dst->entity_chunks = k;
	err = kh_capture_response_info_array_ia32(c, &k, kh_compat_uaddr(src->response_info),
						  src->response_info_count);
	if (err)
		return err;
	dst->response_info = k;
	return 0;
}

int kh_capture_cache_policy_ia32(struct kh_ctx *c __maybe_unused, struct kh_cache_policy *dst,
				 const struct kh_cache_policy *src)
{
	if (!kh_valid_cache_policy_type(src->policy))
		return -EINVAL;
	dst->policy = src->policy;
	dst->seconds_to_live = src->seconds_to_live;
	return 0;
}

int kh_capture_log_data_ia32(struct kh_ctx *c, struct kh_log_data *dst,
			     const struct kh_log_data_ia32 *src)
{
	int err;
	void *k;

	if (src->type)
		return -EINVAL;
	dst->type = src->type;
	if (src->user_name_length > KH_MAX_LOG_FIELD)
		return -E2BIG;
	dst->user_name_length = src->user_name_length;
	if (src->uri_query_length > KH_MAX_LOG_FIELD)
		return -E2BIG;
	dst->uri_query_length = src->uri_query_length;
	dst->bytes_sent = src->bytes_sent;
	dst->bytes_received = src->bytes_received;
	dst->time_taken_ms = src->time_taken_ms;
	dst->protocol_status = src->protocol_status;
	dst->sub_status = src->sub_status;
	err = kh_get_string(c, &k, kh_compat_uaddr(src->user_name), src->user_name_length);
	if (err)
		return err;
	dst->user_name = k;
	err = kh_get_string(c, &k, kh_compat_uaddr(src->uri_query), src->uri_query_length);
	if (err)
		return err;
	dst->uri_query = k;
	return 0;
}

int kh_capture_version_args_ia32(struct kh_ctx *c __maybe_unused,
				 struct kh_version_args *dst __maybe_unused,
				 const struct kh_version_args *src __maybe_unused)
{
	return 0;
}

int kh_capture_queue_args_ia32(struct kh_ctx *c, struct kh_queue_args *dst,
			       const struct kh_queue_args_ia32 *src)
{
	int err;
	void *k;

	if (src->flags & ~(__u64)(KH_QUEUE_FLAGS_ALL))
		return -EINVAL;
	dst->flags = src->flags;
	if (src->name_length > KH_MAX_NAME)
		return -E2BIG;
	dst->name_length = src->name_length;
	err = kh_get_string(c, &k, kh_compat_uaddr(src->name), src->name_length);
	if (err)
		return err;
	dst->name = k;
	return 0;
}

int kh_capture_url_args_ia32(struct kh_ctx *c, struct kh_url_args *dst,
			     const struct kh_url_args_ia32 *src)
{
	int err;
	void *k;

	if (src->flags)
		return -EINVAL;
	dst->flags = src->flags;
	dst->url_context = src->url_context;
	if (src->url_length > KH_MAX_URL)
		return -E2BIG;
	dst->url_length = src->url_length;
	err = kh_get_string(c, &k, kh_compat_uaddr(src->url), src->url_length);
	if (err)
		return err;
	dst->url = k;
	return 0;
}

int kh_capture_receive_request_args_ia32(struct kh_ctx *c, struct kh_receive_request_args *dst,
					 const struct kh_receive_request_args_ia32 *src)
{
	if (src->flags & ~(__u64)(KH_RECEIVE_FLAGS_ALL))
		return -EINVAL;
	dst->flags = src->flags;
	dst->request_id = src->request_id;
	dst->buffer_length = src->buffer_length;
	{
		void __user *u = kh_compat_uaddr(src->buffer);

		kh_set_emit_target(c, u, src->buffer_length);
		dst->buffer = NULL;
	}
	return 0;
}

int kh_capture_receive_body_args_ia32(struct kh_ctx *c, struct kh_receive_body_args *dst,
				      const struct kh_receive_body_args_ia32 *src)
{
	int err;
	void *k;

	if (src->flags & ~(__u64)(KH_RECEIVE_FLAGS_ALL))
		return -EINVAL;
	dst->flags = src->flags;
	dst->request_id = src->request_id;
	dst->buffer_length = src->buffer_length;
	{
		void __user *u = kh_compat_uaddr(src->buffer);

		err = kh_out_buffer(c, &k, u, src->buffer_length, 1, 1);
		if (err)
			return err;
		dst->buffer = k;
	}
	return 0;
}

int kh_capture_send_response_args_ia32(struct kh_ctx *c, struct kh_send_response_args *dst,
				       const struct kh_send_response_args_ia32 *src)
{
	int err;
	void *k;

	if (src->flags & ~(__u64)(KH_SEND_FLAGS_ALL))
		return -EINVAL;
	dst->flags = src->flags;
	dst->request_id = src->request_id;
	if (!src->response)
		return -EFAULT;
	err = kh_capture_response_array_ia32(c, &k, kh_compat_uaddr(src->response), 1);
	if (err)
		return err;
	dst->response = k;
	k = NULL;
	if (src->cache_policy) {
		err = kh_capture_cache_policy_array_ia32(c, &k, kh_compat_uaddr(src->cache_policy),
							 1);
		if (err)
			return err;
	}
	dst->cache_policy = k;
	k = NULL;
	if (src->log_data) {
		err = kh_capture_log_data_array_ia32(c, &k, kh_compat_uaddr(src->log_data), 1);
		if (err)
			return err;
	}
	dst->log_data = k;
	return 0;
}

int kh_capture_send_body_args_ia32(struct kh_ctx *c, struct kh_send_body_args *dst,
				   const struct kh_send_body_args_ia32 *src)
{
	int err;
	void *k;

	if (src->flags & ~(__u64)(KH_SEND_FLAGS_ALL))
		return -EINVAL;
	dst->flags = src->flags;
	dst->request_id = src->request_id;
	if (src->chunk_count > KH_MAX_CHUNKS)
		return -E2BIG;
	dst->chunk_count = src->chunk_count;
	err = kh_capture_data_chunk_array_ia32(c, &k, kh_compat_uaddr(src->chunks),
					       src->chunk_count);
	if (err)
		return err;
	dst->chunks = k;
	k = NULL;
	if (src->log_data) {
		err = kh_capture_log_data_array_ia32(c, &k, kh_compat_uaddr(src->log_data), 1);
		if (err)
			return err;
	}
	dst->log_data = k;
	return 0;
}

int kh_capture_cancel_args_ia32(struct kh_ctx *c __maybe_unused, struct kh_cancel_args *dst,
				const struct kh_cancel_args_ia32 *src)
{
	if (src->flags)
		return -EINVAL;
	dst->flags = src->flags;
	dst->request_id = src->request_id;
	return 0;
}

int kh_capture_wait_disconnect_args_ia32(struct kh_ctx *c __maybe_unused,
					 struct kh_wait_disconnect_args *dst,
					 const struct kh_wait_disconnect_args_ia32 *src)
{
	if (src->flags)
		return -EINVAL;
	dst->flags = src->flags;
	dst->connection_id = src->connection_id;
	return 0;
}

int kh_capture_flush_cache_args_ia32(struct kh_ctx *c, struct kh_flush_cache_args *dst,
				     const struct kh_flush_cache_args_ia32 *src)
{
	int err;
	void *k;

	if (src->flags)
		return -EINVAL;
	dst->flags = src->flags;
	if (src->url_length > KH_MAX_URL)
		return -E2BIG;
	dst->url_length = src->url_length;
	err = kh_get_string(c, &k, kh_compat_uaddr(src->url), src->url_length);
	if (err)
		return err;
	dst->url = k;
	return 0;
}

int kh_capture_stats_args_ia32(struct kh_ctx *c, struct kh_stats_args *dst,
			       const struct kh_stats_args_ia32 *src)
{
	int err;
	void *k;

	if (src->flags & ~(__u64)(KH_STATS_FLAGS_ALL))
		return -EINVAL;
	dst->flags = src->flags;
	if (src->counter_count > KH_MAX_COUNTERS)
		return -E2BIG;
	dst->counter_count = src->counter_count;
	{
		void __user *u = kh_compat_uaddr(src->counters);

		err = kh_out_buffer(c, &k, u, src->counter_count, sizeof(__u64),
				    __alignof__(__u64));
		if (err)
			return err;
		dst->counters = k;
	}
	return 0;
}

int kh_capture_limits_args_ia32(struct kh_ctx *c __maybe_unused, struct kh_limits_args *dst,
				const struct kh_limits_args_ia32 *src)
{
	if (src->mask & ~(__u64)(KH_LIMITS_ALL))
		return -EINVAL;
	dst->mask = src->mask;
	dst->max_connections = src->max_connections;
	dst->queue_length = src->queue_length;
	dst->max_header_bytes = src->max_header_bytes;
	dst->max_body_bytes = src->max_body_bytes;
	dst->idle_timeout_ms = src->idle_timeout_ms;
	dst->header_timeout_ms = src->header_timeout_ms;
	return 0;
}

int kh_capture_admin_entry_ia32(struct kh_ctx *c __maybe_unused, struct kh_admin_entry *dst,
				const struct kh_admin_entry_ia32 *src)
{
	if (!kh_valid_admin_kind(src->kind))
		return -EINVAL;
	dst->kind = src->kind;
	dst->abi = src->abi;
	dst->id = src->id;
	dst->queue_id = src->queue_id;
	dst->pid = src->pid;
	dst->port = src->port;
	for (unsigned int i0 = 0; i0 < 3; i0++)
		dst->value[i0] = src->value[i0];
	memcpy(dst->name, src->name, sizeof(dst->name));
	return 0;
}

int kh_capture_admin_list_args_ia32(struct kh_ctx *c, struct kh_admin_list_args *dst,
				    const struct kh_admin_list_args_ia32 *src)
{
	int err;
	void *k;

	if (!kh_valid_admin_kind(src->kind))
		return -EINVAL;
	dst->kind = src->kind;
	if (src->flags)
		return -EINVAL;
	dst->flags = src->flags;
	dst->start = src->start;
	if (src->entry_count > KH_MAX_ADMIN_ENTRIES)
		return -E2BIG;
	dst->entry_count = src->entry_count;
	{
		void __user *u = kh_compat_uaddr(src->entries);

		err = kh_out_buffer(c, &k, u, src->entry_count, sizeof(struct kh_admin_entry),
				    __alignof__(struct kh_admin_entry));
		if (err)
			return err;
		dst->entries = k;
	}
	return 0;
}

int kh_capture_queue_access_args_ia32(struct kh_ctx *c, struct kh_queue_access_args *dst,
				      const struct kh_queue_access_args_ia32 *src)
{
	int err;
	void *k;

	if (src->mode & ~(__u64)(KH_QUEUE_ACCESS_ALL))
		return -EINVAL;
	dst->mode = src->mode;
	if (src->uid_count > KH_MAX_ACCESS_IDS)
		return -E2BIG;
	dst->uid_count = src->uid_count;
	if (src->gid_count > KH_MAX_ACCESS_IDS)
		return -E2BIG;
	dst->gid_count = src->gid_count;
	{
		void __user *u = kh_compat_uaddr(src->uids);

		if (src->uid_count) {
			err = kh_fetch(c, &k, u, src->uid_count, sizeof(__u32), __alignof__(__u32));
			if (err)
				return err;
			dst->uids = k;
		} else {
			dst->uids = NULL;
		}
	}
	{
		void __user *u = kh_compat_uaddr(src->gids);

		if (src->gid_count) {
			err = kh_fetch(c, &k, u, src->gid_count, sizeof(__u32), __alignof__(__u32));
			if (err)
				return err;
			dst->gids = k;
		} else {
			dst->gids = NULL;
		}
	}
	return 0;
}

int kh_capture_reservation_args_ia32(struct kh_ctx *c, struct kh_reservation_args *dst,
				     const struct kh_reservation_args_ia32 *src)
{
	int err;
	void *k;

	if (src->flags & ~(__u64)(KH_RESERVE_FLAGS_ALL))
		return -EINVAL;
	dst->flags = src->flags;
	dst->uid = src->uid;
	dst->gid = src->gid;
	if (src->url_length > KH_MAX_URL)
		return -E2BIG;
	dst->url_length = src->url_length;
	err = kh_get_string(c, &k, kh_compat_uaddr(src->url), src->url_length);
	if (err)
		return err;
	dst->url = k;
	return 0;
}

KH_CAPTURE_ARRAY(unknown_header, _x32, struct kh_unknown_header, struct kh_unknown_header_x32)
KH_CAPTURE_ARRAY(request_timing, _x32, struct kh_request_timing, struct kh_request_timing_x32)
KH_CAPTURE_ARRAY(request_tcp, _x32, struct kh_request_tcp, struct kh_request_tcp_x32)
KH_CAPTURE_ARRAY(data_chunk, _x32, struct kh_data_chunk, struct kh_data_chunk_x32)
KH_CAPTURE_ARRAY(request_info, _x32, struct kh_request_info, struct kh_request_info_x32)
KH_CAPTURE_ARRAY(known_header, _x32, struct kh_known_header, struct kh_known_header_x32)
KH_CAPTURE_ARRAY(multiple_known_headers, _x32, struct kh_multiple_known_headers,
		 struct kh_multiple_known_headers_x32)
KH_CAPTURE_ARRAY(cache_key, _x32, struct kh_cache_key, struct kh_cache_key_x32)
KH_CAPTURE_ARRAY(response_info, _x32, struct kh_response_info, struct kh_response_info_x32)
KH_CAPTURE_ARRAY(response, _x32, struct kh_response, struct kh_response_x32)
KH_CAPTURE_ARRAY(cache_policy, _x32, struct kh_cache_policy, struct kh_cache_policy)
KH_CAPTURE_ARRAY(log_data, _x32, struct kh_log_data, struct kh_log_data_x32)

int kh_capture_http_version_x32(struct kh_ctx *c __maybe_unused, struct kh_http_version *dst,
				const struct kh_http_version *src)
{
	dst->major = src->major;
	dst->minor = src->minor;
	return 0;
}

int kh_capture_byte_range_x32(struct kh_ctx *c __maybe_unused, struct kh_byte_range *dst,
			      const struct kh_byte_range_x32 *src)
{
	dst->start = src->start;
	dst->length = src->length;
	return 0;
}

int kh_capture_known_header_x32(struct kh_ctx *c, struct kh_known_header *dst,
				const struct kh_known_header_x32 *src)
{
	int err;
	void *k;

	dst->value_length = src->value_length;
	err = kh_get_string(c, &k, kh_compat_uaddr(src->value), src->value_length);
	if (err)
		return err;
	dst->value = k;
	return 0;
}

int kh_capture_unknown_header_x32(struct kh_ctx *c, struct kh_unknown_header *dst,
				  const struct kh_unknown_header_x32 *src)
{
	int err;
	void *k;

	dst->name_length = src->name_length;
	dst->value_length = src->value_length;
	err = kh_get_string(c, &k, kh_compat_uaddr(src->name), src->name_length);
	if (err)
		return err;
	dst->name = k;
	err = kh_get_string(c, &k, kh_compat_uaddr(src->value), src->value_length);
	if (err)
		return err;
	dst->value = k;
	return 0;
}

int kh_capture_cooked_url_x32(struct kh_ctx *c, struct kh_cooked_url *dst,
			      const struct kh_cooked_url_x32 *src)
{
	int err;
	void *k;

	dst->full_url_length = src->full_url_length;
	dst->host_length = src->host_length;
	dst->abs_path_length = src->abs_path_length;
	dst->query_string_length = src->query_string_length;
	err = kh_get_string(c, &k, kh_compat_uaddr(src->full_url), src->full_url_length);
	if (err)
		return err;
	dst->full_url = k;
	err = kh_get_string(c, &k, kh_compat_uaddr(src->host), src->host_length);
	if (err)
		return err;
	dst->host = k;
	err = kh_get_string(c, &k, kh_compat_uaddr(src->abs_path), src->abs_path_length);
	if (err)
		return err;
	dst->abs_path = k;
	err = kh_get_string(c, &k, kh_compat_uaddr(src->query_string), src->query_string_length);
	if (err)
		return err;
	dst->query_string = k;
	return 0;
}

int kh_capture_transport_address_x32(struct kh_ctx *c, struct kh_transport_address *dst,
				     const struct kh_transport_address_x32 *src)
{
	int err;
	void *k;

	{
		void __user *u = kh_compat_uaddr(src->remote);

		if (u) {
			err = kh_fetch_sockaddr(c, &k, u);
			if (err)
				return err;
			dst->remote = k;
		} else {
			return -EFAULT;
		}
	}
	{
		void __user *u = kh_compat_uaddr(src->local);

		if (u) {
			err = kh_fetch_sockaddr(c, &k, u);
			if (err)
				return err;
			dst->local = k;
		} else {
			return -EFAULT;
		}
	}
	return 0;
}

int kh_capture_request_headers_x32(struct kh_ctx *c, struct kh_request_headers *dst,
				   const struct kh_request_headers_x32 *src)
{
	int err;
	void *k;

	if (src->unknown_header_count > KH_MAX_HEADERS)
		return -E2BIG;
	dst->unknown_header_count = src->unknown_header_count;
	if (src->trailer_count > KH_MAX_HEADERS)
		return -E2BIG;
	dst->trailer_count = src->trailer_count;
	for (unsigned int i0 = 0; i0 < KH_HEADER_REQUEST_MAXIMUM; i0++) {
		err = kh_capture_known_header_x32(c, &dst->known_headers[i0],
						  &src->known_headers[i0]);
		if (err)
			return err;
	}
	err = kh_capture_unknown_header_array_x32(c, &k, kh_compat_uaddr(src->unknown_headers),
						  src->unknown_header_count);
	if (err)
		return err;
	dst->unknown_headers = k;
	err = kh_capture_unknown_header_array_x32(c, &k, kh_compat_uaddr(src->trailers),
						  src->trailer_count);
	if (err)
		return err;
	dst->trailers = k;
	return 0;
}

int kh_capture_response_headers_x32(struct kh_ctx *c, struct kh_response_headers *dst,
				    const struct kh_response_headers_x32 *src)
{
	int err;
	void *k;

	if (src->unknown_header_count > KH_MAX_HEADERS)
		return -E2BIG;
	dst->unknown_header_count = src->unknown_header_count;
	if (src->trailer_count > KH_MAX_HEADERS)
		return -E2BIG;
	dst->trailer_count = src->trailer_count;
	for (unsigned int i0 = 0; i0 < KH_HEADER_RESPONSE_MAXIMUM; i0++) {
		err = kh_capture_known_header_x32(c, &dst->known_headers[i0],
						  &src->known_headers[i0]);
		if (err)
			return err;
	}
	err = kh_capture_unknown_header_array_x32(c, &k, kh_compat_uaddr(src->unknown_headers),
						  src->unknown_header_count);
	if (err)
		return err;
	dst->unknown_headers = k;
	err = kh_capture_unknown_header_array_x32(c, &k, kh_compat_uaddr(src->trailers),
						  src->trailer_count);
	if (err)
		return err;
	dst->trailers = k;
	return 0;
}

int kh_capture_data_chunk_x32(struct kh_ctx *c, struct kh_data_chunk *dst,
			      const struct kh_data_chunk_x32 *src)
{
	int err;
	void *k;

	if (!kh_valid_chunk_type(src->type))
		return -EINVAL;
	dst->type = src->type;
	switch (src->type) {
	case KH_CHUNK_FROM_MEMORY:
		dst->u.memory.length = src->u.memory.length;
		err = kh_get_bytes(c, &k, kh_compat_uaddr(src->u.memory.buffer),
				   src->u.memory.length);
		if (err)
			return err;
		dst->u.memory.buffer = k;
		break;
	case KH_CHUNK_FROM_FILE:
		err = kh_capture_byte_range_x32(c, &dst->u.file.range, &src->u.file.range);
		if (err)
			return err;
		if (src->u.file.fd < 0)
			return -EBADF;
		dst->u.file.fd = src->u.file.fd;
		break;
	case KH_CHUNK_FROM_FRAGMENT_CACHE:
		if (src->u.fragment.name_length > KH_MAX_FRAGMENT_NAME)
			return -E2BIG;
		dst->u.fragment.name_length = src->u.fragment.name_length;
		err = kh_get_string(c, &k, kh_compat_uaddr(src->u.fragment.name),
				    src->u.fragment.name_length);
		if (err)
			return err;
		dst->u.fragment.name = k;
		break;
	default:
		return -EINVAL;
	}
	return 0;
}

int kh_capture_request_timing_x32(struct kh_ctx *c __maybe_unused, struct kh_request_timing *dst,
				  const struct kh_request_timing_x32 *src)
{
	dst->accepted_ns = src->accepted_ns;
	dst->headers_parsed_ns = src->headers_parsed_ns;
	dst->header_bytes = src->header_bytes;
	return 0;
}

int kh_capture_request_tcp_x32(struct kh_ctx *c __maybe_unused, struct kh_request_tcp *dst,
			       const struct kh_request_tcp_x32 *src)
{
	dst->rtt_us = src->rtt_us;
	dst->mss = src->mss;
	dst->bytes_acked = src->bytes_acked;
	return 0;
}

int kh_capture_request_info_x32(struct kh_ctx *c, struct kh_request_info *dst,
				const struct kh_request_info_x32 *src)
{
	int err;
	void *k;

	if (!kh_valid_request_info_type(src->type))
		return -EINVAL;
	dst->type = src->type;
	dst->length = src->length;
	{
		void __user *u = kh_compat_uaddr(src->info);

		if (src->length) {
			switch (src->type) {
			case KH_REQUEST_INFO_TIMING:
				if (src->length != sizeof(struct kh_request_timing_x32))
					return -EINVAL;
				err = kh_capture_request_timing_array_x32(c, &k, u, 1);
				if (err)
					return err;
				dst->info = k;
				dst->length = sizeof(struct kh_request_timing);
				break;
			case KH_REQUEST_INFO_TCP:
				if (src->length != sizeof(struct kh_request_tcp_x32))
					return -EINVAL;
				err = kh_capture_request_tcp_array_x32(c, &k, u, 1);
				if (err)
					return err;
				dst->info = k;
				dst->length = sizeof(struct kh_request_tcp);
				break;
			default:
				return -EINVAL;
			}
		} else {
			dst->info = NULL;
		}
	}
	return 0;
}

int kh_capture_request_x32(struct kh_ctx *c, struct kh_request *dst,
			   const struct kh_request_x32 *src)
{
	int err;
	void *k;

	if (src->flags & ~(__u64)(KH_REQUEST_FLAGS_ALL))
		return -EINVAL;
	dst->flags = src->flags;
	dst->connection_id = src->connection_id;
	dst->request_id = src->request_id;
	dst->url_context = src->url_context;
	err = kh_capture_http_version_x32(c, &dst->version, &src->version);
	if (err)
		return err;
	if (!kh_valid_verb(src->verb))
		return -EINVAL;
	dst->verb = src->verb;
	dst->unknown_verb_length = src->unknown_verb_length;
	if (src->raw_url_length > KH_MAX_URL)
		return -E2BIG;
	dst->raw_url_length = src->raw_url_length;
	err = kh_capture_cooked_url_x32(c, &dst->cooked_url, &src->cooked_url);
	if (err)
		return err;
	err = kh_capture_transport_address_x32(c, &dst->address, &src->address);
	if (err)
		return err;
	err = kh_capture_request_headers_x32(c, &dst->headers, &src->headers);
	if (err)
		return err;
	dst->bytes_received = src->bytes_received;
	if (src->entity_chunk_count > KH_MAX_CHUNKS)
		return -E2BIG;
	dst->entity_chunk_count = src->entity_chunk_count;
	dst->raw_connection_id = src->raw_connection_id;
	if (src->request_info_count > KH_MAX_INFO)
		return -E2BIG;
	dst->request_info_count = src->request_info_count;
	err = kh_get_string(c, &k, kh_compat_uaddr(src->unknown_verb), src->unknown_verb_length);
	if (err)
		return err;
	dst->unknown_verb = k;
	err = kh_get_string(c, &k, kh_compat_uaddr(src->raw_url), src->raw_url_length);
	if (err)
		return err;
	dst->raw_url = k;
	err = kh_capture_data_chunk_array_x32(c, &k, kh_compat_uaddr(src->entity_chunks),
					      src->entity_chunk_count);
	if (err)
		return err;
	dst->entity_chunks = k;
	err = kh_capture_request_info_array_x32(c, &k, kh_compat_uaddr(src->request_info),
						src->request_info_count);
	if (err)
		return err;
	dst->request_info = k;
	return 0;
}

int kh_capture_multiple_known_headers_x32(struct kh_ctx *c, struct kh_multiple_known_headers *dst,
					  const struct kh_multiple_known_headers_x32 *src)
{
	int err;
	void *k;

	if (!kh_valid_header_id(src->header_id))
		return -EINVAL;
	dst->header_id = src->header_id;
	if (src->flags)
		return -EINVAL;
	dst->flags = src->flags;
	if (src->known_header_count > KH_MAX_HEADERS)
		return -E2BIG;
	dst->known_header_count = src->known_header_count;
	err = kh_capture_known_header_array_x32(c, &k, kh_compat_uaddr(src->known_headers),
						src->known_header_count);
	if (err)
		return err;
	dst->known_headers = k;
	return 0;
}

int kh_capture_cache_key_x32(struct kh_ctx *c, struct kh_cache_key *dst,
			     const struct kh_cache_key_x32 *src)
{
	int err;
	void *k;

	if (src->key_length > KH_MAX_URL)
		return -E2BIG;
	dst->key_length = src->key_length;
	err = kh_get_string(c, &k, kh_compat_uaddr(src->key), src->key_length);
	if (err)
		return err;
	dst->key = k;
	return 0;
}

int kh_capture_response_info_x32(struct kh_ctx *c, struct kh_response_info *dst,
				 const struct kh_response_info_x32 *src)
{
	int err;
	void *k;

	if (!kh_valid_response_info_type(src->type))
		return -EINVAL;
	dst->type = src->type;
	dst->length = src->length;
	{
		void __user *u = kh_compat_uaddr(src->info);

		if (src->length) {
			switch (src->type) {
			case KH_RESPONSE_INFO_MULTIPLE_KNOWN_HEADERS:
				if (src->length != sizeof(struct kh_multiple_known_headers_x32))
					return -EINVAL;
				err = kh_capture_multiple_known_headers_array_x32(c, &k, u, 1);
				if (err)
					return err;
				dst->info = k;
				dst->length = sizeof(struct kh_multiple_known_headers);
				break;
			case KH_RESPONSE_INFO_CACHE_KEY:
				if (src->length != sizeof(struct kh_cache_key_x32))
					return -EINVAL;
				err = kh_capture_cache_key_array_x32(c, &k, u, 1);
				if (err)
					return err;
				dst->info = k;
				dst->length = sizeof(struct kh_cache_key);
				break;
			default:
				return -EINVAL;
			}
		} else {
			dst->info = NULL;
		}
	}
	return 0;
}

int kh_capture_response_x32(struct kh_ctx *c, struct kh_response *dst,
			    const struct kh_response_x32 *src)
{
	int err;
	void *k;

	if (src->flags & ~(__u64)(KH_RESPONSE_FLAGS_ALL))
		return -EINVAL;
	dst->flags = src->flags;
	err = kh_capture_http_version_x32(c, &dst->version, &src->version);
	if (err)
		return err;
	dst->status_code = src->status_code;
	if (src->reason_length > KH_MAX_REASON)
		return -E2BIG;
	dst->reason_length = src->reason_length;
	err = kh_capture_response_headers_x32(c, &dst->headers, &src->headers);
	if (err)
		return err;
	if (src->entity_chunk_count > KH_MAX_CHUNKS)
		return -E2BIG;
	dst->entity_chunk_count = src->entity_chunk_count;
	if (src->response_info_count > KH_MAX_INFO)
		return -E2BIG;
	dst->response_info_count = src->response_info_count;
	err = kh_get_string(c, &k, kh_compat_uaddr(src->reason), src->reason_length);
	if (err)
		return err;
	dst->reason = k;
	err = kh_capture_data_chunk_array_x32(c, &k, kh_compat_uaddr(src->entity_chunks),
					      src->entity_chunk_count);
	if (err)
		return err;
	dst->entity_chunks = k;
	err = kh_capture_response_info_array_x32(c, &k, kh_compat_uaddr(src->response_info),
						 src->response_info_count);
	if (err)
		return err;
	dst->response_info = k;
	return 0;
}

int kh_capture_cache_policy_x32(struct kh_ctx *c __maybe_unused, struct kh_cache_policy *dst,
				const struct kh_cache_policy *src)
{
	if (!kh_valid_cache_policy_type(src->policy))
		return -EINVAL;
	dst->policy = src->policy;
	dst->seconds_to_live = src->seconds_to_live;
	return 0;
}

int kh_capture_log_data_x32(struct kh_ctx *c, struct kh_log_data *dst,
			    const struct kh_log_data_x32 *src)
{
	int err;
	void *k;

	if (src->type)
		return -EINVAL;
	dst->type = src->type;
	if (src->user_name_length > KH_MAX_LOG_FIELD)
		return -E2BIG;
	dst->user_name_length = src->user_name_length;
	if (src->uri_query_length > KH_MAX_LOG_FIELD)
		return -E2BIG;
	dst->uri_query_length = src->uri_query_length;
	dst->bytes_sent = src->bytes_sent;
	dst->bytes_received = src->bytes_received;
	dst->time_taken_ms = src->time_taken_ms;
	dst->protocol_status = src->protocol_status;
	dst->sub_status = src->sub_status;
	err = kh_get_string(c, &k, kh_compat_uaddr(src->user_name), src->user_name_length);
	if (err)
		return err;
	dst->user_name = k;
	err = kh_get_string(c, &k, kh_compat_uaddr(src->uri_query), src->uri_query_length);
	if (err)
		return err;
	dst->uri_query = k;
	return 0;
}

int kh_capture_version_args_x32(struct kh_ctx *c __maybe_unused,
				struct kh_version_args *dst __maybe_unused,
				const struct kh_version_args *src __maybe_unused)
{
	return 0;
}

int kh_capture_queue_args_x32(struct kh_ctx *c, struct kh_queue_args *dst,
			      const struct kh_queue_args_x32 *src)
{
	int err;
	void *k;

	if (src->flags & ~(__u64)(KH_QUEUE_FLAGS_ALL))
		return -EINVAL;
	dst->flags = src->flags;
	if (src->name_length > KH_MAX_NAME)
		return -E2BIG;
	dst->name_length = src->name_length;
	err = kh_get_string(c, &k, kh_compat_uaddr(src->name), src->name_length);
	if (err)
		return err;
	dst->name = k;
	return 0;
}

int kh_capture_url_args_x32(struct kh_ctx *c, struct kh_url_args *dst,
			    const struct kh_url_args_x32 *src)
{
	int err;
	void *k;

	if (src->flags)
		return -EINVAL;
	dst->flags = src->flags;
	dst->url_context = src->url_context;
	if (src->url_length > KH_MAX_URL)
		return -E2BIG;
	dst->url_length = src->url_length;
	err = kh_get_string(c, &k, kh_compat_uaddr(src->url), src->url_length);
	if (err)
		return err;
	dst->url = k;
	return 0;
}

int kh_capture_receive_request_args_x32(struct kh_ctx *c, struct kh_receive_request_args *dst,
					const struct kh_receive_request_args_x32 *src)
{
	if (src->flags & ~(__u64)(KH_RECEIVE_FLAGS_ALL))
		return -EINVAL;
	dst->flags = src->flags;
	dst->request_id = src->request_id;
	dst->buffer_length = src->buffer_length;
	{
		void __user *u = kh_compat_uaddr(src->buffer);

		kh_set_emit_target(c, u, src->buffer_length);
		dst->buffer = NULL;
	}
	return 0;
}

int kh_capture_receive_body_args_x32(struct kh_ctx *c, struct kh_receive_body_args *dst,
				     const struct kh_receive_body_args_x32 *src)
{
	int err;
	void *k;

	if (src->flags & ~(__u64)(KH_RECEIVE_FLAGS_ALL))
		return -EINVAL;
	dst->flags = src->flags;
	dst->request_id = src->request_id;
	dst->buffer_length = src->buffer_length;
	{
		void __user *u = kh_compat_uaddr(src->buffer);

		err = kh_out_buffer(c, &k, u, src->buffer_length, 1, 1);
		if (err)
			return err;
		dst->buffer = k;
	}
	return 0;
}

int kh_capture_send_response_args_x32(struct kh_ctx *c, struct kh_send_response_args *dst,
				      const struct kh_send_response_args_x32 *src)
{
	int err;
	void *k;

	if (src->flags & ~(__u64)(KH_SEND_FLAGS_ALL))
		return -EINVAL;
	dst->flags = src->flags;
	dst->request_id = src->request_id;
	if (!src->response)
		return -EFAULT;
	err = kh_capture_response_array_x32(c, &k, kh_compat_uaddr(src->response), 1);
	if (err)
		return err;
	dst->response = k;
	k = NULL;
	if (src->cache_policy) {
		err = kh_capture_cache_policy_array_x32(c, &k, kh_compat_uaddr(src->cache_policy),
							1);
		if (err)
			return err;
	}
	dst->cache_policy = k;
	k = NULL;
	if (src->log_data) {
		err = kh_capture_log_data_array_x32(c, &k, kh_compat_uaddr(src->log_data), 1);
		if (err)
			return err;
	}
	dst->log_data = k;
	return 0;
}

int kh_capture_send_body_args_x32(struct kh_ctx *c, struct kh_send_body_args *dst,
				  const struct kh_send_body_args_x32 *src)
{
	int err;
	void *k;

	if (src->flags & ~(__u64)(KH_SEND_FLAGS_ALL))
		return -EINVAL;
	dst->flags = src->flags;
	dst->request_id = src->request_id;
	if (src->chunk_count > KH_MAX_CHUNKS)
		return -E2BIG;
	dst->chunk_count = src->chunk_count;
	err = kh_capture_data_chunk_array_x32(c, &k, kh_compat_uaddr(src->chunks),
					      src->chunk_count);
	if (err)
		return err;
	dst->chunks = k;
	k = NULL;
	if (src->log_data) {
		err = kh_capture_log_data_array_x32(c, &k, kh_compat_uaddr(src->log_data), 1);
		if (err)
			return err;
	}
	dst->log_data = k;
	return 0;
}

int kh_capture_cancel_args_x32(struct kh_ctx *c __maybe_unused, struct kh_cancel_args *dst,
			       const struct kh_cancel_args_x32 *src)
{
	if (src->flags)
		return -EINVAL;
	dst->flags = src->flags;
	dst->request_id = src->request_id;
	return 0;
}

int kh_capture_wait_disconnect_args_x32(struct kh_ctx *c __maybe_unused,
					struct kh_wait_disconnect_args *dst,
					const struct kh_wait_disconnect_args_x32 *src)
{
	if (src->flags)
		return -EINVAL;
	dst->flags = src->flags;
	dst->connection_id = src->connection_id;
	return 0;
}

int kh_capture_flush_cache_args_x32(struct kh_ctx *c, struct kh_flush_cache_args *dst,
				    const struct kh_flush_cache_args_x32 *src)
{
	int err;
	void *k;

	if (src->flags)
		return -EINVAL;
	dst->flags = src->flags;
	if (src->url_length > KH_MAX_URL)
		return -E2BIG;
	dst->url_length = src->url_length;
	err = kh_get_string(c, &k, kh_compat_uaddr(src->url), src->url_length);
	if (err)
		return err;
	dst->url = k;
	return 0;
}

int kh_capture_stats_args_x32(struct kh_ctx *c, struct kh_stats_args *dst,
			      const struct kh_stats_args_x32 *src)
{
	int err;
	void *k;

	if (src->flags & ~(__u64)(KH_STATS_FLAGS_ALL))
		return -EINVAL;
	dst->flags = src->flags;
	if (src->counter_count > KH_MAX_COUNTERS)
		return -E2BIG;
	dst->counter_count = src->counter_count;
	{
		void __user *u = kh_compat_uaddr(src->counters);

		err = kh_out_buffer(c, &k, u, src->counter_count, sizeof(__u64),
				    __alignof__(__u64));
		if (err)
			return err;
		dst->counters = k;
	}
	return 0;
}

int kh_capture_limits_args_x32(struct kh_ctx *c __maybe_unused, struct kh_limits_args *dst,
			       const struct kh_limits_args_x32 *src)
{
	if (src->mask & ~(__u64)(KH_LIMITS_ALL))
		return -EINVAL;
	dst->mask = src->mask;
	dst->max_connections = src->max_connections;
	dst->queue_length = src->queue_length;
	dst->max_header_bytes = src->max_header_bytes;
	dst->max_body_bytes = src->max_body_bytes;
	dst->idle_timeout_ms = src->idle_timeout_ms;
	dst->header_timeout_ms = src->header_timeout_ms;
	return 0;
}

int kh_capture_admin_entry_x32(struct kh_ctx *c __maybe_unused, struct kh_admin_entry *dst,
			       const struct kh_admin_entry_x32 *src)
{
	if (!kh_valid_admin_kind(src->kind))
		return -EINVAL;
	dst->kind = src->kind;
	dst->abi = src->abi;
	dst->id = src->id;
	dst->queue_id = src->queue_id;
	dst->pid = src->pid;
	dst->port = src->port;
	for (unsigned int i0 = 0; i0 < 3; i0++)
		dst->value[i0] = src->value[i0];
	memcpy(dst->name, src->name, sizeof(dst->name));
	return 0;
}

int kh_capture_admin_list_args_x32(struct kh_ctx *c, struct kh_admin_list_args *dst,
				   const struct kh_admin_list_args_x32 *src)
{
	int err;
	void *k;

	if (!kh_valid_admin_kind(src->kind))
		return -EINVAL;
	dst->kind = src->kind;
	if (src->flags)
		return -EINVAL;
	dst->flags = src->flags;
	dst->start = src->start;
	if (src->entry_count > KH_MAX_ADMIN_ENTRIES)
		return -E2BIG;
	dst->entry_count = src->entry_count;
	{
		void __user *u = kh_compat_uaddr(src->entries);

		err = kh_out_buffer(c, &k, u, src->entry_count, sizeof(struct kh_admin_entry),
				    __alignof__(struct kh_admin_entry));
		if (err)
			return err;
		dst->entries = k;
	}
	return 0;
}

int kh_capture_queue_access_args_x32(struct kh_ctx *c, struct kh_queue_access_args *dst,
				     const struct kh_queue_access_args_x32 *src)
{
	int err;
	void *k;

	if (src->mode & ~(__u64)(KH_QUEUE_ACCESS_ALL))
		return -EINVAL;
	dst->mode = src->mode;
	if (src->uid_count > KH_MAX_ACCESS_IDS)
		return -E2BIG;
	dst->uid_count = src->uid_count;
	if (src->gid_count > KH_MAX_ACCESS_IDS)
		return -E2BIG;
	dst->gid_count = src->gid_count;
	{
		void __user *u = kh_compat_uaddr(src->uids);

		if (src->uid_count) {
			err = kh_fetch(c, &k, u, src->uid_count, sizeof(__u32), __alignof__(__u32));
			if (err)
				return err;
			dst->uids = k;
		} else {
			dst->uids = NULL;
		}
	}
	{
		void __user *u = kh_compat_uaddr(src->gids);

		if (src->gid_count) {
			err = kh_fetch(c, &k, u, src->gid_count, sizeof(__u32), __alignof__(__u32));
			if (err)
				return err;
			dst->gids = k;
		} else {
			dst->gids = NULL;
		}
	}
	return 0;
}

int kh_capture_reservation_args_x32(struct kh_ctx *c, struct kh_reservation_args *dst,
				    const struct kh_reservation_args_x32 *src)
{
	int err;
	void *k;

	if (src->flags & ~(__u64)(KH_RESERVE_FLAGS_ALL))
		return -EINVAL;
	dst->flags = src->flags;
	dst->uid = src->uid;
	dst->gid = src->gid;
	if (src->url_length > KH_MAX_URL)
		return -E2BIG;
	dst->url_length = src->url_length;
	err = kh_get_string(c, &k, kh_compat_uaddr(src->url), src->url_length);
	if (err)
		return err;
	dst->url = k;
	return 0;
}
