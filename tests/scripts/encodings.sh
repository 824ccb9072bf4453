#!/usr/bin/env bash
# Encodings (issue 19, item 7): Windows-1252 / Latin-1 text and pages are decoded, not
# turned into U+FFFD (so "François Hollande" stays an actor); a page's declared charset is
# honoured; CR-only line ends are lines (page furniture is removed as with LF); UTF-16
# JSONL with a byte-order mark is read like UTF-8 JSONL, with no spurious skip.
set -uo pipefail
irkg=$1
[ -x "$irkg" ] || { echo "no irkg binary at $irkg"; exit 77; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cd "$tmp"
fail=0
bad() { echo "FAIL $*"; fail=1; }
# claims FILE...: "subject relation object | evidence" per claim, sorted (no ids: they name the file)
claims() {
  "$irkg" extract "$@" 2> err | python3 -c '
import json, sys
for l in sys.stdin:
    c = json.loads(l)
    print(c["subject"]["id"], c["relation"], c["object"]["id"], "|", c["evidence"]["text"])' | sort
}

# Windows-1252 plain text, told apart from UTF-8 by its bytes (0xE7 c-cedilla, 0x92 apostrophe).
printf 'Fran\xe7ois Hollande\x92s France sanctioned Russia over Crimea on Tuesday.\n' > hollande.txt
out=$(claims hollande.txt)
grep -q "^person:francois-hollande sanction RUS | François Hollande’s France sanctioned Russia" <<< "$out" ||
  bad "Windows-1252 text: got '$out'"
grep -q $'\xEF\xBF\xBD' <<< "$out" && bad "Windows-1252 text still has U+FFFD"

# Pages that declare their charset, in each way browsers accept.
body='<body><article><p>Fran\xe7ois Hollande\x92s France sanctioned Russia over Crimea on Tuesday, the minister said.</p></article></body></html>'
printf "<html><head><meta charset=windows-1252><title>t</title></head>$body" > meta.html
printf "<html><head><meta charset=\"ISO-8859-1\"><title>t</title></head>$body" > latin1.html
printf "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-1\"><title>t</title></head>$body" > equiv.html
for page in meta.html latin1.html equiv.html; do
  out=$(claims "$page")
  grep -q "^person:francois-hollande sanction RUS | François Hollande’s France" <<< "$out" || bad "$page: got '$out'"
done
# A page declared UTF-8 is read as UTF-8 even when a byte is bad (the declaration wins).
printf "<html><head><meta charset=utf-8><title>t</title></head>$body" > utf8.html
grep -q $'Fran\xEF\xBF\xBDois' <<< "$(claims utf8.html)" || bad "a page declared UTF-8 was not read as UTF-8"

# CR-only line ends: the same main text and claims as with LF (furniture removed).
cat > page.txt <<'TEXT'
Home | World | Politics | Business | Sport
Also Read: Brazil condemned Argentina over tariffs
Lisbon, 3 May 2022
Portugal condemned Venezuela on Tuesday over the arrest of two of its diplomats, officials said.
The foreign ministry in Lisbon said the arrests broke the Vienna Convention and demanded their release within days.
Spain backed Portugal in a statement issued later the same evening.
Share this article on Facebook Twitter WhatsApp
TEXT
tr '\n' '\r' < page.txt > page_cr.txt
lf=$(claims page.txt)
cr=$(claims page_cr.txt)
[ "$lf" = "$cr" ] || bad "CR-only text gives other claims than LF: $cr"
grep -q "BRA" <<< "$cr" && bad "CR-only text kept the 'Also Read' furniture as a claim"
[ "$("$irkg" text page.txt)" = "$("$irkg" text page_cr.txt)" ] || bad "CR-only main text differs from LF"
# ... and in JSONL: CR-separated lines and a CR-only "text" field.
printf '{"id":"a","text":"Portugal condemned Venezuela on Tuesday."}\r{"id":"b","text":"Spain backed Portugal on Monday."}\r' > mac.jsonl
[ "$(claims mac.jsonl | wc -l)" -eq 2 ] && [ ! -s err ] || bad "CR-separated JSONL: $(claims mac.jsonl) $(cat err)"

# UTF-16 JSONL with a byte-order mark, both byte orders, from a file and from stdin.
printf '%s\n' '{"id":"u1","text":"Portugal condemned Venezuela on Tuesday."}' \
  '{"id":"u2","text":"Spain backed Portugal on Monday, said Jos\u00e9 Garc\u00eda."}' > docs.jsonl
ref=$(claims docs.jsonl)
[ "$(wc -l <<< "$ref")" -eq 2 ] || bad "reference JSONL gives $(wc -l <<< "$ref") claims"
{ printf '\xff\xfe'; iconv -f UTF-8 -t UTF-16LE docs.jsonl; } > le.jsonl
{ printf '\xfe\xff'; iconv -f UTF-8 -t UTF-16BE docs.jsonl; } > be.jsonl
for f in le.jsonl be.jsonl; do
  [ "$(claims "$f")" = "$ref" ] || bad "$f: $(claims "$f")"
  [ -s err ] && bad "$f: $(cat err)"
done
got=$("$irkg" extract - < le.jsonl 2> err | grep -c '"subject"')
[ "$got" -eq 2 ] && [ ! -s err ] || bad "UTF-16 JSONL on stdin: $got claims, $(cat err)"
# UTF-16 text with a byte-order mark and CR-only lines.
{ printf '\xff\xfe'; iconv -f UTF-8 -t UTF-16LE page_cr.txt; } > page16.txt
[ "$(claims page16.txt)" = "$lf" ] || bad "UTF-16 CR-only text: $(claims page16.txt)"

[ "$fail" -eq 0 ] && echo "encodings ok"
exit "$fail"
