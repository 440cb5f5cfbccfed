/* SPDX-License-Identifier: GPL-2.0 */
/*
 * A tiny test runner for the guest (no cmocka there): each test prints one
 * machine-readable line that tools/vm parses:
 *	KHTEST <abi>/<name> PASS
 *	KHTEST <abi>/<name> FAIL <why>
 * The same sources are built static as -m64, -m32 and -mx32.
 */
#ifndef KHT_H
#define KHT_H

#include <stddef.h>
#include "khttp.h"

#if defined(__x86_64__) && defined(__ILP32__)
#define KHT_ABI_NAME	"x32"
#define KHT_ABI		KH_ABI_X32
#elif defined(__i386__)
#define KHT_ABI_NAME	"ia32"
#define KHT_ABI		KH_ABI_IA32
#elif defined(__x86_64__)
#define KHT_ABI_NAME	"native"
#define KHT_ABI		KH_ABI_NATIVE
#else
#error "khttp tests: unsupported ABI"
#endif

#define KHT_DEV		"/dev/khttp"
#define KHT_ARRAY_SIZE(a)	(sizeof(a) / sizeof((a)[0]))

/* a test returns 0 on success; on failure it fills why and returns -1 */
struct kht_test {
	const char *name;
	int (*fn)(char *why, size_t len);
};

extern const struct kht_test kht_tests[];	/* kht_dev.c */
extern const size_t kht_ntests;
extern const struct kht_test kht_thunk_tests[];	/* kht_thunks.c */
extern const size_t kht_nthunk_tests;
extern const struct kht_test kht_http_tests[];	/* kht_http.c */
extern const size_t kht_nhttp_tests;
void kht_http_begin(void);
extern const struct kht_test kht_limit_tests[];	/* kht_limits.c */
extern const size_t kht_nlimit_tests;
extern const struct kht_test kht_surface_tests[];	/* kht_surface.c */
extern const size_t kht_nsurface_tests;
void kht_surface_end(void);
extern const struct kht_test kht_send_tests[];	/* kht_send.c */
extern const size_t kht_nsend_tests;
void kht_send_end(void);
extern const struct kht_test kht_persist_tests[];	/* kht_persist.c */
extern const size_t kht_npersist_tests;
extern const struct kht_test kht_recv_tests[];	/* kht_recv.c */
extern const size_t kht_nrecv_tests;
int kht_connect(int port);	/* to 127.0.0.1:port, 10 s send/receive timeouts; -1 */
int kht_send_all(int s, const void *p, size_t n);	/* 0, or -1 */
extern const struct kht_test kht_review_tests[];	/* kht_review.c */
extern const size_t kht_nreview_tests;
extern const struct kht_test kht_mem_tests[];	/* kht_mem.c */
extern const size_t kht_nmem_tests;
extern const struct kht_test kht_race_tests[];	/* kht_race.c */
extern const size_t kht_nrace_tests;
extern const struct kht_test kht_race_stress[];	/* ... only with --race */
extern const size_t kht_nrace_stress;
int kht_parse_cpu(int reps);
extern const struct kht_test kht_life_tests[];	/* kht_life.c */
extern const size_t kht_nlife_tests;
extern const struct kht_test kht_access_tests[];	/* kht_access.c */
extern const size_t kht_naccess_tests;
/* the access paths' races (the race group) */
int kht_race_access_grant(char *why, size_t len);
int kht_race_access_reservation(char *why, size_t len);
int kht_race_access_netns(char *why, size_t len);
extern const struct kht_test kht_admin_tests[];	/* kht_admin.c */
extern const size_t kht_nadmin_tests;
int kht_drain_worker(void);			/* kht_drain.c */
int kht_drain_client(unsigned long n);
void kht_http_end(void);
int kht_stress(unsigned int seconds);		/* kht_stress.c */

/* kht_limits.c: a file bound to queue name, with the prefix url (if not NULL) */
int kht_bound_fd(const char *name, const char *url);
void kht_unbind(int fd, const char *url);	/* the prefix goes, the file closes */
int kht_limits(struct kh_limits_args *l);	/* one KH_IOC_LIMITS call */
void kht_limits_restore(struct kh_limits_args *old);	/* all of old again */

/* kht_send.c: the response cache and the access log emptied for later tests */
int kht_flush_cache(const char *url);
void kht_drain_log(void);

/*
 * kht_main.c: the tests run as the worker user, in a process that cannot
 * become root again. An administrator's step is a function run by the root
 * process the worker was forked from: kht_admin_run(fn, buf, len) copies
 * buf there and back and returns fn's result with its errno (in the root
 * process itself: a plain call). fn must be registered with
 * KHT_ADMIN_STEP(fn) (or be a test of a root suite): the root process runs
 * nothing else. kht_admin_open(): a file opened by root (the global log
 * checks its opener's credentials), or -1. kht_is_worker(): in the worker.
 */
typedef int kht_admin_fn(char *buf, size_t len);
struct kht_admin_step {
	kht_admin_fn *fn;
};

#define KHT_ADMIN_STEP(f) \
	static const struct kht_admin_step kht_admin_reg_##f \
	__attribute__((used, section("kht_admin"))) = { f }
/* the linker's bounds of that section */
extern const struct kht_admin_step __start_kht_admin[], __stop_kht_admin[];
int kht_admin_run(kht_admin_fn *fn, char *buf, size_t len);
int kht_admin_open(const char *path, int flags);
int kht_is_worker(void);

/* fail with a message: return kht_fail(why, len, "fmt", ...) */
int kht_fail(char *why, size_t len, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));

#endif /* KHT_H */
