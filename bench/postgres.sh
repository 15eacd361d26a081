#!/usr/bin/env bash
# scan --source postgres:// against scan of the same records as CSV.
#
#   bench/postgres.sh                    10,000,000 records (bench/out/members-10m.csv)
#   bench/postgres.sh --records 1000000 --qi zip,age,gender
#
# Starts a throwaway cluster (scripts/postgres-test-cluster.sh), generates the records in it
# (generate_series; every value a deterministic function of the record number, so each run has
# the same rows: 150 ZIP codes, 25,000 birth dates, 3 genders and an empty gender in 1 of 97),
# writes the same rows to bench/out/pg-members-<n>.csv with COPY TO for the CSV side, then
# prints: the time of `reidrisk scan --source`
# (wall, best of --runs), the time of the class-counts query alone in psql (the share spent in
# the engine), the rows and bytes the query returns (its result as CSV text, which is about what
# crosses the socket), and the time of `reidrisk scan FILE.csv` with the same --qi. The cluster
# is stopped and removed at the end. Needs PostgreSQL (apt-get install postgresql) and a
# release build (.build/release/reidrisk, built when missing).
set -euo pipefail
cd "$(dirname "$0")/.."

RECORDS=10000000
RUNS=3
QI=zip,birth_date,gender
WORK_MEM=256MB
CSV=yes
while [[ $# -gt 0 ]]; do
  case "$1" in
  --records) RECORDS=$2; shift 2 ;;
  --runs) RUNS=$2; shift 2 ;;
  --qi) QI=$2; shift 2 ;;
  --work-mem) WORK_MEM=$2; shift 2 ;;
  --no-csv) CSV=no; shift ;;
  *) echo "usage: $0 [--records N] [--runs N] [--qi COLUMNS] [--work-mem SIZE] [--no-csv]" >&2; exit 2 ;;
  esac
done

REIDRISK=${REIDRISK:-.build/release/reidrisk}
[[ -x "$REIDRISK" ]] || swift build -c release --product reidrisk
FILE=bench/out/pg-members-$RECORDS.csv
mkdir -p bench/out

cluster=$(scripts/postgres-test-cluster.sh start)
trap 'scripts/postgres-test-cluster.sh stop "$cluster"' EXIT
port=$(cat "$cluster/port")
bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
psql=("$bin/psql" -X -q -v ON_ERROR_STOP=1 -h "$cluster" -p "$port" -U reidrisk -d reidrisk)
start=$(date +%s.%N)
"${psql[@]}" -c "CREATE TABLE members AS SELECT
    'M' || lpad(i::text, 9, '0') AS member_id,
    (10000 + (i * 7907) % 150)::text AS zip,
    to_char(date '1950-01-01' + ((i * 7919) % 25000)::integer, 'YYYY-MM-DD') AS birth_date,
    CASE WHEN i % 97 = 0 THEN '' ELSE (ARRAY['Female', 'Male', 'Nonbinary'])[1 + (i * 31) % 3] END
      AS gender,
    (18 + (i * 13) % 70)::text AS age
  FROM generate_series(1::bigint, $RECORDS) AS i"
"${psql[@]}" -c "VACUUM ANALYZE members"
load=$(echo "$(date +%s.%N) - $start" | bc)
if [[ $CSV == yes ]]; then
  "${psql[@]}" -c "\\copy members TO '$PWD/$FILE' WITH (FORMAT csv, HEADER true)"
fi
size=$("${psql[@]}" -At -c "SELECT pg_size_pretty(pg_total_relation_size('members'))")

source="postgres://reidrisk@/reidrisk?host=$cluster&port=$port&options=-c%20work_mem%3D$WORK_MEM"
query=$("$REIDRISK" scan --emit-sql postgres --table members --qi "$QI" | grep -v '^--')

best() { sort -n | head -n 1; }
# wall seconds, then the CPU seconds (user + system) of the command itself
seconds() { /usr/bin/time -f "%e %U %S" "$@" 2>&1 >/dev/null | tail -n 1 | awk '{ printf "%s %.2f\n", $1, $2 + $3 }'; }
engine_scan=() query_alone=() csv_scan=()
for _ in $(seq "$RUNS"); do
  engine_scan+=("$(seconds "$REIDRISK" scan --source "$source" --table members --qi "$QI" --format json)")
  query_alone+=("$(seconds "${psql[@]}" -c "SET work_mem = '$WORK_MEM'" -At -c "$query")")
  if [[ $CSV == yes ]]; then
    csv_scan+=("$(seconds "$REIDRISK" scan "$FILE" --qi "$QI" --format json)")
  else
    csv_scan+=("- -")
  fi
done
result=$("${psql[@]}" -c "SET work_mem = '$WORK_MEM'" --csv -c "$query")
rows=$(($(printf '%s\n' "$result" | wc -l) - 1))
bytes=$(printf '%s\n' "$result" | wc -c)

engine=$(printf '%s\n' "${engine_scan[@]}" | best)
alone=$(printf '%s\n' "${query_alone[@]}" | best)
csv=$(printf '%s\n' "${csv_scan[@]}" | best)
share=$(echo "scale=0; 100 * ${alone%% *} / ${engine%% *}" | bc)
echo "records: $RECORDS; --qi $QI; work_mem $WORK_MEM; reidrisk: $REIDRISK"
echo "generated in PostgreSQL (CREATE TABLE AS + VACUUM ANALYZE): ${load%.*} s; table size $size"
echo
echo "| run | wall s (best of $RUNS) | CPU s of reidrisk (user + system) |"
echo "| --- | --- | --- |"
echo "| reidrisk scan --source postgres:// --table members | ${engine%% *} | ${engine##* } |"
echo "| the class-counts query alone (psql; the engine's share: $share%) | ${alone%% *} | (server) |"
echo "| reidrisk scan $FILE | ${csv%% *} | ${csv##* } |"
echo
echo "returned to reidrisk: $rows rows (classes), $bytes bytes as CSV text"
