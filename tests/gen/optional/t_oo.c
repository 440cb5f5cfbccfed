// SPDX-License-Identifier: GPL-2.0 OR MIT
/*
 * KH_OPTIONAL on a KH_OUT pointer, through the generated entry thunks in
 * the native and the ia32 ABI: a NULL buffer with a length reaches the core
 * as NULL (not -EFAULT) and the out member still goes back; a buffer gets
 * the core's bytes. Exit status 0 when all hold.
 */
#include <stdio.h>
#include <string.h>

#include "kh_thunks.h"
#include "kh_usim.h"

static const char data[] = "0123456789";
static int core_calls;

long oo_ioc_read_core(struct kh_ctx *c, struct oo_read_args *a)
{
	(void)c;
	core_calls++;
	a->needed = sizeof(data);
	if (a->buf)
		memcpy(a->buf, data, a->len < sizeof(data) ? a->len : sizeof(data));
	return 0;
}

static int fails;

static void expect(int ok, const char *abi, const char *what)
{
	if (!ok) {
		printf("t_oo %s: %s\n", abi, what);
		fails++;
	}
}

static long call(int abi, unsigned int cmd, void *uargs)
{
	struct kh_ctx c;
	long ret;

	kh_ctx_init(&c, abi, NULL);
	ret = kh_ioctl_dispatch(&c, cmd, uargs);
	kh_ctx_release(&c);
	return ret;
}

int main(void)
{
	struct oo_read_args *n = kh_usim_alloc(sizeof(*n), 0);
	struct oo_read_args_ia32 *v = kh_usim_alloc(sizeof(*v), KH_USIM_LOW32);
	char *ubuf = kh_usim_alloc(16, KH_USIM_LOW32);
	long ret;

	/* no buffer, a length: the core sees NULL, needed goes back */
	n->len = 16;
	n->buf = NULL;
	ret = call(KH_LAYOUT_X86_64, OO_IOC_READ_X86_64, n);
	expect(ret == 0, "x86_64", "a NULL KH_OPTIONAL out buffer was refused");
	expect(n->needed == sizeof(data), "x86_64", "needed did not go back");
	v->len = 16;
	v->buf = 0;
	v->needed = 0;
	ret = call(KH_LAYOUT_IA32, OO_IOC_READ_IA32, v);
	expect(ret == 0, "ia32", "a NULL KH_OPTIONAL out buffer was refused");
	expect(v->needed == sizeof(data), "ia32", "needed did not go back");

	/* a buffer: the core's bytes come back */
	v->buf = (kh_uptr32_t)(uintptr_t)ubuf;
	ret = call(KH_LAYOUT_IA32, OO_IOC_READ_IA32, v);
	expect(ret == 0 && !memcmp(ubuf, data, 10), "ia32", "the buffer did not come back");
	expect(core_calls == 3, "any", "the core was not called three times");
	if (!fails)
		printf("t_oo: KH_OPTIONAL out buffers: 3 calls as expected\n");
	return fails != 0;
}
