// SPDX-License-Identifier: GPL-2.0 OR MIT
/* Text buffers for generated files; a file is rewritten only when it changes. */
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "driver.h"
#include "out.h"

void outf(struct out *o, const char *fmt, ...)
{
	va_list ap;
	int n;

	va_start(ap, fmt);
	n = vsnprintf(NULL, 0, fmt, ap);
	va_end(ap);
	if (o->len + n + 1 > o->cap) {
		o->cap = (o->len + n + 1) * 2;
		o->buf = xrealloc_array(o->buf, o->cap, 1);
	}
	va_start(ap, fmt);
	vsnprintf(o->buf + o->len, n + 1, fmt, ap);
	va_end(ap);
	o->len += n;
}

void out_banner(struct out *o, const struct spec *s, const char *what, bool c_comment)
{
	if (c_comment)
		outf(o, "/* SPDX-License-Identifier: GPL-2.0 OR MIT */\n"
		     "/*\n * Generated from %s by thunkgen; do not edit, run `make gen`.\n"
		     " * What: %s.\n */\n", s->path, what);
	else
		outf(o, "# Generated from %s by thunkgen: %s. Do not edit; run `make gen`.\n",
		     s->path, what);
}

/* a C source takes its SPDX line as a // comment, a header as a block comment */
static void spdx_style(struct out *o, const char *name)
{
	static const char hdr[] = "/* SPDX-License-Identifier: GPL-2.0 OR MIT */\n";
	size_t n = strlen(name), k = sizeof(hdr) - 1;

	if (n < 2 || strcmp(name + n - 2, ".c") || o->len < k || memcmp(o->buf, hdr, k))
		return;
	memcpy(o->buf, "// SPDX-License-Identifier: GPL-2.0 OR MIT", k - 4);
	memmove(o->buf + k - 4, o->buf + k - 1, o->len - (k - 1) + 1);
	o->len -= 3;
}

/* the display column after text[0..n) starting at column col (tabs of 8) */
static int column(const char *text, size_t n, int col)
{
	for (size_t i = 0; i < n; i++)
		col = text[i] == '\t' ? (col / 8 + 1) * 8 : col + 1;
	return col;
}

/*
 * One line of C, broken after commas so that no piece passes 100 columns,
 * each continuation aligned with the parenthesis it is inside (the kernel's
 * style). Preprocessor lines, comments and lines without such a comma stay.
 */
static void wrap_line(struct out *o, const char *text, size_t len)
{
	const char *indent = "";
	int base = 0;

	while (column(text, len, base) > 100) {
		int depth = 0, open_col[64], brk = -1, brk_col = 0, brk_depth = 64;
		bool str = false;

		if (*indent)	/* a continuation: inside the parenthesis it aligns with */
			open_col[depth++] = base;

		for (size_t i = 0; i < len; i++) {
			char ch = text[i];

			if (str) {
				if (ch == '\\')
					i++;
				else if (ch == '"')
					str = false;
				continue;
			}
			if (ch == '"' || ch == '\'') {
				if (ch == '"')
					str = true;
				else if (i + 2 < len && text[i + 2] == '\'')
					i += 2;
				continue;
			}
			if (ch == '(' && depth < 64)
				open_col[depth++] = column(text, i + 1, base);
			else if (ch == ')' && depth > 0)
				depth--;
			else if (depth > 0 && i + 1 < len && text[i + 1] == ' ' &&
				 (ch == ',' || (i > 0 && text[i - 1] == ' ' && (ch == '+' || ch == '|' ||
						(ch == '&' && text[i - 2] == '&')))) &&
				 column(text, i + 1, base) <= 100 && depth <= brk_depth) {
				/* the outermost list first: its pieces are the longest */
				brk = (int)i;
				brk_depth = depth;
				brk_col = open_col[depth - 1];
			} else if (brk < 0 && depth > 0 && ch == ' ' &&
				   !strncmp(text + i + 1, "__maybe_unused", 14) &&
				   column(text, i, base) <= 100) {
				/* no comma left: a parameter's attribute goes on the next line */
				brk = (int)i - 1;
				brk_col = open_col[depth - 1];
			}
		}
		if (brk < 0)
			break;
		outf(o, "%s%.*s\n", indent, brk + 1, text);
		text += brk + 2;	/* the space after the break goes */
		len -= (size_t)brk + 2;
		indent = xasprintf("%.*s%*s", brk_col / 8, "\t\t\t\t\t\t\t\t\t\t\t\t", brk_col % 8, "");
		base = brk_col;
	}
	outf(o, "%s%.*s\n", indent, (int)len, text);
}

static void wrap_long_lines(struct out *o)
{
	struct out w = { 0 };
	const char *p = o->buf, *end = o->buf + o->len;
	bool comment = false;

	while (p < end) {
		const char *nl = memchr(p, '\n', (size_t)(end - p));
		size_t n = nl ? (size_t)(nl - p) : (size_t)(end - p);
		size_t lead = strspn(p, "\t ");

		if (!comment && p[lead] == '/' && p[lead + 1] == '*' && !memmem(p, n, "*/", 2))
			comment = true;
		if (comment || p[lead] == '#' || p[lead] == '/' || (n && p[n - 1] == '\\'))
			outf(&w, "%.*s\n", (int)n, p);
		else
			wrap_line(&w, p, n);
		if (comment && memmem(p, n, "*/", 2))
			comment = false;
		if (!nl)
			break;
		p = nl + 1;
	}
	if (o->len && o->buf[o->len - 1] != '\n')
		w.len--;	/* no newline was there */
	free(o->buf);
	*o = w;
}

/*
 * Rooms: which folder under -o DIR a file of the spec's output goes to, by
 * who compiles it. kernel/: the module's sources (built into khttp.ko, and
 * also into the user-space tests that run the same code); user/: only
 * user-space programs (the test suites and khtrace). --driver writes every
 * file into DIR itself: all of its output is the driver's.
 */
static const struct room {
	const char *name, *room;
} rooms[] = {
	{ "kh_abi_views.h", "kernel" },
	{ "kh_capture.c", "kernel" },
	{ "kh_decode.h", "kernel" },
	{ "kh_emit.c", "kernel" },
	{ "kh_entry.c", "kernel" },
	{ "kh_ioctl_cmds.h", "kernel" },
	{ "kh_layout_asserts.h", "kernel" },
	{ "kh_thunks.h", "kernel" },
	{ "kh_decode.c", "user" },
	{ "kh_ioctl_table.c", "user" },
	{ "kh_layout_probe.c", "user" },
	{ "kh_layout_tables.c", "user" },
	{ "kh_ptables.c", "user" },
	{ "kh_ptables.h", "user" },
	{ "kh_test_graphs.c", "user" },
	{ "kh_test_graphs.h", "user" },
};

/* dir/ROOM for a kh_ file outside --driver (created), else dir itself */
static char *room_dir(const char *dir, const char *name)
{
	char *sub;

	if (driver_prefix || strncmp(name, "kh_", 3))
		return xstrdup(dir);
	for (size_t i = 0; i < sizeof(rooms) / sizeof(rooms[0]); i++) {
		if (strcmp(rooms[i].name, name))
			continue;
		sub = xasprintf("%s/%s", dir, rooms[i].room);
		if (mkdir(sub, 0777) && errno != EEXIST) {
			fprintf(stderr, "thunkgen: cannot create %s: %s\n", sub, strerror(errno));
			exit(1);
		}
		return sub;
	}
	fprintf(stderr, "thunkgen: internal error: %s has no room (gen/out.c)\n", name);
	exit(1);
}

void out_write(struct out *o, const char *dir, const char *name)
{
	char *path, *room = room_dir(dir, name);
	FILE *f;

	spdx_style(o, name);
	if (!strncmp(name, "kh_", 3))	/* the spec's thunk files, not --layout-asserts */
		wrap_long_lines(o);
	if (driver_prefix)	/* --driver: kh_ names become the driver's (driver.c) */
		driver_rename(o, &name);
	path = xasprintf("%s/%s", room, name);
	free(room);
	f = fopen(path, "rb");

	if (f) {
		char *old = xcalloc(1, o->len + 2);
		size_t n = fread(old, 1, o->len + 1, f);

		fclose(f);
		if (n == o->len && !memcmp(old, o->buf, o->len)) {
			free(old);
			free(path);
			return;
		}
		free(old);
	}
	f = fopen(path, "wb");
	if (!f || fwrite(o->buf, 1, o->len, f) != o->len || fclose(f)) {
		fprintf(stderr, "thunkgen: cannot write %s: %s\n", path, strerror(errno));
		exit(1);
	}
	free(path);
}
