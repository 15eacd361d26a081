#!/usr/bin/env bash
# Times the counting pushed into DuckDB (a Parquet file) and local Spark against `scan` of the
# same records as CSV: wall time, the engine's share, rows and bytes returned to reidrisk.
#
#   bench/engines.sh [--records 10000000] [--qi zip,birth_date:year,gender]
#
# Needs duckdb (Tests/requirements.txt), spark-submit and java (Tests/requirements-spark.txt,
# openjdk-17-jre-headless) on PATH and a release build
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
spark_table="parquet.\`$(realpath "$parquet")\`"
echo "scan --source spark:   $(seconds "$reidrisk" scan --source 'spark:local[*]' \
  --table "$spark_table" --qi "$qi" --format json) s"
# the same query in a pyspark session of its own: the JVM's start, the query (rows streamed
# back as reidrisk's driver streams them, one JSON line a row), rows and bytes
"$reidrisk" scan --emit-sql spark --table "$spark_table" --qi "$qi" \
  | grep -v '^-- ' >bench/out/engines-spark.sql
# Spark's log goes to bench/out/engines-spark.log
python3 - bench/out/engines-spark.sql 2>bench/out/engines-spark.log <<'PYTHON'
import json
import sys
import time

start = time.time()
from pyspark.sql import SparkSession

builder = SparkSession.builder.master("local[*]").config("spark.ui.enabled", "false")
spark = builder.config("spark.ui.showConsoleProgress", "false").getOrCreate()
spark.sparkContext.setLogLevel("ERROR")
started = time.time()
rows = size = 0
query = open(sys.argv[1]).read().strip().rstrip(";")
for row in spark.sql(query).toLocalIterator():
    rows += 1
    size += len(json.dumps([None if v is None else str(v) for v in row])) + 1
done = time.time()
print("  of which JVM start:  %.1f s" % (started - start))
print("  of which the query:  %.1f s" % (done - started))
print("  returned:            %d rows, %d bytes (JSON lines)" % (rows, size))
spark.stop()
PYTHON
