#!/usr/bin/env bash
# A full disk, simulated with a file-size limit (ulimit -f, SIGXFSZ ignored so write()
# fails with EFBIG as it would with ENOSPC): every command reports one clear line, exits
# non-zero, and leaves what was stored, and any earlier export, as it was.
set -uo pipefail
irkg=$1
[ -x "$irkg" ] || { echo "no irkg binary at $irkg"; exit 77; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cd "$tmp"
fail=0
check() {  # name, expected exit, stderr pattern, then the command (run under the limit)
  local name=$1 code=$2 pattern=$3 kb=$4; shift 4
  (trap '' XFSZ; ulimit -f "$kb"; "$irkg" "$@" > out.txt 2> err.txt)
  local got=$?
  [ "$got" -eq "$code" ] || { echo "FAIL $name: exit $got, wanted $code"; cat err.txt; fail=1; }
  [ -z "$pattern" ] || grep -q -- "$pattern" err.txt || { echo "FAIL $name: stderr lacks '$pattern'"; cat err.txt; fail=1; }
  [ "$(wc -l < err.txt)" -le 1 ] || { echo "FAIL $name: more than one error line"; cat err.txt; fail=1; }
}

# Under the sanitizers (IRKG_SANITIZED) irkg is ~13x slower: a sixth of the corpus still
# writes more than the 300 KB the ingest below is allowed.
mb=3
[ -z "${IRKG_SANITIZED:-}" ] || mb=0.5
python3 "$OLDPWD/bench/make_corpus.py" --mb $mb --format pages-jsonl --out big.jsonl --seed 5 >/dev/null
"$irkg" ingest --db db "$OLDPWD/samples/documents.jsonl" > /dev/null
before=$("$irkg" claims --db db --json | sort | md5sum)
"$irkg" export --db db --format graphml -o graph.graphml > /dev/null 2>&1
export_before=$(md5sum < graph.graphml)

# Queries only write to a temporary directory; a tiny limit must not stop them.
check "stats on a full disk" 0 "" 4 stats --db db
check "export on a full disk" 1 "cannot write graph.graphml" 4 export --db db --format graphml -o graph.graphml
[ "$(md5sum < graph.graphml)" = "$export_before" ] || { echo "FAIL: the earlier export was damaged"; fail=1; }
ls graph.graphml.* >/dev/null 2>&1 && { echo "FAIL: a temporary export file was left behind"; fail=1; }
check "ingest on a full disk" 1 "no space to write" 300 ingest --db db big.jsonl
[ "$("$irkg" claims --db db --json | sort | md5sum)" = "$before" ] ||
  { echo "FAIL: stored claims changed after a failed ingest"; fail=1; }

# With space again, the same ingest finishes and equals one into a fresh store.
"$irkg" ingest --db db big.jsonl > /dev/null || { echo "FAIL: ingest after the disk was freed"; fail=1; }
"$irkg" ingest --db fresh "$OLDPWD/samples/documents.jsonl" big.jsonl > /dev/null
[ "$("$irkg" claims --db db --json | sort | md5sum)" = "$("$irkg" claims --db fresh --json | sort | md5sum)" ] ||
  { echo "FAIL: store after a full disk differs from a clean one"; fail=1; }

[ "$fail" -eq 0 ] && echo "full_disk ok"
exit "$fail"
