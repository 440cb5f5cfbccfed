// SPDX-License-Identifier: GPL-2.0
/*
 * shimtest: the example driver's generated compat handler
 * (examples/driver/generated/demodrv_compat.c) built in user space with its
 * shim, in a 64-bit process. It lays i386 and x32 arguments out with the
 * generated views in memory below 4 GiB and puts them through
 * demodrv_compat_ioctl_user(): capture, the native handler, copy back.
 *
 *   shimtest DEVICE   the handler is a real ioctl() on DEVICE (/dev/demodrv
 *                     in the VM: tests/driver/run)
 *   shimtest          the handler is local (LOCAL_HANDLER below, on the host)
 *
 * The results must be drvtest's (the batch's sum and hash, the xfer's
 * bytes), and a fault at any depth -EFAULT with nothing written.
 */
#define DEMODRV_SHIM_OWN_HANDLER
#include "demodrv_compat.c"

#include <fcntl.h>
#include <stdio.h>
#include <sys/mman.h>

static int failures, checks, local = 1;

static void check(int ok, const char *name, long r)
{
	checks++;
	printf("%s %s (%ld)\n", ok ? "ok" : "FAIL", name, r);
	failures += !ok;
}

/* the default handler of the shim, or the driver's batch and xfer in this process */
long demodrv_ioctl_kernel(int fd, unsigned int cmd, void *kdata)
{
	struct demodrv_batch *b = kdata;
	struct demodrv_xfer *x = kdata;
	__u32 h = 2166136261u;
	__u64 sum = 0;

	if (!local) {
		int r = ioctl(fd, cmd, kdata);

		return r < 0 ? -errno : r;
	}
	if (cmd == DEMODRV_IOC_XFER_X86_64) {
		const __u8 *in = x->in;
		__u8 *out = x->out;

		x->produced = x->in_len < x->out_len ? x->in_len : x->out_len;
		for (__u32 i = 0; i < x->produced; i++) {
			__u8 ch = x->flags & DEMODRV_XFER_REVERSE ? in[x->in_len - 1 - i] : in[i];

			if (x->flags & DEMODRV_XFER_UPPER && ch >= 'a' && ch <= 'z')
				ch -= 32;
			out[i] = ch;
		}
		return x->produced < x->in_len ? -ENOSPC : 0;
	}
	if (cmd != DEMODRV_IOC_BATCH_X86_64)
		return -ENOTTY;
	for (const char *p = b->label; *p; p++)
		h = (h ^ (__u8)*p) * 16777619u;
	for (__u32 i = 0; i < b->nops; i++) {
		const struct demodrv_op *op = &b->ops[i];
		const __u8 *bytes = NULL;
		size_t n = 0;

		if (op->kind == DEMODRV_OP_NUM) {
			sum += op->u.num;
			bytes = (const __u8 *)&op->u.num;
			n = 8;
		} else if (op->kind == DEMODRV_OP_NAME) {
			n = strlen(op->u.name);
			sum += n;
			bytes = (const __u8 *)op->u.name;
		} else {
			for (__u32 j = 0; j < op->u.pair->nvalues; j++) {
				const __u8 *v = (const __u8 *)&op->u.pair->values[j];

				sum += (__s64)op->u.pair->values[j] * op->u.pair->scale;
				for (int k = 0; k < 4; k++)
					h = (h ^ v[k]) * 16777619u;
			}
		}
		while (n--)
			h = (h ^ *bytes++) * 16777619u;
		sum += op->stamp;
	}
	b->sum = sum;
	b->hash = h;
	return 0;
}

/* the caller's memory: below 4 GiB, as a 32-bit process's is */
static unsigned char *pool, *snap;
static size_t used;
#define POOL 65536

static void *take(size_t n)
{
	void *p;

	used = (used + 15) & ~(size_t)15;
	p = pool + used;
	used += n;
	return p;
}

static __u32 lo(const void *p)
{
	return (__u32)(uintptr_t)p;
}

static __u32 str(const char *s)
{
	return lo(strcpy(take(strlen(s) + 1), s));
}

static __u32 bad;	/* a PROT_NONE page below 4 GiB */

/* drvtest's batch, laid out as an i386 (SUF _ia32) or x32 caller would */
#define MAKE_BATCH(SUF)								\
static struct demodrv_batch##SUF *batch##SUF(int fault)				\
{										\
	struct demodrv_batch##SUF *b = take(sizeof(*b));			\
	struct demodrv_op##SUF *ops = take(5 * sizeof(*ops));			\
	struct demodrv_pair##SUF *pair = take(sizeof(*pair));			\
	__u32 *values = take(4 * sizeof(*values));				\
										\
	values[0] = 1;								\
	values[1] = 2;								\
	values[2] = 3;								\
	values[3] = 40000;							\
	pair->nvalues = 4;							\
	pair->values = fault == 3 ? bad : lo(values);				\
	pair->scale = -3;							\
	ops[0].kind = DEMODRV_OP_NUM;						\
	ops[0].u.num = -7;							\
	ops[0].stamp = -5;							\
	ops[1].kind = DEMODRV_OP_NAME;						\
	ops[1].u.name = fault == 2 ? bad : str("hello, compat");		\
	ops[1].stamp = 3;							\
	ops[2].kind = DEMODRV_OP_PAIR;						\
	ops[2].u.pair = lo(pair);						\
	ops[2].stamp = -1;							\
	ops[3].kind = DEMODRV_OP_NUM;						\
	ops[3].u.num = (__s64)1 << 40;						\
	ops[3].stamp = 2147483647;						\
	ops[4].kind = DEMODRV_OP_NAME;						\
	ops[4].u.name = str("");						\
	ops[4].stamp = -2147483647;						\
	b->nops = 5;								\
	b->ops = fault == 1 ? bad : lo(ops);					\
	b->label = str("batch-1");						\
	b->sum = 0xa5a5a5a5a5a5a5a5ull;						\
	b->hash = 0x5a5a5a5a;							\
	return b;								\
}

MAKE_BATCH(_ia32)
MAKE_BATCH(_x32)

/* drvtest's figures for this batch (its own oracle, in every ABI) */
#define WANT_SUM 1099511507761ull
#define WANT_HASH 0xbe2a0be4u

static void run(int fd, int abi, const char *name, __u32 batch_cmd, __u32 xfer_cmd)
{
	char what[64];
	long r;

	for (int fault = 0; fault <= 3; fault++) {
		void *b = abi == DEMODRV_LAYOUT_IA32 ? (void *)batch_ia32(fault) :
			(void *)batch_x32(fault);
		__u64 sum;
		__u32 hash;

		memcpy(snap, pool, POOL);
		r = demodrv_compat_ioctl_user(fd, abi, batch_cmd, b);
		if (abi == DEMODRV_LAYOUT_IA32) {
			sum = ((struct demodrv_batch_ia32 *)b)->sum;
			hash = ((struct demodrv_batch_ia32 *)b)->hash;
		} else {
			sum = ((struct demodrv_batch_x32 *)b)->sum;
			hash = ((struct demodrv_batch_x32 *)b)->hash;
		}
		snprintf(what, sizeof(what), "%s batch fault-depth%d", name, fault);
		if (!fault)
			check(r == 0 && sum == WANT_SUM && hash == WANT_HASH, what, r);
		else
			check(r == -EFAULT && !memcmp(snap, pool, POOL), what, r);
	}
	/* xfer: the same in both 32-bit ABIs; the out buffer comes back whole */
	struct demodrv_xfer_ia32 *x = take(sizeof(*x));
	char *out = take(10);

	memset(out, '.', 10);
	x->in = str("abcdef");
	x->in_len = 6;
	x->out = lo(out);
	x->out_len = 10;
	x->flags = DEMODRV_XFER_REVERSE | DEMODRV_XFER_UPPER;
	r = demodrv_compat_ioctl_user(fd, abi, xfer_cmd, x);
	snprintf(what, sizeof(what), "%s xfer", name);
	check(r == 0 && x->produced == 6 && !memcmp(out, "FEDCBA\0\0\0\0", 10), what, r);
	x->out = bad;
	memcpy(snap, pool, POOL);
	r = demodrv_compat_ioctl_user(fd, abi, xfer_cmd, x);
	snprintf(what, sizeof(what), "%s xfer fault-out", name);
	check(r == -EFAULT && !memcmp(snap, pool, POOL), what, r);
	/* the other 32-bit ABI's number for a command whose size differs */
	r = demodrv_compat_ioctl_user(fd, abi, abi == DEMODRV_LAYOUT_IA32 ?
				      DEMODRV_IOC_BATCH_X32 : DEMODRV_IOC_BATCH_IA32, take(64));
	snprintf(what, sizeof(what), "%s other-abi-number", name);
	check(r == -ENOTTY, what, r);
}

int main(int argc, char **argv)
{
	int fd = -1;
	unsigned char *m;

	if (argc > 1) {
		fd = open(argv[1], O_RDWR);
		if (fd < 0) {
			perror(argv[1]);
			return 2;
		}
		local = 0;
	}
	m = mmap(NULL, 2 * POOL, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_32BIT,
		 -1, 0);
	if (m == MAP_FAILED || mprotect(m + POOL, 4096, PROT_NONE))
		return 2;
	pool = m;
	snap = malloc(POOL);
	bad = lo(m + POOL);
	run(fd, DEMODRV_LAYOUT_IA32, "ia32", DEMODRV_IOC_BATCH_IA32, DEMODRV_IOC_XFER_IA32);
	run(fd, DEMODRV_LAYOUT_X32, "x32", DEMODRV_IOC_BATCH_X32, DEMODRV_IOC_XFER_X32);
	printf("shimtest (%s): %d checks, %d failed\n", local ? "local handler" : argv[1], checks,
	       failures);
	return failures ? 1 : 0;
}
