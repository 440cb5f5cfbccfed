#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
# bench/http/report.sh on made-up guest logs (no VM, no timing): a complete
# run prints its ratios line with the no-op ratios; a run with a cell that
# measured nothing (KHB fail) fails with that server's log and prints no
# ratios; a run next to another QEMU is marked as loaded.
set -u
out=${1:-build/tests/bench}
rm -rf "$out"; mkdir -p "$out"
fail=0
bad() { echo "check-bench-report: FAIL: $*"; fail=1; }

mklog() {	# file rps_of_static-x32_at_100k_16_close
	{
		echo "KHB start uptime=1 cpus=2 dur=1 runs=2 kernel=test slab_poison=0 order=interleaved"
		for run in 1 2; do
			for size in 64 1k 10k 100k mix; do
				for conns in 1 16; do
					for ka in ka close; do
						for s in nginx cache static-x86_64 static-i386 static-x32 memory-x86_64 memory-i386 memory-x32; do
							rps=1000
							case $s in cache) rps=3500 ;; static-*|memory-*) rps=1100 ;; esac
							total=$((rps * 1))
							echo "KHB cell server=$s size=$size conns=$conns conn=$ka run=$run rps=$rps bad=0 total=$total"
						done
					done
				done
			done
			echo "KHB run_done run=$run uptime=2"
		done
		echo "KHB log server=static-x32 KHB ready"
		for a in x86_64 i386 x32; do
			echo "KHB noop abi=$a n=10 ioctl_ns=1000 getppid_ns=600 clock_ns=30"
		done
		echo "KHB done uptime=3 bench_seconds=2"
	} >"$1"
}

mklog "$out/ok.log"
printf 'bench-http: host load before: 0.10 0.20 0.30, other QEMUs running: 0\nbench-http: host load after: 0.20 0.20 0.30\n' >"$out/quiet.host"
if ! sh bench/http/report.sh "$out/ok.log" "$out/ok" "$out/quiet.host" >"$out/ok.txt" 2>&1; then
	bad "a complete run failed"; cat "$out/ok.txt"
fi
last=$(tail -n 1 "$out/ok.txt")
case $last in
"cache/nginx=3.50 worker64/nginx=1.10 worker_i386/worker64=1.00 worker_x32/worker64=1.00 noop/getppid=1.67 noop_i386/noop64=1.00") ;;
*) bad "ratios line of a complete run: '$last'" ;;
esac
grep -q 'cache/nginx >= 3, 64 B-10 KiB.*met' "$out/ok.txt" || bad "goal line cache/nginx >= 3 missing"
grep -q 'static worker64/nginx >= 1, every cell .*1.10.*met' "$out/ok.txt" || bad "every-cell goal line missing"
[ -s "$out/ok/logs/static-x32.log" ] || bad "no logs/static-x32.log"

# the x32 static worker stops answering in one cell: the run must fail
sed 's/\(server=static-x32 size=100k conns=16 conn=close run=1\) rps=1100 bad=0 total=1100/\1 rps=0 bad=0 total=0/' \
	"$out/ok.log" >"$out/zero.log"
grep -q 'rps=0 bad=0 total=0' "$out/zero.log" || bad "test log not changed"
echo "KHB fail server=static-x32 rps=0 bad=0 total=0 (no answers, or < 95 % 2xx)" >>"$out/zero.log"
echo "KHB log server=static-x32 khb: receive: Connection reset by peer" >>"$out/zero.log"
if sh bench/http/report.sh "$out/zero.log" "$out/zero" "$out/quiet.host" >"$out/zero.txt" 2>&1; then
	bad "a run with a cell of 0 requests passed"
fi
grep -q '^cache/nginx=' "$out/zero.txt" && bad "a failed run printed its ratios line"
grep -q 'FAILED.*' "$out/zero.txt" || bad "a failed run did not say FAILED"
grep -q 'Connection reset by peer' "$out/zero.txt" || bad "a failed run did not show the server's log"

# the same without the guest's KHB fail line (an older or broken guest.sh):
# the report itself refuses a cell of 0 requests, and one of 10 % errors
grep -v '^KHB fail' "$out/zero.log" >"$out/zero2.log"
sh bench/http/report.sh "$out/zero2.log" "$out/zero2" "$out/quiet.host" >"$out/zero2.txt" 2>&1 &&
	bad "a 0 cell without the guest's fail line passed"
grep -q '^cache/nginx=' "$out/zero2.txt" && bad "a 0 cell printed the ratios line"
sed 's/\(server=memory-i386 size=1k conns=1 conn=ka run=2\) rps=1100 bad=0 total=1100/\1 rps=1100 bad=110 total=1100/' \
	"$out/ok.log" >"$out/bad.log"
grep -q 'bad=110 total=1100' "$out/bad.log" || bad "test log not changed (10 % bad)"
sh bench/http/report.sh "$out/bad.log" "$out/bad" "$out/quiet.host" >"$out/bad.txt" 2>&1 &&
	bad "a cell of 10 % bad answers passed"

# another QEMU on the host: marked, never compared silently
printf 'bench-http: host load before: 2.10 1.20 0.30, other QEMUs running: 1\nbench-http: host load after: 1.90 1.20 0.30\n' >"$out/loaded.host"
sh bench/http/report.sh "$out/ok.log" "$out/loaded" "$out/loaded.host" >"$out/loaded.txt" 2>&1 || bad "loaded run failed"
tail -n 1 "$out/loaded.txt" | grep -q 'loaded_host=1$' || bad "a loaded host's run is not marked"
grep -q 'LOADED HOST' "$out/loaded.txt" || bad "goals of a loaded run not marked"

# the bench's own QEMU leaves a 1-minute load of ~2 after the run: what
# decides is the rest of the host's CPU time during it (others.sh)
hz=$(getconf CLK_TCK)
printf '0m0.010000s 0m0.000000s\n10m0.000000s 0m30.000000s\n' >"$out/times.txt"
others=$(sh bench/http/others.sh 1000 $((1000 + 750 * hz)) 600 <"$out/times.txt")
case $others in
*"other processes during the run: 120 s in 600 s (0.20 cores; the bench itself 630 s)"*) ;;
*) bad "others.sh: $others" ;;
esac
{ printf 'bench-http: host load before: 0.40 0.20 0.30, other QEMUs running: 0\nbench-http: host load after: 1.95 1.50 0.90\n'
  printf 'bench-http: CPU of other processes during the run: 18 s in 1200 s (0.02 cores; the bench itself 2300 s)\n'; } >"$out/own.host"
sh bench/http/report.sh "$out/ok.log" "$out/own" "$out/own.host" >"$out/own.txt" 2>&1 || bad "own-load run failed"
tail -n 1 "$out/own.txt" | grep -q 'loaded_host' && bad "the bench's own QEMU marked its run as loaded"
{ printf 'bench-http: host load before: 0.40 0.20 0.30, other QEMUs running: 0\nbench-http: host load after: 1.95 1.50 0.90\n'
  printf 'bench-http: CPU of other processes during the run: 720 s in 1200 s (0.60 cores; the bench itself 2000 s)\n'; } >"$out/busy.host"
sh bench/http/report.sh "$out/ok.log" "$out/busy" "$out/busy.host" >"$out/busy.txt" 2>&1 || bad "busy run failed"
tail -n 1 "$out/busy.txt" | grep -q 'loaded_host=1$' || bad "a host busy with other work is not marked"

[ $fail -eq 0 ] && echo "check-bench-report: 7 runs checked (complete, a 0 cell with and without the guest's fail line, 10 % bad answers, a loaded host, the bench's own load, a host busy with other work) and others.sh: passed"
exit $fail
