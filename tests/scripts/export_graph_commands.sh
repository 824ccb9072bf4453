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
# From a store, one actor's pairs are read through the actor indexes; they must equal the
# pairs of the whole graph that involve that actor (same counts, sign, evidence), for
# every actor, in both directions of the ranking.
"$irkg" sst --out "$tmp/shard" "$tmp/c.jsonl" > /dev/null
"$irkg" ingest-sst --db "$tmp/db" "$tmp/shard" > /dev/null
for cmd in opposes allies; do
  "$irkg" $cmd "${c[@]}" --json --limit 0 > "$tmp/all-$cmd.json"
  for actor in $("$py" -c "import json,sys; print(' '.join(sorted({x for p in json.load(open(sys.argv[1]))['pairs'] for x in (p['a'], p['b'])})))" "$tmp/all-$cmd.json"); do
    "$irkg" $cmd --db "$tmp/db" "$actor" --json --limit 0 > "$tmp/focus.json"
    "$py" - "$tmp/all-$cmd.json" "$tmp/focus.json" "$actor" <<'PY'
import json, sys
whole = [p for p in json.load(open(sys.argv[1]))["pairs"] if sys.argv[3] in (p["a"], p["b"])]
focus = json.load(open(sys.argv[2]))["pairs"]
assert whole == focus, (sys.argv[3], whole, focus)
PY
  done
done
echo "focused store queries equal the whole graph's pairs for every actor"
