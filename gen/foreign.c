// SPDX-License-Identifier: GPL-2.0 OR MIT
/*
 * thunkgen on a real uapi header: the options, --list-ioctls (every
 * command with its number in each ABI, then every command macro not
 * handled and why) and --layout-asserts (the compiler checks every
 * struct's layout in each ABI). See docs/thunkgen.md.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "emit.h"
#include "entries.h"
#include "foreign.h"
#include "ioctl.h"

bool foreign_arg(struct foreign *fo, int argc, char **argv, int *i)
{
	const char *a = argv[*i];

	if (!strcmp(a, "-I") && *i + 1 < argc) {
		*PUSH(fo->opts.incs, fo->opts.ninc) = argv[++*i];
	} else if (!strncmp(a, "-I", 2) && a[2]) {
		*PUSH(fo->opts.incs, fo->opts.ninc) = a + 2;
	} else if (!strcmp(a, "--list-ioctls")) {
		fo->list = true;
	} else if (!strcmp(a, "--policy") && *i + 1 < argc) {
		fo->policy = argv[++*i];
	} else if (!strcmp(a, "--driver") && *i + 1 < argc) {
		fo->driver = argv[++*i];
	} else if (!strcmp(a, "--layout-asserts") && *i + 1 < argc) {
		fo->layout_dir = argv[++*i];
	} else {
		return false;
	}
	fo->active = true;
	return true;
}

static void list_ioctls(const struct spec *s, const struct pp_result *r)
{
	int nwhy = 0;

	for (int i = 0; i < s->nioctls; i++) {
		const struct ioctl_def *io = &s->ioctls[i];
		char buf[512];

		printf("%s\t0x%08x\t0x%08x\t0x%08x\t%s\n", io->name, io->cmd[ABI_X86_64],
		       io->cmd[ABI_I386], io->cmd[ABI_X32],
		       io->arg ? pp_type_name(io->arg, buf, sizeof(buf)) : "-");
	}
	for (int i = 0; i < r->ncmds; i++)
		if (r->cmds[i].why) {
			printf("not-handled\t%s\t%s:%d:%d\t%s\n", r->cmds[i].name, r->cmds[i].pos.file,
			       r->cmds[i].pos.line, r->cmds[i].pos.col, r->cmds[i].why);
			nwhy++;
		}
	fprintf(stderr, "%s: %d ioctls, %d command macros not handled, %d structs/unions\n",
		s->path, s->nioctls, nwhy, r->nrecords);
}

/*
 * layout_asserts.c: what the compiler must agree with in each ABI: every
 * struct's and union's size and alignment, every member's offset and size,
 * every ioctl's command number.
 */
static void emit_checks(const struct spec *s, const char *header, const char *dir)
{
	struct out o = { 0 };
	struct entry *e;
	int n = collect_entries(s, &e), checks = 0;
	bool path = strchr(header, '/') && !access(header, R_OK) && header[0] != '<';

	outf(&o, "/* thunkgen --layout-asserts: %s */\n#include <stddef.h>\n", header);
	outf(&o, "#include <linux/ioctl.h>\n#include %s%s%s\n", path ? "\"" : "<",
	     path ? realpath(header, NULL) : header, path ? "\"" : ">");
	for (int a = 0; a < ABI_COUNT; a++) {
		outf(&o, "\n%s %s\n", a ? "#elif" : "#if", abis[a].cpp_test);
		for (int i = 0; i < n; i++) {
			const struct type *t = e[i].type;
			const char *kw = record_kw(e[i].top);

			if (!e[i].depth) {
				outf(&o, "_Static_assert(sizeof(%s %s) == %u && _Alignof(%s %s) == %u, "
				     "\"%s %s\");\n", kw, e[i].top->name, t->size[a], kw,
				     e[i].top->name, t->align[a], kw, e[i].top->name);
			} else if (t->kind == T_ARRAY && !t->count) {	/* flexible array */
				outf(&o, "_Static_assert(offsetof(%s %s, %s) == %u, \"%s.%s\");\n",
				     kw, e[i].top->name, e[i].path, e[i].offset[a], e[i].top->name,
				     e[i].path);
			} else {
				outf(&o, "_Static_assert(offsetof(%s %s, %s) == %u && "
				     "sizeof(((%s %s *)0)->%s) == %u, \"%s.%s\");\n", kw,
				     e[i].top->name, e[i].path, e[i].offset[a], kw, e[i].top->name,
				     e[i].path, t->size[a], e[i].top->name, e[i].path);
			}
			checks += !a;
		}
		for (int i = 0; i < s->nioctls; i++)
			outf(&o, "_Static_assert(%s == 0x%08xu, \"%s\");\n", s->ioctls[i].name,
			     s->ioctls[i].cmd[a], s->ioctls[i].name);
	}
	outf(&o, "#endif\n/* %d layout checks and %d command numbers per ABI */\n", checks,
	     s->nioctls);
	out_write(&o, dir, "layout_asserts.c");
}

/*
 * --driver with -I: the header comes from a raw uapi tree (drm/drm.h), so a
 * user-space build of the output (the shim) needs what cpp was given:
 * DIR/cflags, with the linux/compiler.h stand-in in DIR/shim
 */
void foreign_driver_cflags(const struct foreign *fo, const char *dir)
{
	const char *shim = xasprintf("%s/shim", dir);
	char *abs;
	struct out o = { 0 };

	if (!fo->opts.ninc)
		return;
	pp_write_shim(shim);
	abs = realpath(shim, NULL);
	outf(&o, "%s\n", pp_cflags(&fo->opts, abs ? abs : shim));
	out_write(&o, dir, "cflags");
	free(abs);
}

/* the policy file beside the header: drm.h -> drm.policy */
static const char *default_policy(const char *header)
{
	char *p = xstrdup(header), *dot = strrchr(p, '.');
	struct stat st;

	if (dot && !strcmp(dot, ".h"))
		*dot = 0;
	p = xasprintf("%s.policy", p);
	return !stat(p, &st) ? p : NULL;
}

bool foreign_read(struct spec *s, const char *header, struct foreign *fo)
{
	const char *cc = getenv("CC");

	fo->opts.cc = cc && *cc ? cc : "cc";
	pp_read(s, header, &fo->opts, &fo->res);
	if (fo->list) {
		list_ioctls(s, &fo->res);
		return true;
	}
	if (fo->layout_dir) {
		const char *shim = xasprintf("%s/shim", fo->layout_dir);
		struct out o = { 0 };

		if (mkdir(fo->layout_dir, 0755) && errno != EEXIST)
			die_at((struct pos){ 0 }, "mkdir %s: %s", fo->layout_dir, strerror(errno));
		pp_write_shim(shim);
		outf(&o, "%s\n", pp_cflags(&fo->opts, shim));
		out_write(&o, fo->layout_dir, "cflags");
		emit_checks(s, header, fo->layout_dir);
		list_ioctls(s, &fo->res);
		return true;
	}
	if (!fo->policy)
		fo->policy = default_policy(header);
	if (fo->policy)
		policy_apply(s, fo->policy);
	compute_ioctl_cmds(s);	/* two commands sharing a number stop here */
	return false;
}
