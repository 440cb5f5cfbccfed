#!/bin/sh
# Runs in the tools/vm guest for make check-deb (tools/check-deb): khttp.ko
# is the DKMS-built one, the packaged files are at their installed paths.
# The guest has no udev: the packaged rule's GROUP and MODE are applied to
# /dev/khttp here, as udev would. The demo's i386 worker (dynamic, on the
# packaged libkhttp.so.0) runs as www, a member of khttp and not root;
# khttpctl show, as root, must list it.
RULE=/usr/lib/udev/rules.d/60-khttp.rules
SITE=/tmp/site
rc=0
bad() {
	echo "GUEST FAIL: $*"
	rc=1
}

line=$(grep -v '^#' $RULE | grep 'KERNEL=="khttp"')
group=$(echo "$line" | sed -n 's/.*GROUP="\([^"]*\)".*/\1/p')
mode=$(echo "$line" | sed -n 's/.*MODE="\([0-7]*\)".*/\1/p')
[ "$group" = khttp ] && [ "$mode" = 0660 ] || bad "rule: '$line'"
mkdir -p /etc && chmod 1777 /tmp
printf 'root:x:0:0:root:/root:/bin/sh\nwww:x:1000:1000:worker:/tmp:/bin/sh\n' >/etc/passwd
printf 'root:x:0:\nwww:x:1000:\nkhttp:x:998:www\n' >/etc/group
chgrp "$group" /dev/khttp && chmod "$mode" /dev/khttp
ls -l /dev/khttp

mkdir -p $SITE
echo 'served by an i386 worker on the packaged libkhttp' >$SITE/index.html
chmod -R a+rX $SITE
su www -s /bin/sh -c "static-ia32 $SITE http://+:8080/deb/ >/tmp/worker.out 2>&1 &"
i=0
while ! grep -q serving /tmp/worker.out 2>/dev/null && [ $i -lt 200 ]; do
	sleep 0.05
	i=$((i + 1))
done
cat /tmp/worker.out
pid=$(pidof static-ia32)
[ -n "$pid" ] || { bad "the worker is not running"; exit 1; }
uid=$(awk '/^Uid:/ { print $2 }' /proc/"$pid"/status)
echo "worker pid $pid uid $uid groups: $(awk '/^Groups:/ { $1 = ""; print }' /proc/"$pid"/status)"
[ "$uid" = 1000 ] || bad "the worker runs as uid $uid"
wget -q -O /tmp/page http://127.0.0.1:8080/deb/index.html || bad "wget"
cmp -s /tmp/page $SITE/index.html || bad "the page differs"

khttpctl show >/tmp/show.txt || bad "khttpctl show failed"
cat /tmp/show.txt
grep -Eq "^ +static +$pid +ia32\$" /tmp/show.txt || bad "khttpctl show does not list worker $pid (ia32)"
grep -q 'http://+:8080/deb/ *static' /tmp/show.txt || bad "khttpctl show does not list the prefix"
# listeners: ADDRESS PORT PREFIXES FAMILIES; the worker's prefix is on every address
grep -Eq '^ +\* +8080 +1 +(ipv4|ipv6|ipv4,ipv6)$' /tmp/show.txt || bad "khttpctl show does not list the listener *:8080"
khttpctl --json show >/tmp/show.json || bad "khttpctl --json show failed"
grep -q "{\"queue\": \"static\", \"pid\": $pid, \"abi\": \"ia32\"}" /tmp/show.json ||
	bad "khttpctl --json show does not list worker $pid"
# the other commands: limits, the access log, the cache
khttpctl set-limit queue_length 777 | grep -Eq '^ +queue_length +777$' || bad "set-limit"
khttpctl show | grep -Eq '^ +queue_length +777$' || bad "show after set-limit"
khttpctl set-limit queue_length 1000 >/dev/null
khttpctl log | grep -q '"GET /deb/index.html HTTP/1.1" 200' || bad "khttpctl log has no line for the page"
timeout 1 khttpctl log -f >/tmp/follow.txt &
wget -q -O /dev/null http://127.0.0.1:8080/deb/index.html
wait
grep -q '"GET /deb/index.html HTTP/1.1" 200' /tmp/follow.txt || bad "khttpctl log -f did not show the new line"
# the page went into the cache (static's TTL) when fetched: one entry, a sane hit count
grep -Eq '^ +http://127.0.0.1:8080/deb/index.html +[0-9]+ +[0-9]+ +[0-9]$' /tmp/show.txt ||
	bad "khttpctl show: no cache entry for the page (or a wrong hit count)"
khttpctl flush-cache http:// || bad "flush-cache"
khttpctl show | grep -q '^cache (0)$' || bad "the cache is not empty after flush-cache"
# www is no administrator: listing is refused, serving is not
su www -s /bin/sh -c 'khttpctl show' >/tmp/show-www.txt 2>&1 && bad "khttpctl show worked for www"
cat /tmp/show-www.txt
kill "$pid"
exit $rc
