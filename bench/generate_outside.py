#!/usr/bin/env python3
"""Write a large synthetic outside file (a voter roll) for the `link` benchmark.

The voter roll overlaps the member export that bench/generate_big.py writes with the same
--export-records and seed: about 40% of the eligible members (with a name, ZIP, birth date and
a Female/Male gender) appear with their name, ZIP, birth date and F/M gender; the rest of the
rows are other synthetic people from the same ZIP and age distributions. To exercise value
normalisation, about 2% of dates are written MM/DD/YYYY and about 1% of ZIP codes lost their
leading zero. Deterministic: the same arguments give a byte-identical file.

Usage: python3 bench/generate_outside.py [--records 1000000] [--export-records 1000000]
                                         [--out bench/out/voters-1m.csv]
"""

import argparse
import os
import random
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(ROOT, "sample-data"))
sys.path.insert(0, os.path.join(ROOT, "bench"))
import generate  # noqa: E402  (sample-data/generate.py)
import generate_big  # noqa: E402

SHARE = 0.40
OUTSIDE_SEED = generate.SEED + 7


def voter_rows(records, export_records, seed):
    rng = random.Random(OUTSIDE_SEED)
    idx = {c: i for i, c in enumerate(generate.MEMBER_COLUMNS)}
    people = []
    for m in generate.generate_members(export_records, seed):
        if len(people) >= records:
            break
        eligible = (m[idx["first_name"]] and m[idx["last_name"]] and m[idx["zip"]]
                    and m[idx["birth_date"]] and m[idx["gender"]] in ("Female", "Male"))
        if eligible and rng.random() < SHARE:
            people.append((f"{m[idx['first_name']]} {m[idx['last_name']]}", m[idx["zip"]],
                           m[idx["birth_date"]], "F" if m[idx["gender"]] == "Female" else "M"))
    while len(people) < records:
        g = "Female" if rng.random() < 0.51 else "Male"
        first, last = generate.pick_name(rng, g)
        people.append((f"{first} {last}", generate.pick_zip(rng)[0],
                       generate.pick_birth_date(rng).isoformat(), g[0]))
    rng.shuffle(people)
    for number, (name, zip_, birth, g) in enumerate(people, start=1):
        if rng.random() < 0.02:
            y, mo, d = birth.split("-")
            birth = f"{mo}/{d}/{y}"
        if zip_.startswith("0") and rng.random() < 0.01:
            zip_ = zip_.lstrip("0")
        yield [f"VR{number:09d}", name, zip_, birth, g]


def main(argv=None):
    ap = argparse.ArgumentParser(description="Write a large synthetic voter roll for bench/link.sh.")
    ap.add_argument("--records", type=int, default=1_000_000, help="outside rows (default 1,000,000)")
    ap.add_argument("--export-records", type=int, default=1_000_000,
                    help="records of the member export it overlaps (default 1,000,000)")
    ap.add_argument("--seed", type=int, default=generate.SEED, help="member generator seed (default %(default)s)")
    ap.add_argument("--out", help="output path (default bench/out/voters-<n>.csv)")
    args = ap.parse_args(argv)
    if args.records < 1 or args.export_records < 1:
        ap.error("--records and --export-records must be at least 1")
    out = args.out or os.path.join(ROOT, "bench", "out", f"voters-{generate_big.label(args.records)}.csv")
    os.makedirs(os.path.dirname(os.path.abspath(out)), exist_ok=True)
    generate.write_rows(out, generate.VOTER_COLUMNS, voter_rows(args.records, args.export_records, args.seed))
    print(out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
