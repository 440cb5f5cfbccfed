/* SPDX-License-Identifier: GPL-2.0 OR MIT */
/* The generated files: one function per file thunkgen writes. */
#ifndef THUNKGEN_EMIT_H
#define THUNKGEN_EMIT_H

#include "model.h"
#include "out.h"

void emit_layout_tables(const struct spec *s, const char *dir);
void emit_layout_probe(const struct spec *s, const char *dir);
void emit_abi_views(const struct spec *s, const char *dir);
void emit_ioctl_cmds(const struct spec *s, const char *dir);
void emit_layout_asserts(const struct spec *s, const char *dir);
/* the thunks: kh_thunks.h, kh_capture.c, kh_emit.c, kh_entry.c */
void emit_thunks(const struct spec *s, const char *dir);
void write_thunks_h(const struct spec *s, const char *dir);
void write_capture_c(const struct spec *s, const char *dir);
void write_emit_c(const struct spec *s, const char *dir);
void write_entry_c(const struct spec *s, const char *dir);
void emit_test_graphs(const struct spec *s, const char *dir);
void emit_ptables(const struct spec *s, const char *dir);
void emit_decoders(const struct spec *s, const char *dir);

/* report.c */
void print_report(const struct spec *s);
int print_lint(const struct spec *s);

#endif
