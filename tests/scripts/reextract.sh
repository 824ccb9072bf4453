#!/usr/bin/env bash
# irkg re-extract: a user dictionary that adds an actor name makes claims appear in
# documents already stored; re-extracting without it takes them away again. Documents
# imported from event data (no kept text) are skipped.
set -euo pipefail
irkg=$1
[ -x "$irkg" ] || { echo "no irkg binary at $irkg"; exit 77; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

cat > "$tmp/docs.jsonl" <<'JSONL'
{"id": "harbour-1", "outlet": "Harbour Gazette", "published": "2024-02-11", "text": "Nipponia condemned China on Saturday after a coast guard vessel entered disputed waters near the islands."}
{"id": "harbour-2", "outlet": "Harbour Gazette", "published": "2024-02-12", "text": "Japan condemned China on Sunday over a second incursion by coast guard vessels."}
JSONL
printf 'JPN\tstate\tJPN\tname=Nipponia\n' > "$tmp/extra.tsv"

"$irkg" ingest --db "$tmp/db" "$tmp/docs.jsonl" >/dev/null
"$irkg" import gdelt --db "$tmp/db" tests/fixtures/importers/gdelt2_events.export.CSV >/dev/null 2>&1 || true
count_nipponia() { "$irkg" claims --db "$tmp/db" --subject JPN --json | grep -c '"doc":"harbour-1"' || true; }
before_total=$("$irkg" stats --db "$tmp/db" --json | sed -n 's/.*"claims": *\([0-9]*\).*/\1/p')
before_dict=$("$irkg" stats --db "$tmp/db" --json | sed -n 's/.*"lexicon_version": *"\([^"]*\)".*/\1/p')
[ "$(count_nipponia)" -eq 0 ] || { echo "'Nipponia' was an actor before the user dictionary"; exit 1; }
[ "$("$irkg" claims --db "$tmp/db" --subject JPN --json | grep -c '"doc":"harbour-2"')" -ge 1 ] ||
  { echo "the control document (Japan condemned China) gave no claim"; exit 1; }

"$irkg" re-extract --db "$tmp/db" --lexicon "$tmp/extra.tsv" --jobs 2 > "$tmp/out"
cat "$tmp/out"
grep -q '^documents: 2 re-extracted' "$tmp/out" || { echo "expected both text documents re-extracted"; exit 1; }
if [ -s tests/fixtures/importers/gdelt2_events.export.CSV ] && ! grep -q ', 0 without text skipped' "$tmp/out"; then
  echo "imported GDELT documents were skipped as expected"
fi
after=$(count_nipponia)
[ "$after" -ge 1 ] || { echo "no claim from 'Nipponia' after re-extract with the user dictionary"; exit 1; }
after_dict=$("$irkg" stats --db "$tmp/db" --json | sed -n 's/.*"lexicon_version": *"\([^"]*\)".*/\1/p')
[ "$after_dict" != "$before_dict" ] || { echo "stored dictionary version did not change"; exit 1; }
after_total=$("$irkg" stats --db "$tmp/db" --json | sed -n 's/.*"claims": *\([0-9]*\).*/\1/p')
[ "$after_total" -gt "$before_total" ] || { echo "claim count did not grow ($before_total -> $after_total)"; exit 1; }
grep -q "^claims: $before_total -> $after_total\$" "$tmp/out" || { echo "report does not match the store's counts"; exit 1; }

# Without the user dictionary the claim goes away again, and the store's claims equal a
# fresh ingest of the same documents (plus the imported events).
"$irkg" re-extract --db "$tmp/db" > "$tmp/out2"
[ "$(count_nipponia)" -eq 0 ] || { echo "claim from 'Nipponia' survived re-extract without the dictionary"; exit 1; }
"$irkg" ingest --db "$tmp/fresh" "$tmp/docs.jsonl" >/dev/null
"$irkg" import gdelt --db "$tmp/fresh" tests/fixtures/importers/gdelt2_events.export.CSV >/dev/null 2>&1 || true
diff <("$irkg" claims --db "$tmp/db" --json | sort) <("$irkg" claims --db "$tmp/fresh" --json | sort) >/dev/null ||
  { echo "re-extracted store differs from a fresh ingest"; exit 1; }
echo "re-extract: 'Nipponia' claims 0 -> $after -> 0; claims $before_total -> $after_total -> $before_total"
