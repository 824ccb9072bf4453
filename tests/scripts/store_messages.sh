#!/usr/bin/env bash
# True one-line messages for stores that are not damaged (issue 19, item 6): a read-only
# store, a full disk when a writer opens, a --db that is a file. None of them may say
# "database is corrupt" or "in use by another process", and each leaves the store sound.
# (A lost column family is tests/store/store_test.cpp: it needs RocksDB's API.)
set -uo pipefail
irkg=$1
[ -x "$irkg" ] || { echo "no irkg binary at $irkg"; exit 77; }
src=$PWD
tmp=$(mktemp -d)
trap 'chmod -R u+w "$tmp"; rm -rf "$tmp"' EXIT
chmod 755 "$tmp"
cd "$tmp"
fail=0
expect() {  # NAME EXIT PATTERN -- command (stderr in err.txt)
  local name=$1 want=$2 pattern=$3
  shift 4
  "$@" > out.txt 2> err.txt
  local rc=$?
  [ "$rc" -eq "$want" ] || { echo "FAIL $name: exit $rc, want $want"; cat err.txt; fail=1; }
  grep -q -- "$pattern" err.txt || { echo "FAIL $name: stderr lacks '$pattern'"; cat err.txt; fail=1; }
  [ "$want" -eq 0 ] || [ "$(wc -l < err.txt)" -eq 1 ] || { echo "FAIL $name: more than one line"; cat err.txt; fail=1; }
  if grep -q -e "database is corrupt" -e "in use by another" err.txt; then echo "FAIL $name: wrong message"; cat err.txt; fail=1; fi
}

"$irkg" ingest --db db "$src/samples/" > /dev/null || { echo "FAIL: ingest"; exit 1; }
"$irkg" claims --db db --json | sort > before.claims

# A read-only store: root writes anywhere, so the writer then runs as nobody.
cp -a db ro && chmod -R a-w ro
as_user=()
if [ "$(id -u)" -eq 0 ]; then
  command -v setpriv > /dev/null || { echo "setpriv missing (needed to drop root)"; exit 77; }
  as_user=(setpriv --reuid=65534 --regid=65534 --clear-groups)
fi
expect "ingest into a read-only store" 1 "database is read-only: ro" -- "${as_user[@]}" "$irkg" ingest --db ro "$src/samples/documents.jsonl"
expect "query a read-only store" 0 "claim(s)" -- "${as_user[@]}" "$irkg" claims --db ro
grep -q '"' out.txt || { echo "FAIL: no claims listed from a read-only store"; fail=1; }

# A full disk when a writer opens: a file-size limit makes RocksDB's first write (a new
# MANIFEST) fail with EFBIG, as ENOSPC would.
(trap '' XFSZ; ulimit -f 1; "$irkg" ingest --db db "$src/samples/documents.jsonl" > out.txt 2> err.txt; echo $? > rc.txt)
[ "$(cat rc.txt)" -eq 1 ] || { echo "FAIL full disk at open: exit $(cat rc.txt)"; cat err.txt; fail=1; }
grep -q "no space to open db for writing" err.txt || { echo "FAIL full disk at open: wrong message"; cat err.txt; fail=1; }
grep -q "corrupt" err.txt && { echo "FAIL full disk at open: says corrupt"; fail=1; }
"$irkg" check --db db > check.txt 2>&1 || { echo "FAIL full disk at open: the store is damaged"; head -3 check.txt; fail=1; }
[ "$("$irkg" claims --db db --json | sort)" = "$(cat before.claims)" ] || { echo "FAIL full disk at open: claims changed"; fail=1; }

# --db names a file.
echo "notes" > plain.txt
expect "--db is a file (writer)" 1 "plain.txt is a file, not a database directory" -- "$irkg" ingest --db plain.txt "$src/samples/documents.jsonl"
expect "--db is a file (reader)" 1 "plain.txt is a file, not a database directory" -- "$irkg" stats --db plain.txt
[ "$(cat plain.txt)" = "notes" ] || { echo "FAIL: the file given as --db was changed"; fail=1; }

[ "$fail" -eq 0 ] && echo "store_messages ok"
exit "$fail"
