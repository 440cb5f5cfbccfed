/* SPDX-License-Identifier: GPL-2.0 OR MIT */
/*
 * The conformance suite of the ABI it is compiled for (gcc -m64: x86_64,
 * gcc -m32: i386): the generator's table of that ABI against the compiler
 * (kh_layout_probe linked in, built by the same compiler for the same ABI)
 * and against libffi's layout.
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include "abi_self.h"
#include "layout_view.h"
#include "oracle_ffi.h"
#include "oracle_probe.h"
#include "table_shape.h"

static int setup(void **state)
{
	static struct abi_view v;

	if (abi_view_load(&v, ABI_SELF) < 0)
		return -1;
	*state = &v;
	return 0;
}

static int teardown(void **state)
{
	abi_view_free(*state);
	return 0;
}

static void table_shape(void **state)
{
	struct abi_view *v = *state;
	struct abi_report r;

	abi_report_init(&r, "shape", v->name);
	table_shape_check(v, &r);
	abi_report_print(&r);
	assert_int_equal(r.mismatches, 0);
}

static void oracle_compiler(void **state)
{
	struct abi_view *v = *state;
	struct abi_report r;

	abi_report_init(&r, "compiler", v->name);
	oracle_probe_check(v, kh_layout_probe, kh_layout_probe_count, &r);
	abi_report_print(&r);
	assert_int_equal(r.mismatches, 0);
	assert_int_equal(r.entries, v->n);
}

static void oracle_libffi(void **state)
{
	struct abi_view *v = *state;
	struct abi_report r;

	abi_report_init(&r, "libffi", v->name);
	oracle_ffi_check(v, &r);
	abi_report_print(&r);
	assert_int_equal(r.mismatches, 0);
	assert_int_equal(r.entries + r.skipped, v->n);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(table_shape),
		cmocka_unit_test(oracle_compiler),
		cmocka_unit_test(oracle_libffi),
	};

	return cmocka_run_group_tests_name(kh_layout_abi_names[ABI_SELF], tests,
					   setup, teardown);
}
