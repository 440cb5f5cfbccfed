// SPDX-License-Identifier: GPL-2.0 OR MIT
/*
 * Generated from examples/driver/demodrv.h by thunkgen; do not edit, run `make gen`.
 * What: ioctl entry thunks and dispatch.
 */
#include "demodrv_thunks.h"

/*
 * Each thunk: copy the argument in, capture its graph, call the core,
 * copy the out members back as the ioctl's policy says. On any other
 * error the caller's memory is left as it was.
 */

static long demodrv_entry_ioc_batch(struct demodrv_ctx *c, void __user *uarg)
{
	struct demodrv_batch view;
	struct demodrv_batch *args;
	void *p;
	long ret;

	if (demodrv_copy_in(c, &view, uarg, sizeof(view)))
		return -EFAULT;
	ret = demodrv_alloc(c, &p, 1, sizeof(*args), __alignof__(*args));
	if (ret)
		return ret;
	args = p;
	ret = demodrv_capture_batch(c, args, &view);
	if (ret)
		return ret;
	if (demodrv_probe_out(c, uarg + offsetof(struct demodrv_batch, sum), &view.sum,
			 sizeof(view) - offsetof(struct demodrv_batch, sum)))
		return -EFAULT;
	if (demodrv_probe_outbufs(c))
		return -EFAULT;
	ret = demodrv_ioc_batch_core(c, args);
	if (ret == 0) {
		view.sum = (__u64)args->sum;
		view.hash = (__u32)args->hash;
		if (demodrv_copy_out(c, uarg + offsetof(struct demodrv_batch, sum), &view.sum,
				sizeof(view) - offsetof(struct demodrv_batch, sum)))
			return -EFAULT;
		if (demodrv_flush_outbufs(c))
			return -EFAULT;
	}
	return ret;
}

static long demodrv_entry_ioc_xfer(struct demodrv_ctx *c, void __user *uarg)
{
	struct demodrv_xfer view;
	struct demodrv_xfer *args;
	void *p;
	long ret;

	if (demodrv_copy_in(c, &view, uarg, sizeof(view)))
		return -EFAULT;
	ret = demodrv_alloc(c, &p, 1, sizeof(*args), __alignof__(*args));
	if (ret)
		return ret;
	args = p;
	ret = demodrv_capture_xfer(c, args, &view);
	if (ret)
		return ret;
	if (demodrv_probe_out(c, uarg + offsetof(struct demodrv_xfer, produced), &view.produced,
			 sizeof(view.produced)))
		return -EFAULT;
	if (demodrv_probe_outbufs(c))
		return -EFAULT;
	ret = demodrv_ioc_xfer_core(c, args);
	if (ret == 0) {
		view.produced = (__u32)args->produced;
		if (demodrv_copy_out(c, uarg + offsetof(struct demodrv_xfer, produced), &view.produced,
				sizeof(view.produced)))
			return -EFAULT;
		if (demodrv_flush_outbufs(c))
			return -EFAULT;
	}
	return ret;
}

static long demodrv_entry_ioc_info(struct demodrv_ctx *c, void __user *uarg)
{
	struct demodrv_info view;
	struct demodrv_info kargs, *args = &kargs;
	long ret;

	if (demodrv_copy_in(c, &view, uarg, sizeof(view)))
		return -EFAULT;
	memset(&kargs, 0, sizeof(kargs));
	ret = demodrv_capture_info(c, args, &view);
	if (ret)
		return ret;
	if (demodrv_probe_out(c, uarg, &view, sizeof(view)))
		return -EFAULT;
	ret = demodrv_ioc_info_core(c, args);
	if (ret == 0) {
		memcpy(&view.name, &args->name, sizeof(view.name));
		view.level = (__u32)args->level;
		view.ncalls = (long)args->ncalls;
		view.total_bytes = (__u64)args->total_bytes;
		if (demodrv_copy_out(c, uarg, &view, sizeof(view)))
			return -EFAULT;
	}
	return ret;
}

static long demodrv_entry_ioc_reset(struct demodrv_ctx *c, void __user *uarg __maybe_unused)
{
	return demodrv_ioc_reset_core(c);
}

static long demodrv_entry_ioc_level(struct demodrv_ctx *c, void __user *uarg)
{
	__u32 view;
	__u32 kargs, *args = &kargs;
	long ret;

	if (demodrv_copy_in(c, &view, uarg, sizeof(view)))
		return -EFAULT;
	memset(&kargs, 0, sizeof(kargs));
	*args = view;
	ret = demodrv_ioc_level_core(c, args);
	return ret;
}

static long demodrv_entry_ioc_batch_ia32(struct demodrv_ctx *c, void __user *uarg)
{
	struct demodrv_batch_ia32 view;
	struct demodrv_batch *args;
	void *p;
	long ret;

	if (demodrv_copy_in(c, &view, uarg, sizeof(view)))
		return -EFAULT;
	ret = demodrv_alloc(c, &p, 1, sizeof(*args), __alignof__(*args));
	if (ret)
		return ret;
	args = p;
	ret = demodrv_capture_batch_ia32(c, args, &view);
	if (ret)
		return ret;
	if (demodrv_probe_out(c, uarg + offsetof(struct demodrv_batch_ia32, sum), &view.sum,
			 sizeof(view) - offsetof(struct demodrv_batch_ia32, sum)))
		return -EFAULT;
	if (demodrv_probe_outbufs(c))
		return -EFAULT;
	ret = demodrv_ioc_batch_core(c, args);
	if (ret == 0) {
		view.sum = (__u64)args->sum;
		view.hash = (__u32)args->hash;
		if (demodrv_copy_out(c, uarg + offsetof(struct demodrv_batch_ia32, sum), &view.sum,
				sizeof(view) - offsetof(struct demodrv_batch_ia32, sum)))
			return -EFAULT;
		if (demodrv_flush_outbufs(c))
			return -EFAULT;
	}
	return ret;
}

static long demodrv_entry_ioc_xfer_ia32(struct demodrv_ctx *c, void __user *uarg)
{
	struct demodrv_xfer_ia32 view;
	struct demodrv_xfer *args;
	void *p;
	long ret;

	if (demodrv_copy_in(c, &view, uarg, sizeof(view)))
		return -EFAULT;
	ret = demodrv_alloc(c, &p, 1, sizeof(*args), __alignof__(*args));
	if (ret)
		return ret;
	args = p;
	ret = demodrv_capture_xfer_ia32(c, args, &view);
	if (ret)
		return ret;
	if (demodrv_probe_out(c, uarg + offsetof(struct demodrv_xfer_ia32, produced), &view.produced,
			 sizeof(view.produced)))
		return -EFAULT;
	if (demodrv_probe_outbufs(c))
		return -EFAULT;
	ret = demodrv_ioc_xfer_core(c, args);
	if (ret == 0) {
		view.produced = (__u32)args->produced;
		if (demodrv_copy_out(c, uarg + offsetof(struct demodrv_xfer_ia32, produced),
				&view.produced, sizeof(view.produced)))
			return -EFAULT;
		if (demodrv_flush_outbufs(c))
			return -EFAULT;
	}
	return ret;
}

static long demodrv_entry_ioc_info_ia32(struct demodrv_ctx *c, void __user *uarg)
{
	struct demodrv_info_ia32 view;
	struct demodrv_info kargs, *args = &kargs;
	long ret;

	if (demodrv_copy_in(c, &view, uarg, sizeof(view)))
		return -EFAULT;
	memset(&kargs, 0, sizeof(kargs));
	ret = demodrv_capture_info_ia32(c, args, &view);
	if (ret)
		return ret;
	if (demodrv_probe_out(c, uarg, &view, sizeof(view)))
		return -EFAULT;
	ret = demodrv_ioc_info_core(c, args);
	if (ret == 0) {
		memcpy(&view.name, &args->name, sizeof(view.name));
		view.level = (__u32)args->level;
		view.ncalls = (__s32)args->ncalls;
		view.total_bytes = (__u64)args->total_bytes;
		if (demodrv_copy_out(c, uarg, &view, sizeof(view)))
			return -EFAULT;
	}
	return ret;
}

static long demodrv_entry_ioc_reset_ia32(struct demodrv_ctx *c, void __user *uarg __maybe_unused)
{
	return demodrv_ioc_reset_core(c);
}

static long demodrv_entry_ioc_level_ia32(struct demodrv_ctx *c, void __user *uarg)
{
	__u32 view;
	__u32 kargs, *args = &kargs;
	long ret;

	if (demodrv_copy_in(c, &view, uarg, sizeof(view)))
		return -EFAULT;
	memset(&kargs, 0, sizeof(kargs));
	*args = view;
	ret = demodrv_ioc_level_core(c, args);
	return ret;
}

static long demodrv_entry_ioc_batch_x32(struct demodrv_ctx *c, void __user *uarg)
{
	struct demodrv_batch_x32 view;
	struct demodrv_batch *args;
	void *p;
	long ret;

	if (demodrv_copy_in(c, &view, uarg, sizeof(view)))
		return -EFAULT;
	ret = demodrv_alloc(c, &p, 1, sizeof(*args), __alignof__(*args));
	if (ret)
		return ret;
	args = p;
	ret = demodrv_capture_batch_x32(c, args, &view);
	if (ret)
		return ret;
	if (demodrv_probe_out(c, uarg + offsetof(struct demodrv_batch_x32, sum), &view.sum,
			 sizeof(view) - offsetof(struct demodrv_batch_x32, sum)))
		return -EFAULT;
	if (demodrv_probe_outbufs(c))
		return -EFAULT;
	ret = demodrv_ioc_batch_core(c, args);
	if (ret == 0) {
		view.sum = (__u64)args->sum;
		view.hash = (__u32)args->hash;
		if (demodrv_copy_out(c, uarg + offsetof(struct demodrv_batch_x32, sum), &view.sum,
				sizeof(view) - offsetof(struct demodrv_batch_x32, sum)))
			return -EFAULT;
		if (demodrv_flush_outbufs(c))
			return -EFAULT;
	}
	return ret;
}

static long demodrv_entry_ioc_xfer_x32(struct demodrv_ctx *c, void __user *uarg)
{
	struct demodrv_xfer_x32 view;
	struct demodrv_xfer *args;
	void *p;
	long ret;

	if (demodrv_copy_in(c, &view, uarg, sizeof(view)))
		return -EFAULT;
	ret = demodrv_alloc(c, &p, 1, sizeof(*args), __alignof__(*args));
	if (ret)
		return ret;
	args = p;
	ret = demodrv_capture_xfer_x32(c, args, &view);
	if (ret)
		return ret;
	if (demodrv_probe_out(c, uarg + offsetof(struct demodrv_xfer_x32, produced), &view.produced,
			 sizeof(view.produced)))
		return -EFAULT;
	if (demodrv_probe_outbufs(c))
		return -EFAULT;
	ret = demodrv_ioc_xfer_core(c, args);
	if (ret == 0) {
		view.produced = (__u32)args->produced;
		if (demodrv_copy_out(c, uarg + offsetof(struct demodrv_xfer_x32, produced),
				&view.produced, sizeof(view.produced)))
			return -EFAULT;
		if (demodrv_flush_outbufs(c))
			return -EFAULT;
	}
	return ret;
}

static long demodrv_entry_ioc_info_x32(struct demodrv_ctx *c, void __user *uarg)
{
	struct demodrv_info_x32 view;
	struct demodrv_info kargs, *args = &kargs;
	long ret;

	if (demodrv_copy_in(c, &view, uarg, sizeof(view)))
		return -EFAULT;
	memset(&kargs, 0, sizeof(kargs));
	ret = demodrv_capture_info_x32(c, args, &view);
	if (ret)
		return ret;
	if (demodrv_probe_out(c, uarg, &view, sizeof(view)))
		return -EFAULT;
	ret = demodrv_ioc_info_core(c, args);
	if (ret == 0) {
		memcpy(&view.name, &args->name, sizeof(view.name));
		view.level = (__u32)args->level;
		view.ncalls = (__s32)args->ncalls;
		view.total_bytes = (__u64)args->total_bytes;
		if (demodrv_copy_out(c, uarg, &view, sizeof(view)))
			return -EFAULT;
	}
	return ret;
}

static long demodrv_entry_ioc_reset_x32(struct demodrv_ctx *c, void __user *uarg __maybe_unused)
{
	return demodrv_ioc_reset_core(c);
}

static long demodrv_entry_ioc_level_x32(struct demodrv_ctx *c, void __user *uarg)
{
	__u32 view;
	__u32 kargs, *args = &kargs;
	long ret;

	if (demodrv_copy_in(c, &view, uarg, sizeof(view)))
		return -EFAULT;
	memset(&kargs, 0, sizeof(kargs));
	*args = view;
	ret = demodrv_ioc_level_core(c, args);
	return ret;
}

long demodrv_ioctl_dispatch(struct demodrv_ctx *c, unsigned int cmd, void __user *uarg)
{
	switch (c->abi) {
	case DEMODRV_LAYOUT_X86_64:
		switch (cmd) {
		case DEMODRV_IOC_BATCH_X86_64:
			return demodrv_entry_ioc_batch(c, uarg);
		case DEMODRV_IOC_XFER_X86_64:
			return demodrv_entry_ioc_xfer(c, uarg);
		case DEMODRV_IOC_INFO_X86_64:
			return demodrv_entry_ioc_info(c, uarg);
		case DEMODRV_IOC_RESET_X86_64:
			return demodrv_entry_ioc_reset(c, uarg);
		case DEMODRV_IOC_LEVEL_X86_64:
			return demodrv_entry_ioc_level(c, uarg);
		}
		break;
	case DEMODRV_LAYOUT_IA32:
		switch (cmd) {
		case DEMODRV_IOC_BATCH_IA32:
			return demodrv_entry_ioc_batch_ia32(c, uarg);
		case DEMODRV_IOC_XFER_IA32:
			return demodrv_entry_ioc_xfer_ia32(c, uarg);
		case DEMODRV_IOC_INFO_IA32:
			return demodrv_entry_ioc_info_ia32(c, uarg);
		case DEMODRV_IOC_RESET_IA32:
			return demodrv_entry_ioc_reset_ia32(c, uarg);
		case DEMODRV_IOC_LEVEL_IA32:
			return demodrv_entry_ioc_level_ia32(c, uarg);
		}
		break;
	case DEMODRV_LAYOUT_X32:
		switch (cmd) {
		case DEMODRV_IOC_BATCH_X32:
			return demodrv_entry_ioc_batch_x32(c, uarg);
		case DEMODRV_IOC_XFER_X32:
			return demodrv_entry_ioc_xfer_x32(c, uarg);
		case DEMODRV_IOC_INFO_X32:
			return demodrv_entry_ioc_info_x32(c, uarg);
		case DEMODRV_IOC_RESET_X32:
			return demodrv_entry_ioc_reset_x32(c, uarg);
		case DEMODRV_IOC_LEVEL_X32:
			return demodrv_entry_ioc_level_x32(c, uarg);
		}
		break;
	}
	return -ENOTTY;
}
