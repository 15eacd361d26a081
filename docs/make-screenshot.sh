#!/usr/bin/env bash
# Renders the HTML report of `reidrisk report` on the bundled sample in headless Chromium and
# saves docs/report-screenshot.png, the picture the README shows.
#
# Usage: docs/make-screenshot.sh            (builds reidrisk in release mode when missing)
#        REIDRISK=/path/to/reidrisk docs/make-screenshot.sh
# Needs Debian's chromium (installed with apt-get when missing).
set -euo pipefail
cd "$(dirname "$0")/.."
REIDRISK=${REIDRISK:-.build/release/reidrisk}
if [ ! -x "$REIDRISK" ]; then swift build -c release; fi
if ! command -v chromium >/dev/null; then
  echo "installing Debian's chromium" >&2
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/exports" "$work/open"
cp sample-data/members.csv "$work/exports/members.csv"
# a file measured under a rule without bounds: the report shows it as not assessed
cp sample-data/members.csv "$work/open/members.csv"
# a second export: the first 5,000 members, compressed
head -n 5001 sample-data/members.csv | gzip -c > "$work/exports/members-q1.csv.gz"
cat > "$work/.reidrisk.yml" <<'YAML'
rules:
  - name: exact dates
    files: ["exports/*.csv", "exports/*.csv.gz"]
    quasi_identifiers: [zip, birth_date, gender]
    bounds: {min_k: 5, max_uniques: 0.05}
  - name: coarse
    files: ["exports/members.csv"]
    quasi_identifiers: [state, age, gender]
    bounds: {min_k: 5, max_records_at_risk: 0.1}
  - name: open data
    files: ["open/*.csv"]
    quasi_identifiers: [zip, birth_date, gender]
YAML
binary=$(realpath "$REIDRISK")
# a fixed date, so the screenshot only changes when the report does
(cd "$work" && SOURCE_DATE_EPOCH=1735689600 "$binary" report exports open --output report.html) || true
chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --force-device-scale-factor=1 \
  --screenshot="$PWD/docs/report-screenshot.png" --window-size=1280,2000 "file://$work/report.html" 2>/dev/null
echo "docs/report-screenshot.png"
