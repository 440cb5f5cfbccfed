/* SPDX-License-Identifier: GPL-2.0 OR MIT */
/*
 * Oracle 3a, the object file's DWARF: for every struct of the table, the
 * member list DWARF gives (path, kind, count, signedness, offset, size) in
 * the same depth-first order, entry by entry. DWARF does not state
 * alignment; that comes from the probe array (oracle 3b / 1).
 */
#ifndef ABI_ORACLE_DWARF_H
#define ABI_ORACLE_DWARF_H

#include "dwarf_walk.h"
#include "layout_view.h"

unsigned int oracle_dwarf_check(const struct abi_view *v, struct dw_obj *o,
				struct abi_report *r);

#endif
