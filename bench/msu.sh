#!/usr/bin/env bash
# Times `reidrisk scan --msu` on the 1M-record benchmark file, and on a 100,000-record slice
# against a brute force in pandas (bench/msu_pandas.py) computing the same MSUs, by turns.
#
#   bench/msu.sh [--runs N] [--no-build]
#
# Cases (1M records unless said):
#   plain      scan --qi Q5 (no MSUs): the cost of reading and the other figures
#   msu5       scan --qi Q5 --msu (all sizes), both methods (recursion, the default; lattice)
#   msu10      scan --qi Q10 --msu-max-size 4, both methods
#   slice      100,000 records, Q5, all sizes: reidrisk --msu against msu_pandas.py
# Q5 = zip,birth_date,gender,state,job_title; Q10 adds age,city,join_date,membership_tier,
# events_attended. Each row: the best wall time over the runs and the largest peak RSS
# (/usr/bin/time -f "%e %M"). The MSU figures of every run are compared: the two methods, and
# reidrisk against pandas on the slice.
set -euo pipefail
cd "$(dirname "$0")/.."

runs=3
build=1
while [[ $# -gt 0 ]]; do
  case "$1" in
    --runs) runs="$2"; shift 2 ;;
    --no-build) build=0; shift ;;
    *) echo "usage: bench/msu.sh [--runs N] [--no-build]" >&2; exit 2 ;;
  esac
done

out=bench/out
mkdir -p "$out"
big="$out/members-1m.csv"
slice="$out/members-100k.csv"
reidrisk="${REIDRISK:-.build/release/reidrisk}"
q5="zip,birth_date,gender,state,job_title"
q10="$q5,age,city,join_date,membership_tier,events_attended"

[[ -x /usr/bin/time ]] || { echo "installing GNU time (apt-get install time)" >&2; apt-get install -y time >/dev/null; }
if [[ ! -x "$reidrisk" ]]; then
  [[ $build == 1 ]] || { echo "no $reidrisk and --no-build" >&2; exit 2; }
  swift build -c release
fi
python3 -c "import pandas" 2>/dev/null || python3 -m pip install -q -r bench/requirements-msu.txt
[[ -f "$big" ]] || python3 bench/generate_big.py --records 1000000 --out "$big"
# The first 100,000 records (generate_big.py is deterministic: the same records as the big
# file's first ones; a cut by lines could split a quoted field that spans lines).
[[ -f "$slice" ]] || python3 bench/generate_big.py --records 100000 --out "$slice"
cat "$big" "$slice" > /dev/null

declare -A best peak
# run NAME OUTPUT COMMAND...: one timed run; keeps the best time and the largest peak.
run() {
  local name="$1" output="$2"; shift 2
  /usr/bin/time -f "%e %M" -o "$out/msu-$name.time" "$@" > "$output"
  read -r seconds kib < "$out/msu-$name.time"
  local mib=$((kib / 1024))
  if [[ -z "${best[$name]:-}" ]] || awk "BEGIN{exit !($seconds < ${best[$name]})}"; then
    best[$name]=$seconds
  fi
  if [[ -z "${peak[$name]:-}" ]] || (( mib > ${peak[$name]} )); then peak[$name]=$mib; fi
}

for round in $(seq 1 "$runs"); do
  echo "round $round of $runs" >&2
  run plain /dev/null "$reidrisk" scan "$big" --qi "$q5" --format json
  for method in recursion lattice; do
    run "msu5-$method" "$out/msu5-$method.json" \
      "$reidrisk" scan "$big" --qi "$q5" --msu --msu-method "$method" --format json
    run "msu10-$method" "$out/msu10-$method.json" \
      "$reidrisk" scan "$big" --qi "$q10" --msu-max-size 4 --msu-method "$method" --format json
  done
  run slice-reidrisk "$out/slice-reidrisk.json" "$reidrisk" scan "$slice" --qi "$q5" --msu --format json
  run slice-pandas "$out/slice-pandas.json" python3 bench/msu_pandas.py "$slice" --qi "$q5"
done

printf '\n%-44s %9s %9s\n' "case" "seconds" "peak MiB"
for name in plain msu5-recursion msu5-lattice msu10-recursion msu10-lattice slice-reidrisk slice-pandas; do
  printf '%-44s %9s %9s\n' "$name" "${best[$name]}" "${peak[$name]}"
done

python3 - "$out" <<'PY'
import json, sys
out = sys.argv[1]
def msu(path):
    return json.load(open(path))["msu"]
def brief(m):
    cols = m["columns"]
    if isinstance(cols, list):
        cols = {c["column"]: c["msus"] for c in cols}
    return (m["msus"], [(s["size"], s["msus"], s["records"]) for s in m["by_size"]],
            cols, m["records_with_msu"])
for case in ["msu5", "msu10"]:
    a, b = msu(f"{out}/{case}-recursion.json"), msu(f"{out}/{case}-lattice.json")
    print(f"{case}: recursion and lattice", "agree" if a == b else "DISAGREE",
          f"({a['msus']:,} MSUs, {a['records_with_msu']:,} records with one)")
ours = brief(msu(f"{out}/slice-reidrisk.json"))
pandas = json.load(open(f"{out}/slice-pandas.json"))
theirs = brief(pandas)
print("slice: reidrisk and pandas", "agree" if ours == theirs else "DISAGREE",
      f"({ours[0]:,} MSUs; pandas in-process {pandas['seconds']:.2f} s)")
if ours != theirs:
    print("  reidrisk:", ours, "\n  pandas:  ", theirs)
PY
