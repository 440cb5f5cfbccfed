/* SPDX-License-Identifier: GPL-2.0 OR MIT */
/*
 * The text format in which an image builder (built -m64, -m32, -mx32) hands
 * its memory image to the 64-bit harness. Line oriented with a tag, so it
 * survives a trip through the VM's serial console mixed with other output:
 *
 *	KHXABI abi i386
 *	KHXABI region 0x32000000 3184		start, bytes used
 *	KHXABI top kh_response 0x32000040 196	name (a kh_test_types name), address, sizeof
 *	KHXABI hex 0 0a0b0c...			offset, up to 32 bytes
 *	KHXABI sum 0123456789abcdef		FNV-1a 64 of all bytes
 *	KHXABI end
 */
#ifndef XABI_FORMAT_H
#define XABI_FORMAT_H

#define XABI_TAG "KHXABI"

/*
 * Where each builder asks for its one region. Low and distinct: the harness
 * maps all three images at their own addresses at once, and in an ASan
 * process everything from 0x7fff8000 up to far above 4 GiB is shadow memory
 * (a 32-bit process's default mmap area would be there).
 */
#define XABI_BASE_X86_64 0x31000000UL
#define XABI_BASE_I386 0x32000000UL
#define XABI_BASE_X32 0x33000000UL
#define XABI_REGION_SIZE (64u * 1024u)
#define XABI_HEX_PER_LINE 32

static inline unsigned long long xabi_fnv1a(const unsigned char *p, unsigned long n)
{
	unsigned long long h = 0xcbf29ce484222325ull;

	while (n--) {
		h ^= *p++;
		h *= 0x100000001b3ull;
	}
	return h;
}

#endif
