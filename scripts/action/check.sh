#!/usr/bin/env bash
# Step of action.yml: runs `reidrisk check --format sarif` in the workspace and records the
# exit code as the step's output; a broken bound does not stop the job before the upload.
set -uo pipefail
cd "${GITHUB_WORKSPACE:-.}"
read -r -a extra <<< "${REIDRISK_ARGS:-}"
reidrisk check --format sarif --output "${REIDRISK_SARIF:-reidrisk.sarif}" "${extra[@]}"
code=$?
echo "exit-code=$code" >> "${GITHUB_OUTPUT:-/dev/null}"
if [ "$code" -ge 2 ]; then exit "$code"; fi
exit 0
