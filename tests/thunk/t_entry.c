// SPDX-License-Identifier: GPL-2.0 OR MIT
/*
 * The generated ioctl entry thunks, per ABI, against a scripted core:
 * dispatch by the caller's command number, capture, copy-back policy
 * (success only; -ENOSPC/-ENOBUFS for receive-request as HTTP.sys's
 * ERROR_MORE_DATA), out buffers, and a caller's memory left untouched on
 * errors. Native and compat callers must see the same logical result.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core_stub.h"
#include "harness.h"
#include "khttp.h"

static const struct kh_test_type *type_named(const char *name)
{
	for (unsigned int i = 0; i < kh_test_type_count; i++)
		if (!strcmp(kh_test_types[i].name, name))
			return &kh_test_types[i];
	fail_msg("no type %s", name);
	return NULL;
}

static const struct kh_layout_entry *member(int abi, const char *type, const char *path)
{
	for (unsigned int i = 0; i < kh_layout_count; i++) {
		const struct kh_layout_entry *e = &kh_layout_tables[abi][i];

		if (!strcmp(e->type_name, type) && !strcmp(e->path, path))
			return e;
	}
	fail_msg("no member %s.%s", type, path);
	return NULL;
}

static void put(char *base, int abi, const char *type, const char *path, __u64 v)
{
	const struct kh_layout_entry *e = member(abi, type, path);

	memcpy(base + e->offset, &v, e->size);	/* little endian */
}

static __u64 get(const char *base, int abi, const char *type, const char *path)
{
	const struct kh_layout_entry *e = member(abi, type, path);
	__u64 v = 0;

	memcpy(&v, base + e->offset, e->size);
	return v;
}

static unsigned int cmd_of(const char *name, int abi)
{
	for (int i = 0; i < KH_IOCTL_COUNT; i++)
		if (!strcmp(kh_ioctl_table[i].name, name))
			return kh_ioctl_table[i].cmd[abi];
	fail_msg("no ioctl %s", name);
	return 0;
}

static long call(int abi, const char *ioctl, void *uarg)
{
	struct kh_ctx c;
	long ret;

	kh_ctx_init(&c, abi, NULL);
	ret = kh_ioctl_dispatch(&c, cmd_of(ioctl, abi), uarg);
	kh_ctx_release(&c);
	return ret;
}

static void test_unknown_commands(void **state)
{
	(void)state;
	for (int abi = 0; abi < KH_LAYOUT_NABI; abi++) {
		struct kh_ctx c;
		/* another ABI's number for a command whose size differs is unknown here */
		unsigned int foreign = cmd_of("KH_IOC_SEND_RESPONSE", abi ? KH_LAYOUT_X86_64 :
								       KH_LAYOUT_IA32);

		kh_ctx_init(&c, abi, NULL);
		assert_int_equal(kh_ioctl_dispatch(&c, 0xdeadbeef, 0), -ENOTTY);
		assert_int_equal(kh_ioctl_dispatch(&c, foreign, 0), -ENOTTY);
		kh_ctx_release(&c);
	}
}

static void test_version(void **state)
{
	static const __u32 abi_ids[KH_LAYOUT_NABI] = { KH_ABI_NATIVE, KH_ABI_IA32, KH_ABI_X32 };

	(void)state;
	for (int abi = 0; abi < KH_LAYOUT_NABI; abi++) {
		char *u = kh_usim_alloc(16, th_usim_flags(abi));

		assert_int_equal(call(abi, "KH_IOC_VERSION", u), 0);
		assert_int_equal(get(u, abi, "kh_version_args", "major"), KH_VERSION_MAJOR);
		assert_int_equal(get(u, abi, "kh_version_args", "abi"), abi_ids[abi]);
		/* a NULL or unmapped argument is -EFAULT, not a crash */
		assert_int_equal(call(abi, "KH_IOC_VERSION", NULL), -EFAULT);
		kh_usim_free(u);
		assert_int_equal(kh_usim_live_allocs(), 0);
	}
}

/* send-response: the core gets the caller's graph; out members come back on success only */
static void test_send_response(void **state)
{
	const struct kh_test_type *tt = type_named("kh_send_response_args");

	(void)state;
	for (int abi = 0; abi < KH_LAYOUT_NABI; abi++)
		for (unsigned int seed = 1; seed <= 16; seed++) {
			struct kh_ctx gc, c;
			struct th_image img;
			void *g;
			char *before;

			kh_ctx_init(&gc, abi, NULL);
			g = th_random(tt, &gc, seed, 0);
			th_emit(tt, abi, g, &img);
			memset(&core, 0, sizeof(core));
			kh_ctx_init(&c, abi, NULL);
			assert_int_equal(kh_ioctl_dispatch(&c, cmd_of("KH_IOC_SEND_RESPONSE", abi),
							   img.ubuf), 0);
			assert_int_equal(core.calls, 1);
			((struct kh_send_response_args *)g)->bytes_sent = 1234;	/* the core's */
			th_assert_equal(tt, g, core.last_args, "what the core saw");
			kh_ctx_release(&c);
			assert_int_equal(get(img.ubuf, abi, "kh_send_response_args", "bytes_sent"), 1234);

			/* an error: the caller's memory stays exactly as it was */
			put(img.ubuf, abi, "kh_send_response_args", "bytes_sent", 0);
			before = malloc(img.size);
			memcpy(before, img.ubuf, img.size);
			core.ret = -EIO;
			kh_usim_counts_reset();
			assert_int_equal(call(abi, "KH_IOC_SEND_RESPONSE", img.ubuf), -EIO);
			assert_int_equal(kh_usim_bytes_written(), 0);
			assert_memory_equal(before, img.ubuf, img.size);
			free(before);
			th_image_free(&img);
			kh_ctx_release(&gc);
			assert_int_equal(kh_usim_live_allocs(), 0);
		}
}

/* one receive-request call with a buffer of len bytes; returns the result */
static long receive(int abi, const struct kh_request *req, __u32 len, char **ubuf, char **uargs)
{
	*uargs = kh_usim_alloc(64, th_usim_flags(abi));
	*ubuf = kh_usim_alloc(len, th_usim_flags(abi));
	memset(*ubuf, 0x5a, len);
	put(*uargs, abi, "kh_receive_request_args", "buffer_length", len);
	put(*uargs, abi, "kh_receive_request_args", "buffer", (uintptr_t)*ubuf);
	memset(&core, 0, sizeof(core));
	core.request = req;
	return call(abi, "KH_IOC_RECEIVE_REQUEST", *uargs);
}

static void test_receive_request(void **state)
{
	const struct kh_test_type *tt = type_named("kh_request");

	(void)state;
	for (unsigned int seed = 1; seed <= 16; seed++) {
		struct kh_ctx gc;
		const struct kh_request *req;
		void *got[KH_LAYOUT_NABI];
		struct kh_ctx cc[KH_LAYOUT_NABI];

		kh_ctx_init(&gc, 0, NULL);
		req = th_random(tt, &gc, seed, 0x77);
		for (int abi = 0; abi < KH_LAYOUT_NABI; abi++) {
			size_t top = tt->view_size[abi];
			__u32 need = (__u32)tt->measure[abi](top, req);
			char *ubuf, *uargs;
			const char *A = "kh_receive_request_args";

			/* exactly enough: the whole request, pointers into the caller's buffer */
			assert_int_equal(receive(abi, req, need, &ubuf, &uargs), 0);
			assert_int_equal(get(uargs, abi, A, "bytes_returned"), need);
			assert_int_equal(get(uargs, abi, A, "bytes_needed"), need);
			kh_ctx_init(&cc[abi], abi, NULL);
			assert_int_equal(th_capture(tt, abi, ubuf, &cc[abi], &got[abi]), 0);
			th_assert_equal(tt, req, got[abi], th_abi_names[abi]);
			kh_usim_free(ubuf);
			kh_usim_free(uargs);

			/* one byte short: -ENOSPC, the needed size, and only the ids */
			assert_int_equal(receive(abi, req, need - 1, &ubuf, &uargs), -ENOSPC);
			assert_int_equal(get(uargs, abi, A, "bytes_needed"), need);
			assert_int_equal(get(uargs, abi, A, "bytes_returned"), 0);
			assert_int_equal(get(ubuf, abi, "kh_request", "request_id"), req->request_id);
			assert_int_equal(get(ubuf, abi, "kh_request", "connection_id"),
					 req->connection_id);
			assert_int_equal(get(ubuf, abi, "kh_request", "raw_url"), 0);
			for (size_t i = top; i < need - 1; i++)
				assert_int_equal((unsigned char)ubuf[i], 0x5a);
			kh_usim_free(ubuf);
			kh_usim_free(uargs);

			/* smaller than struct kh_request: -ENOBUFS, the size, the buffer untouched */
			assert_int_equal(receive(abi, req, (__u32)top - 1, &ubuf, &uargs), -ENOBUFS);
			assert_int_equal(get(uargs, abi, A, "bytes_needed"), need);
			for (size_t i = 0; i < top - 1; i++)
				assert_int_equal((unsigned char)ubuf[i], 0x5a);
			kh_usim_free(ubuf);
			kh_usim_free(uargs);
		}
		/* native and compat callers got the same request */
		th_assert_equal(tt, got[0], got[1], "i386 vs x86_64");
		th_assert_equal(tt, got[0], got[2], "x32 vs x86_64");
		for (int abi = 0; abi < KH_LAYOUT_NABI; abi++)
			kh_ctx_release(&cc[abi]);
		kh_ctx_release(&gc);
		assert_int_equal(kh_usim_live_allocs(), 0);
	}
}

/* an out array goes back to the caller, widened nowhere: u64 in every ABI */
static void test_stats_out_buffer(void **state)
{
	(void)state;
	for (int abi = 0; abi < KH_LAYOUT_NABI; abi++) {
		char *uargs = kh_usim_alloc(64, th_usim_flags(abi));
		__u64 *counters = kh_usim_alloc(5 * sizeof(__u64), th_usim_flags(abi));
		const char *S = "kh_stats_args";

		put(uargs, abi, S, "counter_count", 5);
		put(uargs, abi, S, "counters", (uintptr_t)counters);
		memset(&core, 0, sizeof(core));
		assert_int_equal(call(abi, "KH_IOC_STATS", uargs), 0);
		assert_int_equal(get(uargs, abi, S, "counters_returned"), 5);
		for (int i = 0; i < 5; i++)
			assert_int_equal(counters[i], 0x100000000ull * i + 7);
		/* over KH_MAX_COUNTERS: refused before the core runs */
		put(uargs, abi, S, "counter_count", KH_MAX_COUNTERS + 1);
		memset(&core, 0, sizeof(core));
		assert_int_equal(call(abi, "KH_IOC_STATS", uargs), -E2BIG);
		assert_int_equal(core.calls, 0);
		kh_usim_free(counters);
		kh_usim_free(uargs);
	}
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_unknown_commands),
		cmocka_unit_test(test_version),
		cmocka_unit_test(test_send_response),
		cmocka_unit_test(test_receive_request),
		cmocka_unit_test(test_stats_out_buffer),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
