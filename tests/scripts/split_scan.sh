#!/usr/bin/env bash
# The whole-graph commands read the pair aggregates on two threads, each its half of the
# pairs split at a pair key (docs/STORE.md "Pair aggregates", cli/graph_source.cpp). Their
# output must be byte for byte the one-thread read's (IRKG_SCAN_THREADS=1) wherever the
# split falls: at a stored pair (it goes to the second half), just before and after one,
# at a code that is the prefix of pairs, before every pair and after every pair
# (IRKG_SCAN_SPLIT=KEY forces the key; a store this small is otherwise read on one thread).
set -euo pipefail
source "$(dirname "$0")/sample_store.bash"

# Stored pairs, as "A<US>B" keys, from the one-thread ranking of every pair.
IRKG_SCAN_THREADS=1 "$irkg" opposes --db "$tmp/db" --json --limit 0 > "$tmp/pairs.json"
IRKG_SCAN_THREADS=1 "$irkg" allies --db "$tmp/db" --json --limit 0 >> "$tmp/pairs.json"
mapfile -t pairs < <(sed -n 's/^ *"a": "\([^"]*\)",*$/\1/p; s/^ *"b": "\([^"]*\)",*$/\1/p' "$tmp/pairs.json" | paste -d ' ' - - | sort -u)
[ "${#pairs[@]}" -ge 6 ] || { echo "expected some pairs, found ${#pairs[@]}"; exit 1; }
us=$'\x1f'
middle=${pairs[$(( ${#pairs[@]} / 2 ))]}
a=${middle% *}; b=${middle#* }
keys=("$a$us$b" "$a$us$b"$'\x01' "$a$us${b:0:${#b}-1}" "$a" "${a:0:1}" $'\x01' $'\x7f')

checked=0
combo=0
for filter in "" "--since 2021-01-01" "--until 2022-06-30" "--since 2021-03-20 --until 2022-04-12" \
              "--since 2021-04-16 --until 2021-04-16"; do
  # shellcheck disable=SC2086
  for command in "opposes" "opposes --json --limit 0" "allies --json --limit 0" "blocs" "blocs --json"; do
    IRKG_SCAN_THREADS=1 "$irkg" $command --db "$tmp/db" $filter > "$tmp/one.out" 2>&1 ||
      { echo "$command $filter failed"; cat "$tmp/one.out"; exit 1; }
    [ -s "$tmp/one.out" ] || { echo "$command $filter printed nothing"; exit 1; }
    split_keys=("${keys[@]}")
    # ASan: memory errors show on any of these paths; the release run compares every combination.
    # Under the sanitizers each filter and command splits at one key, the next at the next key.
    [ -z "${IRKG_SANITIZED:-}" ] || split_keys=("${keys[combo % ${#keys[@]}]}")
    combo=$((combo + 1))
    for key in "${split_keys[@]}"; do
      IRKG_TRACE_GRAPH_SOURCE=1 IRKG_SCAN_SPLIT="$key" "$irkg" $command --db "$tmp/db" $filter > "$tmp/two.out" 2> "$tmp/two.err" ||
        { echo "$command $filter failed split at $(printf %q "$key")"; cat "$tmp/two.err"; exit 1; }
      grep -q "graph: pair aggregates, two halves" "$tmp/two.err" || { echo "$command $filter: not read in two halves"; exit 1; }
      cmp -s "$tmp/one.out" "$tmp/two.out" ||
        { echo "$command $filter split at $(printf %q "$key") differs from one thread"; diff "$tmp/one.out" "$tmp/two.out" | head; exit 1; }
      checked=$((checked + 1))
    done
  done
done
# A path across the split.
IRKG_SCAN_THREADS=1 "$irkg" path --db "$tmp/db" "$a" "$b" --kind any --json > "$tmp/one.out" 2>&1 || true
IRKG_SCAN_SPLIT="$a$us$b" "$irkg" path --db "$tmp/db" "$a" "$b" --kind any --json > "$tmp/two.out" 2>&1 || true
cmp -s "$tmp/one.out" "$tmp/two.out" || { echo "path $a $b differs between one thread and a split"; exit 1; }
echo "split scans: $checked outputs equal to the one-thread read"
