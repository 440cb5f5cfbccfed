// SPDX-License-Identifier: GPL-2.0 OR MIT
/* Text buffers for generated files; a file is rewritten only when it changes. */
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

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
		     "/*\n * Generated from %s by thunkgen: %s.\n"
		     " * Do not edit; run `make gen`.\n */\n", s->path, what);
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

void out_write(struct out *o, const char *dir, const char *name)
{
	char *path = xasprintf("%s/%s", dir, name);
	FILE *f;

	spdx_style(o, name);
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
