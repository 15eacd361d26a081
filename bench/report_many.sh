#!/usr/bin/env bash
# Times `reidrisk report` over many files (default 20 files of 100,000 records) and over one of
# them, and prints the time and peak memory of each run: memory must not grow with the number
# of files, since they are read one after the other and each dataset is dropped.
#
# Usage: bench/report_many.sh [--files 20] [--records 100000] [--qi zip,birth_date,gender]
#        REIDRISK=/path/to/reidrisk bench/report_many.sh
# Needs python3 (bench/generate_big.py) and GNU time (/usr/bin/time, Debian package "time").
set -euo pipefail
cd "$(dirname "$0")/.."
files=20
records=100000
qi=zip,birth_date,gender
while [ $# -gt 0 ]; do
  case "$1" in
    --files) files=$2; shift 2 ;;
    --records) records=$2; shift 2 ;;
    --qi) qi=$2; shift 2 ;;
    *) echo "usage: bench/report_many.sh [--files N] [--records N] [--qi COLUMNS]" >&2; exit 2 ;;
  esac
done
REIDRISK=${REIDRISK:-.build/release/reidrisk}
if [ ! -x "$REIDRISK" ]; then swift build -c release; fi
if [ ! -x /usr/bin/time ]; then
  echo "installing GNU time" >&2
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq time >/dev/null
fi
folder=bench/out/many-$records
mkdir -p "$folder"
for i in $(seq 1 "$files"); do
  file=$folder/members-$(printf %02d "$i").csv
  # a different seed per file: 20 different exports of the same shape
  [ -f "$file" ] || python3 bench/generate_big.py --records "$records" --seed $((1000 + i)) --out "$file" >/dev/null
done
size=$(du -sh "$folder" | cut -f1)
run() {
  local label=$1; shift
  local status=0
  /usr/bin/time -o "$folder/time.txt" -f "%e %M" "$REIDRISK" report "$@" --qi "$qi" \
    --output "$folder/report.html" >/dev/null 2>"$folder/stderr.txt" || status=$?
  # 1 only means a bound is broken; the report is written all the same
  if [ "$status" -gt 1 ]; then echo "$label: reidrisk failed (exit $status): $(head -3 "$folder/stderr.txt")" >&2; return; fi
  read -r seconds kilobytes <"$folder/time.txt"
  printf '%-34s %8s s %8s MB\n' "$label" "$seconds" "$((kilobytes / 1024))"
}
echo "reidrisk report, $files files of $records records ($size), quasi-identifiers $qi"
echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2 / 1048576}' /proc/meminfo); $(date -u +%Y-%m-%d)"
run "1 file" "$folder/members-01.csv"
run "$files files (a folder)" "$folder"
ls -l "$folder/report.html" | awk '{printf "HTML report: %.0f KB\n", $5 / 1024}'
