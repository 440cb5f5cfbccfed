// SPDX-License-Identifier: GPL-2.0 OR MIT
/*
 * thunkgen --driver PREFIX -o DIR HEADER: a compat ioctl handler a driver
 * drops into its Kbuild (docs/thunkgen.md, "Using thunkgen on your driver").
 *
 * Nothing here decides how a member is captured or copied back: the files
 * are the ones the usual writers print (views, command numbers, capture,
 * entry thunks, layout asserts) and the runtime of thunk/runtime, embedded
 * in thunkgen at build time (build/gen_runtime.c). What this file adds:
 *
 *  - every identifier of the output that starts with kh_ or KH_ is renamed
 *    to PREFIX_ / PREFIX_ (upper case), file names too (out_write calls
 *    driver_rename), so the output holds no khttp name and two drivers'
 *    copies cannot collide;
 *  - PREFIX_compat.c: the runtime's backend (the kernel's, or the user-space
 *    shim), one core per ioctl that hands the captured native argument to
 *    the driver's handler, and the entry points PREFIX_compat_ioctl and
 *    PREFIX_unlocked_ioctl; PREFIX_compat.h: what the driver sees.
 */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "driver.h"
#include "emit.h"
#include "names.h"

const char *driver_prefix;

static bool ident_char(char ch)
{
	return isalnum((unsigned char)ch) || ch == '_';
}

/* a copy of text with kh_... -> prefix_..., KH_... -> PREFIX_... (whole identifiers) */
static char *rename_ids(const char *text, size_t len, size_t *out_len)
{
	struct out o = { 0 };
	char *upper = xstrdup(driver_prefix);

	for (char *p = upper; *p; p++)
		*p = (char)toupper((unsigned char)*p);
	for (size_t i = 0; i < len;) {
		bool start = !i || !ident_char(text[i - 1]);

		if (start && i + 3 <= len && !memcmp(text + i, "kh_", 3)) {
			outf(&o, "%s_", driver_prefix);
			i += 3;
		} else if (start && i + 3 <= len && !memcmp(text + i, "KH_", 3)) {
			outf(&o, "%s_", upper);
			i += 3;
		} else {
			size_t n = 1;

			while (i + n < len && text[i + n] != 'k' && text[i + n] != 'K')
				n++;
			outf(&o, "%.*s", (int)n, text + i);
			i += n;
		}
	}
	free(upper);
	*out_len = o.len;
	return o.buf ? o.buf : xstrdup("");
}

void driver_rename(struct out *o, const char **name)
{
	size_t n, nn;
	char *text = rename_ids(o->buf ? o->buf : "", o->len, &n);

	free(o->buf);
	o->buf = text;
	o->len = o->cap = n;
	*name = rename_ids(*name, strlen(*name), &nn);
}

/* a name of the header that the renaming would take for one of ours */
static void refuse_own_names(const struct spec *s)
{
	for (int i = 0; i < s->ntypes; i++)
		if (s->types[i]->name && !strncasecmp(s->types[i]->name, "kh_", 3))
			die_at(s->types[i]->pos, "--driver: '%s' starts with kh_, which the "
			       "generated code renames", s->types[i]->name);
	for (int i = 0; i < s->nioctls; i++)
		if (!strncasecmp(s->ioctls[i].name, "kh_", 3))
			die_at(s->ioctls[i].pos, "--driver: '%s' starts with KH_, which the "
			       "generated code renames", s->ioctls[i].name);
}

/* the receive path (KH_EMIT) is khttp's; a driver's handler fills out members */
static void refuse_emit(const struct spec *s)
{
	for (int i = 0; i < s->ntypes; i++)
		for (int j = 0; j < s->types[i]->nfields; j++) {
			const struct field *f = s->types[i]->fields[j];

			if (f->type->kind == T_PTR && f->ann.ptr == PTR_EMIT && s->types[i]->reachable)
				die_at(f->ann.pos.file ? f->ann.pos : f->pos, "--driver: KH_EMIT is "
				       "not supported in a driver's handler (use KH_OUT)");
		}
}

static void write_runtime(const char *dir)
{
	for (const struct rt_file *f = driver_runtime; f->name; f++) {
		struct out o = { 0 };

		outf(&o, "%s", f->text);
		out_write(&o, dir, f->name);
	}
}

static void write_compat_h(const struct spec *s, const char *dir)
{
	struct out o = { 0 };

	out_banner(&o, s, "the compat ioctl handler's interface to the driver", true);
	outf(&o, "#ifndef KH_COMPAT_H\n#define KH_COMPAT_H\n\n");
	outf(&o, "#ifdef __KERNEL__\n#include <linux/types.h>\n\nstruct file;\n\n");
	outf(&o, "/*\n * Written by the driver: the ioctl with the number a 64-bit caller uses\n"
		 " * (%s_X86_64, ...) and kdata, its argument captured into kernel memory\n"
		 " * as the native struct: every pointer in it, to any depth, is a kernel\n"
		 " * pointer to what the caller's pointer held (NULL for a zero count or an\n"
		 " * optional pointer left NULL), out buffers are zeroed kernel buffers.\n"
		 " * kdata is NULL for an _IO command. Do not free or keep them: they live\n"
		 " * until the call returns. The return value is the ioctl's; on 0 (and on\n"
		 " * the errors the policy names) the out members and out buffers are\n"
		 " * copied back to the caller in its own layout.\n */\n",
	     s->nioctls ? s->ioctls[0].name : "CMD");
	outf(&o, "long kh_ioctl_kernel(struct file *file, unsigned int cmd, void *kdata);\n\n");
	outf(&o, "/* for file_operations.unlocked_ioctl: 64-bit callers, the same capture */\n");
	outf(&o, "long kh_unlocked_ioctl(struct file *file, unsigned int cmd, unsigned long arg);\n");
	outf(&o, "#ifdef CONFIG_COMPAT\n/* for file_operations.compat_ioctl: i386 and x32 callers */\n");
	outf(&o, "long kh_compat_ioctl(struct file *file, unsigned int cmd, unsigned long arg);\n");
	outf(&o, "#else\n#define kh_compat_ioctl NULL\n#endif\n\n");
	outf(&o, "#else /* user space: the shim (kh_compat.c, \"In user space\") */\n\n");
	outf(&o, "/* by default a real ioctl(fd, cmd, kdata): -errno or its result */\n");
	outf(&o, "long kh_ioctl_kernel(int fd, unsigned int cmd, void *kdata);\n");
	outf(&o, "/*\n * arg: the argument as a caller of abi (KH_LAYOUT_IA32, KH_LAYOUT_X32,\n"
		 " * KH_LAYOUT_X86_64) lays it out, in this process's memory; cmd: that\n"
		 " * ABI's command number. Returns what the kernel's handler would.\n */\n");
	outf(&o, "long kh_compat_ioctl_user(int fd, int abi, unsigned int cmd, void *arg);\n\n");
	outf(&o, "#endif /* __KERNEL__ */\n\n#endif /* KH_COMPAT_H */\n");
	out_write(&o, dir, "kh_compat.h");
}

static const char kernel_backend[] =
	"#ifdef __KERNEL__\n"
	"/* ---- the runtime's backend in the kernel ---- */\n"
	"\n"
	"void *kh_be_zalloc(size_t size)\n{\n\treturn kvzalloc(size, GFP_KERNEL_ACCOUNT);\n}\n\n"
	"void *kh_be_alloc(size_t size)\n{\n\treturn kvmalloc(size, GFP_KERNEL_ACCOUNT);\n}\n\n"
	"void kh_be_free(void *p)\n{\n\tkvfree(p);\n}\n\n"
	"int kh_be_copy_from_user(void *dst, void __user *src, size_t n)\n{\n"
	"\treturn copy_from_user(dst, src, n) ? -EFAULT : 0;\n}\n\n"
	"int kh_be_copy_to_user(void __user *dst, const void *src, size_t n)\n{\n"
	"\treturn copy_to_user(dst, src, n) ? -EFAULT : 0;\n}\n\n"
	"/* the bytes read go back (same), or the buffer is faulted in writable without a store */\n"
	"int kh_be_probe_write(void __user *dst, const void *same, size_t n)\n{\n"
	"\tif (!n)\n\t\treturn 0;\n"
	"\tif (same)\n\t\treturn copy_to_user(dst, same, n) ? -EFAULT : 0;\n"
	"\tif (!access_ok(dst, n))\n\t\treturn -EFAULT;\n"
	"\treturn fault_in_safe_writeable(dst, n) ? -EFAULT : 0;\n}\n\n"
	"long kh_be_strncpy_from_user(char *dst, void __user *src, long count)\n{\n"
	"\treturn strncpy_from_user(dst, src, count);\n}\n\n"
	"typedef struct file *kh_file_t;\n"
	"#define KH_FILE(c) ((struct file *)(c)->priv)\n"
	"#define KH_PRIV(f) ((void *)(f))\n"
	"\n"
	"#else\n"
	"/*\n"
	" * ---- In user space: the shim ----\n"
	" *\n"
	" * Built without __KERNEL__ (any 64-bit program: cc -I DIR DIR/kh_compat.c),\n"
	" * this file runs the same capture and copy-back in a process: a \"user\"\n"
	" * address is an address of this process, copy_from_user/copy_to_user are\n"
	" * memcpys checked by process_vm_readv/writev on the process itself (a bad\n"
	" * address is -EFAULT, never a crash), compat_ptr is (void *)(uintptr_t),\n"
	" * and the driver's handler is a real ioctl() on the fd with the native\n"
	" * command and the captured native argument (kh_ioctl_kernel below; define\n"
	" * KH_SHIM_OWN_HANDLER to write your own). So a 64-bit process can put a\n"
	" * 32-bit caller's argument through the generated code and compare with\n"
	" * what the kernel's own compat path makes of it.\n"
	" */\n"
	"\n"
	"static int kh_shim_rw(void *local, void __user *remote, size_t n, bool write)\n{\n"
	"\tstruct iovec l = { local, n }, r = { remote, n };\n"
	"\tssize_t got;\n\n"
	"\tif (!n)\n\t\treturn 0;\n"
	"\tgot = write ? process_vm_writev(getpid(), &l, 1, &r, 1, 0) :\n"
	"\t\t      process_vm_readv(getpid(), &l, 1, &r, 1, 0);\n"
	"\treturn got == (ssize_t)n ? 0 : -EFAULT;\n}\n\n"
	"void *kh_be_zalloc(size_t size)\n{\n\treturn calloc(1, size);\n}\n\n"
	"void *kh_be_alloc(size_t size)\n{\n\treturn malloc(size);\n}\n\n"
	"void kh_be_free(void *p)\n{\n\tfree(p);\n}\n\n"
	"int kh_be_copy_from_user(void *dst, void __user *src, size_t n)\n{\n"
	"\treturn kh_shim_rw(dst, src, n, false);\n}\n\n"
	"int kh_be_copy_to_user(void __user *dst, const void *src, size_t n)\n{\n"
	"\treturn kh_shim_rw((void *)src, dst, n, true);\n}\n\n"
	"/* a buffer is read and written back as it was (the kernel faults it in) */\n"
	"int kh_be_probe_write(void __user *dst, const void *same, size_t n)\n{\n"
	"\tvoid *tmp;\n\tint err;\n\n"
	"\tif (!n)\n\t\treturn 0;\n"
	"\tif (same)\n\t\treturn kh_shim_rw((void *)same, dst, n, true);\n"
	"\ttmp = malloc(n);\n\tif (!tmp)\n\t\treturn -ENOMEM;\n"
	"\terr = kh_shim_rw(tmp, dst, n, false);\n"
	"\tif (!err)\n\t\terr = kh_shim_rw(tmp, dst, n, true);\n"
	"\tfree(tmp);\n\treturn err;\n}\n\n"
	"/* strncpy_from_user(): the length without the NUL, count if none, or -EFAULT */\n"
	"long kh_be_strncpy_from_user(char *dst, void __user *src, long count)\n{\n"
	"\tfor (long i = 0; i < count; i++) {\n"
	"\t\tif (kh_shim_rw(dst + i, src + i, 1, false))\n\t\t\treturn -EFAULT;\n"
	"\t\tif (!dst[i])\n\t\t\treturn i;\n\t}\n"
	"\treturn count;\n}\n\n"
	"typedef int kh_file_t;\n"
	"#define KH_FILE(c) ((int)(intptr_t)(c)->priv)\n"
	"#define KH_PRIV(f) ((void *)(intptr_t)(f))\n"
	"\n"
	"#ifndef KH_SHIM_OWN_HANDLER\n"
	"long kh_ioctl_kernel(int fd, unsigned int cmd, void *kdata)\n{\n"
	"\tint r = ioctl(fd, cmd, kdata);\n\n"
	"\treturn r < 0 ? -errno : r;\n}\n"
	"#endif\n"
	"#endif /* __KERNEL__ */\n";

static const char entry_points[] =
	"static long kh_call(kh_file_t file, int abi, unsigned int cmd, void __user *uarg)\n{\n"
	"\tstruct kh_ctx c;\n\tlong ret;\n\n"
	"\tkh_ctx_init(&c, abi, KH_PRIV(file));\n"
	"\tret = kh_ioctl_dispatch(&c, cmd, uarg);\n"
	"\tkh_ctx_release(&c);\n\treturn ret;\n}\n\n"
	"#ifdef __KERNEL__\n"
	"long kh_unlocked_ioctl(struct file *file, unsigned int cmd, unsigned long arg)\n{\n"
	"\treturn kh_call(file, KH_LAYOUT_X86_64, cmd, (void __user *)arg);\n}\n\n"
	"#ifdef CONFIG_COMPAT\n"
	"/* i386 or x32 by the syscall that got here; their command numbers differ where sizes do */\n"
	"long kh_compat_ioctl(struct file *file, unsigned int cmd, unsigned long arg)\n{\n"
	"\tvoid __user *uarg = compat_ptr(arg);\n\n"
	"\tif (in_ia32_syscall())\n\t\treturn kh_call(file, KH_LAYOUT_IA32, cmd, uarg);\n"
	"\tif (in_x32_syscall())\n\t\treturn kh_call(file, KH_LAYOUT_X32, cmd, uarg);\n"
	"\treturn -ENOTTY;\n}\n#endif\n"
	"#else\n"
	"long kh_compat_ioctl_user(int fd, int abi, unsigned int cmd, void *arg)\n{\n"
	"\tif (abi != KH_LAYOUT_X86_64 && abi != KH_LAYOUT_IA32 && abi != KH_LAYOUT_X32)\n"
	"\t\treturn -EINVAL;\n"
	"\treturn kh_call(fd, abi, cmd, kh_native_uaddr(arg));\n}\n"
	"#endif\n";

/* KH_COPYBACK_WHOLE lays the struct out with the emit functions */
static bool needs_emit(const struct spec *s)
{
	for (int i = 0; i < s->nioctls; i++)
		if (s->ioctls[i].copyback_whole)
			return true;
	return false;
}

static void write_compat_c(const struct spec *s, const char *dir)
{
	struct out o = { 0 };

	out_banner(&o, s, "the compat ioctl handler: capture, the driver's handler, copy back", true);
	outf(&o, "/*\n * A driver adds kh_compat.o to its Kbuild (the .c files below are\n"
		 " * included here, so that is the only object) and points\n"
		 " * file_operations.compat_ioctl at kh_compat_ioctl (and, to run 64-bit\n"
		 " * callers through the same capture, unlocked_ioctl at\n"
		 " * kh_unlocked_ioctl). It writes kh_ioctl_kernel() (kh_compat.h).\n */\n");
	outf(&o, "#ifndef __KERNEL__\n#ifndef _GNU_SOURCE\n#define _GNU_SOURCE\t/* process_vm_readv */\n"
		 "#endif\n#endif\n");
	outf(&o, "#ifdef __KERNEL__\n#include <linux/compat.h>\n#include <linux/fs.h>\n"
		 "#include <linux/mm.h>\n#include <linux/pagemap.h>\n#include <linux/slab.h>\n"
		 "#include <linux/uaccess.h>\n#else\n#include <stdint.h>\n#include <stdlib.h>\n"
		 "#include <sys/ioctl.h>\n#include <sys/uio.h>\n#include <unistd.h>\n#endif\n");
	outf(&o, "#include \"kh_compat.h\"\n#include \"kh_rt_backend.h\"\n"
		 "#include \"kh_layout_asserts.h\"\n#include \"kh_thunks.h\"\n\n");
	outf(&o, "%s", kernel_backend);
	outf(&o, "\n#include \"kh_rt.c\"\n#include \"kh_capture.c\"\n%s#include \"kh_entry.c\"\n"
		 "#include \"kh_ioctl_table.c\"\n", needs_emit(s) ? "#include \"kh_emit.c\"\n" : "");
	outf(&o, "\n/* the core of each ioctl: the driver's handler, with the 64-bit number */\n");
	for (int i = 0; i < s->nioctls; i++) {
		const struct ioctl_def *io = &s->ioctls[i];

		if (io->arg)
			outf(&o, "long %s(struct kh_ctx *c, %s *args)\n{\n\treturn kh_ioctl_kernel(KH_FILE(c), "
			     "%s, args);\n}\n\n", core_name(io), native_type(io->arg),
			     ioctl_abi_macro(io, KH_LAYOUT_X86_64));
		else
			outf(&o, "long %s(struct kh_ctx *c)\n{\n\treturn kh_ioctl_kernel(KH_FILE(c), "
			     "%s, NULL);\n}\n\n", core_name(io), ioctl_abi_macro(io, KH_LAYOUT_X86_64));
	}
	outf(&o, "%s", entry_points);
	out_write(&o, dir, "kh_compat.c");
}

void emit_driver(const struct spec *s, const char *dir, const char *prefix)
{
	for (const char *p = prefix; *p; p++)
		if (!(islower((unsigned char)*p) || (p > prefix && (isdigit((unsigned char)*p) ||
								    *p == '_'))))
			die_at((struct pos){ 0 }, "--driver %s: the prefix is a C identifier in "
			       "lower case", prefix);
	if (!strcmp(prefix, "kh"))
		die_at((struct pos){ 0 }, "--driver kh: pick the driver's own prefix");
	refuse_own_names(s);
	refuse_emit(s);
	driver_prefix = prefix;
	write_runtime(dir);
	emit_abi_views(s, dir);
	emit_ioctl_cmds(s, dir);
	emit_layout_asserts(s, dir);
	write_thunks_h(s, dir);
	write_capture_c(s, dir);
	if (needs_emit(s))
		write_emit_c(s, dir);
	write_entry_c(s, dir);
	write_compat_h(s, dir);
	write_compat_c(s, dir);
	driver_prefix = NULL;
}
