#!/usr/bin/env bash
# reidrisk scan against the DuckDB CLI with 2 threads, on the narrow and the wide member export,
# run by turns (who goes first alternates), so that the drift of a virtual machine's speed falls
# on both alike. Prints each pair, then per file the median wall and CPU time of each, the
# ratio of the medians (reidrisk / DuckDB), the median of the pairs' ratios, the rounds each won,
# and the load average before and after. See bench/README.md.
#
#   bench/headtohead.sh [--records N] [--rounds N] [--qi COLUMNS] [--files narrow,wide]
#
# Writes the files when missing (bench/generate_big.py, bench/generate_wide.py), needs a release
# build (REIDRISK, default .build/release/reidrisk) and installs the DuckDB CLI from
# bench/requirements-headtohead.txt when it is missing.
set -euo pipefail

RECORDS=1000000
ROUNDS=5
QI=zip,birth_date,gender
FILES=narrow,wide
while [[ $# -gt 0 ]]; do
  case $1 in
    --records) RECORDS=${2:?--records needs a number}; shift 2 ;;
    --rounds) ROUNDS=${2:?--rounds needs a number}; shift 2 ;;
    --qi) QI=${2:?--qi needs column names}; shift 2 ;;
    --files) FILES=${2:?--files needs narrow, wide or both}; shift 2 ;;
    -h|--help) sed -n '2,12p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "headtohead: unknown argument $1" >&2; exit 2 ;;
  esac
done
[[ $RECORDS =~ ^[1-9][0-9]*$ ]] || { echo "headtohead: --records must be a positive integer" >&2; exit 2; }
[[ $ROUNDS =~ ^[1-9][0-9]*$ ]] || { echo "headtohead: --rounds must be a positive integer" >&2; exit 2; }

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
OUT=$ROOT/bench/out
cd "$ROOT"
mkdir -p "$OUT"
REIDRISK_BIN=${REIDRISK:-$ROOT/.build/release/reidrisk}
[[ -x $REIDRISK_BIN ]] || { echo "headtohead: $REIDRISK_BIN missing; run swift build -c release" >&2; exit 2; }
[[ -x /usr/bin/time ]] || { echo "headtohead: installing GNU time (apt-get install time)" >&2; apt-get install -y -qq time >/dev/null; }

# The CLI binary itself, not the Python script PyPI puts on the PATH (it would add an
# interpreter's start to every DuckDB run).
duckdb_binary() {
  python3 -c 'import os, duckdb_cli; print(os.path.join(os.path.dirname(duckdb_cli.__file__), "duckdb"))' 2>/dev/null
}
DUCKDB=$(duckdb_binary || true)
if [[ ! -x $DUCKDB ]]; then
  echo "headtohead: installing the DuckDB CLI (pip install -r bench/requirements-headtohead.txt)" >&2
  python3 -m pip install -q -r bench/requirements-headtohead.txt
  DUCKDB=$(duckdb_binary)
fi
LABEL=$(python3 -c 'import sys; sys.path.insert(0, "bench"); import generate_big; print(generate_big.label(int(sys.argv[1])))' "$RECORDS")

measure() {  # OUTFILE CMD... : appends "wall user+system" of one run
  local out=$1
  shift
  /usr/bin/time -f '%e %U %S' -o "$OUT/headtohead.time" "$@" >/dev/null 2>"$OUT/headtohead.stderr" || {
    local code=$?
    # Exit 1 only means a policy bound was broken; the report is complete.
    [[ $code == 1 ]] || { echo "headtohead: failed ($code): $*" >&2; cat "$OUT/headtohead.stderr" >&2; exit 2; }
  }
  awk '{ printf "%.3f %.3f\n", $1, $2 + $3 }' "$OUT/headtohead.time" >"$out"
}

IFS=, read -r -a KINDS <<<"$FILES"
for kind in "${KINDS[@]}"; do
  case $kind in
    narrow) FILE=$OUT/members-$LABEL.csv; GENERATOR=bench/generate_big.py ;;
    wide) FILE=$OUT/wide-$LABEL.csv; GENERATOR=bench/generate_wide.py ;;
    *) echo "headtohead: --files takes narrow and wide, not $kind" >&2; exit 2 ;;
  esac
  [[ -s $FILE ]] || python3 "$GENERATOR" --records "$RECORDS" --out "$FILE" >/dev/null
  cat "$FILE" >/dev/null  # warm the page cache
  SQL="SET threads=2; SELECT size, count(*) AS classes FROM (SELECT count(*) AS size FROM read_csv('$FILE', all_varchar=true, header=true) GROUP BY ${QI}) GROUP BY size ORDER BY size"
  RESULTS=$OUT/headtohead-$kind-$LABEL.tsv
  printf 'round\treidrisk_wall\treidrisk_cpu\tduckdb_wall\tduckdb_cpu\n' >"$RESULTS"
  echo "== $kind: $(basename "$FILE") ($(du -m "$FILE" | cut -f1) MB), --qi $QI; load average $(cut -d' ' -f1-3 /proc/loadavg)"
  for ((round = 1; round <= ROUNDS; round++)); do
    if ((round % 2)); then
      measure "$OUT/r.t" "$REIDRISK_BIN" scan "$FILE" --qi "$QI" --format json
      measure "$OUT/d.t" "$DUCKDB" -c "$SQL"
    else
      measure "$OUT/d.t" "$DUCKDB" -c "$SQL"
      measure "$OUT/r.t" "$REIDRISK_BIN" scan "$FILE" --qi "$QI" --format json
    fi
    read -r rw rc <"$OUT/r.t"
    read -r dw dc <"$OUT/d.t"
    printf '%s\t%s\t%s\t%s\t%s\n' "$round" "$rw" "$rc" "$dw" "$dc" >>"$RESULTS"
    printf 'round %2d  reidrisk %6.3f s (cpu %6.3f)  duckdb (2 threads) %6.3f s (cpu %6.3f)\n' \
      "$round" "$rw" "$rc" "$dw" "$dc"
  done
  python3 - "$RESULTS" <<'EOF'
import csv, statistics, sys
rows = list(csv.DictReader(open(sys.argv[1]), delimiter="\t"))
col = lambda name: [float(row[name]) for row in rows]
rw, rc, dw, dc = col("reidrisk_wall"), col("reidrisk_cpu"), col("duckdb_wall"), col("duckdb_cpu")
med = statistics.median
print(f"reidrisk scan:      median {med(rw):.3f} s (best {min(rw):.3f}), cpu {med(rc):.3f} s")
print(f"duckdb (2 threads): median {med(dw):.3f} s (best {min(dw):.3f}), cpu {med(dc):.3f} s")
print(f"ratio of medians reidrisk/duckdb {med(rw) / med(dw):.3f};"
      f" median of the pairs' ratios {med(a / b for a, b in zip(rw, dw)):.3f};"
      f" reidrisk faster in {sum(a < b for a, b in zip(rw, dw))} of {len(rows)}")
EOF
  echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
done
