/* SPDX-License-Identifier: GPL-2.0 */
/* khttp: the known header and verb names (khttp_headers.c). */
#ifndef KHTTP_HEADERS_H
#define KHTTP_HEADERS_H

#include <linux/types.h>
#include "khttp.h"

const char *khttp_request_header_name(int id);
const char *khttp_response_header_name(int id);
int khttp_request_header_id(const char *name, size_t len);	/* -1: unknown */
int khttp_response_header_id(const char *name, size_t len);
int khttp_verb(const char *method, size_t len);		/* KH_VERB_UNKNOWN */
const char *khttp_verb_name(int verb);			/* NULL: no known verb */

#endif /* KHTTP_HEADERS_H */
