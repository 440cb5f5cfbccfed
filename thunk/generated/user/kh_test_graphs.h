/* SPDX-License-Identifier: GPL-2.0 OR MIT */
/*
 * Generated from structs/khttp.h by thunkgen; do not edit, run `make gen`.
 * What: random graphs, deep equality and a type table for tests.
 */
#ifndef KH_TEST_GRAPHS_H
#define KH_TEST_GRAPHS_H

#include "kh_rand.h"
#include "kh_thunks.h"

struct kh_test_type {
	const char *name;
	size_t native_size, native_align;
	size_t view_size[KH_LAYOUT_NABI], view_align[KH_LAYOUT_NABI];
	/* a random native graph in c's arena, obeying every annotation */
	int (*random)(struct kh_rand *r, struct kh_ctx *c, void *dst);
	/* 1 when equal, else 0 and the first differing member in where */
	int (*equal)(const void *a, const void *b, char *where, size_t len);
	int (*capture[KH_LAYOUT_NABI])(struct kh_ctx *c, void *dst, const void *src);
	size_t (*measure[KH_LAYOUT_NABI])(size_t off, const void *src);
	void (*emit[KH_LAYOUT_NABI])(struct kh_emitter *e, void *dst, const void *src);
};

extern const struct kh_test_type kh_test_types[];
extern const unsigned int kh_test_type_count;

int kh_random_http_version(struct kh_rand *r, struct kh_ctx *c, struct kh_http_version *dst);
int kh_equal_http_version(const struct kh_http_version *a, const struct kh_http_version *b,
			  char *where, size_t len);
int kh_random_byte_range(struct kh_rand *r, struct kh_ctx *c, struct kh_byte_range *dst);
int kh_equal_byte_range(const struct kh_byte_range *a, const struct kh_byte_range *b, char *where,
			size_t len);
int kh_random_known_header(struct kh_rand *r, struct kh_ctx *c, struct kh_known_header *dst);
int kh_equal_known_header(const struct kh_known_header *a, const struct kh_known_header *b,
			  char *where, size_t len);
int kh_random_unknown_header(struct kh_rand *r, struct kh_ctx *c, struct kh_unknown_header *dst);
int kh_equal_unknown_header(const struct kh_unknown_header *a, const struct kh_unknown_header *b,
			    char *where, size_t len);
int kh_random_cooked_url(struct kh_rand *r, struct kh_ctx *c, struct kh_cooked_url *dst);
int kh_equal_cooked_url(const struct kh_cooked_url *a, const struct kh_cooked_url *b, char *where,
			size_t len);
int kh_random_transport_address(struct kh_rand *r, struct kh_ctx *c,
				struct kh_transport_address *dst);
int kh_equal_transport_address(const struct kh_transport_address *a,
			       const struct kh_transport_address *b, char *where, size_t len);
int kh_random_request_headers(struct kh_rand *r, struct kh_ctx *c, struct kh_request_headers *dst);
int kh_equal_request_headers(const struct kh_request_headers *a, const struct kh_request_headers *b,
			     char *where, size_t len);
int kh_random_response_headers(struct kh_rand *r, struct kh_ctx *c,
			       struct kh_response_headers *dst);
int kh_equal_response_headers(const struct kh_response_headers *a,
			      const struct kh_response_headers *b, char *where, size_t len);
int kh_random_data_chunk(struct kh_rand *r, struct kh_ctx *c, struct kh_data_chunk *dst);
int kh_equal_data_chunk(const struct kh_data_chunk *a, const struct kh_data_chunk *b, char *where,
			size_t len);
int kh_random_request_timing(struct kh_rand *r, struct kh_ctx *c, struct kh_request_timing *dst);
int kh_equal_request_timing(const struct kh_request_timing *a, const struct kh_request_timing *b,
			    char *where, size_t len);
int kh_random_request_tcp(struct kh_rand *r, struct kh_ctx *c, struct kh_request_tcp *dst);
int kh_equal_request_tcp(const struct kh_request_tcp *a, const struct kh_request_tcp *b,
			 char *where, size_t len);
int kh_random_request_info(struct kh_rand *r, struct kh_ctx *c, struct kh_request_info *dst);
int kh_equal_request_info(const struct kh_request_info *a, const struct kh_request_info *b,
			  char *where, size_t len);
int kh_random_request(struct kh_rand *r, struct kh_ctx *c, struct kh_request *dst);
int kh_equal_request(const struct kh_request *a, const struct kh_request *b, char *where,
		     size_t len);
int kh_random_multiple_known_headers(struct kh_rand *r, struct kh_ctx *c,
				     struct kh_multiple_known_headers *dst);
int kh_equal_multiple_known_headers(const struct kh_multiple_known_headers *a,
				    const struct kh_multiple_known_headers *b, char *where,
				    size_t len);
int kh_random_cache_key(struct kh_rand *r, struct kh_ctx *c, struct kh_cache_key *dst);
int kh_equal_cache_key(const struct kh_cache_key *a, const struct kh_cache_key *b, char *where,
		       size_t len);
int kh_random_response_info(struct kh_rand *r, struct kh_ctx *c, struct kh_response_info *dst);
int kh_equal_response_info(const struct kh_response_info *a, const struct kh_response_info *b,
			   char *where, size_t len);
int kh_random_response(struct kh_rand *r, struct kh_ctx *c, struct kh_response *dst);
int kh_equal_response(const struct kh_response *a, const struct kh_response *b, char *where,
		      size_t len);
int kh_random_cache_policy(struct kh_rand *r, struct kh_ctx *c, struct kh_cache_policy *dst);
int kh_equal_cache_policy(const struct kh_cache_policy *a, const struct kh_cache_policy *b,
			  char *where, size_t len);
int kh_random_log_data(struct kh_rand *r, struct kh_ctx *c, struct kh_log_data *dst);
int kh_equal_log_data(const struct kh_log_data *a, const struct kh_log_data *b, char *where,
		      size_t len);
int kh_random_version_args(struct kh_rand *r, struct kh_ctx *c, struct kh_version_args *dst);
int kh_equal_version_args(const struct kh_version_args *a, const struct kh_version_args *b,
			  char *where, size_t len);
int kh_random_queue_args(struct kh_rand *r, struct kh_ctx *c, struct kh_queue_args *dst);
int kh_equal_queue_args(const struct kh_queue_args *a, const struct kh_queue_args *b, char *where,
			size_t len);
int kh_random_url_args(struct kh_rand *r, struct kh_ctx *c, struct kh_url_args *dst);
int kh_equal_url_args(const struct kh_url_args *a, const struct kh_url_args *b, char *where,
		      size_t len);
int kh_random_receive_request_args(struct kh_rand *r, struct kh_ctx *c,
				   struct kh_receive_request_args *dst);
int kh_equal_receive_request_args(const struct kh_receive_request_args *a,
				  const struct kh_receive_request_args *b, char *where, size_t len);
int kh_random_receive_body_args(struct kh_rand *r, struct kh_ctx *c,
				struct kh_receive_body_args *dst);
int kh_equal_receive_body_args(const struct kh_receive_body_args *a,
			       const struct kh_receive_body_args *b, char *where, size_t len);
int kh_random_send_response_args(struct kh_rand *r, struct kh_ctx *c,
				 struct kh_send_response_args *dst);
int kh_equal_send_response_args(const struct kh_send_response_args *a,
				const struct kh_send_response_args *b, char *where, size_t len);
int kh_random_send_body_args(struct kh_rand *r, struct kh_ctx *c, struct kh_send_body_args *dst);
int kh_equal_send_body_args(const struct kh_send_body_args *a, const struct kh_send_body_args *b,
			    char *where, size_t len);
int kh_random_cancel_args(struct kh_rand *r, struct kh_ctx *c, struct kh_cancel_args *dst);
int kh_equal_cancel_args(const struct kh_cancel_args *a, const struct kh_cancel_args *b,
			 char *where, size_t len);
int kh_random_wait_disconnect_args(struct kh_rand *r, struct kh_ctx *c,
				   struct kh_wait_disconnect_args *dst);
int kh_equal_wait_disconnect_args(const struct kh_wait_disconnect_args *a,
				  const struct kh_wait_disconnect_args *b, char *where, size_t len);
int kh_random_flush_cache_args(struct kh_rand *r, struct kh_ctx *c,
			       struct kh_flush_cache_args *dst);
int kh_equal_flush_cache_args(const struct kh_flush_cache_args *a,
			      const struct kh_flush_cache_args *b, char *where, size_t len);
int kh_random_stats_args(struct kh_rand *r, struct kh_ctx *c, struct kh_stats_args *dst);
int kh_equal_stats_args(const struct kh_stats_args *a, const struct kh_stats_args *b, char *where,
			size_t len);
int kh_random_limits_args(struct kh_rand *r, struct kh_ctx *c, struct kh_limits_args *dst);
int kh_equal_limits_args(const struct kh_limits_args *a, const struct kh_limits_args *b,
			 char *where, size_t len);
int kh_random_admin_entry(struct kh_rand *r, struct kh_ctx *c, struct kh_admin_entry *dst);
int kh_equal_admin_entry(const struct kh_admin_entry *a, const struct kh_admin_entry *b,
			 char *where, size_t len);
int kh_random_admin_list_args(struct kh_rand *r, struct kh_ctx *c, struct kh_admin_list_args *dst);
int kh_equal_admin_list_args(const struct kh_admin_list_args *a, const struct kh_admin_list_args *b,
			     char *where, size_t len);
int kh_random_queue_access_args(struct kh_rand *r, struct kh_ctx *c,
				struct kh_queue_access_args *dst);
int kh_equal_queue_access_args(const struct kh_queue_access_args *a,
			       const struct kh_queue_access_args *b, char *where, size_t len);
int kh_random_reservation_args(struct kh_rand *r, struct kh_ctx *c,
			       struct kh_reservation_args *dst);
int kh_equal_reservation_args(const struct kh_reservation_args *a,
			      const struct kh_reservation_args *b, char *where, size_t len);

#endif /* KH_TEST_GRAPHS_H */
