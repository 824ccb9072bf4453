#!/usr/bin/env bash
# Damaged stores (issue 19, docs/ROBUSTNESS.md): every table file of a store in turn is
# deleted, truncated and overwritten in the middle, and MANIFEST and CURRENT are removed.
# Every reader command must then either give exactly the answer of the undamaged store
# (exit 0: a damaged block it never reads does not change its answer) or fail with one
# line "database is corrupt" and exit 1; a missing or truncated file must always fail.
# `irkg check` must pass the undamaged store and name the damage in every damaged copy.
set -uo pipefail
irkg=$1
[ -x "$irkg" ] || { echo "no irkg binary at $irkg"; exit 77; }
src=$PWD
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cd "$tmp"
fail=0

"$irkg" ingest --db good "$src/samples/" > /dev/null || { echo "FAIL: ingest of the samples"; exit 1; }

# The reader commands, one per line; DB is replaced by the store's path.
readers=(
  "stats --db DB"
  "stats --db DB --json"
  "claims --db DB --json"
  "claims --db DB --subject Japan --json"
  "claims --db DB --subject Japan --object Russia --between --json"
  "claims --db DB --since 2021-01-01 --json"
  "opposes --db DB"
  "opposes --db DB Russia"
  "allies --db DB --json"
  "compare --db DB Japan Russia"
  "compare --db DB --outlets"
  "blocs --db DB"
  "path --db DB India Russia --kind any"
  "export --db DB --format json -o OUT"
)

run_reader() {  # store, command template -> out.txt, err.txt, rc.txt (an export's file is its output)
  local cmd=${2//DB/$1}
  rm -f export.out
  cmd=${cmd//OUT/export.out}
  # shellcheck disable=SC2086
  "$irkg" $cmd > out.txt 2> err.txt
  echo $? > rc.txt
  [ -f export.out ] && cat export.out >> out.txt
  return 0
}

mkdir baseline
i=0
for r in "${readers[@]}"; do
  run_reader good "$r"
  [ "$(cat rc.txt)" -eq 0 ] || { echo "FAIL: '$r' fails on the undamaged store"; cat err.txt; fail=1; }
  cp out.txt "baseline/$i"
  i=$((i + 1))
done
"$irkg" check --db good > check.txt 2>&1 || { echo "FAIL: check on the undamaged store"; cat check.txt; fail=1; }
grep -q "sound:" check.txt || { echo "FAIL: check does not say the store is sound"; cat check.txt; fail=1; }

# ASan: memory errors show on any of these paths; the release run compares every combination.
# Under the sanitizers (IRKG_SANITIZED) a damaged copy gets every sixth reader, starting
# at the damaged table's number: each reader still meets each kind of damage on some tables.
table_n=0
sampled() {  # reader number I: whether it runs against the current damaged copy
  [ -z "${IRKG_SANITIZED:-}" ] || [ $(( ($1 + table_n) % 6 )) -eq 0 ]
}

# damaged STORE KIND MUST_FAIL NAME: every reader against the baseline, then check.
damaged() {
  local store=$1 kind=$2 must_fail=$3 name=$4 i=0 failed=0 ran=0
  for r in "${readers[@]}"; do
    sampled $i || { i=$((i + 1)); continue; }
    ran=$((ran + 1))
    run_reader "$store" "$r"
    local rc
    rc=$(cat rc.txt)
    if [ "$rc" -eq 0 ]; then
      if [ "$must_fail" = yes ]; then
        echo "FAIL $kind: '$r' exits 0 on a store with $name damaged"; fail=1
      elif ! cmp -s out.txt "baseline/$i"; then
        echo "FAIL $kind: '$r' gives another answer with exit 0 ($name damaged)"; fail=1
      fi
    else
      failed=$((failed + 1))
      [ "$rc" -eq 1 ] || { echo "FAIL $kind: '$r' exits $rc, want 1"; fail=1; }
      [ "$(wc -l < err.txt)" -eq 1 ] || { echo "FAIL $kind: '$r' prints more than one error line"; cat err.txt; fail=1; }
      grep -q "database is corrupt" err.txt || { echo "FAIL $kind: '$r' does not say the store is corrupt"; cat err.txt; fail=1; }
    fi
    i=$((i + 1))
  done
  "$irkg" check --db "$store" > check.txt 2> check.err
  local rc=$?
  [ "$rc" -eq 1 ] || { echo "FAIL $kind: check exits $rc on a store with $name damaged"; fail=1; }
  grep -q "$name" check.txt || { echo "FAIL $kind: check does not name $name"; head -5 check.txt; fail=1; }
  grep -q "is damaged" check.err || { echo "FAIL $kind: check's last line does not say the store is damaged"; fail=1; }
  echo "$kind $name: $failed of $ran readers refused, check named it"
}

tables=$(cd good && ls ./*.sst | sed 's|^\./||')
[ -n "$tables" ] || { echo "FAIL: the store has no table files"; exit 1; }
for t in $tables; do
  rm -rf bad && cp -a good bad && rm "bad/$t"
  damaged bad "deleted" yes "$t"
  rm -rf bad && cp -a good bad && truncate -s $(( $(stat -c %s "good/$t") / 2 )) "bad/$t"
  damaged bad "truncated" yes "$t"
  rm -rf bad && cp -a good bad
  size=$(stat -c %s "good/$t")
  printf '\x5a\xa5\x5a\xa5\x5a\xa5\x5a\xa5' | dd of="bad/$t" bs=1 seek=$((size / 3)) conv=notrunc 2>/dev/null
  cmp -s "good/$t" "bad/$t" && { echo "FAIL: overwriting bytes did not change $t"; fail=1; }
  damaged bad "corrupted" no "$t"
  table_n=$((table_n + 1))
done

manifest=$(cd good && ls MANIFEST-* | head -1)
rm -rf bad && cp -a good bad && rm "bad/$manifest"
damaged bad "deleted" yes "MANIFEST"
table_n=$((table_n + 1))
rm -rf bad && cp -a good bad && rm bad/CURRENT
damaged bad "deleted" yes "CURRENT"

[ "$fail" -eq 0 ] && echo "store_damage ok"
exit "$fail"
