// Claim store benchmarks (numbers in docs/STORE.md):
// - BM_Ingest: transactional ingest (put_documents, WAL on, all indexes), claims/s.
// - BM_RocksDbFloor: RocksDB alone on BM_Ingest's entries (batches built before the clock
//   starts, no irkg code timed), flushed as the Store flushes, then closed: the speed no
//   change in irkg's own code can beat (docs/STORE.md "Where ingest time goes").
// - BM_SstBulk: the bulk path, write_sst_shard + ingest_sst, claims/s for each step.
// - BM_Queries/N: a store of N synthetic claims (built with the bulk path), p50/p99
//   latency of dyad, actor-as-subject and opposes-like queries, bytes on disk per claim,
//   and a full scan (what `irkg opposes --db` reads).
// - BM_QueriesOnStore: the same queries on a store given by IRKG_BENCH_STORE (10M claims).
// Synthetic corpus: 10 claims per document, 200 state actors, 20 outlets, two years.
#include <benchmark/benchmark.h>

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <map>

#include <rocksdb/db.h>
#include <rocksdb/write_batch.h>

#include "bench/synthetic_claims.h"
#include "store/claim_entries.h"
#include "store/codec.h"
#include "store/schema.h"
#include "store/store.h"

namespace {

namespace fs = std::filesystem;
using Batch = std::vector<std::pair<irkg::StoredDocument, std::vector<irkg::Claim>>>;
using Clock = std::chrono::steady_clock;
constexpr std::size_t kActors = 200;

Batch make_batch(std::mt19937_64& rng, std::size_t first_doc, std::size_t docs) {
  Batch batch;
  for (std::size_t d = first_doc; d < first_doc + docs; ++d) {
    irkg::StoredDocument doc;
    doc.id = "doc" + std::to_string(d);
    doc.content_hash = "h";
    std::vector<irkg::Claim> claims;
    for (int k = 0; k < 10; ++k) {
      auto c = irkg::bench::synthetic_claim(rng, kActors);
      c.doc = doc.id;
      c.evidence.start = static_cast<std::size_t>(k);
      c.id = irkg::compute_claim_id(c);
      claims.push_back(std::move(c));
    }
    batch.emplace_back(std::move(doc), std::move(claims));
  }
  return batch;
}

std::vector<irkg::Claim> claims_of(Batch&& batch) {
  std::vector<irkg::Claim> out;
  for (auto& [doc, claims] : batch)
    for (auto& c : claims) out.push_back(std::move(c));
  return out;
}

double seconds_since(Clock::time_point t) { return std::chrono::duration<double>(Clock::now() - t).count(); }

std::uint64_t dir_bytes(const fs::path& dir) {
  std::uint64_t n = 0;
  for (auto& e : fs::recursive_directory_iterator(dir))
    if (e.is_regular_file()) n += e.file_size();
  return n;
}

const fs::path kBase = fs::temp_directory_path() / "irkg-store-bench";

void BM_Ingest(benchmark::State& state) {
  const fs::path dir = kBase / "ingest";
  fs::remove_all(dir);
  std::size_t next = 0, claims = 0;
  {
    auto store = irkg::Store::open(dir, irkg::Store::Mode::ReadWrite);
    std::mt19937_64 rng(1);
    for (auto _ : state) {
      state.PauseTiming();
      auto batch = make_batch(rng, next, 200);
      next += 200;
      state.ResumeTiming();
      store.put_documents(batch);
      claims += 2000;
    }
  }  // closed: memtables flushed, so the size below is the store's, not the WAL's
  state.counters["claims/s"] = benchmark::Counter(static_cast<double>(claims), benchmark::Counter::kIsRate);
  state.counters["bytes/claim"] = static_cast<double>(dir_bytes(dir)) / static_cast<double>(claims);
  fs::remove_all(dir);
}
BENCHMARK(BM_Ingest)->Iterations(250)->UseRealTime()->Unit(benchmark::kMillisecond);  // 500k claims

void BM_RocksDbFloor(benchmark::State& state) {
  namespace schema = irkg::store_schema;
  const fs::path dir = kBase / "floor";
  double write_s = 0, close_s = 0;
  std::size_t claims = 0, bytes = 0;
  for (auto _ : state) {
    fs::remove_all(dir);
    std::vector<rocksdb::ColumnFamilyDescriptor> descs;
    for (int i = 0; i < schema::kCfCount; ++i)
      descs.emplace_back(schema::family_names()[i], schema::cf_options(static_cast<schema::Cf>(i)));
    std::vector<rocksdb::ColumnFamilyHandle*> cfs;
    rocksdb::DB* raw = nullptr;
    if (!rocksdb::DB::Open(schema::db_options(), dir.string(), descs, &cfs, &raw).ok()) {
      state.SkipWithError("cannot open the floor database");
      return;
    }
    std::unique_ptr<rocksdb::DB> db(raw);
    // The entries Store::put_documents writes for these batches, minus refs and counters.
    std::mt19937_64 rng(1);
    std::vector<rocksdb::WriteBatch> batches(250);
    irkg::store_schema::ClaimEntries entries;
    std::string record;
    claims = bytes = 0;
    for (std::size_t b = 0; b < batches.size(); ++b)
      for (auto& [doc, doc_claims] : make_batch(rng, b * 200, 200)) {
        for (const auto& c : doc_claims) {
          record.clear();
          irkg::store_codec::append_claim(record, c);
          batches[b].Put(cfs[schema::Claims], c.id, record);
          for (const auto& e : entries.of(c))
            batches[b].Put(cfs[e.cf], {e.key.data(), e.key.size()}, {e.value.data(), e.value.size()});
          ++claims;
        }
        std::vector<std::string> ids;
        for (const auto& c : doc_claims) ids.push_back(c.id);
        batches[b].Put(cfs[schema::DocClaims], doc.id, irkg::store_codec::encode_ids(ids));
        batches[b].Put(cfs[schema::Docs], doc.id, irkg::store_codec::encode_document(doc));
      }
    for (auto& batch : batches) bytes += batch.GetDataSize();
    auto start = Clock::now();
    std::size_t unflushed = 0;
    for (auto& batch : batches) {
      if (!db->Write(rocksdb::WriteOptions(), &batch).ok()) state.SkipWithError("write failed");
      // As Store::Impl::note_written: a flush without waiting every ~48 MB of batches.
      if ((unflushed += batch.GetDataSize()) >= (48u << 20)) {
        unflushed = 0;
        rocksdb::FlushOptions background;
        background.wait = false;
        background.allow_write_stall = true;
        db->Flush(background, cfs);
      }
    }
    write_s = seconds_since(start);
    start = Clock::now();
    rocksdb::FlushOptions flush;
    db->Flush(flush, cfs);  // what Store's close does; the flush thread's share of ingest
    for (auto* cf : cfs) db->DestroyColumnFamilyHandle(cf);
    db.reset();
    close_s = seconds_since(start);
    state.SetIterationTime(write_s + close_s);
  }
  state.counters["write_claims/s"] = static_cast<double>(claims) / write_s;
  state.counters["write_us/claim"] = write_s * 1e6 / static_cast<double>(claims);
  state.counters["close_s"] = close_s;
  state.counters["claims/s_write+flush"] = static_cast<double>(claims) / (write_s + close_s);
  state.counters["batch_bytes/claim"] = static_cast<double>(bytes) / static_cast<double>(claims);
  fs::remove_all(dir);
}
BENCHMARK(BM_RocksDbFloor)->Iterations(1)->UseManualTime()->Unit(benchmark::kSecond);  // 500k claims

// Builds a store of `total` claims with the bulk path, in shards of 250k claims.
struct BulkTimes {
  double generate = 0, write = 0, ingest = 0;
};
BulkTimes build_bulk(const fs::path& dir, std::size_t total) {
  BulkTimes t;
  fs::remove_all(dir);
  auto store = irkg::Store::open(dir / "db", irkg::Store::Mode::ReadWrite);
  std::mt19937_64 rng(7);
  constexpr std::size_t kShardDocs = 25'000;
  for (std::size_t doc = 0, shard = 0; doc * 10 < total; doc += kShardDocs, ++shard) {
    auto start = Clock::now();
    auto claims = claims_of(make_batch(rng, doc, std::min(kShardDocs, total / 10 - doc)));
    t.generate += seconds_since(start);
    const fs::path shard_dir = dir / ("shard" + std::to_string(shard));
    start = Clock::now();
    irkg::Store::write_sst_shard(claims, shard_dir);
    t.write += seconds_since(start);
    start = Clock::now();
    store.ingest_sst({shard_dir});
    t.ingest += seconds_since(start);
    fs::remove_all(shard_dir);
  }
  return t;
}

void BM_SstBulk(benchmark::State& state) {
  const auto total = static_cast<std::size_t>(state.range(0));
  BulkTimes t;
  for (auto _ : state) t = build_bulk(kBase / "bulk", total);
  state.counters["sst_write_claims/s"] = static_cast<double>(total) / t.write;
  state.counters["ingest_sst_claims/s"] = static_cast<double>(total) / t.ingest;
  state.counters["bytes/claim"] = static_cast<double>(dir_bytes(kBase / "bulk" / "db")) / static_cast<double>(total);
  fs::remove_all(kBase / "bulk");
}
BENCHMARK(BM_SstBulk)->Arg(500'000)->Iterations(1)->Unit(benchmark::kSecond);

double percentile(std::vector<double> v, double p) {
  std::sort(v.begin(), v.end());
  return v[std::min(v.size() - 1, static_cast<std::size_t>(p * static_cast<double>(v.size())))];
}

template <class Query>
void measure(benchmark::State& state, const std::string& name, std::size_t runs, Query&& query) {
  std::vector<double> micros;
  micros.reserve(runs);
  std::size_t results = 0;
  for (std::size_t i = 0; i < runs; ++i) {
    const auto start = Clock::now();
    results += query(i);
    micros.push_back(seconds_since(start) * 1e6);
  }
  state.counters[name + "_p50_us"] = percentile(micros, 0.50);
  state.counters[name + "_p99_us"] = percentile(micros, 0.99);
  state.counters[name + "_rows"] = static_cast<double>(results) / static_cast<double>(runs);
}

// An ISO date `offset` days into the synthetic two years.
std::string day(std::size_t offset) {
  return irkg::format_iso_date(irkg::civil_from_days(irkg::days_from_civil({2023, 1, 1}) + static_cast<long>(offset)));
}

// The query mix on an open store whose actors are actor_code(0 .. actors-1).
void run_queries(benchmark::State& state, const irkg::Store& store, std::size_t actors) {
  using irkg::ClaimFilter;
  // Claims between two actors, either direction, first page of 100.
  measure(state, "dyad", 1000, [&](std::size_t i) {
    ClaimFilter f;
    f.subject = irkg::bench::actor_code(i % actors);
    f.object = irkg::bench::actor_code((i * 7 + 1) % actors);
    f.either_direction = true;
    f.limit = 100;
    return store.claims(f).size();
  });
  // Everything a dyad said in one month (no limit).
  measure(state, "dyad_month", 1000, [&](std::size_t i) {
    ClaimFilter f;
    f.subject = irkg::bench::actor_code(i % actors);
    f.object = irkg::bench::actor_code((i * 7 + 1) % actors);
    f.either_direction = true;
    f.since = day(i % 700);
    f.until = day(i % 700 + 30);
    return store.claims(f).size();
  });
  // Actor as subject, first page of 100.
  measure(state, "subject", 1000, [&](std::size_t i) {
    ClaimFilter f;
    f.subject = irkg::bench::actor_code(i % actors);
    f.limit = 100;
    return store.claims(f).size();
  });
  // Opposes of one actor in one week, as `irkg opposes ACTOR --since --until` reads it: the
  // actor's index entries carry the facts (schema 3), summed per counterpart; counterparts
  // with a negative balance returned. No claim record is read.
  measure(state, "opposes_week", 300, [&](std::size_t i) {
    const std::string x = irkg::bench::actor_code(i % actors);
    std::map<std::string, double, std::less<>> balance;
    store.for_each_actor_fact(x, day(i % 720), day(i % 720 + 7), [&](const irkg::ActorFact& f) {
      const std::string_view other = f.as_subject ? f.object_state : f.subject_state;
      auto it = balance.find(other);
      if (it == balance.end()) it = balance.emplace(std::string(other), 0.0).first;
      it->second += f.weight;
    });
    return static_cast<std::size_t>(std::count_if(balance.begin(), balance.end(), [](auto& kv) { return kv.second < 0; }));
  });
  // The same week's claims in full (records read): what `irkg claims --subject X --between`
  // pays per row.
  measure(state, "actor_week_claims", 300, [&](std::size_t i) {
    ClaimFilter f;
    f.subject = irkg::bench::actor_code(i % actors);
    f.either_direction = true;
    f.since = day(i % 720);
    f.until = day(i % 720 + 7);
    return store.claims(f).size();
  });
}

void BM_Queries(benchmark::State& state) {
  const auto total = static_cast<std::size_t>(state.range(0));
  const fs::path dir = kBase / ("q" + std::to_string(total));
  const BulkTimes built = build_bulk(dir, total);
  auto store = irkg::Store::open(dir / "db", irkg::Store::Mode::ReadOnly);
  for (auto _ : state) {
    run_queries(state, store, kActors);
    const auto start = Clock::now();
    std::size_t scanned = 0;
    store.for_each_claim([&](const irkg::Claim&) { ++scanned; });
    state.counters["full_scan_claims/s"] = static_cast<double>(scanned) / seconds_since(start);
  }
  state.counters["bytes/claim"] = static_cast<double>(dir_bytes(dir / "db")) / static_cast<double>(total);
  state.counters["build_sst_write_claims/s"] = static_cast<double>(total) / built.write;
  state.counters["build_ingest_sst_claims/s"] = static_cast<double>(total) / built.ingest;
  fs::remove_all(dir);
}

// The same queries on a big store built beforehand (bench/make_claims.py, 300 actors), named
// by IRKG_BENCH_STORE: building 10M claims inside the benchmark would take minutes per run.
void BM_QueriesOnStore(benchmark::State& state) {
  const char* dir = std::getenv("IRKG_BENCH_STORE");
  if (!dir) {
    state.SkipWithError("set IRKG_BENCH_STORE to a store built with bench/make_claims.py");
    return;
  }
  auto store = irkg::Store::open(dir, irkg::Store::Mode::ReadOnly);
  for (auto _ : state) run_queries(state, store, 300);
  state.counters["claims"] = static_cast<double>(store.stats().claims);
}
BENCHMARK(BM_QueriesOnStore)->Iterations(1)->Unit(benchmark::kSecond);

BENCHMARK(BM_Queries)->Arg(1'000'000)->Iterations(1)->Unit(benchmark::kSecond);

}  // namespace
