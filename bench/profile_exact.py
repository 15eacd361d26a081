#!/usr/bin/env python3
"""Exact distinct counts and unique shares of every column of a CSV, beside reidrisk's.

The oracle of the bounded profiles of `reidrisk columns`: prints, per column, the exact
distinct count and unique share (Python's csv module, every value kept in a Counter) and
reidrisk's figures from `reidrisk columns FILE --format json`, with the relative error of
the distinct count and the difference of the unique share in points.

Usage: python3 bench/profile_exact.py FILE REIDRISK_COLUMNS_JSON [--na N/A,NULL]
"""

import argparse
import collections
import csv
import json
import sys


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("file")
    ap.add_argument("report", help="the output of reidrisk columns FILE --format json")
    ap.add_argument("--na", default="", help="extra missing-value tokens, comma-separated")
    args = ap.parse_args(argv)
    missing = {""} | {t for t in args.na.split(",") if t}
    csv.field_size_limit(1 << 24)
    with open(args.file, newline="", encoding="utf-8", errors="surrogateescape") as handle:
        reader = csv.reader(handle)
        header = next(reader)
        counters = [collections.Counter() for _ in header]
        records = 0
        for row in reader:
            records += 1
            for counter, value in zip(counters, row):
                counter[value] += 1
    with open(args.report) as handle:
        report = json.load(handle)
    ours = {column["name"]: column for column in report["columns"]}
    print(f"{'column':<18}{'distinct':>12}{'reidrisk':>12}{'error':>9}"
          f"{'unique':>9}{'reidrisk':>10}{'diff':>8}  estimated")
    for name, counter in zip(header, counters):
        distinct = len(counter)
        unique = sum(1 for value, count in counter.items() if count == 1 and value not in missing)
        share = unique / records if records else 0
        column = ours[name]
        error = (column["distinct"] - distinct) / distinct if distinct else 0
        points = (column["unique_fraction"] - share) * 100
        print(f"{name:<18}{distinct:>12,}{column['distinct']:>12,}{error:>+9.2%}"
              f"{share:>9.1%}{column['unique_fraction']:>10.1%}{points:>+8.2f}"
              f"  {'yes' if column.get('distinct_estimated') else ''}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
