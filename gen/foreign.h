/* SPDX-License-Identifier: GPL-2.0 OR MIT */
/* Real uapi headers: options, the preprocessor front end, policy files. */
#ifndef THUNKGEN_FOREIGN_H
#define THUNKGEN_FOREIGN_H

#include "pp.h"

struct foreign {
	bool active;		/* any option below: read HEADER through cpp */
	bool list;		/* --list-ioctls */
	const char *policy;	/* --policy FILE */
	const char *layout_dir;	/* --layout-asserts DIR */
	const char *driver;	/* --driver PREFIX: the compat handler (driver.c) */
	struct pp_opts opts;
	struct pp_result res;
};

/* takes argv[*i] (and its value) if it is one of ours */
bool foreign_arg(struct foreign *fo, int argc, char **argv, int *i);
/* reads the header; true when the mode is done (--list-ioctls, --layout-asserts) */
bool foreign_read(struct spec *s, const char *header, struct foreign *fo);

/* --driver with -I: DIR/cflags and DIR/shim for a user-space build of the output */
void foreign_driver_cflags(const struct foreign *fo, const char *dir);

/* policy.c: the annotations of a policy file, applied to the parsed header */
void policy_apply(struct spec *s, const char *path);

#endif
