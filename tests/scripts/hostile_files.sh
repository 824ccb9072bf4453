#!/usr/bin/env bash
# Hostile files (issue 19, item 9): a huge binary input is refused after its first bytes,
# not after reading it all; dangling symbolic links and FIFOs met in a walked directory are
# counted as skipped with a reason and never block the walk; running out of memory on the
# only input is one line and exit 1, not an abort.
set -uo pipefail
irkg=$1
[ -x "$irkg" ] || { echo "no irkg binary at $irkg"; exit 77; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cd "$tmp"
fail=0
bad() { echo "FAIL $*"; fail=1; }
echo 'Japan condemned China over the islands on Monday.' > good.txt

# A 2 GB binary file (sparse: no disk used), with 600 MB of address space: reading it whole
# would fail with out of memory, refusing it from its first bytes is instant.
truncate -s 2G huge.txt
(ulimit -v 600000 2> /dev/null; timeout 60 "$irkg" extract huge.txt > out 2> err)
rc=$?
if "$irkg" --version > /dev/null 2>&1 && (ulimit -v 600000; "$irkg" --version > /dev/null 2>&1); then
  [ "$rc" -eq 1 ] || bad "2 GB binary: exit $rc, want 1"
  [ "$(wc -l < err)" -eq 1 ] && grep -q "huge.txt: looks like binary data" err || bad "2 GB binary: $(cat err)"
else
  echo "note: this build cannot start under ulimit -v (sanitizers); 2 GB binary checked without it"
  timeout 60 "$irkg" extract huge.txt > out 2> err
  grep -q "huge.txt: looks like binary data" err || bad "2 GB binary: $(cat err)"
fi
# The same file named .jsonl is refused too instead of being read as one 2 GB line.
mv huge.txt huge.jsonl
timeout 60 "$irkg" extract huge.jsonl good.txt > out 2> err
grep -q "huge.jsonl: looks like binary data" err || bad "2 GB binary .jsonl: $(cat err)"
[ "$(grep -c '"subject"' out)" -ge 1 ] || bad "the good input after a binary .jsonl was not read"
rm huge.jsonl

# A walk meets a dangling link and a FIFO (nobody writes to it: reading would block forever).
mkdir -p walk/sub && cp good.txt walk/a.txt
ln -s ../nowhere.txt walk/dangling.txt
mkfifo walk/sub/pipe.txt
ln -s sub/pipe.txt walk/link-to-pipe.html
mkfifo walk/not-news   # not a name irkg reads: ignored like README.md
timeout 30 "$irkg" extract walk > out 2> err
rc=$?
[ "$rc" -ne 124 ] || bad "the walk blocked on a FIFO"
[ "$rc" -eq 0 ] || bad "walk with unreadable entries: exit $rc, want 0"
grep -q "walk/dangling.txt: dangling symbolic link; skipped" err || bad "dangling link not reported: $(cat err)"
grep -q "walk/sub/pipe.txt: a FIFO, not a regular file; skipped" err || bad "FIFO not reported: $(cat err)"
grep -q "walk/link-to-pipe.html: a FIFO, not a regular file; skipped" err || bad "link to a FIFO not reported: $(cat err)"
grep -q "not-news" err && bad "an entry irkg does not read was reported"
grep -q "irkg extract: 3 input(s) skipped" err || bad "skipped count: $(cat err)"
[ "$(grep -c '"subject"' out)" -ge 1 ] || bad "the readable file of the walk gave no claims"

# Out of memory on the only input: one line, exit 1, never an abort. A 100 MB text file
# under an address-space limit the command itself fits in (extract needs under 200 MB;
# ingest more, as RocksDB aborts when it cannot start its file-opening threads). Where the
# limit stops even a small input (the sanitizer build), the case is not run.
python3 -c "open('big.txt','w').write('Japan condemned China and Peru praised Chile. ' * 2200000)"
for run in "300000 extract" "700000 ingest --db db"; do
  read -r limit cmd <<< "$run"
  # shellcheck disable=SC2086
  if ! (ulimit -v "$limit"; "$irkg" $cmd good.txt > /dev/null 2>&1); then
    echo "note: irkg $cmd does not run under ulimit -v $limit here; out-of-memory case not run"
    continue
  fi
  # shellcheck disable=SC2086
  (ulimit -v "$limit"; "$irkg" $cmd big.txt > out 2> err)
  rc=$?
  [ "$rc" -eq 1 ] || bad "$cmd out of memory: exit $rc, want 1 ($(cat err))"
  # Where memory runs out decides the words: reading the file or extracting it.
  [ "$(wc -l < err)" -eq 1 ] && grep -Eq "^irkg ${cmd%% *}: .*(out of memory|too large to read into memory)" err ||
    bad "$cmd out of memory: $(cat err)"
done

[ "$fail" -eq 0 ] && echo "hostile files ok"
exit "$fail"
