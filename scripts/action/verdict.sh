#!/usr/bin/env bash
# Step of action.yml: fails the job when reidrisk found a broken bound (exit code 1).
set -euo pipefail
if [ "${REIDRISK_EXIT:-0}" != 0 ]; then
  echo "reidrisk: a file breaks the policy (exit ${REIDRISK_EXIT}); see the code scanning alerts" >&2
  exit "$REIDRISK_EXIT"
fi
