# SPDX-License-Identifier: GPL-2.0
# tools/vm's "lib" group, in the guest (busybox sh, run by suite.sh's
# group_lib as /khvm/bin/khlib-guest.sh; mk/lib.mk's lib-guest puts it there). For each ABI: the library's unit
# tests, its functional tests (khlib-<abi>), and each example worker built
# against the library, fetched with busybox wget. Result lines:
#	KHTEST lib/<abi>/<test> PASS|FAIL [why]
# tools/vm's expected_tests() lists the same names (keep them in sync).

KL_PORT=8081
KL_SITE=/tmp/klsite
# the example workers run as the worker user (uid 1000, the khttp group,
# for good: khtest --as sets real, effective and saved ids); khstat shows
# the module-wide counters: the administrator's (root), refused to the
# worker user. khlib-<abi> runs its administrator's tests (module-wide
# counters, limits) as root and every other test as uid 1000 (klt_main.c)
KL_AS="khtest-native --as 1000 1000"

kl_result() {
	echo "KHTEST lib/$1 $2${3:+ $3}"
}

# Waits until the worker's output says it is listening (or it died). The
# output file must be new: the previous ABI's worker wrote the same words in
# it, and the truncation by the new worker's redirection may come after the
# first grep (that race looked like a port refusing connections for a moment
# after a worker registered; the kernel's add-url returns with the port
# listening: tests/vm's relisten). So a refusal now is a failure.
kl_ready() {
	local i=0
	while ! grep -q "$2" "$1" 2>/dev/null; do
		i=$((i + 1))
		[ $i -gt 100 ] && return 1
		sleep 0.05
	done
	if wget -q -O /dev/null "http://127.0.0.1:$KL_PORT/" 2>&1 | grep -q refused; then
		echo "KHVM port $KL_PORT refused right after the worker was ready"
		return 1
	fi
}

# the status line of a raw request; the client keeps its side open a while:
# the kernel closes a connection whose client ended its stream
kl_status() {
	(printf '%s\r\nHost: k\r\nConnection: close\r\n\r\n' "$1"; sleep 1) |
		nc 127.0.0.1 $KL_PORT | head -n 1 | tr -d '\r'
}

kl_unit() {
	local out
	if out=$($KL_AS "khunit-$1" 2>&1); then	# the worker user: no device needed
		kl_result "$1/unit" PASS
	else
		kl_result "$1/unit" FAIL "$(echo "$out" | grep '^not ok' | head -n 3 | tr '\n' ' ')"
		return 1
	fi
}

kl_hello() {
	local abi=$1 out1 out2 want
	rm -f /tmp/kl-hello.out
	$KL_AS "hello-$abi" -n 2 "http://+:$KL_PORT/hello/" >/tmp/kl-hello.out 2>&1 &
	kl_ready /tmp/kl-hello.out ready || { kl_result "$abi/example_hello" FAIL "not ready: $(cat /tmp/kl-hello.out)"; return 1; }
	out1=$(wget -q -O - "http://127.0.0.1:$KL_PORT/hello/") 
	out2=$(wget -q -O - "http://127.0.0.1:$KL_PORT/hello/again")
	want="Hello from khttp: a $abi worker answered."
	if ! wait $!; then
		kl_result "$abi/example_hello" FAIL "exit status $?: $(cat /tmp/kl-hello.out)"
	elif [ "$out1" != "$want" ] || [ "$out2" != "$want" ]; then
		kl_result "$abi/example_hello" FAIL "got '$out1' / '$out2'"
	else
		kl_result "$abi/example_hello" PASS
		return 0
	fi
	return 1
}

kl_echo() {
	local abi=$1 post get why=
	rm -f /tmp/kl-echo.out
	$KL_AS "echo-$abi" -n 2 "http://+:$KL_PORT/echo/" >/tmp/kl-echo.out 2>&1 &
	kl_ready /tmp/kl-echo.out ready || { kl_result "$abi/example_echo" FAIL "not ready"; return 1; }
	post=$(wget -q -O - --header 'X-Test: yes' --post-data 'a=1&b=2' \
		"http://127.0.0.1:$KL_PORT/echo/p?q=1" | tr -d '\r')
	get=$(wget -q -O - "http://127.0.0.1:$KL_PORT/echo/g" | tr -d '\r')
	wait $! || why="exit status $?"
	[ "$(echo "$post" | head -n 1)" = "POST /echo/p?q=1 HTTP/1.1" ] || why="$why request line"
	echo "$post" | grep -qx 'X-Test: yes' || why="$why X-Test"
	echo "$post" | grep -qx 'Content-Length: 7' || why="$why Content-Length"
	echo "$post" | grep -qx 'Host: 127.0.0.1:8081' || why="$why Host"
	[ "$(echo "$post" | tail -n 1)" = 'a=1&b=2' ] || why="$why body"
	[ "$(echo "$get" | head -n 1)" = "GET /echo/g HTTP/1.1" ] || why="$why GET line"
	if [ -n "$why" ]; then
		kl_result "$abi/example_echo" FAIL "$why; got: $(echo "$post" | tr '\n' '|')"
		return 1
	fi
	kl_result "$abi/example_echo" PASS
}

kl_site() {
	rm -rf $KL_SITE
	mkdir -p $KL_SITE/sub
	echo '<html><body>khttp static example</body></html>' >$KL_SITE/index.html
	echo 'a page in a directory' >$KL_SITE/sub/page.txt
	dd if=/dev/urandom of=$KL_SITE/big.bin bs=1024 count=300 2>/dev/null
	: >$KL_SITE/empty.txt
}

# each ABI's worker under its own prefix: the kernel may cache what the
# previous one sent (TTL policy), and each run makes new random content
kl_static() {
	local abi=$1 why= f s p=static-$1
	kl_site
	rm -f /tmp/kl-static.out
	$KL_AS "static-$abi" $KL_SITE "http://+:$KL_PORT/$p/" >/tmp/kl-static.out 2>&1 &
	kl_ready /tmp/kl-static.out serving || { kl_result "$abi/example_static" FAIL "not ready"; return 1; }
	for f in index.html sub/page.txt big.bin empty.txt; do
		wget -q -O /tmp/kl-got "http://127.0.0.1:$KL_PORT/$p/$f" &&
			cmp -s /tmp/kl-got "$KL_SITE/$f" || why="$why $f"
	done
	# twice more: with a cache policy the kernel may answer these itself
	wget -q -O /tmp/kl-got "http://127.0.0.1:$KL_PORT/$p/" &&
		cmp -s /tmp/kl-got $KL_SITE/index.html || why="$why directory"
	wget -q -O /tmp/kl-got "http://127.0.0.1:$KL_PORT/$p/" &&
		cmp -s /tmp/kl-got $KL_SITE/index.html || why="$why directory-again"
	s=$(kl_status "GET /$p/missing.txt HTTP/1.1")
	[ "$s" = "HTTP/1.1 404 Not Found" ] || why="$why missing:'$s'"
	s=$(kl_status "GET /$p/../etc/passwd HTTP/1.1")
	case $s in "HTTP/1.1 403 "* | "HTTP/1.1 400 "*) ;; *) why="$why dotdot:'$s'" ;; esac
	kill -TERM $!
	wait $! || why="$why exit-status"
	sed "s|^|KHVM static-$abi: |" /tmp/kl-static.out
	if [ -n "$why" ]; then
		kl_result "$abi/example_static" FAIL "wrong:$why"
		return 1
	fi
	kl_result "$abi/example_static" PASS
}

kl_khstat() {
	local abi=$1 out
	# the worker user: the module-wide counters are not its (-EPERM)
	if out=$($KL_AS "khstat-$abi" 2>&1) || [ "$out" != "khstat: Operation not permitted" ]; then
		kl_result "$abi/example_khstat" FAIL "as uid 1000: $(echo "$out" | head -n 3 | tr '\n' '|')"
		return 1
	fi
	out=$("khstat-$abi" 2>&1)	# the administrator
	if echo "$out" | grep -q "this process: $abi ABI" &&
	   echo "$out" | grep -Eq "^  ioctls_$abi +[1-9]" &&
	   echo "$out" | grep -Eq '^  requests +[1-9]' &&
	   echo "$out" | grep -q '^limits: max_connections [1-9]'; then
		kl_result "$abi/example_khstat" PASS
	else
		kl_result "$abi/example_khstat" FAIL "$(echo "$out" | tr '\n' '|')"
		return 1
	fi
}

kl_rc=0
for kl_abi in native ia32 x32; do
	kl_unit $kl_abi || kl_rc=1
	"khlib-$kl_abi" || kl_rc=1
	kl_hello $kl_abi || kl_rc=1
	kl_echo $kl_abi || kl_rc=1
	kl_static $kl_abi || kl_rc=1
	kl_khstat $kl_abi || kl_rc=1
done
return $kl_rc 2>/dev/null || exit $kl_rc
