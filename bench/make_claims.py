#!/usr/bin/env python3
"""Deterministic synthetic claims as JSON lines (the `irkg extract` format), for building
large stores quickly through the bulk path:

    python3 bench/make_claims.py --claims 1000000 | build/irkg sst --out /tmp/shard -
    build/irkg ingest-sst --db /tmp/store /tmp/shard

Same shape as bench/synthetic_claims.h: ACTORS state actors (codes AAA, AAB, ...), OUTLETS
outlets (20 unless --outlets), 10 PLOVER categories with their polarity, dates over two years, 10 claims per
document. --agency-share F credits that share of the documents to a wire agency (a few
canonical names of data/agencies.tsv), drawn apart from the rest so the claims are otherwise
the same as without it. --part K of --parts P emits the K-th of P disjoint slices (whole documents), so
shards can be generated in parallel.
"""
import argparse
import datetime
import json
import random
import sys

CATEGORIES = [("COOPERATE", 1), ("DISAPPROVE", -1), ("CONSULT", 0), ("AID", 1), ("THREATEN", -1),
              ("SANCTION", -1), ("PRAISE", 1), ("REJECT", -1), ("ASSAULT", -1), ("AGREE", 1)]
CLAIMS_PER_DOC = 10
AGENCIES = ["Associated Press", "Reuters", "Agence France-Presse", "Press Trust of India"]


def code(i):
    return "A" + chr(65 + (i // 676) % 26) + chr(65 + (i // 26) % 26) + chr(65 + i % 26)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--claims", type=int, required=True)
    ap.add_argument("--actors", type=int, default=300)
    ap.add_argument("--outlets", type=int, default=20)
    ap.add_argument("--seed", type=int, default=42)
    ap.add_argument("--part", type=int, default=0)
    ap.add_argument("--parts", type=int, default=1)
    ap.add_argument("--agency-share", type=float, default=0.0)
    a = ap.parse_args()
    start = datetime.date(2023, 1, 1)
    docs = (a.claims + CLAIMS_PER_DOC - 1) // CLAIMS_PER_DOC
    out = sys.stdout
    write = out.write
    for d in range(a.part, docs, a.parts):
        rng = random.Random(a.seed * 1_000_003 + d)  # per document: any slicing gives the same claims
        outlet = "outlet%d.example" % rng.randrange(a.outlets)
        date = (start + datetime.timedelta(days=rng.randrange(730))).isoformat()
        doc = "synthetic-%08d" % d
        agency = ""
        if a.agency_share > 0:  # its own generator: the other fields do not change
            wire = random.Random(a.seed * 7_000_003 + d)
            if wire.random() < a.agency_share:
                agency = AGENCIES[wire.randrange(len(AGENCIES))]
        for k in range(min(CLAIMS_PER_DOC, a.claims - d * CLAIMS_PER_DOC)):
            s = rng.randrange(a.actors)
            o = rng.randrange(a.actors)
            if o == s:
                o = (o + 1) % a.actors
            cat, pol = CATEGORIES[rng.randrange(10)]
            weight = float(pol * (1 + rng.randrange(9)))
            sc, oc = code(s), code(o)
            claim = {
                "id": "%024x" % rng.getrandbits(96), "doc": doc,
                "subject": {"id": sc, "name": "Country " + sc, "country": sc, "type": "state"},
                "object": {"id": oc, "name": "Country " + oc, "country": oc, "type": "state"},
                "relation": cat.lower() + "_verb", "category": cat, "cameo": "", "polarity": pol,
                "weight": weight, "negated": False, "modality": "asserted", "speaker": "",
                "outlet": outlet, "url": "https://%s/%s" % (outlet, doc), "date": date,
                "date_source": "published", "source": "text",
                "evidence": {"text": "Country %s and Country %s were reported in a synthetic sentence of usual length." % (sc, oc),
                             "start": 0, "end": 80},
            }
            if agency:
                claim["agency"] = agency
            write(json.dumps(claim, separators=(",", ":")) + "\n")


if __name__ == "__main__":
    main()
