#!/usr/bin/env python3
"""Writes a small claims JSONL (irkg extract's format) for the export script tests.

Two camps that quarrel across and cooperate within, one pair that is both praised and
condemned (mixed), two relation classes on one pair (so GraphML needs parallel edges),
and text that stresses writers: '&', '<', non-ASCII names and a vertical-tab control
character that XML 1.0 forbids.
"""
import json
import sys

STATES = {
    "USA": "United States", "GBR": "United Kingdom", "JPN": "Japan",
    "CHN": "China", "RUS": "Russia", "IRN": "Iran",
    "TUR": "Türkiye", "CIV": "Côte d’Ivoire",
}


def actor(code):
    return {"id": code, "name": STATES[code], "country": code, "type": "state"}


def claim(n, s, o, relation, category, polarity, weight, outlet, date, text, negated=False, modality="asserted"):
    return {
        "id": f"c{n:04d}", "doc": f"doc{n % 7}", "subject": actor(s), "object": actor(o),
        "relation": relation, "category": category, "cameo": "", "polarity": polarity,
        "weight": weight, "negated": negated, "modality": modality, "speaker": "",
        "outlet": outlet, "url": f"https://{outlet}/story/{n}", "date": date,
        "date_source": "text", "source": "text",
        "evidence": {"text": text, "start": 0, "end": len(text)},
    }


def main(path):
    rows = []
    n = 0

    def add(*args, **kw):
        nonlocal n
        n += 1
        rows.append(claim(n, *args, **kw))

    west, east = ["USA", "GBR", "JPN"], ["CHN", "RUS", "IRN"]
    for camp in (west, east):
        for i, a in enumerate(camp):
            for b in camp[i + 1:]:
                add(a, b, "cooperate", "COOPERATE", 1, 4.0, "wire.example", "2024-03-01",
                    f"{STATES[a]} and {STATES[b]} agreed to deepen defence cooperation.")
                add(b, a, "praise", "PRAISE", 1, 3.0, "daily.example", "2024-03-02",
                    f"{STATES[b]} praised {STATES[a]} for its support.")
    for a in west:
        for b in east:
            add(a, b, "condemn", "DISAPPROVE", -1, -5.0, "wire.example", "2024-03-03",
                f"{STATES[a]} condemned {STATES[b]} over the missile tests.")
    # A second class on one rival pair, over consecutive days: a multi-day spell.
    for day in ("2024-04-10", "2024-04-11", "2024-04-12"):
        add("USA", "CHN", "sanction", "SANCTION", -1, -7.0, "R&D <Times>", day,
            "The United States imposed sanctions on China's chip makers & <suppliers>.")
    # Mixed: praised and condemned about equally.
    add("TUR", "CIV", "praise", "PRAISE", 1, 3.0, "Le Monde é", "2024-05-01",
        "Türkiye praised Côte d’Ivoire\u000b for the “historic” accord.")
    add("CIV", "TUR", "criticize", "DISAPPROVE", -1, -3.0, "Le Monde é", "2024-05-02",
        "Côte d’Ivoire criticised Türkiye over the port deal.")
    # Dropped by default filters: negated, and a self-loop.
    add("JPN", "CHN", "ally", "COOPERATE", 1, 8.0, "wire.example", "2024-06-01",
        "Japan did not form an alliance with China.", negated=True)
    with open(path, "w", encoding="utf-8") as out:
        for r in rows:
            out.write(json.dumps(r, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main(sys.argv[1])
