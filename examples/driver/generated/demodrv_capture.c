// SPDX-License-Identifier: GPL-2.0 OR MIT
/*
 * Generated from examples/driver/demodrv.h by thunkgen; do not edit, run `make gen`.
 * What: capture, user -> kernel, per record and ABI.
 */
#include "demodrv_thunks.h"

DEMODRV_CAPTURE_ARRAY_IN_PLACE(pair, struct demodrv_pair)
DEMODRV_CAPTURE_ARRAY_IN_PLACE(op, struct demodrv_op)

int demodrv_capture_pair(struct demodrv_ctx *c, struct demodrv_pair *dst, const struct demodrv_pair *src)
{
	int err;
	void *k;

	if (src->nvalues > DEMODRV_MAX_VALUES)
		return -E2BIG;
	dst->nvalues = src->nvalues;
	dst->scale = src->scale;
	{
		void __user *u = demodrv_native_uaddr(src->values);

		if (src->nvalues) {
			err = demodrv_fetch(c, &k, u, src->nvalues, sizeof(__u32), __alignof__(__u32));
			if (err)
				return err;
			dst->values = k;
		} else {
			dst->values = NULL;
		}
	}
	return 0;
}

int demodrv_capture_op(struct demodrv_ctx *c, struct demodrv_op *dst, const struct demodrv_op *src)
{
	int err;
	void *k;

	if (!demodrv_valid_kind(src->kind))
		return -EINVAL;
	dst->kind = src->kind;
	switch (src->kind) {
	case DEMODRV_OP_NUM:
		dst->u.num = src->u.num;
		break;
	case DEMODRV_OP_NAME:
		{
			void __user *u = demodrv_native_uaddr(src->u.name);

			if (u) {
				err = demodrv_fetch_cstring(c, &k, u, 32);
				if (err)
					return err;
				dst->u.name = k;
			} else {
				return -EFAULT;
			}
		}
		break;
	case DEMODRV_OP_PAIR:
		if (!src->u.pair)
			return -EFAULT;
		err = demodrv_capture_pair_array(c, &k, demodrv_native_uaddr(src->u.pair), 1);
		if (err)
			return err;
		dst->u.pair = k;
		break;
	default:
		return -EINVAL;
	}
	dst->stamp = src->stamp;
	return 0;
}

int demodrv_capture_batch(struct demodrv_ctx *c, struct demodrv_batch *dst, const struct demodrv_batch *src)
{
	int err;
	void *k;

	if (src->nops > DEMODRV_MAX_OPS)
		return -E2BIG;
	dst->nops = src->nops;
	err = demodrv_capture_op_array(c, &k, demodrv_native_uaddr(src->ops), src->nops);
	if (err)
		return err;
	dst->ops = k;
	{
		void __user *u = demodrv_native_uaddr(src->label);

		if (u) {
			err = demodrv_fetch_cstring(c, &k, u, 32);
			if (err)
				return err;
			dst->label = k;
		} else {
			return -EFAULT;
		}
	}
	return 0;
}

int demodrv_capture_xfer(struct demodrv_ctx *c, struct demodrv_xfer *dst, const struct demodrv_xfer *src)
{
	int err;
	void *k;

	if (src->in_len > DEMODRV_MAX_BUF)
		return -E2BIG;
	dst->in_len = src->in_len;
	if (src->out_len > DEMODRV_MAX_BUF)
		return -E2BIG;
	dst->out_len = src->out_len;
	if (src->flags & ~(__u64)(DEMODRV_XFER_ALL))
		return -EINVAL;
	dst->flags = src->flags;
	err = demodrv_get_bytes(c, &k, demodrv_native_uaddr(src->in), src->in_len);
	if (err)
		return err;
	dst->in = k;
	{
		void __user *u = demodrv_native_uaddr(src->out);

		err = demodrv_out_buffer(c, &k, u, src->out_len, 1, 1);
		if (err)
			return err;
		dst->out = k;
	}
	return 0;
}

int demodrv_capture_info(struct demodrv_ctx *c __maybe_unused, struct demodrv_info *dst,
		    const struct demodrv_info *src)
{
	memcpy(dst->name, src->name, sizeof(dst->name));
	return 0;
}

DEMODRV_CAPTURE_ARRAY(pair, _ia32, struct demodrv_pair, struct demodrv_pair_ia32)
DEMODRV_CAPTURE_ARRAY(op, _ia32, struct demodrv_op, struct demodrv_op_ia32)

int demodrv_capture_pair_ia32(struct demodrv_ctx *c, struct demodrv_pair *dst,
			 const struct demodrv_pair_ia32 *src)
{
	int err;
	void *k;

	if (src->nvalues > DEMODRV_MAX_VALUES)
		return -E2BIG;
	dst->nvalues = src->nvalues;
	dst->scale = (long)(__s32)src->scale;	/* sign-extend */
	{
		void __user *u = demodrv_compat_uaddr(src->values);

		if (src->nvalues) {
			err = demodrv_fetch(c, &k, u, src->nvalues, sizeof(__u32), __alignof__(__u32));
			if (err)
				return err;
			dst->values = k;
		} else {
			dst->values = NULL;
		}
	}
	return 0;
}

int demodrv_capture_op_ia32(struct demodrv_ctx *c, struct demodrv_op *dst, const struct demodrv_op_ia32 *src)
{
	int err;
	void *k;

	if (!demodrv_valid_kind(src->kind))
		return -EINVAL;
	dst->kind = src->kind;
	switch (src->kind) {
	case DEMODRV_OP_NUM:
		dst->u.num = src->u.num;
		break;
	case DEMODRV_OP_NAME:
		{
			void __user *u = demodrv_compat_uaddr(src->u.name);

			if (u) {
				err = demodrv_fetch_cstring(c, &k, u, 32);
				if (err)
					return err;
				dst->u.name = k;
			} else {
				return -EFAULT;
			}
		}
		break;
	case DEMODRV_OP_PAIR:
		if (!src->u.pair)
			return -EFAULT;
		err = demodrv_capture_pair_array_ia32(c, &k, demodrv_compat_uaddr(src->u.pair), 1);
		if (err)
			return err;
		dst->u.pair = k;
		break;
	default:
		return -EINVAL;
	}
	dst->stamp = (long)(__s32)src->stamp;	/* sign-extend */
	return 0;
}

int demodrv_capture_batch_ia32(struct demodrv_ctx *c, struct demodrv_batch *dst,
			  const struct demodrv_batch_ia32 *src)
{
	int err;
	void *k;

	if (src->nops > DEMODRV_MAX_OPS)
		return -E2BIG;
	dst->nops = src->nops;
	err = demodrv_capture_op_array_ia32(c, &k, demodrv_compat_uaddr(src->ops), src->nops);
	if (err)
		return err;
	dst->ops = k;
	{
		void __user *u = demodrv_compat_uaddr(src->label);

		if (u) {
			err = demodrv_fetch_cstring(c, &k, u, 32);
			if (err)
				return err;
			dst->label = k;
		} else {
			return -EFAULT;
		}
	}
	return 0;
}

int demodrv_capture_xfer_ia32(struct demodrv_ctx *c, struct demodrv_xfer *dst,
			 const struct demodrv_xfer_ia32 *src)
{
	int err;
	void *k;

	if (src->in_len > DEMODRV_MAX_BUF)
		return -E2BIG;
	dst->in_len = src->in_len;
	if (src->out_len > DEMODRV_MAX_BUF)
		return -E2BIG;
	dst->out_len = src->out_len;
	if (src->flags & ~(__u64)(DEMODRV_XFER_ALL))
		return -EINVAL;
	dst->flags = src->flags;
	err = demodrv_get_bytes(c, &k, demodrv_compat_uaddr(src->in), src->in_len);
	if (err)
		return err;
	dst->in = k;
	{
		void __user *u = demodrv_compat_uaddr(src->out);

		err = demodrv_out_buffer(c, &k, u, src->out_len, 1, 1);
		if (err)
			return err;
		dst->out = k;
	}
	return 0;
}

int demodrv_capture_info_ia32(struct demodrv_ctx *c __maybe_unused, struct demodrv_info *dst,
			 const struct demodrv_info_ia32 *src)
{
	memcpy(dst->name, src->name, sizeof(dst->name));
	return 0;
}

DEMODRV_CAPTURE_ARRAY(pair, _x32, struct demodrv_pair, struct demodrv_pair_x32)
DEMODRV_CAPTURE_ARRAY(op, _x32, struct demodrv_op, struct demodrv_op_x32)

int demodrv_capture_pair_x32(struct demodrv_ctx *c, struct demodrv_pair *dst,
			const struct demodrv_pair_x32 *src)
{
	int err;
	void *k;

	if (src->nvalues > DEMODRV_MAX_VALUES)
		return -E2BIG;
	dst->nvalues = src->nvalues;
	dst->scale = (long)(__s32)src->scale;	/* sign-extend */
	{
		void __user *u = demodrv_compat_uaddr(src->values);

		if (src->nvalues) {
			err = demodrv_fetch(c, &k, u, src->nvalues, sizeof(__u32), __alignof__(__u32));
			if (err)
				return err;
			dst->values = k;
		} else {
			dst->values = NULL;
		}
	}
	return 0;
}

int demodrv_capture_op_x32(struct demodrv_ctx *c, struct demodrv_op *dst, const struct demodrv_op_x32 *src)
{
	int err;
	void *k;

	if (!demodrv_valid_kind(src->kind))
		return -EINVAL;
	dst->kind = src->kind;
	switch (src->kind) {
	case DEMODRV_OP_NUM:
		dst->u.num = src->u.num;
		break;
	case DEMODRV_OP_NAME:
		{
			void __user *u = demodrv_compat_uaddr(src->u.name);

			if (u) {
				err = demodrv_fetch_cstring(c, &k, u, 32);
				if (err)
					return err;
				dst->u.name = k;
			} else {
				return -EFAULT;
			}
		}
		break;
	case DEMODRV_OP_PAIR:
		if (!src->u.pair)
			return -EFAULT;
		err = demodrv_capture_pair_array_x32(c, &k, demodrv_compat_uaddr(src->u.pair), 1);
		if (err)
			return err;
		dst->u.pair = k;
		break;
	default:
		return -EINVAL;
	}
	dst->stamp = (long)(__s32)src->stamp;	/* sign-extend */
	return 0;
}

int demodrv_capture_batch_x32(struct demodrv_ctx *c, struct demodrv_batch *dst,
			 const struct demodrv_batch_x32 *src)
{
	int err;
	void *k;

	if (src->nops > DEMODRV_MAX_OPS)
		return -E2BIG;
	dst->nops = src->nops;
	err = demodrv_capture_op_array_x32(c, &k, demodrv_compat_uaddr(src->ops), src->nops);
	if (err)
		return err;
	dst->ops = k;
	{
		void __user *u = demodrv_compat_uaddr(src->label);

		if (u) {
			err = demodrv_fetch_cstring(c, &k, u, 32);
			if (err)
				return err;
			dst->label = k;
		} else {
			return -EFAULT;
		}
	}
	return 0;
}

int demodrv_capture_xfer_x32(struct demodrv_ctx *c, struct demodrv_xfer *dst,
			const struct demodrv_xfer_x32 *src)
{
	int err;
	void *k;

	if (src->in_len > DEMODRV_MAX_BUF)
		return -E2BIG;
	dst->in_len = src->in_len;
	if (src->out_len > DEMODRV_MAX_BUF)
		return -E2BIG;
	dst->out_len = src->out_len;
	if (src->flags & ~(__u64)(DEMODRV_XFER_ALL))
		return -EINVAL;
	dst->flags = src->flags;
	err = demodrv_get_bytes(c, &k, demodrv_compat_uaddr(src->in), src->in_len);
	if (err)
		return err;
	dst->in = k;
	{
		void __user *u = demodrv_compat_uaddr(src->out);

		err = demodrv_out_buffer(c, &k, u, src->out_len, 1, 1);
		if (err)
			return err;
		dst->out = k;
	}
	return 0;
}

int demodrv_capture_info_x32(struct demodrv_ctx *c __maybe_unused, struct demodrv_info *dst,
			const struct demodrv_info_x32 *src)
{
	memcpy(dst->name, src->name, sizeof(dst->name));
	return 0;
}
