#!/bin/sh
# Runs inside the tools/vm guest for `make demo` (busybox sh, khttp.ko loaded,
# static-ia32, khstat-ia32 and khtrace in /add). A 32-bit worker built with
# libkhttp serves a small site; busybox wget fetches it; strace and khtrace
# show the worker's ioctls; khstat shows the kernel's counters.
# The worker is not root: it runs as uid 1000 in the khttp group, which the
# guest's init gave /dev/khttp (mode 0660, as the packaged udev rule does);
# only khstat, an administrator's tool (docs/security.md), runs as root.
# Exit status: 0 when every page came back as it is on disk.
SITE=/tmp/site
URL=http://127.0.0.1:8080
rc=0

mkdir -p $SITE/docs
cat >$SITE/index.html <<'HTML'
<!doctype html>
<html><head><title>khttp</title><link rel="stylesheet" href="/style.css"></head>
<body><h1>Served by khttp.ko</h1><p>A 32-bit worker answered; the kernel did the HTTP.</p>
<a href="/docs/about.txt">about</a></body></html>
HTML
echo 'body { font-family: sans-serif; }' >$SITE/style.css
echo 'khttp: HTTP.sys for Linux. This file went out as a file-range chunk.' >$SITE/docs/about.txt

# the worker as uid/gid 1000 with the khttp group (khtest's --as: busybox cannot drop)
AS_WORKER="khtest-native --as 1000 1000"

ready() {
	i=0
	while ! grep -q serving "$1" 2>/dev/null && [ $i -lt 100 ]; do sleep 0.05; i=$((i + 1)); done
}

fetch() {
	echo "--- wget -S $URL$1"
	if wget -S -q -O /tmp/page "$URL$1" 2>/tmp/hdrs; then
		sed 's/^ */    /' /tmp/hdrs
		sed 's/^/    | /' /tmp/page
		[ -z "$2" ] || cmp -s /tmp/page "$SITE/$2" || { echo "    !! differs from $2"; rc=1; }
	else
		sed 's/^ */    /' /tmp/hdrs
		[ "$2" = "-" ] || rc=1
	fi
}

echo "=== 1. the i386 worker, not root: static-ia32 $SITE http://+:8080/ (under strace)"
echo "    /dev/khttp: $(ls -ln /dev/khttp | awk '{ print $1, "uid " $3, "gid " $4 }')"
strace -f -e trace=ioctl -o /tmp/strace.out $AS_WORKER static-ia32 $SITE http://+:8080/ \
	>/tmp/static.out 2>&1 &
pid=$!
ready /tmp/static.out
sed 's/^/    /' /tmp/static.out
wpid=$(pidof static-ia32)
echo "    the worker runs as: $(awk '/^(Uid|Gid|Groups):/ { printf "%s %s  ", $1, $2 }' \
	/proc/$wpid/status)"
[ "$(awk '/^Uid:/ { print $2 }' /proc/$wpid/status)" = 1000 ] || { echo "    !! worker is not uid 1000"; rc=1; }
fetch / index.html
fetch /style.css style.css
fetch /docs/about.txt docs/about.txt
fetch / index.html
fetch /missing.html -
# the worker (strace's child) ends on SIGTERM; strace then exits with its status
kill -TERM $(pidof static-ia32)
wait $pid || { echo "static-ia32 exit status $?"; rc=1; }

echo "=== 2. its ioctls as strace prints them (32-bit: the size field is the i386 struct's)"
echo "    (0xbd 0x2 QUEUE, 0x3 ADD_URL, 0x5 RECEIVE_REQUEST, 0x7 SEND_RESPONSE, 0x4 REMOVE_URL;"
echo "     fewer receives than pages: the repeated page came from the kernel's cache)"
sed 's/^/    /' /tmp/strace.out

echo "=== 3. the same worker under khtrace: the argument graphs decoded"
echo "    (a new page, then / twice: the kernel answers the second from its cache;"
echo "     the first worker's entries went with its prefix)"
echo 'fresh page' >$SITE/news.txt
khtrace -f -s 48 -o /tmp/kh.out $AS_WORKER static-ia32 $SITE http://+:8080/ >/tmp/static.out 2>&1 &
pid=$!
ready /tmp/static.out
wget -q -O /dev/null $URL/news.txt || rc=1
wget -q -O /dev/null $URL/ || rc=1
wget -q -O /dev/null $URL/ || rc=1
kill -TERM $(pidof static-ia32)
wait $pid
# long lines: their start and their end (the chunks and the cache policy)
awk 'length > 560 { $0 = substr($0, 1, 280) " ... " substr($0, length - 260) } { print "    " $0 }' /tmp/kh.out

echo "=== 4. the kernel's counters: khstat-ia32 (KH_IOC_STATS, KH_IOC_LIMITS), as root"
echo "    (module-wide counters are an administrator's: as the worker's user, -EPERM)"
khstat-ia32 | sed 's/^/    /' || rc=1

echo "=== demo: $([ $rc -eq 0 ] && echo 'every page served as on disk' || echo FAILED)"
exit $rc
