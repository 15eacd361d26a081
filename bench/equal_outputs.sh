#!/usr/bin/env bash
# Whether two reidrisk binaries give byte-equal JSON and flags on the bench files, for the
# commands whose code the memory work of issue 14 touched: `scan` without --qi (profiling, then
# the suggested columns with an MSU search of size 3), `scan --qi zip,birth_date,gender --msu`,
# `--sensitive`, and `link`.
#
# Usage: bench/equal_outputs.sh BEFORE AFTER EXPORT [OUTSIDE]
#   EXPORT   a bench/generate_big.py file (members-1m.csv); OUTSIDE a generate_outside.py file
#            for `link` (skipped when not given).
# Prints one line per output, "same" or "DIFFERENT", and exits 1 if any differs.
set -euo pipefail
[[ $# -ge 3 ]] || { sed -n '2,10p' "$0" | sed 's/^# \{0,1\}//'; exit 2; }
BEFORE=$1 AFTER=$2 EXPORT=$3 OUTSIDE=${4:-}
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
status=0
# run NAME ARGS...: both binaries, JSON to NAME.json and flags to NAME.flags.csv
run() {
  local name=$1; shift
  for side in before after; do
    local bin=$BEFORE
    [[ $side == after ]] && bin=$AFTER
    "$bin" "$@" --format json --flags "$WORK/$side-$name.flags.csv" > "$WORK/$side-$name.json" \
      2> "$WORK/$side-$name.stderr" || true
  done
  for kind in json flags.csv stderr; do
    if cmp -s "$WORK/before-$name.$kind" "$WORK/after-$name.$kind"; then
      echo "same       $name.$kind"
    else
      echo "DIFFERENT  $name.$kind"
      status=1
    fi
  done
}
run scan-suggested scan "$EXPORT"
run scan-msu scan "$EXPORT" --qi zip,birth_date,gender --msu
run scan-sensitive scan "$EXPORT" --qi zip,birth_date,gender --sensitive membership_tier,job_title
if [[ -n $OUTSIDE ]]; then run link link "$EXPORT" --against "$OUTSIDE"; fi
exit $status
