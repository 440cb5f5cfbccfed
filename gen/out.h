/* SPDX-License-Identifier: GPL-2.0 OR MIT */
/* Text buffers for generated files. */
#ifndef THUNKGEN_OUT_H
#define THUNKGEN_OUT_H

#include <stddef.h>

#include "model.h"

struct out {
	char *buf;
	size_t len, cap;
};

void outf(struct out *o, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* the first line of every generated file */
void out_banner(struct out *o, const struct spec *s, const char *what, bool c_comment);
/* writes dir/name unless it already holds exactly this text */
void out_write(struct out *o, const char *dir, const char *name);

#endif
