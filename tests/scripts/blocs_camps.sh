#!/usr/bin/env bash
# irkg blocs on the bundled samples finds the camps an analyst expects (the US and its
# allies; Russia and China), lists the balance breaks strongest first with evidence and
# honours --limit; opposes keeps its columns apart once counts pass 100.
set -euo pipefail
irkg=$1
py=/usr/bin/python3
[ -x "$py" ] || py=$(command -v python3 || true)
[ -n "$py" ] || { echo "python3 missing"; exit 77; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
"$irkg" ingest --db "$tmp/db" samples/ > /dev/null 2>&1

"$irkg" blocs --db "$tmp/db" --json > "$tmp/blocs.json"
"$irkg" blocs --db "$tmp/db" --json --limit 0 > "$tmp/all.json"
"$irkg" blocs --db "$tmp/db" --limit 1 > "$tmp/blocs.txt"
"$py" - "$tmp" <<'PY'
import json, sys
d = sys.argv[1]
b = json.load(open(f"{d}/blocs.json", encoding="utf-8"))
every = json.load(open(f"{d}/all.json", encoding="utf-8"))
camps = {m: c["id"] for c in b["camps"] for m in c["members"]}
west, east = camps["USA"], camps["RUS"]
assert west != east, b["camps"]
assert camps["CHN"] == east, b["camps"]
for ally in ("JPN", "AUS"):
    assert camps[ally] == west, (ally, b["camps"])
# Weak balance (components of alliances) merges them: the reason camps exist.
assert b["camps"] != b["blocs"]
# Frustration: the summed strength of the breaks, a share of the signed weight.
breaks = every["camp_breaks"]
assert every["camp_breaks_total"] == len(breaks) == b["camp_breaks_total"]
assert abs(sum(e["strength"] for e in breaks) - b["frustration"]) < 1e-6
assert 0 < b["frustration_share"] < 0.5 and abs(b["frustration"] / b["signed_weight"] - b["frustration_share"]) < 1e-9
strengths = [e["strength"] for e in breaks]
assert strengths == sorted(strengths, reverse=True), strengths
for e in breaks:
    same = camps[e["a"]] == camps[e["b"]]
    assert (e["sign"] > 0) != same, e   # an alliance across camps or a rivalry inside one
    assert e["evidence"]["text"], e
assert len(b["camp_breaks"]) == min(10, len(breaks))
text = open(f"{d}/blocs.txt", encoding="utf-8").read()
assert f"{len(breaks)} edge(s) break the camps" in text, text
if len(breaks) > 1:
    assert f"... {len(breaks) - 1} more (--limit 0 lists all)" in text, text
first = breaks[0]
assert f"{first['a']} {'+' if first['sign'] > 0 else '-'} {first['b']}" in text, text
assert "frustration: " in text and "camp 0 (" in text and "balanced triads:" in text
PY

# Counts above 100: 150 claims of one pair from 120 outlets, and a second pair.
"$py" - "$tmp/many.jsonl" <<'PY'
import json, sys
def actor(code):
    return {"id": code, "name": code, "country": code, "type": "state"}
with open(sys.argv[1], "w", encoding="utf-8") as out:
    for n in range(180):
        s, o = ("CHN", "USA") if n < 150 else ("IRN", "ISR")
        text = f"{s} denounced {o} in statement {n}."
        out.write(json.dumps({
            "id": f"m{n:05d}", "doc": f"d{n}", "subject": actor(s), "object": actor(o),
            "relation": "condemn", "category": "DISAPPROVE", "cameo": "", "polarity": -1,
            "weight": -4.0, "negated": False, "modality": "asserted", "speaker": "",
            "outlet": f"outlet{n % 120:03d}.example", "url": "", "date": "2024-03-01",
            "date_source": "text", "source": "text",
            "evidence": {"text": text, "start": 0, "end": len(text)}}) + "\n")
PY
"$irkg" opposes --claims "$tmp/many.jsonl" > "$tmp/opposes.txt"
"$irkg" opposes --claims "$tmp/many.jsonl" CHN > "$tmp/opposes_chn.txt"
"$py" - "$tmp" <<'PY'
import re, sys
d = sys.argv[1]
for name, label in (("opposes", "CHN - USA"), ("opposes_chn", "USA")):
    lines = open(f"{d}/{name}.txt", encoding="utf-8").read().splitlines()
    header = lines[0]
    row = next(l for l in lines if l.startswith("1 "))
    # Every column stands apart (two spaces at least), and right-aligned numbers end where
    # their header ends.
    m = re.match(r"^1\s{2,}" + re.escape(label) + r"\s{2,}(\d+)\s{2,}(\d+/\d+/\d+)\s{2,}(-?[\d.]+)\s{2,}\S", row)
    assert m, (name, row)
    assert m.group(1) == "150" and m.group(2) == "0/150/0" and m.group(3) == "-600.0", row
    for col in ("CLAIMS", "+/-/0", "NET"):
        end = header.index(col) + len(col)
        value = {"CLAIMS": m.group(1), "+/-/0": m.group(2), "NET": m.group(3)}[col]
        assert row[end - len(value):end] == value, (col, header, row)
PY
echo ok
