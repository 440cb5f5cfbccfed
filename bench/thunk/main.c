// SPDX-License-Identifier: GPL-2.0 OR MIT
/*
 * bench/thunk: ns per capture and per emit of a realistic request and
 * response, for x86_64 (native) and i386/x32 (compat), generated thunks
 * next to a plain memcpy of the same bytes and the table interpreter.
 * Not a test: it prints what it measures, targets met or not.
 *
 * capture = what an entry thunk does on the send path: copy the top view in
 * from (simulated) user memory, capture the graph into a fresh arena, free
 * it. emit = the receive path: measure, lay out in a staging buffer, one
 * copy to the user, free. The user memory is kh_usim's (a bounds check and
 * memcpy per access; its per-byte fetch counting is switched off here).
 *
 * "floor" columns time the runtime's part alone (arena or staging buffer,
 * the copies, the frees) without any thunk: what neither generated code nor
 * the interpreter can go below with this runtime.
 *
 * bench/thunk --icount GRAPH ABI OP N (GRAPH kh_request or kh_response,
 * ABI x86_64, ia32 or x32, OP capture or emit, or another column:
 * capture-interp, emit-interp, memcpy, capture-floor, emit-floor) runs it N times
 * in icount_loop and nothing else after the setup, for
 * valgrind --tool=callgrind --toggle-collect=icount_loop: instructions per
 * call, deterministic where the ns are not (bench/thunk/icount runs it).
 *
 * Each number is the median of REPS batches; the last line gives medians of
 * the ratios: compat/native over {request, response} x {capture, emit} x
 * {i386, x32} (generated code), generated/memcpy and interpreter/generated
 * over {request, response} x {capture, emit} x all three ABIs.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "bench.h"
#include "kh_interp.h"
#include "kh_test_graphs.h"
#include "kh_usim.h"

#define REPS 15
#define BATCH_NS 2000000.0	/* each batch runs about this long */

enum op {
	OP_CAP_GEN, OP_CAP_INT, OP_EMIT_GEN, OP_EMIT_INT, OP_MEMCPY,
	OP_CAP_FLOOR, OP_EMIT_FLOOR,	/* the runtime alone: no thunk, no interpreter */
	OP_NR
};

struct job {
	const char *graph;
	const struct kh_test_type *tt;
	int id;			/* the interpreter's record */
	int abi;
	const void *g;		/* the native graph */
	char *ubuf;		/* the caller's image of it */
	size_t size;
	char *scratch;		/* memcpy's destination */
	double ns[OP_NR];
};

static void die(const char *what, int err)
{
	fprintf(stderr, "bench/thunk: %s: %d\n", what, err);
	exit(1);
}

static const struct kh_test_type *find_type(const char *name)
{
	for (unsigned int i = 0; i < kh_test_type_count; i++)
		if (!strcmp(kh_test_types[i].name, name))
			return &kh_test_types[i];
	die(name, -1);
	return NULL;
}

/*
 * The send path; keeps the arena when out is given. how: 0 generated,
 * 1 interpreted, 2 neither (what the runtime alone costs).
 */
static void capture_as(struct job *j, int how, struct kh_ctx *c, void **out)
{
	const struct kh_test_type *tt = j->tt;
	void *view, *g;
	int err;

	kh_ctx_init(c, j->abi, NULL);
	err = kh_alloc(c, &view, 1, tt->view_size[j->abi], tt->view_align[j->abi]);
	if (!err)
		err = kh_copy_in(c, view, j->ubuf, tt->view_size[j->abi]);
	if (!err)
		err = kh_alloc(c, &g, 1, tt->native_size, tt->native_align);
	if (!err && how == 0)
		err = tt->capture[j->abi](c, g, view);
	else if (!err && how == 1)
		err = kh_interp_capture(j->abi, j->id, c, g, view);
	if (err)
		die("capture", err);
	if (out)
		*out = g;
	else
		kh_ctx_release(c);
}

static void capture(struct job *j, bool interp, struct kh_ctx *c, void **out)
{
	capture_as(j, interp ? 1 : 0, c, out);
}

/* the receive path, into the job's image; how as for capture_as */
static void emit_as(struct job *j, int how)
{
	const struct kh_test_type *tt = j->tt;
	size_t top = tt->view_size[j->abi];
	size_t need = how == 0 ? tt->measure[j->abi](top, j->g) :
		      how == 1 ? kh_interp_measure(j->abi, j->id, top, j->g) : j->size;
	struct kh_emitter e;
	void *dst;
	int err;

	if (need != j->size)
		die("measure", (int)need);
	err = kh_emit_begin(&e, j->ubuf, need);
	if (err)
		die("emit_begin", err);
	dst = kh_emit_alloc(&e, 1, top, tt->view_align[j->abi]);
	if (how == 0)
		tt->emit[j->abi](&e, dst, j->g);
	else if (how == 1)
		kh_interp_emit(j->abi, j->id, &e, dst, j->g);
	else
		e.off = need;	/* as if laid out: the same one copy */
	err = kh_emit_finish(&e);
	if (err)
		die("emit_finish", err);
}

static void run(struct job *j, enum op op)
{
	struct kh_ctx c;

	switch (op) {
	case OP_CAP_GEN:
	case OP_CAP_INT:
	case OP_CAP_FLOOR:
		capture_as(j, op == OP_CAP_GEN ? 0 : op == OP_CAP_INT ? 1 : 2, &c, NULL);
		break;
	case OP_EMIT_GEN:
	case OP_EMIT_INT:
	case OP_EMIT_FLOOR:
		emit_as(j, op == OP_EMIT_GEN ? 0 : op == OP_EMIT_INT ? 1 : 2);
		break;
	default:
		memcpy(j->scratch, j->ubuf, j->size);
		__asm__ volatile("" : : "r"(j->scratch) : "memory");
		break;
	}
}

static double now_ns(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec * 1e9 + ts.tv_nsec;
}

static int cmp_double(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;

	return x < y ? -1 : x > y;
}

static double median(double *v, int n)
{
	qsort(v, n, sizeof(*v), cmp_double);
	return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

/* ns per op: the median of REPS batches of a calibrated length */
static double measure_op(struct job *j, enum op op)
{
	double t[REPS], t0;
	long n = 1;

	for (;;) {	/* calibrate; doubles as the warm-up */
		t0 = now_ns();
		for (long i = 0; i < n; i++)
			run(j, op);
		if (now_ns() - t0 >= BATCH_NS / 4)
			break;
		n *= 2;
	}
	n = (long)(n * (BATCH_NS / (now_ns() - t0 + 1))) + 1;
	for (int r = 0; r < REPS; r++) {
		t0 = now_ns();
		for (long i = 0; i < n; i++)
			run(j, op);
		t[r] = (now_ns() - t0) / n;
	}
	return median(t, REPS);
}

static void setup(struct job *j, const char *graph, const void *g, int abi)
{
	struct kh_ctx gc, ic;
	struct kh_emitter e;
	char where[128] = "";
	void *gg, *ig, *dst;

	j->graph = graph;
	j->tt = find_type(graph);
	j->id = kh_interp_find(graph);
	j->abi = abi;
	j->g = g;
	j->size = j->tt->measure[abi](j->tt->view_size[abi], g);
	j->ubuf = kh_usim_alloc(j->size, abi == KH_LAYOUT_X86_64 ? 0 : KH_USIM_LOW32);
	j->scratch = malloc(j->size);
	if (j->id < 0 || !j->scratch || kh_emit_begin(&e, j->ubuf, j->size))
		die("setup", -1);
	dst = kh_emit_alloc(&e, 1, j->tt->view_size[abi], j->tt->view_align[abi]);
	j->tt->emit[abi](&e, dst, g);
	if (kh_emit_finish(&e))
		die("first emit", -1);
	/* what is timed is also right: both captures give the graph back */
	capture(j, false, &gc, &gg);
	capture(j, true, &ic, &ig);
	if (!j->tt->equal(g, gg, where, sizeof(where)) ||
	    !j->tt->equal(g, ig, where, sizeof(where))) {
		fprintf(stderr, "bench/thunk: %s %s: capture differs at %s\n", graph,
			kh_layout_abi_names[abi], where);
		exit(1);
	}
	kh_ctx_release(&gc);
	kh_ctx_release(&ic);
}

/* what callgrind counts in --icount mode: n runs of op, nothing else */
static __attribute__((noinline)) void icount_loop(struct job *j, enum op op, long n)
{
	for (long i = 0; i < n; i++)
		run(j, op);
}

/* --icount's OP names, one per column of the table */
static const char *const icount_ops[OP_NR] = { "capture", "capture-interp", "emit",
					       "emit-interp", "memcpy", "capture-floor",
					       "emit-floor" };

static int icount(char **argv)
{
	struct job j;
	int abi = -1;
	enum op op = OP_NR;
	const void *g = !strcmp(argv[1], "kh_request") ? (const void *)bench_request() :
			!strcmp(argv[1], "kh_response") ? (const void *)bench_response() : NULL;

	for (int a = 0; a < KH_LAYOUT_NABI; a++)
		if (!strcmp(argv[2], kh_layout_abi_names[a]))
			abi = a;
	for (int o = 0; o < OP_NR; o++)
		if (!strcmp(argv[3], icount_ops[o]))
			op = o;
	if (abi < 0 || op == OP_NR || !g)
		die("--icount GRAPH ABI capture|emit|capture-interp|emit-interp|memcpy|"
		    "capture-floor|emit-floor N", -1);
	setup(&j, argv[1], g, abi);
	run(&j, op);	/* first touch of the buffers: not counted */
	icount_loop(&j, op, atol(argv[4]));
	return 0;
}

int main(int argc, char **argv)
{
	static const char *const op_names[OP_NR] = { "cap gen", "cap interp", "emit gen",
						     "emit interp", "memcpy", "cap floor",
						     "emit floor" };
	struct job jobs[2 * KH_LAYOUT_NABI];
	double cn[8], gm[12], ig[12];
	int ncn = 0, ngm = 0, nig = 0;

	kh_usim_set_counting(false);
	if (argc == 6 && !strcmp(argv[1], "--icount"))
		return icount(argv + 1);
	for (int abi = 0; abi < KH_LAYOUT_NABI; abi++) {
		setup(&jobs[abi], "kh_request", bench_request(), abi);
		setup(&jobs[KH_LAYOUT_NABI + abi], "kh_response", bench_response(), abi);
	}
	printf("bench/thunk: ns per operation, median of %d batches of ~%.0f ms\n", REPS,
	       BATCH_NS / 1e6);
	printf("%-12s %-7s %6s", "graph", "abi", "bytes");
	for (int op = 0; op < OP_NR; op++)
		printf(" %12s", op_names[op]);
	printf("\n");
	for (int i = 0; i < 2 * KH_LAYOUT_NABI; i++) {
		struct job *j = &jobs[i];

		for (int op = 0; op < OP_NR; op++)
			j->ns[op] = measure_op(j, op);
		printf("%-12s %-7s %6zu", j->graph, kh_layout_abi_names[j->abi], j->size);
		for (int op = 0; op < OP_NR; op++)
			printf(" %12.0f", j->ns[op]);
		printf("\n");
	}
	for (int i = 0; i < 2 * KH_LAYOUT_NABI; i++) {
		struct job *j = &jobs[i], *native = &jobs[i - i % KH_LAYOUT_NABI];

		for (int op = OP_CAP_GEN; op <= OP_EMIT_GEN; op += 2) {
			if (j->abi != KH_LAYOUT_X86_64)
				cn[ncn++] = j->ns[op] / native->ns[op];
			gm[ngm++] = j->ns[op] / j->ns[OP_MEMCPY];
			ig[nig++] = j->ns[op + 1] / j->ns[op];
		}
	}
	printf("ratios (capture, emit) per graph and ABI:\n");
	for (int i = 0; i < 2 * KH_LAYOUT_NABI; i++) {
		struct job *j = &jobs[i], *native = &jobs[i - i % KH_LAYOUT_NABI];

		printf("  %-12s %-7s compat/native %5.2f %5.2f  generated/memcpy %6.2f %6.2f"
		       "  interpreter/generated %5.2f %5.2f\n", j->graph,
		       kh_layout_abi_names[j->abi], j->ns[OP_CAP_GEN] / native->ns[OP_CAP_GEN],
		       j->ns[OP_EMIT_GEN] / native->ns[OP_EMIT_GEN],
		       j->ns[OP_CAP_GEN] / j->ns[OP_MEMCPY], j->ns[OP_EMIT_GEN] / j->ns[OP_MEMCPY],
		       j->ns[OP_CAP_INT] / j->ns[OP_CAP_GEN], j->ns[OP_EMIT_INT] / j->ns[OP_EMIT_GEN]);
	}
	printf("targets: compat/native <= 1.1, generated/memcpy <= 2, interpreter/generated >= 5\n");
	printf("compat/native=%.2f generated/memcpy=%.2f interpreter/generated=%.2f\n",
	       median(cn, ncn), median(gm, ngm), median(ig, nig));
	return 0;
}
