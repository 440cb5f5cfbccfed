// SPDX-License-Identifier: (GPL-2.0 WITH Linux-syscall-note) OR MIT
/*
 * khttpctl: the administrator's view of khttp.ko, on libkhttp (as
 * `netsh http show servicestate` is for HTTP.sys).
 *
 *	khttpctl [--json] [-d DEVICE] show
 *	khttpctl [-d DEVICE] flush-cache PREFIX
 *	khttpctl [--json] [-d DEVICE] set-limit NAME VALUE
 *	khttpctl [-d DEVICE] log [-f]
 *
 * man 8 khttpctl (tools/khttpctl/khttpctl.8).
 */
#define _GNU_SOURCE
#include <errno.h>
#include <inttypes.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <khttp_api.h>

#define MAX_COLS	8

static int json;

/* ---- a list of one kind of object ---- */
struct objs {
	struct kh_admin_entry *e;
	unsigned int n;
};

static int fetch(khttp *h, unsigned int kind, struct objs *o)
{
	unsigned int got, total = 0;
	int err;

	o->e = NULL;
	o->n = 0;
	do {
		struct kh_admin_entry *e = realloc(o->e, (o->n + KH_MAX_ADMIN_ENTRIES) *
						   sizeof(*e));
		if (!e)
			return -ENOMEM;
		o->e = e;
		err = khttp_admin_list(h, kind, o->n, o->e + o->n, KH_MAX_ADMIN_ENTRIES,
				       &got, &total);
		if (err)
			return err;
		o->n += got;
	} while (got && o->n < total);
	return 0;
}

/* ---- output: aligned tables, or JSON ---- */
struct table {
	const char *title;
	const char *key[MAX_COLS];	/* JSON keys; a key starting with '#' is a number */
	const char *head[MAX_COLS];
	int ncol;
	char **cell;
	int nrow;
};

static void put_row(struct table *t, ...)
{
	va_list ap;
	int i;

	t->cell = realloc(t->cell, (t->nrow + 1) * MAX_COLS * sizeof(char *));
	if (!t->cell) {
		perror("khttpctl");
		exit(1);
	}
	va_start(ap, t);
	for (i = 0; i < t->ncol; i++)
		t->cell[t->nrow * MAX_COLS + i] = strdup(va_arg(ap, const char *));
	va_end(ap);
	t->nrow++;
}

static const char *fmt(const char *f, ...)
{
	static char buf[16][256];
	static int next;
	char *b = buf[next++ % 16];
	va_list ap;

	va_start(ap, f);
	vsnprintf(b, sizeof(buf[0]), f, ap);
	va_end(ap);
	return b;
}

static void json_str(const char *s)
{
	putchar('"');
	for (; *s; s++) {
		unsigned char c = *s;

		if (c == '"' || c == '\\')
			printf("\\%c", c);
		else if (c < 0x20 || c >= 0x7f)
			printf("\\u%04x", c);
		else
			putchar(c);
	}
	putchar('"');
}

static void print_table(struct table *t, int first)
{
	int w[MAX_COLS], r, i;

	if (json) {
		printf("%s\n  ", first ? "{" : ",");
		json_str(t->title);
		printf(": [");
		for (r = 0; r < t->nrow; r++) {
			printf("%s\n    {", r ? "," : "");
			for (i = 0; i < t->ncol; i++) {
				const char *k = t->key[i], *v = t->cell[r * MAX_COLS + i];

				printf("%s", i ? ", " : "");
				json_str(k[0] == '#' ? k + 1 : k);
				printf(": ");
				if (k[0] == '#' && v[0] != '-')
					printf("%s", v);
				else if (k[0] == '#')
					printf("null");
				else
					json_str(v);
			}
			printf("}");
		}
		printf("%s]", t->nrow ? "\n  " : "");
		return;
	}
	for (i = 0; i < t->ncol; i++) {
		w[i] = strlen(t->head[i]);
		for (r = 0; r < t->nrow; r++) {
			int l = strlen(t->cell[r * MAX_COLS + i]);

			if (l > w[i])
				w[i] = l;
		}
	}
	printf("%s%s (%d)\n", first ? "" : "\n", t->title, t->nrow);
	for (r = -1; r < t->nrow; r++) {
		printf(" ");
		for (i = 0; i < t->ncol; i++) {
			const char *v = r < 0 ? t->head[i] : t->cell[r * MAX_COLS + i];
			int last = i == t->ncol - 1;

			/* numbers right-aligned, text left-aligned; no trailing blanks */
			if (t->key[i][0] == '#')
				printf(" %*s", w[i], v);
			else if (last)
				printf(" %s", v);
			else
				printf(" %-*s", w[i], v);
		}
		printf("\n");
	}
}

static const char *abi_name(unsigned int abi)
{
	switch (abi) {
	case KH_ABI_NATIVE: return "x86_64";
	case KH_ABI_IA32: return "ia32";
	case KH_ABI_X32: return "x32";
	}
	return "?";
}

static const char *queue_name(const struct objs *q, uint64_t id)
{
	unsigned int i;

	for (i = 0; i < q->n; i++)
		if (q->e[i].id == id)
			return q->e[i].name;
	return fmt("#%" PRIu64, id);
}

static const char *const limit_names[] = {
	"max_connections", "queue_length", "max_header_bytes", "max_body_bytes",
	"idle_timeout_ms", "header_timeout_ms",
};

static uint64_t limit_get(const struct khttp_limits *l, int i)
{
	const uint64_t v[] = { l->max_connections, l->queue_length, l->max_header_bytes,
			       l->max_body_bytes, l->idle_timeout_ms, l->header_timeout_ms };
	return v[i];
}

static void limits_table(const struct khttp_limits *l, int first)
{
	struct table t = { "limits", { "name", "#value" }, { "NAME", "VALUE" }, 2, NULL, 0 };
	int i;

	for (i = 0; i < 6; i++)
		put_row(&t, limit_names[i], fmt("%" PRIu64, limit_get(l, i)));
	print_table(&t, first);
}

static int show(khttp *h)
{
	struct objs lsn, url, q, wk, rq, ca;
	struct khttp_limits lim;
	uint64_t cnt[KH_MAX_COUNTERS];
	unsigned int i, j, ncnt;
	int err;

	if ((err = fetch(h, KH_ADMIN_LISTENER, &lsn)) || (err = fetch(h, KH_ADMIN_URL, &url)) ||
	    (err = fetch(h, KH_ADMIN_QUEUE, &q)) || (err = fetch(h, KH_ADMIN_WORKER, &wk)) ||
	    (err = fetch(h, KH_ADMIN_REQUEST, &rq)) || (err = fetch(h, KH_ADMIN_CACHE, &ca)) ||
	    (err = khttp_get_limits(h, &lim)) ||
	    (err = khttp_stats(h, cnt, KH_MAX_COUNTERS, &ncnt)))
		return err;
	{
		/* keyed by (netns, address, port): "*" is every address */
		struct table t = { "listeners", { "address", "#port", "#prefixes", "families" },
				   { "ADDRESS", "PORT", "PREFIXES", "FAMILIES" }, 4, NULL, 0 };

		for (i = 0; i < lsn.n; i++)
			put_row(&t, lsn.e[i].name, fmt("%u", lsn.e[i].port),
				fmt("%" PRIu64, lsn.e[i].value[0]),
				lsn.e[i].value[1] == 3 ? "ipv4,ipv6" :
				lsn.e[i].value[1] == 1 ? "ipv4" : "ipv6");
		print_table(&t, 1);
	}
	{
		struct table t = { "urls", { "prefix", "queue", "#context" },
				   { "PREFIX", "QUEUE", "CONTEXT" }, 3, NULL, 0 };

		for (i = 0; i < url.n; i++)
			put_row(&t, url.e[i].name, queue_name(&q, url.e[i].queue_id),
				fmt("%" PRIu64, url.e[i].id));
		print_table(&t, 0);
	}
	{
		struct table t = { "queues",
			{ "name", "#id", "#workers", "#pending", "#in_flight", "#received",
			  "#answered" },
			{ "NAME", "ID", "WORKERS", "PENDING", "IN-FLIGHT", "RECEIVED", "ANSWERED" },
			7, NULL, 0 };

		for (i = 0; i < q.n; i++) {
			unsigned int nw = 0, nf = 0;

			for (j = 0; j < wk.n; j++)
				nw += wk.e[j].queue_id == q.e[i].id;
			for (j = 0; j < rq.n; j++)
				nf += rq.e[j].queue_id == q.e[i].id && rq.e[j].value[0];
			put_row(&t, q.e[i].name, fmt("%" PRIu64, q.e[i].id), fmt("%u", nw),
				fmt("%" PRIu64, q.e[i].value[0]), fmt("%u", nf),
				fmt("%" PRIu64, q.e[i].value[1]), fmt("%" PRIu64, q.e[i].value[2]));
		}
		print_table(&t, 0);
	}
	{
		struct table t = { "workers", { "queue", "#pid", "abi" },
				   { "QUEUE", "PID", "ABI" }, 3, NULL, 0 };

		for (i = 0; i < wk.n; i++)
			put_row(&t, wk.e[i].name, fmt("%u", wk.e[i].pid), abi_name(wk.e[i].abi));
		print_table(&t, 0);
	}
	{
		struct table t = { "requests", { "#id", "queue", "state", "#connection", "url" },
				   { "ID", "QUEUE", "STATE", "CONNECTION", "URL" }, 5, NULL, 0 };

		for (i = 0; i < rq.n; i++)
			put_row(&t, fmt("%" PRIu64, rq.e[i].id), queue_name(&q, rq.e[i].queue_id),
				rq.e[i].value[0] ? "in-flight" : "pending",
				fmt("%" PRIu64, rq.e[i].value[1]), rq.e[i].name);
		print_table(&t, 0);
	}
	{
		struct table t = { "cache", { "url", "#bytes", "#ttl_ms", "#hits" },
				   { "URL", "BYTES", "TTL-MS", "HITS" }, 4, NULL, 0 };

		for (i = 0; i < ca.n; i++)
			put_row(&t, ca.e[i].name, fmt("%" PRIu64, ca.e[i].value[0]),
				ca.e[i].value[1] == UINT64_MAX ? "-" :
				fmt("%" PRIu64, ca.e[i].value[1]),
				fmt("%" PRIu64, ca.e[i].value[2]));
		print_table(&t, 0);
	}
	limits_table(&lim, 0);
	{
		struct table t = { "counters", { "name", "#value" }, { "NAME", "VALUE" }, 2, NULL, 0 };

		for (i = 0; i < ncnt && i < KH_MAX_COUNTERS; i++) {
			const char *n = khttp_stat_name(i);

			put_row(&t, n ? n : fmt("counter_%u", i), fmt("%" PRIu64, cnt[i]));
		}
		print_table(&t, 0);
	}
	printf(json ? "\n}\n" : "");
	return 0;
}

static int set_limit(khttp *h, const char *name, const char *value)
{
	struct khttp_limits in = { 0 }, out;
	unsigned long long v;
	char *end;
	int i, err;

	for (i = 0; i < 6; i++)
		if (!strcmp(name, limit_names[i]))
			break;
	errno = 0;
	v = strtoull(value, &end, 0);
	if (i == 6 || errno || *end || !*value || value[0] == '-' ||
	    (i != 3 && v > UINT32_MAX)) {
		fprintf(stderr, "khttpctl: set-limit: bad name or value (names:");
		for (i = 0; i < 6; i++)
			fprintf(stderr, " %s", limit_names[i]);
		fprintf(stderr, ")\n");
		return -EINVAL;
	}
	switch (i) {
	case 0: in.max_connections = v; break;
	case 1: in.queue_length = v; break;
	case 2: in.max_header_bytes = v; break;
	case 3: in.max_body_bytes = v; break;
	case 4: in.idle_timeout_ms = v; break;
	case 5: in.header_timeout_ms = v; break;
	}
	err = khttp_set_limits(h, 1u << i, &in, &out);
	if (!err) {
		limits_table(&out, 1);
		printf(json ? "\n}\n" : "");
	}
	return err;
}

static int log_cat(khttp *h, int follow)
{
	char buf[65536];
	long n;

	for (;;) {
		n = khttp_log_read(h, buf, sizeof(buf));
		if (n < 0)
			return n;
		if (n > 0) {
			fwrite(buf, 1, n, stdout);
			fflush(stdout);
			continue;
		}
		if (!follow)
			return 0;
		usleep(200000);	/* the log has no wakeup to poll for: look again */
	}
}

static void usage(FILE *f)
{
	fprintf(f, "usage: khttpctl [--json] [-d DEVICE] show\n"
		   "       khttpctl [-d DEVICE] flush-cache PREFIX\n"
		   "       khttpctl [--json] [-d DEVICE] set-limit NAME VALUE\n"
		   "       khttpctl [-d DEVICE] log [-f]\n");
}

int main(int argc, char **argv)
{
	const char *dev = NULL;
	khttp *h;
	int err, a = 1;

	for (; a < argc && argv[a][0] == '-'; a++) {
		if (!strcmp(argv[a], "--json")) {
			json = 1;
		} else if (!strcmp(argv[a], "-d") && a + 1 < argc) {
			dev = argv[++a];
		} else if (!strcmp(argv[a], "-h") || !strcmp(argv[a], "--help")) {
			usage(stdout);
			return 0;
		} else {
			usage(stderr);
			return 2;
		}
	}
	if (a >= argc) {
		usage(stderr);
		return 2;
	}
	err = dev ? khttp_open_device(&h, dev, 0) : khttp_open(&h, 0);
	if (err) {
		fprintf(stderr, "khttpctl: %s: %s\n", dev ? dev : "/dev/khttp",
			khttp_strerror(err));
		return 1;
	}
	if (!strcmp(argv[a], "show") && argc == a + 1)
		err = show(h);
	else if (!strcmp(argv[a], "flush-cache") && argc == a + 2)
		err = khttp_flush_cache(h, argv[a + 1]);
	else if (!strcmp(argv[a], "set-limit") && argc == a + 3)
		err = set_limit(h, argv[a + 1], argv[a + 2]);
	else if (!strcmp(argv[a], "log") && (argc == a + 1 ||
					      (argc == a + 2 && !strcmp(argv[a + 1], "-f"))))
		err = log_cat(h, argc == a + 2);
	else {
		usage(stderr);
		return 2;
	}
	if (err) {
		fprintf(stderr, "khttpctl: %s: %s\n", argv[a], khttp_strerror(err));
		return 1;
	}
	return 0;
}
