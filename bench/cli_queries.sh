#!/usr/bin/env bash
# Timed CLI queries on a big store (wall time of the whole command, open included), median
# of 5 runs each, as a Markdown table on stdout. Build the store with bench/make_claims.py:
#   python3 bench/make_claims.py --claims 10000000 --part K --parts 10 | build/irkg sst --out shardK -
#   build/irkg ingest-sst --db STORE shard*
#   bench/cli_queries.sh build/irkg STORE
set -euo pipefail
irkg=$1 db=$2
# The command as printed: the store is STORE, not this machine's path to it.
shown() { local a="$*"; echo "${a//"$db"/STORE}"; }
median() { sort -g | awk '{a[NR]=$1} END {if (NR%2) print a[(NR+1)/2]; else print (a[NR/2]+a[NR/2+1])/2}'; }
run() {  # label, then the irkg arguments
  local label=$1; shift
  local times=()
  for _ in 1 2 3 4 5; do
    local t0 t1
    t0=$(date +%s.%N); "$irkg" "$@" > /dev/null 2>&1; t1=$(date +%s.%N)
    times+=("$(echo "$t1 - $t0" | bc -l)")
  done
  printf '| %s | `irkg %s` | %.3f |\n' "$label" "$(shown "$@")" "$(printf '%s\n' "${times[@]}" | median)"
}
claims=$("$irkg" stats --db "$db" --json | python3 -c "import json,sys; print(json.load(sys.stdin)['claims'])")
echo "Store: $claims claims."
echo
echo "| query | command | median wall s |"
echo "| --- | --- | --- |"
run "claims of a pair (dyad index)" claims --db "$db" --subject AAAB --object AAAC --between
run "claims of a pair in one month" claims --db "$db" --subject AAAB --object AAAC --between --since 2024-03-01 --until 2024-03-31
run "first 100 claims of an actor" claims --db "$db" --subject AAAB --limit 100
run "one actor's rivals (all its claims)" opposes --db "$db" AAAB --limit 10
run "one actor's rivals in one week (actor indexes)" opposes --db "$db" AAAB --since 2024-06-01 --until 2024-06-07 --limit 10
run "rivalries in one week (date index)" opposes --db "$db" --since 2024-06-01 --until 2024-06-07 --limit 10
run "compare a pair across outlets" compare --db "$db" AAAB AAAC
run "stats" stats --db "$db"
# Whole-store reads (the dyad index, 10M entries): three runs each, median, with peak memory.
whole() {  # label, then the irkg arguments
  local label=$1; shift
  local report secs=() peaks=()
  report=$(mktemp)
  for _ in 1 2 3; do
    /usr/bin/time -o "$report" -f '%e %M' "$irkg" "$@" > /dev/null 2>&1
    read -r s p < "$report"
    secs+=("$s"); peaks+=("$p")
  done
  rm -f "$report"
  printf '| %s (3 runs; peak %d MB) | `irkg %s` | %.3f |\n' "$label" "$(( $(printf '%s\n' "${peaks[@]}" | sort -n | tail -1) / 1024 ))" \
    "$(shown "$@")" "$(printf '%s\n' "${secs[@]}" | median)"
}
whole "whole graph: all rivalries" opposes --db "$db" --limit 10
whole "outlet x outlet matrix" compare --db "$db" --outlets
