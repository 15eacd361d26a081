#!/usr/bin/env bash
# Generates reidrisk's man page (section 1) from the commands' help, with swift-argument-parser's
# generate-manual plugin, into docs/man/reidrisk.1 (a fixed date, so it changes only with the
# help); installs it with --install.
#
# Usage: scripts/make-man-page.sh              writes docs/man/reidrisk.1
#        scripts/make-man-page.sh --install    also copies it to $PREFIX/share/man/man1
#                                              (PREFIX defaults to /usr/local)
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p docs/man
swift package --allow-writing-to-directory docs/man \
  generate-manual --date 2026-01-01 --output-directory docs/man
test -s docs/man/reidrisk.1
echo "docs/man/reidrisk.1"
if [ "${1:-}" = "--install" ]; then
  prefix=${PREFIX:-/usr/local}
  install -d "$prefix/share/man/man1"
  install -m 644 docs/man/reidrisk.1 "$prefix/share/man/man1/reidrisk.1"
  echo "installed $prefix/share/man/man1/reidrisk.1 (man reidrisk)"
fi
