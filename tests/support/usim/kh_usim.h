/* SPDX-License-Identifier: GPL-2.0 OR MIT */
/*
 * A simulated user address space, so the generated thunks run in user-space
 * tests exactly as in the kernel: kh_rt's backend (kh_be_*) reads and writes
 * "user" memory only inside regions allocated here, answers -EFAULT for any
 * other address (NULL, unmapped, kernel half, past the end), and counts every
 * fetch of every byte so tests can prove that no byte is read twice.
 *
 * Each region ends right before a PROT_NONE guard page, so code that touched
 * user memory without the runtime would crash at the first byte too far.
 * Regions for 32-bit callers are placed below 4 GiB (MAP_32BIT), so their
 * addresses are real 32-bit pointers.
 */
#ifndef KH_USIM_H
#define KH_USIM_H

#include <stdbool.h>
#include <stddef.h>

enum { KH_USIM_LOW32 = 1 };

/* size bytes of zeroed user memory ending at a guard page */
void *kh_usim_alloc(size_t size, int flags);
/* size bytes of user memory at exactly addr (page-aligned), e.g. to map a
 * 32-bit process's memory image back at its own addresses; NULL if taken */
void *kh_usim_alloc_at(void *addr, size_t size);
void kh_usim_free(void *p);

/* fetch accounting */
void kh_usim_counts_reset(void);
unsigned int kh_usim_fetches(const void *p);	/* reads of the byte at p */
unsigned int kh_usim_max_fetches(void);		/* over all bytes of all regions */
unsigned long kh_usim_bytes_written(void);	/* bytes written since the reset */

/* the n-th next user access (from 1) fails with -EFAULT; 0 disables */
void kh_usim_fail_at(long n);
long kh_usim_accesses(void);			/* since the reset */

/* kernel-side allocations made through the backend and not yet freed */
long kh_usim_live_allocs(void);

/* benchmarks: per-byte fetch counting off (on by default); bounds stay checked */
void kh_usim_set_counting(bool on);

#endif
