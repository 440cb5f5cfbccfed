# SPDX-License-Identifier: GPL-2.0
# make bench-noop: the guest's "KHB noop" lines -> per ABI the no-op ioctl
# against getppid() (each line's ratio; the median over the rounds) and the
# i386 no-op against the x86_64 one, paired round by round
function med(arr, n,	i, j, t) {
	for (i = 2; i <= n; i++)
		for (j = i; j > 1 && arr[j - 1] > arr[j]; j--) {
			t = arr[j]; arr[j] = arr[j - 1]; arr[j - 1] = t
		}
	return n % 2 ? arr[(n + 1) / 2] : (arr[n / 2] + arr[n / 2 + 1]) / 2
}
# the perf-recorded loops (BENCH_NOOP_PERF=1) are not counted
/^KHB noop_profile_begin / { inprof = 1 }
/^KHB noop_profile_end / { inprof = 0 }
/^KHB noop / && !inprof {
	print
	for (i = 3; i <= NF; i++) { split($i, kv, "="); v[kv[1]] = kv[2] }
	a = v["abi"]; k = ++n[a]
	ioc[a, k] = v["ioctl_ns"]
	# the median of the per-batch ratios (khb_noop.c), else of the medians
	r[a, k] = "ratio" in v ? v["ratio"] : v["ioctl_ns"] / v["getppid_ns"]
	mr[a, k] = "min_ratio" in v ? v["min_ratio"] : r[a, k]
	lo[a, k] = v["ioctl_spread"]; sub(/-.*/, "", lo[a, k])
	delete v
}
END {
	if (!n["x86_64"]) { print "bench-noop: no KHB noop line"; exit 1 }
	line = ""
	for (ai = 1; ai <= 3; ai++) {
		a = ai == 1 ? "x86_64" : ai == 2 ? "i386" : "x32"
		for (k = 1; k <= n[a]; k++) x[k] = r[a, k]
		m = med(x, n[a])
		worst = m > worst ? m : worst
		printf "bench-noop: %-6s noop/getppid %.2f (median of %d; per round:", a, m, n[a]
		for (k = 1; k <= n[a]; k++) printf " %.2f", r[a, k]
		for (k = 1; k <= n[a]; k++) x[k] = mr[a, k]
		m = med(x, n[a])
		mworst = m > mworst ? m : mworst
		printf "); fastest batches %.2f\n", m
	}
	for (k = 1; k <= n["i386"] && k <= n["x86_64"]; k++) x[k] = ioc["i386", k] / ioc["x86_64", k]
	m = med(x, k - 1)
	for (k = 1; k <= n["i386"] && k <= n["x86_64"]; k++) x[k] = lo["i386", k] / lo["x86_64", k]
	mm = med(x, k - 1)
	printf "bench-noop: fastest batches: noop/getppid=%.2f noop_i386/noop64=%.2f\n", mworst, mm
	printf "noop/getppid=%.2f noop_i386/noop64=%.2f\n", worst, m
}
