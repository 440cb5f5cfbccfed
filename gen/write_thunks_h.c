// SPDX-License-Identifier: GPL-2.0 OR MIT
/* Writes kh_thunks.h: thunk prototypes, value checks, driver hooks, the core's entry points. */
#include <stdio.h>
#include <string.h>

#include "emit.h"
#include "names.h"
#include "plan.h"

static bool enum_used(const struct spec *s, const struct type *e)
{
	for (int i = 0; i < s->ntypes; i++)
		for (int j = 0; j < s->types[i]->nfields; j++)
			if (s->types[i]->fields[j]->ann.enum_type == e)
				return true;
	return false;
}

static void emit_enum_checks(struct out *o, const struct spec *s)
{
	for (int i = 0; i < s->ntypes; i++) {
		const struct type *e = s->types[i];

		if (!e->is_enum || !enum_used(s, e))
			continue;
		outf(o, "\nstatic inline bool kh_valid_%s(__s64 v)\n{\n\tswitch (v) {\n", short_name(e));
		for (int k = 0; k < e->nenums; k++) {
			bool dup = false;

			for (int j = 0; j < k; j++)
				dup |= e->enums[j].value == e->enums[k].value;
			if (!dup)
				outf(o, "\tcase %s:\n", e->enums[k].name);
		}
		outf(o, "\t\treturn true;\n\tdefault:\n\t\treturn false;\n\t}\n}\n");
	}
}

static void collect_hooks(const struct spec *s, struct out *h)
{
	for (int i = 0; i < s->ntypes; i++) {
		const struct type *t = s->types[i];

		for (int j = 0; j < t->nfields; j++) {
			const char *hook = t->fields[j]->ann.select_hook;
			const struct type *owner = t;

			if (!hook)
				continue;
			/* the hook sees the named record the union lives in */
			while (owner->anonymous)
				for (int k = 0; k < s->ntypes; k++)
					for (int m = 0; m < s->types[k]->nfields; m++)
						if (s->types[k]->fields[m]->type == owner)
							owner = s->types[k];
			outf(h, "\n/* driver hook: the KH_WHEN value (or arm index) of the live arm */\n");
			outf(h, "int %s(void *priv, const %s %s *obj);\n", hook, record_kw(owner),
			     owner->name);
		}
	}
}

void write_thunks_h(const struct spec *s, const char *dir)
{
	struct out h = { 0 };

	out_banner(&h, s, "thunk prototypes and the core's entry points", true);
	outf(&h, "#ifndef KH_THUNKS_H\n#define KH_THUNKS_H\n\n");
	outf(&h, "#include \"kh_rt.h\"\n#include \"kh_abi_views.h\"\n#include \"kh_ioctl_cmds.h\"\n");
	emit_enum_checks(&h, s);
	collect_hooks(s, &h);
	for (int abi = 0; abi < KH_LAYOUT_NABI; abi++) {
		outf(&h, "\n/* %s */\n", abis[abi].name);
		for (int i = 0; i < s->ntypes; i++) {
			const struct type *t = s->types[i];

			if (!wants_thunks(t))
				continue;
			outf(&h, "int %s(struct kh_ctx *c, %s %s *dst, const %s *src);\n",
			     fn_name("capture", t, abi), record_kw(t), t->name, view_type(t, abi));
			outf(&h, "size_t %s(size_t off, const %s %s *src);\n",
			     fn_name("measure", t, abi), record_kw(t), t->name);
			outf(&h, "void %s(struct kh_emitter *e, %s *dst, const %s %s *src);\n",
			     fn_name("emit", t, abi), view_type(t, abi), record_kw(t), t->name);
		}
	}
	outf(&h, "\n/* the receive path: lay src out in the caller's KH_EMIT buffer */\n");
	for (int i = 0; i < s->ntypes; i++)
		if (wants_thunks(s->types[i]) && is_emit_target(s, s->types[i]))
			outf(&h, "int kh_%s_to_user(struct kh_ctx *c, const %s %s *src, __u32 *needed);\n",
			     short_name(s->types[i]), record_kw(s->types[i]), s->types[i]->name);
	outf(&h, "\n/* implemented by the core: the ABI-free handlers */\n");
	for (int i = 0; i < s->nioctls; i++) {
		const struct ioctl_def *io = &s->ioctls[i];

		if (io->arg)
			outf(&h, "long %s(struct kh_ctx *c, %s *args);\n", core_name(io),
			     native_type(io->arg));
		else
			outf(&h, "long %s(struct kh_ctx *c);\n", core_name(io));
	}
	outf(&h, "\n/* the caller's ABI picks the thunk; -ENOTTY for unknown commands */\n");
	outf(&h, "long kh_ioctl_dispatch(struct kh_ctx *c, unsigned int cmd, void __user *uarg);\n");
	outf(&h, "\n#endif /* KH_THUNKS_H */\n");
	out_write(&h, dir, "kh_thunks.h");
}
