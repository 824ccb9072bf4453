#!/usr/bin/env bash
# irkg compare and claims --corroborated-by on the bundled samples (several outlets that
# disagree about Japan and Russia): each outlet's stance with evidence, the outlet matrix,
# JSON/CSV output, corroborated claims, and outlet name normalisation at ingest.
set -euo pipefail
irkg=$1
py=$(command -v python3 || true)
[ -n "$py" ] || { echo "python3 missing"; exit 77; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
"$irkg" ingest --db "$tmp/db" samples/ > /dev/null

# the pair: every outlet that reports Japan-Russia appears with a stance and a quoted sentence
"$irkg" compare --db "$tmp/db" Japan Russia > "$tmp/pair.txt"
grep -q "consensus" "$tmp/pair.txt"
grep -q '^Harbour Times' "$tmp/pair.txt"
grep -q '^Steppe Herald' "$tmp/pair.txt"
grep -q '^    [+-] "' "$tmp/pair.txt"

"$irkg" compare --db "$tmp/db" JPN RUS --json > "$tmp/pair.json"
"$irkg" compare --db "$tmp/db" --outlets --json > "$tmp/matrix.json"
"$irkg" claims --db "$tmp/db" --corroborated-by 2 --json > "$tmp/corr.jsonl"
"$py" - "$tmp" <<'PY'
import json, sys
d = sys.argv[1]
pair = json.load(open(f"{d}/pair.json"))
assert {pair["a"], pair["b"]} == {"JPN", "RUS"}, pair
outlets = {o["outlet"]: o for o in pair["outlets"]}
assert len(outlets) >= 3, outlets.keys()
for o in outlets.values():
    assert o["claims"] == o["positive"] + o["negative"] + o["neutral"], o
    assert o["stance"] in (-1, 0, 1) and o["evidence"], o
signs = {o["stance"] for o in outlets.values()}
assert 1 in signs and -1 in signs, "the samples' outlets disagree about Japan and Russia"
m = json.load(open(f"{d}/matrix.json"))
n = len(m["outlets"])
assert n >= 5 and len(m["agreement"]) == n and all(len(r) == n for r in m["agreement"])
for i in range(n):
    for j in range(n):
        assert -1 <= m["agreement"][i][j] <= 1 and m["agreement"][i][j] == m["agreement"][j][i]
lines = [json.loads(l) for l in open(f"{d}/corr.jsonl")]
assert lines, "samples hold claims reported by two outlets"
for l in lines:
    assert len(l["corroboration"]["outlets"]) >= 2, l
print("compare ok:", len(outlets), "outlets on JPN-RUS,", n, "outlets in the matrix,", len(lines), "corroborated claims")
PY
"$irkg" compare --db "$tmp/db" --outlets --csv | head -1 | grep -qx 'outlet_a,outlet_b,shared_dyads,agreement'

# outlet names are normalised at ingest: a host and a site name become one outlet
printf '%s\n' '{"id":"n1","text":"Chile condemned Bolivia over the border closure.","outlet":"www.tfiglobalnews.com"}' \
              '{"id":"n2","text":"Chile condemned Bolivia again on Tuesday.","outlet":"TFI Global News"}' > "$tmp/n.jsonl"
"$irkg" ingest --db "$tmp/n.db" "$tmp/n.jsonl" > /dev/null
[ "$("$irkg" compare --db "$tmp/n.db" CHL BOL --json | "$py" -c 'import json,sys; print([o["outlet"] for o in json.load(sys.stdin)["outlets"]])')" = "['TFIGlobal']" ]

# errors: one line, usage exit 2
set +e
"$irkg" compare --db "$tmp/db" Japan 2> "$tmp/err"; rc=$?
set -e
[ "$rc" -eq 2 ] && [ "$(wc -l < "$tmp/err")" -eq 1 ]
echo "compare_cli ok"
