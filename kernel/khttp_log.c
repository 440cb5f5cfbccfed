// SPDX-License-Identifier: GPL-2.0
/*
 * khttp: the access log, one line per answered request in the Combined Log
 * Format, read with read() on /dev/khttp (lines are consumed; a read of an
 * empty log returns 0, O_NONBLOCK or not). A fixed ring: when it is full
 * the oldest lines go, and the next read starts with a "lost N" line.
 *
 * The ring holds each answer's raw fields (bounded copies of the request's
 * strings, the address, status, bytes and time), not its text: the line is
 * formatted by read(), so a request costs a few copies, not a vsnprintf,
 * and nothing at all is formatted while nobody reads the log.
 */
#include <linux/in6.h>
#include <linux/kernel.h>
#include <linux/ktime.h>
#include <linux/slab.h>
#include <linux/socket.h>
#include <linux/spinlock.h>
#include <linux/time64.h>
#include <linux/timekeeping.h>
#include <linux/uaccess.h>
#include "khttp_internal.h"
#include "khttp_cond.h"
#include "khttp_headers.h"

#define KH_LOG_SIZE	65536
#define KH_LOG_LINE	512

/*
 * The escaped fields of a line are cut to these (with their NUL); an
 * escaped byte is at least one character and the cut leaves room for a
 * whole escape, so a field never needs more raw bytes than its cap - 5.
 */
#define KH_LOG_METHOD	40
#define KH_LOG_TARGET	256
#define KH_LOG_REFERER	128
#define KH_LOG_UA	128
#define KH_LOG_RAW(cap)	((cap) - 5)
#define KH_LOG_TEXT	(KH_LOG_RAW(KH_LOG_METHOD) + KH_LOG_RAW(KH_LOG_TARGET) + \
			 KH_LOG_RAW(KH_LOG_REFERER) + KH_LOG_RAW(KH_LOG_UA))

/* one answer in the ring: this header, then the four strings' bytes */
struct kh_log_rec {
	u32 size;			/* header and strings */
	u16 status;
	u8 major, minor;
	u16 method_len, target_len, referer_len, user_agent_len;
	u64 bytes;
	time64_t time;
	struct sockaddr_in6 remote;	/* or a sockaddr_in, in its first bytes */
};

/* what read() formats one line from */
struct kh_log_scratch {
	struct kh_log_rec rec;
	char text[KH_LOG_TEXT];
	char method[KH_LOG_METHOD], target[KH_LOG_TARGET];
	char ref[KH_LOG_REFERER], ua[KH_LOG_UA];
	char line[KH_LOG_LINE];
};

static char khttp_log_ring[KH_LOG_SIZE];
static size_t khttp_log_head, khttp_log_tail;	/* byte positions, head >= tail */
static u64 khttp_log_lost;
static DEFINE_SPINLOCK(khttp_log_lock);

/* n bytes at byte position pos of the ring, either way; under the lock */
static void ring_copy(size_t pos, void *buf, size_t n, bool put)
{
	size_t at = pos % KH_LOG_SIZE, first = min(n, KH_LOG_SIZE - at);

	if (put) {
		memcpy(khttp_log_ring + at, buf, first);
		memcpy(khttp_log_ring, (char *)buf + first, n - first);
	} else {
		memcpy(buf, khttp_log_ring + at, first);
		memcpy((char *)buf + first, khttp_log_ring, n - first);
	}
}

static void ring_put(const void *buf, size_t n)
{
	ring_copy(khttp_log_head, (void *)buf, n, true);
	khttp_log_head += n;
}

/* drops the oldest record; under the lock */
static void drop_rec(void)
{
	u32 size;

	ring_copy(khttp_log_tail, &size, sizeof(size), false);
	khttp_log_tail += size;
	khttp_log_lost++;
}

/**
 * khttp_log() - append a line to the access log
 * @remote: the client's address
 * @e: what the line says
 */
void khttp_log(const struct sockaddr_storage *remote, const struct kh_log_entry *e)
{
	struct kh_log_rec rec = {
		.status = e->status, .major = e->major, .minor = e->minor,
		.method_len = e->method ? min_t(size_t, e->method_len,
						KH_LOG_RAW(KH_LOG_METHOD)) : 0,
		.target_len = e->target ? min_t(size_t, e->target_len,
						KH_LOG_RAW(KH_LOG_TARGET)) : 0,
		.referer_len = e->referer ? min_t(size_t, e->referer_len,
						  KH_LOG_RAW(KH_LOG_REFERER)) : 0,
		.user_agent_len = e->user_agent ? min_t(size_t, e->user_agent_len,
							KH_LOG_RAW(KH_LOG_UA)) : 0,
		.bytes = e->bytes,
		.time = ktime_get_real_seconds(),
	};

	memcpy(&rec.remote, remote, sizeof(rec.remote));
	rec.size = sizeof(rec) + rec.method_len + rec.target_len + rec.referer_len +
		   rec.user_agent_len;
	spin_lock(&khttp_log_lock);
	while (khttp_log_head + rec.size - khttp_log_tail > KH_LOG_SIZE)
		drop_rec();
	ring_put(&rec, sizeof(rec));
	ring_put(e->method, rec.method_len);
	ring_put(e->target, rec.target_len);
	ring_put(e->referer, rec.referer_len);
	ring_put(e->user_agent, rec.user_agent_len);
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

/* the Combined Log Format line of s->rec and s->text into s->line; its length */
static size_t format_line(struct kh_log_scratch *s)
{
	const struct kh_log_rec *r = &s->rec;
	struct sockaddr_storage remote = {};
	const char *t = s->text;
	struct tm tm;
	int n;

	memcpy(&remote, &r->remote, sizeof(r->remote));
	time64_to_tm(r->time, 0, &tm);
	field(s->method, sizeof(s->method), t, r->method_len);
	t += r->method_len;
	field(s->target, sizeof(s->target), t, r->target_len);
	t += r->target_len;
	field(s->ref, sizeof(s->ref), t, r->referer_len);
	t += r->referer_len;
	field(s->ua, sizeof(s->ua), t, r->user_agent_len);
	n = scnprintf(s->line, sizeof(s->line),
		      "%pISc - - [%02d/%s/%04ld:%02d:%02d:%02d +0000] \"%s %s HTTP/%u.%u\" %u %llu \"%s\" \"%s\"\n",
		      &remote, tm.tm_mday, khttp_months[tm.tm_mon], tm.tm_year + 1900,
		      tm.tm_hour, tm.tm_min, tm.tm_sec, s->method, s->target, r->major,
		      r->minor, r->status, r->bytes, s->ref, s->ua);
	if (s->line[n - 1] != '\n')	/* cut: the line must still end */
		s->line[n - 1] = '\n';
	return n;
}

/*
 * The next line into s->line, if it fits in room: "lost N" first, else
 * the oldest record's, consumed only if no writer dropped it meanwhile
 * (formatted without the lock: writers never wait for a read). Its
 * length; 0 when the log is empty or the line does not fit.
 */
static size_t next_line(struct kh_log_scratch *s, size_t room)
{
	size_t pos, n;
	bool taken;

	for (;;) {
		spin_lock(&khttp_log_lock);
		if (khttp_log_lost) {
			n = scnprintf(s->line, sizeof(s->line), "lost %llu\n", khttp_log_lost);
			if (n <= room)
				khttp_log_lost = 0;
			spin_unlock(&khttp_log_lock);
			return n <= room ? n : 0;
		}
		pos = khttp_log_tail;
		if (pos == khttp_log_head) {
			spin_unlock(&khttp_log_lock);
			return 0;
		}
		ring_copy(pos, &s->rec, sizeof(s->rec), false);
		ring_copy(pos + sizeof(s->rec), s->text, s->rec.size - sizeof(s->rec), false);
		spin_unlock(&khttp_log_lock);
		n = format_line(s);
		if (n > room)
			return 0;
		spin_lock(&khttp_log_lock);
		taken = khttp_log_tail == pos;
		if (taken)
			khttp_log_tail = pos + s->rec.size;
		spin_unlock(&khttp_log_lock);
		if (taken)
			return n;
		/* dropped while formatted: "lost" tells it */
	}
}

/**
 * khttp_log_read() - read the access log
 * @buf: the reader's buffer
 * @count: its size
 *
 * Whole lines, as many as fit in count; consumed
 *
 * Return: bytes read (whole lines), or a negative errno
 */
ssize_t khttp_log_read(char __user *buf, size_t count)
{
	struct kh_log_scratch *s = kmalloc(sizeof(*s), GFP_KERNEL);
	size_t done = 0, n;
	ssize_t ret;

	if (!s)
		return -ENOMEM;
	for (;;) {
		n = next_line(s, count - done);
		if (!n) {
			ret = done;
			break;
		}
		if (copy_to_user(buf + done, s->line, n)) {
			ret = done ? done : -EFAULT;
			break;
		}
		done += n;
	}
	kfree(s);
	return ret;
}

/**
 * khttp_log_parsed() - log a request the kernel answered itself
 * @c: its connection
 * @p: the parsed request
 * @status: the status answered
 * @bytes: the bytes sent
 */
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

/**
 * khttp_log_request() - log a request a worker answered
 * @req: the request
 * @status: the status answered
 * @bytes: the body bytes sent
 */
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
