# SPDX-License-Identifier: GPL-2.0
# bench/http in the guest (busybox sh; tools/vm --run): every server against
# the same files, with wrk at 1 and 16 connections, keep-alive and
# Connection: close; then the ioctl round trip per ABI. Prints "KHB ..."
# lines that bench/http/report.sh turns into the table.
#   KHB_DUR   seconds per wrk run (default 2)
#   KHB_RUNS  runs per cell (default 3; the report takes the median)
#   KHB_SERVERS  which servers (default: all)
D=${KHB_DUR:-2}
RUNS=${KHB_RUNS:-3}
SERVERS=${KHB_SERVERS:-"nginx cache static-x86_64 static-i386 static-x32 memory-x86_64 memory-i386 memory-x32"}
#   KHB_DIR   where khb-*, nginx.conf are (default /add/bench, the guest's)
B=${KHB_DIR:-/add/bench}
WWW=/tmp/www
export PATH=$B:$PATH:/usr/sbin

# in the guest wrk and nginx are Debian's dynamic binaries run through
# their own loader and libraries (bench/http/pack.sh); on a real machine
# (docs/bench.md) the installed ones
if [ -x /opt/lib/ld-linux-x86-64.so.2 ]; then
	opt() { /opt/lib/ld-linux-x86-64.so.2 --library-path /opt/lib "/opt/bin/$@"; }
else
	opt() { "$@"; }
fi
wrk() { opt wrk "$@"; }

t0=$(cut -d' ' -f1 /proc/uptime)
echo "KHB start uptime=$t0 cpus=$(grep -c ^processor /proc/cpuinfo) dur=$D runs=$RUNS kernel=$(uname -r) slab_poison=$(cat /sys/kernel/slab/kmalloc-64/poison 2>/dev/null)"
khb-x86_64 mkfiles $WWW || exit 1

# one wrk run: prints req/s and the count of bad answers (non-2xx, errors)
run_wrk() {	# conns keepalive(ka|close) path port
	local hdr= script= path=$3 out rps bad
	[ "$2" = close ] && hdr="-H Connection:close"
	[ "$3" = /mix ] && script="-s $WWW/mix.lua" path=/
	out=$(wrk -t1 -c"$1" -d"${D}s" $hdr $script "http://127.0.0.1:$4$path" 2>&1)
	rps=$(echo "$out" | sed -n 's/^Requests\/sec: *\([0-9.]*\).*/\1/p')
	bad=$(echo "$out" | sed -n 's/.*Non-2xx or 3xx responses: *\([0-9]*\).*/\1/p')
	err=$(echo "$out" | sed -n 's/.*Socket errors: connect \([0-9]*\), read \([0-9]*\), write \([0-9]*\), timeout \([0-9]*\).*/\1 \2 \3 \4/p')
	for e in $err; do bad=$((${bad:-0} + e)); done
	echo "${rps:-0} ${bad:-0}"
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

cells() {	# server port
	local run size conns ka r
	# warm up: fills the kernel cache (first GET of each URL reaches the
	# worker), the memory worker's table and nginx's page cache use
	D=1 run_wrk 1 ka /mix "$2" >/dev/null
	check_body "$1" "$2" || return 1
	for run in $(seq "$RUNS"); do
		for size in 64 1k 10k 100k mix; do
			for conns in 1 16; do
				for ka in ka close; do
					r=$(run_wrk $conns $ka /$size "$2")
					echo "KHB cell server=$1 size=$size conns=$conns conn=$ka run=$run rps=${r% *} bad=${r#* }"
				done
			done
		done
	done
}

start_khb() {	# abi mode
	khb-"$1" serve "$2" "$WWW" >/tmp/khb.out 2>&1 &
	pid=$!
	while ! grep -q '^KHB ready' /tmp/khb.out; do
		kill -0 $pid 2>/dev/null || { cat /tmp/khb.out; return 1; }
		sleep 0.1
	done
}

stop() { kill "$pid" 2>/dev/null; wait "$pid" 2>/dev/null; }

for s in $SERVERS; do
	ts=$(cut -d' ' -f1 /proc/uptime)
	case $s in
	nginx)
		opt nginx -c $B/nginx.conf -p /tmp/ -e /tmp/nginx-error.log &
		pid=$!
		sleep 1
		cells nginx 8080
		# $! may be the shell running opt(): stop nginx by its own pid
		kill "$(cat /tmp/nginx.pid)" 2>/dev/null
		stop
		cat /tmp/nginx-error.log 2>/dev/null | head -5 ;;
	cache)
		start_khb x86_64 cache || exit 1
		khb-x86_64 stats before-cache
		cells cache 8081
		khb-x86_64 stats after-cache
		stop ;;
	static-*|memory-*)
		start_khb "${s#*-}" "${s%-*}" || exit 1
		cells "$s" 8081
		stop ;;
	esac
	echo "KHB server_time server=$s seconds=$(awk -v a="$ts" -v b="$(cut -d' ' -f1 /proc/uptime)" 'BEGIN { printf "%.0f", b - a }')"
done

# the ioctl round trip per ABI: a memory worker times 5000 receive+send
# pairs while wrk keeps 16 connections busy; then no-op ioctl vs getppid()
for abi in x86_64 i386 x32; do
	khb-$abi rtt "$WWW" 5000 >/tmp/rtt.out 2>&1 &
	pid=$!
	sleep 0.5
	wrk -t1 -c16 -d60s http://127.0.0.1:8081/64 >/dev/null 2>&1 &
	wpid=$!
	wait $pid
	kill $wpid 2>/dev/null; wait $wpid 2>/dev/null
	grep '^KHB' /tmp/rtt.out || cat /tmp/rtt.out
	khb-$abi noop 20000
done
echo "KHB done uptime=$(cut -d' ' -f1 /proc/uptime) bench_seconds=$(awk -v a="$t0" -v b="$(cut -d' ' -f1 /proc/uptime)" 'BEGIN { printf "%.0f", b - a }')"
