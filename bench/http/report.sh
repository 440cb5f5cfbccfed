#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
# bench/http/report.sh LOG OUTDIR [HOSTLOG]: the "KHB ..." lines of one
# guest run -> OUTDIR/http.csv (every cell: median, min, max, ratio to
# nginx), OUTDIR/http.txt (the table, printed too), OUTDIR/http.png
# (gnuplot), OUTDIR/logs/<server>.log (each server's own output).
# A cell that measured nothing (KHB fail: no answers, < 95 % 2xx) fails the
# run: exit 1, and no ratios line. HOSTLOG (the host's load and the other
# QEMUs around the run) marks a run on a loaded host as not comparable.
# mawk-compatible awk: Debian's default awk has no asort.
set -eu
log=$1 out=$2 hostlog=${3:-}
mkdir -p "$out" "$out/logs"
rm -f "$out"/http.dat-* "$out"/logs/*.log
grep '^KHB ' "$log" >"$out/http.raw" || { echo "bench-http: no results in $log" >&2; exit 1; }
# loaded: another QEMU ran when the run began, or the rest of the host took
# a quarter of a core or more while the guest ran (bench/http/others.sh;
# 2 cores, and the bench's own QEMU keeps both busy). Logs from before that
# line: the host's 1-minute load >= 1 before or after.
loaded=0 hostinfo="host load not recorded"
if [ -n "$hostlog" ] && [ -s "$hostlog" ]; then
	hostinfo=$(tr '\n' ' ' <"$hostlog" | sed 's/bench-http: //g')
	loaded=$(awk '
		/load before/ { split($0, a, "load before: "); split(a[2], b, " "); if (b[1] + 0 >= 1) la = 1
			n = $0; sub(/.*other QEMUs running: /, "", n); if (n + 0 > 0) l = 1 }
		/load after/ { split($0, a, "load after: "); split(a[2], b, " "); if (b[1] + 0 >= 1) la = 1 }
		/CPU of other processes/ { c = $0; sub(/.*s \(/, "", c); sub(/ cores.*/, "", c); others = 1
			if (c + 0 >= 0.25) l = 1 }
		END { print (l || (!others && la)) + 0 }' "$hostlog")
fi

set +e
awk -v csv="$out/http.csv" -v dat="$out/http.dat" -v logs="$out/logs" \
	-v loaded="$loaded" -v hostinfo="$hostinfo" '
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
	# the guest says so too (KHB fail); a log from an older guest.sh has no total
	if (f["rps"] + 0 <= 0 || ("total" in f && (f["total"] + 0 <= 0 || (f["total"] - f["bad"]) * 100 < f["total"] * 95)))
		fails = fails "\n  " $0 "  (no answers, or < 95 % 2xx)"
}
$2 == "rtt" { kv(); rtt_r[f["abi"]] = f["recv_ns"]; rtt_s[f["abi"]] = f["send_ns"] }
$2 == "noop" { kv(); ioc[f["abi"]] = f["ioctl_ns"]; sys[f["abi"]] = f["getppid_ns"]; clk[f["abi"]] = f["clock_ns"] }
$2 == "stats" { kv(); st[f["label"]] = $0 }
$2 == "start" { kv(); cpus = f["cpus"]; dur = f["dur"]; runs = f["runs"]; kern = f["kernel"] }
$2 == "done" { kv(); secs = f["bench_seconds"] }
$2 == "error" { errors = errors "\n  " $0 }
$2 == "fail" { fails = fails "\n  " $0 }
$2 == "log" {	# KHB log server=S <line>: into logs/S.log
	p = index($0, " server="); rest = substr($0, p + 8); q = index(rest, " ")
	sv = q ? substr(rest, 1, q - 1) : rest
	print (q ? substr(rest, q + 1) : "") > (logs "/" sv ".log")
}
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
	printf "host: %s\n", hostinfo
	if (fails != "") {
		printf "\nbench-http: FAILED: a cell measured nothing (servers logs: %s/):%s\n", logs, fails
		exit 1
	}
	k = SUBSEP "1k" SUBSEP "16" SUBSEP "ka"
	r1 = pratio("cache" k, "nginx" k); s1 = sprintf("%.2f-%.2f", lo, hi)
	r2 = pratio("static-x86_64" k, "nginx" k); s2 = sprintf("%.2f-%.2f", lo, hi)
	r3 = pratio("static-i386" k, "static-x86_64" k); s3 = sprintf("%.2f-%.2f", lo, hi)
	r4 = pratio("static-x32" k, "static-x86_64" k); s4 = sprintf("%.2f-%.2f", lo, hi)
	# the no-op ioctl: the worst ABI against its own getppid(); i386 against x86_64
	r5 = 0; for (a = 1; a <= 3; a++) if (sys[abis[a]] > 0 && ioc[abis[a]] / sys[abis[a]] > r5) { r5 = ioc[abis[a]] / sys[abis[a]]; w5 = abis[a] }
	r6 = ioc["x86_64"] > 0 ? ioc["i386"] / ioc["x86_64"] : 0
	printf "\ngoals (median of per-run ratios over %s runs, min-max over the runs in brackets%s):\n", runs, (loaded ? "; LOADED HOST: not comparable" : "")
	goal_min("cache", "nginx", "64 1k 10k", "16 ka", 3, "cache/nginx >= 3, 64 B-10 KiB, 16 conn keep-alive")
	goal_min("cache", "nginx", "100k", "16 ka", 1.5, "cache/nginx >= 1.5, 100 KiB, 16 conn keep-alive")
	goal_min("cache", "nginx", "64 1k 10k", "1 ka", 1.5, "cache/nginx >= 1.5, 64 B-10 KiB, 1 conn keep-alive")
	goal_min("static-x86_64", "nginx", "64 1k 10k 100k mix", "1 ka|1 close|16 ka|16 close", 1, "static worker64/nginx >= 1, every cell")
	goal_min("memory-x86_64", "nginx", "64 1k 10k 100k mix", "1 ka|1 close|16 ka|16 close", 1, "memory worker64/nginx >= 1, every cell")
	goal_min("static-i386", "static-x86_64", "64 1k 10k 100k mix", "1 ka|1 close|16 ka|16 close", 0.95, "static i386/worker64 >= 0.95, every cell")
	goal_min("static-x32", "static-x86_64", "64 1k 10k 100k mix", "1 ka|1 close|16 ka|16 close", 0.95, "static x32/worker64 >= 0.95, every cell")
	goal_min("memory-i386", "memory-x86_64", "64 1k 10k 100k mix", "1 ka|1 close|16 ka|16 close", 0.95, "memory i386/worker64 >= 0.95, every cell")
	goal_min("memory-x32", "memory-x86_64", "64 1k 10k 100k mix", "1 ka|1 close|16 ka|16 close", 0.95, "memory x32/worker64 >= 0.95, every cell")
	printf "  %-56s %.2f (%s)  %s\n", "no-op ioctl/getppid() <= 2, worst ABI", r5, w5, (r5 > 0 && r5 <= 2 ? "met" : "NOT met")
	printf "  %-56s %.2f  %s\n", "no-op ioctl i386/x86_64 <= 1.10", r6, (r6 > 0 && r6 <= 1.10 ? "met" : "NOT met")
	printf "  (1 KiB, 16 conn keep-alive: cache/nginx %.2f [%s], worker64/nginx %.2f [%s], i386/worker64 %.2f [%s], x32/worker64 %.2f [%s])\n", r1, s1, r2, s2, r3, s3, r4, s4
	printf "  measured under TCG emulation: only the ratios mean anything, and they too carry emulation cost (see docs/bench.md)\n"
	printf "cache/nginx=%s worker64/nginx=%s worker_i386/worker64=%s worker_x32/worker64=%s noop/getppid=%s noop_i386/noop64=%s%s\n", fr(r1), fr(r2), fr(r3), fr(r4), fr(r5), fr(r6), (loaded ? " loaded_host=1" : "")
}
# a ratio for the last line; na when a server was not in this run (never 0)
function fr(r) { return r > 0 ? sprintf("%.2f", r) : "na" }
# the worst cell of server s against server sr over the sizes and columns
# given: one goal line with that cell, its per-run spread and met / NOT met;
# a server not in this run is said so, never counted as met
function goal_min(s, sr, szs, cls, want, text,   nz, zz, nc, cc, z, c, k, kr, r, w, wl, wh, wc, x) {
	nz = split(szs, zz, " "); nc = split(cls, cc, "|"); w = -1
	for (z = 1; z <= nz; z++) for (c = 1; c <= nc; c++) {
		split(cc[c], x, " ")
		k = s SUBSEP zz[z] SUBSEP x[1] SUBSEP x[2]; kr = sr SUBSEP zz[z] SUBSEP x[1] SUBSEP x[2]
		if (!(k in med) || !(kr in med)) continue
		r = pratio(k, kr)
		if (w < 0 || r < w) { w = r; wl = lo; wh = hi; wc = zz[z] " " x[1] " conn " x[2] }
	}
	if (w < 0) { printf "  %-56s not measured (server not in this run)\n", text; return }
	printf "  %-56s %.2f [%.2f-%.2f] worst at %s  %s\n", text, w, wl, wh, wc, (w >= want ? "met" : "NOT met")
}' "$out/http.raw" >"$out/http.txt"
rc=$?
set -e
if [ $rc -ne 0 ]; then
	cat "$out/http.txt"
	for f in "$out"/logs/*.log; do [ -s "$f" ] && { echo "--- $f"; tail -n 20 "$f"; }; done
	exit 1
fi

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
