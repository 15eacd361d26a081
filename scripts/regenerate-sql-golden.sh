#!/usr/bin/env bash
# Rewrites Tests/Fixtures/sql/DIALECT.sql from `reidrisk scan --emit-sql` (comments left out),
# for ClassCountsQueriesTests.goldenSQL. Run after a deliberate change of the generated SQL.
set -euo pipefail
cd "$(dirname "$0")/.."
swift build --product reidrisk >/dev/null
for dialect in postgres duckdb spark bigquery trino snowflake; do
  .build/debug/reidrisk scan --emit-sql "$dialect" --table members \
    --qi zip:prefix:3,birth_date:year,age:band:10,gender --na "N/A" \
    --sensitive membership_tier --id member_id --k 5 | grep -v '^-- ' \
    >"Tests/Fixtures/sql/$dialect.sql"
done
