// SPDX-License-Identifier: GPL-2.0
/*
 * drvtest: drives /dev/demodrv (examples/driver) from one ABI; built -m64,
 * -m32 and -mx32 (tests/driver/run). It prints a transcript that must be
 * byte for byte the same in the three ABIs (nothing ABI-dependent goes in
 * it), and checks each result against what it computes itself from the
 * data it sent. Faults at every pointer depth must give EFAULT and leave
 * every byte the caller owns as it was.
 *
 *   drvtest [DEVICE]      exit 0 when every check passed
 */
#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/mman.h>
#include <unistd.h>

#include "demodrv.h"

static int fd, failures, checks;

static void check(int ok, const char *name, const char *fmt, ...)
{
	va_list ap;

	checks++;
	if (ok) {
		printf("ok %s\n", name);
		return;
	}
	failures++;
	printf("FAIL %s: ", name);
	va_start(ap, fmt);
	vprintf(fmt, ap);
	va_end(ap);
	printf("\n");
}

/* everything the caller owns lives in the pool: one memcmp sees any write */
static unsigned char pool[1 << 17] __attribute__((aligned(64)));
static unsigned char snap[sizeof(pool)];
static size_t used;

static void *take(size_t n)
{
	void *p;

	used = (used + 15) & ~(size_t)15;
	p = pool + used;
	used += n;
	if (used > sizeof(pool))
		abort();
	return p;
}

static char *str(const char *s)
{
	return strcpy(take(strlen(s) + 1), s);
}

/* -errno or the result */
static long call(unsigned long cmd, void *arg)
{
	long r = ioctl(fd, cmd, arg);

	return r < 0 ? -errno : r;
}

static void *bad;	/* a PROT_NONE page (after a readable one): every access faults */

#define FNV_BASIS 2166136261u
#define FNV_PRIME 16777619u

static __u32 fnv(__u32 h, const void *p, size_t n)
{
	const unsigned char *b = p;

	while (n--)
		h = (h ^ *b++) * FNV_PRIME;
	return h;
}

/* what the driver must compute, from the data as this process wrote it */
static void expect_batch(const struct demodrv_batch *b, __u64 *sum, __u32 *hash)
{
	__u32 h = fnv(FNV_BASIS, b->label, strlen(b->label));
	__u64 s = 0;

	for (__u32 i = 0; i < b->nops; i++) {
		const struct demodrv_op *op = &b->ops[i];

		switch (op->kind) {
		case DEMODRV_OP_NUM:
			s += (__u64)op->u.num;
			h = fnv(h, &op->u.num, sizeof(op->u.num));
			break;
		case DEMODRV_OP_NAME:
			s += strlen(op->u.name);
			h = fnv(h, op->u.name, strlen(op->u.name));
			break;
		case DEMODRV_OP_PAIR:
			for (__u32 j = 0; j < op->u.pair->nvalues; j++) {
				__s64 v = (__s64)op->u.pair->values[j] * op->u.pair->scale;

				s += (__u64)v;
				h = fnv(h, &op->u.pair->values[j], 4);
			}
			break;
		}
		s += (__u64)(__s64)op->stamp;
	}
	*sum = s;
	*hash = h;
}

#define SENTINEL_SUM 0xa5a5a5a5a5a5a5a5ull
#define SENTINEL_HASH 0x5a5a5a5au

/* a batch of 5 ops: a number, a name, a pair (3 levels of pointers), ... */
static struct demodrv_batch *make_batch(void)
{
	struct demodrv_batch *b = take(sizeof(*b));
	struct demodrv_op *ops = take(5 * sizeof(*ops));
	struct demodrv_pair *pair = take(sizeof(*pair));
	__u32 *values = take(4 * sizeof(*values));

	values[0] = 1;
	values[1] = 2;
	values[2] = 3;
	values[3] = 40000;
	pair->nvalues = 4;
	pair->values = values;
	pair->scale = -3;
	ops[0].kind = DEMODRV_OP_NUM;
	ops[0].u.num = -7;
	ops[0].stamp = -5;
	ops[1].kind = DEMODRV_OP_NAME;
	ops[1].u.name = str("hello, compat");
	ops[1].stamp = 3;
	ops[2].kind = DEMODRV_OP_PAIR;
	ops[2].u.pair = pair;
	ops[2].stamp = -1;
	ops[3].kind = DEMODRV_OP_NUM;
	ops[3].u.num = (__s64)1 << 40;
	ops[3].stamp = 2147483647;
	ops[4].kind = DEMODRV_OP_NAME;
	ops[4].u.name = str("");
	ops[4].stamp = -2147483647;
	b->nops = 5;
	b->ops = ops;
	b->label = str("batch-1");
	b->sum = SENTINEL_SUM;
	b->hash = SENTINEL_HASH;
	return b;
}

/* call, expect err, and nothing the caller owns may have changed */
static void expect_untouched(const char *name, unsigned long cmd, void *arg, long err)
{
	long r;

	memcpy(snap, pool, sizeof(pool));
	r = call(cmd, arg);
	check(r == err, name, "got %ld, want %ld", r, err);
	check(!memcmp(snap, pool, sizeof(pool)), name, "the caller's memory changed");
}

static void test_batch(void)
{
	struct demodrv_batch *b = make_batch(), *b0;
	__u64 sum;
	__u32 hash;
	long r;

	expect_batch(b, &sum, &hash);
	r = call(DEMODRV_IOC_BATCH, b);
	printf("batch: ret %ld sum %llu hash 0x%08x\n", r, (unsigned long long)b->sum, b->hash);
	check(r == 0 && b->sum == sum && b->hash == hash, "batch",
	      "ret %ld sum %llu (want %llu) hash 0x%08x (want 0x%08x)", r,
	      (unsigned long long)b->sum, (unsigned long long)sum, b->hash, hash);

	b0 = take(sizeof(*b0));
	b0->nops = 0;
	b0->ops = NULL;
	b0->label = str("empty");
	expect_batch(b0, &sum, &hash);
	r = call(DEMODRV_IOC_BATCH, b0);
	printf("batch-empty: ret %ld sum %llu hash 0x%08x\n", r, (unsigned long long)b0->sum,
	       b0->hash);
	check(r == 0 && b0->sum == sum && b0->hash == hash, "batch-empty", "ret %ld", r);

	/* the policy's value checks: nothing written either */
	b = make_batch();
	b->nops = DEMODRV_MAX_OPS + 1;
	expect_untouched("batch-too-many", DEMODRV_IOC_BATCH, b, -E2BIG);
	b = make_batch();
	b->ops[3].kind = 9;
	expect_untouched("batch-bad-kind", DEMODRV_IOC_BATCH, b, -EINVAL);
	b = make_batch();
	b->ops[1].u.name = str("a name longer than DEMODRV_NAME_MAX bytes");
	expect_untouched("batch-long-name", DEMODRV_IOC_BATCH, b, -EINVAL);
	b = make_batch();
	b->ops[2].u.pair->nvalues = DEMODRV_MAX_VALUES + 1;
	expect_untouched("batch-many-values", DEMODRV_IOC_BATCH, b, -E2BIG);

	/* a fault at every depth: EFAULT, nothing written */
	expect_untouched("fault-depth0-arg", DEMODRV_IOC_BATCH, bad, -EFAULT);
	b = make_batch();
	b->ops = bad;
	expect_untouched("fault-depth1-ops", DEMODRV_IOC_BATCH, b, -EFAULT);
	b = make_batch();
	b->label = bad;
	expect_untouched("fault-depth1-label", DEMODRV_IOC_BATCH, b, -EFAULT);
	b = make_batch();
	b->label = NULL;
	expect_untouched("fault-depth1-label-null", DEMODRV_IOC_BATCH, b, -EFAULT);
	b = make_batch();
	b->ops[1].u.name = bad;
	expect_untouched("fault-depth2-name", DEMODRV_IOC_BATCH, b, -EFAULT);
	b = make_batch();
	b->ops[2].u.pair = bad;
	expect_untouched("fault-depth2-pair", DEMODRV_IOC_BATCH, b, -EFAULT);
	b = make_batch();
	b->ops[2].u.pair->values = bad;
	expect_untouched("fault-depth3-values", DEMODRV_IOC_BATCH, b, -EFAULT);
	b = make_batch();
	b->ops[2].u.pair->values = (__u32 *)((char *)bad - 8);	/* the 3rd value faults */
	expect_untouched("fault-depth3-values-straddle", DEMODRV_IOC_BATCH, b, -EFAULT);
}

static void print_bytes(const char *what, const unsigned char *p, size_t n)
{
	printf("%s:", what);
	for (size_t i = 0; i < n; i++)
		printf(" %02x", p[i]);
	printf("\n");
}

static struct demodrv_xfer *make_xfer(const char *in, __u32 out_len, __u32 flags)
{
	struct demodrv_xfer *x = take(sizeof(*x));

	x->in_len = strlen(in);
	x->in = str(in);
	x->out_len = out_len;
	x->out = take(out_len);
	memset(x->out, '.', out_len);
	x->produced = 0xdeadbeef;
	x->flags = flags;
	return x;
}

static void test_xfer(void)
{
	struct demodrv_xfer *x = make_xfer("abcdef", 10, DEMODRV_XFER_REVERSE | DEMODRV_XFER_UPPER);
	unsigned char *ro;
	long r;

	r = call(DEMODRV_IOC_XFER, x);
	printf("xfer: ret %ld produced %u\n", r, x->produced);
	print_bytes("xfer: out", x->out, 10);
	check(r == 0 && x->produced == 6 && !memcmp(x->out, "FEDCBA\0\0\0\0", 10), "xfer",
	      "ret %ld produced %u", r, x->produced);

	/* big enough for the capture arena's heap chunks (its first 256 bytes are inline) */
	x = take(sizeof(*x));
	x->in_len = 3000;
	x->in = take(3000);
	for (int i = 0; i < 3000; i++)
		((unsigned char *)x->in)[i] = (unsigned char)(i * 7 + 1);
	x->out_len = DEMODRV_MAX_BUF;
	x->out = take(DEMODRV_MAX_BUF);
	memset(x->out, '.', DEMODRV_MAX_BUF);
	x->flags = DEMODRV_XFER_REVERSE;
	r = call(DEMODRV_IOC_XFER, x);
	{
		const unsigned char *in = x->in, *out = x->out;
		int same = r == 0 && x->produced == 3000;

		for (int i = 0; same && i < DEMODRV_MAX_BUF; i++)
			same = out[i] == (i < 3000 ? in[2999 - i] : 0);
		printf("xfer-big: ret %ld produced %u out fnv 0x%08x\n", r, x->produced,
		       fnv(FNV_BASIS, out, DEMODRV_MAX_BUF));
		check(same, "xfer-big", "ret %ld produced %u", r, x->produced);
	}

	x = make_xfer("0123456789", 4, 0);
	expect_untouched("xfer-short-out", DEMODRV_IOC_XFER, x, -ENOSPC);
	x = make_xfer("abc", 4, 0x4);
	expect_untouched("xfer-bad-flags", DEMODRV_IOC_XFER, x, -EINVAL);
	x = make_xfer("abc", 4, 0);
	x->in_len = DEMODRV_MAX_BUF + 1;
	expect_untouched("xfer-too-long", DEMODRV_IOC_XFER, x, -E2BIG);
	x = make_xfer("abc", 4, 0);
	x->in = bad;
	expect_untouched("fault-depth1-in", DEMODRV_IOC_XFER, x, -EFAULT);
	x = make_xfer("abc", 4, 0);
	x->out = bad;
	expect_untouched("fault-depth1-out", DEMODRV_IOC_XFER, x, -EFAULT);

	/* an out buffer the caller cannot write: EFAULT before the driver runs */
	ro = mmap(NULL, 4096, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	memset(ro, '#', 4096);
	mprotect(ro, 4096, PROT_READ);
	x = make_xfer("abc", 4, 0);
	x->out = ro;
	expect_untouched("fault-out-readonly", DEMODRV_IOC_XFER, x, -EFAULT);
	check(ro[0] == '#' && ro[3] == '#', "fault-out-readonly-content", "changed");

	/* the argument itself read-only: its out member cannot go back */
	x = (struct demodrv_xfer *)(ro + 1024);
	mprotect(ro, 4096, PROT_READ | PROT_WRITE);
	memcpy(x, make_xfer("abc", 4, 0), sizeof(*x));
	mprotect(ro, 4096, PROT_READ);
	r = call(DEMODRV_IOC_XFER, x);
	check(r == -EFAULT && x->produced == 0xdeadbeef, "fault-arg-readonly", "ret %ld", r);
	munmap(ro, 4096);
}

static void test_misc(void)
{
	struct demodrv_info *info = take(sizeof(*info));
	__u32 *level = take(sizeof(*level));
	long r;

	*level = 7;
	r = call(DEMODRV_IOC_LEVEL, level);
	check(r == 0, "level", "ret %ld", r);
	memset(info, 0xee, sizeof(*info));
	r = call(DEMODRV_IOC_INFO, info);
	printf("info: ret %ld name %.16s level %u ncalls %ld total_bytes %llu\n", r,
	       info->name, info->level, (long)info->ncalls, (unsigned long long)info->total_bytes);
	check(r == 0 && !strcmp(info->name, "demodrv") && info->level == 7, "info", "ret %ld", r);

	/* another ABI's number, or a wrong size: not a command of this ABI */
	expect_untouched("unknown-size", _IOC(_IOC_READ | _IOC_WRITE, DEMODRV_BASE, 1,
					      sizeof(struct demodrv_batch) + 8), info, -ENOTTY);
	expect_untouched("unknown-nr", _IOWR(DEMODRV_BASE, 99, struct demodrv_batch), info,
			 -ENOTTY);
	expect_untouched("info-fault", DEMODRV_IOC_INFO, bad, -EFAULT);
	r = call(DEMODRV_IOC_RESET, NULL);
	memset(info, 0xee, sizeof(*info));
	r = r ? r : call(DEMODRV_IOC_INFO, info);
	check(r == 0 && info->ncalls == 1 && info->level == 0 && info->total_bytes == 0, "reset",
	      "ret %ld ncalls %ld", r, (long)info->ncalls);
}

int main(int argc, char **argv)
{
	const char *dev = argc > 1 ? argv[1] : "/dev/demodrv";

	fd = open(dev, O_RDWR);
	if (fd < 0) {
		perror(dev);
		return 2;
	}
	/* a readable page, then the PROT_NONE one: a read may start in one, end in the other */
	bad = mmap(NULL, 8192, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	if (bad == MAP_FAILED || mprotect((char *)bad + 4096, 4096, PROT_NONE))
		return 2;
	bad = (char *)bad + 4096;
	if (call(DEMODRV_IOC_RESET, NULL))
		return 2;
	test_batch();
	test_xfer();
	test_misc();
	printf("drvtest: %d checks, %d failed\n", checks, failures);
	return failures ? 1 : 0;
}
