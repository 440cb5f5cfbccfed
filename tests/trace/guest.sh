# SPDX-License-Identifier: GPL-2.0
# make check-trace, in the tools/vm guest (busybox sh, module loaded, files
# in /add): the worker khtw of each ABI under strace -X raw, under khtrace
# -X verbose and under khtrace's default style, with the module's trace of
# each run. Sections between "KHT BEGIN <what> <abi>" and "KHT END" go
# back to tests/trace/compare on the host.

T=/sys/module/khttp/parameters/trace

# the same addresses in every run of a program: strace and khtrace runs compare
echo 0 >/proc/sys/kernel/randomize_va_space

section() {
	echo "KHT BEGIN $1 $2"
	cat "$3"
	echo "KHT END"
}

# the module's trace: each read consumes up to a page
ktrace() {
	local out
	echo "KHT BEGIN $1 $2"
	while out=$(cat $T) && [ -n "$out" ]; do
		echo "$out"
	done
	echo "KHT END"
}

# every run starts from a fresh module: queues and URLs outlive their files.
# Loading it and its trace switch are the administrator's; the device is
# the khttp group's (gid 900, mode 0660, as udev makes it)
fresh() {
	rmmod khttp && insmod /khvm/khttp.ko && echo 1 >$T &&
		chgrp 900 /dev/khttp && chmod 0660 /dev/khttp ||
		{ echo "KHT cannot reload khttp"; exit 1; }
}

# the tracers and the worker they run: an ordinary user of the khttp group
AS="khtest-native --as 1000 1000"
[ "$($AS id -u)" = 1000 ] || { echo "KHT the worker would not run as uid 1000"; exit 1; }

rc=0
for abi in native ia32 x32; do
	fresh
	$AS strace -f -y -e trace=ioctl -X raw -o /tmp/strace.$abi khtw-$abi >/tmp/out.$abi 2>&1 ||
		{ echo "KHT strace khtw-$abi failed"; cat /tmp/out.$abi; rc=1; }
	section strace $abi /tmp/strace.$abi
	ktrace ktrace-strace $abi
	fresh
	$AS khtrace -f -X verbose -o /tmp/kh.$abi khtw-$abi >/tmp/out.$abi 2>&1 ||
		{ echo "KHT khtrace khtw-$abi failed"; cat /tmp/out.$abi; rc=1; }
	section khtrace $abi /tmp/kh.$abi
	ktrace ktrace-khtrace $abi
	fresh
	$AS khtrace -o /tmp/kha.$abi khtw-$abi >/dev/null 2>&1 || rc=1
	section khtrace-abbrev $abi /tmp/kha.$abi
done
echo 0 >$T
exit $rc
