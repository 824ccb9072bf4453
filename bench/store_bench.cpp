// Store ingest throughput (claims/s with all indexes, batches of 200 docs x 10 claims) and
// dyad/actor query latency with limit 100 on the store the ingest built.
#include <benchmark/benchmark.h>

#include <filesystem>

#include "bench/synthetic_claims.h"
#include "store/store.h"

namespace {

namespace fs = std::filesystem;
using Batch = std::vector<std::pair<irkg::StoredDocument, std::vector<irkg::Claim>>>;

Batch make_batch(std::mt19937_64& rng, std::size_t first_doc, std::size_t docs) {
  Batch batch;
  for (std::size_t d = first_doc; d < first_doc + docs; ++d) {
    irkg::StoredDocument doc;
    doc.id = "doc" + std::to_string(d);
    doc.content_hash = "h";
    std::vector<irkg::Claim> claims;
    for (int k = 0; k < 10; ++k) {
      auto c = irkg::bench::synthetic_claim(rng, 200);
      c.doc = doc.id;
      c.evidence.start = static_cast<std::size_t>(k);
      c.id = irkg::compute_claim_id(c);
      claims.push_back(std::move(c));
    }
    batch.emplace_back(std::move(doc), std::move(claims));
  }
  return batch;
}

const fs::path kDir = fs::temp_directory_path() / "irkg-store-bench";

void BM_Ingest(benchmark::State& state) {
  fs::remove_all(kDir);
  auto store = irkg::Store::open(kDir, irkg::Store::Mode::ReadWrite);
  std::mt19937_64 rng(1);
  std::size_t next = 0, claims = 0;
  for (auto _ : state) {
    state.PauseTiming();
    auto batch = make_batch(rng, next, 200);
    next += 200;
    state.ResumeTiming();
    store.put_documents(batch);
    claims += 2000;
  }
  state.counters["claims/s"] = benchmark::Counter(static_cast<double>(claims), benchmark::Counter::kIsRate);
  state.counters["bytes/claim"] = static_cast<double>(store.stats().bytes_on_disk) / static_cast<double>(claims);
}
BENCHMARK(BM_Ingest)->Iterations(250)->Unit(benchmark::kMillisecond);  // 500k claims

void BM_DyadQuery(benchmark::State& state) {
  auto store = irkg::Store::open(kDir, irkg::Store::Mode::ReadOnly);
  std::size_t i = 0;
  for (auto _ : state) {
    irkg::ClaimFilter f;
    f.subject = irkg::bench::actor_code(i % 200);
    f.object = irkg::bench::actor_code((i * 7 + 1) % 200);
    f.either_direction = true;
    f.limit = 100;
    benchmark::DoNotOptimize(store.claims(f));
    ++i;
  }
}
BENCHMARK(BM_DyadQuery)->Unit(benchmark::kMicrosecond);

void BM_ActorQuery(benchmark::State& state) {
  auto store = irkg::Store::open(kDir, irkg::Store::Mode::ReadOnly);
  std::size_t i = 0;
  for (auto _ : state) {
    irkg::ClaimFilter f;
    f.subject = irkg::bench::actor_code(i++ % 200);
    f.limit = 100;
    benchmark::DoNotOptimize(store.claims(f));
  }
}
BENCHMARK(BM_ActorQuery)->Unit(benchmark::kMicrosecond);

}  // namespace
