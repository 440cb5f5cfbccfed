/* SPDX-License-Identifier: GPL-2.0 OR MIT */
/*
 * Not an oracle: the table's own consistency (parents, paths, depths, kinds,
 * members inside their parent, union arms at the union's offset, array size =
 * count * element size, alignment a power of 2 dividing the size) and that all ABI tables name the same
 * members in the same order. It makes the oracles' index-by-index
 * comparison meaningful.
 */
#ifndef ABI_TABLE_SHAPE_H
#define ABI_TABLE_SHAPE_H

#include "layout_view.h"

unsigned int table_shape_check(const struct abi_view *v, struct abi_report *r);

#endif
