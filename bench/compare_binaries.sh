#!/bin/bash
# Byte-for-byte comparison of two irkg binaries on every whole-graph command (docs/
# BENCHMARKS.md, issue 20): rankings, blocs, paths and the four exports, over the whole
# store and with date windows, outlet sets and both together. Each binary reads its own
# copy of the store (a schema change: the old binary's store and the upgraded one).
# Standard output and every file written must be identical; stderr may differ only in the
# store's path. Prints one line per difference and a count; exits 1 on any difference.
#   bench/compare_binaries.sh OLD_IRKG OLD_DB NEW_IRKG NEW_DB
set -u
old=$1; old_db=$2; new=$3; new_db=$4
out=$(mktemp -d); trap 'rm -rf "$out"' EXIT
windows=("" "--since 2023-03-15 --until 2024-03-14" "--since 2023-03-01 --until 2023-05-31"
         "--since 2023-01-01 --until 2024-12-31" "--since 2024-06-01 --until 2024-06-07" "--since 2024-02-20"
         "--until 2023-02-11")
outlet_sets=("" "--outlet outlet7.example" "--outlet outlet7.example --outlet outlet42.example"
             "--outlet outlet3.example --outlet outlet55.example --outlet outlet90.example")
compared=0; differing=0
# run BINARY DB TAG ARGS...: stdout, stderr (store path masked) and the exit code into $out/TAG.*
run() {
  local bin=$1 db=$2 tag=$3; shift 3
  "$bin" "$@" --db "$db" > "$out/$tag.out" 2> "$out/$tag.err"
  echo $? > "$out/$tag.code"
  sed -i "s|$db|DB|g; s|$out/$tag|F|g" "$out/$tag.err"
}
same() {
  compared=$((compared + 1))
  run "$old" "$old_db" old "$@"
  run "$new" "$new_db" new "$@"
  for part in out err code; do
    cmp -s "$out/old.$part" "$out/new.$part" || { echo "differs ($part): $*"; differing=$((differing + 1)); return; }
  done
}
same_export() {
  local format=$1; shift
  compared=$((compared + 1))
  rm -f "$out"/old.x* "$out"/new.x*
  run "$old" "$old_db" old export --format "$format" -o "$out/old.x.$format" "$@"
  run "$new" "$new_db" new export --format "$format" -o "$out/new.x.$format" "$@"
  local files=("x.$format") f; [ "$format" = csv ] && files+=("x-nodes.csv")
  for f in "${files[@]}"; do
    cmp -s "$out/old.$f" "$out/new.$f" || { echo "differs ($f): export --format $format $*"; differing=$((differing + 1)); return; }
  done
  for part in err code; do
    cmp -s "$out/old.$part" "$out/new.$part" || { echo "differs ($part): export --format $format $*"; differing=$((differing + 1)); return; }
  done
}
for w in "${windows[@]}"; do
  for o in "${outlet_sets[@]}"; do
    # shellcheck disable=SC2086
    {
      same opposes $o $w --json
      same allies $o $w --json
      same opposes $o $w
      same blocs $o $w
      same blocs $o $w --json
      same path AAAB AAAC --kind rivalry $o $w --json
    }
  done
done
# Exports: the whole store (and --min-claims), one outlet with a window, two outlets.
for f in "" "--min-claims 30" "--outlet outlet7.example --since 2023-03-15 --until 2024-03-14" \
         "--outlet outlet7.example --outlet outlet42.example --since 2023-01-01 --until 2024-12-31"; do
  # shellcheck disable=SC2086
  for format in graphml gexf csv json; do same_export "$format" $f; done
done
same export --format graphml -o -
echo "$compared outputs compared, $differing differ"
[ "$differing" = 0 ]
