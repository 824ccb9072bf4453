#!/usr/bin/env bash
# Exports, the outlet matrix and long date windows read the schema-6 pair aggregates
# (docs/STORE.md "Pair aggregates": class rows, outlet-matrix rows, year rows). Their
# output must be byte for byte what the dyad index gives (IRKG_NO_AGGREGATES=1), on an
# ingested store, a store with syndicated copies, a bulk-loaded one and after re-extraction;
# options the rows cannot serve read the dyad index (the trace says which path answered).
set -euo pipefail
source "$(dirname "$0")/sample_store.bash"
# Syndicated copies: one story run by three outlets (the matrix counts it once by default).
fx=tests/fixtures/outlets
"$irkg" ingest --db "$tmp/wire" "$fx/wire_harbour_times.html" "$fx/section_site_name.html" >/dev/null
"$irkg" ingest --db "$tmp/wire" "$fx/wire_steppe_herald.html" "$fx/wire_meridian_wire.html" >/dev/null
"$irkg" ingest --db "$tmp/wire" samples/ >/dev/null 2>&1

first_outlet=$(sed -n 's/.*"outlet":"\([^"]*\)".*/\1/p' "$tmp/claims.jsonl" | sort | uniq -c | sort -rn | awk 'NR==1{print $2}')
[ -n "$first_outlet" ] || { echo "no outlet in the claims"; exit 1; }

checked=0
# A date window without the aggregates reads claim records, whose actor names can differ
# from the store's refs ("NATO" / "North Atlantic Treaty Organization"; see
# pair_aggregates.sh): LABELS=loose leaves JSON "label" lines out of the comparison.
LABELS=strict
# same DB EXPECT TRACE_LINE COMMAND ARGS...: identical output (stdout, and every file an
# export writes) from both paths; EXPECT yes/no: whether TRACE_LINE is on stderr.
same() {
  local db=$1 expect=$2 trace=$3 command=$4; shift 4
  rm -rf "$tmp/a" "$tmp/d"
  mkdir -p "$tmp/a" "$tmp/d"
  local args_a=() args_d=()
  for arg in "$@"; do
    args_a+=("${arg//@OUT@/$tmp/a}")
    args_d+=("${arg//@OUT@/$tmp/d}")
  done
  IRKG_TRACE_GRAPH_SOURCE=1 "$irkg" "$command" --db "$db" "${args_a[@]}" > "$tmp/a/stdout" 2> "$tmp/agg.err" ||
    { echo "$command $* failed"; cat "$tmp/agg.err"; exit 1; }
  IRKG_NO_AGGREGATES=1 "$irkg" "$command" --db "$db" "${args_d[@]}" > "$tmp/d/stdout" 2>/dev/null ||
    { echo "$command $* failed without aggregates"; exit 1; }
  # The export's summary line names the output path: compare everything but that.
  sed -i "s#$tmp/[ad]/#OUT/#g" "$tmp/a/stdout" "$tmp/d/stdout"
  if [ "$LABELS" = loose ]; then sed -i '/"label": /d' "$tmp/a/stdout" "$tmp/d/stdout"; fi
  diff -r "$tmp/a" "$tmp/d" > "$tmp/diff" ||
    { echo "$command $* differs between the aggregates and the dyad index"; head -20 "$tmp/diff"; exit 1; }
  if grep -q "graph: $trace" "$tmp/agg.err"; then used=yes; else used=no; fi
  [ "$used" = "$expect" ] || { echo "$command $*: $trace used: $used, expected $expect"; exit 1; }
  [ -n "$(find "$tmp/a" -type f -size +0 -print -quit)" ] || { echo "$command $* wrote nothing"; exit 1; }
  checked=$((checked + 1))
}

# ASan: memory errors show on any of these paths; the release run compares every combination.
# Under the sanitizers (IRKG_SANITIZED) `sampled K N` runs one in N of a list's entries (K
# numbers them), shifted by one for each store: every format, window, filter and option
# still runs on some of the four stores, and each store reads every kind of row.
store_n=0
sampled() {
  [ -z "${IRKG_SANITIZED:-}" ] || [ $(( ($1 + store_n) % $2 )) -eq 0 ]
}
run_all() {
  local db=$1 f=0 k
  for format in graphml gexf csv json; do
    if sampled $((2 * f)) 4; then same "$db" yes "pair aggregates" export --format "$format" -o @OUT@/graph.$format; fi
    if sampled $((2 * f + 1)) 4; then
      same "$db" yes "pair aggregates" export --format "$format" -o @OUT@/graph.$format --min-claims 2
    fi
    # A date window: the windowed pair totals, class rows summed from the window's dyad
    # index entries, labels from the window's claims (session 18), as the claims give.
    k=0
    for window in "--since 2021-01-01" "--until 2022-06-30" "--since 2020-03-15 --until 2022-02-14"; do
      # shellcheck disable=SC2086
      if sampled $((3 * f + k)) 4; then same "$db" yes "class rows streamed" export --format "$format" -o @OUT@/graph.$format $window; fi
      k=$((k + 1))
    done
    # Filters the class rows do not split by: the dyad index answers.
    k=0
    for filter in "--outlet $first_outlet" "--level actor" "--include-negated" \
                  "--modality asserted" "--category DISAPPROVE" "--exclude-outlet $first_outlet"; do
      # shellcheck disable=SC2086
      if sampled $((6 * f + k)) 8; then same "$db" no "pair aggregates" export --format "$format" -o @OUT@/graph.$format $filter; fi
      k=$((k + 1))
    done
    f=$((f + 1))
  done
  same "$db" yes "pair aggregates" export --format gexf -o -
  k=0
  for options in "" "--raw-copies" "--json" "--csv" "--distinctive 2 --json" "--raw-copies --distinctive 0"; do
    # shellcheck disable=SC2086
    if sampled $k 3; then same "$db" yes "outlet matrix rows" compare --outlets $options; fi
    k=$((k + 1))
  done
  # A window's matrix rows are summed from its dyad index entries (session 18).
  k=0
  for options in "--since 2021-01-01" "--until 2022-06-30 --json" "--since 2020-03-15 --until 2022-02-14 --raw-copies"; do
    # shellcheck disable=SC2086
    if sampled $k 3; then same "$db" yes "outlet matrix rows" compare --outlets $options; fi
    k=$((k + 1))
  done
  # The matrix rows hold no modalities.
  k=0
  for options in "--asserted" "--asserted --raw-copies" "--asserted --since 2021-01-01"; do
    # shellcheck disable=SC2086
    if sampled $k 3; then same "$db" no "outlet matrix rows" compare --outlets $options; fi
    k=$((k + 1))
  done
  # Windows over whole years read year rows, with month and day rows at their edges.
  k=0
  for window in "--since 2021-01-01 --until 2021-12-31" "--since 2020-03-01 --until 2023-02-28" \
                "--since 2020-12-31 --until 2022-01-01" "--until 2021-12-31" "--since 2022-01-01" \
                "--since 2019-05-17 --until 2023-11-02"; do
    for command in opposes blocs; do
      if sampled $k 4; then
        LABELS=loose
        # shellcheck disable=SC2086
        same "$db" yes "pair aggregates" "$command" $window --json
        LABELS=strict
      fi
      k=$((k + 1))
    done
  done
  store_n=$((store_n + 1))
}

run_all "$tmp/db"
run_all "$tmp/wire"

# The claims file and the store give the same matrix (both sum clamped weights in millionths).
"$irkg" compare --db "$tmp/db" --outlets --json > "$tmp/store.json"
"$irkg" compare --claims "$tmp/claims.jsonl" --outlets --json > "$tmp/file.json"
cmp -s "$tmp/store.json" "$tmp/file.json" || { echo "the matrix from the store differs from the claims file's"; exit 1; }

# The matrix leaves later copies out unless --raw-copies: on the wire store the two differ.
"$irkg" compare --db "$tmp/wire" --outlets --json > "$tmp/once.json"
"$irkg" compare --db "$tmp/wire" --outlets --json --raw-copies > "$tmp/raw.json"
! cmp -s "$tmp/once.json" "$tmp/raw.json" || { echo "--raw-copies changed nothing on a store with copies"; exit 1; }

# Re-extraction rewrites the rows of the pairs it changes.
"$irkg" re-extract --db "$tmp/db" >/dev/null 2>&1 || { echo "re-extract failed"; exit 1; }
"$irkg" check --db "$tmp/db" >/dev/null || { echo "check fails after re-extract"; exit 1; }
run_all "$tmp/db"

# Bulk path: the shard's rows (pair_stats-9.sst) hold the class, matrix, year, quarter
# and ten-day rows.
"$irkg" claims --db "$tmp/db" --json > "$tmp/claims2.jsonl"
"$irkg" sst --out "$tmp/s0" "$tmp/claims2.jsonl" >/dev/null
[ -f "$tmp/s0/pair_stats-9.sst" ] || { echo "irkg sst wrote no pair_stats-9.sst"; exit 1; }
"$irkg" ingest-sst --db "$tmp/bulk" "$tmp/s0" >/dev/null
"$irkg" check --db "$tmp/bulk" >/dev/null || { echo "check fails on the bulk-loaded store"; exit 1; }
run_all "$tmp/bulk"
# A shard written before schema 9 (its rows file under an older name) is summed from its
# dyad entries at load: rename the file to what a schema-4, 5 or 6-8 irkg wrote.
o=0
for older in pair_stats.sst pair_stats-5.sst pair_stats-6.sst; do
  rm -rf "$tmp/s1" "$tmp/old_shard"
  "$irkg" sst --out "$tmp/s1" "$tmp/claims2.jsonl" >/dev/null
  mv "$tmp/s1/pair_stats-9.sst" "$tmp/s1/$older"
  "$irkg" ingest-sst --db "$tmp/old_shard" "$tmp/s1" >/dev/null
  "$irkg" check --db "$tmp/old_shard" >/dev/null || { echo "check fails after loading a shard with $older"; exit 1; }
  k=0
  for format in graphml json; do
    # ASan: memory errors show on any of these paths; the release run compares every combination.
    sampled $((o + k++)) 2 || continue
    "$irkg" export --db "$tmp/old_shard" --format "$format" -o "$tmp/old.$format" >/dev/null 2>&1
    "$irkg" export --db "$tmp/bulk" --format "$format" -o "$tmp/new.$format" >/dev/null 2>&1
    cmp -s "$tmp/old.$format" "$tmp/new.$format" || { echo "$format differs after loading a shard with $older"; exit 1; }
  done
  k=0
  for window in "--since 2020-01-11 --until 2030-02-14" "--since 2024-01-21 --until 2026-03-31"; do
    sampled $((o + k++)) 2 || continue  # ASan: as above
    a=$("$irkg" opposes --json --db "$tmp/old_shard" $window 2>&1); b=$("$irkg" opposes --json --db "$tmp/bulk" $window 2>&1)
    [ "$a" == "$b" ] || { echo "opposes $window differs after loading a shard with $older"; exit 1; }
  done
  o=$((o + 1))
done
echo "exports, outlet matrices and year windows: the dyad index's output in $checked runs"
