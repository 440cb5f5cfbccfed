#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
# bench/http/others.sh BUSY0 BUSY1 WALL <TIMES (the shell's `times`, saved to a
# file: in a pipe it would be a subshell's, without the children): the
# CPU time the rest of the host took while the bench's guest ran. BUSY0 and
# BUSY1: the host's busy ticks (/proc/stat, USER_HZ) before and after; the
# second line of `times` is what the bench's own children took (the module
# build, QEMU's vCPU and I/O threads). The host's load average cannot say
# this: the bench's own QEMU keeps both cores busy, so its 1-minute load
# after a run is about 2 whether or not anything else ran.
set -eu
hz=$(getconf CLK_TCK)
awk -v b0="$1" -v b1="$2" -v wall="$3" -v hz="$hz" '
	function secs(t,   m) {	# 1m2.500000s
		m = t; sub(/m.*/, "", m); sub(/^[0-9]+m/, "", t); sub(/s$/, "", t)
		return m * 60 + t
	}
	NR == 2 { own = secs($1) + secs($2) }
	END {
		host = (b1 - b0) / hz; other = host - own
		if (other < 0) other = 0
		printf "bench-http: CPU of other processes during the run: %.0f s in %d s (%.2f cores; the bench itself %.0f s)\n",
			other, wall, (wall > 0 ? other / wall : 0), own
	}'
