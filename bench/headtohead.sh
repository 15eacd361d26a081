#!/usr/bin/env bash
# reidrisk scan against DuckDB with 2 threads, run by turns on the same file, so that the
# drift of a virtual machine's speed falls on both alike. Prints each round, then the best and
# median of each and how many rounds each won. See bench/README.md.
#
#   bench/headtohead.sh [--records N] [--rounds N] [--qi COLUMNS]
#
# Needs the file bench/run.sh generates (it makes it when missing), a release build
# (REIDRISK, default .build/release/reidrisk) and duckdb from PyPI.
set -euo pipefail

RECORDS=1000000
ROUNDS=10
QI=zip,birth_date,gender
while [[ $# -gt 0 ]]; do
  case $1 in
    --records) RECORDS=${2:?--records needs a number}; shift 2 ;;
    --rounds) ROUNDS=${2:?--rounds needs a number}; shift 2 ;;
    --qi) QI=${2:?--qi needs column names}; shift 2 ;;
    -h|--help) sed -n '2,9p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "headtohead: unknown argument $1" >&2; exit 2 ;;
  esac
done
[[ $RECORDS =~ ^[1-9][0-9]*$ ]] || { echo "headtohead: --records must be a positive integer" >&2; exit 2; }
[[ $ROUNDS =~ ^[1-9][0-9]*$ ]] || { echo "headtohead: --rounds must be a positive integer" >&2; exit 2; }

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
OUT=$ROOT/bench/out
cd "$ROOT"
LABEL=$(python3 -c 'import sys; sys.path.insert(0, "bench"); import generate_big; print(generate_big.label(int(sys.argv[1])))' "$RECORDS")
FILE=$OUT/members-$LABEL.csv
if [[ ! -s $FILE ]]; then
  mkdir -p "$OUT"
  python3 bench/generate_big.py --records "$RECORDS" --out "$FILE" >/dev/null
fi
REIDRISK_BIN=${REIDRISK:-$ROOT/.build/release/reidrisk}
[[ -x $REIDRISK_BIN ]] || { echo "headtohead: $REIDRISK_BIN missing; run swift build -c release" >&2; exit 2; }
python3 -c 'import duckdb' 2>/dev/null || { echo "headtohead: pip install duckdb" >&2; exit 2; }
cat "$FILE" >/dev/null  # warm the page cache

seconds() {  # CMD... : wall seconds of one run
  local start end
  start=$(date +%s.%N)
  "$@" >/dev/null 2>&1
  end=$(date +%s.%N)
  awk -v a="$start" -v b="$end" 'BEGIN { printf "%.3f", b - a }'
}

RESULTS=$OUT/headtohead-$LABEL.tsv
printf 'round\treidrisk\tduckdb_t2\n' >"$RESULTS"
for ((round = 1; round <= ROUNDS; round++)); do
  # Alternate who goes first, so neither always runs on a cache the other warmed.
  if ((round % 2)); then
    r=$(seconds "$REIDRISK_BIN" scan "$FILE" --qi "$QI" --format json)
    d=$(seconds python3 bench/hist.py duckdb "$FILE" --qi "$QI" --threads 2 --out /dev/null)
  else
    d=$(seconds python3 bench/hist.py duckdb "$FILE" --qi "$QI" --threads 2 --out /dev/null)
    r=$(seconds "$REIDRISK_BIN" scan "$FILE" --qi "$QI" --format json)
  fi
  printf '%s\t%s\t%s\n' "$round" "$r" "$d" >>"$RESULTS"
  printf 'round %2d  reidrisk %6.3f s  duckdb (2 threads) %6.3f s\n' "$round" "$r" "$d"
done
python3 - "$RESULTS" <<'EOF'
import csv, statistics, sys
rows = list(csv.DictReader(open(sys.argv[1]), delimiter="\t"))
r = [float(row["reidrisk"]) for row in rows]
d = [float(row["duckdb_t2"]) for row in rows]
wins = sum(a < b for a, b in zip(r, d))
print()
print(f"reidrisk scan:      best {min(r):.3f} s, median {statistics.median(r):.3f} s")
print(f"duckdb (2 threads): best {min(d):.3f} s, median {statistics.median(d):.3f} s")
print(f"reidrisk faster in {wins} of {len(rows)} rounds;"
      f" median ratio reidrisk/duckdb {statistics.median(a / b for a, b in zip(r, d)):.3f}")
EOF
