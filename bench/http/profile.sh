#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
# bench/http/profile.sh LOG OUTDIR: the profiles of one bench-http-perf
# guest run -> OUTDIR/<server>.txt (perf stat's counters per request, self
# time by symbol, time with callees) and OUTDIR/summary.txt (printed).
set -eu
log=$1 out=$2
mkdir -p "$out"
rm -f "$out"/*.txt
awk -v out="$out" '
/^KHB profile_begin / { split($3, a, "="); s = a[2]; f = out "/" s ".txt"
	if (NF >= 4) { split($4, a, "="); path = a[2] }
	if (NF >= 5) { split($5, a, "="); conns = a[2] }; next }
/^KHB profile_end / { close(f); s = ""; next }
s != "" { print > f }
/^KHB profile_stat / { for (i = 3; i <= NF; i++) { split($i, a, "="); v[a[1]] = a[2] }
	rps[v["server"]] = v["rps"]; secs[v["server"]] = v["seconds"] }
/^KHB profile_counter / { split($3, a, "="); n = split($0, c, ","); sub(/^.* /, "", c[1])
	cnt[a[2], c[3]] = c[1]; if (!(a[2] in seen)) { seen[a[2]] = 1; order[++ns] = a[2] } }
/^KHB profile_comm / { for (i = 3; i <= NF; i++) { split($i, a, "="); v[a[1]] = a[2] }
	cm = v["comm"]; if (cm == "swapper") idle[v["server"]] = v["share"]; else { busy[v["server"]] += v["us_per_req"]; if (v["us_per_req"] >= 10) who[v["server"]] = who[v["server"]] " " cm "=" v["us_per_req"] } }
END {
	o = out "/summary.txt"
	printf "bench-http-perf: %s, keep-alive, %s connections (QEMU TCG: compare servers, not absolute numbers)\n", (path != "" ? path : "/1k"), (conns != "" ? conns : 16) > o
	printf "ctx-sw/req: context switches per request (perf stat -a); busy us/req: CPU time per request, idle excluded\n" > o
	printf "(perf record -a, cpu-clock at 499 Hz), by process (ld-wrk = wrk, ld-nginx = nginx, kworker = khttp connection work);\n" > o
	printf "idle: the share of samples in which a vCPU had nothing to run\n\n" > o
	printf "%-14s %8s %10s %12s %6s  %s\n", "server", "req/s", "ctx-sw/req", "busy us/req", "idle", "by process, us/req" > o
	for (i = 1; i <= ns; i++) {
		x = order[i]; r = rps[x] * secs[x]
		if (r <= 0) continue
		printf "%-14s %8.0f %10.2f %12.0f %6s %s\n", x, rps[x], cnt[x, "context-switches"] / r, busy[x], (x in idle ? idle[x] : "-"), who[x] > o
	}
}' "$log"
cat "$out/summary.txt"
for f in "$out"/*.txt; do [ "${f##*/}" = summary.txt ] || echo "bench-http-perf: profile $f"; done
