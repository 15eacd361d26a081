#!/usr/bin/env bash
# Runs the whole test suite under the address sanitizer, then under the thread sanitizer, each
# in its own build folder so that the ordinary build is untouched. Prints one row per
# sanitizer with the result; the logs are in .build/sanitize-*.log.
#
#   fuzz/sanitize-tests.sh            # both
#   fuzz/sanitize-tests.sh address    # one
set -uo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
# Leaks inside XCTest's harness and Foundation's Process (the weak reference `Process.run`
# forms, in the end-to-end tests' BinaryRun and in reidrisk's engine clients, which run the
# DuckDB shell and Spark's driver) are the toolchain's, not
# reidrisk's: suppressed (mangled names: Swift frames are not demangled), every other leak
# still fails the run.
# Not printed: the end-to-end tests read reidrisk's standard error, which must stay one line.
export LSAN_OPTIONS="suppressions=$root/fuzz/lsan.supp:print_suppressions=0"
status=0
for sanitizer in ${@:-address thread}; do
  log=".build/sanitize-$sanitizer.log"
  mkdir -p .build
  if swift test --sanitize="$sanitizer" --scratch-path ".build/sanitize-$sanitizer" >"$log" 2>&1; then
    result=clean
  else
    result="FAILED (see $log)"
    status=1
  fi
  summary=$(grep -E 'Test run with [0-9]+ tests' "$log" | tail -1)
  reports=$(grep -c -E 'ERROR: AddressSanitizer|ERROR: LeakSanitizer|WARNING: ThreadSanitizer' "$log")
  printf '%-8s %-20s sanitizer reports: %s  %s\n' "$sanitizer" "$result" "$reports" "$summary"
done
exit $status
