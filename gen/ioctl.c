// SPDX-License-Identifier: GPL-2.0 OR MIT
/*
 * ioctl commands: _IO/_IOR/_IOW/_IOWR definitions and KH_IOCTL_POLICY lines.
 * Each ABI gets its own command number, since _IOC carries the argument's
 * size; two commands that share a number in any pair of ABIs are an error.
 */
#include <stdio.h>
#include <string.h>

#include "parse_priv.h"
#include "ioctl.h"

static const struct {
	const char *name;
	int dir;
	bool has_type;
} ioc_macros[] = {
	{ "_IO", IOC_NONE, false },
	{ "_IOR", IOC_READ, true },
	{ "_IOW", IOC_WRITE, true },
	{ "_IOWR", IOC_READ | IOC_WRITE, true },
};

bool is_ioctl_macro(const char *name)
{
	for (size_t i = 0; i < sizeof(ioc_macros) / sizeof(ioc_macros[0]); i++)
		if (!strcmp(ioc_macros[i].name, name))
			return true;
	return false;
}

/* the tokens of one macro argument, up to a ',' or ')' at depth 0 */
static int arg_end(struct parser *P)
{
	int depth = 0, i = P->i;

	for (; i < P->n; i++) {
		if (is_punct(&P->t[i], "("))
			depth++;
		else if (is_punct(&P->t[i], ")") && depth-- == 0)
			break;
		else if (is_punct(&P->t[i], ",") && depth == 0)
			break;
	}
	return i;
}

static int64_t eval_arg(struct parser *P)
{
	int end = arg_end(P);
	int64_t v = eval_tokens(P->s, P->t + P->i, end - P->i, 1);

	P->i = end;
	return v;
}

static void resolve_one(struct spec *s, struct ioctl_def *io, struct ioctl_src *src)
{
	struct parser P = { .s = s, .t = src->toks, .n = src->ntoks };
	const struct tok *m = next_tok(&P);
	size_t k = 0;

	while (strcmp(ioc_macros[k].name, m->text))
		k++;
	io->dir = ioc_macros[k].dir;
	expect(&P, "(");
	io->magic = eval_arg(&P);
	expect(&P, ",");
	io->nr = eval_arg(&P);
	if (ioc_macros[k].has_type) {
		struct pos p;

		expect(&P, ",");
		p = here(&P);
		io->arg = parse_specifier(&P, NULL, NULL);
		while (accept(&P, "*"))
			die_at(p, "%s: pass a struct, not a pointer, as the ioctl argument", io->name);
		if (io->arg->kind == T_VOID)
			die_at(p, "%s: void is no ioctl argument type", io->name);
	}
	expect(&P, ")");
	if (P.i != P.n)
		die_at(here(&P), "unexpected '%s' after %s(...)", peek_tok(&P, 0)->text, m->text);
	if (io->magic < 0 || io->magic > 0xff || io->nr < 0 || io->nr > 0xff)
		die_at(io->pos, "%s: magic and number must fit in 8 bits", io->name);
}

static void resolve_policy(struct spec *s, struct policy *pol)
{
	struct ioctl_def *io = NULL;

	for (int i = 0; i < s->nioctls; i++)
		if (!strcmp(s->ioctls[i].name, pol->cmd))
			io = &s->ioctls[i];
	if (!io)
		die_at(pol->pos, "KH_IOCTL_POLICY names '%s', which is no ioctl", pol->cmd);
	for (int i = 1; i < pol->ntoks; i++) {
		struct tok *t = &pol->toks[i];

		if (is_ident(t, "KH_COPYBACK_ALWAYS")) {
			io->copyback = CB_ALWAYS;
		} else if (is_ident(t, "KH_NO_PROBE")) {
			io->no_probe = true;
		} else if (is_ident(t, "KH_NULL_ARG")) {
			if (i + 3 >= pol->ntoks || !is_punct(&pol->toks[i + 1], "(") ||
			    pol->toks[i + 2].kind != TK_IDENT || !is_punct(&pol->toks[i + 3], ")"))
				die_at(t->pos, "KH_NULL_ARG takes one errno name");
			io->null_arg_err = pol->toks[i + 2].text;
			i += 3;
		} else if (is_ident(t, "KH_COPYBACK_WHOLE")) {
			io->copyback_whole = true;
		} else if (is_ident(t, "KH_COPYBACK_ON")) {
			for (i += 2; i < pol->ntoks && !is_punct(&pol->toks[i], ")"); i++) {
				if (pol->toks[i].kind == TK_IDENT)
					*PUSH(io->copyback_errs, io->ncopyback_errs) = pol->toks[i].text;
				else if (!is_punct(&pol->toks[i], ","))
					die_at(pol->toks[i].pos, "KH_COPYBACK_ON takes errno names");
			}
		} else if (!is_punct(t, ",")) {
			die_at(t->pos, "unknown ioctl policy '%s'", t->text);
		}
	}
}

void resolve_ioctls(struct spec *s)
{
	for (int i = 0; i < s->nioctls && !s->cpp; i++)	/* cpp: pp.c found them */
		resolve_one(s, &s->ioctls[i], &s->ioctl_srcs[i]);
	for (int i = 0; i < s->npolicies; i++)
		resolve_policy(s, &s->policies[i]);
}

uint32_t ioc_encode(int dir, int64_t magic, int64_t nr, unsigned int size)
{
	return (uint32_t)dir << IOC_DIRSHIFT | (uint32_t)size << IOC_SIZESHIFT |
	       (uint32_t)magic << IOC_TYPESHIFT | (uint32_t)nr;
}

void compute_ioctl_cmds(struct spec *s)
{
	for (int i = 0; i < s->nioctls; i++) {
		struct ioctl_def *io = &s->ioctls[i];

		for (int a = 0; a < KH_LAYOUT_NABI; a++) {
			unsigned int size = io->arg && !io->plain ? io->arg->size[a] : 0;

			if (size >= 1u << IOC_SIZEBITS)
				die_at(io->pos, "%s: argument of %u bytes in %s does not fit _IOC's size",
				       io->name, size, abis[a].name);
			io->cmd[a] = ioc_encode(io->dir, io->magic, io->nr, size);
		}
	}
	for (int i = 0; i < s->nioctls; i++)
		for (int j = i + 1; j < s->nioctls; j++)
			for (int a = 0; a < KH_LAYOUT_NABI; a++)
				for (int b = 0; b < KH_LAYOUT_NABI; b++)
					if (s->ioctls[i].cmd[a] == s->ioctls[j].cmd[b])
						die_at(s->ioctls[j].pos,
						       "%s (%s) and %s (%s) share command number 0x%08x",
						       s->ioctls[i].name, abis[a].name,
						       s->ioctls[j].name, abis[b].name,
						       s->ioctls[i].cmd[a]);
}
