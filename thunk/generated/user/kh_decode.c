// SPDX-License-Identifier: GPL-2.0 OR MIT
/*
 * Generated from structs/khttp.h by thunkgen; do not edit, run `make gen`.
 * What: decoders of the ioctl arguments for tracers.
 */
#include <errno.h>
#include <stdbool.h>
#include <stddef.h>

#include "kh_decode.h"
#include "kh_decode_rt.h"

static const struct kd_name kd_names_kh_verb[] = {
	{ 0, "KH_VERB_UNPARSED" },
	{ 1, "KH_VERB_UNKNOWN" },
	{ 2, "KH_VERB_INVALID" },
	{ 3, "KH_VERB_OPTIONS" },
	{ 4, "KH_VERB_GET" },
	{ 5, "KH_VERB_HEAD" },
	{ 6, "KH_VERB_POST" },
	{ 7, "KH_VERB_PUT" },
	{ 8, "KH_VERB_DELETE" },
	{ 9, "KH_VERB_TRACE" },
	{ 10, "KH_VERB_CONNECT" },
	{ 11, "KH_VERB_PATCH" },
	{ 12, "KH_VERB_MAXIMUM" },
	{ 0, NULL },
};

static const struct kd_name kd_names_kh_header_id[] = {
	{ 0, "KH_HEADER_CACHE_CONTROL" },
	{ 1, "KH_HEADER_CONNECTION" },
	{ 2, "KH_HEADER_DATE" },
	{ 3, "KH_HEADER_KEEP_ALIVE" },
	{ 4, "KH_HEADER_PRAGMA" },
	{ 5, "KH_HEADER_TRAILER" },
	{ 6, "KH_HEADER_TRANSFER_ENCODING" },
	{ 7, "KH_HEADER_UPGRADE" },
	{ 8, "KH_HEADER_VIA" },
	{ 9, "KH_HEADER_WARNING" },
	{ 10, "KH_HEADER_ALLOW" },
	{ 11, "KH_HEADER_CONTENT_LENGTH" },
	{ 12, "KH_HEADER_CONTENT_TYPE" },
	{ 13, "KH_HEADER_CONTENT_ENCODING" },
	{ 14, "KH_HEADER_CONTENT_LANGUAGE" },
	{ 15, "KH_HEADER_CONTENT_LOCATION" },
	{ 16, "KH_HEADER_CONTENT_MD5" },
	{ 17, "KH_HEADER_CONTENT_RANGE" },
	{ 18, "KH_HEADER_EXPIRES" },
	{ 19, "KH_HEADER_LAST_MODIFIED" },
	{ 20, "KH_HEADER_ACCEPT/KH_HEADER_ACCEPT_RANGES" },
	{ 21, "KH_HEADER_ACCEPT_CHARSET/KH_HEADER_AGE" },
	{ 22, "KH_HEADER_ACCEPT_ENCODING/KH_HEADER_ETAG" },
	{ 23, "KH_HEADER_ACCEPT_LANGUAGE/KH_HEADER_LOCATION" },
	{ 24, "KH_HEADER_AUTHORIZATION/KH_HEADER_PROXY_AUTHENTICATE" },
	{ 25, "KH_HEADER_COOKIE/KH_HEADER_RETRY_AFTER" },
	{ 26, "KH_HEADER_EXPECT/KH_HEADER_SERVER" },
	{ 27, "KH_HEADER_FROM/KH_HEADER_SET_COOKIE" },
	{ 28, "KH_HEADER_HOST/KH_HEADER_VARY" },
	{ 29, "KH_HEADER_IF_MATCH/KH_HEADER_WWW_AUTHENTICATE" },
	{ 30, "KH_HEADER_IF_MODIFIED_SINCE/KH_HEADER_RESPONSE_MAXIMUM" },
	{ 31, "KH_HEADER_IF_NONE_MATCH" },
	{ 32, "KH_HEADER_IF_RANGE" },
	{ 33, "KH_HEADER_IF_UNMODIFIED_SINCE" },
	{ 34, "KH_HEADER_MAX_FORWARDS" },
	{ 35, "KH_HEADER_PROXY_AUTHORIZATION" },
	{ 36, "KH_HEADER_REFERER" },
	{ 37, "KH_HEADER_RANGE" },
	{ 38, "KH_HEADER_TE" },
	{ 39, "KH_HEADER_TRANSLATE" },
	{ 40, "KH_HEADER_USER_AGENT" },
	{ 41, "KH_HEADER_REQUEST_MAXIMUM" },
	{ 0, NULL },
};

static const struct kd_name kd_names_kh_chunk_type[] = {
	{ 0, "KH_CHUNK_FROM_MEMORY" },
	{ 1, "KH_CHUNK_FROM_FILE" },
	{ 2, "KH_CHUNK_FROM_FRAGMENT_CACHE" },
	{ 0, NULL },
};

static const struct kd_name kd_names_kh_request_info_type[] = {
	{ 1, "KH_REQUEST_INFO_TIMING" },
	{ 2, "KH_REQUEST_INFO_TCP" },
	{ 0, NULL },
};

static const struct kd_name kd_names_kh_response_info_type[] = {
	{ 1, "KH_RESPONSE_INFO_MULTIPLE_KNOWN_HEADERS" },
	{ 2, "KH_RESPONSE_INFO_CACHE_KEY" },
	{ 0, NULL },
};

static const struct kd_name kd_names_kh_cache_policy_type[] = {
	{ 0, "KH_CACHE_NONE" },
	{ 1, "KH_CACHE_USER_INVALIDATES" },
	{ 2, "KH_CACHE_TIME_TO_LIVE" },
	{ 0, NULL },
};

static const struct kd_name kd_names_kh_admin_kind[] = {
	{ 1, "KH_ADMIN_LISTENER" },
	{ 2, "KH_ADMIN_URL" },
	{ 3, "KH_ADMIN_QUEUE" },
	{ 4, "KH_ADMIN_WORKER" },
	{ 5, "KH_ADMIN_REQUEST" },
	{ 6, "KH_ADMIN_CACHE" },
	{ 7, "KH_ADMIN_KIND_MAX" },
	{ 0, NULL },
};

static const struct kd_name kd_flags_KH_REQUEST_FLAGS_ALL[] = {
	{ 0x1, "KH_REQUEST_FLAG_MORE_ENTITY_BODY" },
	{ 0x2, "KH_REQUEST_FLAG_PIPELINED" },
	{ 0, NULL },
};

static const struct kd_name kd_flags_KH_RESPONSE_FLAGS_ALL[] = {
	{ 0x1, "KH_RESPONSE_FLAG_MORE_ENTITY_BODY_EXISTS" },
	{ 0, NULL },
};

static const struct kd_name kd_flags_KH_QUEUE_FLAGS_ALL[] = {
	{ 0x1, "KH_QUEUE_CREATE" },
	{ 0x2, "KH_QUEUE_OPEN" },
	{ 0, NULL },
};

static const struct kd_name kd_flags_KH_RECEIVE_FLAGS_ALL[] = {
	{ 0x1, "KH_RECEIVE_FLAG_COPY_BODY" },
	{ 0x2, "KH_RECEIVE_FLAG_FLUSH_BODY" },
	{ 0, NULL },
};

static const struct kd_name kd_flags_KH_SEND_FLAGS_ALL[] = {
	{ 0x1, "KH_SEND_FLAG_MORE_DATA" },
	{ 0x2, "KH_SEND_FLAG_DISCONNECT" },
	{ 0x4, "KH_SEND_FLAG_BUFFER_DATA" },
	{ 0, NULL },
};

static const struct kd_name kd_flags_KH_STATS_FLAGS_ALL[] = {
	{ 0x1, "KH_STATS_QUEUE" },
	{ 0x2, "KH_STATS_NET" },
	{ 0, NULL },
};

static const struct kd_name kd_flags_KH_LIMITS_ALL[] = {
	{ 0x1, "KH_LIMIT_MAX_CONNECTIONS" },
	{ 0x2, "KH_LIMIT_QUEUE_LENGTH" },
	{ 0x4, "KH_LIMIT_MAX_HEADER_BYTES" },
	{ 0x8, "KH_LIMIT_MAX_BODY_BYTES" },
	{ 0x10, "KH_LIMIT_IDLE_TIMEOUT" },
	{ 0x20, "KH_LIMIT_HEADER_TIMEOUT" },
	{ 0, NULL },
};

static const struct kd_name kd_flags_KH_QUEUE_ACCESS_ALL[] = {
	{ 0x1, "KH_QUEUE_CREATE" },
	{ 0x2, "KH_QUEUE_OPEN" },
	{ 0, NULL },
};

static const struct kd_name kd_flags_KH_RESERVE_FLAGS_ALL[] = {
	{ 0x1, "KH_RESERVE_UID" },
	{ 0x2, "KH_RESERVE_GID" },
	{ 0, NULL },
};

static void kh_decode_http_version(struct kh_dec *d, const unsigned char *p,
				   unsigned int ph) __attribute__((unused));
static void kh_decode_byte_range(struct kh_dec *d, const unsigned char *p,
				 unsigned int ph) __attribute__((unused));
static void kh_decode_known_header(struct kh_dec *d, const unsigned char *p,
				   unsigned int ph) __attribute__((unused));
static void kh_decode_unknown_header(struct kh_dec *d, const unsigned char *p,
				     unsigned int ph) __attribute__((unused));
static void kh_decode_cooked_url(struct kh_dec *d, const unsigned char *p,
				 unsigned int ph) __attribute__((unused));
static void kh_decode_transport_address(struct kh_dec *d, const unsigned char *p,
					unsigned int ph) __attribute__((unused));
static void kh_decode_request_headers(struct kh_dec *d, const unsigned char *p,
				      unsigned int ph) __attribute__((unused));
static void kh_decode_response_headers(struct kh_dec *d, const unsigned char *p,
				       unsigned int ph) __attribute__((unused));
static void kh_decode_data_chunk(struct kh_dec *d, const unsigned char *p,
				 unsigned int ph) __attribute__((unused));
static void kh_decode_request_timing(struct kh_dec *d, const unsigned char *p,
				     unsigned int ph) __attribute__((unused));
static void kh_decode_request_tcp(struct kh_dec *d, const unsigned char *p,
				  unsigned int ph) __attribute__((unused));
static void kh_decode_request_info(struct kh_dec *d, const unsigned char *p,
				   unsigned int ph) __attribute__((unused));
static void kh_decode_request(struct kh_dec *d, const unsigned char *p,
			      unsigned int ph) __attribute__((unused));
static void kh_decode_multiple_known_headers(struct kh_dec *d, const unsigned char *p,
					     unsigned int ph) __attribute__((unused));
static void kh_decode_cache_key(struct kh_dec *d, const unsigned char *p,
				unsigned int ph) __attribute__((unused));
static void kh_decode_response_info(struct kh_dec *d, const unsigned char *p,
				    unsigned int ph) __attribute__((unused));
static void kh_decode_response(struct kh_dec *d, const unsigned char *p,
			       unsigned int ph) __attribute__((unused));
static void kh_decode_cache_policy(struct kh_dec *d, const unsigned char *p,
				   unsigned int ph) __attribute__((unused));
static void kh_decode_log_data(struct kh_dec *d, const unsigned char *p,
			       unsigned int ph) __attribute__((unused));
static void kh_decode_version_args(struct kh_dec *d, const unsigned char *p,
				   unsigned int ph) __attribute__((unused));
static void kh_decode_queue_args(struct kh_dec *d, const unsigned char *p,
				 unsigned int ph) __attribute__((unused));
static void kh_decode_url_args(struct kh_dec *d, const unsigned char *p,
			       unsigned int ph) __attribute__((unused));
static void kh_decode_receive_request_args(struct kh_dec *d, const unsigned char *p,
					   unsigned int ph) __attribute__((unused));
static void kh_decode_receive_body_args(struct kh_dec *d, const unsigned char *p,
					unsigned int ph) __attribute__((unused));
static void kh_decode_send_response_args(struct kh_dec *d, const unsigned char *p,
					 unsigned int ph) __attribute__((unused));
static void kh_decode_send_body_args(struct kh_dec *d, const unsigned char *p,
				     unsigned int ph) __attribute__((unused));
static void kh_decode_cancel_args(struct kh_dec *d, const unsigned char *p,
				  unsigned int ph) __attribute__((unused));
static void kh_decode_wait_disconnect_args(struct kh_dec *d, const unsigned char *p,
					   unsigned int ph) __attribute__((unused));
static void kh_decode_flush_cache_args(struct kh_dec *d, const unsigned char *p,
				       unsigned int ph) __attribute__((unused));
static void kh_decode_stats_args(struct kh_dec *d, const unsigned char *p,
				 unsigned int ph) __attribute__((unused));
static void kh_decode_limits_args(struct kh_dec *d, const unsigned char *p,
				  unsigned int ph) __attribute__((unused));
static void kh_decode_admin_entry(struct kh_dec *d, const unsigned char *p,
				  unsigned int ph) __attribute__((unused));
static void kh_decode_admin_list_args(struct kh_dec *d, const unsigned char *p,
				      unsigned int ph) __attribute__((unused));
static void kh_decode_queue_access_args(struct kh_dec *d, const unsigned char *p,
					unsigned int ph) __attribute__((unused));
static void kh_decode_reservation_args(struct kh_dec *d, const unsigned char *p,
				       unsigned int ph) __attribute__((unused));
static void kh_decode_http_version_ia32(struct kh_dec *d, const unsigned char *p,
					unsigned int ph) __attribute__((unused));
static void kh_decode_byte_range_ia32(struct kh_dec *d, const unsigned char *p,
				      unsigned int ph) __attribute__((unused));
static void kh_decode_known_header_ia32(struct kh_dec *d, const unsigned char *p,
					unsigned int ph) __attribute__((unused));
static void kh_decode_unknown_header_ia32(struct kh_dec *d, const unsigned char *p,
					  unsigned int ph) __attribute__((unused));
static void kh_decode_cooked_url_ia32(struct kh_dec *d, const unsigned char *p,
				      unsigned int ph) __attribute__((unused));
static void kh_decode_transport_address_ia32(struct kh_dec *d, const unsigned char *p,
					     unsigned int ph) __attribute__((unused));
static void kh_decode_request_headers_ia32(struct kh_dec *d, const unsigned char *p,
					   unsigned int ph) __attribute__((unused));
static void kh_decode_response_headers_ia32(struct kh_dec *d, const unsigned char *p,
					    unsigned int ph) __attribute__((unused));
static void kh_decode_data_chunk_ia32(struct kh_dec *d, const unsigned char *p,
				      unsigned int ph) __attribute__((unused));
static void kh_decode_request_timing_ia32(struct kh_dec *d, const unsigned char *p,
					  unsigned int ph) __attribute__((unused));
static void kh_decode_request_tcp_ia32(struct kh_dec *d, const unsigned char *p,
				       unsigned int ph) __attribute__((unused));
static void kh_decode_request_info_ia32(struct kh_dec *d, const unsigned char *p,
					unsigned int ph) __attribute__((unused));
static void kh_decode_request_ia32(struct kh_dec *d, const unsigned char *p,
				   unsigned int ph) __attribute__((unused));
static void kh_decode_multiple_known_headers_ia32(struct kh_dec *d, const unsigned char *p,
						  unsigned int ph) __attribute__((unused));
static void kh_decode_cache_key_ia32(struct kh_dec *d, const unsigned char *p,
				     unsigned int ph) __attribute__((unused));
static void kh_decode_response_info_ia32(struct kh_dec *d, const unsigned char *p,
					 unsigned int ph) __attribute__((unused));
static void kh_decode_response_ia32(struct kh_dec *d, const unsigned char *p,
				    unsigned int ph) __attribute__((unused));
static void kh_decode_cache_policy_ia32(struct kh_dec *d, const unsigned char *p,
					unsigned int ph) __attribute__((unused));
static void kh_decode_log_data_ia32(struct kh_dec *d, const unsigned char *p,
				    unsigned int ph) __attribute__((unused));
static void kh_decode_version_args_ia32(struct kh_dec *d, const unsigned char *p,
					unsigned int ph) __attribute__((unused));
static void kh_decode_queue_args_ia32(struct kh_dec *d, const unsigned char *p,
				      unsigned int ph) __attribute__((unused));
static void kh_decode_url_args_ia32(struct kh_dec *d, const unsigned char *p,
				    unsigned int ph) __attribute__((unused));
static void kh_decode_receive_request_args_ia32(struct kh_dec *d, const unsigned char *p,
						unsigned int ph) __attribute__((unused));
static void kh_decode_receive_body_args_ia32(struct kh_dec *d, const unsigned char *p,
					     unsigned int ph) __attribute__((unused));
static void kh_decode_send_response_args_ia32(struct kh_dec *d, const unsigned char *p,
					      unsigned int ph) __attribute__((unused));
static void kh_decode_send_body_args_ia32(struct kh_dec *d, const unsigned char *p,
					  unsigned int ph) __attribute__((unused));
static void kh_decode_cancel_args_ia32(struct kh_dec *d, const unsigned char *p,
				       unsigned int ph) __attribute__((unused));
static void kh_decode_wait_disconnect_args_ia32(struct kh_dec *d, const unsigned char *p,
						unsigned int ph) __attribute__((unused));
static void kh_decode_flush_cache_args_ia32(struct kh_dec *d, const unsigned char *p,
					    unsigned int ph) __attribute__((unused));
static void kh_decode_stats_args_ia32(struct kh_dec *d, const unsigned char *p,
				      unsigned int ph) __attribute__((unused));
static void kh_decode_limits_args_ia32(struct kh_dec *d, const unsigned char *p,
				       unsigned int ph) __attribute__((unused));
static void kh_decode_admin_entry_ia32(struct kh_dec *d, const unsigned char *p,
				       unsigned int ph) __attribute__((unused));
static void kh_decode_admin_list_args_ia32(struct kh_dec *d, const unsigned char *p,
					   unsigned int ph) __attribute__((unused));
static void kh_decode_queue_access_args_ia32(struct kh_dec *d, const unsigned char *p,
					     unsigned int ph) __attribute__((unused));
static void kh_decode_reservation_args_ia32(struct kh_dec *d, const unsigned char *p,
					    unsigned int ph) __attribute__((unused));
static void kh_decode_http_version_x32(struct kh_dec *d, const unsigned char *p,
				       unsigned int ph) __attribute__((unused));
static void kh_decode_byte_range_x32(struct kh_dec *d, const unsigned char *p,
				     unsigned int ph) __attribute__((unused));
static void kh_decode_known_header_x32(struct kh_dec *d, const unsigned char *p,
				       unsigned int ph) __attribute__((unused));
static void kh_decode_unknown_header_x32(struct kh_dec *d, const unsigned char *p,
					 unsigned int ph) __attribute__((unused));
static void kh_decode_cooked_url_x32(struct kh_dec *d, const unsigned char *p,
				     unsigned int ph) __attribute__((unused));
static void kh_decode_transport_address_x32(struct kh_dec *d, const unsigned char *p,
					    unsigned int ph) __attribute__((unused));
static void kh_decode_request_headers_x32(struct kh_dec *d, const unsigned char *p,
					  unsigned int ph) __attribute__((unused));
static void kh_decode_response_headers_x32(struct kh_dec *d, const unsigned char *p,
					   unsigned int ph) __attribute__((unused));
static void kh_decode_data_chunk_x32(struct kh_dec *d, const unsigned char *p,
				     unsigned int ph) __attribute__((unused));
static void kh_decode_request_timing_x32(struct kh_dec *d, const unsigned char *p,
					 unsigned int ph) __attribute__((unused));
static void kh_decode_request_tcp_x32(struct kh_dec *d, const unsigned char *p,
				      unsigned int ph) __attribute__((unused));
static void kh_decode_request_info_x32(struct kh_dec *d, const unsigned char *p,
				       unsigned int ph) __attribute__((unused));
static void kh_decode_request_x32(struct kh_dec *d, const unsigned char *p,
				  unsigned int ph) __attribute__((unused));
static void kh_decode_multiple_known_headers_x32(struct kh_dec *d, const unsigned char *p,
						 unsigned int ph) __attribute__((unused));
static void kh_decode_cache_key_x32(struct kh_dec *d, const unsigned char *p,
				    unsigned int ph) __attribute__((unused));
static void kh_decode_response_info_x32(struct kh_dec *d, const unsigned char *p,
					unsigned int ph) __attribute__((unused));
static void kh_decode_response_x32(struct kh_dec *d, const unsigned char *p,
				   unsigned int ph) __attribute__((unused));
static void kh_decode_cache_policy_x32(struct kh_dec *d, const unsigned char *p,
				       unsigned int ph) __attribute__((unused));
static void kh_decode_log_data_x32(struct kh_dec *d, const unsigned char *p,
				   unsigned int ph) __attribute__((unused));
static void kh_decode_version_args_x32(struct kh_dec *d, const unsigned char *p,
				       unsigned int ph) __attribute__((unused));
static void kh_decode_queue_args_x32(struct kh_dec *d, const unsigned char *p,
				     unsigned int ph) __attribute__((unused));
static void kh_decode_url_args_x32(struct kh_dec *d, const unsigned char *p,
				   unsigned int ph) __attribute__((unused));
static void kh_decode_receive_request_args_x32(struct kh_dec *d, const unsigned char *p,
					       unsigned int ph) __attribute__((unused));
static void kh_decode_receive_body_args_x32(struct kh_dec *d, const unsigned char *p,
					    unsigned int ph) __attribute__((unused));
static void kh_decode_send_response_args_x32(struct kh_dec *d, const unsigned char *p,
					     unsigned int ph) __attribute__((unused));
static void kh_decode_send_body_args_x32(struct kh_dec *d, const unsigned char *p,
					 unsigned int ph) __attribute__((unused));
static void kh_decode_cancel_args_x32(struct kh_dec *d, const unsigned char *p,
				      unsigned int ph) __attribute__((unused));
static void kh_decode_wait_disconnect_args_x32(struct kh_dec *d, const unsigned char *p,
					       unsigned int ph) __attribute__((unused));
static void kh_decode_flush_cache_args_x32(struct kh_dec *d, const unsigned char *p,
					   unsigned int ph) __attribute__((unused));
static void kh_decode_stats_args_x32(struct kh_dec *d, const unsigned char *p,
				     unsigned int ph) __attribute__((unused));
static void kh_decode_limits_args_x32(struct kh_dec *d, const unsigned char *p,
				      unsigned int ph) __attribute__((unused));
static void kh_decode_admin_entry_x32(struct kh_dec *d, const unsigned char *p,
				      unsigned int ph) __attribute__((unused));
static void kh_decode_admin_list_args_x32(struct kh_dec *d, const unsigned char *p,
					  unsigned int ph) __attribute__((unused));
static void kh_decode_queue_access_args_x32(struct kh_dec *d, const unsigned char *p,
					    unsigned int ph) __attribute__((unused));
static void kh_decode_reservation_args_x32(struct kh_dec *d, const unsigned char *p,
					   unsigned int ph) __attribute__((unused));

/* ---- x86_64 (KH_LAYOUT_X86_64) ---- */

static void kh_decode_http_version(struct kh_dec *d, const unsigned char *p,
				   unsigned int ph __maybe_unused)
{
	kd_begin(d, '{');
	kd_field(d, "major");
	kd_uint(d, kd_get(p, 2));
	kd_field(d, "minor");
	kd_uint(d, kd_get(p + 2, 2));
	kd_end(d, '}');
}

static void kh_decode_byte_range(struct kh_dec *d, const unsigned char *p,
				 unsigned int ph __maybe_unused)
{
	kd_begin(d, '{');
	kd_field(d, "start");
	kd_uint(d, kd_get(p, 8));
	kd_field(d, "length");
	kd_uint(d, kd_get(p + 8, 8));
	kd_end(d, '}');
}

static void kh_decode_known_header(struct kh_dec *d, const unsigned char *p,
				   unsigned int ph __maybe_unused)
{
	kd_begin(d, '{');
	kd_field(d, "value_length");
	kd_uint(d, kd_get(p, 2));
	kd_field(d, "value");
	kd_string(d, kd_get(p + 8, 8), kd_get(p, 2));
	kd_end(d, '}');
}

static void kh_decode_unknown_header(struct kh_dec *d, const unsigned char *p,
				     unsigned int ph __maybe_unused)
{
	kd_begin(d, '{');
	kd_field(d, "name_length");
	kd_uint(d, kd_get(p, 2));
	kd_field(d, "value_length");
	kd_uint(d, kd_get(p + 2, 2));
	kd_field(d, "name");
	kd_string(d, kd_get(p + 8, 8), kd_get(p, 2));
	kd_field(d, "value");
	kd_string(d, kd_get(p + 16, 8), kd_get(p + 2, 2));
	kd_end(d, '}');
}

static void kh_decode_cooked_url(struct kh_dec *d, const unsigned char *p,
				 unsigned int ph __maybe_unused)
{
	kd_begin(d, '{');
	kd_field(d, "full_url_length");
	kd_uint(d, kd_get(p, 2));
	kd_field(d, "host_length");
	kd_uint(d, kd_get(p + 2, 2));
	kd_field(d, "abs_path_length");
	kd_uint(d, kd_get(p + 4, 2));
	kd_field(d, "query_string_length");
	kd_uint(d, kd_get(p + 6, 2));
	kd_field(d, "full_url");
	kd_string(d, kd_get(p + 8, 8), kd_get(p, 2));
	kd_field(d, "host");
	kd_string(d, kd_get(p + 16, 8), kd_get(p + 2, 2));
	kd_field(d, "abs_path");
	kd_string(d, kd_get(p + 24, 8), kd_get(p + 4, 2));
	kd_field(d, "query_string");
	kd_string(d, kd_get(p + 32, 8), kd_get(p + 6, 2));
	kd_end(d, '}');
}

static void kh_decode_transport_address(struct kh_dec *d, const unsigned char *p,
					unsigned int ph __maybe_unused)
{
	kd_begin(d, '{');
	kd_field(d, "remote");
	kd_sockaddr(d, kd_get(p, 8));
	kd_field(d, "local");
	kd_sockaddr(d, kd_get(p + 8, 8));
	kd_end(d, '}');
}

static void kh_decode_request_headers(struct kh_dec *d, const unsigned char *p,
				      unsigned int ph __maybe_unused)
{
	kd_begin(d, '{');
	kd_field(d, "unknown_header_count");
	kd_uint(d, kd_get(p, 2));
	kd_field(d, "unknown_headers");
	kd_records(d, kd_get(p + 8, 8), kd_get(p, 2), 24, kh_decode_unknown_header, true);
	kd_field(d, "trailer_count");
	kd_uint(d, kd_get(p + 16, 2));
	kd_field(d, "trailers");
	kd_records(d, kd_get(p + 24, 8), kd_get(p + 16, 2), 24, kh_decode_unknown_header, true);
	kd_field(d, "known_headers");
	{
		static const char *const names[41] = {
			"Cache-Control",
			"Connection",
			"Date",
			"Keep-Alive",
			"Pragma",
			"Trailer",
			"Transfer-Encoding",
			"Upgrade",
			"Via",
			"Warning",
			"Allow",
			"Content-Length",
			"Content-Type",
			"Content-Encoding",
			"Content-Language",
			"Content-Location",
			"Content-Md5",
			"Content-Range",
			"Expires",
			"Last-Modified",
			"Accept",
			"Accept-Charset",
			"Accept-Encoding",
			"Accept-Language",
			"Authorization",
			"Cookie",
			"Expect",
			"From",
			"Host",
			"If-Match",
			"If-Modified-Since",
			"If-None-Match",
			"If-Range",
			"If-Unmodified-Since",
			"Max-Forwards",
			"Proxy-Authorization",
			"Referer",
			"Range",
			"Te",
			"Translate",
			"User-Agent",
		};

		kd_begin(d, '[');
		for (unsigned int i = 0; i < 41; i++) {
			const unsigned char *e = p + 32 + i * 16;

			if (kd_is_zero(e, 16))
				continue;
			if (!kd_elem(d))
				break;
			kd_begin(d, '{');
			kd_name_or_index(d, names[i], i);
			kd_sep(d);
			kd_string(d, kd_get(e + 8, 8), kd_get(e + 0, 2));
			kd_end(d, '}');
		}
		kd_end(d, ']');
	}
	kd_end(d, '}');
}

static void kh_decode_response_headers(struct kh_dec *d, const unsigned char *p,
				       unsigned int ph __maybe_unused)
{
	kd_begin(d, '{');
	kd_field(d, "unknown_header_count");
	kd_uint(d, kd_get(p, 2));
	kd_field(d, "unknown_headers");
	kd_records(d, kd_get(p + 8, 8), kd_get(p, 2), 24, kh_decode_unknown_header, true);
	kd_field(d, "trailer_count");
	kd_uint(d, kd_get(p + 16, 2));
	kd_field(d, "trailers");
	kd_records(d, kd_get(p + 24, 8), kd_get(p + 16, 2), 24, kh_decode_unknown_header, true);
	kd_field(d, "known_headers");
	{
		static const char *const names[30] = {
			"Cache-Control",
			"Connection",
			"Date",
			"Keep-Alive",
			"Pragma",
			"Trailer",
			"Transfer-Encoding",
			"Upgrade",
			"Via",
			"Warning",
			"Allow",
			"Content-Length",
			"Content-Type",
			"Content-Encoding",
			"Content-Language",
			"Content-Location",
			"Content-Md5",
			"Content-Range",
			"Expires",
			"Last-Modified",
			"Accept-Ranges",
			"Age",
			"Etag",
			"Location",
			"Proxy-Authenticate",
			"Retry-After",
			"Server",
			"Set-Cookie",
			"Vary",
			"Www-Authenticate",
		};

		kd_begin(d, '[');
		for (unsigned int i = 0; i < 30; i++) {
			const unsigned char *e = p + 32 + i * 16;

			if (kd_is_zero(e, 16))
				continue;
			if (!kd_elem(d))
				break;
			kd_begin(d, '{');
			kd_name_or_index(d, names[i], i);
			kd_sep(d);
			kd_string(d, kd_get(e + 8, 8), kd_get(e + 0, 2));
			kd_end(d, '}');
		}
		kd_end(d, ']');
	}
	kd_end(d, '}');
}

static void kh_decode_data_chunk(struct kh_dec *d, const unsigned char *p,
				 unsigned int ph __maybe_unused)
{
	kd_begin(d, '{');
	kd_field(d, "type");
	kd_enum(d, kd_get(p, 4), kd_names_kh_chunk_type);
	kd_field(d, "u");
	kd_begin(d, '{');
	switch (kd_get(p, 4)) {
	case 0:	/* KH_CHUNK_FROM_MEMORY */
		kd_field(d, "memory");
		kd_begin(d, '{');
		kd_field(d, "buffer");
		kd_string(d, kd_get(p + 8, 8), kd_get(p + 16, 4));
		kd_field(d, "length");
		kd_uint(d, kd_get(p + 16, 4));
		kd_end(d, '}');
		break;
	case 1:	/* KH_CHUNK_FROM_FILE */
		kd_field(d, "file");
		kd_begin(d, '{');
		kd_field(d, "range");
		kh_decode_byte_range(d, p + 8, KD_ALL);
		kd_field(d, "fd");
		kd_int(d, kd_gets(p + 24, 4));
		kd_end(d, '}');
		break;
	case 2:	/* KH_CHUNK_FROM_FRAGMENT_CACHE */
		kd_field(d, "fragment");
		kd_begin(d, '{');
		kd_field(d, "name_length");
		kd_uint(d, kd_get(p + 8, 2));
		kd_field(d, "name");
		kd_string(d, kd_get(p + 16, 8), kd_get(p + 8, 2));
		kd_end(d, '}');
		break;
	default:
		kd_sep(d);
		kd_puts(d, "...");
	}
	kd_end(d, '}');
	kd_end(d, '}');
}

static void kh_decode_request_timing(struct kh_dec *d, const unsigned char *p,
				     unsigned int ph __maybe_unused)
{
	kd_begin(d, '{');
	kd_field(d, "accepted_ns");
	kd_uint(d, kd_get(p, 8));
	kd_field(d, "headers_parsed_ns");
	kd_uint(d, kd_get(p + 8, 8));
	kd_field(d, "header_bytes");
	kd_uint(d, kd_get(p + 16, 4));
	kd_end(d, '}');
}

static void kh_decode_request_tcp(struct kh_dec *d, const unsigned char *p,
				  unsigned int ph __maybe_unused)
{
	kd_begin(d, '{');
	kd_field(d, "rtt_us");
	kd_uint(d, kd_get(p, 4));
	kd_field(d, "mss");
	kd_uint(d, kd_get(p + 4, 4));
	kd_field(d, "bytes_acked");
	kd_uint(d, kd_get(p + 8, 8));
	kd_end(d, '}');
}

static void kh_decode_request_info(struct kh_dec *d, const unsigned char *p,
				   unsigned int ph __maybe_unused)
{
	kd_begin(d, '{');
	kd_field(d, "type");
	kd_enum(d, kd_get(p, 4), kd_names_kh_request_info_type);
	kd_field(d, "length");
	kd_uint(d, kd_get(p + 4, 4));
	kd_field(d, "info");
	switch (kd_get(p, 4)) {
	case 1:	/* KH_REQUEST_INFO_TIMING */
		if (kd_get(p + 4, 4) == 24)
			kd_records(d, kd_get(p + 8, 8), 1, 24, kh_decode_request_timing, false);
		else
			kd_ptr(d, kd_get(p + 8, 8));
		break;
	case 2:	/* KH_REQUEST_INFO_TCP */
		if (kd_get(p + 4, 4) == 16)
			kd_records(d, kd_get(p + 8, 8), 1, 16, kh_decode_request_tcp, false);
		else
			kd_ptr(d, kd_get(p + 8, 8));
		break;
	default:
		kd_ptr(d, kd_get(p + 8, 8));
	}
	kd_end(d, '}');
}

static void kh_decode_request(struct kh_dec *d, const unsigned char *p,
			      unsigned int ph __maybe_unused)
{
	kd_begin(d, '{');
	kd_field(d, "flags");
	kd_flags(d, kd_get(p, 4), kd_flags_KH_REQUEST_FLAGS_ALL);
	kd_field(d, "connection_id");
	kd_hex(d, kd_get(p + 8, 8));
	kd_field(d, "request_id");
	kd_hex(d, kd_get(p + 16, 8));
	kd_field(d, "url_context");
	kd_hex(d, kd_get(p + 24, 8));
	kd_field(d, "version");
	kh_decode_http_version(d, p + 32, KD_ALL);
	kd_field(d, "verb");
	kd_enum(d, kd_get(p + 36, 4), kd_names_kh_verb);
	kd_field(d, "unknown_verb_length");
	kd_uint(d, kd_get(p + 40, 2));
	kd_field(d, "raw_url_length");
	kd_uint(d, kd_get(p + 42, 2));
	kd_field(d, "unknown_verb");
	kd_string(d, kd_get(p + 48, 8), kd_get(p + 40, 2));
	kd_field(d, "raw_url");
	kd_string(d, kd_get(p + 56, 8), kd_get(p + 42, 2));
	kd_field(d, "cooked_url");
	kh_decode_cooked_url(d, p + 64, KD_ALL);
	kd_field(d, "address");
	kh_decode_transport_address(d, p + 104, KD_ALL);
	kd_field(d, "headers");
	kh_decode_request_headers(d, p + 120, KD_ALL);
	kd_field(d, "bytes_received");
	kd_uint(d, kd_get(p + 808, 8));
	kd_field(d, "entity_chunk_count");
	kd_uint(d, kd_get(p + 816, 2));
	kd_field(d, "entity_chunks");
	kd_records(d, kd_get(p + 824, 8), kd_get(p + 816, 2), 32, kh_decode_data_chunk, true);
	kd_field(d, "raw_connection_id");
	kd_hex(d, kd_get(p + 832, 8));
	kd_field(d, "request_info_count");
	kd_uint(d, kd_get(p + 840, 2));
	kd_field(d, "request_info");
	kd_records(d, kd_get(p + 848, 8), kd_get(p + 840, 2), 16, kh_decode_request_info, true);
	kd_end(d, '}');
}

static void kh_decode_multiple_known_headers(struct kh_dec *d, const unsigned char *p,
					     unsigned int ph __maybe_unused)
{
	kd_begin(d, '{');
	kd_field(d, "header_id");
	kd_enum(d, kd_get(p, 4), kd_names_kh_header_id);
	kd_field(d, "flags");
	kd_uint(d, kd_get(p + 4, 4));
	kd_field(d, "known_header_count");
	kd_uint(d, kd_get(p + 8, 2));
	kd_field(d, "known_headers");
	kd_records(d, kd_get(p + 16, 8), kd_get(p + 8, 2), 16, kh_decode_known_header, true);
	kd_end(d, '}');
}

static void kh_decode_cache_key(struct kh_dec *d, const unsigned char *p,
				unsigned int ph __maybe_unused)
{
	kd_begin(d, '{');
	kd_field(d, "key_length");
	kd_uint(d, kd_get(p, 2));
	kd_field(d, "key");
	kd_string(d, kd_get(p + 8, 8), kd_get(p, 2));
	kd_end(d, '}');
}

static void kh_decode_response_info(struct kh_dec *d, const unsigned char *p,
				    unsigned int ph __maybe_unused)
{
	kd_begin(d, '{');
	kd_field(d, "type");
	kd_enum(d, kd_get(p, 4), kd_names_kh_response_info_type);
	kd_field(d, "length");
	kd_uint(d, kd_get(p + 4, 4));
	kd_field(d, "info");
	switch (kd_get(p, 4)) {
	case 1:	/* KH_RESPONSE_INFO_MULTIPLE_KNOWN_HEADERS */
		if (kd_get(p + 4, 4) == 24)
			kd_records(d, kd_get(p + 8, 8), 1, 24, kh_decode_multiple_known_headers,
				   false);
		else
			kd_ptr(d, kd_get(p + 8, 8));
		break;
	case 2:	/* KH_RESPONSE_INFO_CACHE_KEY */
		if (kd_get(p + 4, 4) == 16)
			kd_records(d, kd_get(p + 8, 8), 1, 16, kh_decode_cache_key, false);
		else
			kd_ptr(d, kd_get(p + 8, 8));
		break;
	default:
		kd_ptr(d, kd_get(p + 8, 8));
	}
	kd_end(d, '}');
}

static void kh_decode_response(struct kh_dec *d, const unsigned char *p,
			       unsigned int ph __maybe_unused)
{
	kd_begin(d, '{');
	kd_field(d, "flags");
	kd_flags(d, kd_get(p, 4), kd_flags_KH_RESPONSE_FLAGS_ALL);
	kd_field(d, "version");
	kh_decode_http_version(d, p + 4, KD_ALL);
	kd_field(d, "status_code");
	kd_uint(d, kd_get(p + 8, 2));
	kd_field(d, "reason_length");
	kd_uint(d, kd_get(p + 10, 2));
	kd_field(d, "reason");
	kd_string(d, kd_get(p + 16, 8), kd_get(p + 10, 2));
	kd_field(d, "headers");
	kh_decode_response_headers(d, p + 24, KD_ALL);
	kd_field(d, "entity_chunk_count");
	kd_uint(d, kd_get(p + 536, 2));
	kd_field(d, "entity_chunks");
	kd_records(d, kd_get(p + 544, 8), kd_get(p + 536, 2), 32, kh_decode_data_chunk, true);
	kd_field(d, "response_info_count");
	kd_uint(d, kd_get(p + 552, 2));
	kd_field(d, "response_info");
	kd_records(d, kd_get(p + 560, 8), kd_get(p + 552, 2), 16, kh_decode_response_info, true);
	kd_end(d, '}');
}

static void kh_decode_cache_policy(struct kh_dec *d, const unsigned char *p,
				   unsigned int ph __maybe_unused)
{
	kd_begin(d, '{');
	kd_field(d, "policy");
	kd_enum(d, kd_get(p, 4), kd_names_kh_cache_policy_type);
	kd_field(d, "seconds_to_live");
	kd_uint(d, kd_get(p + 4, 4));
	kd_end(d, '}');
}

static void kh_decode_log_data(struct kh_dec *d, const unsigned char *p,
			       unsigned int ph __maybe_unused)
{
	kd_begin(d, '{');
	kd_field(d, "type");
	kd_uint(d, kd_get(p, 4));
	kd_field(d, "user_name_length");
	kd_uint(d, kd_get(p + 4, 2));
	kd_field(d, "uri_query_length");
	kd_uint(d, kd_get(p + 6, 2));
	kd_field(d, "user_name");
	kd_string(d, kd_get(p + 8, 8), kd_get(p + 4, 2));
	kd_field(d, "uri_query");
	kd_string(d, kd_get(p + 16, 8), kd_get(p + 6, 2));
	kd_field(d, "bytes_sent");
	kd_uint(d, kd_get(p + 24, 8));
	kd_field(d, "bytes_received");
	kd_uint(d, kd_get(p + 32, 8));
	kd_field(d, "time_taken_ms");
	kd_uint(d, kd_get(p + 40, 4));
	kd_field(d, "protocol_status");
	kd_uint(d, kd_get(p + 44, 2));
	kd_field(d, "sub_status");
	kd_uint(d, kd_get(p + 46, 2));
	kd_end(d, '}');
}

static void kh_decode_version_args(struct kh_dec *d, const unsigned char *p, unsigned int ph)
{
	kd_begin(d, '{');
	if (ph & KD_OUT) {
		kd_field(d, "major");
		kd_uint(d, kd_get(p, 4));
		kd_field(d, "minor");
		kd_uint(d, kd_get(p + 4, 4));
		kd_field(d, "patch");
		kd_uint(d, kd_get(p + 8, 4));
		kd_field(d, "abi");
		kd_uint(d, kd_get(p + 12, 4));
	}
	kd_end(d, '}');
}

static void kh_decode_queue_args(struct kh_dec *d, const unsigned char *p, unsigned int ph)
{
	kd_begin(d, '{');
	if (ph & KD_IN) {
		kd_field(d, "flags");
		kd_flags(d, kd_get(p, 4), kd_flags_KH_QUEUE_FLAGS_ALL);
		kd_field(d, "name_length");
		kd_uint(d, kd_get(p + 4, 4));
		kd_field(d, "name");
		kd_string(d, kd_get(p + 8, 8), kd_get(p + 4, 4));
	}
	if (ph & KD_OUT) {
		kd_field(d, "queue_id");
		kd_hex(d, kd_get(p + 16, 8));
	}
	kd_end(d, '}');
}

static void kh_decode_url_args(struct kh_dec *d, const unsigned char *p, unsigned int ph)
{
	kd_begin(d, '{');
	if (ph & KD_IN) {
		kd_field(d, "flags");
		kd_uint(d, kd_get(p, 4));
		kd_field(d, "url_context");
		kd_hex(d, kd_get(p + 8, 8));
		kd_field(d, "url_length");
		kd_uint(d, kd_get(p + 16, 4));
		kd_field(d, "url");
		kd_string(d, kd_get(p + 24, 8), kd_get(p + 16, 4));
	}
	kd_end(d, '}');
}

static void kh_decode_receive_request_args(struct kh_dec *d, const unsigned char *p,
					   unsigned int ph)
{
	kd_begin(d, '{');
	if (ph & KD_IN) {
		kd_field(d, "flags");
		kd_flags(d, kd_get(p, 4), kd_flags_KH_RECEIVE_FLAGS_ALL);
	}
	kd_field(d, "request_id");
	kd_hex(d, kd_get(p + 8, 8));
	if (ph & KD_IN) {
		kd_field(d, "buffer_length");
		kd_uint(d, kd_get(p + 16, 4));
	}
	if (!(ph & KD_OUT)) {
		kd_field(d, "buffer");
		kd_ptr(d, kd_get(p + 24, 8));
	} else if (!d->err) {
		kd_field(d, "buffer");
		kd_records(d, kd_get(p + 24, 8), 1, 856, kh_decode_request, false);
	}
	if (ph & KD_OUT) {
		kd_field(d, "bytes_returned");
		kd_uint(d, kd_get(p + 32, 4));
		kd_field(d, "bytes_needed");
		kd_uint(d, kd_get(p + 36, 4));
	}
	kd_end(d, '}');
}

static void kh_decode_receive_body_args(struct kh_dec *d, const unsigned char *p, unsigned int ph)
{
	kd_begin(d, '{');
	if (ph & KD_IN) {
		kd_field(d, "flags");
		kd_flags(d, kd_get(p, 4), kd_flags_KH_RECEIVE_FLAGS_ALL);
		kd_field(d, "request_id");
		kd_hex(d, kd_get(p + 8, 8));
		kd_field(d, "buffer_length");
		kd_uint(d, kd_get(p + 16, 4));
	}
	if (!(ph & KD_OUT)) {
		kd_field(d, "buffer");
		kd_ptr(d, kd_get(p + 24, 8));
	} else {
		kd_field(d, "buffer");
		kd_string(d, kd_get(p + 24, 8), kd_get(p + 16, 4));
	}
	if (ph & KD_OUT) {
		kd_field(d, "bytes_returned");
		kd_uint(d, kd_get(p + 32, 4));
	}
	kd_end(d, '}');
}

static void kh_decode_send_response_args(struct kh_dec *d, const unsigned char *p, unsigned int ph)
{
	kd_begin(d, '{');
	if (ph & KD_IN) {
		kd_field(d, "flags");
		kd_flags(d, kd_get(p, 4), kd_flags_KH_SEND_FLAGS_ALL);
		kd_field(d, "request_id");
		kd_hex(d, kd_get(p + 8, 8));
		kd_field(d, "response");
		kd_records(d, kd_get(p + 16, 8), 1, 568, kh_decode_response, false);
		kd_field(d, "cache_policy");
		kd_records(d, kd_get(p + 24, 8), 1, 8, kh_decode_cache_policy, false);
		kd_field(d, "log_data");
		kd_records(d, kd_get(p + 32, 8), 1, 48, kh_decode_log_data, false);
	}
	if (ph & KD_OUT) {
		kd_field(d, "bytes_sent");
		kd_uint(d, kd_get(p + 40, 4));
	}
	kd_end(d, '}');
}

static void kh_decode_send_body_args(struct kh_dec *d, const unsigned char *p, unsigned int ph)
{
	kd_begin(d, '{');
	if (ph & KD_IN) {
		kd_field(d, "flags");
		kd_flags(d, kd_get(p, 4), kd_flags_KH_SEND_FLAGS_ALL);
		kd_field(d, "request_id");
		kd_hex(d, kd_get(p + 8, 8));
		kd_field(d, "chunk_count");
		kd_uint(d, kd_get(p + 16, 2));
		kd_field(d, "chunks");
		kd_records(d, kd_get(p + 24, 8), kd_get(p + 16, 2), 32, kh_decode_data_chunk, true);
		kd_field(d, "log_data");
		kd_records(d, kd_get(p + 32, 8), 1, 48, kh_decode_log_data, false);
	}
	if (ph & KD_OUT) {
		kd_field(d, "bytes_sent");
		kd_uint(d, kd_get(p + 40, 4));
	}
	kd_end(d, '}');
}

static void kh_decode_cancel_args(struct kh_dec *d, const unsigned char *p, unsigned int ph)
{
	kd_begin(d, '{');
	if (ph & KD_IN) {
		kd_field(d, "flags");
		kd_uint(d, kd_get(p, 4));
		kd_field(d, "request_id");
		kd_hex(d, kd_get(p + 8, 8));
	}
	kd_end(d, '}');
}

static void kh_decode_wait_disconnect_args(struct kh_dec *d, const unsigned char *p,
					   unsigned int ph)
{
	kd_begin(d, '{');
	if (ph & KD_IN) {
		kd_field(d, "flags");
		kd_uint(d, kd_get(p, 4));
		kd_field(d, "connection_id");
		kd_hex(d, kd_get(p + 8, 8));
	}
	kd_end(d, '}');
}

static void kh_decode_flush_cache_args(struct kh_dec *d, const unsigned char *p, unsigned int ph)
{
	kd_begin(d, '{');
	if (ph & KD_IN) {
		kd_field(d, "flags");
		kd_uint(d, kd_get(p, 4));
		kd_field(d, "url_length");
		kd_uint(d, kd_get(p + 4, 4));
		kd_field(d, "url");
		kd_string(d, kd_get(p + 8, 8), kd_get(p + 4, 4));
	}
	kd_end(d, '}');
}

static void kh_decode_stats_args(struct kh_dec *d, const unsigned char *p, unsigned int ph)
{
	kd_begin(d, '{');
	if (ph & KD_IN) {
		kd_field(d, "flags");
		kd_flags(d, kd_get(p, 4), kd_flags_KH_STATS_FLAGS_ALL);
		kd_field(d, "counter_count");
		kd_uint(d, kd_get(p + 4, 4));
	}
	if (!(ph & KD_OUT)) {
		kd_field(d, "counters");
		kd_ptr(d, kd_get(p + 8, 8));
	} else {
		kd_field(d, "counters");
		kd_scalars(d, kd_get(p + 8, 8), kd_get(p + 4, 4), 8, KD_FMT_UNSIGNED);
	}
	if (ph & KD_OUT) {
		kd_field(d, "counters_returned");
		kd_uint(d, kd_get(p + 16, 4));
	}
	kd_end(d, '}');
}

static void kh_decode_limits_args(struct kh_dec *d, const unsigned char *p, unsigned int ph)
{
	kd_begin(d, '{');
	if (ph & KD_IN) {
		kd_field(d, "mask");
		kd_flags(d, kd_get(p, 4), kd_flags_KH_LIMITS_ALL);
	}
	kd_field(d, "max_connections");
	kd_uint(d, kd_get(p + 4, 4));
	kd_field(d, "queue_length");
	kd_uint(d, kd_get(p + 8, 4));
	kd_field(d, "max_header_bytes");
	kd_uint(d, kd_get(p + 12, 4));
	kd_field(d, "max_body_bytes");
	kd_uint(d, kd_get(p + 16, 8));
	kd_field(d, "idle_timeout_ms");
	kd_uint(d, kd_get(p + 24, 4));
	kd_field(d, "header_timeout_ms");
	kd_uint(d, kd_get(p + 28, 4));
	kd_end(d, '}');
}

static void kh_decode_admin_entry(struct kh_dec *d, const unsigned char *p,
				  unsigned int ph __maybe_unused)
{
	kd_begin(d, '{');
	kd_field(d, "kind");
	kd_enum(d, kd_get(p, 4), kd_names_kh_admin_kind);
	kd_field(d, "abi");
	kd_uint(d, kd_get(p + 4, 4));
	kd_field(d, "id");
	kd_uint(d, kd_get(p + 8, 8));
	kd_field(d, "queue_id");
	kd_hex(d, kd_get(p + 16, 8));
	kd_field(d, "pid");
	kd_uint(d, kd_get(p + 24, 4));
	kd_field(d, "port");
	kd_uint(d, kd_get(p + 28, 4));
	kd_field(d, "value");
	kd_begin(d, '[');
	for (unsigned int i = 0; i < 3 && kd_elem(d); i++) {
		kd_scalar(d, p + 32 + i * 8, 8, KD_FMT_UNSIGNED);
	}
	kd_end(d, ']');
	kd_field(d, "name");
	kd_strbuf(d, p + 56, 240);
	kd_end(d, '}');
}

static void kh_decode_admin_list_args(struct kh_dec *d, const unsigned char *p, unsigned int ph)
{
	kd_begin(d, '{');
	if (ph & KD_IN) {
		kd_field(d, "kind");
		kd_enum(d, kd_get(p, 4), kd_names_kh_admin_kind);
		kd_field(d, "flags");
		kd_uint(d, kd_get(p + 4, 4));
		kd_field(d, "start");
		kd_uint(d, kd_get(p + 8, 4));
		kd_field(d, "entry_count");
		kd_uint(d, kd_get(p + 12, 4));
	}
	if (!(ph & KD_OUT)) {
		kd_field(d, "entries");
		kd_ptr(d, kd_get(p + 16, 8));
	} else {
		kd_field(d, "entries");
		kd_records(d, kd_get(p + 16, 8), kd_get(p + 12, 4), 296, kh_decode_admin_entry,
			   true);
	}
	if (ph & KD_OUT) {
		kd_field(d, "entries_returned");
		kd_uint(d, kd_get(p + 24, 4));
		kd_field(d, "entries_total");
		kd_uint(d, kd_get(p + 28, 4));
	}
	kd_end(d, '}');
}

static void kh_decode_queue_access_args(struct kh_dec *d, const unsigned char *p, unsigned int ph)
{
	kd_begin(d, '{');
	if (ph & KD_IN) {
		kd_field(d, "mode");
		kd_flags(d, kd_get(p, 4), kd_flags_KH_QUEUE_ACCESS_ALL);
		kd_field(d, "uid_count");
		kd_uint(d, kd_get(p + 4, 2));
		kd_field(d, "gid_count");
		kd_uint(d, kd_get(p + 6, 2));
		kd_field(d, "uids");
		kd_scalars(d, kd_get(p + 8, 8), kd_get(p + 4, 2), 4, KD_FMT_UNSIGNED);
		kd_field(d, "gids");
		kd_scalars(d, kd_get(p + 16, 8), kd_get(p + 6, 2), 4, KD_FMT_UNSIGNED);
	}
	kd_end(d, '}');
}

static void kh_decode_reservation_args(struct kh_dec *d, const unsigned char *p, unsigned int ph)
{
	kd_begin(d, '{');
	if (ph & KD_IN) {
		kd_field(d, "flags");
		kd_flags(d, kd_get(p, 4), kd_flags_KH_RESERVE_FLAGS_ALL);
		kd_field(d, "uid");
		kd_uint(d, kd_get(p + 4, 4));
		kd_field(d, "gid");
		kd_uint(d, kd_get(p + 8, 4));
		kd_field(d, "url_length");
		kd_uint(d, kd_get(p + 12, 4));
		kd_field(d, "url");
		kd_string(d, kd_get(p + 16, 8), kd_get(p + 12, 4));
	}
	kd_end(d, '}');
}

/* ---- ia32 (KH_LAYOUT_IA32) ---- */

static void kh_decode_http_version_ia32(struct kh_dec *d, const unsigned char *p,
					unsigned int ph __maybe_unused)
{
	kd_begin(d, '{');
	kd_field(d, "major");
	kd_uint(d, kd_get(p, 2));
	kd_field(d, "minor");
	kd_uint(d, kd_get(p + 2, 2));
	kd_end(d, '}');
}

static void kh_decode_byte_range_ia32(struct kh_dec *d, const unsigned char *p,
				      unsigned int ph __maybe_unused)
{
	kd_begin(d, '{');
	kd_field(d, "start");
	kd_uint(d, kd_get(p, 8));
	kd_field(d, "length");
	kd_uint(d, kd_get(p + 8, 8));
	kd_end(d, '}');
}

static void kh_decode_known_header_ia32(struct kh_dec *d, const unsigned char *p,
					unsigned int ph __maybe_unused)
{
	kd_begin(d, '{');
	kd_field(d, "value_length");
	kd_uint(d, kd_get(p, 2));
	kd_field(d, "value");
	kd_string(d, kd_get(p + 4, 4), kd_get(p, 2));
	kd_end(d, '}');
}

static void kh_decode_unknown_header_ia32(struct kh_dec *d, const unsigned char *p,
					  unsigned int ph __maybe_unused)
{
	kd_begin(d, '{');
	kd_field(d, "name_length");
	kd_uint(d, kd_get(p, 2));
	kd_field(d, "value_length");
	kd_uint(d, kd_get(p + 2, 2));
	kd_field(d, "name");
	kd_string(d, kd_get(p + 4, 4), kd_get(p, 2));
	kd_field(d, "value");
	kd_string(d, kd_get(p + 8, 4), kd_get(p + 2, 2));
	kd_end(d, '}');
}

static void kh_decode_cooked_url_ia32(struct kh_dec *d, const unsigned char *p,
				      unsigned int ph __maybe_unused)
{
	kd_begin(d, '{');
	kd_field(d, "full_url_length");
	kd_uint(d, kd_get(p, 2));
	kd_field(d, "host_length");
	kd_uint(d, kd_get(p + 2, 2));
	kd_field(d, "abs_path_length");
	kd_uint(d, kd_get(p + 4, 2));
	kd_field(d, "query_string_length");
	kd_uint(d, kd_get(p + 6, 2));
	kd_field(d, "full_url");
	kd_string(d, kd_get(p + 8, 4), kd_get(p, 2));
	kd_field(d, "host");
	kd_string(d, kd_get(p + 12, 4), kd_get(p + 2, 2));
	kd_field(d, "abs_path");
	kd_string(d, kd_get(p + 16, 4), kd_get(p + 4, 2));
	kd_field(d, "query_string");
	kd_string(d, kd_get(p + 20, 4), kd_get(p + 6, 2));
	kd_end(d, '}');
}

static void kh_decode_transport_address_ia32(struct kh_dec *d, const unsigned char *p,
					     unsigned int ph __maybe_unused)
{
	kd_begin(d, '{');
	kd_field(d, "remote");
	kd_sockaddr(d, kd_get(p, 4));
	kd_field(d, "local");
	kd_sockaddr(d, kd_get(p + 4, 4));
	kd_end(d, '}');
}

static void kh_decode_request_headers_ia32(struct kh_dec *d, const unsigned char *p,
					   unsigned int ph __maybe_unused)
{
	kd_begin(d, '{');
	kd_field(d, "unknown_header_count");
	kd_uint(d, kd_get(p, 2));
	kd_field(d, "unknown_headers");
	kd_records(d, kd_get(p + 4, 4), kd_get(p, 2), 12, kh_decode_unknown_header_ia32, true);
	kd_field(d, "trailer_count");
	kd_uint(d, kd_get(p + 8, 2));
	kd_field(d, "trailers");
	kd_records(d, kd_get(p + 12, 4), kd_get(p + 8, 2), 12, kh_decode_unknown_header_ia32, true);
	kd_field(d, "known_headers");
	{
		static const char *const names[41] = {
			"Cache-Control",
			"Connection",
			"Date",
			"Keep-Alive",
			"Pragma",
			"Trailer",
			"Transfer-Encoding",
			"Upgrade",
			"Via",
			"Warning",
			"Allow",
			"Content-Length",
			"Content-Type",
			"Content-Encoding",
			"Content-Language",
			"Content-Location",
			"Content-Md5",
			"Content-Range",
			"Expires",
			"Last-Modified",
			"Accept",
			"Accept-Charset",
			"Accept-Encoding",
			"Accept-Language",
			"Authorization",
			"Cookie",
			"Expect",
			"From",
			"Host",
			"If-Match",
			"If-Modified-Since",
			"If-None-Match",
			"If-Range",
			"If-Unmodified-Since",
			"Max-Forwards",
			"Proxy-Authorization",
			"Referer",
			"Range",
			"Te",
			"Translate",
			"User-Agent",
		};

		kd_begin(d, '[');
		for (unsigned int i = 0; i < 41; i++) {
			const unsigned char *e = p + 16 + i * 8;

			if (kd_is_zero(e, 8))
				continue;
			if (!kd_elem(d))
				break;
			kd_begin(d, '{');
			kd_name_or_index(d, names[i], i);
			kd_sep(d);
			kd_string(d, kd_get(e + 4, 4), kd_get(e + 0, 2));
			kd_end(d, '}');
		}
		kd_end(d, ']');
	}
	kd_end(d, '}');
}

static void kh_decode_response_headers_ia32(struct kh_dec *d, const unsigned char *p,
					    unsigned int ph __maybe_unused)
{
	kd_begin(d, '{');
	kd_field(d, "unknown_header_count");
	kd_uint(d, kd_get(p, 2));
	kd_field(d, "unknown_headers");
	kd_records(d, kd_get(p + 4, 4), kd_get(p, 2), 12, kh_decode_unknown_header_ia32, true);
	kd_field(d, "trailer_count");
	kd_uint(d, kd_get(p + 8, 2));
	kd_field(d, "trailers");
	kd_records(d, kd_get(p + 12, 4), kd_get(p + 8, 2), 12, kh_decode_unknown_header_ia32, true);
	kd_field(d, "known_headers");
	{
		static const char *const names[30] = {
			"Cache-Control",
			"Connection",
			"Date",
			"Keep-Alive",
			"Pragma",
			"Trailer",
			"Transfer-Encoding",
			"Upgrade",
			"Via",
			"Warning",
			"Allow",
			"Content-Length",
			"Content-Type",
			"Content-Encoding",
			"Content-Language",
			"Content-Location",
			"Content-Md5",
			"Content-Range",
			"Expires",
			"Last-Modified",
			"Accept-Ranges",
			"Age",
			"Etag",
			"Location",
			"Proxy-Authenticate",
			"Retry-After",
			"Server",
			"Set-Cookie",
			"Vary",
			"Www-Authenticate",
		};

		kd_begin(d, '[');
		for (unsigned int i = 0; i < 30; i++) {
			const unsigned char *e = p + 16 + i * 8;

			if (kd_is_zero(e, 8))
				continue;
			if (!kd_elem(d))
				break;
			kd_begin(d, '{');
			kd_name_or_index(d, names[i], i);
			kd_sep(d);
			kd_string(d, kd_get(e + 4, 4), kd_get(e + 0, 2));
			kd_end(d, '}');
		}
		kd_end(d, ']');
	}
	kd_end(d, '}');
}

static void kh_decode_data_chunk_ia32(struct kh_dec *d, const unsigned char *p,
				      unsigned int ph __maybe_unused)
{
	kd_begin(d, '{');
	kd_field(d, "type");
	kd_enum(d, kd_get(p, 4), kd_names_kh_chunk_type);
	kd_field(d, "u");
	kd_begin(d, '{');
	switch (kd_get(p, 4)) {
	case 0:	/* KH_CHUNK_FROM_MEMORY */
		kd_field(d, "memory");
		kd_begin(d, '{');
		kd_field(d, "buffer");
		kd_string(d, kd_get(p + 4, 4), kd_get(p + 8, 4));
		kd_field(d, "length");
		kd_uint(d, kd_get(p + 8, 4));
		kd_end(d, '}');
		break;
	case 1:	/* KH_CHUNK_FROM_FILE */
		kd_field(d, "file");
		kd_begin(d, '{');
		kd_field(d, "range");
		kh_decode_byte_range_ia32(d, p + 4, KD_ALL);
		kd_field(d, "fd");
		kd_int(d, kd_gets(p + 20, 4));
		kd_end(d, '}');
		break;
	case 2:	/* KH_CHUNK_FROM_FRAGMENT_CACHE */
		kd_field(d, "fragment");
		kd_begin(d, '{');
		kd_field(d, "name_length");
		kd_uint(d, kd_get(p + 4, 2));
		kd_field(d, "name");
		kd_string(d, kd_get(p + 8, 4), kd_get(p + 4, 2));
		kd_end(d, '}');
		break;
	default:
		kd_sep(d);
		kd_puts(d, "...");
	}
	kd_end(d, '}');
	kd_end(d, '}');
}

static void kh_decode_request_timing_ia32(struct kh_dec *d, const unsigned char *p,
					  unsigned int ph __maybe_unused)
{
	kd_begin(d, '{');
	kd_field(d, "accepted_ns");
	kd_uint(d, kd_get(p, 8));
	kd_field(d, "headers_parsed_ns");
	kd_uint(d, kd_get(p + 8, 8));
	kd_field(d, "header_bytes");
	kd_uint(d, kd_get(p + 16, 4));
	kd_end(d, '}');
}

static void kh_decode_request_tcp_ia32(struct kh_dec *d, const unsigned char *p,
				       unsigned int ph __maybe_unused)
{
	kd_begin(d, '{');
	kd_field(d, "rtt_us");
	kd_uint(d, kd_get(p, 4));
	kd_field(d, "mss");
	kd_uint(d, kd_get(p + 4, 4));
	kd_field(d, "bytes_acked");
	kd_uint(d, kd_get(p + 8, 8));
	kd_end(d, '}');
}

static void kh_decode_request_info_ia32(struct kh_dec *d, const unsigned char *p,
					unsigned int ph __maybe_unused)
{
	kd_begin(d, '{');
	kd_field(d, "type");
	kd_enum(d, kd_get(p, 4), kd_names_kh_request_info_type);
	kd_field(d, "length");
	kd_uint(d, kd_get(p + 4, 4));
	kd_field(d, "info");
	switch (kd_get(p, 4)) {
	case 1:	/* KH_REQUEST_INFO_TIMING */
		if (kd_get(p + 4, 4) == 20)
			kd_records(d, kd_get(p + 8, 4), 1, 20, kh_decode_request_timing_ia32,
				   false);
		else
			kd_ptr(d, kd_get(p + 8, 4));
		break;
	case 2:	/* KH_REQUEST_INFO_TCP */
		if (kd_get(p + 4, 4) == 16)
			kd_records(d, kd_get(p + 8, 4), 1, 16, kh_decode_request_tcp_ia32, false);
		else
			kd_ptr(d, kd_get(p + 8, 4));
		break;
	default:
		kd_ptr(d, kd_get(p + 8, 4));
	}
	kd_end(d, '}');
}

static void kh_decode_request_ia32(struct kh_dec *d, const unsigned char *p,
				   unsigned int ph __maybe_unused)
{
	kd_begin(d, '{');
	kd_field(d, "flags");
	kd_flags(d, kd_get(p, 4), kd_flags_KH_REQUEST_FLAGS_ALL);
	kd_field(d, "connection_id");
	kd_hex(d, kd_get(p + 4, 8));
	kd_field(d, "request_id");
	kd_hex(d, kd_get(p + 12, 8));
	kd_field(d, "url_context");
	kd_hex(d, kd_get(p + 20, 8));
	kd_field(d, "version");
	kh_decode_http_version_ia32(d, p + 28, KD_ALL);
	kd_field(d, "verb");
	kd_enum(d, kd_get(p + 32, 4), kd_names_kh_verb);
	kd_field(d, "unknown_verb_length");
	kd_uint(d, kd_get(p + 36, 2));
	kd_field(d, "raw_url_length");
	kd_uint(d, kd_get(p + 38, 2));
	kd_field(d, "unknown_verb");
	kd_string(d, kd_get(p + 40, 4), kd_get(p + 36, 2));
	kd_field(d, "raw_url");
	kd_string(d, kd_get(p + 44, 4), kd_get(p + 38, 2));
	kd_field(d, "cooked_url");
	kh_decode_cooked_url_ia32(d, p + 48, KD_ALL);
	kd_field(d, "address");
	kh_decode_transport_address_ia32(d, p + 72, KD_ALL);
	kd_field(d, "headers");
	kh_decode_request_headers_ia32(d, p + 80, KD_ALL);
	kd_field(d, "bytes_received");
	kd_uint(d, kd_get(p + 424, 8));
	kd_field(d, "entity_chunk_count");
	kd_uint(d, kd_get(p + 432, 2));
	kd_field(d, "entity_chunks");
	kd_records(d, kd_get(p + 436, 4), kd_get(p + 432, 2), 24, kh_decode_data_chunk_ia32, true);
	kd_field(d, "raw_connection_id");
	kd_hex(d, kd_get(p + 440, 8));
	kd_field(d, "request_info_count");
	kd_uint(d, kd_get(p + 448, 2));
	kd_field(d, "request_info");
	kd_records(d, kd_get(p + 452, 4), kd_get(p + 448, 2), 12, kh_decode_request_info_ia32,
		   true);
	kd_end(d, '}');
}

static void kh_decode_multiple_known_headers_ia32(struct kh_dec *d, const unsigned char *p,
						  unsigned int ph __maybe_unused)
{
	kd_begin(d, '{');
	kd_field(d, "header_id");
	kd_enum(d, kd_get(p, 4), kd_names_kh_header_id);
	kd_field(d, "flags");
	kd_uint(d, kd_get(p + 4, 4));
	kd_field(d, "known_header_count");
	kd_uint(d, kd_get(p + 8, 2));
	kd_field(d, "known_headers");
	kd_records(d, kd_get(p + 12, 4), kd_get(p + 8, 2), 8, kh_decode_known_header_ia32, true);
	kd_end(d, '}');
}

static void kh_decode_cache_key_ia32(struct kh_dec *d, const unsigned char *p,
				     unsigned int ph __maybe_unused)
{
	kd_begin(d, '{');
	kd_field(d, "key_length");
	kd_uint(d, kd_get(p, 2));
	kd_field(d, "key");
	kd_string(d, kd_get(p + 4, 4), kd_get(p, 2));
	kd_end(d, '}');
}

static void kh_decode_response_info_ia32(struct kh_dec *d, const unsigned char *p,
					 unsigned int ph __maybe_unused)
{
	kd_begin(d, '{');
	kd_field(d, "type");
	kd_enum(d, kd_get(p, 4), kd_names_kh_response_info_type);
	kd_field(d, "length");
	kd_uint(d, kd_get(p + 4, 4));
	kd_field(d, "info");
	switch (kd_get(p, 4)) {
	case 1:	/* KH_RESPONSE_INFO_MULTIPLE_KNOWN_HEADERS */
		if (kd_get(p + 4, 4) == 16)
			kd_records(d, kd_get(p + 8, 4), 1, 16,
				   kh_decode_multiple_known_headers_ia32, false);
		else
			kd_ptr(d, kd_get(p + 8, 4));
		break;
	case 2:	/* KH_RESPONSE_INFO_CACHE_KEY */
		if (kd_get(p + 4, 4) == 8)
			kd_records(d, kd_get(p + 8, 4), 1, 8, kh_decode_cache_key_ia32, false);
		else
			kd_ptr(d, kd_get(p + 8, 4));
		break;
	default:
		kd_ptr(d, kd_get(p + 8, 4));
	}
	kd_end(d, '}');
}

static void kh_decode_response_ia32(struct kh_dec *d, const unsigned char *p,
				    unsigned int ph __maybe_unused)
{
	kd_begin(d, '{');
	kd_field(d, "flags");
	kd_flags(d, kd_get(p, 4), kd_flags_KH_RESPONSE_FLAGS_ALL);
	kd_field(d, "version");
	kh_decode_http_version_ia32(d, p + 4, KD_ALL);
	kd_field(d, "status_code");
	kd_uint(d, kd_get(p + 8, 2));
	kd_field(d, "reason_length");
	kd_uint(d, kd_get(p + 10, 2));
	kd_field(d, "reason");
	kd_string(d, kd_get(p + 12, 4), kd_get(p + 10, 2));
	kd_field(d, "headers");
	kh_decode_response_headers_ia32(d, p + 16, KD_ALL);
	kd_field(d, "entity_chunk_count");
	kd_uint(d, kd_get(p + 272, 2));
	kd_field(d, "entity_chunks");
	kd_records(d, kd_get(p + 276, 4), kd_get(p + 272, 2), 24, kh_decode_data_chunk_ia32, true);
	kd_field(d, "response_info_count");
	kd_uint(d, kd_get(p + 280, 2));
	kd_field(d, "response_info");
	kd_records(d, kd_get(p + 284, 4), kd_get(p + 280, 2), 12, kh_decode_response_info_ia32,
		   true);
	kd_end(d, '}');
}

static void kh_decode_cache_policy_ia32(struct kh_dec *d, const unsigned char *p,
					unsigned int ph __maybe_unused)
{
	kd_begin(d, '{');
	kd_field(d, "policy");
	kd_enum(d, kd_get(p, 4), kd_names_kh_cache_policy_type);
	kd_field(d, "seconds_to_live");
	kd_uint(d, kd_get(p + 4, 4));
	kd_end(d, '}');
}

static void kh_decode_log_data_ia32(struct kh_dec *d, const unsigned char *p,
				    unsigned int ph __maybe_unused)
{
	kd_begin(d, '{');
	kd_field(d, "type");
	kd_uint(d, kd_get(p, 4));
	kd_field(d, "user_name_length");
	kd_uint(d, kd_get(p + 4, 2));
	kd_field(d, "uri_query_length");
	kd_uint(d, kd_get(p + 6, 2));
	kd_field(d, "user_name");
	kd_string(d, kd_get(p + 8, 4), kd_get(p + 4, 2));
	kd_field(d, "uri_query");
	kd_string(d, kd_get(p + 12, 4), kd_get(p + 6, 2));
	kd_field(d, "bytes_sent");
	kd_uint(d, kd_get(p + 16, 8));
	kd_field(d, "bytes_received");
	kd_uint(d, kd_get(p + 24, 8));
	kd_field(d, "time_taken_ms");
	kd_uint(d, kd_get(p + 32, 4));
	kd_field(d, "protocol_status");
	kd_uint(d, kd_get(p + 36, 2));
	kd_field(d, "sub_status");
	kd_uint(d, kd_get(p + 38, 2));
	kd_end(d, '}');
}

static void kh_decode_version_args_ia32(struct kh_dec *d, const unsigned char *p, unsigned int ph)
{
	kd_begin(d, '{');
	if (ph & KD_OUT) {
		kd_field(d, "major");
		kd_uint(d, kd_get(p, 4));
		kd_field(d, "minor");
		kd_uint(d, kd_get(p + 4, 4));
		kd_field(d, "patch");
		kd_uint(d, kd_get(p + 8, 4));
		kd_field(d, "abi");
		kd_uint(d, kd_get(p + 12, 4));
	}
	kd_end(d, '}');
}

static void kh_decode_queue_args_ia32(struct kh_dec *d, const unsigned char *p, unsigned int ph)
{
	kd_begin(d, '{');
	if (ph & KD_IN) {
		kd_field(d, "flags");
		kd_flags(d, kd_get(p, 4), kd_flags_KH_QUEUE_FLAGS_ALL);
		kd_field(d, "name_length");
		kd_uint(d, kd_get(p + 4, 4));
		kd_field(d, "name");
		kd_string(d, kd_get(p + 8, 4), kd_get(p + 4, 4));
	}
	if (ph & KD_OUT) {
		kd_field(d, "queue_id");
		kd_hex(d, kd_get(p + 12, 8));
	}
	kd_end(d, '}');
}

static void kh_decode_url_args_ia32(struct kh_dec *d, const unsigned char *p, unsigned int ph)
{
	kd_begin(d, '{');
	if (ph & KD_IN) {
		kd_field(d, "flags");
		kd_uint(d, kd_get(p, 4));
		kd_field(d, "url_context");
		kd_hex(d, kd_get(p + 4, 8));
		kd_field(d, "url_length");
		kd_uint(d, kd_get(p + 12, 4));
		kd_field(d, "url");
		kd_string(d, kd_get(p + 16, 4), kd_get(p + 12, 4));
	}
	kd_end(d, '}');
}

static void kh_decode_receive_request_args_ia32(struct kh_dec *d, const unsigned char *p,
						unsigned int ph)
{
	kd_begin(d, '{');
	if (ph & KD_IN) {
		kd_field(d, "flags");
		kd_flags(d, kd_get(p, 4), kd_flags_KH_RECEIVE_FLAGS_ALL);
	}
	kd_field(d, "request_id");
	kd_hex(d, kd_get(p + 4, 8));
	if (ph & KD_IN) {
		kd_field(d, "buffer_length");
		kd_uint(d, kd_get(p + 12, 4));
	}
	if (!(ph & KD_OUT)) {
		kd_field(d, "buffer");
		kd_ptr(d, kd_get(p + 16, 4));
	} else if (!d->err) {
		kd_field(d, "buffer");
		kd_records(d, kd_get(p + 16, 4), 1, 456, kh_decode_request_ia32, false);
	}
	if (ph & KD_OUT) {
		kd_field(d, "bytes_returned");
		kd_uint(d, kd_get(p + 20, 4));
		kd_field(d, "bytes_needed");
		kd_uint(d, kd_get(p + 24, 4));
	}
	kd_end(d, '}');
}

static void kh_decode_receive_body_args_ia32(struct kh_dec *d, const unsigned char *p,
					     unsigned int ph)
{
	kd_begin(d, '{');
	if (ph & KD_IN) {
		kd_field(d, "flags");
		kd_flags(d, kd_get(p, 4), kd_flags_KH_RECEIVE_FLAGS_ALL);
		kd_field(d, "request_id");
		kd_hex(d, kd_get(p + 4, 8));
		kd_field(d, "buffer_length");
		kd_uint(d, kd_get(p + 12, 4));
	}
	if (!(ph & KD_OUT)) {
		kd_field(d, "buffer");
		kd_ptr(d, kd_get(p + 16, 4));
	} else {
		kd_field(d, "buffer");
		kd_string(d, kd_get(p + 16, 4), kd_get(p + 12, 4));
	}
	if (ph & KD_OUT) {
		kd_field(d, "bytes_returned");
		kd_uint(d, kd_get(p + 20, 4));
	}
	kd_end(d, '}');
}

static void kh_decode_send_response_args_ia32(struct kh_dec *d, const unsigned char *p,
					      unsigned int ph)
{
	kd_begin(d, '{');
	if (ph & KD_IN) {
		kd_field(d, "flags");
		kd_flags(d, kd_get(p, 4), kd_flags_KH_SEND_FLAGS_ALL);
		kd_field(d, "request_id");
		kd_hex(d, kd_get(p + 4, 8));
		kd_field(d, "response");
		kd_records(d, kd_get(p + 12, 4), 1, 288, kh_decode_response_ia32, false);
		kd_field(d, "cache_policy");
		kd_records(d, kd_get(p + 16, 4), 1, 8, kh_decode_cache_policy_ia32, false);
		kd_field(d, "log_data");
		kd_records(d, kd_get(p + 20, 4), 1, 40, kh_decode_log_data_ia32, false);
	}
	if (ph & KD_OUT) {
		kd_field(d, "bytes_sent");
		kd_uint(d, kd_get(p + 24, 4));
	}
	kd_end(d, '}');
}

static void kh_decode_send_body_args_ia32(struct kh_dec *d, const unsigned char *p, unsigned int ph)
{
	kd_begin(d, '{');
	if (ph & KD_IN) {
		kd_field(d, "flags");
		kd_flags(d, kd_get(p, 4), kd_flags_KH_SEND_FLAGS_ALL);
		kd_field(d, "request_id");
		kd_hex(d, kd_get(p + 4, 8));
		kd_field(d, "chunk_count");
		kd_uint(d, kd_get(p + 12, 2));
		kd_field(d, "chunks");
		kd_records(d, kd_get(p + 16, 4), kd_get(p + 12, 2), 24, kh_decode_data_chunk_ia32,
			   true);
		kd_field(d, "log_data");
		kd_records(d, kd_get(p + 20, 4), 1, 40, kh_decode_log_data_ia32, false);
	}
	if (ph & KD_OUT) {
		kd_field(d, "bytes_sent");
		kd_uint(d, kd_get(p + 24, 4));
	}
	kd_end(d, '}');
}

static void kh_decode_cancel_args_ia32(struct kh_dec *d, const unsigned char *p, unsigned int ph)
{
	kd_begin(d, '{');
	if (ph & KD_IN) {
		kd_field(d, "flags");
		kd_uint(d, kd_get(p, 4));
		kd_field(d, "request_id");
		kd_hex(d, kd_get(p + 4, 8));
	}
	kd_end(d, '}');
}

static void kh_decode_wait_disconnect_args_ia32(struct kh_dec *d, const unsigned char *p,
						unsigned int ph)
{
	kd_begin(d, '{');
	if (ph & KD_IN) {
		kd_field(d, "flags");
		kd_uint(d, kd_get(p, 4));
		kd_field(d, "connection_id");
		kd_hex(d, kd_get(p + 4, 8));
	}
	kd_end(d, '}');
}

static void kh_decode_flush_cache_args_ia32(struct kh_dec *d, const unsigned char *p,
					    unsigned int ph)
{
	kd_begin(d, '{');
	if (ph & KD_IN) {
		kd_field(d, "flags");
		kd_uint(d, kd_get(p, 4));
		kd_field(d, "url_length");
		kd_uint(d, kd_get(p + 4, 4));
		kd_field(d, "url");
		kd_string(d, kd_get(p + 8, 4), kd_get(p + 4, 4));
	}
	kd_end(d, '}');
}

static void kh_decode_stats_args_ia32(struct kh_dec *d, const unsigned char *p, unsigned int ph)
{
	kd_begin(d, '{');
	if (ph & KD_IN) {
		kd_field(d, "flags");
		kd_flags(d, kd_get(p, 4), kd_flags_KH_STATS_FLAGS_ALL);
		kd_field(d, "counter_count");
		kd_uint(d, kd_get(p + 4, 4));
	}
	if (!(ph & KD_OUT)) {
		kd_field(d, "counters");
		kd_ptr(d, kd_get(p + 8, 4));
	} else {
		kd_field(d, "counters");
		kd_scalars(d, kd_get(p + 8, 4), kd_get(p + 4, 4), 8, KD_FMT_UNSIGNED);
	}
	if (ph & KD_OUT) {
		kd_field(d, "counters_returned");
		kd_uint(d, kd_get(p + 12, 4));
	}
	kd_end(d, '}');
}

static void kh_decode_limits_args_ia32(struct kh_dec *d, const unsigned char *p, unsigned int ph)
{
	kd_begin(d, '{');
	if (ph & KD_IN) {
		kd_field(d, "mask");
		kd_flags(d, kd_get(p, 4), kd_flags_KH_LIMITS_ALL);
	}
	kd_field(d, "max_connections");
	kd_uint(d, kd_get(p + 4, 4));
	kd_field(d, "queue_length");
	kd_uint(d, kd_get(p + 8, 4));
	kd_field(d, "max_header_bytes");
	kd_uint(d, kd_get(p + 12, 4));
	kd_field(d, "max_body_bytes");
	kd_uint(d, kd_get(p + 16, 8));
	kd_field(d, "idle_timeout_ms");
	kd_uint(d, kd_get(p + 24, 4));
	kd_field(d, "header_timeout_ms");
	kd_uint(d, kd_get(p + 28, 4));
	kd_end(d, '}');
}

static void kh_decode_admin_entry_ia32(struct kh_dec *d, const unsigned char *p,
				       unsigned int ph __maybe_unused)
{
	kd_begin(d, '{');
	kd_field(d, "kind");
	kd_enum(d, kd_get(p, 4), kd_names_kh_admin_kind);
	kd_field(d, "abi");
	kd_uint(d, kd_get(p + 4, 4));
	kd_field(d, "id");
	kd_uint(d, kd_get(p + 8, 8));
	kd_field(d, "queue_id");
	kd_hex(d, kd_get(p + 16, 8));
	kd_field(d, "pid");
	kd_uint(d, kd_get(p + 24, 4));
	kd_field(d, "port");
	kd_uint(d, kd_get(p + 28, 4));
	kd_field(d, "value");
	kd_begin(d, '[');
	for (unsigned int i = 0; i < 3 && kd_elem(d); i++) {
		kd_scalar(d, p + 32 + i * 8, 8, KD_FMT_UNSIGNED);
	}
	kd_end(d, ']');
	kd_field(d, "name");
	kd_strbuf(d, p + 56, 240);
	kd_end(d, '}');
}

static void kh_decode_admin_list_args_ia32(struct kh_dec *d, const unsigned char *p,
					   unsigned int ph)
{
	kd_begin(d, '{');
	if (ph & KD_IN) {
		kd_field(d, "kind");
		kd_enum(d, kd_get(p, 4), kd_names_kh_admin_kind);
		kd_field(d, "flags");
		kd_uint(d, kd_get(p + 4, 4));
		kd_field(d, "start");
		kd_uint(d, kd_get(p + 8, 4));
		kd_field(d, "entry_count");
		kd_uint(d, kd_get(p + 12, 4));
	}
	if (!(ph & KD_OUT)) {
		kd_field(d, "entries");
		kd_ptr(d, kd_get(p + 16, 4));
	} else {
		kd_field(d, "entries");
		kd_records(d, kd_get(p + 16, 4), kd_get(p + 12, 4), 296, kh_decode_admin_entry_ia32,
			   true);
	}
	if (ph & KD_OUT) {
		kd_field(d, "entries_returned");
		kd_uint(d, kd_get(p + 20, 4));
		kd_field(d, "entries_total");
		kd_uint(d, kd_get(p + 24, 4));
	}
	kd_end(d, '}');
}

static void kh_decode_queue_access_args_ia32(struct kh_dec *d, const unsigned char *p,
					     unsigned int ph)
{
	kd_begin(d, '{');
	if (ph & KD_IN) {
		kd_field(d, "mode");
		kd_flags(d, kd_get(p, 4), kd_flags_KH_QUEUE_ACCESS_ALL);
		kd_field(d, "uid_count");
		kd_uint(d, kd_get(p + 4, 2));
		kd_field(d, "gid_count");
		kd_uint(d, kd_get(p + 6, 2));
		kd_field(d, "uids");
		kd_scalars(d, kd_get(p + 8, 4), kd_get(p + 4, 2), 4, KD_FMT_UNSIGNED);
		kd_field(d, "gids");
		kd_scalars(d, kd_get(p + 12, 4), kd_get(p + 6, 2), 4, KD_FMT_UNSIGNED);
	}
	kd_end(d, '}');
}

static void kh_decode_reservation_args_ia32(struct kh_dec *d, const unsigned char *p,
					    unsigned int ph)
{
	kd_begin(d, '{');
	if (ph & KD_IN) {
		kd_field(d, "flags");
		kd_flags(d, kd_get(p, 4), kd_flags_KH_RESERVE_FLAGS_ALL);
		kd_field(d, "uid");
		kd_uint(d, kd_get(p + 4, 4));
		kd_field(d, "gid");
		kd_uint(d, kd_get(p + 8, 4));
		kd_field(d, "url_length");
		kd_uint(d, kd_get(p + 12, 4));
		kd_field(d, "url");
		kd_string(d, kd_get(p + 16, 4), kd_get(p + 12, 4));
	}
	kd_end(d, '}');
}

/* ---- x32 (KH_LAYOUT_X32) ---- */

static void kh_decode_http_version_x32(struct kh_dec *d, const unsigned char *p,
				       unsigned int ph __maybe_unused)
{
	kd_begin(d, '{');
	kd_field(d, "major");
	kd_uint(d, kd_get(p, 2));
	kd_field(d, "minor");
	kd_uint(d, kd_get(p + 2, 2));
	kd_end(d, '}');
}

static void kh_decode_byte_range_x32(struct kh_dec *d, const unsigned char *p,
				     unsigned int ph __maybe_unused)
{
	kd_begin(d, '{');
	kd_field(d, "start");
	kd_uint(d, kd_get(p, 8));
	kd_field(d, "length");
	kd_uint(d, kd_get(p + 8, 8));
	kd_end(d, '}');
}

static void kh_decode_known_header_x32(struct kh_dec *d, const unsigned char *p,
				       unsigned int ph __maybe_unused)
{
	kd_begin(d, '{');
	kd_field(d, "value_length");
	kd_uint(d, kd_get(p, 2));
	kd_field(d, "value");
	kd_string(d, kd_get(p + 4, 4), kd_get(p, 2));
	kd_end(d, '}');
}

static void kh_decode_unknown_header_x32(struct kh_dec *d, const unsigned char *p,
					 unsigned int ph __maybe_unused)
{
	kd_begin(d, '{');
	kd_field(d, "name_length");
	kd_uint(d, kd_get(p, 2));
	kd_field(d, "value_length");
	kd_uint(d, kd_get(p + 2, 2));
	kd_field(d, "name");
	kd_string(d, kd_get(p + 4, 4), kd_get(p, 2));
	kd_field(d, "value");
	kd_string(d, kd_get(p + 8, 4), kd_get(p + 2, 2));
	kd_end(d, '}');
}

static void kh_decode_cooked_url_x32(struct kh_dec *d, const unsigned char *p,
				     unsigned int ph __maybe_unused)
{
	kd_begin(d, '{');
	kd_field(d, "full_url_length");
	kd_uint(d, kd_get(p, 2));
	kd_field(d, "host_length");
	kd_uint(d, kd_get(p + 2, 2));
	kd_field(d, "abs_path_length");
	kd_uint(d, kd_get(p + 4, 2));
	kd_field(d, "query_string_length");
	kd_uint(d, kd_get(p + 6, 2));
	kd_field(d, "full_url");
	kd_string(d, kd_get(p + 8, 4), kd_get(p, 2));
	kd_field(d, "host");
	kd_string(d, kd_get(p + 12, 4), kd_get(p + 2, 2));
	kd_field(d, "abs_path");
	kd_string(d, kd_get(p + 16, 4), kd_get(p + 4, 2));
	kd_field(d, "query_string");
	kd_string(d, kd_get(p + 20, 4), kd_get(p + 6, 2));
	kd_end(d, '}');
}

static void kh_decode_transport_address_x32(struct kh_dec *d, const unsigned char *p,
					    unsigned int ph __maybe_unused)
{
	kd_begin(d, '{');
	kd_field(d, "remote");
	kd_sockaddr(d, kd_get(p, 4));
	kd_field(d, "local");
	kd_sockaddr(d, kd_get(p + 4, 4));
	kd_end(d, '}');
}

static void kh_decode_request_headers_x32(struct kh_dec *d, const unsigned char *p,
					  unsigned int ph __maybe_unused)
{
	kd_begin(d, '{');
	kd_field(d, "unknown_header_count");
	kd_uint(d, kd_get(p, 2));
	kd_field(d, "unknown_headers");
	kd_records(d, kd_get(p + 4, 4), kd_get(p, 2), 12, kh_decode_unknown_header_x32, true);
	kd_field(d, "trailer_count");
	kd_uint(d, kd_get(p + 8, 2));
	kd_field(d, "trailers");
	kd_records(d, kd_get(p + 12, 4), kd_get(p + 8, 2), 12, kh_decode_unknown_header_x32, true);
	kd_field(d, "known_headers");
	{
		static const char *const names[41] = {
			"Cache-Control",
			"Connection",
			"Date",
			"Keep-Alive",
			"Pragma",
			"Trailer",
			"Transfer-Encoding",
			"Upgrade",
			"Via",
			"Warning",
			"Allow",
			"Content-Length",
			"Content-Type",
			"Content-Encoding",
			"Content-Language",
			"Content-Location",
			"Content-Md5",
			"Content-Range",
			"Expires",
			"Last-Modified",
			"Accept",
			"Accept-Charset",
			"Accept-Encoding",
			"Accept-Language",
			"Authorization",
			"Cookie",
			"Expect",
			"From",
			"Host",
			"If-Match",
			"If-Modified-Since",
			"If-None-Match",
			"If-Range",
			"If-Unmodified-Since",
			"Max-Forwards",
			"Proxy-Authorization",
			"Referer",
			"Range",
			"Te",
			"Translate",
			"User-Agent",
		};

		kd_begin(d, '[');
		for (unsigned int i = 0; i < 41; i++) {
			const unsigned char *e = p + 16 + i * 8;

			if (kd_is_zero(e, 8))
				continue;
			if (!kd_elem(d))
				break;
			kd_begin(d, '{');
			kd_name_or_index(d, names[i], i);
			kd_sep(d);
			kd_string(d, kd_get(e + 4, 4), kd_get(e + 0, 2));
			kd_end(d, '}');
		}
		kd_end(d, ']');
	}
	kd_end(d, '}');
}

static void kh_decode_response_headers_x32(struct kh_dec *d, const unsigned char *p,
					   unsigned int ph __maybe_unused)
{
	kd_begin(d, '{');
	kd_field(d, "unknown_header_count");
	kd_uint(d, kd_get(p, 2));
	kd_field(d, "unknown_headers");
	kd_records(d, kd_get(p + 4, 4), kd_get(p, 2), 12, kh_decode_unknown_header_x32, true);
	kd_field(d, "trailer_count");
	kd_uint(d, kd_get(p + 8, 2));
	kd_field(d, "trailers");
	kd_records(d, kd_get(p + 12, 4), kd_get(p + 8, 2), 12, kh_decode_unknown_header_x32, true);
	kd_field(d, "known_headers");
	{
		static const char *const names[30] = {
			"Cache-Control",
			"Connection",
			"Date",
			"Keep-Alive",
			"Pragma",
			"Trailer",
			"Transfer-Encoding",
			"Upgrade",
			"Via",
			"Warning",
			"Allow",
			"Content-Length",
			"Content-Type",
			"Content-Encoding",
			"Content-Language",
			"Content-Location",
			"Content-Md5",
			"Content-Range",
			"Expires",
			"Last-Modified",
			"Accept-Ranges",
			"Age",
			"Etag",
			"Location",
			"Proxy-Authenticate",
			"Retry-After",
			"Server",
			"Set-Cookie",
			"Vary",
			"Www-Authenticate",
		};

		kd_begin(d, '[');
		for (unsigned int i = 0; i < 30; i++) {
			const unsigned char *e = p + 16 + i * 8;

			if (kd_is_zero(e, 8))
				continue;
			if (!kd_elem(d))
				break;
			kd_begin(d, '{');
			kd_name_or_index(d, names[i], i);
			kd_sep(d);
			kd_string(d, kd_get(e + 4, 4), kd_get(e + 0, 2));
			kd_end(d, '}');
		}
		kd_end(d, ']');
	}
	kd_end(d, '}');
}

static void kh_decode_data_chunk_x32(struct kh_dec *d, const unsigned char *p,
				     unsigned int ph __maybe_unused)
{
	kd_begin(d, '{');
	kd_field(d, "type");
	kd_enum(d, kd_get(p, 4), kd_names_kh_chunk_type);
	kd_field(d, "u");
	kd_begin(d, '{');
	switch (kd_get(p, 4)) {
	case 0:	/* KH_CHUNK_FROM_MEMORY */
		kd_field(d, "memory");
		kd_begin(d, '{');
		kd_field(d, "buffer");
		kd_string(d, kd_get(p + 8, 4), kd_get(p + 12, 4));
		kd_field(d, "length");
		kd_uint(d, kd_get(p + 12, 4));
		kd_end(d, '}');
		break;
	case 1:	/* KH_CHUNK_FROM_FILE */
		kd_field(d, "file");
		kd_begin(d, '{');
		kd_field(d, "range");
		kh_decode_byte_range_x32(d, p + 8, KD_ALL);
		kd_field(d, "fd");
		kd_int(d, kd_gets(p + 24, 4));
		kd_end(d, '}');
		break;
	case 2:	/* KH_CHUNK_FROM_FRAGMENT_CACHE */
		kd_field(d, "fragment");
		kd_begin(d, '{');
		kd_field(d, "name_length");
		kd_uint(d, kd_get(p + 8, 2));
		kd_field(d, "name");
		kd_string(d, kd_get(p + 12, 4), kd_get(p + 8, 2));
		kd_end(d, '}');
		break;
	default:
		kd_sep(d);
		kd_puts(d, "...");
	}
	kd_end(d, '}');
	kd_end(d, '}');
}

static void kh_decode_request_timing_x32(struct kh_dec *d, const unsigned char *p,
					 unsigned int ph __maybe_unused)
{
	kd_begin(d, '{');
	kd_field(d, "accepted_ns");
	kd_uint(d, kd_get(p, 8));
	kd_field(d, "headers_parsed_ns");
	kd_uint(d, kd_get(p + 8, 8));
	kd_field(d, "header_bytes");
	kd_uint(d, kd_get(p + 16, 4));
	kd_end(d, '}');
}

static void kh_decode_request_tcp_x32(struct kh_dec *d, const unsigned char *p,
				      unsigned int ph __maybe_unused)
{
	kd_begin(d, '{');
	kd_field(d, "rtt_us");
	kd_uint(d, kd_get(p, 4));
	kd_field(d, "mss");
	kd_uint(d, kd_get(p + 4, 4));
	kd_field(d, "bytes_acked");
	kd_uint(d, kd_get(p + 8, 8));
	kd_end(d, '}');
}

static void kh_decode_request_info_x32(struct kh_dec *d, const unsigned char *p,
				       unsigned int ph __maybe_unused)
{
	kd_begin(d, '{');
	kd_field(d, "type");
	kd_enum(d, kd_get(p, 4), kd_names_kh_request_info_type);
	kd_field(d, "length");
	kd_uint(d, kd_get(p + 4, 4));
	kd_field(d, "info");
	switch (kd_get(p, 4)) {
	case 1:	/* KH_REQUEST_INFO_TIMING */
		if (kd_get(p + 4, 4) == 24)
			kd_records(d, kd_get(p + 8, 4), 1, 24, kh_decode_request_timing_x32, false);
		else
			kd_ptr(d, kd_get(p + 8, 4));
		break;
	case 2:	/* KH_REQUEST_INFO_TCP */
		if (kd_get(p + 4, 4) == 16)
			kd_records(d, kd_get(p + 8, 4), 1, 16, kh_decode_request_tcp_x32, false);
		else
			kd_ptr(d, kd_get(p + 8, 4));
		break;
	default:
		kd_ptr(d, kd_get(p + 8, 4));
	}
	kd_end(d, '}');
}

static void kh_decode_request_x32(struct kh_dec *d, const unsigned char *p,
				  unsigned int ph __maybe_unused)
{
	kd_begin(d, '{');
	kd_field(d, "flags");
	kd_flags(d, kd_get(p, 4), kd_flags_KH_REQUEST_FLAGS_ALL);
	kd_field(d, "connection_id");
	kd_hex(d, kd_get(p + 8, 8));
	kd_field(d, "request_id");
	kd_hex(d, kd_get(p + 16, 8));
	kd_field(d, "url_context");
	kd_hex(d, kd_get(p + 24, 8));
	kd_field(d, "version");
	kh_decode_http_version_x32(d, p + 32, KD_ALL);
	kd_field(d, "verb");
	kd_enum(d, kd_get(p + 36, 4), kd_names_kh_verb);
	kd_field(d, "unknown_verb_length");
	kd_uint(d, kd_get(p + 40, 2));
	kd_field(d, "raw_url_length");
	kd_uint(d, kd_get(p + 42, 2));
	kd_field(d, "unknown_verb");
	kd_string(d, kd_get(p + 44, 4), kd_get(p + 40, 2));
	kd_field(d, "raw_url");
	kd_string(d, kd_get(p + 48, 4), kd_get(p + 42, 2));
	kd_field(d, "cooked_url");
	kh_decode_cooked_url_x32(d, p + 52, KD_ALL);
	kd_field(d, "address");
	kh_decode_transport_address_x32(d, p + 76, KD_ALL);
	kd_field(d, "headers");
	kh_decode_request_headers_x32(d, p + 84, KD_ALL);
	kd_field(d, "bytes_received");
	kd_uint(d, kd_get(p + 432, 8));
	kd_field(d, "entity_chunk_count");
	kd_uint(d, kd_get(p + 440, 2));
	kd_field(d, "entity_chunks");
	kd_records(d, kd_get(p + 444, 4), kd_get(p + 440, 2), 32, kh_decode_data_chunk_x32, true);
	kd_field(d, "raw_connection_id");
	kd_hex(d, kd_get(p + 448, 8));
	kd_field(d, "request_info_count");
	kd_uint(d, kd_get(p + 456, 2));
	kd_field(d, "request_info");
	kd_records(d, kd_get(p + 460, 4), kd_get(p + 456, 2), 12, kh_decode_request_info_x32, true);
	kd_end(d, '}');
}

static void kh_decode_multiple_known_headers_x32(struct kh_dec *d, const unsigned char *p,
						 unsigned int ph __maybe_unused)
{
	kd_begin(d, '{');
	kd_field(d, "header_id");
	kd_enum(d, kd_get(p, 4), kd_names_kh_header_id);
	kd_field(d, "flags");
	kd_uint(d, kd_get(p + 4, 4));
	kd_field(d, "known_header_count");
	kd_uint(d, kd_get(p + 8, 2));
	kd_field(d, "known_headers");
	kd_records(d, kd_get(p + 12, 4), kd_get(p + 8, 2), 8, kh_decode_known_header_x32, true);
	kd_end(d, '}');
}

static void kh_decode_cache_key_x32(struct kh_dec *d, const unsigned char *p,
				    unsigned int ph __maybe_unused)
{
	kd_begin(d, '{');
	kd_field(d, "key_length");
	kd_uint(d, kd_get(p, 2));
	kd_field(d, "key");
	kd_string(d, kd_get(p + 4, 4), kd_get(p, 2));
	kd_end(d, '}');
}

static void kh_decode_response_info_x32(struct kh_dec *d, const unsigned char *p,
					unsigned int ph __maybe_unused)
{
	kd_begin(d, '{');
	kd_field(d, "type");
	kd_enum(d, kd_get(p, 4), kd_names_kh_response_info_type);
	kd_field(d, "length");
	kd_uint(d, kd_get(p + 4, 4));
	kd_field(d, "info");
	switch (kd_get(p, 4)) {
	case 1:	/* KH_RESPONSE_INFO_MULTIPLE_KNOWN_HEADERS */
		if (kd_get(p + 4, 4) == 16)
			kd_records(d, kd_get(p + 8, 4), 1, 16, kh_decode_multiple_known_headers_x32,
				   false);
		else
			kd_ptr(d, kd_get(p + 8, 4));
		break;
	case 2:	/* KH_RESPONSE_INFO_CACHE_KEY */
		if (kd_get(p + 4, 4) == 8)
			kd_records(d, kd_get(p + 8, 4), 1, 8, kh_decode_cache_key_x32, false);
		else
			kd_ptr(d, kd_get(p + 8, 4));
		break;
	default:
		kd_ptr(d, kd_get(p + 8, 4));
	}
	kd_end(d, '}');
}

static void kh_decode_response_x32(struct kh_dec *d, const unsigned char *p,
				   unsigned int ph __maybe_unused)
{
	kd_begin(d, '{');
	kd_field(d, "flags");
	kd_flags(d, kd_get(p, 4), kd_flags_KH_RESPONSE_FLAGS_ALL);
	kd_field(d, "version");
	kh_decode_http_version_x32(d, p + 4, KD_ALL);
	kd_field(d, "status_code");
	kd_uint(d, kd_get(p + 8, 2));
	kd_field(d, "reason_length");
	kd_uint(d, kd_get(p + 10, 2));
	kd_field(d, "reason");
	kd_string(d, kd_get(p + 12, 4), kd_get(p + 10, 2));
	kd_field(d, "headers");
	kh_decode_response_headers_x32(d, p + 16, KD_ALL);
	kd_field(d, "entity_chunk_count");
	kd_uint(d, kd_get(p + 272, 2));
	kd_field(d, "entity_chunks");
	kd_records(d, kd_get(p + 276, 4), kd_get(p + 272, 2), 32, kh_decode_data_chunk_x32, true);
	kd_field(d, "response_info_count");
	kd_uint(d, kd_get(p + 280, 2));
	kd_field(d, "response_info");
	kd_records(d, kd_get(p + 284, 4), kd_get(p + 280, 2), 12, kh_decode_response_info_x32,
		   true);
	kd_end(d, '}');
}

static void kh_decode_cache_policy_x32(struct kh_dec *d, const unsigned char *p,
				       unsigned int ph __maybe_unused)
{
	kd_begin(d, '{');
	kd_field(d, "policy");
	kd_enum(d, kd_get(p, 4), kd_names_kh_cache_policy_type);
	kd_field(d, "seconds_to_live");
	kd_uint(d, kd_get(p + 4, 4));
	kd_end(d, '}');
}

static void kh_decode_log_data_x32(struct kh_dec *d, const unsigned char *p,
				   unsigned int ph __maybe_unused)
{
	kd_begin(d, '{');
	kd_field(d, "type");
	kd_uint(d, kd_get(p, 4));
	kd_field(d, "user_name_length");
	kd_uint(d, kd_get(p + 4, 2));
	kd_field(d, "uri_query_length");
	kd_uint(d, kd_get(p + 6, 2));
	kd_field(d, "user_name");
	kd_string(d, kd_get(p + 8, 4), kd_get(p + 4, 2));
	kd_field(d, "uri_query");
	kd_string(d, kd_get(p + 12, 4), kd_get(p + 6, 2));
	kd_field(d, "bytes_sent");
	kd_uint(d, kd_get(p + 16, 8));
	kd_field(d, "bytes_received");
	kd_uint(d, kd_get(p + 24, 8));
	kd_field(d, "time_taken_ms");
	kd_uint(d, kd_get(p + 32, 4));
	kd_field(d, "protocol_status");
	kd_uint(d, kd_get(p + 36, 2));
	kd_field(d, "sub_status");
	kd_uint(d, kd_get(p + 38, 2));
	kd_end(d, '}');
}

static void kh_decode_version_args_x32(struct kh_dec *d, const unsigned char *p, unsigned int ph)
{
	kd_begin(d, '{');
	if (ph & KD_OUT) {
		kd_field(d, "major");
		kd_uint(d, kd_get(p, 4));
		kd_field(d, "minor");
		kd_uint(d, kd_get(p + 4, 4));
		kd_field(d, "patch");
		kd_uint(d, kd_get(p + 8, 4));
		kd_field(d, "abi");
		kd_uint(d, kd_get(p + 12, 4));
	}
	kd_end(d, '}');
}

static void kh_decode_queue_args_x32(struct kh_dec *d, const unsigned char *p, unsigned int ph)
{
	kd_begin(d, '{');
	if (ph & KD_IN) {
		kd_field(d, "flags");
		kd_flags(d, kd_get(p, 4), kd_flags_KH_QUEUE_FLAGS_ALL);
		kd_field(d, "name_length");
		kd_uint(d, kd_get(p + 4, 4));
		kd_field(d, "name");
		kd_string(d, kd_get(p + 8, 4), kd_get(p + 4, 4));
	}
	if (ph & KD_OUT) {
		kd_field(d, "queue_id");
		kd_hex(d, kd_get(p + 16, 8));
	}
	kd_end(d, '}');
}

static void kh_decode_url_args_x32(struct kh_dec *d, const unsigned char *p, unsigned int ph)
{
	kd_begin(d, '{');
	if (ph & KD_IN) {
		kd_field(d, "flags");
		kd_uint(d, kd_get(p, 4));
		kd_field(d, "url_context");
		kd_hex(d, kd_get(p + 8, 8));
		kd_field(d, "url_length");
		kd_uint(d, kd_get(p + 16, 4));
		kd_field(d, "url");
		kd_string(d, kd_get(p + 20, 4), kd_get(p + 16, 4));
	}
	kd_end(d, '}');
}

static void kh_decode_receive_request_args_x32(struct kh_dec *d, const unsigned char *p,
					       unsigned int ph)
{
	kd_begin(d, '{');
	if (ph & KD_IN) {
		kd_field(d, "flags");
		kd_flags(d, kd_get(p, 4), kd_flags_KH_RECEIVE_FLAGS_ALL);
	}
	kd_field(d, "request_id");
	kd_hex(d, kd_get(p + 8, 8));
	if (ph & KD_IN) {
		kd_field(d, "buffer_length");
		kd_uint(d, kd_get(p + 16, 4));
	}
	if (!(ph & KD_OUT)) {
		kd_field(d, "buffer");
		kd_ptr(d, kd_get(p + 20, 4));
	} else if (!d->err) {
		kd_field(d, "buffer");
		kd_records(d, kd_get(p + 20, 4), 1, 464, kh_decode_request_x32, false);
	}
	if (ph & KD_OUT) {
		kd_field(d, "bytes_returned");
		kd_uint(d, kd_get(p + 24, 4));
		kd_field(d, "bytes_needed");
		kd_uint(d, kd_get(p + 28, 4));
	}
	kd_end(d, '}');
}

static void kh_decode_receive_body_args_x32(struct kh_dec *d, const unsigned char *p,
					    unsigned int ph)
{
	kd_begin(d, '{');
	if (ph & KD_IN) {
		kd_field(d, "flags");
		kd_flags(d, kd_get(p, 4), kd_flags_KH_RECEIVE_FLAGS_ALL);
		kd_field(d, "request_id");
		kd_hex(d, kd_get(p + 8, 8));
		kd_field(d, "buffer_length");
		kd_uint(d, kd_get(p + 16, 4));
	}
	if (!(ph & KD_OUT)) {
		kd_field(d, "buffer");
		kd_ptr(d, kd_get(p + 20, 4));
	} else {
		kd_field(d, "buffer");
		kd_string(d, kd_get(p + 20, 4), kd_get(p + 16, 4));
	}
	if (ph & KD_OUT) {
		kd_field(d, "bytes_returned");
		kd_uint(d, kd_get(p + 24, 4));
	}
	kd_end(d, '}');
}

static void kh_decode_send_response_args_x32(struct kh_dec *d, const unsigned char *p,
					     unsigned int ph)
{
	kd_begin(d, '{');
	if (ph & KD_IN) {
		kd_field(d, "flags");
		kd_flags(d, kd_get(p, 4), kd_flags_KH_SEND_FLAGS_ALL);
		kd_field(d, "request_id");
		kd_hex(d, kd_get(p + 8, 8));
		kd_field(d, "response");
		kd_records(d, kd_get(p + 16, 4), 1, 288, kh_decode_response_x32, false);
		kd_field(d, "cache_policy");
		kd_records(d, kd_get(p + 20, 4), 1, 8, kh_decode_cache_policy_x32, false);
		kd_field(d, "log_data");
		kd_records(d, kd_get(p + 24, 4), 1, 40, kh_decode_log_data_x32, false);
	}
	if (ph & KD_OUT) {
		kd_field(d, "bytes_sent");
		kd_uint(d, kd_get(p + 28, 4));
	}
	kd_end(d, '}');
}

static void kh_decode_send_body_args_x32(struct kh_dec *d, const unsigned char *p, unsigned int ph)
{
	kd_begin(d, '{');
	if (ph & KD_IN) {
		kd_field(d, "flags");
		kd_flags(d, kd_get(p, 4), kd_flags_KH_SEND_FLAGS_ALL);
		kd_field(d, "request_id");
		kd_hex(d, kd_get(p + 8, 8));
		kd_field(d, "chunk_count");
		kd_uint(d, kd_get(p + 16, 2));
		kd_field(d, "chunks");
		kd_records(d, kd_get(p + 20, 4), kd_get(p + 16, 2), 32, kh_decode_data_chunk_x32,
			   true);
		kd_field(d, "log_data");
		kd_records(d, kd_get(p + 24, 4), 1, 40, kh_decode_log_data_x32, false);
	}
	if (ph & KD_OUT) {
		kd_field(d, "bytes_sent");
		kd_uint(d, kd_get(p + 28, 4));
	}
	kd_end(d, '}');
}

static void kh_decode_cancel_args_x32(struct kh_dec *d, const unsigned char *p, unsigned int ph)
{
	kd_begin(d, '{');
	if (ph & KD_IN) {
		kd_field(d, "flags");
		kd_uint(d, kd_get(p, 4));
		kd_field(d, "request_id");
		kd_hex(d, kd_get(p + 8, 8));
	}
	kd_end(d, '}');
}

static void kh_decode_wait_disconnect_args_x32(struct kh_dec *d, const unsigned char *p,
					       unsigned int ph)
{
	kd_begin(d, '{');
	if (ph & KD_IN) {
		kd_field(d, "flags");
		kd_uint(d, kd_get(p, 4));
		kd_field(d, "connection_id");
		kd_hex(d, kd_get(p + 8, 8));
	}
	kd_end(d, '}');
}

static void kh_decode_flush_cache_args_x32(struct kh_dec *d, const unsigned char *p,
					   unsigned int ph)
{
	kd_begin(d, '{');
	if (ph & KD_IN) {
		kd_field(d, "flags");
		kd_uint(d, kd_get(p, 4));
		kd_field(d, "url_length");
		kd_uint(d, kd_get(p + 4, 4));
		kd_field(d, "url");
		kd_string(d, kd_get(p + 8, 4), kd_get(p + 4, 4));
	}
	kd_end(d, '}');
}

static void kh_decode_stats_args_x32(struct kh_dec *d, const unsigned char *p, unsigned int ph)
{
	kd_begin(d, '{');
	if (ph & KD_IN) {
		kd_field(d, "flags");
		kd_flags(d, kd_get(p, 4), kd_flags_KH_STATS_FLAGS_ALL);
		kd_field(d, "counter_count");
		kd_uint(d, kd_get(p + 4, 4));
	}
	if (!(ph & KD_OUT)) {
		kd_field(d, "counters");
		kd_ptr(d, kd_get(p + 8, 4));
	} else {
		kd_field(d, "counters");
		kd_scalars(d, kd_get(p + 8, 4), kd_get(p + 4, 4), 8, KD_FMT_UNSIGNED);
	}
	if (ph & KD_OUT) {
		kd_field(d, "counters_returned");
		kd_uint(d, kd_get(p + 12, 4));
	}
	kd_end(d, '}');
}

static void kh_decode_limits_args_x32(struct kh_dec *d, const unsigned char *p, unsigned int ph)
{
	kd_begin(d, '{');
	if (ph & KD_IN) {
		kd_field(d, "mask");
		kd_flags(d, kd_get(p, 4), kd_flags_KH_LIMITS_ALL);
	}
	kd_field(d, "max_connections");
	kd_uint(d, kd_get(p + 4, 4));
	kd_field(d, "queue_length");
	kd_uint(d, kd_get(p + 8, 4));
	kd_field(d, "max_header_bytes");
	kd_uint(d, kd_get(p + 12, 4));
	kd_field(d, "max_body_bytes");
	kd_uint(d, kd_get(p + 16, 8));
	kd_field(d, "idle_timeout_ms");
	kd_uint(d, kd_get(p + 24, 4));
	kd_field(d, "header_timeout_ms");
	kd_uint(d, kd_get(p + 28, 4));
	kd_end(d, '}');
}

static void kh_decode_admin_entry_x32(struct kh_dec *d, const unsigned char *p,
				      unsigned int ph __maybe_unused)
{
	kd_begin(d, '{');
	kd_field(d, "kind");
	kd_enum(d, kd_get(p, 4), kd_names_kh_admin_kind);
	kd_field(d, "abi");
	kd_uint(d, kd_get(p + 4, 4));
	kd_field(d, "id");
	kd_uint(d, kd_get(p + 8, 8));
	kd_field(d, "queue_id");
	kd_hex(d, kd_get(p + 16, 8));
	kd_field(d, "pid");
	kd_uint(d, kd_get(p + 24, 4));
	kd_field(d, "port");
	kd_uint(d, kd_get(p + 28, 4));
	kd_field(d, "value");
	kd_begin(d, '[');
	for (unsigned int i = 0; i < 3 && kd_elem(d); i++) {
		kd_scalar(d, p + 32 + i * 8, 8, KD_FMT_UNSIGNED);
	}
	kd_end(d, ']');
	kd_field(d, "name");
	kd_strbuf(d, p + 56, 240);
	kd_end(d, '}');
}

static void kh_decode_admin_list_args_x32(struct kh_dec *d, const unsigned char *p, unsigned int ph)
{
	kd_begin(d, '{');
	if (ph & KD_IN) {
		kd_field(d, "kind");
		kd_enum(d, kd_get(p, 4), kd_names_kh_admin_kind);
		kd_field(d, "flags");
		kd_uint(d, kd_get(p + 4, 4));
		kd_field(d, "start");
		kd_uint(d, kd_get(p + 8, 4));
		kd_field(d, "entry_count");
		kd_uint(d, kd_get(p + 12, 4));
	}
	if (!(ph & KD_OUT)) {
		kd_field(d, "entries");
		kd_ptr(d, kd_get(p + 16, 4));
	} else {
		kd_field(d, "entries");
		kd_records(d, kd_get(p + 16, 4), kd_get(p + 12, 4), 296, kh_decode_admin_entry_x32,
			   true);
	}
	if (ph & KD_OUT) {
		kd_field(d, "entries_returned");
		kd_uint(d, kd_get(p + 20, 4));
		kd_field(d, "entries_total");
		kd_uint(d, kd_get(p + 24, 4));
	}
	kd_end(d, '}');
}

static void kh_decode_queue_access_args_x32(struct kh_dec *d, const unsigned char *p,
					    unsigned int ph)
{
	kd_begin(d, '{');
	if (ph & KD_IN) {
		kd_field(d, "mode");
		kd_flags(d, kd_get(p, 4), kd_flags_KH_QUEUE_ACCESS_ALL);
		kd_field(d, "uid_count");
		kd_uint(d, kd_get(p + 4, 2));
		kd_field(d, "gid_count");
		kd_uint(d, kd_get(p + 6, 2));
		kd_field(d, "uids");
		kd_scalars(d, kd_get(p + 8, 4), kd_get(p + 4, 2), 4, KD_FMT_UNSIGNED);
		kd_field(d, "gids");
		kd_scalars(d, kd_get(p + 12, 4), kd_get(p + 6, 2), 4, KD_FMT_UNSIGNED);
	}
	kd_end(d, '}');
}

static void kh_decode_reservation_args_x32(struct kh_dec *d, const unsigned char *p,
					   unsigned int ph)
{
	kd_begin(d, '{');
	if (ph & KD_IN) {
		kd_field(d, "flags");
		kd_flags(d, kd_get(p, 4), kd_flags_KH_RESERVE_FLAGS_ALL);
		kd_field(d, "uid");
		kd_uint(d, kd_get(p + 4, 4));
		kd_field(d, "gid");
		kd_uint(d, kd_get(p + 8, 4));
		kd_field(d, "url_length");
		kd_uint(d, kd_get(p + 12, 4));
		kd_field(d, "url");
		kd_string(d, kd_get(p + 16, 4), kd_get(p + 12, 4));
	}
	kd_end(d, '}');
}

typedef void (*kd_fn)(struct kh_dec *d, const unsigned char *p, unsigned int ph);

static const struct {
	kd_fn fn[3];
	unsigned int phases;
	bool always;
	int errs[4];
} kd_args[KH_DECODE_NCMDS] = {
	{	/* KH_IOC_VERSION */
		.fn = { kh_decode_version_args, kh_decode_version_args_ia32, kh_decode_version_args_x32 },
		.phases = 2,
	},
	{	/* KH_IOC_QUEUE */
		.fn = { kh_decode_queue_args, kh_decode_queue_args_ia32, kh_decode_queue_args_x32 },
		.phases = 3,
	},
	{	/* KH_IOC_ADD_URL */
		.fn = { kh_decode_url_args, kh_decode_url_args_ia32, kh_decode_url_args_x32 },
		.phases = 1,
	},
	{	/* KH_IOC_REMOVE_URL */
		.fn = { kh_decode_url_args, kh_decode_url_args_ia32, kh_decode_url_args_x32 },
		.phases = 1,
	},
	{	/* KH_IOC_RECEIVE_REQUEST */
		.fn = { kh_decode_receive_request_args, kh_decode_receive_request_args_ia32, kh_decode_receive_request_args_x32 },
		.phases = 3,
		.errs = { ENOSPC, ENOBUFS, },
	},
	{	/* KH_IOC_RECEIVE_BODY */
		.fn = { kh_decode_receive_body_args, kh_decode_receive_body_args_ia32, kh_decode_receive_body_args_x32 },
		.phases = 3,
		.errs = { ENOSPC, },
	},
	{	/* KH_IOC_SEND_RESPONSE */
		.fn = { kh_decode_send_response_args, kh_decode_send_response_args_ia32, kh_decode_send_response_args_x32 },
		.phases = 3,
	},
	{	/* KH_IOC_SEND_BODY */
		.fn = { kh_decode_send_body_args, kh_decode_send_body_args_ia32, kh_decode_send_body_args_x32 },
		.phases = 3,
	},
	{	/* KH_IOC_CANCEL */
		.fn = { kh_decode_cancel_args, kh_decode_cancel_args_ia32, kh_decode_cancel_args_x32 },
		.phases = 1,
	},
	{	/* KH_IOC_WAIT_DISCONNECT */
		.fn = { kh_decode_wait_disconnect_args, kh_decode_wait_disconnect_args_ia32, kh_decode_wait_disconnect_args_x32 },
		.phases = 1,
	},
	{	/* KH_IOC_FLUSH_CACHE */
		.fn = { kh_decode_flush_cache_args, kh_decode_flush_cache_args_ia32, kh_decode_flush_cache_args_x32 },
		.phases = 1,
	},
	{	/* KH_IOC_STATS */
		.fn = { kh_decode_stats_args, kh_decode_stats_args_ia32, kh_decode_stats_args_x32 },
		.phases = 3,
		.errs = { ENOSPC, },
	},
	{	/* KH_IOC_LIMITS */
		.fn = { kh_decode_limits_args, kh_decode_limits_args_ia32, kh_decode_limits_args_x32 },
		.phases = 3,
	},
	{	/* KH_IOC_ADD_RESERVATION */
		.fn = { kh_decode_reservation_args, kh_decode_reservation_args_ia32, kh_decode_reservation_args_x32 },
		.phases = 1,
	},
	{	/* KH_IOC_REMOVE_RESERVATION */
		.fn = { kh_decode_reservation_args, kh_decode_reservation_args_ia32, kh_decode_reservation_args_x32 },
		.phases = 1,
	},
	{	/* KH_IOC_QUEUE_ACCESS */
		.fn = { kh_decode_queue_access_args, kh_decode_queue_access_args_ia32, kh_decode_queue_access_args_x32 },
		.phases = 1,
	},
	{	/* KH_IOC_ADMIN_LIST */
		.fn = { kh_decode_admin_list_args, kh_decode_admin_list_args_ia32, kh_decode_admin_list_args_x32 },
		.phases = 3,
	},
};

void kh_decode_arg(struct kh_dec *d, int idx, __u64 addr, unsigned int ph)
{
	kd_fn fn = kd_args[idx].fn[d->abi];
	unsigned char *p = fn ? kd_fetch(d, addr, kh_decode_cmds[idx].size[d->abi]) : NULL;

	if (p)
		fn(d, p, ph);
	else
		kd_ptr(d, addr);
	kd_free(p);
}

unsigned int kh_decode_phases(int idx)
{
	return kd_args[idx].phases;
}

bool kh_decode_copies_back(int idx, int err)
{
	if (!err || kd_args[idx].always)
		return true;
	for (int i = 0; i < 4 && kd_args[idx].errs[i]; i++)
		if (kd_args[idx].errs[i] == err)
			return true;
	return false;
}
