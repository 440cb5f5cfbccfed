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
/^KHB profile_begin / { split($3, a, "="); s = a[2]; f = out "/" s ".txt"; next }
/^KHB profile_end / { close(f); s = ""; next }
s != "" { print > f }
/^KHB profile_stat / { for (i = 3; i <= NF; i++) { split($i, a, "="); v[a[1]] = a[2] }
	rps[v["server"]] = v["rps"]; secs[v["server"]] = v["seconds"] }
/^KHB profile_counter / { split($3, a, "="); n = split($0, c, ","); sub(/^.* /, "", c[1])
	cnt[a[2], c[3]] = c[1]; if (!(a[2] in seen)) { seen[a[2]] = 1; order[++ns] = a[2] } }
END {
	printf "bench-http-perf: 1 KiB, keep-alive, 16 connections; perf stat -a over the run (QEMU TCG: ratios only)\n" > out "/summary.txt"
	printf "%-14s %10s %14s %14s %14s\n", "server", "req/s", "cpu-ms/req", "ctx-sw/req", "faults/req" > out "/summary.txt"
	for (i = 1; i <= ns; i++) {
		x = order[i]; r = rps[x] * secs[x]
		if (r <= 0) continue
		printf "%-14s %10.0f %14.3f %14.2f %14.2f\n", x, rps[x], cnt[x, "cpu-clock"] / r, cnt[x, "context-switches"] / r, cnt[x, "page-faults"] / r > out "/summary.txt"
	}
}' "$log"
cat "$out/summary.txt"
for f in "$out"/*.txt; do [ "${f##*/}" = summary.txt ] || echo "bench-http-perf: profile $f"; done
