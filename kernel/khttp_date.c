// SPDX-License-Identifier: GPL-2.0
/*
 * khttp: the Date header of every response, formatted once per second.
 * time64_to_tm and scnprintf per response and cache hit were 1% of a
 * profile; now the text of the current second is kept under a seqlock:
 * readers copy it without a lock, the first caller of a new second
 * writes it (a format of a few bytes under the lock, nothing slow).
 */
#include <linux/kernel.h>
#include <linux/ktime.h>
#include <linux/seqlock.h>
#include <linux/string.h>
#include <linux/time64.h>
#include <linux/timekeeping.h>
#include "khttp_internal.h"
#include "khttp_cond.h"

#define KHTTP_DATE_LEN	sizeof("Date: Sun, 06 Nov 1994 08:49:37 GMT\r\n")

static DEFINE_SEQLOCK(khttp_date_lock);
static time64_t khttp_date_sec = -1;	/* the second khttp_date_text is of */
static char khttp_date_text[KHTTP_DATE_LEN];
static size_t khttp_date_len;

static void date_format(time64_t now)
{
	static const char *const days[] = { "Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat" };
	struct tm tm;

	time64_to_tm(now, 0, &tm);
	khttp_date_len = scnprintf(khttp_date_text, sizeof(khttp_date_text),
				   "Date: %s, %02d %s %04ld %02d:%02d:%02d GMT\r\n",
				   days[tm.tm_wday], tm.tm_mday, khttp_months[tm.tm_mon],
				   tm.tm_year + 1900, tm.tm_hour, tm.tm_min, tm.tm_sec);
	khttp_date_sec = now;
}

/**
 * khttp_put_date() - the Date header of this second
 * @dst: where it goes
 * @cap: room in dst
 *
 * "Date: <IMF-fixdate>\r\n" of now into dst (NUL-terminated); its length
 *
 * Return: its length
 */
size_t khttp_put_date(char *dst, size_t cap)
{
	time64_t now = ktime_get_real_seconds();
	unsigned int seq;
	size_t n;
	bool stale;

	if (!cap)
		return 0;
	do {
		seq = read_seqbegin(&khttp_date_lock);
		stale = READ_ONCE(khttp_date_sec) != now;
		n = min(khttp_date_len, cap - 1);
		if (!stale)
			memcpy(dst, khttp_date_text, n);
	} while (read_seqretry(&khttp_date_lock, seq));
	if (stale) {
		write_seqlock(&khttp_date_lock);
		if (khttp_date_sec != now)	/* another caller may have done it */
			date_format(now);
		n = min(khttp_date_len, cap - 1);
		memcpy(dst, khttp_date_text, n);
		write_sequnlock(&khttp_date_lock);
	}
	dst[n] = 0;
	return n;
}
