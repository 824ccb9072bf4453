#!/usr/bin/env python3
"""Checks what graphology read (graphology_dump.js output) against the claims, with the
same expected graph and checks as check_readers.py (usage: check_graphology.py DUMP.json
CLAIMS.jsonl)."""
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from check_readers import check, expected_from_claims, fail  # noqa: E402


def main(dump_path, claims):
    labels, signs, _ = expected_from_claims(claims)
    dump = json.load(open(dump_path, encoding="utf-8"))
    for name in ("graphml", "gexf"):
        g = dump[name]
        if g["type"] != "undirected":
            fail(f"{name}/graphology: read as {g['type']}")
        if any(float(e[5]) <= 0 for e in g["edges"]):
            fail(f"{name}/graphology: non-positive weight")
        check(f"{name}/graphology", labels, signs, g["nodes"], [tuple(e[:5]) for e in g["edges"]])


if __name__ == "__main__":
    main(*sys.argv[1:3])
