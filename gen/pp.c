// SPDX-License-Identifier: GPL-2.0 OR MIT
/*
 * The front end for real uapi headers: the compiler's own preprocessor
 * (cc -E -dD, with line markers) runs once per ABI, so includes, macros
 * and #if come out exactly as a -m64, -m32 or -mx32 program sees them
 * (__KERNEL__ undefined). Every token goes back to its header's
 * file:line:col. The header's own files (and everything found through -I)
 * are parsed whole and strictly; a system header's declaration (libc's
 * struct timeval) is parsed only when a uapi type uses it.
 *
 * Commands: after the header, _IOC is redefined to a marker and every
 * object-like macro of the header is expanded once; whatever reaches
 * _IOC, through any number of wrappers (DRM_IOWR), is seen with its
 * direction, type, number and sizeof(argument) in that ABI. See
 * docs/thunkgen.md ("Real headers").
 */
#include <ctype.h>
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "ioctl.h"
#include "parse_priv.h"
#include "pp.h"

#define PROBE "__thunkgen_probe_"
#define MARK "__thunkgen_ioc"

/* user space's view of the kernel markers headers_install would strip */
static const char shim_text[] =
	"/* thunkgen: the kernel's annotations as headers_install leaves them */\n"
	"#ifndef __user\n#define __user\n#endif\n"
	"#ifndef __force\n#define __force\n#endif\n"
	"#ifndef __iomem\n#define __iomem\n#endif\n"
	"#ifndef __attribute_const__\n#define __attribute_const__\n#endif\n"
	"#ifndef __packed\n#define __packed __attribute__((packed))\n#endif\n";

struct span {
	int start, end;		/* sys tokens [start, end) */
	const char *kw;		/* "typedef", "struct", "union", "enum" */
	const char *name;
	bool parsed;
};

struct ctx {
	struct tok *sys;
	int nsys;
	struct span *spans;
	int nspans;
};

struct probe {
	const char *name;
	bool seen;		/* expanded to an _IOC command */
	const char *why;	/* not a command we can use */
	int64_t dir, magic, nr;
	struct type *arg;	/* NULL for _IO */
	uint32_t cmd;
};

struct srcfile {
	const char *path;	/* the name positions carry */
	const char *open;	/* where its text is */
	int sys;		/* -1 not known yet, else a system header or not */
	char **lines;
	int nlines;
};

static char *tmpdir;

static void rm_tmp(void)
{
	char *cmd;

	if (!tmpdir)
		return;
	cmd = xasprintf("rm -rf '%s'", tmpdir);
	if (system(cmd))
		fprintf(stderr, "thunkgen: cannot remove %s\n", tmpdir);
	free(cmd);
}

static void write_file(const char *path, const char *text)
{
	FILE *f = fopen(path, "w");

	if (!f || fputs(text, f) < 0 || fclose(f))
		die_at((struct pos){ 0 }, "cannot write %s: %s", path, strerror(errno));
}

void pp_write_shim(const char *dir)
{
	if ((mkdir(dir, 0755) && errno != EEXIST) ||
	    (mkdir(xasprintf("%s/linux", dir), 0755) && errno != EEXIST))
		die_at((struct pos){ 0 }, "mkdir %s: %s", dir, strerror(errno));
	write_file(xasprintf("%s/linux/compiler.h", dir), shim_text);
	write_file(xasprintf("%s/linux/compiler_types.h", dir), shim_text);
}

static const char *shim_dir(void)
{
	if (!tmpdir) {
		char t[] = "/tmp/thunkgen.XXXXXX";

		if (!mkdtemp(t))
			die_at((struct pos){ 0 }, "mkdtemp: %s", strerror(errno));
		tmpdir = xstrdup(t);
		atexit(rm_tmp);
		pp_write_shim(xasprintf("%s/shim", tmpdir));
	}
	return xasprintf("%s/shim", tmpdir);
}

const char *pp_cflags(const struct pp_opts *o, const char *shim)
{
	char *f = xstrdup("-D__EXPORTED_HEADERS__ -U__SIZEOF_INT128__");

	for (int i = 0; i < o->ninc; i++)
		f = xasprintf("%s -I%s", f, o->incs[i]);
	return xasprintf("%s -idirafter %s", f, shim);
}

/* runs cc -E; returns its output, or stops with the compiler's own message */
static char *run_cpp(const struct pp_opts *o, int abi, const char *src, size_t *len)
{
	const char *argv[64];
	int n = 0, fd[2], status;
	size_t cap = 1 << 16;
	char *buf = xcalloc(1, cap);
	pid_t pid;
	ssize_t r;

	argv[n++] = o->cc;
	argv[n++] = abis[abi].gcc_flag;
	argv[n++] = "-E";
	argv[n++] = "-dD";
	argv[n++] = "-std=gnu11";
	argv[n++] = "-D__EXPORTED_HEADERS__";
	argv[n++] = "-U__SIZEOF_INT128__";	/* no __int128 (6.12's __s128): see docs */
	for (int i = 0; i < o->ninc && n < 56; i++) {
		argv[n++] = "-I";
		argv[n++] = o->incs[i];
	}
	argv[n++] = "-idirafter";
	argv[n++] = shim_dir();
	argv[n++] = src;
	argv[n] = NULL;
	if (pipe(fd))
		die_at((struct pos){ 0 }, "pipe: %s", strerror(errno));
	pid = fork();
	if (pid < 0)
		die_at((struct pos){ 0 }, "fork: %s", strerror(errno));
	if (!pid) {
		dup2(fd[1], 1);
		close(fd[0]);
		close(fd[1]);
		execvp(argv[0], (char **)argv);
		fprintf(stderr, "thunkgen: cannot run %s: %s\n", argv[0], strerror(errno));
		_exit(127);
	}
	close(fd[1]);
	*len = 0;
	while ((r = read(fd[0], buf + *len, cap - *len - 1)) > 0) {
		*len += r;
		if (*len + 1 >= cap) {
			buf = xrealloc_array(buf, cap * 2, 1);
			cap *= 2;
		}
	}
	close(fd[0]);
	buf[*len] = 0;
	if (waitpid(pid, &status, 0) < 0 || !WIFEXITED(status) || WEXITSTATUS(status))
		die_at((struct pos){ 0 }, "the preprocessor (%s %s) failed on the header (above)",
		       o->cc, abis[abi].gcc_flag);
	return buf;
}

static struct srcfile *files;
static int nfiles;

static const char *intern_path(const char *p)
{
	for (int i = 0; i < nfiles; i++)
		if (!strcmp(files[i].path, p))
			return files[i].path;
	PUSH(files, nfiles)->path = xstrdup(p);
	files[nfiles - 1].open = files[nfiles - 1].path;
	files[nfiles - 1].sys = -1;
	files[nfiles - 1].lines = NULL;
	files[nfiles - 1].nlines = -1;
	return files[nfiles - 1].path;
}

static const char *src_line(const char *path, int line)
{
	struct srcfile *f = NULL;

	for (int i = 0; i < nfiles; i++)
		if (files[i].path == path)
			f = &files[i];
	if (!f)
		return NULL;
	if (f->nlines < 0) {
		FILE *in = fopen(f->open, "r");
		char *l = NULL;
		size_t cap = 0;

		f->nlines = 0;
		while (in && getline(&l, &cap, in) >= 0) {
			*PUSH(f->lines, f->nlines) = l;
			l = NULL;
		}
		if (in)
			fclose(in);
	}
	return line >= 1 && line <= f->nlines ? f->lines[line - 1] : NULL;
}

static bool is_word(int c)
{
	return isalnum(c) || c == '_';
}

/* cpp's output spaces tokens its own way: find each one in its source line */
static void fix_columns(struct tok *t, int n)
{
	for (int i = 0; i < n;) {
		int j = i, cur = 0;
		const char *line = src_line(t[i].pos.file, t[i].pos.line);

		while (j < n && t[j].pos.file == t[i].pos.file && t[j].pos.line == t[i].pos.line)
			j++;
		for (int k = i; line && k < j; k++) {
			const char *at = line + cur;
			size_t len = strlen(t[k].text);

			while ((at = strstr(at, t[k].text)) && len &&
			       ((is_word(t[k].text[0]) && at > line && is_word(at[-1])) ||
				(is_word(t[k].text[len - 1]) && is_word(at[len]))))
				at++;
			if (at && len) {
				cur = at - line;
				t[k].pos.col = cur + 1;
				cur += len;
			} else {
				t[k].pos.col = cur + 1;
			}
		}
		i = j;
	}
}

struct where {
	const char *file;
	int line;
	bool sys;
};

enum region { R_DROP, R_STRICT, R_SYS, R_PROBE };

/* lexes the lines of one region; positions go back to the headers */
static struct tok *lex_region(const char *out, size_t len, const enum region *reg,
			      const struct where *map, int nlines, enum region want, int *n)
{
	char *buf = xcalloc(1, len + 1);
	struct tok *t;
	size_t at = 0;

	for (int l = 0; l < nlines; l++) {
		const char *e = memchr(out + at, '\n', len - at);
		size_t ll = e ? (size_t)(e - (out + at)) : len - at;

		if (reg[l] == want)
			memcpy(buf + at, out + at, ll);
		else
			memset(buf + at, ' ', ll);
		at += ll;
		if (at < len)
			buf[at++] = '\n';
	}
	t = lex_buffer("<cpp>", buf, len, true, n);
	for (int i = 0; i < *n; i++) {
		int l = t[i].pos.line - 1;

		if (t[i].kind == TK_EOF || l >= nlines) {
			t[i].pos = (struct pos){ 0 };
			continue;
		}
		t[i].pos.file = map[l].file;
		t[i].pos.line = map[l].line;
	}
	if (want == R_STRICT)
		fix_columns(t, *n - 1);
	return t;
}

static const char *last_word(struct tok *t, int start, int end)
{
	static const char *const not_names[] = { "__attribute__", "__attribute", "__asm__",
						 "__asm", "const", "volatile", "__restrict" };
	const char *name = NULL;
	int depth = 0;

	for (int i = start; i < end; i++) {
		bool skip = false;

		if (is_punct(&t[i], "(") || is_punct(&t[i], "{") || is_punct(&t[i], "["))
			depth++;
		else if (is_punct(&t[i], ")") || is_punct(&t[i], "}") || is_punct(&t[i], "]"))
			depth--;
		else if (!depth && t[i].kind == TK_IDENT) {
			for (size_t k = 0; k < sizeof(not_names) / sizeof(not_names[0]); k++)
				skip |= !strcmp(not_names[k], t[i].text);
			if (!skip)
				name = t[i].text;
		}
	}
	return name;
}

static void add_span(struct ctx *c, int start, int end, const char *kw, const char *name)
{
	struct span *s = PUSH(c->spans, c->nspans);

	*s = (struct span){ start, end, kw, name, false };
}

/* the file-scope declarations of the system headers, by what they define */
static void index_sys(struct ctx *c)
{
	struct tok *t = c->sys;
	int i = 0, n = c->nsys - 1;

	while (i < n) {
		int start = i, depth = 0;
		bool body_of_function = false;

		for (; i < n; i++) {
			if (is_punct(&t[i], "{")) {
				if (!depth && i > start && is_punct(&t[i - 1], ")"))
					body_of_function = true;
				depth++;
			} else if (is_punct(&t[i], "}")) {
				if (--depth == 0 && body_of_function) {
					i++;
					break;
				}
			} else if (is_punct(&t[i], ";") && !depth) {
				i++;
				break;
			}
		}
		for (int k = start; k + 2 < i; k++)
			if ((is_ident(&t[k], "struct") || is_ident(&t[k], "union") ||
			     is_ident(&t[k], "enum")) && t[k + 1].kind == TK_IDENT &&
			    is_punct(&t[k + 2], "{")) {
				add_span(c, start, i, t[k].text, t[k + 1].text);
				break;
			}
		for (int k = start; k < i && k < start + 2; k++)
			if (is_ident(&t[k], "typedef")) {
				const char *name = last_word(t, start, i);

				if (name)
					add_span(c, start, i, "typedef", name);
			}
	}
}

static struct type *resolve(struct spec *s, const char *kw, const char *name)
{
	struct ctx *c = s->pp;

	for (int i = 0; i < c->nspans; i++) {
		struct span *sp = &c->spans[i];
		struct parser P = { .s = s };

		if (sp->parsed || strcmp(sp->kw, kw) || strcmp(sp->name, name))
			continue;
		sp->parsed = true;
		P.n = sp->end - sp->start + 1;
		P.t = xcalloc(P.n, sizeof(*P.t));
		memcpy(P.t, c->sys + sp->start, (P.n - 1) * sizeof(*P.t));
		P.t[P.n - 1] = (struct tok){ .kind = TK_EOF, .text = "" };
		while (peek_tok(&P, 0)->kind != TK_EOF)
			parse_top(&P);
		if (!strcmp(kw, "typedef")) {
			for (int k = 0; k < s->ntypedefs; k++)
				if (!strcmp(s->typedefs[k].name, name))
					return s->typedefs[k].type;
			return NULL;
		}
		return find_type(s, !strcmp(kw, "union") ? T_UNION : T_STRUCT, name);
	}
	return NULL;
}

/* the object-like and function-like macros #defined in the header's own text */
static char **header_macros(const char *path, int *n)
{
	FILE *f = fopen(path, "r");
	char *l = NULL, **names = NULL;
	size_t cap = 0;

	*n = 0;
	if (!f)
		die_at((struct pos){ 0 }, "cannot open %s: %s", path, strerror(errno));
	while (getline(&l, &cap, f) >= 0) {
		char *p = l, *e;

		while (*p == ' ' || *p == '\t')
			p++;
		if (*p++ != '#')
			continue;
		while (*p == ' ' || *p == '\t')
			p++;
		if (strncmp(p, "define", 6) || (p[6] != ' ' && p[6] != '\t'))
			continue;
		p += 6;
		while (*p == ' ' || *p == '\t')
			p++;
		for (e = p; is_word(*e); e++)
			;
		if (e > p && *e != '(')
			*PUSH(names, *n) = strndup(p, e - p);
	}
	free(l);
	fclose(f);
	return names;
}

/* splits __thunkgen_ioc(a, b, c, d)'s arguments at depth 0 */
static int split_args(struct tok *t, int n, int *at, int *len)
{
	int k = 0, depth = 0, start = 0;

	for (int i = 0; i < n; i++) {
		if (is_punct(&t[i], "("))
			depth++;
		else if (is_punct(&t[i], ")"))
			depth--;
		else if (is_punct(&t[i], ",") && !depth) {
			if (k < 4) {
				at[k] = start;
				len[k] = i - start;
			}
			k++;
			start = i + 1;
		}
	}
	if (k < 4) {
		at[k] = start;
		len[k] = n - start;
	}
	return k + 1;
}

static void strip_parens(struct tok **t, int *n)
{
	while (*n >= 2 && is_punct(&(*t)[0], "(") && is_punct(&(*t)[*n - 1], ")")) {
		int depth = 0, i;

		for (i = 0; i < *n - 1; i++) {
			if (is_punct(&(*t)[i], "("))
				depth++;
			else if (is_punct(&(*t)[i], ")"))
				depth--;
			if (!depth)
				break;
		}
		if (i != *n - 1 - 0 && depth == 0 && i < *n - 1)
			return;	/* (a) | (b) */
		(*t)++;
		*n -= 2;
	}
}

static unsigned int abi_size(const struct type *t, int a)
{
	switch (t->kind) {
	case T_PTR:
		return abis[a].size[PRIM_PTR];
	case T_ARRAY:
		return t->count * abi_size(t->elem, a);
	case T_INT:
	case T_FLOAT:
		return abis[a].size[t->prim];
	case T_VOID:
		return 1;
	default:	/* a system header's struct may be parsed only now */
		return layout_sizeof((struct type *)t, a, t->pos);
	}
}

/* sizeof ( type-name ): a specifier, then '*'s and '[N]'s */
static struct type *parse_type_name(struct spec *s, struct tok *t, int n)
{
	struct parser P = { .s = s, .t = t, .n = n };
	struct type *ty = parse_specifier(&P, NULL, NULL);
	unsigned int dims[8];
	int nd = 0;

	while (accept(&P, "*")) {
		struct type *p = xcalloc(1, sizeof(*p));

		p->kind = T_PTR;
		p->prim = PRIM_PTR;
		p->name = "pointer";
		p->pointee = ty;
		ty = p;
		while (is_ident(peek_tok(&P, 0), "const") || is_ident(peek_tok(&P, 0), "volatile"))
			next_tok(&P);
	}
	while (nd < 8 && accept(&P, "[")) {
		dims[nd++] = (unsigned int)eval_expr(&P);
		expect(&P, "]");
	}
	for (int d = nd - 1; d >= 0; d--) {
		struct type *a = xcalloc(1, sizeof(*a));

		a->kind = T_ARRAY;
		a->name = "array";
		a->elem = ty;
		a->count = dims[d];
		ty = a;
	}
	if (P.i != P.n)
		return NULL;
	return ty;
}

int64_t pp_sizeof(struct parser *P)
{
	struct pos p = here(P);
	int start, end;
	struct type *t;

	expect(P, "(");
	start = P->i - 1;
	P->i = start;
	skip_group(P);
	end = P->i - 1;
	t = parse_type_name(P->s, P->t + start + 1, end - start - 1);
	if (!t)
		die_at(p, "sizeof of something that is not a type name");
	if ((t->kind == T_STRUCT || t->kind == T_UNION) && !t->complete)
		die_at(p, "sizeof(%s %s) before its definition",
		       t->kind == T_UNION ? "union" : "struct", t->name);
	if (t->kind == T_STRUCT || t->kind == T_UNION)
		return layout_sizeof(t, P->s->abi, p);
	return abi_size(t, P->s->abi);
}

/* one expanded macro: an _IOC command, or why not */
static void read_probe(struct spec *s, int abi, struct probe *pr, struct tok *t, int n,
		       struct pos pos)
{
	int at[4], len[4], found = 0;

	for (int i = 0; i < n; i++) {
		t[i].pos = pos;
		found += is_ident(&t[i], MARK);
	}
	if (!found)
		return;
	strip_parens(&t, &n);
	if (found > 1 || n < 3 || !is_ident(&t[0], MARK) || !is_punct(&t[1], "(") ||
	    !is_punct(&t[n - 1], ")")) {
		pr->why = "expands to an expression around an _IOC command, not to one command";
		return;
	}
	if (split_args(t + 2, n - 3, at, len) != 4) {
		pr->why = "_IOC with other than four arguments";
		return;
	}
	t += 2;
	pr->seen = true;
	pr->dir = eval_tokens(s, t + at[0], len[0], 1);
	pr->magic = eval_tokens(s, t + at[1], len[1], 1);
	pr->nr = eval_tokens(s, t + at[2], len[2], 1);
	{
		struct tok *z = t + at[3];
		int zn = len[3];
		unsigned int size;

		strip_parens(&z, &zn);
		if (zn >= 3 && is_ident(&z[0], "sizeof") && is_punct(&z[1], "(") &&
		    is_punct(&z[zn - 1], ")")) {
			pr->arg = parse_type_name(s, z + 2, zn - 3);
			if (!pr->arg) {
				pr->why = "sizeof of something that is not a type name";
				return;
			}
			if ((pr->arg->kind == T_STRUCT || pr->arg->kind == T_UNION) &&
			    !pr->arg->complete) {
				pr->why = xasprintf("its argument %s %s is never defined",
						    pr->arg->kind == T_UNION ? "union" : "struct",
						    pr->arg->name);
				return;
			}
			size = abi_size(pr->arg, abi);
		} else {
			int64_t v = eval_tokens(s, z, zn, 1);

			if (v) {
				pr->why = xasprintf("its size is the number %lld, not sizeof(a type)",
						    (long long)v);
				return;
			}
			size = 0;
		}
		if (pr->dir < 0 || pr->dir > 3 || pr->magic < 0 || pr->magic > 0xff ||
		    pr->nr < 0 || pr->nr > 0xff || size >= 1u << IOC_SIZEBITS) {
			pr->why = "a field does not fit _IOC's bits";
			return;
		}
		pr->cmd = ioc_encode((int)pr->dir, pr->magic, pr->nr, size);
	}
}

static bool same_shape(const struct type *x, const struct type *y)
{
	if (x->nfields != y->nfields)
		return false;
	for (int i = 0; i < x->nfields; i++)
		if ((x->fields[i]->name == NULL) != (y->fields[i]->name == NULL) ||
		    (x->fields[i]->name && strcmp(x->fields[i]->name, y->fields[i]->name)))
			return false;
	return true;
}

/* a member's type chain below records: arrays and named scalars take ABI a's sizes */
static void merge_chain(struct type *x, const struct type *y, int a)
{
	while (x && y && x != y) {
		if (x->kind != y->kind)
			return;
		if (x->kind == T_STRUCT || x->kind == T_UNION || x->kind == T_PTR)
			return;
		x->size[a] = y->size[a];
		x->align[a] = y->align[a];
		/* __kernel_long_t: long on i386, long long on x32 (posix_types_x32.h) */
		if (x->kind == T_INT && x->prim == PRIM_LONG && a == KH_LAYOUT_X32 && y->size[a] == 8)
			x->prim = PRIM_KLONG;
		if (x->kind != T_ARRAY)
			return;
		x = x->elem;
		y = y->elem;
	}
}

/* the layouts of ABI a come from that ABI's own parse */
static void merge_abi(struct spec *s, struct spec *sa, int a)
{
	for (int i = 0; i < s->ntypes; i++) {
		struct type *x = s->types[i], *y;

		if ((x->kind != T_STRUCT && x->kind != T_UNION) || !x->complete)
			continue;
		y = find_type(sa, x->kind, x->name);
		if (!y || !y->complete)
			die_at(x->pos, "%s %s is not defined when compiled for %s",
			       x->kind == T_UNION ? "union" : "struct", x->name, abis[a].name);
		if (!same_shape(x, y))
			die_at(x->pos, "%s %s has other members when compiled for %s",
			       x->kind == T_UNION ? "union" : "struct", x->name, abis[a].name);
		x->size[a] = y->size[a];
		x->align[a] = y->align[a];
		for (int k = 0; k < x->nfields; k++) {
			x->fields[k]->offset[a] = y->fields[k]->offset[a];
			merge_chain(x->fields[k]->type, y->fields[k]->type, a);
		}
	}
	for (int i = 0; i < s->ntypedefs; i++)
		for (int k = 0; k < sa->ntypedefs; k++)
			if (!strcmp(s->typedefs[i].name, sa->typedefs[k].name)) {
				merge_chain(s->typedefs[i].type, sa->typedefs[k].type, a);
				break;
			}
}

static bool is_abs_or_file(const char *h)
{
	struct stat st;

	return !stat(h, &st) && S_ISREG(st.st_mode);
}

static const char *find_header(const char *h, const struct pp_opts *o)
{
	if (is_abs_or_file(h))
		return h;
	for (int i = 0; i <= o->ninc; i++) {	/* then the installed tree, as cc does */
		char *p = xasprintf("%s/%s", i < o->ninc ? o->incs[i] : "/usr/include", h);

		if (is_abs_or_file(p))
			return p;
	}
	die_at((struct pos){ 0 }, "cannot find %s (give a path, or -I DIR)", h);
}

/* one ABI: preprocess, parse, lay out, expand the probes */
static struct spec *read_abi(const char *hdr_real, const char *shown, const char *wrapper,
			     const struct pp_opts *o, int a, char **names, int nnames,
			     struct probe *pr)
{
	struct spec *s = xcalloc(1, sizeof(*s));
	struct ctx *c = xcalloc(1, sizeof(*c));
	size_t len;
	char *out = run_cpp(o, a, wrapper, &len);
	int nlines = 1, nt, np, probe_line = -1;
	struct where *map, cur = { NULL, 1, false };
	enum region *reg;
	struct tok *t, *pt;
	const char *hdr = intern_path(hdr_real), *wrap = intern_path(wrapper);

	for (size_t i = 0; i < len; i++)
		nlines += out[i] == '\n';
	map = xcalloc(nlines, sizeof(*map));
	reg = xcalloc(nlines, sizeof(*reg));
	for (int l = 0, at = 0; l < nlines; l++) {
		const char *line = out + at, *e = strchr(line, '\n');
		int ll = e ? e - line : (int)strlen(line);

		at += ll + 1;
		if (line[0] == '#' && line[1] == ' ' && isdigit((unsigned char)line[2])) {
			char file[PATH_MAX];
			int num = 0, used = 0;

			if (sscanf(line, "# %d \"%4095[^\"]\"%n", &num, file, &used) >= 2) {
				struct srcfile *f;

				cur.file = intern_path(file);
				cur.line = num;
				/*
				 * a file is a system header or not for good: a system
				 * macro's expansion inside a uapi line is marked "3" too
				 */
				for (f = files; f->path != cur.file; f++)
					;
				if (f->sys < 0)
					f->sys = memmem(line + used, ll - used, " 3", 2) != NULL;
				cur.sys = f->sys;
			}
			reg[l] = R_DROP;
			continue;
		}
		map[l] = cur;
		if (cur.file == hdr)
			map[l].file = shown;
		cur.line++;
		if (!cur.file || cur.file[0] == '<')
			reg[l] = R_DROP;
		else if (cur.file == wrap && !strncmp(line, PROBE, strlen(PROBE)))
			reg[l] = R_PROBE, probe_line = map[l].line;
		else if (cur.file == wrap)	/* a probe cut by a system macro's markers */
			reg[l] = map[l].line == probe_line ? R_PROBE : R_DROP;
		else if (cur.sys)
			reg[l] = line[0] == '#' ? R_DROP : R_SYS;
		else if (line[0] == '#' && strncmp(line, "#define ", 8) && strncmp(line, "#undef ", 7))
			die_at((struct pos){ map[l].file, map[l].line, 1 },
			       "'%.*s' is not supported: it may change layouts", ll, line);
		else
			reg[l] = R_STRICT;
	}
	/* the header's name as given finds its text for the column fix */
	if (a == 0) {
		struct srcfile *f = PUSH(files, nfiles);

		f->path = shown;
		f->open = hdr;
		f->lines = NULL;
		f->nlines = -1;
	}
	c->sys = lex_region(out, len, reg, map, nlines, R_SYS, &c->nsys);
	index_sys(c);
	t = lex_region(out, len, reg, map, nlines, R_STRICT, &nt);
	pt = lex_region(out, len, reg, map, nlines, R_PROBE, &np);
	s->cpp = true;
	s->abi = a;
	s->resolve = resolve;
	s->pp = c;
	s->path = shown;
	{	/* -dD's #defines stand anywhere, even inside a struct: read them first */
		struct tok *d = xcalloc(nt, sizeof(*d)), *rest = xcalloc(nt, sizeof(*rest));
		int nd = 0, nr = 0;
		bool in = false;

		for (int i = 0; i < nt; i++) {
			if (t[i].kind == TK_EOF)
				break;
			if (t[i].kind == TK_DIRECTIVE)
				in = true;
			if (in)
				d[nd++] = t[i];
			else
				rest[nr++] = t[i];
			if (t[i].kind == TK_EOL)
				in = false;
		}
		d[nd++] = t[nt - 1];
		rest[nr++] = t[nt - 1];
		parse_tokens(s, d, nd);
		parse_tokens(s, rest, nr);
	}
	layout_spec(s);
	for (int i = 0; i < np - 1;) {
		int j = i + 1, k;
		struct pos pos = { shown, 0, 1 };

		while (j < np - 1 && pt[j].pos.line == pt[i].pos.line)
			j++;
		k = atoi(pt[i].text + strlen(PROBE));
		if (k >= 0 && k < nnames) {
			pr[k].name = names[k];
			for (int m = 0; m < s->nmacros; m++)
				if (!strcmp(s->macros[m].name, names[k]) &&
				    s->macros[m].pos.file == shown)
					pos = s->macros[m].pos;
			read_probe(s, a, &pr[k], pt + i + 1, j - i - 1, pos);
		}
		i = j;
	}
	layout_spec(s);	/* what the probes made a system header define */
	return s;
}

const char *pp_type_name(const struct type *t, char *buf, size_t len)
{
	char inner[256];

	switch (t->kind) {
	case T_STRUCT:
	case T_UNION:
		snprintf(buf, len, "%s %s", t->kind == T_UNION ? "union" : "struct", t->name);
		break;
	case T_PTR:
		snprintf(buf, len, "%s *", pp_type_name(t->pointee, inner, sizeof(inner)));
		break;
	case T_ARRAY:
		snprintf(buf, len, "%s[%u]", pp_type_name(t->elem, inner, sizeof(inner)),
			 t->count);
		break;
	default:
		snprintf(buf, len, "%s%s", t->is_enum ? "enum " : "", t->name);
	}
	return buf;
}

/* macros that reach _IO* through any chain of other macros (libc may define _IO*) */
static bool *command_builders(struct spec *s)
{
	static const char *const roots[] = { "_IO", "_IOR", "_IOW", "_IOWR", "_IOC" };
	bool *in = xcalloc(s->nmacros + 1, sizeof(*in)), more = true;
	const char **names = NULL;
	int nnames = 0;

	for (size_t r = 0; r < sizeof(roots) / sizeof(roots[0]); r++)
		*PUSH(names, nnames) = roots[r];
	while (more) {
		more = false;
		for (int m = 0; m < s->nmacros; m++) {
			for (int k = 0; k < s->macros[m].ntoks && !in[m]; k++) {
				if (s->macros[m].toks[k].kind != TK_IDENT)
					continue;
				for (int x = 0; x < nnames; x++)
					if (!strcmp(names[x], s->macros[m].toks[k].text)) {
						in[m] = more = true;
						*PUSH(names, nnames) = s->macros[m].name;
						break;
					}
			}
		}
	}
	return in;
}

void pp_read(struct spec *s, const char *header, const struct pp_opts *o, struct pp_result *r)
{
	const char *real = find_header(header, o), *slash;
	char *abs = realpath(real, NULL), *wrapper, *text;
	struct spec *sa[KH_LAYOUT_NABI];
	struct probe *pr[KH_LAYOUT_NABI];
	int nnames;
	char **names;
	bool *builds;

	if (!abs)
		die_at((struct pos){ 0 }, "cannot resolve %s: %s", real, strerror(errno));
	names = header_macros(abs, &nnames);
	/* as a program includes it: <linux/ioctl.h> first (dm-ioctl.h needs it) */
	text = xasprintf("#include <linux/ioctl.h>\n#include \"%s\"\n#undef _IOC\n#define _IOC(d, t, n, s) %s(d, t, n, s)\n",
			 abs, MARK);
	for (int i = 0; i < nnames; i++)
		text = xasprintf("%s%s%d %s\n", text, PROBE, i, names[i]);
	shim_dir();
	wrapper = xasprintf("%s/wrap.c", tmpdir);
	write_file(wrapper, text);
	for (int a = 0; a < KH_LAYOUT_NABI; a++) {
		pr[a] = xcalloc(nnames + 1, sizeof(*pr[a]));
		sa[a] = read_abi(abs, header, wrapper, o, a, names, nnames, pr[a]);
	}
	*s = *sa[KH_LAYOUT_X86_64];
	slash = strrchr(header, '/');
	s->path = header;
	s->base = real == header && slash ? slash + 1 : header;
	for (int a = 1; a < KH_LAYOUT_NABI; a++)
		merge_abi(s, sa[a], a);
	for (int i = 0; i < s->ntypes; i++)
		r->nrecords += (s->types[i]->kind == T_STRUCT || s->types[i]->kind == T_UNION) &&
			       s->types[i]->complete && !s->types[i]->anonymous &&
			       s->types[i]->pos.file == header;

	/* every macro of the header that builds a command: an ioctl, or why not */
	builds = command_builders(s);
	for (int m = 0; m < s->nmacros; m++) {
		const struct macro *mac = &s->macros[m];
		struct pp_cmd *c;
		int k;

		if (!builds[m] || mac->pos.file != header)
			continue;
		for (k = 0; k < r->ncmds && strcmp(r->cmds[k].name, mac->name); k++)
			;
		if (k < r->ncmds)
			continue;
		c = PUSH(r->cmds, r->ncmds);
		c->name = mac->name;
		c->pos = mac->pos;
		c->why = NULL;
		if (mac->function_like) {
			c->why = "function-like: it builds commands from its arguments (each use "
				 "in an object-like macro is listed)";
			continue;
		}
		for (k = 0; k < nnames && strcmp(names[k], mac->name); k++)
			;
		for (int a = 0; a < KH_LAYOUT_NABI && !c->why; a++) {
			if (k == nnames || !pr[a][k].name)
				c->why = "not expanded (defined in a way the probe cannot see)";
			else if (pr[a][k].why)
				c->why = pr[a][k].why;
			else if (!pr[a][k].seen)
				c->why = xasprintf("does not reach _IOC when compiled for %s",
						   abis[a].name);
		}
		if (!c->why) {
			struct ioctl_def *io = PUSH(s->ioctls, s->nioctls);

			memset(io, 0, sizeof(*io));
			io->name = mac->name;
			io->pos = mac->pos;
			io->dir = (int)pr[0][k].dir;
			io->magic = pr[0][k].magic;
			io->nr = pr[0][k].nr;
			io->arg = pr[0][k].arg;
			for (int a = 0; a < KH_LAYOUT_NABI; a++)
				io->cmd[a] = pr[a][k].cmd;
		}
	}
}
