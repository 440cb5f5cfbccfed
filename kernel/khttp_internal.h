/* SPDX-License-Identifier: GPL-2.0 */
/*
 * khttp: declarations shared by the module's files. docs/kernel.md tells
 * the design: objects, their lifetimes and their locks.
 */
#ifndef KHTTP_INTERNAL_H
#define KHTTP_INTERNAL_H

#include <linux/atomic.h>
#include <linux/cred.h>
#include <linux/fs.h>
#include <linux/in6.h>
#include <linux/jump_label.h>
#include <linux/kref.h>
#include <linux/list.h>
#include <linux/nsproxy.h>
#include <linux/poll.h>
#include <linux/sched.h>
#include <linux/socket.h>
#include <linux/spinlock.h>
#include <linux/timer.h>
#include <linux/wait.h>
#include <linux/workqueue.h>
#include "khttp.h"
#include "kh_rt.h"

long khttp_unlocked_ioctl(struct file *file, unsigned int cmd,
			  unsigned long arg);
#ifdef CONFIG_COMPAT
long khttp_compat_ioctl(struct file *file, unsigned int cmd,
			unsigned long arg);
#endif

/* khttp_core.c: the KH_IOC_STATS counters */
struct khttp_file;
void khttp_count_ioctl(struct khttp_file *kf, int abi, long ret);
void khttp_stat_add(enum kh_stat s, u64 n);
void khttp_stat_status(unsigned int status);
/* the counters of a network namespace (KH_STATS_NET); connections hold them */
struct net;
struct khttp_netstats;
extern unsigned int khttp_net_id;
struct khttp_net {				/* net_generic(net, khttp_net_id) */
	struct khttp_netstats *stats;
};

int khttp_netstats_init(struct net *net);
void khttp_netstats_exit(struct net *net);
struct khttp_netstats *khttp_netstats_get(struct net *net);
void khttp_netstats_put(struct khttp_netstats *ns);
void khttp_net_stat(struct khttp_netstats *ns, enum kh_stat s, u64 n);
void khttp_net_stat_status(struct khttp_netstats *ns, unsigned int status);
void khttp_stat_add_ns(struct khttp_netstats *ns, enum kh_stat s, u64 n);
/*
 * khttp_trace.c: the ring read through /sys/module/khttp/parameters/trace.
 * Every ioctl passes here: while tracing is off the test is a jump the
 * kernel patches out (a static key), not a call.
 */
DECLARE_STATIC_KEY_FALSE(khttp_trace_key);
void khttp_trace_record(int abi, unsigned int cmd, void __user *uarg, long ret);
static inline void khttp_trace_call(int abi, unsigned int cmd, void __user *uarg, long ret)
{
	if (static_branch_unlikely(&khttp_trace_key))
		khttp_trace_record(abi, cmd, uarg, ret);
}

/* khttp_core.c: enum kh_abi of a KH_LAYOUT_* */
enum kh_abi khttp_abi_of(int layout);

struct khttp_file;

/* khttp_admin.c: KH_IOC_ADMIN_LIST, one kind of object per call */
struct khttp_admin_list {
	struct kh_admin_entry *out;
	u32 kind, start, cap, n, total;
};

/* the next entry to fill (zeroed), NULL when outside the caller's page */
struct kh_admin_entry *khttp_admin_next(struct khttp_admin_list *l);
void khttp_admin_name(struct kh_admin_entry *e, const char *s, size_t len);
void khttp_admin_open(struct khttp_file *kf);
void khttp_admin_release(struct khttp_file *kf);
/* the listers, each under its own file's lock */
void khttp_urls_list(struct khttp_admin_list *l);		/* URLs and listeners */
void khttp_listeners_list(struct khttp_admin_list *l);	/* under khttp_urls_lock */
void khttp_queues_list(struct khttp_admin_list *l);
void khttp_reqs_list(struct khttp_admin_list *l);
void khttp_cache_list(struct khttp_admin_list *l);

/* the limits in force (KH_IOC_LIMITS), read without a lock: plain words */
extern struct kh_limits_args khttp_limits;

/* khttp_mem.c: the global budget of held bytes, per-connection output bounds */
extern unsigned int khttp_max_output_kb, khttp_min_send_rate, khttp_send_timeout_ms;
u64 khttp_mem_budget(void);
bool khttp_mem_over(void);
bool khttp_mem_charge(size_t n);
void khttp_mem_add(long n);
void *khttp_alloc_fit(size_t size, gfp_t gfp);
struct mem_cgroup;
struct mem_cgroup *khttp_memcg_current(void);
struct mem_cgroup *khttp_memcg_get(struct mem_cgroup *memcg);
void khttp_memcg_put(struct mem_cgroup *memcg);

/* sockets are served by one workqueue: callbacks only queue work */
extern struct workqueue_struct *khttp_wq;

/* one open /dev/khttp */
struct khttp_file {
	struct file *file;
	struct khttp_queue *queue;		/* bound by KH_IOC_QUEUE, or NULL */
	struct list_head admin_node;	/* khttp_admin.c's list of open files */
	struct pid *pid;		/* the opener's process */
	int layout;			/* KH_LAYOUT_* of the call that bound the queue */
	spinlock_t out_lock;		/* out_conn */
	struct khttp_conn *out_conn;	/* its last send refused for room (-EAGAIN): poll */
	/*
	 * The opener's network namespace (its cookie: never reused) and its
	 * counters (a reference): an ioctl from that namespace, nearly every
	 * one, counts there without looking the namespace's counters up
	 */
	u64 net_cookie;
	struct khttp_netstats *nstats;
};

/*
 * A named request queue: lives while a file is bound to it, a URL prefix
 * routes to it or a request is in it (each holds a reference); found by
 * name in khttp_queue_names (docs/kernel.md, "Lifetimes").
 */
struct khttp_queue {
	struct kref ref;
	struct hlist_node node;		/* khttp_queue_names, under khttp_queues_lock */
	char name[KH_MAX_NAME + 1];
	u32 name_len;
	u64 id;
	/* the owner: the creator's credentials (docs/security.md) */
	kuid_t uid;
	kgid_t gid;
	struct user_namespace *userns;	/* holds a reference */
	/* who else may attach it (KH_IOC_QUEUE_ACCESS), under khttp_queues_lock */
	u32 access_mode;
	u16 nuids, ngids;
	kuid_t uids[KH_MAX_ACCESS_IDS];
	kgid_t gids[KH_MAX_ACCESS_IDS];
	kuid_t owner;			/* charged for it (khttp_user.c) */
	spinlock_t lock;		/* pending, npending, dead */
	struct list_head pending;	/* struct khttp_req not yet received */
	unsigned int npending;
	atomic64_t stats[KH_QSTAT_COUNT];	/* KH_IOC_STATS with KH_STATS_QUEUE */
	struct khttp_log_ring *log;	/* its access log: read() on an attached file */
	wait_queue_head_t wait;
	bool dead;
};

/* how a response is framed: set per request, kept across its sends */
struct khttp_framing {
	bool head, http10;
	bool more;		/* KH_SEND_FLAG_MORE_DATA: more sends follow */
	bool keep_alive;	/* in: what the request allows; out: what we do */
	bool chunked, length_given, no_body;	/* out */
	bool for_cache;		/* the head without Date and Connection */
	u64 length, sent;	/* length_given: the worker's total, body bytes so far */
	const char *range, *if_range;	/* in: the request's, for a GET */
	u16 range_len, if_range_len;
	unsigned int status;	/* out: what is sent (206 or 416 for a Range) */
};

enum khttp_dechunk_state {
	KHTTP_DECHUNK_SIZE, KHTTP_DECHUNK_DATA, KHTTP_DECHUNK_DATA_END, KHTTP_DECHUNK_TRAILER,
	KHTTP_DECHUNK_DONE, KHTTP_DECHUNK_ERROR,
};

/* the incremental chunked decoder of a body streaming to receive-body */
struct khttp_dechunk {
	enum khttp_dechunk_state state;
	u64 left;			/* of the current chunk's data */
	u64 total, max;			/* decoded so far; max_body_bytes */
	unsigned int trailers;
	size_t scanned;			/* of the unterminated line at in: no line end */
	int err;			/* in KHTTP_DECHUNK_ERROR */
	unsigned int status;		/* ... and its HTTP status (400, 413, 431) */
};

enum khttp_req_state { KHTTP_REQ_PENDING, KHTTP_REQ_TAKEN, KHTTP_REQ_DONE };

/* how far a worker's response went: under queue->lock, as state */
enum khttp_resp_state {
	KHTTP_RESP_NONE,		/* nothing sent */
	KHTTP_RESP_STREAMING,	/* the head went: send-body continues it */
	KHTTP_RESP_COMPLETE,	/* the last piece went (the request is DONE) */
};

/* one parsed request: from the connection to a worker and back */
struct khttp_req {
	struct kref ref;
	struct list_head qnode;		/* queue->pending while KHTTP_REQ_PENDING */
	u64 id;
	enum khttp_req_state state;	/* under queue->lock */
	struct khttp_queue *queue;
	struct khttp_conn *conn;		/* holds a reference */
	struct khttp_file *bound;		/* after -ENOSPC: kept for that file */
	struct khttp_file *taken;		/* the file that received it */
	struct kh_ctx graph_mem;	/* arena of the graph */
	struct kh_request *graph;
	bool head;			/* HEAD: the response has no body */
	bool http10;
	bool keep_alive;
	enum khttp_resp_state resp;	/* under queue->lock */
	bool sending;			/* under queue->lock: a send claimed it */
	bool body_streams;		/* the body arrives on the connection, for receive-body */
	long body_err;			/* aborted: what receive-body gives from then on */
	/*
	 * A body that arrived whole: it comes along as entity chunk only when
	 * the receive call asks (KH_RECEIVE_FLAG_COPY_BODY); otherwise
	 * receive-body serves it from body_off (under conn->rx_lock).
	 */
	struct kh_data_chunk *body;
	u64 body_off;
	/* published by the send that claimed the response (under queue->lock) */
	unsigned int status;		/* of the response, for the access log */
	size_t mem;			/* bytes charged to the memory budget */
	u64 bytes_out;
	struct khttp_framing framing;	/* of a streaming response */
	struct rcu_head rcu;		/* freed after RCU: found by id */
};

/* an HTTP connection: one socket, served by one work item */
struct khttp_conn {
	struct kref ref;
	struct rcu_head rcu;		/* freed after RCU: found by id */
	u64 id;
	u64 accepted_ns;
	struct list_head node;		/* khttp_conns, under khttp_conns_lock */
	struct socket *sock;
	struct file *file;		/* the socket's: it holds the socket */
	struct mem_cgroup *memcg;	/* charged for what the work item allocates */
	struct work_struct work;
	struct timer_list timer;
	wait_queue_head_t closed_wq;	/* closing, and body bytes for receive-body */
	struct mutex rx_lock;		/* rx, when a worker reads the body too */
	struct mutex tx_lock;		/* writing txq's head: the work item or a send */
	u64 body_left;			/* Content-Length body bytes not yet read */
	bool body_chunked;		/* a chunked body streams: dechunk decodes it */
	struct khttp_dechunk dechunk;
	u64 rx_in;			/* bytes read so far: receive-body waits for more */
	spinlock_t lock;		/* everything below */
	bool dead;
	bool close_after_tx;
	bool peer_closed;
	bool sent_continue;
	struct khttp_req *inflight;	/* handed to a worker, not answered */
	struct list_head txq;		/* struct khttp_txbuf */
	size_t tx_mem;			/* memory held by txq's items */
	bool out_wanted;		/* a send got -EAGAIN: wake pollers when room */
	u64 tx_sent;			/* bytes written (under tx_lock) */
	unsigned long tx_mark;		/* jiffies: where the send-rate window began */
	u64 tx_mark_sent;		/* tx_sent then */
	bool rx_starved;		/* rx could not grow: the memory budget is spent */
	bool kill;			/* module exit: close now */
	char *rx;
	size_t rx_len, rx_cap;
	struct khttp_parsed *parsed;	/* the parser's output, reused */
	unsigned long req_start;	/* jiffies: first byte of this request */
	unsigned long idle_since;	/* jiffies: last time work was done */
	struct sockaddr_storage local, remote;
	u16 local_port;
	struct net *net;		/* the listener's; pernet exit closes us first */
	struct khttp_netstats *nstats;	/* its counters: a reference */
	u64 net_cookie;			/* its cookie, for the cache: outlives it */
	u64 last_qid;			/* the queue of its last request: wait-disconnect */
	void (*saved_data_ready)(struct sock *sk);
	void (*saved_write_space)(struct sock *sk);
	void (*saved_state_change)(struct sock *sk);
};

/* khttp_tx.c: one piece of a connection's output */
enum khttp_tx_kind {
	KHTTP_TX_MEM,		/* bytes of its own, in data[] */
	KHTTP_TX_FILE,		/* a file range, spliced from the page cache */
	KHTTP_TX_REF,		/* bytes owned by ref (a cached body) */
};

struct khttp_txbuf {
	struct list_head node;
	size_t len, off;	/* bytes, bytes sent */
	enum khttp_tx_kind kind;
	struct file *file;	/* KHTTP_TX_FILE: len bytes from pos, a reference */
	loff_t pos;
	const char *bytes;	/* KHTTP_TX_REF: len bytes, kept alive by ref */
	struct kref *ref;
	void (*release)(struct kref *ref);
	char data[];
};

/* the items of one response (or part of one), in order */
struct khttp_txlist {
	struct list_head items;
	u64 len;
};

/* a response planned as segments; memory is copied once, when built */
struct khttp_seg {
	const void *mem;
	struct file *file;
	loff_t pos;
	u64 len;
	struct kref *ref;
	void (*release)(struct kref *ref);
};

/*
 * A response's pieces: a cache hit's head has five or six, a worker's
 * response about as many; they stay in the plan itself (no allocation per
 * response), more go to the heap. A plan is never copied (seg may point
 * into it).
 */
#define KHTTP_PLAN_INLINE	6
struct khttp_plan {
	struct khttp_seg *seg;
	unsigned int n, cap;
	struct khttp_seg inl[KHTTP_PLAN_INLINE];
};

struct khttp_txbuf *khttp_tx_mem(size_t len, gfp_t gfp);
void khttp_tx_free(struct khttp_txbuf *tx);
/* items of bytes to copy (khttp_tx_gathers) go up to KHTTP_TX_GATHER in one write */
#define KHTTP_TX_GATHER	8
bool khttp_tx_gathers(const struct khttp_txbuf *tx);
long khttp_tx_send(struct khttp_txbuf **tx, unsigned int n, struct socket *sock, bool more);
void khttp_txl_init(struct khttp_txlist *l);
void khttp_txl_add(struct khttp_txlist *l, struct khttp_txbuf *tx);
void khttp_txl_free(struct khttp_txlist *l);
void khttp_plan_init(struct khttp_plan *p);
void khttp_plan_free(struct khttp_plan *p);
int khttp_plan_mem(struct khttp_plan *p, const void *mem, u64 len);
int khttp_plan_file(struct khttp_plan *p, struct file *f, loff_t pos, u64 len);
int khttp_plan_ref(struct khttp_plan *p, const char *bytes, u64 len, struct kref *ref,
		   void (*release)(struct kref *ref));
int khttp_plan_slice(struct khttp_plan *out, const struct khttp_plan *body, u64 from, u64 len);
int khttp_plan_build(const struct khttp_plan *p, struct khttp_txlist *out, gfp_t gfp);

/* khttp_access.c: the checks of docs/security.md */
struct net;
bool khttp_admin(void);			/* CAP_NET_ADMIN in the initial user ns */
bool khttp_net_admin(struct net *net);	/* CAP_NET_ADMIN over net */

/**
 * khttp_caller_net() - the calling task's network namespace
 *
 * An ioctl's caller: its nsproxy is there (it is not exiting). Inline:
 * every ioctl's counters ask for it.
 *
 * Return: the namespace (no reference taken: valid during the call)
 */
static inline struct net *khttp_caller_net(void)
{
	return current->nsproxy->net_ns;
}

/* khttp_queue.c */
int khttp_queue_access(struct khttp_file *kf, const struct kh_queue_access_args *a);
int khttp_queue_open(struct khttp_file *kf, const char *name, u32 len, bool create,
		     bool open, u64 *id);
void khttp_queue_put(struct khttp_queue *q);
int khttp_queue_add(struct khttp_queue *q, struct khttp_req *req);
struct khttp_req *khttp_queue_take(struct khttp_file *kf, u64 id, bool nonblock,
				   int *err);
void khttp_queue_untake(struct khttp_req *req, struct khttp_file *kf);
struct khttp_req *khttp_req_find(u64 id);
bool khttp_req_complete(struct khttp_req *req);
int khttp_resp_claim(struct khttp_req *req, bool head, struct khttp_framing *fr);
bool khttp_resp_publish(struct khttp_req *req, const struct khttp_framing *fr, u64 bytes,
			bool last);
void khttp_resp_unclaim(struct khttp_req *req);
bool khttp_req_abort(struct khttp_req *req, unsigned int status);
int khttp_queue_stats(struct khttp_file *kf, u64 *out, u32 n);
void khttp_queue_answered(struct khttp_queue *q);
void khttp_req_put(struct khttp_req *req);
void khttp_file_release_reqs(struct khttp_file *kf);
void khttp_queues_exit(void);
__poll_t khttp_queue_poll(struct khttp_file *kf, struct file *file, poll_table *wait);

/* khttp_user.c: per-user caps */
enum khttp_user_count { KHTTP_USER_QUEUES, KHTTP_USER_PORTS, KHTTP_USER_NCOUNT };
int khttp_user_charge(kuid_t uid, enum khttp_user_count k);
void khttp_user_uncharge(kuid_t uid, enum khttp_user_count k);

/* a listener's local address: family 0 is the wildcard (every address, both families) */
struct khttp_addr {
	u16 family;			/* 0, AF_INET, AF_INET6 */
	__be32 v4;
	struct in6_addr v6;
};

/* khttp_url.c: registrations and routing */
int khttp_url_add(struct khttp_queue *q, const char *url, u32 len, u64 context);
int khttp_url_remove(struct khttp_queue *q, const char *url, u32 len);
int khttp_reservation(const struct kh_reservation_args *a, bool add);
struct khttp_queue *khttp_route(const struct net *net, const struct sockaddr_storage *local,
				u16 port, const char *host, size_t host_len, const char *path,
				size_t path_len, u64 *context);
void khttp_urls_exit(void);
void khttp_urls_net_exit(const struct net *net);

/* khttp_listen.c */
struct khttp_listener;
struct khttp_listener *khttp_listener_get(struct net *net, const struct khttp_addr *addr, u16 port,
					  int *err);
void khttp_listener_put(struct khttp_listener *l);

/* khttp_addr.c: a connection with this local address may come from a listener on a */
bool khttp_addr_match(const struct khttp_addr *a, const struct sockaddr_storage *local);
bool khttp_addr_eq(const struct khttp_addr *a, const struct khttp_addr *b);

/* khttp_conn.c */
/* memcg: who pays for the connection's memory (the port's opener) */
void khttp_conn_start(struct socket *sock, struct mem_cgroup *memcg);
/*
 * queue response bytes; final: the response is complete and the next
 * request may be parsed. False if the client is gone.
 */
bool khttp_conn_respond_list(struct khttp_conn *c, struct khttp_req *req,
			     struct khttp_txlist *tx, bool close, bool final);
void khttp_conn_put(struct khttp_conn *c);
/* before a send queues output: room on c (-EAGAIN nonblocking, or it waits) */
int khttp_conn_out_wait(struct khttp_conn *c, struct khttp_file *kf, bool nonblock);
__poll_t khttp_conn_out_poll(struct khttp_file *kf, struct file *file, poll_table *wait);
void khttp_file_out_release(struct khttp_file *kf);
/* up to len bytes of the in-flight request's body; 0 at its end */
long khttp_conn_read_body(struct khttp_conn *c, struct khttp_req *req, void *buf, size_t len,
			  bool nonblock);
int khttp_conn_wait_closed(u64 id, const struct khttp_queue *q);
void khttp_conns_exit(void);
void khttp_conns_net_exit(const struct net *net);

/* khttp_parse.c */
#define KHTTP_PARSE_MAX_HEADERS	(KH_MAX_HEADERS + KH_HEADER_REQUEST_MAXIMUM)

struct khttp_hdr {
	const char *name, *value;
	u16 name_len, value_len;
	int id;				/* enum kh_header_id, or -1 */
};

/*
 * Where the parse of a partial request stopped, so that the next call goes
 * on from there: every byte received is examined a bounded number of
 * times however it arrives (offsets into the buffer; khttp_parse_reset
 * when the buffer's bytes move, as when a request is consumed).
 */
enum khttp_parse_phase {
	KHTTP_PP_START,		/* nothing parsed */
	KHTTP_PP_LINE,		/* the request line is not complete */
	KHTTP_PP_HEADERS,		/* the header section is not complete */
	KHTTP_PP_LENGTH,		/* a Content-Length body is not complete */
	KHTTP_PP_CHUNKED,		/* a chunked body is not complete */
};

struct khttp_parse_pos {
	enum khttp_parse_phase phase;
	const char *base;		/* the buffer the parsed pointers are into */
	size_t start;			/* the request line (after empty lines) */
	size_t line;			/* the first unterminated line */
	size_t scanned;			/* bytes of it that hold no line end */
	size_t head_len;		/* KHTTP_PP_LENGTH, KHTTP_PP_CHUNKED: header_len */
	size_t body_in;			/* KHTTP_PP_CHUNKED: encoded bytes scanned */
	struct khttp_dechunk dechunk;	/* KHTTP_PP_CHUNKED: the scan of the body */
};

/*
 * Cleared per request up to pos (a new request: up to hdr). The two
 * arrays are last and never cleared: only their first nhdr / ntrailer
 * entries are written and read, and clearing their 13 KiB was a memset
 * of 2.8 % of all samples per cache hit (docs/bench.md).
 */
struct khttp_parsed {
	const char *method, *target;
	u16 method_len, target_len;
	int verb;			/* enum kh_verb */
	u8 major, minor;
	int nhdr;			/* hdr[] entries */
	int ntrailer;			/* trailer[] entries */
	size_t header_len;		/* request line, headers, empty line */
	bool chunked, has_length, keep_alive, expect_continue;
	u64 content_length;
	char *body;			/* decoded body (points into rx) */
	size_t body_len;
	size_t total_len;		/* bytes of rx this request took */
	struct khttp_parse_pos pos;
	struct khttp_hdr hdr[KHTTP_PARSE_MAX_HEADERS];
	struct khttp_hdr trailer[KH_MAX_HEADERS];
};

enum khttp_parse_result {
	KHTTP_PARSE_DONE = 0,
	KHTTP_PARSE_MORE = 1,		/* incomplete: read more */
	KHTTP_PARSE_HEADERS = 2,		/* headers complete, body incomplete */
	KHTTP_PARSE_STREAM = 3,		/* headers complete, the chunked body streams */
};

/*
 * A result >= 0 is enum khttp_parse_result, < 0 is -(HTTP status). A chunked
 * body decoding to more than max_chunked cannot come with the request:
 * KHTTP_PARSE_STREAM, and khttp_dechunk_feed decodes it as it arrives. An
 * incomplete request (MORE, HEADERS) is parsed on from where it stopped
 * by the next call with the same p (p->pos); its other results start
 * the next call afresh.
 */
int khttp_parse(char *buf, size_t len, size_t max_header, u64 max_body,
		u64 max_chunked, struct khttp_parsed *p);
/* the next khttp_parse starts from the buffer's first byte */
void khttp_parse_reset(struct khttp_parsed *p);
const struct khttp_hdr *khttp_parsed_header(const struct khttp_parsed *p, int id);

long khttp_dechunk_feed(struct khttp_dechunk *d, const char *in, size_t in_len, size_t *used,
			char *out, size_t out_len);

/* khttp_target.c: where a request goes (host, path, query) */
struct khttp_target {
	const char *host, *path, *query;
	size_t host_len, path_len, query_len;
	char host_buf[64];		/* the local address when there is no Host */
};

int khttp_target_parse(const struct khttp_parsed *p, const struct khttp_conn *c,
		       struct khttp_target *t);
size_t khttp_target_url(const struct khttp_target *t, char *buf, size_t cap);

/* khttp_log.c: the access log (Combined Log Format), read() on the device */
struct khttp_log_entry {
	const char *method, *target, *referer, *user_agent;
	size_t method_len, target_len, referer_len, user_agent_len;
	unsigned int major, minor, status;
	u64 bytes;
};

struct khttp_log_ring;
struct khttp_log_ring *khttp_log_ring_new(void);
void khttp_log_ring_free(struct khttp_log_ring *r);
void khttp_log(const struct sockaddr_storage *remote, const struct khttp_log_entry *e);
/* r: a queue's log; NULL: the global one */
ssize_t khttp_log_read(struct khttp_log_ring *r, char __user *buf, size_t count);
/* the access-log line of a parsed request the kernel answered itself */
void khttp_log_parsed(const struct khttp_conn *c, const struct khttp_parsed *p,
		      unsigned int status, u64 bytes);
/* ... for q (a response of its cache entries): in q's log too */
void khttp_log_parsed_q(const struct khttp_conn *c, const struct khttp_parsed *p,
			const struct khttp_queue *q, unsigned int status, u64 bytes);
/* ... and of one a worker answered */
void khttp_log_request(const struct khttp_req *req, unsigned int status, u64 bytes);
void khttp_log_request_q(const struct khttp_req *req, const struct khttp_queue *q,
			 unsigned int status, u64 bytes);

/*
 * khttp_cache.c: the kernel response cache. An entry belongs to a scope:
 * the netns, the local port and the queue of the request that stored it.
 */
struct khttp_cache_scope {
	u64 net;			/* the netns's cookie (never reused); flush: 0 for any */
	u64 qid;			/* flush: 0 for any */
	u16 port;			/* flush: 0 for any */
};

void khttp_cache_store(const struct khttp_cache_scope *s, const char *key, size_t key_len,
		       const struct kh_response *r, const struct kh_cache_policy *policy);
/* a hit's items onto out: true if the cache answers */
bool khttp_cache_serve(const struct khttp_cache_scope *s, const char *key, size_t key_len,
		       const struct khttp_parsed *p, bool keep_alive, unsigned int *status,
		       struct khttp_txlist *out);
/* entries of scope s whose URL (path: whose path) starts with prefix; how many */
int khttp_cache_flush(const struct khttp_cache_scope *s, const char *prefix, size_t len,
		      bool path);
void khttp_cache_exit(void);

/* khttp_range.c: byte ranges of a complete 200, for the cache and workers */
#define KHTTP_RANGES_MAX	16

struct khttp_range {
	u64 first, last;
};

/*
 * The ranges of a Range value for a body of size bytes: n > 0 of them in
 * r[KHTTP_RANGES_MAX], 0 to answer with the whole body, -1 for a 416.
 */
int khttp_ranges(const char *v, size_t len, u64 size, struct khttp_range *r);

struct khttp_range_answer {
	const char *head;		/* the 200's status line and headers */
	size_t head_len;		/* (no Date, length, Connection, empty line) */
	bool date;			/* add a Date */
	const struct khttp_plan *body;
	u64 size;
	const struct khttp_range *r;
	int n;				/* < 0: 416 */
	const char *conn;		/* the Connection line, or "" */
	bool head_only;
};

/* the head's lines after the status line that keep(line, len, arg) wants, onto out */
int khttp_plan_head_lines(struct khttp_plan *out, const char *head, size_t len,
			  bool (*keep)(const char *line, size_t len, bool arg), bool arg);
/* the lines of a 200's head a 304 repeats (RFC 9110 15.4.5) */
bool khttp_304_keeps(const char *line, size_t len, bool unused);

/* plans the 206 or 416; *scratch (kvfree by the caller) holds its text */
int khttp_range_plan(struct khttp_plan *out, char **scratch, const struct khttp_range_answer *a);

/* khttp_build.c: the native kh_request graph of a parsed request */
int khttp_build_request(struct khttp_req *req, const struct khttp_parsed *p,
			const struct khttp_conn *c, const struct khttp_target *t,
			u64 context);
/* the request as this receive call gets it: with its body, or without */
void khttp_request_shape(struct khttp_req *req, bool copy_body);

/* khttp_respond.c: a worker's response as tx items onto out */
int khttp_format_response(const struct kh_response *r, struct khttp_framing *fr,
			  struct khttp_txlist *out);
int khttp_format_body(const struct kh_data_chunk *chunks, u16 n, struct khttp_framing *fr,
		      bool last, struct khttp_txlist *out);
/* for the cache: the head without Date and Connection, then the body */
struct khttp_txbuf *khttp_format_cacheable(const struct kh_response *r, size_t max,
					   size_t *head_len, int *err);
const char *khttp_conn_line(bool keep_alive, bool http10);

/* khttp_date.c: the Date header of this second, formatted once per second */
size_t khttp_put_date(char *dst, size_t cap);

/* khttp_body.c */
struct khttp_body_part {
	struct file *file;	/* a file range, or memory */
	loff_t pos;
	const void *mem;
	u64 len;
};

struct khttp_body {
	struct khttp_body_part *parts;
	unsigned int n;
	u64 len, mem_len;	/* all bytes; bytes of memory chunks */
	char frame[24];		/* a chunk's size line */
};

int khttp_body_prepare(struct khttp_body *b, const struct kh_data_chunk *chunks, u16 n);
void khttp_body_release(struct khttp_body *b);
int khttp_body_plan(struct khttp_plan *plan, struct khttp_body *b, bool chunked, bool last);
int khttp_body_read(char *dst, const struct khttp_body *b);
struct khttp_txbuf *khttp_format_error(unsigned int status, bool close);
struct khttp_txbuf *khttp_format_continue(void);

#endif /* KHTTP_INTERNAL_H */
