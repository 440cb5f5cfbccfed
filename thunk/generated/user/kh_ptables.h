/* SPDX-License-Identifier: GPL-2.0 OR MIT */
/*
 * Generated from structs/khttp.h by thunkgen; do not edit, run `make gen`.
 * What: interpretation tables for the reference interpreter.
 */
#ifndef KH_PTABLES_H
#define KH_PTABLES_H

#include "kh_layout.h"
#include "kh_ptable.h"

/* the named records; anonymous ones follow up to kh_pt_count */
enum kh_pt_id {
	KH_PT_KH_HTTP_VERSION = 0,
	KH_PT_KH_BYTE_RANGE = 1,
	KH_PT_KH_KNOWN_HEADER = 2,
	KH_PT_KH_UNKNOWN_HEADER = 3,
	KH_PT_KH_COOKED_URL = 4,
	KH_PT_KH_TRANSPORT_ADDRESS = 5,
	KH_PT_KH_REQUEST_HEADERS = 6,
	KH_PT_KH_RESPONSE_HEADERS = 7,
	KH_PT_KH_DATA_CHUNK = 8,
	KH_PT_KH_REQUEST_TIMING = 9,
	KH_PT_KH_REQUEST_TCP = 10,
	KH_PT_KH_REQUEST_INFO = 11,
	KH_PT_KH_REQUEST = 12,
	KH_PT_KH_MULTIPLE_KNOWN_HEADERS = 13,
	KH_PT_KH_CACHE_KEY = 14,
	KH_PT_KH_RESPONSE_INFO = 15,
	KH_PT_KH_RESPONSE = 16,
	KH_PT_KH_CACHE_POLICY = 17,
	KH_PT_KH_LOG_DATA = 18,
	KH_PT_KH_VERSION_ARGS = 19,
	KH_PT_KH_QUEUE_ARGS = 20,
	KH_PT_KH_URL_ARGS = 21,
	KH_PT_KH_RECEIVE_REQUEST_ARGS = 22,
	KH_PT_KH_RECEIVE_BODY_ARGS = 23,
	KH_PT_KH_SEND_RESPONSE_ARGS = 24,
	KH_PT_KH_SEND_BODY_ARGS = 25,
	KH_PT_KH_CANCEL_ARGS = 26,
	KH_PT_KH_WAIT_DISCONNECT_ARGS = 27,
	KH_PT_KH_FLUSH_CACHE_ARGS = 28,
	KH_PT_KH_STATS_ARGS = 29,
	KH_PT_KH_LIMITS_ARGS = 30,
	KH_PT_KH_ADMIN_ENTRY = 31,
	KH_PT_KH_ADMIN_LIST_ARGS = 32,
	KH_PT_KH_QUEUE_ACCESS_ARGS = 33,
	KH_PT_KH_RESERVATION_ARGS = 34,
	KH_PT_NAMED = 35,
};

extern const struct kh_pt_record *const kh_pt_tables[KH_LAYOUT_NABI];
extern const unsigned int kh_pt_count;

#endif /* KH_PTABLES_H */
