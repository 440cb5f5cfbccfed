/* SPDX-License-Identifier: GPL-2.0 OR MIT */
/* ELF class + machine -> x86_64 (64, EM_X86_64), i386 (32, EM_386), x32 (32, EM_X86_64) */
#include <gelf.h>

#include "elf_abi.h"
#include "kh_layout.h"

int elf_abi_of(Elf *elf)
{
	GElf_Ehdr eh;

	if (!gelf_getehdr(elf, &eh) || eh.e_ident[EI_DATA] != ELFDATA2LSB)
		return -1;
	if (eh.e_ident[EI_CLASS] == ELFCLASS64 && eh.e_machine == EM_X86_64)
		return KH_LAYOUT_X86_64;
	if (eh.e_ident[EI_CLASS] == ELFCLASS32 && eh.e_machine == EM_386)
		return KH_LAYOUT_IA32;
	if (eh.e_ident[EI_CLASS] == ELFCLASS32 && eh.e_machine == EM_X86_64)
		return KH_LAYOUT_X32;
	return -1;
}
