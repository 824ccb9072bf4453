#!/usr/bin/env bash
# Runs every irkg benchmark and writes docs/BENCHMARKS.md with the machine, the commands
# and the medians. Deterministic inputs (bench/make_corpus.py); repeated runs, medians.
#   bench/run_all.sh            default sizes (10 MB corpus, 1 GB only with --large)
#   bench/run_all.sh --large    adds the 1 GB streaming run for peak memory
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/deps.sh
irkg_install_missing libbenchmark-dev time bc
cmake -S . -B build-bench -DCMAKE_BUILD_TYPE=Release -DIRKG_BENCH=ON >/dev/null
cmake --build build-bench -j"$(nproc)" >/dev/null

work=${IRKG_BENCH_DIR:-/tmp/irkg-bench}
mkdir -p "$work"
report=docs/BENCHMARKS.md.new
irkg=build-bench/irkg

median() { sort -g | awk '{a[NR]=$1} END {if (NR%2) print a[(NR+1)/2]; else print (a[NR/2]+a[NR/2+1])/2}'; }

# wall seconds of one run of a command, 5 runs, median
time_median() {
  local runs=()
  for _ in 1 2 3 4 5; do
    local t0 t1
    t0=$(date +%s.%N); "$@" >/dev/null 2>&1; t1=$(date +%s.%N)
    runs+=("$(echo "$t1 - $t0" | bc -l)")
  done
  printf '%s\n' "${runs[@]}" | median
}

peak_rss_mb() { /usr/bin/time -f '%M' "$@" 2>&1 >/dev/null | tail -1 | awk '{printf "%.0f", $1/1024}'; }

{
  echo "# irkg benchmarks"
  echo
  echo "Written by \`bench/run_all.sh\` on $(date -u +%Y-%m-%d). Machine: $(nproc) cores,"
  echo "$(free -g | awk '/Mem:/ {print $2}') GiB, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')."
  echo "Machines here are noisy: figures are medians of repeated runs; compare ratios, not digits."
  echo
  echo "## Google Benchmark binaries"
  echo
  echo "Each: \`build-bench/NAME --benchmark_repetitions=5 --benchmark_report_aggregates_only=true\`, median shown."
  echo
  echo '```'
  for b in build-bench/bench/*_bench; do
    [ -x "$b" ] || continue
    echo "## $(basename "$b")"
    "$b" --benchmark_repetitions=5 --benchmark_report_aggregates_only=true 2>/dev/null | grep -E "_median|^Benchmark" || true
  done
  echo '```'
  echo
  echo "### Ingest on one core"
  echo
  echo "The issue's target is per core: the same two benchmarks pinned to one core, writer and"
  echo "flush thread sharing it. \`taskset -c 0 build-bench/bench/store_bench --benchmark_filter='BM_Ingest|BM_RocksDbFloor' --benchmark_repetitions=3 --benchmark_report_aggregates_only=true\`:"
  echo
  echo '```'
  taskset -c 0 build-bench/bench/store_bench --benchmark_filter='BM_Ingest|BM_RocksDbFloor' --benchmark_repetitions=3 \
    --benchmark_report_aggregates_only=true 2>/dev/null | grep -E "_median|^Benchmark" || true
  echo '```'
  echo
  echo "## Timed commands (end to end)"
  echo
  python3 bench/make_corpus.py --mb 10 --format pages-jsonl --out "$work/pages10.jsonl" >/dev/null
  python3 bench/make_corpus.py --mb 10 --format jsonl --out "$work/clean10.jsonl" >/dev/null
  sentences=$(python3 -c "import json,re,sys; print(sum(len(re.findall(r'[.!?](?:\s|$)', json.loads(l)['text'])) for l in open(sys.argv[1])))" "$work/clean10.jsonl")
  t1=$(time_median "$irkg" extract "$work/clean10.jsonl")
  t2=$(time_median "$irkg" extract --jobs 2 "$work/clean10.jsonl")
  tp=$(time_median "$irkg" extract "$work/pages10.jsonl")
  echo "| command | input | median wall s | throughput |"
  echo "| --- | --- | --- | --- |"
  echo "| \`irkg extract clean10.jsonl\` (1 job) | 10 MB clean text, $sentences sentences | $t1 | $(echo "$sentences / $t1" | bc) sentences/s, $(echo "10 / $t1" | bc -l | xargs printf '%.1f') MB/s |"
  echo "| \`irkg extract --jobs 2 clean10.jsonl\` | same | $t2 | $(echo "$sentences / $t2" | bc) sentences/s (scaling x$(echo "$t1 / $t2" | bc -l | xargs printf '%.2f')) |"
  echo "| \`irkg extract pages10.jsonl\` (1 job) | 10 MB scraped pages with furniture | $tp | $(echo "10 / $tp" | bc -l | xargs printf '%.1f') MB/s |"
  rm -rf "$work/db"
  ti=$(t0=$(date +%s.%N); "$irkg" ingest --db "$work/db" "$work/clean10.jsonl" >/dev/null 2>&1; t1=$(date +%s.%N); echo "$t1 - $t0" | bc -l)
  nclaims=$("$irkg" stats --db "$work/db" --json | python3 -c "import json,sys; print(json.load(sys.stdin)['claims'])")
  echo "| \`irkg ingest --db db clean10.jsonl\` (extract + store) | 10 MB, $nclaims claims | $(printf '%.2f' "$ti") | $(echo "$nclaims / $ti" | bc) claims/s end to end |"
  echo
  echo "Peak resident memory of \`irkg extract\` (streaming): 10 MB input $(peak_rss_mb "$irkg" extract "$work/pages10.jsonl") MB"
  if [ "${1:-}" = "--large" ]; then
    python3 bench/make_corpus.py --mb 1000 --format pages-jsonl --out "$work/pages1000.jsonl" >/dev/null
    echo ", 1 GB input $(peak_rss_mb "$irkg" extract "$work/pages1000.jsonl") MB"
  fi
  echo
  if [ -n "${IRKG_BENCH_STORE:-}" ]; then
    echo "## CLI queries on a large store"
    echo
    echo "\`IRKG_BENCH_STORE=DIR bench/run_all.sh\` (store built with bench/make_claims.py, see bench/cli_queries.sh)."
    echo
    bench/cli_queries.sh "$irkg" "$IRKG_BENCH_STORE"
    echo
  fi
} > "$report"
mv "$report" docs/BENCHMARKS.md
echo "wrote docs/BENCHMARKS.md"
