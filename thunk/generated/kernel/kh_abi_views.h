/* SPDX-License-Identifier: GPL-2.0 OR MIT */
/*
 * Generated from structs/khttp.h by thunkgen; do not edit, run `make gen`.
 * What: compat struct views for ia32 and x32.
 */
#ifndef KH_ABI_VIEWS_H
#define KH_ABI_VIEWS_H

/* laid out by a 64-bit compiler (the kernel's, or a 64-bit test) */
#if defined(__x86_64__)

#include "khttp.h"
#ifndef __KERNEL__
#include "kh_rt.h"	/* __aligned, __packed */
#endif

typedef __u32 kh_uptr32_t;	/* a 32-bit caller's pointer */
typedef __u64 kh_u64_ia32 __aligned(4);
typedef __s64 kh_s64_ia32 __aligned(4);
typedef __u64 kh_aligned_u64 __aligned(8);

/* ---- ia32 ---- */

struct kh_byte_range_ia32 {
	kh_u64_ia32 start;
	kh_u64_ia32 length;
};

struct kh_known_header_ia32 {
	__u16 value_length;
	kh_uptr32_t value;
};

struct kh_unknown_header_ia32 {
	__u16 name_length;
	__u16 value_length;
	kh_uptr32_t name;
	kh_uptr32_t value;
};

struct kh_cooked_url_ia32 {
	__u16 full_url_length;
	__u16 host_length;
	__u16 abs_path_length;
	__u16 query_string_length;
	kh_uptr32_t full_url;
	kh_uptr32_t host;
	kh_uptr32_t abs_path;
	kh_uptr32_t query_string;
};

struct kh_transport_address_ia32 {
	kh_uptr32_t remote;
	kh_uptr32_t local;
};

struct kh_request_headers_ia32 {
	__u16 unknown_header_count;
	kh_uptr32_t unknown_headers;
	__u16 trailer_count;
	kh_uptr32_t trailers;
	struct kh_known_header_ia32 known_headers[KH_HEADER_REQUEST_MAXIMUM];
};

struct kh_response_headers_ia32 {
	__u16 unknown_header_count;
	kh_uptr32_t unknown_headers;
	__u16 trailer_count;
	kh_uptr32_t trailers;
	struct kh_known_header_ia32 known_headers[KH_HEADER_RESPONSE_MAXIMUM];
};

struct kh_data_chunk_ia32 {
	__u32 type;
	union {
		struct {
			kh_uptr32_t buffer;
			__u32 length;
		} memory;
		struct {
			struct kh_byte_range_ia32 range;
			__s32 fd;
		} file;
		struct {
			__u16 name_length;
			kh_uptr32_t name;
		} fragment;
	} u;
};

struct kh_request_timing_ia32 {
	kh_u64_ia32 accepted_ns;
	kh_u64_ia32 headers_parsed_ns;
	__u32 header_bytes;
};

struct kh_request_tcp_ia32 {
	__u32 rtt_us;
	__u32 mss;
	kh_u64_ia32 bytes_acked;
};

struct kh_request_info_ia32 {
	__u32 type;
	__u32 length;
	kh_uptr32_t info;
};

struct kh_request_ia32 {
	__u32 flags;
	kh_u64_ia32 connection_id;
	kh_u64_ia32 request_id;
	kh_u64_ia32 url_context;
	struct kh_http_version version;
	__u32 verb;
	__u16 unknown_verb_length;
	__u16 raw_url_length;
	kh_uptr32_t unknown_verb;
	kh_uptr32_t raw_url;
	struct kh_cooked_url_ia32 cooked_url;
	struct kh_transport_address_ia32 address;
	struct kh_request_headers_ia32 headers;
	kh_u64_ia32 bytes_received;
	__u16 entity_chunk_count;
	kh_uptr32_t entity_chunks;
	kh_u64_ia32 raw_connection_id;
	__u16 request_info_count;
	kh_uptr32_t request_info;
};

struct kh_multiple_known_headers_ia32 {
	__u32 header_id;
	__u32 flags;
	__u16 known_header_count;
	kh_uptr32_t known_headers;
};

struct kh_cache_key_ia32 {
	__u16 key_length;
	kh_uptr32_t key;
};

struct kh_response_info_ia32 {
	__u32 type;
	__u32 length;
	kh_uptr32_t info;
};

struct kh_response_ia32 {
	__u32 flags;
	struct kh_http_version version;
	__u16 status_code;
	__u16 reason_length;
	kh_uptr32_t reason;
	struct kh_response_headers_ia32 headers;
	__u16 entity_chunk_count;
	kh_uptr32_t entity_chunks;
	__u16 response_info_count;
	kh_uptr32_t response_info;
};

struct kh_log_data_ia32 {
	__u32 type;
	__u16 user_name_length;
	__u16 uri_query_length;
	kh_uptr32_t user_name;
	kh_uptr32_t uri_query;
	kh_u64_ia32 bytes_sent;
	kh_u64_ia32 bytes_received;
	__u32 time_taken_ms;
	__u16 protocol_status;
	__u16 sub_status;
};

struct kh_queue_args_ia32 {
	__u32 flags;
	__u32 name_length;
	kh_uptr32_t name;
	kh_u64_ia32 queue_id;
};

struct kh_url_args_ia32 {
	__u32 flags;
	kh_u64_ia32 url_context;
	__u32 url_length;
	kh_uptr32_t url;
};

struct kh_receive_request_args_ia32 {
	__u32 flags;
	kh_u64_ia32 request_id;
	__u32 buffer_length;
	kh_uptr32_t buffer;
	__u32 bytes_returned;
	__u32 bytes_needed;
};

struct kh_receive_body_args_ia32 {
	__u32 flags;
	kh_u64_ia32 request_id;
	__u32 buffer_length;
	kh_uptr32_t buffer;
	__u32 bytes_returned;
};

struct kh_send_response_args_ia32 {
	__u32 flags;
	kh_u64_ia32 request_id;
	kh_uptr32_t response;
	kh_uptr32_t cache_policy;
	kh_uptr32_t log_data;
	__u32 bytes_sent;
};

struct kh_send_body_args_ia32 {
	__u32 flags;
	kh_u64_ia32 request_id;
	__u16 chunk_count;
	kh_uptr32_t chunks;
	kh_uptr32_t log_data;
	__u32 bytes_sent;
};

struct kh_cancel_args_ia32 {
	__u32 flags;
	kh_u64_ia32 request_id;
};

struct kh_wait_disconnect_args_ia32 {
	__u32 flags;
	kh_u64_ia32 connection_id;
};

struct kh_flush_cache_args_ia32 {
	__u32 flags;
	__u32 url_length;
	kh_uptr32_t url;
};

struct kh_stats_args_ia32 {
	__u32 flags;
	__u32 counter_count;
	kh_uptr32_t counters;
	__u32 counters_returned;
};

struct kh_limits_args_ia32 {
	__u32 mask;
	__u32 max_connections;
	__u32 queue_length;
	__u32 max_header_bytes;
	kh_u64_ia32 max_body_bytes;
	__u32 idle_timeout_ms;
	__u32 header_timeout_ms;
};

struct kh_admin_entry_ia32 {
	__u32 kind;
	__u32 abi;
	kh_u64_ia32 id;
	kh_u64_ia32 queue_id;
	__u32 pid;
	__u32 port;
	kh_u64_ia32 value[3];
	__s8 name[KH_ADMIN_NAME];
};

struct kh_admin_list_args_ia32 {
	__u32 kind;
	__u32 flags;
	__u32 start;
	__u32 entry_count;
	kh_uptr32_t entries;
	__u32 entries_returned;
	__u32 entries_total;
};

struct kh_queue_access_args_ia32 {
	__u32 mode;
	__u16 uid_count;
	__u16 gid_count;
	kh_uptr32_t uids;
	kh_uptr32_t gids;
};

struct kh_reservation_args_ia32 {
	__u32 flags;
	__u32 uid;
	__u32 gid;
	__u32 url_length;
	kh_uptr32_t url;
};

/* ---- x32 ---- */

struct kh_byte_range_x32 {
	__u64 start;
	__u64 length;
};

struct kh_known_header_x32 {
	__u16 value_length;
	kh_uptr32_t value;
};

struct kh_unknown_header_x32 {
	__u16 name_length;
	__u16 value_length;
	kh_uptr32_t name;
	kh_uptr32_t value;
};

struct kh_cooked_url_x32 {
	__u16 full_url_length;
	__u16 host_length;
	__u16 abs_path_length;
	__u16 query_string_length;
	kh_uptr32_t full_url;
	kh_uptr32_t host;
	kh_uptr32_t abs_path;
	kh_uptr32_t query_string;
};

struct kh_transport_address_x32 {
	kh_uptr32_t remote;
	kh_uptr32_t local;
};

struct kh_request_headers_x32 {
	__u16 unknown_header_count;
	kh_uptr32_t unknown_headers;
	__u16 trailer_count;
	kh_uptr32_t trailers;
	struct kh_known_header_x32 known_headers[KH_HEADER_REQUEST_MAXIMUM];
};

struct kh_response_headers_x32 {
	__u16 unknown_header_count;
	kh_uptr32_t unknown_headers;
	__u16 trailer_count;
	kh_uptr32_t trailers;
	struct kh_known_header_x32 known_headers[KH_HEADER_RESPONSE_MAXIMUM];
};

struct kh_data_chunk_x32 {
	__u32 type;
	union {
		struct {
			kh_uptr32_t buffer;
			__u32 length;
		} memory;
		struct {
			struct kh_byte_range_x32 range;
			__s32 fd;
		} file;
		struct {
			__u16 name_length;
			kh_uptr32_t name;
		} fragment;
	} u;
};

struct kh_request_timing_x32 {
	__u64 accepted_ns;
	__u64 headers_parsed_ns;
	__u32 header_bytes;
};

struct kh_request_tcp_x32 {
	__u32 rtt_us;
	__u32 mss;
	__u64 bytes_acked;
};

struct kh_request_info_x32 {
	__u32 type;
	__u32 length;
	kh_uptr32_t info;
};

struct kh_request_x32 {
	__u32 flags;
	__u64 connection_id;
	__u64 request_id;
	__u64 url_context;
	struct kh_http_version version;
	__u32 verb;
	__u16 unknown_verb_length;
	__u16 raw_url_length;
	kh_uptr32_t unknown_verb;
	kh_uptr32_t raw_url;
	struct kh_cooked_url_x32 cooked_url;
	struct kh_transport_address_x32 address;
	struct kh_request_headers_x32 headers;
	__u64 bytes_received;
	__u16 entity_chunk_count;
	kh_uptr32_t entity_chunks;
	__u64 raw_connection_id;
	__u16 request_info_count;
	kh_uptr32_t request_info;
};

struct kh_multiple_known_headers_x32 {
	__u32 header_id;
	__u32 flags;
	__u16 known_header_count;
	kh_uptr32_t known_headers;
};

struct kh_cache_key_x32 {
	__u16 key_length;
	kh_uptr32_t key;
};

struct kh_response_info_x32 {
	__u32 type;
	__u32 length;
	kh_uptr32_t info;
};

struct kh_response_x32 {
	__u32 flags;
	struct kh_http_version version;
	__u16 status_code;
	__u16 reason_length;
	kh_uptr32_t reason;
	struct kh_response_headers_x32 headers;
	__u16 entity_chunk_count;
	kh_uptr32_t entity_chunks;
	__u16 response_info_count;
	kh_uptr32_t response_info;
};

struct kh_log_data_x32 {
	__u32 type;
	__u16 user_name_length;
	__u16 uri_query_length;
	kh_uptr32_t user_name;
	kh_uptr32_t uri_query;
	__u64 bytes_sent;
	__u64 bytes_received;
	__u32 time_taken_ms;
	__u16 protocol_status;
	__u16 sub_status;
};

struct kh_queue_args_x32 {
	__u32 flags;
	__u32 name_length;
	kh_uptr32_t name;
	__u64 queue_id;
};

struct kh_url_args_x32 {
	__u32 flags;
	__u64 url_context;
	__u32 url_length;
	kh_uptr32_t url;
};

struct kh_receive_request_args_x32 {
	__u32 flags;
	__u64 request_id;
	__u32 buffer_length;
	kh_uptr32_t buffer;
	__u32 bytes_returned;
	__u32 bytes_needed;
};

struct kh_receive_body_args_x32 {
	__u32 flags;
	__u64 request_id;
	__u32 buffer_length;
	kh_uptr32_t buffer;
	__u32 bytes_returned;
};

struct kh_send_response_args_x32 {
	__u32 flags;
	__u64 request_id;
	kh_uptr32_t response;
	kh_uptr32_t cache_policy;
	kh_uptr32_t log_data;
	__u32 bytes_sent;
};

struct kh_send_body_args_x32 {
	__u32 flags;
	__u64 request_id;
	__u16 chunk_count;
	kh_uptr32_t chunks;
	kh_uptr32_t log_data;
	__u32 bytes_sent;
};

struct kh_cancel_args_x32 {
	__u32 flags;
	__u64 request_id;
};

struct kh_wait_disconnect_args_x32 {
	__u32 flags;
	__u64 connection_id;
};

struct kh_flush_cache_args_x32 {
	__u32 flags;
	__u32 url_length;
	kh_uptr32_t url;
};

struct kh_stats_args_x32 {
	__u32 flags;
	__u32 counter_count;
	kh_uptr32_t counters;
	__u32 counters_returned;
};

struct kh_limits_args_x32 {
	__u32 mask;
	__u32 max_connections;
	__u32 queue_length;
	__u32 max_header_bytes;
	__u64 max_body_bytes;
	__u32 idle_timeout_ms;
	__u32 header_timeout_ms;
};

struct kh_admin_entry_x32 {
	__u32 kind;
	__u32 abi;
	__u64 id;
	__u64 queue_id;
	__u32 pid;
	__u32 port;
	__u64 value[3];
	__s8 name[KH_ADMIN_NAME];
};

struct kh_admin_list_args_x32 {
	__u32 kind;
	__u32 flags;
	__u32 start;
	__u32 entry_count;
	kh_uptr32_t entries;
	__u32 entries_returned;
	__u32 entries_total;
};

struct kh_queue_access_args_x32 {
	__u32 mode;
	__u16 uid_count;
	__u16 gid_count;
	kh_uptr32_t uids;
	kh_uptr32_t gids;
};

struct kh_reservation_args_x32 {
	__u32 flags;
	__u32 uid;
	__u32 gid;
	__u32 url_length;
	kh_uptr32_t url;
};

#endif /* __x86_64__ */
#endif /* KH_ABI_VIEWS_H */
