// SPDX-License-Identifier: GPL-2.0 OR MIT
/* The four thunk files, each written by the file named after it. */
#include "emit.h"

void emit_thunks(const struct spec *s, const char *dir)
{
	write_thunks_h(s, dir);
	write_capture_c(s, dir);
	write_emit_c(s, dir);
	write_entry_c(s, dir);
}
