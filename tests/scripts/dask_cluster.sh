#!/usr/bin/env bash
# The bulk path under a real Dask cluster (scripts/dask_pipeline.py): a dask scheduler and
# two dask worker processes on 127.0.0.1 extract partitions into shards, the client loads
# them, and the store equals a single `irkg ingest` of the same inputs -- claims, stats and
# every export format. Shown on samples/ while every partition's first attempt fails (Dask's
# retries run; with no retries the run fails and loads nothing), and on a generated corpus
# of a few thousand documents while one worker is killed with SIGKILL mid-run.
set -euo pipefail
irkg=$(realpath "$1")
[ -x "$irkg" ] || { echo "no irkg binary at $1"; exit 77; }

# A Python that imports Dask's distributed scheduler: python3 on PATH may be another
# installation than Debian's, which the packages install into.
dask_python() {
  local py
  for py in python3 /usr/bin/python3; do
    command -v "$py" >/dev/null && "$py" -c 'import dask, distributed' 2>/dev/null && { command -v "$py"; return 0; }
  done
  return 1
}
if ! py=$(dask_python); then
  if [ "$(id -u)" -ne 0 ]; then
    echo "Dask is missing and installing it needs root: apt-get install python3-dask python3-distributed"
    exit 1
  fi
  echo "installing python3-dask python3-distributed" >&2
  DEBIAN_FRONTEND=noninteractive apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends python3-dask python3-distributed >/dev/null
  py=$(dask_python) || { echo "python3-dask and python3-distributed installed, but no python3 imports them"; exit 1; }
fi

# Partitions cut JSONL files at byte offsets: at every pair of cut points, the ranges'
# lines are the file's lines, each once and in order (empty lines and a last line without
# a newline included).
PYTHONDONTWRITEBYTECODE=1 "$py" - <<'PY' || { echo "byte-range partitions lose or repeat lines"; exit 1; }
import importlib.util, io
spec = importlib.util.spec_from_file_location("driver", "scripts/dask_pipeline.py")
driver = importlib.util.module_from_spec(spec)
spec.loader.exec_module(driver)
data = b'{"id":"a"}\n\n{"text":"x"}\nshort\n\n\nlast line, no newline'
size = len(data)
for a in range(size + 1):
    for b in range(a, size + 1):
        got = []
        for start, end in ((0, a), (a, b), (b, size)):
            got += list(driver.owned_lines(io.BytesIO(data), start, end))
        assert got == io.BytesIO(data).readlines(), (a, b, got)
PY

tmp=$(mktemp -d)
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill -9 "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
  [ -n "${KEEP_TMP:-}" ] && echo "kept $tmp" || rm -rf "$tmp"
}
trap cleanup EXIT

# The cluster: port 0 lets the scheduler and workers pick free ports; the scheduler file
# tells the workers and the driver where the scheduler listens. Worker scratch space (their
# claims files) lives under $tmp, so a killed worker leaves nothing behind.
mkdir -p "$tmp/worker-tmp"
"$py" -m distributed.cli.dask_scheduler --host 127.0.0.1 --port 0 --no-dashboard \
  --scheduler-file "$tmp/scheduler.json" > "$tmp/scheduler.log" 2>&1 &
pids+=($!)
for _ in $(seq 100); do [ -s "$tmp/scheduler.json" ] && break; sleep 0.2; done
[ -s "$tmp/scheduler.json" ] || { echo "the dask scheduler did not start:"; cat "$tmp/scheduler.log"; exit 1; }
workers=()
for n in 1 2; do
  TMPDIR="$tmp/worker-tmp" "$py" -m distributed.cli.dask_worker --scheduler-file "$tmp/scheduler.json" \
    --host 127.0.0.1 --nthreads 1 --no-nanny --no-dashboard --name "w$n" \
    --local-directory "$tmp/worker-$n" > "$tmp/worker-$n.log" 2>&1 &
  pids+=($!)
  workers+=($!)
done
"$py" -c "from distributed import Client; Client(scheduler_file='$tmp/scheduler.json', timeout=30).wait_for_workers(2, timeout=30)" ||
  { echo "two dask workers did not join:"; cat "$tmp"/worker-*.log; exit 1; }

driver() { "$py" scripts/dask_pipeline.py --scheduler-file "$tmp/scheduler.json" --irkg "$irkg" "$@"; }

# Claims, stats and exports of the two stores are the same. The bulk path stores no
# document text, so the size on disk differs, and records no lexicon version.
same_store() {
  local single=$1 bulk=$2 what=$3
  "$irkg" claims --db "$single" --json | sort > "$tmp/single.claims"
  "$irkg" claims --db "$bulk" --json | sort > "$tmp/bulk.claims"
  [ -s "$tmp/single.claims" ] || { echo "$what: the single ingest stored no claims"; exit 1; }
  diff -q "$tmp/single.claims" "$tmp/bulk.claims" >/dev/null ||
    { echo "$what: claims differ from a single ingest"; diff "$tmp/single.claims" "$tmp/bulk.claims" | head -5; exit 1; }
  local stats_filter='"(bytes_on_disk|lexicon_version)"'
  diff <("$irkg" stats --db "$single" --json | grep -vE "$stats_filter") \
       <("$irkg" stats --db "$bulk" --json | grep -vE "$stats_filter") ||
    { echo "$what: stats differ from a single ingest"; exit 1; }
  local format
  for format in graphml gexf csv json; do
    "$irkg" export --db "$single" --format "$format" -o "$tmp/single.$format" >/dev/null 2>&1
    "$irkg" export --db "$bulk" --format "$format" -o "$tmp/bulk.$format" >/dev/null 2>&1
    cmp -s "$tmp/single.$format" "$tmp/bulk.$format" || { echo "$what: $format export differs"; exit 1; }
  done
  cmp -s "$tmp/single-nodes.csv" "$tmp/bulk-nodes.csv" || { echo "$what: csv nodes table differs"; exit 1; }
  echo "$what: $(wc -l < "$tmp/bulk.claims") claims, stats and 4 export formats equal to a single ingest"
}

# 1. samples/, every partition's first attempt failing after it wrote its shard files.
#    Without retries the run fails and the store is never created.
if driver --db "$tmp/never.db" --shards "$tmp/shards0" --partitions 4 --retries 0 --fail-first-attempt samples/ \
     > "$tmp/noretry.log" 2>&1; then
  echo "a run whose tasks fail with --retries 0 exited 0"; cat "$tmp/noretry.log"; exit 1
fi
grep -q "nothing was loaded" "$tmp/noretry.log" || { echo "unclear failure message:"; cat "$tmp/noretry.log"; exit 1; }
[ ! -e "$tmp/never.db" ] || { echo "a failed run created the store"; exit 1; }

driver --db "$tmp/samples.db" --shards "$tmp/shards1" --partitions 4 --retries 2 --fail-first-attempt \
  --keep-shards samples/ 2> "$tmp/samples.log" >/dev/null || { echo "driver failed on samples/:"; cat "$tmp/samples.log"; exit 1; }
run_dir=$(echo "$tmp"/shards1/run-*)
committed=$(find "$run_dir" -maxdepth 1 -name 'part-*' | wc -l)
attempted=$(find "$run_dir" -maxdepth 1 -name '.attempted-*' | wc -l)
[ "$committed" -ge 2 ] && [ "$committed" -eq "$attempted" ] ||
  { echo "expected every committed partition to have failed once: $committed shards, $attempted failed attempts"; exit 1; }
# The failed attempts wrote whole shards under temporary names; none is left or loaded.
[ -z "$(find "$run_dir" -maxdepth 1 -name '.part-*')" ] || { echo "a failed attempt left its staging shard"; ls -a "$run_dir"; exit 1; }
"$irkg" ingest --db "$tmp/samples-single.db" samples/ >/dev/null
same_store "$tmp/samples-single.db" "$tmp/samples.db" "samples/ with every first attempt failing"

# The object-storage path (upload under a unique prefix, manifest last), through fsspec's
# file:// store; a run that does not keep its shards removes them.
driver --db "$tmp/samples-url.db" --shards "file://$tmp/objects" --partitions 4 --fail-first-attempt samples/ \
  2> "$tmp/samples-url.log" >/dev/null || { echo "driver failed with file:// shards:"; cat "$tmp/samples-url.log"; exit 1; }
[ -z "$(ls -A "$tmp/objects")" ] || { echo "the run left its shards in object storage:"; ls -R "$tmp/objects"; exit 1; }
same_store "$tmp/samples-single.db" "$tmp/samples-url.db" "samples/ with shards in object storage (file://)"

# 2. A generated corpus as a directory of JSONL shards, some documents without an id (irkg
#    names those after a hash of their content, the same in every partition). One worker
#    is killed with SIGKILL once a few shards are committed; the scheduler reruns its tasks
#    on the other, and the store is still the single ingest's.
# Under the sanitizers (IRKG_SANITIZED, set by tests/CMakeLists.txt) irkg is ~13x slower:
# an eighth of the corpus in 8 partitions keeps the suite's time down (~40 documents and
# two seconds or more a task: the kill still lands with most of them to run).
corpus_mb=4 min_documents=2000 partitions=12
[ -z "${IRKG_SANITIZED:-}" ] || corpus_mb=0.5 min_documents=250 partitions=8
mkdir "$tmp/corpus"
"$py" bench/make_corpus.py --mb $corpus_mb --format jsonl --out "$tmp/generated.jsonl" --seed 22 >/dev/null
"$py" -c '
import json, sys
for n, line in enumerate(open(sys.argv[1])):
    doc = json.loads(line)
    if n % 50 == 7:
        del doc["id"]
    print(json.dumps(doc))
' "$tmp/generated.jsonl" > "$tmp/corpus.jsonl"
documents=$(wc -l < "$tmp/corpus.jsonl")
[ "$documents" -ge $min_documents ] || { echo "the generated corpus has only $documents documents"; exit 1; }
split -n l/3 -d --additional-suffix=.jsonl "$tmp/corpus.jsonl" "$tmp/corpus/news-"

driver --db "$tmp/corpus.db" --shards "$tmp/shards2" --partitions $partitions --task-delay 0.3 --keep-shards \
  "$tmp/corpus/" > "$tmp/corpus-run.out" 2> "$tmp/corpus-run.log" &
driver_pid=$!
pids+=($driver_pid)
for _ in $(seq 600); do
  [ "$(find "$tmp/shards2" -mindepth 2 -maxdepth 2 -name 'part-*' 2>/dev/null | wc -l)" -ge 3 ] && break
  sleep 0.1
done
done_before_kill=$(find "$tmp/shards2" -mindepth 2 -maxdepth 2 -name 'part-*' | wc -l)
kill -0 "$driver_pid" 2>/dev/null && [ "$done_before_kill" -lt $partitions ] ||
  { echo "the run ended before a worker could be killed ($done_before_kill shards)"; cat "$tmp/corpus-run.log"; exit 1; }
{ kill -9 "${workers[0]}"; wait "${workers[0]}"; } 2>/dev/null || true
wait "$driver_pid" || { echo "driver failed after a worker was killed:"; cat "$tmp/corpus-run.log"; exit 1; }
"$py" -c "
from distributed import Client
names = sorted(w['name'] for w in Client(scheduler_file='$tmp/scheduler.json').scheduler_info()['workers'].values())
assert names == ['w2'], names
" || { echo "the scheduler does not show worker w1 gone"; exit 1; }
"$irkg" ingest --db "$tmp/corpus-single.db" "$tmp/corpus/" >/dev/null
same_store "$tmp/corpus-single.db" "$tmp/corpus.db" "$documents documents, w1 killed after $done_before_kill of $partitions shards"
grep -q '"doc":"content:' "$tmp/bulk.claims" ||
  { echo "no claim of an id-less document: the content ids went untested"; exit 1; }
