#pragma once
// Private to store/: the Store's state and the batch builder shared by the transactional
// path (store.cpp) and the bulk SST path (sst.cpp).
#include <rocksdb/db.h>
#include <rocksdb/write_batch.h>

#include <map>
#include <memory>
#include <functional>
#include <optional>
#include <set>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "store/claim_entries.h"
#include "store/codec.h"
#include "store/dir_lock.h"
#include "store/pair_rows.h"
#include "store/schema.h"
#include "store/store.h"

namespace irkg {

// One refs entry rebuilt by a scan: the count and, for an actor, its first description.
struct RefCount {
  std::uint64_t count = 0;
  Actor actor;
};

// Dyad index entries in key order (the store's, or a shard's file) to the pair aggregate
// rows they imply, one pair at a time: a pair's rows are complete once its entries end,
// so memory holds one pair's rows (store/pair_aggregates.cpp).
class PairRowStream {
 public:
  using Emit = std::function<void(pair_rows::RowSet& rows)>;
  explicit PairRowStream(Emit emit) : emit_(std::move(emit)) {}
  // One dyad entry; `skip` (may be null) names claims to leave out.
  void add(std::string_view key, std::string_view value, const std::unordered_set<std::string>* skip = nullptr);
  void finish();

 private:
  Emit emit_;
  pair_rows::RowSet rows_;
  std::vector<std::string> keys_;
  std::string a_, b_;
  DyadFact fact_;
};

struct Store::Impl {
  std::filesystem::path dir;
  std::filesystem::path secondary;  // a reader opened while a writer ran: its own directory
  bool writer = false;
  DirectoryLock writer_lock;  // held by a writer for as long as the store is open (store/dir_lock.h)
  std::unique_ptr<rocksdb::DB> db;
  std::vector<rocksdb::ColumnFamilyHandle*> cfs;  // owned by db; destroyed in ~Impl
  store_codec::Counters counters;                 // writer only: what meta "counters" holds
  std::uint64_t unflushed_bytes = 0;              // writer only: batch bytes since the last flush request
  // Called after each committed batch: past a threshold, hands the memtables to the flush
  // thread without waiting, so flushing overlaps the writes instead of all landing on close.
  void note_written(std::size_t batch_bytes);
  // Writer only. The claims family's mutable memtable is a vector (store/schema.cpp), and a
  // point read there copies and sorts it whole. These are the documents whose claims were
  // written since the memtable was last switched; before a read that may need them, the
  // writer switches it (a non-blocking flush): an immutable vector is sorted once, then
  // binary-searched. A superset is harmless (one needless switch).
  mutable std::unordered_set<std::string> fresh_claim_docs;
  // Before reading the claims of `doc` (nullptr: of any document).
  void expose_fresh_claims(const std::string* doc) const;
  // Writer only: the dyad index's memtable is a vector as well; a batch that rewrites pair
  // aggregates reads the index, and an iterator sorts a copy of a mutable vector. Past a
  // few MB written since the last switch, the memtable is switched first (sorted once);
  // below, the copy is cheaper than a flush per re-extracted document.
  mutable std::uint64_t dyad_bytes_unswitched = 0;
  void expose_fresh_dyads() const;

  // Pair aggregates (store/pair_aggregates.cpp). Every row the dyad index implies, pair by
  // pair in key order: fn(rows of that pair). Reads only by_dyad.
  void derive_pair_rows(const PairRowStream::Emit& fn) const;
  // Every entry of `cf` from `start` on while its key starts with `prefix` (empty: to the
  // end), read by RocksDB on a thread of its own and passed to fn on the caller's thread,
  // so iteration and the caller's decoding overlap on two cores (store/fact_scan.cpp).
  // Views are valid during the call only.
  using RawEntryVisitor = std::function<void(std::string_view key, std::string_view value)>;
  // On the reader's thread, before an entry is passed on: true (with `target`, a key past
  // `key`) skips it and seeks there. How a scan of several labels keeps to a range of
  // pairs (a split scan, Store::pair_split_key).
  using SeekRule = std::function<bool(std::string_view key, std::string& target)>;
  void scan_in_background(store_schema::Cf cf, const rocksdb::ReadOptions& options, std::string_view start,
                          std::string_view prefix, const RawEntryVisitor& fn, const SeekRule& seek = nullptr) const;
  // The pair_stats rows a query reads (Store::for_each_pair_stats and for_each_pair_row
  // decode them), as parsed keys and raw values; false when the aggregates cannot answer.
  using RawRowVisitor = std::function<void(const pair_rows::ParsedKey& key, std::string_view value)>;
  bool scan_pair_rows(const PairStatsQuery& query, const RawRowVisitor& fn) const;
  // A date window's class or matrix rows (query.rows Classes or Cells, since/until set),
  // summed from the window's dyad index entries pair by pair, in the order the stored
  // rows come in (store/window_rows.cpp); within query.pairs_from/pairs_to. Class rows go
  // to `views` and/or `stats` (either may be null), matrix rows to `stats`.
  void derive_window_rows(const PairStatsQuery& query, const PairRowVisitor* views, const PairStatsVisitor* stats) const;
  // Writer: replaces the pair_stats family by what the dyad index implies (schema upgrade,
  // recovery of an interrupted bulk load), in batches.
  void rebuild_pair_stats();
  // Writer: replaces these index families by what the claims imply, in one pass over the
  // claims and in batches (schema upgrades: the outlet index's digests from schema 6 and
  // older, the agency index from 7 and older; store/index_rebuild.cpp). `agency_dyads`:
  // also writes the dyad entries of every claim with a wire agency again (their values
  // carry it since schema 9; the other claims' entries are unchanged).
  void rebuild_indexes_from_claims(const std::vector<store_schema::Cf>& families, bool agency_dyads = false);

  ~Impl();
  // Throws the StoreError that says what `s` means for the user: damage ("database is
  // corrupt"), a full disk, a read-only store, or another database error.
  void check(const rocksdb::Status& s) const;
  // The error for an index entry that names a claim the claims family does not hold.
  StoreError dangling(std::string_view index, std::string_view claim_id) const;
  void require_writer() const;
  rocksdb::ColumnFamilyHandle* cf(store_schema::Cf c) const { return cfs[c]; }
  std::optional<std::string> get(store_schema::Cf cf, const std::string& key) const;
  // `bulk`: one of many chunks of a read that visits each record once (an index scan's
  // claims): nothing goes into the block cache, which would only grow the resident set.
  std::vector<std::optional<std::string>> multi_get(store_schema::Cf cf, const std::vector<std::string>& keys,
                                                    bool bulk = false) const;
  // The claims a stored document currently has (empty when it has none).
  std::vector<Claim> stored_claims_of(const std::string& doc_id) const;
  // Counters from a full scan, and the refs they imply (crash recovery of a bulk ingest).
  void recount();
  store_codec::Counters count_by_scan(std::map<std::string, RefCount>* refs) const;
};

// The pair aggregates of one batch (store/pair_aggregates.cpp). Claims added are summed
// into rows written as merge operands (they only add). A claim removed from the store makes
// its pair's rows be rewritten whole, from the dyad index as it stands before the batch
// minus the removed claims plus the added ones: a sum can take a claim out, but a first
// date or a strongest claim cannot be recovered from a row (docs/STORE.md).
class AggregateStaging {
 public:
  // A claim of this batch; `c` must outlive write() (put_documents, replace_claims).
  void add(const Claim& c);
  void remove(const Claim& c);
  bool empty() const { return pending_.empty() && summed_.empty() && rewrites_.empty(); }
  void write(const Store::Impl& impl, rocksdb::WriteBatch& batch);

 private:
  std::unordered_map<std::string_view, const Claim*> pending_;  // by claim id
  pair_rows::RowSet summed_;
  std::set<std::pair<std::string, std::string>> rewrites_;
  std::unordered_set<std::string> removed_;
  std::vector<std::string> keys_;
};

// Story groups: the meta entries that let Store::find_story find `doc` (store/story_index.cpp).
void stage_story_index(Staging& staging, const StoredDocument& doc);

// A dyad index key into `f` (store/fact_scan.cpp); StoreError when malformed.
void parse_dyad_key(std::string_view key, DyadFact& f);


// Collects one batch's writes, straight into a WriteBatch: every family with a lot of
// writes has a vector memtable (store/schema.cpp), which appends in any order, so holding
// keys back to insert them sorted no longer pays. Deletes and puts of one key keep their
// order.
class Staging {
 public:
  explicit Staging(const Store::Impl& impl) : impl_(impl) {}
  void put(store_schema::Cf cf, std::string_view key, std::string_view value);
  void del(store_schema::Cf cf, std::string_view key);
  // A claim with all its index entries, counted in the claims and refs deltas.
  void add_claim(const Claim& c);
  void remove_claim(const Claim& c);
  void count_document(int delta) { documents_delta_ += delta; }
  // Only count (the bulk path: the claim's keys arrive in an SST file).
  void count_claim(const Claim& c, int delta);
  // Appends the pair aggregates' rows (before write_counters and the write).
  void write_aggregates(rocksdb::WriteBatch& batch) { aggregates_.write(impl_, batch); }

  bool empty() const;
  // The staged writes as one batch.
  rocksdb::WriteBatch& writes() { return batch_; }
  // Appends refs updates and the new counters (read-modify-write of the touched refs);
  // returns the counters the batch stores, to adopt once the batch is written.
  store_codec::Counters write_counters(rocksdb::WriteBatch& batch) const;

 private:
  const Store::Impl& impl_;
  rocksdb::WriteBatch batch_;
  store_schema::ClaimEntries entries_;
  AggregateStaging aggregates_;
  std::string record_, ref_key_;  // reused buffers
  struct RefDelta {
    std::int64_t delta = 0;
    std::optional<Actor> actor;  // the first claim's description of an actor ref in this batch
  };
  std::map<std::string, RefDelta> ref_deltas_;
  std::int64_t documents_delta_ = 0, claims_delta_ = 0;
};

}  // namespace irkg
