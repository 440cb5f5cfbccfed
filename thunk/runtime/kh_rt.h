/* SPDX-License-Identifier: GPL-2.0 OR MIT */
/*
 * The runtime the generated thunks call: the only code that touches user
 * memory. Generated capture code fetches a caller's object graph into an
 * arena (each user byte once); generated emit code lays a native graph out
 * in a zeroed staging buffer that goes to the caller in one copy.
 *
 * The same source builds in the kernel (copy_from_user, compat_ptr) and in
 * user space: against a simulated address space for tests, or (a thunkgen
 * --driver output's shim) against the process's own memory.
 */
#ifndef KH_RT_H
#define KH_RT_H

#ifdef __KERNEL__
#include <linux/errno.h>
#include <linux/overflow.h>
#include <linux/stddef.h>
#include <linux/string.h>
#include <linux/types.h>
#else
#include "kh_rt_user.h"
#endif

#include "kh_layout.h"

/*
 * A caller's address, in any ABI, is a void __user *: sparse (make
 * check-style) holds it apart from kernel pointers. Outside the kernel
 * (kh_rt_user.h) __user is nothing: the tests' simulated user memory and a
 * --driver output's shim are this process's own memory.
 */

/* the most a single capture may take from a caller (arena bytes) */
#define KH_CAPTURE_LIMIT_DEFAULT (8u << 20)
#define KH_MAX_OUTBUFS 4

/*
 * Most calls capture a few dozen bytes (a receive's arguments) to under a
 * KiB (a response): they fit in the ctx itself, no allocation, and only
 * the bytes handed out are zeroed. Bigger graphs go to heap chunks of
 * 1 KiB, then doubling.
 */
#define KH_ARENA_INLINE 256

struct kh_arena_chunk;

struct kh_arena {
	struct kh_arena_chunk *head;	/* heap chunks, newest first */
	unsigned char *cur;		/* where the next allocation goes */
	size_t used, size;		/* of cur */
	size_t total;			/* bytes handed out */
	size_t limit;
	unsigned char first[KH_ARENA_INLINE] __aligned(16);
};

/* an out pointer (KH_OUT): the core fills kbuf, the entry thunk copies it back */
struct kh_outbuf {
	void __user *uaddr;
	void *kbuf;
	size_t size;
	bool trunc;	/* KH_OUT_TRUNC: not probed; the used bytes go back */
};

/* one ioctl call: who called (ABI), what was captured, where results go */
struct kh_ctx {
	int abi;			/* enum kh_layout_abi */
	struct kh_arena arena;
	bool has_emit;			/* a KH_EMIT buffer was named */
	void __user *emit_uaddr;
	__u32 emit_len;
	struct kh_outbuf out[KH_MAX_OUTBUFS];
	int nout;
	void *priv;			/* the core's per-file state */
};

/* the heap chunks of an arena that has some (kh_ctx_release's slow path) */
void kh_arena_free_chunks(struct kh_arena *a);

static inline void kh_arena_reset(struct kh_arena *a)
{
	a->head = NULL;
	a->cur = a->first;
	a->used = 0;
	a->size = sizeof(a->first);
	a->total = 0;
}

/*
 * Inline, as kh_ctx_release() is: the two are on every call's path, and
 * a call that captures no heap chunk (every small one) has nothing else
 * to do. Not a memset of the ctx: first[] is zeroed as it is handed out.
 */
static inline void kh_ctx_init(struct kh_ctx *c, int abi, void *priv)
{
	c->abi = abi;
	c->priv = priv;
	c->has_emit = false;
	c->emit_uaddr = NULL;
	c->emit_len = 0;
	c->nout = 0;
	kh_arena_reset(&c->arena);
	c->arena.limit = KH_CAPTURE_LIMIT_DEFAULT;
}

/* frees everything captured; the ctx can be reused (not copied: cur may point into it) */
static inline void kh_ctx_release(struct kh_ctx *c)
{
	if (c->arena.head)
		kh_arena_free_chunks(&c->arena);
	kh_arena_reset(&c->arena);
	c->nout = 0;
	c->has_emit = false;
}

/* arena memory, zeroed; -E2BIG past the capture limit or on overflow */
int kh_alloc(struct kh_ctx *c, void **out, size_t n, size_t size, size_t align);
/* n elements of size bytes from the caller into the arena */
int kh_fetch(struct kh_ctx *c, void **out, void __user *u, size_t n, size_t size, size_t align);
/* len bytes plus a NUL the caller need not have written */
int kh_fetch_string(struct kh_ctx *c, void **out, void __user *u, size_t len);
/* a KH_STRING / KH_BYTES member: NULL for a zero length, else as kh_fetch_string / kh_fetch */
int kh_get_string(struct kh_ctx *c, void **out, void __user *u, size_t len);
int kh_get_bytes(struct kh_ctx *c, void **out, void __user *u, size_t len);
/* a NUL-terminated string of at most max bytes (-EINVAL when longer) */
int kh_fetch_cstring(struct kh_ctx *c, void **out, void __user *u, size_t max);
/* a socket address, its size taken from its family (-EINVAL if unknown) */
int kh_fetch_sockaddr(struct kh_ctx *c, void **out, void __user *u);
/* a zeroed kernel buffer for a KH_OUT pointer, copied back after the call */
int kh_out_buffer(struct kh_ctx *c, void **out, void __user *u, size_t n, size_t size,
		  size_t align);
/*
 * KH_OUT_TRUNC: NULL stays NULL for the driver (nothing goes back), else a
 * zeroed kernel buffer that is not probed before the call: the driver
 * decides whether it writes; kh_out_used() says how many bytes go back
 */
int kh_out_buffer_trunc(struct kh_ctx *c, void **out, void __user *u, size_t n, size_t size,
			size_t align);
/* the same for a KH_OUT KH_OPTIONAL pointer: NULL is no buffer, whatever n is */
int kh_out_buffer_or_null(struct kh_ctx *c, void **out, void __user *u, size_t n, size_t size,
			  size_t align);
int kh_flush_outbufs(struct kh_ctx *c);
/* the core filled only used bytes of the out buffer kbuf: copy back just those */
void kh_out_used(struct kh_ctx *c, const void *kbuf, size_t used);
void kh_set_emit_target(struct kh_ctx *c, void __user *u, __u32 len);

/*
 * kh_capture_<name>_array<abi>(c, out, u, n): n records (none: *out is
 * NULL) from the caller's address u, each captured by kh_capture_<name><abi>.
 * A 32-bit caller's views (vtype) are fetched, then captured into native
 * records (ktype); a native caller's records are fetched and captured in
 * place. The generated capture code defines one per record type and ABI.
 */
#define KH_CAPTURE_ARRAY(name, abi, ktype, vtype)				\
static int kh_capture_##name##_array##abi(struct kh_ctx *c, void **out,	\
					   void __user *u, size_t n)		\
{										\
	const __typeof__(vtype) *v;						\
	__typeof__(ktype) *k;							\
	void *p;								\
	int err;								\
										\
	*out = NULL;								\
	if (!n)									\
		return 0;							\
	err = kh_fetch(c, &p, u, n, sizeof(*v), __alignof__(*v));		\
	if (err)								\
		return err;							\
	v = p;									\
	err = kh_alloc(c, &p, n, sizeof(*k), __alignof__(*k));			\
	if (err)								\
		return err;							\
	k = p;									\
	for (size_t i = 0; i < n; i++) {					\
		err = kh_capture_##name##abi(c, &k[i], &v[i]);			\
		if (err)							\
			return err;						\
	}									\
	*out = k;								\
	return 0;								\
}

#define KH_CAPTURE_ARRAY_IN_PLACE(name, ktype)					\
static int kh_capture_##name##_array(struct kh_ctx *c, void **out,		\
				     void __user *u, size_t n)			\
{										\
	__typeof__(ktype) *k;							\
	void *p;								\
	int err;								\
										\
	*out = NULL;								\
	if (!n)									\
		return 0;							\
	err = kh_fetch(c, &p, u, n, sizeof(*k), __alignof__(*k));		\
	if (err)								\
		return err;							\
	k = p;									\
	for (size_t i = 0; i < n; i++) {					\
		err = kh_capture_##name(c, &k[i], &k[i]);			\
		if (err)							\
			return err;						\
	}									\
	*out = k;								\
	return 0;								\
}

int kh_copy_in(struct kh_ctx *c, void *dst, void __user *u, size_t n);
int kh_copy_out(struct kh_ctx *c, void __user *u, const void *src, size_t n);
/*
 * Before the core commits work: the out members (u, n bytes that held
 * same when read) and every out buffer are writable, or -EFAULT. Content
 * stays as it was: a member gets its own bytes back, a buffer is faulted
 * in writable without a store.
 */
int kh_probe_out(struct kh_ctx *c, void __user *u, const void *same, size_t n);
int kh_probe_outbufs(struct kh_ctx *c);

/* sizes of the socket addresses we know (AF_INET, AF_INET6), else 0 */
unsigned int kh_sockaddr_size(__u16 family);

/* the receive path: a staging buffer laid out as the caller will see it */
struct kh_emitter {
	char *kbuf;
	size_t size;
	size_t off;
	void __user *ubase;	/* the caller's address of kbuf[0] */
	void *priv;		/* for driver hooks that pick union arms */
	/* tests: told of every pointer written (kh_emit_ptr); NULL in the kernel */
	void (*note)(struct kh_emitter *e, void *field, unsigned int width, size_t bytes,
		     unsigned int flags);
	void (*note_count)(struct kh_emitter *e, void *field, unsigned int width);
	void *note_arg;
};

#define KH_PTR_OPTIONAL 1u	/* the spec allows NULL here */
#define KH_PTR_OUT 2u		/* an out buffer: capture reads nothing behind it */

int kh_emit_begin(struct kh_emitter *e, void __user *ubase, size_t size);
int kh_emit_finish(struct kh_emitter *e);	/* one copy to the caller, then frees */
void kh_emit_abort(struct kh_emitter *e);

/* a: a power of two, as every alignment is (a mask, not a division) */
static inline size_t kh_align_up(size_t v, size_t a)
{
	return (v + a - 1) & ~(a - 1);
}

/* space for n objects in the staging buffer; measure made sure it fits */
static inline void *kh_emit_alloc(struct kh_emitter *e, size_t n, size_t size, size_t align)
{
	void *p;

	e->off = kh_align_up(e->off, align);
	p = e->kbuf + e->off;
	e->off += n * size;
	return p;
}

static inline void __user *kh_emit_uaddr(const struct kh_emitter *e, const void *k)
{
	return e->ubase + ((const char *)k - e->kbuf);
}

/* the pointer member of width 4 or 8 bytes, relocated to the caller's address of k */
static inline void kh_emit_ptr_store(struct kh_emitter *e, void *field, unsigned int width,
				     const void *k)
{
	void __user *u = kh_emit_uaddr(e, k);

	if (width == 4) {
		__u32 u32 = (__u32)(__force unsigned long)u;

		memcpy(field, &u32, sizeof(u32));
	} else {
		__u64 u64 = (__u64)(__force unsigned long)u;

		memcpy(field, &u64, sizeof(u64));
	}
}

/* tests: the pointer member just written and the bytes behind it */
static inline void kh_emit_ptr_note(struct kh_emitter *e, void *field, unsigned int width,
				    size_t bytes, unsigned int flags)
{
	if (unlikely(e->note))
		e->note(e, field, width, bytes, flags);
}

static inline void kh_emit_ptr(struct kh_emitter *e, void *field, unsigned int width,
			       const void *k, size_t bytes, unsigned int flags)
{
	kh_emit_ptr_store(e, field, width, k);
	kh_emit_ptr_note(e, field, width, bytes, flags);
}

/* tests: the count or length member that sizes the pointer just written */
static inline void kh_emit_count(struct kh_emitter *e, void *field, unsigned int width)
{
	if (unlikely(e->note_count))
		e->note_count(e, field, width);
}

/* a KH_STRING member: len bytes and the NUL after them (the buffer is zeroed) */
static inline size_t kh_measure_string(size_t off, const char *s, size_t len)
{
	return s ? off + len + 1 : off;
}

/* the string s of len bytes laid out, field relocated to it, count (its length) noted */
static inline void kh_emit_string(struct kh_emitter *e, void *field, unsigned int width,
				  void *count, unsigned int count_width, const char *s,
				  size_t len, unsigned int flags)
{
	char *v;

	if (!s)
		return;
	v = kh_emit_alloc(e, len + 1, 1, 1);	/* the NUL is there: the buffer is zeroed */
	kh_emit_ptr_store(e, field, width, v);
	memcpy(v, s, len);
	kh_emit_ptr_note(e, field, width, len, flags);
	kh_emit_count(e, count, count_width);
}

#ifdef __KERNEL__
#include <linux/compat.h>
static inline void __user *kh_compat_uaddr(__u32 p)
{
	return compat_ptr(p);
}
#else
static inline void __user *kh_compat_uaddr(__u32 p)
{
	return (void *)(uintptr_t)p;
}
#endif

/* a native caller's pointer, read from its struct (uapi structs carry no __user) */
static inline void __user *kh_native_uaddr(const void *p)
{
	return (__force void __user *)(unsigned long)p;
}

#endif /* KH_RT_H */
