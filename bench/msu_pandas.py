#!/usr/bin/env python3
"""Minimal sample uniques by brute force with pandas: the peer of `reidrisk scan --msu`.

For every set S of the quasi-identifiers (up to --max-size columns), the records alone on S
(a groupby on S, class size 1); S is an MSU of record r when r is alone on S and on no S minus
one column. Prints one JSON object: the MSUs over all records, by size (MSUs, and records whose
smallest MSU has that size), per column (MSUs holding it), the records with an MSU, and the
seconds spent after reading the file. Values are read as exact strings, an empty cell a value
of its own (as reidrisk's default --missing value).

Usage: python3 bench/msu_pandas.py FILE --qi zip,birth_date,gender [--max-size M]
Needs pandas (bench/requirements-msu.txt).
"""

import argparse
import itertools
import json
import sys
import time

import numpy as np
import pandas as pd


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("file")
    parser.add_argument("--qi", required=True)
    parser.add_argument("--max-size", type=int, default=None)
    args = parser.parse_args()
    qi = [c.strip() for c in args.qi.split(",") if c.strip()]
    m = len(qi)
    size_limit = min(args.max_size or m, m)

    frame = pd.read_csv(args.file, dtype=str, keep_default_na=False, usecols=qi)[qi]
    start = time.perf_counter()
    n = len(frame)
    # Integer codes per column, so that every groupby compares integers.
    codes = pd.DataFrame({c: pd.factorize(frame[c])[0] for c in qi})

    alone = {(): np.full(n, n == 1)}
    msus_of_size = [0] * (size_limit + 1)
    smallest = np.zeros(n, dtype=np.int64)  # 0: no MSU yet
    per_column = {c: 0 for c in qi}
    total = 0
    for size in range(1, size_limit + 1):
        for subset in itertools.combinations(range(m), size):
            columns = [qi[i] for i in subset]
            sizes = codes.groupby(columns, sort=False)[columns[0]].transform("size").to_numpy()
            unique = sizes == 1
            alone[subset] = unique
            lower = np.zeros(n, dtype=bool)
            for drop in range(size):
                lower |= alone[subset[:drop] + subset[drop + 1:]]
            found = unique & ~lower
            count = int(found.sum())
            total += count
            msus_of_size[size] += count
            for c in columns:
                per_column[c] += count
            smallest[found & (smallest == 0)] = size
        # Sets two sizes down are no longer needed.
        for key in [k for k in alone if len(k) == size - 1 and size > 1]:
            del alone[key]
    seconds = time.perf_counter() - start
    records_of_size = [int((smallest == s).sum()) for s in range(size_limit + 1)]
    json.dump(
        {
            "records": n,
            "max_size": size_limit,
            "msus": total,
            "by_size": [
                {"size": s, "msus": msus_of_size[s], "records": records_of_size[s]}
                for s in range(1, size_limit + 1)
            ],
            "columns": per_column,
            "records_with_msu": int((smallest > 0).sum()),
            "seconds": seconds,
        },
        sys.stdout,
        sort_keys=True,
    )
    print()


if __name__ == "__main__":
    main()
