#!/usr/bin/env bash
# Two reidrisk binaries on the same file, by turns (A then B, then B then A, ...), so that the
# drift of a virtual machine's speed falls on both alike. Prints each round's CPU time (user +
# system, less sensitive than wall time to other work on a shared machine), then the best and
# median of each and how many rounds B was faster.
#
#   bench/compare.sh OLD_BINARY NEW_BINARY [--rounds N] [--file CSV] [--qi COLUMNS]
set -euo pipefail
A=${1:?give two binaries}
B=${2:?give two binaries}
shift 2
ROUNDS=10
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
FILE=$ROOT/bench/out/members-1m.csv
QI=zip,birth_date,gender
while [[ $# -gt 0 ]]; do
  case $1 in
    --rounds) ROUNDS=$2; shift 2 ;;
    --file) FILE=$2; shift 2 ;;
    --qi) QI=$2; shift 2 ;;
    *) echo "compare: unknown argument $1" >&2; exit 2 ;;
  esac
done
[[ -s $FILE ]] || python3 "$ROOT/bench/generate_big.py" --records 1000000 --out "$FILE" >/dev/null
cat "$FILE" >/dev/null
seconds() {
  local times
  times=$(mktemp)
  /usr/bin/time -o "$times" -f '%U %S' "$@" >/dev/null 2>&1 || [[ $? == 1 ]]
  awk '{ printf "%.3f", $1 + $2 }' "$times"
  rm -f "$times"
}
results=$(mktemp)
for ((round = 1; round <= ROUNDS; round++)); do
  if ((round % 2)); then
    a=$(seconds "$A" scan "$FILE" --qi "$QI" --format json)
    b=$(seconds "$B" scan "$FILE" --qi "$QI" --format json)
  else
    b=$(seconds "$B" scan "$FILE" --qi "$QI" --format json)
    a=$(seconds "$A" scan "$FILE" --qi "$QI" --format json)
  fi
  printf 'round %2d  A %s  B %s\n' "$round" "$a" "$b"
  printf '%s\t%s\n' "$a" "$b" >>"$results"
done
python3 - "$results" <<'PY'
import statistics, sys
rows = [tuple(map(float, line.split())) for line in open(sys.argv[1])]
a = [r[0] for r in rows]; b = [r[1] for r in rows]
print(f"A best {min(a):.3f} median {statistics.median(a):.3f}")
print(f"B best {min(b):.3f} median {statistics.median(b):.3f}")
print(f"B faster in {sum(1 for x, y in rows if y < x)} of {len(rows)}; median ratio B/A"
      f" {statistics.median(y / x for x, y in rows):.3f}")
PY
rm -f "$results"
