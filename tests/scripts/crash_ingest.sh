#!/usr/bin/env bash
# kill -9 an ingest at random points, several times; the re-run must finish and the store
# must equal a clean single run (same claims, same ids, same counts, nothing duplicated).
set -euo pipefail
irkg=$1
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
# Under the sanitizers (IRKG_SANITIZED) irkg is ~13x slower: a sixth of the corpus still
# takes ~5 s to ingest, so every kill below (0.05 to 1 s in) still lands mid-run.
mb=3
[ -z "${IRKG_SANITIZED:-}" ] || mb=0.5
python3 bench/make_corpus.py --mb $mb --format pages-jsonl --out "$tmp/corpus.jsonl" --seed 7 >/dev/null

"$irkg" ingest --db "$tmp/clean" "$tmp/corpus.jsonl" >/dev/null
"$irkg" claims --db "$tmp/clean" --json | sort > "$tmp/clean.claims"
"$irkg" stats --db "$tmp/clean" --json | grep -E '"(documents|claims|actors|outlets)"' > "$tmp/clean.stats"
[ -s "$tmp/clean.claims" ] || { echo "clean run stored no claims"; exit 1; }

killed=0
for delay in 0.05 0.2 0.4 0.7 1.0; do
  "$irkg" ingest --db "$tmp/crashy" "$tmp/corpus.jsonl" >/dev/null 2>&1 &
  pid=$!
  sleep "$delay"
  if kill -9 "$pid" 2>/dev/null; then killed=$((killed + 1)); fi
  wait "$pid" 2>/dev/null || true
done
echo "killed $killed ingest runs mid-way"
"$irkg" ingest --db "$tmp/crashy" "$tmp/corpus.jsonl" >/dev/null
"$irkg" claims --db "$tmp/crashy" --json | sort > "$tmp/crashy.claims"
"$irkg" stats --db "$tmp/crashy" --json | grep -E '"(documents|claims|actors|outlets)"' > "$tmp/crashy.stats"
diff -q "$tmp/clean.claims" "$tmp/crashy.claims" >/dev/null || { echo "claims differ after crashes"; diff "$tmp/clean.claims" "$tmp/crashy.claims" | head -5; exit 1; }
diff "$tmp/clean.stats" "$tmp/crashy.stats" || { echo "stats differ after crashes"; exit 1; }
echo "store after $killed crashes equals a clean run ($(wc -l < "$tmp/clean.claims") claims)"
