// SPDX-License-Identifier: GPL-2.0
/*
 * The access model of docs/security.md, row by row, from this ABI: the
 * runner is root (the administrator); children drop to two unprivileged
 * users, alice (uid 1000) and bob (uid 1001), both in the khttp group (gid
 * 900) that owns the device (mode 0660). Each row is refused with its errno
 * where it must be and allowed where the model allows it; a worker in a
 * network namespace of its own serves only there; a user namespace gets no
 * more than it should; the cache does not cross ports or queues.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <grp.h>
#include <sched.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <net/if.h>
#include <netinet/in.h>
#include <sys/ioctl.h>
#include <sys/mman.h>
#include <sys/prctl.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>
#include "kht.h"

#define ALICE		1000
#define BOB		1001
#define KHTTP_GID	900
/* ports of this ABI's run: the three runs share one guest */
#define PORT(k)		(8400 + 10 * KHT_ABI + (k))
#define Q(name)		name "-" KHT_ABI_NAME

static char *acc_why;		/* shared with the children: why one failed */
static char acc_buf[16384] __attribute__((aligned(8)));

/* a child's check failed: the reason goes to the parent; exit status 1 */
static int acc_fail(const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(acc_why, 256, fmt, ap);
	va_end(ap);
	return 1;
}

/* a call gave rc: 0 wanted (err 0) or -1 with errno err; errno is reset after */
static int chk(int rc, int err, const char *what)
{
	int e = errno;

	errno = 0;

	if (err ? (rc != -1 || e != err) : rc != 0)
		return acc_fail("%s: rc %d errno %s, want %s", what, rc, rc ? strerror(e) : "-",
				err ? strerror(err) : "success");
	return 0;
}

/* the device to the khttp group, 0660, as the guest's init and udev do */
static int acc_setup(void)
{
	if (!acc_why) {
		acc_why = mmap(NULL, 4096, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS,
			       -1, 0);
		if (acc_why == MAP_FAILED) {
			acc_why = NULL;
			return -1;
		}
	}
	acc_why[0] = 0;
	return chown(KHT_DEV, 0, KHTTP_GID) || chmod(KHT_DEV, 0660) ? -1 : 0;
}

/* this process becomes uid (its group, and khttp's) for good */
static int drop_to(uid_t uid)
{
	gid_t groups[] = { KHTTP_GID };

	if (setgroups(1, groups) || setresgid(uid, uid, uid) || setresuid(uid, uid, uid))
		return acc_fail("cannot become uid %u: %s", uid, strerror(errno));
	/* the uid change made it undumpable: /proc/self would stay root's */
	if (prctl(PR_SET_DUMPABLE, 1))
		return acc_fail("dumpable: %s", strerror(errno));
	return 0;
}

/* fn(arg) in a child running as uid (0: stays root); 0 when it passed */
static int as_user(uid_t uid, int (*fn)(void *), void *arg, char *why, size_t len)
{
	pid_t pid;
	int st;

	acc_why[0] = 0;
	pid = fork();
	if (pid < 0)
		return kht_fail(why, len, "fork: %s", strerror(errno));
	if (!pid) {
		alarm(20);
		_exit(uid && drop_to(uid) ? 1 : fn(arg));
	}
	if (waitpid(pid, &st, 0) != pid || !WIFEXITED(st) || WEXITSTATUS(st))
		return kht_fail(why, len, "uid %u: %s (status %#x)", uid,
				acc_why[0] ? acc_why : "no reason", st);
	return 0;
}

static int dev(void)
{
	return open(KHT_DEV, O_RDWR | O_CLOEXEC);
}

static int queue(int fd, const char *name, __u32 flags)
{
	struct kh_queue_args q = { .flags = flags, .name = name, .name_length = strlen(name) };

	return ioctl(fd, KH_IOC_QUEUE, &q);
}

/* a new file attached to queue name (created if need be); -1 */
static int attached(const char *name)
{
	int fd = dev();

	if (fd >= 0 && queue(fd, name, KH_QUEUE_CREATE | KH_QUEUE_OPEN)) {
		int e = errno;

		close(fd);
		errno = e;
		return -1;
	}
	return fd;
}

static int url(int fd, unsigned long cmd, const char *u)
{
	struct kh_url_args a = { .url = u, .url_length = strlen(u) };

	return ioctl(fd, cmd, &a);
}

static int reserve(int fd, unsigned long cmd, const char *u, __u32 flags, __u32 uid, __u32 gid)
{
	struct kh_reservation_args a = { .flags = flags, .uid = uid, .gid = gid, .url = u,
					 .url_length = strlen(u) };

	return ioctl(fd, cmd, &a);
}

static int grant(int fd, __u32 mode, __u32 uid, __u32 gid)
{
	struct kh_queue_access_args a = { .mode = mode, .uid_count = !!uid, .gid_count = !!gid,
					  .uids = &uid, .gids = &gid };

	return ioctl(fd, KH_IOC_QUEUE_ACCESS, &a);
}

/* ---- queues: owner, grants, attach ---- */

/* arg: a file the parent opened: alice's queue lives on it after she exits */
static int q_alice_creates(void *arg)
{
	int fd = *(int *)arg;

	if (chk(queue(fd, Q("acq-root"), KH_QUEUE_OPEN), EACCES, "alice attaches root's queue"))
		return 1;
	if (chk(queue(fd, Q("acq-root"), KH_QUEUE_CREATE | KH_QUEUE_OPEN), EACCES,
		"alice create|open on root's queue"))
		return 1;
	errno = 0;
	if (chk(queue(fd, Q("acq-alice"), KH_QUEUE_CREATE | KH_QUEUE_OPEN), 0, "alice's queue"))
		return 1;
	if (chk(grant(fd, 0, BOB, 0), 0, "alice grants bob"))
		return 1;
	return 0;
}

static int q_bob_granted(void *arg __attribute__((unused)))
{
	int fd = dev(), other = dev();

	if (chk(queue(fd, Q("acq-alice"), KH_QUEUE_OPEN), 0, "bob attaches alice's (uid granted)"))
		return 1;
	if (chk(grant(fd, KH_QUEUE_ACCESS_OTHERS, 0, 0), EPERM, "bob changes alice's grant"))
		return 1;
	if (chk(queue(other, Q("acq-root"), KH_QUEUE_OPEN), EACCES, "bob attaches root's queue"))
		return 1;
	return 0;
}

static int q_bob_refused(void *arg)
{
	int fd = dev();

	if (chk(queue(fd, Q("acq-alice"), KH_QUEUE_OPEN), EACCES, (const char *)arg))
		return 1;
	return 0;
}

static int q_bob_allowed(void *arg)
{
	int fd = dev();

	if (chk(queue(fd, Q("acq-alice"), KH_QUEUE_OPEN), 0, (const char *)arg))
		return 1;
	return 0;
}

/* alice's grant on her queue: mode, one uid, one gid */
static __u32 q_mode, q_uid, q_gid;

static int q_alice_grants(void *arg __attribute__((unused)))
{
	int fd = attached(Q("acq-alice"));

	if (chk(grant(fd, q_mode, q_uid, q_gid), 0, "alice sets her queue's grant"))
		return 1;
	return 0;
}

static int q_step(__u32 mode, __u32 uid, __u32 gid, int allowed, const char *what,
		  char *why, size_t len)
{
	q_mode = mode;
	q_uid = uid;
	q_gid = gid;
	if (as_user(ALICE, q_alice_grants, NULL, why, len))
		return -1;
	return as_user(BOB, allowed ? q_bob_allowed : q_bob_refused, (void *)what, why, len);
}

static int t_access_queue(char *why, size_t len)
{
	int root, fd, hold, rc;

	if (acc_setup())
		return kht_fail(why, len, "setup: %s", strerror(errno));
	root = attached(Q("acq-root"));
	if (root < 0)
		return kht_fail(why, len, "root's queue: %s", strerror(errno));
	hold = dev();
	rc = as_user(ALICE, q_alice_creates, &hold, why, len) ||
	     as_user(BOB, q_bob_granted, NULL, why, len) ||
	     q_step(0, 0, 0, 0, "bob, grant withdrawn", why, len) ||
	     q_step(0, 0, KHTTP_GID, 1, "bob, his group granted", why, len) ||
	     q_step(KH_QUEUE_ACCESS_GROUP, 0, 0, 0, "bob, not in alice's group", why, len);
	fd = dev();	/* nor root: not granted, no override */
	errno = 0;
	if (!rc && (queue(fd, Q("acq-alice"), KH_QUEUE_OPEN) != -1 || errno != EACCES))
		rc = kht_fail(why, len, "root attached alice's queue: %s, want EACCES",
			      strerror(errno));
	rc = rc || q_step(KH_QUEUE_ACCESS_OTHERS, 0, 0, 1, "bob, anyone granted", why, len);
	if (!rc && grant(root, KH_QUEUE_ACCESS_OTHERS, 0xffffffffu, 0) != -1)
		rc = kht_fail(why, len, "a uid outside the user namespace was granted");
	close(fd);
	close(hold);
	close(root);
	return rc ? -1 : 0;
}

/* ---- requests: only through a file attached to their queue ---- */

#define RQ_URL_FMT	"http://+:%d/acr/"

static __u64 rq_id, rq_conn;

static int rq_take(int fd)
{
	struct kh_receive_request_args rr = { .buffer_length = sizeof(acc_buf),
					      .buffer = (struct kh_request *)acc_buf };

	if (ioctl(fd, KH_IOC_RECEIVE_REQUEST, &rr))
		return -1;
	rq_id = rr.request_id;
	rq_conn = ((struct kh_request *)acc_buf)->connection_id;
	return 0;
}

static int rq_answer(int fd, __u64 id)
{
	struct kh_data_chunk c = { .type = KH_CHUNK_FROM_MEMORY,
				   .u.memory = { .buffer = "ok", .length = 2 } };
	struct kh_response r = { .status_code = 200, .version = { 1, 1 },
				 .entity_chunk_count = 1, .entity_chunks = &c };
	struct kh_send_response_args a = { .request_id = id, .response = &r };

	return ioctl(fd, KH_IOC_SEND_RESPONSE, &a);
}

static int rq_bob(void *arg __attribute__((unused)))
{
	struct kh_cancel_args c = { .request_id = rq_id };
	struct kh_receive_body_args b = { .request_id = rq_id, .buffer_length = 16,
					  .buffer = acc_buf };
	struct kh_wait_disconnect_args w = { .connection_id = rq_conn };
	int mine = attached(Q("acr-bob")), none = dev();

	if (chk(queue(none, Q("acr-root"), KH_QUEUE_OPEN), EACCES, "bob attaches root's queue"))
		return 1;
	if (chk(rq_answer(mine, rq_id), EACCES, "bob answers root's request"))
		return 1;
	if (chk(ioctl(mine, KH_IOC_CANCEL, &c), EACCES, "bob cancels root's request"))
		return 1;
	if (chk(ioctl(mine, KH_IOC_RECEIVE_BODY, &b), EACCES, "bob reads root's request's body"))
		return 1;
	if (chk(ioctl(mine, KH_IOC_WAIT_DISCONNECT, &w), EACCES, "bob waits on root's connection"))
		return 1;
	if (chk(rq_answer(none, rq_id), ENOENT, "bob answers without a queue"))
		return 1;
	return 0;
}

static int rq_alice(void *arg __attribute__((unused)))
{
	int fd = attached(Q("acr-root"));

	if (chk(fd < 0 ? -1 : 0, 0, "alice attaches root's queue (granted)"))
		return 1;
	if (chk(rq_answer(fd, rq_id), 0, "alice answers root's request through the queue"))
		return 1;
	return 0;
}

static int t_access_requests(char *why, size_t len)
{
	static const char get[] = "GET /acr/x?session=1 HTTP/1.1\r\nHost: h\r\n\r\n";
	char u[64], resp[256];
	int fd, s, rc;
	ssize_t n;

	snprintf(u, sizeof(u), RQ_URL_FMT, PORT(0));
	if (acc_setup())
		return kht_fail(why, len, "setup: %s", strerror(errno));
	fd = attached(Q("acr-root"));
	if (fd < 0 || url(fd, KH_IOC_ADD_URL, u))
		return kht_fail(why, len, "root's worker: %s", strerror(errno));
	s = kht_connect(PORT(0));
	if (s < 0 || kht_send_all(s, get, sizeof(get) - 1) || rq_take(fd)) {
		rc = kht_fail(why, len, "request: %s", strerror(errno));
		goto out;
	}
	rc = as_user(BOB, rq_bob, NULL, why, len);
	if (!rc && grant(fd, 0, ALICE, 0))
		rc = kht_fail(why, len, "root grants alice: %s", strerror(errno));
	if (!rc)
		rc = as_user(ALICE, rq_alice, NULL, why, len);
	if (!rc) {
		n = read(s, resp, sizeof(resp) - 1);
		resp[n > 0 ? n : 0] = 0;
		if (strncmp(resp, "HTTP/1.1 200", 12))
			rc = kht_fail(why, len, "the client got '%.40s'", resp);
	}
out:
	if (s >= 0)
		close(s);
	grant(fd, 0, 0, 0);
	url(fd, KH_IOC_REMOVE_URL, u);
	close(fd);
	return rc ? -1 : 0;
}

/* ---- URL registration: reservations, ports others own, low ports ---- */

static char ur_root[64], ur_admin[64], ur_resv[64], ur_alice[64], ur_new[64], ur_new2[64],
	    ur_bob[64], ur_bob_new[64], ur_low[64], ur_grp[64];

static void ur_names(void)
{
	snprintf(ur_root, 64, "http://+:%d/root/", PORT(1));
	snprintf(ur_admin, 64, "http://+:%d/admin/", PORT(1));
	snprintf(ur_resv, 64, "http://+:%d/alice/", PORT(1));
	snprintf(ur_alice, 64, "http://+:%d/alice/x/", PORT(1));
	snprintf(ur_bob, 64, "http://+:%d/alice/y/", PORT(1));
	snprintf(ur_new, 64, "http://+:%d/a/", PORT(2));
	snprintf(ur_new2, 64, "http://+:%d/b/", PORT(2));
	snprintf(ur_bob_new, 64, "http://+:%d/c/", PORT(2));
	snprintf(ur_grp, 64, "http://+:%d/grp/", PORT(3));
	snprintf(ur_low, 64, "http://+:%d/a/", 81);
}

static int ur_alice_adds(void *arg __attribute__((unused)))
{
	int fd = attached(Q("acu-alice"));

	if (chk(reserve(fd, KH_IOC_ADD_RESERVATION, ur_new, KH_RESERVE_UID, ALICE, 0), EPERM,
		"alice reserves"))
		return 1;
	if (chk(url(fd, KH_IOC_ADD_URL, ur_admin), EACCES, "alice adds on root's port"))
		return 1;
	if (chk(url(fd, KH_IOC_ADD_URL, ur_alice), 0, "alice adds under her reservation"))
		return 1;
	if (chk(url(fd, KH_IOC_ADD_URL, ur_new), 0, "alice opens a new port"))
		return 1;
	if (chk(url(fd, KH_IOC_ADD_URL, ur_new2), 0, "alice adds on her own port"))
		return 1;
	if (chk(url(fd, KH_IOC_ADD_URL, ur_low), EACCES, "alice opens port 81"))
		return 1;
	return 0;
}

static int ur_bob_adds(void *arg __attribute__((unused)))
{
	int fd = attached(Q("acu-bob"));

	if (chk(reserve(fd, KH_IOC_REMOVE_RESERVATION, ur_resv, 0, 0, 0), EPERM,
		"bob removes a reservation"))
		return 1;
	if (chk(url(fd, KH_IOC_ADD_URL, ur_bob), EACCES, "bob adds under alice's reservation"))
		return 1;
	if (chk(url(fd, KH_IOC_ADD_URL, ur_bob_new), EACCES, "bob adds on alice's port"))
		return 1;
	if (chk(url(fd, KH_IOC_REMOVE_URL, ur_new), EACCES, "bob removes alice's prefix"))
		return 1;
	if (chk(url(fd, KH_IOC_ADD_URL, ur_grp), 0, "bob adds under his group's reservation"))
		return 1;
	if (chk(url(fd, KH_IOC_REMOVE_URL, ur_grp), 0, "bob removes his prefix"))
		return 1;
	return 0;
}

static int ur_alice_removes(void *arg __attribute__((unused)))
{
	int fd = attached(Q("acu-alice"));

	if (chk(url(fd, KH_IOC_REMOVE_URL, ur_alice), 0, "alice removes /alice/x/"))
		return 1;
	if (chk(url(fd, KH_IOC_REMOVE_URL, ur_new), 0, "alice removes /a/"))
		return 1;
	if (chk(url(fd, KH_IOC_REMOVE_URL, ur_new2), 0, "alice removes /b/"))
		return 1;
	return 0;
}

static int t_access_urls(char *why, size_t len)
{
	int fd, rc;

	ur_names();
	if (acc_setup())
		return kht_fail(why, len, "setup: %s", strerror(errno));
	fd = attached(Q("acu-root"));
	if (fd < 0 || url(fd, KH_IOC_ADD_URL, ur_root) ||
	    reserve(fd, KH_IOC_ADD_RESERVATION, ur_resv, KH_RESERVE_UID, ALICE, 0) ||
	    reserve(fd, KH_IOC_ADD_RESERVATION, ur_grp, KH_RESERVE_GID, 0, KHTTP_GID))
		return kht_fail(why, len, "root's prefix and reservations: %s", strerror(errno));
	rc = as_user(ALICE, ur_alice_adds, NULL, why, len) ||
	     as_user(BOB, ur_bob_adds, NULL, why, len);
	as_user(ALICE, ur_alice_removes, NULL, why, len);
	if (!rc && (reserve(fd, KH_IOC_ADD_RESERVATION, ur_resv, KH_RESERVE_UID, BOB, 0) != -1 ||
		    errno != EEXIST))
		rc = kht_fail(why, len, "a second reservation of a prefix: %s, want EEXIST",
			      strerror(errno));
	if (reserve(fd, KH_IOC_REMOVE_RESERVATION, ur_resv, 0, 0, 0) ||
	    reserve(fd, KH_IOC_REMOVE_RESERVATION, ur_grp, 0, 0, 0))
		rc = rc ?: kht_fail(why, len, "root removes the reservations: %s", strerror(errno));
	url(fd, KH_IOC_REMOVE_URL, ur_root);
	close(fd);
	return rc ? -1 : 0;
}

/* ---- administrators: limits, counters, the cache, the log ---- */

static int ad_user(void *arg __attribute__((unused)))
{
	struct kh_limits_args l = { 0 };
	struct kh_flush_cache_args f = { 0 };
	__u64 c[KH_STAT_COUNT];
	struct kh_stats_args st = { .counter_count = KH_STAT_COUNT, .counters = c };
	int fd = dev(), q = attached(Q("acad-alice"));

	if (chk(ioctl(fd, KH_IOC_LIMITS, &l), 0, "alice reads the limits"))
		return 1;
	l.mask = KH_LIMIT_QUEUE_LENGTH;
	l.queue_length = 5;
	if (chk(ioctl(fd, KH_IOC_LIMITS, &l), EPERM, "alice sets queue_length"))
		return 1;
	if (chk(ioctl(fd, KH_IOC_STATS, &st), EPERM, "alice reads the global counters"))
		return 1;
	if (chk(ioctl(fd, KH_IOC_FLUSH_CACHE, &f), EPERM, "alice flushes the whole cache"))
		return 1;
	if (chk((int)read(fd, acc_buf, sizeof(acc_buf)), EPERM, "alice reads the access log"))
		return 1;
	st.flags = KH_STATS_QUEUE;
	if (chk(ioctl(q, KH_IOC_STATS, &st), 0, "alice reads her queue's counters"))
		return 1;
	if (chk(ioctl(q, KH_IOC_FLUSH_CACHE, &f), 0, "alice flushes her queue's entries"))
		return 1;
	return 0;
}

static int t_access_admin(char *why, size_t len)
{
	static const struct { __u32 mask; struct kh_limits_args l; const char *what; } over[] = {
		{ KH_LIMIT_MAX_HEADER_BYTES, { .max_header_bytes = 0xffffffff }, "header bytes" },
		{ KH_LIMIT_MAX_CONNECTIONS, { .max_connections = (1u << 20) + 1 }, "connections" },
		{ KH_LIMIT_QUEUE_LENGTH, { .queue_length = 0xffffffff }, "queue_length" },
		{ KH_LIMIT_MAX_BODY_BYTES, { .max_body_bytes = 1ull << 41 }, "max_body_bytes" },
		{ KH_LIMIT_IDLE_TIMEOUT, { .idle_timeout_ms = 0xffffffff }, "idle_timeout_ms" },
		{ KH_LIMIT_HEADER_TIMEOUT, { .header_timeout_ms = 3600001 }, "header_timeout_ms" },
	};
	struct kh_limits_args before = { 0 }, after = { 0 }, l;
	size_t i;
	int fd = dev();

	if (acc_setup() || ioctl(fd, KH_IOC_LIMITS, &before))
		return kht_fail(why, len, "setup: %s", strerror(errno));
	if (as_user(ALICE, ad_user, NULL, why, len))
		return -1;
	for (i = 0; i < KHT_ARRAY_SIZE(over); i++) {
		l = over[i].l;
		l.mask = over[i].mask;
		if (ioctl(fd, KH_IOC_LIMITS, &l) != -1 || errno != EINVAL)
			return kht_fail(why, len, "root sets %s past its bound: %s, want EINVAL",
					over[i].what, strerror(errno));
	}
	if (ioctl(fd, KH_IOC_LIMITS, &after) || memcmp(&before, &after, sizeof(after)))
		return kht_fail(why, len, "the limits changed");
	close(fd);
	return 0;
}

/* ---- a worker in a network namespace of its own ---- */

static int lo_up(void)
{
	struct ifreq ifr = { .ifr_name = "lo" };
	int s = socket(AF_INET, SOCK_DGRAM | SOCK_CLOEXEC, 0), rc;

	rc = ioctl(s, SIOCGIFFLAGS, &ifr);
	ifr.ifr_flags |= IFF_UP;
	rc = rc ?: ioctl(s, SIOCSIFFLAGS, &ifr);
	close(s);
	return rc;
}

/* a GET of path on port: the status, or -1 with errno (connect) */
static int get_status(int port, const char *path, char *body, size_t cap)
{
	char req[128], resp[512], *b;
	int s = kht_connect(port), n;
	ssize_t got = 0, r;

	if (s < 0)
		return -1;
	n = snprintf(req, sizeof(req), "GET %s HTTP/1.1\r\nHost: h\r\nConnection: close\r\n\r\n",
		     path);
	if (kht_send_all(s, req, n)) {
		close(s);
		return -1;
	}
	for (;;) {
		r = read(s, resp + got, sizeof(resp) - 1 - got);
		if (r <= 0)
			break;
		got += r;
		if (got == (ssize_t)sizeof(resp) - 1)
			break;
	}
	close(s);
	resp[got] = 0;
	b = strstr(resp, "\r\n\r\n");
	if (body)
		snprintf(body, cap, "%s", b ? b + 4 : "");
	return got > 12 ? atoi(resp + 9) : 0;
}

/* answers every request of fd with body (cached for a minute if ttl) until it fails */
static void serve(int fd, const char *body, int ttl)
{
	struct kh_cache_policy cp = { .policy = KH_CACHE_TIME_TO_LIVE, .seconds_to_live = 60 };
	struct kh_data_chunk c = { .type = KH_CHUNK_FROM_MEMORY };
	struct kh_response r = { .status_code = 200, .version = { 1, 1 },
				 .entity_chunk_count = 1, .entity_chunks = &c };
	struct kh_send_response_args a = { .response = &r, .cache_policy = ttl ? &cp : NULL };

	c.u.memory.buffer = (void *)body;
	c.u.memory.length = strlen(body);
	while (!rq_take(fd)) {
		a.request_id = rq_id;
		ioctl(fd, KH_IOC_SEND_RESPONSE, &a);
	}
}

/* a worker child serving url from queue with body; its pid */
static pid_t worker(const char *q, const char *u, const char *body, int ttl)
{
	int fd = attached(q);
	pid_t pid;

	if (fd < 0 || url(fd, KH_IOC_ADD_URL, u)) {
		if (fd >= 0)
			close(fd);
		return -1;
	}
	pid = fork();
	if (!pid) {
		serve(fd, body, ttl);
		_exit(0);
	}
	close(fd);
	return pid;
}

static void worker_stop(pid_t pid, const char *q, const char *u)
{
	int fd = attached(q);

	if (pid > 0) {
		kill(pid, SIGKILL);
		waitpid(pid, NULL, 0);
	}
	url(fd, KH_IOC_REMOVE_URL, u);
	close(fd);
}

static int ns_child(void *arg)
{
	int *pipes = arg, st, rc = 0;
	char u[64], body[32], c;
	pid_t w;

	if (unshare(CLONE_NEWNET) || lo_up())
		return acc_fail("unshare -n: %s", strerror(errno));
	snprintf(u, sizeof(u), "http://+:%d/n/", PORT(4));
	w = worker(Q("acn-inner"), u, "inner", 0);
	if (w < 0)
		return acc_fail("the worker inside: %s", strerror(errno));
	st = get_status(PORT(4), "/n/x", body, sizeof(body));
	if (st != 200 || strcmp(body, "inner"))
		rc = acc_fail("inside the namespace: status %d body '%s'", st, body);
	else if (write(pipes[1], "r", 1) != 1 || read(pipes[2], &c, 1) != 1)
		rc = acc_fail("pipe: %s", strerror(errno));
	kill(w, SIGKILL);	/* its prefix goes with the namespace */
	waitpid(w, NULL, 0);
	return rc;
}

static int t_access_netns(char *why, size_t len)
{
	int p1[2], p2[2], pipes[3], st, rc = 0;
	char u[64], body[32], c;
	pid_t pid, w;

	snprintf(u, sizeof(u), "http://+:%d/init/", PORT(4));
	if (acc_setup() || pipe(p1) || pipe(p2))
		return kht_fail(why, len, "setup: %s", strerror(errno));
	pipes[0] = p1[0];
	pipes[1] = p1[1];
	pipes[2] = p2[0];
	pid = fork();
	if (!pid) {
		alarm(20);
		close(p1[0]);
		close(p2[1]);
		_exit(ns_child(pipes));
	}
	close(p1[1]);	/* the child's end: a child that dies ends the read below */
	close(p2[0]);
	if (read(p1[0], &c, 1) != 1) {
		waitpid(pid, &st, 0);
		close(p1[0]);
		close(p2[1]);
		return kht_fail(why, len, "namespace child: %s", acc_why[0] ? acc_why : "died");
	}
	st = get_status(PORT(4), "/n/x", NULL, 0);
	if (st != -1 || errno != ECONNREFUSED)
		rc = kht_fail(why, len, "the port of another namespace answered here: %d (%s)",
			      st, strerror(errno));
	w = worker(Q("acn-outer"), u, "outer", 0);
	if (!rc && w < 0)
		rc = kht_fail(why, len, "the same port here: %s", strerror(errno));
	if (!rc) {
		st = get_status(PORT(4), "/init/x", body, sizeof(body));
		if (st != 200 || strcmp(body, "outer"))
			rc = kht_fail(why, len, "outer worker: status %d body '%s'", st, body);
		else if (get_status(PORT(4), "/n/x", NULL, 0) != 404)
			rc = kht_fail(why, len, "the inner prefix routed here");
	}
	if (write(p2[1], "q", 1) != 1)
		rc = rc ?: kht_fail(why, len, "pipe: %s", strerror(errno));
	waitpid(pid, &st, 0);
	if (!rc && (!WIFEXITED(st) || WEXITSTATUS(st)))
		rc = kht_fail(why, len, "namespace child: %s", acc_why[0] ? acc_why : "failed");
	worker_stop(w, Q("acn-outer"), u);
	close(p1[0]);
	close(p2[1]);
	return rc ? -1 : 0;
}

/* ---- a user namespace of alice's own ---- */

static int write_file(const char *path, const char *s)
{
	int fd = open(path, O_WRONLY | O_CLOEXEC), rc;

	if (fd < 0)
		return -1;
	rc = write(fd, s, strlen(s)) == (ssize_t)strlen(s) ? 0 : -1;
	close(fd);
	return rc;
}

static int us_alice(void *arg __attribute__((unused)))
{
	struct kh_limits_args l = { .mask = KH_LIMIT_QUEUE_LENGTH, .queue_length = 5 };
	int fd = dev(), q = dev();
	char u[64];

	if (unshare(CLONE_NEWUSER | CLONE_NEWNET))
		return acc_fail("unshare -U -n: %s", strerror(errno));
	if (write_file("/proc/self/setgroups", "deny") ||
	    write_file("/proc/self/uid_map", "0 1000 1") ||
	    write_file("/proc/self/gid_map", "0 1000 1") || lo_up())
		return acc_fail("user namespace setup: %s", strerror(errno));
	snprintf(u, sizeof(u), "http://+:80/us-%s/", KHT_ABI_NAME);
	if (chk(reserve(fd, KH_IOC_ADD_RESERVATION, u, KH_RESERVE_UID, 0, 0), 0,
		"a reservation in her own netns"))
		return 1;
	if (chk(queue(q, Q("acus-alice"), KH_QUEUE_CREATE | KH_QUEUE_OPEN), 0, "her queue"))
		return 1;
	if (chk(url(q, KH_IOC_ADD_URL, u), 0, "port 80 in her own netns"))
		return 1;
	if (chk(url(q, KH_IOC_REMOVE_URL, u), 0, "its removal"))
		return 1;
	if (chk(ioctl(fd, KH_IOC_LIMITS, &l), EPERM, "the limits from her user namespace"))
		return 1;
	if (chk((int)read(fd, acc_buf, sizeof(acc_buf)), EPERM, "the access log"))
		return 1;
	if (chk(queue(fd, Q("acq-root"), KH_QUEUE_OPEN), EACCES, "root's queue"))
		return 1;
	return 0;
}

static int t_access_userns(char *why, size_t len)
{
	int fd, rc;

	if (acc_setup())
		return kht_fail(why, len, "setup: %s", strerror(errno));
	fd = attached(Q("acq-root"));	/* root's queue, alive while fd is */
	if (fd < 0)
		return kht_fail(why, len, "root's queue: %s", strerror(errno));
	rc = as_user(ALICE, us_alice, NULL, why, len);
	close(fd);
	return rc;
}

/* ---- the cache: per port, per queue, flushed with its prefix ---- */

/* GET /c/x/1 on port answered 200 with want; else why is filled */
static int cached_as(int port, const char *want, const char *what, char *why, size_t len)
{
	char body[32];
	int st = get_status(port, "/c/x/1", body, sizeof(body));

	if (st != 200 || strcmp(body, want))
		return kht_fail(why, len, "%s: status %d body '%s', want '%s'", what, st, body,
				want);
	return 0;
}

static int t_access_cache(char *why, size_t len)
{
	char ua[64], ub[64], uc[64];
	pid_t a, b, c = -1;
	int rc = 0;

	snprintf(ua, sizeof(ua), "http://+:%d/c/", PORT(5));
	snprintf(ub, sizeof(ub), "http://+:%d/c/", PORT(6));
	snprintf(uc, sizeof(uc), "http://+:%d/c/x/", PORT(5));
	if (acc_setup())
		return kht_fail(why, len, "setup: %s", strerror(errno));
	a = worker(Q("acc-a"), ua, "A", 1);
	b = worker(Q("acc-b"), ub, "B", 1);
	if (a < 0 || b < 0) {
		rc = kht_fail(why, len, "workers: %s", strerror(errno));
		goto out;
	}
	/* the same URL and Host on two ports: two queues, two entries */
	rc = cached_as(PORT(5), "A", "port A", why, len) ||
	     cached_as(PORT(6), "B", "the same URL on port B", why, len);
	/* a longer prefix of another queue on the same port: not A's entry */
	if (!rc) {
		c = worker(Q("acc-c"), uc, "C", 0);
		rc = c < 0 ? kht_fail(why, len, "worker C: %s", strerror(errno)) :
		     cached_as(PORT(5), "C", "queue C on port A", why, len);
	}
	/* A's prefix removed: its entries go; the same prefix of another worker */
	if (!rc) {
		worker_stop(c, Q("acc-c"), uc);
		c = -1;
		worker_stop(a, Q("acc-a"), ua);
		a = worker(Q("acc-a"), ua, "A2", 0);
		rc = a < 0 ? kht_fail(why, len, "worker A2: %s", strerror(errno)) :
		     cached_as(PORT(5), "A2", "after its prefix went", why, len);
	}
out:
	if (c > 0)
		worker_stop(c, Q("acc-c"), uc);
	worker_stop(a, Q("acc-a"), ua);
	worker_stop(b, Q("acc-b"), ub);
	kht_flush_cache("");
	return rc ? -1 : 0;
}

const struct kht_test kht_access_tests[] = {
	{ "access_queue", t_access_queue },
	{ "access_requests", t_access_requests },
	{ "access_urls", t_access_urls },
	{ "access_admin", t_access_admin },
	{ "access_netns", t_access_netns },
	{ "access_userns", t_access_userns },
	{ "access_cache", t_access_cache },
};

const size_t kht_naccess_tests = KHT_ARRAY_SIZE(kht_access_tests);
