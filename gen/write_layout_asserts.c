// SPDX-License-Identifier: GPL-2.0 OR MIT
/*
 * Build-time static assertions: every struct and member of the spec, in the
 * ABI the including file is compiled for, and every compat view on x86_64,
 * must have the offset, size and alignment the layout engine computed. A
 * layout mistake cannot compile.
 */
#include "emit.h"
#include "entries.h"
#include "xlate.h"

static void emit_abi_block(struct out *o, const struct entry *e, int n, int abi,
			   const char *suffix, bool views)
{
	for (int i = 0; i < n; i++) {
		const struct type *t = e[i].type;
		const char *kw = record_kw(e[i].top);
		char sp[256];

		if (views && !type_needs_xlate(e[i].top))
			continue;
		if (!e[i].depth)
			outf(o, "KH_ASSERT_TYPE(%s %s%s, %u, %u);\n", kw, e[i].top->name, suffix,
			     t->size[abi], t->align[abi]);
		else if (t->kind == T_ARRAY && !t->count)	/* a real header's flexible array */
			outf(o, "static_assert(offsetof(%s %s%s, %s) == %u, \"%s.%s\");\n", kw,
			     e[i].top->name, views ? suffix : "", e[i].path, e[i].offset[abi],
			     e[i].top->name, e[i].path);
		else if (!views && type_spelling(t, sp, sizeof(sp)))
			outf(o, "KH_ASSERT_OFFSET(%s %s, %s, %u);\n"
			     "KH_ASSERT_SIZE(%s %s, %s, %s, %u, %u);\n", kw, e[i].top->name,
			     e[i].path, e[i].offset[abi], kw, e[i].top->name, e[i].path, sp,
			     t->size[abi], t->align[abi]);
		else	/* anonymous record (its own entry checks alignment) or a
			 * view, whose member types are stand-ins: offset and size */
			outf(o, "KH_ASSERT_OFFSET(%s %s%s, %s, %u);\n"
			     "KH_ASSERT_VIEW_SIZE(%s %s%s, %s, %u);\n", kw, e[i].top->name,
			     views ? suffix : "", e[i].path, e[i].offset[abi], kw, e[i].top->name,
			     views ? suffix : "", e[i].path, t->size[abi]);
	}
}

void emit_layout_asserts(const struct spec *s, const char *dir)
{
	struct out o = { 0 };
	struct entry *e;
	int n = collect_entries(s, &e);

	out_banner(&o, s, "static layout assertions", true);
	outf(&o, "#ifndef KH_LAYOUT_ASSERTS_H\n#define KH_LAYOUT_ASSERTS_H\n\n");
	/* the kernel is x86_64 alone, where __alignof__ is C11's alignof */
	outf(&o, "#ifdef __KERNEL__\n#include <linux/build_bug.h>\n#include <linux/stddef.h>\n"
		 "#define kh_alignof(T) __alignof__(T)\n"
		 "#define kh_sizeof_field(T, m) sizeof_field(T, m)\n"
		 "#else\n#include <assert.h>\n#include <stdalign.h>\n#include <stddef.h>\n"
		 "#define kh_alignof(T) alignof(T)\n"
		 "#define kh_sizeof_field(T, m) sizeof(((T *)0)[0].m)\n#endif\n");
	outf(&o, "#include \"%s\"\n#include \"kh_abi_views.h\"\n\n", s->base);
	outf(&o, "#define KH_ASSERT_TYPE(T, size, align) \\\n"
		 "\tstatic_assert(sizeof(T) == (size) && kh_alignof(T) == (align), #T)\n");
	/*
	 * one use of the member per macro (checkpatch's MACRO_ARG_REUSE), and
	 * not after "->" (its MACRO_ARG_PRECEDENCE): the kernel's sizeof_field,
	 * spelled with [0]. in user space
	 */
	outf(&o, "#define KH_ASSERT_OFFSET(T, m, off) \\\n"
		 "\tstatic_assert(offsetof(T, m) == (off), #T \".\" #m)\n");
	outf(&o, "#define KH_ASSERT_SIZE(T, m, mtype, size, align) \\\n"
		 "\tstatic_assert(kh_sizeof_field(T, m) == (size) && kh_alignof(mtype) == (align), \\\n"
		 "\t\t      #T \".\" #m)\n");
	outf(&o, "#define KH_ASSERT_VIEW_SIZE(T, m, size) \\\n"
		 "\tstatic_assert(kh_sizeof_field(T, m) == (size), #T \".\" #m)\n");
	for (int a = 0; a < KH_LAYOUT_NABI; a++) {
		outf(&o, "\n%s %s\n", a ? "#elif" : "#if", abis[a].cpp_test);
		emit_abi_block(&o, e, n, a, "", false);
	}
	outf(&o, "#endif\n\n#if defined(__x86_64__)\n");
	for (int a = KH_LAYOUT_IA32; a < KH_LAYOUT_NABI; a++)
		emit_abi_block(&o, e, n, a, abis[a].suffix, true);
	outf(&o, "#endif\n\n#endif /* KH_LAYOUT_ASSERTS_H */\n");
	out_write(&o, dir, "kh_layout_asserts.h");
}
