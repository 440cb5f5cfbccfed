/* SPDX-License-Identifier: GPL-2.0 OR MIT */
/* Oracle 1: the table against the compiler's own offsetof/sizeof/_Alignof. */
#include "oracle_probe.h"

unsigned int oracle_probe_check(const struct abi_view *v,
				const unsigned int (*probe)[3],
				unsigned int probe_count, struct abi_report *r)
{
	static const char *const what[3] = { "offset", "size", "align" };
	unsigned int i, k;

	if (probe_count != v->n) {
		abi_problem(r, "probe has %u entries, table %u", probe_count, v->n);
		return r->mismatches;
	}
	for (i = 0; i < v->n; i++) {
		const struct kh_layout_entry *e = &v->e[i];
		const unsigned int t[3] = { e->offset, e->size, e->align };

		for (k = 0; k < 3; k++)
			if (t[k] != probe[i][k])
				abi_mismatch(r, e, i, what[k], t[k], probe[i][k]);
		r->entries++;
		r->structs += e->depth == 0;
	}
	return r->mismatches;
}
