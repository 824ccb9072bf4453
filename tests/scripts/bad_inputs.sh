#!/usr/bin/env bash
# Bad input table of docs/ROBUSTNESS.md: each case gets one clear line on stderr naming the
# file (and line) and the problem, the documented exit code, and the rest of the batch is
# still processed. Fixtures are generated here (nothing large is kept in the repository).
set -uo pipefail
irkg=$1
py=$(command -v python3 || true)
[ -n "$py" ] || { echo "python3 missing"; exit 77; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail=0
ok_line='Japan condemned China over the islands.'

# expect NAME EXIT STDERR_PATTERN CLAIMS -- irkg args...
expect() {
  local name=$1 want_rc=$2 pattern=$3 want_claims=$4
  shift 5
  "$irkg" "$@" > "$tmp/out" 2> "$tmp/err"
  local rc=$?
  local claims
  claims=$(grep -c '"subject"' "$tmp/out" || true)
  if [ "$rc" -ne "$want_rc" ]; then echo "FAIL $name: exit $rc, want $want_rc"; cat "$tmp/err"; fail=1; fi
  if [ -n "$pattern" ] && ! grep -q -- "$pattern" "$tmp/err"; then echo "FAIL $name: stderr lacks '$pattern'"; cat "$tmp/err"; fail=1; fi
  if [ "$want_claims" != "-" ] && [ "$claims" -ne "$want_claims" ]; then echo "FAIL $name: $claims claims, want $want_claims"; fail=1; fi
  # every stderr line is one self-contained message starting with "irkg"
  if grep -qvE '^irkg[ :]' "$tmp/err"; then echo "FAIL $name: stderr line not starting with 'irkg':"; cat "$tmp/err"; fail=1; fi
}

cd "$tmp"
: > empty.txt
head -c 20000 /dev/urandom > junk.txt
printf 'Japan \xff\xfe condemned \xc3 China.\n' > badutf8.txt
printf '\xff\xfe' > utf16.txt && printf 'Japan condemned China.' | iconv -f UTF-8 -t UTF-16LE >> utf16.txt
"$py" -c "print('<div><p>'*50000 + 'Japan condemned China.')" > nested.html
printf '<html><body><p>%s<p>Peru praised Chile.<div><span>' "$ok_line" > unclosed.html
"$py" -c "open('huge.txt','w').write('Japan condemned China and Peru praised Chile ' * 2300000)"
printf '%s\n' '{"id":"a","text":"Japan condemned China."}' 'not json' '{"id":"c"}' \
  '{"id":"d","text":"Peru praised Chile.","published":"2021-13-45"}' > mixed.jsonl
echo "$ok_line" > good.txt

expect "empty file" 0 "" 0 -- extract empty.txt
expect "binary junk" 1 "junk.txt: looks like binary data" 0 -- extract junk.txt
expect "binary junk in a batch" 0 "1 input(s) skipped" 1 -- extract junk.txt good.txt
expect "invalid UTF-8" 0 "" 1 -- extract badutf8.txt
expect "UTF-16 with BOM" 0 "" 1 -- extract utf16.txt
expect "deeply nested HTML" 0 "" 1 -- extract nested.html
expect "unclosed HTML" 0 "" 2 -- extract unclosed.html
expect "100 MB single line" 0 "" - -- extract huge.txt
expect "JSONL: not JSON, no text, bad date" 0 "mixed.jsonl:2: not a JSON object" 2 -- extract mixed.jsonl
grep -q "mixed.jsonl:3: document has neither" err || { echo "FAIL: missing-text line not named"; fail=1; }
grep -q "mixed.jsonl:4: ignoring published date" err || { echo "FAIL: bad date not named"; fail=1; }
expect "missing file" 1 "/nonexistent/x.txt: no such file" 0 -- extract /nonexistent/x.txt
expect "unknown flag" 2 "unknown option --bogus" 0 -- extract --bogus x
expect "wrong date flag" 2 "YYYY-MM-DD" 0 -- extract --published 2021-02-30 good.txt
expect "unknown command" 2 "unknown command" 0 -- frobnicate

# stores
"$irkg" ingest --db db good.txt mixed.jsonl > /dev/null 2>&1
before=$("$irkg" claims --db db --json | sort | md5sum)
expect "no store" 1 "no database at" 0 -- stats --db absent
mkdir notdb && echo hello > notdb/file
expect "a directory that is not a store" 1 "notdb" 0 -- stats --db notdb
expect "store path is a file" 1 "good.txt" 0 -- ingest --db good.txt mixed.jsonl
cp -r db broken && for f in broken/MANIFEST-*; do head -c 100 /dev/urandom > "$f"; done
expect "corrupt store" 1 "database is corrupt" 0 -- stats --db broken
# a second writer while an ingest runs: one clear line, nothing written
# The first writer reads from a FIFO this script holds open, so it is still running (with
# the store open: it has written a fresh LOG) however slow the build, until it is closed.
rm -f db/LOG feed && mkfifo feed
"$irkg" ingest --db db - < feed > /dev/null 2>&1 &
writer=$!
exec 3> feed
for _ in $(seq 500); do [ -s db/LOG ] && grep -q "DB pointer" db/LOG 2>/dev/null && break; sleep 0.02; done
expect "store locked by another writer" 1 "in use" 0 -- ingest --db db good.txt
exec 3>&-
wait "$writer"
after=$("$irkg" claims --db db --json | sort | md5sum)
[ "$before" = "$after" ] || { echo "FAIL: stored claims changed after refused second writer"; fail=1; }

[ "$fail" -eq 0 ] && echo "bad_inputs ok"
exit "$fail"
