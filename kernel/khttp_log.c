// SPDX-License-Identifier: GPL-2.0
/*
 * khttp: the access log, one line per answered request in the Combined Log
 * Format, read with read() on /dev/khttp (lines are consumed; a read of an
 * empty log returns 0, O_NONBLOCK or not). A fixed ring: when it is full
 * the oldest lines go, and the next read starts with a "lost N" line.
 *
 * A queue has a ring of its own besides (KHTTP_QLOG_SIZE bytes, made with
 * the queue): the lines of the requests it was given, read with read() on
 * a file attached to it, by its owner and grantees (docs/security.md).
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

#define KHTTP_LOG_SIZE	65536
#define KHTTP_LOG_LINE	512
#define KHTTP_QLOG_SIZE	16384	/* a queue's ring */

/*
 * The escaped fields of a line are cut to these (with their NUL); an
 * escaped byte is at least one character and the cut leaves room for a
 * whole escape, so a field never needs more raw bytes than its cap - 5.
 */
#define KHTTP_LOG_METHOD	40
#define KHTTP_LOG_TARGET	256
#define KHTTP_LOG_REFERER	128
#define KHTTP_LOG_UA	128
#define KHTTP_LOG_RAW(cap)	((cap) - 5)
#define KHTTP_LOG_TEXT	(KHTTP_LOG_RAW(KHTTP_LOG_METHOD) + KHTTP_LOG_RAW(KHTTP_LOG_TARGET) + \
			 KHTTP_LOG_RAW(KHTTP_LOG_REFERER) + KHTTP_LOG_RAW(KHTTP_LOG_UA))

/* one answer in the ring: this header, then the four strings' bytes */
struct khttp_log_rec {
	u32 size;			/* header and strings */
	u16 status;
	u8 major, minor;
	u16 method_len, target_len, referer_len, user_agent_len;
	u64 bytes;
	time64_t time;
	struct sockaddr_in6 remote;	/* or a sockaddr_in, in its first bytes */
};

/* what read() formats one line from */
struct khttp_log_scratch {
	struct khttp_log_rec rec;
	char text[KHTTP_LOG_TEXT];
	char method[KHTTP_LOG_METHOD], target[KHTTP_LOG_TARGET];
	char ref[KHTTP_LOG_REFERER], ua[KHTTP_LOG_UA];
	char line[KHTTP_LOG_LINE];
};

/* a ring of records; head and tail are byte positions, head >= tail */
struct khttp_log_ring {
	spinlock_t lock;		/* everything below but buf's address and size */
	size_t head, tail, size;
	u64 lost;
	char *buf;
};

static char khttp_log_buf[KHTTP_LOG_SIZE];
static struct khttp_log_ring khttp_log_ring = {
	.lock = __SPIN_LOCK_UNLOCKED(khttp_log_ring.lock),
	.size = KHTTP_LOG_SIZE,
	.buf = khttp_log_buf,
};

/**
 * khttp_log_ring_new() - a queue's own access log
 *
 * Return: the ring, or NULL
 */
struct khttp_log_ring *khttp_log_ring_new(void)
{
	struct khttp_log_ring *r = kzalloc(sizeof(*r), GFP_KERNEL_ACCOUNT);

	if (!r)
		return NULL;
	r->buf = kvmalloc(KHTTP_QLOG_SIZE, GFP_KERNEL_ACCOUNT);
	if (!r->buf) {
		kfree(r);
		return NULL;
	}
	spin_lock_init(&r->lock);
	r->size = KHTTP_QLOG_SIZE;
	return r;
}

/**
 * khttp_log_ring_free() - free a queue's access log
 * @r: the ring, or NULL
 */
void khttp_log_ring_free(struct khttp_log_ring *r)
{
	if (!r)
		return;
	kvfree(r->buf);
	kfree(r);
}

/* n bytes at byte position pos of the ring, either way; under the lock */
static void ring_copy(struct khttp_log_ring *r, size_t pos, void *buf, size_t n, bool put)
{
	size_t at = pos % r->size, first = min(n, r->size - at);

	if (put) {
		memcpy(r->buf + at, buf, first);
		memcpy(r->buf, (char *)buf + first, n - first);
	} else {
		memcpy(buf, r->buf + at, first);
		memcpy((char *)buf + first, r->buf, n - first);
	}
}

static void ring_put(struct khttp_log_ring *r, const void *buf, size_t n)
{
	ring_copy(r, r->head, (void *)buf, n, true);
	r->head += n;
}

/* drops the oldest record; under the lock */
static void drop_rec(struct khttp_log_ring *r)
{
	u32 size;

	ring_copy(r, r->tail, &size, sizeof(size), false);
	r->tail += size;
	r->lost++;
}

static void ring_log(struct khttp_log_ring *r, const struct khttp_log_rec *rec,
		     const struct khttp_log_entry *e)
{
	spin_lock(&r->lock);
	while (r->head + rec->size - r->tail > r->size)
		drop_rec(r);
	ring_put(r, rec, sizeof(*rec));
	ring_put(r, e->method, rec->method_len);
	ring_put(r, e->target, rec->target_len);
	ring_put(r, e->referer, rec->referer_len);
	ring_put(r, e->user_agent, rec->user_agent_len);
	spin_unlock(&r->lock);
}

/* into the global log, and into q's (if there is one) */
static void log_entry(const struct sockaddr_storage *remote, const struct khttp_log_entry *e,
		      const struct khttp_queue *q)
{
	struct khttp_log_rec rec = {
		.status = e->status, .major = e->major, .minor = e->minor,
		.method_len = e->method ? min_t(size_t, e->method_len,
						KHTTP_LOG_RAW(KHTTP_LOG_METHOD)) : 0,
		.target_len = e->target ? min_t(size_t, e->target_len,
						KHTTP_LOG_RAW(KHTTP_LOG_TARGET)) : 0,
		.referer_len = e->referer ? min_t(size_t, e->referer_len,
						  KHTTP_LOG_RAW(KHTTP_LOG_REFERER)) : 0,
		.user_agent_len = e->user_agent ? min_t(size_t, e->user_agent_len,
							KHTTP_LOG_RAW(KHTTP_LOG_UA)) : 0,
		.bytes = e->bytes,
		.time = ktime_get_real_seconds(),
	};

	memcpy(&rec.remote, remote, sizeof(rec.remote));
	rec.size = sizeof(rec) + rec.method_len + rec.target_len + rec.referer_len +
		   rec.user_agent_len;
	ring_log(&khttp_log_ring, &rec, e);
	if (q && q->log)
		ring_log(q->log, &rec, e);
}

/**
 * khttp_log() - append a line to the access log
 * @remote: the client's address
 * @e: what the line says
 */
void khttp_log(const struct sockaddr_storage *remote, const struct khttp_log_entry *e)
{
	log_entry(remote, e, NULL);
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
static size_t format_line(struct khttp_log_scratch *s)
{
	const struct khttp_log_rec *r = &s->rec;
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
static size_t next_line(struct khttp_log_ring *r, struct khttp_log_scratch *s, size_t room)
{
	size_t pos, n;
	bool taken;

	for (;;) {
		spin_lock(&r->lock);
		if (r->lost) {
			n = scnprintf(s->line, sizeof(s->line), "lost %llu\n", r->lost);
			if (n <= room)
				r->lost = 0;
			spin_unlock(&r->lock);
			return n <= room ? n : 0;
		}
		pos = r->tail;
		if (pos == r->head) {
			spin_unlock(&r->lock);
			return 0;
		}
		ring_copy(r, pos, &s->rec, sizeof(s->rec), false);
		ring_copy(r, pos + sizeof(s->rec), s->text, s->rec.size - sizeof(s->rec), false);
		spin_unlock(&r->lock);
		n = format_line(s);
		if (n > room)
			return 0;
		spin_lock(&r->lock);
		taken = r->tail == pos;
		if (taken)
			r->tail = pos + s->rec.size;
		spin_unlock(&r->lock);
		if (taken)
			return n;
		/* dropped while formatted: "lost" tells it */
	}
}

/**
 * khttp_log_read() - read an access log
 * @r: the ring, or NULL for the global log
 * @buf: the reader's buffer
 * @count: its size
 *
 * Whole lines of ring r (NULL: the global log), as many as fit in count; consumed
 *
 * Return: bytes read (whole lines), or a negative errno
 */
ssize_t khttp_log_read(struct khttp_log_ring *r, char __user *buf, size_t count)
{
	struct khttp_log_scratch *s = kmalloc(sizeof(*s), GFP_KERNEL);
	size_t done = 0, n;
	ssize_t ret;

	if (!s)
		return -ENOMEM;
	for (;;) {
		n = next_line(r ? r : &khttp_log_ring, s, count - done);
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
 * khttp_log_parsed_q() - log a request the kernel answered, also in its queue's log
 * @c: its connection
 * @p: the parsed request
 * @q: the queue it was routed to, or NULL
 * @status: the status answered
 * @bytes: the bytes sent
 */
void khttp_log_parsed_q(const struct khttp_conn *c, const struct khttp_parsed *p,
			const struct khttp_queue *q, unsigned int status, u64 bytes)
{
	const struct khttp_hdr *ref = khttp_parsed_header(p, KH_HEADER_REFERER);
	const struct khttp_hdr *ua = khttp_parsed_header(p, KH_HEADER_USER_AGENT);
	struct khttp_log_entry e = {
		.method = p->method, .method_len = p->method_len,
		.target = p->target, .target_len = p->target_len,
		.referer = ref ? ref->value : NULL, .referer_len = ref ? ref->value_len : 0,
		.user_agent = ua ? ua->value : NULL, .user_agent_len = ua ? ua->value_len : 0,
		.major = p->major, .minor = p->minor, .status = status, .bytes = bytes,
	};

	khttp_net_stat(c->nstats, KH_STAT_KERNEL_RESPONSES, 1);
	if (q)
		khttp_net_stat(c->nstats, KH_STAT_CACHE_HITS, 1);
	khttp_net_stat_status(c->nstats, status);
	log_entry(&c->remote, &e, q);
}

/**
 * khttp_log_request_q() - log a request routed to a queue
 * @req: the request
 * @q: its queue, whose log gets the line too (the request may not be in it:
 *     a full queue's 503), or NULL
 * @status: the status answered
 * @bytes: the body bytes sent
 */
void khttp_log_request_q(const struct khttp_req *req, const struct khttp_queue *q,
			 unsigned int status, u64 bytes)
{
	const struct kh_request *r = req->graph;
	const struct kh_known_header *k = r->headers.known_headers;
	const char *verb = khttp_verb_name(r->verb);
	struct khttp_log_entry e = {
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

	khttp_net_stat_status(req->conn->nstats, status);
	log_entry(&req->conn->remote, &e, q);
}

/**
 * khttp_log_request() - log a request a worker answered
 * @req: the request
 * @status: the status answered
 * @bytes: the body bytes sent
 */
void khttp_log_request(const struct khttp_req *req, unsigned int status, u64 bytes)
{
	khttp_log_request_q(req, req->queue, status, bytes);
}

/**
 * khttp_log_parsed() - log a request the kernel answered itself
 * @c: its connection
 * @p: the parsed request
 * @status: the status answered
 * @bytes: the bytes sent
 */
void khttp_log_parsed(const struct khttp_conn *c, const struct khttp_parsed *p,
		      unsigned int status, u64 bytes)
{
	khttp_log_parsed_q(c, p, NULL, status, bytes);
}
