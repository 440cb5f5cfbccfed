# SPDX-License-Identifier: GPL-2.0
# bench/http in the guest (busybox sh; tools/vm --run): every server against
# the same files, with wrk at 1 and 16 connections, keep-alive and
# Connection: close; then the ioctl round trip per ABI. Prints "KHB ..."
# lines that bench/http/report.sh turns into the table.
#
# All servers run at once, each on its own port, and take turns cell by
# cell (the order rotates from one cell to the next): on a shared, noisy
# host a change of load then hits every server of a cell alike, and the
# report's ratios are of runs taken next to each other.
#   KHB_DUR   seconds per wrk run (default 2)
#   KHB_RUNS  runs per cell (default 3; the report takes the median)
#   KHB_SERVERS  which servers (default: all)
#   KHB_PROFILE  servers to profile instead (make bench-http-perf): perf
#             record -a -g and perf stat of the keep-alive cell of
#             KHB_PROFILE_PATH (default /1k) at KHB_PROFILE_CONNS
#             connections (default 16), KHB_PROFILE_DUR seconds (default 10)
#   KHB_NOOP  only the no-op ioctl against getppid(), per ABI, this many
#             times (make bench-noop; no server, no wrk); KHB_NOOP_PERF=1:
#             then perf record -g of each ABI's no-op loop
D=${KHB_DUR:-2}
RUNS=${KHB_RUNS:-3}
SERVERS=${KHB_SERVERS:-"nginx cache static-x86_64 static-i386 static-x32 memory-x86_64 memory-i386 memory-x32"}
PROFILE=${KHB_PROFILE:-}
PD=${KHB_PROFILE_DUR:-10}
PPATH=${KHB_PROFILE_PATH:-/1k}
PCONNS=${KHB_PROFILE_CONNS:-16}
NOOP=${KHB_NOOP:-}
#   KHB_DIR   where khb-*, nginx.conf are (default /add/bench, the guest's)
B=${KHB_DIR:-/add/bench}
WWW=/tmp/www
export PATH=$B:$PATH:/usr/sbin

# in the guest wrk, nginx and perf are Debian's dynamic binaries run through
# their own loader and libraries (bench/http/pack.sh): the loader's copy
# ld-<program> names the process for perf; on a real machine (docs/bench.md)
# the installed ones
if [ -x /opt/lib/ld-linux-x86-64.so.2 ]; then
	opt() { local p=$1; shift; /opt/lib/ld-"$p" --library-path /opt/lib "/opt/bin/$p" "$@"; }
else
	opt() { "$@"; }
fi
wrk() { opt wrk "$@"; }
perf() { opt perf "$@"; }

uptime_s() { cut -d' ' -f1 /proc/uptime; }
t0=$(uptime_s)
echo "KHB start uptime=$t0 cpus=$(grep -c ^processor /proc/cpuinfo) dur=$D runs=$RUNS kernel=$(uname -r) slab_poison=$(cat /sys/kernel/slab/kmalloc-64/poison 2>/dev/null) order=interleaved"
khb-x86_64 mkfiles $WWW || exit 1

# nginx's port is in nginx.conf; each khttp server has its own queue and port
port_of() {
	case $1 in
	nginx) echo 8080 ;;
	cache) echo 8081 ;;
	static-x86_64) echo 8082 ;;
	static-i386) echo 8083 ;;
	static-x32) echo 8084 ;;
	memory-x86_64) echo 8085 ;;
	memory-i386) echo 8086 ;;
	memory-x32) echo 8087 ;;
	*) echo "KHB error server=$1 unknown" >&2; return 1 ;;
	esac
}
RTT_PORT=8090

# one wrk run: prints req/s, the count of bad answers (non-2xx, socket
# errors) and the count of requests wrk completed
run_wrk() {	# conns keepalive(ka|close) path port
	local hdr= script= path=$3 out rps bad total
	[ "$2" = close ] && hdr="-H Connection:close"
	[ "$3" = /mix ] && script="-s $WWW/mix.lua" path=/
	out=$(wrk -t1 -c"$1" -d"${D}s" $hdr $script "http://127.0.0.1:$4$path" 2>&1)
	rps=$(echo "$out" | sed -n 's/^Requests\/sec: *\([0-9.]*\).*/\1/p')
	total=$(echo "$out" | sed -n 's/^ *\([0-9]*\) requests in .*/\1/p')
	bad=$(echo "$out" | sed -n 's/.*Non-2xx or 3xx responses: *\([0-9]*\).*/\1/p')
	err=$(echo "$out" | sed -n 's/.*Socket errors: connect \([0-9]*\), read \([0-9]*\), write \([0-9]*\), timeout \([0-9]*\).*/\1 \2 \3 \4/p')
	for e in $err; do bad=$((${bad:-0} + e)); done
	echo "${rps:-0} ${bad:-0} ${total:-0}"
}

# a cell measured nothing if the server answered nothing or fewer than 95 %
# of its answers were 2xx: say so with the server's own log and the
# kernel's counters for its queue; the report then fails the run
cell_ok() {	# server rps bad total
	local good=$(($4 - $3))
	[ "$4" -gt 0 ] && [ $((good * 100)) -ge $(($4 * 95)) ] &&
		awk -v r="$2" 'BEGIN { exit !(r > 0) }' && return 0
	echo "KHB fail server=$1 rps=$2 bad=$3 total=$4 (no answers, or < 95 % 2xx)"
	server_log "$1"
	return 1
}

# a server's stderr/stdout and, for khttp's, its queue's counters
server_log() {	# server
	local p
	p=$(port_of "$1") || return
	case $1 in
	nginx) sed "s/^/KHB log server=$1 /" /tmp/nginx-error.log 2>/dev/null ;;
	*)
		sed "s/^/KHB log server=$1 /" "/tmp/khb-$p.out" 2>/dev/null
		khb-x86_64 stats "fail-$1" "$p" 2>&1 | sed "s/^/KHB log server=$1 /" ;;
	esac
}

# the answer must be the file, byte for byte
check_body() {	# server port
	local f
	for f in 64 1k 10k 100k mix/42; do
		if ! wget -q -O /tmp/got "http://127.0.0.1:$2/$f" || ! cmp -s /tmp/got "$WWW/$f"; then
			echo "KHB error server=$1 path=/$f wrong or no answer"
			return 1
		fi
	done
}

pids=
start_khb() {	# abi mode port
	local out=/tmp/khb-$3.out pid
	khb-"$1" serve "$2" "$WWW" "$3" >"$out" 2>&1 &
	pid=$!
	pids="$pids $pid"
	while ! grep -q '^KHB ready' "$out"; do
		kill -0 $pid 2>/dev/null || { cat "$out"; return 1; }
		sleep 0.1
	done
}

start_server() {	# server
	local p
	p=$(port_of "$1") || return 1
	case $1 in
	nginx)
		opt nginx -c $B/nginx.conf -p /tmp/ -e /tmp/nginx-error.log &
		while ! wget -q -O /dev/null "http://127.0.0.1:$p/64" 2>/dev/null; do sleep 0.1; done ;;
	cache) start_khb x86_64 cache "$p" ;;
	*) start_khb "${1#*-}" "${1%-*}" "$p" ;;
	esac
}

stop_servers() {
	# the shell running opt() is not nginx: stop nginx by its own pid
	[ -f /tmp/nginx.pid ] && kill "$(cat /tmp/nginx.pid)" 2>/dev/null
	for p in $pids; do kill "$p" 2>/dev/null; wait "$p" 2>/dev/null; done
	pids=
	head -5 /tmp/nginx-error.log 2>/dev/null
}

# the servers, rotated left by $1
rotate() {
	local k=$1 i
	shift
	i=$((k % $#))
	while [ $i -gt 0 ]; do set -- "$@" "$1"; shift; i=$((i - 1)); done
	echo "$@"
}

# warm up (fills the kernel cache: the first GET of each URL reaches the
# worker; the memory worker's table; nginx's page cache use) and check
warm_up() {	# servers
	local s
	for s in "$@"; do
		D=1 run_wrk 1 ka /mix "$(port_of "$s")" >/dev/null
		check_body "$s" "$(port_of "$s")" || return 1
	done
}

cells() {
	local run size conns ka r s turn=0
	for run in $(seq "$RUNS"); do
		for size in 64 1k 10k 100k mix; do
			for conns in 1 16; do
				for ka in ka close; do
					for s in $(rotate $turn $SERVERS); do
						set -- $(run_wrk $conns $ka /$size "$(port_of "$s")")
						echo "KHB cell server=$s size=$size conns=$conns conn=$ka run=$run rps=$1 bad=$2 total=$3"
						cell_ok "$s" "$1" "$2" "$3" || return 1
					done
					turn=$((turn + 1))
				done
			done
		done
		echo "KHB run_done run=$run uptime=$(uptime_s)"
	done
}

# perf: where the guest's two CPUs spend a keep-alive cell (cpu-clock: TCG
# has no PMU), and the software counters per request
profile() {	# server
	local p rps wpid
	p=$(port_of "$1") || return 1
	echo "KHB profile_begin server=$1 path=$PPATH conns=$PCONNS"
	# wrk runs a second longer than perf looks, on both sides
	wrk -t1 -c"$PCONNS" -d"$((PD + 2))s" "http://127.0.0.1:$p$PPATH" >/tmp/wrk.txt 2>&1 &
	wpid=$!
	sleep 1
	perf stat -a -x, -e cpu-clock,context-switches,cpu-migrations,page-faults \
		-o /tmp/perf-stat.txt -- sleep "$PD"
	wait $wpid
	rps=$(sed -n 's/^Requests\/sec: *\([0-9.]*\).*/\1/p' /tmp/wrk.txt)
	echo "KHB profile_stat server=$1 seconds=$PD rps=$rps"
	grep -v '^#' /tmp/perf-stat.txt | grep . | sed "s/^/KHB profile_counter server=$1 /"
	wrk -t1 -c"$PCONNS" -d"$((PD + 2))s" "http://127.0.0.1:$p$PPATH" >/tmp/wrk.txt 2>&1 &
	wpid=$!
	sleep 1
	perf record -q -a -g -e cpu-clock -F 499 -o /tmp/perf.data -- sleep "$PD"
	wait $wpid
	rps=$(sed -n 's/^Requests\/sec: *\([0-9.]*\).*/\1/p' /tmp/wrk.txt)
	echo "KHB profile_record server=$1 seconds=$PD rps=$rps"
	# CPU time per request by process (swapper: idle): a sample is 1/499 s
	perf script -i /tmp/perf.data -F comm 2>/dev/null | awk -v s="$1" -v rps="$rps" -v d="$PD" '
		{ c = $1; sub(/\/.*/, "", c); n[c]++; t++ }
		END { r = rps * d; for (c in n) printf "KHB profile_comm server=%s comm=%s samples=%d share=%.1f%% us_per_req=%.0f\n", s, c, n[c], 100 * n[c] / t, (r > 0 ? 1e6 * n[c] / 499 / r : 0) }' | sort -t= -k4 -rn
	echo "KHB profile_self server=$1 (self time by symbol, all CPUs)"
	perf report -i /tmp/perf.data --stdio --no-children --sort dso,sym -g none \
		--percent-limit 0.4 2>/dev/null | grep -v '^#' | grep . | head -50
	echo "KHB profile_children server=$1 (time including callees, top)"
	perf report -i /tmp/perf.data --stdio --children --sort sym -g none \
		--percent-limit 0.3 2>/dev/null | grep -v '^#' | grep . >/tmp/children.txt
	head -40 /tmp/children.txt
	echo "KHB profile_module server=$1 (khttp's own functions, time including callees)"
	grep -E '\] (khttp_|kh_|conn_|__kh_)' /tmp/children.txt | head -60
	for sym in vsnprintf queue_work_on read_hpet try_to_wake_up; do
		echo "KHB profile_callers server=$1 symbol=$sym"
		perf report -i /tmp/perf.data --stdio --no-children --sort sym -S "$sym" \
			-g caller,2,callee,function,percent --max-stack 12 2>/dev/null |
			grep -v '^#' | grep . | head -40
	done
	echo "KHB profile_end server=$1"
}

# the no-op ioctl per ABI (the round trip's last line), then where its
# time goes: perf record -g of the same loop, the module's and the
# syscall path's symbols
noop_only() {
	local abi i
	for i in $(seq "$NOOP"); do
		for abi in x86_64 i386 x32; do khb-$abi noop 100000; done
	done
	[ "${KHB_NOOP_PERF:-}" = 1 ] || return 0
	echo 0 >/proc/sys/kernel/kptr_restrict
	echo -1 >/proc/sys/kernel/perf_event_paranoid
	for abi in x86_64 i386 x32; do
		echo "KHB noop_profile_begin abi=$abi"
		perf record -q -g -e cpu-clock -F 4999 -o /tmp/perf.data -- khb-$abi noop 100000
		perf report -i /tmp/perf.data --stdio --no-children --sort sym -g none \
			--percent-limit 0.5 2>/dev/null | grep -v '^#' | grep .
		echo "KHB noop_profile_children abi=$abi"
		perf report -i /tmp/perf.data --stdio --children --sort sym -g none \
			--percent-limit 1 2>/dev/null | grep -v '^#' | grep . | head -60
		echo "KHB noop_profile_end abi=$abi"
	done
}

if [ -n "$NOOP" ]; then
	noop_only
	echo "KHB done uptime=$(uptime_s) bench_seconds=$(awk -v a="$t0" -v b="$(uptime_s)" 'BEGIN { printf "%.0f", b - a }')"
	exit 0
fi

if [ -n "$PROFILE" ]; then
	# what perf needs to name kernel and module symbols (/proc/kallsyms)
	echo 0 >/proc/sys/kernel/kptr_restrict
	echo -1 >/proc/sys/kernel/perf_event_paranoid
	for s in $PROFILE; do start_server "$s" || exit 1; done
	warm_up $PROFILE || exit 1
	for s in $PROFILE; do profile "$s"; done
	stop_servers
	echo "KHB done uptime=$(uptime_s) bench_seconds=$(awk -v a="$t0" -v b="$(uptime_s)" 'BEGIN { printf "%.0f", b - a }')"
	exit 0
fi

for s in $SERVERS; do start_server "$s" || exit 1; done
warm_up $SERVERS || exit 1
case " $SERVERS " in *" cache "*) khb-x86_64 stats before-cache "$(port_of cache)" ;; esac
if ! cells; then
	# a cell that measured nothing ends the run: every later cell would be
	# a ratio of nothing (the report fails on the KHB fail line)
	for s in $SERVERS; do server_log "$s"; done
	stop_servers
	echo "KHB done uptime=$(uptime_s) bench_seconds=$(awk -v a="$t0" -v b="$(uptime_s)" 'BEGIN { printf "%.0f", b - a }')"
	exit 0
fi
case " $SERVERS " in *" cache "*) khb-x86_64 stats after-cache "$(port_of cache)" ;; esac
for s in $SERVERS; do server_log "$s"; done
stop_servers

# the ioctl round trip per ABI: a memory worker times 5000 receive+send
# pairs while wrk keeps 16 connections busy; then no-op ioctl vs getppid()
for abi in x86_64 i386 x32; do
	khb-$abi rtt "$WWW" $RTT_PORT 5000 >/tmp/rtt.out 2>&1 &
	pid=$!
	sleep 0.5
	wrk -t1 -c16 -d60s http://127.0.0.1:$RTT_PORT/64 >/dev/null 2>&1 &
	wpid=$!
	wait $pid
	kill $wpid 2>/dev/null; wait $wpid 2>/dev/null
	grep '^KHB' /tmp/rtt.out || cat /tmp/rtt.out
	khb-$abi noop 100000
done
echo "KHB done uptime=$(uptime_s) bench_seconds=$(awk -v a="$t0" -v b="$(uptime_s)" 'BEGIN { printf "%.0f", b - a }')"
