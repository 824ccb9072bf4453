#include "store/schema.h"

#include <rocksdb/cache.h>
#include <rocksdb/filter_policy.h>
#include <rocksdb/memtablerep.h>
#include <rocksdb/table.h>

#include <algorithm>

#include "store/codec.h"
#include "store/pair_rows.h"

namespace irkg::store_schema {
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

void ref_key_into(std::string& out, bool actor, std::string_view name) {
  out += actor ? 'a' : 'o';
  out += kSep;
  out += name;
}

std::vector<std::pair<std::string, const Actor*>> ref_keys(const Claim& c) {
  std::vector<std::pair<std::string, const Actor*>> keys;
  for (const Actor* a : {&c.subject, &c.object})
    if (!a->id.empty()) {
      keys.emplace_back("", a);
      ref_key_into(keys.back().first, true, a->id);
    }
  if (!c.outlet.empty()) {
    keys.emplace_back("", nullptr);
    ref_key_into(keys.back().first, false, c.outlet);
  }
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

rocksdb::ColumnFamilyOptions cf_options(Cf cf, bool reader) {
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
  // A reader loads a table file's index and filter when a query first reads that file,
  // into the block cache, instead of every file's at open (85 MB at 10M claims, most of
  // it the claims family's, which whole-graph commands never read).
  t.cache_index_and_filter_blocks = reader;
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
  // The claim record and index families take 6 of a claim's ~8 writes. An unsorted vector
  // memtable appends in O(1) and sorts once at flush, where a skiplist spent most of the
  // ingest time comparing keys (perf): claim ids are random hashes, so every insert landed
  // somewhere new (a hash-bucketed skiplist still cost 2x the vector on the write; see
  // docs/STORE.md "Ingest"). The cost moves to reads of a not-yet-flushed memtable: an
  // iterator sorts a copy, and a point read in the writer first switches the memtable
  // (Store::Impl::expose_fresh_claims). Readers use skiplists (Store::open).
  // Pair aggregates (schema 4) are written as merge operands that add to a row. The writer
  // never reads them back (a removal rewrites a pair from by_dyad), so they take a vector
  // memtable as well: a skiplist insert per row was a visible share of ingest under perf.
  if (cf == PairStatsCf) o.merge_operator = pair_rows::merge_operator();
  if (is_index_cf(cf) || cf == Claims || cf == PairStatsCf) o.memtable_factory = std::make_shared<rocksdb::VectorRepFactory>();
  return o;
}

rocksdb::ReadOptions scan_options() {
  rocksdb::ReadOptions r;
  r.total_order_seek = true;
  return r;
}

rocksdb::Options sst_options(Cf cf) { return rocksdb::Options(db_options(), cf_options(cf)); }

}  // namespace irkg::store_schema
