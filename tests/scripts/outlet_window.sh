#!/usr/bin/env bash
# An outlet filter and a date window together (docs/STORE.md "Questions and the index that
# answers them"): the graph commands read each outlet's range of the outlet index, several
# outlets merged in date order, and the claim records in bulk (buffered, not cached, fetched
# ahead on a helper thread). Their answers must be byte for byte what the same claims give
# when read from a claims file (--claims: every claim, filtered one by one), for one, two
# and three outlets, closed and open windows, and every command and export format.
set -euo pipefail
irkg=$1
[ -x "$irkg" ] || { echo "no irkg binary at $irkg"; exit 77; }
command -v python3 >/dev/null || { echo "no python3"; exit 77; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# 30,000 claims among 12 states from 6 outlets over two years (2023-2024): bulk-loaded.
# A sanitized binary gets 8,000 (still several chunks of 1024 records for two outlets).
claims=30000
[ -n "${IRKG_SANITIZED:-}" ] && claims=8000
python3 bench/make_claims.py --claims "$claims" --actors 12 --outlets 6 > "$tmp/claims.jsonl"
"$irkg" sst --out "$tmp/shard" "$tmp/claims.jsonl" >/dev/null
"$irkg" ingest-sst --db "$tmp/db" "$tmp/shard" >/dev/null

checked=0
same() {
  "$irkg" "$@" --db "$tmp/db" > "$tmp/db.out" 2> "$tmp/db.err" || { echo "$* failed on the store"; cat "$tmp/db.err"; exit 1; }
  "$irkg" "$@" --claims "$tmp/claims.jsonl" > "$tmp/file.out" 2>/dev/null || { echo "$* failed on the file"; exit 1; }
  [ -s "$tmp/db.out" ] || { echo "$* printed nothing"; exit 1; }
  cmp -s "$tmp/db.out" "$tmp/file.out" ||
    { echo "$* differs between the store and the claims file"; diff "$tmp/db.out" "$tmp/file.out" | head; exit 1; }
  checked=$((checked + 1))
}
# Exports to files: each format's files compared.
same_export() {
  local format=$1; shift
  "$irkg" export "$@" --format "$format" --db "$tmp/db" -o "$tmp/db.$format" >/dev/null 2>&1 || { echo "export $format $* failed"; exit 1; }
  "$irkg" export "$@" --format "$format" --claims "$tmp/claims.jsonl" -o "$tmp/file.$format" >/dev/null 2>&1 ||
    { echo "export $format $* failed on the file"; exit 1; }
  cmp -s "$tmp/db.$format" "$tmp/file.$format" || { echo "export $format $* differs"; exit 1; }
  if [ "$format" = csv ]; then
    cmp -s "$tmp/db-nodes.csv" "$tmp/file-nodes.csv" || { echo "export csv nodes $* differs"; exit 1; }
  fi
  checked=$((checked + 1))
}

filter_n=0
for filter in "--outlet outlet2.example --since 2023-03-15 --until 2024-03-14" \
              "--outlet outlet2.example --outlet outlet5.example --since 2023-03-15 --until 2023-06-14" \
              "--outlet outlet5.example --outlet outlet0.example --outlet outlet3.example --since 2024-02-20" \
              "--outlet outlet1.example --outlet outlet4.example --until 2023-02-11" \
              "--outlet outlet1.example --outlet nowhere.example --since 2023-12-28 --until 2024-01-03" \
              "--outlet outlet3.example --outlet outlet4.example --since 2023-01-01 --until 2024-12-31 --min-claims 40"; do
  # shellcheck disable=SC2086
  {
    outputs=("opposes $filter --json" "allies $filter --json" "opposes $filter" "blocs $filter"
             "blocs $filter --json" "path AAAA AAAB --kind any $filter --json")
    formats=(graphml gexf csv json)
    if [ -n "${IRKG_SANITIZED:-}" ]; then
      # ASan: memory errors show on any of these paths; the release run compares every combination.
      # Filter n gives command n, filters 2 to 5 a format each: every filter, command and format once.
      outputs=("${outputs[filter_n]}")
      if [ "$filter_n" -ge 2 ]; then formats=("${formats[filter_n - 2]}"); else formats=(); fi
    fi
    for output in "${outputs[@]}"; do same $output; done
    for format in "${formats[@]}"; do same_export "$format" $filter; done
  }
  filter_n=$((filter_n + 1))
done
# An outlet nobody used: nothing to rank, on either source.
"$irkg" opposes --db "$tmp/db" --outlet nowhere.example --since 2023-01-01 > "$tmp/none.out" 2>&1 ||
  { echo "an unused outlet failed"; exit 1; }
echo "outlet and window: $checked outputs identical"
