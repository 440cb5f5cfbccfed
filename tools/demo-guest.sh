#!/bin/sh
# Runs inside the guest for `make demo` (busybox sh, khttp.ko loaded).
# Shows the same ioctls from a 64-bit, an i386 and an x32 process as strace
# prints them: the size field of each command is that ABI's struct size.
for abi in native ia32 x32; do
	echo "=== $abi worker: khtest-$abi version thunk_stats thunk_send_response_capture"
	strace -f -e trace=ioctl -X raw "khtest-$abi" version thunk_stats \
		thunk_send_response_capture 2>&1 | sed 's/^/    /'
done
echo "=== kernel log"
dmesg | grep khttp | sed 's/^/    /'
