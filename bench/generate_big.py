#!/usr/bin/env python3
"""Write a large synthetic member export for benchmarks.

Uses the generator in sample-data/generate.py (same columns, same distributions, same
seed). The first 20,000 records are therefore those of sample-data/members.csv.
Deterministic: the same --records gives a byte-identical file.

Usage: python3 bench/generate_big.py [--records 1000000] [--out bench/out/members-1m.csv]
"""

import argparse
import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(ROOT, "sample-data"))
import generate  # noqa: E402  (sample-data/generate.py)


def label(n):
    """1000000 -> '1m', 10000000 -> '10m', 250000 -> '250k', other -> digits."""
    if n % 1_000_000 == 0:
        return f"{n // 1_000_000}m"
    if n % 1_000 == 0:
        return f"{n // 1_000}k"
    return str(n)


def default_path(n):
    return os.path.join(ROOT, "bench", "out", f"members-{label(n)}.csv")


def main(argv=None):
    ap = argparse.ArgumentParser(description="Write a large synthetic member CSV.")
    ap.add_argument("--records", type=int, default=1_000_000, help="number of records (default 1,000,000)")
    ap.add_argument("--out", help="output path (default bench/out/members-<n>.csv)")
    ap.add_argument("--seed", type=int, default=generate.SEED, help="generator seed (default %(default)s)")
    args = ap.parse_args(argv)
    if args.records < 1:
        ap.error("--records must be at least 1")
    out = args.out or default_path(args.records)
    os.makedirs(os.path.dirname(os.path.abspath(out)), exist_ok=True)
    generate.write_members(out, args.records, args.seed)  # writes a .tmp, then renames
    print(out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
