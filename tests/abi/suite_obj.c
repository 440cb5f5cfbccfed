/* SPDX-License-Identifier: GPL-2.0 OR MIT */
/*
 * The object-file suite, run on the build host (x86_64): every ABI's table
 * (x86_64, i386, x32) against the probe object compiled for that ABI with
 * -g -c: its DWARF (libdwfl offline) and its kh_layout_probe data (libelf).
 * This is how x32, which cannot run here, gets checked by the compiler.
 *
 * usage: abi-obj X86_64_PROBE.o I386_PROBE.o X32_PROBE.o
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>
#include <stdio.h>

#include "dwarf_walk.h"
#include "layout_view.h"
#include "oracle_dwarf.h"
#include "oracle_probe.h"
#include "probe_elf.h"
#include "table_shape.h"

static const char *objs[KH_LAYOUT_NABI];
static struct abi_view views[KH_LAYOUT_NABI];

static int setup(void **state)
{
	unsigned int a;

	(void)state;
	for (a = 0; a < KH_LAYOUT_NABI; a++)
		if (abi_view_load(&views[a], a) < 0)
			return -1;
	return 0;
}

static int teardown(void **state)
{
	unsigned int a;

	(void)state;
	for (a = 0; a < KH_LAYOUT_NABI; a++)
		abi_view_free(&views[a]);
	return 0;
}

static void dwarf_of(void **state)
{
	enum kh_layout_abi a = (enum kh_layout_abi)(uintptr_t)*state;
	struct abi_report r;
	struct dw_obj *o;
	int abi = -1;

	abi_report_init(&r, "dwarf", views[a].name);
	o = dw_open(objs[a], &abi);
	assert_non_null(o);
	if (abi != (int)a)
		abi_problem(&r, "%s is not an %s object", objs[a], views[a].name);
	oracle_dwarf_check(&views[a], o, &r);
	dw_close(o);
	abi_report_print(&r);
	assert_int_equal(r.mismatches, 0);
	assert_int_equal(r.entries, views[a].n);
}

static void objprobe_of(void **state)
{
	enum kh_layout_abi a = (enum kh_layout_abi)(uintptr_t)*state;
	struct abi_report r;
	struct probe_data p;
	char err[512];

	abi_report_init(&r, "objprobe", views[a].name);
	if (probe_elf_read(objs[a], &p, err, sizeof(err)) < 0)
		fail_msg("%s", err);
	if (p.abi != (int)a)
		abi_problem(&r, "%s is not an %s object", objs[a], views[a].name);
	if (p.count_sym >= 0 && (unsigned int)p.count_sym != p.n)
		abi_problem(&r, "kh_layout_probe_count %d, array has %u", p.count_sym, p.n);
	oracle_probe_check(&views[a], (const unsigned int (*)[3])p.v, p.n, &r);
	probe_elf_free(&p);
	abi_report_print(&r);
	assert_int_equal(r.mismatches, 0);
	assert_int_equal(r.entries, views[a].n);
}

static void shape_of(void **state)
{
	enum kh_layout_abi a = (enum kh_layout_abi)(uintptr_t)*state;
	struct abi_report r;

	abi_report_init(&r, "shape", views[a].name);
	table_shape_check(&views[a], &r);
	abi_report_print(&r);
	assert_int_equal(r.mismatches, 0);
}

/* cmocka_unit_test_prestate() would name all three alike */
#define ABI_TEST(name, f, a) { name, f, NULL, NULL, (void *)(uintptr_t)(a) }

int main(int argc, char **argv)
{
	const struct CMUnitTest tests[] = {
		ABI_TEST("table_shape_x32", shape_of, KH_LAYOUT_X32),
		ABI_TEST("oracle_dwarf_x86_64", dwarf_of, KH_LAYOUT_X86_64),
		ABI_TEST("oracle_dwarf_i386", dwarf_of, KH_LAYOUT_IA32),
		ABI_TEST("oracle_dwarf_x32", dwarf_of, KH_LAYOUT_X32),
		ABI_TEST("oracle_objprobe_x86_64", objprobe_of, KH_LAYOUT_X86_64),
		ABI_TEST("oracle_objprobe_i386", objprobe_of, KH_LAYOUT_IA32),
		ABI_TEST("oracle_objprobe_x32", objprobe_of, KH_LAYOUT_X32),
	};
	int a;

	if (argc != 1 + KH_LAYOUT_NABI) {
		fprintf(stderr, "usage: %s X86_64.o I386.o X32.o\n", argv[0]);
		return 2;
	}
	for (a = 0; a < KH_LAYOUT_NABI; a++)
		objs[a] = argv[1 + a];
	return cmocka_run_group_tests_name("abi-obj", tests, setup, teardown);
}
