// SPDX-License-Identifier: GPL-2.0
/*
 * demodrv: thunkgen's example driver (docs/thunkgen.md, "Using thunkgen on
 * your driver"). A misc device, /dev/demodrv, whose ioctls (demodrv.h) have
 * nested pointers, a union, a counted array, a string and in/out buffers.
 *
 * The driver writes no copy_from_user and no compat code: thunkgen wrote
 * generated/ from demodrv.h and demodrv.policy. Its compat_ioctl (and here
 * its unlocked_ioctl too) captures the caller's argument graph, in the
 * caller's ABI, into kernel memory and calls demodrv_ioctl_kernel() below
 * with the native struct; the out members go back in the caller's layout.
 */
#include <linux/ctype.h>
#include <linux/fs.h>
#include <linux/miscdevice.h>
#include <linux/module.h>
#include <linux/slab.h>
#include <linux/string.h>
#include "demodrv.h"
#include "demodrv_compat.h"

struct demodrv_file {
	u32 level;
	long ncalls;
	u64 total_bytes;
};

#define FNV_BASIS 2166136261u
#define FNV_PRIME 16777619u

static u32 fnv(u32 h, const void *p, size_t n)
{
	const u8 *b = p;

	while (n--)
		h = (h ^ *b++) * FNV_PRIME;
	return h;
}

/* every pointer in b is a kernel pointer: the generated code captured them */
static long demodrv_batch(struct demodrv_file *df, struct demodrv_batch *b)
{
	u32 h = fnv(FNV_BASIS, b->label, strlen(b->label));
	u64 sum = 0;

	for (u32 i = 0; i < b->nops; i++) {
		const struct demodrv_op *op = &b->ops[i];
		const struct demodrv_pair *p;

		switch (op->kind) {
		case DEMODRV_OP_NUM:
			sum += op->u.num;
			h = fnv(h, &op->u.num, sizeof(op->u.num));
			break;
		case DEMODRV_OP_NAME:
			sum += strlen(op->u.name);
			h = fnv(h, op->u.name, strlen(op->u.name));
			break;
		case DEMODRV_OP_PAIR:
			p = op->u.pair;
			for (u32 j = 0; j < p->nvalues; j++) {
				sum += (s64)p->values[j] * p->scale;
				h = fnv(h, &p->values[j], sizeof(p->values[j]));
			}
			break;
		default:	/* the policy's KH_ENUM let nothing else through */
			return -EINVAL;
		}
		sum += op->stamp;
	}
	b->sum = sum;
	b->hash = h;
	df->total_bytes += b->nops;
	return 0;
}

static long demodrv_xfer(struct demodrv_file *df, struct demodrv_xfer *x)
{
	const u8 *in = x->in;
	u8 *out = x->out;
	u32 n = min(x->in_len, x->out_len);

	for (u32 i = 0; i < n; i++) {
		u8 ch = x->flags & DEMODRV_XFER_REVERSE ? in[x->in_len - 1 - i] : in[i];

		out[i] = x->flags & DEMODRV_XFER_UPPER ? toupper(ch) : ch;
	}
	x->produced = n;
	df->total_bytes += n;
	return n < x->in_len ? -ENOSPC : 0;
}

long demodrv_ioctl_kernel(struct file *file, unsigned int cmd, void *kdata)
{
	struct demodrv_file *df = file->private_data;
	struct demodrv_info *info;

	df->ncalls++;
	switch (cmd) {
	case DEMODRV_IOC_BATCH:
		return demodrv_batch(df, kdata);
	case DEMODRV_IOC_XFER:
		return demodrv_xfer(df, kdata);
	case DEMODRV_IOC_INFO:
		info = kdata;
		strscpy(info->name, "demodrv", sizeof(info->name));
		info->level = df->level;
		info->ncalls = df->ncalls;
		info->total_bytes = df->total_bytes;
		return 0;
	case DEMODRV_IOC_RESET:
		memset(df, 0, sizeof(*df));
		return 0;
	case DEMODRV_IOC_LEVEL:
		df->level = *(u32 *)kdata;
		return 0;
	}
	return -ENOTTY;
}

static int demodrv_open(struct inode *inode, struct file *file)
{
	struct demodrv_file *df = kzalloc(sizeof(*df), GFP_KERNEL);

	file->private_data = df;
	return df ? 0 : -ENOMEM;
}

static int demodrv_release(struct inode *inode, struct file *file)
{
	kfree(file->private_data);
	return 0;
}

static const struct file_operations demodrv_fops = {
	.owner		= THIS_MODULE,
	.open		= demodrv_open,
	.release	= demodrv_release,
	.unlocked_ioctl	= demodrv_unlocked_ioctl,
	.compat_ioctl	= demodrv_compat_ioctl,
};

static struct miscdevice demodrv_dev = {
	.minor	= MISC_DYNAMIC_MINOR,
	.name	= "demodrv",
	.fops	= &demodrv_fops,
};

module_misc_device(demodrv_dev);

MODULE_LICENSE("GPL");
MODULE_DESCRIPTION("thunkgen's example driver: a generated compat ioctl handler");
