/* SPDX-License-Identifier: GPL-2.0 OR MIT */
/*
 * The object-file suite of one ABI, run on the build host (x86_64): that
 * ABI's table against the probe object compiled for it with -g -c: its
 * DWARF (libdwfl offline) and its kh_layout_probe data (libelf). This is
 * how x32, which cannot run here, gets checked by the compiler.
 *
 * usage: abi-obj ABI PROBE.o      ABI: x86_64, ia32 or x32
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>
#include <stdio.h>
#include <string.h>

#include "dwarf_walk.h"
#include "layout_view.h"
#include "oracle_dwarf.h"
#include "oracle_probe.h"
#include "probe_elf.h"
#include "table_shape.h"

static const char *obj;
static int abi = -1;
static struct abi_view view;

static int setup(void **state)
{
	(void)state;
	return abi_view_load(&view, (enum kh_layout_abi)abi);
}

static int teardown(void **state)
{
	(void)state;
	abi_view_free(&view);
	return 0;
}

static void oracle_dwarf(void **state)
{
	struct abi_report r;
	struct dw_obj *o;
	int got = -1;

	(void)state;
	abi_report_init(&r, "dwarf", view.name);
	o = dw_open(obj, &got);
	assert_non_null(o);
	if (got != abi)
		abi_problem(&r, "%s is not an %s object", obj, view.name);
	oracle_dwarf_check(&view, o, &r);
	dw_close(o);
	abi_report_print(&r);
	assert_int_equal(r.mismatches, 0);
	assert_int_equal(r.entries, view.n);
}

static void oracle_objprobe(void **state)
{
	struct abi_report r;
	struct probe_data p;
	char err[512];

	(void)state;
	abi_report_init(&r, "objprobe", view.name);
	if (probe_elf_read(obj, &p, err, sizeof(err)) < 0)
		fail_msg("%s", err);
	if (p.abi != abi)
		abi_problem(&r, "%s is not an %s object", obj, view.name);
	if (p.count_sym >= 0 && (unsigned int)p.count_sym != p.n)
		abi_problem(&r, "kh_layout_probe_count %d, array has %u", p.count_sym, p.n);
	oracle_probe_check(&view, (const unsigned int (*)[3])p.v, p.n, &r);
	probe_elf_free(&p);
	abi_report_print(&r);
	assert_int_equal(r.mismatches, 0);
	assert_int_equal(r.entries, view.n);
}

static void table_shape(void **state)
{
	struct abi_report r;

	(void)state;
	abi_report_init(&r, "shape", view.name);
	table_shape_check(&view, &r);
	abi_report_print(&r);
	assert_int_equal(r.mismatches, 0);
}

int main(int argc, char **argv)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(table_shape),
		cmocka_unit_test(oracle_dwarf),
		cmocka_unit_test(oracle_objprobe),
	};
	char name[32];
	int a;

	for (a = 0; argc == 3 && a < KH_LAYOUT_NABI; a++)
		if (!strcmp(argv[1], kh_layout_abi_names[a]))
			abi = a;
	if (abi < 0) {
		fprintf(stderr, "usage: %s ABI PROBE.o (ABI: x86_64, ia32 or x32)\n", argv[0]);
		return 2;
	}
	obj = argv[2];
	snprintf(name, sizeof(name), "abi-obj-%s", argv[1]);
	return cmocka_run_group_tests_name(name, tests, setup, teardown);
}
