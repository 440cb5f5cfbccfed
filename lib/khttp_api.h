/* SPDX-License-Identifier: (GPL-2.0 WITH Linux-syscall-note) OR MIT */
/*
 * libkhttp: the user-mode API of khttp (HTTP.sys for Linux), in the spirit
 * of HTTP.sys's HTTPAPI. One header for every ABI: the same source builds
 * -m64, -m32 and -mx32 workers; the kernel translates their structures.
 *
 * The types (struct kh_request, struct kh_response, enum kh_header_id, ...)
 * are the ABI itself, from khttp.h (installed next to this header).
 *
 * Conventions, for every function below:
 *  - a function that can fail returns 0 on success or a negative errno
 *    value (-ENOENT, -EOPNOTSUPP, ...); khttp_strerror() describes it. The
 *    kernel's answer is passed through unchanged: an ioctl that this
 *    khttp.ko does not implement yet gives -EOPNOTSUPP.
 *  - no global state. A khttp handle may be shared by threads (each call is
 *    one ioctl on its file). A khttp_response builder and a receive buffer
 *    belong to one thread at a time.
 *  - strings passed in are NUL-terminated C strings unless a length is given.
 * Documentation: docs/lib.md.
 */
#ifndef KHTTP_API_H
#define KHTTP_API_H

#include <stddef.h>
#include <stdint.h>
#include "khttp.h"

#ifdef __cplusplus
extern "C" {
#endif

#define KHTTP_LIB_VERSION_MAJOR	0
#define KHTTP_LIB_VERSION_MINOR	1
#define KHTTP_DEVICE		"/dev/khttp"

/* ------------------------------------------------------------------------
 * Handles: one open file of /dev/khttp, bound to at most one queue.
 */
typedef struct khttp khttp;

#define KHTTP_OPEN_NONBLOCK	0x1	/* receive answers -EAGAIN instead of waiting */

/*
 * Opens /dev/khttp into *out. -ENOENT: khttp.ko is not loaded;
 * -EACCES: no permission on the device node.
 */
int khttp_open(khttp **out, unsigned int flags);

/* As khttp_open() with another device node (tests, containers). */
int khttp_open_device(khttp **out, const char *path, unsigned int flags);

/*
 * Closes the handle. Requests this handle received and did not answer are
 * answered 500 by the kernel; its queue and URLs stay (they outlive workers).
 * NULL is ignored.
 */
void khttp_close(khttp *h);

/* The file descriptor, for poll/epoll (POLLIN: a request is waiting). */
int khttp_fd(const khttp *h);

struct khttp_version {
	uint32_t major, minor, patch;
	uint32_t abi;		/* enum kh_abi: the path the kernel took for this caller */
};

/* KH_IOC_VERSION: the module's version and the ABI it saw this caller in. */
int khttp_version(khttp *h, struct khttp_version *v);

/* "native", "ia32", "x32" for an enum kh_abi value; "unknown" otherwise. */
const char *khttp_abi_name(uint32_t abi);

/* ------------------------------------------------------------------------
 * Queues and URLs
 */

/*
 * KH_IOC_QUEUE: binds the handle to the named queue (1..KH_MAX_NAME bytes).
 * flags: KH_QUEUE_CREATE and/or KH_QUEUE_OPEN. -EEXIST: CREATE alone and
 * the queue exists; -ENOENT: OPEN alone and it does not; -EBUSY: this
 * handle is already bound. *queue_id (may be NULL) gets the queue's id.
 */
int khttp_queue(khttp *h, const char *name, unsigned int flags, uint64_t *queue_id);

/* khttp_queue() with CREATE|OPEN: the usual call of a worker. */
int khttp_queue_create(khttp *h, const char *name, uint64_t *queue_id);

/* khttp_queue() with OPEN only: join a queue another process created. */
int khttp_queue_open(khttp *h, const char *name, uint64_t *queue_id);

/*
 * KH_IOC_ADD_URL: routes requests under a URL prefix such as
 * "http://+:8080/app/" (or with a "*" host) to the handle's queue; url_context comes back in
 * every request it routes (kh_request.url_context). -EEXIST: the prefix is
 * registered already; -EINVAL: not a prefix the kernel accepts.
 */
int khttp_add_url(khttp *h, const char *url, uint64_t url_context);

/* KH_IOC_REMOVE_URL: -ENOENT when the queue has no such prefix. */
int khttp_remove_url(khttp *h, const char *url);

/* ------------------------------------------------------------------------
 * Access (docs/security.md)
 */

/*
 * KH_IOC_QUEUE_ACCESS: who besides its owner may attach the handle's queue
 * (replaces the grant before): mode KH_QUEUE_ACCESS_GROUP (the owner's
 * group) and/or KH_QUEUE_ACCESS_OTHERS (anyone), and up to
 * KH_MAX_ACCESS_IDS uids and gids. -EPERM: the caller is not the owner.
 */
int khttp_queue_set_access(khttp *h, unsigned int mode, const uint32_t *uids,
			   unsigned int uid_count, const uint32_t *gids, unsigned int gid_count);

/*
 * KH_IOC_ADD_RESERVATION (netsh http add urlacl): sets the URL prefix aside,
 * in the caller's network namespace, for uid (flags KH_RESERVE_UID) and/or
 * the members of gid (KH_RESERVE_GID). -EPERM without CAP_NET_ADMIN over
 * that namespace; -EEXIST: reserved already.
 */
int khttp_reserve_url(khttp *h, const char *url, unsigned int flags, uint32_t uid,
		      uint32_t gid);

/* KH_IOC_REMOVE_RESERVATION: -ENOENT when there is no such reservation. */
int khttp_unreserve_url(khttp *h, const char *url);

/* ------------------------------------------------------------------------
 * Receiving requests
 */

/*
 * KH_IOC_RECEIVE_REQUEST with the too-small-buffer protocol handled:
 * waits for the next request and lays it out in *buf, a buffer of *cap
 * bytes that this function allocates (when *buf is NULL) or grows with
 * realloc() as the request needs (getline() style). *req points into *buf.
 * Reuse buf/cap for the next call; free(*buf) when done. flags:
 * KH_RECEIVE_FLAG_* (KH_RECEIVE_FLAG_COPY_BODY: a body up to 1 MiB comes
 * as an entity chunk; without it, read it with khttp_receive_body). -EAGAIN: non-blocking handle and nothing waiting;
 * -EINTR: a signal came; -ENOMEM: the buffer could not grow (the request
 * stays bound to this handle; the next call takes it).
 */
int khttp_receive_request(khttp *h, unsigned int flags, void **buf, size_t *cap,
			  struct kh_request **req);

struct khttp_receive {
	uint64_t request_id;	/* in: 0 or the id a -ENOSPC/-ENOBUFS gave; out: the id */
	uint32_t bytes_returned;	/* out: bytes written on success */
	uint32_t bytes_needed;	/* out: the size the request needs */
};

/*
 * KH_IOC_RECEIVE_REQUEST into a buffer the caller manages (HTTP.sys's
 * ERROR_MORE_DATA protocol, not hidden): -ENOBUFS when len is below
 * sizeof(struct kh_request), -ENOSPC when below the whole request; both
 * fill rx->request_id and rx->bytes_needed, and the request waits, bound
 * to this handle, for a call with that request_id and a larger buffer.
 * buf must be aligned for struct kh_request.
 */
int khttp_receive_request_into(khttp *h, unsigned int flags, void *buf, size_t len,
			       struct khttp_receive *rx);

/*
 * KH_IOC_RECEIVE_BODY: the next piece of a request's body (when the request
 * had KH_REQUEST_FLAG_MORE_ENTITY_BODY: it was received without
 * KH_RECEIVE_FLAG_COPY_BODY, or the body is larger than 1 MiB) into buf;
 * *received (may be NULL) gets its length, 0 at the body's end. -EBADMSG:
 * the chunked framing broke; -EFBIG: past max_body_bytes (the client got
 * 400 or 413); -ECONNRESET: the client went first; -EINVAL: len 0.
 */
int khttp_receive_body(khttp *h, uint64_t request_id, unsigned int flags, void *buf,
		       size_t len, size_t *received);

/*
 * The request's known header id (enum kh_header_id), or NULL when absent; *len
 * its length. A header sent with an empty value is present: "" and *len 0.
 */
const char *khttp_request_header(const struct kh_request *r, unsigned int id, size_t *len);

/* The first unknown header of this name (ASCII case-insensitive), or NULL. */
const char *khttp_request_unknown_header(const struct kh_request *r, const char *name,
					 size_t *len);

/* The request's method: "GET", ..., or the unknown verb's text; *len its length. */
const char *khttp_request_verb(const struct kh_request *r, size_t *len);

/*
 * Total bytes of the request's memory entity chunks (the body received with
 * it: only with KH_RECEIVE_FLAG_COPY_BODY).
 */
uint64_t khttp_request_body_length(const struct kh_request *r);

/* Header names, as the kernel spells them: NULL for an id out of range. */
const char *khttp_request_header_name(unsigned int id);
const char *khttp_response_header_name(unsigned int id);

/* ------------------------------------------------------------------------
 * Answering: raw structs
 */

/*
 * KH_IOC_SEND_RESPONSE: answers request_id with resp (policy and log may be
 * NULL). flags: KH_SEND_FLAG_*. *bytes_sent (may be NULL) gets the bytes
 * queued. -ENOENT: no such request taken by this queue (answered, cancelled,
 * or its client left); -EINVAL: a bad status, header or reason;
 * -EOPNOTSUPP: a feature (file chunks, MORE_DATA) this module lacks yet.
 */
int khttp_send_response(khttp *h, uint64_t request_id, unsigned int flags,
			const struct kh_response *resp, const struct kh_cache_policy *policy,
			const struct kh_log_data *log, uint32_t *bytes_sent);

/* KH_IOC_SEND_BODY: more body after a response sent with MORE_DATA. */
int khttp_send_body(khttp *h, uint64_t request_id, unsigned int flags,
		    const struct kh_data_chunk *chunks, unsigned int count, uint32_t *bytes_sent);

/* KH_IOC_CANCEL: ends a received request without a response (the client gets 503). */
int khttp_cancel(khttp *h, uint64_t request_id);

/* KH_IOC_WAIT_DISCONNECT: waits until the connection (kh_request.connection_id) closes. */
int khttp_wait_disconnect(khttp *h, uint64_t connection_id);

/* KH_IOC_FLUSH_CACHE: drops the kernel's cached responses under url. */
int khttp_flush_cache(khttp *h, const char *url);

/* ------------------------------------------------------------------------
 * Answering: the response builder. It owns copies of everything given to
 * it (except memory added with khttp_response_add_memory() and file
 * descriptors), so callers need no pointer plumbing.
 */
typedef struct khttp_response khttp_response;

/* A new builder: status 200, HTTP/1.1, no headers, no body. NULL: out of memory. */
khttp_response *khttp_response_new(void);

/* Frees the builder and what it owns. NULL is ignored. */
void khttp_response_free(khttp_response *r);

/* Back to the state of khttp_response_new(), keeping allocations for reuse. */
void khttp_response_reset(khttp_response *r);

/* Status 100..999 (-EINVAL otherwise); reason NULL: the kernel's standard phrase. */
int khttp_response_set_status(khttp_response *r, unsigned int status, const char *reason);

/*
 * Sets (replaces; NULL removes) a known response header, id from enum
 * kh_header_id (KH_HEADER_CONTENT_TYPE, KH_HEADER_SERVER, ...; below
 * KH_HEADER_RESPONSE_MAXIMUM). The kernel writes Content-Length,
 * Connection and Date itself. -EINVAL: bad id; -E2BIG: value too long.
 */
int khttp_response_set_header(khttp_response *r, unsigned int id, const char *value);

/* Adds an unknown header ("X-Thing: value"). -E2BIG: more than KH_MAX_HEADERS. */
int khttp_response_add_header(khttp_response *r, const char *name, const char *value);

/*
 * Appends a memory chunk that stays the caller's: data must live, unchanged,
 * until the response is sent. -E2BIG: more than KH_MAX_CHUNKS chunks or a
 * chunk over 4 GiB - 1.
 */
int khttp_response_add_memory(khttp_response *r, const void *data, size_t len);

/* Appends a copy of data (the builder owns it). */
int khttp_response_add_copy(khttp_response *r, const void *data, size_t len);

/*
 * Appends a file-range chunk: length bytes of fd from offset, sent by the
 * kernel without a copy through user space. fd stays the caller's and must
 * stay open until the response is sent.
 */
int khttp_response_add_file(khttp_response *r, int fd, uint64_t offset, uint64_t length);

/*
 * Replaces every file-range chunk by a memory chunk holding a copy of its
 * bytes (read with pread). For a module that answers -EOPNOTSUPP to file
 * chunks: send, and on -EOPNOTSUPP call this and send again.
 * -EIO: the file was shorter than the range.
 */
int khttp_response_inline_files(khttp_response *r);

/*
 * The kernel's response cache for this response: KH_CACHE_NONE (default),
 * KH_CACHE_USER_INVALIDATES (until khttp_flush_cache) or
 * KH_CACHE_TIME_TO_LIVE with seconds.
 */
int khttp_response_set_cache_policy(khttp_response *r, unsigned int policy,
				    uint32_t seconds);

/* kh_response.flags (KH_RESPONSE_FLAG_*). */
int khttp_response_set_flags(khttp_response *r, unsigned int flags);

/* The struct kh_response the builder holds; valid until the builder changes. */
const struct kh_response *khttp_response_view(const khttp_response *r);

/* The cache policy to send with it, or NULL for none set. */
const struct kh_cache_policy *khttp_response_policy(const khttp_response *r);

/* Body bytes of the response (memory and file chunks). */
uint64_t khttp_response_body_length(const khttp_response *r);

/* khttp_send_response() of the builder's response and cache policy. */
int khttp_response_send(khttp *h, const khttp_response *r, uint64_t request_id,
			unsigned int flags, uint32_t *bytes_sent);

/* ------------------------------------------------------------------------
 * Statistics, limits, errors
 */

/*
 * KH_IOC_STATS: up to count counters (index = enum kh_stat) into counters;
 * *returned (may be NULL) gets how many the module has (it may have fewer
 * or more than KH_STAT_COUNT of this header). count: 1..KH_MAX_COUNTERS.
 */
int khttp_stats(khttp *h, uint64_t *counters, unsigned int count, unsigned int *returned);

/* "ioctls_native", "requests", ... for an enum kh_stat index; NULL if unknown. */
const char *khttp_stat_name(unsigned int index);

struct khttp_limits {
	uint32_t max_connections;
	uint32_t queue_length;
	uint32_t max_header_bytes;
	uint64_t max_body_bytes;
	uint32_t idle_timeout_ms;
	uint32_t header_timeout_ms;
};

/* KH_IOC_LIMITS without changes: the module's current limits. */
int khttp_get_limits(khttp *h, struct khttp_limits *out);

/*
 * KH_IOC_LIMITS: sets the limits named in mask (KH_LIMIT_*; none of them
 * may be 0: -EINVAL) from in; out (may be NULL) gets all limits after.
 * Limits are module-wide.
 */
int khttp_set_limits(khttp *h, unsigned int mask, const struct khttp_limits *in,
		     struct khttp_limits *out);

/* A description of a value these functions return (0 or a negative errno). */
const char *khttp_strerror(int err);

/*
 * Whether a worker's receive loop must end on err: only when the handle
 * itself cannot serve (not bound, the queue shut down, a bad argument or
 * device). Anything one client or a passing shortage causes (a client
 * gone, memory, a signal, a request that went meanwhile) is not: log it
 * and receive again. A worker never exits because one client went away.
 */
int khttp_receive_fatal(int err);

#ifdef __cplusplus
}
#endif

#endif /* KHTTP_API_H */
