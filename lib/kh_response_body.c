// SPDX-License-Identifier: (GPL-2.0 WITH Linux-syscall-note) OR MIT
/* libkhttp: the body chunks of the response builder (memory, copies, file ranges). */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "kh_response.h"

void kh_response_free_chunks(struct khttp_response *r)
{
	unsigned int i;

	for (i = 0; i < r->resp.entity_chunk_count; i++)
		if (r->chunk_owned[i])
			free(r->chunks[i].u.memory.buffer);
	r->resp.entity_chunk_count = 0;
}

/* room for one more chunk; -E2BIG at KH_MAX_CHUNKS */
static int chunk_room(struct khttp_response *r)
{
	unsigned int n = r->resp.entity_chunk_count, cap;
	struct kh_data_chunk *c;
	bool *o;

	if (n < r->chunk_cap)
		return 0;
	if (n >= KH_MAX_CHUNKS)
		return -E2BIG;
	cap = r->chunk_cap ? r->chunk_cap * 2 : 4;
	if (cap > KH_MAX_CHUNKS)
		cap = KH_MAX_CHUNKS;
	c = realloc(r->chunks, cap * sizeof(*c));
	if (!c)
		return -ENOMEM;
	r->chunks = c;
	r->resp.entity_chunks = c;	/* the response points at the array that moved */
	o = realloc(r->chunk_owned, cap * sizeof(*o));
	if (!o)
		return -ENOMEM;
	r->chunk_owned = o;
	r->chunk_cap = cap;
	return 0;
}

static int add_memory(struct khttp_response *r, void *data, size_t len, bool owned)
{
	struct kh_data_chunk *c;
	unsigned int n;
	int err;

	if (len > UINT32_MAX)
		return -E2BIG;	/* the chunk's length is a __u32 */
	err = chunk_room(r);
	if (err)
		return err;
	n = r->resp.entity_chunk_count++;
	c = &r->chunks[n];
	memset(c, 0, sizeof(*c));
	c->type = KH_CHUNK_FROM_MEMORY;
	c->u.memory.buffer = data;
	c->u.memory.length = (__u32)len;
	r->chunk_owned[n] = owned;
	return 0;
}

KH_API int khttp_response_add_memory(khttp_response *r, const void *data, size_t len)
{
	if (!r || (!data && len))
		return -EINVAL;
	/* the kernel only reads it: the cast drops const for the spec's void * */
	return add_memory(r, (void *)data, len, false);
}

KH_API int khttp_response_add_copy(khttp_response *r, const void *data, size_t len)
{
	void *copy;
	int err;

	if (!r || (!data && len))
		return -EINVAL;
	copy = malloc(len ? len : 1);
	if (!copy)
		return -ENOMEM;
	memcpy(copy, data, len);
	err = add_memory(r, copy, len, true);
	if (err)
		free(copy);
	return err;
}

KH_API int khttp_response_add_file(khttp_response *r, int fd, uint64_t offset, uint64_t length)
{
	struct kh_data_chunk *c;
	unsigned int n;
	int err;

	if (!r || fd < 0)
		return -EINVAL;
	err = chunk_room(r);
	if (err)
		return err;
	n = r->resp.entity_chunk_count++;
	c = &r->chunks[n];
	memset(c, 0, sizeof(*c));
	c->type = KH_CHUNK_FROM_FILE;
	c->u.file.range.start = offset;
	c->u.file.range.length = length;
	c->u.file.fd = fd;
	r->chunk_owned[n] = false;
	return 0;
}

/* reads exactly len bytes at off: -EIO when the file ends first */
static int read_range(int fd, char *buf, uint64_t off, uint64_t len)
{
	while (len) {
		ssize_t n = pread(fd, buf, len, (off_t)off);

		if (n < 0 && errno == EINTR)
			continue;
		if (n < 0)
			return -errno;
		if (n == 0)
			return -EIO;
		buf += n;
		off += n;
		len -= n;
	}
	return 0;
}

KH_API int khttp_response_inline_files(khttp_response *r)
{
	unsigned int i;

	if (!r)
		return -EINVAL;
	for (i = 0; i < r->resp.entity_chunk_count; i++) {
		struct kh_data_chunk *c = &r->chunks[i];
		uint64_t len = c->u.file.range.length;
		char *buf;
		int err;

		if (c->type != KH_CHUNK_FROM_FILE)
			continue;
		if (len > UINT32_MAX || len > SIZE_MAX)
			return -E2BIG;
		buf = malloc(len ? len : 1);
		if (!buf)
			return -ENOMEM;
		err = read_range(c->u.file.fd, buf, c->u.file.range.start, len);
		if (err) {
			free(buf);
			return err;
		}
		memset(c, 0, sizeof(*c));
		c->type = KH_CHUNK_FROM_MEMORY;
		c->u.memory.buffer = buf;
		c->u.memory.length = (__u32)len;
		r->chunk_owned[i] = true;
	}
	return 0;
}

KH_API uint64_t khttp_response_body_length(const khttp_response *r)
{
	uint64_t n = 0;
	unsigned int i;

	for (i = 0; r && i < r->resp.entity_chunk_count; i++)
		n += r->chunks[i].type == KH_CHUNK_FROM_FILE ? r->chunks[i].u.file.range.length
							      : r->chunks[i].u.memory.length;
	return n;
}
