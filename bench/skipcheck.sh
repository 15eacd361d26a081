#!/usr/bin/env bash
# The skipping reader against the reader of every byte, on the bench files: for each file and
# each set of options, `reidrisk scan` once as it is and once with REIDRISK_FIELD_SKIPPING=never
# (every record whole through libcsv); the JSON reports and the flagged-records files must be
# byte-equal. Prints one line per case and exits 1 at the first difference. See bench/README.md.
#
#   bench/skipcheck.sh [--records N]
#
# Needs a release build (REIDRISK, default .build/release/reidrisk); writes the files when
# missing (bench/generate_big.py, bench/generate_wide.py).
set -euo pipefail

RECORDS=1000000
while [[ $# -gt 0 ]]; do
  case $1 in
    --records) RECORDS=${2:?--records needs a number}; shift 2 ;;
    -h|--help) sed -n '2,10p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "skipcheck: unknown argument $1" >&2; exit 2 ;;
  esac
done
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
OUT=$ROOT/bench/out
cd "$ROOT"
mkdir -p "$OUT"
REIDRISK_BIN=${REIDRISK:-$ROOT/.build/release/reidrisk}
[[ -x $REIDRISK_BIN ]] || { echo "skipcheck: $REIDRISK_BIN missing; run swift build -c release" >&2; exit 2; }
LABEL=$(python3 -c 'import sys; sys.path.insert(0, "bench"); import generate_big; print(generate_big.label(int(sys.argv[1])))' "$RECORDS")
NARROW=$OUT/members-$LABEL.csv
WIDE=$OUT/wide-$LABEL.csv
[[ -s $NARROW ]] || python3 bench/generate_big.py --records "$RECORDS" --out "$NARROW" >/dev/null
[[ -s $WIDE ]] || python3 bench/generate_wide.py --records "$RECORDS" --out "$WIDE" >/dev/null

# Each case: options of `scan` (the file and --format json --flags are added).
CASES=(
  "--qi zip,birth_date,gender"
  "--qi gender"
  "--qi member_id --max-distinct 100000000"
  "--qi zip,birth_date,gender,city,state,job_title"
  "--qi zip:3,birth_date:year,gender --sensitive membership_tier --k 5"
  "--qi zip,birth_date --missing exclude --na 0"
  "--qi bio"
)
status=0
for file in "$NARROW" "$WIDE"; do
  for options in "${CASES[@]}"; do
    read -r -a args <<<"$options"
    for mode in skipping whole; do
      if [[ $mode == whole ]]; then export REIDRISK_FIELD_SKIPPING=never; else unset REIDRISK_FIELD_SKIPPING; fi
      code=0
      "$REIDRISK_BIN" scan "$file" "${args[@]}" --format json --flags "$OUT/skipcheck-$mode.flags.csv" \
        >"$OUT/skipcheck-$mode.json" 2>"$OUT/skipcheck-$mode.stderr" || code=$?
      echo "$code" >"$OUT/skipcheck-$mode.code"
    done
    unset REIDRISK_FIELD_SKIPPING
    same=yes
    for part in json stderr code flags.csv; do
      cmp -s "$OUT/skipcheck-skipping.$part" "$OUT/skipcheck-whole.$part" || same="no ($part differs)"
    done
    printf '%-10s %-70s exit %s  same: %s\n' "$(basename "$file")" "$options" "$(cat "$OUT/skipcheck-whole.code")" "$same"
    [[ $same == yes ]] || status=1
  done
done
exit $status
