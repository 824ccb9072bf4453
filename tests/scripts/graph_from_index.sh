#!/usr/bin/env bash
# A whole-store graph, one actor's counterparts and the outlet matrix are built from index
# values alone (no claim record decoded). They must be what the same claims give when
# streamed in whole: exports, rankings, bloc reports, paths and matrices byte for byte, at
# both levels and under outlet, modality, date and negation filters. The store holds
# extracted articles (persons, governments, capitals) and imported GDELT events (codes
# without extracted names).
set -euo pipefail
source "$(dirname "$0")/sample_store.bash"
[ "$(wc -l < "$tmp/claims.jsonl")" -ge 100 ] || { echo "expected at least 100 stored claims"; exit 1; }

checked=0
# same COMMAND ARGS...: the command succeeds on the store and on the claims file, with
# identical output. Arguments are split on spaces on purpose: callers pass flag lists.
same() {
  local command=$1; shift
  # shellcheck disable=SC2068
  "$irkg" "$command" --db "$tmp/db" $@ > "$tmp/index.out" || { echo "$command $* failed on the store"; exit 1; }
  # shellcheck disable=SC2068
  "$irkg" "$command" --claims "$tmp/claims.jsonl" $@ > "$tmp/whole.out" || { echo "$command $* failed on the claims"; exit 1; }
  cmp -s "$tmp/index.out" "$tmp/whole.out" ||
    { echo "$command $* differs between the index and whole claims"; diff "$tmp/index.out" "$tmp/whole.out" | head; exit 1; }
  checked=$((checked + 1))
}
# same_export FORMAT ARGS...: the exported files must be identical.
same_export() {
  local format=$1; shift
  # shellcheck disable=SC2068
  "$irkg" export --db "$tmp/db" $@ --format "$format" -o "$tmp/index.$format" 2>/dev/null
  # shellcheck disable=SC2068
  "$irkg" export --claims "$tmp/claims.jsonl" $@ --format "$format" -o "$tmp/whole.$format" 2>/dev/null
  cmp -s "$tmp/index.$format" "$tmp/whole.$format" ||
    { echo "export $format $* differs"; diff "$tmp/index.$format" "$tmp/whole.$format" | head; exit 1; }
  checked=$((checked + 1))
}

# ASan: memory errors show on any of these paths; the release run compares every combination.
# Under the sanitizers (IRKG_SANITIZED) each level and filter runs one of the outputs, the
# next the next output (`sampled I N`: output I of N, counted on by `combo`).
combo=0
sampled() {
  [ -z "${IRKG_SANITIZED:-}" ] || [ $(( combo % $2 )) -eq "$1" ]
}

outlet=$(sed -n 's/.*"outlet":"\([^"]*\)".*/\1/p' "$tmp/claims.jsonl" | sort | uniq -c | sort -rn | awk 'NR==1{print $2}')
for level in state actor; do
  for filter in "" "--include-negated" "--exclude-outlet $outlet --modality asserted --modality reported" "--min-claims 2"; do
    i=0
    for format in graphml json; do  # the other writers read the same summaries (export tests)
      if sampled $((i++)) 5; then same_export "$format" --level $level $filter; fi
    done
    for command in opposes allies blocs; do
      if sampled $((i++)) 5; then same "$command" --level $level $filter --json; fi
    done
    combo=$((combo + 1))
  done
done

# One actor's counterparts come from its subject and object indexes: the same rankings as
# from whole claims, for the most and a less frequent actor, with and without a window.
actors=$(sed -n 's/.*"subject":{"id":"\([^"]*\)","name":"[^"]*","country":"\([^"]*\)".*/\2/p' "$tmp/claims.jsonl" |
  sort | uniq -c | sort -rn | awk 'NR==1 || NR==4 {print $2}')
[ -n "$actors" ] || { echo "no subject codes found in the claims"; exit 1; }
for actor in $actors; do
  for level in state actor; do
    for filter in "" "--since 2020-01-01 --until 2022-12-31" "--include-negated --modality asserted"; do
      i=0
      for command in opposes allies; do
        if sampled $((i++)) 2; then same "$command" "$actor" --level $level $filter --json; fi
      done
      combo=$((combo + 1))
    done
  done
done

# Text output too (evidence sentences of rankings, bloc breaks and path hops are fetched
# only for what is printed), and paths between the two actors.
first=$(echo "$actors" | head -1) second=$(echo "$actors" | tail -1)
same blocs
same opposes --limit 5
same allies --limit 5
same path "$first" "$second" --kind rivalry --json
same path "$first" "$second" --kind any
grep -q '"' "$tmp/index.out" || { echo "path output has no evidence"; exit 1; }

for filter in "" "--asserted" "--since 2021-01-01"; do same compare --outlets $filter --json; done
grep -q '"evidence": "[^"]' "$tmp/index.out" || { echo "the outlet matrix lists no distinctive claim with its sentence"; exit 1; }
echo "index-built graph equals the whole-claim graph in $checked outputs"
