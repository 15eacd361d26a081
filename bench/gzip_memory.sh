#!/bin/sh
# Peak memory of `reidrisk scan` on the same records read three ways: a plain file (memory
# mapped), the same file gzip-compressed, and the plain file through a pipe (standard input).
# Issue 12 asks for the three within 10% of each other and the gzip run under 200 MB on
# about 6M records of 340 bytes (2 GB decompressed).
#
# Then a gzip bomb: 4 GiB of "1,2" lines squeezed into about 4 MB (gzip -9, 1,000:1), which
# reidrisk must refuse at once under its default 200:1 limit.
#
# Usage: bench/gzip_memory.sh [--records N] [--keep]
#   REIDRISK=path/to/reidrisk (default .build/release/reidrisk)
# Needs awk, gzip and GNU time (/usr/bin/time). Files go to bench/out/ (removed unless --keep).
set -eu
records=6000000
keep=0
while [ $# -gt 0 ]; do
  case "$1" in
    --records) records="$2"; shift 2 ;;
    --keep) keep=1; shift ;;
    *) echo "usage: $0 [--records N] [--keep]" >&2; exit 2 ;;
  esac
done
root=$(cd "$(dirname "$0")/.." && pwd)
reidrisk=${REIDRISK:-$root/.build/release/reidrisk}
out="$root/bench/out"
mkdir -p "$out"
plain="$out/wide-$records.csv"
packed="$plain.gz"

if [ ! -f "$plain" ]; then
  # deterministic records of about 340 bytes: id, zip, birth year, gender, then a note made
  # of 5 of 1,000 fixed 60-letter words (compresses like real text, well under 200:1)
  awk -v n="$records" 'BEGIN {
    srand(12);
    letters = "abcdefghijklmnopqrstuvwxyz";
    for (w = 0; w < 1000; w++) {
      word = "";
      for (c = 0; c < 60; c++) word = word substr(letters, int(rand() * 26) + 1, 1);
      pool[w] = word;
    }
    print "member_id,zip,birth_year,gender,note";
    for (i = 0; i < n; i++) {
      note = pool[int(rand() * 1000)];
      for (k = 0; k < 4; k++) note = note " " pool[int(rand() * 1000)];
      printf "m%09d,%05d,%d,%s,%s\n", i, int(rand() * 3000) * 7 % 100000, 1930 + int(rand() * 75), (rand() < 0.5 ? "F" : "M"), note;
    }
  }' > "$plain"
fi
[ -f "$packed" ] || gzip -1 -c "$plain" > "$packed"

measure() { # label, then the command; prints "label  peak-MiB  seconds"
  label=$1; shift
  /usr/bin/time -f "%M %e" -o "$out/time.txt" "$@" > /dev/null
  set -- $(cat "$out/time.txt")
  awk -v l="$label" -v k="$1" -v s="$2" 'BEGIN { printf "| %s | %.0f | %.1f |\n", l, k / 1024, s }'
}

echo "$(wc -l < "$plain") lines, $(wc -c < "$plain") bytes plain, $(wc -c < "$packed") bytes gzip"
echo "| input | peak memory (MiB) | seconds |"
echo "| --- | ---: | ---: |"
qi="--qi zip,birth_year,gender --format json"
measure "plain file (mapped)" "$reidrisk" scan "$plain" $qi
measure "gzip file" "$reidrisk" scan "$packed" $qi
measure "plain through a pipe" sh -c "cat '$plain' | '$reidrisk' scan - $qi"

bomb="$out/bomb-4g.csv.gz"
[ -f "$bomb" ] || { echo zip,age; yes 1,2 | head -c 4294967296; } | gzip -9 > "$bomb"
echo "bomb: $(wc -c < "$bomb") bytes of gzip for 4 GiB of text"
/usr/bin/time -f "%M %e" -o "$out/time.txt" "$reidrisk" scan "$bomb" --qi zip > /dev/null 2> "$out/bomb.txt" && status=0 || status=$?
set -- $(tail -n 1 "$out/time.txt")  # GNU time puts "Command exited with ..." first
awk -v k="$1" -v s="$2" -v c="$status" 'BEGIN { printf "bomb refused: exit %d, peak %.0f MiB, %.2f s\n", c, k / 1024, s }'
cat "$out/bomb.txt"
[ "$keep" = 1 ] || rm -f "$plain" "$packed" "$bomb" "$out/time.txt" "$out/bomb.txt"
