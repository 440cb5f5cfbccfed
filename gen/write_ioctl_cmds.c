// SPDX-License-Identifier: GPL-2.0 OR MIT
/*
 * ioctl command numbers per ABI and the table that maps a compat caller's
 * number to the native command (thunk/runtime/kh_ioctl_desc.h).
 */
#include <string.h>

#include "emit.h"
#include "ioctl.h"

void emit_ioctl_cmds(const struct spec *s, const char *dir)
{
	struct out h = { 0 }, c = { 0 };

	out_banner(&h, s, "ioctl command numbers per ABI", true);
	outf(&h, "#ifndef KH_IOCTL_CMDS_H\n#define KH_IOCTL_CMDS_H\n\n");
	outf(&h, "#include \"kh_ioctl_desc.h\"\n\n");
	outf(&h, "/* _IOC size differs between ABIs: the number a caller of each ABI passes */\n");
	for (int i = 0; i < s->nioctls; i++) {
		const struct ioctl_def *io = &s->ioctls[i];

		for (int a = 0; a < KH_LAYOUT_NABI; a++) {
			const char *suf = a == KH_LAYOUT_X86_64 ? "_X86_64" : a == KH_LAYOUT_IA32 ? "_IA32" : "_X32";

			outf(&h, "#define %s%s\t0x%08xU\t/* size %u */\n", io->name, suf, io->cmd[a],
			     io->arg ? io->arg->size[a] : 0);
		}
	}
	outf(&h, "\n#define KH_IOCTL_COUNT %d\n", s->nioctls);
	outf(&h, "extern const struct kh_ioctl_desc kh_ioctl_table[KH_IOCTL_COUNT];\n");
	outf(&h, "\n#endif /* KH_IOCTL_CMDS_H */\n");
	out_write(&h, dir, "kh_ioctl_cmds.h");

	out_banner(&c, s, "ioctl table", true);
	outf(&c, "#include \"kh_ioctl_cmds.h\"\n\n");
	outf(&c, "const struct kh_ioctl_desc kh_ioctl_table[KH_IOCTL_COUNT] = {\n");
	for (int i = 0; i < s->nioctls; i++) {
		const struct ioctl_def *io = &s->ioctls[i];

		outf(&c, "\t{\n\t\t.name = \"%s\",\n", io->name);
		outf(&c, "\t\t.arg_type = \"%s\",\n", io->arg ? io->arg->name : "");
		outf(&c, "\t\t.cmd = { 0x%08xU, 0x%08xU, 0x%08xU },\n", io->cmd[0], io->cmd[1],
		     io->cmd[2]);
		if (io->arg)
			outf(&c, "\t\t.arg_size = { %u, %u, %u },\n", io->arg->size[0],
			     io->arg->size[1], io->arg->size[2]);
		outf(&c, "\t\t.copyback = %s,\n",
		     io->copyback == CB_ALWAYS ? "KH_COPYBACK_POLICY_ALWAYS" :
						 "KH_COPYBACK_POLICY_SUCCESS");
		if (io->ncopyback_errs) {
			outf(&c, "\t\t.copyback_errs = {");
			for (int e = 0; e < io->ncopyback_errs; e++)
				outf(&c, " %s,", io->copyback_errs[e]);
			outf(&c, " },\n");
		}
		outf(&c, "\t},\n");
	}
	outf(&c, "};\n");
	out_write(&c, dir, "kh_ioctl_table.c");
}
