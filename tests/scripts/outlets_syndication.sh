#!/usr/bin/env bash
# Publisher, wire agency and syndicated copies end to end, on fixtures of our own writing
# (tests/fixtures/outlets): one AP story run by three outlets, one of which rewrote a
# paragraph; a page whose og:site_name is a section; a Blogger page.
# - irkg text: outlet is the paper (never the section, the platform or the agency), agency AP
# - ingest in two runs: the copies join the first document's story through the store
# - claims carry agency and story; --agency filters claims and graph exports
# - compare counts the story once (--raw-copies: every copy), lists the outlets that ran it
#   and the rewritten paragraph's claims; corroboration does not count copies
set -euo pipefail
irkg=$1
py=$(command -v python3 || true)
[ -n "$py" ] || { echo "python3 missing"; exit 77; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fx=tests/fixtures/outlets

for f in wire_harbour_times wire_steppe_herald wire_meridian_wire section_site_name blog_platform; do
  "$irkg" text --json "$fx/$f.html" > "$tmp/$f.text.json"
done

"$irkg" ingest --db "$tmp/db" "$fx/wire_harbour_times.html" "$fx/section_site_name.html" > /dev/null
"$irkg" ingest --db "$tmp/db" "$fx/wire_steppe_herald.html" "$fx/wire_meridian_wire.html" > /dev/null
"$irkg" claims --db "$tmp/db" --json > "$tmp/claims.jsonl"
"$irkg" claims --db "$tmp/db" --agency AP --json > "$tmp/ap.jsonl"
"$irkg" claims --db "$tmp/db" --agency Reuters --json > "$tmp/reuters.jsonl"
"$irkg" compare --db "$tmp/db" JPN PHL --json > "$tmp/pair.json"
"$irkg" compare --db "$tmp/db" JPN PHL --json --raw-copies > "$tmp/pair_raw.json"
"$irkg" compare --db "$tmp/db" --copies --json > "$tmp/copies.json"
"$irkg" compare --db "$tmp/db" --copies > "$tmp/copies.txt"
"$irkg" compare --db "$tmp/db" --outlets --json > "$tmp/matrix.json"
"$irkg" compare --db "$tmp/db" --outlets --json --raw-copies > "$tmp/matrix_raw.json"
"$irkg" claims --db "$tmp/db" --corroborated-by 2 --json > "$tmp/corr.jsonl"
"$irkg" claims --db "$tmp/db" --corroborated-by 2 --raw-copies --json > "$tmp/corr_raw.jsonl"
"$irkg" export --db "$tmp/db" --agency "The Associated Press" --format graphml -o "$tmp/ap.graphml" > /dev/null
"$irkg" export --db "$tmp/db" --agency Reuters --format json -o "$tmp/reuters.json" > /dev/null
"$irkg" export --db "$tmp/db" --format csv -o "$tmp/all.csv" > /dev/null

"$py" - "$tmp" <<'PY'
import json, sys
d = sys.argv[1]
def load(name): return json.load(open(f"{d}/{name}"))
def lines(name): return [json.loads(l) for l in open(f"{d}/{name}") if l.strip()]

# publisher and agency per page
expect = {"wire_harbour_times": ("Harbour Times", "Associated Press"),
          "wire_steppe_herald": ("Steppe Herald", "Associated Press"),
          "wire_meridian_wire": ("Meridian Wire", "Associated Press"),
          "section_site_name": ("The Lakeside Courier", ""),
          "blog_platform": ("Ridgeline Notes", "")}
for f, (outlet, agency) in expect.items():
    t = load(f"{f}.text.json")
    assert (t["outlet"], t["agency"]) == (outlet, agency), (f, t["outlet"], t["agency"])

# claims: agency on every wire claim; the two later copies carry the first one's story
claims = lines("claims.jsonl")
by_outlet = {}
for c in claims:
    by_outlet.setdefault(c["outlet"], []).append(c)
assert set(by_outlet) >= {"Harbour Times", "Steppe Herald", "Meridian Wire"}, by_outlet.keys()
first = by_outlet["Harbour Times"][0]["doc"]
assert all(c["story"] == "" for c in by_outlet["Harbour Times"]), "the first copy is its own story"
for o in ("Steppe Herald", "Meridian Wire"):
    assert all(c["story"] == first for c in by_outlet[o]), (o, [c["story"] for c in by_outlet[o]])
    assert all(c["agency"] == "Associated Press" for c in by_outlet[o])
ap = lines("ap.jsonl")
assert len(ap) == sum(len(by_outlet[o]) for o in ("Harbour Times", "Steppe Herald", "Meridian Wire")), len(ap)
assert lines("reuters.jsonl") == []

# compare: one story, not three outlets; raw copies show all three
pair, raw = load("pair.json"), load("pair_raw.json")
assert [o["outlet"] for o in pair["outlets"]] == ["Harbour Times"], pair["outlets"]
assert len(raw["outlets"]) == 3, raw["outlets"]
assert pair["copies"] and set(pair["copies"][0]["outlets"]) == {"Harbour Times", "Steppe Herald", "Meridian Wire"}
copies = load("copies.json")
assert len(copies) == 1 and copies[0]["outlets"][0] == "Harbour Times", copies
edits = {e["outlet"]: e for e in copies[0]["edits"]}
assert set(edits) == {"Meridian Wire"}, edits
assert edits["Meridian Wire"]["added"] == ["VNM praise PHL"], edits
assert edits["Meridian Wire"]["missing"] == ["CHN criticize PHL"], edits

# the outlet matrix and corroboration count independent stories
assert [o["outlet"] for o in load("matrix.json")["outlets"]] == ["Harbour Times"]
assert len(load("matrix_raw.json")["outlets"]) == 3
assert lines("corr.jsonl") == [], "copies of one story corroborate nothing"
assert len(lines("corr_raw.jsonl")) >= 1

# exports carry the evidence's agency; an agency with no claims gives an empty graph
graphml = open(f"{d}/ap.graphml").read()
assert 'evidence_agency' in graphml and '>Associated Press<' in graphml
assert json.load(open(f"{d}/reuters.json"))["links"] == []
header = open(f"{d}/all.csv").readline().strip().split(",")
assert header[-1] == "evidence_agency", header
PY
grep -q "Meridian Wire edited it" "$tmp/copies.txt"

# bad input: an agency filter with nothing after it is a usage error, not an empty answer
if "$irkg" claims --db "$tmp/db" --agency 2> /dev/null; then echo "--agency without a value accepted"; exit 1; fi
echo "outlets and syndication: ok"
