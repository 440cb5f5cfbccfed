#!/bin/sh
# check-kcompat in the guest (tests/kcompat/run): per ABI, the kernel side
# makes and runs every case, then each driver's thunk side compares.
kver=$(uname -r)
drivers=$(cat /add/kc/drivers)
for abi in ia32 x32; do
	d=/tmp/kc/$abi
	mkdir -p "$d"
	/add/kc/kc-$abi run "$d"
	for drv in $drivers; do
		/add/kc/kc64-$drv check "$d" "$abi" "$kver"
	done
	# the ablations: the same cases without one annotation
	while read -r name drv; do
		/add/kc/kc64-$drv-$name check "$d" "$abi" "ABL:$name"
	done </add/kc/ablations
done
exit 0
