// SPDX-License-Identifier: GPL-2.0 OR MIT
/*
 * Generated from structs/khttp.h by thunkgen; do not edit, run `make gen`.
 * What: interpretation tables for the reference interpreter.
 */
#include "kh_thunks.h"
#include "kh_ptables.h"

static const __s64 pt_enum_kh_abi[] __attribute__((unused)) = { 1, 2, 3 };

static const __s64 pt_enum_kh_verb[] __attribute__((unused)) = { 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12 };

static const __s64 pt_enum_kh_header_id[] __attribute__((unused)) = { 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41 };

static const __s64 pt_enum_kh_chunk_type[] __attribute__((unused)) = { 0, 1, 2 };

static const __s64 pt_enum_kh_request_info_type[] __attribute__((unused)) = { 1, 2 };

static const __s64 pt_enum_kh_response_info_type[] __attribute__((unused)) = { 1, 2 };

static const __s64 pt_enum_kh_cache_policy_type[] __attribute__((unused)) = { 0, 1, 2 };

static const __s64 pt_enum_kh_stat[] __attribute__((unused)) = { 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17 };

static const __s64 pt_enum_kh_queue_stat[] __attribute__((unused)) = { 0, 1, 2, 3, 4, 5 };

static const __s64 pt_enum_kh_admin_kind[] __attribute__((unused)) = { 1, 2, 3, 4, 5, 6, 7 };

/* ---- x86_64 ---- */

/* kh_http_version */
static const struct kh_pt_member pt_x86_64_0[] = {
	{
		.name = "major",
		.kind = KH_PT_INT,
		.flags = 0,
		.widen = KH_PT_W_NONE,
		.count = 1,
		.voff = 0, .vsize = 2,
		.noff = 0, .nsize = 2,
		.type = -1,
	},
	{
		.name = "minor",
		.kind = KH_PT_INT,
		.flags = 0,
		.widen = KH_PT_W_NONE,
		.count = 1,
		.voff = 2, .vsize = 2,
		.noff = 2, .nsize = 2,
		.type = -1,
	},
};

/* kh_byte_range */
static const struct kh_pt_member pt_x86_64_1[] = {
	{
		.name = "start",
		.kind = KH_PT_INT,
		.flags = 0,
		.widen = KH_PT_W_NONE,
		.count = 1,
		.voff = 0, .vsize = 8,
		.noff = 0, .nsize = 8,
		.type = -1,
	},
	{
		.name = "length",
		.kind = KH_PT_INT,
		.flags = 0,
		.widen = KH_PT_W_NONE,
		.count = 1,
		.voff = 8, .vsize = 8,
		.noff = 8, .nsize = 8,
		.type = -1,
	},
};

/* kh_known_header */
static const struct kh_pt_ptr pt_x86_64_2_1_ptr = {
	.kind = KH_PT_P_STRING,
	.flags = KH_PT_P_NOTE_COUNT,
	.ref = 0,
	.sel = -1,
	.type = -1,
	.elem_kind = KH_PT_INT,
	.nsize = 1, .nalign = 1, .vsize = 1, .valign = 1,
	.note_flags = 0,
};
static const struct kh_pt_member pt_x86_64_2[] = {
	{
		.name = "value_length",
		.kind = KH_PT_INT,
		.flags = 0,
		.widen = KH_PT_W_NONE,
		.count = 1,
		.voff = 0, .vsize = 2,
		.noff = 0, .nsize = 2,
		.type = -1,
	},
	{
		.name = "value",
		.kind = KH_PT_PTR,
		.flags = KH_PT_F_HAS_PTRS,
		.count = 1,
		.voff = 8, .vsize = 8,
		.noff = 8, .nsize = 8,
		.type = -1,
		.ptr = &pt_x86_64_2_1_ptr,
	},
};

/* kh_unknown_header */
static const struct kh_pt_ptr pt_x86_64_3_2_ptr = {
	.kind = KH_PT_P_STRING,
	.flags = KH_PT_P_NOTE_COUNT,
	.ref = 0,
	.sel = -1,
	.type = -1,
	.elem_kind = KH_PT_INT,
	.nsize = 1, .nalign = 1, .vsize = 1, .valign = 1,
	.note_flags = 0,
};
static const struct kh_pt_ptr pt_x86_64_3_3_ptr = {
	.kind = KH_PT_P_STRING,
	.flags = KH_PT_P_NOTE_COUNT,
	.ref = 1,
	.sel = -1,
	.type = -1,
	.elem_kind = KH_PT_INT,
	.nsize = 1, .nalign = 1, .vsize = 1, .valign = 1,
	.note_flags = 0,
};
static const struct kh_pt_member pt_x86_64_3[] = {
	{
		.name = "name_length",
		.kind = KH_PT_INT,
		.flags = 0,
		.widen = KH_PT_W_NONE,
		.count = 1,
		.voff = 0, .vsize = 2,
		.noff = 0, .nsize = 2,
		.type = -1,
	},
	{
		.name = "value_length",
		.kind = KH_PT_INT,
		.flags = 0,
		.widen = KH_PT_W_NONE,
		.count = 1,
		.voff = 2, .vsize = 2,
		.noff = 2, .nsize = 2,
		.type = -1,
	},
	{
		.name = "name",
		.kind = KH_PT_PTR,
		.flags = KH_PT_F_HAS_PTRS,
		.count = 1,
		.voff = 8, .vsize = 8,
		.noff = 8, .nsize = 8,
		.type = -1,
		.ptr = &pt_x86_64_3_2_ptr,
	},
	{
		.name = "value",
		.kind = KH_PT_PTR,
		.flags = KH_PT_F_HAS_PTRS,
		.count = 1,
		.voff = 16, .vsize = 8,
		.noff = 16, .nsize = 8,
		.type = -1,
		.ptr = &pt_x86_64_3_3_ptr,
	},
};

/* kh_cooked_url */
static const struct kh_pt_ptr pt_x86_64_4_4_ptr = {
	.kind = KH_PT_P_STRING,
	.flags = KH_PT_P_NOTE_COUNT,
	.ref = 0,
	.sel = -1,
	.type = -1,
	.elem_kind = KH_PT_INT,
	.nsize = 1, .nalign = 1, .vsize = 1, .valign = 1,
	.note_flags = 0,
};
static const struct kh_pt_ptr pt_x86_64_4_5_ptr = {
	.kind = KH_PT_P_STRING,
	.flags = KH_PT_P_NOTE_COUNT,
	.ref = 1,
	.sel = -1,
	.type = -1,
	.elem_kind = KH_PT_INT,
	.nsize = 1, .nalign = 1, .vsize = 1, .valign = 1,
	.note_flags = 0,
};
static const struct kh_pt_ptr pt_x86_64_4_6_ptr = {
	.kind = KH_PT_P_STRING,
	.flags = KH_PT_P_NOTE_COUNT,
	.ref = 2,
	.sel = -1,
	.type = -1,
	.elem_kind = KH_PT_INT,
	.nsize = 1, .nalign = 1, .vsize = 1, .valign = 1,
	.note_flags = 0,
};
static const struct kh_pt_ptr pt_x86_64_4_7_ptr = {
	.kind = KH_PT_P_STRING,
	.flags = KH_PT_P_NOTE_COUNT,
	.ref = 3,
	.sel = -1,
	.type = -1,
	.elem_kind = KH_PT_INT,
	.nsize = 1, .nalign = 1, .vsize = 1, .valign = 1,
	.note_flags = 0,
};
static const struct kh_pt_member pt_x86_64_4[] = {
	{
		.name = "full_url_length",
		.kind = KH_PT_INT,
		.flags = 0,
		.widen = KH_PT_W_NONE,
		.count = 1,
		.voff = 0, .vsize = 2,
		.noff = 0, .nsize = 2,
		.type = -1,
	},
	{
		.name = "host_length",
		.kind = KH_PT_INT,
		.flags = 0,
		.widen = KH_PT_W_NONE,
		.count = 1,
		.voff = 2, .vsize = 2,
		.noff = 2, .nsize = 2,
		.type = -1,
	},
	{
		.name = "abs_path_length",
		.kind = KH_PT_INT,
		.flags = 0,
		.widen = KH_PT_W_NONE,
		.count = 1,
		.voff = 4, .vsize = 2,
		.noff = 4, .nsize = 2,
		.type = -1,
	},
	{
		.name = "query_string_length",
		.kind = KH_PT_INT,
		.flags = 0,
		.widen = KH_PT_W_NONE,
		.count = 1,
		.voff = 6, .vsize = 2,
		.noff = 6, .nsize = 2,
		.type = -1,
	},
	{
		.name = "full_url",
		.kind = KH_PT_PTR,
		.flags = KH_PT_F_HAS_PTRS,
		.count = 1,
		.voff = 8, .vsize = 8,
		.noff = 8, .nsize = 8,
		.type = -1,
		.ptr = &pt_x86_64_4_4_ptr,
	},
	{
		.name = "host",
		.kind = KH_PT_PTR,
		.flags = KH_PT_F_HAS_PTRS,
		.count = 1,
		.voff = 16, .vsize = 8,
		.noff = 16, .nsize = 8,
		.type = -1,
		.ptr = &pt_x86_64_4_5_ptr,
	},
	{
		.name = "abs_path",
		.kind = KH_PT_PTR,
		.flags = KH_PT_F_HAS_PTRS,
		.count = 1,
		.voff = 24, .vsize = 8,
		.noff = 24, .nsize = 8,
		.type = -1,
		.ptr = &pt_x86_64_4_6_ptr,
	},
	{
		.name = "query_string",
		.kind = KH_PT_PTR,
		.flags = KH_PT_F_HAS_PTRS,
		.count = 1,
		.voff = 32, .vsize = 8,
		.noff = 32, .nsize = 8,
		.type = -1,
		.ptr = &pt_x86_64_4_7_ptr,
	},
};

/* kh_transport_address */
static const struct kh_pt_ptr pt_x86_64_5_0_ptr = {
	.kind = KH_PT_P_SOCKADDR,
	.flags = 0,
	.ref = -1,
	.sel = -1,
	.type = -1,
	.elem_kind = KH_PT_INT,
	.nsize = 1, .nalign = 1, .vsize = 1, .valign = 1,
	.note_flags = 0,
};
static const struct kh_pt_ptr pt_x86_64_5_1_ptr = {
	.kind = KH_PT_P_SOCKADDR,
	.flags = 0,
	.ref = -1,
	.sel = -1,
	.type = -1,
	.elem_kind = KH_PT_INT,
	.nsize = 1, .nalign = 1, .vsize = 1, .valign = 1,
	.note_flags = 0,
};
static const struct kh_pt_member pt_x86_64_5[] = {
	{
		.name = "remote",
		.kind = KH_PT_PTR,
		.flags = KH_PT_F_HAS_PTRS,
		.count = 1,
		.voff = 0, .vsize = 8,
		.noff = 0, .nsize = 8,
		.type = -1,
		.ptr = &pt_x86_64_5_0_ptr,
	},
	{
		.name = "local",
		.kind = KH_PT_PTR,
		.flags = KH_PT_F_HAS_PTRS,
		.count = 1,
		.voff = 8, .vsize = 8,
		.noff = 8, .nsize = 8,
		.type = -1,
		.ptr = &pt_x86_64_5_1_ptr,
	},
};

/* kh_request_headers */
static const struct kh_pt_check pt_x86_64_6_0_chk = {
	.what = KH_PT_C_MAX,
	.max = KH_MAX_HEADERS,
};
static const struct kh_pt_ptr pt_x86_64_6_1_ptr = {
	.kind = KH_PT_P_COUNT,
	.flags = KH_PT_P_NOTE_COUNT,
	.ref = 0,
	.sel = -1,
	.type = 3,	/* kh_unknown_header */
	.note_flags = 0,
};
static const struct kh_pt_check pt_x86_64_6_2_chk = {
	.what = KH_PT_C_MAX,
	.max = KH_MAX_HEADERS,
};
static const struct kh_pt_ptr pt_x86_64_6_3_ptr = {
	.kind = KH_PT_P_COUNT,
	.flags = KH_PT_P_NOTE_COUNT,
	.ref = 2,
	.sel = -1,
	.type = 3,	/* kh_unknown_header */
	.note_flags = 0,
};
static const struct kh_pt_member pt_x86_64_6[] = {
	{
		.name = "unknown_header_count",
		.kind = KH_PT_INT,
		.flags = 0,
		.widen = KH_PT_W_NONE,
		.count = 1,
		.voff = 0, .vsize = 2,
		.noff = 0, .nsize = 2,
		.type = -1,
		.chk = &pt_x86_64_6_0_chk,
	},
	{
		.name = "unknown_headers",
		.kind = KH_PT_PTR,
		.flags = KH_PT_F_HAS_PTRS,
		.count = 1,
		.voff = 8, .vsize = 8,
		.noff = 8, .nsize = 8,
		.type = -1,
		.ptr = &pt_x86_64_6_1_ptr,
	},
	{
		.name = "trailer_count",
		.kind = KH_PT_INT,
		.flags = 0,
		.widen = KH_PT_W_NONE,
		.count = 1,
		.voff = 16, .vsize = 2,
		.noff = 16, .nsize = 2,
		.type = -1,
		.chk = &pt_x86_64_6_2_chk,
	},
	{
		.name = "trailers",
		.kind = KH_PT_PTR,
		.flags = KH_PT_F_HAS_PTRS,
		.count = 1,
		.voff = 24, .vsize = 8,
		.noff = 24, .nsize = 8,
		.type = -1,
		.ptr = &pt_x86_64_6_3_ptr,
	},
	{
		.name = "known_headers",
		.kind = KH_PT_RECORD,
		.flags = KH_PT_F_ARRAY | KH_PT_F_HAS_PTRS,
		.count = 41,
		.voff = 32, .vsize = 16,
		.noff = 32, .nsize = 16,
		.type = 2,	/* kh_known_header */
	},
};

/* kh_response_headers */
static const struct kh_pt_check pt_x86_64_7_0_chk = {
	.what = KH_PT_C_MAX,
	.max = KH_MAX_HEADERS,
};
static const struct kh_pt_ptr pt_x86_64_7_1_ptr = {
	.kind = KH_PT_P_COUNT,
	.flags = KH_PT_P_NOTE_COUNT,
	.ref = 0,
	.sel = -1,
	.type = 3,	/* kh_unknown_header */
	.note_flags = 0,
};
static const struct kh_pt_check pt_x86_64_7_2_chk = {
	.what = KH_PT_C_MAX,
	.max = KH_MAX_HEADERS,
};
static const struct kh_pt_ptr pt_x86_64_7_3_ptr = {
	.kind = KH_PT_P_COUNT,
	.flags = KH_PT_P_NOTE_COUNT,
	.ref = 2,
	.sel = -1,
	.type = 3,	/* kh_unknown_header */
	.note_flags = 0,
};
static const struct kh_pt_member pt_x86_64_7[] = {
	{
		.name = "unknown_header_count",
		.kind = KH_PT_INT,
		.flags = 0,
		.widen = KH_PT_W_NONE,
		.count = 1,
		.voff = 0, .vsize = 2,
		.noff = 0, .nsize = 2,
		.type = -1,
		.chk = &pt_x86_64_7_0_chk,
	},
	{
		.name = "unknown_headers",
		.kind = KH_PT_PTR,
		.flags = KH_PT_F_HAS_PTRS,
		.count = 1,
		.voff = 8, .vsize = 8,
		.noff = 8, .nsize = 8,
		.type = -1,
		.ptr = &pt_x86_64_7_1_ptr,
	},
	{
		.name = "trailer_count",
		.kind = KH_PT_INT,
		.flags = 0,
		.widen = KH_PT_W_NONE,
		.count = 1,
		.voff = 16, .vsize = 2,
		.noff = 16, .nsize = 2,
		.type = -1,
		.chk = &pt_x86_64_7_2_chk,
	},
	{
		.name = "trailers",
		.kind = KH_PT_PTR,
		.flags = KH_PT_F_HAS_PTRS,
		.count = 1,
		.voff = 24, .vsize = 8,
		.noff = 24, .nsize = 8,
		.type = -1,
		.ptr = &pt_x86_64_7_3_ptr,
	},
	{
		.name = "known_headers",
		.kind = KH_PT_RECORD,
		.flags = KH_PT_F_ARRAY | KH_PT_F_HAS_PTRS,
		.count = 30,
		.voff = 32, .vsize = 16,
		.noff = 32, .nsize = 16,
		.type = 2,	/* kh_known_header */
	},
};

/* kh_data_chunk */
static const struct kh_pt_check pt_x86_64_8_0_chk = {
	.what = KH_PT_C_ENUM,
	.enum_vals = pt_enum_kh_chunk_type,
	.nenum = 3,
};
static const struct kh_pt_union pt_x86_64_8_1_un = {
	.sel = 0,
	.copy_nsize = 24, .copy_vsize = 24,
};
static const struct kh_pt_member pt_x86_64_8[] = {
	{
		.name = "type",
		.kind = KH_PT_INT,
		.flags = 0,
		.widen = KH_PT_W_NONE,
		.count = 1,
		.voff = 0, .vsize = 4,
		.noff = 0, .nsize = 4,
		.type = -1,
		.chk = &pt_x86_64_8_0_chk,
	},
	{
		.name = "u",
		.kind = KH_PT_UNION,
		.flags = KH_PT_F_HAS_PTRS,
		.count = 1,
		.voff = 8, .vsize = 24,
		.noff = 8, .nsize = 24,
		.type = 35,	/* kh_data_chunk.u */
		.un = &pt_x86_64_8_1_un,
	},
};

/* kh_request_timing */
static const struct kh_pt_member pt_x86_64_9[] = {
	{
		.name = "accepted_ns",
		.kind = KH_PT_INT,
		.flags = 0,
		.widen = KH_PT_W_NONE,
		.count = 1,
		.voff = 0, .vsize = 8,
		.noff = 0, .nsize = 8,
		.type = -1,
	},
	{
		.name = "headers_parsed_ns",
		.kind = KH_PT_INT,
		.flags = 0,
		.widen = KH_PT_W_NONE,
		.count = 1,
		.voff = 8, .vsize = 8,
		.noff = 8, .nsize = 8,
		.type = -1,
	},
	{
		.name = "header_bytes",
		.kind = KH_PT_INT,
		.flags = 0,
		.widen = KH_PT_W_NONE,
		.count = 1,
		.voff = 16, .vsize = 4,
		.noff = 16, .nsize = 4,
		.type = -1,
	},
};

/* kh_request_tcp */
static const struct kh_pt_member pt_x86_64_10[] = {
	{
		.name = "rtt_us",
		.kind = KH_PT_INT,
		.flags = 0,
		.widen = KH_PT_W_NONE,
		.count = 1,
		.voff = 0, .vsize = 4,
		.noff = 0, .nsize = 4,
		.type = -1,
	},
	{
		.name = "mss",
		.kind = KH_PT_INT,
		.flags = 0,
		.widen = KH_PT_W_NONE,
		.count = 1,
		.voff = 4, .vsize = 4,
		.noff = 4, .nsize = 4,
		.type = -1,
	},
	{
		.name = "bytes_acked",
		.kind = KH_PT_INT,
		.flags = 0,
		.widen = KH_PT_W_NONE,
		.count = 1,
		.voff = 8, .vsize = 8,
		.noff = 8, .nsize = 8,
		.type = -1,
	},
};

/* kh_request_info */
static const struct kh_pt_check pt_x86_64_11_0_chk = {
	.what = KH_PT_C_ENUM,
	.enum_vals = pt_enum_kh_request_info_type,
	.nenum = 2,
};
static const struct kh_pt_case pt_x86_64_11_2_ptr_cases[] = {
	{ KH_REQUEST_INFO_TIMING, 9 },	/* kh_request_timing */
	{ KH_REQUEST_INFO_TCP, 10 },	/* kh_request_tcp */
};
static const struct kh_pt_ptr pt_x86_64_11_2_ptr = {
	.kind = KH_PT_P_SWITCH,
	.flags = 0,
	.ref = 1,
	.sel = 0,
	.type = -1,
	.elem_kind = KH_PT_INT,
	.nsize = 1, .nalign = 1, .vsize = 1, .valign = 1,
	.note_flags = 0,
	.cases = pt_x86_64_11_2_ptr_cases,
	.ncases = 2,
};
static const struct kh_pt_member pt_x86_64_11[] = {
	{
		.name = "type",
		.kind = KH_PT_INT,
		.flags = 0,
		.widen = KH_PT_W_NONE,
		.count = 1,
		.voff = 0, .vsize = 4,
		.noff = 0, .nsize = 4,
		.type = -1,
		.chk = &pt_x86_64_11_0_chk,
	},
	{
		.name = "length",
		.kind = KH_PT_INT,
		.flags = 0,
		.widen = KH_PT_W_NONE,
		.count = 1,
		.voff = 4, .vsize = 4,
		.noff = 4, .nsize = 4,
		.type = -1,
	},
	{
		.name = "info",
		.kind = KH_PT_PTR,
		.flags = KH_PT_F_HAS_PTRS,
		.count = 1,
		.voff = 8, .vsize = 8,
		.noff = 8, .nsize = 8,
		.type = -1,
		.ptr = &pt_x86_64_11_2_ptr,
	},
};

/* kh_request */
static const struct kh_pt_check pt_x86_64_12_0_chk = {
	.what = KH_PT_C_FLAGS,
	.flags_mask = (__u64)(KH_REQUEST_FLAGS_ALL),
};
static const struct kh_pt_check pt_x86_64_12_5_chk = {
	.what = KH_PT_C_ENUM,
	.enum_vals = pt_enum_kh_verb,
	.nenum = 13,
};
static const struct kh_pt_check pt_x86_64_12_7_chk = {
	.what = KH_PT_C_MAX,
	.max = KH_MAX_URL,
};
static const struct kh_pt_ptr pt_x86_64_12_8_ptr = {
	.kind = KH_PT_P_STRING,
	.flags = KH_PT_P_NOTE_COUNT,
	.ref = 6,
	.sel = -1,
	.type = -1,
	.elem_kind = KH_PT_INT,
	.nsize = 1, .nalign = 1, .vsize = 1, .valign = 1,
	.note_flags = 0,
};
static const struct kh_pt_ptr pt_x86_64_12_9_ptr = {
	.kind = KH_PT_P_STRING,
	.flags = KH_PT_P_NOTE_COUNT,
	.ref = 7,
	.sel = -1,
	.type = -1,
	.elem_kind = KH_PT_INT,
	.nsize = 1, .nalign = 1, .vsize = 1, .valign = 1,
	.note_flags = 0,
};
static const struct kh_pt_check pt_x86_64_12_14_chk = {
	.what = KH_PT_C_MAX,
	.max = KH_MAX_CHUNKS,
};
static const struct kh_pt_ptr pt_x86_64_12_15_ptr = {
	.kind = KH_PT_P_COUNT,
	.flags = KH_PT_P_NOTE_COUNT,
	.ref = 14,
	.sel = -1,
	.type = 8,	/* kh_data_chunk */
	.note_flags = 0,
};
static const struct kh_pt_check pt_x86_64_12_17_chk = {
	.what = KH_PT_C_MAX,
	.max = KH_MAX_INFO,
};
static const struct kh_pt_ptr pt_x86_64_12_18_ptr = {
	.kind = KH_PT_P_COUNT,
	.flags = KH_PT_P_NOTE_COUNT,
	.ref = 17,
	.sel = -1,
	.type = 11,	/* kh_request_info */
	.note_flags = 0,
};
static const struct kh_pt_member pt_x86_64_12[] = {
	{
		.name = "flags",
		.kind = KH_PT_INT,
		.flags = 0,
		.widen = KH_PT_W_NONE,
		.count = 1,
		.voff = 0, .vsize = 4,
		.noff = 0, .nsize = 4,
		.type = -1,
		.chk = &pt_x86_64_12_0_chk,
	},
	{
		.name = "connection_id",
		.kind = KH_PT_INT,
		.flags = 0,
		.widen = KH_PT_W_NONE,
		.count = 1,
		.voff = 8, .vsize = 8,
		.noff = 8, .nsize = 8,
		.type = -1,
	},
	{
		.name = "request_id",
		.kind = KH_PT_INT,
		.flags = 0,
		.widen = KH_PT_W_NONE,
		.count = 1,
		.voff = 16, .vsize = 8,
		.noff = 16, .nsize = 8,
		.type = -1,
	},
	{
		.name = "url_context",
		.kind = KH_PT_INT,
		.flags = 0,
		.widen = KH_PT_W_NONE,
		.count = 1,
		.voff = 24, .vsize = 8,
		.noff = 24, .nsize = 8,
		.type = -1,
	},
	{
		.name = "version",
		.kind = KH_PT_RECORD,
		.flags = 0,
		.count = 1,
		.voff = 32, .vsize = 4,
		.noff = 32, .nsize = 4,
		.type = 0,	/* kh_http_version */
	},
	{
		.name = "verb",
		.kind = KH_PT_INT,
		.flags = 0,
		.widen = KH_PT_W_NONE,
		.count = 1,
		.voff = 36, .vsize = 4,
		.noff = 36, .nsize = 4,
		.type = -1,
		.chk = &pt_x86_64_12_5_chk,
	},
	{
		.name = "unknown_verb_length",
		.kind = KH_PT_INT,
		.flags = 0,
		.widen = KH_PT_W_NONE,
		.count = 1,
		.voff = 40, .vsize = 2,
		.noff = 40, .nsize = 2,
		.type = -1,
	},
	{
		.name = "raw_url_length",
		.kind = KH_PT_INT,
		.flags = 0,
		.widen = KH_PT_W_NONE,
		.count = 1,
		.voff = 42, .vsize = 2,
		.noff = 42, .nsize = 2,
		.type = -1,
		.chk = &pt_x86_64_12_7_chk,
	},
	{
		.name = "unknown_verb",
		.kind = KH_PT_PTR,
		.flags = KH_PT_F_HAS_PTRS,
		.count = 1,
		.voff = 48, .vsize = 8,
		.noff = 48, .nsize = 8,
		.type = -1,
		.ptr = &pt_x86_64_12_8_ptr,
	},
	{
		.name = "raw_url",
		.kind = KH_PT_PTR,
		.flags = KH_PT_F_HAS_PTRS,
		.count = 1,
		.voff = 56, .vsize = 8,
		.noff = 56, .nsize = 8,
		.type = -1,
		.ptr = &pt_x86_64_12_9_ptr,
	},
	{
		.name = "cooked_url",
		.kind = KH_PT_RECORD,
		.flags = KH_PT_F_HAS_PTRS,
		.count = 1,
		.voff = 64, .vsize = 40,
		.noff = 64, .nsize = 40,
		.type = 4,	/* kh_cooked_url */
	},
	{
		.name = "address",
		.kind = KH_PT_RECORD,
		.flags = KH_PT_F_HAS_PTRS,
		.count = 1,
		.voff = 104, .vsize = 16,
		.noff = 104, .nsize = 16,
		.type = 5,	/* kh_transport_address */
	},
	{
		.name = "headers",
		.kind = KH_PT_RECORD,
		.flags = KH_PT_F_HAS_PTRS,
		.count = 1,
		.voff = 120, .vsize = 688,
		.noff = 120, .nsize = 688,
		.type = 6,	/* kh_request_headers */
	},
	{
		.name = "bytes_received",
		.kind = KH_PT_INT,
		.flags = 0,
		.widen = KH_PT_W_NONE,
		.count = 1,
		.voff = 808, .vsize = 8,
		.noff = 808, .nsize = 8,
		.type = -1,
	},
	{
		.name = "entity_chunk_count",
		.kind = KH_PT_INT,
		.flags = 0,
		.widen = KH_PT_W_NONE,
		.count = 1,
		.voff = 816, .vsize = 2,
		.noff = 816, .nsize = 2,
		.type = -1,
		.chk = &pt_x86_64_12_14_chk,
	},
	{
		.name = "entity_chunks",
		.kind = KH_PT_PTR,
		.flags = KH_PT_F_HAS_PTRS,
		.count = 1,
		.voff = 824, .vsize = 8,
		.noff = 824, .nsize = 8,
		.type = -1,
		.ptr = &pt_x86_64_12_15_ptr,
	},
	{
		.name = "raw_connection_id",
		.kind = KH_PT_INT,
		.flags = 0,
		.widen = KH_PT_W_NONE,
		.count = 1,
		.voff = 832, .vsize = 8,
		.noff = 832, .nsize = 8,
		.type = -1,
	},
	{
		.name = "request_info_count",
		.kind = KH_PT_INT,
		.flags = 0,
		.widen = KH_PT_W_NONE,
		.count = 1,
		.voff = 840, .vsize = 2,
		.noff = 840, .nsize = 2,
		.type = -1,
		.chk = &pt_x86_64_12_17_chk,
	},
	{
		.name = "request_info",
		.kind = KH_PT_PTR,
		.flags = KH_PT_F_HAS_PTRS,
		.count = 1,
		.voff = 848, .vsize = 8,
		.noff = 848, .nsize = 8,
		.type = -1,
		.ptr = &pt_x86_64_12_18_ptr,
	},
};

/* kh_multiple_known_headers */
static const struct kh_pt_check pt_x86_64_13_0_chk = {
	.what = KH_PT_C_ENUM,
	.enum_vals = pt_enum_kh_header_id,
	.nenum = 42,
};
static const struct kh_pt_check pt_x86_64_13_1_chk = {
	.what = KH_PT_C_RESERVED,
};
static const struct kh_pt_check pt_x86_64_13_2_chk = {
	.what = KH_PT_C_MAX,
	.max = KH_MAX_HEADERS,
};
static const struct kh_pt_ptr pt_x86_64_13_3_ptr = {
	.kind = KH_PT_P_COUNT,
	.flags = KH_PT_P_NOTE_COUNT,
	.ref = 2,
	.sel = -1,
	.type = 2,	/* kh_known_header */
	.note_flags = 0,
};
static const struct kh_pt_member pt_x86_64_13[] = {
	{
		.name = "header_id",
		.kind = KH_PT_INT,
		.flags = 0,
		.widen = KH_PT_W_NONE,
		.count = 1,
		.voff = 0, .vsize = 4,
		.noff = 0, .nsize = 4,
		.type = -1,
		.chk = &pt_x86_64_13_0_chk,
	},
	{
		.name = "flags",
		.kind = KH_PT_INT,
		.flags = 0,
		.widen = KH_PT_W_NONE,
		.count = 1,
		.voff = 4, .vsize = 4,
		.noff = 4, .nsize = 4,
		.type = -1,
		.chk = &pt_x86_64_13_1_chk,
	},
	{
		.name = "known_header_count",
		.kind = KH_PT_INT,
		.flags = 0,
		.widen = KH_PT_W_NONE,
		.count = 1,
		.voff = 8, .vsize = 2,
		.noff = 8, .nsize = 2,
		.type = -1,
		.chk = &pt_x86_64_13_2_chk,
	},
	{
		.name = "known_headers",
		.kind = KH_PT_PTR,
		.flags = KH_PT_F_HAS_PTRS,
		.count = 1,
		.voff = 16, .vsize = 8,
		.noff = 16, .nsize = 8,
		.type = -1,
		.ptr = &pt_x86_64_13_3_ptr,
	},
};

/* kh_cache_key */
static const struct kh_pt_check pt_x86_64_14_0_chk = {
	.what = KH_PT_C_MAX,
	.max = KH_MAX_URL,
};
static const struct kh_pt_ptr pt_x86_64_14_1_ptr = {
	.kind = KH_PT_P_STRING,
	.flags = KH_PT_P_NOTE_COUNT,
	.ref = 0,
	.sel = -1,
	.type = -1,
	.elem_kind = KH_PT_INT,
	.nsize = 1, .nalign = 1, .vsize = 1, .valign = 1,
	.note_flags = 0,
};
static const struct kh_pt_member pt_x86_64_14[] = {
	{
		.name = "key_length",
		.kind = KH_PT_INT,
		.flags = 0,
		.widen = KH_PT_W_NONE,
		.count = 1,
		.voff = 0, .vsize = 2,
		.noff = 0, .nsize = 2,
		.type = -1,
		.chk = &pt_x86_64_14_0_chk,
	},
	{
		.name = "key",
		.kind = KH_PT_PTR,
		.flags = KH_PT_F_HAS_PTRS,
		.count = 1,
		.voff = 8, .vsize = 8,
		.noff = 8, .nsize = 8,
		.type = -1,
		.ptr = &pt_x86_64_14_1_ptr,
	},
};

/* kh_response_info */
static const struct kh_pt_check pt_x86_64_15_0_chk = {
	.what = KH_PT_C_ENUM,
	.enum_vals = pt_enum_kh_response_info_type,
	.nenum = 2,
};
static const struct kh_pt_case pt_x86_64_15_2_ptr_cases[] = {
	{ KH_RESPONSE_INFO_MULTIPLE_KNOWN_HEADERS, 13 },	/* kh_multiple_known_headers */
	{ KH_RESPONSE_INFO_CACHE_KEY, 14 },	/* kh_cache_key */
};
static const struct kh_pt_ptr pt_x86_64_15_2_ptr = {
	.kind = KH_PT_P_SWITCH,
	.flags = 0,
	.ref = 1,
	.sel = 0,
	.type = -1,
	.elem_kind = KH_PT_INT,
	.nsize = 1, .nalign = 1, .vsize = 1, .valign = 1,
	.note_flags = 0,
	.cases = pt_x86_64_15_2_ptr_cases,
	.ncases = 2,
};
static const struct kh_pt_member pt_x86_64_15[] = {
	{
		.name = "type",
		.kind = KH_PT_INT,
		.flags = 0,
		.widen = KH_PT_W_NONE,
		.count = 1,
		.voff = 0, .vsize = 4,
		.noff = 0, .nsize = 4,
		.type = -1,
		.chk = &pt_x86_64_15_0_chk,
	},
	{
		.name = "length",
		.kind = KH_PT_INT,
		.flags = 0,
		.widen = KH_PT_W_NONE,
		.count = 1,
		.voff = 4, .vsize = 4,
		.noff = 4, .nsize = 4,
		.type = -1,
	},
	{
		.name = "info",
		.kind = KH_PT_PTR,
		.flags = KH_PT_F_HAS_PTRS,
		.count = 1,
		.voff = 8, .vsize = 8,
		.noff = 8, .nsize = 8,
		.type = -1,
		.ptr = &pt_x86_64_15_2_ptr,
	},
};

/* kh_response */
static const struct kh_pt_check pt_x86_64_16_0_chk = {
	.what = KH_PT_C_FLAGS,
	.flags_mask = (__u64)(KH_RESPONSE_FLAGS_ALL),
};
static const struct kh_pt_check pt_x86_64_16_3_chk = {
	.what = KH_PT_C_MAX,
	.max = KH_MAX_REASON,
};
static const struct kh_pt_ptr pt_x86_64_16_4_ptr = {
	.kind = KH_PT_P_STRING,
	.flags = KH_PT_P_NOTE_COUNT,
	.ref = 3,
	.sel = -1,
	.type = -1,
	.elem_kind = KH_PT_INT,
	.nsize = 1, .nalign = 1, .vsize = 1, .valign = 1,
	.note_flags = 0,
};
static const struct kh_pt_check pt_x86_64_16_6_chk = {
	.what = KH_PT_C_MAX,
	.max = KH_MAX_CHUNKS,
};
static const struct kh_pt_ptr pt_x86_64_16_7_ptr = {
	.kind = KH_PT_P_COUNT,
	.flags = KH_PT_P_NOTE_COUNT,
	.ref = 6,
	.sel = -1,
	.type = 8,	/* kh_data_chunk */
	.note_flags = 0,
};
static const struct kh_pt_check pt_x86_64_16_8_chk = {
	.what = KH_PT_C_MAX,
	.max = KH_MAX_INFO,
};
static const struct kh_pt_ptr pt_x86_64_16_9_ptr = {
	.kind = KH_PT_P_COUNT,
	.flags = KH_PT_P_NOTE_COUNT,
	.ref = 8,
	.sel = -1,
	.type = 15,	/* kh_response_info */
	.note_flags = 0,
};
static const struct kh_pt_member pt_x86_64_16[] = {
	{
		.name = "flags",
		.kind = KH_PT_INT,
		.flags = 0,
		.widen = KH_PT_W_NONE,
		.count = 1,
		.voff = 0, .vsize = 4,
		.noff = 0, .nsize = 4,
		.type = -1,
		.chk = &pt_x86_64_16_0_chk,
	},
	{
		.name = "version",
		.kind = KH_PT_RECORD,
		.flags = 0,
		.count = 1,
		.voff = 4, .vsize = 4,
		.noff = 4, .nsize = 4,
		.type = 0,	/* kh_http_version */
	},
	{
		.name = "status_code",
		.kind = KH_PT_INT,
		.flags = 0,
		.widen = KH_PT_W_NONE,
		.count = 1,
		.voff = 8, .vsize = 2,
		.noff = 8, .nsize = 2,
		.type = -1,
	},
	{
		.name = "reason_length",
		.kind = KH_PT_INT,
		.flags = 0,
		.widen = KH_PT_W_NONE,
		.count = 1,
		.voff = 10, .vsize = 2,
		.noff = 10, .nsize = 2,
		.type = -1,
		.chk = &pt_x86_64_16_3_chk,
	},
	{
		.name = "reason",
		.kind = KH_PT_PTR,
		.flags = KH_PT_F_HAS_PTRS,
		.count = 1,
		.voff = 16, .vsize = 8,
		.noff = 16, .nsize = 8,
		.type = -1,
		.ptr = &pt_x86_64_16_4_ptr,
	},
	{
		.name = "headers",
		.kind = KH_PT_RECORD,
		.flags = KH_PT_F_HAS_PTRS,
		.count = 1,
		.voff = 24, .vsize = 512,
		.noff = 24, .nsize = 512,
		.type = 7,	/* kh_response_headers */
	},
	{
		.name = "entity_chunk_count",
		.kind = KH_PT_INT,
		.flags = 0,
		.widen = KH_PT_W_NONE,
		.count = 1,
		.voff = 536, .vsize = 2,
		.noff = 536, .nsize = 2,
		.type = -1,
		.chk = &pt_x86_64_16_6_chk,
	},
	{
		.name = "entity_chunks",
		.kind = KH_PT_PTR,
		.flags = KH_PT_F_HAS_PTRS,
		.count = 1,
		.voff = 544, .vsize = 8,
		.noff = 544, .nsize = 8,
		.type = -1,
		.ptr = &pt_x86_64_16_7_ptr,
	},
	{
		.name = "response_info_count",
		.kind = KH_PT_INT,
		.flags = 0,
		.widen = KH_PT_W_NONE,
		.count = 1,
		.voff = 552, .vsize = 2,
		.noff = 552, .nsize = 2,
		.type = -1,
		.chk = &pt_x86_64_16_8_chk,
	},
	{
		.name = "response_info",
		.kind = KH_PT_PTR,
		.flags = KH_PT_F_HAS_PTRS,
		.count = 1,
		.voff = 560, .vsize = 8,
		.noff = 560, .nsize = 8,
		.type = -1,
		.ptr = &pt_x86_64_16_9_ptr,
	},
};

/* kh_cache_policy */
static const struct kh_pt_check pt_x86_64_17_0_chk = {
	.what = KH_PT_C_ENUM,
	.enum_vals = pt_enum_kh_cache_policy_type,
	.nenum = 3,
};
static const struct kh_pt_member pt_x86_64_17[] = {
	{
		.name = "policy",
		.kind = KH_PT_INT,
		.flags = 0,
		.widen = KH_PT_W_NONE,
		.count = 1,
		.voff = 0, .vsize = 4,
		.noff = 0, .nsize = 4,
		.type = -1,
		.chk = &pt_x86_64_17_0_chk,
	},
	{
		.name = "seconds_to_live",
		.kind = KH_PT_INT,
		.flags = 0,
		.widen = KH_PT_W_NONE,
		.count = 1,
		.voff = 4, .vsize = 4,
		.noff = 4, .nsize = 4,
		.type = -1,
	},
};

/* kh_log_data */
static const struct kh_pt_check pt_x86_64_18_0_chk = {
	.what = KH_PT_C_RESERVED,
};
static const struct kh_pt_check pt_x86_64_18_1_chk = {
	.what = KH_PT_C_MAX,
	.max = KH_MAX_LOG_FIELD,
};
static const struct kh_pt_check pt_x86_64_18_2_chk = {
	.what = KH_PT_C_MAX,
	.max = KH_MAX_LOG_FIELD,
};
static const struct kh_pt_ptr pt_x86_64_18_3_ptr = {
	.kind = KH_PT_P_STRING,
	.flags = KH_PT_P_NOTE_COUNT,
	.ref = 1,
	.sel = -1,
	.type = -1,
	.elem_kind = KH_PT_INT,
	.nsize = 1, .nalign = 1, .vsize = 1, .valign = 1,
	.note_flags = 0,
};
static const struct kh_pt_ptr pt_x86_64_18_4_ptr = {
	.kind = KH_PT_P_STRING,
	.flags = KH_PT_P_NOTE_COUNT,
	.ref = 2,
	.sel = -1,
	.type = -1,
	.elem_kind = KH_PT_INT,
	.nsize = 1, .nalign = 1, .vsize = 1, .valign = 1,
	.note_flags = 0,
};
static const struct kh_pt_member pt_x86_64_18[] = {
	{
		.name = "type",
		.kind = KH_PT_INT,
		.flags = 0,
		.widen = KH_PT_W_NONE,
		.count = 1,
		.voff = 0, .vsize = 4,
		.noff = 0, .nsize = 4,
		.type = -1,
		.chk = &pt_x86_64_18_0_chk,
	},
	{
		.name = "user_name_length",
		.kind = KH_PT_INT,
		.flags = 0,
		.widen = KH_PT_W_NONE,
		.count = 1,
		.voff = 4, .vsize = 2,
		.noff = 4, .nsize = 2,
		.type = -1,
		.chk = &pt_x86_64_18_1_chk,
	},
	{
		.name = "uri_query_length",
		.kind = KH_PT_INT,
		.flags = 0,
		.widen = KH_PT_W_NONE,
		.count = 1,
		.voff = 6, .vsize = 2,
		.noff = 6, .nsize = 2,
		.type = -1,
		.chk = &pt_x86_64_18_2_chk,
	},
	{
		.name = "user_name",
		.kind = KH_PT_PTR,
		.flags = KH_PT_F_HAS_PTRS,
		.count = 1,
		.voff = 8, .vsize = 8,
		.noff = 8, .nsize = 8,
		.type = -1,
		.ptr = &pt_x86_64_18_3_ptr,
	},
	{
		.name = "uri_query",
		.kind = KH_PT_PTR,
		.flags = KH_PT_F_HAS_PTRS,
		.count = 1,
		.voff = 16, .vsize = 8,
		.noff = 16, .nsize = 8,
		.type = -1,
		.ptr = &pt_x86_64_18_4_ptr,
	},
	{
		.name = "bytes_sent",
		.kind = KH_PT_INT,
		.flags = 0,
		.widen = KH_PT_W_NONE,
		.count = 1,
		.voff = 24, .vsize = 8,
		.noff = 24, .nsize = 8,
		.type = -1,
	},
	{
		.name = "bytes_received",
		.kind = KH_PT_INT,
		.flags = 0,
		.widen = KH_PT_W_NONE,
		.count = 1,
		.voff = 32, .vsize = 8,
		.noff = 32, .nsize = 8,
		.type = -1,
	},
	{
		.name = "time_taken_ms",
		.kind = KH_PT_INT,
		.flags = 0,
		.widen = KH_PT_W_NONE,
		.count = 1,
		.voff = 40, .vsize = 4,
		.noff = 40, .nsize = 4,
		.type = -1,
	},
	{
		.name = "protocol_status",
		.kind = KH_PT_INT,
		.flags = 0,
		.widen = KH_PT_W_NONE,
		.count = 1,
		.voff = 44, .vsize = 2,
		.noff = 44, .nsize = 2,
		.type = -1,
	},
	{
		.name = "sub_status",
		.kind = KH_PT_INT,
		.flags = 0,
		.widen = KH_PT_W_NONE,
		.count = 1,
		.voff = 46, .vsize = 2,
		.noff = 46, .nsize = 2,
		.type = -1,
	},
};

/* kh_version_args */
static const struct kh_pt_member pt_x86_64_19[] = {
	{
		.name = "major",
		.kind = KH_PT_INT,
		.flags = KH_PT_F_OUT,
		.widen = KH_PT_W_NONE,
		.count = 1,
		.voff = 0, .vsize = 4,
		.noff = 0, .nsize = 4,
		.type = -1,
	},
	{
		.name = "minor",
		.kind = KH_PT_INT,
		.flags = KH_PT_F_OUT,
		.widen = KH_PT_W_NONE,
		.count = 1,
		.voff = 4, .vsize = 4,
		.noff = 4, .nsize = 4,
		.type = -1,
	},
	{
		.name = "patch",
		.kind = KH_PT_INT,
		.flags = KH_PT_F_OUT,
		.widen = KH_PT_W_NONE,
		.count = 1,
		.voff = 8, .vsize = 4,
		.noff = 8, .nsize = 4,
		.type = -1,
	},
	{
		.name = "abi",
		.kind = KH_PT_INT,
		.flags = KH_PT_F_OUT,
		.widen = KH_PT_W_NONE,
		.count = 1,
		.voff = 12, .vsize = 4,
		.noff = 12, .nsize = 4,
		.type = -1,
	},
};

/* kh_queue_args */
static const struct kh_pt_check pt_x86_64_20_0_chk = {
	.what = KH_PT_C_FLAGS,
	.flags_mask = (__u64)(KH_QUEUE_FLAGS_ALL),
};
static const struct kh_pt_check pt_x86_64_20_1_chk = {
	.what = KH_PT_C_MAX,
	.max = KH_MAX_NAME,
};
static const struct kh_pt_ptr pt_x86_64_20_2_ptr = {
	.kind = KH_PT_P_STRING,
	.flags = KH_PT_P_NOTE_COUNT,
	.ref = 1,
	.sel = -1,
	.type = -1,
	.elem_kind = KH_PT_INT,
	.nsize = 1, .nalign = 1, .vsize = 1, .valign = 1,
	.note_flags = 0,
};
static const struct kh_pt_member pt_x86_64_20[] = {
	{
		.name = "flags",
		.kind = KH_PT_INT,
		.flags = 0,
		.widen = KH_PT_W_NONE,
		.count = 1,
		.voff = 0, .vsize = 4,
		.noff = 0, .nsize = 4,
		.type = -1,
		.chk = &pt_x86_64_20_0_chk,
	},
	{
		.name = "name_length",
		.kind = KH_PT_INT,
		.flags = 0,
		.widen = KH_PT_W_NONE,
		.count = 1,
		.voff = 4, .vsize = 4,
		.noff = 4, .nsize = 4,
		.type = -1,
		.chk = &pt_x86_64_20_1_chk,
	},
	{
		.name = "name",
		.kind = KH_PT_PTR,
		.flags = KH_PT_F_HAS_PTRS,
		.count = 1,
		.voff = 8, .vsize = 8,
		.noff = 8, .nsize = 8,
		.type = -1,
		.ptr = &pt_x86_64_20_2_ptr,
	},
	{
		.name = "queue_id",
		.kind = KH_PT_INT,
		.flags = KH_PT_F_OUT,
		.widen = KH_PT_W_NONE,
		.count = 1,
		.voff = 16, .vsize = 8,
		.noff = 16, .nsize = 8,
		.type = -1,
	},
};

/* kh_url_args */
static const struct kh_pt_check pt_x86_64_21_0_chk = {
	.what = KH_PT_C_RESERVED,
};
static const struct kh_pt_check pt_x86_64_21_2_chk = {
	.what = KH_PT_C_MAX,
	.max = KH_MAX_URL,
};
static const struct kh_pt_ptr pt_x86_64_21_3_ptr = {
	.kind = KH_PT_P_STRING,
	.flags = KH_PT_P_NOTE_COUNT,
	.ref = 2,
	.sel = -1,
	.type = -1,
	.elem_kind = KH_PT_INT,
	.nsize = 1, .nalign = 1, .vsize = 1, .valign = 1,
	.note_flags = 0,
};
static const struct kh_pt_member pt_x86_64_21[] = {
	{
		.name = "flags",
		.kind = KH_PT_INT,
		.flags = 0,
		.widen = KH_PT_W_NONE,
		.count = 1,
		.voff = 0, .vsize = 4,
		.noff = 0, .nsize = 4,
		.type = -1,
		.chk = &pt_x86_64_21_0_chk,
	},
	{
		.name = "url_context",
		.kind = KH_PT_INT,
		.flags = 0,
		.widen = KH_PT_W_NONE,
		.count = 1,
		.voff = 8, .vsize = 8,
		.noff = 8, .nsize = 8,
		.type = -1,
	},
	{
		.name = "url_length",
		.kind = KH_PT_INT,
		.flags = 0,
		.widen = KH_PT_W_NONE,
		.count = 1,
		.voff = 16, .vsize = 4,
		.noff = 16, .nsize = 4,
		.type = -1,
		.chk = &pt_x86_64_21_2_chk,
	},
	{
		.name = "url",
		.kind = KH_PT_PTR,
		.flags = KH_PT_F_HAS_PTRS,
		.count = 1,
		.voff = 24, .vsize = 8,
		.noff = 24, .nsize = 8,
		.type = -1,
		.ptr = &pt_x86_64_21_3_ptr,
	},
};

/* kh_receive_request_args */
static const struct kh_pt_check pt_x86_64_22_0_chk = {
	.what = KH_PT_C_FLAGS,
	.flags_mask = (__u64)(KH_RECEIVE_FLAGS_ALL),
};
static const struct kh_pt_ptr pt_x86_64_22_3_ptr = {
	.kind = KH_PT_P_EMIT,
	.flags = 0,
	.ref = 2,
	.sel = -1,
	.type = 12,	/* kh_request */
	.note_flags = 0,
};
static const struct kh_pt_member pt_x86_64_22[] = {
	{
		.name = "flags",
		.kind = KH_PT_INT,
		.flags = 0,
		.widen = KH_PT_W_NONE,
		.count = 1,
		.voff = 0, .vsize = 4,
		.noff = 0, .nsize = 4,
		.type = -1,
		.chk = &pt_x86_64_22_0_chk,
	},
	{
		.name = "request_id",
		.kind = KH_PT_INT,
		.flags = 0,
		.widen = KH_PT_W_NONE,
		.count = 1,
		.voff = 8, .vsize = 8,
		.noff = 8, .nsize = 8,
		.type = -1,
	},
	{
		.name = "buffer_length",
		.kind = KH_PT_INT,
		.flags = 0,
		.widen = KH_PT_W_NONE,
		.count = 1,
		.voff = 16, .vsize = 4,
		.noff = 16, .nsize = 4,
		.type = -1,
	},
	{
		.name = "buffer",
		.kind = KH_PT_PTR,
		.flags = KH_PT_F_HAS_PTRS,
		.count = 1,
		.voff = 24, .vsize = 8,
		.noff = 24, .nsize = 8,
		.type = -1,
		.ptr = &pt_x86_64_22_3_ptr,
	},
	{
		.name = "bytes_returned",
		.kind = KH_PT_INT,
		.flags = KH_PT_F_OUT,
		.widen = KH_PT_W_NONE,
		.count = 1,
		.voff = 32, .vsize = 4,
		.noff = 32, .nsize = 4,
		.type = -1,
	},
	{
		.name = "bytes_needed",
		.kind = KH_PT_INT,
		.flags = KH_PT_F_OUT,
		.widen = KH_PT_W_NONE,
		.count = 1,
		.voff = 36, .vsize = 4,
		.noff = 36, .nsize = 4,
		.type = -1,
	},
};

/* kh_receive_body_args */
static const struct kh_pt_check pt_x86_64_23_0_chk = {
	.what = KH_PT_C_FLAGS,
	.flags_mask = (__u64)(KH_RECEIVE_FLAGS_ALL),
};
static const struct kh_pt_ptr pt_x86_64_23_3_ptr = {
	.kind = KH_PT_P_BYTES,
	.flags = KH_PT_P_OUT | KH_PT_P_NOTE_COUNT,
	.ref = 2,
	.sel = -1,
	.type = -1,
	.elem_kind = KH_PT_INT,
	.nsize = 1, .nalign = 1, .vsize = 1, .valign = 1,
	.out_size = 1, .out_align = 1,
	.note_flags = KH_PTR_OUT,
};
static const struct kh_pt_member pt_x86_64_23[] = {
	{
		.name = "flags",
		.kind = KH_PT_INT,
		.flags = 0,
		.widen = KH_PT_W_NONE,
		.count = 1,
		.voff = 0, .vsize = 4,
		.noff = 0, .nsize = 4,
		.type = -1,
		.chk = &pt_x86_64_23_0_chk,
	},
	{
		.name = "request_id",
		.kind = KH_PT_INT,
		.flags = 0,
		.widen = KH_PT_W_NONE,
		.count = 1,
		.voff = 8, .vsize = 8,
		.noff = 8, .nsize = 8,
		.type = -1,
	},
	{
		.name = "buffer_length",
		.kind = KH_PT_INT,
		.flags = 0,
		.widen = KH_PT_W_NONE,
		.count = 1,
		.voff = 16, .vsize = 4,
		.noff = 16, .nsize = 4,
		.type = -1,
	},
	{
		.name = "buffer",
		.kind = KH_PT_PTR,
		.flags = KH_PT_F_OUT | KH_PT_F_HAS_PTRS,
		.count = 1,
		.voff = 24, .vsize = 8,
		.noff = 24, .nsize = 8,
		.type = -1,
		.ptr = &pt_x86_64_23_3_ptr,
	},
	{
		.name = "bytes_returned",
		.kind = KH_PT_INT,
		.flags = KH_PT_F_OUT,
		.widen = KH_PT_W_NONE,
		.count = 1,
		.voff = 32, .vsize = 4,
		.noff = 32, .nsize = 4,
		.type = -1,
	},
};

/* kh_send_response_args */
static const struct kh_pt_check pt_x86_64_24_0_chk = {
	.what = KH_PT_C_FLAGS,
	.flags_mask = (__u64)(KH_SEND_FLAGS_ALL),
};
static const struct kh_pt_ptr pt_x86_64_24_2_ptr = {
	.kind = KH_PT_P_PLAIN,
	.flags = 0,
	.ref = -1,
	.sel = -1,
	.type = 16,	/* kh_response */
	.note_flags = 0,
};
static const struct kh_pt_ptr pt_x86_64_24_3_ptr = {
	.kind = KH_PT_P_PLAIN,
	.flags = KH_PT_P_OPTIONAL,
	.ref = -1,
	.sel = -1,
	.type = 17,	/* kh_cache_policy */
	.note_flags = KH_PTR_OPTIONAL,
};
static const struct kh_pt_ptr pt_x86_64_24_4_ptr = {
	.kind = KH_PT_P_PLAIN,
	.flags = KH_PT_P_OPTIONAL,
	.ref = -1,
	.sel = -1,
	.type = 18,	/* kh_log_data */
	.note_flags = KH_PTR_OPTIONAL,
};
static const struct kh_pt_member pt_x86_64_24[] = {
	{
		.name = "flags",
		.kind = KH_PT_INT,
		.flags = 0,
		.widen = KH_PT_W_NONE,
		.count = 1,
		.voff = 0, .vsize = 4,
		.noff = 0, .nsize = 4,
		.type = -1,
		.chk = &pt_x86_64_24_0_chk,
	},
	{
		.name = "request_id",
		.kind = KH_PT_INT,
		.flags = 0,
		.widen = KH_PT_W_NONE,
		.count = 1,
		.voff = 8, .vsize = 8,
		.noff = 8, .nsize = 8,
		.type = -1,
	},
	{
		.name = "response",
		.kind = KH_PT_PTR,
		.flags = KH_PT_F_HAS_PTRS,
		.count = 1,
		.voff = 16, .vsize = 8,
		.noff = 16, .nsize = 8,
		.type = -1,
		.ptr = &pt_x86_64_24_2_ptr,
	},
	{
		.name = "cache_policy",
		.kind = KH_PT_PTR,
		.flags = KH_PT_F_HAS_PTRS,
		.count = 1,
		.voff = 24, .vsize = 8,
		.noff = 24, .nsize = 8,
		.type = -1,
		.ptr = &pt_x86_64_24_3_ptr,
	},
	{
		.name = "log_data",
		.kind = KH_PT_PTR,
		.flags = KH_PT_F_HAS_PTRS,
		.count = 1,
		.voff = 32, .vsize = 8,
		.noff = 32, .nsize = 8,
		.type = -1,
		.ptr = &pt_x86_64_24_4_ptr,
	},
	{
		.name = "bytes_sent",
		.kind = KH_PT_INT,
		.flags = KH_PT_F_OUT,
		.widen = KH_PT_W_NONE,
		.count = 1,
		.voff = 40, .vsize = 4,
		.noff = 40, .nsize = 4,
		.type = -1,
	},
};

/* kh_send_body_args */
static const struct kh_pt_check pt_x86_64_25_0_chk = {
	.what = KH_PT_C_FLAGS,
	.flags_mask = (__u64)(KH_SEND_FLAGS_ALL),
};
static const struct kh_pt_check pt_x86_64_25_2_chk = {
	.what = KH_PT_C_MAX,
	.max = KH_MAX_CHUNKS,
};
static const struct kh_pt_ptr pt_x86_64_25_3_ptr = {
	.kind = KH_PT_P_COUNT,
	.flags = KH_PT_P_NOTE_COUNT,
	.ref = 2,
	.sel = -1,
	.type = 8,	/* kh_data_chunk */
	.note_flags = 0,
};
static const struct kh_pt_ptr pt_x86_64_25_4_ptr = {
	.kind = KH_PT_P_PLAIN,
	.flags = KH_PT_P_OPTIONAL,
	.ref = -1,
	.sel = -1,
	.type = 18,	/* kh_log_data */
	.note_flags = KH_PTR_OPTIONAL,
};
static const struct kh_pt_member pt_x86_64_25[] = {
	{
		.name = "flags",
		.kind = KH_PT_INT,
		.flags = 0,
		.widen = KH_PT_W_NONE,
		.count = 1,
		.voff = 0, .vsize = 4,
		.noff = 0, .nsize = 4,
		.type = -1,
		.chk = &pt_x86_64_25_0_chk,
	},
	{
		.name = "request_id",
		.kind = KH_PT_INT,
		.flags = 0,
		.widen = KH_PT_W_NONE,
		.count = 1,
		.voff = 8, .vsize = 8,
		.noff = 8, .nsize = 8,
		.type = -1,
	},
	{
		.name = "chunk_count",
		.kind = KH_PT_INT,
		.flags = 0,
		.widen = KH_PT_W_NONE,
		.count = 1,
		.voff = 16, .vsize = 2,
		.noff = 16, .nsize = 2,
		.type = -1,
		.chk = &pt_x86_64_25_2_chk,
	},
	{
		.name = "chunks",
		.kind = KH_PT_PTR,
		.flags = KH_PT_F_HAS_PTRS,
		.count = 1,
		.voff = 24, .vsize = 8,
		.noff = 24, .nsize = 8,
		.type = -1,
		.ptr = &pt_x86_64_25_3_ptr,
	},
	{
		.name = "log_data",
		.kind = KH_PT_PTR,
		.flags = KH_PT_F_HAS_PTRS,
		.count = 1,
		.voff = 32, .vsize = 8,
		.noff = 32, .nsize = 8,
		.type = -1,
		.ptr = &pt_x86_64_25_4_ptr,
	},
	{
		.name = "bytes_sent",
		.kind = KH_PT_INT,
		.flags = KH_PT_F_OUT,
		.widen = KH_PT_W_NONE,
		.count = 1,
		.voff = 40, .vsize = 4,
		.noff = 40, .nsize = 4,
		.type = -1,
	},
};

/* kh_cancel_args */
static const struct kh_pt_check pt_x86_64_26_0_chk = {
	.what = KH_PT_C_RESERVED,
};
static const struct kh_pt_member pt_x86_64_26[] = {
	{
		.name = "flags",
		.kind = KH_PT_INT,
		.flags = 0,
		.widen = KH_PT_W_NONE,
		.count = 1,
		.voff = 0, .vsize = 4,
		.noff = 0, .nsize = 4,
		.type = -1,
		.chk = &pt_x86_64_26_0_chk,
	},
	{
		.name = "request_id",
		.kind = KH_PT_INT,
		.flags = 0,
		.widen = KH_PT_W_NONE,
		.count = 1,
		.voff = 8, .vsize = 8,
		.noff = 8, .nsize = 8,
		.type = -1,
	},
};

/* kh_wait_disconnect_args */
static const struct kh_pt_check pt_x86_64_27_0_chk = {
	.what = KH_PT_C_RESERVED,
};
static const struct kh_pt_member pt_x86_64_27[] = {
	{
		.name = "flags",
		.kind = KH_PT_INT,
		.flags = 0,
		.widen = KH_PT_W_NONE,
		.count = 1,
		.voff = 0, .vsize = 4,
		.noff = 0, .nsize = 4,
		.type = -1,
		.chk = &pt_x86_64_27_0_chk,
	},
	{
		.name = "connection_id",
		.kind = KH_PT_INT,
		.flags = 0,
		.widen = KH_PT_W_NONE,
		.count = 1,
		.voff = 8, .vsize = 8,
		.noff = 8, .nsize = 8,
		.type = -1,
	},
};

/* kh_flush_cache_args */
static const struct kh_pt_check pt_x86_64_28_0_chk = {
	.what = KH_PT_C_RESERVED,
};
static const struct kh_pt_check pt_x86_64_28_1_chk = {
	.what = KH_PT_C_MAX,
	.max = KH_MAX_URL,
};
static const struct kh_pt_ptr pt_x86_64_28_2_ptr = {
	.kind = KH_PT_P_STRING,
	.flags = KH_PT_P_NOTE_COUNT,
	.ref = 1,
	.sel = -1,
	.type = -1,
	.elem_kind = KH_PT_INT,
	.nsize = 1, .nalign = 1, .vsize = 1, .valign = 1,
	.note_flags = 0,
};
static const struct kh_pt_member pt_x86_64_28[] = {
	{
		.name = "flags",
		.kind = KH_PT_INT,
		.flags = 0,
		.widen = KH_PT_W_NONE,
		.count = 1,
		.voff = 0, .vsize = 4,
		.noff = 0, .nsize = 4,
		.type = -1,
		.chk = &pt_x86_64_28_0_chk,
	},
	{
		.name = "url_length",
		.kind = KH_PT_INT,
		.flags = 0,
		.widen = KH_PT_W_NONE,
		.count = 1,
		.voff = 4, .vsize = 4,
		.noff = 4, .nsize = 4,
		.type = -1,
		.chk = &pt_x86_64_28_1_chk,
	},
	{
		.name = "url",
		.kind = KH_PT_PTR,
		.flags = KH_PT_F_HAS_PTRS,
		.count = 1,
		.voff = 8, .vsize = 8,
		.noff = 8, .nsize = 8,
		.type = -1,
		.ptr = &pt_x86_64_28_2_ptr,
	},
};

/* kh_stats_args */
static const struct kh_pt_check pt_x86_64_29_0_chk = {
	.what = KH_PT_C_FLAGS,
	.flags_mask = (__u64)(KH_STATS_FLAGS_ALL),
};
static const struct kh_pt_check pt_x86_64_29_1_chk = {
	.what = KH_PT_C_MAX,
	.max = KH_MAX_COUNTERS,
};
static const struct kh_pt_ptr pt_x86_64_29_2_ptr = {
	.kind = KH_PT_P_COUNT,
	.flags = KH_PT_P_OUT | KH_PT_P_NOTE_COUNT,
	.ref = 1,
	.sel = -1,
	.type = -1,
	.elem_kind = KH_PT_INT,
	.elem_widen = KH_PT_W_NONE,
	.nsize = sizeof(__u64), .nalign = _Alignof(__u64),
	.vsize = sizeof(__u64), .valign = _Alignof(__u64),
	.out_size = sizeof(__u64), .out_align = _Alignof(__u64),
	.note_flags = KH_PTR_OUT,
};
static const struct kh_pt_member pt_x86_64_29[] = {
	{
		.name = "flags",
		.kind = KH_PT_INT,
		.flags = 0,
		.widen = KH_PT_W_NONE,
		.count = 1,
		.voff = 0, .vsize = 4,
		.noff = 0, .nsize = 4,
		.type = -1,
		.chk = &pt_x86_64_29_0_chk,
	},
	{
		.name = "counter_count",
		.kind = KH_PT_INT,
		.flags = 0,
		.widen = KH_PT_W_NONE,
		.count = 1,
		.voff = 4, .vsize = 4,
		.noff = 4, .nsize = 4,
		.type = -1,
		.chk = &pt_x86_64_29_1_chk,
	},
	{
		.name = "counters",
		.kind = KH_PT_PTR,
		.flags = KH_PT_F_OUT | KH_PT_F_HAS_PTRS,
		.count = 1,
		.voff = 8, .vsize = 8,
		.noff = 8, .nsize = 8,
		.type = -1,
		.ptr = &pt_x86_64_29_2_ptr,
	},
	{
		.name = "counters_returned",
		.kind = KH_PT_INT,
		.flags = KH_PT_F_OUT,
		.widen = KH_PT_W_NONE,
		.count = 1,
		.voff = 16, .vsize = 4,
		.noff = 16, .nsize = 4,
		.type = -1,
	},
};

/* kh_limits_args */
static const struct kh_pt_check pt_x86_64_30_0_chk = {
	.what = KH_PT_C_FLAGS,
	.flags_mask = (__u64)(KH_LIMITS_ALL),
};
static const struct kh_pt_member pt_x86_64_30[] = {
	{
		.name = "mask",
		.kind = KH_PT_INT,
		.flags = 0,
		.widen = KH_PT_W_NONE,
		.count = 1,
		.voff = 0, .vsize = 4,
		.noff = 0, .nsize = 4,
		.type = -1,
		.chk = &pt_x86_64_30_0_chk,
	},
	{
		.name = "max_connections",
		.kind = KH_PT_INT,
		.flags = 0,
		.widen = KH_PT_W_NONE,
		.count = 1,
		.voff = 4, .vsize = 4,
		.noff = 4, .nsize = 4,
		.type = -1,
	},
	{
		.name = "queue_length",
		.kind = KH_PT_INT,
		.flags = 0,
		.widen = KH_PT_W_NONE,
		.count = 1,
		.voff = 8, .vsize = 4,
		.noff = 8, .nsize = 4,
		.type = -1,
	},
	{
		.name = "max_header_bytes",
		.kind = KH_PT_INT,
		.flags = 0,
		.widen = KH_PT_W_NONE,
		.count = 1,
		.voff = 12, .vsize = 4,
		.noff = 12, .nsize = 4,
		.type = -1,
	},
	{
		.name = "max_body_bytes",
		.kind = KH_PT_INT,
		.flags = 0,
		.widen = KH_PT_W_NONE,
		.count = 1,
		.voff = 16, .vsize = 8,
		.noff = 16, .nsize = 8,
		.type = -1,
	},
	{
		.name = "idle_timeout_ms",
		.kind = KH_PT_INT,
		.flags = 0,
		.widen = KH_PT_W_NONE,
		.count = 1,
		.voff = 24, .vsize = 4,
		.noff = 24, .nsize = 4,
		.type = -1,
	},
	{
		.name = "header_timeout_ms",
		.kind = KH_PT_INT,
		.flags = 0,
		.widen = KH_PT_W_NONE,
		.count = 1,
		.voff = 28, .vsize = 4,
		.noff = 28, .nsize = 4,
		.type = -1,
	},
};

/* kh_admin_entry */
static const struct kh_pt_check pt_x86_64_31_0_chk = {
	.what = KH_PT_C_ENUM,
	.enum_vals = pt_enum_kh_admin_kind,
	.nenum = 7,
};
static const struct kh_pt_member pt_x86_64_31[] = {
	{
		.name = "kind",
		.kind = KH_PT_INT,
		.flags = 0,
		.widen = KH_PT_W_NONE,
		.count = 1,
		.voff = 0, .vsize = 4,
		.noff = 0, .nsize = 4,
		.type = -1,
		.chk = &pt_x86_64_31_0_chk,
	},
	{
		.name = "abi",
		.kind = KH_PT_INT,
		.flags = 0,
		.widen = KH_PT_W_NONE,
		.count = 1,
		.voff = 4, .vsize = 4,
		.noff = 4, .nsize = 4,
		.type = -1,
	},
	{
		.name = "id",
		.kind = KH_PT_INT,
		.flags = 0,
		.widen = KH_PT_W_NONE,
		.count = 1,
		.voff = 8, .vsize = 8,
		.noff = 8, .nsize = 8,
		.type = -1,
	},
	{
		.name = "queue_id",
		.kind = KH_PT_INT,
		.flags = 0,
		.widen = KH_PT_W_NONE,
		.count = 1,
		.voff = 16, .vsize = 8,
		.noff = 16, .nsize = 8,
		.type = -1,
	},
	{
		.name = "pid",
		.kind = KH_PT_INT,
		.flags = 0,
		.widen = KH_PT_W_NONE,
		.count = 1,
		.voff = 24, .vsize = 4,
		.noff = 24, .nsize = 4,
		.type = -1,
	},
	{
		.name = "port",
		.kind = KH_PT_INT,
		.flags = 0,
		.widen = KH_PT_W_NONE,
		.count = 1,
		.voff = 28, .vsize = 4,
		.noff = 28, .nsize = 4,
		.type = -1,
	},
	{
		.name = "value",
		.kind = KH_PT_INT,
		.flags = KH_PT_F_ARRAY,
		.widen = KH_PT_W_NONE,
		.count = 3,
		.voff = 32, .vsize = 8,
		.noff = 32, .nsize = 8,
		.type = -1,
	},
	{
		.name = "name",
		.kind = KH_PT_INT,
		.flags = KH_PT_F_ARRAY | KH_PT_F_CAP_COPY | KH_PT_F_EMIT_COPY | KH_PT_F_SIGNED,
		.widen = KH_PT_W_NONE,
		.count = 240,
		.voff = 56, .vsize = 1,
		.noff = 56, .nsize = 1,
		.type = -1,
	},
};

/* kh_admin_list_args */
static const struct kh_pt_check pt_x86_64_32_0_chk = {
	.what = KH_PT_C_ENUM,
	.enum_vals = pt_enum_kh_admin_kind,
	.nenum = 7,
};
static const struct kh_pt_check pt_x86_64_32_1_chk = {
	.what = KH_PT_C_RESERVED,
};
static const struct kh_pt_check pt_x86_64_32_3_chk = {
	.what = KH_PT_C_MAX,
	.max = KH_MAX_ADMIN_ENTRIES,
};
static const struct kh_pt_ptr pt_x86_64_32_4_ptr = {
	.kind = KH_PT_P_COUNT,
	.flags = KH_PT_P_OUT | KH_PT_P_NOTE_COUNT,
	.ref = 3,
	.sel = -1,
	.type = 31,	/* kh_admin_entry */
	.out_size = sizeof(struct kh_admin_entry), .out_align = _Alignof(struct kh_admin_entry),
	.note_flags = KH_PTR_OUT,
};
static const struct kh_pt_member pt_x86_64_32[] = {
	{
		.name = "kind",
		.kind = KH_PT_INT,
		.flags = 0,
		.widen = KH_PT_W_NONE,
		.count = 1,
		.voff = 0, .vsize = 4,
		.noff = 0, .nsize = 4,
		.type = -1,
		.chk = &pt_x86_64_32_0_chk,
	},
	{
		.name = "flags",
		.kind = KH_PT_INT,
		.flags = 0,
		.widen = KH_PT_W_NONE,
		.count = 1,
		.voff = 4, .vsize = 4,
		.noff = 4, .nsize = 4,
		.type = -1,
		.chk = &pt_x86_64_32_1_chk,
	},
	{
		.name = "start",
		.kind = KH_PT_INT,
		.flags = 0,
		.widen = KH_PT_W_NONE,
		.count = 1,
		.voff = 8, .vsize = 4,
		.noff = 8, .nsize = 4,
		.type = -1,
	},
	{
		.name = "entry_count",
		.kind = KH_PT_INT,
		.flags = 0,
		.widen = KH_PT_W_NONE,
		.count = 1,
		.voff = 12, .vsize = 4,
		.noff = 12, .nsize = 4,
		.type = -1,
		.chk = &pt_x86_64_32_3_chk,
	},
	{
		.name = "entries",
		.kind = KH_PT_PTR,
		.flags = KH_PT_F_OUT | KH_PT_F_HAS_PTRS,
		.count = 1,
		.voff = 16, .vsize = 8,
		.noff = 16, .nsize = 8,
		.type = -1,
		.ptr = &pt_x86_64_32_4_ptr,
	},
	{
		.name = "entries_returned",
		.kind = KH_PT_INT,
		.flags = KH_PT_F_OUT,
		.widen = KH_PT_W_NONE,
		.count = 1,
		.voff = 24, .vsize = 4,
		.noff = 24, .nsize = 4,
		.type = -1,
	},
	{
		.name = "entries_total",
		.kind = KH_PT_INT,
		.flags = KH_PT_F_OUT,
		.widen = KH_PT_W_NONE,
		.count = 1,
		.voff = 28, .vsize = 4,
		.noff = 28, .nsize = 4,
		.type = -1,
	},
};

/* kh_queue_access_args */
static const struct kh_pt_check pt_x86_64_33_0_chk = {
	.what = KH_PT_C_FLAGS,
	.flags_mask = (__u64)(KH_QUEUE_ACCESS_ALL),
};
static const struct kh_pt_check pt_x86_64_33_1_chk = {
	.what = KH_PT_C_MAX,
	.max = KH_MAX_ACCESS_IDS,
};
static const struct kh_pt_check pt_x86_64_33_2_chk = {
	.what = KH_PT_C_MAX,
	.max = KH_MAX_ACCESS_IDS,
};
static const struct kh_pt_ptr pt_x86_64_33_3_ptr = {
	.kind = KH_PT_P_COUNT,
	.flags = KH_PT_P_NOTE_COUNT,
	.ref = 1,
	.sel = -1,
	.type = -1,
	.elem_kind = KH_PT_INT,
	.elem_widen = KH_PT_W_NONE,
	.nsize = sizeof(__u32), .nalign = _Alignof(__u32),
	.vsize = sizeof(__u32), .valign = _Alignof(__u32),
	.note_flags = 0,
};
static const struct kh_pt_ptr pt_x86_64_33_4_ptr = {
	.kind = KH_PT_P_COUNT,
	.flags = KH_PT_P_NOTE_COUNT,
	.ref = 2,
	.sel = -1,
	.type = -1,
	.elem_kind = KH_PT_INT,
	.elem_widen = KH_PT_W_NONE,
	.nsize = sizeof(__u32), .nalign = _Alignof(__u32),
	.vsize = sizeof(__u32), .valign = _Alignof(__u32),
	.note_flags = 0,
};
static const struct kh_pt_member pt_x86_64_33[] = {
	{
		.name = "mode",
		.kind = KH_PT_INT,
		.flags = 0,
		.widen = KH_PT_W_NONE,
		.count = 1,
		.voff = 0, .vsize = 4,
		.noff = 0, .nsize = 4,
		.type = -1,
		.chk = &pt_x86_64_33_0_chk,
	},
	{
		.name = "uid_count",
		.kind = KH_PT_INT,
		.flags = 0,
		.widen = KH_PT_W_NONE,
		.count = 1,
		.voff = 4, .vsize = 2,
		.noff = 4, .nsize = 2,
		.type = -1,
		.chk = &pt_x86_64_33_1_chk,
	},
	{
		.name = "gid_count",
		.kind = KH_PT_INT,
		.flags = 0,
		.widen = KH_PT_W_NONE,
		.count = 1,
		.voff = 6, .vsize = 2,
		.noff = 6, .nsize = 2,
		.type = -1,
		.chk = &pt_x86_64_33_2_chk,
	},
	{
		.name = "uids",
		.kind = KH_PT_PTR,
		.flags = KH_PT_F_HAS_PTRS,
		.count = 1,
		.voff = 8, .vsize = 8,
		.noff = 8, .nsize = 8,
		.type = -1,
		.ptr = &pt_x86_64_33_3_ptr,
	},
	{
		.name = "gids",
		.kind = KH_PT_PTR,
		.flags = KH_PT_F_HAS_PTRS,
		.count = 1,
		.voff = 16, .vsize = 8,
		.noff = 16, .nsize = 8,
		.type = -1,
		.ptr = &pt_x86_64_33_4_ptr,
	},
};

/* kh_reservation_args */
static const struct kh_pt_check pt_x86_64_34_0_chk = {
	.what = KH_PT_C_FLAGS,
	.flags_mask = (__u64)(KH_RESERVE_FLAGS_ALL),
};
static const struct kh_pt_check pt_x86_64_34_3_chk = {
	.what = KH_PT_C_MAX,
	.max = KH_MAX_URL,
};
static const struct kh_pt_ptr pt_x86_64_34_4_ptr = {
	.kind = KH_PT_P_STRING,
	.flags = KH_PT_P_NOTE_COUNT,
	.ref = 3,
	.sel = -1,
	.type = -1,
	.elem_kind = KH_PT_INT,
	.nsize = 1, .nalign = 1, .vsize = 1, .valign = 1,
	.note_flags = 0,
};
static const struct kh_pt_member pt_x86_64_34[] = {
	{
		.name = "flags",
		.kind = KH_PT_INT,
		.flags = 0,
		.widen = KH_PT_W_NONE,
		.count = 1,
		.voff = 0, .vsize = 4,
		.noff = 0, .nsize = 4,
		.type = -1,
		.chk = &pt_x86_64_34_0_chk,
	},
	{
		.name = "uid",
		.kind = KH_PT_INT,
		.flags = 0,
		.widen = KH_PT_W_NONE,
		.count = 1,
		.voff = 4, .vsize = 4,
		.noff = 4, .nsize = 4,
		.type = -1,
	},
	{
		.name = "gid",
		.kind = KH_PT_INT,
		.flags = 0,
		.widen = KH_PT_W_NONE,
		.count = 1,
		.voff = 8, .vsize = 4,
		.noff = 8, .nsize = 4,
		.type = -1,
	},
	{
		.name = "url_length",
		.kind = KH_PT_INT,
		.flags = 0,
		.widen = KH_PT_W_NONE,
		.count = 1,
		.voff = 12, .vsize = 4,
		.noff = 12, .nsize = 4,
		.type = -1,
		.chk = &pt_x86_64_34_3_chk,
	},
	{
		.name = "url",
		.kind = KH_PT_PTR,
		.flags = KH_PT_F_HAS_PTRS,
		.count = 1,
		.voff = 16, .vsize = 8,
		.noff = 16, .nsize = 8,
		.type = -1,
		.ptr = &pt_x86_64_34_4_ptr,
	},
};

/* kh_data_chunk.u */
static const struct kh_pt_member pt_x86_64_35[] = {
	{
		.name = "memory",
		.kind = KH_PT_RECORD,
		.flags = KH_PT_F_HAS_PTRS,
		.count = 1,
		.voff = 0, .vsize = 16,
		.noff = 0, .nsize = 16,
		.type = 36,	/* kh_data_chunk.1.memory */
		.has_when = 1,
		.when = KH_CHUNK_FROM_MEMORY,
	},
	{
		.name = "file",
		.kind = KH_PT_RECORD,
		.flags = 0,
		.count = 1,
		.voff = 0, .vsize = 24,
		.noff = 0, .nsize = 24,
		.type = 37,	/* kh_data_chunk.1.file */
		.has_when = 1,
		.when = KH_CHUNK_FROM_FILE,
	},
	{
		.name = "fragment",
		.kind = KH_PT_RECORD,
		.flags = KH_PT_F_HAS_PTRS,
		.count = 1,
		.voff = 0, .vsize = 16,
		.noff = 0, .nsize = 16,
		.type = 38,	/* kh_data_chunk.1.fragment */
		.has_when = 1,
		.when = KH_CHUNK_FROM_FRAGMENT_CACHE,
	},
};

/* kh_data_chunk.1.memory */
static const struct kh_pt_ptr pt_x86_64_36_0_ptr = {
	.kind = KH_PT_P_BYTES,
	.flags = KH_PT_P_NOTE_COUNT,
	.ref = 1,
	.sel = -1,
	.type = -1,
	.elem_kind = KH_PT_INT,
	.nsize = 1, .nalign = 1, .vsize = 1, .valign = 1,
	.note_flags = 0,
};
static const struct kh_pt_member pt_x86_64_36[] = {
	{
		.name = "buffer",
		.kind = KH_PT_PTR,
		.flags = KH_PT_F_HAS_PTRS,
		.count = 1,
		.voff = 0, .vsize = 8,
		.noff = 0, .nsize = 8,
		.type = -1,
		.ptr = &pt_x86_64_36_0_ptr,
	},
	{
		.name = "length",
		.kind = KH_PT_INT,
		.flags = 0,
		.widen = KH_PT_W_NONE,
		.count = 1,
		.voff = 8, .vsize = 4,
		.noff = 8, .nsize = 4,
		.type = -1,
	},
};

/* kh_data_chunk.1.file */
static const struct kh_pt_check pt_x86_64_37_1_chk = {
	.what = 0,
	.neg_err = -EBADF,
};
static const struct kh_pt_member pt_x86_64_37[] = {
	{
		.name = "range",
		.kind = KH_PT_RECORD,
		.flags = 0,
		.count = 1,
		.voff = 0, .vsize = 16,
		.noff = 0, .nsize = 16,
		.type = 1,	/* kh_byte_range */
	},
	{
		.name = "fd",
		.kind = KH_PT_INT,
		.flags = KH_PT_F_SIGNED,
		.widen = KH_PT_W_NONE,
		.count = 1,
		.voff = 16, .vsize = 4,
		.noff = 16, .nsize = 4,
		.type = -1,
		.chk = &pt_x86_64_37_1_chk,
	},
};

/* kh_data_chunk.1.fragment */
static const struct kh_pt_check pt_x86_64_38_0_chk = {
	.what = KH_PT_C_MAX,
	.max = KH_MAX_FRAGMENT_NAME,
};
static const struct kh_pt_ptr pt_x86_64_38_1_ptr = {
	.kind = KH_PT_P_STRING,
	.flags = KH_PT_P_NOTE_COUNT,
	.ref = 0,
	.sel = -1,
	.type = -1,
	.elem_kind = KH_PT_INT,
	.nsize = 1, .nalign = 1, .vsize = 1, .valign = 1,
	.note_flags = 0,
};
static const struct kh_pt_member pt_x86_64_38[] = {
	{
		.name = "name_length",
		.kind = KH_PT_INT,
		.flags = 0,
		.widen = KH_PT_W_NONE,
		.count = 1,
		.voff = 0, .vsize = 2,
		.noff = 0, .nsize = 2,
		.type = -1,
		.chk = &pt_x86_64_38_0_chk,
	},
	{
		.name = "name",
		.kind = KH_PT_PTR,
		.flags = KH_PT_F_HAS_PTRS,
		.count = 1,
		.voff = 8, .vsize = 8,
		.noff = 8, .nsize = 8,
		.type = -1,
		.ptr = &pt_x86_64_38_1_ptr,
	},
};

static const struct kh_pt_record pt_x86_64[] = {
	[0] = {
		.name = "kh_http_version",
		.is_union = 0,
		.anonymous = 0,
		.has_ptrs = 0,
		.vsize = sizeof(struct kh_http_version), .valign = _Alignof(struct kh_http_version),
		.nsize = sizeof(struct kh_http_version), .nalign = _Alignof(struct kh_http_version),
		.m = pt_x86_64_0,
		.nm = 2,
	},
	[1] = {
		.name = "kh_byte_range",
		.is_union = 0,
		.anonymous = 0,
		.has_ptrs = 0,
		.vsize = sizeof(struct kh_byte_range), .valign = _Alignof(struct kh_byte_range),
		.nsize = sizeof(struct kh_byte_range), .nalign = _Alignof(struct kh_byte_range),
		.m = pt_x86_64_1,
		.nm = 2,
	},
	[2] = {
		.name = "kh_known_header",
		.is_union = 0,
		.anonymous = 0,
		.has_ptrs = 1,
		.vsize = sizeof(struct kh_known_header), .valign = _Alignof(struct kh_known_header),
		.nsize = sizeof(struct kh_known_header), .nalign = _Alignof(struct kh_known_header),
		.m = pt_x86_64_2,
		.nm = 2,
	},
	[3] = {
		.name = "kh_unknown_header",
		.is_union = 0,
		.anonymous = 0,
		.has_ptrs = 1,
		.vsize = sizeof(struct kh_unknown_header), .valign = _Alignof(struct kh_unknown_header),
		.nsize = sizeof(struct kh_unknown_header), .nalign = _Alignof(struct kh_unknown_header),
		.m = pt_x86_64_3,
		.nm = 4,
	},
	[4] = {
		.name = "kh_cooked_url",
		.is_union = 0,
		.anonymous = 0,
		.has_ptrs = 1,
		.vsize = sizeof(struct kh_cooked_url), .valign = _Alignof(struct kh_cooked_url),
		.nsize = sizeof(struct kh_cooked_url), .nalign = _Alignof(struct kh_cooked_url),
		.m = pt_x86_64_4,
		.nm = 8,
	},
	[5] = {
		.name = "kh_transport_address",
		.is_union = 0,
		.anonymous = 0,
		.has_ptrs = 1,
		.vsize = sizeof(struct kh_transport_address), .valign = _Alignof(struct kh_transport_address),
		.nsize = sizeof(struct kh_transport_address), .nalign = _Alignof(struct kh_transport_address),
		.m = pt_x86_64_5,
		.nm = 2,
	},
	[6] = {
		.name = "kh_request_headers",
		.is_union = 0,
		.anonymous = 0,
		.has_ptrs = 1,
		.vsize = sizeof(struct kh_request_headers), .valign = _Alignof(struct kh_request_headers),
		.nsize = sizeof(struct kh_request_headers), .nalign = _Alignof(struct kh_request_headers),
		.m = pt_x86_64_6,
		.nm = 5,
	},
	[7] = {
		.name = "kh_response_headers",
		.is_union = 0,
		.anonymous = 0,
		.has_ptrs = 1,
		.vsize = sizeof(struct kh_response_headers), .valign = _Alignof(struct kh_response_headers),
		.nsize = sizeof(struct kh_response_headers), .nalign = _Alignof(struct kh_response_headers),
		.m = pt_x86_64_7,
		.nm = 5,
	},
	[8] = {
		.name = "kh_data_chunk",
		.is_union = 0,
		.anonymous = 0,
		.has_ptrs = 1,
		.vsize = sizeof(struct kh_data_chunk), .valign = _Alignof(struct kh_data_chunk),
		.nsize = sizeof(struct kh_data_chunk), .nalign = _Alignof(struct kh_data_chunk),
		.m = pt_x86_64_8,
		.nm = 2,
	},
	[9] = {
		.name = "kh_request_timing",
		.is_union = 0,
		.anonymous = 0,
		.has_ptrs = 0,
		.vsize = sizeof(struct kh_request_timing), .valign = _Alignof(struct kh_request_timing),
		.nsize = sizeof(struct kh_request_timing), .nalign = _Alignof(struct kh_request_timing),
		.m = pt_x86_64_9,
		.nm = 3,
	},
	[10] = {
		.name = "kh_request_tcp",
		.is_union = 0,
		.anonymous = 0,
		.has_ptrs = 0,
		.vsize = sizeof(struct kh_request_tcp), .valign = _Alignof(struct kh_request_tcp),
		.nsize = sizeof(struct kh_request_tcp), .nalign = _Alignof(struct kh_request_tcp),
		.m = pt_x86_64_10,
		.nm = 3,
	},
	[11] = {
		.name = "kh_request_info",
		.is_union = 0,
		.anonymous = 0,
		.has_ptrs = 1,
		.vsize = sizeof(struct kh_request_info), .valign = _Alignof(struct kh_request_info),
		.nsize = sizeof(struct kh_request_info), .nalign = _Alignof(struct kh_request_info),
		.m = pt_x86_64_11,
		.nm = 3,
	},
	[12] = {
		.name = "kh_request",
		.is_union = 0,
		.anonymous = 0,
		.has_ptrs = 1,
		.vsize = sizeof(struct kh_request), .valign = _Alignof(struct kh_request),
		.nsize = sizeof(struct kh_request), .nalign = _Alignof(struct kh_request),
		.m = pt_x86_64_12,
		.nm = 19,
	},
	[13] = {
		.name = "kh_multiple_known_headers",
		.is_union = 0,
		.anonymous = 0,
		.has_ptrs = 1,
		.vsize = sizeof(struct kh_multiple_known_headers), .valign = _Alignof(struct kh_multiple_known_headers),
		.nsize = sizeof(struct kh_multiple_known_headers), .nalign = _Alignof(struct kh_multiple_known_headers),
		.m = pt_x86_64_13,
		.nm = 4,
	},
	[14] = {
		.name = "kh_cache_key",
		.is_union = 0,
		.anonymous = 0,
		.has_ptrs = 1,
		.vsize = sizeof(struct kh_cache_key), .valign = _Alignof(struct kh_cache_key),
		.nsize = sizeof(struct kh_cache_key), .nalign = _Alignof(struct kh_cache_key),
		.m = pt_x86_64_14,
		.nm = 2,
	},
	[15] = {
		.name = "kh_response_info",
		.is_union = 0,
		.anonymous = 0,
		.has_ptrs = 1,
		.vsize = sizeof(struct kh_response_info), .valign = _Alignof(struct kh_response_info),
		.nsize = sizeof(struct kh_response_info), .nalign = _Alignof(struct kh_response_info),
		.m = pt_x86_64_15,
		.nm = 3,
	},
	[16] = {
		.name = "kh_response",
		.is_union = 0,
		.anonymous = 0,
		.has_ptrs = 1,
		.vsize = sizeof(struct kh_response), .valign = _Alignof(struct kh_response),
		.nsize = sizeof(struct kh_response), .nalign = _Alignof(struct kh_response),
		.m = pt_x86_64_16,
		.nm = 10,
	},
	[17] = {
		.name = "kh_cache_policy",
		.is_union = 0,
		.anonymous = 0,
		.has_ptrs = 0,
		.vsize = sizeof(struct kh_cache_policy), .valign = _Alignof(struct kh_cache_policy),
		.nsize = sizeof(struct kh_cache_policy), .nalign = _Alignof(struct kh_cache_policy),
		.m = pt_x86_64_17,
		.nm = 2,
	},
	[18] = {
		.name = "kh_log_data",
		.is_union = 0,
		.anonymous = 0,
		.has_ptrs = 1,
		.vsize = sizeof(struct kh_log_data), .valign = _Alignof(struct kh_log_data),
		.nsize = sizeof(struct kh_log_data), .nalign = _Alignof(struct kh_log_data),
		.m = pt_x86_64_18,
		.nm = 10,
	},
	[19] = {
		.name = "kh_version_args",
		.is_union = 0,
		.anonymous = 0,
		.has_ptrs = 0,
		.vsize = sizeof(struct kh_version_args), .valign = _Alignof(struct kh_version_args),
		.nsize = sizeof(struct kh_version_args), .nalign = _Alignof(struct kh_version_args),
		.m = pt_x86_64_19,
		.nm = 4,
	},
	[20] = {
		.name = "kh_queue_args",
		.is_union = 0,
		.anonymous = 0,
		.has_ptrs = 1,
		.vsize = sizeof(struct kh_queue_args), .valign = _Alignof(struct kh_queue_args),
		.nsize = sizeof(struct kh_queue_args), .nalign = _Alignof(struct kh_queue_args),
		.m = pt_x86_64_20,
		.nm = 4,
	},
	[21] = {
		.name = "kh_url_args",
		.is_union = 0,
		.anonymous = 0,
		.has_ptrs = 1,
		.vsize = sizeof(struct kh_url_args), .valign = _Alignof(struct kh_url_args),
		.nsize = sizeof(struct kh_url_args), .nalign = _Alignof(struct kh_url_args),
		.m = pt_x86_64_21,
		.nm = 4,
	},
	[22] = {
		.name = "kh_receive_request_args",
		.is_union = 0,
		.anonymous = 0,
		.has_ptrs = 1,
		.vsize = sizeof(struct kh_receive_request_args), .valign = _Alignof(struct kh_receive_request_args),
		.nsize = sizeof(struct kh_receive_request_args), .nalign = _Alignof(struct kh_receive_request_args),
		.m = pt_x86_64_22,
		.nm = 6,
	},
	[23] = {
		.name = "kh_receive_body_args",
		.is_union = 0,
		.anonymous = 0,
		.has_ptrs = 1,
		.vsize = sizeof(struct kh_receive_body_args), .valign = _Alignof(struct kh_receive_body_args),
		.nsize = sizeof(struct kh_receive_body_args), .nalign = _Alignof(struct kh_receive_body_args),
		.m = pt_x86_64_23,
		.nm = 5,
	},
	[24] = {
		.name = "kh_send_response_args",
		.is_union = 0,
		.anonymous = 0,
		.has_ptrs = 1,
		.vsize = sizeof(struct kh_send_response_args), .valign = _Alignof(struct kh_send_response_args),
		.nsize = sizeof(struct kh_send_response_args), .nalign = _Alignof(struct kh_send_response_args),
		.m = pt_x86_64_24,
		.nm = 6,
	},
	[25] = {
		.name = "kh_send_body_args",
		.is_union = 0,
		.anonymous = 0,
		.has_ptrs = 1,
		.vsize = sizeof(struct kh_send_body_args), .valign = _Alignof(struct kh_send_body_args),
		.nsize = sizeof(struct kh_send_body_args), .nalign = _Alignof(struct kh_send_body_args),
		.m = pt_x86_64_25,
		.nm = 6,
	},
	[26] = {
		.name = "kh_cancel_args",
		.is_union = 0,
		.anonymous = 0,
		.has_ptrs = 0,
		.vsize = sizeof(struct kh_cancel_args), .valign = _Alignof(struct kh_cancel_args),
		.nsize = sizeof(struct kh_cancel_args), .nalign = _Alignof(struct kh_cancel_args),
		.m = pt_x86_64_26,
		.nm = 2,
	},
	[27] = {
		.name = "kh_wait_disconnect_args",
		.is_union = 0,
		.anonymous = 0,
		.has_ptrs = 0,
		.vsize = sizeof(struct kh_wait_disconnect_args), .valign = _Alignof(struct kh_wait_disconnect_args),
		.nsize = sizeof(struct kh_wait_disconnect_args), .nalign = _Alignof(struct kh_wait_disconnect_args),
		.m = pt_x86_64_27,
		.nm = 2,
	},
	[28] = {
		.name = "kh_flush_cache_args",
		.is_union = 0,
		.anonymous = 0,
		.has_ptrs = 1,
		.vsize = sizeof(struct kh_flush_cache_args), .valign = _Alignof(struct kh_flush_cache_args),
		.nsize = sizeof(struct kh_flush_cache_args), .nalign = _Alignof(struct kh_flush_cache_args),
		.m = pt_x86_64_28,
		.nm = 3,
	},
	[29] = {
		.name = "kh_stats_args",
		.is_union = 0,
		.anonymous = 0,
		.has_ptrs = 1,
		.vsize = sizeof(struct kh_stats_args), .valign = _Alignof(struct kh_stats_args),
		.nsize = sizeof(struct kh_stats_args), .nalign = _Alignof(struct kh_stats_args),
		.m = pt_x86_64_29,
		.nm = 4,
	},
	[30] = {
		.name = "kh_limits_args",
		.is_union = 0,
		.anonymous = 0,
		.has_ptrs = 0,
		.vsize = sizeof(struct kh_limits_args), .valign = _Alignof(struct kh_limits_args),
		.nsize = sizeof(struct kh_limits_args), .nalign = _Alignof(struct kh_limits_args),
		.m = pt_x86_64_30,
		.nm = 7,
	},
	[31] = {
		.name = "kh_admin_entry",
		.is_union = 0,
		.anonymous = 0,
		.has_ptrs = 0,
		.vsize = sizeof(struct kh_admin_entry), .valign = _Alignof(struct kh_admin_entry),
		.nsize = sizeof(struct kh_admin_entry), .nalign = _Alignof(struct kh_admin_entry),
		.m = pt_x86_64_31,
		.nm = 8,
	},
	[32] = {
		.name = "kh_admin_list_args",
		.is_union = 0,
		.anonymous = 0,
		.has_ptrs = 1,
		.vsize = sizeof(struct kh_admin_list_args), .valign = _Alignof(struct kh_admin_list_args),
		.nsize = sizeof(struct kh_admin_list_args), .nalign = _Alignof(struct kh_admin_list_args),
		.m = pt_x86_64_32,
		.nm = 7,
	},
	[33] = {
		.name = "kh_queue_access_args",
		.is_union = 0,
		.anonymous = 0,
		.has_ptrs = 1,
		.vsize = sizeof(struct kh_queue_access_args), .valign = _Alignof(struct kh_queue_access_args),
		.nsize = sizeof(struct kh_queue_access_args), .nalign = _Alignof(struct kh_queue_access_args),
		.m = pt_x86_64_33,
		.nm = 5,
	},
	[34] = {
		.name = "kh_reservation_args",
		.is_union = 0,
		.anonymous = 0,
		.has_ptrs = 1,
		.vsize = sizeof(struct kh_reservation_args), .valign = _Alignof(struct kh_reservation_args),
		.nsize = sizeof(struct kh_reservation_args), .nalign = _Alignof(struct kh_reservation_args),
		.m = pt_x86_64_34,
		.nm = 5,
	},
	[35] = {
		.name = "kh_data_chunk.u",
		.is_union = 1,
		.anonymous = 1,
		.has_ptrs = 1,
		.vsize = 24, .valign = 8,
		.nsize = 24, .nalign = 8,
		.m = pt_x86_64_35,
		.nm = 3,
	},
	[36] = {
		.name = "kh_data_chunk.1.memory",
		.is_union = 0,
		.anonymous = 1,
		.has_ptrs = 1,
		.vsize = 16, .valign = 8,
		.nsize = 16, .nalign = 8,
		.m = pt_x86_64_36,
		.nm = 2,
	},
	[37] = {
		.name = "kh_data_chunk.1.file",
		.is_union = 0,
		.anonymous = 1,
		.has_ptrs = 0,
		.vsize = 24, .valign = 8,
		.nsize = 24, .nalign = 8,
		.m = pt_x86_64_37,
		.nm = 2,
	},
	[38] = {
		.name = "kh_data_chunk.1.fragment",
		.is_union = 0,
		.anonymous = 1,
		.has_ptrs = 1,
		.vsize = 16, .valign = 8,
		.nsize = 16, .nalign = 8,
		.m = pt_x86_64_38,
		.nm = 2,
	},
};

/* ---- ia32 ---- */

/* kh_http_version */
static const struct kh_pt_member pt_ia32_0[] = {
	{
		.name = "major",
		.kind = KH_PT_INT,
		.flags = 0,
		.widen = KH_PT_W_NONE,
		.count = 1,
		.voff = 0, .vsize = 2,
		.noff = 0, .nsize = 2,
		.type = -1,
	},
	{
		.name = "minor",
		.kind = KH_PT_INT,
		.flags = 0,
		.widen = KH_PT_W_NONE,
		.count = 1,
		.voff = 2, .vsize = 2,
		.noff = 2, .nsize = 2,
		.type = -1,
	},
};

/* kh_byte_range */
static const struct kh_pt_member pt_ia32_1[] = {
	{
		.name = "start",
		.kind = KH_PT_INT,
		.flags = 0,
		.widen = KH_PT_W_NONE,
		.count = 1,
		.voff = 0, .vsize = 8,
		.noff = 0, .nsize = 8,
		.type = -1,
	},
	{
		.name = "length",
		.kind = KH_PT_INT,
		.flags = 0,
		.widen = KH_PT_W_NONE,
		.count = 1,
		.voff = 8, .vsize = 8,
		.noff = 8, .nsize = 8,
		.type = -1,
	},
};

/* kh_known_header */
static const struct kh_pt_ptr pt_ia32_2_1_ptr = {
	.kind = KH_PT_P_STRING,
	.flags = KH_PT_P_NOTE_COUNT,
	.ref = 0,
	.sel = -1,
	.type = -1,
	.elem_kind = KH_PT_INT,
	.nsize = 1, .nalign = 1, .vsize = 1, .valign = 1,
	.note_flags = 0,
};
static const struct kh_pt_member pt_ia32_2[] = {
	{
		.name = "value_length",
		.kind = KH_PT_INT,
		.flags = 0,
		.widen = KH_PT_W_NONE,
		.count = 1,
		.voff = 0, .vsize = 2,
		.noff = 0, .nsize = 2,
		.type = -1,
	},
	{
		.name = "value",
		.kind = KH_PT_PTR,
		.flags = KH_PT_F_HAS_PTRS,
		.count = 1,
		.voff = 4, .vsize = 4,
		.noff = 8, .nsize = 8,
		.type = -1,
		.ptr = &pt_ia32_2_1_ptr,
	},
};

/* kh_unknown_header */
static const struct kh_pt_ptr pt_ia32_3_2_ptr = {
	.kind = KH_PT_P_STRING,
	.flags = KH_PT_P_NOTE_COUNT,
	.ref = 0,
	.sel = -1,
	.type = -1,
	.elem_kind = KH_PT_INT,
	.nsize = 1, .nalign = 1, .vsize = 1, .valign = 1,
	.note_flags = 0,
};
static const struct kh_pt_ptr pt_ia32_3_3_ptr = {
	.kind = KH_PT_P_STRING,
	.flags = KH_PT_P_NOTE_COUNT,
	.ref = 1,
	.sel = -1,
	.type = -1,
	.elem_kind = KH_PT_INT,
	.nsize = 1, .nalign = 1, .vsize = 1, .valign = 1,
	.note_flags = 0,
};
static const struct kh_pt_member pt_ia32_3[] = {
	{
		.name = "name_length",
		.kind = KH_PT_INT,
		.flags = 0,
		.widen = KH_PT_W_NONE,
		.count = 1,
		.voff = 0, .vsize = 2,
		.noff = 0, .nsize = 2,
		.type = -1,
	},
	{
		.name = "value_length",
		.kind = KH_PT_INT,
		.flags = 0,
		.widen = KH_PT_W_NONE,
		.count = 1,
		.voff = 2, .vsize = 2,
		.noff = 2, .nsize = 2,
		.type = -1,
	},
	{
		.name = "name",
		.kind = KH_PT_PTR,
		.flags = KH_PT_F_HAS_PTRS,
		.count = 1,
		.voff = 4, .vsize = 4,
		.noff = 8, .nsize = 8,
		.type = -1,
		.ptr = &pt_ia32_3_2_ptr,
	},
	{
		.name = "value",
		.kind = KH_PT_PTR,
		.flags = KH_PT_F_HAS_PTRS,
		.count = 1,
		.voff = 8, .vsize = 4,
		.noff = 16, .nsize = 8,
		.type = -1,
		.ptr = &pt_ia32_3_3_ptr,
	},
};

/* kh_cooked_url */
static const struct kh_pt_ptr pt_ia32_4_4_ptr = {
	.kind = KH_PT_P_STRING,
	.flags = KH_PT_P_NOTE_COUNT,
	.ref = 0,
	.sel = -1,
	.type = -1,
	.elem_kind = KH_PT_INT,
	.nsize = 1, .nalign = 1, .vsize = 1, .valign = 1,
	.note_flags = 0,
};
static const struct kh_pt_ptr pt_ia32_4_5_ptr = {
	.kind = KH_PT_P_STRING,
	.flags = KH_PT_P_NOTE_COUNT,
	.ref = 1,
	.sel = -1,
	.type = -1,
	.elem_kind = KH_PT_INT,
	.nsize = 1, .nalign = 1, .vsize = 1, .valign = 1,
	.note_flags = 0,
};
static const struct kh_pt_ptr pt_ia32_4_6_ptr = {
	.kind = KH_PT_P_STRING,
	.flags = KH_PT_P_NOTE_COUNT,
	.ref = 2,
	.sel = -1,
	.type = -1,
	.elem_kind = KH_PT_INT,
	.nsize = 1, .nalign = 1, .vsize = 1, .valign = 1,
	.note_flags = 0,
};
static const struct kh_pt_ptr pt_ia32_4_7_ptr = {
	.kind = KH_PT_P_STRING,
	.flags = KH_PT_P_NOTE_COUNT,
	.ref = 3,
	.sel = -1,
	.type = -1,
	.elem_kind = KH_PT_INT,
	.nsize = 1, .nalign = 1, .vsize = 1, .valign = 1,
	.note_flags = 0,
};
static const struct kh_pt_member pt_ia32_4[] = {
	{
		.name = "full_url_length",
		.kind = KH_PT_INT,
		.flags = 0,
		.widen = KH_PT_W_NONE,
		.count = 1,
		.voff = 0, .vsize = 2,
		.noff = 0, .nsize = 2,
		.type = -1,
	},
	{
		.name = "host_length",
		.kind = KH_PT_INT,
		.flags = 0,
		.widen = KH_PT_W_NONE,
		.count = 1,
		.voff = 2, .vsize = 2,
		.noff = 2, .nsize = 2,
		.type = -1,
	},
	{
		.name = "abs_path_length",
		.kind = KH_PT_INT,
		.flags = 0,
		.widen = KH_PT_W_NONE,
		.count = 1,
		.voff = 4, .vsize = 2,
		.noff = 4, .nsize = 2,
		.type = -1,
	},
	{
		.name = "query_string_length",
		.kind = KH_PT_INT,
		.flags = 0,
		.widen = KH_PT_W_NONE,
		.count = 1,
		.voff = 6, .vsize = 2,
		.noff = 6, .nsize = 2,
		.type = -1,
	},
	{
		.name = "full_url",
		.kind = KH_PT_PTR,
		.flags = KH_PT_F_HAS_PTRS,
		.count = 1,
		.voff = 8, .vsize = 4,
		.noff = 8, .nsize = 8,
		.type = -1,
		.ptr = &pt_ia32_4_4_ptr,
	},
	{
		.name = "host",
		.kind = KH_PT_PTR,
		.flags = KH_PT_F_HAS_PTRS,
		.count = 1,
		.voff = 12, .vsize = 4,
		.noff = 16, .nsize = 8,
		.type = -1,
		.ptr = &pt_ia32_4_5_ptr,
	},
	{
		.name = "abs_path",
		.kind = KH_PT_PTR,
		.flags = KH_PT_F_HAS_PTRS,
		.count = 1,
		.voff = 16, .vsize = 4,
		.noff = 24, .nsize = 8,
		.type = -1,
		.ptr = &pt_ia32_4_6_ptr,
	},
	{
		.name = "query_string",
		.kind = KH_PT_PTR,
		.flags = KH_PT_F_HAS_PTRS,
		.count = 1,
		.voff = 20, .vsize = 4,
		.noff = 32, .nsize = 8,
		.type = -1,
		.ptr = &pt_ia32_4_7_ptr,
	},
};

/* kh_transport_address */
static const struct kh_pt_ptr pt_ia32_5_0_ptr = {
	.kind = KH_PT_P_SOCKADDR,
	.flags = 0,
	.ref = -1,
	.sel = -1,
	.type = -1,
	.elem_kind = KH_PT_INT,
	.nsize = 1, .nalign = 1, .vsize = 1, .valign = 1,
	.note_flags = 0,
};
static const struct kh_pt_ptr pt_ia32_5_1_ptr = {
	.kind = KH_PT_P_SOCKADDR,
	.flags = 0,
	.ref = -1,
	.sel = -1,
	.type = -1,
	.elem_kind = KH_PT_INT,
	.nsize = 1, .nalign = 1, .vsize = 1, .valign = 1,
	.note_flags = 0,
};
static const struct kh_pt_member pt_ia32_5[] = {
	{
		.name = "remote",
		.kind = KH_PT_PTR,
		.flags = KH_PT_F_HAS_PTRS,
		.count = 1,
		.voff = 0, .vsize = 4,
		.noff = 0, .nsize = 8,
		.type = -1,
		.ptr = &pt_ia32_5_0_ptr,
	},
	{
		.name = "local",
		.kind = KH_PT_PTR,
		.flags = KH_PT_F_HAS_PTRS,
		.count = 1,
		.voff = 4, .vsize = 4,
		.noff = 8, .nsize = 8,
		.type = -1,
		.ptr = &pt_ia32_5_1_ptr,
	},
};

/* kh_request_headers */
static const struct kh_pt_check pt_ia32_6_0_chk = {
	.what = KH_PT_C_MAX,
	.max = KH_MAX_HEADERS,
};
static const struct kh_pt_ptr pt_ia32_6_1_ptr = {
	.kind = KH_PT_P_COUNT,
	.flags = KH_PT_P_NOTE_COUNT,
	.ref = 0,
	.sel = -1,
	.type = 3,	/* kh_unknown_header */
	.note_flags = 0,
};
static const struct kh_pt_check pt_ia32_6_2_chk = {
	.what = KH_PT_C_MAX,
	.max = KH_MAX_HEADERS,
};
static const struct kh_pt_ptr pt_ia32_6_3_ptr = {
	.kind = KH_PT_P_COUNT,
	.flags = KH_PT_P_NOTE_COUNT,
	.ref = 2,
	.sel = -1,
	.type = 3,	/* kh_unknown_header */
	.note_flags = 0,
};
static const struct kh_pt_member pt_ia32_6[] = {
	{
		.name = "unknown_header_count",
		.kind = KH_PT_INT,
		.flags = 0,
		.widen = KH_PT_W_NONE,
		.count = 1,
		.voff = 0, .vsize = 2,
		.noff = 0, .nsize = 2,
		.type = -1,
		.chk = &pt_ia32_6_0_chk,
	},
	{
		.name = "unknown_headers",
		.kind = KH_PT_PTR,
		.flags = KH_PT_F_HAS_PTRS,
		.count = 1,
		.voff = 4, .vsize = 4,
		.noff = 8, .nsize = 8,
		.type = -1,
		.ptr = &pt_ia32_6_1_ptr,
	},
	{
		.name = "trailer_count",
		.kind = KH_PT_INT,
		.flags = 0,
		.widen = KH_PT_W_NONE,
		.count = 1,
		.voff = 8, .vsize = 2,
		.noff = 16, .nsize = 2,
		.type = -1,
		.chk = &pt_ia32_6_2_chk,
	},
	{
		.name = "trailers",
		.kind = KH_PT_PTR,
		.flags = KH_PT_F_HAS_PTRS,
		.count = 1,
		.voff = 12, .vsize = 4,
		.noff = 24, .nsize = 8,
		.type = -1,
		.ptr = &pt_ia32_6_3_ptr,
	},
	{
		.name = "known_headers",
		.kind = KH_PT_RECORD,
		.flags = KH_PT_F_ARRAY | KH_PT_F_HAS_PTRS,
		.count = 41,
		.voff = 16, .vsize = 8,
		.noff = 32, .nsize = 16,
		.type = 2,	/* kh_known_header */
	},
};

/* kh_response_headers */
static const struct kh_pt_check pt_ia32_7_0_chk = {
	.what = KH_PT_C_MAX,
	.max = KH_MAX_HEADERS,
};
static const struct kh_pt_ptr pt_ia32_7_1_ptr = {
	.kind = KH_PT_P_COUNT,
	.flags = KH_PT_P_NOTE_COUNT,
	.ref = 0,
	.sel = -1,
	.type = 3,	/* kh_unknown_header */
	.note_flags = 0,
};
static const struct kh_pt_check pt_ia32_7_2_chk = {
	.what = KH_PT_C_MAX,
	.max = KH_MAX_HEADERS,
};
static const struct kh_pt_ptr pt_ia32_7_3_ptr = {
	.kind = KH_PT_P_COUNT,
	.flags = KH_PT_P_NOTE_COUNT,
	.ref = 2,
	.sel = -1,
	.type = 3,	/* kh_unknown_header */
	.note_flags = 0,
};
static const struct kh_pt_member pt_ia32_7[] = {
	{
		.name = "unknown_header_count",
		.kind = KH_PT_INT,
		.flags = 0,
		.widen = KH_PT_W_NONE,
		.count = 1,
		.voff = 0, .vsize = 2,
		.noff = 0, .nsize = 2,
		.type = -1,
		.chk = &pt_ia32_7_0_chk,
	},
	{
		.name = "unknown_headers",
		.kind = KH_PT_PTR,
		.flags = KH_PT_F_HAS_PTRS,
		.count = 1,
		.voff = 4, .vsize = 4,
		.noff = 8, .nsize = 8,
		.type = -1,
		.ptr = &pt_ia32_7_1_ptr,
	},
	{
		.name = "trailer_count",
		.kind = KH_PT_INT,
		.flags = 0,
		.widen = KH_PT_W_NONE,
		.count = 1,
		.voff = 8, .vsize = 2,
		.noff = 16, .nsize = 2,
		.type = -1,
		.chk = &pt_ia32_7_2_chk,
	},
	{
		.name = "trailers",
		.kind = KH_PT_PTR,
		.flags = KH_PT_F_HAS_PTRS,
		.count = 1,
		.voff = 12, .vsize = 4,
		.noff = 24, .nsize = 8,
		.type = -1,
		.ptr = &pt_ia32_7_3_ptr,
	},
	{
		.name = "known_headers",
		.kind = KH_PT_RECORD,
		.flags = KH_PT_F_ARRAY | KH_PT_F_HAS_PTRS,
		.count = 30,
		.voff = 16, .vsize = 8,
		.noff = 32, .nsize = 16,
		.type = 2,	/* kh_known_header */
	},
};

/* kh_data_chunk */
static const struct kh_pt_check pt_ia32_8_0_chk = {
	.what = KH_PT_C_ENUM,
	.enum_vals = pt_enum_kh_chunk_type,
	.nenum = 3,
};
static const struct kh_pt_union pt_ia32_8_1_un = {
	.sel = 0,
	.copy_nsize = 24, .copy_vsize = 20,
};
static const struct kh_pt_member pt_ia32_8[] = {
	{
		.name = "type",
		.kind = KH_PT_INT,
		.flags = 0,
		.widen = KH_PT_W_NONE,
		.count = 1,
		.voff = 0, .vsize = 4,
		.noff = 0, .nsize = 4,
		.type = -1,
		.chk = &pt_ia32_8_0_chk,
	},
	{
		.name = "u",
		.kind = KH_PT_UNION,
		.flags = KH_PT_F_HAS_PTRS,
		.count = 1,
		.voff = 4, .vsize = 20,
		.noff = 8, .nsize = 24,
		.type = 35,	/* kh_data_chunk.u */
		.un = &pt_ia32_8_1_un,
	},
};

/* kh_request_timing */
static const struct kh_pt_member pt_ia32_9[] = {
	{
		.name = "accepted_ns",
		.kind = KH_PT_INT,
		.flags = 0,
		.widen = KH_PT_W_NONE,
		.count = 1,
		.voff = 0, .vsize = 8,
		.noff = 0, .nsize = 8,
		.type = -1,
	},
	{
		.name = "headers_parsed_ns",
		.kind = KH_PT_INT,
		.flags = 0,
		.widen = KH_PT_W_NONE,
		.count = 1,
		.voff = 8, .vsize = 8,
		.noff = 8, .nsize = 8,
		.type = -1,
	},
	{
		.name = "header_bytes",
		.kind = KH_PT_INT,
		.flags = 0,
		.widen = KH_PT_W_NONE,
		.count = 1,
		.voff = 16, .vsize = 4,
		.noff = 16, .nsize = 4,
		.type = -1,
	},
};

/* kh_request_tcp */
static const struct kh_pt_member pt_ia32_10[] = {
	{
		.name = "rtt_us",
		.kind = KH_PT_INT,
		.flags = 0,
		.widen = KH_PT_W_NONE,
		.count = 1,
		.voff = 0, .vsize = 4,
		.noff = 0, .nsize = 4,
		.type = -1,
	},
	{
		.name = "mss",
		.kind = KH_PT_INT,
		.flags = 0,
		.widen = KH_PT_W_NONE,
		.count = 1,
		.voff = 4, .vsize = 4,
		.noff = 4, .nsize = 4,
		.type = -1,
	},
	{
		.name = "bytes_acked",
		.kind = KH_PT_INT,
		.flags = 0,
		.widen = KH_PT_W_NONE,
		.count = 1,
		.voff = 8, .vsize = 8,
		.noff = 8, .nsize = 8,
		.type = -1,
	},
};

/* kh_request_info */
static const struct kh_pt_check pt_ia32_11_0_chk = {
	.what = KH_PT_C_ENUM,
	.enum_vals = pt_enum_kh_request_info_type,
	.nenum = 2,
};
static const struct kh_pt_case pt_ia32_11_2_ptr_cases[] = {
	{ KH_REQUEST_INFO_TIMING, 9 },	/* kh_request_timing */
	{ KH_REQUEST_INFO_TCP, 10 },	/* kh_request_tcp */
};
static const struct kh_pt_ptr pt_ia32_11_2_ptr = {
	.kind = KH_PT_P_SWITCH,
	.flags = 0,
	.ref = 1,
	.sel = 0,
	.type = -1,
	.elem_kind = KH_PT_INT,
	.nsize = 1, .nalign = 1, .vsize = 1, .valign = 1,
	.note_flags = 0,
	.cases = pt_ia32_11_2_ptr_cases,
	.ncases = 2,
};
static const struct kh_pt_member pt_ia32_11[] = {
	{
		.name = "type",
		.kind = KH_PT_INT,
		.flags = 0,
		.widen = KH_PT_W_NONE,
		.count = 1,
		.voff = 0, .vsize = 4,
		.noff = 0, .nsize = 4,
		.type = -1,
		.chk = &pt_ia32_11_0_chk,
	},
	{
		.name = "length",
		.kind = KH_PT_INT,
		.flags = 0,
		.widen = KH_PT_W_NONE,
		.count = 1,
		.voff = 4, .vsize = 4,
		.noff = 4, .nsize = 4,
		.type = -1,
	},
	{
		.name = "info",
		.kind = KH_PT_PTR,
		.flags = KH_PT_F_HAS_PTRS,
		.count = 1,
		.voff = 8, .vsize = 4,
		.noff = 8, .nsize = 8,
		.type = -1,
		.ptr = &pt_ia32_11_2_ptr,
	},
};

/* kh_request */
static const struct kh_pt_check pt_ia32_12_0_chk = {
	.what = KH_PT_C_FLAGS,
	.flags_mask = (__u64)(KH_REQUEST_FLAGS_ALL),
};
static const struct kh_pt_check pt_ia32_12_5_chk = {
	.what = KH_PT_C_ENUM,
	.enum_vals = pt_enum_kh_verb,
	.nenum = 13,
};
static const struct kh_pt_check pt_ia32_12_7_chk = {
	.what = KH_PT_C_MAX,
	.max = KH_MAX_URL,
};
static const struct kh_pt_ptr pt_ia32_12_8_ptr = {
	.kind = KH_PT_P_STRING,
	.flags = KH_PT_P_NOTE_COUNT,
	.ref = 6,
	.sel = -1,
	.type = -1,
	.elem_kind = KH_PT_INT,
	.nsize = 1, .nalign = 1, .vsize = 1, .valign = 1,
	.note_flags = 0,
};
static const struct kh_pt_ptr pt_ia32_12_9_ptr = {
	.kind = KH_PT_P_STRING,
	.flags = KH_PT_P_NOTE_COUNT,
	.ref = 7,
	.sel = -1,
	.type = -1,
	.elem_kind = KH_PT_INT,
	.nsize = 1, .nalign = 1, .vsize = 1, .valign = 1,
	.note_flags = 0,
};
static const struct kh_pt_check pt_ia32_12_14_chk = {
	.what = KH_PT_C_MAX,
	.max = KH_MAX_CHUNKS,
};
static const struct kh_pt_ptr pt_ia32_12_15_ptr = {
	.kind = KH_PT_P_COUNT,
	.flags = KH_PT_P_NOTE_COUNT,
	.ref = 14,
	.sel = -1,
	.type = 8,	/* kh_data_chunk */
	.note_flags = 0,
};
static const struct kh_pt_check pt_ia32_12_17_chk = {
	.what = KH_PT_C_MAX,
	.max = KH_MAX_INFO,
};
static const struct kh_pt_ptr pt_ia32_12_18_ptr = {
	.kind = KH_PT_P_COUNT,
	.flags = KH_PT_P_NOTE_COUNT,
	.ref = 17,
	.sel = -1,
	.type = 11,	/* kh_request_info */
	.note_flags = 0,
};
static const struct kh_pt_member pt_ia32_12[] = {
	{
		.name = "flags",
		.kind = KH_PT_INT,
		.flags = 0,
		.widen = KH_PT_W_NONE,
		.count = 1,
		.voff = 0, .vsize = 4,
		.noff = 0, .nsize = 4,
		.type = -1,
		.chk = &pt_ia32_12_0_chk,
	},
	{
		.name = "connection_id",
		.kind = KH_PT_INT,
		.flags = 0,
		.widen = KH_PT_W_NONE,
		.count = 1,
		.voff = 4, .vsize = 8,
		.noff = 8, .nsize = 8,
		.type = -1,
	},
	{
		.name = "request_id",
		.kind = KH_PT_INT,
		.flags = 0,
		.widen = KH_PT_W_NONE,
		.count = 1,
		.voff = 12, .vsize = 8,
		.noff = 16, .nsize = 8,
		.type = -1,
	},
	{
		.name = "url_context",
		.kind = KH_PT_INT,
		.flags = 0,
		.widen = KH_PT_W_NONE,
		.count = 1,
		.voff = 20, .vsize = 8,
		.noff = 24, .nsize = 8,
		.type = -1,
	},
	{
		.name = "version",
		.kind = KH_PT_RECORD,
		.flags = 0,
		.count = 1,
		.voff = 28, .vsize = 4,
		.noff = 32, .nsize = 4,
		.type = 0,	/* kh_http_version */
	},
	{
		.name = "verb",
		.kind = KH_PT_INT,
		.flags = 0,
		.widen = KH_PT_W_NONE,
		.count = 1,
		.voff = 32, .vsize = 4,
		.noff = 36, .nsize = 4,
		.type = -1,
		.chk = &pt_ia32_12_5_chk,
	},
	{
		.name = "unknown_verb_length",
		.kind = KH_PT_INT,
		.flags = 0,
		.widen = KH_PT_W_NONE,
		.count = 1,
		.voff = 36, .vsize = 2,
		.noff = 40, .nsize = 2,
		.type = -1,
	},
	{
		.name = "raw_url_length",
		.kind = KH_PT_INT,
		.flags = 0,
		.widen = KH_PT_W_NONE,
		.count = 1,
		.voff = 38, .vsize = 2,
		.noff = 42, .nsize = 2,
		.type = -1,
		.chk = &pt_ia32_12_7_chk,
	},
	{
		.name = "unknown_verb",
		.kind = KH_PT_PTR,
		.flags = KH_PT_F_HAS_PTRS,
		.count = 1,
		.voff = 40, .vsize = 4,
		.noff = 48, .nsize = 8,
		.type = -1,
		.ptr = &pt_ia32_12_8_ptr,
	},
	{
		.name = "raw_url",
		.kind = KH_PT_PTR,
		.flags = KH_PT_F_HAS_PTRS,
		.count = 1,
		.voff = 44, .vsize = 4,
		.noff = 56, .nsize = 8,
		.type = -1,
		.ptr = &pt_ia32_12_9_ptr,
	},
	{
		.name = "cooked_url",
		.kind = KH_PT_RECORD,
		.flags = KH_PT_F_HAS_PTRS,
		.count = 1,
		.voff = 48, .vsize = 24,
		.noff = 64, .nsize = 40,
		.type = 4,	/* kh_cooked_url */
	},
	{
		.name = "address",
		.kind = KH_PT_RECORD,
		.flags = KH_PT_F_HAS_PTRS,
		.count = 1,
		.voff = 72, .vsize = 8,
		.noff = 104, .nsize = 16,
		.type = 5,	/* kh_transport_address */
	},
	{
		.name = "headers",
		.kind = KH_PT_RECORD,
		.flags = KH_PT_F_HAS_PTRS,
		.count = 1,
		.voff = 80, .vsize = 344,
		.noff = 120, .nsize = 688,
		.type = 6,	/* kh_request_headers */
	},
	{
		.name = "bytes_received",
		.kind = KH_PT_INT,
		.flags = 0,
		.widen = KH_PT_W_NONE,
		.count = 1,
		.voff = 424, .vsize = 8,
		.noff = 808, .nsize = 8,
		.type = -1,
	},
	{
		.name = "entity_chunk_count",
		.kind = KH_PT_INT,
		.flags = 0,
		.widen = KH_PT_W_NONE,
		.count = 1,
		.voff = 432, .vsize = 2,
		.noff = 816, .nsize = 2,
		.type = -1,
		.chk = &pt_ia32_12_14_chk,
	},
	{
		.name = "entity_chunks",
		.kind = KH_PT_PTR,
		.flags = KH_PT_F_HAS_PTRS,
		.count = 1,
		.voff = 436, .vsize = 4,
		.noff = 824, .nsize = 8,
		.type = -1,
		.ptr = &pt_ia32_12_15_ptr,
	},
	{
		.name = "raw_connection_id",
		.kind = KH_PT_INT,
		.flags = 0,
		.widen = KH_PT_W_NONE,
		.count = 1,
		.voff = 440, .vsize = 8,
		.noff = 832, .nsize = 8,
		.type = -1,
	},
	{
		.name = "request_info_count",
		.kind = KH_PT_INT,
		.flags = 0,
		.widen = KH_PT_W_NONE,
		.count = 1,
		.voff = 448, .vsize = 2,
		.noff = 840, .nsize = 2,
		.type = -1,
		.chk = &pt_ia32_12_17_chk,
	},
	{
		.name = "request_info",
		.kind = KH_PT_PTR,
		.flags = KH_PT_F_HAS_PTRS,
		.count = 1,
		.voff = 452, .vsize = 4,
		.noff = 848, .nsize = 8,
		.type = -1,
		.ptr = &pt_ia32_12_18_ptr,
	},
};

/* kh_multiple_known_headers */
static const struct kh_pt_check pt_ia32_13_0_chk = {
	.what = KH_PT_C_ENUM,
	.enum_vals = pt_enum_kh_header_id,
	.nenum = 42,
};
static const struct kh_pt_check pt_ia32_13_1_chk = {
	.what = KH_PT_C_RESERVED,
};
static const struct kh_pt_check pt_ia32_13_2_chk = {
	.what = KH_PT_C_MAX,
	.max = KH_MAX_HEADERS,
};
static const struct kh_pt_ptr pt_ia32_13_3_ptr = {
	.kind = KH_PT_P_COUNT,
	.flags = KH_PT_P_NOTE_COUNT,
	.ref = 2,
	.sel = -1,
	.type = 2,	/* kh_known_header */
	.note_flags = 0,
};
static const struct kh_pt_member pt_ia32_13[] = {
	{
		.name = "header_id",
		.kind = KH_PT_INT,
		.flags = 0,
		.widen = KH_PT_W_NONE,
		.count = 1,
		.voff = 0, .vsize = 4,
		.noff = 0, .nsize = 4,
		.type = -1,
		.chk = &pt_ia32_13_0_chk,
	},
	{
		.name = "flags",
		.kind = KH_PT_INT,
		.flags = 0,
		.widen = KH_PT_W_NONE,
		.count = 1,
		.voff = 4, .vsize = 4,
		.noff = 4, .nsize = 4,
		.type = -1,
		.chk = &pt_ia32_13_1_chk,
	},
	{
		.name = "known_header_count",
		.kind = KH_PT_INT,
		.flags = 0,
		.widen = KH_PT_W_NONE,
		.count = 1,
		.voff = 8, .vsize = 2,
		.noff = 8, .nsize = 2,
		.type = -1,
		.chk = &pt_ia32_13_2_chk,
	},
	{
		.name = "known_headers",
		.kind = KH_PT_PTR,
		.flags = KH_PT_F_HAS_PTRS,
		.count = 1,
		.voff = 12, .vsize = 4,
		.noff = 16, .nsize = 8,
		.type = -1,
		.ptr = &pt_ia32_13_3_ptr,
	},
};

/* kh_cache_key */
static const struct kh_pt_check pt_ia32_14_0_chk = {
	.what = KH_PT_C_MAX,
	.max = KH_MAX_URL,
};
static const struct kh_pt_ptr pt_ia32_14_1_ptr = {
	.kind = KH_PT_P_STRING,
	.flags = KH_PT_P_NOTE_COUNT,
	.ref = 0,
	.sel = -1,
	.type = -1,
	.elem_kind = KH_PT_INT,
	.nsize = 1, .nalign = 1, .vsize = 1, .valign = 1,
	.note_flags = 0,
};
static const struct kh_pt_member pt_ia32_14[] = {
	{
		.name = "key_length",
		.kind = KH_PT_INT,
		.flags = 0,
		.widen = KH_PT_W_NONE,
		.count = 1,
		.voff = 0, .vsize = 2,
		.noff = 0, .nsize = 2,
		.type = -1,
		.chk = &pt_ia32_14_0_chk,
	},
	{
		.name = "key",
		.kind = KH_PT_PTR,
		.flags = KH_PT_F_HAS_PTRS,
		.count = 1,
		.voff = 4, .vsize = 4,
		.noff = 8, .nsize = 8,
		.type = -1,
		.ptr = &pt_ia32_14_1_ptr,
	},
};

/* kh_response_info */
static const struct kh_pt_check pt_ia32_15_0_chk = {
	.what = KH_PT_C_ENUM,
	.enum_vals = pt_enum_kh_response_info_type,
	.nenum = 2,
};
static const struct kh_pt_case pt_ia32_15_2_ptr_cases[] = {
	{ KH_RESPONSE_INFO_MULTIPLE_KNOWN_HEADERS, 13 },	/* kh_multiple_known_headers */
	{ KH_RESPONSE_INFO_CACHE_KEY, 14 },	/* kh_cache_key */
};
static const struct kh_pt_ptr pt_ia32_15_2_ptr = {
	.kind = KH_PT_P_SWITCH,
	.flags = 0,
	.ref = 1,
	.sel = 0,
	.type = -1,
	.elem_kind = KH_PT_INT,
	.nsize = 1, .nalign = 1, .vsize = 1, .valign = 1,
	.note_flags = 0,
	.cases = pt_ia32_15_2_ptr_cases,
	.ncases = 2,
};
static const struct kh_pt_member pt_ia32_15[] = {
	{
		.name = "type",
		.kind = KH_PT_INT,
		.flags = 0,
		.widen = KH_PT_W_NONE,
		.count = 1,
		.voff = 0, .vsize = 4,
		.noff = 0, .nsize = 4,
		.type = -1,
		.chk = &pt_ia32_15_0_chk,
	},
	{
		.name = "length",
		.kind = KH_PT_INT,
		.flags = 0,
		.widen = KH_PT_W_NONE,
		.count = 1,
		.voff = 4, .vsize = 4,
		.noff = 4, .nsize = 4,
		.type = -1,
	},
	{
		.name = "info",
		.kind = KH_PT_PTR,
		.flags = KH_PT_F_HAS_PTRS,
		.count = 1,
		.voff = 8, .vsize = 4,
		.noff = 8, .nsize = 8,
		.type = -1,
		.ptr = &pt_ia32_15_2_ptr,
	},
};

/* kh_response */
static const struct kh_pt_check pt_ia32_16_0_chk = {
	.what = KH_PT_C_FLAGS,
	.flags_mask = (__u64)(KH_RESPONSE_FLAGS_ALL),
};
static const struct kh_pt_check pt_ia32_16_3_chk = {
	.what = KH_PT_C_MAX,
	.max = KH_MAX_REASON,
};
static const struct kh_pt_ptr pt_ia32_16_4_ptr = {
	.kind = KH_PT_P_STRING,
	.flags = KH_PT_P_NOTE_COUNT,
	.ref = 3,
	.sel = -1,
	.type = -1,
	.elem_kind = KH_PT_INT,
	.nsize = 1, .nalign = 1, .vsize = 1, .valign = 1,
	.note_flags = 0,
};
static const struct kh_pt_check pt_ia32_16_6_chk = {
	.what = KH_PT_C_MAX,
	.max = KH_MAX_CHUNKS,
};
static const struct kh_pt_ptr pt_ia32_16_7_ptr = {
	.kind = KH_PT_P_COUNT,
	.flags = KH_PT_P_NOTE_COUNT,
	.ref = 6,
	.sel = -1,
	.type = 8,	/* kh_data_chunk */
	.note_flags = 0,
};
static const struct kh_pt_check pt_ia32_16_8_chk = {
	.what = KH_PT_C_MAX,
	.max = KH_MAX_INFO,
};
static const struct kh_pt_ptr pt_ia32_16_9_ptr = {
	.kind = KH_PT_P_COUNT,
	.flags = KH_PT_P_NOTE_COUNT,
	.ref = 8,
	.sel = -1,
	.type = 15,	/* kh_response_info */
	.note_flags = 0,
};
static const struct kh_pt_member pt_ia32_16[] = {
	{
		.name = "flags",
		.kind = KH_PT_INT,
		.flags = 0,
		.widen = KH_PT_W_NONE,
		.count = 1,
		.voff = 0, .vsize = 4,
		.noff = 0, .nsize = 4,
		.type = -1,
		.chk = &pt_ia32_16_0_chk,
	},
	{
		.name = "version",
		.kind = KH_PT_RECORD,
		.flags = 0,
		.count = 1,
		.voff = 4, .vsize = 4,
		.noff = 4, .nsize = 4,
		.type = 0,	/* kh_http_version */
	},
	{
		.name = "status_code",
		.kind = KH_PT_INT,
		.flags = 0,
		.widen = KH_PT_W_NONE,
		.count = 1,
		.voff = 8, .vsize = 2,
		.noff = 8, .nsize = 2,
		.type = -1,
	},
	{
		.name = "reason_length",
		.kind = KH_PT_INT,
		.flags = 0,
		.widen = KH_PT_W_NONE,
		.count = 1,
		.voff = 10, .vsize = 2,
		.noff = 10, .nsize = 2,
		.type = -1,
		.chk = &pt_ia32_16_3_chk,
	},
	{
		.name = "reason",
		.kind = KH_PT_PTR,
		.flags = KH_PT_F_HAS_PTRS,
		.count = 1,
		.voff = 12, .vsize = 4,
		.noff = 16, .nsize = 8,
		.type = -1,
		.ptr = &pt_ia32_16_4_ptr,
	},
	{
		.name = "headers",
		.kind = KH_PT_RECORD,
		.flags = KH_PT_F_HAS_PTRS,
		.count = 1,
		.voff = 16, .vsize = 256,
		.noff = 24, .nsize = 512,
		.type = 7,	/* kh_response_headers */
	},
	{
		.name = "entity_chunk_count",
		.kind = KH_PT_INT,
		.flags = 0,
		.widen = KH_PT_W_NONE,
		.count = 1,
		.voff = 272, .vsize = 2,
		.noff = 536, .nsize = 2,
		.type = -1,
		.chk = &pt_ia32_16_6_chk,
	},
	{
		.name = "entity_chunks",
		.kind = KH_PT_PTR,
		.flags = KH_PT_F_HAS_PTRS,
		.count = 1,
		.voff = 276, .vsize = 4,
		.noff = 544, .nsize = 8,
		.type = -1,
		.ptr = &pt_ia32_16_7_ptr,
	},
	{
		.name = "response_info_count",
		.kind = KH_PT_INT,
		.flags = 0,
		.widen = KH_PT_W_NONE,
		.count = 1,
		.voff = 280, .vsize = 2,
		.noff = 552, .nsize = 2,
		.type = -1,
		.chk = &pt_ia32_16_8_chk,
	},
	{
		.name = "response_info",
		.kind = KH_PT_PTR,
		.flags = KH_PT_F_HAS_PTRS,
		.count = 1,
		.voff = 284, .vsize = 4,
		.noff = 560, .nsize = 8,
		.type = -1,
		.ptr = &pt_ia32_16_9_ptr,
	},
};

/* kh_cache_policy */
static const struct kh_pt_check pt_ia32_17_0_chk = {
	.what = KH_PT_C_ENUM,
	.enum_vals = pt_enum_kh_cache_policy_type,
	.nenum = 3,
};
static const struct kh_pt_member pt_ia32_17[] = {
	{
		.name = "policy",
		.kind = KH_PT_INT,
		.flags = 0,
		.widen = KH_PT_W_NONE,
		.count = 1,
		.voff = 0, .vsize = 4,
		.noff = 0, .nsize = 4,
		.type = -1,
		.chk = &pt_ia32_17_0_chk,
	},
	{
		.name = "seconds_to_live",
		.kind = KH_PT_INT,
		.flags = 0,
		.widen = KH_PT_W_NONE,
		.count = 1,
		.voff = 4, .vsize = 4,
		.noff = 4, .nsize = 4,
		.type = -1,
	},
};

/* kh_log_data */
static const struct kh_pt_check pt_ia32_18_0_chk = {
	.what = KH_PT_C_RESERVED,
};
static const struct kh_pt_check pt_ia32_18_1_chk = {
	.what = KH_PT_C_MAX,
	.max = KH_MAX_LOG_FIELD,
};
static const struct kh_pt_check pt_ia32_18_2_chk = {
	.what = KH_PT_C_MAX,
	.max = KH_MAX_LOG_FIELD,
};
static const struct kh_pt_ptr pt_ia32_18_3_ptr = {
	.kind = KH_PT_P_STRING,
	.flags = KH_PT_P_NOTE_COUNT,
	.ref = 1,
	.sel = -1,
	.type = -1,
	.elem_kind = KH_PT_INT,
	.nsize = 1, .nalign = 1, .vsize = 1, .valign = 1,
	.note_flags = 0,
};
static const struct kh_pt_ptr pt_ia32_18_4_ptr = {
	.kind = KH_PT_P_STRING,
	.flags = KH_PT_P_NOTE_COUNT,
	.ref = 2,
	.sel = -1,
	.type = -1,
	.elem_kind = KH_PT_INT,
	.nsize = 1, .nalign = 1, .vsize = 1, .valign = 1,
	.note_flags = 0,
};
static const struct kh_pt_member pt_ia32_18[] = {
	{
		.name = "type",
		.kind = KH_PT_INT,
		.flags = 0,
		.widen = KH_PT_W_NONE,
		.count = 1,
		.voff = 0, .vsize = 4,
		.noff = 0, .nsize = 4,
		.type = -1,
		.chk = &pt_ia32_18_0_chk,
	},
	{
		.name = "user_name_length",
		.kind = KH_PT_INT,
		.flags = 0,
		.widen = KH_PT_W_NONE,
		.count = 1,
		.voff = 4, .vsize = 2,
		.noff = 4, .nsize = 2,
		.type = -1,
		.chk = &pt_ia32_18_1_chk,
	},
	{
		.name = "uri_query_length",
		.kind = KH_PT_INT,
		.flags = 0,
		.widen = KH_PT_W_NONE,
		.count = 1,
		.voff = 6, .vsize = 2,
		.noff = 6, .nsize = 2,
		.type = -1,
		.chk = &pt_ia32_18_2_chk,
	},
	{
		.name = "user_name",
		.kind = KH_PT_PTR,
		.flags = KH_PT_F_HAS_PTRS,
		.count = 1,
		.voff = 8, .vsize = 4,
		.noff = 8, .nsize = 8,
		.type = -1,
		.ptr = &pt_ia32_18_3_ptr,
	},
	{
		.name = "uri_query",
		.kind = KH_PT_PTR,
		.flags = KH_PT_F_HAS_PTRS,
		.count = 1,
		.voff = 12, .vsize = 4,
		.noff = 16, .nsize = 8,
		.type = -1,
		.ptr = &pt_ia32_18_4_ptr,
	},
	{
		.name = "bytes_sent",
		.kind = KH_PT_INT,
		.flags = 0,
		.widen = KH_PT_W_NONE,
		.count = 1,
		.voff = 16, .vsize = 8,
		.noff = 24, .nsize = 8,
		.type = -1,
	},
	{
		.name = "bytes_received",
		.kind = KH_PT_INT,
		.flags = 0,
		.widen = KH_PT_W_NONE,
		.count = 1,
		.voff = 24, .vsize = 8,
		.noff = 32, .nsize = 8,
		.type = -1,
	},
	{
		.name = "time_taken_ms",
		.kind = KH_PT_INT,
		.flags = 0,
		.widen = KH_PT_W_NONE,
		.count = 1,
		.voff = 32, .vsize = 4,
		.noff = 40, .nsize = 4,
		.type = -1,
	},
	{
		.name = "protocol_status",
		.kind = KH_PT_INT,
		.flags = 0,
		.widen = KH_PT_W_NONE,
		.count = 1,
		.voff = 36, .vsize = 2,
		.noff = 44, .nsize = 2,
		.type = -1,
	},
	{
		.name = "sub_status",
		.kind = KH_PT_INT,
		.flags = 0,
		.widen = KH_PT_W_NONE,
		.count = 1,
		.voff = 38, .vsize = 2,
		.noff = 46, .nsize = 2,
		.type = -1,
	},
};

/* kh_version_args */
static const struct kh_pt_member pt_ia32_19[] = {
	{
		.name = "major",
		.kind = KH_PT_INT,
		.flags = KH_PT_F_OUT,
		.widen = KH_PT_W_NONE,
		.count = 1,
		.voff = 0, .vsize = 4,
		.noff = 0, .nsize = 4,
		.type = -1,
	},
	{
		.name = "minor",
		.kind = KH_PT_INT,
		.flags = KH_PT_F_OUT,
		.widen = KH_PT_W_NONE,
		.count = 1,
		.voff = 4, .vsize = 4,
		.noff = 4, .nsize = 4,
		.type = -1,
	},
	{
		.name = "patch",
		.kind = KH_PT_INT,
		.flags = KH_PT_F_OUT,
		.widen = KH_PT_W_NONE,
		.count = 1,
		.voff = 8, .vsize = 4,
		.noff = 8, .nsize = 4,
		.type = -1,
	},
	{
		.name = "abi",
		.kind = KH_PT_INT,
		.flags = KH_PT_F_OUT,
		.widen = KH_PT_W_NONE,
		.count = 1,
		.voff = 12, .vsize = 4,
		.noff = 12, .nsize = 4,
		.type = -1,
	},
};

/* kh_queue_args */
static const struct kh_pt_check pt_ia32_20_0_chk = {
	.what = KH_PT_C_FLAGS,
	.flags_mask = (__u64)(KH_QUEUE_FLAGS_ALL),
};
static const struct kh_pt_check pt_ia32_20_1_chk = {
	.what = KH_PT_C_MAX,
	.max = KH_MAX_NAME,
};
static const struct kh_pt_ptr pt_ia32_20_2_ptr = {
	.kind = KH_PT_P_STRING,
	.flags = KH_PT_P_NOTE_COUNT,
	.ref = 1,
	.sel = -1,
	.type = -1,
	.elem_kind = KH_PT_INT,
	.nsize = 1, .nalign = 1, .vsize = 1, .valign = 1,
	.note_flags = 0,
};
static const struct kh_pt_member pt_ia32_20[] = {
	{
		.name = "flags",
		.kind = KH_PT_INT,
		.flags = 0,
		.widen = KH_PT_W_NONE,
		.count = 1,
		.voff = 0, .vsize = 4,
		.noff = 0, .nsize = 4,
		.type = -1,
		.chk = &pt_ia32_20_0_chk,
	},
	{
		.name = "name_length",
		.kind = KH_PT_INT,
		.flags = 0,
		.widen = KH_PT_W_NONE,
		.count = 1,
		.voff = 4, .vsize = 4,
		.noff = 4, .nsize = 4,
		.type = -1,
		.chk = &pt_ia32_20_1_chk,
	},
	{
		.name = "name",
		.kind = KH_PT_PTR,
		.flags = KH_PT_F_HAS_PTRS,
		.count = 1,
		.voff = 8, .vsize = 4,
		.noff = 8, .nsize = 8,
		.type = -1,
		.ptr = &pt_ia32_20_2_ptr,
	},
	{
		.name = "queue_id",
		.kind = KH_PT_INT,
		.flags = KH_PT_F_OUT,
		.widen = KH_PT_W_NONE,
		.count = 1,
		.voff = 12, .vsize = 8,
		.noff = 16, .nsize = 8,
		.type = -1,
	},
};

/* kh_url_args */
static const struct kh_pt_check pt_ia32_21_0_chk = {
	.what = KH_PT_C_RESERVED,
};
static const struct kh_pt_check pt_ia32_21_2_chk = {
	.what = KH_PT_C_MAX,
	.max = KH_MAX_URL,
};
static const struct kh_pt_ptr pt_ia32_21_3_ptr = {
	.kind = KH_PT_P_STRING,
	.flags = KH_PT_P_NOTE_COUNT,
	.ref = 2,
	.sel = -1,
	.type = -1,
	.elem_kind = KH_PT_INT,
	.nsize = 1, .nalign = 1, .vsize = 1, .valign = 1,
	.note_flags = 0,
};
static const struct kh_pt_member pt_ia32_21[] = {
	{
		.name = "flags",
		.kind = KH_PT_INT,
		.flags = 0,
		.widen = KH_PT_W_NONE,
		.count = 1,
		.voff = 0, .vsize = 4,
		.noff = 0, .nsize = 4,
		.type = -1,
		.chk = &pt_ia32_21_0_chk,
	},
	{
		.name = "url_context",
		.kind = KH_PT_INT,
		.flags = 0,
		.widen = KH_PT_W_NONE,
		.count = 1,
		.voff = 4, .vsize = 8,
		.noff = 8, .nsize = 8,
		.type = -1,
	},
	{
		.name = "url_length",
		.kind = KH_PT_INT,
		.flags = 0,
		.widen = KH_PT_W_NONE,
		.count = 1,
		.voff = 12, .vsize = 4,
		.noff = 16, .nsize = 4,
		.type = -1,
		.chk = &pt_ia32_21_2_chk,
	},
	{
		.name = "url",
		.kind = KH_PT_PTR,
		.flags = KH_PT_F_HAS_PTRS,
		.count = 1,
		.voff = 16, .vsize = 4,
		.noff = 24, .nsize = 8,
		.type = -1,
		.ptr = &pt_ia32_21_3_ptr,
	},
};

/* kh_receive_request_args */
static const struct kh_pt_check pt_ia32_22_0_chk = {
	.what = KH_PT_C_FLAGS,
	.flags_mask = (__u64)(KH_RECEIVE_FLAGS_ALL),
};
static const struct kh_pt_ptr pt_ia32_22_3_ptr = {
	.kind = KH_PT_P_EMIT,
	.flags = 0,
	.ref = 2,
	.sel = -1,
	.type = 12,	/* kh_request */
	.note_flags = 0,
};
static const struct kh_pt_member pt_ia32_22[] = {
	{
		.name = "flags",
		.kind = KH_PT_INT,
		.flags = 0,
		.widen = KH_PT_W_NONE,
		.count = 1,
		.voff = 0, .vsize = 4,
		.noff = 0, .nsize = 4,
		.type = -1,
		.chk = &pt_ia32_22_0_chk,
	},
	{
		.name = "request_id",
		.kind = KH_PT_INT,
		.flags = 0,
		.widen = KH_PT_W_NONE,
		.count = 1,
		.voff = 4, .vsize = 8,
		.noff = 8, .nsize = 8,
		.type = -1,
	},
	{
		.name = "buffer_length",
		.kind = KH_PT_INT,
		.flags = 0,
		.widen = KH_PT_W_NONE,
		.count = 1,
		.voff = 12, .vsize = 4,
		.noff = 16, .nsize = 4,
		.type = -1,
	},
	{
		.name = "buffer",
		.kind = KH_PT_PTR,
		.flags = KH_PT_F_HAS_PTRS,
		.count = 1,
		.voff = 16, .vsize = 4,
		.noff = 24, .nsize = 8,
		.type = -1,
		.ptr = &pt_ia32_22_3_ptr,
	},
	{
		.name = "bytes_returned",
		.kind = KH_PT_INT,
		.flags = KH_PT_F_OUT,
		.widen = KH_PT_W_NONE,
		.count = 1,
		.voff = 20, .vsize = 4,
		.noff = 32, .nsize = 4,
		.type = -1,
	},
	{
		.name = "bytes_needed",
		.kind = KH_PT_INT,
		.flags = KH_PT_F_OUT,
		.widen = KH_PT_W_NONE,
		.count = 1,
		.voff = 24, .vsize = 4,
		.noff = 36, .nsize = 4,
		.type = -1,
	},
};

/* kh_receive_body_args */
static const struct kh_pt_check pt_ia32_23_0_chk = {
	.what = KH_PT_C_FLAGS,
	.flags_mask = (__u64)(KH_RECEIVE_FLAGS_ALL),
};
static const struct kh_pt_ptr pt_ia32_23_3_ptr = {
	.kind = KH_PT_P_BYTES,
	.flags = KH_PT_P_OUT | KH_PT_P_NOTE_COUNT,
	.ref = 2,
	.sel = -1,
	.type = -1,
	.elem_kind = KH_PT_INT,
	.nsize = 1, .nalign = 1, .vsize = 1, .valign = 1,
	.out_size = 1, .out_align = 1,
	.note_flags = KH_PTR_OUT,
};
static const struct kh_pt_member pt_ia32_23[] = {
	{
		.name = "flags",
		.kind = KH_PT_INT,
		.flags = 0,
		.widen = KH_PT_W_NONE,
		.count = 1,
		.voff = 0, .vsize = 4,
		.noff = 0, .nsize = 4,
		.type = -1,
		.chk = &pt_ia32_23_0_chk,
	},
	{
		.name = "request_id",
		.kind = KH_PT_INT,
		.flags = 0,
		.widen = KH_PT_W_NONE,
		.count = 1,
		.voff = 4, .vsize = 8,
		.noff = 8, .nsize = 8,
		.type = -1,
	},
	{
		.name = "buffer_length",
		.kind = KH_PT_INT,
		.flags = 0,
		.widen = KH_PT_W_NONE,
		.count = 1,
		.voff = 12, .vsize = 4,
		.noff = 16, .nsize = 4,
		.type = -1,
	},
	{
		.name = "buffer",
		.kind = KH_PT_PTR,
		.flags = KH_PT_F_OUT | KH_PT_F_HAS_PTRS,
		.count = 1,
		.voff = 16, .vsize = 4,
		.noff = 24, .nsize = 8,
		.type = -1,
		.ptr = &pt_ia32_23_3_ptr,
	},
	{
		.name = "bytes_returned",
		.kind = KH_PT_INT,
		.flags = KH_PT_F_OUT,
		.widen = KH_PT_W_NONE,
		.count = 1,
		.voff = 20, .vsize = 4,
		.noff = 32, .nsize = 4,
		.type = -1,
	},
};

/* kh_send_response_args */
static const struct kh_pt_check pt_ia32_24_0_chk = {
	.what = KH_PT_C_FLAGS,
	.flags_mask = (__u64)(KH_SEND_FLAGS_ALL),
};
static const struct kh_pt_ptr pt_ia32_24_2_ptr = {
	.kind = KH_PT_P_PLAIN,
	.flags = 0,
	.ref = -1,
	.sel = -1,
	.type = 16,	/* kh_response */
	.note_flags = 0,
};
static const struct kh_pt_ptr pt_ia32_24_3_ptr = {
	.kind = KH_PT_P_PLAIN,
	.flags = KH_PT_P_OPTIONAL,
	.ref = -1,
	.sel = -1,
	.type = 17,	/* kh_cache_policy */
	.note_flags = KH_PTR_OPTIONAL,
};
static const struct kh_pt_ptr pt_ia32_24_4_ptr = {
	.kind = KH_PT_P_PLAIN,
	.flags = KH_PT_P_OPTIONAL,
	.ref = -1,
	.sel = -1,
	.type = 18,	/* kh_log_data */
	.note_flags = KH_PTR_OPTIONAL,
};
static const struct kh_pt_member pt_ia32_24[] = {
	{
		.name = "flags",
		.kind = KH_PT_INT,
		.flags = 0,
		.widen = KH_PT_W_NONE,
		.count = 1,
		.voff = 0, .vsize = 4,
		.noff = 0, .nsize = 4,
		.type = -1,
		.chk = &pt_ia32_24_0_chk,
	},
	{
		.name = "request_id",
		.kind = KH_PT_INT,
		.flags = 0,
		.widen = KH_PT_W_NONE,
		.count = 1,
		.voff = 4, .vsize = 8,
		.noff = 8, .nsize = 8,
		.type = -1,
	},
	{
		.name = "response",
		.kind = KH_PT_PTR,
		.flags = KH_PT_F_HAS_PTRS,
		.count = 1,
		.voff = 12, .vsize = 4,
		.noff = 16, .nsize = 8,
		.type = -1,
		.ptr = &pt_ia32_24_2_ptr,
	},
	{
		.name = "cache_policy",
		.kind = KH_PT_PTR,
		.flags = KH_PT_F_HAS_PTRS,
		.count = 1,
		.voff = 16, .vsize = 4,
		.noff = 24, .nsize = 8,
		.type = -1,
		.ptr = &pt_ia32_24_3_ptr,
	},
	{
		.name = "log_data",
		.kind = KH_PT_PTR,
		.flags = KH_PT_F_HAS_PTRS,
		.count = 1,
		.voff = 20, .vsize = 4,
		.noff = 32, .nsize = 8,
		.type = -1,
		.ptr = &pt_ia32_24_4_ptr,
	},
	{
		.name = "bytes_sent",
		.kind = KH_PT_INT,
		.flags = KH_PT_F_OUT,
		.widen = KH_PT_W_NONE,
		.count = 1,
		.voff = 24, .vsize = 4,
		.noff = 40, .nsize = 4,
		.type = -1,
	},
};

/* kh_send_body_args */
static const struct kh_pt_check pt_ia32_25_0_chk = {
	.what = KH_PT_C_FLAGS,
	.flags_mask = (__u64)(KH_SEND_FLAGS_ALL),
};
static const struct kh_pt_check pt_ia32_25_2_chk = {
	.what = KH_PT_C_MAX,
	.max = KH_MAX_CHUNKS,
};
static const struct kh_pt_ptr pt_ia32_25_3_ptr = {
	.kind = KH_PT_P_COUNT,
	.flags = KH_PT_P_NOTE_COUNT,
	.ref = 2,
	.sel = -1,
	.type = 8,	/* kh_data_chunk */
	.note_flags = 0,
};
static const struct kh_pt_ptr pt_ia32_25_4_ptr = {
	.kind = KH_PT_P_PLAIN,
	.flags = KH_PT_P_OPTIONAL,
	.ref = -1,
	.sel = -1,
	.type = 18,	/* kh_log_data */
	.note_flags = KH_PTR_OPTIONAL,
};
static const struct kh_pt_member pt_ia32_25[] = {
	{
		.name = "flags",
		.kind = KH_PT_INT,
		.flags = 0,
		.widen = KH_PT_W_NONE,
		.count = 1,
		.voff = 0, .vsize = 4,
		.noff = 0, .nsize = 4,
		.type = -1,
		.chk = &pt_ia32_25_0_chk,
	},
	{
		.name = "request_id",
		.kind = KH_PT_INT,
		.flags = 0,
		.widen = KH_PT_W_NONE,
		.count = 1,
		.voff = 4, .vsize = 8,
		.noff = 8, .nsize = 8,
		.type = -1,
	},
	{
		.name = "chunk_count",
		.kind = KH_PT_INT,
		.flags = 0,
		.widen = KH_PT_W_NONE,
		.count = 1,
		.voff = 12, .vsize = 2,
		.noff = 16, .nsize = 2,
		.type = -1,
		.chk = &pt_ia32_25_2_chk,
	},
	{
		.name = "chunks",
		.kind = KH_PT_PTR,
		.flags = KH_PT_F_HAS_PTRS,
		.count = 1,
		.voff = 16, .vsize = 4,
		.noff = 24, .nsize = 8,
		.type = -1,
		.ptr = &pt_ia32_25_3_ptr,
	},
	{
		.name = "log_data",
		.kind = KH_PT_PTR,
		.flags = KH_PT_F_HAS_PTRS,
		.count = 1,
		.voff = 20, .vsize = 4,
		.noff = 32, .nsize = 8,
		.type = -1,
		.ptr = &pt_ia32_25_4_ptr,
	},
	{
		.name = "bytes_sent",
		.kind = KH_PT_INT,
		.flags = KH_PT_F_OUT,
		.widen = KH_PT_W_NONE,
		.count = 1,
		.voff = 24, .vsize = 4,
		.noff = 40, .nsize = 4,
		.type = -1,
	},
};

/* kh_cancel_args */
static const struct kh_pt_check pt_ia32_26_0_chk = {
	.what = KH_PT_C_RESERVED,
};
static const struct kh_pt_member pt_ia32_26[] = {
	{
		.name = "flags",
		.kind = KH_PT_INT,
		.flags = 0,
		.widen = KH_PT_W_NONE,
		.count = 1,
		.voff = 0, .vsize = 4,
		.noff = 0, .nsize = 4,
		.type = -1,
		.chk = &pt_ia32_26_0_chk,
	},
	{
		.name = "request_id",
		.kind = KH_PT_INT,
		.flags = 0,
		.widen = KH_PT_W_NONE,
		.count = 1,
		.voff = 4, .vsize = 8,
		.noff = 8, .nsize = 8,
		.type = -1,
	},
};

/* kh_wait_disconnect_args */
static const struct kh_pt_check pt_ia32_27_0_chk = {
	.what = KH_PT_C_RESERVED,
};
static const struct kh_pt_member pt_ia32_27[] = {
	{
		.name = "flags",
		.kind = KH_PT_INT,
		.flags = 0,
		.widen = KH_PT_W_NONE,
		.count = 1,
		.voff = 0, .vsize = 4,
		.noff = 0, .nsize = 4,
		.type = -1,
		.chk = &pt_ia32_27_0_chk,
	},
	{
		.name = "connection_id",
		.kind = KH_PT_INT,
		.flags = 0,
		.widen = KH_PT_W_NONE,
		.count = 1,
		.voff = 4, .vsize = 8,
		.noff = 8, .nsize = 8,
		.type = -1,
	},
};

/* kh_flush_cache_args */
static const struct kh_pt_check pt_ia32_28_0_chk = {
	.what = KH_PT_C_RESERVED,
};
static const struct kh_pt_check pt_ia32_28_1_chk = {
	.what = KH_PT_C_MAX,
	.max = KH_MAX_URL,
};
static const struct kh_pt_ptr pt_ia32_28_2_ptr = {
	.kind = KH_PT_P_STRING,
	.flags = KH_PT_P_NOTE_COUNT,
	.ref = 1,
	.sel = -1,
	.type = -1,
	.elem_kind = KH_PT_INT,
	.nsize = 1, .nalign = 1, .vsize = 1, .valign = 1,
	.note_flags = 0,
};
static const struct kh_pt_member pt_ia32_28[] = {
	{
		.name = "flags",
		.kind = KH_PT_INT,
		.flags = 0,
		.widen = KH_PT_W_NONE,
		.count = 1,
		.voff = 0, .vsize = 4,
		.noff = 0, .nsize = 4,
		.type = -1,
		.chk = &pt_ia32_28_0_chk,
	},
	{
		.name = "url_length",
		.kind = KH_PT_INT,
		.flags = 0,
		.widen = KH_PT_W_NONE,
		.count = 1,
		.voff = 4, .vsize = 4,
		.noff = 4, .nsize = 4,
		.type = -1,
		.chk = &pt_ia32_28_1_chk,
	},
	{
		.name = "url",
		.kind = KH_PT_PTR,
		.flags = KH_PT_F_HAS_PTRS,
		.count = 1,
		.voff = 8, .vsize = 4,
		.noff = 8, .nsize = 8,
		.type = -1,
		.ptr = &pt_ia32_28_2_ptr,
	},
};

/* kh_stats_args */
static const struct kh_pt_check pt_ia32_29_0_chk = {
	.what = KH_PT_C_FLAGS,
	.flags_mask = (__u64)(KH_STATS_FLAGS_ALL),
};
static const struct kh_pt_check pt_ia32_29_1_chk = {
	.what = KH_PT_C_MAX,
	.max = KH_MAX_COUNTERS,
};
static const struct kh_pt_ptr pt_ia32_29_2_ptr = {
	.kind = KH_PT_P_COUNT,
	.flags = KH_PT_P_OUT | KH_PT_P_XLATE | KH_PT_P_NOTE_COUNT,
	.ref = 1,
	.sel = -1,
	.type = -1,
	.elem_kind = KH_PT_INT,
	.elem_widen = KH_PT_W_NONE,
	.nsize = sizeof(__u64), .nalign = _Alignof(__u64),
	.vsize = sizeof(__u64), .valign = _Alignof(__u64),
	.out_size = sizeof(__u64), .out_align = _Alignof(__u64),
	.note_flags = KH_PTR_OUT,
};
static const struct kh_pt_member pt_ia32_29[] = {
	{
		.name = "flags",
		.kind = KH_PT_INT,
		.flags = 0,
		.widen = KH_PT_W_NONE,
		.count = 1,
		.voff = 0, .vsize = 4,
		.noff = 0, .nsize = 4,
		.type = -1,
		.chk = &pt_ia32_29_0_chk,
	},
	{
		.name = "counter_count",
		.kind = KH_PT_INT,
		.flags = 0,
		.widen = KH_PT_W_NONE,
		.count = 1,
		.voff = 4, .vsize = 4,
		.noff = 4, .nsize = 4,
		.type = -1,
		.chk = &pt_ia32_29_1_chk,
	},
	{
		.name = "counters",
		.kind = KH_PT_PTR,
		.flags = KH_PT_F_OUT | KH_PT_F_HAS_PTRS,
		.count = 1,
		.voff = 8, .vsize = 4,
		.noff = 8, .nsize = 8,
		.type = -1,
		.ptr = &pt_ia32_29_2_ptr,
	},
	{
		.name = "counters_returned",
		.kind = KH_PT_INT,
		.flags = KH_PT_F_OUT,
		.widen = KH_PT_W_NONE,
		.count = 1,
		.voff = 12, .vsize = 4,
		.noff = 16, .nsize = 4,
		.type = -1,
	},
};

/* kh_limits_args */
static const struct kh_pt_check pt_ia32_30_0_chk = {
	.what = KH_PT_C_FLAGS,
	.flags_mask = (__u64)(KH_LIMITS_ALL),
};
static const struct kh_pt_member pt_ia32_30[] = {
	{
		.name = "mask",
		.kind = KH_PT_INT,
		.flags = 0,
		.widen = KH_PT_W_NONE,
		.count = 1,
		.voff = 0, .vsize = 4,
		.noff = 0, .nsize = 4,
		.type = -1,
		.chk = &pt_ia32_30_0_chk,
	},
	{
		.name = "max_connections",
		.kind = KH_PT_INT,
		.flags = 0,
		.widen = KH_PT_W_NONE,
		.count = 1,
		.voff = 4, .vsize = 4,
		.noff = 4, .nsize = 4,
		.type = -1,
	},
	{
		.name = "queue_length",
		.kind = KH_PT_INT,
		.flags = 0,
		.widen = KH_PT_W_NONE,
		.count = 1,
		.voff = 8, .vsize = 4,
		.noff = 8, .nsize = 4,
		.type = -1,
	},
	{
		.name = "max_header_bytes",
		.kind = KH_PT_INT,
		.flags = 0,
		.widen = KH_PT_W_NONE,
		.count = 1,
		.voff = 12, .vsize = 4,
		.noff = 12, .nsize = 4,
		.type = -1,
	},
	{
		.name = "max_body_bytes",
		.kind = KH_PT_INT,
		.flags = 0,
		.widen = KH_PT_W_NONE,
		.count = 1,
		.voff = 16, .vsize = 8,
		.noff = 16, .nsize = 8,
		.type = -1,
	},
	{
		.name = "idle_timeout_ms",
		.kind = KH_PT_INT,
		.flags = 0,
		.widen = KH_PT_W_NONE,
		.count = 1,
		.voff = 24, .vsize = 4,
		.noff = 24, .nsize = 4,
		.type = -1,
	},
	{
		.name = "header_timeout_ms",
		.kind = KH_PT_INT,
		.flags = 0,
		.widen = KH_PT_W_NONE,
		.count = 1,
		.voff = 28, .vsize = 4,
		.noff = 28, .nsize = 4,
		.type = -1,
	},
};

/* kh_admin_entry */
static const struct kh_pt_check pt_ia32_31_0_chk = {
	.what = KH_PT_C_ENUM,
	.enum_vals = pt_enum_kh_admin_kind,
	.nenum = 7,
};
static const struct kh_pt_member pt_ia32_31[] = {
	{
		.name = "kind",
		.kind = KH_PT_INT,
		.flags = 0,
		.widen = KH_PT_W_NONE,
		.count = 1,
		.voff = 0, .vsize = 4,
		.noff = 0, .nsize = 4,
		.type = -1,
		.chk = &pt_ia32_31_0_chk,
	},
	{
		.name = "abi",
		.kind = KH_PT_INT,
		.flags = 0,
		.widen = KH_PT_W_NONE,
		.count = 1,
		.voff = 4, .vsize = 4,
		.noff = 4, .nsize = 4,
		.type = -1,
	},
	{
		.name = "id",
		.kind = KH_PT_INT,
		.flags = 0,
		.widen = KH_PT_W_NONE,
		.count = 1,
		.voff = 8, .vsize = 8,
		.noff = 8, .nsize = 8,
		.type = -1,
	},
	{
		.name = "queue_id",
		.kind = KH_PT_INT,
		.flags = 0,
		.widen = KH_PT_W_NONE,
		.count = 1,
		.voff = 16, .vsize = 8,
		.noff = 16, .nsize = 8,
		.type = -1,
	},
	{
		.name = "pid",
		.kind = KH_PT_INT,
		.flags = 0,
		.widen = KH_PT_W_NONE,
		.count = 1,
		.voff = 24, .vsize = 4,
		.noff = 24, .nsize = 4,
		.type = -1,
	},
	{
		.name = "port",
		.kind = KH_PT_INT,
		.flags = 0,
		.widen = KH_PT_W_NONE,
		.count = 1,
		.voff = 28, .vsize = 4,
		.noff = 28, .nsize = 4,
		.type = -1,
	},
	{
		.name = "value",
		.kind = KH_PT_INT,
		.flags = KH_PT_F_ARRAY,
		.widen = KH_PT_W_NONE,
		.count = 3,
		.voff = 32, .vsize = 8,
		.noff = 32, .nsize = 8,
		.type = -1,
	},
	{
		.name = "name",
		.kind = KH_PT_INT,
		.flags = KH_PT_F_ARRAY | KH_PT_F_CAP_COPY | KH_PT_F_EMIT_COPY | KH_PT_F_SIGNED,
		.widen = KH_PT_W_NONE,
		.count = 240,
		.voff = 56, .vsize = 1,
		.noff = 56, .nsize = 1,
		.type = -1,
	},
};

/* kh_admin_list_args */
static const struct kh_pt_check pt_ia32_32_0_chk = {
	.what = KH_PT_C_ENUM,
	.enum_vals = pt_enum_kh_admin_kind,
	.nenum = 7,
};
static const struct kh_pt_check pt_ia32_32_1_chk = {
	.what = KH_PT_C_RESERVED,
};
static const struct kh_pt_check pt_ia32_32_3_chk = {
	.what = KH_PT_C_MAX,
	.max = KH_MAX_ADMIN_ENTRIES,
};
static const struct kh_pt_ptr pt_ia32_32_4_ptr = {
	.kind = KH_PT_P_COUNT,
	.flags = KH_PT_P_OUT | KH_PT_P_NOTE_COUNT,
	.ref = 3,
	.sel = -1,
	.type = 31,	/* kh_admin_entry */
	.out_size = sizeof(struct kh_admin_entry), .out_align = _Alignof(struct kh_admin_entry),
	.note_flags = KH_PTR_OUT,
};
static const struct kh_pt_member pt_ia32_32[] = {
	{
		.name = "kind",
		.kind = KH_PT_INT,
		.flags = 0,
		.widen = KH_PT_W_NONE,
		.count = 1,
		.voff = 0, .vsize = 4,
		.noff = 0, .nsize = 4,
		.type = -1,
		.chk = &pt_ia32_32_0_chk,
	},
	{
		.name = "flags",
		.kind = KH_PT_INT,
		.flags = 0,
		.widen = KH_PT_W_NONE,
		.count = 1,
		.voff = 4, .vsize = 4,
		.noff = 4, .nsize = 4,
		.type = -1,
		.chk = &pt_ia32_32_1_chk,
	},
	{
		.name = "start",
		.kind = KH_PT_INT,
		.flags = 0,
		.widen = KH_PT_W_NONE,
		.count = 1,
		.voff = 8, .vsize = 4,
		.noff = 8, .nsize = 4,
		.type = -1,
	},
	{
		.name = "entry_count",
		.kind = KH_PT_INT,
		.flags = 0,
		.widen = KH_PT_W_NONE,
		.count = 1,
		.voff = 12, .vsize = 4,
		.noff = 12, .nsize = 4,
		.type = -1,
		.chk = &pt_ia32_32_3_chk,
	},
	{
		.name = "entries",
		.kind = KH_PT_PTR,
		.flags = KH_PT_F_OUT | KH_PT_F_HAS_PTRS,
		.count = 1,
		.voff = 16, .vsize = 4,
		.noff = 16, .nsize = 8,
		.type = -1,
		.ptr = &pt_ia32_32_4_ptr,
	},
	{
		.name = "entries_returned",
		.kind = KH_PT_INT,
		.flags = KH_PT_F_OUT,
		.widen = KH_PT_W_NONE,
		.count = 1,
		.voff = 20, .vsize = 4,
		.noff = 24, .nsize = 4,
		.type = -1,
	},
	{
		.name = "entries_total",
		.kind = KH_PT_INT,
		.flags = KH_PT_F_OUT,
		.widen = KH_PT_W_NONE,
		.count = 1,
		.voff = 24, .vsize = 4,
		.noff = 28, .nsize = 4,
		.type = -1,
	},
};

/* kh_queue_access_args */
static const struct kh_pt_check pt_ia32_33_0_chk = {
	.what = KH_PT_C_FLAGS,
	.flags_mask = (__u64)(KH_QUEUE_ACCESS_ALL),
};
static const struct kh_pt_check pt_ia32_33_1_chk = {
	.what = KH_PT_C_MAX,
	.max = KH_MAX_ACCESS_IDS,
};
static const struct kh_pt_check pt_ia32_33_2_chk = {
	.what = KH_PT_C_MAX,
	.max = KH_MAX_ACCESS_IDS,
};
static const struct kh_pt_ptr pt_ia32_33_3_ptr = {
	.kind = KH_PT_P_COUNT,
	.flags = KH_PT_P_NOTE_COUNT,
	.ref = 1,
	.sel = -1,
	.type = -1,
	.elem_kind = KH_PT_INT,
	.elem_widen = KH_PT_W_NONE,
	.nsize = sizeof(__u32), .nalign = _Alignof(__u32),
	.vsize = sizeof(__u32), .valign = _Alignof(__u32),
	.note_flags = 0,
};
static const struct kh_pt_ptr pt_ia32_33_4_ptr = {
	.kind = KH_PT_P_COUNT,
	.flags = KH_PT_P_NOTE_COUNT,
	.ref = 2,
	.sel = -1,
	.type = -1,
	.elem_kind = KH_PT_INT,
	.elem_widen = KH_PT_W_NONE,
	.nsize = sizeof(__u32), .nalign = _Alignof(__u32),
	.vsize = sizeof(__u32), .valign = _Alignof(__u32),
	.note_flags = 0,
};
static const struct kh_pt_member pt_ia32_33[] = {
	{
		.name = "mode",
		.kind = KH_PT_INT,
		.flags = 0,
		.widen = KH_PT_W_NONE,
		.count = 1,
		.voff = 0, .vsize = 4,
		.noff = 0, .nsize = 4,
		.type = -1,
		.chk = &pt_ia32_33_0_chk,
	},
	{
		.name = "uid_count",
		.kind = KH_PT_INT,
		.flags = 0,
		.widen = KH_PT_W_NONE,
		.count = 1,
		.voff = 4, .vsize = 2,
		.noff = 4, .nsize = 2,
		.type = -1,
		.chk = &pt_ia32_33_1_chk,
	},
	{
		.name = "gid_count",
		.kind = KH_PT_INT,
		.flags = 0,
		.widen = KH_PT_W_NONE,
		.count = 1,
		.voff = 6, .vsize = 2,
		.noff = 6, .nsize = 2,
		.type = -1,
		.chk = &pt_ia32_33_2_chk,
	},
	{
		.name = "uids",
		.kind = KH_PT_PTR,
		.flags = KH_PT_F_HAS_PTRS,
		.count = 1,
		.voff = 8, .vsize = 4,
		.noff = 8, .nsize = 8,
		.type = -1,
		.ptr = &pt_ia32_33_3_ptr,
	},
	{
		.name = "gids",
		.kind = KH_PT_PTR,
		.flags = KH_PT_F_HAS_PTRS,
		.count = 1,
		.voff = 12, .vsize = 4,
		.noff = 16, .nsize = 8,
		.type = -1,
		.ptr = &pt_ia32_33_4_ptr,
	},
};

/* kh_reservation_args */
static const struct kh_pt_check pt_ia32_34_0_chk = {
	.what = KH_PT_C_FLAGS,
	.flags_mask = (__u64)(KH_RESERVE_FLAGS_ALL),
};
static const struct kh_pt_check pt_ia32_34_3_chk = {
	.what = KH_PT_C_MAX,
	.max = KH_MAX_URL,
};
static const struct kh_pt_ptr pt_ia32_34_4_ptr = {
	.kind = KH_PT_P_STRING,
	.flags = KH_PT_P_NOTE_COUNT,
	.ref = 3,
	.sel = -1,
	.type = -1,
	.elem_kind = KH_PT_INT,
	.nsize = 1, .nalign = 1, .vsize = 1, .valign = 1,
	.note_flags = 0,
};
static const struct kh_pt_member pt_ia32_34[] = {
	{
		.name = "flags",
		.kind = KH_PT_INT,
		.flags = 0,
		.widen = KH_PT_W_NONE,
		.count = 1,
		.voff = 0, .vsize = 4,
		.noff = 0, .nsize = 4,
		.type = -1,
		.chk = &pt_ia32_34_0_chk,
	},
	{
		.name = "uid",
		.kind = KH_PT_INT,
		.flags = 0,
		.widen = KH_PT_W_NONE,
		.count = 1,
		.voff = 4, .vsize = 4,
		.noff = 4, .nsize = 4,
		.type = -1,
	},
	{
		.name = "gid",
		.kind = KH_PT_INT,
		.flags = 0,
		.widen = KH_PT_W_NONE,
		.count = 1,
		.voff = 8, .vsize = 4,
		.noff = 8, .nsize = 4,
		.type = -1,
	},
	{
		.name = "url_length",
		.kind = KH_PT_INT,
		.flags = 0,
		.widen = KH_PT_W_NONE,
		.count = 1,
		.voff = 12, .vsize = 4,
		.noff = 12, .nsize = 4,
		.type = -1,
		.chk = &pt_ia32_34_3_chk,
	},
	{
		.name = "url",
		.kind = KH_PT_PTR,
		.flags = KH_PT_F_HAS_PTRS,
		.count = 1,
		.voff = 16, .vsize = 4,
		.noff = 16, .nsize = 8,
		.type = -1,
		.ptr = &pt_ia32_34_4_ptr,
	},
};

/* kh_data_chunk.u */
static const struct kh_pt_member pt_ia32_35[] = {
	{
		.name = "memory",
		.kind = KH_PT_RECORD,
		.flags = KH_PT_F_HAS_PTRS,
		.count = 1,
		.voff = 0, .vsize = 8,
		.noff = 0, .nsize = 16,
		.type = 36,	/* kh_data_chunk.1.memory */
		.has_when = 1,
		.when = KH_CHUNK_FROM_MEMORY,
	},
	{
		.name = "file",
		.kind = KH_PT_RECORD,
		.flags = 0,
		.count = 1,
		.voff = 0, .vsize = 20,
		.noff = 0, .nsize = 24,
		.type = 37,	/* kh_data_chunk.1.file */
		.has_when = 1,
		.when = KH_CHUNK_FROM_FILE,
	},
	{
		.name = "fragment",
		.kind = KH_PT_RECORD,
		.flags = KH_PT_F_HAS_PTRS,
		.count = 1,
		.voff = 0, .vsize = 8,
		.noff = 0, .nsize = 16,
		.type = 38,	/* kh_data_chunk.1.fragment */
		.has_when = 1,
		.when = KH_CHUNK_FROM_FRAGMENT_CACHE,
	},
};

/* kh_data_chunk.1.memory */
static const struct kh_pt_ptr pt_ia32_36_0_ptr = {
	.kind = KH_PT_P_BYTES,
	.flags = KH_PT_P_NOTE_COUNT,
	.ref = 1,
	.sel = -1,
	.type = -1,
	.elem_kind = KH_PT_INT,
	.nsize = 1, .nalign = 1, .vsize = 1, .valign = 1,
	.note_flags = 0,
};
static const struct kh_pt_member pt_ia32_36[] = {
	{
		.name = "buffer",
		.kind = KH_PT_PTR,
		.flags = KH_PT_F_HAS_PTRS,
		.count = 1,
		.voff = 0, .vsize = 4,
		.noff = 0, .nsize = 8,
		.type = -1,
		.ptr = &pt_ia32_36_0_ptr,
	},
	{
		.name = "length",
		.kind = KH_PT_INT,
		.flags = 0,
		.widen = KH_PT_W_NONE,
		.count = 1,
		.voff = 4, .vsize = 4,
		.noff = 8, .nsize = 4,
		.type = -1,
	},
};

/* kh_data_chunk.1.file */
static const struct kh_pt_check pt_ia32_37_1_chk = {
	.what = 0,
	.neg_err = -EBADF,
};
static const struct kh_pt_member pt_ia32_37[] = {
	{
		.name = "range",
		.kind = KH_PT_RECORD,
		.flags = 0,
		.count = 1,
		.voff = 0, .vsize = 16,
		.noff = 0, .nsize = 16,
		.type = 1,	/* kh_byte_range */
	},
	{
		.name = "fd",
		.kind = KH_PT_INT,
		.flags = KH_PT_F_SIGNED,
		.widen = KH_PT_W_NONE,
		.count = 1,
		.voff = 16, .vsize = 4,
		.noff = 16, .nsize = 4,
		.type = -1,
		.chk = &pt_ia32_37_1_chk,
	},
};

/* kh_data_chunk.1.fragment */
static const struct kh_pt_check pt_ia32_38_0_chk = {
	.what = KH_PT_C_MAX,
	.max = KH_MAX_FRAGMENT_NAME,
};
static const struct kh_pt_ptr pt_ia32_38_1_ptr = {
	.kind = KH_PT_P_STRING,
	.flags = KH_PT_P_NOTE_COUNT,
	.ref = 0,
	.sel = -1,
	.type = -1,
	.elem_kind = KH_PT_INT,
	.nsize = 1, .nalign = 1, .vsize = 1, .valign = 1,
	.note_flags = 0,
};
static const struct kh_pt_member pt_ia32_38[] = {
	{
		.name = "name_length",
		.kind = KH_PT_INT,
		.flags = 0,
		.widen = KH_PT_W_NONE,
		.count = 1,
		.voff = 0, .vsize = 2,
		.noff = 0, .nsize = 2,
		.type = -1,
		.chk = &pt_ia32_38_0_chk,
	},
	{
		.name = "name",
		.kind = KH_PT_PTR,
		.flags = KH_PT_F_HAS_PTRS,
		.count = 1,
		.voff = 4, .vsize = 4,
		.noff = 8, .nsize = 8,
		.type = -1,
		.ptr = &pt_ia32_38_1_ptr,
	},
};

static const struct kh_pt_record pt_ia32[] = {
	[0] = {
		.name = "kh_http_version",
		.is_union = 0,
		.anonymous = 0,
		.has_ptrs = 0,
		.vsize = sizeof(struct kh_http_version), .valign = _Alignof(struct kh_http_version),
		.nsize = sizeof(struct kh_http_version), .nalign = _Alignof(struct kh_http_version),
		.m = pt_ia32_0,
		.nm = 2,
	},
	[1] = {
		.name = "kh_byte_range",
		.is_union = 0,
		.anonymous = 0,
		.has_ptrs = 0,
		.vsize = sizeof(struct kh_byte_range_ia32), .valign = _Alignof(struct kh_byte_range_ia32),
		.nsize = sizeof(struct kh_byte_range), .nalign = _Alignof(struct kh_byte_range),
		.m = pt_ia32_1,
		.nm = 2,
	},
	[2] = {
		.name = "kh_known_header",
		.is_union = 0,
		.anonymous = 0,
		.has_ptrs = 1,
		.vsize = sizeof(struct kh_known_header_ia32), .valign = _Alignof(struct kh_known_header_ia32),
		.nsize = sizeof(struct kh_known_header), .nalign = _Alignof(struct kh_known_header),
		.m = pt_ia32_2,
		.nm = 2,
	},
	[3] = {
		.name = "kh_unknown_header",
		.is_union = 0,
		.anonymous = 0,
		.has_ptrs = 1,
		.vsize = sizeof(struct kh_unknown_header_ia32), .valign = _Alignof(struct kh_unknown_header_ia32),
		.nsize = sizeof(struct kh_unknown_header), .nalign = _Alignof(struct kh_unknown_header),
		.m = pt_ia32_3,
		.nm = 4,
	},
	[4] = {
		.name = "kh_cooked_url",
		.is_union = 0,
		.anonymous = 0,
		.has_ptrs = 1,
		.vsize = sizeof(struct kh_cooked_url_ia32), .valign = _Alignof(struct kh_cooked_url_ia32),
		.nsize = sizeof(struct kh_cooked_url), .nalign = _Alignof(struct kh_cooked_url),
		.m = pt_ia32_4,
		.nm = 8,
	},
	[5] = {
		.name = "kh_transport_address",
		.is_union = 0,
		.anonymous = 0,
		.has_ptrs = 1,
		.vsize = sizeof(struct kh_transport_address_ia32), .valign = _Alignof(struct kh_transport_address_ia32),
		.nsize = sizeof(struct kh_transport_address), .nalign = _Alignof(struct kh_transport_address),
		.m = pt_ia32_5,
		.nm = 2,
	},
	[6] = {
		.name = "kh_request_headers",
		.is_union = 0,
		.anonymous = 0,
		.has_ptrs = 1,
		.vsize = sizeof(struct kh_request_headers_ia32), .valign = _Alignof(struct kh_request_headers_ia32),
		.nsize = sizeof(struct kh_request_headers), .nalign = _Alignof(struct kh_request_headers),
		.m = pt_ia32_6,
		.nm = 5,
	},
	[7] = {
		.name = "kh_response_headers",
		.is_union = 0,
		.anonymous = 0,
		.has_ptrs = 1,
		.vsize = sizeof(struct kh_response_headers_ia32), .valign = _Alignof(struct kh_response_headers_ia32),
		.nsize = sizeof(struct kh_response_headers), .nalign = _Alignof(struct kh_response_headers),
		.m = pt_ia32_7,
		.nm = 5,
	},
	[8] = {
		.name = "kh_data_chunk",
		.is_union = 0,
		.anonymous = 0,
		.has_ptrs = 1,
		.vsize = sizeof(struct kh_data_chunk_ia32), .valign = _Alignof(struct kh_data_chunk_ia32),
		.nsize = sizeof(struct kh_data_chunk), .nalign = _Alignof(struct kh_data_chunk),
		.m = pt_ia32_8,
		.nm = 2,
	},
	[9] = {
		.name = "kh_request_timing",
		.is_union = 0,
		.anonymous = 0,
		.has_ptrs = 0,
		.vsize = sizeof(struct kh_request_timing_ia32), .valign = _Alignof(struct kh_request_timing_ia32),
		.nsize = sizeof(struct kh_request_timing), .nalign = _Alignof(struct kh_request_timing),
		.m = pt_ia32_9,
		.nm = 3,
	},
	[10] = {
		.name = "kh_request_tcp",
		.is_union = 0,
		.anonymous = 0,
		.has_ptrs = 0,
		.vsize = sizeof(struct kh_request_tcp_ia32), .valign = _Alignof(struct kh_request_tcp_ia32),
		.nsize = sizeof(struct kh_request_tcp), .nalign = _Alignof(struct kh_request_tcp),
		.m = pt_ia32_10,
		.nm = 3,
	},
	[11] = {
		.name = "kh_request_info",
		.is_union = 0,
		.anonymous = 0,
		.has_ptrs = 1,
		.vsize = sizeof(struct kh_request_info_ia32), .valign = _Alignof(struct kh_request_info_ia32),
		.nsize = sizeof(struct kh_request_info), .nalign = _Alignof(struct kh_request_info),
		.m = pt_ia32_11,
		.nm = 3,
	},
	[12] = {
		.name = "kh_request",
		.is_union = 0,
		.anonymous = 0,
		.has_ptrs = 1,
		.vsize = sizeof(struct kh_request_ia32), .valign = _Alignof(struct kh_request_ia32),
		.nsize = sizeof(struct kh_request), .nalign = _Alignof(struct kh_request),
		.m = pt_ia32_12,
		.nm = 19,
	},
	[13] = {
		.name = "kh_multiple_known_headers",
		.is_union = 0,
		.anonymous = 0,
		.has_ptrs = 1,
		.vsize = sizeof(struct kh_multiple_known_headers_ia32), .valign = _Alignof(struct kh_multiple_known_headers_ia32),
		.nsize = sizeof(struct kh_multiple_known_headers), .nalign = _Alignof(struct kh_multiple_known_headers),
		.m = pt_ia32_13,
		.nm = 4,
	},
	[14] = {
		.name = "kh_cache_key",
		.is_union = 0,
		.anonymous = 0,
		.has_ptrs = 1,
		.vsize = sizeof(struct kh_cache_key_ia32), .valign = _Alignof(struct kh_cache_key_ia32),
		.nsize = sizeof(struct kh_cache_key), .nalign = _Alignof(struct kh_cache_key),
		.m = pt_ia32_14,
		.nm = 2,
	},
	[15] = {
		.name = "kh_response_info",
		.is_union = 0,
		.anonymous = 0,
		.has_ptrs = 1,
		.vsize = sizeof(struct kh_response_info_ia32), .valign = _Alignof(struct kh_response_info_ia32),
		.nsize = sizeof(struct kh_response_info), .nalign = _Alignof(struct kh_response_info),
		.m = pt_ia32_15,
		.nm = 3,
	},
	[16] = {
		.name = "kh_response",
		.is_union = 0,
		.anonymous = 0,
		.has_ptrs = 1,
		.vsize = sizeof(struct kh_response_ia32), .valign = _Alignof(struct kh_response_ia32),
		.nsize = sizeof(struct kh_response), .nalign = _Alignof(struct kh_response),
		.m = pt_ia32_16,
		.nm = 10,
	},
	[17] = {
		.name = "kh_cache_policy",
		.is_union = 0,
		.anonymous = 0,
		.has_ptrs = 0,
		.vsize = sizeof(struct kh_cache_policy), .valign = _Alignof(struct kh_cache_policy),
		.nsize = sizeof(struct kh_cache_policy), .nalign = _Alignof(struct kh_cache_policy),
		.m = pt_ia32_17,
		.nm = 2,
	},
	[18] = {
		.name = "kh_log_data",
		.is_union = 0,
		.anonymous = 0,
		.has_ptrs = 1,
		.vsize = sizeof(struct kh_log_data_ia32), .valign = _Alignof(struct kh_log_data_ia32),
		.nsize = sizeof(struct kh_log_data), .nalign = _Alignof(struct kh_log_data),
		.m = pt_ia32_18,
		.nm = 10,
	},
	[19] = {
		.name = "kh_version_args",
		.is_union = 0,
		.anonymous = 0,
		.has_ptrs = 0,
		.vsize = sizeof(struct kh_version_args), .valign = _Alignof(struct kh_version_args),
		.nsize = sizeof(struct kh_version_args), .nalign = _Alignof(struct kh_version_args),
		.m = pt_ia32_19,
		.nm = 4,
	},
	[20] = {
		.name = "kh_queue_args",
		.is_union = 0,
		.anonymous = 0,
		.has_ptrs = 1,
		.vsize = sizeof(struct kh_queue_args_ia32), .valign = _Alignof(struct kh_queue_args_ia32),
		.nsize = sizeof(struct kh_queue_args), .nalign = _Alignof(struct kh_queue_args),
		.m = pt_ia32_20,
		.nm = 4,
	},
	[21] = {
		.name = "kh_url_args",
		.is_union = 0,
		.anonymous = 0,
		.has_ptrs = 1,
		.vsize = sizeof(struct kh_url_args_ia32), .valign = _Alignof(struct kh_url_args_ia32),
		.nsize = sizeof(struct kh_url_args), .nalign = _Alignof(struct kh_url_args),
		.m = pt_ia32_21,
		.nm = 4,
	},
	[22] = {
		.name = "kh_receive_request_args",
		.is_union = 0,
		.anonymous = 0,
		.has_ptrs = 1,
		.vsize = sizeof(struct kh_receive_request_args_ia32), .valign = _Alignof(struct kh_receive_request_args_ia32),
		.nsize = sizeof(struct kh_receive_request_args), .nalign = _Alignof(struct kh_receive_request_args),
		.m = pt_ia32_22,
		.nm = 6,
	},
	[23] = {
		.name = "kh_receive_body_args",
		.is_union = 0,
		.anonymous = 0,
		.has_ptrs = 1,
		.vsize = sizeof(struct kh_receive_body_args_ia32), .valign = _Alignof(struct kh_receive_body_args_ia32),
		.nsize = sizeof(struct kh_receive_body_args), .nalign = _Alignof(struct kh_receive_body_args),
		.m = pt_ia32_23,
		.nm = 5,
	},
	[24] = {
		.name = "kh_send_response_args",
		.is_union = 0,
		.anonymous = 0,
		.has_ptrs = 1,
		.vsize = sizeof(struct kh_send_response_args_ia32), .valign = _Alignof(struct kh_send_response_args_ia32),
		.nsize = sizeof(struct kh_send_response_args), .nalign = _Alignof(struct kh_send_response_args),
		.m = pt_ia32_24,
		.nm = 6,
	},
	[25] = {
		.name = "kh_send_body_args",
		.is_union = 0,
		.anonymous = 0,
		.has_ptrs = 1,
		.vsize = sizeof(struct kh_send_body_args_ia32), .valign = _Alignof(struct kh_send_body_args_ia32),
		.nsize = sizeof(struct kh_send_body_args), .nalign = _Alignof(struct kh_send_body_args),
		.m = pt_ia32_25,
		.nm = 6,
	},
	[26] = {
		.name = "kh_cancel_args",
		.is_union = 0,
		.anonymous = 0,
		.has_ptrs = 0,
		.vsize = sizeof(struct kh_cancel_args_ia32), .valign = _Alignof(struct kh_cancel_args_ia32),
		.nsize = sizeof(struct kh_cancel_args), .nalign = _Alignof(struct kh_cancel_args),
		.m = pt_ia32_26,
		.nm = 2,
	},
	[27] = {
		.name = "kh_wait_disconnect_args",
		.is_union = 0,
		.anonymous = 0,
		.has_ptrs = 0,
		.vsize = sizeof(struct kh_wait_disconnect_args_ia32), .valign = _Alignof(struct kh_wait_disconnect_args_ia32),
		.nsize = sizeof(struct kh_wait_disconnect_args), .nalign = _Alignof(struct kh_wait_disconnect_args),
		.m = pt_ia32_27,
		.nm = 2,
	},
	[28] = {
		.name = "kh_flush_cache_args",
		.is_union = 0,
		.anonymous = 0,
		.has_ptrs = 1,
		.vsize = sizeof(struct kh_flush_cache_args_ia32), .valign = _Alignof(struct kh_flush_cache_args_ia32),
		.nsize = sizeof(struct kh_flush_cache_args), .nalign = _Alignof(struct kh_flush_cache_args),
		.m = pt_ia32_28,
		.nm = 3,
	},
	[29] = {
		.name = "kh_stats_args",
		.is_union = 0,
		.anonymous = 0,
		.has_ptrs = 1,
		.vsize = sizeof(struct kh_stats_args_ia32), .valign = _Alignof(struct kh_stats_args_ia32),
		.nsize = sizeof(struct kh_stats_args), .nalign = _Alignof(struct kh_stats_args),
		.m = pt_ia32_29,
		.nm = 4,
	},
	[30] = {
		.name = "kh_limits_args",
		.is_union = 0,
		.anonymous = 0,
		.has_ptrs = 0,
		.vsize = sizeof(struct kh_limits_args_ia32), .valign = _Alignof(struct kh_limits_args_ia32),
		.nsize = sizeof(struct kh_limits_args), .nalign = _Alignof(struct kh_limits_args),
		.m = pt_ia32_30,
		.nm = 7,
	},
	[31] = {
		.name = "kh_admin_entry",
		.is_union = 0,
		.anonymous = 0,
		.has_ptrs = 0,
		.vsize = sizeof(struct kh_admin_entry_ia32), .valign = _Alignof(struct kh_admin_entry_ia32),
		.nsize = sizeof(struct kh_admin_entry), .nalign = _Alignof(struct kh_admin_entry),
		.m = pt_ia32_31,
		.nm = 8,
	},
	[32] = {
		.name = "kh_admin_list_args",
		.is_union = 0,
		.anonymous = 0,
		.has_ptrs = 1,
		.vsize = sizeof(struct kh_admin_list_args_ia32), .valign = _Alignof(struct kh_admin_list_args_ia32),
		.nsize = sizeof(struct kh_admin_list_args), .nalign = _Alignof(struct kh_admin_list_args),
		.m = pt_ia32_32,
		.nm = 7,
	},
	[33] = {
		.name = "kh_queue_access_args",
		.is_union = 0,
		.anonymous = 0,
		.has_ptrs = 1,
		.vsize = sizeof(struct kh_queue_access_args_ia32), .valign = _Alignof(struct kh_queue_access_args_ia32),
		.nsize = sizeof(struct kh_queue_access_args), .nalign = _Alignof(struct kh_queue_access_args),
		.m = pt_ia32_33,
		.nm = 5,
	},
	[34] = {
		.name = "kh_reservation_args",
		.is_union = 0,
		.anonymous = 0,
		.has_ptrs = 1,
		.vsize = sizeof(struct kh_reservation_args_ia32), .valign = _Alignof(struct kh_reservation_args_ia32),
		.nsize = sizeof(struct kh_reservation_args), .nalign = _Alignof(struct kh_reservation_args),
		.m = pt_ia32_34,
		.nm = 5,
	},
	[35] = {
		.name = "kh_data_chunk.u",
		.is_union = 1,
		.anonymous = 1,
		.has_ptrs = 1,
		.vsize = 20, .valign = 4,
		.nsize = 24, .nalign = 8,
		.m = pt_ia32_35,
		.nm = 3,
	},
	[36] = {
		.name = "kh_data_chunk.1.memory",
		.is_union = 0,
		.anonymous = 1,
		.has_ptrs = 1,
		.vsize = 8, .valign = 4,
		.nsize = 16, .nalign = 8,
		.m = pt_ia32_36,
		.nm = 2,
	},
	[37] = {
		.name = "kh_data_chunk.1.file",
		.is_union = 0,
		.anonymous = 1,
		.has_ptrs = 0,
		.vsize = 20, .valign = 4,
		.nsize = 24, .nalign = 8,
		.m = pt_ia32_37,
		.nm = 2,
	},
	[38] = {
		.name = "kh_data_chunk.1.fragment",
		.is_union = 0,
		.anonymous = 1,
		.has_ptrs = 1,
		.vsize = 8, .valign = 4,
		.nsize = 16, .nalign = 8,
		.m = pt_ia32_38,
		.nm = 2,
	},
};

/* ---- x32 ---- */

/* kh_http_version */
static const struct kh_pt_member pt_x32_0[] = {
	{
		.name = "major",
		.kind = KH_PT_INT,
		.flags = 0,
		.widen = KH_PT_W_NONE,
		.count = 1,
		.voff = 0, .vsize = 2,
		.noff = 0, .nsize = 2,
		.type = -1,
	},
	{
		.name = "minor",
		.kind = KH_PT_INT,
		.flags = 0,
		.widen = KH_PT_W_NONE,
		.count = 1,
		.voff = 2, .vsize = 2,
		.noff = 2, .nsize = 2,
		.type = -1,
	},
};

/* kh_byte_range */
static const struct kh_pt_member pt_x32_1[] = {
	{
		.name = "start",
		.kind = KH_PT_INT,
		.flags = 0,
		.widen = KH_PT_W_NONE,
		.count = 1,
		.voff = 0, .vsize = 8,
		.noff = 0, .nsize = 8,
		.type = -1,
	},
	{
		.name = "length",
		.kind = KH_PT_INT,
		.flags = 0,
		.widen = KH_PT_W_NONE,
		.count = 1,
		.voff = 8, .vsize = 8,
		.noff = 8, .nsize = 8,
		.type = -1,
	},
};

/* kh_known_header */
static const struct kh_pt_ptr pt_x32_2_1_ptr = {
	.kind = KH_PT_P_STRING,
	.flags = KH_PT_P_NOTE_COUNT,
	.ref = 0,
	.sel = -1,
	.type = -1,
	.elem_kind = KH_PT_INT,
	.nsize = 1, .nalign = 1, .vsize = 1, .valign = 1,
	.note_flags = 0,
};
static const struct kh_pt_member pt_x32_2[] = {
	{
		.name = "value_length",
		.kind = KH_PT_INT,
		.flags = 0,
		.widen = KH_PT_W_NONE,
		.count = 1,
		.voff = 0, .vsize = 2,
		.noff = 0, .nsize = 2,
		.type = -1,
	},
	{
		.name = "value",
		.kind = KH_PT_PTR,
		.flags = KH_PT_F_HAS_PTRS,
		.count = 1,
		.voff = 4, .vsize = 4,
		.noff = 8, .nsize = 8,
		.type = -1,
		.ptr = &pt_x32_2_1_ptr,
	},
};

/* kh_unknown_header */
static const struct kh_pt_ptr pt_x32_3_2_ptr = {
	.kind = KH_PT_P_STRING,
	.flags = KH_PT_P_NOTE_COUNT,
	.ref = 0,
	.sel = -1,
	.type = -1,
	.elem_kind = KH_PT_INT,
	.nsize = 1, .nalign = 1, .vsize = 1, .valign = 1,
	.note_flags = 0,
};
static const struct kh_pt_ptr pt_x32_3_3_ptr = {
	.kind = KH_PT_P_STRING,
	.flags = KH_PT_P_NOTE_COUNT,
	.ref = 1,
	.sel = -1,
	.type = -1,
	.elem_kind = KH_PT_INT,
	.nsize = 1, .nalign = 1, .vsize = 1, .valign = 1,
	.note_flags = 0,
};
static const struct kh_pt_member pt_x32_3[] = {
	{
		.name = "name_length",
		.kind = KH_PT_INT,
		.flags = 0,
		.widen = KH_PT_W_NONE,
		.count = 1,
		.voff = 0, .vsize = 2,
		.noff = 0, .nsize = 2,
		.type = -1,
	},
	{
		.name = "value_length",
		.kind = KH_PT_INT,
		.flags = 0,
		.widen = KH_PT_W_NONE,
		.count = 1,
		.voff = 2, .vsize = 2,
		.noff = 2, .nsize = 2,
		.type = -1,
	},
	{
		.name = "name",
		.kind = KH_PT_PTR,
		.flags = KH_PT_F_HAS_PTRS,
		.count = 1,
		.voff = 4, .vsize = 4,
		.noff = 8, .nsize = 8,
		.type = -1,
		.ptr = &pt_x32_3_2_ptr,
	},
	{
		.name = "value",
		.kind = KH_PT_PTR,
		.flags = KH_PT_F_HAS_PTRS,
		.count = 1,
		.voff = 8, .vsize = 4,
		.noff = 16, .nsize = 8,
		.type = -1,
		.ptr = &pt_x32_3_3_ptr,
	},
};

/* kh_cooked_url */
static const struct kh_pt_ptr pt_x32_4_4_ptr = {
	.kind = KH_PT_P_STRING,
	.flags = KH_PT_P_NOTE_COUNT,
	.ref = 0,
	.sel = -1,
	.type = -1,
	.elem_kind = KH_PT_INT,
	.nsize = 1, .nalign = 1, .vsize = 1, .valign = 1,
	.note_flags = 0,
};
static const struct kh_pt_ptr pt_x32_4_5_ptr = {
	.kind = KH_PT_P_STRING,
	.flags = KH_PT_P_NOTE_COUNT,
	.ref = 1,
	.sel = -1,
	.type = -1,
	.elem_kind = KH_PT_INT,
	.nsize = 1, .nalign = 1, .vsize = 1, .valign = 1,
	.note_flags = 0,
};
static const struct kh_pt_ptr pt_x32_4_6_ptr = {
	.kind = KH_PT_P_STRING,
	.flags = KH_PT_P_NOTE_COUNT,
	.ref = 2,
	.sel = -1,
	.type = -1,
	.elem_kind = KH_PT_INT,
	.nsize = 1, .nalign = 1, .vsize = 1, .valign = 1,
	.note_flags = 0,
};
static const struct kh_pt_ptr pt_x32_4_7_ptr = {
	.kind = KH_PT_P_STRING,
	.flags = KH_PT_P_NOTE_COUNT,
	.ref = 3,
	.sel = -1,
	.type = -1,
	.elem_kind = KH_PT_INT,
	.nsize = 1, .nalign = 1, .vsize = 1, .valign = 1,
	.note_flags = 0,
};
static const struct kh_pt_member pt_x32_4[] = {
	{
		.name = "full_url_length",
		.kind = KH_PT_INT,
		.flags = 0,
		.widen = KH_PT_W_NONE,
		.count = 1,
		.voff = 0, .vsize = 2,
		.noff = 0, .nsize = 2,
		.type = -1,
	},
	{
		.name = "host_length",
		.kind = KH_PT_INT,
		.flags = 0,
		.widen = KH_PT_W_NONE,
		.count = 1,
		.voff = 2, .vsize = 2,
		.noff = 2, .nsize = 2,
		.type = -1,
	},
	{
		.name = "abs_path_length",
		.kind = KH_PT_INT,
		.flags = 0,
		.widen = KH_PT_W_NONE,
		.count = 1,
		.voff = 4, .vsize = 2,
		.noff = 4, .nsize = 2,
		.type = -1,
	},
	{
		.name = "query_string_length",
		.kind = KH_PT_INT,
		.flags = 0,
		.widen = KH_PT_W_NONE,
		.count = 1,
		.voff = 6, .vsize = 2,
		.noff = 6, .nsize = 2,
		.type = -1,
	},
	{
		.name = "full_url",
		.kind = KH_PT_PTR,
		.flags = KH_PT_F_HAS_PTRS,
		.count = 1,
		.voff = 8, .vsize = 4,
		.noff = 8, .nsize = 8,
		.type = -1,
		.ptr = &pt_x32_4_4_ptr,
	},
	{
		.name = "host",
		.kind = KH_PT_PTR,
		.flags = KH_PT_F_HAS_PTRS,
		.count = 1,
		.voff = 12, .vsize = 4,
		.noff = 16, .nsize = 8,
		.type = -1,
		.ptr = &pt_x32_4_5_ptr,
	},
	{
		.name = "abs_path",
		.kind = KH_PT_PTR,
		.flags = KH_PT_F_HAS_PTRS,
		.count = 1,
		.voff = 16, .vsize = 4,
		.noff = 24, .nsize = 8,
		.type = -1,
		.ptr = &pt_x32_4_6_ptr,
	},
	{
		.name = "query_string",
		.kind = KH_PT_PTR,
		.flags = KH_PT_F_HAS_PTRS,
		.count = 1,
		.voff = 20, .vsize = 4,
		.noff = 32, .nsize = 8,
		.type = -1,
		.ptr = &pt_x32_4_7_ptr,
	},
};

/* kh_transport_address */
static const struct kh_pt_ptr pt_x32_5_0_ptr = {
	.kind = KH_PT_P_SOCKADDR,
	.flags = 0,
	.ref = -1,
	.sel = -1,
	.type = -1,
	.elem_kind = KH_PT_INT,
	.nsize = 1, .nalign = 1, .vsize = 1, .valign = 1,
	.note_flags = 0,
};
static const struct kh_pt_ptr pt_x32_5_1_ptr = {
	.kind = KH_PT_P_SOCKADDR,
	.flags = 0,
	.ref = -1,
	.sel = -1,
	.type = -1,
	.elem_kind = KH_PT_INT,
	.nsize = 1, .nalign = 1, .vsize = 1, .valign = 1,
	.note_flags = 0,
};
static const struct kh_pt_member pt_x32_5[] = {
	{
		.name = "remote",
		.kind = KH_PT_PTR,
		.flags = KH_PT_F_HAS_PTRS,
		.count = 1,
		.voff = 0, .vsize = 4,
		.noff = 0, .nsize = 8,
		.type = -1,
		.ptr = &pt_x32_5_0_ptr,
	},
	{
		.name = "local",
		.kind = KH_PT_PTR,
		.flags = KH_PT_F_HAS_PTRS,
		.count = 1,
		.voff = 4, .vsize = 4,
		.noff = 8, .nsize = 8,
		.type = -1,
		.ptr = &pt_x32_5_1_ptr,
	},
};

/* kh_request_headers */
static const struct kh_pt_check pt_x32_6_0_chk = {
	.what = KH_PT_C_MAX,
	.max = KH_MAX_HEADERS,
};
static const struct kh_pt_ptr pt_x32_6_1_ptr = {
	.kind = KH_PT_P_COUNT,
	.flags = KH_PT_P_NOTE_COUNT,
	.ref = 0,
	.sel = -1,
	.type = 3,	/* kh_unknown_header */
	.note_flags = 0,
};
static const struct kh_pt_check pt_x32_6_2_chk = {
	.what = KH_PT_C_MAX,
	.max = KH_MAX_HEADERS,
};
static const struct kh_pt_ptr pt_x32_6_3_ptr = {
	.kind = KH_PT_P_COUNT,
	.flags = KH_PT_P_NOTE_COUNT,
	.ref = 2,
	.sel = -1,
	.type = 3,	/* kh_unknown_header */
	.note_flags = 0,
};
static const struct kh_pt_member pt_x32_6[] = {
	{
		.name = "unknown_header_count",
		.kind = KH_PT_INT,
		.flags = 0,
		.widen = KH_PT_W_NONE,
		.count = 1,
		.voff = 0, .vsize = 2,
		.noff = 0, .nsize = 2,
		.type = -1,
		.chk = &pt_x32_6_0_chk,
	},
	{
		.name = "unknown_headers",
		.kind = KH_PT_PTR,
		.flags = KH_PT_F_HAS_PTRS,
		.count = 1,
		.voff = 4, .vsize = 4,
		.noff = 8, .nsize = 8,
		.type = -1,
		.ptr = &pt_x32_6_1_ptr,
	},
	{
		.name = "trailer_count",
		.kind = KH_PT_INT,
		.flags = 0,
		.widen = KH_PT_W_NONE,
		.count = 1,
		.voff = 8, .vsize = 2,
		.noff = 16, .nsize = 2,
		.type = -1,
		.chk = &pt_x32_6_2_chk,
	},
	{
		.name = "trailers",
		.kind = KH_PT_PTR,
		.flags = KH_PT_F_HAS_PTRS,
		.count = 1,
		.voff = 12, .vsize = 4,
		.noff = 24, .nsize = 8,
		.type = -1,
		.ptr = &pt_x32_6_3_ptr,
	},
	{
		.name = "known_headers",
		.kind = KH_PT_RECORD,
		.flags = KH_PT_F_ARRAY | KH_PT_F_HAS_PTRS,
		.count = 41,
		.voff = 16, .vsize = 8,
		.noff = 32, .nsize = 16,
		.type = 2,	/* kh_known_header */
	},
};

/* kh_response_headers */
static const struct kh_pt_check pt_x32_7_0_chk = {
	.what = KH_PT_C_MAX,
	.max = KH_MAX_HEADERS,
};
static const struct kh_pt_ptr pt_x32_7_1_ptr = {
	.kind = KH_PT_P_COUNT,
	.flags = KH_PT_P_NOTE_COUNT,
	.ref = 0,
	.sel = -1,
	.type = 3,	/* kh_unknown_header */
	.note_flags = 0,
};
static const struct kh_pt_check pt_x32_7_2_chk = {
	.what = KH_PT_C_MAX,
	.max = KH_MAX_HEADERS,
};
static const struct kh_pt_ptr pt_x32_7_3_ptr = {
	.kind = KH_PT_P_COUNT,
	.flags = KH_PT_P_NOTE_COUNT,
	.ref = 2,
	.sel = -1,
	.type = 3,	/* kh_unknown_header */
	.note_flags = 0,
};
static const struct kh_pt_member pt_x32_7[] = {
	{
		.name = "unknown_header_count",
		.kind = KH_PT_INT,
		.flags = 0,
		.widen = KH_PT_W_NONE,
		.count = 1,
		.voff = 0, .vsize = 2,
		.noff = 0, .nsize = 2,
		.type = -1,
		.chk = &pt_x32_7_0_chk,
	},
	{
		.name = "unknown_headers",
		.kind = KH_PT_PTR,
		.flags = KH_PT_F_HAS_PTRS,
		.count = 1,
		.voff = 4, .vsize = 4,
		.noff = 8, .nsize = 8,
		.type = -1,
		.ptr = &pt_x32_7_1_ptr,
	},
	{
		.name = "trailer_count",
		.kind = KH_PT_INT,
		.flags = 0,
		.widen = KH_PT_W_NONE,
		.count = 1,
		.voff = 8, .vsize = 2,
		.noff = 16, .nsize = 2,
		.type = -1,
		.chk = &pt_x32_7_2_chk,
	},
	{
		.name = "trailers",
		.kind = KH_PT_PTR,
		.flags = KH_PT_F_HAS_PTRS,
		.count = 1,
		.voff = 12, .vsize = 4,
		.noff = 24, .nsize = 8,
		.type = -1,
		.ptr = &pt_x32_7_3_ptr,
	},
	{
		.name = "known_headers",
		.kind = KH_PT_RECORD,
		.flags = KH_PT_F_ARRAY | KH_PT_F_HAS_PTRS,
		.count = 30,
		.voff = 16, .vsize = 8,
		.noff = 32, .nsize = 16,
		.type = 2,	/* kh_known_header */
	},
};

/* kh_data_chunk */
static const struct kh_pt_check pt_x32_8_0_chk = {
	.what = KH_PT_C_ENUM,
	.enum_vals = pt_enum_kh_chunk_type,
	.nenum = 3,
};
static const struct kh_pt_union pt_x32_8_1_un = {
	.sel = 0,
	.copy_nsize = 24, .copy_vsize = 24,
};
static const struct kh_pt_member pt_x32_8[] = {
	{
		.name = "type",
		.kind = KH_PT_INT,
		.flags = 0,
		.widen = KH_PT_W_NONE,
		.count = 1,
		.voff = 0, .vsize = 4,
		.noff = 0, .nsize = 4,
		.type = -1,
		.chk = &pt_x32_8_0_chk,
	},
	{
		.name = "u",
		.kind = KH_PT_UNION,
		.flags = KH_PT_F_HAS_PTRS,
		.count = 1,
		.voff = 8, .vsize = 24,
		.noff = 8, .nsize = 24,
		.type = 35,	/* kh_data_chunk.u */
		.un = &pt_x32_8_1_un,
	},
};

/* kh_request_timing */
static const struct kh_pt_member pt_x32_9[] = {
	{
		.name = "accepted_ns",
		.kind = KH_PT_INT,
		.flags = 0,
		.widen = KH_PT_W_NONE,
		.count = 1,
		.voff = 0, .vsize = 8,
		.noff = 0, .nsize = 8,
		.type = -1,
	},
	{
		.name = "headers_parsed_ns",
		.kind = KH_PT_INT,
		.flags = 0,
		.widen = KH_PT_W_NONE,
		.count = 1,
		.voff = 8, .vsize = 8,
		.noff = 8, .nsize = 8,
		.type = -1,
	},
	{
		.name = "header_bytes",
		.kind = KH_PT_INT,
		.flags = 0,
		.widen = KH_PT_W_NONE,
		.count = 1,
		.voff = 16, .vsize = 4,
		.noff = 16, .nsize = 4,
		.type = -1,
	},
};

/* kh_request_tcp */
static const struct kh_pt_member pt_x32_10[] = {
	{
		.name = "rtt_us",
		.kind = KH_PT_INT,
		.flags = 0,
		.widen = KH_PT_W_NONE,
		.count = 1,
		.voff = 0, .vsize = 4,
		.noff = 0, .nsize = 4,
		.type = -1,
	},
	{
		.name = "mss",
		.kind = KH_PT_INT,
		.flags = 0,
		.widen = KH_PT_W_NONE,
		.count = 1,
		.voff = 4, .vsize = 4,
		.noff = 4, .nsize = 4,
		.type = -1,
	},
	{
		.name = "bytes_acked",
		.kind = KH_PT_INT,
		.flags = 0,
		.widen = KH_PT_W_NONE,
		.count = 1,
		.voff = 8, .vsize = 8,
		.noff = 8, .nsize = 8,
		.type = -1,
	},
};

/* kh_request_info */
static const struct kh_pt_check pt_x32_11_0_chk = {
	.what = KH_PT_C_ENUM,
	.enum_vals = pt_enum_kh_request_info_type,
	.nenum = 2,
};
static const struct kh_pt_case pt_x32_11_2_ptr_cases[] = {
	{ KH_REQUEST_INFO_TIMING, 9 },	/* kh_request_timing */
	{ KH_REQUEST_INFO_TCP, 10 },	/* kh_request_tcp */
};
static const struct kh_pt_ptr pt_x32_11_2_ptr = {
	.kind = KH_PT_P_SWITCH,
	.flags = 0,
	.ref = 1,
	.sel = 0,
	.type = -1,
	.elem_kind = KH_PT_INT,
	.nsize = 1, .nalign = 1, .vsize = 1, .valign = 1,
	.note_flags = 0,
	.cases = pt_x32_11_2_ptr_cases,
	.ncases = 2,
};
static const struct kh_pt_member pt_x32_11[] = {
	{
		.name = "type",
		.kind = KH_PT_INT,
		.flags = 0,
		.widen = KH_PT_W_NONE,
		.count = 1,
		.voff = 0, .vsize = 4,
		.noff = 0, .nsize = 4,
		.type = -1,
		.chk = &pt_x32_11_0_chk,
	},
	{
		.name = "length",
		.kind = KH_PT_INT,
		.flags = 0,
		.widen = KH_PT_W_NONE,
		.count = 1,
		.voff = 4, .vsize = 4,
		.noff = 4, .nsize = 4,
		.type = -1,
	},
	{
		.name = "info",
		.kind = KH_PT_PTR,
		.flags = KH_PT_F_HAS_PTRS,
		.count = 1,
		.voff = 8, .vsize = 4,
		.noff = 8, .nsize = 8,
		.type = -1,
		.ptr = &pt_x32_11_2_ptr,
	},
};

/* kh_request */
static const struct kh_pt_check pt_x32_12_0_chk = {
	.what = KH_PT_C_FLAGS,
	.flags_mask = (__u64)(KH_REQUEST_FLAGS_ALL),
};
static const struct kh_pt_check pt_x32_12_5_chk = {
	.what = KH_PT_C_ENUM,
	.enum_vals = pt_enum_kh_verb,
	.nenum = 13,
};
static const struct kh_pt_check pt_x32_12_7_chk = {
	.what = KH_PT_C_MAX,
	.max = KH_MAX_URL,
};
static const struct kh_pt_ptr pt_x32_12_8_ptr = {
	.kind = KH_PT_P_STRING,
	.flags = KH_PT_P_NOTE_COUNT,
	.ref = 6,
	.sel = -1,
	.type = -1,
	.elem_kind = KH_PT_INT,
	.nsize = 1, .nalign = 1, .vsize = 1, .valign = 1,
	.note_flags = 0,
};
static const struct kh_pt_ptr pt_x32_12_9_ptr = {
	.kind = KH_PT_P_STRING,
	.flags = KH_PT_P_NOTE_COUNT,
	.ref = 7,
	.sel = -1,
	.type = -1,
	.elem_kind = KH_PT_INT,
	.nsize = 1, .nalign = 1, .vsize = 1, .valign = 1,
	.note_flags = 0,
};
static const struct kh_pt_check pt_x32_12_14_chk = {
	.what = KH_PT_C_MAX,
	.max = KH_MAX_CHUNKS,
};
static const struct kh_pt_ptr pt_x32_12_15_ptr = {
	.kind = KH_PT_P_COUNT,
	.flags = KH_PT_P_NOTE_COUNT,
	.ref = 14,
	.sel = -1,
	.type = 8,	/* kh_data_chunk */
	.note_flags = 0,
};
static const struct kh_pt_check pt_x32_12_17_chk = {
	.what = KH_PT_C_MAX,
	.max = KH_MAX_INFO,
};
static const struct kh_pt_ptr pt_x32_12_18_ptr = {
	.kind = KH_PT_P_COUNT,
	.flags = KH_PT_P_NOTE_COUNT,
	.ref = 17,
	.sel = -1,
	.type = 11,	/* kh_request_info */
	.note_flags = 0,
};
static const struct kh_pt_member pt_x32_12[] = {
	{
		.name = "flags",
		.kind = KH_PT_INT,
		.flags = 0,
		.widen = KH_PT_W_NONE,
		.count = 1,
		.voff = 0, .vsize = 4,
		.noff = 0, .nsize = 4,
		.type = -1,
		.chk = &pt_x32_12_0_chk,
	},
	{
		.name = "connection_id",
		.kind = KH_PT_INT,
		.flags = 0,
		.widen = KH_PT_W_NONE,
		.count = 1,
		.voff = 8, .vsize = 8,
		.noff = 8, .nsize = 8,
		.type = -1,
	},
	{
		.name = "request_id",
		.kind = KH_PT_INT,
		.flags = 0,
		.widen = KH_PT_W_NONE,
		.count = 1,
		.voff = 16, .vsize = 8,
		.noff = 16, .nsize = 8,
		.type = -1,
	},
	{
		.name = "url_context",
		.kind = KH_PT_INT,
		.flags = 0,
		.widen = KH_PT_W_NONE,
		.count = 1,
		.voff = 24, .vsize = 8,
		.noff = 24, .nsize = 8,
		.type = -1,
	},
	{
		.name = "version",
		.kind = KH_PT_RECORD,
		.flags = 0,
		.count = 1,
		.voff = 32, .vsize = 4,
		.noff = 32, .nsize = 4,
		.type = 0,	/* kh_http_version */
	},
	{
		.name = "verb",
		.kind = KH_PT_INT,
		.flags = 0,
		.widen = KH_PT_W_NONE,
		.count = 1,
		.voff = 36, .vsize = 4,
		.noff = 36, .nsize = 4,
		.type = -1,
		.chk = &pt_x32_12_5_chk,
	},
	{
		.name = "unknown_verb_length",
		.kind = KH_PT_INT,
		.flags = 0,
		.widen = KH_PT_W_NONE,
		.count = 1,
		.voff = 40, .vsize = 2,
		.noff = 40, .nsize = 2,
		.type = -1,
	},
	{
		.name = "raw_url_length",
		.kind = KH_PT_INT,
		.flags = 0,
		.widen = KH_PT_W_NONE,
		.count = 1,
		.voff = 42, .vsize = 2,
		.noff = 42, .nsize = 2,
		.type = -1,
		.chk = &pt_x32_12_7_chk,
	},
	{
		.name = "unknown_verb",
		.kind = KH_PT_PTR,
		.flags = KH_PT_F_HAS_PTRS,
		.count = 1,
		.voff = 44, .vsize = 4,
		.noff = 48, .nsize = 8,
		.type = -1,
		.ptr = &pt_x32_12_8_ptr,
	},
	{
		.name = "raw_url",
		.kind = KH_PT_PTR,
		.flags = KH_PT_F_HAS_PTRS,
		.count = 1,
		.voff = 48, .vsize = 4,
		.noff = 56, .nsize = 8,
		.type = -1,
		.ptr = &pt_x32_12_9_ptr,
	},
	{
		.name = "cooked_url",
		.kind = KH_PT_RECORD,
		.flags = KH_PT_F_HAS_PTRS,
		.count = 1,
		.voff = 52, .vsize = 24,
		.noff = 64, .nsize = 40,
		.type = 4,	/* kh_cooked_url */
	},
	{
		.name = "address",
		.kind = KH_PT_RECORD,
		.flags = KH_PT_F_HAS_PTRS,
		.count = 1,
		.voff = 76, .vsize = 8,
		.noff = 104, .nsize = 16,
		.type = 5,	/* kh_transport_address */
	},
	{
		.name = "headers",
		.kind = KH_PT_RECORD,
		.flags = KH_PT_F_HAS_PTRS,
		.count = 1,
		.voff = 84, .vsize = 344,
		.noff = 120, .nsize = 688,
		.type = 6,	/* kh_request_headers */
	},
	{
		.name = "bytes_received",
		.kind = KH_PT_INT,
		.flags = 0,
		.widen = KH_PT_W_NONE,
		.count = 1,
		.voff = 432, .vsize = 8,
		.noff = 808, .nsize = 8,
		.type = -1,
	},
	{
		.name = "entity_chunk_count",
		.kind = KH_PT_INT,
		.flags = 0,
		.widen = KH_PT_W_NONE,
		.count = 1,
		.voff = 440, .vsize = 2,
		.noff = 816, .nsize = 2,
		.type = -1,
		.chk = &pt_x32_12_14_chk,
	},
	{
		.name = "entity_chunks",
		.kind = KH_PT_PTR,
		.flags = KH_PT_F_HAS_PTRS,
		.count = 1,
		.voff = 444, .vsize = 4,
		.noff = 824, .nsize = 8,
		.type = -1,
		.ptr = &pt_x32_12_15_ptr,
	},
	{
		.name = "raw_connection_id",
		.kind = KH_PT_INT,
		.flags = 0,
		.widen = KH_PT_W_NONE,
		.count = 1,
		.voff = 448, .vsize = 8,
		.noff = 832, .nsize = 8,
		.type = -1,
	},
	{
		.name = "request_info_count",
		.kind = KH_PT_INT,
		.flags = 0,
		.widen = KH_PT_W_NONE,
		.count = 1,
		.voff = 456, .vsize = 2,
		.noff = 840, .nsize = 2,
		.type = -1,
		.chk = &pt_x32_12_17_chk,
	},
	{
		.name = "request_info",
		.kind = KH_PT_PTR,
		.flags = KH_PT_F_HAS_PTRS,
		.count = 1,
		.voff = 460, .vsize = 4,
		.noff = 848, .nsize = 8,
		.type = -1,
		.ptr = &pt_x32_12_18_ptr,
	},
};

/* kh_multiple_known_headers */
static const struct kh_pt_check pt_x32_13_0_chk = {
	.what = KH_PT_C_ENUM,
	.enum_vals = pt_enum_kh_header_id,
	.nenum = 42,
};
static const struct kh_pt_check pt_x32_13_1_chk = {
	.what = KH_PT_C_RESERVED,
};
static const struct kh_pt_check pt_x32_13_2_chk = {
	.what = KH_PT_C_MAX,
	.max = KH_MAX_HEADERS,
};
static const struct kh_pt_ptr pt_x32_13_3_ptr = {
	.kind = KH_PT_P_COUNT,
	.flags = KH_PT_P_NOTE_COUNT,
	.ref = 2,
	.sel = -1,
	.type = 2,	/* kh_known_header */
	.note_flags = 0,
};
static const struct kh_pt_member pt_x32_13[] = {
	{
		.name = "header_id",
		.kind = KH_PT_INT,
		.flags = 0,
		.widen = KH_PT_W_NONE,
		.count = 1,
		.voff = 0, .vsize = 4,
		.noff = 0, .nsize = 4,
		.type = -1,
		.chk = &pt_x32_13_0_chk,
	},
	{
		.name = "flags",
		.kind = KH_PT_INT,
		.flags = 0,
		.widen = KH_PT_W_NONE,
		.count = 1,
		.voff = 4, .vsize = 4,
		.noff = 4, .nsize = 4,
		.type = -1,
		.chk = &pt_x32_13_1_chk,
	},
	{
		.name = "known_header_count",
		.kind = KH_PT_INT,
		.flags = 0,
		.widen = KH_PT_W_NONE,
		.count = 1,
		.voff = 8, .vsize = 2,
		.noff = 8, .nsize = 2,
		.type = -1,
		.chk = &pt_x32_13_2_chk,
	},
	{
		.name = "known_headers",
		.kind = KH_PT_PTR,
		.flags = KH_PT_F_HAS_PTRS,
		.count = 1,
		.voff = 12, .vsize = 4,
		.noff = 16, .nsize = 8,
		.type = -1,
		.ptr = &pt_x32_13_3_ptr,
	},
};

/* kh_cache_key */
static const struct kh_pt_check pt_x32_14_0_chk = {
	.what = KH_PT_C_MAX,
	.max = KH_MAX_URL,
};
static const struct kh_pt_ptr pt_x32_14_1_ptr = {
	.kind = KH_PT_P_STRING,
	.flags = KH_PT_P_NOTE_COUNT,
	.ref = 0,
	.sel = -1,
	.type = -1,
	.elem_kind = KH_PT_INT,
	.nsize = 1, .nalign = 1, .vsize = 1, .valign = 1,
	.note_flags = 0,
};
static const struct kh_pt_member pt_x32_14[] = {
	{
		.name = "key_length",
		.kind = KH_PT_INT,
		.flags = 0,
		.widen = KH_PT_W_NONE,
		.count = 1,
		.voff = 0, .vsize = 2,
		.noff = 0, .nsize = 2,
		.type = -1,
		.chk = &pt_x32_14_0_chk,
	},
	{
		.name = "key",
		.kind = KH_PT_PTR,
		.flags = KH_PT_F_HAS_PTRS,
		.count = 1,
		.voff = 4, .vsize = 4,
		.noff = 8, .nsize = 8,
		.type = -1,
		.ptr = &pt_x32_14_1_ptr,
	},
};

/* kh_response_info */
static const struct kh_pt_check pt_x32_15_0_chk = {
	.what = KH_PT_C_ENUM,
	.enum_vals = pt_enum_kh_response_info_type,
	.nenum = 2,
};
static const struct kh_pt_case pt_x32_15_2_ptr_cases[] = {
	{ KH_RESPONSE_INFO_MULTIPLE_KNOWN_HEADERS, 13 },	/* kh_multiple_known_headers */
	{ KH_RESPONSE_INFO_CACHE_KEY, 14 },	/* kh_cache_key */
};
static const struct kh_pt_ptr pt_x32_15_2_ptr = {
	.kind = KH_PT_P_SWITCH,
	.flags = 0,
	.ref = 1,
	.sel = 0,
	.type = -1,
	.elem_kind = KH_PT_INT,
	.nsize = 1, .nalign = 1, .vsize = 1, .valign = 1,
	.note_flags = 0,
	.cases = pt_x32_15_2_ptr_cases,
	.ncases = 2,
};
static const struct kh_pt_member pt_x32_15[] = {
	{
		.name = "type",
		.kind = KH_PT_INT,
		.flags = 0,
		.widen = KH_PT_W_NONE,
		.count = 1,
		.voff = 0, .vsize = 4,
		.noff = 0, .nsize = 4,
		.type = -1,
		.chk = &pt_x32_15_0_chk,
	},
	{
		.name = "length",
		.kind = KH_PT_INT,
		.flags = 0,
		.widen = KH_PT_W_NONE,
		.count = 1,
		.voff = 4, .vsize = 4,
		.noff = 4, .nsize = 4,
		.type = -1,
	},
	{
		.name = "info",
		.kind = KH_PT_PTR,
		.flags = KH_PT_F_HAS_PTRS,
		.count = 1,
		.voff = 8, .vsize = 4,
		.noff = 8, .nsize = 8,
		.type = -1,
		.ptr = &pt_x32_15_2_ptr,
	},
};

/* kh_response */
static const struct kh_pt_check pt_x32_16_0_chk = {
	.what = KH_PT_C_FLAGS,
	.flags_mask = (__u64)(KH_RESPONSE_FLAGS_ALL),
};
static const struct kh_pt_check pt_x32_16_3_chk = {
	.what = KH_PT_C_MAX,
	.max = KH_MAX_REASON,
};
static const struct kh_pt_ptr pt_x32_16_4_ptr = {
	.kind = KH_PT_P_STRING,
	.flags = KH_PT_P_NOTE_COUNT,
	.ref = 3,
	.sel = -1,
	.type = -1,
	.elem_kind = KH_PT_INT,
	.nsize = 1, .nalign = 1, .vsize = 1, .valign = 1,
	.note_flags = 0,
};
static const struct kh_pt_check pt_x32_16_6_chk = {
	.what = KH_PT_C_MAX,
	.max = KH_MAX_CHUNKS,
};
static const struct kh_pt_ptr pt_x32_16_7_ptr = {
	.kind = KH_PT_P_COUNT,
	.flags = KH_PT_P_NOTE_COUNT,
	.ref = 6,
	.sel = -1,
	.type = 8,	/* kh_data_chunk */
	.note_flags = 0,
};
static const struct kh_pt_check pt_x32_16_8_chk = {
	.what = KH_PT_C_MAX,
	.max = KH_MAX_INFO,
};
static const struct kh_pt_ptr pt_x32_16_9_ptr = {
	.kind = KH_PT_P_COUNT,
	.flags = KH_PT_P_NOTE_COUNT,
	.ref = 8,
	.sel = -1,
	.type = 15,	/* kh_response_info */
	.note_flags = 0,
};
static const struct kh_pt_member pt_x32_16[] = {
	{
		.name = "flags",
		.kind = KH_PT_INT,
		.flags = 0,
		.widen = KH_PT_W_NONE,
		.count = 1,
		.voff = 0, .vsize = 4,
		.noff = 0, .nsize = 4,
		.type = -1,
		.chk = &pt_x32_16_0_chk,
	},
	{
		.name = "version",
		.kind = KH_PT_RECORD,
		.flags = 0,
		.count = 1,
		.voff = 4, .vsize = 4,
		.noff = 4, .nsize = 4,
		.type = 0,	/* kh_http_version */
	},
	{
		.name = "status_code",
		.kind = KH_PT_INT,
		.flags = 0,
		.widen = KH_PT_W_NONE,
		.count = 1,
		.voff = 8, .vsize = 2,
		.noff = 8, .nsize = 2,
		.type = -1,
	},
	{
		.name = "reason_length",
		.kind = KH_PT_INT,
		.flags = 0,
		.widen = KH_PT_W_NONE,
		.count = 1,
		.voff = 10, .vsize = 2,
		.noff = 10, .nsize = 2,
		.type = -1,
		.chk = &pt_x32_16_3_chk,
	},
	{
		.name = "reason",
		.kind = KH_PT_PTR,
		.flags = KH_PT_F_HAS_PTRS,
		.count = 1,
		.voff = 12, .vsize = 4,
		.noff = 16, .nsize = 8,
		.type = -1,
		.ptr = &pt_x32_16_4_ptr,
	},
	{
		.name = "headers",
		.kind = KH_PT_RECORD,
		.flags = KH_PT_F_HAS_PTRS,
		.count = 1,
		.voff = 16, .vsize = 256,
		.noff = 24, .nsize = 512,
		.type = 7,	/* kh_response_headers */
	},
	{
		.name = "entity_chunk_count",
		.kind = KH_PT_INT,
		.flags = 0,
		.widen = KH_PT_W_NONE,
		.count = 1,
		.voff = 272, .vsize = 2,
		.noff = 536, .nsize = 2,
		.type = -1,
		.chk = &pt_x32_16_6_chk,
	},
	{
		.name = "entity_chunks",
		.kind = KH_PT_PTR,
		.flags = KH_PT_F_HAS_PTRS,
		.count = 1,
		.voff = 276, .vsize = 4,
		.noff = 544, .nsize = 8,
		.type = -1,
		.ptr = &pt_x32_16_7_ptr,
	},
	{
		.name = "response_info_count",
		.kind = KH_PT_INT,
		.flags = 0,
		.widen = KH_PT_W_NONE,
		.count = 1,
		.voff = 280, .vsize = 2,
		.noff = 552, .nsize = 2,
		.type = -1,
		.chk = &pt_x32_16_8_chk,
	},
	{
		.name = "response_info",
		.kind = KH_PT_PTR,
		.flags = KH_PT_F_HAS_PTRS,
		.count = 1,
		.voff = 284, .vsize = 4,
		.noff = 560, .nsize = 8,
		.type = -1,
		.ptr = &pt_x32_16_9_ptr,
	},
};

/* kh_cache_policy */
static const struct kh_pt_check pt_x32_17_0_chk = {
	.what = KH_PT_C_ENUM,
	.enum_vals = pt_enum_kh_cache_policy_type,
	.nenum = 3,
};
static const struct kh_pt_member pt_x32_17[] = {
	{
		.name = "policy",
		.kind = KH_PT_INT,
		.flags = 0,
		.widen = KH_PT_W_NONE,
		.count = 1,
		.voff = 0, .vsize = 4,
		.noff = 0, .nsize = 4,
		.type = -1,
		.chk = &pt_x32_17_0_chk,
	},
	{
		.name = "seconds_to_live",
		.kind = KH_PT_INT,
		.flags = 0,
		.widen = KH_PT_W_NONE,
		.count = 1,
		.voff = 4, .vsize = 4,
		.noff = 4, .nsize = 4,
		.type = -1,
	},
};

/* kh_log_data */
static const struct kh_pt_check pt_x32_18_0_chk = {
	.what = KH_PT_C_RESERVED,
};
static const struct kh_pt_check pt_x32_18_1_chk = {
	.what = KH_PT_C_MAX,
	.max = KH_MAX_LOG_FIELD,
};
static const struct kh_pt_check pt_x32_18_2_chk = {
	.what = KH_PT_C_MAX,
	.max = KH_MAX_LOG_FIELD,
};
static const struct kh_pt_ptr pt_x32_18_3_ptr = {
	.kind = KH_PT_P_STRING,
	.flags = KH_PT_P_NOTE_COUNT,
	.ref = 1,
	.sel = -1,
	.type = -1,
	.elem_kind = KH_PT_INT,
	.nsize = 1, .nalign = 1, .vsize = 1, .valign = 1,
	.note_flags = 0,
};
static const struct kh_pt_ptr pt_x32_18_4_ptr = {
	.kind = KH_PT_P_STRING,
	.flags = KH_PT_P_NOTE_COUNT,
	.ref = 2,
	.sel = -1,
	.type = -1,
	.elem_kind = KH_PT_INT,
	.nsize = 1, .nalign = 1, .vsize = 1, .valign = 1,
	.note_flags = 0,
};
static const struct kh_pt_member pt_x32_18[] = {
	{
		.name = "type",
		.kind = KH_PT_INT,
		.flags = 0,
		.widen = KH_PT_W_NONE,
		.count = 1,
		.voff = 0, .vsize = 4,
		.noff = 0, .nsize = 4,
		.type = -1,
		.chk = &pt_x32_18_0_chk,
	},
	{
		.name = "user_name_length",
		.kind = KH_PT_INT,
		.flags = 0,
		.widen = KH_PT_W_NONE,
		.count = 1,
		.voff = 4, .vsize = 2,
		.noff = 4, .nsize = 2,
		.type = -1,
		.chk = &pt_x32_18_1_chk,
	},
	{
		.name = "uri_query_length",
		.kind = KH_PT_INT,
		.flags = 0,
		.widen = KH_PT_W_NONE,
		.count = 1,
		.voff = 6, .vsize = 2,
		.noff = 6, .nsize = 2,
		.type = -1,
		.chk = &pt_x32_18_2_chk,
	},
	{
		.name = "user_name",
		.kind = KH_PT_PTR,
		.flags = KH_PT_F_HAS_PTRS,
		.count = 1,
		.voff = 8, .vsize = 4,
		.noff = 8, .nsize = 8,
		.type = -1,
		.ptr = &pt_x32_18_3_ptr,
	},
	{
		.name = "uri_query",
		.kind = KH_PT_PTR,
		.flags = KH_PT_F_HAS_PTRS,
		.count = 1,
		.voff = 12, .vsize = 4,
		.noff = 16, .nsize = 8,
		.type = -1,
		.ptr = &pt_x32_18_4_ptr,
	},
	{
		.name = "bytes_sent",
		.kind = KH_PT_INT,
		.flags = 0,
		.widen = KH_PT_W_NONE,
		.count = 1,
		.voff = 16, .vsize = 8,
		.noff = 24, .nsize = 8,
		.type = -1,
	},
	{
		.name = "bytes_received",
		.kind = KH_PT_INT,
		.flags = 0,
		.widen = KH_PT_W_NONE,
		.count = 1,
		.voff = 24, .vsize = 8,
		.noff = 32, .nsize = 8,
		.type = -1,
	},
	{
		.name = "time_taken_ms",
		.kind = KH_PT_INT,
		.flags = 0,
		.widen = KH_PT_W_NONE,
		.count = 1,
		.voff = 32, .vsize = 4,
		.noff = 40, .nsize = 4,
		.type = -1,
	},
	{
		.name = "protocol_status",
		.kind = KH_PT_INT,
		.flags = 0,
		.widen = KH_PT_W_NONE,
		.count = 1,
		.voff = 36, .vsize = 2,
		.noff = 44, .nsize = 2,
		.type = -1,
	},
	{
		.name = "sub_status",
		.kind = KH_PT_INT,
		.flags = 0,
		.widen = KH_PT_W_NONE,
		.count = 1,
		.voff = 38, .vsize = 2,
		.noff = 46, .nsize = 2,
		.type = -1,
	},
};

/* kh_version_args */
static const struct kh_pt_member pt_x32_19[] = {
	{
		.name = "major",
		.kind = KH_PT_INT,
		.flags = KH_PT_F_OUT,
		.widen = KH_PT_W_NONE,
		.count = 1,
		.voff = 0, .vsize = 4,
		.noff = 0, .nsize = 4,
		.type = -1,
	},
	{
		.name = "minor",
		.kind = KH_PT_INT,
		.flags = KH_PT_F_OUT,
		.widen = KH_PT_W_NONE,
		.count = 1,
		.voff = 4, .vsize = 4,
		.noff = 4, .nsize = 4,
		.type = -1,
	},
	{
		.name = "patch",
		.kind = KH_PT_INT,
		.flags = KH_PT_F_OUT,
		.widen = KH_PT_W_NONE,
		.count = 1,
		.voff = 8, .vsize = 4,
		.noff = 8, .nsize = 4,
		.type = -1,
	},
	{
		.name = "abi",
		.kind = KH_PT_INT,
		.flags = KH_PT_F_OUT,
		.widen = KH_PT_W_NONE,
		.count = 1,
		.voff = 12, .vsize = 4,
		.noff = 12, .nsize = 4,
		.type = -1,
	},
};

/* kh_queue_args */
static const struct kh_pt_check pt_x32_20_0_chk = {
	.what = KH_PT_C_FLAGS,
	.flags_mask = (__u64)(KH_QUEUE_FLAGS_ALL),
};
static const struct kh_pt_check pt_x32_20_1_chk = {
	.what = KH_PT_C_MAX,
	.max = KH_MAX_NAME,
};
static const struct kh_pt_ptr pt_x32_20_2_ptr = {
	.kind = KH_PT_P_STRING,
	.flags = KH_PT_P_NOTE_COUNT,
	.ref = 1,
	.sel = -1,
	.type = -1,
	.elem_kind = KH_PT_INT,
	.nsize = 1, .nalign = 1, .vsize = 1, .valign = 1,
	.note_flags = 0,
};
static const struct kh_pt_member pt_x32_20[] = {
	{
		.name = "flags",
		.kind = KH_PT_INT,
		.flags = 0,
		.widen = KH_PT_W_NONE,
		.count = 1,
		.voff = 0, .vsize = 4,
		.noff = 0, .nsize = 4,
		.type = -1,
		.chk = &pt_x32_20_0_chk,
	},
	{
		.name = "name_length",
		.kind = KH_PT_INT,
		.flags = 0,
		.widen = KH_PT_W_NONE,
		.count = 1,
		.voff = 4, .vsize = 4,
		.noff = 4, .nsize = 4,
		.type = -1,
		.chk = &pt_x32_20_1_chk,
	},
	{
		.name = "name",
		.kind = KH_PT_PTR,
		.flags = KH_PT_F_HAS_PTRS,
		.count = 1,
		.voff = 8, .vsize = 4,
		.noff = 8, .nsize = 8,
		.type = -1,
		.ptr = &pt_x32_20_2_ptr,
	},
	{
		.name = "queue_id",
		.kind = KH_PT_INT,
		.flags = KH_PT_F_OUT,
		.widen = KH_PT_W_NONE,
		.count = 1,
		.voff = 16, .vsize = 8,
		.noff = 16, .nsize = 8,
		.type = -1,
	},
};

/* kh_url_args */
static const struct kh_pt_check pt_x32_21_0_chk = {
	.what = KH_PT_C_RESERVED,
};
static const struct kh_pt_check pt_x32_21_2_chk = {
	.what = KH_PT_C_MAX,
	.max = KH_MAX_URL,
};
static const struct kh_pt_ptr pt_x32_21_3_ptr = {
	.kind = KH_PT_P_STRING,
	.flags = KH_PT_P_NOTE_COUNT,
	.ref = 2,
	.sel = -1,
	.type = -1,
	.elem_kind = KH_PT_INT,
	.nsize = 1, .nalign = 1, .vsize = 1, .valign = 1,
	.note_flags = 0,
};
static const struct kh_pt_member pt_x32_21[] = {
	{
		.name = "flags",
		.kind = KH_PT_INT,
		.flags = 0,
		.widen = KH_PT_W_NONE,
		.count = 1,
		.voff = 0, .vsize = 4,
		.noff = 0, .nsize = 4,
		.type = -1,
		.chk = &pt_x32_21_0_chk,
	},
	{
		.name = "url_context",
		.kind = KH_PT_INT,
		.flags = 0,
		.widen = KH_PT_W_NONE,
		.count = 1,
		.voff = 8, .vsize = 8,
		.noff = 8, .nsize = 8,
		.type = -1,
	},
	{
		.name = "url_length",
		.kind = KH_PT_INT,
		.flags = 0,
		.widen = KH_PT_W_NONE,
		.count = 1,
		.voff = 16, .vsize = 4,
		.noff = 16, .nsize = 4,
		.type = -1,
		.chk = &pt_x32_21_2_chk,
	},
	{
		.name = "url",
		.kind = KH_PT_PTR,
		.flags = KH_PT_F_HAS_PTRS,
		.count = 1,
		.voff = 20, .vsize = 4,
		.noff = 24, .nsize = 8,
		.type = -1,
		.ptr = &pt_x32_21_3_ptr,
	},
};

/* kh_receive_request_args */
static const struct kh_pt_check pt_x32_22_0_chk = {
	.what = KH_PT_C_FLAGS,
	.flags_mask = (__u64)(KH_RECEIVE_FLAGS_ALL),
};
static const struct kh_pt_ptr pt_x32_22_3_ptr = {
	.kind = KH_PT_P_EMIT,
	.flags = 0,
	.ref = 2,
	.sel = -1,
	.type = 12,	/* kh_request */
	.note_flags = 0,
};
static const struct kh_pt_member pt_x32_22[] = {
	{
		.name = "flags",
		.kind = KH_PT_INT,
		.flags = 0,
		.widen = KH_PT_W_NONE,
		.count = 1,
		.voff = 0, .vsize = 4,
		.noff = 0, .nsize = 4,
		.type = -1,
		.chk = &pt_x32_22_0_chk,
	},
	{
		.name = "request_id",
		.kind = KH_PT_INT,
		.flags = 0,
		.widen = KH_PT_W_NONE,
		.count = 1,
		.voff = 8, .vsize = 8,
		.noff = 8, .nsize = 8,
		.type = -1,
	},
	{
		.name = "buffer_length",
		.kind = KH_PT_INT,
		.flags = 0,
		.widen = KH_PT_W_NONE,
		.count = 1,
		.voff = 16, .vsize = 4,
		.noff = 16, .nsize = 4,
		.type = -1,
	},
	{
		.name = "buffer",
		.kind = KH_PT_PTR,
		.flags = KH_PT_F_HAS_PTRS,
		.count = 1,
		.voff = 20, .vsize = 4,
		.noff = 24, .nsize = 8,
		.type = -1,
		.ptr = &pt_x32_22_3_ptr,
	},
	{
		.name = "bytes_returned",
		.kind = KH_PT_INT,
		.flags = KH_PT_F_OUT,
		.widen = KH_PT_W_NONE,
		.count = 1,
		.voff = 24, .vsize = 4,
		.noff = 32, .nsize = 4,
		.type = -1,
	},
	{
		.name = "bytes_needed",
		.kind = KH_PT_INT,
		.flags = KH_PT_F_OUT,
		.widen = KH_PT_W_NONE,
		.count = 1,
		.voff = 28, .vsize = 4,
		.noff = 36, .nsize = 4,
		.type = -1,
	},
};

/* kh_receive_body_args */
static const struct kh_pt_check pt_x32_23_0_chk = {
	.what = KH_PT_C_FLAGS,
	.flags_mask = (__u64)(KH_RECEIVE_FLAGS_ALL),
};
static const struct kh_pt_ptr pt_x32_23_3_ptr = {
	.kind = KH_PT_P_BYTES,
	.flags = KH_PT_P_OUT | KH_PT_P_NOTE_COUNT,
	.ref = 2,
	.sel = -1,
	.type = -1,
	.elem_kind = KH_PT_INT,
	.nsize = 1, .nalign = 1, .vsize = 1, .valign = 1,
	.out_size = 1, .out_align = 1,
	.note_flags = KH_PTR_OUT,
};
static const struct kh_pt_member pt_x32_23[] = {
	{
		.name = "flags",
		.kind = KH_PT_INT,
		.flags = 0,
		.widen = KH_PT_W_NONE,
		.count = 1,
		.voff = 0, .vsize = 4,
		.noff = 0, .nsize = 4,
		.type = -1,
		.chk = &pt_x32_23_0_chk,
	},
	{
		.name = "request_id",
		.kind = KH_PT_INT,
		.flags = 0,
		.widen = KH_PT_W_NONE,
		.count = 1,
		.voff = 8, .vsize = 8,
		.noff = 8, .nsize = 8,
		.type = -1,
	},
	{
		.name = "buffer_length",
		.kind = KH_PT_INT,
		.flags = 0,
		.widen = KH_PT_W_NONE,
		.count = 1,
		.voff = 16, .vsize = 4,
		.noff = 16, .nsize = 4,
		.type = -1,
	},
	{
		.name = "buffer",
		.kind = KH_PT_PTR,
		.flags = KH_PT_F_OUT | KH_PT_F_HAS_PTRS,
		.count = 1,
		.voff = 20, .vsize = 4,
		.noff = 24, .nsize = 8,
		.type = -1,
		.ptr = &pt_x32_23_3_ptr,
	},
	{
		.name = "bytes_returned",
		.kind = KH_PT_INT,
		.flags = KH_PT_F_OUT,
		.widen = KH_PT_W_NONE,
		.count = 1,
		.voff = 24, .vsize = 4,
		.noff = 32, .nsize = 4,
		.type = -1,
	},
};

/* kh_send_response_args */
static const struct kh_pt_check pt_x32_24_0_chk = {
	.what = KH_PT_C_FLAGS,
	.flags_mask = (__u64)(KH_SEND_FLAGS_ALL),
};
static const struct kh_pt_ptr pt_x32_24_2_ptr = {
	.kind = KH_PT_P_PLAIN,
	.flags = 0,
	.ref = -1,
	.sel = -1,
	.type = 16,	/* kh_response */
	.note_flags = 0,
};
static const struct kh_pt_ptr pt_x32_24_3_ptr = {
	.kind = KH_PT_P_PLAIN,
	.flags = KH_PT_P_OPTIONAL,
	.ref = -1,
	.sel = -1,
	.type = 17,	/* kh_cache_policy */
	.note_flags = KH_PTR_OPTIONAL,
};
static const struct kh_pt_ptr pt_x32_24_4_ptr = {
	.kind = KH_PT_P_PLAIN,
	.flags = KH_PT_P_OPTIONAL,
	.ref = -1,
	.sel = -1,
	.type = 18,	/* kh_log_data */
	.note_flags = KH_PTR_OPTIONAL,
};
static const struct kh_pt_member pt_x32_24[] = {
	{
		.name = "flags",
		.kind = KH_PT_INT,
		.flags = 0,
		.widen = KH_PT_W_NONE,
		.count = 1,
		.voff = 0, .vsize = 4,
		.noff = 0, .nsize = 4,
		.type = -1,
		.chk = &pt_x32_24_0_chk,
	},
	{
		.name = "request_id",
		.kind = KH_PT_INT,
		.flags = 0,
		.widen = KH_PT_W_NONE,
		.count = 1,
		.voff = 8, .vsize = 8,
		.noff = 8, .nsize = 8,
		.type = -1,
	},
	{
		.name = "response",
		.kind = KH_PT_PTR,
		.flags = KH_PT_F_HAS_PTRS,
		.count = 1,
		.voff = 16, .vsize = 4,
		.noff = 16, .nsize = 8,
		.type = -1,
		.ptr = &pt_x32_24_2_ptr,
	},
	{
		.name = "cache_policy",
		.kind = KH_PT_PTR,
		.flags = KH_PT_F_HAS_PTRS,
		.count = 1,
		.voff = 20, .vsize = 4,
		.noff = 24, .nsize = 8,
		.type = -1,
		.ptr = &pt_x32_24_3_ptr,
	},
	{
		.name = "log_data",
		.kind = KH_PT_PTR,
		.flags = KH_PT_F_HAS_PTRS,
		.count = 1,
		.voff = 24, .vsize = 4,
		.noff = 32, .nsize = 8,
		.type = -1,
		.ptr = &pt_x32_24_4_ptr,
	},
	{
		.name = "bytes_sent",
		.kind = KH_PT_INT,
		.flags = KH_PT_F_OUT,
		.widen = KH_PT_W_NONE,
		.count = 1,
		.voff = 28, .vsize = 4,
		.noff = 40, .nsize = 4,
		.type = -1,
	},
};

/* kh_send_body_args */
static const struct kh_pt_check pt_x32_25_0_chk = {
	.what = KH_PT_C_FLAGS,
	.flags_mask = (__u64)(KH_SEND_FLAGS_ALL),
};
static const struct kh_pt_check pt_x32_25_2_chk = {
	.what = KH_PT_C_MAX,
	.max = KH_MAX_CHUNKS,
};
static const struct kh_pt_ptr pt_x32_25_3_ptr = {
	.kind = KH_PT_P_COUNT,
	.flags = KH_PT_P_NOTE_COUNT,
	.ref = 2,
	.sel = -1,
	.type = 8,	/* kh_data_chunk */
	.note_flags = 0,
};
static const struct kh_pt_ptr pt_x32_25_4_ptr = {
	.kind = KH_PT_P_PLAIN,
	.flags = KH_PT_P_OPTIONAL,
	.ref = -1,
	.sel = -1,
	.type = 18,	/* kh_log_data */
	.note_flags = KH_PTR_OPTIONAL,
};
static const struct kh_pt_member pt_x32_25[] = {
	{
		.name = "flags",
		.kind = KH_PT_INT,
		.flags = 0,
		.widen = KH_PT_W_NONE,
		.count = 1,
		.voff = 0, .vsize = 4,
		.noff = 0, .nsize = 4,
		.type = -1,
		.chk = &pt_x32_25_0_chk,
	},
	{
		.name = "request_id",
		.kind = KH_PT_INT,
		.flags = 0,
		.widen = KH_PT_W_NONE,
		.count = 1,
		.voff = 8, .vsize = 8,
		.noff = 8, .nsize = 8,
		.type = -1,
	},
	{
		.name = "chunk_count",
		.kind = KH_PT_INT,
		.flags = 0,
		.widen = KH_PT_W_NONE,
		.count = 1,
		.voff = 16, .vsize = 2,
		.noff = 16, .nsize = 2,
		.type = -1,
		.chk = &pt_x32_25_2_chk,
	},
	{
		.name = "chunks",
		.kind = KH_PT_PTR,
		.flags = KH_PT_F_HAS_PTRS,
		.count = 1,
		.voff = 20, .vsize = 4,
		.noff = 24, .nsize = 8,
		.type = -1,
		.ptr = &pt_x32_25_3_ptr,
	},
	{
		.name = "log_data",
		.kind = KH_PT_PTR,
		.flags = KH_PT_F_HAS_PTRS,
		.count = 1,
		.voff = 24, .vsize = 4,
		.noff = 32, .nsize = 8,
		.type = -1,
		.ptr = &pt_x32_25_4_ptr,
	},
	{
		.name = "bytes_sent",
		.kind = KH_PT_INT,
		.flags = KH_PT_F_OUT,
		.widen = KH_PT_W_NONE,
		.count = 1,
		.voff = 28, .vsize = 4,
		.noff = 40, .nsize = 4,
		.type = -1,
	},
};

/* kh_cancel_args */
static const struct kh_pt_check pt_x32_26_0_chk = {
	.what = KH_PT_C_RESERVED,
};
static const struct kh_pt_member pt_x32_26[] = {
	{
		.name = "flags",
		.kind = KH_PT_INT,
		.flags = 0,
		.widen = KH_PT_W_NONE,
		.count = 1,
		.voff = 0, .vsize = 4,
		.noff = 0, .nsize = 4,
		.type = -1,
		.chk = &pt_x32_26_0_chk,
	},
	{
		.name = "request_id",
		.kind = KH_PT_INT,
		.flags = 0,
		.widen = KH_PT_W_NONE,
		.count = 1,
		.voff = 8, .vsize = 8,
		.noff = 8, .nsize = 8,
		.type = -1,
	},
};

/* kh_wait_disconnect_args */
static const struct kh_pt_check pt_x32_27_0_chk = {
	.what = KH_PT_C_RESERVED,
};
static const struct kh_pt_member pt_x32_27[] = {
	{
		.name = "flags",
		.kind = KH_PT_INT,
		.flags = 0,
		.widen = KH_PT_W_NONE,
		.count = 1,
		.voff = 0, .vsize = 4,
		.noff = 0, .nsize = 4,
		.type = -1,
		.chk = &pt_x32_27_0_chk,
	},
	{
		.name = "connection_id",
		.kind = KH_PT_INT,
		.flags = 0,
		.widen = KH_PT_W_NONE,
		.count = 1,
		.voff = 8, .vsize = 8,
		.noff = 8, .nsize = 8,
		.type = -1,
	},
};

/* kh_flush_cache_args */
static const struct kh_pt_check pt_x32_28_0_chk = {
	.what = KH_PT_C_RESERVED,
};
static const struct kh_pt_check pt_x32_28_1_chk = {
	.what = KH_PT_C_MAX,
	.max = KH_MAX_URL,
};
static const struct kh_pt_ptr pt_x32_28_2_ptr = {
	.kind = KH_PT_P_STRING,
	.flags = KH_PT_P_NOTE_COUNT,
	.ref = 1,
	.sel = -1,
	.type = -1,
	.elem_kind = KH_PT_INT,
	.nsize = 1, .nalign = 1, .vsize = 1, .valign = 1,
	.note_flags = 0,
};
static const struct kh_pt_member pt_x32_28[] = {
	{
		.name = "flags",
		.kind = KH_PT_INT,
		.flags = 0,
		.widen = KH_PT_W_NONE,
		.count = 1,
		.voff = 0, .vsize = 4,
		.noff = 0, .nsize = 4,
		.type = -1,
		.chk = &pt_x32_28_0_chk,
	},
	{
		.name = "url_length",
		.kind = KH_PT_INT,
		.flags = 0,
		.widen = KH_PT_W_NONE,
		.count = 1,
		.voff = 4, .vsize = 4,
		.noff = 4, .nsize = 4,
		.type = -1,
		.chk = &pt_x32_28_1_chk,
	},
	{
		.name = "url",
		.kind = KH_PT_PTR,
		.flags = KH_PT_F_HAS_PTRS,
		.count = 1,
		.voff = 8, .vsize = 4,
		.noff = 8, .nsize = 8,
		.type = -1,
		.ptr = &pt_x32_28_2_ptr,
	},
};

/* kh_stats_args */
static const struct kh_pt_check pt_x32_29_0_chk = {
	.what = KH_PT_C_FLAGS,
	.flags_mask = (__u64)(KH_STATS_FLAGS_ALL),
};
static const struct kh_pt_check pt_x32_29_1_chk = {
	.what = KH_PT_C_MAX,
	.max = KH_MAX_COUNTERS,
};
static const struct kh_pt_ptr pt_x32_29_2_ptr = {
	.kind = KH_PT_P_COUNT,
	.flags = KH_PT_P_OUT | KH_PT_P_XLATE | KH_PT_P_NOTE_COUNT,
	.ref = 1,
	.sel = -1,
	.type = -1,
	.elem_kind = KH_PT_INT,
	.elem_widen = KH_PT_W_NONE,
	.nsize = sizeof(__u64), .nalign = _Alignof(__u64),
	.vsize = sizeof(__u64), .valign = _Alignof(__u64),
	.out_size = sizeof(__u64), .out_align = _Alignof(__u64),
	.note_flags = KH_PTR_OUT,
};
static const struct kh_pt_member pt_x32_29[] = {
	{
		.name = "flags",
		.kind = KH_PT_INT,
		.flags = 0,
		.widen = KH_PT_W_NONE,
		.count = 1,
		.voff = 0, .vsize = 4,
		.noff = 0, .nsize = 4,
		.type = -1,
		.chk = &pt_x32_29_0_chk,
	},
	{
		.name = "counter_count",
		.kind = KH_PT_INT,
		.flags = 0,
		.widen = KH_PT_W_NONE,
		.count = 1,
		.voff = 4, .vsize = 4,
		.noff = 4, .nsize = 4,
		.type = -1,
		.chk = &pt_x32_29_1_chk,
	},
	{
		.name = "counters",
		.kind = KH_PT_PTR,
		.flags = KH_PT_F_OUT | KH_PT_F_HAS_PTRS,
		.count = 1,
		.voff = 8, .vsize = 4,
		.noff = 8, .nsize = 8,
		.type = -1,
		.ptr = &pt_x32_29_2_ptr,
	},
	{
		.name = "counters_returned",
		.kind = KH_PT_INT,
		.flags = KH_PT_F_OUT,
		.widen = KH_PT_W_NONE,
		.count = 1,
		.voff = 12, .vsize = 4,
		.noff = 16, .nsize = 4,
		.type = -1,
	},
};

/* kh_limits_args */
static const struct kh_pt_check pt_x32_30_0_chk = {
	.what = KH_PT_C_FLAGS,
	.flags_mask = (__u64)(KH_LIMITS_ALL),
};
static const struct kh_pt_member pt_x32_30[] = {
	{
		.name = "mask",
		.kind = KH_PT_INT,
		.flags = 0,
		.widen = KH_PT_W_NONE,
		.count = 1,
		.voff = 0, .vsize = 4,
		.noff = 0, .nsize = 4,
		.type = -1,
		.chk = &pt_x32_30_0_chk,
	},
	{
		.name = "max_connections",
		.kind = KH_PT_INT,
		.flags = 0,
		.widen = KH_PT_W_NONE,
		.count = 1,
		.voff = 4, .vsize = 4,
		.noff = 4, .nsize = 4,
		.type = -1,
	},
	{
		.name = "queue_length",
		.kind = KH_PT_INT,
		.flags = 0,
		.widen = KH_PT_W_NONE,
		.count = 1,
		.voff = 8, .vsize = 4,
		.noff = 8, .nsize = 4,
		.type = -1,
	},
	{
		.name = "max_header_bytes",
		.kind = KH_PT_INT,
		.flags = 0,
		.widen = KH_PT_W_NONE,
		.count = 1,
		.voff = 12, .vsize = 4,
		.noff = 12, .nsize = 4,
		.type = -1,
	},
	{
		.name = "max_body_bytes",
		.kind = KH_PT_INT,
		.flags = 0,
		.widen = KH_PT_W_NONE,
		.count = 1,
		.voff = 16, .vsize = 8,
		.noff = 16, .nsize = 8,
		.type = -1,
	},
	{
		.name = "idle_timeout_ms",
		.kind = KH_PT_INT,
		.flags = 0,
		.widen = KH_PT_W_NONE,
		.count = 1,
		.voff = 24, .vsize = 4,
		.noff = 24, .nsize = 4,
		.type = -1,
	},
	{
		.name = "header_timeout_ms",
		.kind = KH_PT_INT,
		.flags = 0,
		.widen = KH_PT_W_NONE,
		.count = 1,
		.voff = 28, .vsize = 4,
		.noff = 28, .nsize = 4,
		.type = -1,
	},
};

/* kh_admin_entry */
static const struct kh_pt_check pt_x32_31_0_chk = {
	.what = KH_PT_C_ENUM,
	.enum_vals = pt_enum_kh_admin_kind,
	.nenum = 7,
};
static const struct kh_pt_member pt_x32_31[] = {
	{
		.name = "kind",
		.kind = KH_PT_INT,
		.flags = 0,
		.widen = KH_PT_W_NONE,
		.count = 1,
		.voff = 0, .vsize = 4,
		.noff = 0, .nsize = 4,
		.type = -1,
		.chk = &pt_x32_31_0_chk,
	},
	{
		.name = "abi",
		.kind = KH_PT_INT,
		.flags = 0,
		.widen = KH_PT_W_NONE,
		.count = 1,
		.voff = 4, .vsize = 4,
		.noff = 4, .nsize = 4,
		.type = -1,
	},
	{
		.name = "id",
		.kind = KH_PT_INT,
		.flags = 0,
		.widen = KH_PT_W_NONE,
		.count = 1,
		.voff = 8, .vsize = 8,
		.noff = 8, .nsize = 8,
		.type = -1,
	},
	{
		.name = "queue_id",
		.kind = KH_PT_INT,
		.flags = 0,
		.widen = KH_PT_W_NONE,
		.count = 1,
		.voff = 16, .vsize = 8,
		.noff = 16, .nsize = 8,
		.type = -1,
	},
	{
		.name = "pid",
		.kind = KH_PT_INT,
		.flags = 0,
		.widen = KH_PT_W_NONE,
		.count = 1,
		.voff = 24, .vsize = 4,
		.noff = 24, .nsize = 4,
		.type = -1,
	},
	{
		.name = "port",
		.kind = KH_PT_INT,
		.flags = 0,
		.widen = KH_PT_W_NONE,
		.count = 1,
		.voff = 28, .vsize = 4,
		.noff = 28, .nsize = 4,
		.type = -1,
	},
	{
		.name = "value",
		.kind = KH_PT_INT,
		.flags = KH_PT_F_ARRAY,
		.widen = KH_PT_W_NONE,
		.count = 3,
		.voff = 32, .vsize = 8,
		.noff = 32, .nsize = 8,
		.type = -1,
	},
	{
		.name = "name",
		.kind = KH_PT_INT,
		.flags = KH_PT_F_ARRAY | KH_PT_F_CAP_COPY | KH_PT_F_EMIT_COPY | KH_PT_F_SIGNED,
		.widen = KH_PT_W_NONE,
		.count = 240,
		.voff = 56, .vsize = 1,
		.noff = 56, .nsize = 1,
		.type = -1,
	},
};

/* kh_admin_list_args */
static const struct kh_pt_check pt_x32_32_0_chk = {
	.what = KH_PT_C_ENUM,
	.enum_vals = pt_enum_kh_admin_kind,
	.nenum = 7,
};
static const struct kh_pt_check pt_x32_32_1_chk = {
	.what = KH_PT_C_RESERVED,
};
static const struct kh_pt_check pt_x32_32_3_chk = {
	.what = KH_PT_C_MAX,
	.max = KH_MAX_ADMIN_ENTRIES,
};
static const struct kh_pt_ptr pt_x32_32_4_ptr = {
	.kind = KH_PT_P_COUNT,
	.flags = KH_PT_P_OUT | KH_PT_P_NOTE_COUNT,
	.ref = 3,
	.sel = -1,
	.type = 31,	/* kh_admin_entry */
	.out_size = sizeof(struct kh_admin_entry), .out_align = _Alignof(struct kh_admin_entry),
	.note_flags = KH_PTR_OUT,
};
static const struct kh_pt_member pt_x32_32[] = {
	{
		.name = "kind",
		.kind = KH_PT_INT,
		.flags = 0,
		.widen = KH_PT_W_NONE,
		.count = 1,
		.voff = 0, .vsize = 4,
		.noff = 0, .nsize = 4,
		.type = -1,
		.chk = &pt_x32_32_0_chk,
	},
	{
		.name = "flags",
		.kind = KH_PT_INT,
		.flags = 0,
		.widen = KH_PT_W_NONE,
		.count = 1,
		.voff = 4, .vsize = 4,
		.noff = 4, .nsize = 4,
		.type = -1,
		.chk = &pt_x32_32_1_chk,
	},
	{
		.name = "start",
		.kind = KH_PT_INT,
		.flags = 0,
		.widen = KH_PT_W_NONE,
		.count = 1,
		.voff = 8, .vsize = 4,
		.noff = 8, .nsize = 4,
		.type = -1,
	},
	{
		.name = "entry_count",
		.kind = KH_PT_INT,
		.flags = 0,
		.widen = KH_PT_W_NONE,
		.count = 1,
		.voff = 12, .vsize = 4,
		.noff = 12, .nsize = 4,
		.type = -1,
		.chk = &pt_x32_32_3_chk,
	},
	{
		.name = "entries",
		.kind = KH_PT_PTR,
		.flags = KH_PT_F_OUT | KH_PT_F_HAS_PTRS,
		.count = 1,
		.voff = 16, .vsize = 4,
		.noff = 16, .nsize = 8,
		.type = -1,
		.ptr = &pt_x32_32_4_ptr,
	},
	{
		.name = "entries_returned",
		.kind = KH_PT_INT,
		.flags = KH_PT_F_OUT,
		.widen = KH_PT_W_NONE,
		.count = 1,
		.voff = 20, .vsize = 4,
		.noff = 24, .nsize = 4,
		.type = -1,
	},
	{
		.name = "entries_total",
		.kind = KH_PT_INT,
		.flags = KH_PT_F_OUT,
		.widen = KH_PT_W_NONE,
		.count = 1,
		.voff = 24, .vsize = 4,
		.noff = 28, .nsize = 4,
		.type = -1,
	},
};

/* kh_queue_access_args */
static const struct kh_pt_check pt_x32_33_0_chk = {
	.what = KH_PT_C_FLAGS,
	.flags_mask = (__u64)(KH_QUEUE_ACCESS_ALL),
};
static const struct kh_pt_check pt_x32_33_1_chk = {
	.what = KH_PT_C_MAX,
	.max = KH_MAX_ACCESS_IDS,
};
static const struct kh_pt_check pt_x32_33_2_chk = {
	.what = KH_PT_C_MAX,
	.max = KH_MAX_ACCESS_IDS,
};
static const struct kh_pt_ptr pt_x32_33_3_ptr = {
	.kind = KH_PT_P_COUNT,
	.flags = KH_PT_P_NOTE_COUNT,
	.ref = 1,
	.sel = -1,
	.type = -1,
	.elem_kind = KH_PT_INT,
	.elem_widen = KH_PT_W_NONE,
	.nsize = sizeof(__u32), .nalign = _Alignof(__u32),
	.vsize = sizeof(__u32), .valign = _Alignof(__u32),
	.note_flags = 0,
};
static const struct kh_pt_ptr pt_x32_33_4_ptr = {
	.kind = KH_PT_P_COUNT,
	.flags = KH_PT_P_NOTE_COUNT,
	.ref = 2,
	.sel = -1,
	.type = -1,
	.elem_kind = KH_PT_INT,
	.elem_widen = KH_PT_W_NONE,
	.nsize = sizeof(__u32), .nalign = _Alignof(__u32),
	.vsize = sizeof(__u32), .valign = _Alignof(__u32),
	.note_flags = 0,
};
static const struct kh_pt_member pt_x32_33[] = {
	{
		.name = "mode",
		.kind = KH_PT_INT,
		.flags = 0,
		.widen = KH_PT_W_NONE,
		.count = 1,
		.voff = 0, .vsize = 4,
		.noff = 0, .nsize = 4,
		.type = -1,
		.chk = &pt_x32_33_0_chk,
	},
	{
		.name = "uid_count",
		.kind = KH_PT_INT,
		.flags = 0,
		.widen = KH_PT_W_NONE,
		.count = 1,
		.voff = 4, .vsize = 2,
		.noff = 4, .nsize = 2,
		.type = -1,
		.chk = &pt_x32_33_1_chk,
	},
	{
		.name = "gid_count",
		.kind = KH_PT_INT,
		.flags = 0,
		.widen = KH_PT_W_NONE,
		.count = 1,
		.voff = 6, .vsize = 2,
		.noff = 6, .nsize = 2,
		.type = -1,
		.chk = &pt_x32_33_2_chk,
	},
	{
		.name = "uids",
		.kind = KH_PT_PTR,
		.flags = KH_PT_F_HAS_PTRS,
		.count = 1,
		.voff = 8, .vsize = 4,
		.noff = 8, .nsize = 8,
		.type = -1,
		.ptr = &pt_x32_33_3_ptr,
	},
	{
		.name = "gids",
		.kind = KH_PT_PTR,
		.flags = KH_PT_F_HAS_PTRS,
		.count = 1,
		.voff = 12, .vsize = 4,
		.noff = 16, .nsize = 8,
		.type = -1,
		.ptr = &pt_x32_33_4_ptr,
	},
};

/* kh_reservation_args */
static const struct kh_pt_check pt_x32_34_0_chk = {
	.what = KH_PT_C_FLAGS,
	.flags_mask = (__u64)(KH_RESERVE_FLAGS_ALL),
};
static const struct kh_pt_check pt_x32_34_3_chk = {
	.what = KH_PT_C_MAX,
	.max = KH_MAX_URL,
};
static const struct kh_pt_ptr pt_x32_34_4_ptr = {
	.kind = KH_PT_P_STRING,
	.flags = KH_PT_P_NOTE_COUNT,
	.ref = 3,
	.sel = -1,
	.type = -1,
	.elem_kind = KH_PT_INT,
	.nsize = 1, .nalign = 1, .vsize = 1, .valign = 1,
	.note_flags = 0,
};
static const struct kh_pt_member pt_x32_34[] = {
	{
		.name = "flags",
		.kind = KH_PT_INT,
		.flags = 0,
		.widen = KH_PT_W_NONE,
		.count = 1,
		.voff = 0, .vsize = 4,
		.noff = 0, .nsize = 4,
		.type = -1,
		.chk = &pt_x32_34_0_chk,
	},
	{
		.name = "uid",
		.kind = KH_PT_INT,
		.flags = 0,
		.widen = KH_PT_W_NONE,
		.count = 1,
		.voff = 4, .vsize = 4,
		.noff = 4, .nsize = 4,
		.type = -1,
	},
	{
		.name = "gid",
		.kind = KH_PT_INT,
		.flags = 0,
		.widen = KH_PT_W_NONE,
		.count = 1,
		.voff = 8, .vsize = 4,
		.noff = 8, .nsize = 4,
		.type = -1,
	},
	{
		.name = "url_length",
		.kind = KH_PT_INT,
		.flags = 0,
		.widen = KH_PT_W_NONE,
		.count = 1,
		.voff = 12, .vsize = 4,
		.noff = 12, .nsize = 4,
		.type = -1,
		.chk = &pt_x32_34_3_chk,
	},
	{
		.name = "url",
		.kind = KH_PT_PTR,
		.flags = KH_PT_F_HAS_PTRS,
		.count = 1,
		.voff = 16, .vsize = 4,
		.noff = 16, .nsize = 8,
		.type = -1,
		.ptr = &pt_x32_34_4_ptr,
	},
};

/* kh_data_chunk.u */
static const struct kh_pt_member pt_x32_35[] = {
	{
		.name = "memory",
		.kind = KH_PT_RECORD,
		.flags = KH_PT_F_HAS_PTRS,
		.count = 1,
		.voff = 0, .vsize = 8,
		.noff = 0, .nsize = 16,
		.type = 36,	/* kh_data_chunk.1.memory */
		.has_when = 1,
		.when = KH_CHUNK_FROM_MEMORY,
	},
	{
		.name = "file",
		.kind = KH_PT_RECORD,
		.flags = 0,
		.count = 1,
		.voff = 0, .vsize = 24,
		.noff = 0, .nsize = 24,
		.type = 37,	/* kh_data_chunk.1.file */
		.has_when = 1,
		.when = KH_CHUNK_FROM_FILE,
	},
	{
		.name = "fragment",
		.kind = KH_PT_RECORD,
		.flags = KH_PT_F_HAS_PTRS,
		.count = 1,
		.voff = 0, .vsize = 8,
		.noff = 0, .nsize = 16,
		.type = 38,	/* kh_data_chunk.1.fragment */
		.has_when = 1,
		.when = KH_CHUNK_FROM_FRAGMENT_CACHE,
	},
};

/* kh_data_chunk.1.memory */
static const struct kh_pt_ptr pt_x32_36_0_ptr = {
	.kind = KH_PT_P_BYTES,
	.flags = KH_PT_P_NOTE_COUNT,
	.ref = 1,
	.sel = -1,
	.type = -1,
	.elem_kind = KH_PT_INT,
	.nsize = 1, .nalign = 1, .vsize = 1, .valign = 1,
	.note_flags = 0,
};
static const struct kh_pt_member pt_x32_36[] = {
	{
		.name = "buffer",
		.kind = KH_PT_PTR,
		.flags = KH_PT_F_HAS_PTRS,
		.count = 1,
		.voff = 0, .vsize = 4,
		.noff = 0, .nsize = 8,
		.type = -1,
		.ptr = &pt_x32_36_0_ptr,
	},
	{
		.name = "length",
		.kind = KH_PT_INT,
		.flags = 0,
		.widen = KH_PT_W_NONE,
		.count = 1,
		.voff = 4, .vsize = 4,
		.noff = 8, .nsize = 4,
		.type = -1,
	},
};

/* kh_data_chunk.1.file */
static const struct kh_pt_check pt_x32_37_1_chk = {
	.what = 0,
	.neg_err = -EBADF,
};
static const struct kh_pt_member pt_x32_37[] = {
	{
		.name = "range",
		.kind = KH_PT_RECORD,
		.flags = 0,
		.count = 1,
		.voff = 0, .vsize = 16,
		.noff = 0, .nsize = 16,
		.type = 1,	/* kh_byte_range */
	},
	{
		.name = "fd",
		.kind = KH_PT_INT,
		.flags = KH_PT_F_SIGNED,
		.widen = KH_PT_W_NONE,
		.count = 1,
		.voff = 16, .vsize = 4,
		.noff = 16, .nsize = 4,
		.type = -1,
		.chk = &pt_x32_37_1_chk,
	},
};

/* kh_data_chunk.1.fragment */
static const struct kh_pt_check pt_x32_38_0_chk = {
	.what = KH_PT_C_MAX,
	.max = KH_MAX_FRAGMENT_NAME,
};
static const struct kh_pt_ptr pt_x32_38_1_ptr = {
	.kind = KH_PT_P_STRING,
	.flags = KH_PT_P_NOTE_COUNT,
	.ref = 0,
	.sel = -1,
	.type = -1,
	.elem_kind = KH_PT_INT,
	.nsize = 1, .nalign = 1, .vsize = 1, .valign = 1,
	.note_flags = 0,
};
static const struct kh_pt_member pt_x32_38[] = {
	{
		.name = "name_length",
		.kind = KH_PT_INT,
		.flags = 0,
		.widen = KH_PT_W_NONE,
		.count = 1,
		.voff = 0, .vsize = 2,
		.noff = 0, .nsize = 2,
		.type = -1,
		.chk = &pt_x32_38_0_chk,
	},
	{
		.name = "name",
		.kind = KH_PT_PTR,
		.flags = KH_PT_F_HAS_PTRS,
		.count = 1,
		.voff = 4, .vsize = 4,
		.noff = 8, .nsize = 8,
		.type = -1,
		.ptr = &pt_x32_38_1_ptr,
	},
};

static const struct kh_pt_record pt_x32[] = {
	[0] = {
		.name = "kh_http_version",
		.is_union = 0,
		.anonymous = 0,
		.has_ptrs = 0,
		.vsize = sizeof(struct kh_http_version), .valign = _Alignof(struct kh_http_version),
		.nsize = sizeof(struct kh_http_version), .nalign = _Alignof(struct kh_http_version),
		.m = pt_x32_0,
		.nm = 2,
	},
	[1] = {
		.name = "kh_byte_range",
		.is_union = 0,
		.anonymous = 0,
		.has_ptrs = 0,
		.vsize = sizeof(struct kh_byte_range_x32), .valign = _Alignof(struct kh_byte_range_x32),
		.nsize = sizeof(struct kh_byte_range), .nalign = _Alignof(struct kh_byte_range),
		.m = pt_x32_1,
		.nm = 2,
	},
	[2] = {
		.name = "kh_known_header",
		.is_union = 0,
		.anonymous = 0,
		.has_ptrs = 1,
		.vsize = sizeof(struct kh_known_header_x32), .valign = _Alignof(struct kh_known_header_x32),
		.nsize = sizeof(struct kh_known_header), .nalign = _Alignof(struct kh_known_header),
		.m = pt_x32_2,
		.nm = 2,
	},
	[3] = {
		.name = "kh_unknown_header",
		.is_union = 0,
		.anonymous = 0,
		.has_ptrs = 1,
		.vsize = sizeof(struct kh_unknown_header_x32), .valign = _Alignof(struct kh_unknown_header_x32),
		.nsize = sizeof(struct kh_unknown_header), .nalign = _Alignof(struct kh_unknown_header),
		.m = pt_x32_3,
		.nm = 4,
	},
	[4] = {
		.name = "kh_cooked_url",
		.is_union = 0,
		.anonymous = 0,
		.has_ptrs = 1,
		.vsize = sizeof(struct kh_cooked_url_x32), .valign = _Alignof(struct kh_cooked_url_x32),
		.nsize = sizeof(struct kh_cooked_url), .nalign = _Alignof(struct kh_cooked_url),
		.m = pt_x32_4,
		.nm = 8,
	},
	[5] = {
		.name = "kh_transport_address",
		.is_union = 0,
		.anonymous = 0,
		.has_ptrs = 1,
		.vsize = sizeof(struct kh_transport_address_x32), .valign = _Alignof(struct kh_transport_address_x32),
		.nsize = sizeof(struct kh_transport_address), .nalign = _Alignof(struct kh_transport_address),
		.m = pt_x32_5,
		.nm = 2,
	},
	[6] = {
		.name = "kh_request_headers",
		.is_union = 0,
		.anonymous = 0,
		.has_ptrs = 1,
		.vsize = sizeof(struct kh_request_headers_x32), .valign = _Alignof(struct kh_request_headers_x32),
		.nsize = sizeof(struct kh_request_headers), .nalign = _Alignof(struct kh_request_headers),
		.m = pt_x32_6,
		.nm = 5,
	},
	[7] = {
		.name = "kh_response_headers",
		.is_union = 0,
		.anonymous = 0,
		.has_ptrs = 1,
		.vsize = sizeof(struct kh_response_headers_x32), .valign = _Alignof(struct kh_response_headers_x32),
		.nsize = sizeof(struct kh_response_headers), .nalign = _Alignof(struct kh_response_headers),
		.m = pt_x32_7,
		.nm = 5,
	},
	[8] = {
		.name = "kh_data_chunk",
		.is_union = 0,
		.anonymous = 0,
		.has_ptrs = 1,
		.vsize = sizeof(struct kh_data_chunk_x32), .valign = _Alignof(struct kh_data_chunk_x32),
		.nsize = sizeof(struct kh_data_chunk), .nalign = _Alignof(struct kh_data_chunk),
		.m = pt_x32_8,
		.nm = 2,
	},
	[9] = {
		.name = "kh_request_timing",
		.is_union = 0,
		.anonymous = 0,
		.has_ptrs = 0,
		.vsize = sizeof(struct kh_request_timing_x32), .valign = _Alignof(struct kh_request_timing_x32),
		.nsize = sizeof(struct kh_request_timing), .nalign = _Alignof(struct kh_request_timing),
		.m = pt_x32_9,
		.nm = 3,
	},
	[10] = {
		.name = "kh_request_tcp",
		.is_union = 0,
		.anonymous = 0,
		.has_ptrs = 0,
		.vsize = sizeof(struct kh_request_tcp_x32), .valign = _Alignof(struct kh_request_tcp_x32),
		.nsize = sizeof(struct kh_request_tcp), .nalign = _Alignof(struct kh_request_tcp),
		.m = pt_x32_10,
		.nm = 3,
	},
	[11] = {
		.name = "kh_request_info",
		.is_union = 0,
		.anonymous = 0,
		.has_ptrs = 1,
		.vsize = sizeof(struct kh_request_info_x32), .valign = _Alignof(struct kh_request_info_x32),
		.nsize = sizeof(struct kh_request_info), .nalign = _Alignof(struct kh_request_info),
		.m = pt_x32_11,
		.nm = 3,
	},
	[12] = {
		.name = "kh_request",
		.is_union = 0,
		.anonymous = 0,
		.has_ptrs = 1,
		.vsize = sizeof(struct kh_request_x32), .valign = _Alignof(struct kh_request_x32),
		.nsize = sizeof(struct kh_request), .nalign = _Alignof(struct kh_request),
		.m = pt_x32_12,
		.nm = 19,
	},
	[13] = {
		.name = "kh_multiple_known_headers",
		.is_union = 0,
		.anonymous = 0,
		.has_ptrs = 1,
		.vsize = sizeof(struct kh_multiple_known_headers_x32), .valign = _Alignof(struct kh_multiple_known_headers_x32),
		.nsize = sizeof(struct kh_multiple_known_headers), .nalign = _Alignof(struct kh_multiple_known_headers),
		.m = pt_x32_13,
		.nm = 4,
	},
	[14] = {
		.name = "kh_cache_key",
		.is_union = 0,
		.anonymous = 0,
		.has_ptrs = 1,
		.vsize = sizeof(struct kh_cache_key_x32), .valign = _Alignof(struct kh_cache_key_x32),
		.nsize = sizeof(struct kh_cache_key), .nalign = _Alignof(struct kh_cache_key),
		.m = pt_x32_14,
		.nm = 2,
	},
	[15] = {
		.name = "kh_response_info",
		.is_union = 0,
		.anonymous = 0,
		.has_ptrs = 1,
		.vsize = sizeof(struct kh_response_info_x32), .valign = _Alignof(struct kh_response_info_x32),
		.nsize = sizeof(struct kh_response_info), .nalign = _Alignof(struct kh_response_info),
		.m = pt_x32_15,
		.nm = 3,
	},
	[16] = {
		.name = "kh_response",
		.is_union = 0,
		.anonymous = 0,
		.has_ptrs = 1,
		.vsize = sizeof(struct kh_response_x32), .valign = _Alignof(struct kh_response_x32),
		.nsize = sizeof(struct kh_response), .nalign = _Alignof(struct kh_response),
		.m = pt_x32_16,
		.nm = 10,
	},
	[17] = {
		.name = "kh_cache_policy",
		.is_union = 0,
		.anonymous = 0,
		.has_ptrs = 0,
		.vsize = sizeof(struct kh_cache_policy), .valign = _Alignof(struct kh_cache_policy),
		.nsize = sizeof(struct kh_cache_policy), .nalign = _Alignof(struct kh_cache_policy),
		.m = pt_x32_17,
		.nm = 2,
	},
	[18] = {
		.name = "kh_log_data",
		.is_union = 0,
		.anonymous = 0,
		.has_ptrs = 1,
		.vsize = sizeof(struct kh_log_data_x32), .valign = _Alignof(struct kh_log_data_x32),
		.nsize = sizeof(struct kh_log_data), .nalign = _Alignof(struct kh_log_data),
		.m = pt_x32_18,
		.nm = 10,
	},
	[19] = {
		.name = "kh_version_args",
		.is_union = 0,
		.anonymous = 0,
		.has_ptrs = 0,
		.vsize = sizeof(struct kh_version_args), .valign = _Alignof(struct kh_version_args),
		.nsize = sizeof(struct kh_version_args), .nalign = _Alignof(struct kh_version_args),
		.m = pt_x32_19,
		.nm = 4,
	},
	[20] = {
		.name = "kh_queue_args",
		.is_union = 0,
		.anonymous = 0,
		.has_ptrs = 1,
		.vsize = sizeof(struct kh_queue_args_x32), .valign = _Alignof(struct kh_queue_args_x32),
		.nsize = sizeof(struct kh_queue_args), .nalign = _Alignof(struct kh_queue_args),
		.m = pt_x32_20,
		.nm = 4,
	},
	[21] = {
		.name = "kh_url_args",
		.is_union = 0,
		.anonymous = 0,
		.has_ptrs = 1,
		.vsize = sizeof(struct kh_url_args_x32), .valign = _Alignof(struct kh_url_args_x32),
		.nsize = sizeof(struct kh_url_args), .nalign = _Alignof(struct kh_url_args),
		.m = pt_x32_21,
		.nm = 4,
	},
	[22] = {
		.name = "kh_receive_request_args",
		.is_union = 0,
		.anonymous = 0,
		.has_ptrs = 1,
		.vsize = sizeof(struct kh_receive_request_args_x32), .valign = _Alignof(struct kh_receive_request_args_x32),
		.nsize = sizeof(struct kh_receive_request_args), .nalign = _Alignof(struct kh_receive_request_args),
		.m = pt_x32_22,
		.nm = 6,
	},
	[23] = {
		.name = "kh_receive_body_args",
		.is_union = 0,
		.anonymous = 0,
		.has_ptrs = 1,
		.vsize = sizeof(struct kh_receive_body_args_x32), .valign = _Alignof(struct kh_receive_body_args_x32),
		.nsize = sizeof(struct kh_receive_body_args), .nalign = _Alignof(struct kh_receive_body_args),
		.m = pt_x32_23,
		.nm = 5,
	},
	[24] = {
		.name = "kh_send_response_args",
		.is_union = 0,
		.anonymous = 0,
		.has_ptrs = 1,
		.vsize = sizeof(struct kh_send_response_args_x32), .valign = _Alignof(struct kh_send_response_args_x32),
		.nsize = sizeof(struct kh_send_response_args), .nalign = _Alignof(struct kh_send_response_args),
		.m = pt_x32_24,
		.nm = 6,
	},
	[25] = {
		.name = "kh_send_body_args",
		.is_union = 0,
		.anonymous = 0,
		.has_ptrs = 1,
		.vsize = sizeof(struct kh_send_body_args_x32), .valign = _Alignof(struct kh_send_body_args_x32),
		.nsize = sizeof(struct kh_send_body_args), .nalign = _Alignof(struct kh_send_body_args),
		.m = pt_x32_25,
		.nm = 6,
	},
	[26] = {
		.name = "kh_cancel_args",
		.is_union = 0,
		.anonymous = 0,
		.has_ptrs = 0,
		.vsize = sizeof(struct kh_cancel_args_x32), .valign = _Alignof(struct kh_cancel_args_x32),
		.nsize = sizeof(struct kh_cancel_args), .nalign = _Alignof(struct kh_cancel_args),
		.m = pt_x32_26,
		.nm = 2,
	},
	[27] = {
		.name = "kh_wait_disconnect_args",
		.is_union = 0,
		.anonymous = 0,
		.has_ptrs = 0,
		.vsize = sizeof(struct kh_wait_disconnect_args_x32), .valign = _Alignof(struct kh_wait_disconnect_args_x32),
		.nsize = sizeof(struct kh_wait_disconnect_args), .nalign = _Alignof(struct kh_wait_disconnect_args),
		.m = pt_x32_27,
		.nm = 2,
	},
	[28] = {
		.name = "kh_flush_cache_args",
		.is_union = 0,
		.anonymous = 0,
		.has_ptrs = 1,
		.vsize = sizeof(struct kh_flush_cache_args_x32), .valign = _Alignof(struct kh_flush_cache_args_x32),
		.nsize = sizeof(struct kh_flush_cache_args), .nalign = _Alignof(struct kh_flush_cache_args),
		.m = pt_x32_28,
		.nm = 3,
	},
	[29] = {
		.name = "kh_stats_args",
		.is_union = 0,
		.anonymous = 0,
		.has_ptrs = 1,
		.vsize = sizeof(struct kh_stats_args_x32), .valign = _Alignof(struct kh_stats_args_x32),
		.nsize = sizeof(struct kh_stats_args), .nalign = _Alignof(struct kh_stats_args),
		.m = pt_x32_29,
		.nm = 4,
	},
	[30] = {
		.name = "kh_limits_args",
		.is_union = 0,
		.anonymous = 0,
		.has_ptrs = 0,
		.vsize = sizeof(struct kh_limits_args_x32), .valign = _Alignof(struct kh_limits_args_x32),
		.nsize = sizeof(struct kh_limits_args), .nalign = _Alignof(struct kh_limits_args),
		.m = pt_x32_30,
		.nm = 7,
	},
	[31] = {
		.name = "kh_admin_entry",
		.is_union = 0,
		.anonymous = 0,
		.has_ptrs = 0,
		.vsize = sizeof(struct kh_admin_entry_x32), .valign = _Alignof(struct kh_admin_entry_x32),
		.nsize = sizeof(struct kh_admin_entry), .nalign = _Alignof(struct kh_admin_entry),
		.m = pt_x32_31,
		.nm = 8,
	},
	[32] = {
		.name = "kh_admin_list_args",
		.is_union = 0,
		.anonymous = 0,
		.has_ptrs = 1,
		.vsize = sizeof(struct kh_admin_list_args_x32), .valign = _Alignof(struct kh_admin_list_args_x32),
		.nsize = sizeof(struct kh_admin_list_args), .nalign = _Alignof(struct kh_admin_list_args),
		.m = pt_x32_32,
		.nm = 7,
	},
	[33] = {
		.name = "kh_queue_access_args",
		.is_union = 0,
		.anonymous = 0,
		.has_ptrs = 1,
		.vsize = sizeof(struct kh_queue_access_args_x32), .valign = _Alignof(struct kh_queue_access_args_x32),
		.nsize = sizeof(struct kh_queue_access_args), .nalign = _Alignof(struct kh_queue_access_args),
		.m = pt_x32_33,
		.nm = 5,
	},
	[34] = {
		.name = "kh_reservation_args",
		.is_union = 0,
		.anonymous = 0,
		.has_ptrs = 1,
		.vsize = sizeof(struct kh_reservation_args_x32), .valign = _Alignof(struct kh_reservation_args_x32),
		.nsize = sizeof(struct kh_reservation_args), .nalign = _Alignof(struct kh_reservation_args),
		.m = pt_x32_34,
		.nm = 5,
	},
	[35] = {
		.name = "kh_data_chunk.u",
		.is_union = 1,
		.anonymous = 1,
		.has_ptrs = 1,
		.vsize = 24, .valign = 8,
		.nsize = 24, .nalign = 8,
		.m = pt_x32_35,
		.nm = 3,
	},
	[36] = {
		.name = "kh_data_chunk.1.memory",
		.is_union = 0,
		.anonymous = 1,
		.has_ptrs = 1,
		.vsize = 8, .valign = 4,
		.nsize = 16, .nalign = 8,
		.m = pt_x32_36,
		.nm = 2,
	},
	[37] = {
		.name = "kh_data_chunk.1.file",
		.is_union = 0,
		.anonymous = 1,
		.has_ptrs = 0,
		.vsize = 24, .valign = 8,
		.nsize = 24, .nalign = 8,
		.m = pt_x32_37,
		.nm = 2,
	},
	[38] = {
		.name = "kh_data_chunk.1.fragment",
		.is_union = 0,
		.anonymous = 1,
		.has_ptrs = 1,
		.vsize = 8, .valign = 4,
		.nsize = 16, .nalign = 8,
		.m = pt_x32_38,
		.nm = 2,
	},
};

const struct kh_pt_record *const kh_pt_tables[KH_LAYOUT_NABI] = {
	[KH_LAYOUT_X86_64] = pt_x86_64,
	[KH_LAYOUT_IA32] = pt_ia32,
	[KH_LAYOUT_X32] = pt_x32,
};

const unsigned int kh_pt_count = 39;
