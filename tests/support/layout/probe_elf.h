/* SPDX-License-Identifier: GPL-2.0 OR MIT */
/*
 * Oracle 3b, the object's data: the kh_layout_probe array that the compiler
 * of an ABI wrote into its object file, read back with libelf (symbol table
 * -> section -> bytes), without running anything built for that ABI.
 */
#ifndef ABI_PROBE_ELF_H
#define ABI_PROBE_ELF_H

struct probe_data {
	unsigned int (*v)[3];	/* {offset, size, align} per entry */
	unsigned int n;
	int abi;		/* elf_abi_of() */
	int count_sym;		/* kh_layout_probe_count, -1 if absent */
};

/* 0, or -1 with a message in err */
int probe_elf_read(const char *path, struct probe_data *p, char *err, unsigned int errlen);
void probe_elf_free(struct probe_data *p);

#endif
