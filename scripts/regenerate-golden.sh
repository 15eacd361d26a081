#!/usr/bin/env bash
# Rewrites the golden files of the renderers (Tests/Fixtures/golden/) from the current code,
# then shows what changed: review the diff as you would code, and commit it with the change
# that caused it.
#
# Usage: scripts/regenerate-golden.sh
set -euo pipefail
cd "$(dirname "$0")/.."
REIDRISK_UPDATE_GOLDEN=1 swift test --filter GoldenTests
git --no-pager diff --stat -- Tests/Fixtures/golden
