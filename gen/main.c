// SPDX-License-Identifier: GPL-2.0 OR MIT
/*
 * thunkgen: reads an annotated uapi header and writes what translating its
 * ioctls between x86_64, i386 and x32 takes. See docs/thunkgen.md.
 *
 *   thunkgen -o DIR SPEC.h     write the generated files into DIR
 *   thunkgen --report SPEC.h   layouts per struct and ABI, what moves and why
 *   thunkgen --lint SPEC.h     compat hazards of the spec (exit 0; 3 with --werror)
 *
 * A real uapi header goes through the C preprocessor (pp.c) when -I,
 * --policy or --list-ioctls is given; its annotations come from a policy
 * file (policy.c):
 *   thunkgen --list-ioctls [-I DIR]... HEADER
 *   thunkgen [-I DIR]... --policy FILE (-o DIR | --report | --lint) HEADER
 *   thunkgen [-I DIR]... --layout-asserts DIR HEADER
 *   thunkgen [-I DIR]... [--policy FILE] --driver PREFIX -o DIR HEADER
 *                              a compat ioctl handler a driver drops in (driver.c)
 */
#include <stdio.h>
#include <string.h>

#include "driver.h"
#include "emit.h"
#include "foreign.h"

static void usage(void)
{
	fputs("usage: thunkgen [-o DIR | --report | --lint [--werror]] SPEC.h\n"
	      "       thunkgen [-I DIR]... --list-ioctls HEADER\n"
	      "       thunkgen [-I DIR]... --policy FILE (-o DIR | --report | --lint) HEADER\n"
	      "       thunkgen [-I DIR]... --layout-asserts DIR HEADER\n"
	      "       thunkgen [-I DIR]... [--policy FILE] --driver PREFIX -o DIR HEADER\n", stderr);
}

int main(int argc, char **argv)
{
	const char *dir = NULL, *path = NULL;
	bool report = false, lint = false, werror = false;
	struct spec s = { 0 };
	struct foreign fo = { 0 };

	for (int i = 1; i < argc; i++) {
		if (!strcmp(argv[i], "-o") && i + 1 < argc)
			dir = argv[++i];
		else if (!strcmp(argv[i], "--report"))
			report = true;
		else if (!strcmp(argv[i], "--lint"))
			lint = true;
		else if (!strcmp(argv[i], "--werror"))
			werror = true;
		else if (foreign_arg(&fo, argc, argv, &i))
			continue;
		else if (argv[i][0] != '-' && !path)
			path = argv[i];
		else {
			usage();
			return 2;
		}
	}
	if (!path || (!dir && !report && !lint && !fo.list && !fo.layout_dir) ||
	    (fo.driver && !dir)) {
		usage();
		return 2;
	}
	if (fo.active) {
		if (foreign_read(&s, path, &fo))
			return 0;	/* --list-ioctls, --layout-asserts: done */
	} else {
		parse_spec(&s, path);
		layout_spec(&s);
	}
	check_spec(&s);
	if (report)
		print_report(&s);
	if (lint) {
		int n = print_lint(&s);

		if (n && werror)
			return 3;
	}
	if (dir && fo.driver) {
		emit_driver(&s, dir, fo.driver);
		foreign_driver_cflags(&fo, dir);
	} else if (dir) {
		emit_layout_tables(&s, dir);
		emit_layout_probe(&s, dir);
		emit_abi_views(&s, dir);
		emit_ioctl_cmds(&s, dir);
		emit_layout_asserts(&s, dir);
		emit_thunks(&s, dir);
		emit_test_graphs(&s, dir);
		emit_ptables(&s, dir);
		emit_decoders(&s, dir);
	}
	return 0;
}
