/* SPDX-License-Identifier: GPL-2.0 OR MIT */
/* Real headers through the C preprocessor, once per ABI (pp.c). */
#ifndef THUNKGEN_PP_H
#define THUNKGEN_PP_H

#include "model.h"

struct pp_opts {
	const char **incs;	/* -I DIR, in order */
	int ninc;
	const char *cc;		/* the compiler whose cpp runs: $CC or cc */
};

/* a macro of the header that is, or builds, an ioctl command */
struct pp_cmd {
	const char *name;
	struct pos pos;
	const char *why;	/* NULL: an ioctl of s->ioctls */
};

struct pp_result {
	struct pp_cmd *cmds;	/* in the header's order */
	int ncmds;
	int nrecords;		/* structs and unions the header itself defines */
};

/*
 * Preprocesses HEADER (a path, or a name found in the -I dirs like
 * <drm/drm.h>) with the real cpp for x86_64, i386 and x32, parses each,
 * keeps the x86_64 parse in s with every layout taken from its own ABI's
 * parse, and finds every command macro by expanding it in each ABI.
 */
void pp_read(struct spec *s, const char *header, const struct pp_opts *o, struct pp_result *r);
/* the kernel-marker stand-ins (linux/compiler.h) a raw include/uapi tree needs */
void pp_write_shim(const char *dir);
/* the flags a compiler needs to include the header as pp_read read it */
const char *pp_cflags(const struct pp_opts *o, const char *shim);
/* "struct drm_version", "unsigned int[2]", "void *" */
const char *pp_type_name(const struct type *t, char *buf, size_t len);

#endif
