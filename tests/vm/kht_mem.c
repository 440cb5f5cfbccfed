// SPDX-License-Identifier: GPL-2.0
/*
 * Bounded kernel memory (issue 13, items 2 and 3): held 1 MiB-body
 * requests cost about their body each and the budget (mem_budget_mb)
 * answers the rest 503; a send waits at the per-connection output cap
 * (max_output_kb), gets -EAGAIN with O_NONBLOCK and EPOLLOUT once there is
 * room; a client's close frees its pending output at once; a client that
 * does not read is closed at the minimum send rate (send_timeout_ms), with
 * its worker waiting in a send or gone. The bounds are module parameters,
 * set through /sys/module/khttp/parameters and restored by each test; the
 * bytes held are read there too (mem_held).
 *
 * mem_budget sends 64 MiB of bodies: it runs in the native ABI only (the
 * others pass it without running). KHT_MEM_N=<n> and KHT_OUT_MB=<n> make
 * mem_budget and mem_out_cap bigger for a measurement (figures on stderr);
 * KHT_MEM_BUDGET=<MiB> sets mem_budget's budget (0: the module's default).
 */
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/mman.h>
#include <sys/mount.h>
#include <sys/stat.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <netinet/in.h>
#include <arpa/inet.h>
#include <time.h>
#include <unistd.h>
#include "kht.h"
#include "kht_worker.h"

#define MEM_PORT	8098
#define MEM_URL		"http://*:8098/mem/"
#define MEM_QUEUE	"mem-" KHT_ABI_NAME
#define MEM_PARAMS	"/sys/module/khttp/parameters/"
#define MIB		(1024u * 1024u)
#define MEM_MAX_N	1000

static char mem_body[MIB];
static char mem_req[65536] __attribute__((aligned(8)));
static int mem_socks[MEM_MAX_N];

static long long param_get(const char *name)
{
	char path[128];
	long long v = -1;
	FILE *f;

	snprintf(path, sizeof(path), MEM_PARAMS "%s", name);
	f = fopen(path, "r");
	if (!f)
		return -1;
	if (fscanf(f, "%lld", &v) != 1)
		v = -1;
	fclose(f);
	return v;
}

static int param_set(const char *name, long long v)
{
	char path[128];
	FILE *f;
	int rc, fd;

	snprintf(path, sizeof(path), MEM_PARAMS "%s", name);
	fd = kht_admin_open(path, O_WRONLY);	/* the module's parameters: root's */
	f = fd < 0 ? NULL : fdopen(fd, "w");
	if (!f) {
		if (fd >= 0)
			close(fd);
		return -1;
	}
	rc = fprintf(f, "%lld\n", v) < 0;
	return fclose(f) || rc ? -1 : 0;
}

/* the bounds a test changes, as they were */
struct mem_params {
	long long budget, out_kb, timeout_ms, rate;
};

static int params_save(struct mem_params *p)
{
	p->budget = param_get("mem_budget_mb");
	p->out_kb = param_get("max_output_kb");
	p->timeout_ms = param_get("send_timeout_ms");
	p->rate = param_get("min_send_rate");
	return p->budget < 0 || p->out_kb < 0 || p->timeout_ms < 0 || p->rate < 0 ? -1 : 0;
}

static void params_restore(const struct mem_params *p)
{
	param_set("mem_budget_mb", p->budget);
	param_set("max_output_kb", p->out_kb);
	param_set("send_timeout_ms", p->timeout_ms);
	param_set("min_send_rate", p->rate);
}

static long long meminfo_kb(const char *key)
{
	char line[128];
	long long v = -1;
	size_t n = strlen(key);
	FILE *f = fopen("/proc/meminfo", "r");

	if (!f)
		return -1;
	while (fgets(line, sizeof(line), f))
		if (!strncmp(line, key, n) && line[n] == ':')
			v = atoll(line + n + 1);
	fclose(f);
	return v;
}

static void msleep(int ms)
{
	struct timespec ts = { .tv_sec = ms / 1000, .tv_nsec = ms % 1000 * 1000000L };

	nanosleep(&ts, NULL);
}

/* waits up to ms for mem_held <= at_most; the last value read */
static long long held_within(long long at_most, int ms)
{
	long long h = param_get("mem_held");

	for (; h > at_most && ms > 0; ms -= 50) {
		msleep(50);
		h = param_get("mem_held");
	}
	return h;
}

/* a request of the worker's within ms; its id, or 0 */
static __u64 mem_take(int fd, int ms)
{
	struct kh_receive_request_args rr = { .buffer_length = sizeof(mem_req),
					      .buffer = (void *)mem_req };
	struct pollfd p = { .fd = fd, .events = POLLIN };

	if (poll(&p, 1, ms) != 1 || ioctl(fd, KH_IOC_RECEIVE_REQUEST, &rr))
		return 0;
	return rr.request_id;
}

static int mem_send(int fd, __u64 id, __u32 flags, const void *p, size_t n, int head)
{
	struct kh_data_chunk c;
	struct kh_response r = { .status_code = 200, .version = { 1, 1 } };
	struct kh_send_response_args sr = { .request_id = id, .flags = flags, .response = &r };
	struct kh_send_body_args sb = { .request_id = id, .flags = flags };

	kht_mem_chunk(&c, p, n);
	if (head) {
		r.entity_chunk_count = n ? 1 : 0;
		r.entity_chunks = &c;
		return ioctl(fd, KH_IOC_SEND_RESPONSE, &sr) ? errno : 0;
	}
	sb.chunk_count = 1;
	sb.chunks = &c;
	return ioctl(fd, KH_IOC_SEND_BODY, &sb) ? errno : 0;
}

static void mem_cancel(int fd, __u64 id)
{
	struct kh_cancel_args a = { .request_id = id };

	ioctl(fd, KH_IOC_CANCEL, &a);
}

/* a client whose receive window stays at about 4 KiB, its GET sent; -1 */
static int mem_slow_client(void)
{
	static const char get[] = "GET /mem/out HTTP/1.1\r\nHost: h\r\n\r\n";
	struct sockaddr_in sin = { .sin_family = AF_INET, .sin_port = htons(MEM_PORT),
				   .sin_addr.s_addr = htonl(INADDR_LOOPBACK) };
	int s = socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0), small = 4096;

	if (s < 0)
		return -1;
	setsockopt(s, SOL_SOCKET, SO_RCVBUF, &small, sizeof(small));
	if (connect(s, (void *)&sin, sizeof(sin)) || kht_send_all(s, get, sizeof(get) - 1)) {
		close(s);
		return -1;
	}
	return s;
}

static long env_or(const char *name, long def, long max)
{
	const char *v = getenv(name);
	long n = v ? atol(v) : def;

	return n > 0 && n <= max ? n : def;
}

/* ---- held requests and the budget ---- */

/* what the kernel holds: mem_held, meminfo (KiB) and the counters */
struct mem_snap {
	long long held, avail, slab, vm;
	__u64 st[KH_STAT_COUNT];
};

static int mem_snap(struct mem_snap *m)
{
	m->held = param_get("mem_held");
	m->avail = meminfo_kb("MemAvailable");
	m->slab = meminfo_kb("Slab");
	m->vm = meminfo_kb("VmallocUsed");
	return kht_stats(m->st);
}

/* answers every request still queued for the worker (the queue outlives it) */
static void mem_drain(int fd)
{
	__u64 id;

	while ((id = mem_take(fd, 200)))
		mem_send(fd, id, 0, "ok", 2, 1);
}

static int t_mem_budget(char *why, size_t len)
{
	static const char head[] = "POST /mem/up HTTP/1.1\r\nHost: h\r\n"
				   "Content-Length: 1048576\r\n\r\n";
	long n = env_or("KHT_MEM_N", 64, MEM_MAX_N), i, refused = 0, held, budget_mb;
	struct mem_snap a, b;
	long long held1;
	struct mem_params saved;
	int fd, rc = 0;
	char buf[64];

	if (KHT_ABI != KH_ABI_NATIVE)
		return 0;	/* 64 MiB of bodies: once per boot is enough */
	if (params_save(&saved))
		return kht_fail(why, len, "no khttp memory parameters in " MEM_PARAMS);
	/* a measurement run holds all of them, or KHT_MEM_BUDGET's MiB (0: the default) */
	budget_mb = env_or("KHT_MEM_BUDGET", n <= 64 ? 48 : n * 2, 1 << 20);
	if (getenv("KHT_MEM_BUDGET") && !strcmp(getenv("KHT_MEM_BUDGET"), "0"))
		budget_mb = 0;
	if (param_set("mem_budget_mb", budget_mb))
		return kht_fail(why, len, "mem_budget_mb: %s", strerror(errno));
	fd = kht_bound_fd(MEM_QUEUE, MEM_URL);
	if (fd < 0) {
		params_restore(&saved);
		return kht_fail(why, len, "worker: %s", strerror(errno));
	}
	memset(mem_body, 'b', sizeof(mem_body));
	if (mem_snap(&a)) {
		rc = kht_fail(why, len, "stats: %s", strerror(errno));
		goto out;
	}
	for (i = 0; i < n; i++) {
		mem_socks[i] = kht_connect(MEM_PORT);
		if (mem_socks[i] < 0 || kht_send_all(mem_socks[i], head, sizeof(head) - 1) ||
		    kht_send_all(mem_socks[i], mem_body, MIB)) {
			/* a refused one may be closed under the body: not an error */
			if (mem_socks[i] < 0) {
				rc = kht_fail(why, len, "client %ld: %s", i, strerror(errno));
				n = i;
				goto out;
			}
		}
	}
	/* each client has its 503 or nothing: the request is held */
	for (i = 0; i < n; i++) {
		struct pollfd p = { .fd = mem_socks[i], .events = POLLIN };
		ssize_t got;

		if (poll(&p, 1, i ? 50 : 2000) != 1)
			continue;
		got = read(mem_socks[i], buf, sizeof(buf) - 1);
		if (got >= 12 && !memcmp(buf, "HTTP/1.1 503", 12))
			refused++;
	}
	held = n - refused;
	if (mem_snap(&b)) {
		rc = kht_fail(why, len, "stats: %s", strerror(errno));
		goto out;
	}
	fprintf(stderr, "KHMEM mem_budget: %ld requests, %ld held, %ld refused; budget %ld MiB\n",
		n, held, refused, budget_mb);
	fprintf(stderr, "KHMEM mem_budget: held %lld -> %lld bytes; MemAvailable -%lld KiB\n",
		a.held, b.held, a.avail - b.avail);
	fprintf(stderr, "KHMEM mem_budget: %lld KiB per held; Slab +%lld KiB, %s +%lld KiB\n",
		held ? (a.avail - b.avail) / held : 0, b.slab - a.slab, "VmallocUsed", b.vm - a.vm);
	if (n <= 64 && (!refused || held < 24))
		rc = kht_fail(why, len, "%ld held, %ld refused: want the budget to hold about 45",
			      held, refused);
	else if ((long long)(b.st[KH_STAT_MEM_REFUSED] - a.st[KH_STAT_MEM_REFUSED]) != refused)
		rc = kht_fail(why, len, "KH_STAT_MEM_REFUSED +%llu, %ld clients got 503",
			      (unsigned long long)(b.st[KH_STAT_MEM_REFUSED] -
						   a.st[KH_STAT_MEM_REFUSED]), refused);
	else if (budget_mb && b.held > (long long)budget_mb << 20)
		rc = kht_fail(why, len, "%lld bytes held, over the budget", b.held);
	else if (held && (a.avail - b.avail) * 1024 / held > MIB + MIB / 5)
		rc = kht_fail(why, len, "%lld KiB of kernel memory per held 1 MiB request",
			      (a.avail - b.avail) / held);
out:
	for (i = 0; i < n; i++)
		if (mem_socks[i] >= 0)
			close(mem_socks[i]);
	mem_drain(fd);
	kht_unbind(fd, MEM_URL);
	held1 = held_within(a.held + 64 * 1024, 3000);
	if (!rc && held1 > a.held + 64 * 1024)
		rc = kht_fail(why, len, "%lld bytes held after the requests went (%lld first)",
			      held1, a.held);
	params_restore(&saved);
	return rc;
}

/* ---- output: the cap, blocking and non-blocking, the send timeout ---- */

struct mem_out {
	int fd, s;
	__u64 id;
	long long held0;
	struct mem_params saved;
};

/* a worker with a request of a slow client, the head sent; -1 with why */
static int out_start(struct mem_out *o, long long out_kb, long long timeout_ms, char *why,
		     size_t len)
{
	memset(o, 0, sizeof(*o));
	o->s = -1;
	if (params_save(&o->saved))
		return kht_fail(why, len, "no khttp memory parameters in " MEM_PARAMS);
	if (param_set("max_output_kb", out_kb) || param_set("send_timeout_ms", timeout_ms))
		return kht_fail(why, len, "parameters: %s", strerror(errno));
	o->fd = kht_bound_fd(MEM_QUEUE, MEM_URL);
	if (o->fd < 0) {
		params_restore(&o->saved);
		return kht_fail(why, len, "worker: %s", strerror(errno));
	}
	o->held0 = param_get("mem_held");
	o->s = mem_slow_client();
	o->id = o->s < 0 ? 0 : mem_take(o->fd, 5000);
	if (!o->id || mem_send(o->fd, o->id, KH_SEND_FLAG_MORE_DATA, "head", 4, 1)) {
		if (o->s >= 0)
			close(o->s);
		kht_unbind(o->fd, MEM_URL);
		params_restore(&o->saved);
		return kht_fail(why, len, "request and head: %s", strerror(errno));
	}
	return 0;
}

/* rc, after the client, the request and the worker are gone and the memory with them */
static int out_end(struct mem_out *o, int rc, char *why, size_t len)
{
	long long h;

	if (o->s >= 0)
		close(o->s);
	if (o->fd >= 0) {
		mem_cancel(o->fd, o->id);
		kht_unbind(o->fd, MEM_URL);
	}
	h = held_within(o->held0 + 64 * 1024, 3000);
	params_restore(&o->saved);
	if (!rc && h > o->held0 + 64 * 1024)
		rc = kht_fail(why, len, "%lld bytes held at the end, %lld before", h, o->held0);
	return rc;
}

/* a child sending n MiB in send-body calls; *done counts them; exits with the error */
static pid_t out_sender(const struct mem_out *o, long n, long *done)
{
	pid_t pid = fork();
	long i;
	int err = 0;

	if (pid)
		return pid;
	close(o->s);	/* the client's close must be the parent's alone */
	for (i = 0; i < n && !err; i++) {
		err = mem_send(o->fd, o->id, i + 1 < n ? KH_SEND_FLAG_MORE_DATA : 0, mem_body,
			       MIB, 0);
		if (!err)
			__atomic_add_fetch(done, 1, __ATOMIC_SEQ_CST);
	}
	_exit(err);
}

/* the child's exit status (its errno) within ms, or -1 */
static int out_reap(pid_t pid, int ms)
{
	int st;

	for (; ms > 0; ms -= 50) {
		if (waitpid(pid, &st, WNOHANG) == pid)
			return WIFEXITED(st) ? WEXITSTATUS(st) : -1;
		msleep(50);
	}
	kill(pid, SIGKILL);
	waitpid(pid, &st, 0);
	return -1;
}

static int t_mem_out_cap(char *why, size_t len)
{
	long n = env_or("KHT_OUT_MB", 64, 4096), d1, d2;
	long *done = mmap(NULL, sizeof(long), PROT_READ | PROT_WRITE,
				   MAP_SHARED | MAP_ANONYMOUS, -1, 0);
	long long h, avail0, avail1;
	struct mem_out o;
	int rc = 0, st;
	pid_t pid;

	if (done == MAP_FAILED)
		return kht_fail(why, len, "mmap: %s", strerror(errno));
	if (out_start(&o, 256, 30000, why, len))
		return -1;
	__atomic_store_n(done, 0, __ATOMIC_SEQ_CST);
	avail0 = meminfo_kb("MemAvailable");
	pid = out_sender(&o, n, done);
	if (pid < 0) {
		rc = kht_fail(why, len, "fork: %s", strerror(errno));
		goto out;
	}
	msleep(1000);
	d1 = __atomic_load_n(done, __ATOMIC_SEQ_CST);
	msleep(500);
	d2 = __atomic_load_n(done, __ATOMIC_SEQ_CST);
	h = param_get("mem_held");
	avail1 = meminfo_kb("MemAvailable");
	if (getenv("KHT_OUT_MB")) {
		fprintf(stderr, "KHMEM mem_out_cap: %ld of %ld MiB sent; held %lld -> %lld; ",
			d2, n, o.held0, h);
		fprintf(stderr, "MemAvailable -%lld KiB\n", avail0 - avail1);
	}
	if (d2 != d1 || d2 >= 16)
		rc = kht_fail(why, len, "%ld then %ld of %ld 1 MiB sends done: want them blocked",
			      d1, d2, n);
	else if (h > o.held0 + 256 * 1024 + 2 * MIB)
		rc = kht_fail(why, len, "%lld bytes held with output pending (cap 256 KiB)", h);
	close(o.s);	/* with data unread: a reset, the blocked send wakes */
	o.s = -1;
	st = out_reap(pid, 5000);
	if (!rc && st != ECONNRESET)
		rc = kht_fail(why, len, "the blocked send after the client went: %s",
			      st < 0 ? "still blocked" : strerror(st));
out:
	munmap(done, sizeof(long));
	return out_end(&o, rc, why, len);
}

/* send-body of 64 KiB until -EAGAIN; how many went, or -1 when none refused */
static int out_fill(struct mem_out *o)
{
	int i, err;

	for (i = 0; i < 256; i++) {
		err = mem_send(o->fd, o->id, KH_SEND_FLAG_MORE_DATA, mem_body, 65536, 0);
		if (err == EAGAIN)
			return i;
		if (err)
			return -1;
	}
	return -1;
}

static int t_mem_out_nonblock(char *why, size_t len)
{
	struct pollfd p;
	struct mem_out o;
	int rc = 0, i, n;
	long long h;

	if (out_start(&o, 64, 30000, why, len))
		return -1;
	fcntl(o.fd, F_SETFL, O_NONBLOCK);
	n = out_fill(&o);
	if (n < 0) {
		rc = kht_fail(why, len, "256 sends of 64 KiB and no EAGAIN (cap 64 KiB): %s",
			      strerror(errno));
		goto out;
	}
	p = (struct pollfd){ .fd = o.fd, .events = POLLOUT };
	if (poll(&p, 1, 300) != 0) {
		rc = kht_fail(why, len, "poll: %#x with no room for output", p.revents);
		goto out;
	}
	/* the client reads (the socket's buffer, then the queued items): EPOLLOUT comes */
	for (i = 0; i < 50 && poll(&p, 1, 0) == 0; i++) {
		struct pollfd c = { .fd = o.s, .events = POLLIN };

		while (poll(&c, 1, 100) == 1 && poll(&p, 1, 0) == 0)
			if (read(o.s, mem_req, sizeof(mem_req)) <= 0)
				break;
	}
	if (!(p.revents & POLLOUT)) {
		rc = kht_fail(why, len, "no POLLOUT while the client read (%d rounds)", i);
		goto out;
	}
	if (mem_send(o.fd, o.id, KH_SEND_FLAG_MORE_DATA, mem_body, 65536, 0)) {
		rc = kht_fail(why, len, "send after POLLOUT: %s", strerror(errno));
		goto out;
	}
	/* full again, then the client goes: its output is freed at once, no send needed */
	if (out_fill(&o) < 0) {
		rc = kht_fail(why, len, "no EAGAIN the second time");
		goto out;
	}
	close(o.s);
	o.s = -1;
	h = held_within(o.held0 + 64 * 1024, 2000);
	if (h > o.held0 + 64 * 1024)
		rc = kht_fail(why, len, "%lld bytes held 2 s after the client went (%lld before)",
			      h, o.held0);
out:
	return out_end(&o, rc, why, len);
}

static __u64 stat_of(enum kh_stat s)
{
	__u64 c[KH_STAT_COUNT];

	return kht_stats(c) ? 0 : c[s];
}

/* a client that does not read: closed at the send timeout, worker waiting or gone */
static int t_mem_send_timeout(char *why, size_t len)
{
	long *done = mmap(NULL, sizeof(long), PROT_READ | PROT_WRITE,
				   MAP_SHARED | MAP_ANONYMOUS, -1, 0);
	__u64 t0 = stat_of(KH_STAT_SEND_TIMEOUTS);
	struct mem_out o;
	int rc = 0, st;
	long long h;
	pid_t pid;

	if (done == MAP_FAILED)
		return kht_fail(why, len, "mmap: %s", strerror(errno));
	if (out_start(&o, 256, 1000, why, len))
		return -1;
	/* the worker waits in send-body: the timeout ends the wait */
	pid = out_sender(&o, 8, done);
	st = pid < 0 ? -1 : out_reap(pid, 8000);
	if (st != ECONNRESET) {
		rc = kht_fail(why, len, "the sender at the send timeout: %s",
			      st < 0 ? "still blocked" : strerror(st));
		goto out;
	}
	if (stat_of(KH_STAT_SEND_TIMEOUTS) != t0 + 1) {
		rc = kht_fail(why, len, "KH_STAT_SEND_TIMEOUTS +%llu, want 1",
			      (unsigned long long)(stat_of(KH_STAT_SEND_TIMEOUTS) - t0));
		goto out;
	}
	rc = out_end(&o, rc, why, len);
	if (rc)
		goto unmap;
	/* the worker goes with output pending (past the socket's buffer): the timeout runs */
	if (out_start(&o, 256, 1000, why, len))
		return -1;
	fcntl(o.fd, F_SETFL, O_NONBLOCK);
	if (out_fill(&o) < 0) {
		rc = kht_fail(why, len, "no EAGAIN (cap 256 KiB): %s", strerror(errno));
		goto out;
	}
	kht_unbind(o.fd, MEM_URL);
	o.fd = -1;
	h = held_within(o.held0 + 64 * 1024, 6000);
	if (h > o.held0 + 64 * 1024)
		rc = kht_fail(why, len, "%lld bytes held 6 s after the worker went (%lld before)",
			      h, o.held0);
	else if (stat_of(KH_STAT_SEND_TIMEOUTS) != t0 + 2)
		rc = kht_fail(why, len, "KH_STAT_SEND_TIMEOUTS +%llu, want 2",
			      (unsigned long long)(stat_of(KH_STAT_SEND_TIMEOUTS) - t0));
out:
	rc = out_end(&o, rc, why, len);
unmap:
	munmap(done, sizeof(long));
	return rc;
}

/* ---- the memory cgroup pays ---- */

#define CG_ROOT		"/sys/fs/cgroup"
#define CG_DIR		CG_ROOT "/khtest-" KHT_ABI_NAME
#define CG_PORT		8099
#define CG_URL		"http://*:8099/cg/"

static int cg_write(const char *path, const char *v)
{
	FILE *f = fopen(path, "w");
	int rc;

	if (!f)
		return -1;
	rc = fputs(v, f) < 0;
	return fclose(f) || rc ? -1 : 0;
}

/* process pid into the cgroup dir (created, the memory controller on): root's step */
static int cg_enter_root(const char *dir, pid_t who)
{
	char pid[32];

	mkdir(CG_ROOT, 0755);
	if (access(CG_ROOT "/cgroup.procs", F_OK) &&
	    mount("none", CG_ROOT, "cgroup2", 0, NULL))
		return -1;
	if (cg_write(CG_ROOT "/cgroup.subtree_control", "+memory"))
		return -1;
	if (mkdir(dir, 0755) && errno != EEXIST)
		return -1;
	snprintf(pid, sizeof(pid), "%d\n", (int)who);
	if (!strcmp(dir, CG_ROOT))
		return cg_write(CG_ROOT "/cgroup.procs", pid);
	{
		char procs[128];

		snprintf(procs, sizeof(procs), "%s/cgroup.procs", dir);
		return cg_write(procs, pid);
	}
}

/* "PID DIR": the process into that cgroup, or "rmdir DIR" */
static int cg_admin(char *buf, size_t len)
{
	char *dir = memchr(buf, ' ', len);

	if (!dir || !memchr(dir, 0, len - (dir - buf)))
		return -1;
	*dir++ = 0;
	if (!strcmp(buf, "rmdir"))
		return rmdir(dir);
	return cg_enter_root(dir, strtol(buf, NULL, 10));
}

KHT_ADMIN_STEP(cg_admin);

/* this process into the cgroup dir */
static int cg_enter(const char *dir)
{
	char buf[160];

	snprintf(buf, sizeof(buf), "%d %s", (int)getpid(), dir);
	return kht_admin_run(cg_admin, buf, sizeof(buf));
}

static void cg_rmdir(const char *dir)
{
	char buf[160];

	snprintf(buf, sizeof(buf), "rmdir %s", dir);
	kht_admin_run(cg_admin, buf, sizeof(buf));
}

/*
 * The port is opened from a memory cgroup: requests its clients make the
 * kernel hold (built by connection work, in a kworker) are charged to it.
 */
static int t_mem_memcg(char *why, size_t len)
{
	static const char head[] = "POST /cg/up HTTP/1.1\r\nHost: h\r\n"
				   "Content-Length: 1048576\r\n\r\n";
	long long cur0, cur1;
	int fd, rc = 0, i, s[8];
	FILE *f;

	if (cg_enter(CG_DIR))
		return kht_fail(why, len, "cgroup v2 with memory: %s", strerror(errno));
	fd = kht_bound_fd("cg-" KHT_ABI_NAME, CG_URL);	/* the port opens in the cgroup */
	if (cg_enter(CG_ROOT) || fd < 0) {
		rc = kht_fail(why, len, "worker: %s", strerror(errno));
		goto out;
	}
	f = fopen(CG_DIR "/memory.current", "r");
	if (!f || fscanf(f, "%lld", &cur0) != 1) {
		rc = kht_fail(why, len, "memory.current: %s", strerror(errno));
		if (f)
			fclose(f);
		goto out;
	}
	fclose(f);
	memset(mem_body, 'c', sizeof(mem_body));
	for (i = 0; i < 8; i++) {	/* the clients are in the root cgroup */
		s[i] = kht_connect(CG_PORT);
		if (s[i] < 0 || kht_send_all(s[i], head, sizeof(head) - 1) ||
		    kht_send_all(s[i], mem_body, MIB))
			rc = kht_fail(why, len, "client %d: %s", i, strerror(errno));
	}
	for (i = 0; i < 8 && !rc; i++)	/* all of them queued */
		if (!mem_take(fd, 5000))
			rc = kht_fail(why, len, "request %d not queued", i);
	f = fopen(CG_DIR "/memory.current", "r");
	if (!rc && (!f || fscanf(f, "%lld", &cur1) != 1))
		rc = kht_fail(why, len, "memory.current: %s", strerror(errno));
	if (f)
		fclose(f);
	if (!rc && cur1 - cur0 < 8LL * MIB)
		rc = kht_fail(why, len, "the port's cgroup: +%lld bytes for 8 held 1 MiB requests",
			      cur1 - cur0);
	for (i = 0; i < 8; i++)
		if (s[i] >= 0)
			close(s[i]);
out:
	if (fd >= 0)
		kht_unbind(fd, CG_URL);	/* taken requests: answered 500 on the close */
	cg_enter(CG_ROOT);
	cg_rmdir(CG_DIR);
	return rc;
}

const struct kht_test kht_mem_tests[] = {
	{ "mem_budget", t_mem_budget },
	{ "mem_out_cap", t_mem_out_cap },
	{ "mem_out_nonblock", t_mem_out_nonblock },
	{ "mem_send_timeout", t_mem_send_timeout },
	{ "mem_memcg", t_mem_memcg },
};

const size_t kht_nmem_tests = KHT_ARRAY_SIZE(kht_mem_tests);
