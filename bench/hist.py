#!/usr/bin/env python3
"""Class-size histograms for bench/run.sh: computed by peers, extracted, compared.

A histogram is written as JSON: a list of [size, classes] pairs sorted by size, where
`classes` is the number of equivalence classes with exactly `size` records.

  hist.py duckdb FILE --qi zip,birth_date,gender --threads N --out H.json
  hist.py pandas FILE --qi zip,birth_date,gender --out H.json
  hist.py reidrisk REPORT.json --out H.json     # from `reidrisk scan --format json`
  hist.py compare A.json B.json                 # prints agree/disagree; exit 0 / 1
"""

import argparse
import json
import sys
import time


def _write(path, pairs):
    pairs = sorted([int(s), int(c)] for s, c in pairs)
    with open(path, "w", encoding="utf-8") as f:
        json.dump(pairs, f)
        f.write("\n")


def _quote_ident(name):
    return '"' + name.replace('"', '""') + '"'


def run_duckdb(args):
    import duckdb

    qi = ", ".join(_quote_ident(c) for c in args.qi.split(","))
    con = duckdb.connect()
    con.execute(f"SET threads={int(args.threads)}")
    start = time.perf_counter()
    # empty cells become NULL; GROUP BY puts all NULLs of a column in one group, which
    # matches reidrisk's default --missing value (a missing value is a value of its own)
    rows = con.execute(
        f"SELECT size, count(*) FROM ("
        f" SELECT count(*) AS size FROM read_csv(?, all_varchar=true, header=true)"
        f" GROUP BY {qi}) GROUP BY size",
        [args.file],
    ).fetchall()
    print(f"duckdb query seconds={time.perf_counter() - start:.3f}", file=sys.stderr)
    _write(args.out, rows)


def run_pandas(args):
    import pandas as pd

    cols = args.qi.split(",")
    start = time.perf_counter()
    df = pd.read_csv(args.file, dtype=str, keep_default_na=False, usecols=cols)
    sizes = df.groupby(cols, sort=False).size()
    hist = sizes.value_counts()
    print(f"pandas seconds={time.perf_counter() - start:.3f}", file=sys.stderr)
    _write(args.out, hist.items())


def _find_key(value, key):
    if isinstance(value, dict):
        if key in value:
            return value[key]
        value = list(value.values())
    if isinstance(value, list):
        for item in value:
            found = _find_key(item, key)
            if found is not None:
                return found
    return None


def run_reidrisk(args):
    with open(args.report, encoding="utf-8") as f:
        report = json.load(f)
    bins = _find_key(report, "class_size_histogram")
    if bins is None:
        print(f"hist.py: no class_size_histogram in {args.report}", file=sys.stderr)
        return 1
    for b in bins:
        if "records" in b and b["records"] != b["size"] * b["classes"]:
            print(f"hist.py: bin {b} has records != size * classes", file=sys.stderr)
    _write(args.out, [(b["size"], b["classes"]) for b in bins])
    return 0


def run_compare(args):
    with open(args.a, encoding="utf-8") as f:
        a = json.load(f)
    with open(args.b, encoding="utf-8") as f:
        b = json.load(f)
    if a == b:
        classes = sum(c for _, c in a)
        records = sum(s * c for s, c in a)
        print(f"agree ({len(a)} class sizes, {classes} classes, {records} records)")
        return 0
    da, db = dict(map(tuple, a)), dict(map(tuple, b))
    diffs = [(s, da.get(s, 0), db.get(s, 0)) for s in sorted(set(da) | set(db)) if da.get(s) != db.get(s)]
    shown = ", ".join(f"size {s}: {x} vs {y}" for s, x, y in diffs[:5])
    more = f" (+{len(diffs) - 5} more)" if len(diffs) > 5 else ""
    print(f"disagree ({len(diffs)} class sizes differ: {shown}{more})")
    return 1


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    p = sub.add_parser("duckdb")
    p.add_argument("file")
    p.add_argument("--qi", default="zip,birth_date,gender")
    p.add_argument("--threads", type=int, default=1)
    p.add_argument("--out", required=True)
    p = sub.add_parser("pandas")
    p.add_argument("file")
    p.add_argument("--qi", default="zip,birth_date,gender")
    p.add_argument("--out", required=True)
    p = sub.add_parser("reidrisk")
    p.add_argument("report")
    p.add_argument("--out", required=True)
    p = sub.add_parser("compare")
    p.add_argument("a")
    p.add_argument("b")
    args = ap.parse_args(argv)
    fn = {"duckdb": run_duckdb, "pandas": run_pandas, "reidrisk": run_reidrisk, "compare": run_compare}
    return fn[args.cmd](args) or 0


if __name__ == "__main__":
    sys.exit(main())
