/* SPDX-License-Identifier: GPL-2.0 OR MIT */
/* Which of our ABIs an ELF object is built for, from its header alone. */
#ifndef ABI_ELF_ABI_H
#define ABI_ELF_ABI_H

#include <libelf.h>

/* KH_LAYOUT_X86_64, _I386, _X32, or -1 */
int elf_abi_of(Elf *elf);

#endif
