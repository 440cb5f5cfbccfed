/* SPDX-License-Identifier: GPL-2.0 OR MIT */
/*
 * Generated from structs/khttp.h by thunkgen; do not edit, run `make gen`.
 * What: thunk prototypes and the core's entry points.
 */
#ifndef KH_THUNKS_H
#define KH_THUNKS_H

#include "kh_rt.h"
#include "kh_abi_views.h"
#include "kh_ioctl_cmds.h"

static inline bool kh_valid_verb(__s64 v)
{
	switch (v) {
	case KH_VERB_UNPARSED:
	case KH_VERB_UNKNOWN:
	case KH_VERB_INVALID:
	case KH_VERB_OPTIONS:
	case KH_VERB_GET:
	case KH_VERB_HEAD:
	case KH_VERB_POST:
	case KH_VERB_PUT:
	case KH_VERB_DELETE:
	case KH_VERB_TRACE:
	case KH_VERB_CONNECT:
	case KH_VERB_PATCH:
	case KH_VERB_MAXIMUM:
		return true;
	default:
		return false;
	}
}

static inline bool kh_valid_header_id(__s64 v)
{
	switch (v) {
	case KH_HEADER_CACHE_CONTROL:
	case KH_HEADER_CONNECTION:
	case KH_HEADER_DATE:
	case KH_HEADER_KEEP_ALIVE:
	case KH_HEADER_PRAGMA:
	case KH_HEADER_TRAILER:
	case KH_HEADER_TRANSFER_ENCODING:
	case KH_HEADER_UPGRADE:
	case KH_HEADER_VIA:
	case KH_HEADER_WARNING:
	case KH_HEADER_ALLOW:
	case KH_HEADER_CONTENT_LENGTH:
	case KH_HEADER_CONTENT_TYPE:
	case KH_HEADER_CONTENT_ENCODING:
	case KH_HEADER_CONTENT_LANGUAGE:
	case KH_HEADER_CONTENT_LOCATION:
	case KH_HEADER_CONTENT_MD5:
	case KH_HEADER_CONTENT_RANGE:
	case KH_HEADER_EXPIRES:
	case KH_HEADER_LAST_MODIFIED:
	case KH_HEADER_ACCEPT:
	case KH_HEADER_ACCEPT_CHARSET:
	case KH_HEADER_ACCEPT_ENCODING:
	case KH_HEADER_ACCEPT_LANGUAGE:
	case KH_HEADER_AUTHORIZATION:
	case KH_HEADER_COOKIE:
	case KH_HEADER_EXPECT:
	case KH_HEADER_FROM:
	case KH_HEADER_HOST:
	case KH_HEADER_IF_MATCH:
	case KH_HEADER_IF_MODIFIED_SINCE:
	case KH_HEADER_IF_NONE_MATCH:
	case KH_HEADER_IF_RANGE:
	case KH_HEADER_IF_UNMODIFIED_SINCE:
	case KH_HEADER_MAX_FORWARDS:
	case KH_HEADER_PROXY_AUTHORIZATION:
	case KH_HEADER_REFERER:
	case KH_HEADER_RANGE:
	case KH_HEADER_TE:
	case KH_HEADER_TRANSLATE:
	case KH_HEADER_USER_AGENT:
	case KH_HEADER_REQUEST_MAXIMUM:
		return true;
	default:
		return false;
	}
}

static inline bool kh_valid_chunk_type(__s64 v)
{
	switch (v) {
	case KH_CHUNK_FROM_MEMORY:
	case KH_CHUNK_FROM_FILE:
	case KH_CHUNK_FROM_FRAGMENT_CACHE:
		return true;
	default:
		return false;
	}
}

static inline bool kh_valid_request_info_type(__s64 v)
{
	switch (v) {
	case KH_REQUEST_INFO_TIMING:
	case KH_REQUEST_INFO_TCP:
		return true;
	default:
		return false;
	}
}

static inline bool kh_valid_response_info_type(__s64 v)
{
	switch (v) {
	case KH_RESPONSE_INFO_MULTIPLE_KNOWN_HEADERS:
	case KH_RESPONSE_INFO_CACHE_KEY:
		return true;
	default:
		return false;
	}
}

static inline bool kh_valid_cache_policy_type(__s64 v)
{
	switch (v) {
	case KH_CACHE_NONE:
	case KH_CACHE_USER_INVALIDATES:
	case KH_CACHE_TIME_TO_LIVE:
		return true;
	default:
		return false;
	}
}

static inline bool kh_valid_admin_kind(__s64 v)
{
	switch (v) {
	case KH_ADMIN_LISTENER:
	case KH_ADMIN_URL:
	case KH_ADMIN_QUEUE:
	case KH_ADMIN_WORKER:
	case KH_ADMIN_REQUEST:
	case KH_ADMIN_CACHE:
	case KH_ADMIN_KIND_MAX:
		return true;
	default:
		return false;
	}
}

/* x86_64 */
int kh_capture_http_version(struct kh_ctx *c, struct kh_http_version *dst,
			    const struct kh_http_version *src);
size_t kh_measure_http_version(size_t off, const struct kh_http_version *src);
void kh_emit_http_version(struct kh_emitter *e, struct kh_http_version *dst,
			  const struct kh_http_version *src);
int kh_capture_byte_range(struct kh_ctx *c, struct kh_byte_range *dst,
			  const struct kh_byte_range *src);
size_t kh_measure_byte_range(size_t off, const struct kh_byte_range *src);
void kh_emit_byte_range(struct kh_emitter *e, struct kh_byte_range *dst,
			const struct kh_byte_range *src);
int kh_capture_known_header(struct kh_ctx *c, struct kh_known_header *dst,
			    const struct kh_known_header *src);
size_t kh_measure_known_header(size_t off, const struct kh_known_header *src);
void kh_emit_known_header(struct kh_emitter *e, struct kh_known_header *dst,
			  const struct kh_known_header *src);
int kh_capture_unknown_header(struct kh_ctx *c, struct kh_unknown_header *dst,
			      const struct kh_unknown_header *src);
size_t kh_measure_unknown_header(size_t off, const struct kh_unknown_header *src);
void kh_emit_unknown_header(struct kh_emitter *e, struct kh_unknown_header *dst,
			    const struct kh_unknown_header *src);
int kh_capture_cooked_url(struct kh_ctx *c, struct kh_cooked_url *dst,
			  const struct kh_cooked_url *src);
size_t kh_measure_cooked_url(size_t off, const struct kh_cooked_url *src);
void kh_emit_cooked_url(struct kh_emitter *e, struct kh_cooked_url *dst,
			const struct kh_cooked_url *src);
int kh_capture_transport_address(struct kh_ctx *c, struct kh_transport_address *dst,
				 const struct kh_transport_address *src);
size_t kh_measure_transport_address(size_t off, const struct kh_transport_address *src);
void kh_emit_transport_address(struct kh_emitter *e, struct kh_transport_address *dst,
			       const struct kh_transport_address *src);
int kh_capture_request_headers(struct kh_ctx *c, struct kh_request_headers *dst,
			       const struct kh_request_headers *src);
size_t kh_measure_request_headers(size_t off, const struct kh_request_headers *src);
void kh_emit_request_headers(struct kh_emitter *e, struct kh_request_headers *dst,
			     const struct kh_request_headers *src);
int kh_capture_response_headers(struct kh_ctx *c, struct kh_response_headers *dst,
				const struct kh_response_headers *src);
size_t kh_measure_response_headers(size_t off, const struct kh_response_headers *src);
void kh_emit_response_headers(struct kh_emitter *e, struct kh_response_headers *dst,
			      const struct kh_response_headers *src);
int kh_capture_data_chunk(struct kh_ctx *c, struct kh_data_chunk *dst,
			  const struct kh_data_chunk *src);
size_t kh_measure_data_chunk(size_t off, const struct kh_data_chunk *src);
void kh_emit_data_chunk(struct kh_emitter *e, struct kh_data_chunk *dst,
			const struct kh_data_chunk *src);
int kh_capture_request_timing(struct kh_ctx *c, struct kh_request_timing *dst,
			      const struct kh_request_timing *src);
size_t kh_measure_request_timing(size_t off, const struct kh_request_timing *src);
void kh_emit_request_timing(struct kh_emitter *e, struct kh_request_timing *dst,
			    const struct kh_request_timing *src);
int kh_capture_request_tcp(struct kh_ctx *c, struct kh_request_tcp *dst,
			   const struct kh_request_tcp *src);
size_t kh_measure_request_tcp(size_t off, const struct kh_request_tcp *src);
void kh_emit_request_tcp(struct kh_emitter *e, struct kh_request_tcp *dst,
			 const struct kh_request_tcp *src);
int kh_capture_request_info(struct kh_ctx *c, struct kh_request_info *dst,
			    const struct kh_request_info *src);
size_t kh_measure_request_info(size_t off, const struct kh_request_info *src);
void kh_emit_request_info(struct kh_emitter *e, struct kh_request_info *dst,
			  const struct kh_request_info *src);
int kh_capture_request(struct kh_ctx *c, struct kh_request *dst, const struct kh_request *src);
size_t kh_measure_request(size_t off, const struct kh_request *src);
void kh_emit_request(struct kh_emitter *e, struct kh_request *dst, const struct kh_request *src);
int kh_capture_multiple_known_headers(struct kh_ctx *c, struct kh_multiple_known_headers *dst,
				      const struct kh_multiple_known_headers *src);
size_t kh_measure_multiple_known_headers(size_t off, const struct kh_multiple_known_headers *src);
void kh_emit_multiple_known_headers(struct kh_emitter *e, struct kh_multiple_known_headers *dst,
				    const struct kh_multiple_known_headers *src);
int kh_capture_cache_key(struct kh_ctx *c, struct kh_cache_key *dst,
			 const struct kh_cache_key *src);
size_t kh_measure_cache_key(size_t off, const struct kh_cache_key *src);
void kh_emit_cache_key(struct kh_emitter *e, struct kh_cache_key *dst,
		       const struct kh_cache_key *src);
int kh_capture_response_info(struct kh_ctx *c, struct kh_response_info *dst,
			     const struct kh_response_info *src);
size_t kh_measure_response_info(size_t off, const struct kh_response_info *src);
void kh_emit_response_info(struct kh_emitter *e, struct kh_response_info *dst,
			   const struct kh_response_info *src);
int kh_capture_response(struct kh_ctx *c, struct kh_response *dst, const struct kh_response *src);
size_t kh_measure_response(size_t off, const struct kh_response *src);
void kh_emit_response(struct kh_emitter *e, struct kh_response *dst, const struct kh_response *src);
int kh_capture_cache_policy(struct kh_ctx *c, struct kh_cache_policy *dst,
			    const struct kh_cache_policy *src);
size_t kh_measure_cache_policy(size_t off, const struct kh_cache_policy *src);
void kh_emit_cache_policy(struct kh_emitter *e, struct kh_cache_policy *dst,
			  const struct kh_cache_policy *src);
int kh_capture_log_data(struct kh_ctx *c, struct kh_log_data *dst, const struct kh_log_data *src);
size_t kh_measure_log_data(size_t off, const struct kh_log_data *src);
void kh_emit_log_data(struct kh_emitter *e, struct kh_log_data *dst, const struct kh_log_data *src);
int kh_capture_version_args(struct kh_ctx *c, struct kh_version_args *dst,
			    const struct kh_version_args *src);
size_t kh_measure_version_args(size_t off, const struct kh_version_args *src);
void kh_emit_version_args(struct kh_emitter *e, struct kh_version_args *dst,
			  const struct kh_version_args *src);
int kh_capture_queue_args(struct kh_ctx *c, struct kh_queue_args *dst,
			  const struct kh_queue_args *src);
size_t kh_measure_queue_args(size_t off, const struct kh_queue_args *src);
void kh_emit_queue_args(struct kh_emitter *e, struct kh_queue_args *dst,
			const struct kh_queue_args *src);
int kh_capture_url_args(struct kh_ctx *c, struct kh_url_args *dst, const struct kh_url_args *src);
size_t kh_measure_url_args(size_t off, const struct kh_url_args *src);
void kh_emit_url_args(struct kh_emitter *e, struct kh_url_args *dst, const struct kh_url_args *src);
int kh_capture_receive_request_args(struct kh_ctx *c, struct kh_receive_request_args *dst,
				    const struct kh_receive_request_args *src);
size_t kh_measure_receive_request_args(size_t off, const struct kh_receive_request_args *src);
void kh_emit_receive_request_args(struct kh_emitter *e, struct kh_receive_request_args *dst,
				  const struct kh_receive_request_args *src);
int kh_capture_receive_body_args(struct kh_ctx *c, struct kh_receive_body_args *dst,
				 const struct kh_receive_body_args *src);
size_t kh_measure_receive_body_args(size_t off, const struct kh_receive_body_args *src);
void kh_emit_receive_body_args(struct kh_emitter *e, struct kh_receive_body_args *dst,
			       const struct kh_receive_body_args *src);
int kh_capture_send_response_args(struct kh_ctx *c, struct kh_send_response_args *dst,
				  const struct kh_send_response_args *src);
size_t kh_measure_send_response_args(size_t off, const struct kh_send_response_args *src);
void kh_emit_send_response_args(struct kh_emitter *e, struct kh_send_response_args *dst,
				const struct kh_send_response_args *src);
int kh_capture_send_body_args(struct kh_ctx *c, struct kh_send_body_args *dst,
			      const struct kh_send_body_args *src);
size_t kh_measure_send_body_args(size_t off, const struct kh_send_body_args *src);
void kh_emit_send_body_args(struct kh_emitter *e, struct kh_send_body_args *dst,
			    const struct kh_send_body_args *src);
int kh_capture_cancel_args(struct kh_ctx *c, struct kh_cancel_args *dst,
			   const struct kh_cancel_args *src);
size_t kh_measure_cancel_args(size_t off, const struct kh_cancel_args *src);
void kh_emit_cancel_args(struct kh_emitter *e, struct kh_cancel_args *dst,
			 const struct kh_cancel_args *src);
int kh_capture_wait_disconnect_args(struct kh_ctx *c, struct kh_wait_disconnect_args *dst,
				    const struct kh_wait_disconnect_args *src);
size_t kh_measure_wait_disconnect_args(size_t off, const struct kh_wait_disconnect_args *src);
void kh_emit_wait_disconnect_args(struct kh_emitter *e, struct kh_wait_disconnect_args *dst,
				  const struct kh_wait_disconnect_args *src);
int kh_capture_flush_cache_args(struct kh_ctx *c, struct kh_flush_cache_args *dst,
				const struct kh_flush_cache_args *src);
size_t kh_measure_flush_cache_args(size_t off, const struct kh_flush_cache_args *src);
void kh_emit_flush_cache_args(struct kh_emitter *e, struct kh_flush_cache_args *dst,
			      const struct kh_flush_cache_args *src);
int kh_capture_stats_args(struct kh_ctx *c, struct kh_stats_args *dst,
			  const struct kh_stats_args *src);
size_t kh_measure_stats_args(size_t off, const struct kh_stats_args *src);
void kh_emit_stats_args(struct kh_emitter *e, struct kh_stats_args *dst,
			const struct kh_stats_args *src);
int kh_capture_limits_args(struct kh_ctx *c, struct kh_limits_args *dst,
			   const struct kh_limits_args *src);
size_t kh_measure_limits_args(size_t off, const struct kh_limits_args *src);
void kh_emit_limits_args(struct kh_emitter *e, struct kh_limits_args *dst,
			 const struct kh_limits_args *src);
int kh_capture_admin_entry(struct kh_ctx *c, struct kh_admin_entry *dst,
			   const struct kh_admin_entry *src);
size_t kh_measure_admin_entry(size_t off, const struct kh_admin_entry *src);
void kh_emit_admin_entry(struct kh_emitter *e, struct kh_admin_entry *dst,
			 const struct kh_admin_entry *src);
int kh_capture_admin_list_args(struct kh_ctx *c, struct kh_admin_list_args *dst,
			       const struct kh_admin_list_args *src);
size_t kh_measure_admin_list_args(size_t off, const struct kh_admin_list_args *src);
void kh_emit_admin_list_args(struct kh_emitter *e, struct kh_admin_list_args *dst,
			     const struct kh_admin_list_args *src);
int kh_capture_queue_access_args(struct kh_ctx *c, struct kh_queue_access_args *dst,
				 const struct kh_queue_access_args *src);
size_t kh_measure_queue_access_args(size_t off, const struct kh_queue_access_args *src);
void kh_emit_queue_access_args(struct kh_emitter *e, struct kh_queue_access_args *dst,
			       const struct kh_queue_access_args *src);
int kh_capture_reservation_args(struct kh_ctx *c, struct kh_reservation_args *dst,
				const struct kh_reservation_args *src);
size_t kh_measure_reservation_args(size_t off, const struct kh_reservation_args *src);
void kh_emit_reservation_args(struct kh_emitter *e, struct kh_reservation_args *dst,
			      const struct kh_reservation_args *src);

/* ia32 */
int kh_capture_http_version_ia32(struct kh_ctx *c, struct kh_http_version *dst,
				 const struct kh_http_version *src);
size_t kh_measure_http_version_ia32(size_t off, const struct kh_http_version *src);
void kh_emit_http_version_ia32(struct kh_emitter *e, struct kh_http_version *dst,
			       const struct kh_http_version *src);
int kh_capture_byte_range_ia32(struct kh_ctx *c, struct kh_byte_range *dst,
			       const struct kh_byte_range_ia32 *src);
size_t kh_measure_byte_range_ia32(size_t off, const struct kh_byte_range *src);
void kh_emit_byte_range_ia32(struct kh_emitter *e, struct kh_byte_range_ia32 *dst,
			     const struct kh_byte_range *src);
int kh_capture_known_header_ia32(struct kh_ctx *c, struct kh_known_header *dst,
				 const struct kh_known_header_ia32 *src);
size_t kh_measure_known_header_ia32(size_t off, const struct kh_known_header *src);
void kh_emit_known_header_ia32(struct kh_emitter *e, struct kh_known_header_ia32 *dst,
			       const struct kh_known_header *src);
int kh_capture_unknown_header_ia32(struct kh_ctx *c, struct kh_unknown_header *dst,
				   const struct kh_unknown_header_ia32 *src);
size_t kh_measure_unknown_header_ia32(size_t off, const struct kh_unknown_header *src);
void kh_emit_unknown_header_ia32(struct kh_emitter *e, struct kh_unknown_header_ia32 *dst,
				 const struct kh_unknown_header *src);
int kh_capture_cooked_url_ia32(struct kh_ctx *c, struct kh_cooked_url *dst,
			       const struct kh_cooked_url_ia32 *src);
size_t kh_measure_cooked_url_ia32(size_t off, const struct kh_cooked_url *src);
void kh_emit_cooked_url_ia32(struct kh_emitter *e, struct kh_cooked_url_ia32 *dst,
			     const struct kh_cooked_url *src);
int kh_capture_transport_address_ia32(struct kh_ctx *c, struct kh_transport_address *dst,
				      const struct kh_transport_address_ia32 *src);
size_t kh_measure_transport_address_ia32(size_t off, const struct kh_transport_address *src);
void kh_emit_transport_address_ia32(struct kh_emitter *e, struct kh_transport_address_ia32 *dst,
				    const struct kh_transport_address *src);
int kh_capture_request_headers_ia32(struct kh_ctx *c, struct kh_request_headers *dst,
				    const struct kh_request_headers_ia32 *src);
size_t kh_measure_request_headers_ia32(size_t off, const struct kh_request_headers *src);
void kh_emit_request_headers_ia32(struct kh_emitter *e, struct kh_request_headers_ia32 *dst,
				  const struct kh_request_headers *src);
int kh_capture_response_headers_ia32(struct kh_ctx *c, struct kh_response_headers *dst,
				     const struct kh_response_headers_ia32 *src);
size_t kh_measure_response_headers_ia32(size_t off, const struct kh_response_headers *src);
void kh_emit_response_headers_ia32(struct kh_emitter *e, struct kh_response_headers_ia32 *dst,
				   const struct kh_response_headers *src);
int kh_capture_data_chunk_ia32(struct kh_ctx *c, struct kh_data_chunk *dst,
			       const struct kh_data_chunk_ia32 *src);
size_t kh_measure_data_chunk_ia32(size_t off, const struct kh_data_chunk *src);
void kh_emit_data_chunk_ia32(struct kh_emitter *e, struct kh_data_chunk_ia32 *dst,
			     const struct kh_data_chunk *src);
int kh_capture_request_timing_ia32(struct kh_ctx *c, struct kh_request_timing *dst,
				   const struct kh_request_timing_ia32 *src);
size_t kh_measure_request_timing_ia32(size_t off, const struct kh_request_timing *src);
void kh_emit_request_timing_ia32(struct kh_emitter *e, struct kh_request_timing_ia32 *dst,
				 const struct kh_request_timing *src);
int kh_capture_request_tcp_ia32(struct kh_ctx *c, struct kh_request_tcp *dst,
				const struct kh_request_tcp_ia32 *src);
size_t kh_measure_request_tcp_ia32(size_t off, const struct kh_request_tcp *src);
void kh_emit_request_tcp_ia32(struct kh_emitter *e, struct kh_request_tcp_ia32 *dst,
			      const struct kh_request_tcp *src);
int kh_capture_request_info_ia32(struct kh_ctx *c, struct kh_request_info *dst,
				 const struct kh_request_info_ia32 *src);
size_t kh_measure_request_info_ia32(size_t off, const struct kh_request_info *src);
void kh_emit_request_info_ia32(struct kh_emitter *e, struct kh_request_info_ia32 *dst,
			       const struct kh_request_info *src);
int kh_capture_request_ia32(struct kh_ctx *c, struct kh_request *dst,
			    const struct kh_request_ia32 *src);
size_t kh_measure_request_ia32(size_t off, const struct kh_request *src);
void kh_emit_request_ia32(struct kh_emitter *e, struct kh_request_ia32 *dst,
			  const struct kh_request *src);
int kh_capture_multiple_known_headers_ia32(struct kh_ctx *c, struct kh_multiple_known_headers *dst,
					   const struct kh_multiple_known_headers_ia32 *src);
size_t kh_measure_multiple_known_headers_ia32(size_t off,
					      const struct kh_multiple_known_headers *src);
void kh_emit_multiple_known_headers_ia32(struct kh_emitter *e,
					 struct kh_multiple_known_headers_ia32 *dst,
					 const struct kh_multiple_known_headers *src);
int kh_capture_cache_key_ia32(struct kh_ctx *c, struct kh_cache_key *dst,
			      const struct kh_cache_key_ia32 *src);
size_t kh_measure_cache_key_ia32(size_t off, const struct kh_cache_key *src);
void kh_emit_cache_key_ia32(struct kh_emitter *e, struct kh_cache_key_ia32 *dst,
			    const struct kh_cache_key *src);
int kh_capture_response_info_ia32(struct kh_ctx *c, struct kh_response_info *dst,
				  const struct kh_response_info_ia32 *src);
size_t kh_measure_response_info_ia32(size_t off, const struct kh_response_info *src);
void kh_emit_response_info_ia32(struct kh_emitter *e, struct kh_response_info_ia32 *dst,
				const struct kh_response_info *src);
int kh_capture_response_ia32(struct kh_ctx *c, struct kh_response *dst,
			     const struct kh_response_ia32 *src);
size_t kh_measure_response_ia32(size_t off, const struct kh_response *src);
void kh_emit_response_ia32(struct kh_emitter *e, struct kh_response_ia32 *dst,
			   const struct kh_response *src);
int kh_capture_cache_policy_ia32(struct kh_ctx *c, struct kh_cache_policy *dst,
				 const struct kh_cache_policy *src);
size_t kh_measure_cache_policy_ia32(size_t off, const struct kh_cache_policy *src);
void kh_emit_cache_policy_ia32(struct kh_emitter *e, struct kh_cache_policy *dst,
			       const struct kh_cache_policy *src);
int kh_capture_log_data_ia32(struct kh_ctx *c, struct kh_log_data *dst,
			     const struct kh_log_data_ia32 *src);
size_t kh_measure_log_data_ia32(size_t off, const struct kh_log_data *src);
void kh_emit_log_data_ia32(struct kh_emitter *e, struct kh_log_data_ia32 *dst,
			   const struct kh_log_data *src);
int kh_capture_version_args_ia32(struct kh_ctx *c, struct kh_version_args *dst,
				 const struct kh_version_args *src);
size_t kh_measure_version_args_ia32(size_t off, const struct kh_version_args *src);
void kh_emit_version_args_ia32(struct kh_emitter *e, struct kh_version_args *dst,
			       const struct kh_version_args *src);
int kh_capture_queue_args_ia32(struct kh_ctx *c, struct kh_queue_args *dst,
			       const struct kh_queue_args_ia32 *src);
size_t kh_measure_queue_args_ia32(size_t off, const struct kh_queue_args *src);
void kh_emit_queue_args_ia32(struct kh_emitter *e, struct kh_queue_args_ia32 *dst,
			     const struct kh_queue_args *src);
int kh_capture_url_args_ia32(struct kh_ctx *c, struct kh_url_args *dst,
			     const struct kh_url_args_ia32 *src);
size_t kh_measure_url_args_ia32(size_t off, const struct kh_url_args *src);
void kh_emit_url_args_ia32(struct kh_emitter *e, struct kh_url_args_ia32 *dst,
			   const struct kh_url_args *src);
int kh_capture_receive_request_args_ia32(struct kh_ctx *c, struct kh_receive_request_args *dst,
					 const struct kh_receive_request_args_ia32 *src);
size_t kh_measure_receive_request_args_ia32(size_t off, const struct kh_receive_request_args *src);
void kh_emit_receive_request_args_ia32(struct kh_emitter *e,
				       struct kh_receive_request_args_ia32 *dst,
				       const struct kh_receive_request_args *src);
int kh_capture_receive_body_args_ia32(struct kh_ctx *c, struct kh_receive_body_args *dst,
				      const struct kh_receive_body_args_ia32 *src);
size_t kh_measure_receive_body_args_ia32(size_t off, const struct kh_receive_body_args *src);
void kh_emit_receive_body_args_ia32(struct kh_emitter *e, struct kh_receive_body_args_ia32 *dst,
				    const struct kh_receive_body_args *src);
int kh_capture_send_response_args_ia32(struct kh_ctx *c, struct kh_send_response_args *dst,
				       const struct kh_send_response_args_ia32 *src);
size_t kh_measure_send_response_args_ia32(size_t off, const struct kh_send_response_args *src);
void kh_emit_send_response_args_ia32(struct kh_emitter *e, struct kh_send_response_args_ia32 *dst,
				     const struct kh_send_response_args *src);
int kh_capture_send_body_args_ia32(struct kh_ctx *c, struct kh_send_body_args *dst,
				   const struct kh_send_body_args_ia32 *src);
size_t kh_measure_send_body_args_ia32(size_t off, const struct kh_send_body_args *src);
void kh_emit_send_body_args_ia32(struct kh_emitter *e, struct kh_send_body_args_ia32 *dst,
				 const struct kh_send_body_args *src);
int kh_capture_cancel_args_ia32(struct kh_ctx *c, struct kh_cancel_args *dst,
				const struct kh_cancel_args_ia32 *src);
size_t kh_measure_cancel_args_ia32(size_t off, const struct kh_cancel_args *src);
void kh_emit_cancel_args_ia32(struct kh_emitter *e, struct kh_cancel_args_ia32 *dst,
			      const struct kh_cancel_args *src);
int kh_capture_wait_disconnect_args_ia32(struct kh_ctx *c, struct kh_wait_disconnect_args *dst,
					 const struct kh_wait_disconnect_args_ia32 *src);
size_t kh_measure_wait_disconnect_args_ia32(size_t off, const struct kh_wait_disconnect_args *src);
void kh_emit_wait_disconnect_args_ia32(struct kh_emitter *e,
				       struct kh_wait_disconnect_args_ia32 *dst,
				       const struct kh_wait_disconnect_args *src);
int kh_capture_flush_cache_args_ia32(struct kh_ctx *c, struct kh_flush_cache_args *dst,
				     const struct kh_flush_cache_args_ia32 *src);
size_t kh_measure_flush_cache_args_ia32(size_t off, const struct kh_flush_cache_args *src);
void kh_emit_flush_cache_args_ia32(struct kh_emitter *e, struct kh_flush_cache_args_ia32 *dst,
				   const struct kh_flush_cache_args *src);
int kh_capture_stats_args_ia32(struct kh_ctx *c, struct kh_stats_args *dst,
			       const struct kh_stats_args_ia32 *src);
size_t kh_measure_stats_args_ia32(size_t off, const struct kh_stats_args *src);
void kh_emit_stats_args_ia32(struct kh_emitter *e, struct kh_stats_args_ia32 *dst,
			     const struct kh_stats_args *src);
int kh_capture_limits_args_ia32(struct kh_ctx *c, struct kh_limits_args *dst,
				const struct kh_limits_args_ia32 *src);
size_t kh_measure_limits_args_ia32(size_t off, const struct kh_limits_args *src);
void kh_emit_limits_args_ia32(struct kh_emitter *e, struct kh_limits_args_ia32 *dst,
			      const struct kh_limits_args *src);
int kh_capture_admin_entry_ia32(struct kh_ctx *c, struct kh_admin_entry *dst,
				const struct kh_admin_entry_ia32 *src);
size_t kh_measure_admin_entry_ia32(size_t off, const struct kh_admin_entry *src);
void kh_emit_admin_entry_ia32(struct kh_emitter *e, struct kh_admin_entry_ia32 *dst,
			      const struct kh_admin_entry *src);
int kh_capture_admin_list_args_ia32(struct kh_ctx *c, struct kh_admin_list_args *dst,
				    const struct kh_admin_list_args_ia32 *src);
size_t kh_measure_admin_list_args_ia32(size_t off, const struct kh_admin_list_args *src);
void kh_emit_admin_list_args_ia32(struct kh_emitter *e, struct kh_admin_list_args_ia32 *dst,
				  const struct kh_admin_list_args *src);
int kh_capture_queue_access_args_ia32(struct kh_ctx *c, struct kh_queue_access_args *dst,
				      const struct kh_queue_access_args_ia32 *src);
size_t kh_measure_queue_access_args_ia32(size_t off, const struct kh_queue_access_args *src);
void kh_emit_queue_access_args_ia32(struct kh_emitter *e, struct kh_queue_access_args_ia32 *dst,
				    const struct kh_queue_access_args *src);
int kh_capture_reservation_args_ia32(struct kh_ctx *c, struct kh_reservation_args *dst,
				     const struct kh_reservation_args_ia32 *src);
size_t kh_measure_reservation_args_ia32(size_t off, const struct kh_reservation_args *src);
void kh_emit_reservation_args_ia32(struct kh_emitter *e, struct kh_reservation_args_ia32 *dst,
				   const struct kh_reservation_args *src);

/* x32 */
int kh_capture_http_version_x32(struct kh_ctx *c, struct kh_http_version *dst,
				const struct kh_http_version *src);
size_t kh_measure_http_version_x32(size_t off, const struct kh_http_version *src);
void kh_emit_http_version_x32(struct kh_emitter *e, struct kh_http_version *dst,
			      const struct kh_http_version *src);
int kh_capture_byte_range_x32(struct kh_ctx *c, struct kh_byte_range *dst,
			      const struct kh_byte_range_x32 *src);
size_t kh_measure_byte_range_x32(size_t off, const struct kh_byte_range *src);
void kh_emit_byte_range_x32(struct kh_emitter *e, struct kh_byte_range_x32 *dst,
			    const struct kh_byte_range *src);
int kh_capture_known_header_x32(struct kh_ctx *c, struct kh_known_header *dst,
				const struct kh_known_header_x32 *src);
size_t kh_measure_known_header_x32(size_t off, const struct kh_known_header *src);
void kh_emit_known_header_x32(struct kh_emitter *e, struct kh_known_header_x32 *dst,
			      const struct kh_known_header *src);
int kh_capture_unknown_header_x32(struct kh_ctx *c, struct kh_unknown_header *dst,
				  const struct kh_unknown_header_x32 *src);
size_t kh_measure_unknown_header_x32(size_t off, const struct kh_unknown_header *src);
void kh_emit_unknown_header_x32(struct kh_emitter *e, struct kh_unknown_header_x32 *dst,
				const struct kh_unknown_header *src);
int kh_capture_cooked_url_x32(struct kh_ctx *c, struct kh_cooked_url *dst,
			      const struct kh_cooked_url_x32 *src);
size_t kh_measure_cooked_url_x32(size_t off, const struct kh_cooked_url *src);
void kh_emit_cooked_url_x32(struct kh_emitter *e, struct kh_cooked_url_x32 *dst,
			    const struct kh_cooked_url *src);
int kh_capture_transport_address_x32(struct kh_ctx *c, struct kh_transport_address *dst,
				     const struct kh_transport_address_x32 *src);
size_t kh_measure_transport_address_x32(size_t off, const struct kh_transport_address *src);
void kh_emit_transport_address_x32(struct kh_emitter *e, struct kh_transport_address_x32 *dst,
				   const struct kh_transport_address *src);
int kh_capture_request_headers_x32(struct kh_ctx *c, struct kh_request_headers *dst,
				   const struct kh_request_headers_x32 *src);
size_t kh_measure_request_headers_x32(size_t off, const struct kh_request_headers *src);
void kh_emit_request_headers_x32(struct kh_emitter *e, struct kh_request_headers_x32 *dst,
				 const struct kh_request_headers *src);
int kh_capture_response_headers_x32(struct kh_ctx *c, struct kh_response_headers *dst,
				    const struct kh_response_headers_x32 *src);
size_t kh_measure_response_headers_x32(size_t off, const struct kh_response_headers *src);
void kh_emit_response_headers_x32(struct kh_emitter *e, struct kh_response_headers_x32 *dst,
				  const struct kh_response_headers *src);
int kh_capture_data_chunk_x32(struct kh_ctx *c, struct kh_data_chunk *dst,
			      const struct kh_data_chunk_x32 *src);
size_t kh_measure_data_chunk_x32(size_t off, const struct kh_data_chunk *src);
void kh_emit_data_chunk_x32(struct kh_emitter *e, struct kh_data_chunk_x32 *dst,
			    const struct kh_data_chunk *src);
int kh_capture_request_timing_x32(struct kh_ctx *c, struct kh_request_timing *dst,
				  const struct kh_request_timing_x32 *src);
size_t kh_measure_request_timing_x32(size_t off, const struct kh_request_timing *src);
void kh_emit_request_timing_x32(struct kh_emitter *e, struct kh_request_timing_x32 *dst,
				const struct kh_request_timing *src);
int kh_capture_request_tcp_x32(struct kh_ctx *c, struct kh_request_tcp *dst,
			       const struct kh_request_tcp_x32 *src);
size_t kh_measure_request_tcp_x32(size_t off, const struct kh_request_tcp *src);
void kh_emit_request_tcp_x32(struct kh_emitter *e, struct kh_request_tcp_x32 *dst,
			     const struct kh_request_tcp *src);
int kh_capture_request_info_x32(struct kh_ctx *c, struct kh_request_info *dst,
				const struct kh_request_info_x32 *src);
size_t kh_measure_request_info_x32(size_t off, const struct kh_request_info *src);
void kh_emit_request_info_x32(struct kh_emitter *e, struct kh_request_info_x32 *dst,
			      const struct kh_request_info *src);
int kh_capture_request_x32(struct kh_ctx *c, struct kh_request *dst,
			   const struct kh_request_x32 *src);
size_t kh_measure_request_x32(size_t off, const struct kh_request *src);
void kh_emit_request_x32(struct kh_emitter *e, struct kh_request_x32 *dst,
			 const struct kh_request *src);
int kh_capture_multiple_known_headers_x32(struct kh_ctx *c, struct kh_multiple_known_headers *dst,
					  const struct kh_multiple_known_headers_x32 *src);
size_t kh_measure_multiple_known_headers_x32(size_t off,
					     const struct kh_multiple_known_headers *src);
void kh_emit_multiple_known_headers_x32(struct kh_emitter *e,
					struct kh_multiple_known_headers_x32 *dst,
					const struct kh_multiple_known_headers *src);
int kh_capture_cache_key_x32(struct kh_ctx *c, struct kh_cache_key *dst,
			     const struct kh_cache_key_x32 *src);
size_t kh_measure_cache_key_x32(size_t off, const struct kh_cache_key *src);
void kh_emit_cache_key_x32(struct kh_emitter *e, struct kh_cache_key_x32 *dst,
			   const struct kh_cache_key *src);
int kh_capture_response_info_x32(struct kh_ctx *c, struct kh_response_info *dst,
				 const struct kh_response_info_x32 *src);
size_t kh_measure_response_info_x32(size_t off, const struct kh_response_info *src);
void kh_emit_response_info_x32(struct kh_emitter *e, struct kh_response_info_x32 *dst,
			       const struct kh_response_info *src);
int kh_capture_response_x32(struct kh_ctx *c, struct kh_response *dst,
			    const struct kh_response_x32 *src);
size_t kh_measure_response_x32(size_t off, const struct kh_response *src);
void kh_emit_response_x32(struct kh_emitter *e, struct kh_response_x32 *dst,
			  const struct kh_response *src);
int kh_capture_cache_policy_x32(struct kh_ctx *c, struct kh_cache_policy *dst,
				const struct kh_cache_policy *src);
size_t kh_measure_cache_policy_x32(size_t off, const struct kh_cache_policy *src);
void kh_emit_cache_policy_x32(struct kh_emitter *e, struct kh_cache_policy *dst,
			      const struct kh_cache_policy *src);
int kh_capture_log_data_x32(struct kh_ctx *c, struct kh_log_data *dst,
			    const struct kh_log_data_x32 *src);
size_t kh_measure_log_data_x32(size_t off, const struct kh_log_data *src);
void kh_emit_log_data_x32(struct kh_emitter *e, struct kh_log_data_x32 *dst,
			  const struct kh_log_data *src);
int kh_capture_version_args_x32(struct kh_ctx *c, struct kh_version_args *dst,
				const struct kh_version_args *src);
size_t kh_measure_version_args_x32(size_t off, const struct kh_version_args *src);
void kh_emit_version_args_x32(struct kh_emitter *e, struct kh_version_args *dst,
			      const struct kh_version_args *src);
int kh_capture_queue_args_x32(struct kh_ctx *c, struct kh_queue_args *dst,
			      const struct kh_queue_args_x32 *src);
size_t kh_measure_queue_args_x32(size_t off, const struct kh_queue_args *src);
void kh_emit_queue_args_x32(struct kh_emitter *e, struct kh_queue_args_x32 *dst,
			    const struct kh_queue_args *src);
int kh_capture_url_args_x32(struct kh_ctx *c, struct kh_url_args *dst,
			    const struct kh_url_args_x32 *src);
size_t kh_measure_url_args_x32(size_t off, const struct kh_url_args *src);
void kh_emit_url_args_x32(struct kh_emitter *e, struct kh_url_args_x32 *dst,
			  const struct kh_url_args *src);
int kh_capture_receive_request_args_x32(struct kh_ctx *c, struct kh_receive_request_args *dst,
					const struct kh_receive_request_args_x32 *src);
size_t kh_measure_receive_request_args_x32(size_t off, const struct kh_receive_request_args *src);
void kh_emit_receive_request_args_x32(struct kh_emitter *e, struct kh_receive_request_args_x32 *dst,
				      const struct kh_receive_request_args *src);
int kh_capture_receive_body_args_x32(struct kh_ctx *c, struct kh_receive_body_args *dst,
				     const struct kh_receive_body_args_x32 *src);
size_t kh_measure_receive_body_args_x32(size_t off, const struct kh_receive_body_args *src);
void kh_emit_receive_body_args_x32(struct kh_emitter *e, struct kh_receive_body_args_x32 *dst,
				   const struct kh_receive_body_args *src);
int kh_capture_send_response_args_x32(struct kh_ctx *c, struct kh_send_response_args *dst,
				      const struct kh_send_response_args_x32 *src);
size_t kh_measure_send_response_args_x32(size_t off, const struct kh_send_response_args *src);
void kh_emit_send_response_args_x32(struct kh_emitter *e, struct kh_send_response_args_x32 *dst,
				    const struct kh_send_response_args *src);
int kh_capture_send_body_args_x32(struct kh_ctx *c, struct kh_send_body_args *dst,
				  const struct kh_send_body_args_x32 *src);
size_t kh_measure_send_body_args_x32(size_t off, const struct kh_send_body_args *src);
void kh_emit_send_body_args_x32(struct kh_emitter *e, struct kh_send_body_args_x32 *dst,
				const struct kh_send_body_args *src);
int kh_capture_cancel_args_x32(struct kh_ctx *c, struct kh_cancel_args *dst,
			       const struct kh_cancel_args_x32 *src);
size_t kh_measure_cancel_args_x32(size_t off, const struct kh_cancel_args *src);
void kh_emit_cancel_args_x32(struct kh_emitter *e, struct kh_cancel_args_x32 *dst,
			     const struct kh_cancel_args *src);
int kh_capture_wait_disconnect_args_x32(struct kh_ctx *c, struct kh_wait_disconnect_args *dst,
					const struct kh_wait_disconnect_args_x32 *src);
size_t kh_measure_wait_disconnect_args_x32(size_t off, const struct kh_wait_disconnect_args *src);
void kh_emit_wait_disconnect_args_x32(struct kh_emitter *e, struct kh_wait_disconnect_args_x32 *dst,
				      const struct kh_wait_disconnect_args *src);
int kh_capture_flush_cache_args_x32(struct kh_ctx *c, struct kh_flush_cache_args *dst,
				    const struct kh_flush_cache_args_x32 *src);
size_t kh_measure_flush_cache_args_x32(size_t off, const struct kh_flush_cache_args *src);
void kh_emit_flush_cache_args_x32(struct kh_emitter *e, struct kh_flush_cache_args_x32 *dst,
				  const struct kh_flush_cache_args *src);
int kh_capture_stats_args_x32(struct kh_ctx *c, struct kh_stats_args *dst,
			      const struct kh_stats_args_x32 *src);
size_t kh_measure_stats_args_x32(size_t off, const struct kh_stats_args *src);
void kh_emit_stats_args_x32(struct kh_emitter *e, struct kh_stats_args_x32 *dst,
			    const struct kh_stats_args *src);
int kh_capture_limits_args_x32(struct kh_ctx *c, struct kh_limits_args *dst,
			       const struct kh_limits_args_x32 *src);
size_t kh_measure_limits_args_x32(size_t off, const struct kh_limits_args *src);
void kh_emit_limits_args_x32(struct kh_emitter *e, struct kh_limits_args_x32 *dst,
			     const struct kh_limits_args *src);
int kh_capture_admin_entry_x32(struct kh_ctx *c, struct kh_admin_entry *dst,
			       const struct kh_admin_entry_x32 *src);
size_t kh_measure_admin_entry_x32(size_t off, const struct kh_admin_entry *src);
void kh_emit_admin_entry_x32(struct kh_emitter *e, struct kh_admin_entry_x32 *dst,
			     const struct kh_admin_entry *src);
int kh_capture_admin_list_args_x32(struct kh_ctx *c, struct kh_admin_list_args *dst,
				   const struct kh_admin_list_args_x32 *src);
size_t kh_measure_admin_list_args_x32(size_t off, const struct kh_admin_list_args *src);
void kh_emit_admin_list_args_x32(struct kh_emitter *e, struct kh_admin_list_args_x32 *dst,
				 const struct kh_admin_list_args *src);
int kh_capture_queue_access_args_x32(struct kh_ctx *c, struct kh_queue_access_args *dst,
				     const struct kh_queue_access_args_x32 *src);
size_t kh_measure_queue_access_args_x32(size_t off, const struct kh_queue_access_args *src);
void kh_emit_queue_access_args_x32(struct kh_emitter *e, struct kh_queue_access_args_x32 *dst,
				   const struct kh_queue_access_args *src);
int kh_capture_reservation_args_x32(struct kh_ctx *c, struct kh_reservation_args *dst,
				    const struct kh_reservation_args_x32 *src);
size_t kh_measure_reservation_args_x32(size_t off, const struct kh_reservation_args *src);
void kh_emit_reservation_args_x32(struct kh_emitter *e, struct kh_reservation_args_x32 *dst,
				  const struct kh_reservation_args *src);

/* the receive path: lay src out in the caller's KH_EMIT buffer */
int kh_request_to_user(struct kh_ctx *c, const struct kh_request *src, __u32 *needed);

/* implemented by the core: the ABI-free handlers */
long kh_ioc_version_core(struct kh_ctx *c, struct kh_version_args *args);
long kh_ioc_queue_core(struct kh_ctx *c, struct kh_queue_args *args);
long kh_ioc_add_url_core(struct kh_ctx *c, struct kh_url_args *args);
long kh_ioc_remove_url_core(struct kh_ctx *c, struct kh_url_args *args);
long kh_ioc_receive_request_core(struct kh_ctx *c, struct kh_receive_request_args *args);
long kh_ioc_receive_body_core(struct kh_ctx *c, struct kh_receive_body_args *args);
long kh_ioc_send_response_core(struct kh_ctx *c, struct kh_send_response_args *args);
long kh_ioc_send_body_core(struct kh_ctx *c, struct kh_send_body_args *args);
long kh_ioc_cancel_core(struct kh_ctx *c, struct kh_cancel_args *args);
long kh_ioc_wait_disconnect_core(struct kh_ctx *c, struct kh_wait_disconnect_args *args);
long kh_ioc_flush_cache_core(struct kh_ctx *c, struct kh_flush_cache_args *args);
long kh_ioc_stats_core(struct kh_ctx *c, struct kh_stats_args *args);
long kh_ioc_limits_core(struct kh_ctx *c, struct kh_limits_args *args);
long kh_ioc_add_reservation_core(struct kh_ctx *c, struct kh_reservation_args *args);
long kh_ioc_remove_reservation_core(struct kh_ctx *c, struct kh_reservation_args *args);
long kh_ioc_queue_access_core(struct kh_ctx *c, struct kh_queue_access_args *args);
long kh_ioc_admin_list_core(struct kh_ctx *c, struct kh_admin_list_args *args);

/* the caller's ABI picks the thunk; -ENOTTY for unknown commands */
long kh_ioctl_dispatch(struct kh_ctx *c, unsigned int cmd, void __user *uarg);

#endif /* KH_THUNKS_H */
