// SPDX-License-Identifier: GPL-2.0 OR MIT
/*
 * Compat struct views: for every struct whose layout moves between ABIs or
 * that holds pointers, a struct <name>_ia32 and <name>_x32 that a 64-bit
 * compiler lays out exactly as the 32-bit ABI does (pointers as __u32,
 * longs as 32-bit, i386's 8-byte scalars through 4-aligned typedefs, the
 * same idea as the kernel's compat_u64). Static asserts in
 * kh_layout_asserts.h hold each view to the layout engine's numbers.
 */
#include "emit.h"
#include "entries.h"
#include "names.h"
#include "xlate.h"

static void emit_type_ref(struct out *o, const struct type *t, int abi);

static const char *scalar_view(const struct type *t, int abi)
{
	bool i386 = abi == ABI_I386;

	switch (t->prim) {
	case PRIM_BOOL: return "__u8";
	case PRIM_CHAR: return t->is_signed ? "__s8" : "__u8";
	case PRIM_SHORT: return t->is_signed ? "__s16" : "__u16";
	case PRIM_INT: return t->kind == T_FLOAT ? "__u32" : t->is_signed ? "__s32" : "__u32";
	case PRIM_FLOAT: return "__u32";
	case PRIM_LONG: return t->is_signed ? "__s32" : "__u32";
	case PRIM_KLONG:	/* x32: long long, 8-aligned as x86_64's __s64 */
		if (i386)
			return t->is_signed ? "__s32" : "__u32";
		return t->is_signed ? "__s64" : "__u64";
	case PRIM_LLONG:
	case PRIM_DOUBLE:
		if (i386)
			return t->is_signed && t->kind == T_INT ? "kh_s64_ia32" : "kh_u64_ia32";
		return t->is_signed && t->kind == T_INT ? "__s64" : "__u64";
	case PRIM_ALIGNED_U64: return "kh_aligned_u64";
	case PRIM_PTR: return "kh_uptr32_t";
	default: return "?";
	}
}

static void emit_members(struct out *o, const struct type *t, int abi, int indent);

/* the spec's own attributes, so a view packs and aligns like the original */
static void emit_record_attrs(struct out *o, const struct type *t)
{
	if (t->packed)
		outf(o, " __packed");
	if (t->attr_align)
		outf(o, " __aligned(%u)", t->attr_align);
}

static void emit_decl(struct out *o, const struct type *t, const char *name,
		      unsigned int attr_align, int abi, int indent)
{
	const char *dims[8];
	int nd = 0;

	while (t->kind == T_ARRAY) {
		dims[nd++] = count_text(t);
		t = t->elem;
	}
	outf(o, "%.*s", indent, "\t\t\t\t\t\t\t\t");
	if ((t->kind == T_STRUCT || t->kind == T_UNION) && t->anonymous) {
		outf(o, "%s {\n", record_kw(t));
		emit_members(o, t, abi, indent + 1);
		outf(o, "%.*s}", indent, "\t\t\t\t\t\t\t\t");
		emit_record_attrs(o, t);
	} else {
		emit_type_ref(o, t, abi);
	}
	if (name)
		outf(o, " %s", name);
	for (int d = 0; d < nd; d++)
		outf(o, "[%s]", dims[d]);
	if (attr_align)
		outf(o, " __aligned(%u)", attr_align);
	outf(o, ";\n");
}

static void emit_members(struct out *o, const struct type *t, int abi, int indent)
{
	for (int i = 0; i < t->nfields; i++)
		emit_decl(o, t->fields[i]->type, t->fields[i]->name, t->fields[i]->attr_align,
			  abi, indent);
}

static void emit_type_ref(struct out *o, const struct type *t, int abi)
{
	if (t->kind == T_STRUCT || t->kind == T_UNION) {
		if (type_needs_xlate(t))
			outf(o, "%s %s%s", record_kw(t), t->name, abis[abi].suffix);
		else
			outf(o, "%s %s", record_kw(t), t->name);
	} else {
		outf(o, "%s", scalar_view(t, abi));
	}
}

void emit_abi_views(const struct spec *s, const char *dir)
{
	struct out o = { 0 };

	out_banner(&o, s, "compat struct views for i386 and x32", true);
	outf(&o, "#ifndef KH_ABI_VIEWS_H\n#define KH_ABI_VIEWS_H\n\n");
	outf(&o, "/* laid out by a 64-bit compiler (the kernel's, or a 64-bit test) */\n");
	outf(&o, "#if defined(__x86_64__)\n\n#include \"%s\"\n", s->base);
	outf(&o, "#ifndef __KERNEL__\n#include \"kh_rt.h\"\t/* __aligned, __packed */\n#endif\n\n");
	outf(&o, "typedef __u32 kh_uptr32_t;\t/* a 32-bit caller's pointer */\n");
	outf(&o, "typedef __u64 kh_u64_ia32 __aligned(4);\n");
	outf(&o, "typedef __s64 kh_s64_ia32 __aligned(4);\n");
	outf(&o, "typedef __u64 kh_aligned_u64 __aligned(8);\n");
	for (int abi = ABI_I386; abi < ABI_COUNT; abi++) {
		outf(&o, "\n/* ---- %s ---- */\n", abis[abi].name);
		for (int i = 0; i < s->ntypes; i++) {
			const struct type *t = s->types[i];

			if (!is_top_type(t) || !type_needs_xlate(t))
				continue;
			outf(&o, "\n%s %s%s {\n", record_kw(t), t->name, abis[abi].suffix);
			emit_members(&o, t, abi, 1);
			outf(&o, "}");
			emit_record_attrs(&o, t);
			outf(&o, ";\n");
		}
	}
	outf(&o, "\n#endif /* __x86_64__ */\n#endif /* KH_ABI_VIEWS_H */\n");
	out_write(&o, dir, "kh_abi_views.h");
}
