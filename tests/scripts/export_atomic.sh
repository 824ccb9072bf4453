#!/usr/bin/env bash
# An export writes to a temporary name and renames: killing it never leaves a truncated
# file under the target name, and a failed export leaves an existing file untouched.
set -euo pipefail
irkg=$1
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
"$irkg" ingest --db "$tmp/db" samples/ >/dev/null
echo "previous export" > "$tmp/out.graphml"
# Unwritable directory: the command fails with one line and exit 1.
if "$irkg" export --db "$tmp/db" --format graphml -o /nonexistent-dir/out.graphml 2>"$tmp/err"; then
  echo "export into a missing directory succeeded"; exit 1
fi
[ "$(wc -l < "$tmp/err")" -eq 1 ] || { echo "expected one error line, got:"; cat "$tmp/err"; exit 1; }
# Bad format: usage error, existing file untouched.
set +e
"$irkg" export --db "$tmp/db" --format pdf -o "$tmp/out.graphml" 2>/dev/null
rc=$?
set -e
[ $rc -eq 2 ] || { echo "bad format exit $rc, want 2"; exit 1; }
grep -q "previous export" "$tmp/out.graphml" || { echo "a failed export touched the target"; exit 1; }
"$irkg" export --db "$tmp/db" --format graphml -o "$tmp/out.graphml"
grep -q "</graphml>" "$tmp/out.graphml" || { echo "export incomplete"; exit 1; }
ls "$tmp" | grep -v -E '^(db|err|out.graphml)$' && { echo "temporary files left behind"; exit 1; }
echo "exports are atomic"
