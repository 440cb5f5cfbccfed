#!/usr/bin/env bash
# Runs capture fuzz targets and prints one line each plus a total; exit 1
# on any finding (crash, sanitizer report, leak, timeout).
#   run.sh --runs N TARGET...                  CI: N executions each, fresh seeds, fixed -seed
#   run.sh --seconds S --corpus DIR TARGET...  S seconds each, corpus kept in DIR/<target>
#   --regress DIR  first replay DIR/<target>--<what>: inputs that once failed (or must
#                  keep passing); each must run clean
# Targets run FUZZ_JOBS at a time; binaries and logs live under FUZZ_OUT.
# Everything is in functions: bash reads a script as it runs, a function at once,
# so editing this file during a long run cannot derail it.
set -uo pipefail

abi_index() { case $1 in ia32) echo 1 ;; x32) echo 2 ;; *) echo 0 ;; esac; }

# one target: seed its corpus if empty, then fuzz; the log keeps libFuzzer's stats
one() {
	local t=$1 dir=$corpus/$1 log=$run_dir/$1.log
	local args=(-print_final_stats=1 -use_value_profile=1 -timeout=10 -max_len=65536
		    -artifact_prefix="$run_dir/findings/$t-")

	mkdir -p "$dir"
	if [ -z "$(ls -A "$dir")" ]; then
		"$out/fz_seed" "$dir" "${t%.*}" "$(abi_index "${t##*.}")" "$seeds" || return 1
	fi
	if [ "$mode" = runs ]; then
		args+=(-runs="$limit" -seed=1)
	else
		args+=(-max_total_time="$limit")
	fi
	"$out/bin/$t" "${args[@]}" "$dir" >"$log" 2>&1
}

# replays every saved input; prints one line each, returns the number that failed
regress_all() {
	local f t name n=0

	for f in "$regress"/*--*; do
		[ -f "$f" ] || continue
		name=$(basename "$f")
		t=${name%%--*}
		if "$out/bin/$t" "$f" >"$run_dir/regress-$name.log" 2>&1; then
			echo "fuzz: regress $name: ok"
		else
			echo "fuzz: regress $name: FAILS (log: $run_dir/regress-$name.log)"
			n=$((n + 1))
		fi
	done
	return $n
}

main() {
	local start end t log execs cov units status total=0 bad=0

	out=${FUZZ_OUT:-build/fuzz}
	jobs=${FUZZ_JOBS:-2}
	seeds=${FUZZ_SEEDS:-16}
	mode= limit= corpus= regress=
	while [ $# -gt 0 ]; do
		case $1 in
		--runs) mode=runs limit=$2; shift 2 ;;
		--seconds) mode=seconds limit=$2; shift 2 ;;
		--corpus) corpus=$2; shift 2 ;;
		--regress) regress=$2; shift 2 ;;
		*) break ;;
		esac
	done
	if [ -z "$mode" ] || [ $# -eq 0 ]; then
		echo "usage: run.sh --runs N|--seconds S [--corpus DIR] [--regress DIR] TARGET..." >&2
		exit 2
	fi
	run_dir=$out/run-$mode
	rm -rf "$run_dir" && mkdir -p "$run_dir/findings"
	# CI starts from the seeds alone every time: same inputs, same result
	[ -z "$corpus" ] && corpus=$run_dir/corpus
	export -f one abi_index
	export out run_dir corpus mode limit seeds

	if [ -n "$regress" ]; then
		regress_all
		bad=$?
	fi

	start=$(date +%s.%N)
	printf '%s\n' "$@" | xargs -P "$jobs" -I{} bash -c 'one {} || echo "{}" >> "$run_dir/failed"'
	end=$(date +%s.%N)

	for t in "$@"; do
		log=$run_dir/$t.log
		execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" 2>/dev/null | tail -1)
		cov=$(grep -o 'cov: [0-9]*' "$log" 2>/dev/null | tail -1 | cut -d' ' -f2)
		units=$(grep -o 'corp: [0-9]*' "$log" 2>/dev/null | tail -1 | cut -d' ' -f2)
		status=ok
		if grep -qx "$t" "$run_dir/failed" 2>/dev/null || [ -z "$execs" ] ||
		   ls "$run_dir/findings/$t-"* >/dev/null 2>&1; then
			status="FINDING (log: $log)"
			bad=$((bad + 1))
			grep -m3 -E 'FUZZ FINDING|ERROR: |runtime error' "$log" | sed 's/^/    /'
		fi
		total=$((total + ${execs:-0}))
		printf 'fuzz: %-36s execs %8s  cov %5s  corpus %5s  %s\n' "$t" "${execs:-?}" \
			"${cov:-?}" "${units:-?}" "$status"
	done
	printf 'fuzz: %d targets, %d executions, %d with findings, %s s wall (%d jobs)\n' \
		$# "$total" "$bad" "$(awk -v a="$start" -v b="$end" 'BEGIN { printf "%.1f", b - a }')" \
		"$jobs"
	[ "$bad" -eq 0 ]
}

main "$@"
exit
