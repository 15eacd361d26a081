#!/usr/bin/env bash
# Benchmark `reidrisk scan` against its speed floor (libcsv tokenizing alone) and its peers
# (DuckDB and pandas computing the same class-size histogram). See bench/README.md.
#
#   bench/run.sh [--records N] [--runs N] [--qi COLUMNS] [--no-build]
#
# Environment: REIDRISK  path of the reidrisk binary (default .build/release/reidrisk,
#                        built with `swift build -c release` when missing, unless --no-build)
#              REIDRISK_ARGS  extra arguments for `reidrisk scan` (word-split)
set -euo pipefail

RECORDS=1000000
RUNS=3
QI=zip,birth_date,gender
BUILD=1

usage() {
  sed -n '2,9p' "$0" | sed 's/^# \{0,1\}//'
}

while [[ $# -gt 0 ]]; do
  case $1 in
    --records) RECORDS=${2:?--records needs a number}; shift 2 ;;
    --records=*) RECORDS=${1#*=}; shift ;;
    --runs) RUNS=${2:?--runs needs a number}; shift 2 ;;
    --runs=*) RUNS=${1#*=}; shift ;;
    --qi) QI=${2:?--qi needs column names}; shift 2 ;;
    --qi=*) QI=${1#*=}; shift ;;
    --no-build) BUILD=0; shift ;;
    -h|--help) usage; exit 0 ;;
    *) echo "bench: unknown argument $1" >&2; usage >&2; exit 2 ;;
  esac
done
[[ $RECORDS =~ ^[1-9][0-9]*$ ]] || { echo "bench: --records must be a positive integer" >&2; exit 2; }
[[ $RUNS =~ ^[1-9][0-9]*$ ]] || { echo "bench: --runs must be a positive integer" >&2; exit 2; }

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
OUT=$ROOT/bench/out
mkdir -p "$OUT"
cd "$ROOT"

# --- /usr/bin/time (GNU time) measures wall seconds (%e) and peak RSS in KiB (%M) --------------
if [[ ! -x /usr/bin/time ]]; then
  echo "bench: /usr/bin/time is missing; installing the Debian package 'time' with apt-get" >&2
  SUDO=
  [[ $(id -u) -eq 0 ]] || SUDO=sudo
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq time
fi

# --- input file --------------------------------------------------------------------------------
LABEL=$(python3 -c 'import sys; sys.path.insert(0, "bench"); import generate_big; print(generate_big.label(int(sys.argv[1])))' "$RECORDS")
FILE=$OUT/members-$LABEL.csv
if [[ ! -s $FILE ]]; then
  echo "bench: generating $FILE ($RECORDS records; about 200 bytes each)" >&2
  python3 bench/generate_big.py --records "$RECORDS" --out "$FILE" >/dev/null
fi
BYTES=$(stat -c %s "$FILE")
cat "$FILE" >/dev/null  # warm the page cache, so every tool reads from memory

RESULTS=$OUT/results-$LABEL.tsv
printf 'tool\tthreads\tseconds\tpeak_mib\n' >"$RESULTS"
rm -f "$OUT"/hist-*-"$LABEL".json
NOTES=()

row() {  # tool threads seconds peak
  printf '%s\t%s\t%s\t%s\n' "$1" "$2" "$3" "$4" >>"$RESULTS"
}

# Every tool runs once per round, by turns, for --runs rounds: a virtual machine's speed drifts
# over minutes, and taking turns lets the drift fall on all tools alike.
declare -A BEST PEAK FAILED
TOOLS=()

# run_once NAME OKCODES CMD... : runs CMD once under /usr/bin/time, stdout to $OUT/NAME.stdout,
# stderr to $OUT/NAME.stderr; keeps the least wall seconds in BEST[NAME] and the largest peak
# RSS (KiB) in PEAK[NAME]. An exit code not in OKCODES goes to FAILED[NAME].
run_once() {
  local name=$1 ok=$2
  shift 2
  local rc=0 secs kib
  /usr/bin/time -f "%e %M" -o "$OUT/$name.time" "$@" >"$OUT/$name.stdout" 2>"$OUT/$name.stderr" || rc=$?
  if [[ " $ok " != *" $rc "* ]]; then
    FAILED[$name]=$rc
    return 0
  fi
  read -r secs kib < <(tail -n 1 "$OUT/$name.time")
  if [[ -z ${BEST[$name]:-} ]] || awk -v a="$secs" -v b="${BEST[$name]}" 'BEGIN { exit !(a < b) }'; then
    BEST[$name]=$secs
  fi
  ((kib > ${PEAK[$name]:-0})) && PEAK[$name]=$kib
  return 0
}

# --- the tools ---------------------------------------------------------------------------------
FLOOR=$OUT/libcsv_floor
if [[ ! -x $FLOOR || bench/libcsv_floor.c -nt $FLOOR ]]; then
  gcc -O2 -Wall -Wextra -o "$FLOOR" bench/libcsv_floor.c -lcsv
fi
TOOLS+=(libcsv_floor)

REIDRISK_BIN=${REIDRISK:-$ROOT/.build/release/reidrisk}
if [[ -z ${REIDRISK:-} && ! -x $REIDRISK_BIN && $BUILD -eq 1 ]]; then
  if command -v swift >/dev/null; then
    echo "bench: building reidrisk (swift build -c release)" >&2
    swift build -c release >&2 || echo "bench: swift build failed" >&2
  fi
fi
if [[ -x $REIDRISK_BIN ]]; then TOOLS+=(reidrisk); fi

HAVE_DUCKDB=0
if python3 -c 'import duckdb' 2>/dev/null; then
  HAVE_DUCKDB=1
  TOOLS+=(duckdb-t1 duckdb-t2)
fi
HAVE_PANDAS=0
if python3 -c 'import pandas' 2>/dev/null; then
  HAVE_PANDAS=1
  TOOLS+=(pandas)
fi

run_tool() {  # NAME
  case $1 in
    libcsv_floor) run_once libcsv_floor 0 "$FLOOR" "$FILE" ;;
    # exit 1 (bounds broken) still writes the report; 2 is a usage or input error
    # shellcheck disable=SC2086
    reidrisk) run_once reidrisk "0 1" "$REIDRISK_BIN" scan "$FILE" --qi "$QI" --format json ${REIDRISK_ARGS:-} ;;
    duckdb-t1 | duckdb-t2)
      local threads=${1#duckdb-t}
      run_once "$1" 0 python3 bench/hist.py duckdb "$FILE" --qi "$QI" --threads "$threads" --out "$OUT/hist-$1-$LABEL.json" ;;
    pandas) run_once pandas 0 python3 bench/hist.py pandas "$FILE" --qi "$QI" --out "$OUT/hist-pandas-$LABEL.json" ;;
  esac
}

for ((round = 1; round <= RUNS; round++)); do
  echo "bench: round $round of $RUNS (${TOOLS[*]})" >&2
  for name in "${TOOLS[@]}"; do
    [[ -n ${FAILED[$name]:-} ]] || run_tool "$name"
  done
done

mib() { awk -v k="$1" 'BEGIN { printf "%.0f", k / 1024 }'; }

# --- rows --------------------------------------------------------------------------------------
if [[ -n ${FAILED[libcsv_floor]:-} ]]; then
  row "libcsv floor (tokenize only)" 1 failed -
  NOTES+=("libcsv floor: failed (exit ${FAILED[libcsv_floor]}), see bench/out/libcsv_floor.stderr")
else
  row "libcsv floor (tokenize only)" 1 "${BEST[libcsv_floor]}" "$(mib "${PEAK[libcsv_floor]}")"
  NOTES+=("libcsv floor: $(cat "$OUT/libcsv_floor.stdout")")
fi

REIDRISK_HIST=
if [[ ! -x $REIDRISK_BIN ]]; then
  echo "reidrisk: not built ($REIDRISK_BIN missing)"
  row "reidrisk scan" auto "not built" -
elif [[ -n ${FAILED[reidrisk]:-} ]]; then
  echo "reidrisk: scan failed (exit ${FAILED[reidrisk]}): $(head -c 300 "$OUT/reidrisk.stderr")"
  row "reidrisk scan" auto "failed" -
else
  row "reidrisk scan" auto "${BEST[reidrisk]}" "$(mib "${PEAK[reidrisk]}")"
  if python3 bench/hist.py reidrisk "$OUT/reidrisk.stdout" --out "$OUT/hist-reidrisk-$LABEL.json" 2>>"$OUT/reidrisk.stderr"; then
    REIDRISK_HIST=$OUT/hist-reidrisk-$LABEL.json
  else
    NOTES+=("reidrisk: no class_size_histogram in its JSON, see bench/out/reidrisk.stdout")
  fi
fi

for threads in 1 2; do
  name=duckdb-t$threads
  if [[ $HAVE_DUCKDB -eq 0 ]]; then
    row "duckdb (python)" "$threads" "not installed" -
  elif [[ -n ${FAILED[$name]:-} ]]; then
    row "duckdb (python)" "$threads" failed -
    NOTES+=("duckdb threads=$threads: failed (exit ${FAILED[$name]}), see bench/out/$name.stderr")
  else
    row "duckdb (python)" "$threads" "${BEST[$name]}" "$(mib "${PEAK[$name]}")"
  fi
done

if [[ $HAVE_PANDAS -eq 0 ]]; then
  row "pandas (read_csv+groupby)" 1 "not installed" -
elif [[ -n ${FAILED[pandas]:-} ]]; then
  row "pandas (read_csv+groupby)" 1 failed -
  NOTES+=("pandas: failed (exit ${FAILED[pandas]}), see bench/out/pandas.stderr")
else
  row "pandas (read_csv+groupby)" 1 "${BEST[pandas]}" "$(mib "${PEAK[pandas]}")"
fi

# --- report ------------------------------------------------------------------------------------
MIB=$(awk -v b="$BYTES" 'BEGIN { printf "%.1f", b / 1048576 }')
echo
echo "file: ${FILE#"$ROOT"/} ($RECORDS records, $MIB MiB), --qi $QI, best of $RUNS rounds (tools by turns), $(nproc) cores"
echo
awk -F'\t' 'NR == 1 { printf "%-30s %7s %10s %9s\n", "tool", "threads", "seconds", "peak MiB"; next }
            { printf "%-30s %7s %10s %9s\n", $1, $2, $3, $4 }' "$RESULTS"
echo
for note in "${NOTES[@]+"${NOTES[@]}"}"; do echo "$note"; done

compare() {  # label A B
  if [[ -s $2 && -s $3 ]]; then
    echo "histogram $1: $(python3 bench/hist.py compare "$2" "$3" || true)"
  fi
}
DUCK=$OUT/hist-duckdb-t1-$LABEL.json
if [[ -n $REIDRISK_HIST ]]; then
  if [[ -s $DUCK ]]; then
    compare "reidrisk vs duckdb" "$REIDRISK_HIST" "$DUCK"
  else
    echo "histogram reidrisk vs duckdb: no duckdb histogram to compare with"
  fi
else
  echo "histogram reidrisk vs duckdb: no reidrisk histogram"
fi
compare "duckdb threads=2 vs threads=1" "$OUT/hist-duckdb-t2-$LABEL.json" "$DUCK"
compare "pandas vs duckdb" "$OUT/hist-pandas-$LABEL.json" "$DUCK"
echo
echo "results: ${RESULTS#"$ROOT"/}"
