#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
# bench/http/pack.sh OUT NGINX [BIN...]: the guest's extra files, in three
# trees that tools/vm --add copies in: OUT/add (the khb programs, guest.sh,
# nginx.conf; -> /add/bench), OUT/opt (wrk, nginx and the BINs, e.g. perf,
# with every library ldd lists and their loader, one copy of the loader per
# program, ld-<program>, so that perf's samples name the program; -> /opt),
# OUT/etc (passwd and group: nginx looks up root).
set -eu
out=$1 nginx=$2
shift 2
rm -rf "$out/opt" "$out/etc"
mkdir -p "$out/opt/bin" "$out/opt/lib" "$out/etc"
cp "$nginx" "$out/opt/bin/nginx"
for bin in /usr/bin/wrk "$nginx" "$@"; do
	cp -L "$bin" "$out/opt/bin/"
	for lib in $(ldd "$bin" | grep -o '/[^ ]*'); do
		cp -L "$lib" "$out/opt/lib/"
	done
	cp -L "$(ldd "$bin" | grep -o '/[^ ]*ld-linux[^ ]*')" "$out/opt/lib/ld-${bin##*/}"
done
echo 'root:x:0:0:root:/tmp:/bin/sh' >"$out/etc/passwd"
echo 'root:x:0:' >"$out/etc/group"
