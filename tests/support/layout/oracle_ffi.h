/* SPDX-License-Identifier: GPL-2.0 OR MIT */
/*
 * Oracle 2, libffi: ffi_types built from the table's structure (kinds,
 * sizes of scalars, signedness, array counts; never its offsets, aggregate
 * sizes or alignments), laid out by libffi's ffi_get_struct_offsets for the
 * ABI this program is built for, compared with the table.
 *
 * Arrays become a struct of `count` elements of the element type (same size,
 * alignment and placement as a C array). libffi knows no unions: every arm
 * is laid out on its own (at the union's offset); the union's size is the
 * largest arm size rounded up to the largest arm alignment, and in the
 * enclosing struct the union is replaced by a struct of its most-aligned arm
 * followed by uint8 elements up to that size. See docs/conformance.md.
 */
#ifndef ABI_ORACLE_FFI_H
#define ABI_ORACLE_FFI_H

#include "layout_view.h"

unsigned int oracle_ffi_check(const struct abi_view *v, struct abi_report *r);

#endif
