// SPDX-License-Identifier: GPL-2.0 OR MIT
/*
 * The thunk files: kh_thunks.h (prototypes, value checks, the core's entry
 * points), kh_capture.c, kh_emit.c and kh_entry.c (the ioctl entry thunks
 * and the dispatch by ABI and command).
 */
#include <stdio.h>
#include <string.h>

#include "cg.h"
#include "emit.h"
#include "emit_code.h"

static const char *const abi_enum[ABI_COUNT] = { "KH_LAYOUT_X86_64", "KH_LAYOUT_I386",
						 "KH_LAYOUT_X32" };

static bool enum_used(const struct spec *s, const struct type *e)
{
	for (int i = 0; i < s->ntypes; i++)
		for (int j = 0; j < s->types[i]->nfields; j++)
			if (s->types[i]->fields[j]->ann.enum_type == e)
				return true;
	for (int i = 0; i < s->ntypes; i++)	/* members of anonymous records */
		if (s->types[i]->anonymous)
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
		outf(o, "\nstatic inline bool kh_valid_%s(__s64 v)\n{\n\tswitch (v) {\n", e->name);
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

/* pointee types of KH_EMIT members: what the core hands to *_to_user */
static bool is_emit_target(const struct spec *s, const struct type *t)
{
	for (int i = 0; i < s->ntypes; i++)
		for (int j = 0; j < s->types[i]->nfields; j++) {
			const struct field *f = s->types[i]->fields[j];

			if (f->type->kind == T_PTR && f->ann.ptr == PTR_EMIT && f->type->pointee == t)
				return true;
		}
	return false;
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
			outf(h, "/* driver hook: the KH_WHEN value (or arm index) of the live arm */\n");
			outf(h, "int %s(void *priv, const %s %s *obj);\n", hook, record_kw(owner),
			     owner->name);
		}
	}
}

static const char *core_name(const struct ioctl_def *io)
{
	return xasprintf("%s_core", ioctl_lower(io));
}

static void emit_header(const struct spec *s, const char *dir)
{
	struct out h = { 0 };

	out_banner(&h, s, "thunk prototypes and the core's entry points", true);
	outf(&h, "#ifndef KH_THUNKS_H\n#define KH_THUNKS_H\n\n");
	outf(&h, "#include \"kh_rt.h\"\n#include \"kh_abi_views.h\"\n#include \"kh_ioctl_cmds.h\"\n");
	emit_enum_checks(&h, s);
	outf(&h, "\n");
	collect_hooks(s, &h);
	for (int abi = 0; abi < ABI_COUNT; abi++) {
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
			     s->types[i]->name, record_kw(s->types[i]), s->types[i]->name);
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
	outf(&h, "long kh_ioctl_dispatch(struct kh_ctx *c, unsigned int cmd, kh_uaddr_t uarg);\n");
	outf(&h, "\n#endif /* KH_THUNKS_H */\n");
	out_write(&h, dir, "kh_thunks.h");
}

static void emit_capture_file(const struct spec *s, const char *dir)
{
	struct out o = { 0 };

	out_banner(&o, s, "capture, user -> kernel, per record and ABI", true);
	outf(&o, "#include \"kh_thunks.h\"\n");
	for (int abi = 0; abi < ABI_COUNT; abi++)
		for (int i = 0; i < s->ntypes; i++)
			if (wants_thunks(s->types[i]))
				emit_capture_fn(&o, s, s->types[i], abi);
	out_write(&o, dir, "kh_capture.c");
}

static void emit_emit_file(const struct spec *s, const char *dir)
{
	struct out o = { 0 };

	out_banner(&o, s, "measure and emit, kernel -> user buffer, per record and ABI", true);
	outf(&o, "#include \"kh_thunks.h\"\n");
	for (int abi = 0; abi < ABI_COUNT; abi++)
		for (int i = 0; i < s->ntypes; i++)
			if (wants_thunks(s->types[i])) {
				emit_measure_fn(&o, s, s->types[i], abi);
				emit_emit_fn(&o, s, s->types[i], abi);
			}
	for (int i = 0; i < s->ntypes; i++) {
		const struct type *t = s->types[i];

		if (!wants_thunks(t) || !is_emit_target(s, t))
			continue;
		for (int abi = 0; abi < ABI_COUNT; abi++) {
			emit_partial_fn(&o, t, abi);
			emit_to_user_fn(&o, t, abi);
		}
		outf(&o, "\nint kh_%s_to_user(struct kh_ctx *c, const %s %s *src, __u32 *needed)\n{\n",
		     t->name, record_kw(t), t->name);
		outf(&o, "\tif (!c->has_emit)\n\t\treturn -EINVAL;\n\tswitch (c->abi) {\n");
		for (int abi = 0; abi < ABI_COUNT; abi++)
			outf(&o, "\tcase %s:\n\t\treturn %s(c, src, needed);\n", abi_enum[abi],
			     fn_name("to_user", t, abi));
		outf(&o, "\tdefault:\n\t\treturn -EINVAL;\n\t}\n}\n");
	}
	out_write(&o, dir, "kh_emit.c");
}

/* a KH_OUT or KH_INOUT member of an ioctl argument: it goes back to the caller */
static bool copied_back(const struct field *f)
{
	return f->ann.dir != DIR_IN && !f->ann.no_writeback && f->type->kind != T_PTR && f->name;
}

static void emit_copyback(struct out *o, const struct type *arg, int abi)
{
	for (int i = 0; i < arg->nfields; i++) {
		const struct field *f = arg->fields[i];

		if (!copied_back(f))
			continue;
		if (f->type->kind == T_INT)
			outf(o, "\t\tview.%s = (%s)args->%s;\n", f->name, view_scalar(f->type, abi),
			     f->name);
		else
			outf(o, "\t\tmemcpy(&view.%s, &args->%s, sizeof(view.%s));\n", f->name, f->name,
			     f->name);
		outf(o, "\t\tif (kh_copy_out(c, uarg + offsetof(%s, %s), &view.%s, sizeof(view.%s)))\n",
		     view_type(arg, abi), f->name, f->name, f->name);
		outf(o, "\t\t\treturn -EFAULT;\n");
	}
}

/*
 * Before the core: the out members written back as read and the out
 * buffers faulted in writable, so that a read-only argument fails with
 * -EFAULT before any work is committed (issue 13, item 5)
 */
static void emit_probe(struct out *o, const struct type *arg, int abi)
{
	for (int i = 0; i < arg->nfields; i++) {
		const struct field *f = arg->fields[i];

		if (!copied_back(f))
			continue;
		outf(o, "\tif (kh_probe_out(c, uarg + offsetof(%s, %s), &view.%s, sizeof(view.%s)))\n",
		     view_type(arg, abi), f->name, f->name, f->name);
		outf(o, "\t\treturn -EFAULT;\n");
	}
	outf(o, "\tif (kh_probe_outbufs(c))\n\t\treturn -EFAULT;\n");
}

static void emit_copyback_cond(struct out *o, const struct ioctl_def *io)
{
	if (io->copyback == CB_ALWAYS) {
		outf(o, "\t{\n");
		return;
	}
	outf(o, "\tif (ret == 0");
	for (int e = 0; e < io->ncopyback_errs; e++)
		outf(o, " || ret == -%s", io->copyback_errs[e]);
	outf(o, ") {\n");
}

static void emit_entry_fn(struct out *o, const struct ioctl_def *io, int abi)
{
	const struct type *arg = io->arg;
	const char *name = xasprintf("kh_entry_%s%s", ioctl_lower(io), abis[abi].suffix);

	if (!arg) {
		outf(o, "\nstatic long %s(struct kh_ctx *c, kh_uaddr_t uarg)\n{\n", name);
		outf(o, "\t(void)uarg;\n\treturn %s(c);\n}\n", core_name(io));
		return;
	}
	const char *vt = is_record(arg) ? view_type(arg, abi) : view_scalar(arg, abi);
	const char *nt = native_type(arg);

	outf(o, "\nstatic long %s(struct kh_ctx *c, kh_uaddr_t uarg)\n{\n", name);
	outf(o, "\t%s view;\n\t%s *args;\n\tvoid *p;\n\tlong ret;\n\n", vt, nt);
	outf(o, "\tif (kh_copy_in(c, &view, uarg, sizeof(view)))\n\t\treturn -EFAULT;\n");
	outf(o, "\tret = kh_alloc(c, &p, 1, sizeof(*args), _Alignof(%s));\n", nt);
	outf(o, "\tif (ret)\n\t\treturn ret;\n\targs = p;\n");
	if (is_record(arg))
		outf(o, "\tret = %s(c, args, &view);\n\tif (ret)\n\t\treturn ret;\n",
		     fn_name("capture", arg, abi));
	else
		outf(o, "\t*args = view;\n");
	if (is_record(arg))
		emit_probe(o, arg, abi);
	outf(o, "\tret = %s(c, args);\n", core_name(io));
	if (is_record(arg)) {
		emit_copyback_cond(o, io);
		emit_copyback(o, arg, abi);
		outf(o, "\t\tif (ret == 0 && kh_flush_outbufs(c))\n\t\t\treturn -EFAULT;\n\t}\n");
	}
	outf(o, "\treturn ret;\n}\n");
}

static void emit_entry_file(const struct spec *s, const char *dir)
{
	struct out o = { 0 };

	out_banner(&o, s, "ioctl entry thunks and dispatch", true);
	outf(&o, "#include \"kh_thunks.h\"\n");
	outf(&o, "\n/*\n * Each thunk: copy the argument in, capture its graph, call the core,\n"
		 " * copy the out members back as the ioctl's policy says. On any other\n"
		 " * error the caller's memory is left as it was.\n */\n");
	for (int abi = 0; abi < ABI_COUNT; abi++)
		for (int i = 0; i < s->nioctls; i++)
			emit_entry_fn(&o, &s->ioctls[i], abi);
	outf(&o, "\nlong kh_ioctl_dispatch(struct kh_ctx *c, unsigned int cmd, kh_uaddr_t uarg)\n{\n");
	outf(&o, "\tswitch (c->abi) {\n");
	for (int abi = 0; abi < ABI_COUNT; abi++) {
		outf(&o, "\tcase %s:\n\t\tswitch (cmd) {\n", abi_enum[abi]);
		for (int i = 0; i < s->nioctls; i++)
			outf(&o, "\t\tcase %s:\n\t\t\treturn kh_entry_%s%s(c, uarg);\n",
			     ioctl_abi_macro(&s->ioctls[i], abi), ioctl_lower(&s->ioctls[i]),
			     abis[abi].suffix);
		outf(&o, "\t\t}\n\t\tbreak;\n");
	}
	outf(&o, "\t}\n\treturn -ENOTTY;\n}\n");
	out_write(&o, dir, "kh_entry.c");
}

void emit_thunks(const struct spec *s, const char *dir)
{
	emit_header(s, dir);
	emit_capture_file(s, dir);
	emit_emit_file(s, dir);
	emit_entry_file(s, dir);
}
