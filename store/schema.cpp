#include "store/schema.h"

#include <rocksdb/cache.h>
#include <rocksdb/filter_policy.h>
#include <rocksdb/memtablerep.h>
#include <rocksdb/slice_transform.h>
#include <rocksdb/table.h>

#include <algorithm>

#include "store/codec.h"

namespace irkg::store_schema {
namespace {

// Codes an actor is indexed under: its country and, when different, its own id.
std::vector<std::string> actor_codes(const Actor& a) {
  std::vector<std::string> codes{a.country.empty() ? a.id : a.country};
  if (!a.id.empty() && a.id != codes[0]) codes.push_back(a.id);
  return codes;
}

}  // namespace

std::string join(std::initializer_list<std::string_view> parts) {
  std::size_t size = parts.size();
  for (auto p : parts) size += p.size();
  std::string key;
  key.reserve(size);
  for (auto p : parts) {
    if (!key.empty()) key += kSep;
    key += p;
  }
  return key;
}

std::vector<std::pair<std::string, std::string>> index_entries(Cf cf, const Claim& c) {
  std::vector<std::pair<std::string, std::string>> entries;
  switch (cf) {
    case BySubject:
      for (auto& s : actor_codes(c.subject)) entries.emplace_back(join({s, c.date, c.outlet, c.id}), store_codec::encode_actor_value(c));
      break;
    case ByObject:
      for (auto& o : actor_codes(c.object)) entries.emplace_back(join({o, c.date, c.outlet, c.id}), store_codec::encode_actor_value(c));
      break;
    case ByDyad: {
      // Which codes a side is: its state-level code (actor_codes()[0]) and/or its own id.
      auto side_bits = [](const Actor& actor, const std::string& code, std::uint8_t state, std::uint8_t own) {
        const auto codes = actor_codes(actor);
        return static_cast<std::uint8_t>((code == codes[0] ? state : 0) | (code == actor.id ? own : 0));
      };
      namespace codec = store_codec;
      for (auto& s : actor_codes(c.subject))
        for (auto& o : actor_codes(c.object)) {
          const bool subject_first = s <= o;
          const auto& a = subject_first ? s : o;
          const auto& b = subject_first ? o : s;
          const Actor& actor_a = subject_first ? c.subject : c.object;
          const Actor& actor_b = subject_first ? c.object : c.subject;
          const std::uint8_t sides = side_bits(actor_a, a, codec::kAState, codec::kAActor) |
                                     side_bits(actor_b, b, codec::kBState, codec::kBActor) |
                                     (subject_first ? codec::kSubjectIsA : 0);
          entries.emplace_back(join({a, b, c.date, c.outlet, c.id}), codec::encode_dyad_value(c, sides));
        }
      break;
    }
    case ByOutlet: entries.emplace_back(join({c.outlet, c.date, c.id}), ""); break;
    case ByDate: entries.emplace_back(join({c.date, c.id}), ""); break;
    default: break;
  }
  if (entries.size() > 1) {
    // Stable: when two code combinations give one key (an actor whose id is its country's
    // code on both sides), the first combination's value is kept.
    std::stable_sort(entries.begin(), entries.end(), [](auto& x, auto& y) { return x.first < y.first; });
    entries.erase(std::unique(entries.begin(), entries.end(), [](auto& x, auto& y) { return x.first == y.first; }),
                  entries.end());
  }
  return entries;
}

std::vector<std::string> index_keys(Cf cf, const Claim& c) {
  std::vector<std::string> keys;
  for (auto& [k, v] : index_entries(cf, c)) keys.push_back(std::move(k));
  return keys;
}

std::vector<std::pair<std::string, const Actor*>> ref_keys(const Claim& c) {
  std::vector<std::pair<std::string, const Actor*>> keys;
  for (const Actor* a : {&c.subject, &c.object})
    if (!a->id.empty()) keys.emplace_back(join({"a", a->id}), a);
  if (!c.outlet.empty()) keys.emplace_back(join({"o", c.outlet}), nullptr);
  return keys;
}

rocksdb::DBOptions db_options() {
  rocksdb::DBOptions o;
  o.create_if_missing = true;
  o.create_missing_column_families = true;
  // Two flush threads: closing a writer (and the periodic flush, store/store.cpp) hands
  // every family's memtable over at once, and one thread flushed them one after another
  // (a GDELT day's close: 0.5 s -> 0.15 s). One compaction thread, as before.
  o.max_background_flushes = 2;
  o.max_background_compactions = 1;
  // Required by the vector memtables; irkg has one writer per store anyway (the LOCK).
  o.allow_concurrent_memtable_write = false;
  // One budget for all memtables: the claims and index families fill together.
  o.db_write_buffer_size = 512u << 20;
  return o;
}

rocksdb::ColumnFamilyOptions cf_options(Cf cf) {
  rocksdb::ColumnFamilyOptions o;
  // Large memtables: fewer flushes and L0 files, so less compaction competes with ingest.
  o.write_buffer_size = (cf == Claims || cf == Docs) ? 128u << 20 : 64u << 20;
  o.max_write_buffer_number = 4;
  o.level0_file_num_compaction_trigger = 8;
  o.level0_slowdown_writes_trigger = 40;
  o.level0_stop_writes_trigger = 64;
  o.target_file_size_base = 64u << 20;
  o.max_bytes_for_level_base = 512u << 20;
  o.compression = rocksdb::kLZ4Compression;  // fast; documents' text dominates size
  rocksdb::BlockBasedTableOptions t;
  // One block cache for every family and every store in the process.
  static const std::shared_ptr<rocksdb::Cache> cache = rocksdb::NewLRUCache(256u << 20);
  t.block_cache = cache;
  // Index families are scanned (big blocks compress well); claims and documents are read
  // one record at a time, where a small block means less to decompress per lookup.
  t.block_size = (cf == Claims || cf == Docs || cf == DocClaims) ? 4 * 1024 : 16 * 1024;
  // Point lookups (document, claim, doc_claims, refs) are mostly for keys that do not
  // exist yet during ingest; a bloom filter answers those without reading a block.
  // Index families are only range-scanned, so they get no filter (it would cost writes).
  if (cf == Docs || cf == Claims || cf == DocClaims || cf == Refs) {
    t.filter_policy.reset(rocksdb::NewBloomFilterPolicy(10));
    o.memtable_whole_key_filtering = true;
    o.memtable_prefix_bloom_size_ratio = 0.02;
  }
  o.table_factory.reset(rocksdb::NewBlockBasedTableFactory(t));
  // Index families are written on every claim (5 of the 8 keys) and never read by the
  // ingest path; an unsorted vector memtable appends in O(1) and sorts once at flush,
  // where a skiplist spent most of the ingest time comparing keys (measured with perf).
  // The cost moves to readers of a not-yet-flushed memtable (sorted per iterator), which
  // is why the writer flushes on close.
  if (is_index_cf(cf)) o.memtable_factory = std::make_shared<rocksdb::VectorRepFactory>();
  // Claim ids are random hashes, so every insert lands somewhere new in one big skiplist;
  // hashing on the first 4 characters splits it into many tiny skiplists (cheap inserts
  // and point reads). Full scans must then ask for total order (scan_options()).
  if (cf == Claims) {
    o.prefix_extractor.reset(rocksdb::NewCappedPrefixTransform(4));
    o.memtable_factory.reset(rocksdb::NewHashSkipListRepFactory(1 << 16));
  }
  return o;
}

rocksdb::ReadOptions scan_options() {
  rocksdb::ReadOptions r;
  r.total_order_seek = true;
  return r;
}

rocksdb::Options sst_options(Cf cf) { return rocksdb::Options(db_options(), cf_options(cf)); }

}  // namespace irkg::store_schema
