#!/usr/bin/env python3
"""Deterministic generator for reidrisk's synthetic sample data.

Writes, next to this file:
  members.csv      20,000 synthetic community-member records
  voter-roll.csv   ~30,000 rows of a synthetic "public voter roll" (outside data)

Everything is made up: names are drawn from lists, ZIP/city/state triples are
plausible but the people are not real. Python standard library only; the output
is byte-identical on every run (fixed seeds, random.Random, no set/dict-order or
hash dependence, no clock).

The member generator is also used by bench/generate_big.py (import this module
and call write_members); with the same seed, a larger file starts with exactly
the same records as the sample.

Usage:  python3 sample-data/generate.py [--out-dir DIR]
"""

import argparse
import bisect
import csv
import datetime
import os
import sys
import unicodedata

import random

SEED = 20261101            # member generator seed
VOTER_SEED = SEED + 1      # voter-roll generator seed (independent stream)
EVENT_SEED = SEED + 2      # registered_at / last_login stream (independent, so that adding
                           # these columns left every other value of members.csv as it was)
N_MEMBERS = 20_000
N_VOTERS = 30_000
VOTER_MEMBER_SHARE = 0.40  # share of members that also appear in the voter roll
REF_DATE = datetime.date(2026, 11, 1)  # "today" for the age column

MEMBER_COLUMNS = [
    "member_id", "first_name", "last_name", "email", "phone", "birth_date",
    "age", "gender", "zip", "city", "state", "company", "job_title",
    "join_date", "registered_at", "last_login", "membership_tier", "events_attended", "bio",
]
VOTER_COLUMNS = ["voter_id", "name", "zip", "birth_date", "gender"]

# --------------------------------------------------------------------------
# Reference tables

# (state, area code, [(zip, city), ...]); 15 states x 10 ZIPs = 150 triples.
# Each ZIP belongs to exactly one city and state.
_STATES = [
    ("MA", "617", [("02108", "Boston"), ("02115", "Boston"), ("02116", "Boston"),
                   ("02139", "Cambridge"), ("02138", "Cambridge"), ("02144", "Somerville"),
                   ("02445", "Brookline"), ("01002", "Amherst"), ("01602", "Worcester"),
                   ("01852", "Lowell")]),
    ("NY", "212", [("10001", "New York"), ("10003", "New York"), ("10025", "New York"),
                   ("11201", "Brooklyn"), ("11215", "Brooklyn"), ("11375", "Forest Hills"),
                   ("10301", "Staten Island"), ("12207", "Albany"), ("14201", "Buffalo"),
                   ("14607", "Rochester")]),
    ("NJ", "201", [("07030", "Hoboken"), ("07302", "Jersey City"), ("07102", "Newark"),
                   ("08540", "Princeton"), ("08901", "New Brunswick"), ("07960", "Morristown"),
                   ("08002", "Cherry Hill"), ("07601", "Hackensack"), ("08608", "Trenton"),
                   ("07042", "Montclair")]),
    ("CT", "203", [("06510", "New Haven"), ("06511", "New Haven"), ("06103", "Hartford"),
                   ("06901", "Stamford"), ("06830", "Greenwich"), ("06604", "Bridgeport"),
                   ("06880", "Westport"), ("06457", "Middletown"), ("06320", "New London"),
                   ("06269", "Storrs")]),
    ("PA", "215", [("19103", "Philadelphia"), ("19104", "Philadelphia"), ("19147", "Philadelphia"),
                   ("15213", "Pittsburgh"), ("15222", "Pittsburgh"), ("17101", "Harrisburg"),
                   ("16801", "State College"), ("18101", "Allentown"), ("19380", "West Chester"),
                   ("18503", "Scranton")]),
    ("CA", "415", [("94103", "San Francisco"), ("94110", "San Francisco"), ("94301", "Palo Alto"),
                   ("94704", "Berkeley"), ("90012", "Los Angeles"), ("90210", "Beverly Hills"),
                   ("90401", "Santa Monica"), ("92101", "San Diego"), ("95814", "Sacramento"),
                   ("95113", "San Jose")]),
    ("TX", "512", [("78701", "Austin"), ("78704", "Austin"), ("75201", "Dallas"),
                   ("75204", "Dallas"), ("77002", "Houston"), ("77006", "Houston"),
                   ("78205", "San Antonio"), ("76102", "Fort Worth"), ("79901", "El Paso"),
                   ("77840", "College Station")]),
    ("WA", "206", [("98101", "Seattle"), ("98103", "Seattle"), ("98122", "Seattle"),
                   ("98004", "Bellevue"), ("98052", "Redmond"), ("98033", "Kirkland"),
                   ("98402", "Tacoma"), ("99201", "Spokane"), ("98225", "Bellingham"),
                   ("98501", "Olympia")]),
    ("IL", "312", [("60601", "Chicago"), ("60614", "Chicago"), ("60622", "Chicago"),
                   ("60657", "Chicago"), ("60201", "Evanston"), ("60540", "Naperville"),
                   ("61820", "Champaign"), ("62701", "Springfield"), ("61602", "Peoria"),
                   ("60302", "Oak Park")]),
    ("FL", "305", [("33101", "Miami"), ("33139", "Miami Beach"), ("32801", "Orlando"),
                   ("33602", "Tampa"), ("32301", "Tallahassee"), ("32601", "Gainesville"),
                   ("33301", "Fort Lauderdale"), ("32202", "Jacksonville"),
                   ("33701", "St. Petersburg"), ("34236", "Sarasota")]),
    ("GA", "404", [("30303", "Atlanta"), ("30308", "Atlanta"), ("30309", "Atlanta"),
                   ("30030", "Decatur"), ("30601", "Athens"), ("31401", "Savannah"),
                   ("31201", "Macon"), ("30060", "Marietta"), ("30909", "Augusta"),
                   ("31901", "Columbus")]),
    ("CO", "303", [("80202", "Denver"), ("80205", "Denver"), ("80206", "Denver"),
                   ("80302", "Boulder"), ("80521", "Fort Collins"), ("80903", "Colorado Springs"),
                   ("80401", "Golden"), ("80013", "Aurora"), ("81301", "Durango"),
                   ("80501", "Longmont")]),
    ("OR", "503", [("97201", "Portland"), ("97209", "Portland"), ("97214", "Portland"),
                   ("97401", "Eugene"), ("97301", "Salem"), ("97330", "Corvallis"),
                   ("97701", "Bend"), ("97005", "Beaverton"), ("97520", "Ashland"),
                   ("97123", "Hillsboro")]),
    ("MN", "612", [("55401", "Minneapolis"), ("55403", "Minneapolis"), ("55408", "Minneapolis"),
                   ("55455", "Minneapolis"), ("55101", "Saint Paul"), ("55104", "Saint Paul"),
                   ("55901", "Rochester"), ("55802", "Duluth"), ("56301", "St. Cloud"),
                   ("55420", "Bloomington")]),
    ("NC", "919", [("27601", "Raleigh"), ("27605", "Raleigh"), ("27701", "Durham"),
                   ("27514", "Chapel Hill"), ("28202", "Charlotte"), ("28203", "Charlotte"),
                   ("27401", "Greensboro"), ("27101", "Winston-Salem"), ("28801", "Asheville"),
                   ("28401", "Wilmington")]),
]

# Flat list of (zip, city, state, area_code), in table order.
ZIPS = [(z, c, st, ac) for st, ac, rows in _STATES for z, c in rows]

# Zipf-like weights (s = 1.0) by rank: a few big-city ZIPs first, then the rest
# in a fixed pseudo-random order, so the populous ZIPs are spread over states.
_ZIPF_S = 1.0
_TOP_ZIPS = ["10025", "60614", "94110", "02139", "78704", "98103", "11215",
             "30309", "80206", "97214", "19147", "55408"]


def _zip_cum_weights():
    codes = [z[0] for z in ZIPS]
    top = [codes.index(z) for z in _TOP_ZIPS]
    rest = [i for i in range(len(ZIPS)) if i not in top]
    random.Random(7).shuffle(rest)        # rank permutation, fixed
    order = top + rest
    weights = [0.0] * len(ZIPS)
    for rank, idx in enumerate(order, start=1):
        weights[idx] = 1.0 / rank ** _ZIPF_S
    cum, total = [], 0.0
    for w in weights:
        total += w
        cum.append(total)
    return cum


ZIP_CUM = _zip_cum_weights()

FEMALE_FIRST = [
    "Emma", "Olivia", "Ava", "Sophia", "Isabella", "Mia", "Charlotte", "Amelia",
    "Harper", "Evelyn", "Abigail", "Emily", "Elizabeth", "Sofia", "Madison",
    "Avery", "Ella", "Scarlett", "Grace", "Chloe", "Victoria", "Riley", "Aria",
    "Lily", "Hannah", "Layla", "Nora", "Zoe", "Sarah", "Jessica", "Jennifer",
    "Ashley", "Megan", "Rachel", "Laura", "Maria", "Ana", "Priya", "Aisha",
    "Fatima", "Mei", "Yuki", "Ngozi", "Ingrid", "Anna", "Julia", "Claire",
    "Rebecca", "Natalie", "Samantha",
]
FEMALE_FIRST_INTL = ["Zoë", "Chloé", "Renée", "Søs", "Małgorzata", "Françoise",
                     "Björk", "Ayşe", "Inés", "Thảo", "美玲", "Zuzana"]
MALE_FIRST = [
    "Liam", "Noah", "Oliver", "Elijah", "James", "William", "Benjamin", "Lucas",
    "Henry", "Alexander", "Mason", "Michael", "Ethan", "Daniel", "Jacob", "Logan",
    "Jackson", "Sebastian", "Jack", "Aiden", "Owen", "Samuel", "Matthew", "Joseph",
    "David", "John", "Robert", "Christopher", "Andrew", "Ryan", "Kevin", "Brian",
    "Carlos", "Luis", "Ahmed", "Omar", "Raj", "Arjun", "Wei", "Hiroshi", "Kwame",
    "Lars", "Peter", "Thomas", "Paul", "Mark", "Steven", "Eric", "Jason", "Adam",
]
MALE_FIRST_INTL = ["José", "Łukasz", "Søren", "Björn", "François", "Jürgen",
                   "Ángel", "Çağan", "Dũng", "伟", "Tomáš", "Øystein"]
NEUTRAL_FIRST = ["Alex", "Jordan", "Taylor", "Morgan", "Casey", "Jamie", "Riley",
                 "Quinn", "Avery", "Sam", "Charlie", "Robin", "Kai", "Rowan", "Sasha"]
LAST = [
    "Smith", "Johnson", "Williams", "Brown", "Jones", "Garcia", "Miller", "Davis",
    "Rodriguez", "Martinez", "Hernandez", "Lopez", "Gonzalez", "Wilson", "Anderson",
    "Thomas", "Taylor", "Moore", "Jackson", "Martin", "Lee", "Perez", "Thompson",
    "White", "Harris", "Sanchez", "Clark", "Ramirez", "Lewis", "Robinson", "Walker",
    "Young", "Allen", "King", "Wright", "Scott", "Torres", "Nguyen", "Hill", "Flores",
    "Green", "Adams", "Nelson", "Baker", "Hall", "Rivera", "Campbell", "Mitchell",
    "Carter", "Roberts", "Patel", "Shah", "Kim", "Park", "Chen", "Wang", "Singh",
    "Cohen", "Murphy", "O'Brien", "Kowalski", "Novak", "Okafor", "Mensah", "Tanaka",
    "Sato", "Larsen", "Jensen", "Schmidt", "Fischer", "Rossi", "Bianchi", "Silva",
    "Santos", "Costa", "Ivanov", "Petrov", "Haddad", "Khan", "Ali",
]
LAST_INTL = ["Müller", "Nguyễn", "李", "García", "Dvořák", "Šimić", "Ōtsuka",
             "Søndergaard", "Łukaszewicz", "Öztürk", "Peña", "Brontë", "王", "Trần"]

COMPANIES = [
    "Acme Analytics", "Blue Harbor Labs", "Northwind Traders", "Contoso Health",
    "Globex", "Initech", "Umbrella Logistics", "Stark Fabrication", "Wayne Civic",
    "Hooli", "Pied Piper", "Vandelay Industries", "Soylent Foods", "Tyrell Systems",
    "Cyberdyne Robotics", "Aperture Science", "Oceanic Air", "Massive Dynamic",
    "Gringotts Credit", "Monarch Solutions", "Bluth Development", "Dunder Paper",
    "Prestige Worldwide", "Wonka Confections", "Oscorp", "Nakatomi Trading",
    "Sterling Cooper", "Los Pollos Logistics", "Kwik-E-Mart", "Duff Brewing",
    "Freelance", "Self-employed", "City of Springfield", "State University",
    "Riverside Hospital", "Lakeside School District", "Greenfield Bank",
    "Summit Consulting", "Brightline Media", "Evergreen Nonprofit",
]
# (title, weight)
JOB_TITLES = [
    ("Software Engineer", 12), ("Senior Software Engineer", 8), ("Data Analyst", 7),
    ("Data Scientist", 6), ("Product Manager", 6), ("Designer", 5),
    ("Marketing Manager", 4), ("Engineering Manager", 3), ("Consultant", 4),
    ("Student", 6), ("Teacher", 3), ("Nurse", 3), ("Physician", 1),
    ("Accountant", 3), ("Sales Representative", 4), ("Customer Success Manager", 3),
    ("Research Scientist", 2), ("Professor", 1), ("Project Manager", 4),
    ("Operations Lead", 2), ("DevOps Engineer", 3), ("QA Engineer", 2),
    ("Technical Writer", 1), ("Founder", 1), ("CTO", 1), ("VP of Engineering", 1),
    ("Chief Privacy Officer", 1), ("Librarian", 1), ("Retired", 2), ("Lawyer", 1),
]
TIERS = [("Free", 60), ("Silver", 25), ("Gold", 11), ("Platinum", 4)]
GENDERS = [("Female", 480), ("Male", 470), ("Non-binary", 30), ("", 20)]
EMAIL_DOMAINS = ["example.com", "example.org", "example.net", "mail.example",
                 "inbox.example"]

BIO_OPENERS = [
    "Data person", "Community organizer", "Lifelong learner", "Open-source contributor",
    "Coffee enthusiast", "Runner", "Parent of two", "Amateur photographer",
    "Board game fan", "Volunteer mentor", "Privacy nerd", "Meetup regular",
    "Cyclist", "Home cook", "Avid reader",
]
BIO_TOPICS = [
    "Python", "Swift", "privacy engineering", "data visualization", "machine learning",
    "accessibility", "civic tech", "cloud infrastructure", "UX research", "statistics",
    "open data", "security", "databases", "product design", "education",
]
BIO_EXTRAS = [
    "Ask me about {t}.", "Currently learning {t}.", "Speaker at two local meetups.",
    "Moved here in {y}.", "Happy to mentor newcomers.", "Organizer of the {c} chapter.",
    "Dog person.", "Cat person.", "Writes a small newsletter about {t}.",
]
BIO_QUOTES = [
    'Self-described "{t} nerd".', 'Motto: "ship it, then fix it".',
    'Favourite word: "quasi-identifier".', 'Calls it "{t} for humans".',
]


def _cum(pairs):
    cum, total = [], 0
    for _, w in pairs:
        total += w
        cum.append(total)
    return [v for v, _ in pairs], cum


_JOB_VALUES, _JOB_CUM = _cum(JOB_TITLES)
_TIER_VALUES, _TIER_CUM = _cum(TIERS)
_GENDER_VALUES, _GENDER_CUM = _cum(GENDERS)

_REF_ORD = REF_DATE.toordinal()
_JOIN_LO = datetime.date(2014, 1, 1).toordinal()
_JOIN_HI = datetime.date(2026, 10, 31).toordinal()

# --------------------------------------------------------------------------
# Helpers


def _pick(rng, values, cum):
    return values[bisect.bisect_right(cum, rng.random() * cum[-1])]


def pick_zip(rng):
    """A (zip, city, state, area_code) tuple, Zipf-weighted."""
    return ZIPS[bisect.bisect_right(ZIP_CUM, rng.random() * ZIP_CUM[-1])]


def age_on(birth, ref=REF_DATE):
    return ref.year - birth.year - ((ref.month, ref.day) < (birth.month, birth.day))


def pick_birth_date(rng):
    """Birth date with ages skewed to 25-45 (as of REF_DATE)."""
    u = rng.random()
    if u < 0.65:
        age = int(rng.triangular(24.0, 46.0, 32.0))
    elif u < 0.80:
        age = rng.randint(18, 24)
    else:
        age = int(rng.triangular(46.0, 86.0, 50.0))
    age = min(max(age, 18), 85)
    # uniform over the days on which a person is exactly `age` on REF_DATE
    lo = datetime.date(REF_DATE.year - age - 1, REF_DATE.month, REF_DATE.day).toordinal() + 1
    hi = datetime.date(REF_DATE.year - age, REF_DATE.month, REF_DATE.day).toordinal()
    return datetime.date.fromordinal(rng.randint(lo, hi))


def pick_name(rng, gender):
    """(first, last). ~4% of first and last names are non-ASCII."""
    intl = rng.random() < 0.04
    if gender == "Female":
        first = rng.choice(FEMALE_FIRST_INTL if intl else FEMALE_FIRST)
    elif gender == "Male":
        first = rng.choice(MALE_FIRST_INTL if intl else MALE_FIRST)
    else:
        pool = rng.choice((FEMALE_FIRST, MALE_FIRST, NEUTRAL_FIRST, NEUTRAL_FIRST))
        first = rng.choice(pool)
    last = rng.choice(LAST_INTL) if rng.random() < 0.04 else rng.choice(LAST)
    return first, last


def _ascii_slug(s):
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode("ascii")
    return "".join(ch for ch in s.lower() if ch.isalnum())


def make_email(rng, first, last, serial):
    f, l = _ascii_slug(first), _ascii_slug(last)
    style = rng.randint(0, 3)
    if not f and not l:
        local = f"member{serial}"
    elif style == 0:
        local = f"{f}.{l}" if f and l else (f or l)
    elif style == 1:
        local = f"{f[:1]}{l}" if l else f
    elif style == 2:
        local = f"{f}{l}{rng.randint(1, 99)}"
    else:
        local = f"{f}_{l}{rng.randint(1960, 2008)}"
    return f"{local}@{rng.choice(EMAIL_DOMAINS)}"


def make_phone(rng, area_code):
    n = rng.randint(0, 9999)
    if rng.random() < 0.5:
        return f"({area_code}) 555-{n:04d}"
    return f"{area_code}-555-{n:04d}"


def make_bio(rng, city):
    u = rng.random()
    if u < 0.30:
        return ""
    t = rng.choice(BIO_TOPICS)
    parts = [f"{rng.choice(BIO_OPENERS)} interested in {t}"]
    if rng.random() < 0.45:  # commas
        a, b = rng.sample([x for x in BIO_TOPICS if x != t], 2)
        parts[0] += f", {a}, and {b}"
    parts[0] += "."
    if rng.random() < 0.6:
        parts.append(rng.choice(BIO_EXTRAS).format(t=t, y=rng.randint(2005, 2025), c=city or "local"))
    if rng.random() < 0.08:  # double quotes
        parts.append(rng.choice(BIO_QUOTES).format(t=t))
    sep = "\n" if rng.random() < 0.05 else " "  # embedded newline
    return sep.join(parts)


# The virtual event members register for: registrations cluster in the days and, most of
# all, the last hours before it starts (reminder e-mails), as sign-ups for online events do.
EVENT_START = datetime.datetime(2026, 10, 15, 18, 0, 0)
REF_TIME = datetime.datetime(2026, 11, 1, 0, 0, 0)


def make_registered_at(rng):
    """'YYYY-MM-DD HH:MM:SS', seconds precision, or '' (about 35% never registered)."""
    if rng.random() < 0.35:
        return ""
    u = rng.random()
    if u < 0.25:      # the last two hours: the reminder e-mail
        lead = rng.expovariate(1 / 1800)
    elif u < 0.65:    # the last two days
        lead = rng.expovariate(1 / 36_000)
    else:             # the weeks before, since the announcement
        lead = rng.expovariate(1 / 400_000)
    lead = min(lead, 40 * 86_400)
    t = EVENT_START - datetime.timedelta(seconds=int(lead) + 1)
    return t.strftime("%Y-%m-%d %H:%M:%S")


def make_last_login(rng):
    """'YYYY-MM-DDTHH:MM:SSZ' (UTC, ISO 8601), recent logins most common; '' for about 10%."""
    if rng.random() < 0.10:
        return ""
    back = min(rng.expovariate(1 / (9 * 86_400)), 365 * 86_400)
    t = REF_TIME - datetime.timedelta(seconds=int(back) + 1)
    return t.strftime("%Y-%m-%dT%H:%M:%SZ")


def _maybe_blank(rng, value, rate):
    return "" if rng.random() < rate else value


# --------------------------------------------------------------------------
# Members


def generate_members(n, seed=SEED):
    """Yield n member records as lists of strings (MEMBER_COLUMNS order).

    Each record consumes the RNG stream in order, so the first k records of a
    larger run are identical to a run of k records with the same seed.
    """
    rng = random.Random(seed)
    events_rng = random.Random(seed + (EVENT_SEED - SEED))
    for i in range(1, n + 1):
        gender = _pick(rng, _GENDER_VALUES, _GENDER_CUM)
        first, last = pick_name(rng, gender)
        zip_, city, state, area = pick_zip(rng)
        birth = pick_birth_date(rng)
        age = age_on(birth)
        birth_s = birth.isoformat()
        email = make_email(rng, first, last, i)
        phone = make_phone(rng, area)
        company = rng.choice(COMPANIES)
        job = _pick(rng, _JOB_VALUES, _JOB_CUM)
        join = datetime.date.fromordinal(rng.randint(_JOIN_LO, _JOIN_HI)).isoformat()
        tier = _pick(rng, _TIER_VALUES, _TIER_CUM)
        # events: mostly few, a long tail of regulars
        events = int(rng.expovariate(0.15)) if rng.random() < 0.85 else rng.randint(0, 2)
        if tier in ("Gold", "Platinum"):
            events += rng.randint(2, 12)
        bio = make_bio(rng, city)

        # missing cells (~1-3% in most QI columns)
        first = _maybe_blank(rng, first, 0.005)
        last = _maybe_blank(rng, last, 0.005)
        email = _maybe_blank(rng, email, 0.01)
        phone = _maybe_blank(rng, phone, 0.03)
        birth_blank = rng.random() < 0.02
        if birth_blank:
            birth_s = ""
            age_s = str(age) if rng.random() < 0.5 else ""  # age kept without a date
        else:
            age_s = _maybe_blank(rng, str(age), 0.01)
        zip_ = _maybe_blank(rng, zip_, 0.015)
        city = _maybe_blank(rng, city, 0.01)
        state = _maybe_blank(rng, state, 0.01)
        company = _maybe_blank(rng, company, 0.03)
        job = _maybe_blank(rng, job, 0.025)
        join = _maybe_blank(rng, join, 0.01)
        registered = make_registered_at(events_rng)
        login = make_last_login(events_rng)

        yield [f"M{i:08d}", first, last, email, phone, birth_s, age_s, gender,
               zip_, city, state, company, job, join, registered, login, tier, str(events), bio]


def write_rows(path, header, rows):
    """RFC 4180 CSV: comma, minimal quoting, "" escapes, LF, UTF-8, no BOM."""
    tmp = path + ".tmp"
    with open(tmp, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=",", quotechar='"', quoting=csv.QUOTE_MINIMAL,
                       doublequote=True, lineterminator="\n")
        w.writerow(header)
        w.writerows(rows)
    os.replace(tmp, path)


def write_members(path, n=N_MEMBERS, seed=SEED):
    write_rows(path, MEMBER_COLUMNS, generate_members(n, seed))


# --------------------------------------------------------------------------
# Voter roll


def _voter_date(rng, d):
    """ISO date, or ~2% spelled MM/DD/YYYY (e.g. 03/07/1980)."""
    if rng.random() < 0.02:
        return f"{d.month:02d}/{d.day:02d}/{d.year:04d}"
    return d.isoformat()


def generate_voter_roll(members, n=N_VOTERS, share=VOTER_MEMBER_SHARE, seed=VOTER_SEED):
    """Rows for the voter roll. `members` is the list from generate_members.

    About `share` of the members (only those with a name, ZIP, birth date and a
    Female/Male gender) appear with the same name, ZIP, birth date and gender;
    the rest are other synthetic people from the same ZIP distribution.
    """
    rng = random.Random(seed)
    idx = {c: i for i, c in enumerate(MEMBER_COLUMNS)}
    eligible = [m for m in members
                if m[idx["first_name"]] and m[idx["last_name"]] and m[idx["zip"]]
                and m[idx["birth_date"]] and m[idx["gender"]] in ("Female", "Male")]
    k = min(len(eligible), round(share * len(members)), n)
    people = []
    for m in rng.sample(eligible, k):
        people.append((f"{m[idx['first_name']]} {m[idx['last_name']]}", m[idx["zip"]],
                       datetime.date.fromisoformat(m[idx["birth_date"]]),
                       "F" if m[idx["gender"]] == "Female" else "M"))
    for _ in range(n - k):
        g = "Female" if rng.random() < 0.51 else "Male"
        first, last = pick_name(rng, g)
        people.append((f"{first} {last}", pick_zip(rng)[0], pick_birth_date(rng), g[0]))
    rng.shuffle(people)
    ids = rng.sample(range(10_000_000, 100_000_000), len(people))
    ids.sort()
    for vid, (name, zip_, birth, g) in zip(ids, people):
        yield [f"VR{vid}", name, zip_, _voter_date(rng, birth), g]


# --------------------------------------------------------------------------


def main(argv=None):
    here = os.path.dirname(os.path.abspath(__file__))
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out-dir", default=here, help="output folder (default: next to this script)")
    args = ap.parse_args(argv)
    os.makedirs(args.out_dir, exist_ok=True)
    members = list(generate_members(N_MEMBERS, SEED))
    write_rows(os.path.join(args.out_dir, "members.csv"), MEMBER_COLUMNS, members)
    write_rows(os.path.join(args.out_dir, "voter-roll.csv"), VOTER_COLUMNS,
               generate_voter_roll(members))
    return 0


if __name__ == "__main__":
    sys.exit(main())
