#!/usr/bin/env python3
"""Outlet and date detection on the boilerplate benchmark pages, against each page's URL.

Runs `irkg text --json` on every page of ../shared/eval/boilerplate/html/ (gzip HTML) and
compares the detected outlet with the site the ground truth's URL names:

- the URL's host is looked up in data/outlets.tsv (the same rules as irkg: "www.", "m."
  dropped, any subdomain of a listed host); a page is right when irkg's outlet is that
  row's canonical name;
- a host the table does not list: the page is right when the detected name spells the
  host (names_host below: "VentureBeat", "The Verge", "Smithsonian" for smithsonianmag.com;
  a bare slug such as "nj" does not count), or when it is the name checked by hand in
  bench/outlet_eval_reviewed.tsv (counted separately).

Dates: a page is "dated" when irkg gives a published date; when the URL itself carries
a date (/2019/11/19/, /20191119/, -2019-11-19), the page's date must equal it (a date in
the URL is the publication day for these sites).

Usage: bench/outlet_eval.py [--irkg build/irkg] [--dir ../shared/eval/boilerplate]
                            [--outlets data/outlets.tsv] [--show] [--json]
"""
import argparse
import gzip
import json
import os
import re
import subprocess
import sys
import tempfile


def name_key(s):
    return "".join(ch.lower() for ch in s if ch.isalnum() or ord(ch) >= 0x80)


def host_of(url):
    s = url.split("://", 1)[-1]
    s = re.split(r"[/?#:]", s, 1)[0].lower()
    for prefix in ("www.", "m.", "amp.", "mobile."):
        if s.startswith(prefix):
            s = s[len(prefix):]
    return s


def load_table(path):
    by_host = {}
    for line in open(path, encoding="utf-8"):
        line = line.rstrip("\n")
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        fields = [f.strip() for f in line.split("\t")]
        if len(fields) > 1:
            for h in fields[1].split("|"):
                if h.strip():
                    by_host[host_of(h.strip())] = fields[0]
    return by_host


def table_name(by_host, host):
    h = host
    while True:
        if h in by_host:
            return by_host[h]
        parts = h.split(".")
        if len(parts) <= 2:
            return None
        h = ".".join(parts[1:])


def names_host(detected, host):
    """The name reads as the host's site: its letters (without a leading "The") equal the
    host's, or one of the host's labels, or one starts with the other
    ("Smithsonian" for smithsonianmag.com). A bare lower-case slug ("nj" for nj.com) is a
    slug, not the publisher's name, and does not count."""
    if not detected or (detected == detected.lower() and " " not in detected and "." not in detected):
        return False
    full = name_key(detected)
    keys = [full] + ([full[3:]] if full.startswith("the") and len(full) > 6 else [])
    for key in keys:
        if len(key) < 2:
            continue
        if key == name_key(host):
            return True
        for label in host.split(".")[:-1]:
            label = name_key(label)
            if label == key:
                return True
            if len(label) >= 5 and len(key) >= 5 and (label.startswith(key) or key.startswith(label)):
                return True
    return False


URL_DATE = [
    re.compile(r"/((?:19|20)\d\d)/(\d\d)/(\d\d)(?:/|$|[-_])"),
    re.compile(r"/((?:19|20)\d\d)-(\d\d)-(\d\d)(?:/|$|[-_])"),
    re.compile(r"[/_-]((?:19|20)\d\d)(\d\d)(\d\d)(?:[/_.-]|$)"),
]


def url_date(url):
    for rx in URL_DATE:
        m = rx.search(url)
        if m:
            y, mo, d = m.groups()
            if 1 <= int(mo) <= 12 and 1 <= int(d) <= 31:
                return f"{y}-{mo}-{d}"
    return None


def main():
    ap = argparse.ArgumentParser()
    here = os.path.dirname(os.path.abspath(__file__))
    root = os.path.dirname(here)
    ap.add_argument("--irkg", default=os.path.join(root, "build", "irkg"))
    ap.add_argument("--dir", default=os.path.join(root, "..", "shared", "eval", "boilerplate"))
    ap.add_argument("--outlets", default=os.path.join(root, "data", "outlets.tsv"))
    ap.add_argument("--show", action="store_true", help="print every page that is wrong")
    ap.add_argument("--json", action="store_true", help="print the numbers as JSON")
    a = ap.parse_args()

    truth = json.load(open(os.path.join(a.dir, "ground-truth.json"), encoding="utf-8"))
    by_host = load_table(a.outlets)
    reviewed = {}
    reviewed_path = os.path.join(here, "outlet_eval_reviewed.tsv")
    for line in open(reviewed_path, encoding="utf-8"):
        if line.strip() and not line.startswith("#"):
            host, name = line.rstrip("\n").split("\t")[:2]
            reviewed[host] = name
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        paths = []
        for page_id in sorted(truth):
            path = os.path.join(tmp, page_id + ".html")
            with gzip.open(os.path.join(a.dir, "html", page_id + ".html.gz")) as src, open(path, "wb") as dst:
                dst.write(src.read())
            paths.append((page_id, path))
        for page_id, path in paths:
            out = subprocess.run([a.irkg, "text", "--json", path], capture_output=True, text=True)
            if out.returncode != 0:
                sys.exit(f"irkg text failed on {page_id}: {out.stderr.strip()}")
            rows.append((page_id, json.loads(out.stdout.splitlines()[0])))

    outlet_right = in_table = in_table_right = mechanical_right = reviewed_right = 0
    dated = url_dated = url_date_right = agency = 0
    wrong = []
    for page_id, got in rows:
        url = truth[page_id]["url"]
        host = host_of(url)
        expected = table_name(by_host, host)
        detected = got.get("outlet", "")
        if expected is not None:
            in_table += 1
            ok = detected == expected
            in_table_right += ok
        else:
            ok = names_host(detected, host)
            mechanical_right += ok
            if not ok and reviewed.get(host) == detected:
                ok = True
                reviewed_right += 1
        outlet_right += ok
        if not ok:
            wrong.append(("outlet", host, expected or "(not in table)", detected))
        published = got.get("published", "")
        dated += bool(published)
        if got.get("agency"):
            agency += 1
        want = url_date(url)
        if want:
            url_dated += 1
            url_date_right += published == want
            if published != want:
                wrong.append(("date", url, want, published))
    n = len(rows)
    result = {
        "pages": n,
        "outlet_right": outlet_right,
        "outlet_accuracy": round(outlet_right / n, 4),
        "hosts_in_table_pages": in_table,
        "hosts_in_table_right": in_table_right,
        "other_pages": n - in_table,
        "other_right_by_name_rule": mechanical_right,
        "other_right_by_review": reviewed_right,
        "dated": dated,
        "date_coverage": round(dated / n, 4),
        "url_dated_pages": url_dated,
        "url_date_right": url_date_right,
        "url_date_accuracy": round(url_date_right / url_dated, 4) if url_dated else None,
        "pages_with_agency": agency,
    }
    if a.json:
        print(json.dumps(result, indent=1))
    else:
        for k, v in result.items():
            print(f"{k:22} {v}")
    if a.show:
        for w in wrong:
            print("\t".join(w))


if __name__ == "__main__":
    main()
