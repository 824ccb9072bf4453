#!/bin/bash
# Whole-process timings of the whole-graph commands on a store (docs/BENCHMARKS.md, issue
# 20): for each command, RUNS rounds that alternate the given irkg binaries (so that load
# from other work falls on all of them alike), then per binary the median wall time with
# the fastest and slowest run, and the median peak RSS (/usr/bin/time). Exports to a file
# write a fresh path (the previous file is removed outside the timing). A binary given as
# IRKG@DIR reads the store DIR instead of DB (a binary of an older schema on its own copy).
# COMMANDS=window limits the run to the date-window commands, COMMANDS=outlet-window to an
# outlet filter and a date window together, COMMANDS=export to the exports,
# COMMANDS=table to the issue's table (each command and export format, with no filter, a
# window, an outlet, two outlets and a window, an agency, an agency and a window; the
# agency ones need a store made with make_claims.py --agency-share), COMMANDS=agency to
# its agency rows, COMMANDS=window-export to exports and the outlet matrix with a date
# window and no other filter.
#   bench/whole_graph_commands.sh DB LABEL RUNS IRKG[@DIR] [IRKG[@DIR] ...]
set -u
db=$1; label=$2; runs=$3; shift 3
bins=("$@")
out=$(mktemp -d); trap 'rm -rf "$out"' EXIT
window_cmds=(
"opposes --db $db --since 2023-03-15 --until 2024-03-14"
"blocs --db $db --since 2023-03-15 --until 2024-03-14"
"allies --db $db --since 2023-03-15 --until 2024-03-14"
"opposes --db $db --since 2023-02-11 --until 2023-12-20"
"opposes --db $db --since 2023-03-01 --until 2023-05-31"
"opposes --db $db --since 2023-01-01 --until 2024-12-31"
"opposes --db $db --since 2024-06-01 --until 2024-06-07"
"opposes --db $db --since 2024-02-20"
)
o7="--outlet outlet7.example"
outlet_window_cmds=(
"opposes --db $db $o7 --since 2023-03-15 --until 2024-03-14"
"allies --db $db $o7 --since 2023-03-15 --until 2024-03-14"
"blocs --db $db $o7 --since 2023-03-15 --until 2024-03-14"
"path --db $db AAAB AAAC --kind rivalry $o7 --since 2023-03-15 --until 2024-03-14"
"opposes --db $db $o7 --since 2023-03-15 --until 2023-06-14"
"opposes --db $db $o7 --outlet outlet42.example --since 2023-01-01 --until 2024-12-31"
"allies --db $db $o7 --outlet outlet42.example --since 2023-01-01 --until 2024-12-31"
"blocs --db $db $o7 --outlet outlet42.example --since 2023-01-01 --until 2024-12-31"
"path --db $db AAAB AAAC --kind rivalry $o7 --outlet outlet42.example --since 2023-01-01 --until 2024-12-31"
"opposes --db $db $o7 --outlet outlet42.example --outlet outlet3.example --outlet outlet55.example --since 2023-01-01 --until 2024-12-31"
"opposes --db $db $o7 --since 2024-06-01 --until 2024-06-07"
"export --db $db $o7 --since 2023-03-15 --until 2024-03-14 --format graphml -o $out/F.graphml"
"export --db $db $o7 --since 2023-03-15 --until 2024-03-14 --format gexf -o $out/F.gexf"
)
export_cmds=(
"export --db $db --format graphml -o /dev/null"
"export --db $db --format gexf -o /dev/null"
"export --db $db --format csv -o $out/F.csv"
"export --db $db --format json -o /dev/null"
"export --db $db --format graphml -o $out/F.graphml"
"export --db $db --format gexf -o $out/F.gexf"
"export --db $db --format json -o $out/F.json"
)
# A date window and nothing else (session 18): exports and the outlet matrix, mid-month and
# on month boundaries.
window_export_cmds=()
for w in "--since 2023-03-15 --until 2024-03-14" "--since 2023-03-01 --until 2023-05-31"; do
  for x in graphml gexf csv json; do window_export_cmds+=("export --db $db $w --format $x -o $out/F.$x"); done
  window_export_cmds+=("compare --db $db --outlets $w")
done
filters=("" "--since 2023-03-15 --until 2024-03-14" "$o7"
         "$o7 --outlet outlet42.example --since 2023-01-01 --until 2024-12-31"
         "--agency AP" "--agency AP --since 2023-03-15 --until 2024-03-14")
table_cmds=()
agency_cmds=()
for f in "${filters[@]}"; do
  # AGENCY=0: the table without its agency rows (a binary before schema 8 reads every claim
  # record for them: ~10-40 s each at 10M).
  [[ $f == --agency* ]] && [ "${AGENCY:-1}" = 0 ] && continue
  for c in "opposes" "allies" "path AAAB AAAC --kind rivalry" "blocs"; do table_cmds+=("$c --db $db $f"); done
  # A window without an outlet or agency: an export before session 18 read the window's
  # claim records (~54 s at 10M for a year; docs/BENCHMARKS.md "session 18"), so only with
  # EXPORT_WINDOWS=1.
  if [ "$f" != "${filters[1]}" ] || [ "${EXPORT_WINDOWS:-0}" = 1 ]; then
    for x in graphml gexf csv json; do table_cmds+=("export --db $db $f --format $x -o $out/F.$x"); done
  fi
  [[ $f == --agency* ]] && agency_cmds+=("${table_cmds[@]: -8}")
done
table_cmds+=("compare --db $db --outlets" "compare --db $db --outlets --since 2023-03-15 --until 2024-03-14")
cmds=(
"${export_cmds[@]}"
"compare --db $db --outlets"
"compare --db $db --outlets --raw-copies"
"opposes --db $db --since 2023-03-15 --until 2024-03-14"
"blocs --db $db --since 2023-03-15 --until 2024-03-14"
"opposes --db $db --since 2023-03-01 --until 2023-05-31"
"opposes --db $db --since 2023-01-01 --until 2024-12-31"
"opposes --db $db --since 2024-06-01 --until 2024-06-07"
"opposes --db $db"
"blocs --db $db"
"stats --db $db"
)
[ "${COMMANDS:-all}" = window ] && cmds=("${window_cmds[@]}")
[ "${COMMANDS:-all}" = outlet-window ] && cmds=("${outlet_window_cmds[@]}")
[ "${COMMANDS:-all}" = export ] && cmds=("${export_cmds[@]}")
[ "${COMMANDS:-all}" = table ] && cmds=("${table_cmds[@]}")
[ "${COMMANDS:-all}" = agency ] && cmds=("${agency_cmds[@]}")
[ "${COMMANDS:-all}" = window-export ] && cmds=("${window_export_cmds[@]}")
for c in "${cmds[@]}"; do
  declare -A walls rss
  for b in "${bins[@]}"; do walls[$b]=""; rss[$b]=""; done
  for _ in $(seq "$runs"); do
    for b in "${bins[@]}"; do
      rm -f "$out"/F.* "$out"/F-nodes.csv
      bin=${b%%@*}; run=$c
      [ "$bin" != "$b" ] && run=${c//$db/${b#*@}}
      # shellcheck disable=SC2086
      /usr/bin/time -f "%e %M" -o "$out/time" "$bin" $run > /dev/null 2> "$out/err" || { echo "FAIL $b $run" >&2; cat "$out/err" >&2; }
      read -r w r < "$out/time"
      walls[$b]+="$w "; rss[$b]+="$r "
    done
  done
  shown=${c//$db/D}
  line="| \`${shown//$out/TMP}\` | $label"
  for b in "${bins[@]}"; do
    sorted=$(tr ' ' '\n' <<< "${walls[$b]}" | grep . | sort -n); n=$(wc -l <<< "$sorted")
    median=$(sed -n "$(( (n + 1) / 2 ))p" <<< "$sorted")
    rss_median=$(tr ' ' '\n' <<< "${rss[$b]}" | grep . | sort -n | sed -n "$(( (n + 1) / 2 ))p")
    line+=" | $median s ($(head -1 <<< "$sorted")–$(tail -1 <<< "$sorted")), $(( rss_median / 1024 )) MB"
  done
  echo "$line |"
  unset walls rss
done
