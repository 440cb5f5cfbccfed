// SPDX-License-Identifier: GPL-2.0 OR MIT
/*
 * Image builder: lays out the xabi graphs with this compiler's ABI inside
 * one mmap'ed region (one contiguous image) and prints the image in the
 * format of xabi_format.h. Built -m64, -m32 and -mx32 from this one source,
 * run natively, under qemu-i386 and in the VM.
 */
#define _GNU_SOURCE
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>

#include "xabi_format.h"
#include "xabi_graph.h"

#if defined(__x86_64__) && defined(__ILP32__)
#define ABI_NAME "x32"
#define ABI_BASE XABI_BASE_X32
#elif defined(__i386__)
#define ABI_NAME "ia32"
#define ABI_BASE XABI_BASE_I386
#elif defined(__x86_64__)
#define ABI_NAME "x86_64"
#define ABI_BASE XABI_BASE_X86_64
#else
#error "an x86 ABI"
#endif

#ifndef MAP_FIXED_NOREPLACE
#define MAP_FIXED_NOREPLACE 0x100000
#endif

static unsigned char *region;
static size_t used;

void *xabi_alloc(size_t size, size_t align)
{
	size_t off = (used + align - 1) / align * align;

	if (off + size > XABI_REGION_SIZE) {
		fprintf(stderr, "xabi: region full\n");
		exit(1);
	}
	used = off + size;
	return region + off;
}

static void top(const char *name, const void *p, size_t size)
{
	printf(XABI_TAG " top %s 0x%lx %zu\n", name, (unsigned long)(uintptr_t)p, size);
}

int main(void)
{
	struct xabi_tops t;

	/* the harness maps the image back at these very addresses */
	region = mmap((void *)ABI_BASE, XABI_REGION_SIZE, PROT_READ | PROT_WRITE,
		      MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED_NOREPLACE, -1, 0);
	if (region == MAP_FAILED) {
		perror("xabi: mmap");
		return 1;
	}
	xabi_build(&t);
	printf(XABI_TAG " abi %s\n", ABI_NAME);
	printf(XABI_TAG " region 0x%lx %zu\n", (unsigned long)(uintptr_t)region, used);
	top("kh_send_response_args", t.send, sizeof(*t.send));
	top("kh_response", t.response, sizeof(*t.response));
	top("kh_cache_policy", t.policy, sizeof(*t.policy));
	top("kh_log_data", t.log, sizeof(*t.log));
	top("kh_request", t.request, sizeof(*t.request));
	for (size_t off = 0; off < used; off += XABI_HEX_PER_LINE) {
		printf(XABI_TAG " hex %zu ", off);
		for (size_t i = off; i < used && i < off + XABI_HEX_PER_LINE; i++)
			printf("%02x", region[i]);
		putchar('\n');
	}
	printf(XABI_TAG " sum %016llx\n", xabi_fnv1a(region, used));
	printf(XABI_TAG " end\n");
	return fflush(stdout) ? 1 : 0;
}
