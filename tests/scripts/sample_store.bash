# (Not a test itself: tests/CMakeLists.txt registers *.sh only.)
# Sourced by the scripts that compare a store's answers across read paths: checks the irkg
# binary given as $1, makes a temporary directory removed on exit, and fills "$tmp/db" with
# the samples and the GDELT fixture, dumping its claims to "$tmp/claims.jsonl".
irkg=$1
[ -x "$irkg" ] || { echo "no irkg binary at $irkg"; exit 77; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# Each step says what failed and why: under set -e a silent exit leaves the test's log empty.
"$irkg" ingest --db "$tmp/db" samples/ >/dev/null 2>"$tmp/setup.err" ||
  { echo "ingest of samples/ failed:"; cat "$tmp/setup.err"; exit 1; }
"$irkg" import gdelt --db "$tmp/db" tests/fixtures/importers/gdelt2_events.export.CSV >/dev/null 2>"$tmp/setup.err" ||
  { echo "GDELT import failed:"; cat "$tmp/setup.err"; exit 1; }
"$irkg" claims --db "$tmp/db" --json > "$tmp/claims.jsonl" 2>"$tmp/setup.err" ||
  { echo "claims dump failed:"; cat "$tmp/setup.err"; exit 1; }
