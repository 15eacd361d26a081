#!/bin/sh
# Issue 12's measured bounds on hostile input, each with its target, on one machine in one run:
#   - 10M distinct values in one quasi-identifier: peak memory under 1 GB;
#   - `columns` on a header of 100,000 columns (10 records): under 300 MB and 30 s;
#   - hash flooding: 400,000 values crafted against the former, unkeyed hash
#     (bench/hashflood.py) scan within 3x the time of as many random values of the same
#     length, run by turns (crafted, random, crafted, random, ...), median of the pairs' ratios.
# The gzip figures (2 GB decompressed, the bomb) are bench/gzip_memory.sh's.
#
# Usage: bench/hostile.sh [--rounds N]   (default 3)
#   REIDRISK=path/to/reidrisk (default .build/release/reidrisk, built when missing)
# Needs python3, seq, awk and GNU time (/usr/bin/time). Inputs go to bench/out/ and are kept.
set -eu
rounds=3
while [ $# -gt 0 ]; do
  case "$1" in
    --rounds) rounds="$2"; shift 2 ;;
    *) echo "usage: $0 [--rounds N]" >&2; exit 2 ;;
  esac
done
root=$(cd "$(dirname "$0")/.." && pwd)
reidrisk=${REIDRISK:-$root/.build/release/reidrisk}
[ -x "$reidrisk" ] || swift build --package-path "$root" -c release >/dev/null
out="$root/bench/out"
mkdir -p "$out"

distinct="$out/distinct-10m.csv"
[ -s "$distinct" ] || seq 100000000 109999999 | sed '1i id' >"$distinct"
wide="$out/columns-100k.csv"
[ -s "$wide" ] || awk 'BEGIN {
  for (c = 0; c < 100000; c++) printf "%scolumn_%d", (c ? "," : ""), c; print ""
  for (r = 0; r < 10; r++) { for (c = 0; c < 100000; c++) printf "%s%d", (c ? "," : ""), (r * 7 + c) % 13; print "" }
}' >"$wide"
[ -s "$out/flood-crafted.csv" ] || python3 "$root/bench/hashflood.py" --count 400000 --out "$out" >/dev/null

# measure NAME COMMAND...: runs it under GNU time, prints "wall cpu peak_mib" (exit 0 or 1 only)
measure() {
  stats=$(mktemp)
  set +e
  /usr/bin/time -f '%e %U %S %M' -o "$stats" "$@" >/dev/null 2>&1
  status=$?
  set -e
  if [ "$status" -gt 1 ]; then echo "reidrisk failed (exit $status): $*" >&2; exit 2; fi
  awk '{ printf "%.2f %.2f %.1f\n", $1, $2 + $3, $4 / 1024 }' "$stats"
  rm -f "$stats"
}

printf '%-36s %8s %8s %10s  %s\n' figure "wall s" "CPU s" "peak MiB" target
row() { # figure target wall cpu peak
  printf '%-36s %8s %8s %10s  %s\n' "$1" "$3" "$4" "$5" "$2"
}
result=$(measure "$reidrisk" scan "$distinct" --qi id --format json) || exit 2
# shellcheck disable=SC2086 # three numbers, split on purpose
row "10M distinct values in one QI" "peak < 1024 MiB" $result
result=$(measure "$reidrisk" columns "$wide") || exit 2
# shellcheck disable=SC2086
row "columns on 100,000 columns" "peak < 286 MiB (300 MB), wall < 30 s" $result

ratios=""
index=0
while [ "$index" -lt "$rounds" ]; do
  crafted=$(measure "$reidrisk" scan "$out/flood-crafted.csv" --qi v) || exit 2
  crafted=$(echo "$crafted" | cut -d' ' -f2)
  random=$(measure "$reidrisk" scan "$out/flood-random.csv" --qi v) || exit 2
  random=$(echo "$random" | cut -d' ' -f2)
  row "hash flooding, round $((index + 1)): crafted" "" "" "$crafted" ""
  row "hash flooding, round $((index + 1)): random" "" "" "$random" ""
  ratios="$ratios $(awk -v a="$crafted" -v b="$random" 'BEGIN { printf "%.3f", (b > 0 ? a / b : 0) }')"
  index=$((index + 1))
done
median=$(echo "$ratios" | tr ' ' '\n' | sed '/^$/d' | sort -n \
  | awk '{ v[NR] = $1 } END { print (NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2) }')
echo "hash flooding: crafted / random CPU, median of $rounds pairs: $median (target < 3)"
