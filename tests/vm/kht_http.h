/* SPDX-License-Identifier: GPL-2.0 */
/* The HTTP client side of the guest tests (kht_http.c). */
#ifndef KHT_HTTP_H
#define KHT_HTTP_H

#include <stddef.h>

/* sends req to the echo worker's port; the kernel must answer status, then close */
int kht_http_expect_raw(const char *name, const char *req, size_t req_len, int status,
			const char *reason, char *why, size_t len);
int kht_http_expect_status(const char *name, const char *req, int status,
			   const char *reason, char *why, size_t len);
int t_http_malformed(char *why, size_t len);

#endif /* KHT_HTTP_H */
