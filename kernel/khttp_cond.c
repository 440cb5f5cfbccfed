// SPDX-License-Identifier: GPL-2.0
/*
 * khttp: conditional requests (RFC 9110 13): entity-tag lists compared
 * weakly or strongly, HTTP-dates compared as times, and the precedence of
 * 13.2.2: If-Match, else If-Unmodified-Since (412); If-None-Match, else
 * If-Modified-Since (304 for GET and HEAD, 412 otherwise); then If-Range
 * decides whether a Range is honoured. Pure functions: the callers give
 * the current time.
 */
#include <linux/errno.h>
#include <linux/kernel.h>
#include <linux/string.h>
#include "khttp_cond.h"
#include "khttp_token.h"

const char *const khttp_months[12] = { "Jan", "Feb", "Mar", "Apr", "May", "Jun",
				       "Jul", "Aug", "Sep", "Oct", "Nov", "Dec" };
static const char *const days[7] = { "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun" };
static const char *const long_days[7] = { "Monday", "Tuesday", "Wednesday", "Thursday",
					  "Friday", "Saturday", "Sunday" };

/* days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil) */
static s64 days_from_civil(s64 y, unsigned int m, unsigned int d)
{
	s64 era;
	unsigned int yoe, doy, doe;

	y -= m <= 2;
	era = (y >= 0 ? y : y - 399) / 400;
	yoe = (unsigned int)(y - era * 400);
	doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
	doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
	return era * 146097 + doe - 719468;
}

static bool digits(const char *p, int n, unsigned int *v)
{
	*v = 0;
	while (n--) {
		if (!khttp_is_digit(*p))
			return false;
		*v = *v * 10 + (*p++ - '0');
	}
	return true;
}

static int month(const char *p)
{
	int m;

	for (m = 0; m < 12; m++)
		if (!memcmp(p, khttp_months[m], 3))
			return m + 1;
	return 0;
}

static bool day_name(const char *p, size_t len, bool longname)
{
	int d;

	for (d = 0; d < 7; d++) {
		const char *n = longname ? long_days[d] : days[d];

		if (strlen(n) == len && !memcmp(p, n, len))
			return true;
	}
	return false;
}

/* "HH:MM:SS" */
static bool hms(const char *p, unsigned int *secs)
{
	unsigned int h, m, s;

	if (p[2] != ':' || p[5] != ':' || !digits(p, 2, &h) || !digits(p + 3, 2, &m) ||
	    !digits(p + 6, 2, &s) || h > 23 || m > 59 || s > 60)
		return false;
	*secs = h * 3600 + m * 60 + s;
	return true;
}

static bool valid_day(unsigned int y, unsigned int m, unsigned int d)
{
	static const u8 mdays[12] = { 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
	bool leap = (y % 4 == 0 && y % 100) || y % 400 == 0;

	return d >= 1 && d <= mdays[m - 1] && !(m == 2 && d == 29 && !leap);
}

static int finish(unsigned int y, int m, unsigned int d, unsigned int secs, s64 *t)
{
	if (!m || !valid_day(y, m, d))
		return -EINVAL;
	*t = days_from_civil(y, m, d) * 86400 + secs;
	return 0;
}

int khttp_http_date(const char *s, size_t len, s64 now, s64 *t)
{
	const char *comma = memchr(s, ',', len);
	unsigned int y, d, secs;

	if (len == 29 && comma == s + 3) {	/* Sun, 06 Nov 1994 08:49:37 GMT */
		if (!day_name(s, 3, false) || s[4] != ' ' || !digits(s + 5, 2, &d) ||
		    s[7] != ' ' || s[11] != ' ' || !digits(s + 12, 4, &y) || s[16] != ' ' ||
		    !hms(s + 17, &secs) || memcmp(s + 25, " GMT", 4))
			return -EINVAL;
		return finish(y, month(s + 8), d, secs, t);
	}
	if (comma && len == (size_t)(comma - s) + 24) {	/* Sunday, 06-Nov-94 08:49:37 GMT */
		const char *p = comma + 1;
		unsigned int now_year = 1970 + (unsigned int)(now / 31556952);

		if (!day_name(s, comma - s, true) || p[0] != ' ' || !digits(p + 1, 2, &d) ||
		    p[3] != '-' || p[7] != '-' || !digits(p + 8, 2, &y) || p[10] != ' ' ||
		    !hms(p + 11, &secs) || memcmp(p + 19, " GMT", 4))
			return -EINVAL;
		/* RFC 9110 5.6.7: never more than 50 years in the future */
		y += now_year / 100 * 100;
		if (y > now_year + 50)
			y -= 100;
		return finish(y, month(p + 4), d, secs, t);
	}
	if (len == 24 && !comma) {	/* Sun Nov  6 08:49:37 1994 */
		if (!day_name(s, 3, false) || s[3] != ' ' || s[7] != ' ' ||
		    !(s[8] == ' ' ? digits(s + 9, 1, &d) : digits(s + 8, 2, &d)) ||
		    s[10] != ' ' || !hms(s + 11, &secs) || s[19] != ' ' ||
		    !digits(s + 20, 4, &y))
			return -EINVAL;
		return finish(y, month(s + 4), d, secs, t);
	}
	return -EINVAL;
}

/* entity-tag = [ "W/" ] DQUOTE *etagc DQUOTE: its opaque-tag, and whether weak */
static bool entity_tag(const char *s, size_t len, const char **opaque, size_t *olen,
		       bool *weak)
{
	size_t i;

	*weak = len >= 2 && s[0] == 'W' && s[1] == '/';
	if (*weak) {
		s += 2;
		len -= 2;
	}
	if (len < 2 || s[0] != '"' || s[len - 1] != '"')
		return false;
	for (i = 1; i < len - 1; i++) {
		unsigned char c = s[i];

		/* etagc = %x21 / %x23-7E / obs-text */
		if (c < 0x21 || c == '"' || c == 0x7f)
			return false;
	}
	*opaque = s;
	*olen = len;
	return true;
}

bool khttp_etag_list_match(const char *list, size_t len, const char *etag, size_t etag_len,
			   bool weak)
{
	const char *p = list, *end = list + len, *s, *ro, *o;
	size_t n, rlen, olen;
	bool rweak, w, match = false;

	if (!etag_len || !entity_tag(etag, etag_len, &ro, &rlen, &rweak))
		ro = NULL;	/* no current entity-tag: only "*" can match */
	if (khttp_list_next(&p, end, &s, &n) && n == 1 && *s == '*')	/* "*" alone */
		return !khttp_list_next(&p, end, &s, &n);	/* we hold the representation */
	p = list;
	while (khttp_list_next(&p, end, &s, &n)) {
		if (!entity_tag(s, n, &o, &olen, &w))
			return false;	/* a broken list matches nothing */
		if (ro && olen == rlen && !memcmp(o, ro, olen) && (weak || (!w && !rweak)))
			match = true;
	}
	return match;
}

static bool date_header(const char *v, size_t len, s64 now, s64 *t)
{
	return khttp_http_date(v, len, now, t) == 0;
}

unsigned int khttp_cond_eval(const struct khttp_cond *c)
{
	s64 lm = 0, when;
	bool has_lm = c->last_modified &&
		      date_header(c->last_modified, c->last_modified_len, c->now, &lm);

	/* 1: If-Match; 2: else If-Unmodified-Since (an invalid date is ignored) */
	if (c->has_if_match) {
		if (!c->if_match)
			return 412;
	} else if (c->ius && has_lm && date_header(c->ius, c->ius_len, c->now, &when) &&
		   lm > when) {
		return 412;
	}
	/* 3: If-None-Match; 4: else If-Modified-Since, for GET and HEAD */
	if (c->has_if_none_match) {
		if (c->if_none_match)
			return c->get_or_head ? 304 : 412;
	} else if (c->get_or_head && c->ims && has_lm &&
		   date_header(c->ims, c->ims_len, c->now, &when) && lm <= when) {
		return 304;
	}
	return 0;
}

bool khttp_if_range_ok(const char *ir, size_t ir_len, const char *etag, size_t etag_len,
		       const char *lm, size_t lm_len, s64 now)
{
	const char *o;
	size_t olen;
	bool weak;
	s64 a, b;

	if (!ir)
		return true;
	if (entity_tag(ir, ir_len, &o, &olen, &weak))	/* a strong comparison */
		return !weak && khttp_etag_list_match(ir, ir_len, etag, etag_len, false);
	return lm_len && date_header(ir, ir_len, now, &a) && date_header(lm, lm_len, now, &b) &&
	       a == b;
}
