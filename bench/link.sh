#!/usr/bin/env bash
# Benchmark `reidrisk link` against `reidrisk scan` on the same export: a member export and a
# voter roll (outside file) of the same size, both synthetic and deterministic.
#
#   bench/link.sh [--records N] [--runs N] [--no-build]
#
# Prints the best wall time and the largest peak memory (RSS) of each command, and the ratio
# link / scan. Target (issue 4): link within 2x of scan, peak memory under 300 MB at 1M.
#
# Environment: REIDRISK  path of the reidrisk binary (default .build/release/reidrisk,
#                        built with `swift build -c release` when missing, unless --no-build)
set -euo pipefail

RECORDS=1000000
RUNS=3
BUILD=1
QI=zip,birth_date,gender

while [[ $# -gt 0 ]]; do
  case $1 in
    --records) RECORDS=${2:?--records needs a number}; shift 2 ;;
    --runs) RUNS=${2:?--runs needs a number}; shift 2 ;;
    --no-build) BUILD=0; shift ;;
    -h|--help) sed -n '2,12p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "bench: unknown argument $1" >&2; exit 2 ;;
  esac
done
[[ $RECORDS =~ ^[1-9][0-9]*$ ]] || { echo "bench: --records must be a positive integer" >&2; exit 2; }
[[ $RUNS =~ ^[1-9][0-9]*$ ]] || { echo "bench: --runs must be a positive integer" >&2; exit 2; }

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
OUT=$ROOT/bench/out
mkdir -p "$OUT"
cd "$ROOT"

if [[ ! -x /usr/bin/time ]]; then
  echo "bench: /usr/bin/time is missing; install the Debian package 'time'" >&2
  exit 2
fi

LABEL=$(python3 -c 'import sys; sys.path.insert(0, "bench"); import generate_big; print(generate_big.label(int(sys.argv[1])))' "$RECORDS")
EXPORT=$OUT/members-$LABEL.csv
OUTSIDE=$OUT/voters-$LABEL.csv
if [[ ! -s $EXPORT ]]; then
  echo "bench: generating $EXPORT" >&2
  python3 bench/generate_big.py --records "$RECORDS" --out "$EXPORT" >/dev/null
fi
if [[ ! -s $OUTSIDE ]]; then
  echo "bench: generating $OUTSIDE" >&2
  python3 bench/generate_outside.py --records "$RECORDS" --export-records "$RECORDS" --out "$OUTSIDE" >/dev/null
fi
cat "$EXPORT" "$OUTSIDE" >/dev/null  # warm the page cache

BIN=${REIDRISK:-$ROOT/.build/release/reidrisk}
if [[ -z ${REIDRISK:-} && ! -x $BIN && $BUILD -eq 1 ]]; then
  echo "bench: building reidrisk (swift build -c release)" >&2
  swift build -c release >&2
fi
[[ -x $BIN ]] || { echo "bench: $BIN is missing" >&2; exit 2; }

# measure NAME CMD...: best wall seconds and largest peak RSS (MiB) over $RUNS runs
measure() {
  local name=$1
  shift
  local best= peak=0 secs kib rc
  for ((i = 1; i <= RUNS; i++)); do
    rc=0
    /usr/bin/time -f "%e %M" -o "$OUT/$name.time" "$@" >"$OUT/$name.stdout" 2>"$OUT/$name.stderr" || rc=$?
    if [[ $rc -ne 0 && $rc -ne 1 ]]; then
      echo "bench: $name failed (exit $rc): $(head -c 300 "$OUT/$name.stderr")" >&2
      exit 1
    fi
    read -r secs kib < <(tail -n 1 "$OUT/$name.time")
    if [[ -z $best ]] || awk -v a="$secs" -v b="$best" 'BEGIN { exit !(a < b) }'; then best=$secs; fi
    ((kib > peak)) && peak=$kib
  done
  BEST_S=$best
  PEAK_MIB=$(awk -v k="$peak" 'BEGIN { printf "%.0f", k / 1024 }')
}

echo "bench: reidrisk scan" >&2
measure link-bench-scan "$BIN" scan "$EXPORT" --qi "$QI" --format json
SCAN_S=$BEST_S SCAN_MIB=$PEAK_MIB
echo "bench: reidrisk link" >&2
measure link-bench-link "$BIN" link "$EXPORT" --against "$OUTSIDE" --format json
LINK_S=$BEST_S LINK_MIB=$PEAK_MIB

mib() { awk -v b="$(stat -c %s "$1")" 'BEGIN { printf "%.1f", b / 1048576 }'; }
echo
echo "export:  ${EXPORT#"$ROOT"/} ($RECORDS records, $(mib "$EXPORT") MiB)"
echo "outside: ${OUTSIDE#"$ROOT"/} ($RECORDS records, $(mib "$OUTSIDE") MiB)"
echo "best of $RUNS runs, $(nproc) cores"
echo
printf '%-52s %8s %9s\n' command seconds "peak MiB"
printf '%-52s %8s %9s\n' "reidrisk scan --qi $QI" "$SCAN_S" "$SCAN_MIB"
printf '%-52s %8s %9s\n' "reidrisk link --against (on $QI)" "$LINK_S" "$LINK_MIB"
echo
awk -v l="$LINK_S" -v s="$SCAN_S" 'BEGIN { printf "link / scan: %.2fx (target: at most 2x)\n", l / s }'
python3 - "$OUT/link-bench-link.stdout" <<'PY'
import json, sys
link = json.load(open(sys.argv[1]))["link"]
print(f"link: on {', '.join(link['on'])}; re-identified {link['reidentified']:,}, ambiguous {link['ambiguous']:,},"
      f" hidden {link['hidden']:,}, not found {link['not_found']:,}; outside in export {link['outside_in_export']:,}")
PY
