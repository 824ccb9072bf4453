#!/usr/bin/env bash
# Deleting LOCK under a running writer (issue 19, item 5). RocksDB's lock is on the file
# DIR/LOCK: with the file deleted, a second writer used to create a new one, open the store
# too, and both ingests were lost (MANIFEST corrupt at the next open). irkg also locks the
# store directory itself (store/dir_lock.h), so the second writer must be refused with one
# line, the first must finish, and the store must equal a clean run of the same inputs.
set -uo pipefail
irkg=$1
[ -x "$irkg" ] || { echo "no irkg binary at $irkg"; exit 77; }
src=$PWD
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cd "$tmp"
fail=0
# Under the sanitizers (IRKG_SANITIZED) irkg is ~13x slower: a smaller corpus (the FIFO
# below keeps the first writer busy whatever its size) and one run, which takes every path.
# ASan: memory errors show on any run; the release run repeats the race three times.
mb=6 runs="1 2 3"
[ -z "${IRKG_SANITIZED:-}" ] || mb=0.5 runs="1"
python3 "$src/bench/make_corpus.py" --mb $mb --format jsonl --out big.jsonl --seed 11 > /dev/null

"$irkg" ingest --db clean "$src/samples/" big.jsonl > /dev/null || { echo "FAIL: clean ingest"; exit 1; }

for run in $runs; do
  rm -rf db
  "$irkg" ingest --db db "$src/samples/" > /dev/null
  # The first writer reads its input from a FIFO this script holds open, so it is still
  # running whatever the machine's load, until the second writer has been turned away.
  rm -f feed db/LOG && mkfifo feed  # the LOG of the ingest before must not pass for this one's
  "$irkg" ingest --db db - < feed > first.out 2> first.err &
  first=$!
  exec 3> feed
  cat big.jsonl >&3 &
  feeder=$!
  # Wait until the first writer has the store open (it writes its LOG), then pull LOCK away.
  for _ in $(seq 500); do [ -s db/LOG ] && grep -q "DB pointer" db/LOG 2>/dev/null && break; sleep 0.02; done
  kill -0 "$first" 2>/dev/null || { echo "FAIL run $run: the first writer ended before LOCK was deleted"; fail=1; }
  rm -f db/LOCK
  "$irkg" ingest --db db "$src/samples/documents.jsonl" > second.out 2> second.err
  rc=$?
  [ "$rc" -eq 1 ] || { echo "FAIL run $run: second writer exits $rc, want 1"; cat second.err; fail=1; }
  grep -q "database is in use by another process" second.err ||
    { echo "FAIL run $run: second writer does not say the store is in use"; cat second.err; fail=1; }
  [ "$(wc -l < second.err)" -eq 1 ] || { echo "FAIL run $run: more than one error line"; cat second.err; fail=1; }
  wait "$feeder"
  exec 3>&-
  wait "$first" || { echo "FAIL run $run: the first writer failed"; cat first.err; fail=1; }
  "$irkg" check --db db > check.txt 2>&1 || { echo "FAIL run $run: store damaged"; head -5 check.txt; fail=1; }
  [ "$("$irkg" claims --db db --json | sort | md5sum)" = "$("$irkg" claims --db clean --json | sort | md5sum)" ] ||
    { echo "FAIL run $run: the store differs from a clean run"; fail=1; }
  # The next ingest opens the store normally.
  "$irkg" ingest --db db "$src/samples/documents.jsonl" > /dev/null 2> next.err ||
    { echo "FAIL run $run: the next ingest fails"; cat next.err; fail=1; }
done

[ "$fail" -eq 0 ] && echo "store_lock ok"
exit "$fail"
