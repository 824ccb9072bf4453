#!/usr/bin/env bash
# The bulk path gives the same store as a single ingest: a corpus split four ways, each
# shard extracted by its own `irkg extract` process, turned into SST files by `irkg sst`,
# and loaded with `irkg ingest-sst`, holds exactly the claims of one `irkg ingest`.
# Loading the same shards again changes nothing.
set -euo pipefail
irkg=$1
[ -x "$irkg" ] || { echo "no irkg binary at $irkg"; exit 77; }
command -v python3 >/dev/null || { echo "python3 not found"; exit 77; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# Under the sanitizers (IRKG_SANITIZED) irkg is ~13x slower: a quarter of the corpus still
# gives each of the four shards ~45 documents.
mb=2
[ -z "${IRKG_SANITIZED:-}" ] || mb=0.5
python3 bench/make_corpus.py --mb $mb --format pages-jsonl --out "$tmp/corpus.jsonl" --seed 11 >/dev/null
cat samples/documents.jsonl >> "$tmp/corpus.jsonl"
# Four shards by line (one line is one document, so any line split keeps documents whole);
# the .jsonl suffix tells `irkg extract` the shards are JSONL documents, not plain text.
split -n l/4 -d --additional-suffix=.jsonl "$tmp/corpus.jsonl" "$tmp/part-"

pids=()
for part in "$tmp"/part-0?.jsonl; do
  "$irkg" extract "$part" > "$part.claims" &
  pids+=($!)
done
for pid in "${pids[@]}"; do wait "$pid"; done
for part in "$tmp"/part-0?.jsonl; do
  "$irkg" sst --out "${part%.jsonl}.sst" "$part.claims" >/dev/null
done
"$irkg" ingest-sst --db "$tmp/bulk" "$tmp"/part-0?.sst > "$tmp/load1"
"$irkg" ingest --db "$tmp/single" "$tmp/corpus.jsonl" >/dev/null

"$irkg" claims --db "$tmp/single" --json | sort > "$tmp/single.claims"
"$irkg" claims --db "$tmp/bulk" --json | sort > "$tmp/bulk.claims"
[ -s "$tmp/single.claims" ] || { echo "the single ingest stored no claims"; exit 1; }
diff -q "$tmp/single.claims" "$tmp/bulk.claims" >/dev/null ||
  { echo "bulk-loaded claims differ from a single ingest"; diff "$tmp/single.claims" "$tmp/bulk.claims" | head -5; exit 1; }
stat_line() { "$irkg" stats --db "$1" --json | grep -E "\"$2\""; }
for field in claims actors outlets first_date last_date; do
  [ "$(stat_line "$tmp/single" $field)" = "$(stat_line "$tmp/bulk" $field)" ] ||
    { echo "stats differ in $field: $(stat_line "$tmp/single" $field) vs $(stat_line "$tmp/bulk" $field)"; exit 1; }
done

# Idempotent: the same shards again add nothing and leave the claims and counts as they were.
"$irkg" ingest-sst --db "$tmp/bulk" "$tmp"/part-0?.sst > "$tmp/load2"
grep -q '^documents: 0 added, 0 replaced' "$tmp/load2" || { echo "second load was not a no-op:"; cat "$tmp/load2"; exit 1; }
"$irkg" claims --db "$tmp/bulk" --json | sort | diff -q - "$tmp/bulk.claims" >/dev/null ||
  { echo "claims changed after loading the same shards twice"; exit 1; }
[ "$(stat_line "$tmp/bulk" claims)" = "$(stat_line "$tmp/single" claims)" ] || { echo "claim count changed after reload"; exit 1; }
echo "4 shards bulk-loaded: $(wc -l < "$tmp/bulk.claims") claims, equal to a single ingest; reload is a no-op"
