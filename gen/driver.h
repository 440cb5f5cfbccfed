/* SPDX-License-Identifier: GPL-2.0 OR MIT */
/* thunkgen --driver PREFIX: a compat ioctl handler a driver drops in (driver.c). */
#ifndef THUNKGEN_DRIVER_H
#define THUNKGEN_DRIVER_H

#include "model.h"
#include "out.h"

/* thunk/runtime's files, embedded at build time (gen/embed.awk, mk/gen.mk) */
struct rt_file {
	const char *name;
	const char *text;
};
extern const struct rt_file driver_runtime[];

/* set while a --driver output is written: out_write renames through driver_rename */
extern const char *driver_prefix;
void driver_rename(struct out *o, const char **name);

/* the runtime, the usual thunk files and PREFIX_compat.[ch], renamed, into dir */
void emit_driver(const struct spec *s, const char *dir, const char *prefix);

#endif
