#!/usr/bin/env bash
# Whole-graph commands read the pair aggregates (docs/STORE.md "Pair aggregates") when the
# filter allows: whole store, outlets, date windows (years, quarters, months, ten-day units and
# days, the largest that fit). Their output must be byte for byte what the dyad index path gives
# (IRKG_NO_AGGREGATES=1); filters the rows do not split by read the index. A bulk-loaded
# store holds the same aggregates as an ingested one (check passes, outputs equal), and
# re-extraction keeps them exact.
set -euo pipefail
source "$(dirname "$0")/sample_store.bash"
"$irkg" check --db "$tmp/db" >/dev/null || { echo "check fails on the ingested store"; exit 1; }

outlets=$(sed -n 's/.*"outlet":"\([^"]*\)".*/\1/p' "$tmp/claims.jsonl" | sort | uniq -c | sort -rn | awk 'NR<=2{print $2}')
first_outlet=$(echo "$outlets" | head -1)
second_outlet=$(echo "$outlets" | tail -1)
[ -n "$first_outlet" ] && [ "$first_outlet" != "$second_outlet" ] || { echo "expected two outlets"; exit 1; }

checked=0
# Actor labels: the aggregates (like the whole-store dyad index path before them) take an
# actor's label from the store's refs (the name its first stored claim gave it); a date
# window or a single outlet used to read claim records, whose names can differ ("NATO" /
# "North Atlantic Treaty Organization"). With LABELS=loose, labels are taken out of both
# outputs before they are compared (JSON "label" lines, text "Label (CODE)" -> "CODE").
LABELS=strict
unlabel() {
  if [ "$LABELS" = loose ]; then
    grep -v '"label": ' "$1" | sed -E 's/[A-Za-z][^,()"]* \(([A-Za-z0-9:._-]+)\)/\1/g' > "$1.n" && mv "$1.n" "$1"
  fi
}
# same DB EXPECT_AGGREGATES COMMAND ARGS...: identical output from both paths; the trace
# says whether the aggregates answered (yes/no as expected).
same() {
  local db=$1 expect=$2 command=$3; shift 3
  IRKG_TRACE_GRAPH_SOURCE=1 "$irkg" "$command" --db "$db" "$@" > "$tmp/agg.out" 2> "$tmp/agg.err" ||
    { echo "$command $* failed"; cat "$tmp/agg.err"; exit 1; }
  IRKG_NO_AGGREGATES=1 "$irkg" "$command" --db "$db" "$@" > "$tmp/scan.out" 2>/dev/null ||
    { echo "$command $* failed without aggregates"; exit 1; }
  unlabel "$tmp/agg.out"
  unlabel "$tmp/scan.out"
  cmp -s "$tmp/agg.out" "$tmp/scan.out" ||
    { echo "$command $* differs between the aggregates and the dyad index"; diff "$tmp/agg.out" "$tmp/scan.out" | head; exit 1; }
  if grep -q "graph: pair aggregates" "$tmp/agg.err"; then used=yes; else used=no; fi
  [ "$used" = "$expect" ] || { echo "$command $*: aggregates used: $used, expected $expect"; exit 1; }
  [ -s "$tmp/agg.out" ] || { echo "$command $* printed nothing"; exit 1; }
  checked=$((checked + 1))
}

# ASan: memory errors show on any of these paths; the release run compares every combination.
# Under the sanitizers (IRKG_SANITIZED) each filter runs one of the commands, the next
# filter the next command (each store starting at another), so every filter and every
# command runs on each store.
sampled() {  # I N: whether command I of the current filter's N runs
  [ -z "${IRKG_SANITIZED:-}" ] || [ $(( (filter_n + store_n) % $2 )) -eq "$1" ]
}
run_all() {
  local db=$1 filter_n=0
  for filter in "" "--outlet $first_outlet" "--outlet $first_outlet --outlet $second_outlet" \
                "--since 2021-01-01" "--until 2022-06-30" "--since 2021-04-01 --until 2022-03-31" "--min-claims 2" \
                "--since 2021-04-15" "--until 2022-06-29" "--since 2021-03-20 --until 2022-04-12" \
                "--since 2022-04-02 --until 2022-04-20" "--since 2021-04-16 --until 2021-04-16" \
                "--since 2020-06-11 --until 2021-12-20" "--since 2020-06-21 --until 2022-06-10" \
                "--since 2021-03-11 --until 2021-03-20" "--since 2021-12-01 --until 2021-12-10"; do
    # Before, one outlet or a window read claim records: labels from those claims.
    case "$filter" in --since*|--until*|"--outlet $first_outlet") LABELS=loose ;; *) LABELS=strict ;; esac
    local n=0
    # shellcheck disable=SC2086
    for command in opposes allies blocs; do
      if sampled $n 8; then same "$db" yes "$command" $filter; fi
      if sampled $((n + 1)) 8; then same "$db" yes "$command" $filter --json; fi
      n=$((n + 2))
    done
    # shellcheck disable=SC2086
    if sampled 6 8; then same "$db" yes path RUS USA --kind rivalry $filter; fi
    # shellcheck disable=SC2086
    if sampled 7 8; then same "$db" yes path JPN CHN --kind any --json $filter; fi
    filter_n=$((filter_n + 1))
  done
  # Filters the rows do not split by: the dyad index answers.
  filter_n=0
  for filter in "--outlet $first_outlet --since 2021-01-01" \
                "--include-negated" "--modality asserted" "--level actor" "--exclude-outlet $first_outlet"; do
    LABELS=strict
    # shellcheck disable=SC2086
    if sampled 0 2; then same "$db" no opposes $filter --json; fi
    # shellcheck disable=SC2086
    if sampled 1 2; then same "$db" no blocs $filter; fi
    filter_n=$((filter_n + 1))
  done
}
store_n=0
run_all "$tmp/db"

# Re-extraction rewrites pairs whose claims change; the aggregates stay what the claims say.
"$irkg" re-extract --db "$tmp/db" >/dev/null 2>&1 || { echo "re-extract failed"; exit 1; }
"$irkg" check --db "$tmp/db" >/dev/null || { echo "check fails after re-extract"; exit 1; }

# The bulk path: two shards, loaded, one loaded again (unchanged: nothing added).
# A document's claims must share a shard: documents are split by the parity of their rank.
sed -n 's/.*"doc":"\([^"]*\)".*/\1/p' "$tmp/claims.jsonl" | sort -u | awk 'NR % 2 == 0' > "$tmp/even_docs"
[ -s "$tmp/even_docs" ] || { echo "no documents found in the claims"; exit 1; }
: > "$tmp/p0.jsonl"
: > "$tmp/p1.jsonl"
while IFS= read -r line; do
  doc=$(printf '%s' "$line" | sed -n 's/.*"doc":"\([^"]*\)".*/\1/p')
  if grep -qxF "$doc" "$tmp/even_docs"; then printf '%s\n' "$line" >> "$tmp/p0.jsonl"; else printf '%s\n' "$line" >> "$tmp/p1.jsonl"; fi
done < "$tmp/claims.jsonl"
[ -s "$tmp/p0.jsonl" ] && [ -s "$tmp/p1.jsonl" ] || { echo "a shard is empty"; exit 1; }
"$irkg" sst --out "$tmp/s0" "$tmp/p0.jsonl" >/dev/null
"$irkg" sst --out "$tmp/s1" "$tmp/p1.jsonl" >/dev/null
"$irkg" ingest-sst --db "$tmp/bulk" "$tmp/s0" "$tmp/s1" >/dev/null
"$irkg" ingest-sst --db "$tmp/bulk" "$tmp/s0" >/dev/null
"$irkg" check --db "$tmp/bulk" >/dev/null || { echo "check fails on the bulk-loaded store"; exit 1; }
store_n=1
run_all "$tmp/bulk"
for command in opposes allies blocs; do
  "$irkg" "$command" --db "$tmp/bulk" --json > "$tmp/bulk.out"
  "$irkg" "$command" --claims "$tmp/claims.jsonl" --json > "$tmp/claims.out"
  cmp -s "$tmp/bulk.out" "$tmp/claims.out" || { echo "$command: bulk-loaded aggregates differ from the claims"; diff "$tmp/bulk.out" "$tmp/claims.out" | head -20; exit 1; }
done
echo "pair aggregates gave the dyad index's output in $checked runs"
