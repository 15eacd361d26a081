#!/usr/bin/env bash
# Times the counting pushed into DuckDB (a Parquet file) and local Spark against `scan` of the
# same records as CSV: wall time, the engine's share, rows and bytes returned to reidrisk.
#
#   bench/engines.sh [--records 10000000] [--qi zip,birth_date:year,gender]
#
# Needs duckdb and spark-submit on PATH (Tests/requirements.txt) and a release build
# (REIDRISK, default .build/release/reidrisk). The CSV comes from bench/generate_big.py; the
# Parquet file is that CSV written by DuckDB with every column as text.
set -euo pipefail
cd "$(dirname "$0")/.."
records=10000000
qi=zip,birth_date:year,gender
while [ $# -gt 0 ]; do
  case "$1" in
    --records) records=$2; shift 2 ;;
    --qi) qi=$2; shift 2 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
reidrisk=${REIDRISK:-.build/release/reidrisk}
[ -x "$reidrisk" ] || swift build -c release --product reidrisk >/dev/null
mkdir -p bench/out
csv=bench/out/members-$records.csv
parquet=bench/out/members-$records.parquet
[ -f "$csv" ] || python3 bench/generate_big.py --records "$records" --out "$csv"
[ -f "$parquet" ] || duckdb -init /dev/null -c \
  "COPY (SELECT * FROM read_csv('$csv', all_varchar = true)) TO '$parquet' (FORMAT parquet)"

seconds() { local start=$(date +%s.%N); "$@" >/dev/null; echo "$(date +%s.%N) - $start" | bc; }

echo "records: $records, --qi $qi, $(nproc) cores, $(date -u +%Y-%m-%dT%H:%MZ)"
echo "scan CSV:              $(seconds "$reidrisk" scan "$csv" --qi "$qi" --format json) s"
echo "scan --source duckdb:  $(seconds "$reidrisk" scan --source duckdb: \
  --table "read_parquet('$parquet')" --qi "$qi" --format json) s"
"$reidrisk" scan --emit-sql duckdb --table "read_parquet('$parquet')" --qi "$qi" \
  | grep -v '^-- ' >bench/out/engines-duckdb.sql
start=$(date +%s.%N)
duckdb -init /dev/null -csv <bench/out/engines-duckdb.sql >bench/out/engines-duckdb.csv
echo "  of which DuckDB:     $(echo "$(date +%s.%N) - $start" | bc) s"
echo "  returned:            $(($(wc -l <bench/out/engines-duckdb.csv) - 1)) rows," \
  "$(wc -c <bench/out/engines-duckdb.csv) bytes"
echo "scan --source spark:   $(seconds "$reidrisk" scan --source 'spark:local[*]' \
  --table "parquet.\`$(realpath "$parquet")\`" --qi "$qi" --format json) s"
