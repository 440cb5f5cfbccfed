// SPDX-License-Identifier: GPL-2.0 OR MIT
/* Writes kh_entry.c: one entry thunk per ioctl and ABI, and the dispatch by ABI and command. */
#include <stdio.h>
#include <string.h>

#include "emit.h"
#include "ioctl.h"
#include "names.h"
#include "plan.h"

/*
 * The KH_OUT and KH_INOUT members of an ioctl argument go back to the
 * caller in runs: members next to each other in the view are one copy (the
 * whole view when every member goes back), so a caller sees one write per
 * run and never one of its KH_IN members rewritten.
 */
struct run {
	const struct field *first, *last;
};

static int copyback_runs(const struct type *arg, struct run *runs)
{
	int n = 0;
	bool open = false;

	for (int i = 0; i < arg->nfields; i++) {
		const struct field *f = arg->fields[i];

		if (!plan_copies_back(f)) {
			open = false;
			continue;
		}
		if (!open)
			runs[n++].first = f;
		runs[n - 1].last = f;
		open = true;
	}
	return n;
}

/* "uarg + offsetof(V, m), &view.m, <bytes>" for a run */
static const char *run_args(const struct type *arg, int abi, const struct run *r)
{
	const char *vt = view_type(arg, abi), *a = r->first->name, *z = r->last->name;

	if (r->first == r->last)
		return xasprintf("uarg + offsetof(%s, %s), &view.%s, sizeof(view.%s)", vt, a, a, a);
	bool to_end = r->last == arg->fields[arg->nfields - 1];

	if (r->first->offset[abi] == 0 && to_end)
		return "uarg, &view, sizeof(view)";
	if (to_end)	/* with the tail padding, as read */
		return xasprintf("uarg + offsetof(%s, %s), &view.%s, sizeof(view) - offsetof(%s, %s)",
				 vt, a, a, vt, a);
	return xasprintf("uarg + offsetof(%s, %s), &view.%s, offsetofend(%s, %s) - offsetof(%s, %s)",
			 vt, a, a, vt, z, vt, a);
}

static void write_copyback(struct out *o, const struct type *arg, int abi)
{
	struct run *runs = xcalloc((size_t)arg->nfields + 1, sizeof(*runs));
	int n = copyback_runs(arg, runs);

	for (int r = 0; r < n; r++) {
		for (int i = 0; i < arg->nfields; i++) {
			const struct field *f = arg->fields[i];

			if (f->offset[abi] < runs[r].first->offset[abi] ||
			    f->offset[abi] > runs[r].last->offset[abi] || !plan_copies_back(f))
				continue;
			if (f->type->kind == T_INT)
				outf(o, "\t\tview.%s = (%s)args->%s;\n", f->name,
				     view_scalar(f->type, abi), f->name);
			else
				outf(o, "\t\tmemcpy(&view.%s, &args->%s, sizeof(view.%s));\n", f->name,
				     f->name, f->name);
		}
		outf(o, "\t\tif (kh_copy_out(c, %s))\n", run_args(arg, abi, &runs[r]));
		outf(o, "\t\t\treturn -EFAULT;\n");
	}
}

/*
 * Before the core: the out members written back as read and the out
 * buffers faulted in writable, so that a read-only argument fails with
 * -EFAULT before any work is committed
 */
static void write_probe(struct out *o, const struct type *arg, int abi)
{
	struct run *runs = xcalloc((size_t)arg->nfields + 1, sizeof(*runs));
	int n = copyback_runs(arg, runs);

	for (int r = 0; r < n; r++) {
		outf(o, "\tif (kh_probe_out(c, %s))\n", run_args(arg, abi, &runs[r]));
		outf(o, "\t\treturn -EFAULT;\n");
	}
	if (plan_has_out_buffers(arg))
		outf(o, "\tif (kh_probe_outbufs(c))\n\t\treturn -EFAULT;\n");
}

/* the out buffers go back (cond: a prefix that limits it to a success) */
static void write_flush(struct out *o, const struct type *arg, const char *cond)
{
	if (plan_has_out_buffers(arg))
		outf(o, "\t\tif (%skh_flush_outbufs(c))\n\t\t\treturn -EFAULT;\n", cond);
}

/* whether anything goes back to the caller after the core */
static bool has_copyback(const struct ioctl_def *io)
{
	const struct type *arg = io->arg;

	if (io->copyback_whole || plan_has_out_buffers(arg))
		return true;
	for (int i = 0; i < arg->nfields; i++)
		if (plan_copies_back(arg->fields[i]))
			return true;
	return false;
}

/*
 * KH_COPYBACK_WHOLE: the whole struct goes back as the kernel's generic
 * usercopy writes it (video_usercopy, drm_ioctl): every member laid out
 * by the emit function into a zeroed view, padding included (x32's
 * struct v4l2_input has 4 bytes of it at the end, i386's none)
 */
static void write_copyback_whole(struct out *o, const struct type *arg, int abi)
{
	outf(o, "\t\tstruct kh_emitter e = { 0 };\n\n");
	outf(o, "\t\tmemset(&view, 0, sizeof(view));\n");
	outf(o, "\t\te.kbuf = (char *)&view;\n\t\te.size = sizeof(view);\n");
	outf(o, "\t\te.off = sizeof(view);\n\t\te.ubase = uarg;\n");
	outf(o, "\t\t%s(&e, &view, args);\n", fn_name("emit", arg, abi));
	outf(o, "\t\tif (kh_copy_out(c, uarg, &view, sizeof(view)))\n\t\t\treturn -EFAULT;\n");
}

/*
 * KH_OUT_TRUNC buffers: the driver wrote at most len bytes and set len to
 * the full length: min(len before, len after) bytes go back. They go back
 * first: a fault there is the call's error and the struct stays as it was
 * (drm_version's strings). Returns whether the argument has such buffers.
 */
static bool write_trunc_used(struct out *o, const struct type *arg, int abi)
{
	bool any = false;

	for (int i = 0; i < arg->nfields; i++) {
		const struct field *f = arg->fields[i];
		const struct action *a;

		if (f->type->kind != T_PTR)
			continue;
		a = plan_member(f, abi, TO_KERNEL);
		if (a->fetch != FETCH_OUT_BUFFER || !a->out_trunc)
			continue;
		outf(o, "\t\tkh_out_used(c, args->%s, args->%s < view.%s ? args->%s : view.%s);\n",
		     f->name, a->count_member, a->count_member, a->count_member, a->count_member);
		any = true;
	}
	return any;
}

static void write_copyback_cond(struct out *o, const struct ioctl_def *io)
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

static void write_entry_fn(struct out *o, const struct ioctl_def *io, int abi)
{
	const struct type *arg = io->arg;
	const char *name = entry_name(io, abi);

	if (!arg) {
		outf(o, "\nstatic long %s(struct kh_ctx *c, void __user *uarg __maybe_unused)\n{\n", name);
		outf(o, "\treturn %s(c);\n}\n", core_name(io));
		return;
	}
	const char *vt = is_record(arg) ? view_type(arg, abi) : view_scalar(arg, abi);
	const char *nt = native_type(arg);
	bool on_stack = plan_args_on_stack(arg);

	outf(o, "\nstatic long %s(struct kh_ctx *c, void __user *uarg)\n{\n", name);
	if (on_stack)
		outf(o, "\t%s view;\n\t%s kargs, *args = &kargs;\n\tlong ret;\n\n", vt, nt);
	else
		outf(o, "\t%s view;\n\t%s *args;\n\tvoid *p;\n\tlong ret;\n\n", vt, nt);
	if (io->null_arg_err)
		outf(o, "\tif (!uarg)\n\t\treturn -%s;\n", io->null_arg_err);
	outf(o, "\tif (kh_copy_in(c, &view, uarg, sizeof(view)))\n\t\treturn -EFAULT;\n");
	if (on_stack) {	/* zeroed as an arena piece is */
		outf(o, "\tmemset(&kargs, 0, sizeof(kargs));\n");
	} else {
		outf(o, "\tret = kh_alloc(c, &p, 1, sizeof(*args), __alignof__(*args));\n");
		outf(o, "\tif (ret)\n\t\treturn ret;\n\targs = p;\n");
	}
	if (is_record(arg))
		outf(o, "\tret = %s(c, args, &view);\n\tif (ret)\n\t\treturn ret;\n",
		     fn_name("capture", arg, abi));
	else
		outf(o, "\t*args = view;\n");
	if (is_record(arg) && !io->no_probe)
		write_probe(o, arg, abi);
	outf(o, "\tret = %s(c, args);\n", core_name(io));
	if (!is_record(arg) && (io->dir & IOC_READ))	/* _IOR(..., int): the value goes back */
		outf(o, "\tif (ret == 0) {\n\t\tview = (%s)*args;\n"
			 "\t\tif (kh_copy_out(c, uarg, &view, sizeof(view)))\n"
			 "\t\t\treturn -EFAULT;\n\t}\n", vt);
	if (is_record(arg) && has_copyback(io)) {
		const char *cond = io->copyback == CB_SUCCESS && !io->ncopyback_errs ?
				   "" : "ret == 0 && ";

		write_copyback_cond(o, io);
		if (io->copyback_whole) {
			write_copyback_whole(o, arg, abi);
			write_flush(o, arg, cond);
		} else if (write_trunc_used(o, arg, abi)) {
			write_flush(o, arg, cond);
			write_copyback(o, arg, abi);
		} else {
			write_copyback(o, arg, abi);
			write_flush(o, arg, cond);
		}
		outf(o, "\t}\n");
	}
	outf(o, "\treturn ret;\n}\n");
}

void write_entry_c(const struct spec *s, const char *dir)
{
	struct out o = { 0 };

	out_banner(&o, s, "ioctl entry thunks and dispatch", true);
	outf(&o, "#include \"kh_thunks.h\"\n");
	outf(&o, "\n/*\n * Each thunk: copy the argument in, capture its graph, call the core,\n"
		 " * copy the out members back as the ioctl's policy says. On any other\n"
		 " * error the caller's memory is left as it was.\n */\n");
	for (int abi = 0; abi < KH_LAYOUT_NABI; abi++)
		for (int i = 0; i < s->nioctls; i++)
			write_entry_fn(&o, &s->ioctls[i], abi);
	outf(&o, "\nlong kh_ioctl_dispatch(struct kh_ctx *c, unsigned int cmd, void __user *uarg)\n{\n");
	outf(&o, "\tswitch (c->abi) {\n");
	for (int abi = 0; abi < KH_LAYOUT_NABI; abi++) {
		outf(&o, "\tcase %s:\n\t\tswitch (cmd) {\n", abi_enum[abi]);
		for (int i = 0; i < s->nioctls; i++)
			outf(&o, "\t\tcase %s:\n\t\t\treturn %s(c, uarg);\n",
			     ioctl_abi_macro(&s->ioctls[i], abi), entry_name(&s->ioctls[i], abi));
		outf(&o, "\t\t}\n\t\tbreak;\n");
	}
	outf(&o, "\t}\n\treturn -ENOTTY;\n}\n");
	out_write(&o, dir, "kh_entry.c");
}
