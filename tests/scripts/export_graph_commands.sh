#!/usr/bin/env bash
# The graph queries behind the exports (opposes, allies, path, blocs) answer the constructed
# two-camp world of tests/export/make_claims.py correctly, in --json and in human form.
set -euo pipefail
irkg=$1
py=/usr/bin/python3
[ -x "$py" ] || py=$(command -v python3 || true)
[ -n "$py" ] || { echo "python3 missing"; exit 77; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
"$py" tests/export/make_claims.py "$tmp/c.jsonl"
c=(--claims "$tmp/c.jsonl")

"$irkg" opposes "${c[@]}" --json > "$tmp/opposes.json"
"$irkg" allies "${c[@]}" USA --json > "$tmp/allies.json"
"$irkg" path "${c[@]}" JPN RUS --kind rivalry --json > "$tmp/rival.json"
"$irkg" path "${c[@]}" JPN GBR --kind rivalry --json > "$tmp/norival.json"
"$irkg" blocs "${c[@]}" --json > "$tmp/blocs.json"
"$py" - "$tmp" <<'PY'
import json, sys
d = sys.argv[1]
load = lambda n: json.load(open(f"{d}/{n}.json", encoding="utf-8"))
opp = load("opposes")["pairs"]
assert opp[0]["a"] == "CHN" and opp[0]["b"] == "USA", opp[0]          # 4 claims: strongest rivalry
assert opp[0]["evidence"]["outlet"] == "R&D <Times>", opp[0]["evidence"]
assert all(p["sign"] == -1 for p in opp)
assert {"CIV", "TUR"} not in [{p["a"], p["b"]} for p in opp]          # mixed pair is neither
allies = {p["a"] if p["b"] == "USA" else p["b"] for p in load("allies")["pairs"]}
assert allies == {"GBR", "JPN"}, allies
rival = load("rival")
assert rival["found"] and rival["sign"] == -1 and len(rival["hops"]) == 1, rival
assert not load("norival")["found"]                                    # allies have no odd-negative link
b = load("blocs")
camps = sorted(sorted(x["members"]) for x in b["blocs"] if len(x["members"]) > 1)
assert camps == [["CHN", "IRN", "RUS"], ["GBR", "JPN", "USA"]], camps
assert b["strongly_balanced"] and b["balance_ratio"] == 1.0, b
print("graph queries agree with the constructed world")
PY
# Human output: a table row per pair and the evidence with outlet and date.
"$irkg" opposes "${c[@]}" CHN > "$tmp/human.txt"
grep -q "R&D <Times>, 2024-04-12" "$tmp/human.txt" || { echo "human output lacks evidence outlet/date"; cat "$tmp/human.txt"; exit 1; }
