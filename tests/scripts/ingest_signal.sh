#!/usr/bin/env bash
# SIGINT and SIGTERM during `irkg ingest` (issue 19, item 9): the ingest finishes the batch
# it is storing, prints what was stored, says it was stopped and exits 130 / 143. What it
# reports is what the store holds, the store is sound, and ingesting the same input again
# completes it to equal a clean run.
set -uo pipefail
irkg=$1
[ -x "$irkg" ] || { echo "no irkg binary at $irkg"; exit 77; }
src=$PWD
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cd "$tmp"
fail=0
# Under the sanitizers (IRKG_SANITIZED) irkg is ~13x slower: a 24th of the corpus still
# outlasts the half second before the signal many times over (~7 s to ingest on 2 cores).
mb=12
[ -z "${IRKG_SANITIZED:-}" ] || mb=0.5
python3 "$src/bench/make_corpus.py" --mb $mb --format jsonl --out big.jsonl --seed 21 > /dev/null
"$irkg" ingest --db clean big.jsonl > /dev/null || { echo "FAIL: clean ingest"; exit 1; }

for sig in INT TERM; do
  want=$([ "$sig" = INT ] && echo 130 || echo 143)
  rm -rf db
  # A shell starts background jobs with SIGINT ignored, and irkg keeps an ignored signal
  # ignored; python restores the default disposition in the child before irkg starts.
  python3 - "$irkg" "$sig" > result.txt <<'PY'
import signal, subprocess, sys, time
irkg, sig = sys.argv[1], getattr(signal, "SIG" + sys.argv[2])
child = subprocess.Popen([irkg, "ingest", "--db", "db", "big.jsonl"], stdout=open("out.txt", "w"),
                         stderr=open("err.txt", "w"), preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
# Signal once the store is open and batches are being stored (the writer logs its open).
deadline = time.monotonic() + 60
while time.monotonic() < deadline:
    try:
        if "DB pointer" in open("db/LOG", errors="replace").read():
            break
    except FileNotFoundError:
        pass
    time.sleep(0.05)
time.sleep(0.5)
sent = time.monotonic()
child.send_signal(sig)
rc = child.wait()
print(rc, round(time.monotonic() - sent, 2))
PY
  read -r rc secs < result.txt
  [ "$rc" -eq "$want" ] || { echo "FAIL SIG$sig: exit $rc, want $want"; cat err.txt; fail=1; }
  grep -q "stopped by SIG$sig" err.txt || { echo "FAIL SIG$sig: no 'stopped by' line"; cat err.txt; fail=1; }
  [ "$(wc -l < err.txt)" -eq 1 ] || { echo "FAIL SIG$sig: more than one stderr line"; cat err.txt; fail=1; }
  stored=$(sed -n 's/^claims stored: //p' out.txt)
  [ -n "$stored" ] || { echo "FAIL SIG$sig: no summary printed"; cat out.txt; fail=1; }
  held=$("$irkg" stats --db db --json | sed -n 's/^ *"claims": \([0-9]*\),*/\1/p')
  [ "$stored" = "$held" ] || { echo "FAIL SIG$sig: reported $stored claims stored, the store holds $held"; fail=1; }
  all=$("$irkg" stats --db clean --json | sed -n 's/^ *"claims": \([0-9]*\),*/\1/p')
  [ "$held" -lt "$all" ] || { echo "FAIL SIG$sig: the signal came after the whole input was stored (slow it down)"; fail=1; }
  "$irkg" check --db db > check.txt 2>&1 || { echo "FAIL SIG$sig: store damaged"; head -3 check.txt; fail=1; }
  "$irkg" ingest --db db big.jsonl > again.txt || { echo "FAIL SIG$sig: ingest again"; fail=1; }
  [ "$("$irkg" claims --db db --json | sort | md5sum)" = "$("$irkg" claims --db clean --json | sort | md5sum)" ] ||
    { echo "FAIL SIG$sig: after ingesting again the store differs from a clean run"; fail=1; }
  echo "SIG$sig: exit $rc ${secs}s after the signal, $held of $all claims stored, completed by a second ingest"
done

[ "$fail" -eq 0 ] && echo "ingest_signal ok"
exit "$fail"
