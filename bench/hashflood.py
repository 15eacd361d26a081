#!/usr/bin/env python3
"""Writes two one-column CSV files of N distinct 8-byte values: values crafted so that the
value dictionary's former, unkeyed hash (FNV-1a over one word, a xorshift, MurmurHash3's
finaliser) gives them all the same low 24 bits, as an attacker would by running the hash
backwards; and as many random values of the same length. Both avoid comma, quote, CR and LF.

    python3 bench/hashflood.py --count 400000 --out bench/out
    # then time `reidrisk scan bench/out/flood-crafted.csv --qi v` against flood-random.csv
"""
import argparse
import os
import random

MASK = (1 << 64) - 1


def unshift(value, shift):
    result = value
    for _ in range(64 // shift + 1):
        result = value ^ (result >> shift)
    return result


def inverse(odd):
    inv = odd
    for _ in range(6):
        inv = (inv * (2 - odd * inv)) & MASK
    return inv


def preimage(hash_value):
    value = unshift(hash_value, 33)
    value = (value * inverse(0xFF51AFD7ED558CCD)) & MASK
    value = unshift(value, 33)
    value = unshift(value, 29)
    value = (value * inverse(0x100000001B3)) & MASK
    return value ^ 0xCBF29CE484222325 ^ 8


def plain(word):
    data = word.to_bytes(8, "little")
    return None if any(b in (0x2C, 0x22, 0x0A, 0x0D) for b in data) else data


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--count", type=int, default=400_000)
    parser.add_argument("--out", default="bench/out")
    args = parser.parse_args()
    os.makedirs(args.out, exist_ok=True)
    with open(os.path.join(args.out, "flood-crafted.csv"), "wb") as crafted:
        crafted.write(b"v\n")
        high, made = 0, 0
        while made < args.count:
            high += 1
            data = plain(preimage((high << 24) | 0x5A5A5A))
            if data:
                crafted.write(data + b"\n")
                made += 1
    rng = random.Random(7)
    with open(os.path.join(args.out, "flood-random.csv"), "wb") as other:
        other.write(b"v\n")
        made = 0
        while made < args.count:
            data = plain(rng.getrandbits(64))
            if data:
                other.write(data + b"\n")
                made += 1


if __name__ == "__main__":
    main()
