// SPDX-License-Identifier: GPL-2.0 OR MIT
/*
 * The hand-written runtime of the generated thunks: a bounded arena for
 * captured graphs, the fetch helpers (each user byte read once), out
 * buffers, and the staging buffer of the receive path.
 */
#include "kh_rt_backend.h"

/* the first heap chunk, header included: one 1 KiB slab object */
#define KH_CHUNK_FIRST 1024

struct kh_arena_chunk {
	struct kh_arena_chunk *next;
	size_t size;
	/* the data follows, 16-aligned */
	unsigned char data[] __aligned(16);
};

void kh_arena_free_chunks(struct kh_arena *a)
{
	struct kh_arena_chunk *ch = a->head;

	while (ch) {
		struct kh_arena_chunk *next = ch->next;

		kh_be_free(ch);
		ch = next;
	}
	a->head = NULL;
}

/*
 * n * size bytes of the arena, not zeroed: for pieces a copy from the
 * caller fills whole. The checks are a multiply with overflow test and a
 * mask, no division: this runs once per piece of every capture.
 */
static int arena_take(struct kh_ctx *c, void **out, size_t n, size_t size, size_t align,
		      size_t *bytes_out)
{
	struct kh_arena *a = &c->arena;
	size_t bytes, at;

	if (check_mul_overflow(n, size, &bytes) || bytes > a->limit - a->total)
		return -E2BIG;
	if (align > 16 || (align & (align - 1)))
		return -EINVAL;
	*bytes_out = bytes;
	at = kh_align_up(a->used, align);
	if (at + bytes > a->size) {
		struct kh_arena_chunk *ch;
		/*
		 * Chunk sizes, header included, double from the current one:
		 * 1 KiB, 2 KiB, ... A piece larger than half the next chunk
		 * gets a chunk of its own, sized to fit, and the current chunk
		 * stays current: a 1 MiB body neither rounds its chunk up nor
		 * makes the next few bytes take twice its size.
		 */
		size_t want = (a->cur == a->first ? KH_CHUNK_FIRST :
			       (sizeof(*ch) + a->size) * 2) - sizeof(*ch);
		bool own = bytes > want / 2;

		if (own)
			want = bytes;
		ch = kh_be_alloc(sizeof(*ch) + want);
		if (!ch)
			return -ENOMEM;
		ch->size = want;
		ch->next = a->head;
		a->head = ch;
		if (own) {
			a->total += bytes;
			*out = ch->data;
			return 0;
		}
		a->cur = ch->data;
		a->size = want;
		at = 0;
	}
	a->used = at + bytes;
	a->total += bytes;
	*out = a->cur + at;
	return 0;
}

int kh_alloc(struct kh_ctx *c, void **out, size_t n, size_t size, size_t align)
{
	size_t bytes;
	int err = arena_take(c, out, n, size, align, &bytes);

	if (!err)
		memset(*out, 0, bytes);
	return err;
}

int kh_copy_in(struct kh_ctx *c, void *dst, void __user *u, size_t n)
{
	(void)c;
	return kh_be_copy_from_user(dst, u, n);
}

int kh_copy_out(struct kh_ctx *c, void __user *u, const void *src, size_t n)
{
	(void)c;
	return kh_be_copy_to_user(u, src, n);
}

int kh_probe_out(struct kh_ctx *c, void __user *u, const void *same, size_t n)
{
	(void)c;
	return kh_be_probe_write(u, same, n);
}

int kh_probe_outbufs(struct kh_ctx *c)
{
	for (int i = 0; i < c->nout; i++) {
		int err = c->out[i].trunc ? 0 :
			  kh_be_probe_write(c->out[i].uaddr, NULL, c->out[i].size);

		if (err)
			return err;
	}
	return 0;
}

/* the copy fills the piece: a failed one fails the whole capture, whose arena is freed unread */
int kh_fetch(struct kh_ctx *c, void **out, void __user *u, size_t n, size_t size, size_t align)
{
	size_t bytes;
	int err = arena_take(c, out, n, size, align, &bytes);

	if (err)
		return err;
	if (!u)
		return -EFAULT;
	return kh_be_copy_from_user(*out, u, bytes);
}

int kh_fetch_string(struct kh_ctx *c, void **out, void __user *u, size_t len)
{
	size_t bytes;
	int err = len + 1 ? arena_take(c, out, len + 1, 1, 1, &bytes) : -E2BIG;

	if (err)
		return err;
	if (!u)
		return -EFAULT;
	err = kh_be_copy_from_user(*out, u, len);
	if (!err)
		((char *)*out)[len] = 0;
	return err;
}

int kh_get_string(struct kh_ctx *c, void **out, void __user *u, size_t len)
{
	*out = NULL;
	return len ? kh_fetch_string(c, out, u, len) : 0;
}

int kh_get_bytes(struct kh_ctx *c, void **out, void __user *u, size_t len)
{
	*out = NULL;
	return len ? kh_fetch(c, out, u, len, 1, 8) : 0;
}

int kh_fetch_cstring(struct kh_ctx *c, void **out, void __user *u, size_t max)
{
	long n;
	int err = kh_alloc(c, out, max + 1, 1, 1);

	if (err)
		return err;
	if (!u)
		return -EFAULT;
	n = kh_be_strncpy_from_user(*out, u, (long)max + 1);
	if (n < 0)
		return (int)n;
	if ((size_t)n > max)
		return -EINVAL;
	return 0;
}

unsigned int kh_sockaddr_size(__u16 family)
{
	switch (family) {
	case 2:		/* AF_INET: struct sockaddr_in */
		return 16;
	case 10:	/* AF_INET6: struct sockaddr_in6 */
		return 28;
	default:
		return 0;
	}
}

int kh_fetch_sockaddr(struct kh_ctx *c, void **out, void __user *u)
{
	__u16 family;
	unsigned int size;
	size_t bytes;
	int err;

	if (!u)
		return -EFAULT;
	/* the family first, then the rest: no byte is read twice */
	err = kh_be_copy_from_user(&family, u, sizeof(family));
	if (err)
		return err;
	size = kh_sockaddr_size(family);
	if (!size)
		return -EINVAL;
	err = arena_take(c, out, size, 1, 8, &bytes);
	if (err)
		return err;
	memcpy(*out, &family, sizeof(family));
	return kh_be_copy_from_user((char *)*out + sizeof(family), u + sizeof(family),
				    size - sizeof(family));
}

/* kbuf (size bytes) goes back to the caller's u when the call succeeds */
static void add_outbuf(struct kh_ctx *c, void __user *u, void *kbuf, size_t size, bool trunc)
{
	c->out[c->nout++] = (struct kh_outbuf){
		.uaddr = u, .kbuf = kbuf, .size = size, .trunc = trunc,
	};
}

int kh_out_buffer(struct kh_ctx *c, void **out, void __user *u, size_t n, size_t size,
		  size_t align)
{
	int err;

	if (c->nout == KH_MAX_OUTBUFS)
		return -EINVAL;
	if (!n) {
		*out = NULL;
		return 0;
	}
	if (!u)
		return -EFAULT;
	err = kh_alloc(c, out, n, size, align);
	if (err)
		return err;
	add_outbuf(c, u, *out, n * size, false);
	return 0;
}

int kh_out_buffer_trunc(struct kh_ctx *c, void **out, void __user *u, size_t n, size_t size,
			size_t align)
{
	int err;

	*out = NULL;
	if (!u)
		return 0;
	if (c->nout == KH_MAX_OUTBUFS)
		return -EINVAL;
	/* at least one byte: each buffer has its own kbuf for kh_out_used */
	err = kh_alloc(c, out, n ? n : 1, n ? size : 1, align);
	if (err)
		return err;
	add_outbuf(c, u, *out, n * size, true);
	return 0;
}

int kh_out_buffer_or_null(struct kh_ctx *c, void **out, void __user *u, size_t n, size_t size,
			  size_t align)
{
	if (!u) {
		*out = NULL;
		return 0;
	}
	return kh_out_buffer(c, out, u, n, size, align);
}

void kh_out_used(struct kh_ctx *c, const void *kbuf, size_t used)
{
	for (int i = 0; i < c->nout; i++)
		if (c->out[i].kbuf == kbuf && used < c->out[i].size)
			c->out[i].size = used;
}

int kh_flush_outbufs(struct kh_ctx *c)
{
	for (int i = 0; i < c->nout; i++) {
		int err = kh_be_copy_to_user(c->out[i].uaddr, c->out[i].kbuf, c->out[i].size);

		if (err)
			return err;
	}
	return 0;
}

void kh_set_emit_target(struct kh_ctx *c, void __user *u, __u32 len)
{
	c->has_emit = true;
	c->emit_uaddr = u;
	c->emit_len = len;
}

int kh_emit_begin(struct kh_emitter *e, void __user *ubase, size_t size)
{
	e->kbuf = kh_be_zalloc(size ? size : 1);
	if (!e->kbuf)
		return -ENOMEM;
	e->size = size;
	e->off = 0;
	e->ubase = ubase;
	e->priv = NULL;
	e->note = NULL;
	e->note_count = NULL;
	e->note_arg = NULL;
	return 0;
}

int kh_emit_finish(struct kh_emitter *e)
{
	int err = kh_be_copy_to_user(e->ubase, e->kbuf, e->off);

	kh_emit_abort(e);
	return err;
}

void kh_emit_abort(struct kh_emitter *e)
{
	kh_be_free(e->kbuf);
	e->kbuf = NULL;
}
