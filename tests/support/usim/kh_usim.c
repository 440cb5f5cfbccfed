// SPDX-License-Identifier: GPL-2.0 OR MIT
/* The simulated user address space of kh_usim.h and kh_rt's user-space backend. */
#define _GNU_SOURCE
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include "kh_rt_backend.h"
#include "kh_usim.h"

#define MAX_REGIONS 8192

struct region {
	char *map;		/* mapping start */
	size_t map_size;
	char *start;		/* user bytes */
	size_t size;
	unsigned short *fetches;
};

static struct region regions[MAX_REGIONS];
static int nregions;
static long fail_at, accesses, live_allocs;
static unsigned long written;
static bool counting = true;

static size_t page_size(void)
{
	return (size_t)sysconf(_SC_PAGESIZE);
}

void *kh_usim_alloc(size_t size, int flags)
{
	size_t pg = page_size();
	size_t data = (size + pg - 1) / pg * pg;
	int mflags = MAP_PRIVATE | MAP_ANONYMOUS;
	struct region *r;
	char *map;

	if (nregions == MAX_REGIONS) {
		fprintf(stderr, "kh_usim: too many regions\n");
		abort();
	}
	if (flags & KH_USIM_LOW32)
		mflags |= MAP_32BIT;
	/* a guard page before and after the data */
	map = mmap(NULL, data + 2 * pg, PROT_READ | PROT_WRITE, mflags, -1, 0);
	if (map == MAP_FAILED) {
		perror("kh_usim: mmap");
		abort();
	}
	mprotect(map, pg, PROT_NONE);
	mprotect(map + pg + data, pg, PROT_NONE);
	r = &regions[nregions++];
	r->map = map;
	r->map_size = data + 2 * pg;
	r->size = size;
	r->start = map + pg + data - size;	/* ends right at the guard */
	r->fetches = calloc(size ? size : 1, sizeof(*r->fetches));
	return r->start;
}

void *kh_usim_alloc_at(void *addr, size_t size)
{
	size_t pg = page_size();
	size_t data = (size + pg - 1) / pg * pg;
	struct region *r;
	char *map;

	if ((uintptr_t)addr % pg || nregions == MAX_REGIONS)
		return NULL;
	map = mmap((char *)addr - pg, data + 2 * pg, PROT_READ | PROT_WRITE,
		   MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED_NOREPLACE, -1, 0);
	if (map == MAP_FAILED)
		return NULL;
	mprotect(map, pg, PROT_NONE);
	mprotect(map + pg + data, pg, PROT_NONE);
	r = &regions[nregions++];
	r->map = map;
	r->map_size = data + 2 * pg;
	r->size = data;
	r->start = map + pg;
	r->fetches = calloc(data ? data : 1, sizeof(*r->fetches));
	return r->start;
}

static struct region *find(uintptr_t a, size_t n)
{
	for (int i = 0; i < nregions; i++) {
		uintptr_t s = (uintptr_t)regions[i].start;

		if (a >= s && a - s <= regions[i].size && n <= regions[i].size - (a - s))
			return &regions[i];
	}
	return NULL;
}

void kh_usim_free(void *p)
{
	for (int i = 0; i < nregions; i++)
		if (regions[i].start == p) {
			munmap(regions[i].map, regions[i].map_size);
			free(regions[i].fetches);
			regions[i] = regions[--nregions];
			return;
		}
}

void kh_usim_counts_reset(void)
{
	for (int i = 0; i < nregions; i++)
		memset(regions[i].fetches, 0, regions[i].size * sizeof(*regions[i].fetches));
	written = 0;
	accesses = 0;
}

unsigned int kh_usim_fetches(const void *p)
{
	struct region *r = find((uintptr_t)p, 1);

	return r ? r->fetches[(const char *)p - r->start] : 0;
}

unsigned int kh_usim_max_fetches(void)
{
	unsigned int max = 0;

	for (int i = 0; i < nregions; i++)
		for (size_t b = 0; b < regions[i].size; b++)
			if (regions[i].fetches[b] > max)
				max = regions[i].fetches[b];
	return max;
}

unsigned long kh_usim_bytes_written(void)
{
	return written;
}

void kh_usim_fail_at(long n)
{
	fail_at = n;
	accesses = 0;
}

long kh_usim_accesses(void)
{
	return accesses;
}

long kh_usim_live_allocs(void)
{
	return live_allocs;
}

/* one user access: checks the injected failure, then the bounds */
static struct region *access_ok(void *u, size_t n)
{
	if (++accesses == fail_at)
		return NULL;
	return find((uintptr_t)u, n);
}

int kh_be_copy_from_user(void *dst, void *src, size_t n)
{
	struct region *r;
	size_t off;

	if (!n)
		return 0;
	r = access_ok(src, n);
	if (!r)
		return -EFAULT;
	off = (uintptr_t)src - (uintptr_t)r->start;
	memcpy(dst, r->start + off, n);
	if (counting)
		for (size_t i = 0; i < n; i++)
			r->fetches[off + i]++;
	return 0;
}

int kh_be_copy_to_user(void *dst, const void *src, size_t n)
{
	struct region *r;

	if (!n)
		return 0;
	r = access_ok(dst, n);
	if (!r)
		return -EFAULT;
	memcpy(dst, src, n);
	written += n;
	return 0;
}

/* a probe stores nothing here: the simulated space has no read-only pages */
int kh_be_probe_write(void *dst, const void *same, size_t n)
{
	(void)same;
	if (!n)
		return 0;
	return access_ok(dst, n) ? 0 : -EFAULT;
}

long kh_be_strncpy_from_user(char *dst, void *src, long count)
{
	long i;

	if (++accesses == fail_at)
		return -EFAULT;
	for (i = 0; i < count; i++) {
		struct region *r = find((uintptr_t)src + i, 1);
		size_t off;

		if (!r)
			return -EFAULT;
		off = (uintptr_t)src + i - (uintptr_t)r->start;
		dst[i] = r->start[off];
		if (counting)
			r->fetches[off]++;
		if (!dst[i])
			return i;
	}
	return count;
}

void *kh_be_zalloc(size_t size)
{
	void *p = calloc(1, size);

	if (p)
		live_allocs++;
	return p;
}

void *kh_be_alloc(size_t size)
{
	void *p = malloc(size);

	if (p)
		live_allocs++;
	return p;
}

void kh_be_free(void *p)
{
	if (p)
		live_allocs--;
	free(p);
}

/* benchmarks: a per-byte count would dominate what they measure */
void kh_usim_set_counting(bool on)
{
	counting = on;
}
