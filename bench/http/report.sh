#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
# bench/http/report.sh LOG OUTDIR: the "KHB ..." lines of one guest run ->
# OUTDIR/http.csv (every cell: median, min, max, ratio to nginx),
# OUTDIR/http.txt (the table, printed too), OUTDIR/http.png (gnuplot).
# mawk-compatible awk: Debian's default awk has no asort.
set -eu
log=$1 out=$2
mkdir -p "$out"
rm -f "$out"/http.dat-*
grep '^KHB ' "$log" >"$out/http.raw" || { echo "bench-http: no results in $log" >&2; exit 1; }

awk -v csv="$out/http.csv" -v dat="$out/http.dat" '
function kv(   i, p) {	# the fields of this line into f[]
	delete f
	for (i = 3; i <= NF; i++) { p = index($i, "="); f[substr($i, 1, p - 1)] = substr($i, p + 1) }
}
function amedian(a, n,   i, j, t) {	# of a[1..n], sorted in place; sets lo, hi
	for (i = 2; i <= n; i++) for (j = i; j > 1 && a[j - 1] > a[j]; j--) { t = a[j]; a[j] = a[j - 1]; a[j - 1] = t }
	lo = a[1]; hi = a[n]
	return n % 2 ? a[(n + 1) / 2] : (a[n / 2] + a[n / 2 + 1]) / 2
}
function median(k,   i, a) {	# of the runs of cell k; sets lo, hi
	for (i = 1; i <= n[k]; i++) a[i] = v[k, rl[k, i]] + 0
	return amedian(a, n[k])
}
# the median of per-run ratios k/kr: run i of k against run i of kr, taken
# next to each other (guest.sh interleaves the servers); sets lo, hi, 0 if none
function pratio(k, kr,   i, r, m, a) {
	m = 0
	for (i = 1; i <= n[k]; i++) { r = rl[k, i]; if ((kr, r) in v && v[kr, r] > 0) a[++m] = v[k, r] / v[kr, r] }
	if (!m) { lo = hi = 0; return 0 }
	return amedian(a, m)
}
$2 == "cell" {
	kv(); k = f["server"] SUBSEP f["size"] SUBSEP f["conns"] SUBSEP f["conn"]
	if (!(k in n)) { n[k] = 0; keys[++nk] = k }
	rl[k, ++n[k]] = f["run"]; v[k, f["run"]] = f["rps"]; bad[k] += f["bad"]
	if (!(f["server"] in seen)) { seen[f["server"]] = 1; servers[++ns] = f["server"] }
}
$2 == "rtt" { kv(); rtt_r[f["abi"]] = f["recv_ns"]; rtt_s[f["abi"]] = f["send_ns"] }
$2 == "noop" { kv(); ioc[f["abi"]] = f["ioctl_ns"]; sys[f["abi"]] = f["getppid_ns"]; clk[f["abi"]] = f["clock_ns"] }
$2 == "stats" { kv(); st[f["label"]] = $0 }
$2 == "start" { kv(); cpus = f["cpus"]; dur = f["dur"]; runs = f["runs"]; kern = f["kernel"] }
$2 == "done" { kv(); secs = f["bench_seconds"] }
$2 == "error" { errors = errors "\n  " $0 }
END {
	for (i = 1; i <= nk; i++) { k = keys[i]; med[k] = median(k); mn[k] = lo; mx[k] = hi }
	print "server,size,conns,connection,runs,median_rps,min_rps,max_rps,bad_answers,ratio_to_nginx,ratio_min,ratio_max" > csv
	nsz = split("64 1k 10k 100k mix", sizes, " ")
	split("1 ka|1 close|16 ka|16 close", cols, "|")
	printf "bench-http: req/s, median of %s runs of %s s (spread: min-max as %% of the median), x = ratio to nginx\n", runs, dur
	printf "(servers interleaved cell by cell; a ratio is the median of the per-run ratios, run i against nginx run i)\n"
	printf "guest: %s, %s vCPUs under QEMU TCG (software emulation): absolute numbers mean nothing, only ratios do\n", kern, cpus
	for (z = 1; z <= nsz; z++) {
		printf "\n%-14s", sizes[z] (sizes[z] == "mix" ? " (SPECweb)" : " B")
		for (c = 1; c <= 4; c++) { split(cols[c], cc, " "); printf " | %-24s", cc[1] " conn " (cc[2] == "ka" ? "keep-alive" : "close") }
		printf "\n"
		for (s = 1; s <= ns; s++) {
			printf "%-14s", servers[s]
			for (c = 1; c <= 4; c++) {
				split(cols[c], cc, " ")
				k = servers[s] SUBSEP sizes[z] SUBSEP cc[1] SUBSEP cc[2]
				kn = "nginx" SUBSEP sizes[z] SUBSEP cc[1] SUBSEP cc[2]
				if (!(k in med)) { printf " | %-24s", "-"; continue }
				r = pratio(k, kn); rlo = lo; rhi = hi
				sp = med[k] > 0 ? 100 * (mx[k] - mn[k]) / med[k] : 0
				printf " | %7.0f ±%3.0f%% %5.2fx%s", med[k], sp / 2, r, bad[k] ? "!" : " "
				printf "%s,%s,%s,%s,%d,%.1f,%.1f,%.1f,%d,%.3f,%.3f,%.3f\n", servers[s], sizes[z], cc[1], cc[2] == "ka" ? "keep-alive" : "close", n[k], med[k], mn[k], mx[k], bad[k], r, rlo, rhi > csv
				if (cc[1] == 16 && cc[2] == "ka") printf "%s %.1f\n", z, med[k] > (dat "-" servers[s])
			}
			printf "\n"
		}
	}
	printf "\n(! = some answers were not 2xx or wrk saw socket errors; see http.csv)\n"
	printf "\nioctl round trip, ns (median; a memory worker, wrk keeping 16 connections busy):\n"
	printf "%-8s %12s %12s %12s %14s %14s %10s\n", "abi", "receive", "send", "pair", "no-op ioctl", "getppid()", "clock"
	split("x86_64 i386 x32", abis, " ")
	for (a = 1; a <= 3; a++) {
		x = abis[a]
		printf "%-8s %12s %12s %12s %14s %14s %10s\n", x, rtt_r[x], rtt_s[x], rtt_r[x] + rtt_s[x], ioc[x], sys[x], clk[x]
		printf "rtt,%s,recv_ns=%s,send_ns=%s,noop_ioctl_ns=%s,getppid_ns=%s,clock_ns=%s\n", x, rtt_r[x], rtt_s[x], ioc[x], sys[x], clk[x] > csv
	}
	if ("after-cache" in st) printf "\nkernel counters around the cells (to_this_queue: requests that reached the cache server worker):\n  %s\n  %s\n", st["before-cache"], st["after-cache"]
	if (errors != "") printf "\nerrors:%s\n", errors
	printf "\nguest bench time: %s s\n", secs
	k = SUBSEP "1k" SUBSEP "16" SUBSEP "ka"
	r1 = pratio("cache" k, "nginx" k); s1 = sprintf("%.2f-%.2f", lo, hi)
	r2 = pratio("static-x86_64" k, "nginx" k); s2 = sprintf("%.2f-%.2f", lo, hi)
	r3 = pratio("static-i386" k, "static-x86_64" k); s3 = sprintf("%.2f-%.2f", lo, hi)
	r4 = pratio("static-x32" k, "static-x86_64" k); s4 = sprintf("%.2f-%.2f", lo, hi)
	printf "\ngoals (1 KiB, keep-alive, 16 connections; worker = the static worker, file-range chunks;\n"
	printf "median of per-run ratios, min-max over the runs in brackets):\n"
	printf "  cache/nginx >= 2:             %.2f [%s]  %s\n", r1, s1, (r1 >= 2 ? "met" : "NOT met")
	printf "  worker64/nginx >= 1:          %.2f [%s]  %s\n", r2, s2, (r2 >= 1 ? "met" : "NOT met")
	printf "  worker_i386/worker64 >= 0.95: %.2f [%s]  %s\n", r3, s3, (r3 >= 0.95 ? "met" : "NOT met")
	printf "  (worker_x32/worker64: %.2f [%s]; memory workers: x86_64/nginx %.2f, i386/x86_64 %.2f)\n", r4, s4, pratio("memory-x86_64" k, "nginx" k), pratio("memory-i386" k, "memory-x86_64" k)
	printf "  measured under TCG emulation: only the ratios mean anything, and they too carry emulation cost (see docs/bench.md)\n"
	printf "cache/nginx=%.2f worker64/nginx=%.2f worker_i386/worker64=%.2f worker_x32/worker64=%.2f\n", r1, r2, r3, r4
}' "$out/http.raw" >"$out/http.txt"

# the plot: req/s by file size, one line per server (16 connections,
# keep-alive); log scale because the cache and 100 KiB differ by 10x+
if command -v gnuplot >/dev/null; then
	plot=
	for f in "$out"/http.dat-*; do
		plot="$plot${plot:+, }'$f' using 1:2 with linespoints lw 2 title '${f##*/http.dat-}'"
	done
	gnuplot <<GP
set terminal pngcairo size 960,600 noenhanced
set output '$out/http.png'
set title 'khttp vs nginx: req/s by file size (16 connections, keep-alive; QEMU TCG: compare ratios only)'
set xlabel 'file'
set ylabel 'requests per second (log)'
set logscale y
set grid
set key outside right
set xtics ('64 B' 1, '1 KiB' 2, '10 KiB' 3, '100 KiB' 4, 'mix' 5)
set xrange [0.7:5.3]
plot $plot
GP
	echo "bench-http: plot $out/http.png; table $out/http.txt; data $out/http.csv"
fi
cat "$out/http.txt"	# last: its last line is the ratios line
