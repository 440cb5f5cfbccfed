/* SPDX-License-Identifier: GPL-2.0 OR MIT */
/* A writable copy of one ABI's layout table; shared mismatch reporting. */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "layout_view.h"

#ifndef KH_LAYOUT_MUTATE_BY
#define KH_LAYOUT_MUTATE_BY 4
#endif

#define ABI_PRINT_MAX 12	/* mismatch lines printed per oracle and ABI */

int abi_view_load(struct abi_view *v, enum kh_layout_abi abi)
{
	unsigned int i;

	memset(v, 0, sizeof(*v));
	v->abi = abi;
	v->name = kh_layout_abi_names[abi];
	v->n = kh_layout_count;
	if (v->n == 0) {
		fprintf(stderr, "layout table of %s is empty\n", v->name);
		return -1;
	}
	v->e = malloc(v->n * sizeof(*v->e));
	if (!v->e)
		return -1;
	memcpy(v->e, kh_layout_tables[abi], v->n * sizeof(*v->e));
	for (i = 0; i < v->n; i++)
		v->nstructs += v->e[i].depth == 0;
#ifdef KH_LAYOUT_MUTATE
	{
		long m = KH_LAYOUT_MUTATE;
		unsigned int at = m < 0 ? (unsigned int)((long)v->n + m) : (unsigned int)m;

		if (at >= v->n) {
			fprintf(stderr, "KH_LAYOUT_MUTATE=%ld: no such entry (%u)\n", m, v->n);
			return -1;
		}
		v->e[at].offset += KH_LAYOUT_MUTATE_BY;
		fprintf(stderr, "NEGATIVE TEST: %s entry %u (%s %s) offset %u -> %u\n",
			v->name, at, v->e[at].type_name, v->e[at].path,
			v->e[at].offset - KH_LAYOUT_MUTATE_BY, v->e[at].offset);
	}
#endif
	return 0;
}

void abi_view_free(struct abi_view *v)
{
	free(v->e);
	v->e = NULL;
}

void abi_report_init(struct abi_report *r, const char *oracle, const char *abi)
{
	memset(r, 0, sizeof(*r));
	r->oracle = oracle;
	r->abi = abi;
}

static void note(struct abi_report *r)
{
	if (++r->mismatches == ABI_PRINT_MAX + 1)
		fprintf(stderr, "  [%s/%s] ... (further differences not shown)\n",
			r->oracle, r->abi);
}

void abi_mismatch(struct abi_report *r, const struct kh_layout_entry *e,
		  unsigned int i, const char *what, unsigned long table,
		  unsigned long oracle)
{
	note(r);
	if (r->mismatches <= ABI_PRINT_MAX)
		fprintf(stderr, "  [%s/%s] entry %u struct %s %s: %s table %lu, %s %lu\n",
			r->oracle, r->abi, i, e->type_name,
			e->path[0] ? e->path : "(itself)", what, table,
			r->oracle, oracle);
}

void abi_problem(struct abi_report *r, const char *fmt, ...)
{
	va_list ap;

	note(r);
	if (r->mismatches > ABI_PRINT_MAX)
		return;
	fprintf(stderr, "  [%s/%s] ", r->oracle, r->abi);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
}

void abi_report_print(const struct abi_report *r)
{
	printf("abi-count: oracle=%-9s abi=%-6s structs=%u entries=%u mismatches=%u",
	       r->oracle, r->abi, r->structs, r->entries, r->mismatches);
	if (r->skipped)
		printf(" skipped=%u", r->skipped);
	putchar('\n');
	fflush(stdout);
}
