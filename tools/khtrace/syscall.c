// SPDX-License-Identifier: GPL-2.0 OR MIT
/*
 * Which ioctl a stopped tracee is making, and in which ABI. The kernel's
 * syscall path decides the layout (in_ia32_syscall, in_x32_syscall), not
 * the binary: PTRACE_GET_SYSCALL_INFO reports the path's audit arch and
 * number. Kernels before 5.3 lack it; then the register set's size tells
 * a 32-bit tracee (NT_PRSTATUS of an i386 task is 68 bytes).
 */
#include <elf.h>
#include <errno.h>
#include <string.h>
#include <sys/ptrace.h>
#include <sys/uio.h>
#include <sys/user.h>
#include <linux/audit.h>

#include "khtrace.h"
#include "kh_layout.h"

#define X32_SYSCALL_BIT	0x40000000ull
#define NR_IOCTL_64	16	/* arch/x86/entry/syscalls/syscall_64.tbl */
#define NR_IOCTL_X32	514	/* x32's compat_sys_ioctl */
#define NR_IOCTL_I386	54	/* arch/x86/entry/syscalls/syscall_32.tbl */

/* struct user_regs_struct of an i386 task, as PTRACE_GETREGSET gives it */
struct regs32 {
	__u32 ebx, ecx, edx, esi, edi, ebp, eax, xds, xes, xfs, xgs, orig_eax, eip, xcs, eflags,
	      esp, xss;
};

static void classify(struct sc_stop *s, bool i386, __u64 nr)
{
	if (i386) {
		s->is_ioctl = nr == NR_IOCTL_I386;
		s->abi = KH_LAYOUT_IA32;
	} else if (nr & X32_SYSCALL_BIT) {
		s->is_ioctl = (nr & ~X32_SYSCALL_BIT) == NR_IOCTL_X32;
		s->abi = KH_LAYOUT_X32;
	} else {
		s->is_ioctl = nr == NR_IOCTL_64;
		s->abi = KH_LAYOUT_X86_64;
	}
	if (s->abi != KH_LAYOUT_X86_64)	/* compat_ptr: the low 32 bits */
		for (int i = 0; i < 3; i++)
			s->args[i] &= 0xffffffffu;
}

static int from_info(struct tracee *t, struct sc_stop *s)
{
	struct __ptrace_syscall_info info;

	memset(&info, 0, sizeof(info));
	if (ptrace(PTRACE_GET_SYSCALL_INFO, t->tid, (void *)sizeof(info), &info) <= 0)
		return -1;
	if (info.op == PTRACE_SYSCALL_INFO_ENTRY) {
		s->entry = true;
		memcpy(s->args, info.entry.args, sizeof(s->args));
		classify(s, info.arch == AUDIT_ARCH_I386, info.entry.nr);
	} else if (info.op == PTRACE_SYSCALL_INFO_EXIT) {
		s->entry = false;
		s->rval = info.exit.rval;
	} else {
		return -1;
	}
	return 0;
}

static int from_regs(struct tracee *t, struct sc_stop *s)
{
	struct user_regs_struct r;
	struct iovec iov = { &r, sizeof(r) };
	bool i386;

	if (ptrace(PTRACE_GETREGSET, t->tid, (void *)NT_PRSTATUS, &iov))
		return -1;
	i386 = iov.iov_len == sizeof(struct regs32);
	s->entry = !t->in_syscall;
	if (i386) {
		struct regs32 r32;

		memcpy(&r32, &r, sizeof(r32));
		s->args[0] = r32.ebx;
		s->args[1] = r32.ecx;
		s->args[2] = r32.edx;
		s->rval = (__s32)r32.eax;
		t->nr = s->entry ? r32.orig_eax : t->nr;
	} else {
		s->args[0] = r.rdi;
		s->args[1] = r.rsi;
		s->args[2] = r.rdx;
		s->rval = (__s64)r.rax;
		t->nr = s->entry ? r.orig_rax : t->nr;
	}
	if (s->entry)
		classify(s, i386, t->nr);
	return 0;
}

int sc_read(struct tracee *t, struct sc_stop *s)
{
	memset(s, 0, sizeof(*s));
	if (!from_info(t, s))
		return 0;
	return from_regs(t, s);
}
