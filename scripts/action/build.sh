#!/usr/bin/env bash
# Step of action.yml: builds reidrisk in release mode in the action's folder (the cache step
# keeps .build between runs; the first build takes a few minutes) and puts it on the PATH of
# the following steps. REIDRISK_BINARY, when set to an executable, is used instead (tests).
set -euo pipefail
action=${GITHUB_ACTION_PATH:-$(cd "$(dirname "$0")/../.." && pwd)}
if [ -n "${REIDRISK_BINARY:-}" ] && [ -x "$REIDRISK_BINARY" ]; then
  folder=$(dirname "$REIDRISK_BINARY")
else
  swift build -c release --package-path "$action" --product reidrisk
  folder="$action/.build/release"
fi
echo "$folder" >> "${GITHUB_PATH:-/dev/null}"
"$folder/reidrisk" --version
