#!/usr/bin/env bash
# Benchmark generalization (issue 10): `scan` with four generalized quasi-identifiers against
# plain `scan`, `suggest` over zip,birth_date,age,gender, and `generalize` against `scan`, on
# the 1M-record file of bench/generate_big.py. The commands run by turns, one run each per
# round; the script prints each command's median and best wall time, peak memory, and the
# ratios the issue sets (generalized scan at most 10% over plain, suggest within 10 s,
# generalize within 3x scan).
#
#   bench/generalize.sh [--records N] [--rounds N] [--only-scan]
#
# Environment: REIDRISK  the reidrisk binary (default .build/release/reidrisk)
set -euo pipefail

RECORDS=1000000
ROUNDS=5
ONLY_SCAN=0
while [[ $# -gt 0 ]]; do
  case $1 in
    --records) RECORDS=${2:?--records needs a number}; shift 2 ;;
    --rounds) ROUNDS=${2:?--rounds needs a number}; shift 2 ;;
    --only-scan) ONLY_SCAN=1; shift ;;
    -h|--help) sed -n '2,11p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "bench: unknown argument $1" >&2; exit 2 ;;
  esac
done

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
OUT=$ROOT/bench/out
mkdir -p "$OUT"
cd "$ROOT"
REIDRISK=${REIDRISK:-.build/release/reidrisk}
[[ -x $REIDRISK ]] || { echo "bench: $REIDRISK is missing; swift build -c release" >&2; exit 2; }
[[ -x /usr/bin/time ]] || { echo "bench: needs GNU time (/usr/bin/time; apt-get install time)" >&2; exit 2; }

LABEL=$(python3 -c 'import sys; sys.path.insert(0, "bench"); import generate_big; print(generate_big.label(int(sys.argv[1])))' "$RECORDS")
FILE=$OUT/members-$LABEL.csv
if [[ ! -s $FILE ]]; then
  echo "bench: generating $FILE" >&2
  python3 bench/generate_big.py --records "$RECORDS" --out "$FILE" >/dev/null
fi
cat "$FILE" >/dev/null  # page cache

PLAIN=zip,birth_date,age,registered_at
GENERALIZED=zip:3,birth_date:year,age:10,registered_at:hour
declare -A COMMANDS=(
  [scan]="scan $FILE --qi $PLAIN --format json"
  [scan-generalized]="scan $FILE --qi $GENERALIZED --format json"
  [suggest]="suggest $FILE --qi zip,birth_date,age,gender --k 5 --format json"
  [generalize]="generalize $FILE --qi zip:3,birth_date:year,age:10,gender --suppress-below 5 --output $OUT/generalized-$LABEL.csv --format json"
)
ORDER=(scan scan-generalized suggest generalize)
(( ONLY_SCAN )) && ORDER=(scan scan-generalized)
declare -A TIMES CPU PEAK
for round in $(seq 1 "$ROUNDS"); do
  for name in "${ORDER[@]}"; do
    # shellcheck disable=SC2086
    /usr/bin/time -f "%e %U %S %M" -o "$OUT/time.txt" "$REIDRISK" ${COMMANDS[$name]} \
      >"$OUT/$name.stdout" 2>"$OUT/$name.stderr" || [[ $? -eq 1 ]]
    read -r seconds user system kib <"$OUT/time.txt"
    TIMES[$name]="${TIMES[$name]:-} $seconds"
    CPU[$name]="${CPU[$name]:-} $(awk -v u="$user" -v s="$system" 'BEGIN {print u + s}')"
    (( kib > ${PEAK[$name]:-0} )) && PEAK[$name]=$kib
  done
  echo "bench: round $round of $ROUNDS done" >&2
done

median() { tr ' ' '\n' | grep -v '^$' | sort -g | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
best() { tr ' ' '\n' | grep -v '^$' | sort -g | head -1; }

echo "file: $FILE ($(stat -c %s "$FILE") bytes), $ROUNDS rounds by turns, $(date -u +%Y-%m-%dT%H:%MZ), load average $(cut -d' ' -f1-3 /proc/loadavg)"
printf '%-18s %9s %9s %11s %9s  %s\n' command median best cpu_median peak_MiB "wall times"
for name in "${ORDER[@]}"; do
  printf '%-18s %9s %9s %11s %9d  %s\n' "$name" "$(echo "${TIMES[$name]}" | median)" \
    "$(echo "${TIMES[$name]}" | best)" "$(echo "${CPU[$name]}" | median)" \
    $(( PEAK[$name] / 1024 )) "${TIMES[$name]# }"
done
for kind in wall cpu; do
  if [[ $kind == wall ]]; then declare -n T=TIMES; else declare -n T=CPU; fi
  S=$(echo "${T[scan]}" | median)
  G=$(echo "${T[scan-generalized]}" | median)
  U=$(echo "${T[suggest]:-0}" | median)
  W=$(echo "${T[generalize]:-0}" | median)
  awk -v k="$kind" -v s="$S" -v g="$G" -v u="$U" -v w="$W" -v only="$ONLY_SCAN" 'BEGIN {
    printf "%s medians: generalized scan / plain scan %.3f (target at most 1.10)", k, g / s
    if (!only) printf "; suggest %.2f s (target within 10 s); generalize / scan %.2f (target within 3)", u, w / s
    printf "\n"
  }'
done
(( ONLY_SCAN )) || grep -o '"nodes_evaluated" : [0-9]*' "$OUT/suggest.stdout" || true
