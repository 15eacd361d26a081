#!/usr/bin/env python3
"""Write a wide synthetic member export for benchmarks: 22 columns, the last a long bio.

Member exports are wide, with free text that dwarfs the few quasi-identifiers. This file has
the people of sample-data/generate.py (same seed, so the same zip, birth_date and gender as
bench/generate_big.py record for record), 21 short columns, and last a bio of one to four
sentences: commas inside quotes, doubled quotes ("" in the file) and line feeds inside the
field. The bio is about 40% of the bytes; 1,000,000 records take about 252 MB.
Deterministic: the same --records and --seed give a byte-identical file.

Usage: python3 bench/generate_wide.py [--records 1000000] [--out bench/out/wide-1m.csv]
"""

import argparse
import os
import random
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(ROOT, "sample-data"))
sys.path.insert(0, os.path.join(ROOT, "bench"))
import generate  # noqa: E402  (sample-data/generate.py)
from generate_big import label  # noqa: E402

WIDE_SEED_OFFSET = 14  # the stream of the extra columns and the bio, apart from the people's

COLUMNS = [
    "member_id", "first_name", "last_name", "email", "phone", "birth_date", "age", "gender",
    "zip", "city", "state", "country", "language", "job_title", "join_date",
    "membership_tier", "events_attended", "newsletter", "donations_total", "referral_source",
    "volunteer_hours", "bio",
]
# Where each kept column sits in a record of generate.generate_members.
_FROM_MEMBERS = {name: generate.MEMBER_COLUMNS.index(name) for name in COLUMNS
                 if name in generate.MEMBER_COLUMNS and name != "bio"}

LANGUAGES = [("en", 70), ("es", 14), ("zh", 5), ("fr", 4), ("de", 3), ("pt", 2), ("", 2)]
REFERRALS = [("search", 30), ("friend", 25), ("event", 15), ("ad", 10), ("press", 5), ("", 15)]
OPENERS = [
    "Longtime member", "Volunteer mentor", "Weekend organizer", "Retired teacher",
    "Graduate student", "Community builder", "Open-source contributor", "Hobbyist",
    "Small-business owner", "Night-shift nurse", "Board member", "First-time attendee",
]
TOPICS = [
    "urban gardening", "public transit", "data privacy", "local history", "jazz",
    "trail running", "chess", "product design", "climate policy", "woodworking",
    "photography", "language exchange", "civic tech", "baking", "astronomy",
]
EXTRAS = [
    "Joined after the {y} meetup in {c}.",
    "Runs the {t} circle on Thursdays, usually in {c}.",
    "Prefers e-mail over phone; replies within a day or two.",
    "Has spoken twice at the spring conference, most recently in {y}.",
    "Looking for a co-host, a venue, and snacks for the next session.",
    "Moved to {c} in {y} and never looked back.",
]
QUOTES = [
    'Describes the group as "the best part of the week".',
    'Motto: "show up, listen, then talk".',
    'Wrote the newsletter column "Notes on {t}".',
]


def _weighted(rng, pairs):
    total = sum(w for _, w in pairs)
    u = rng.random() * total
    for value, weight in pairs:
        u -= weight
        if u < 0:
            return value
    return pairs[-1][0]


def make_bio(rng, city):
    """One to four sentences; about 10% empty, 45% with commas, 12% with quotes, 30% multi-line."""
    if rng.random() < 0.10:
        return ""
    topic = rng.choice(TOPICS)
    first = f"{rng.choice(OPENERS)} interested in {topic}"
    if rng.random() < 0.45:
        a, b = rng.sample([t for t in TOPICS if t != topic], 2)
        first += f", {a}, and {b}"
    parts = [first + "."]
    for _ in range(rng.choice((0, 0, 1, 1, 2))):
        parts.append(rng.choice(EXTRAS).format(t=topic, y=rng.randint(2005, 2025), c=city or "town"))
    if rng.random() < 0.12:
        parts.append(rng.choice(QUOTES).format(t=topic))
    separator = "\n" if rng.random() < 0.30 else " "
    return separator.join(parts)


def generate_wide(n, seed=generate.SEED):
    """Yield n records as lists of strings (COLUMNS order)."""
    rng = random.Random(seed + WIDE_SEED_OFFSET)
    for member in generate.generate_members(n, seed):
        city = member[_FROM_MEMBERS["city"]]
        extra = {
            "country": "US",
            "language": _weighted(rng, LANGUAGES),
            "newsletter": "yes" if rng.random() < 0.4 else "no",
            "donations_total": str(int(rng.expovariate(1 / 120))) if rng.random() < 0.5 else "0",
            "referral_source": _weighted(rng, REFERRALS),
            "volunteer_hours": str(int(rng.expovariate(1 / 6))),
            "bio": make_bio(rng, city),
        }
        yield [member[_FROM_MEMBERS[c]] if c in _FROM_MEMBERS else extra[c] for c in COLUMNS]


def default_path(n):
    return os.path.join(ROOT, "bench", "out", f"wide-{label(n)}.csv")


def main(argv=None):
    ap = argparse.ArgumentParser(description="Write a wide synthetic member CSV.")
    ap.add_argument("--records", type=int, default=1_000_000, help="number of records (default 1,000,000)")
    ap.add_argument("--out", help="output path (default bench/out/wide-<n>.csv)")
    ap.add_argument("--seed", type=int, default=generate.SEED, help="generator seed (default %(default)s)")
    args = ap.parse_args(argv)
    if args.records < 1:
        ap.error("--records must be at least 1")
    out = args.out or default_path(args.records)
    os.makedirs(os.path.dirname(os.path.abspath(out)), exist_ok=True)
    generate.write_rows(out, COLUMNS, generate_wide(args.records, args.seed))  # .tmp, rename
    print(out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
