/* SPDX-License-Identifier: GPL-2.0 OR MIT */
/* Read kh_layout_probe[][3] (and its count) out of a relocatable object. */
#include <fcntl.h>
#include <gelf.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "elf_abi.h"
#include "probe_elf.h"

static unsigned int le32(const unsigned char *b)
{
	return b[0] | b[1] << 8 | b[2] << 16 | (unsigned int)b[3] << 24;
}

/* does a relocation patch bytes [lo, hi) of section shndx? */
static int relocated(Elf *elf, size_t shndx, GElf_Addr lo, GElf_Addr hi)
{
	Elf_Scn *scn = NULL;
	GElf_Shdr sh;

	while ((scn = elf_nextscn(elf, scn))) {
		Elf_Data *d;
		size_t i, n;

		if (!gelf_getshdr(scn, &sh) || sh.sh_info != shndx ||
		    (sh.sh_type != SHT_REL && sh.sh_type != SHT_RELA))
			continue;
		d = elf_getdata(scn, NULL);
		n = sh.sh_entsize ? sh.sh_size / sh.sh_entsize : 0;
		for (i = 0; d && i < n; i++) {
			GElf_Rela ra;
			GElf_Rel rl;
			GElf_Addr at;

			if (sh.sh_type == SHT_RELA)
				at = gelf_getrela(d, (int)i, &ra) ? ra.r_offset : 0;
			else
				at = gelf_getrel(d, (int)i, &rl) ? rl.r_offset : 0;
			if (at >= lo && at < hi)
				return 1;
		}
	}
	return 0;
}

/* the bytes of a defined data symbol that no relocation touches; NULL if absent */
static const unsigned char *sym_bytes(Elf *elf, const char *want, size_t *size)
{
	Elf_Scn *scn = NULL;
	GElf_Shdr sh;

	while ((scn = elf_nextscn(elf, scn))) {
		Elf_Data *d;
		size_t i, n;

		if (!gelf_getshdr(scn, &sh) || sh.sh_type != SHT_SYMTAB)
			continue;
		d = elf_getdata(scn, NULL);
		n = sh.sh_entsize ? sh.sh_size / sh.sh_entsize : 0;
		for (i = 0; d && i < n; i++) {
			GElf_Sym s;
			const char *name;
			Elf_Scn *ds;
			GElf_Shdr dsh;
			Elf_Data *dd;

			if (!gelf_getsym(d, (int)i, &s))
				continue;
			name = elf_strptr(elf, sh.sh_link, s.st_name);
			if (!name || strcmp(name, want) != 0 || s.st_shndx == SHN_UNDEF ||
			    s.st_shndx >= SHN_LORESERVE)
				continue;
			ds = elf_getscn(elf, s.st_shndx);
			if (!ds || !gelf_getshdr(ds, &dsh) || dsh.sh_type == SHT_NOBITS)
				return NULL;
			dd = elf_getdata(ds, NULL);
			if (!dd || s.st_value + s.st_size > dd->d_size ||
			    relocated(elf, s.st_shndx, s.st_value, s.st_value + s.st_size))
				return NULL;
			*size = s.st_size;
			return (const unsigned char *)dd->d_buf + s.st_value;
		}
	}
	return NULL;
}

int probe_elf_read(const char *path, struct probe_data *p, char *err, unsigned int errlen)
{
	const unsigned char *b;
	size_t size = 0, i;
	int fd, rc = -1;
	Elf *elf = NULL;

	memset(p, 0, sizeof(*p));
	p->count_sym = -1;
	elf_version(EV_CURRENT);
	fd = open(path, O_RDONLY);
	if (fd < 0 || !(elf = elf_begin(fd, ELF_C_READ, NULL))) {
		snprintf(err, errlen, "%s: cannot open as ELF", path);
		goto out;
	}
	p->abi = elf_abi_of(elf);
	b = sym_bytes(elf, "kh_layout_probe_count", &size);
	if (b && size == 4)
		p->count_sym = (int)le32(b);
	b = sym_bytes(elf, "kh_layout_probe", &size);
	if (!b || size % 12) {
		snprintf(err, errlen, "%s: no kh_layout_probe data symbol", path);
		goto out;
	}
	p->n = (unsigned int)(size / 12);
	p->v = calloc(p->n ? p->n : 1, sizeof(*p->v));
	if (!p->v)
		goto out;
	for (i = 0; i < p->n; i++) {
		p->v[i][0] = le32(b + 12 * i);
		p->v[i][1] = le32(b + 12 * i + 4);
		p->v[i][2] = le32(b + 12 * i + 8);
	}
	rc = 0;
out:
	if (elf)
		elf_end(elf);
	if (fd >= 0)
		close(fd);
	return rc;
}

void probe_elf_free(struct probe_data *p)
{
	free(p->v);
	p->v = NULL;
}
