#!/usr/bin/env bash
# usage: expect-fail.sh LOG CMD...
# The negative test: CMD is a suite built with -DKH_LAYOUT_MUTATE (one table
# entry's offset bumped). It must fail, and every oracle test it runs
# (cmocka tests named oracle_*) must be among the failed ones.
set -uo pipefail
log=$1; shift
"$@" >"$log" 2>&1
rc=$?
ran=$(sed -n 's/^\[ RUN      \] \(oracle_[A-Za-z0-9_]*\)$/\1/p' "$log" | sort -u)
failed=$(sed -n 's/^\[  FAILED  \] \(oracle_[A-Za-z0-9_]*\)$/\1/p' "$log" | sort -u)
nran=$(printf '%s' "$ran" | grep -c .)
nfailed=$(printf '%s' "$failed" | grep -c .)
what=$(sed -n 's/^NEGATIVE TEST: //p' "$log" | head -1)
if [ "$rc" -ne 0 ] && [ "$nran" -gt 0 ] && [ "$ran" = "$failed" ]; then
	echo "negative test ok: $(basename "$log" .log) [$what]: $nfailed/$nran oracles failed, as they must"
	exit 0
fi
echo "NEGATIVE TEST BROKEN: $* exited $rc; oracles run: $nran, failed: $nfailed (log: $log)" >&2
comm -23 <(printf '%s\n' "$ran") <(printf '%s\n' "$failed") | sed 's/^/  did not fail: /' >&2
exit 1
