/* SPDX-License-Identifier: (GPL-2.0 WITH Linux-syscall-note) OR MIT */
/*
 * khttp ioctl ABI: the single source of truth.
 *
 * Modelled on HTTP.sys (HTTP_REQUEST_V1, HTTP_RESPONSE, HTTP_DATA_CHUNK ...).
 * Pointers are plain C pointers: a 32-bit worker compiles this header with
 * 4-byte pointers, a 64-bit one with 8-byte pointers, and the kernel
 * translates between them with code that gen/ (thunkgen) writes from the
 * annotations below (structs/kh_annotate.h, docs/annotations.md).
 *
 * The kernel-side native graph uses these very structs with kernel pointers.
 */
#ifndef KHTTP_H
#define KHTTP_H

#include <linux/types.h>
#include <linux/ioctl.h>
#include "kh_annotate.h"

/* 0xBD: free in Documentation/userspace-api/ioctl/ioctl-number.rst */
#define KH_IOC_MAGIC		0xBD

#define KH_VERSION_MAJOR	0
#define KH_VERSION_MINOR	1
#define KH_VERSION_PATCH	0

/* limits the thunks enforce while capturing */
#define KH_MAX_NAME		64
#define KH_MAX_URL		4096
#define KH_MAX_HEADERS		256
#define KH_MAX_CHUNKS		256
#define KH_MAX_INFO		16
#define KH_MAX_COUNTERS		64
#define KH_MAX_REASON		128
#define KH_MAX_LOG_FIELD	1024
#define KH_MAX_FRAGMENT_NAME	256
#define KH_MAX_HEADER_VALUE	65535

enum kh_abi {
	KH_ABI_NATIVE = 1,
	KH_ABI_IA32 = 2,
	KH_ABI_X32 = 3,
};

enum kh_verb {
	KH_VERB_UNPARSED = 0,
	KH_VERB_UNKNOWN = 1,
	KH_VERB_INVALID = 2,
	KH_VERB_OPTIONS = 3,
	KH_VERB_GET = 4,
	KH_VERB_HEAD = 5,
	KH_VERB_POST = 6,
	KH_VERB_PUT = 7,
	KH_VERB_DELETE = 8,
	KH_VERB_TRACE = 9,
	KH_VERB_CONNECT = 10,
	KH_VERB_PATCH = 11,
	KH_VERB_MAXIMUM = 12,
};

/* HTTP_HEADER_ID: general and entity headers, shared by both directions */
enum kh_header_id {
	KH_HEADER_CACHE_CONTROL = 0,
	KH_HEADER_CONNECTION = 1,
	KH_HEADER_DATE = 2,
	KH_HEADER_KEEP_ALIVE = 3,
	KH_HEADER_PRAGMA = 4,
	KH_HEADER_TRAILER = 5,
	KH_HEADER_TRANSFER_ENCODING = 6,
	KH_HEADER_UPGRADE = 7,
	KH_HEADER_VIA = 8,
	KH_HEADER_WARNING = 9,
	KH_HEADER_ALLOW = 10,
	KH_HEADER_CONTENT_LENGTH = 11,
	KH_HEADER_CONTENT_TYPE = 12,
	KH_HEADER_CONTENT_ENCODING = 13,
	KH_HEADER_CONTENT_LANGUAGE = 14,
	KH_HEADER_CONTENT_LOCATION = 15,
	KH_HEADER_CONTENT_MD5 = 16,
	KH_HEADER_CONTENT_RANGE = 17,
	KH_HEADER_EXPIRES = 18,
	KH_HEADER_LAST_MODIFIED = 19,
	/* request headers */
	KH_HEADER_ACCEPT = 20,
	KH_HEADER_ACCEPT_CHARSET = 21,
	KH_HEADER_ACCEPT_ENCODING = 22,
	KH_HEADER_ACCEPT_LANGUAGE = 23,
	KH_HEADER_AUTHORIZATION = 24,
	KH_HEADER_COOKIE = 25,
	KH_HEADER_EXPECT = 26,
	KH_HEADER_FROM = 27,
	KH_HEADER_HOST = 28,
	KH_HEADER_IF_MATCH = 29,
	KH_HEADER_IF_MODIFIED_SINCE = 30,
	KH_HEADER_IF_NONE_MATCH = 31,
	KH_HEADER_IF_RANGE = 32,
	KH_HEADER_IF_UNMODIFIED_SINCE = 33,
	KH_HEADER_MAX_FORWARDS = 34,
	KH_HEADER_PROXY_AUTHORIZATION = 35,
	KH_HEADER_REFERER = 36,
	KH_HEADER_RANGE = 37,
	KH_HEADER_TE = 38,
	KH_HEADER_TRANSLATE = 39,
	KH_HEADER_USER_AGENT = 40,
	KH_HEADER_REQUEST_MAXIMUM = 41,
	/* response headers reuse 20.. */
	KH_HEADER_ACCEPT_RANGES = 20,
	KH_HEADER_AGE = 21,
	KH_HEADER_ETAG = 22,
	KH_HEADER_LOCATION = 23,
	KH_HEADER_PROXY_AUTHENTICATE = 24,
	KH_HEADER_RETRY_AFTER = 25,
	KH_HEADER_SERVER = 26,
	KH_HEADER_SET_COOKIE = 27,
	KH_HEADER_VARY = 28,
	KH_HEADER_WWW_AUTHENTICATE = 29,
	KH_HEADER_RESPONSE_MAXIMUM = 30,
};

enum kh_chunk_type {
	KH_CHUNK_FROM_MEMORY = 0,
	KH_CHUNK_FROM_FILE = 1,
	KH_CHUNK_FROM_FRAGMENT_CACHE = 2,
};

enum kh_request_info_type {
	KH_REQUEST_INFO_TIMING = 1,
	KH_REQUEST_INFO_TCP = 2,
};

enum kh_response_info_type {
	KH_RESPONSE_INFO_MULTIPLE_KNOWN_HEADERS = 1,
	KH_RESPONSE_INFO_CACHE_KEY = 2,
};

enum kh_cache_policy_type {
	KH_CACHE_NONE = 0,
	KH_CACHE_USER_INVALIDATES = 1,
	KH_CACHE_TIME_TO_LIVE = 2,
};

/* KH_IOC_STATS: counter i of the array is enum kh_stat i */
enum kh_stat {
	KH_STAT_IOCTLS_NATIVE = 0,
	KH_STAT_IOCTLS_IA32 = 1,
	KH_STAT_IOCTLS_X32 = 2,
	KH_STAT_IOCTL_ERRORS = 3,
	KH_STAT_CONNECTIONS = 4,	/* accepted */
	KH_STAT_REQUESTS = 5,		/* handed to a queue */
	KH_STAT_KERNEL_RESPONSES = 6,	/* answered by the kernel itself */
	KH_STAT_RESPONSES_2XX = 7,	/* status classes of every response */
	KH_STAT_RESPONSES_4XX = 8,
	KH_STAT_RESPONSES_5XX = 9,
	KH_STAT_BYTES_IN = 10,		/* read from clients */
	KH_STAT_BYTES_OUT = 11,		/* written to clients */
	KH_STAT_CACHE_HITS = 12,	/* answered from the response cache */
	KH_STAT_FILE_BYTES_SPLICED = 13,	/* file-range bytes sent from the page cache */
	KH_STAT_MEM_REFUSED = 14,	/* requests answered 503: the memory budget was spent */
	KH_STAT_OUTPUT_WAITS = 15,	/* sends that waited (or got -EAGAIN) for output room */
	KH_STAT_SEND_TIMEOUTS = 16,	/* connections closed: output sent below min_send_rate */
	KH_STAT_COUNT = 17,
};

/* request flags (out) */
#define KH_REQUEST_FLAG_MORE_ENTITY_BODY	0x1
#define KH_REQUEST_FLAG_PIPELINED		0x2
#define KH_REQUEST_FLAGS_ALL			0x3

/* receive-request flags */
#define KH_RECEIVE_FLAG_COPY_BODY		0x1
#define KH_RECEIVE_FLAG_FLUSH_BODY		0x2
#define KH_RECEIVE_FLAGS_ALL			0x3

/* send flags */
#define KH_SEND_FLAG_MORE_DATA			0x1
#define KH_SEND_FLAG_DISCONNECT			0x2
#define KH_SEND_FLAG_BUFFER_DATA		0x4
#define KH_SEND_FLAGS_ALL			0x7

/* response flags */
#define KH_RESPONSE_FLAG_MORE_ENTITY_BODY_EXISTS 0x1
#define KH_RESPONSE_FLAGS_ALL			0x1

/* queue flags */
#define KH_QUEUE_CREATE				0x1
#define KH_QUEUE_OPEN				0x2
#define KH_QUEUE_FLAGS_ALL			0x3

/* limits mask: which limit fields a set-limits call changes */
#define KH_LIMIT_MAX_CONNECTIONS		0x01
#define KH_LIMIT_QUEUE_LENGTH			0x02
#define KH_LIMIT_MAX_HEADER_BYTES		0x04
#define KH_LIMIT_MAX_BODY_BYTES			0x08
#define KH_LIMIT_IDLE_TIMEOUT			0x10
#define KH_LIMIT_HEADER_TIMEOUT			0x20
#define KH_LIMITS_ALL				0x3f

struct kh_http_version {
	__u16 major;
	__u16 minor;
};

/* HTTP_BYTE_RANGE; a length of KH_BYTE_RANGE_TO_EOF reaches the end of the file */
#define KH_BYTE_RANGE_TO_EOF	(~0ULL)

struct kh_byte_range {
	__u64 start;
	__u64 length;
};

/* HTTP_KNOWN_HEADER */
struct kh_known_header {
	__u16 value_length KH_MAX(KH_MAX_HEADER_VALUE);
	const char *value KH_STRING(value_length);
};

/* HTTP_UNKNOWN_HEADER */
struct kh_unknown_header {
	__u16 name_length;
	__u16 value_length;
	const char *name KH_STRING(name_length);
	const char *value KH_STRING(value_length);
};

/* HTTP_COOKED_URL: lengths in bytes */
struct kh_cooked_url {
	__u16 full_url_length;
	__u16 host_length;
	__u16 abs_path_length;
	__u16 query_string_length;
	const char *full_url KH_STRING(full_url_length);
	const char *host KH_STRING(host_length);
	const char *abs_path KH_STRING(abs_path_length);
	const char *query_string KH_STRING(query_string_length);
};

/* HTTP_TRANSPORT_ADDRESS: struct sockaddr_in or sockaddr_in6 */
struct kh_transport_address {
	void *remote KH_SOCKADDR;
	void *local KH_SOCKADDR;
};

/* HTTP_REQUEST_HEADERS */
struct kh_request_headers {
	__u16 unknown_header_count KH_MAX(KH_MAX_HEADERS);
	struct kh_unknown_header *unknown_headers KH_COUNT(unknown_header_count);
	__u16 trailer_count KH_MAX(KH_MAX_HEADERS);
	struct kh_unknown_header *trailers KH_COUNT(trailer_count);
	struct kh_known_header known_headers[KH_HEADER_REQUEST_MAXIMUM];
};

/* HTTP_RESPONSE_HEADERS */
struct kh_response_headers {
	__u16 unknown_header_count KH_MAX(KH_MAX_HEADERS);
	struct kh_unknown_header *unknown_headers KH_COUNT(unknown_header_count);
	__u16 trailer_count KH_MAX(KH_MAX_HEADERS);
	struct kh_unknown_header *trailers KH_COUNT(trailer_count);
	struct kh_known_header known_headers[KH_HEADER_RESPONSE_MAXIMUM];
};

/* HTTP_DATA_CHUNK */
struct kh_data_chunk {
	__u32 type KH_ENUM(kh_chunk_type);
	union {
		struct {
			void *buffer KH_BYTES(length);
			__u32 length;
		} memory KH_WHEN(KH_CHUNK_FROM_MEMORY);
		struct {
			struct kh_byte_range range;
			__s32 fd KH_FD;
		} file KH_WHEN(KH_CHUNK_FROM_FILE);
		struct {
			__u16 name_length KH_MAX(KH_MAX_FRAGMENT_NAME);
			const char *name KH_STRING(name_length);
		} fragment KH_WHEN(KH_CHUNK_FROM_FRAGMENT_CACHE);
	} u KH_SELECT(type);
};

/* request info blobs */
struct kh_request_timing {
	__u64 accepted_ns;
	__u64 headers_parsed_ns;
	__u32 header_bytes;
};

struct kh_request_tcp {
	__u32 rtt_us;
	__u32 mss;
	__u64 bytes_acked;
};

/* HTTP_REQUEST_INFO */
struct kh_request_info {
	__u32 type KH_ENUM(kh_request_info_type);
	__u32 length;
	void *info KH_BYTES(length) KH_SWITCH(type)
		KH_CASE(KH_REQUEST_INFO_TIMING, struct kh_request_timing)
		KH_CASE(KH_REQUEST_INFO_TCP, struct kh_request_tcp);
};

/* HTTP_REQUEST_V1: ids placed after flags, as HTTP.sys does (misaligned on i386) */
struct kh_request {
	__u32 flags KH_FLAGS(KH_REQUEST_FLAGS_ALL);
	__u64 connection_id KH_PARTIAL;
	__u64 request_id KH_PARTIAL;
	__u64 url_context;
	struct kh_http_version version;
	__u32 verb KH_ENUM(kh_verb);
	__u16 unknown_verb_length;
	__u16 raw_url_length KH_MAX(KH_MAX_URL);
	const char *unknown_verb KH_STRING(unknown_verb_length);
	const char *raw_url KH_STRING(raw_url_length);
	struct kh_cooked_url cooked_url;
	struct kh_transport_address address;
	struct kh_request_headers headers;
	__u64 bytes_received;
	__u16 entity_chunk_count KH_MAX(KH_MAX_CHUNKS);
	struct kh_data_chunk *entity_chunks KH_COUNT(entity_chunk_count);
	__u64 raw_connection_id;
	__u16 request_info_count KH_MAX(KH_MAX_INFO);
	struct kh_request_info *request_info KH_COUNT(request_info_count);
};

/* HTTP_MULTIPLE_KNOWN_HEADERS */
struct kh_multiple_known_headers {
	__u32 header_id KH_ENUM(kh_header_id);
	__u32 flags KH_RESERVED;
	__u16 known_header_count KH_MAX(KH_MAX_HEADERS);
	struct kh_known_header *known_headers KH_COUNT(known_header_count);
};

struct kh_cache_key {
	__u16 key_length KH_MAX(KH_MAX_URL);
	const char *key KH_STRING(key_length);
};

/* HTTP_RESPONSE_INFO */
struct kh_response_info {
	__u32 type KH_ENUM(kh_response_info_type);
	__u32 length;
	void *info KH_BYTES(length) KH_SWITCH(type)
		KH_CASE(KH_RESPONSE_INFO_MULTIPLE_KNOWN_HEADERS, struct kh_multiple_known_headers)
		KH_CASE(KH_RESPONSE_INFO_CACHE_KEY, struct kh_cache_key);
};

/* HTTP_RESPONSE_V2 */
struct kh_response {
	__u32 flags KH_FLAGS(KH_RESPONSE_FLAGS_ALL);
	struct kh_http_version version;
	__u16 status_code;
	__u16 reason_length KH_MAX(KH_MAX_REASON);
	const char *reason KH_STRING(reason_length);
	struct kh_response_headers headers;
	__u16 entity_chunk_count KH_MAX(KH_MAX_CHUNKS);
	struct kh_data_chunk *entity_chunks KH_COUNT(entity_chunk_count);
	__u16 response_info_count KH_MAX(KH_MAX_INFO);
	struct kh_response_info *response_info KH_COUNT(response_info_count);
};

/* HTTP_CACHE_POLICY */
struct kh_cache_policy {
	__u32 policy KH_ENUM(kh_cache_policy_type);
	__u32 seconds_to_live;
};

/* HTTP_LOG_FIELDS_DATA, abridged */
struct kh_log_data {
	__u32 type KH_RESERVED;
	__u16 user_name_length KH_MAX(KH_MAX_LOG_FIELD);
	__u16 uri_query_length KH_MAX(KH_MAX_LOG_FIELD);
	const char *user_name KH_STRING(user_name_length);
	const char *uri_query KH_STRING(uri_query_length);
	__u64 bytes_sent;
	__u64 bytes_received;
	__u32 time_taken_ms;
	__u16 protocol_status;
	__u16 sub_status;
};

/* ---- ioctl arguments ---- */

struct kh_version_args {
	__u32 major KH_OUT;
	__u32 minor KH_OUT;
	__u32 patch KH_OUT;
	__u32 abi KH_OUT;	/* enum kh_abi: the path the kernel took */
};

struct kh_queue_args {
	__u32 flags KH_FLAGS(KH_QUEUE_FLAGS_ALL);
	__u32 name_length KH_MAX(KH_MAX_NAME);
	const char *name KH_STRING(name_length);
	__u64 queue_id KH_OUT;
};

struct kh_url_args {
	__u32 flags KH_RESERVED;
	__u64 url_context;
	__u32 url_length KH_MAX(KH_MAX_URL);
	const char *url KH_STRING(url_length);
};

struct kh_receive_request_args {
	__u32 flags KH_FLAGS(KH_RECEIVE_FLAGS_ALL);
	__u64 request_id KH_INOUT;	/* 0: next request; else the one bound by -ENOSPC */
	__u32 buffer_length;
	struct kh_request *buffer KH_EMIT(buffer_length);
	__u32 bytes_returned KH_OUT;
	__u32 bytes_needed KH_OUT;
};

struct kh_receive_body_args {
	__u32 flags KH_FLAGS(KH_RECEIVE_FLAGS_ALL);
	__u64 request_id;
	__u32 buffer_length;
	void *buffer KH_OUT KH_BYTES(buffer_length);
	__u32 bytes_returned KH_OUT;
};

struct kh_send_response_args {
	__u32 flags KH_FLAGS(KH_SEND_FLAGS_ALL);
	__u64 request_id;
	const struct kh_response *response;
	const struct kh_cache_policy *cache_policy KH_OPTIONAL;
	const struct kh_log_data *log_data KH_OPTIONAL;
	__u32 bytes_sent KH_OUT;
};

struct kh_send_body_args {
	__u32 flags KH_FLAGS(KH_SEND_FLAGS_ALL);
	__u64 request_id;
	__u16 chunk_count KH_MAX(KH_MAX_CHUNKS);
	const struct kh_data_chunk *chunks KH_COUNT(chunk_count);
	const struct kh_log_data *log_data KH_OPTIONAL;
	__u32 bytes_sent KH_OUT;
};

struct kh_cancel_args {
	__u32 flags KH_RESERVED;
	__u64 request_id;
};

struct kh_wait_disconnect_args {
	__u32 flags KH_RESERVED;
	__u64 connection_id;
};

struct kh_flush_cache_args {
	__u32 flags KH_RESERVED;
	__u32 url_length KH_MAX(KH_MAX_URL);
	const char *url KH_STRING(url_length);
};

/*
 * KH_IOC_STATS flags: the counters of the caller's queue (enum kh_queue_stat),
 * or those of the caller's network namespace (enum kh_stat; its
 * administrator's, docs/security.md); neither: module-wide
 */
#define KH_STATS_QUEUE				0x1
#define KH_STATS_NET				0x2
#define KH_STATS_FLAGS_ALL			0x3

enum kh_queue_stat {
	KH_QSTAT_REQUESTS = 0,		/* queued */
	KH_QSTAT_RECEIVED = 1,		/* taken by a worker */
	KH_QSTAT_ANSWERED = 2,		/* completed by a worker's send */
	KH_QSTAT_REJECTED = 3,		/* 503: the queue was full */
	KH_QSTAT_PENDING = 4,		/* waiting now */
	KH_QSTAT_COUNT = 5,
};

struct kh_stats_args {
	__u32 flags KH_FLAGS(KH_STATS_FLAGS_ALL);
	__u32 counter_count KH_MAX(KH_MAX_COUNTERS);
	__u64 *counters KH_OUT KH_COUNT(counter_count);
	__u32 counters_returned KH_OUT;
};

struct kh_limits_args {
	__u32 mask KH_FLAGS(KH_LIMITS_ALL);
	__u32 max_connections KH_INOUT;
	__u32 queue_length KH_INOUT;
	__u32 max_header_bytes KH_INOUT;
	__u64 max_body_bytes KH_INOUT;
	__u32 idle_timeout_ms KH_INOUT;
	__u32 header_timeout_ms KH_INOUT;
};

/*
 * KH_IOC_ADMIN_LIST: what the module holds now, one kind of object per call
 * (khttpctl show). Entries from index start of that kind go into entries;
 * entries_total says how many there are (page with start). Administrators
 * only (CAP_NET_ADMIN): it shows every queue's URLs and requests.
 */
#define KH_MAX_ADMIN_ENTRIES	64
#define KH_ADMIN_NAME		240

enum kh_admin_kind {
	KH_ADMIN_LISTENER = 1,	/* port, name its address ("*": all); value[0] prefixes, value[1] families (1 v4, 2 v6) */
	KH_ADMIN_URL = 2,	/* name: the prefix; queue_id; id: its context; value[0] port */
	KH_ADMIN_QUEUE = 3,	/* name, id; value[0] pending, value[1] received, value[2] answered */
	KH_ADMIN_WORKER = 4,	/* an open file bound to a queue: queue_id, pid, abi */
	KH_ADMIN_REQUEST = 5,	/* id, queue_id, name: URL; value[0] 0 pending 1 in flight, value[1] connection */
	KH_ADMIN_CACHE = 6,	/* name: key; value[0] bytes, value[1] ms to live (~0: until flushed), value[2] hits */
	KH_ADMIN_KIND_MAX = 7,
};

struct kh_admin_entry {
	__u32 kind KH_ENUM(kh_admin_kind);
	__u32 abi;		/* KH_ADMIN_WORKER: enum kh_abi, else 0 */
	__u64 id;
	__u64 queue_id;
	__u32 pid;		/* KH_ADMIN_WORKER: the opener's process id */
	__u32 port;
	__u64 value[3];
	char name[KH_ADMIN_NAME];	/* NUL-terminated, cut to fit */
};

struct kh_admin_list_args {
	__u32 kind KH_ENUM(kh_admin_kind);
	__u32 flags KH_RESERVED;
	__u32 start;
	__u32 entry_count KH_MAX(KH_MAX_ADMIN_ENTRIES);
	struct kh_admin_entry *entries KH_OUT KH_COUNT(entry_count);
	__u32 entries_returned KH_OUT;
	__u32 entries_total KH_OUT;
};

/*
 * Access (docs/security.md). KH_IOC_QUEUE_ACCESS: who besides its owner may
 * attach the caller's queue; set by the owner through an attached file, it
 * replaces the grant before. uids and gids are in the caller's user namespace.
 */
#define KH_QUEUE_ACCESS_GROUP			0x1	/* members of the owner's group */
#define KH_QUEUE_ACCESS_OTHERS			0x2	/* anyone who can open the device */
#define KH_QUEUE_ACCESS_ALL			0x3
#define KH_MAX_ACCESS_IDS			16

struct kh_queue_access_args {
	__u32 mode KH_FLAGS(KH_QUEUE_ACCESS_ALL);
	__u16 uid_count KH_MAX(KH_MAX_ACCESS_IDS);
	__u16 gid_count KH_MAX(KH_MAX_ACCESS_IDS);
	const __u32 *uids KH_COUNT(uid_count);
	const __u32 *gids KH_COUNT(gid_count);
};

/*
 * A URL reservation (netsh http add urlacl): a prefix of the caller's
 * network namespace set aside for a uid and/or a gid; made and removed by
 * CAP_NET_ADMIN over that namespace. flags say which of uid, gid it names.
 */
#define KH_RESERVE_UID				0x1
#define KH_RESERVE_GID				0x2
#define KH_RESERVE_FLAGS_ALL			0x3

struct kh_reservation_args {
	__u32 flags KH_FLAGS(KH_RESERVE_FLAGS_ALL);
	__u32 uid;
	__u32 gid;
	__u32 url_length KH_MAX(KH_MAX_URL);
	const char *url KH_STRING(url_length);
};

#define KH_IOC_VERSION		_IOR(KH_IOC_MAGIC, 0x01, struct kh_version_args)
#define KH_IOC_QUEUE		_IOWR(KH_IOC_MAGIC, 0x02, struct kh_queue_args)
#define KH_IOC_ADD_URL		_IOW(KH_IOC_MAGIC, 0x03, struct kh_url_args)
#define KH_IOC_REMOVE_URL	_IOW(KH_IOC_MAGIC, 0x04, struct kh_url_args)
#define KH_IOC_RECEIVE_REQUEST	_IOWR(KH_IOC_MAGIC, 0x05, struct kh_receive_request_args)
#define KH_IOC_RECEIVE_BODY	_IOWR(KH_IOC_MAGIC, 0x06, struct kh_receive_body_args)
#define KH_IOC_SEND_RESPONSE	_IOWR(KH_IOC_MAGIC, 0x07, struct kh_send_response_args)
#define KH_IOC_SEND_BODY	_IOWR(KH_IOC_MAGIC, 0x08, struct kh_send_body_args)
#define KH_IOC_CANCEL		_IOW(KH_IOC_MAGIC, 0x09, struct kh_cancel_args)
#define KH_IOC_WAIT_DISCONNECT	_IOW(KH_IOC_MAGIC, 0x0a, struct kh_wait_disconnect_args)
#define KH_IOC_FLUSH_CACHE	_IOW(KH_IOC_MAGIC, 0x0b, struct kh_flush_cache_args)
#define KH_IOC_STATS		_IOWR(KH_IOC_MAGIC, 0x0c, struct kh_stats_args)
#define KH_IOC_LIMITS		_IOWR(KH_IOC_MAGIC, 0x0d, struct kh_limits_args)
/* 0x10-0x17: access (docs/security.md) */
#define KH_IOC_ADD_RESERVATION	_IOW(KH_IOC_MAGIC, 0x10, struct kh_reservation_args)
#define KH_IOC_REMOVE_RESERVATION _IOW(KH_IOC_MAGIC, 0x11, struct kh_reservation_args)
#define KH_IOC_QUEUE_ACCESS	_IOW(KH_IOC_MAGIC, 0x12, struct kh_queue_access_args)
/* 0x20-0x27: administration (khttpctl, docs/packaging.md) */
#define KH_IOC_ADMIN_LIST	_IOWR(KH_IOC_MAGIC, 0x20, struct kh_admin_list_args)

/*
 * HTTP.sys's ERROR_MORE_DATA protocol: a buffer too small for the whole
 * request gets -ENOSPC, the KH_PARTIAL ids written into it and bytes_needed;
 * one smaller than struct kh_request itself gets -ENOBUFS and bytes_needed.
 */
KH_IOCTL_POLICY(KH_IOC_RECEIVE_REQUEST, KH_COPYBACK_ON(ENOSPC, ENOBUFS));
KH_IOCTL_POLICY(KH_IOC_RECEIVE_BODY, KH_COPYBACK_ON(ENOSPC));
KH_IOCTL_POLICY(KH_IOC_STATS, KH_COPYBACK_ON(ENOSPC));

#endif /* KHTTP_H */
