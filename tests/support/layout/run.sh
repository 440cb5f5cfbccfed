#!/usr/bin/env bash
# usage: run.sh LOG CMD...   run a suite, show and keep its output, keep its status
set -uo pipefail
log=$1; shift
"$@" 2>&1 | tee "$log"
exit "${PIPESTATUS[0]}"
