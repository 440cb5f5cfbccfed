// SPDX-License-Identifier: GPL-2.0 OR MIT
/*
 * Layout tables (the generator's answer, per ABI) and the layout probe (the
 * same questions put to the compiler of each ABI), in one order, so the
 * conformance suites can hold one against the other (thunk/runtime/kh_layout.h).
 */
#include <stdio.h>

#include "emit.h"
#include "names.h"
#include "entries.h"

static const char *kind_name(const struct type *t)
{
	switch (t->kind) {
	case T_STRUCT: return "KH_LK_STRUCT";
	case T_UNION: return "KH_LK_UNION";
	case T_ARRAY: return "KH_LK_ARRAY";
	case T_FLOAT: return "KH_LK_FLOAT";
	case T_PTR: return "KH_LK_PTR";
	default: return "KH_LK_INT";
	}
}

void emit_layout_tables(const struct spec *s, const char *dir)
{
	struct out o = { 0 };
	struct entry *e;
	int n = collect_entries(s, &e);

	out_banner(&o, s, "layout tables for x86_64, ia32 and x32", true);
	outf(&o, "#include \"kh_layout.h\"\n");
	for (int a = 0; a < KH_LAYOUT_NABI; a++) {
		outf(&o, "\nstatic const struct kh_layout_entry layout_%s[] = {\n", abis[a].name);
		for (int i = 0; i < n; i++) {
			const struct type *t = e[i].type;

			outf(&o, "\t{ \"%s\", \"%s\", \"%s\", %d, %d, %s, %d, %u, %u, %u, %u },\n",
			     e[i].top->name, e[i].path, e[i].name, e[i].parent, e[i].depth,
			     kind_name(t), t->kind == T_INT && t->is_signed,
			     t->kind == T_ARRAY ? t->count : 1, e[i].offset[a], t->size[a],
			     t->align[a]);
		}
		outf(&o, "};\n");
	}
	outf(&o, "\nconst struct kh_layout_entry *const kh_layout_tables[KH_LAYOUT_NABI] = {\n");
	outf(&o, "\t[KH_LAYOUT_X86_64] = layout_x86_64,\n");
	outf(&o, "\t[KH_LAYOUT_IA32] = layout_ia32,\n");
	outf(&o, "\t[KH_LAYOUT_X32] = layout_x32,\n};\n");
	outf(&o, "\nconst unsigned int kh_layout_count = %d;\n", n);
	outf(&o, "\nconst char *const kh_layout_abi_names[KH_LAYOUT_NABI] = {\n");
	for (int a = 0; a < KH_LAYOUT_NABI; a++)
		outf(&o, "\t\"%s\",\n", abis[a].name);
	outf(&o, "};\n");
	out_write(&o, dir, "kh_layout_tables.c");
}

/* what _Alignof is asked about: the declared type, else the member's type */
static const char *align_arg(const struct entry *e)
{
	static char buf[512];
	char sp[256];

	if (type_spelling(e->type, sp, sizeof(sp)))
		snprintf(buf, sizeof(buf), "%s", sp);
	else
		snprintf(buf, sizeof(buf), "__typeof__(((%s %s *)0)->%s)", record_kw(e->top),
			 e->top->name, e->path);
	return buf;
}

void emit_layout_probe(const struct spec *s, const char *dir)
{
	struct out o = { 0 };
	struct entry *e;
	int n = collect_entries(s, &e);

	out_banner(&o, s, "layout probe, compiled once per ABI (gnu11)", true);
	outf(&o, "#include <stddef.h>\n#include \"%s\"\n#include \"kh_layout.h\"\n\n",
	     s->base);
	outf(&o, "#define M(T, P, A) { offsetof(T, P), sizeof(((T *)0)->P), _Alignof(A) }\n");
	outf(&o, "#define TOP(T) { 0, sizeof(T), _Alignof(T) }\n\n");
	outf(&o, "const unsigned int kh_layout_probe[][3] = {\n");
	for (int i = 0; i < n; i++) {
		const char *kw = record_kw(e[i].top);

		if (!e[i].depth)
			outf(&o, "\tTOP(%s %s),\n", kw, e[i].top->name);
		else
			outf(&o, "\tM(%s %s, %s, %s),\n", kw, e[i].top->name, e[i].path,
			     align_arg(&e[i]));
	}
	outf(&o, "};\n\nconst unsigned int kh_layout_probe_count = %d;\n", n);
	/* every spec type in the DWARF of the probe object */
	outf(&o, "\n");
	for (int i = 0; i < s->ntypes; i++)
		if (is_top_type(s->types[i]))
			outf(&o, "%s %s *kh_probe_anchor_%s;\n", record_kw(s->types[i]),
			     s->types[i]->name, short_name(s->types[i]));
	out_write(&o, dir, "kh_layout_probe.c");
}
