# SPDX-License-Identifier: GPL-2.0
# Guest test groups, sourced by /init (busybox sh). Each group prints one
# "KHTEST <name> PASS|FAIL [why]" line per test; tools/vm knows the names
# (keep its expected_tests() in sync) and fails on a missing or extra line.

kh_result() {
	echo "KHTEST $1 $2${3:+ $3}"
}

# workers run as this user (uid 1000, in the khttp group); khtest-<abi>
# drops to it by itself (kht_main.c), the other programs through --as
KH_AS="khtest-native --as 1000 1000"

# /dev/khttp to the khttp group (gid 900), mode 0660, as udev does
kh_devmode() {
	chgrp 900 /dev/khttp && chmod 0660 /dev/khttp
}

kh_binary() {
	local rc
	# the C tests, built static -m64, -m32 and -mx32 from one source set
	"khtest-$1"
	rc=$?
	[ $rc -eq 0 ] || echo "KHVM khtest-$1 exit $rc"
	return $rc
}

group_native() { kh_binary native; }
group_ia32() { kh_binary ia32; }
group_x32() { kh_binary x32; }

# strace shows the raw command: its size field is the caller's struct size;
# -f: khtest's worker is a child of the root process (the administrator's
# steps, kht_main.c)
group_strace() {
	local rc=0 abi out want mode

	for abi in native ia32 x32; do
		out=$(strace -f -e trace=ioctl "khtest-$abi" version 2>&1)
		want='ioctl(3, _IOC(_IOC_READ, 0xbd, 0x1, 0x10), '
		mode=
		case $abi in
		ia32) mode='runs in 32 bit mode' ;;
		x32) mode='runs in x32 mode' ;;
		esac
		if ! echo "$out" | grep -qF "$want"; then
			kh_result "strace/$abi" FAIL "no '$want' in strace output"
			rc=1
		elif [ -n "$mode" ] && ! echo "$out" | grep -qF "$mode"; then
			kh_result "strace/$abi" FAIL "strace did not say '$mode'"
			rc=1
		elif ! echo "$out" | grep -q 'KHTEST .* PASS'; then
			kh_result "strace/$abi" FAIL "version test failed under strace"
			rc=1
		else
			kh_result "strace/$abi" PASS
		fi
		echo "$out" | grep -F -e ioctl -e 'runs in' | sed 's/^/KHVM strace: /'
	done
	# KH_IOC_ADMIN_LIST (khttpctl show): struct kh_admin_list_args is 32
	# bytes in x86_64, 28 in i386 and x32
	for abi in native ia32 x32; do
		out=$(strace -f -e trace=ioctl "khtest-$abi" admin_list 2>&1)
		case $abi in native) want=0x20 ;; *) want=0x1c ;; esac
		# made by the root process, on a file of its own
		want="_IOC(_IOC_READ|_IOC_WRITE, 0xbd, 0x20, $want), "
		if ! echo "$out" | grep -qF "$want"; then
			kh_result "strace/admin_$abi" FAIL "no '$want' in strace output"
			rc=1
		elif ! echo "$out" | grep -q 'KHTEST .* PASS'; then
			kh_result "strace/admin_$abi" FAIL "admin_list failed under strace"
			rc=1
		else
			kh_result "strace/admin_$abi" PASS
		fi
	done
	strace_access || rc=1
	return $rc
}

# the access ioctls (0x10 add-reservation, 0x12 queue-access) with each ABI's size
strace_access() {
	local rc=0 abi out resv acc
	for abi in native ia32 x32; do
		case $abi in
		native) resv=0x18 acc=0x18 ;;
		*) resv=0x14 acc=0x10 ;;
		esac
		out=$(strace -f -e trace=ioctl "khtest-$abi" access_urls access_queue 2>&1)
		if ! echo "$out" | grep -qF "_IOC(_IOC_WRITE, 0xbd, 0x10, $resv)"; then
			kh_result "strace/access-$abi" FAIL "no add-reservation of size $resv"
			rc=1
		elif ! echo "$out" | grep -qF "_IOC(_IOC_WRITE, 0xbd, 0x12, $acc)"; then
			kh_result "strace/access-$abi" FAIL "no queue-access of size $acc"
			rc=1
		elif [ "$(echo "$out" | grep -c 'KHTEST .* PASS')" -ne 2 ]; then
			kh_result "strace/access-$abi" FAIL "access tests failed under strace"
			rc=1
		else
			kh_result "strace/access-$abi" PASS
		fi
		echo "$out" | grep -F -e '0xbd, 0x10' -e '0xbd, 0x12' | head -n 2 |
			sed 's/^/KHVM strace: /'
	done
	return $rc
}

# the three ABIs' workers gave byte-identical answers to the same client script
http_transcripts() {
	if [ ! -s /tmp/http-native.txt ]; then
		kh_result http/transcripts FAIL "no native transcript (run the native group first)"
		return 1
	fi
	for abi in ia32 x32; do
		if ! cmp -s /tmp/http-native.txt "/tmp/http-$abi.txt"; then
			kh_result http/transcripts FAIL "$abi transcript differs from native"
			diff /tmp/http-native.txt "/tmp/http-$abi.txt" | head -n 20 | sed 's/^/KHVM diff: /'
			return 1
		fi
	done
	echo "KHVM transcripts: $(grep -c '^===' /tmp/http-native.txt) exchanges identical in 3 ABIs"
	kh_result http/transcripts PASS
}

# an i386, an x32 and a 64-bit worker drain one queue together
http_drain() {
	local n=${KH_DRAIN:-10000} abi total=0 out rc=0 pids=""
	for abi in native ia32 x32; do
		"khtest-$abi" --drain-worker >"/tmp/drain-$abi.out" 2>&1 &
		pids="$pids $!"
	done
	for abi in native ia32 x32; do
		while ! grep -q ready "/tmp/drain-$abi.out"; do sleep 0.1; done
	done
	out=$(khtest-native --drain-client "$n" 2>&1) || rc=1
	echo "KHVM $out"
	kill -TERM $pids
	wait $pids
	for abi in native ia32 x32; do
		s=$(sed -n 's/^drain .* served \([0-9]*\)$/\1/p' "/tmp/drain-$abi.out")
		echo "KHVM drain: $abi worker served ${s:-?}"
		total=$((total + ${s:-0}))
	done
	if [ $rc -ne 0 ]; then
		cat /tmp/drain-*.out | sed 's/^/KHVM drain worker: /'
		kh_result http/drain FAIL "client: $out"
	elif [ "$total" -ne "$n" ]; then
		kh_result http/drain FAIL "workers served $total of $n"
		rc=1
	else
		kh_result http/drain PASS
	fi
	return $rc
}

# a real HTTP client: busybox wget, against a 32-bit worker
http_wget() {
	local out rc=0
	khtest-ia32 --drain-worker >/tmp/drain-wget.out 2>&1 &
	while ! grep -q ready /tmp/drain-wget.out; do sleep 0.1; done
	out=$(wget -q -O - "http://127.0.0.1:8090/drain/wget?x=1" 2>&1) || rc=1
	kill -TERM $!
	wait $!
	if [ $rc -eq 0 ] && [ "$out" = "/drain/wget?x=1" ]; then
		kh_result http/wget PASS
	else
		kh_result http/wget FAIL "wget got '$out'"
		rc=1
	fi
	return $rc
}

# unload with a prefix registered, a request queued and a client connected
http_unload() {
	local rc=0
	khtest-x32 --drain-worker >/tmp/drain-unload.out 2>&1 &
	while ! grep -q ready /tmp/drain-unload.out; do sleep 0.1; done
	kill -TERM $!
	wait $!
	# nobody serves now: this request stays queued, its client connected
	(printf 'GET /drain/left HTTP/1.1\r\nHost: d\r\n\r\n'; sleep 30) |
		nc 127.0.0.1 8090 >/tmp/unload-client.out 2>&1 &
	sleep 1
	if rmmod khttp && insmod /khvm/khttp.ko && kh_devmode; then
		sleep 1
		kh_result http/unload PASS
	else
		kh_result http/unload FAIL "rmmod with a queued request and an open connection failed"
		rc=1
	fi
	kill $! 2>/dev/null
	return $rc
}

group_http() {
	local rc=0
	http_transcripts || rc=1
	http_drain || rc=1
	http_wget || rc=1
	http_unload || rc=1
	return $rc
}

slab_kb() {
	awk '$1 == "Slab:" { print $2 }' /proc/meminfo
}

settle() {
	sync
	echo 3 >/proc/sys/vm/drop_caches
	sleep 1
}

# one rmmod/insmod cycle with a 32-bit and a 64-bit open in between
reload_once() {
	rmmod khttp || return 1
	[ ! -e /dev/khttp ] || { echo "KHVM /dev/khttp left after rmmod"; return 1; }
	insmod /khvm/khttp.ko && kh_devmode || return 1
	khtest-ia32 open_close >/dev/null || return 1
	khtest-native open_close >/dev/null || return 1
}

group_module() {
	local rc=0 n i s0 s1 grow
	if [ -c /dev/khttp ] && grep -q '^khttp ' /proc/modules &&
	   [ "$(cut -d: -f1 /sys/class/misc/khttp/dev)" = 10 ]; then
		kh_result module/devnode PASS
	else
		kh_result module/devnode FAIL "no misc char device /dev/khttp"
		rc=1
	fi

	# an open file holds a module reference: rmmod must refuse
	exec 3</dev/khttp
	if rmmod khttp 2>/dev/null; then
		exec 3<&-
		kh_result module/busy_unload FAIL "rmmod succeeded with /dev/khttp open"
		insmod /khvm/khttp.ko && kh_devmode
		rc=1
	else
		exec 3<&-
		if rmmod khttp && insmod /khvm/khttp.ko && kh_devmode; then
			kh_result module/busy_unload PASS
		else
			kh_result module/busy_unload FAIL "rmmod after close failed"
			rc=1
		fi
	fi

	# 50 load/unload cycles, slab usage before/after
	n=${KH_RELOADS:-50}
	i=0
	while [ $i -lt 3 ]; do reload_once || break; i=$((i + 1)); done
	settle
	s0=$(slab_kb)
	cp /proc/slabinfo /tmp/slab0
	i=0
	while [ $i -lt "$n" ]; do
		reload_once || break
		i=$((i + 1))
	done
	settle
	s1=$(slab_kb)
	grow=$(awk 'NR == FNR { if (FNR > 2) a[$1] = $2; next }
		FNR > 2 && $2 - a[$1] >= '"$n"' { printf "%s+%d ", $1, $2 - a[$1] }' \
		/tmp/slab0 /proc/slabinfo)
	echo "KHVM reload: $i/$n cycles, Slab ${s0} kB -> ${s1} kB${grow:+, grew: $grow}"
	if [ "$i" -ne "$n" ]; then
		kh_result module/reload FAIL "cycle $i of $n failed"
		rc=1
	elif [ -n "$grow" ]; then
		kh_result module/reload FAIL "slab caches grew by >= 1 object per cycle: $grow"
		rc=1
	elif [ $((s1 - s0)) -gt "${KH_SLAB_SLACK_KB:-64}" ]; then
		kh_result module/reload FAIL "Slab grew ${s0} -> ${s1} kB"
		rc=1
	else
		kh_result module/reload PASS
	fi
	return $rc
}

# two workers of each ABI race for one request id (boot with --smp 2):
# 2,000 pairs (and 1,000 cancels) natively, a quarter of that per 32-bit ABI
group_race() {
	local rc=0 abi
	echo "KHVM race: $(grep -c ^processor /proc/cpuinfo) CPUs, $(cat /proc/cmdline)"
	KH_RACE_PAIRS=2000 khtest-native --race || rc=1
	for abi in ia32 x32; do
		KH_RACE_PAIRS=500 "khtest-$abi" --race || rc=1
	done
	return $rc
}

# libkhttp and its examples from every ABI (tests/lib/guest.sh, issue 7)
group_lib() { sh /khvm/bin/khlib-guest.sh; }

# the conformance corpus (tests/conformance), whole and one byte per write,
# then Debian's curl against the kernel cache
group_conform() {
	local rc=0 out pid n
	out=$($KH_AS khconform /khvm/conform/*.txt 2>&1) || rc=1
	echo "$out" | grep -E '^KHCONF (FAIL|SOURCE|CLASS|TOTAL)' | head -n 80 | sed 's/^/KHVM /'
	if [ $rc -eq 0 ]; then
		kh_result conform/corpus PASS
	else
		kh_result conform/corpus FAIL "$(echo "$out" | grep -c '^KHCONF FAIL') cases failed"
	fi
	$KH_AS khconform --worker >/tmp/conform-worker.out 2>&1 &
	pid=$!
	n=0
	while ! grep -q ready /tmp/conform-worker.out && [ $n -lt 100 ]; do
		sleep 0.1
		n=$((n + 1))
	done
	out=$(sh /khvm/conform/curl.sh 2>&1)
	if [ $? -eq 0 ]; then
		kh_result conform/curl PASS
	else
		kh_result conform/curl FAIL "$(echo "$out" | grep -c 'curl: FAIL') checks failed"
		rc=1
	fi
	echo "$out" | sed 's/^/KHVM /'
	kill $pid
	wait $pid 2>/dev/null
	return $rc
}

# issue 13's races for a bounded time (KH_STRESS_SECS, default 60): run
# with --smp 2 and slub_debug; a use-after-free shows in the kernel log
group_stress() {
	khtest-native --stress "${KH_STRESS_SECS:-60}"
}
