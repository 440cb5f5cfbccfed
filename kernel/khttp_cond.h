/* SPDX-License-Identifier: GPL-2.0 */
/*
 * khttp: conditional requests (RFC 9110 13), one evaluator for every
 * place the kernel answers from a stored representation (khttp_cond.c).
 * Pure functions: host unit tests compile the file as it is.
 */
#ifndef KHTTP_COND_H
#define KHTTP_COND_H

#include <linux/types.h>

extern const char *const khttp_months[12];	/* "Jan" ... "Dec" */

/*
 * An HTTP-date (IMF-fixdate, rfc850-date, asctime-date, RFC 9110 5.6.7) as
 * seconds since 1970: 0 and *t, or -EINVAL. now places a two-digit year.
 */
int khttp_http_date(const char *s, size_t len, s64 now, s64 *t);

/*
 * Does the If-Match / If-None-Match value (RFC 9110 13.1.1, 13.1.2) match
 * the entity-tag etag ("x" or W/"x"; none: etag_len 0)? "*" matches any
 * current representation. weak: weak comparison (If-None-Match), else
 * strong (If-Match). A list with bad syntax matches nothing.
 */
bool khttp_etag_list_match(const char *list, size_t len, const char *etag, size_t etag_len,
			   bool weak);

/*
 * A request's preconditions against the selected representation: the
 * entity-tag lists already matched (khttp_etag_list_match, per field line),
 * the dates as received.
 */
struct khttp_cond {
	bool has_if_match, if_match;		/* present; it matched (strong) */
	bool has_if_none_match, if_none_match;	/* present; it matched (weak) */
	const char *ims, *ius;			/* If-(Un)Modified-Since, or NULL */
	size_t ims_len, ius_len;
	const char *last_modified;		/* of the representation, or NULL */
	size_t last_modified_len;
	bool get_or_head;
	s64 now;				/* seconds since 1970 */
};

/* RFC 9110 13.2.2, steps 1 to 4: 0 (go on: Range, then 200), 304 or 412 */
unsigned int khttp_cond_eval(const struct khttp_cond *c);

/*
 * RFC 9110 13.1.5: If-Range lets a Range through when its entity-tag
 * matches the strong etag, or its date equals Last-Modified. No If-Range:
 * true.
 */
bool khttp_if_range_ok(const char *ir, size_t ir_len, const char *etag, size_t etag_len,
		       const char *lm, size_t lm_len, s64 now);

#endif /* KHTTP_COND_H */
