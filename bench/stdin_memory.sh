#!/usr/bin/env bash
# Standard input against a file, peak memory, and 1 against 2 threads, for `reidrisk scan`.
#
# For each file given, runs by turns, --runs rounds (default 5), each of:
#   file          reidrisk scan FILE --qi QI --format json
#   stdin         cat FILE | reidrisk scan - --qi QI --format json
#   file-lenient  the same with --lenient (one parser: lenient reading is sequential)
#   stdin-lenient cat FILE | ... --lenient
#   threads-1     reidrisk scan FILE --qi QI --format json --threads 1
# under GNU time, and prints for each the median wall time, the median peak resident memory
# and the median minor page faults, then the ratios the issue bounds (stdin / file, and the
# time of each file over the first one's, for "linear in size").
#
# Usage: bench/stdin_memory.sh [--runs N] [--qi COLUMNS] FILE...
#   REIDRISK=/path/to/reidrisk (default .build/release/reidrisk)
# Files: bench/generate_wide.py --records N writes the wide member export.
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
REIDRISK="${REIDRISK:-$ROOT/.build/release/reidrisk}"
RUNS=5
QI="zip,birth_date,gender"
FILES=()
while [ $# -gt 0 ]; do
  case "$1" in
    --runs) RUNS="$2"; shift 2 ;;
    --qi) QI="$2"; shift 2 ;;
    -h|--help) sed -n '2,17p' "$0"; exit 0 ;;
    *) FILES+=("$1"); shift ;;
  esac
done
[ ${#FILES[@]} -gt 0 ] || { echo "give at least one CSV file" >&2; exit 2; }
[ -x "$REIDRISK" ] || { echo "no reidrisk binary at $REIDRISK (swift build -c release)" >&2; exit 2; }
[ -x /usr/bin/time ] || { echo "GNU time is missing (apt-get install time)" >&2; exit 2; }

OUT="$(mktemp -d)"
trap 'rm -rf "$OUT"' EXIT
MODES=(file stdin file-lenient stdin-lenient threads-1)

run() { # mode file → appends "seconds kilobytes faults" to $OUT/<mode>.<n>
  local mode="$1" file="$2" n="$3" args=(scan --qi "$QI" --format json)
  local log="$OUT/$mode.$n"
  case "$mode" in
    file) /usr/bin/time -f "%e %M %R" -a -o "$log" "$REIDRISK" "${args[@]}" "$file" ;;
    stdin) cat "$file" | /usr/bin/time -f "%e %M %R" -a -o "$log" "$REIDRISK" "${args[@]}" - ;;
    file-lenient)
      /usr/bin/time -f "%e %M %R" -a -o "$log" "$REIDRISK" "${args[@]}" --lenient "$file" ;;
    stdin-lenient)
      cat "$file" | /usr/bin/time -f "%e %M %R" -a -o "$log" "$REIDRISK" "${args[@]}" \
        --lenient - ;;
    threads-1)
      /usr/bin/time -f "%e %M %R" -a -o "$log" "$REIDRISK" "${args[@]}" --threads 1 "$file" ;;
  esac > /dev/null || [ $? -eq 1 ]  # 1: a bound broken, the report is still written
}

median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

echo "machine: $(nproc) cores, $(uname -sr); load average: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "binary: $REIDRISK; qi: $QI; runs: $RUNS (by turns)"
for n in "${!FILES[@]}"; do cat "${FILES[$n]}" > /dev/null; done
for round in $(seq "$RUNS"); do
  for n in "${!FILES[@]}"; do
    for mode in "${MODES[@]}"; do run "$mode" "${FILES[$n]}" "$n"; done
  done
done
printf '%-14s %-40s %9s %9s %10s\n' mode file seconds "peak MiB" "minor flt"
declare -A SECONDS_OF
for n in "${!FILES[@]}"; do
  for mode in "${MODES[@]}"; do
    log="$OUT/$mode.$n"
    s=$(awk '{ print $1 }' "$log" | median)
    m=$(awk '{ print $2 / 1024 }' "$log" | median)
    f=$(awk '{ print $3 }' "$log" | median)
    SECONDS_OF["$mode.$n"]="$s"
    printf '%-14s %-40s %9.2f %9.1f %10.0f\n' "$mode" "$(basename "${FILES[$n]}")" "$s" "$m" "$f"
  done
done
for n in "${!FILES[@]}"; do
  f="$(basename "${FILES[$n]}")"
  awk -v a="${SECONDS_OF[stdin.$n]}" -v b="${SECONDS_OF[file.$n]}" -v f="$f" \
    'BEGIN { printf "%s: stdin / file = %.2f\n", f, a / b }'
  awk -v a="${SECONDS_OF[stdin-lenient.$n]}" -v b="${SECONDS_OF[file-lenient.$n]}" -v f="$f" \
    'BEGIN { printf "%s: stdin --lenient / file --lenient = %.2f\n", f, a / b }'
  awk -v a="${SECONDS_OF[file.$n]}" -v b="${SECONDS_OF[threads-1.$n]}" -v f="$f" \
    'BEGIN { printf "%s: 2 threads / 1 thread = %.2f\n", f, a / b }'
  if [ "$n" -gt 0 ]; then
    for mode in stdin stdin-lenient; do
      awk -v a="${SECONDS_OF[$mode.$n]}" -v b="${SECONDS_OF[$mode.0]}" -v f="$f" -v m="$mode" \
        'BEGIN { printf "%s: %s time over the first file'"'"'s = %.2f\n", f, m, a / b }'
    done
  fi
done
