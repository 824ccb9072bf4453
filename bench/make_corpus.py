#!/usr/bin/env python3
"""Deterministic news-like corpus for irkg's benchmarks.

Writes N articles in the shapes irkg meets in the wild: scraped plain-text pages with
navigation menus, share lines, "Also Read" headline blocks, bylines, bios and cookie
notices, or the same pages as HTML, or clean JSONL documents. Many outlets and dates.
The text is generated from templates (actors, relations, connectives), so it is
repeatable byte for byte for a given --seed and size.

  make_corpus.py --mb 10 --format jsonl --out corpus.jsonl
  make_corpus.py --mb 50 --format html --out pages/      (one .html file per article)
  make_corpus.py --mb 50 --format txt --out pages/       (one .txt file per article)
  make_corpus.py --mb 100 --format pages-jsonl --out c.jsonl  (JSONL whose text is a whole scraped page)
"""
import argparse
import json
import os
import random

ACTORS = [
    "Japan", "Russia", "China", "India", "the United States", "Australia", "France", "Germany",
    "Britain", "Canada", "South Korea", "North Korea", "Iran", "Israel", "Turkey", "Saudi Arabia",
    "Pakistan", "Ukraine", "Brazil", "Indonesia", "Vietnam", "the Philippines", "Egypt", "Nigeria",
    "the European Union", "NATO", "ASEAN", "the African Union", "Tokyo", "Moscow", "Beijing",
    "New Delhi", "Washington", "the Kremlin", "Russian President Vladimir Putin",
    "Chinese foreign minister Wang Yi", "the Japanese prime minister", "Canberra", "Seoul",
]
RELATIONS = [
    "condemned", "signed a trade agreement with", "held talks with", "accused", "praised",
    "imposed sanctions on", "threatened", "agreed to cooperate with", "criticised", "supported",
    "rejected a proposal from", "courted", "warned", "met", "expelled diplomats from",
    "pledged aid to", "protested to",
]
TAILS = [
    "on Monday", "last week", "after months of tension", "according to officials",
    "in a statement", "during a summit", "over the disputed islands", "amid rising tensions",
    "in a phone call", "despite objections at home",
]
FILLERS = [
    "Analysts said the move reflected a broader shift in the region.",
    "The ministry gave no further details.",
    "Trade between the two economies has grown steadily over the past decade.",
    "Officials expect further talks later this year.",
    "The announcement came as markets opened higher across Asia.",
]
OUTLETS = ["EastWind Report", "Harbour Times", "Meridian Wire", "Steppe Herald", "Continental Post",
           "Pacific Ledger", "Northern Dispatch", "Global Courier", "Delta Review", "Capital Observer",
           "Atlas Daily", "Orient Monitor"]
MENU = ["Indo-Pacific", "Americas", "Europe", "Africa", "West Asia", "Opinion", "Video", "Economy"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]


def sentence(rng):
    a, b = rng.sample(ACTORS, 2)
    s = f"{a[0].upper()}{a[1:]} {rng.choice(RELATIONS)} {b} {rng.choice(TAILS)}."
    return s


def article(rng, i):
    outlet = rng.choice(OUTLETS)
    y, m, d = rng.randint(2018, 2024), rng.randint(1, 12), rng.randint(1, 28)
    title = sentence(rng).rstrip(".")
    paras = []
    for _ in range(rng.randint(4, 9)):
        n = rng.randint(2, 5)
        paras.append(" ".join(sentence(rng) if rng.random() < 0.7 else rng.choice(FILLERS) for _ in range(n)))
    related = [sentence(rng).rstrip(".") for _ in range(4)]
    return {"id": f"doc-{i:08d}", "outlet": outlet, "published": f"{y:04d}-{m:02d}-{d:02d}",
            "date_text": f"{MONTHS[m - 1]} {d}, {y}", "title": title, "paras": paras, "related": related,
            "author": rng.choice(["A. Mehta", "J. Novak", "K. Sato", "L. Moreau", "R. Okafor"]),
            "url": f"https://{outlet.lower().replace(' ', '')}.example/news/{i}"}


def as_text(a):
    menu = "\n".join("  \u2022 " + m for m in MENU)
    lines = [a["outlet"], a["outlet"], "No Result", "View All Result", menu, a["outlet"], menu, "",
             a["title"], "", f"{a['author']} by {a['author']}", a["date_text"], "in Geopolitics",
             "Share on FacebookShare on X", ""]
    half = len(a["paras"]) // 2
    lines += [p + "\n" for p in a["paras"][:half]]
    lines += ["Also Read", ""] + [r + "\n" for r in a["related"][:2]]
    lines += [p + "\n" for p in a["paras"][half:]]
    lines += ["Tags: Geopolitics", "ShareTweetSend", a["author"], "",
              f"{a['author']} writes on foreign policy and security.", "", "Also Read", ""]
    for r in a["related"][2:]:
        lines += [r, "", r, "", a["date_text"]]
    lines += [menu, f"\u00a92024 - {a['outlet'].upper()} MEDIA", "",
              "We use cookies to improve your experience. By staying on this site you accept our cookie policy."]
    return "\n".join(lines) + "\n"


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def as_html(a):
    nav = "".join(f'<li><a href="/{m.lower()}">{esc(m)}</a></li>' for m in MENU)
    body = "".join(f"<p>{esc(p)}</p>" for p in a["paras"])
    rel = "".join(f'<li><a href="/r/{k}">{esc(r)}</a></li>' for k, r in enumerate(a["related"]))
    return (f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>{esc(a["title"])} | {esc(a["outlet"])}</title>'
            f'<meta property="og:site_name" content="{esc(a["outlet"])}">'
            f'<meta property="article:published_time" content="{a["published"]}T08:00:00Z">'
            f'<link rel="canonical" href="{a["url"]}"></head><body>'
            f'<header><nav><ul>{nav}</ul></nav></header><main><article><h1>{esc(a["title"])}</h1>'
            f'<div class="byline">By {esc(a["author"])} | {a["date_text"]}</div>{body}'
            f'<div class="share"><a href="#">Share on Facebook</a> <a href="#">Share on X</a></div></article>'
            f'<aside class="related"><h3>Also Read</h3><ul>{rel}</ul></aside></main>'
            f'<footer><ul>{nav}</ul><p>&copy; 2024 {esc(a["outlet"])}</p></footer>'
            f'<div class="cookie-banner">This website uses cookies.</div></body></html>\n')


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--mb", type=float, required=True, help="approximate output size in MB")
    ap.add_argument("--format", choices=["jsonl", "pages-jsonl", "txt", "html"], default="jsonl")
    ap.add_argument("--out", required=True)
    ap.add_argument("--seed", type=int, default=20211)
    args = ap.parse_args()
    rng = random.Random(args.seed)
    target = int(args.mb * 1e6)
    written, i = 0, 0
    if args.format in ("txt", "html"):
        os.makedirs(args.out, exist_ok=True)
        while written < target:
            a = article(rng, i)
            data = as_text(a) if args.format == "txt" else as_html(a)
            path = os.path.join(args.out, f"{a['id']}.{args.format}")
            with open(path, "w", encoding="utf-8") as f:
                f.write(data)
            written += len(data.encode("utf-8"))
            i += 1
    else:
        with open(args.out, "w", encoding="utf-8") as f:
            while written < target:
                a = article(rng, i)
                text = "\n\n".join(a["paras"]) if args.format == "jsonl" else as_text(a)
                line = json.dumps({"id": a["id"], "text": text, "outlet": a["outlet"], "url": a["url"],
                                   "published": a["published"], "title": a["title"]}, ensure_ascii=False) + "\n"
                f.write(line)
                written += len(line.encode("utf-8"))
                i += 1
    print(f"{i} articles, {written / 1e6:.1f} MB -> {args.out}")


if __name__ == "__main__":
    main()
