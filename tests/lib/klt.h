/* SPDX-License-Identifier: GPL-2.0 */
/*
 * libkhttp's functional tests, run in the tools/vm guest from each ABI
 * (static -m64, -m32, -mx32 builds of the same sources). Each test prints
 *	KHTEST lib/<abi>/<name> PASS|FAIL <why>
 * A test plays both sides: the worker through the library, the client in
 * a forked child over loopback.
 */
#ifndef KLT_H
#define KLT_H

#include <stddef.h>
#include <sys/types.h>
#include "khttp_api.h"

#if defined(__x86_64__) && defined(__ILP32__)
#define KLT_ABI_NAME	"x32"
#define KLT_ABI		KH_ABI_X32
#elif defined(__i386__)
#define KLT_ABI_NAME	"ia32"
#define KLT_ABI		KH_ABI_IA32
#else
#define KLT_ABI_NAME	"native"
#define KLT_ABI		KH_ABI_NATIVE
#endif

#define KLT_PORT	8100
#define KLT_ARRAY_SIZE(a)	(sizeof(a) / sizeof((a)[0]))

struct klt_test {
	const char *name;
	int (*fn)(char *why, size_t len);	/* 0 pass; -1 and why filled: fail */
	int admin;	/* the administrator's (module-wide); else the worker user's */
};

int klt_fail(char *why, size_t len, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));

/* a worker bound to queue "klt-<abi>-<test>", prefix http://+:8100/klt/<abi>/<test>/ */
struct klt_server {
	khttp *h;
	char url[128];
	char path[96];		/* the prefix's path */
};

int klt_server_start(struct klt_server *s, const char *test, unsigned int flags);
void klt_server_stop(struct klt_server *s);

/* a client child: sends req, copies the whole answer to a pipe */
struct klt_client {
	pid_t pid;
	int fd;
};

int klt_client_start(struct klt_client *c, const char *req, size_t len);
/* "GET <path> HTTP/1.1" with Host and Connection: close */
int klt_client_get(struct klt_client *c, const char *path);
/* the answer, NUL-terminated; its length or -1 */
ssize_t klt_client_finish(struct klt_client *c, char *out, size_t cap);
/* the body of an answer (after the blank line), or NULL */
const char *klt_body(const char *resp);

extern const struct klt_test klt_device_tests[], klt_receive_tests[], klt_send_tests[],
	klt_thread_tests[];
extern const size_t klt_ndevice_tests, klt_nreceive_tests, klt_nsend_tests, klt_nthread_tests;

#endif /* KLT_H */
