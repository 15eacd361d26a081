#!/usr/bin/env bash
# Peak memory and time of the commands that profile every column: `columns` and `scan`
# without --qi (bounded profiling, issue 14), on the files given.
#
# Usage: bench/profile_memory.sh [--reidrisk PATH] FILE...
#        bench/profile_memory.sh --ten-times SOURCE DEST   (DEST: SOURCE's records ten times)
# Prints, per file and command: peak resident memory (MiB), wall and CPU seconds, from
# /usr/bin/time -v (GNU time), one line each. Build first: swift build -c release.
# The figures in BENCHMARKS.md ("Profiling in bounded memory") come from this script on
# bench/generate_big.py and generate_wide.py files (10M: the 1M file's records ten times).
set -euo pipefail
cd "$(dirname "$0")/.."
REIDRISK=.build/release/reidrisk
if [[ "${1:-}" == "--ten-times" ]]; then
  # the header once, then the records ten times: a line-based copy, which is right for the
  # bench files since their header holds no line feed (the bios' line feeds are copied whole)
  [[ $# -eq 3 ]] || { echo "usage: $0 --ten-times SOURCE DEST" >&2; exit 2; }
  { head -n 1 "$2"; for _ in 1 2 3 4 5 6 7 8 9 10; do tail -n +2 "$2"; done; } > "$3"
  exit 0
fi
if [[ "${1:-}" == "--reidrisk" ]]; then REIDRISK=$2; shift 2; fi
[[ -x "$REIDRISK" ]] || { echo "no $REIDRISK: run swift build -c release" >&2; exit 2; }
[[ -x /usr/bin/time ]] || { echo "needs GNU time (/usr/bin/time)" >&2; exit 2; }
echo "machine: $(nproc) cores, $(uname -m); load average: $(cut -d' ' -f1-3 /proc/loadavg)"
measure() {
  local label=$1; shift
  local log
  log=$(mktemp)
  /usr/bin/time -v "$REIDRISK" "$@" > /dev/null 2> "$log" || true
  awk -v label="$label" '
    /Maximum resident set size/ { rss = $NF }
    /User time/ { user = $NF } /System time/ { sys = $NF }
    /Elapsed \(wall clock\)/ { split($NF, t, ":"); wall = t[1] * 60 + t[2] }
    END { printf "%-44s %8.1f MiB  %6.2f s wall  %6.2f s CPU\n", label, rss / 1024, wall, user + sys }
  ' "$log"
  rm -f "$log"
}
for file in "$@"; do
  name=$(basename "$file")
  measure "columns $name" columns "$file" --format json
  measure "scan $name (no --qi)" scan "$file" --format json
done
