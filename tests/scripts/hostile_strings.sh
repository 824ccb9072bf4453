#!/usr/bin/env bash
# Hostile strings (issue 19, item 8): escape sequences in outlet names, evidence and other
# input never reach a terminal raw (shown escaped as \x1b, \u009b ...), and CSV cells that
# start with = + - @ are neutralised with a leading ' (OWASP CSV injection).
set -uo pipefail
irkg=$1
[ -x "$irkg" ] || { echo "no irkg binary at $irkg"; exit 77; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cd "$tmp"
fail=0
bad() { echo "FAIL $*"; fail=1; }
python3 - <<'PY'
import json
esc, bel, csi = "\x1b", "\x07", "\u009b"
docs = [
    {"id": "h1", "outlet": "Harbour Times", "published": "2022-05-03",
     "text": "Japan condemned China over the islands on Tuesday. " + esc + "]0;pwned" + bel},
    {"id": "h2", "outlet": esc + "[31mRed " + csi + "2JNews", "published": "2022-05-04",
     "text": "Japan criticised China " + esc + "[2J again over the islands."},
    {"id": "h3", "outlet": "@Tribune", "published": "2022-05-05",
     "text": "India backed Japan at the summit. Japan praised India for its support."},
    {"id": "h4", "outlet": "+Post", "published": "2022-05-06",
     "text": "China condemned India over the border on Friday. China condemned Japan over the visit."},
    {"id": "h5" + esc + "[8m", "outlet": "Wire", "published": "2022-13-01" + esc + "[2J",
     "text": "Peru praised Chile for the agreement."},
]
with open("hostile.jsonl", "w") as f:
    for d in docs:
        f.write(json.dumps(d) + "\n")
PY
"$irkg" ingest --db db hostile.jsonl > /dev/null 2> ingest.err || bad "ingest failed: $(cat ingest.err)"
# no_raw_controls NAME FILE: no ESC, BEL or UTF-8 C1 control byte pair in FILE.
no_raw_controls() {
  if LC_ALL=C grep -q $'\x1b\|\x07\|\xc2[\x80-\x9f]' "$2"; then bad "$1 printed a raw control character: $(cat -v "$2" | head -5)"; fi
}
grep -q '\\x1b\[2J' ingest.err || bad "the bad date warning does not show the escape escaped: $(cat -v ingest.err)"
no_raw_controls "ingest warnings" ingest.err
for cmd in "claims --db db" "claims --db db --corroborated-by 1" "opposes --db db" "allies --db db" \
           "opposes --db db Japan" "compare --db db Japan China" "compare --db db --outlets" \
           "path --db db India China" "blocs --db db" "stats --db db" "compare --db db Japan China --csv" \
           "compare --db db --outlets --csv" "text hostile.jsonl" "explain hostile.jsonl"; do
  # shellcheck disable=SC2086
  "$irkg" $cmd > out 2> err || bad "irkg $cmd failed: $(cat err)"
  no_raw_controls "irkg $cmd" out
  no_raw_controls "irkg $cmd (stderr)" err
done
# What was there is still visible, escaped.
"$irkg" claims --db db > out 2> /dev/null
grep -qF '\x1b[31mRed \u009b2JNews' out || bad "claims does not show the escaped outlet: $(cat -v out)"
grep -qF '\x1b]0;pwned\x07' out || bad "claims does not show the escaped evidence: $(cat -v out)"

# CSV: formula cells get a leading ' (and quotes); plain ones are unchanged.
"$irkg" compare --db db Japan China --csv > pair.csv
grep -q "^\"'+Post\"," pair.csv || bad "compare --csv left a formula cell: $(cat pair.csv)"
grep -q '^Harbour Times,' pair.csv || bad "compare --csv changed a plain cell: $(cat pair.csv)"
"$irkg" export --db db --format csv -o graph.csv 2> /dev/null
grep -q "\"'@Tribune\"" graph.csv || bad "export csv left a formula cell: $(cat graph.csv)"
no_raw_controls "export csv" graph.csv
grep -qE '(^|,)[=+@-][^0-9]' graph.csv pair.csv && bad "an unquoted cell starts with a formula character"

[ "$fail" -eq 0 ] && echo "hostile strings ok"
exit "$fail"
