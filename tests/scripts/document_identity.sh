#!/usr/bin/env bash
# A document's identity does not depend on how its path was typed (issue 19, item 4):
# samples/x.txt, ./samples/x.txt, samples//x.txt and the absolute path are one document,
# so ingesting all four spellings stores what one ingest stores.
set -uo pipefail
irkg=$1
[ -x "$irkg" ] || { echo "no irkg binary at $irkg"; exit 77; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail=0
mkdir -p "$tmp/work/samples"
cat > "$tmp/work/samples/x.txt" <<'TEXT'
Lisbon, 3 May 2022 - Portugal condemned Venezuela on Tuesday over the arrest of two of its
diplomats, and Brazil praised Portugal for its restraint.
TEXT
cd "$tmp/work"
"$irkg" ingest --db ../once samples/x.txt > /dev/null 2>&1
for p in samples/x.txt ./samples/x.txt samples//x.txt "$PWD/samples/x.txt"; do
  "$irkg" ingest --db ../four "$p" > /dev/null 2>&1 || { echo "FAIL: ingest $p"; fail=1; }
done
stats() { "$irkg" stats --db "$1" --json | grep -E '"(documents|claims)"' | tr -d ' \n'; }
once=$(stats ../once)
four=$(stats ../four)
[ -n "$once" ] && [ "$once" = "$four" ] || { echo "FAIL: four spellings stored $four, one ingest $once"; fail=1; }
grep -q '"documents":1,' <<< "$four" || { echo "FAIL: want one document, got $four"; fail=1; }
grep -q '"claims":0' <<< "$four" && { echo "FAIL: the fixture gave no claims"; fail=1; }
# extract names the file the same way whatever the spelling.
ids=$(for p in samples/x.txt ./samples/x.txt samples//x.txt "$PWD/samples/x.txt"; do
        "$irkg" extract "$p" | grep -o '"doc":"[^"]*"' | sort -u; done | sort -u)
[ "$(wc -l <<< "$ids")" -eq 1 ] || { echo "FAIL: extract gave several document ids: $ids"; fail=1; }
# A pipe (/dev/fd/N of a process substitution) has no lasting path: it is named by its
# content, so two different pipes are two documents and the same text is one.
ids=$("$irkg" extract <(cat samples/x.txt) <(echo "Peru praised Chile for the agreement.") | grep -o '"doc":"[^"]*"' | sort -u)
[ "$(wc -l <<< "$ids")" -eq 2 ] && ! grep -q '/dev/fd\|/proc/' <<< "$ids" || { echo "FAIL: pipes named $ids"; fail=1; }
again=$("$irkg" extract <(cat samples/x.txt) | grep -o '"doc":"[^"]*"' | sort -u)
grep -qF "$again" <<< "$ids" || { echo "FAIL: the same piped text got another id: $again"; fail=1; }
[ "$fail" -eq 0 ] && echo "document identity ok"
exit "$fail"
