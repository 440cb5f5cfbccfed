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
#include <arpa/inet.h>
#include <net/if.h>
#include <netinet/in.h>
#include <sys/ioctl.h>
#include <sys/mman.h>
#include <sys/prctl.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/time.h>
#include <sys/wait.h>
#include <unistd.h>
#include "kht.h"
#include "kht_worker.h"

#define ALICE		1000
#define BOB		1001
#define KHTTP_GID	900
/* ports of this ABI's run: the three runs share one guest */
#define PORT(k)		(8400 + 10 * KHT_ABI + (k))
#define Q(name)		name "-" KHT_ABI_NAME
/* the counter of this ABI's ioctls */
#define MY_IOCTLS	(KH_STAT_IOCTLS_NATIVE + KHT_ABI - KH_ABI_NATIVE)

static char *acc_why;		/* shared with the children: why one failed */
static pid_t *acc_pids;		/* ... and the workers they leave running */
/* a race's phase, shared by the parent and its children */
static int flag_get(void)
{
	return __atomic_load_n(&acc_pids[2], __ATOMIC_SEQ_CST);
}

static void flag_set(int v)
{
	__atomic_store_n(&acc_pids[2], v, __ATOMIC_SEQ_CST);
}

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
		acc_pids = (pid_t *)(acc_why + 2048);
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

/* a TCP connection to addr:port (IPv4 text); -1 with errno */
static int connect_at(const char *addr, int port)
{
	struct sockaddr_in sin = { .sin_family = AF_INET, .sin_port = htons(port) };
	struct timeval tv = { .tv_sec = 10 };
	int s = socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0), e;

	if (s < 0 || inet_pton(AF_INET, addr, &sin.sin_addr) != 1)
		return -1;
	if (connect(s, (void *)&sin, sizeof(sin))) {
		e = errno;
		close(s);
		errno = e;
		return -1;
	}
	setsockopt(s, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof(tv));
	return s;
}

/* a GET of path on addr:port, with that Host: the status, or -1 with errno (connect) */
static int get_at(const char *addr, int port, const char *host, const char *path, char *body,
		  size_t cap)
{
	char req[160], resp[512], *b;
	int s = connect_at(addr, port), n;
	ssize_t got = 0, r;

	if (s < 0)
		return -1;
	n = snprintf(req, sizeof(req), "GET %s HTTP/1.1\r\nHost: %s\r\nConnection: close\r\n\r\n",
		     path, host);
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

/* a GET of path on 127.0.0.1:port */
static int get_status(int port, const char *path, char *body, size_t cap)
{
	return get_at("127.0.0.1", port, "h", path, body, cap);
}

/*
 * answers every request of fd with body (cached for a minute if ttl) until
 * it fails; a body "@PATH": the file's bytes (a file chunk, spliced)
 */
static void serve(int fd, const char *body, int ttl)
{
	struct kh_cache_policy cp = { .policy = KH_CACHE_TIME_TO_LIVE, .seconds_to_live = 60 };
	struct kh_data_chunk c;
	struct kh_response r = { .status_code = 200, .version = { 1, 1 },
				 .entity_chunk_count = 1, .entity_chunks = &c };
	struct kh_send_response_args a = { .response = &r, .cache_policy = ttl ? &cp : NULL };
	struct stat sb;
	int f;

	if (body[0] == '@') {
		f = open(body + 1, O_RDONLY | O_CLOEXEC);
		if (f < 0 || fstat(f, &sb))
			return;
		kht_file_chunk(&c, f, 0, sb.st_size);
	} else {
		kht_mem_chunk(&c, body, strlen(body));
	}
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

/* KH_IOC_STATS, KH_STATS_NET: the caller's namespace's counters into c */
static int net_stats(int fd, __u64 *c)
{
	struct kh_stats_args st = { .flags = KH_STATS_NET, .counter_count = KH_STAT_COUNT,
				    .counters = c };

	memset(c, 0, KH_STAT_COUNT * sizeof(*c));
	return ioctl(fd, KH_IOC_STATS, &st);
}

static int ns_alice(void *arg __attribute__((unused)))
{
	__u64 c[KH_STAT_COUNT];
	struct kh_stats_args st = { .flags = KH_STATS_NET | KH_STATS_QUEUE,
				    .counter_count = KH_STAT_COUNT, .counters = c };
	int fd = attached(Q("acns-alice"));

	if (chk(net_stats(fd, c), EPERM, "alice reads her netns's counters"))
		return 1;
	if (chk(ioctl(fd, KH_IOC_STATS, &st), EINVAL, "queue and netns counters at once"))
		return 1;
	return 0;
}

#define NS_FILE		"/tmp/acn-file"
#define NS_FILE_SIZE	300

/* a file chunk's bytes, spliced, count in this namespace: c1 the counters before */
static int ns_spliced(int fd, const __u64 *c1)
{
	__u64 c2[KH_STAT_COUNT];
	char u[64], body[NS_FILE_SIZE + 1], want[NS_FILE_SIZE + 1];
	int f = open(NS_FILE, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644), st, rc = 0;
	pid_t w;

	memset(want, 's', NS_FILE_SIZE);
	want[NS_FILE_SIZE] = 0;
	if (f < 0 || write(f, want, NS_FILE_SIZE) != NS_FILE_SIZE)
		return acc_fail("%s: %s", NS_FILE, strerror(errno));
	close(f);
	snprintf(u, sizeof(u), "http://+:%d/nf/", PORT(4));
	w = worker(Q("acn-file"), u, "@" NS_FILE, 0);
	if (w < 0)
		return acc_fail("the file worker inside: %s", strerror(errno));
	st = get_status(PORT(4), "/nf/x", body, sizeof(body));
	if (st != 200 || strcmp(body, want))
		rc = acc_fail("a file chunk inside: status %d body '%.20s'", st, body);
	else if (net_stats(fd, c2) ||
		 c2[KH_STAT_FILE_BYTES_SPLICED] - c1[KH_STAT_FILE_BYTES_SPLICED] != NS_FILE_SIZE)
		rc = acc_fail("netns file_bytes_spliced %llu -> %llu, want +%d",
			      (unsigned long long)c1[KH_STAT_FILE_BYTES_SPLICED],
			      (unsigned long long)c2[KH_STAT_FILE_BYTES_SPLICED], NS_FILE_SIZE);
	kill(w, SIGKILL);
	waitpid(w, NULL, 0);
	return rc;
}

static int ns_child(void *arg)
{
	__u64 c0[KH_STAT_COUNT], c1[KH_STAT_COUNT];
	int *pipes = arg, st, rc = 0, fd;
	char u[64], body[32], c;
	pid_t w;

	if (unshare(CLONE_NEWNET) || lo_up())
		return acc_fail("unshare -n: %s", strerror(errno));
	fd = dev();
	if (chk(net_stats(fd, c0), 0, "the new netns's counters"))
		return 1;
	snprintf(u, sizeof(u), "http://+:%d/n/", PORT(4));
	w = worker(Q("acn-inner"), u, "inner", 0);
	if (w < 0)
		return acc_fail("the worker inside: %s", strerror(errno));
	st = get_status(PORT(4), "/n/x", body, sizeof(body));
	if (st != 200 || strcmp(body, "inner"))
		rc = acc_fail("inside the namespace: status %d body '%s'", st, body);
	else if (net_stats(fd, c1) || c0[KH_STAT_CONNECTIONS] || c0[KH_STAT_REQUESTS] ||
		 c1[KH_STAT_CONNECTIONS] != 1 || c1[KH_STAT_REQUESTS] != 1 ||
		 c1[KH_STAT_RESPONSES_2XX] != 1 || !c1[KH_STAT_BYTES_IN] ||
		 !c1[MY_IOCTLS])
		rc = acc_fail("netns counters: conns %llu-%llu reqs %llu-%llu 2xx %llu ioctls %llu",
			      (unsigned long long)c0[KH_STAT_CONNECTIONS],
			      (unsigned long long)c1[KH_STAT_CONNECTIONS],
			      (unsigned long long)c0[KH_STAT_REQUESTS],
			      (unsigned long long)c1[KH_STAT_REQUESTS],
			      (unsigned long long)c1[KH_STAT_RESPONSES_2XX],
			      (unsigned long long)c1[MY_IOCTLS]);
	else
		rc = ns_spliced(fd, c1);
	if (!rc && (write(pipes[1], "r", 1) != 1 || read(pipes[2], &c, 1) != 1))
		rc = acc_fail("pipe: %s", strerror(errno));
	kill(w, SIGKILL);	/* its prefix goes with the namespace */
	waitpid(w, NULL, 0);
	return rc;
}

static int t_access_netns(char *why, size_t len)
{
	__u64 c0[KH_STAT_COUNT], c1[KH_STAT_COUNT];
	int p1[2], p2[2], pipes[3], st, rc = 0, fd = dev();
	char u[64], body[32], c;
	pid_t pid, w;

	snprintf(u, sizeof(u), "http://+:%d/init/", PORT(4));
	if (acc_setup() || pipe(p1) || pipe(p2) || net_stats(fd, c0))
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
	/* the inner connections and the bytes spliced counted there, not here */
	if (net_stats(fd, c1) || c1[KH_STAT_CONNECTIONS] != c0[KH_STAT_CONNECTIONS] ||
	    c1[KH_STAT_FILE_BYTES_SPLICED] != c0[KH_STAT_FILE_BYTES_SPLICED])
		rc = kht_fail(why, len, "here: connections %llu -> %llu, spliced %llu -> %llu (%s)",
			      (unsigned long long)c0[KH_STAT_CONNECTIONS],
			      (unsigned long long)c1[KH_STAT_CONNECTIONS],
			      (unsigned long long)c0[KH_STAT_FILE_BYTES_SPLICED],
			      (unsigned long long)c1[KH_STAT_FILE_BYTES_SPLICED], strerror(errno));
	if (!rc)
		rc = as_user(ALICE, ns_alice, NULL, why, len);
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
	close(fd);
	return rc ? -1 : 0;
}

/* ---- a queue's access log and the counters of a network namespace ---- */

static char lg_url[64];

/* the lines of fd's log (read() until 0): their count, in acc_buf; -1 with errno */
static int log_lines(int fd)
{
	ssize_t n, got = 0;
	int lines = 0;
	char *p;

	while ((n = read(fd, acc_buf + got, sizeof(acc_buf) - 1 - got)) > 0)
		got += n;
	if (n < 0)
		return -1;
	acc_buf[got] = 0;
	for (p = acc_buf; (p = strchr(p, '\n')); p++)
		lines++;
	return lines;
}

/* alice's worker answers /lg/ on her queue; she reads its log, then bob may */
static int lg_alice(void *arg __attribute__((unused)))
{
	int fd = attached(Q("acl-alice")), none = dev(), st;

	if (chk(fd < 0 ? -1 : grant(fd, 0, BOB, 0), 0, "alice's queue, bob granted"))
		return 1;
	acc_pids[0] = worker(Q("acl-alice"), lg_url, "L", 0);
	if (acc_pids[0] < 0)
		return acc_fail("alice's worker: %s", strerror(errno));
	st = get_status(PORT(7), "/lg/x?secret=alice", NULL, 0);
	if (st != 200 || get_status(PORT(7), "/nolg/", NULL, 0) != 404)
		return acc_fail("alice's requests: %d", st);
	st = log_lines(fd);
	if (st != 1 || !strstr(acc_buf, "\"GET /lg/x?secret=alice HTTP/1.1\" 200 "))
		return acc_fail("her queue's log: %d lines [%.200s], want her one 200", st,
				acc_buf);
	if (chk(log_lines(fd), 0, "her queue's log again: consumed"))
		return 1;
	if (chk(log_lines(none), EPERM, "alice reads the global log"))
		return 1;
	return 0;
}

static int lg_bob(void *arg __attribute__((unused)))
{
	int fd = attached(Q("acl-alice")), st;

	if (chk(fd < 0 ? -1 : 0, 0, "bob attaches alice's queue (granted)"))
		return 1;
	st = get_status(PORT(7), "/lg/bob", NULL, 0);
	if (st != 200)
		return acc_fail("bob's request: %d", st);
	st = log_lines(fd);
	if (st != 1 || !strstr(acc_buf, "\"GET /lg/bob HTTP/1.1\" 200 "))
		return acc_fail("alice's queue's log as bob: %d lines [%.200s]", st, acc_buf);
	return 0;
}

static int lg_alice_stops(void *arg __attribute__((unused)))
{
	worker_stop(acc_pids[0], Q("acl-alice"), lg_url);
	return 0;
}

static int t_access_queue_log(char *why, size_t len)
{
	int rc, root, st;

	snprintf(lg_url, sizeof(lg_url), "http://+:%d/lg/", PORT(7));
	if (acc_setup())
		return kht_fail(why, len, "setup: %s", strerror(errno));
	kht_drain_log();
	root = attached(Q("acl-root"));	/* root's own queue: none of alice's lines */
	rc = as_user(ALICE, lg_alice, NULL, why, len) || as_user(BOB, lg_bob, NULL, why, len);
	as_user(ALICE, lg_alice_stops, NULL, why, len);
	if (rc)
		return -1;
	st = log_lines(root);
	if (st != 0)
		return kht_fail(why, len, "root's queue's log: %d lines [%.100s]", st, acc_buf);
	close(root);
	root = dev();
	st = log_lines(root);	/* the global log: an administrator's, every line */
	close(root);
	if (st != 3 || !strstr(acc_buf, "/lg/x?secret=alice") || !strstr(acc_buf, "/nolg/") ||
	    !strstr(acc_buf, "/lg/bob"))
		return kht_fail(why, len, "the global log: %d lines [%.200s]", st, acc_buf);
	return 0;
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
	__u64 c[KH_STAT_COUNT];
	struct kh_stats_args st = { .counter_count = KH_STAT_COUNT, .counters = c };
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
	if (chk(net_stats(fd, c), 0, "her own netns's counters"))
		return 1;
	if (chk(ioctl(fd, KH_IOC_STATS, &st), EPERM, "the module-wide counters"))
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

/* ---- listeners by (netns, address, port) ---- */

static char la_root[64], la_alice[64], la_wild[64], la_on_root[64];

static int la_alice_adds(void *arg __attribute__((unused)))
{
	int fd = attached(Q("acla-alice"));

	if (chk(url(fd, KH_IOC_ADD_URL, la_on_root), EACCES, "alice adds on root's 127.0.0.1"))
		return 1;
	if (chk(url(fd, KH_IOC_ADD_URL, la_wild), EADDRINUSE,
		"alice's wildcard on a port with an address's listener"))
		return 1;
	acc_pids[1] = worker(Q("acla-alice"), la_alice, "A", 0);
	if (acc_pids[1] < 0)
		return acc_fail("alice's listener on 127.0.0.2: %s", strerror(errno));
	return 0;
}

static int la_alice_stops(void *arg __attribute__((unused)))
{
	worker_stop(acc_pids[1], Q("acla-alice"), la_alice);
	return 0;
}

/* a GET through addr with Host host: status and body as wanted */
static int la_get(const char *addr, const char *host, const char *path, int want,
		  const char *body_want, char *why, size_t len)
{
	char body[32] = "";
	int st = get_at(addr, PORT(8), host, path, body, sizeof(body));

	if (st != want || (body_want && strcmp(body, body_want)))
		return kht_fail(why, len, "GET %s from %s (Host %s): %d '%s' (%s), want %d", path,
				addr, host, st, body, st < 0 ? strerror(errno) : "-", want);
	return 0;
}

static int t_access_listen_addr(char *why, size_t len)
{
	pid_t r;
	int rc;

	snprintf(la_root, 64, "http://127.0.0.1:%d/a/", PORT(8));
	snprintf(la_on_root, 64, "http://127.0.0.1:%d/b/", PORT(8));
	snprintf(la_alice, 64, "http://127.0.0.2:%d/b/", PORT(8));
	snprintf(la_wild, 64, "http://+:%d/c/", PORT(8));
	if (acc_setup())
		return kht_fail(why, len, "setup: %s", strerror(errno));
	r = worker(Q("acla-root"), la_root, "R", 0);
	if (r < 0)
		return kht_fail(why, len, "root's listener on 127.0.0.1: %s", strerror(errno));
	rc = as_user(ALICE, la_alice_adds, NULL, why, len) ||
	     la_get("127.0.0.1", "127.0.0.1", "/a/1", 200, "R", why, len) ||
	     la_get("127.0.0.2", "127.0.0.2", "/b/1", 200, "A", why, len) ||
	     /* the Host of root's prefix through alice's address: not root's */
	     la_get("127.0.0.2", "127.0.0.1", "/a/1", 404, NULL, why, len) ||
	     la_get("127.0.0.1", "127.0.0.2", "/b/1", 404, NULL, why, len) ||
	     la_get("127.0.0.3", "127.0.0.3", "/a/1", -1, NULL, why, len);
	if (!rc && errno != ECONNREFUSED)
		rc = kht_fail(why, len, "127.0.0.3: %s, want ECONNREFUSED", strerror(errno));
	as_user(ALICE, la_alice_stops, NULL, why, len);
	worker_stop(r, Q("acla-root"), la_root);
	/* both gone: the wildcard may listen on the port now */
	if (!rc) {
		r = worker(Q("acla-root"), la_wild, "W", 0);
		rc = r < 0 ? kht_fail(why, len, "the wildcard after them: %s", strerror(errno)) :
		     la_get("127.0.0.3", "x", "/c/1", 200, "W", why, len);
		worker_stop(r, Q("acla-root"), la_wild);
	}
	return rc ? -1 : 0;
}

/* ---- the table of docs/security.md, cell by cell, for each kind of caller ---- */

#define CAROL		1002	/* in the khttp group: may open the device, nothing more */

enum { T_ROOT, T_OWNER, T_GRANTEE, T_OTHER };

static int tb_role;

/* want: the errno for this caller's role (0: allowed) from { root, owner, grantee, other } */
#define TB(rc, r, o, g, x, what) \
	chk(rc, ((const int[]){ r, o, g, x })[tb_role], what)

static int tb_cells(void *arg __attribute__((unused)))
{
	struct kh_version_args v = { 0 };
	struct kh_limits_args l = { 0 };
	struct kh_flush_cache_args f = { .url = "", .url_length = 0 };
	__u64 c[KH_STAT_COUNT];
	struct kh_stats_args st = { .counter_count = KH_STAT_COUNT, .counters = c };
	struct kh_admin_entry e[1];
	struct kh_admin_list_args al = { .kind = KH_ADMIN_QUEUE, .entry_count = 1, .entries = e };
	char own[48], resv[64];
	int none = dev(), mine = dev(), q = dev(), r;

	snprintf(own, sizeof(own), "act-own-%d-%s", tb_role, KHT_ABI_NAME);
	snprintf(resv, sizeof(resv), "http://+:%d/tb%d/", PORT(9), tb_role);
	if (TB(ioctl(none, KH_IOC_VERSION, &v), 0, 0, 0, 0, "version") ||
	    TB(queue(mine, own, KH_QUEUE_CREATE), 0, 0, 0, 0, "create a queue") ||
	    chk(queue(mine, own, KH_QUEUE_CREATE), EBUSY, "a second queue on a file"))
		return 1;
	r = queue(dev(), own, KH_QUEUE_CREATE);
	if (chk(r, EEXIST, "create a taken name"))
		return 1;
	if (TB(queue(q, Q("act-alice"), KH_QUEUE_OPEN), EACCES, 0, 0, EACCES,
	       "attach alice's queue"))
		return 1;
	if (tb_role == T_OWNER || tb_role == T_GRANTEE) {
		if (TB(grant(q, 0, BOB, 0), 0, 0, EPERM, 0, "set who may attach alice's queue"))
			return 1;
		st.flags = KH_STATS_QUEUE;
		if (chk(ioctl(q, KH_IOC_STATS, &st), 0, "her queue's counters (attached)"))
			return 1;
		r = read(q, acc_buf, sizeof(acc_buf));
		if (chk(r < 0 ? -1 : 0, 0, "her queue's access log (attached)"))
			return 1;
		if (chk(ioctl(q, KH_IOC_FLUSH_CACHE, &f), 0, "flush her queue's entries"))
			return 1;
	}
	/* the caller's own queue: its owner may set its grant */
	if (chk(grant(mine, 0, 0, 0), 0, "set who may attach one's own queue"))
		return 1;
	st.flags = KH_STATS_QUEUE;
	if (chk(ioctl(none, KH_IOC_STATS, &st), EINVAL, "queue counters without a queue"))
		return 1;
	r = read(none, acc_buf, sizeof(acc_buf));
	if (TB(r < 0 ? -1 : 0, 0, EPERM, EPERM, EPERM, "the global access log"))
		return 1;
	if (chk(ioctl(none, KH_IOC_LIMITS, &l), 0, "read the limits"))
		return 1;
	l.mask = KH_LIMIT_QUEUE_LENGTH;	/* the value it has */
	if (TB(ioctl(none, KH_IOC_LIMITS, &l), 0, EPERM, EPERM, EPERM, "change the limits"))
		return 1;
	if (TB(ioctl(none, KH_IOC_FLUSH_CACHE, &f), 0, EPERM, EPERM, EPERM,
	       "flush the whole cache"))
		return 1;
	st.flags = 0;
	if (TB(ioctl(none, KH_IOC_STATS, &st), 0, EPERM, EPERM, EPERM, "the module-wide counters"))
		return 1;
	st.flags = KH_STATS_NET;
	if (TB(ioctl(none, KH_IOC_STATS, &st), 0, EPERM, EPERM, EPERM, "the netns's counters"))
		return 1;
	if (TB(ioctl(none, KH_IOC_ADMIN_LIST, &al), 0, EPERM, EPERM, EPERM, "khttpctl's list"))
		return 1;
	if (TB(reserve(none, KH_IOC_ADD_RESERVATION, resv, KH_RESERVE_UID, ALICE, 0), 0, EPERM,
	       EPERM, EPERM, "add a reservation") ||
	    TB(reserve(none, KH_IOC_REMOVE_RESERVATION, resv, 0, 0, 0), 0, EPERM, EPERM, EPERM,
	       "remove a reservation"))
		return 1;
	return 0;
}

/* root attached through a grant is no owner: it may not change the grant */
static int tb_alice_grants_root(void *arg __attribute__((unused)))
{
	int fd = attached(Q("act-alice"));
	__u32 uids[2] = { BOB, 0 };
	struct kh_queue_access_args a = { .uid_count = 2, .uids = uids };

	return chk(ioctl(fd, KH_IOC_QUEUE_ACCESS, &a), 0, "alice grants bob and root");
}

static int tb_alice_creates(void *arg)
{
	int fd = *(int *)arg;

	if (chk(queue(fd, Q("act-alice"), KH_QUEUE_CREATE), 0, "alice's queue") ||
	    chk(grant(fd, 0, BOB, 0), 0, "alice grants bob"))
		return 1;
	return 0;
}

static int t_access_table(char *why, size_t len)
{
	static const uid_t who[] = { 0, ALICE, BOB, CAROL };
	int hold, rc = 0, fd;

	if (acc_setup())
		return kht_fail(why, len, "setup: %s", strerror(errno));
	hold = dev();	/* alice's queue lives on it */
	if (as_user(ALICE, tb_alice_creates, &hold, why, len))
		return -1;
	for (tb_role = T_ROOT; !rc && tb_role <= T_OTHER; tb_role++)
		rc = as_user(who[tb_role], tb_cells, NULL, why, len);
	if (!rc)
		rc = as_user(ALICE, tb_alice_grants_root, NULL, why, len);
	if (!rc) {
		fd = attached(Q("act-alice"));
		if (fd < 0 || grant(fd, KH_QUEUE_ACCESS_OTHERS, 0, 0) != -1 || errno != EPERM)
			rc = kht_fail(why, len, "root (granted) set alice's grant: %s, want EPERM",
				      strerror(errno));
		close(fd);
	}
	close(hold);
	return rc ? -1 : 0;
}

/* ---- the race group (--race, 2 vCPUs): the access paths against each other ---- */

/* rounds of a race: KH_RACE_PAIRS / 4 (the race group's figure), at least 50 */
static int acc_rounds(void)
{
	const char *e = getenv("KH_RACE_PAIRS");
	int n = e ? atoi(e) / 4 : 100;

	return n < 50 ? 50 : n;
}

/*
 * The phases of a race between two children (flag_get): 1 the object is
 * there, the trying side starts; 2 it made its tries; 3 the changing side
 * stopped and left the refusing state; 4 the last check was made.
 */
static void flag_wait(int phase)
{
	while (flag_get() < phase)
		usleep(500);
}

/* alice's toggler: her grant to bob on and off while bob tries, then off */
static int rg_alice(void *arg __attribute__((unused)))
{
	int fd = attached(Q("acrg-alice")), i;

	if (fd < 0)
		return acc_fail("alice's queue: %s", strerror(errno));
	flag_set(1);
	for (i = 0; flag_get() == 1; i++)
		if (chk(grant(fd, i & 1 ? 0 : KH_QUEUE_ACCESS_OTHERS, 0, i & 2 ? BOB : 0), 0,
			"alice changes her grant"))
			return 1;
	if (chk(grant(fd, 0, 0, 0), 0, "alice withdraws her grant"))
		return 1;
	flag_set(3);
	flag_wait(4);	/* her queue lives until bob's last check */
	return 0;
}

/* bob's attacher: each attach succeeds or gets EACCES, both happen; refused at the end */
static int rg_bob(void *arg)
{
	int fd, r, e, ok = 0, no = 0, i, n = *(int *)arg;

	flag_wait(1);
	for (i = 0; i < n; i++) {
		fd = dev();
		r = queue(fd, Q("acrg-alice"), KH_QUEUE_OPEN);
		e = errno;
		close(fd);
		if (r && e != EACCES)
			return acc_fail("bob's attach during the grant changes: %s", strerror(e));
		r ? no++ : ok++;
	}
	flag_set(2);
	flag_wait(3);
	fd = dev();
	r = chk(queue(fd, Q("acrg-alice"), KH_QUEUE_OPEN), EACCES, "bob after the grant went");
	close(fd);
	flag_set(4);
	printf("KHVM race_access_grant: bob attached %d, refused %d\n", ok, no);
	fflush(stdout);
	if (!r && (!ok || !no))
		return acc_fail("no race: bob attached %d, refused %d", ok, no);
	return r;
}

/* two children at once: uid a runs fa, uid b runs fb; 0 when both passed */
static int as_users(uid_t a, int (*fa)(void *), uid_t b, int (*fb)(void *), void *arg,
		    char *why, size_t len)
{
	int (*fn[2])(void *) = { fa, fb };
	uid_t uid[2] = { a, b };
	pid_t pid[2];
	int i, st, rc = 0;

	acc_why[0] = 0;
	for (i = 0; i < 2; i++) {
		pid[i] = fork();
		if (!pid[i]) {
			alarm(300);
			_exit(uid[i] && drop_to(uid[i]) ? 1 : fn[i](arg));
		}
	}
	for (i = 0; i < 2; i++)
		if (pid[i] < 0 || waitpid(pid[i], &st, 0) != pid[i] || !WIFEXITED(st) ||
		    WEXITSTATUS(st))
			rc = rc ?: kht_fail(why, len, "uid %u: %s", uid[i],
					    acc_why[0] ? acc_why : "no reason");
	return rc;
}

static int race_access_grant_root(char *why, size_t len)
{
	int n = acc_rounds() * 2;

	if (acc_setup())
		return kht_fail(why, len, "setup: %s", strerror(errno));
	flag_set(0);
	return as_users(ALICE, rg_alice, BOB, rg_bob, &n, why, len) ? -1 : 0;
}

/* the race group runs as the worker user: this one is the administrator's */
KHT_ADMIN_STEP(race_access_grant_root);

int kht_race_access_grant(char *why, size_t len)
{
	return kht_admin_run(race_access_grant_root, why, len);
}

static char rr_url[64], rr_resv[64], rr_root[64];

/* alice registers under root's reservation while root adds and removes it */
static int rr_alice(void *arg)
{
	int fd = attached(Q("acrr-alice")), r, e, ok = 0, no = 0, i, n = *(int *)arg;

	flag_wait(1);
	for (i = 0; i < n; i++) {
		r = url(fd, KH_IOC_ADD_URL, rr_url);
		e = errno;
		if (r && e != EACCES)
			return acc_fail("alice's add during the reservation changes: %s",
					strerror(e));
		if (!r && chk(url(fd, KH_IOC_REMOVE_URL, rr_url), 0, "alice removes hers"))
			return 1;
		r ? no++ : ok++;
	}
	flag_set(2);
	flag_wait(3);
	printf("KHVM race_access_reservation: alice added %d, refused %d\n", ok, no);
	fflush(stdout);
	/* no reservation now: root's prefix holds the port */
	/*
	 * Both outcomes are not required: with preempt=full one side was
	 * seen to run whole stretches alone (the figures above tell)
	 */
	return chk(url(fd, KH_IOC_ADD_URL, rr_url), EACCES, "alice after the reservation went");
}

static int rr_root_loop(void *arg __attribute__((unused)))
{
	int fd = dev();

	flag_set(1);
	while (flag_get() == 1) {
		if (chk(reserve(fd, KH_IOC_ADD_RESERVATION, rr_resv, KH_RESERVE_UID, ALICE, 0), 0,
			"root reserves"))
			return 1;
		usleep(100);	/* each state a while: alice meets both */
		if (chk(reserve(fd, KH_IOC_REMOVE_RESERVATION, rr_resv, 0, 0, 0), 0,
			"root removes the reservation"))
			return 1;
		usleep(100);
	}
	flag_set(3);
	return 0;
}

static int race_access_reservation_root(char *why, size_t len)
{
	int n = acc_rounds(), fd, rc;

	snprintf(rr_url, 64, "http://+:%d/rr/x/", PORT(9));
	snprintf(rr_resv, 64, "http://+:%d/rr/", PORT(9));
	snprintf(rr_root, 64, "http://+:%d/root/", PORT(9));
	if (acc_setup())
		return kht_fail(why, len, "setup: %s", strerror(errno));
	fd = attached(Q("acrr-root"));
	if (fd < 0 || url(fd, KH_IOC_ADD_URL, rr_root))
		return kht_fail(why, len, "root's prefix: %s", strerror(errno));
	flag_set(0);
	rc = as_users(0, rr_root_loop, ALICE, rr_alice, &n, why, len);
	url(fd, KH_IOC_REMOVE_URL, rr_root);
	close(fd);
	return rc ? -1 : 0;
}

/* the race group runs as the worker user: this one is the administrator's */
KHT_ADMIN_STEP(race_access_reservation_root);

int kht_race_access_reservation(char *why, size_t len)
{
	return kht_admin_run(race_access_reservation_root, why, len);
}

/* KH_IOC_ADMIN_LIST: how many listeners (every namespace's); -1 */
static int listeners(void)
{
	struct kh_admin_entry e[1];
	struct kh_admin_list_args a = { .kind = KH_ADMIN_LISTENER, .entry_count = 1, .entries = e };
	int fd = dev(), r = ioctl(fd, KH_IOC_ADMIN_LIST, &a);

	close(fd);
	return r ? -1 : (int)a.entries_total;
}

/*
 * One round: a child in a new netns registers root's queue there and
 * sends requests; the worker (in the initial netns) answers; the child
 * exits while connections and requests are in flight: the namespace goes
 * under them.
 */
static int nt_round(int fd, int k)
{
	static const char get[] = "GET /nt/x HTTP/1.1\r\nHost: h\r\n\r\n";
	char u[64];
	int i, s;
	pid_t pid = fork();

	if (pid < 0)
		return -1;
	if (!pid) {
		snprintf(u, sizeof(u), "http://+:%d/nt/", PORT(9));
		if (unshare(CLONE_NEWNET) || lo_up() || url(fd, KH_IOC_ADD_URL, u))
			_exit(1);
		for (i = 0; i < 4; i++) {
			s = kht_connect(PORT(9));
			if (s >= 0)
				kht_send_all(s, get, sizeof(get) - 1);
			if (k & 1)	/* half the rounds leave the sockets to the exit */
				close(s);
		}
		if (k & 2)
			usleep(1000 * (k % 5));
		_exit(0);	/* the prefix is not removed: the namespace takes it */
	}
	return waitpid(pid, &i, 0) == pid && WIFEXITED(i) && !WEXITSTATUS(i) ? 0 : -1;
}

static int race_access_netns_root(char *why, size_t len)
{
	int n = acc_rounds() / 5, fd, k, base, now = -1, st;
	char u[64], body[16];
	pid_t w;

	if (acc_setup())
		return kht_fail(why, len, "setup: %s", strerror(errno));
	base = listeners();
	fd = attached(Q("acnt"));
	w = fork();
	if (!w) {	/* the worker: answers whatever comes, from any namespace */
		serve(fd, "nt", 0);
		_exit(0);
	}
	for (k = 0; k < n; k++)
		if (nt_round(fd, k)) {
			kill(w, SIGKILL);
			return kht_fail(why, len, "round %d: the namespace child failed", k);
		}
	/* the namespaces go asynchronously: their listeners with them */
	for (k = 0; k < 200 && (now = listeners()) != base; k++)
		usleep(50000);
	snprintf(u, sizeof(u), "http://+:%d/nt/", PORT(9));
	st = now == base && !url(fd, KH_IOC_ADD_URL, u) ?
	     get_status(PORT(9), "/nt/y", body, sizeof(body)) : -2;
	url(fd, KH_IOC_REMOVE_URL, u);
	kill(w, SIGKILL);
	waitpid(w, NULL, 0);
	close(fd);
	printf("KHVM race_access_netns: %d namespaces went with requests in flight\n", n);
	fflush(stdout);
	if (now != base)
		return kht_fail(why, len, "listeners %d, %d before: the namespaces' stayed", now,
				base);
	if (st != 200 || strcmp(body, "nt"))
		return kht_fail(why, len, "the worker afterwards: %d '%s'", st, body);
	return 0;
}

/* the race group runs as the worker user: this one is the administrator's */
KHT_ADMIN_STEP(race_access_netns_root);

int kht_race_access_netns(char *why, size_t len)
{
	return kht_admin_run(race_access_netns_root, why, len);
}

const struct kht_test kht_access_tests[] = {
	{ "access_queue", t_access_queue },
	{ "access_requests", t_access_requests },
	{ "access_urls", t_access_urls },
	{ "access_admin", t_access_admin },
	{ "access_netns", t_access_netns },
	{ "access_userns", t_access_userns },
	{ "access_cache", t_access_cache },
	{ "access_queue_log", t_access_queue_log },
	{ "access_listen_addr", t_access_listen_addr },
	{ "access_table", t_access_table },
};

const size_t kht_naccess_tests = KHT_ARRAY_SIZE(kht_access_tests);
