// SPDX-License-Identifier: GPL-2.0
/*
 * khttp: the access log, one line per answered request in the Combined Log
 * Format, read with read() on /dev/khttp (lines are consumed; a read of an
 * empty log returns 0, O_NONBLOCK or not). A fixed ring: when it is full
 * the oldest lines go, and the next read starts with a "lost N" line.
 */
#include <linux/kernel.h>
#include <linux/socket.h>
#include <linux/spinlock.h>
#include <linux/time64.h>
#include <linux/timekeeping.h>
#include <linux/uaccess.h>
#include "khttp_internal.h"
#include "khttp_headers.h"

#define KH_LOG_SIZE	65536
#define KH_LOG_LINE	512

static char khttp_log_ring[KH_LOG_SIZE];
static size_t khttp_log_head, khttp_log_tail;	/* byte positions, head >= tail */
static u64 khttp_log_lost;
static DEFINE_SPINLOCK(khttp_log_lock);

static char log_at(size_t pos)
{
	return khttp_log_ring[pos % KH_LOG_SIZE];
}

/* drops the oldest line; under the lock */
static void drop_line(void)
{
	while (khttp_log_tail < khttp_log_head && log_at(khttp_log_tail++) != '\n')
		;
	khttp_log_lost++;
}

static void append(const char *line, size_t n)
{
	size_t i;

	spin_lock(&khttp_log_lock);
	while (khttp_log_head + n - khttp_log_tail > KH_LOG_SIZE)
		drop_line();
	for (i = 0; i < n; i++)
		khttp_log_ring[khttp_log_head++ % KH_LOG_SIZE] = line[i];
	spin_unlock(&khttp_log_lock);
}

/* a request field for the log: "-" when absent, quotes and controls escaped */
static size_t field(char *dst, size_t cap, const char *s, size_t len)
{
	size_t i, n = 0;

	if (!s || !len)
		return scnprintf(dst, cap, "-");
	for (i = 0; i < len && n + 5 < cap; i++) {
		unsigned char c = s[i];

		if (c == '"' || c == '\\' || c < 0x20 || c >= 0x7f)
			n += scnprintf(dst + n, cap - n, "\\x%02x", c);
		else
			dst[n++] = c;
	}
	dst[n] = 0;
	return n;
}

void khttp_log(const struct sockaddr_storage *remote, const struct kh_log_entry *e)
{
	char line[KH_LOG_LINE], method[40], target[256], ref[128], ua[128];
	struct tm tm;
	int n;

	time64_to_tm(ktime_get_real_seconds(), 0, &tm);
	field(method, sizeof(method), e->method, e->method_len);
	field(target, sizeof(target), e->target, e->target_len);
	field(ref, sizeof(ref), e->referer, e->referer_len);
	field(ua, sizeof(ua), e->user_agent, e->user_agent_len);
	n = scnprintf(line, sizeof(line),
		      "%pISc - - [%02d/%s/%04ld:%02d:%02d:%02d +0000] \"%s %s HTTP/%u.%u\" %u %llu \"%s\" \"%s\"\n",
		      remote, tm.tm_mday, khttp_months[tm.tm_mon], tm.tm_year + 1900, tm.tm_hour,
		      tm.tm_min, tm.tm_sec, method, target, e->major, e->minor, e->status,
		      e->bytes, ref, ua);
	if (line[n - 1] != '\n')	/* cut: the line must still end */
		line[n - 1] = '\n';
	append(line, n);
}

/* whole lines, as many as fit in count; consumed */
ssize_t khttp_log_read(char __user *buf, size_t count)
{
	char tmp[KH_LOG_LINE + 32];
	size_t done = 0;

	for (;;) {
		size_t n = 0, end;

		spin_lock(&khttp_log_lock);
		if (khttp_log_lost) {
			n = scnprintf(tmp, sizeof(tmp), "lost %llu\n", khttp_log_lost);
			khttp_log_lost = 0;
		} else {
			for (end = khttp_log_tail; end < khttp_log_head && n < KH_LOG_LINE; end++) {
				tmp[n++] = log_at(end);
				if (tmp[n - 1] == '\n')
					break;
			}
			if (!n || tmp[n - 1] != '\n' || done + n > count)
				n = 0;
			else
				khttp_log_tail = end + 1;
		}
		spin_unlock(&khttp_log_lock);
		if (!n)
			return done;
		if (copy_to_user(buf + done, tmp, n))
			return done ? done : -EFAULT;
		done += n;
	}
}

void khttp_log_parsed(const struct kh_conn *c, const struct kh_parsed *p,
		      unsigned int status, u64 bytes)
{
	const struct kh_hdr *ref = khttp_parsed_header(p, KH_HEADER_REFERER);
	const struct kh_hdr *ua = khttp_parsed_header(p, KH_HEADER_USER_AGENT);
	struct kh_log_entry e = {
		.method = p->method, .method_len = p->method_len,
		.target = p->target, .target_len = p->target_len,
		.referer = ref ? ref->value : NULL, .referer_len = ref ? ref->value_len : 0,
		.user_agent = ua ? ua->value : NULL, .user_agent_len = ua ? ua->value_len : 0,
		.major = p->major, .minor = p->minor, .status = status, .bytes = bytes,
	};

	khttp_log(&c->remote, &e);
}

void khttp_log_request(const struct kh_req *req, unsigned int status, u64 bytes)
{
	const struct kh_request *r = req->graph;
	const struct kh_known_header *k = r->headers.known_headers;
	const char *verb = khttp_verb_name(r->verb);
	struct kh_log_entry e = {
		.method = verb ? verb : r->unknown_verb,
		.method_len = verb ? strlen(verb) : r->unknown_verb_length,
		.target = r->raw_url, .target_len = r->raw_url_length,
		.referer = k[KH_HEADER_REFERER].value,
		.referer_len = k[KH_HEADER_REFERER].value_length,
		.user_agent = k[KH_HEADER_USER_AGENT].value,
		.user_agent_len = k[KH_HEADER_USER_AGENT].value_length,
		.major = r->version.major, .minor = r->version.minor,
		.status = status, .bytes = bytes,
	};

	khttp_log(&req->conn->remote, &e);
}
