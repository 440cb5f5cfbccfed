/* SPDX-License-Identifier: GPL-2.0 OR MIT */
/*
 * The printing runtime of the generated decoders (thunk/generated/user/kh_decode.c):
 * strace's notation for structs, arrays, strings, enums and flags, with the
 * tracee's memory read through one callback. No ptrace here: a tracer fills
 * in read/ctx, and tests can decode from any buffer.
 */
#ifndef KH_DECODE_RT_H
#define KH_DECODE_RT_H

#include <stdbool.h>
#include <stddef.h>
#include <linux/types.h>

#ifndef __maybe_unused
#define __maybe_unused __attribute__((__unused__))
#endif

#define KD_IN	1u	/* entry: what goes into the kernel */
#define KD_OUT	2u	/* exit: what comes back */
#define KD_ALL	3u

#define KD_MAX_DEPTH 32

enum kd_fmt { KD_FMT_UNSIGNED, KD_FMT_SIGNED, KD_FMT_HEX };

struct kd_name {
	__u64 value;
	const char *name;	/* NULL ends a table */
};

struct kh_dec {
	/* the caller's memory: 0 when all len bytes at addr were read */
	int (*read)(void *ctx, __u64 addr, void *buf, size_t len);
	void *ctx;
	int abi;		/* enum kh_layout_abi of the caller */
	unsigned int strsize;	/* strace -s: bytes of a string, elements of an array */
	int err;		/* on exit: the call's errno, 0 on success */
	/* the text so far */
	char *buf;
	size_t len, cap;
	/* per nesting level: no separator yet, elements printed */
	unsigned int depth;
	bool first[KD_MAX_DEPTH + 1];
	unsigned int count[KD_MAX_DEPTH + 1];
};

void kd_reset(struct kh_dec *d);	/* empty text, keeps the buffer */
const char *kd_text(const struct kh_dec *d);

void kd_puts(struct kh_dec *d, const char *s);
void kd_printf(struct kh_dec *d, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

/* '{' or '[' ... '}' or ']' */
void kd_begin(struct kh_dec *d, char open);
void kd_end(struct kh_dec *d, char close);
void kd_sep(struct kh_dec *d);			/* ", " unless first */
void kd_field(struct kh_dec *d, const char *name);	/* ", name=" */
/* ", " before an array element; false (and "...") past strsize elements */
bool kd_elem(struct kh_dec *d);

/* little-endian scalars of 1, 2, 4 or 8 bytes */
__u64 kd_get(const unsigned char *p, unsigned int size);
__s64 kd_gets(const unsigned char *p, unsigned int size);
bool kd_is_zero(const unsigned char *p, size_t n);

void kd_uint(struct kh_dec *d, __u64 v);
void kd_int(struct kh_dec *d, __s64 v);
void kd_hex(struct kh_dec *d, __u64 v);
void kd_float(struct kh_dec *d, const unsigned char *p, unsigned int size);
void kd_scalar(struct kh_dec *d, const unsigned char *p, unsigned int size, enum kd_fmt fmt);
void kd_enum(struct kh_dec *d, __u64 v, const struct kd_name *names);
void kd_flags(struct kh_dec *d, __u64 v, const struct kd_name *names);
void kd_name_or_index(struct kh_dec *d, const char *name, unsigned int i);

/* pointers: NULL, the address when unreadable, else what they point to */
void kd_ptr(struct kh_dec *d, __u64 addr);
void kd_string(struct kh_dec *d, __u64 addr, __u64 len);
void kd_cstring(struct kh_dec *d, __u64 addr, __u64 max);
void kd_strbuf(struct kh_dec *d, const unsigned char *p, size_t n);
void kd_sockaddr(struct kh_dec *d, __u64 addr);
/* n records of size bytes; an array prints as [...], a single record as {...} */
void kd_records(struct kh_dec *d, __u64 addr, __u64 n, size_t size,
		void (*fn)(struct kh_dec *d, const unsigned char *p, unsigned int ph), bool array);
void kd_scalars(struct kh_dec *d, __u64 addr, __u64 n, unsigned int size, enum kd_fmt fmt);

/* n bytes of the caller's memory in a malloc'd buffer, or NULL */
unsigned char *kd_fetch(struct kh_dec *d, __u64 addr, size_t n);
void kd_free(void *p);

#endif /* KH_DECODE_RT_H */
