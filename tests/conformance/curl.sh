# SPDX-License-Identifier: GPL-2.0
# Debian's curl against the kernel cache (khconform --worker serves /c/s with
# ETag "abc", /c/w with W/"abc", both Last-Modified Sun, 06 Nov 1994 08:49:37
# GMT and the body 0123456789abcdefghij): conditional requests, weak tags,
# lists, If-Range, multiple ranges. Prints "curl: ok|FAIL ..." per check;
# exits with the number of failures.
base=http://127.0.0.1:8081
fails=0

# check NAME WANT-STATUS [curl args...]: the status, and the body in /tmp/curl.body
check() {
	name=$1 want=$2
	shift 2
	got=$(curl -s -o /tmp/curl.body -D /tmp/curl.head -w '%{http_code}' "$@")
	if [ "$got" = "$want" ]; then
		echo "curl: ok $name ($got)"
	else
		echo "curl: FAIL $name: status $got, want $want"
		sed 's/^/curl:   /' /tmp/curl.head
		fails=$((fails + 1))
	fi
}

# body NAME TEXT: the last body was exactly TEXT
body() {
	if [ "$(cat /tmp/curl.body)" = "$2" ]; then
		echo "curl: ok $1 body"
	else
		echo "curl: FAIL $1: body [$(head -c 200 /tmp/curl.body)], want [$2]"
		fails=$((fails + 1))
	fi
}

# head NAME TEXT: the last response head holds TEXT
head_has() {
	if grep -qiF "$2" /tmp/curl.head; then
		echo "curl: ok $1 head"
	else
		echo "curl: FAIL $1: no [$2] in the head"
		sed 's/^/curl:   /' /tmp/curl.head
		fails=$((fails + 1))
	fi
}

check prime-strong 200 "$base/c/s"
check prime-weak 200 "$base/c/w"
check hit 200 "$base/c/s"
body hit 0123456789abcdefghij
check inm-strong 304 -H 'If-None-Match: "abc"' "$base/c/s"
head_has inm-strong 'ETag: "abc"'
head_has inm-strong 'Cache-Control: max-age=60'
check inm-weak-tag 304 -H 'If-None-Match: W/"abc"' "$base/c/s"
check inm-weak-stored 304 -H 'If-None-Match: "abc"' "$base/c/w"
check inm-list 304 -H 'If-None-Match: "x", W/"y", "abc"' "$base/c/s"
check inm-other 200 -H 'If-None-Match: "x"' "$base/c/s"
check inm-head 304 -I -H 'If-None-Match: W/"abc"' "$base/c/s"
check im-match 200 -H 'If-Match: "abc"' "$base/c/s"
check im-weak 412 -H 'If-Match: W/"abc"' "$base/c/s"
check im-other 412 -H 'If-Match: "x"' "$base/c/s"
check im-weak-stored 412 -H 'If-Match: "abc"' "$base/c/w"
# curl's own conditional requests: -z sends If-Modified-Since (or, with '-',
# If-Unmodified-Since); --etag-save/--etag-compare send the saved tag
check z-later 304 -z 'Mon, 07 Nov 1994 08:49:37 GMT' "$base/c/s"
check z-earlier 200 -z 'Sat, 05 Nov 1994 08:49:37 GMT' "$base/c/s"
check z-unmodified-since 412 -z '-Sat, 05 Nov 1994 08:49:37 GMT' "$base/c/s"
check z-unmodified-ok 200 -z '-Mon, 07 Nov 1994 08:49:37 GMT' "$base/c/s"
rm -f /tmp/curl.etag
check etag-save 200 --etag-save /tmp/curl.etag "$base/c/w"
check etag-compare 304 --etag-compare /tmp/curl.etag "$base/c/w"
# ranges
check range 206 -r 0-3 "$base/c/s"
body range 0123
head_has range 'Content-Range: bytes 0-3/20'
check range-suffix 206 -r -5 "$base/c/s"
body range-suffix fghij
check ranges 206 -r 0-1,5-6 "$base/c/s"
head_has ranges 'multipart/byteranges'
if grep -q 'Content-Range: bytes 5-6/20' /tmp/curl.body; then
	echo "curl: ok ranges parts"
else
	echo "curl: FAIL ranges: no second part"
	fails=$((fails + 1))
fi
check if-range-strong 206 -r 0-3 -H 'If-Range: "abc"' "$base/c/s"
check if-range-weak 200 -r 0-3 -H 'If-Range: W/"abc"' "$base/c/w"
body if-range-weak 0123456789abcdefghij
check if-range-date 206 -r 0-3 -H 'If-Range: Sun, 06 Nov 1994 08:49:37 GMT' "$base/c/s"
check if-range-stale 200 -r 0-3 -H 'If-Range: "old"' "$base/c/s"
check range-412 412 -r 0-3 -H 'If-Match: "x"' "$base/c/s"
check range-304 304 -r 0-3 -H 'If-None-Match: "abc"' "$base/c/s"
check range-head 206 -I -r 0-3 "$base/c/s"
check unsatisfiable 416 -r 30-40 "$base/c/s"
echo "curl: $fails failed"
exit $fails
