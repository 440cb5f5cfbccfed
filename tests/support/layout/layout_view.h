/* SPDX-License-Identifier: GPL-2.0 OR MIT */
/*
 * A private, writable copy of one ABI's generated layout table, and the
 * bookkeeping every oracle shares (what was checked, what disagreed).
 *
 * Built with -DKH_LAYOUT_MUTATE=<index> (negative from the end: -1 is the
 * last entry) the copy has that entry's offset bumped by
 * KH_LAYOUT_MUTATE_BY (default 4): every oracle must then fail.
 */
#ifndef ABI_LAYOUT_VIEW_H
#define ABI_LAYOUT_VIEW_H

#include "kh_layout.h"

struct abi_view {
	enum kh_layout_abi abi;
	const char *name;		/* "x86_64", "i386", "x32" */
	struct kh_layout_entry *e;	/* copy of kh_layout_tables[abi] */
	unsigned int n;
	unsigned int nstructs;		/* entries at depth 0 */
};

/* returns 0, or -1 (message on stderr) */
int abi_view_load(struct abi_view *v, enum kh_layout_abi abi);
void abi_view_free(struct abi_view *v);

/* what one oracle saw over one table */
struct abi_report {
	const char *oracle;		/* "compiler", "libffi", "dwarf", ... */
	const char *abi;
	unsigned int structs;		/* top-level structs compared */
	unsigned int entries;		/* entries compared */
	unsigned int mismatches;	/* individual values that differ */
	unsigned int skipped;		/* entries left out on purpose (listed) */
};

void abi_report_init(struct abi_report *r, const char *oracle, const char *abi);
/* one differing value of entry i; prints the first few */
void abi_mismatch(struct abi_report *r, const struct kh_layout_entry *e,
		  unsigned int i, const char *what, unsigned long table,
		  unsigned long oracle);
/* a problem that is not a single value (missing member, unknown type ...) */
void abi_problem(struct abi_report *r, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));
/* the closing count line of one oracle over one ABI */
void abi_report_print(const struct abi_report *r);

#endif /* ABI_LAYOUT_VIEW_H */
