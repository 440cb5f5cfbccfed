/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The host build of the kernel's pure HTTP code (tests/host): just enough
 * of the kernel's headers for kernel/khttp_{parse,token,authority,cond,
 * headers,range}.c and khttp_internal.h to compile in user space, unchanged.
 * Types the parsers never touch (locks, lists, sockets) are opaque fillers;
 * functions they never call are declared only (kshim.c aborts in the few
 * the linker needs).
 */
#ifndef KSHIM_H
#define KSHIM_H

#include <ctype.h>
#include <errno.h>
#include <limits.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <netinet/in.h>
#include <arpa/inet.h>
#include <sys/types.h>
#include <asm/types.h>

typedef uint8_t u8;
typedef uint16_t u16;
typedef uint32_t u32;
typedef unsigned long long u64;
typedef int8_t s8;
typedef int16_t s16;
typedef int32_t s32;
typedef long long s64;
typedef unsigned int gfp_t;
typedef unsigned int __poll_t;

#define __user
#define __rcu
#define __force
#define __iomem
#define __must_check
#define __always_unused __attribute__((__unused__))
#ifndef __maybe_unused
#define __maybe_unused __attribute__((__unused__))
#endif
#define __printf(a, b) __attribute__((__format__(printf, a, b)))
#define __aligned(x) __attribute__((__aligned__(x)))
#define __packed __attribute__((__packed__))
#define fallthrough __attribute__((__fallthrough__))
#define likely(x) __builtin_expect(!!(x), 1)
#define unlikely(x) __builtin_expect(!!(x), 0)
#define READ_ONCE(x) (*(const volatile __typeof__(x) *)&(x))
#define WRITE_ONCE(x, v) (*(volatile __typeof__(x) *)&(x) = (v))
#define ARRAY_SIZE(a) (sizeof(a) / sizeof((a)[0]))
#define BUILD_BUG_ON(c) _Static_assert(!(c), #c)
#define WARN_ON(c) kshim_warn_on(!!(c), #c, __FILE__, __LINE__)
#define WARN_ON_ONCE(c) WARN_ON(c)
#define BUG_ON(c) do { if (c) abort(); } while (0)
#define pr_debug(...) do { } while (0)
#define pr_info(...) do { } while (0)
#define pr_warn(...) do { } while (0)
#define pr_err(...) do { } while (0)
#define pr_warn_ratelimited(...) do { } while (0)
#define GFP_KERNEL 0u
#define GFP_ATOMIC 1u
#define GFP_NOWAIT 2u
#define GFP_KERNEL_ACCOUNT 4u
#define __GFP_ZERO 8u
#define __GFP_NOWARN 16u
#define __GFP_ACCOUNT 32u

#define min(a, b) ((a) < (b) ? (a) : (b))
#define max(a, b) ((a) > (b) ? (a) : (b))
#define min_t(t, a, b) ((t)(a) < (t)(b) ? (t)(a) : (t)(b))
#define max_t(t, a, b) ((t)(a) > (t)(b) ? (t)(a) : (t)(b))
#define min3(a, b, c) min(min(a, b), c)
#define U8_MAX 0xffu
#define U16_MAX 0xffffu
#define U32_MAX 0xffffffffu
#define U64_MAX UINT64_MAX
#define S64_MAX INT64_MAX
#define S64_MIN INT64_MIN

#define MAX_ERRNO 4095
#define IS_ERR_VALUE(x) ((unsigned long)(void *)(x) >= (unsigned long)-MAX_ERRNO)
static inline void *ERR_PTR(long e) { return (void *)e; }
static inline long PTR_ERR(const void *p) { return (long)p; }
static inline bool IS_ERR(const void *p) { return IS_ERR_VALUE(p); }
static inline bool IS_ERR_OR_NULL(const void *p) { return !p || IS_ERR_VALUE(p); }

#ifndef ENOTSUPP
#define ENOTSUPP 524
#endif

static inline int kshim_warn_on(int c, const char *what, const char *f, int l)
{
	if (c) {
		fprintf(stderr, "%s:%d: WARN_ON(%s)\n", f, l, what);
		abort();
	}
	return c;
}

/* the per-CPU work counter of khttp_parse.c is one plain counter here */
#define DEFINE_PER_CPU(t, n) t n
#define this_cpu_add(v, n) ((v) += (n))
#define per_cpu(v, cpu) (v)
#define for_each_possible_cpu(cpu) for ((cpu) = 0; (cpu) < 1; (cpu)++)
struct kernel_param;
struct kernel_param_ops {
	int (*get)(char *buf, const struct kernel_param *kp);
	int (*set)(const char *val, const struct kernel_param *kp);
};
#define module_param_cb(name, ops, arg, perm) \
	static const void *kshim_param_##name __maybe_unused = (ops)
#define module_param_named(name, v, t, perm)
#define module_param(name, t, perm)
#define MODULE_PARM_DESC(name, d)
#define sysfs_emit(buf, ...) sprintf(buf, __VA_ARGS__)
#define scnprintf(buf, n, ...) kshim_scnprintf(buf, n, __VA_ARGS__)
static inline int kshim_scnprintf(char *buf, size_t n, const char *fmt, ...)
{
	va_list ap;
	int r;

	if (!n)
		return 0;
	va_start(ap, fmt);
	r = vsnprintf(buf, n, fmt, ap);
	va_end(ap);
	return r < 0 ? 0 : (size_t)r >= n ? (int)n - 1 : r;
}

/* opaque kernel objects: only pointers to them, or fillers of fixed size */
struct kref { int refcount; };
struct list_head { struct list_head *next, *prev; };
struct hlist_node { struct hlist_node *next, **pprev; };
struct rcu_head { void *next, *func; };
struct work_struct { long data[4]; };
struct timer_list { long data[6]; };
struct mutex { long data[4]; };
typedef struct { long data[2]; } spinlock_t;
typedef struct { long data[3]; } wait_queue_head_t;
typedef struct { long long counter; } atomic64_t;
typedef struct { int counter; } atomic_t;
typedef struct { unsigned int val; } kuid_t;
typedef struct { unsigned int val; } kgid_t;
struct static_key_false { int enabled; };
#define DECLARE_STATIC_KEY_FALSE(name) extern struct static_key_false name
#define static_branch_unlikely(k) unlikely((k)->enabled)
struct file;
struct net {
	u64 net_cookie;
};
struct sock;
struct socket;
struct mem_cgroup;
struct user_namespace;
struct page;
typedef struct poll_table_struct poll_table;

/* lists, as the kernel's (khttp_url.c) */
#define container_of(p, t, m) ((t *)((char *)(p) - offsetof(t, m)))
#define LIST_HEAD_INIT(n) { &(n), &(n) }
#define LIST_HEAD(n) struct list_head n = LIST_HEAD_INIT(n)
static inline void INIT_LIST_HEAD(struct list_head *l) { l->next = l->prev = l; }
static inline void list_add(struct list_head *n, struct list_head *h)
{
	n->next = h->next;
	n->prev = h;
	h->next->prev = n;
	h->next = n;
}

static inline void list_del(struct list_head *n)
{
	n->prev->next = n->next;
	n->next->prev = n->prev;
	n->next = n->prev = NULL;
}

#define list_entry(p, t, m) container_of(p, t, m)
#define list_for_each_entry(pos, head, m)					\
	for (pos = list_entry((head)->next, __typeof__(*pos), m); &pos->m != (head);	\
	     pos = list_entry(pos->m.next, __typeof__(*pos), m))
#define list_for_each_entry_safe(pos, n, head, m)				\
	for (pos = list_entry((head)->next, __typeof__(*pos), m),		\
	     n = list_entry(pos->m.next, __typeof__(*pos), m); &pos->m != (head);	\
	     pos = n, n = list_entry(n->m.next, __typeof__(*n), m))

/* one thread: locks are no-ops */
#define DEFINE_MUTEX(n) struct mutex n
#define mutex_lock(m) ((void)(m))
#define mutex_unlock(m) ((void)(m))
static inline void kref_get(struct kref *k) { k->refcount++; }

static inline int kstrtouint(const char *s, unsigned int base, unsigned int *v)
{
	char *end;
	unsigned long x;

	if (!isdigit((unsigned char)*s))
		return -EINVAL;
	errno = 0;
	x = strtoul(s, &end, base);
	if (*end || errno || x > UINT_MAX)
		return -EINVAL;
	*v = (unsigned int)x;
	return 0;
}

/* the caller's credentials: set by the test (kshim_uid, kshim_gid) */
extern unsigned int kshim_uid, kshim_gid;
static inline kuid_t current_fsuid(void) { return (kuid_t){ kshim_uid }; }
static inline bool uid_eq(kuid_t a, kuid_t b) { return a.val == b.val; }
static inline bool uid_valid(kuid_t u) { return u.val != (unsigned int)-1; }
static inline bool gid_valid(kgid_t g) { return g.val != (unsigned int)-1; }
static inline bool in_group_p(kgid_t g) { return g.val == kshim_gid; }
#define current_user_ns() NULL
static inline kuid_t make_kuid(void *ns, unsigned int u) { return (kuid_t){ u }; }
static inline kgid_t make_kgid(void *ns, unsigned int g) { return (kgid_t){ g }; }

/* addresses (khttp_url.c): the C library's parsers */
static inline int kshim_pton(int af, const char *src, int len, void *dst, const char **end)
{
	char buf[64];

	if (len < 0 || len >= (int)sizeof(buf))
		return 0;
	memcpy(buf, src, len);
	buf[len] = 0;
	if (inet_pton(af, buf, dst) != 1)
		return 0;
	*end = src + len;
	return 1;
}
#define in4_pton(src, len, dst, delim, end) kshim_pton(AF_INET, src, len, dst, end)
#define in6_pton(src, len, dst, delim, end) kshim_pton(AF_INET6, src, len, dst, end)
static inline bool ipv6_addr_any(const struct in6_addr *a) { return IN6_IS_ADDR_UNSPECIFIED(a); }
static inline bool ipv6_addr_equal(const struct in6_addr *a, const struct in6_addr *b)
{
	return !memcmp(a, b, sizeof(*a));
}

/* kmalloc and friends: the C library's */
static inline void *kmalloc(size_t n, gfp_t g) { return g & __GFP_ZERO ? calloc(1, n) : malloc(n); }
static inline void *kzalloc(size_t n, gfp_t g) { (void)g; return calloc(1, n); }
static inline void *kvmalloc(size_t n, gfp_t g) { return kmalloc(n, g); }
static inline void *kmalloc_array(size_t n, size_t s, gfp_t g)
{
	return s && n > SIZE_MAX / s ? NULL : kmalloc(n * s, g);
}
static inline void kfree(const void *p) { free((void *)p); }
static inline void kvfree(const void *p) { free((void *)p); }
static inline void *kmemdup(const void *s, size_t n, gfp_t g)
{
	void *p = kmalloc(n, g);

	return p ? memcpy(p, s, n) : NULL;
}

/* string helpers the kernel has and libc spells otherwise */
#define strncasecmp strncasecmp
static inline int kshim_hex_to_bin(unsigned char c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	c = (unsigned char)tolower(c);
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	return -1;
}
#define hex_to_bin kshim_hex_to_bin
static inline u32 get_random_u32(void) { return (u32)random(); }
static inline u64 get_random_u64(void) { return (u64)random() << 32 | (u64)random(); }
static inline char *strnstr(const char *s, const char *find, size_t len)
{
	size_t n = strlen(find);

	if (!n)
		return (char *)s;
	while (len >= n) {
		len--;
		if (!memcmp(s, find, n))
			return (char *)s;
		s++;
	}
	return NULL;
}

static inline int vscnprintf(char *buf, size_t n, const char *fmt, va_list ap)
{
	int r;

	if (!n)
		return 0;
	r = vsnprintf(buf, n, fmt, ap);
	return r < 0 ? 0 : (size_t)r >= n ? (int)n - 1 : r;
}

#endif /* KSHIM_H */
