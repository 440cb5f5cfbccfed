/* SPDX-License-Identifier: GPL-2.0 OR MIT */
/*
 * Oracle 1, the compiler: {offsetof, sizeof, _Alignof} of every entry as the
 * compiler of the ABI saw them (kh_layout_probe[], either linked into this
 * program or read out of an object file), compared with the table.
 */
#ifndef ABI_ORACLE_PROBE_H
#define ABI_ORACLE_PROBE_H

#include "layout_view.h"

/* probe[i] = {offset, size, align}; returns the number of mismatches */
unsigned int oracle_probe_check(const struct abi_view *v,
				const unsigned int (*probe)[3],
				unsigned int probe_count, struct abi_report *r);

#endif
