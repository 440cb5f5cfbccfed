// SPDX-License-Identifier: GPL-2.0
/*
 * khttp: the entity body of a response from a worker's data chunks:
 * memory chunks (captured into the call's arena by the generated thunks)
 * and file ranges {fd, start, length} of the worker's regular files, sent
 * by the connection from the page cache (khttp_tx.c), never through the
 * worker. Chunked framing is added when the response goes out in several
 * sends without a length. The files are taken (fget) here, in the
 * worker's context; the tx items keep their own references.
 */
#include <linux/file.h>
#include <linux/fs.h>
#include <linux/kernel.h>
#include <linux/slab.h>
#include "khttp_internal.h"

/* the memory chunks of one send are copied: bounded (file ranges are not) */
#define KHTTP_BODY_MEM_MAX	(16u << 20)

/**
 * khttp_body_release() - drop what khttp_body_prepare() took
 * @b: the body
 */
void khttp_body_release(struct khttp_body *b)
{
	unsigned int i;

	for (i = 0; i < b->n; i++)
		if (b->parts[i].file)
			fput(b->parts[i].file);
	kfree(b->parts);
	b->parts = NULL;
	b->n = 0;
}

static int file_part(struct khttp_body_part *p, const struct kh_data_chunk *c)
{
	u64 start = c->u.file.range.start, len = c->u.file.range.length;
	struct file *f = fget(c->u.file.fd);
	loff_t size;

	if (!f)
		return -EBADF;
	p->file = f;
	if (!(f->f_mode & FMODE_READ))
		return -EBADF;
	if (!S_ISREG(file_inode(f)->i_mode) || !f->f_op->splice_read)
		return -EINVAL;
	size = i_size_read(file_inode(f));
	if (start > (u64)size)
		return -EINVAL;
	if (len == KH_BYTE_RANGE_TO_EOF)
		len = size - start;
	if (len > (u64)size - start)	/* beyond EOF, or start + length wraps */
		return -EINVAL;
	p->pos = start;
	p->len = len;
	return 0;
}

/**
 * khttp_body_prepare() - take a response body's chunks
 * @b: out: the body
 * @chunks: the captured data chunks
 * @n: how many
 *
 * Return: 0, or a negative errno (files are looked up and referenced)
 */
int khttp_body_prepare(struct khttp_body *b, const struct kh_data_chunk *chunks, u16 n)
{
	unsigned int i;
	int err;

	memset(b, 0, sizeof(*b));
	if (!n)
		return 0;
	b->parts = kcalloc(n, sizeof(*b->parts), GFP_KERNEL_ACCOUNT);
	if (!b->parts)
		return -ENOMEM;
	for (i = 0; i < n; i++) {
		struct khttp_body_part *p = &b->parts[b->n++];

		switch (chunks[i].type) {
		case KH_CHUNK_FROM_MEMORY:
			p->mem = chunks[i].u.memory.buffer;
			p->len = chunks[i].u.memory.length;
			b->mem_len += p->len;
			break;
		case KH_CHUNK_FROM_FILE:
			err = file_part(p, &chunks[i]);
			if (err)
				goto fail;
			break;
		default:	/* the fragment cache is not there yet */
			err = -EOPNOTSUPP;
			goto fail;
		}
		b->len += p->len;
		if (b->mem_len > KHTTP_BODY_MEM_MAX) {
			err = -E2BIG;
			goto fail;
		}
	}
	return 0;
fail:
	khttp_body_release(b);
	return err;
}

/**
 * khttp_body_plan() - plan a body's bytes
 * @plan: the plan
 * @b: the body
 * @chunked: frame it as one chunk
 * @last: add the last chunk
 *
 * The body's segments, framed as one chunk when chunked (and the end when last)
 *
 * Return: 0, or a negative errno
 */
int khttp_body_plan(struct khttp_plan *plan, struct khttp_body *b, bool chunked, bool last)
{
	unsigned int i;
	int err = 0;

	if (chunked && b->len) {
		int n = scnprintf(b->frame, sizeof(b->frame), "%llx\r\n", b->len);

		err = khttp_plan_mem(plan, b->frame, n);
	}
	for (i = 0; i < b->n && !err; i++) {
		const struct khttp_body_part *p = &b->parts[i];

		if (p->file)
			err = khttp_plan_file(plan, p->file, p->pos, p->len);
		else
			err = khttp_plan_mem(plan, p->mem, p->len);
	}
	if (chunked && b->len && !err)
		err = khttp_plan_mem(plan, "\r\n", 2);
	if (chunked && last && !err)
		err = khttp_plan_mem(plan, "0\r\n\r\n", 5);
	return err;
}

/**
 * khttp_body_read() - read a whole body into memory
 * @dst: where the b->len bytes go
 * @b: the body
 *
 * The body's b->len bytes at dst, files read (for the cache); -EIO if one shrank
 *
 * Return: 0, or -EIO if a file shrank
 */
int khttp_body_read(char *dst, const struct khttp_body *b)
{
	unsigned int i;

	for (i = 0; i < b->n; i++) {
		const struct khttp_body_part *p = &b->parts[i];

		if (p->file) {
			loff_t pos = p->pos;
			ssize_t got = kernel_read(p->file, dst, p->len, &pos);

			if (got != (ssize_t)p->len)
				return -EIO;
		} else if (p->len) {
			memcpy(dst, p->mem, p->len);
		}
		dst += p->len;
	}
	return 0;
}
