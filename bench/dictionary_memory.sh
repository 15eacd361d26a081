#!/usr/bin/env bash
# Builds bench/dictionary_memory.swift with the value dictionary's sources (-O) and prints its
# bytes per value at 1M and 10M distinct values; with a commit, also the dictionary of that
# commit, for a before/after.
#
#   bench/dictionary_memory.sh                  # this tree
#   bench/dictionary_memory.sh 75c1765          # and the dictionary of 75c1765
#   COUNTS="1000000" bench/dictionary_memory.sh
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
out="$root/bench/out"
mkdir -p "$out"
build() { # source folder, binary
  swiftc -O -swift-version 6 -I "$root/Sources/CHints" \
    "$1/Dataset/ValueDictionary.swift" "$1"/Hashing/*.swift \
    "$root/bench/dictionary_memory.swift" -o "$2"
}
build "$root/Sources/ReidRisk" "$out/dictionary_memory"
echo "this tree:"
"$out/dictionary_memory" ${COUNTS:-}
if [[ -n ${1:-} ]]; then
  old="$out/dictionary-$1"
  rm -rf "$old" && mkdir -p "$old"
  git -C "$root" archive "$1" Sources/ReidRisk/Dataset/ValueDictionary.swift \
    Sources/ReidRisk/Hashing | tar -x -C "$old"
  build "$old/Sources/ReidRisk" "$out/dictionary_memory-$1"
  echo "$1:"
  "$out/dictionary_memory-$1" ${COUNTS:-}
fi
