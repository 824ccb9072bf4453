// RocksDB-backed claim store: one column family per table/index, every batch of documents
// written in one WriteBatch (data, index entries and counters together) so a crash never
// leaves a claim without its index entries or a counter out of step.
#include "store/store.h"

#include <rocksdb/db.h>
#include <rocksdb/memtablerep.h>
#include <rocksdb/options.h>
#include <rocksdb/write_batch.h>

#include <algorithm>
#include <iterator>
#include <set>
#include <unordered_map>
#include <unordered_set>
#include <unistd.h>

#include <cerrno>
#include <cstring>

#include "store/rocks_logger.h"
#include "store/status_error.h"
#include "store/store_impl.h"

namespace irkg {

using namespace store_schema;
namespace codec = store_codec;

namespace {

std::string_view view(const rocksdb::Slice& s) { return {s.data(), s.size()}; }
rocksdb::Slice slice(std::string_view v) { return {v.data(), v.size()}; }

// The schema version a database with the given families records, read without changing it.
std::optional<std::string> schema_version_of(const std::filesystem::path& dir, const std::vector<std::string>& names) {
  std::vector<rocksdb::ColumnFamilyDescriptor> descs;
  for (const auto& n : names) descs.emplace_back(n, rocksdb::ColumnFamilyOptions());
  std::vector<rocksdb::ColumnFamilyHandle*> handles;
  rocksdb::DB* raw = nullptr;
  rocksdb::DBOptions options;
  options.info_log = make_silent_logger();  // a probe: nothing worth a LOG entry
  const auto status = rocksdb::DB::OpenForReadOnly(options, dir.string(), descs, &handles, &raw);
  // CURRENT is only written once the MANIFEST it names is complete, so a MANIFEST that does
  // not parse is damage, not an interrupted creation.
  if (status.IsCorruption()) throw error_from_status(status, dir, StoreStep::Open);
  if (!status.ok()) return std::nullopt;
  std::unique_ptr<rocksdb::DB> db(raw);
  std::string value;
  const bool found = db->Get(rocksdb::ReadOptions(), kSchemaKey, &value).ok();
  for (auto* h : handles) db->DestroyColumnFamilyHandle(h);
  if (!found) return std::nullopt;
  return value;
}

// Files RocksDB writes before CURRENT when it creates a database. A directory holding only
// these is a creation killed before it finished: nothing was ever stored in it.
bool only_creation_leftovers(const std::filesystem::path& dir) {
  std::error_code ec;
  for (const auto& entry : std::filesystem::directory_iterator(dir, ec)) {
    const std::string name = entry.path().filename().string();
    const bool leftover = name == "LOCK" || name == "IDENTITY" || name.starts_with("LOG") ||
                          name.starts_with("MANIFEST-") || name.starts_with("OPTIONS-") || name.ends_with(".dbtmp");
    if (!leftover) return false;
  }
  return !ec;
}

bool has_table_files(const std::filesystem::path& dir) {
  std::error_code ec;
  for (const auto& entry : std::filesystem::directory_iterator(dir, ec))
    if (entry.path().extension() == ".sst") return true;
  return false;
}

}  // namespace

// ---- Impl ----

Store::Impl::~Impl() {
  if (db && writer) {
    // Readers (secondary instances) replay unflushed WAL into their own memtables; the
    // index families' vector memtables are sorted per iterator, so hand them sorted files.
    // All families are queued first so the flush threads take them in parallel; a waiting
    // Flush over several families would flush them one after another.
    rocksdb::FlushOptions queue;
    queue.wait = false;
    queue.allow_write_stall = true;
    db->Flush(queue, cfs);
    rocksdb::FlushOptions wait;
    db->Flush(wait, cfs);  // best effort: the WAL keeps the data safe either way
  }
  for (auto* h : cfs)
    if (db) db->DestroyColumnFamilyHandle(h);
  db.reset();
  std::error_code ec;
  if (!secondary.empty()) std::filesystem::remove_all(secondary, ec);
}

void Store::Impl::note_written(std::size_t batch_bytes) {
  // The memtables are sized for long ingests (store/schema.cpp), so a short import (a GDELT
  // day, ~100 MB of batches) never fills them and the whole flush used to run at close,
  // alone, after the writer was done (1 s of a 2 s import). Flushing every ~48 MB keeps
  // the flush thread busy while the writer and parser still run.
  constexpr std::uint64_t kFlushEvery = 48u << 20;
  unflushed_bytes += batch_bytes;
  if (unflushed_bytes < kFlushEvery) return;
  unflushed_bytes = 0;
  rocksdb::FlushOptions background;
  background.wait = false;
  background.allow_write_stall = true;
  check(db->Flush(background, cfs));
  fresh_claim_docs.clear();
  dyad_bytes_unswitched = 0;
}

void Store::Impl::expose_fresh_claims(const std::string* doc) const {
  if (fresh_claim_docs.empty() || (doc && !fresh_claim_docs.count(*doc))) return;
  rocksdb::FlushOptions background;
  background.wait = false;  // the switch itself is synchronous; the flush runs behind
  background.allow_write_stall = true;
  check(db->Flush(background, cfs[Claims]));
  fresh_claim_docs.clear();
}

void Store::Impl::check(const rocksdb::Status& s) const {
  if (s.ok()) return;
  // A failed write leaves the store as it was before the batch (WAL records are
  // checksummed; a torn tail is dropped at the next open): the message says so, since the
  // user's worry on a full disk is what happened to what was stored.
  throw error_from_status(s, dir, writer ? StoreStep::Write : StoreStep::Read);
}

StoreError Store::Impl::dangling(std::string_view index, std::string_view claim_id) const {
  // Index entries and their claim are written in one batch, so an entry without its claim
  // means a table file was lost or damaged, never an ingest in progress.
  return StoreError("database is corrupt: " + dir.string() + ": " + std::string(index) + " names claim " +
                    std::string(claim_id) + ", which is not stored");
}

void Store::Impl::require_writer() const {
  if (!writer) throw StoreError("database is open read-only");
}

std::optional<std::string> Store::Impl::get(Cf c, const std::string& key) const {
  std::string value;
  auto s = db->Get(rocksdb::ReadOptions(), cfs[c], key, &value);
  if (s.IsNotFound()) return std::nullopt;
  check(s);
  return value;
}

std::vector<std::optional<std::string>> Store::Impl::multi_get(Cf c, const std::vector<std::string>& keys,
                                                              bool bulk) const {
  std::vector<std::optional<std::string>> out(keys.size());
  if (keys.empty()) return out;
  // In chunks: each value pins its block until copied out, and an export's 45k
  // representatives at once pinned ~45k blocks (hundreds of MB) past the cache's size. A
  // bulk read does not fill the cache (it would evict what point lookups use).
  constexpr std::size_t kChunk = 1024;
  rocksdb::ReadOptions options;
  options.fill_cache = keys.size() <= kChunk && !bulk;
  std::vector<rocksdb::Slice> slices(keys.begin(), keys.end());
  std::vector<rocksdb::PinnableSlice> values(std::min(keys.size(), kChunk));
  std::vector<rocksdb::Status> statuses(values.size());
  for (std::size_t from = 0; from < keys.size(); from += kChunk) {
    const std::size_t n = std::min(kChunk, keys.size() - from);
    db->MultiGet(options, cfs[c], n, slices.data() + from, values.data(), statuses.data());
    for (std::size_t i = 0; i < n; ++i) {
      if (!statuses[i].IsNotFound()) {
        check(statuses[i]);
        out[from + i] = values[i].ToString();
      }
      values[i].Reset();
    }
  }
  return out;
}

std::vector<Claim> Store::Impl::stored_claims_of(const std::string& doc_id) const {
  std::vector<Claim> claims;
  auto ids_record = get(DocClaims, doc_id);
  if (!ids_record) return claims;
  const auto ids = codec::decode_ids(*ids_record);
  expose_fresh_claims(&doc_id);
  const auto records = multi_get(Claims, ids);
  for (std::size_t i = 0; i < ids.size(); ++i)
    if (records[i]) claims.push_back(codec::decode_claim(ids[i], *records[i]));
  return claims;
}

codec::Counters Store::Impl::count_by_scan(std::map<std::string, RefCount>* refs) const {
  codec::Counters c;
  std::map<std::string, RefCount> local;
  auto& counts = refs ? *refs : local;
  std::unique_ptr<rocksdb::Iterator> it(db->NewIterator(scan_options(), cfs[Docs]));
  for (it->SeekToFirst(); it->Valid(); it->Next()) ++c.documents;
  check(it->status());
  it.reset(db->NewIterator(scan_options(), cfs[Claims]));
  for (it->SeekToFirst(); it->Valid(); it->Next()) {
    ++c.claims;
    const Claim claim = codec::decode_claim(view(it->key()), view(it->value()));
    for (auto& [k, actor] : ref_keys(claim)) {
      RefCount& ref = counts[k];
      if (ref.count++ == 0 && actor) ref.actor = *actor;
    }
  }
  check(it->status());
  for (auto& [k, n] : counts) ++(is_actor_ref(k) ? c.actors : c.outlets);
  return c;
}

void Store::Impl::recount() {
  // The aggregates may count claims of the shard whose ingestion was cut short.
  rebuild_pair_stats();
  std::map<std::string, RefCount> refs;
  const codec::Counters fresh = count_by_scan(&refs);
  rocksdb::WriteBatch batch;
  std::unique_ptr<rocksdb::Iterator> it(db->NewIterator(scan_options(), cfs[Refs]));
  for (it->SeekToFirst(); it->Valid(); it->Next())
    if (!refs.count(it->key().ToString())) batch.Delete(cfs[Refs], it->key());
  check(it->status());
  for (auto& [k, ref] : refs)
    batch.Put(cfs[Refs], k, codec::encode_ref(ref.count, is_actor_ref(k) ? &ref.actor : nullptr));
  batch.Put(cfs[Meta], kCountersKey, codec::encode_counters(fresh));
  batch.Delete(cfs[Meta], kCountersStaleKey);
  check(db->Write(rocksdb::WriteOptions(), &batch));
  counters = fresh;
}

// ---- Staging ----

void Staging::put(Cf cf, std::string_view key, std::string_view value) {
  batch_.Put(impl_.cf(cf), slice(key), slice(value));
}
void Staging::del(Cf cf, std::string_view key) { batch_.Delete(impl_.cf(cf), slice(key)); }

void Staging::count_claim(const Claim& c, int delta) {
  claims_delta_ += delta;
  auto count = [&](bool actor_ref, const std::string& name, const Actor* actor) {
    ref_key_.clear();
    ref_key_into(ref_key_, actor_ref, name);
    auto it = ref_deltas_.find(ref_key_);
    if (it == ref_deltas_.end()) {
      it = ref_deltas_.emplace(ref_key_, RefDelta{}).first;
      if (actor) it->second.actor = *actor;
    }
    it->second.delta += delta;
  };
  for (const Actor* a : {&c.subject, &c.object})
    if (!a->id.empty()) count(true, a->id, a);
  if (!c.outlet.empty()) count(false, c.outlet, nullptr);
}

void Staging::add_claim(const Claim& c) {
  record_.clear();
  codec::append_claim(record_, c);
  batch_.Put(impl_.cf(Claims), c.id, record_);
  for (const auto& e : entries_.of(c)) batch_.Put(impl_.cf(e.cf), slice(e.key), slice(e.value));
  count_claim(c, +1);
  aggregates_.add(c);
}

void Staging::remove_claim(const Claim& c) {
  batch_.Delete(impl_.cf(Claims), c.id);
  for (const auto& e : entries_.of(c)) batch_.Delete(impl_.cf(e.cf), slice(e.key));
  count_claim(c, -1);
  aggregates_.remove(c);
}

bool Staging::empty() const {
  return batch_.Count() == 0 && ref_deltas_.empty() && documents_delta_ == 0 && claims_delta_ == 0;
}

codec::Counters Staging::write_counters(rocksdb::WriteBatch& batch) const {
  const Store::Impl& impl = impl_;
  codec::Counters next = impl.counters;
  next.documents = static_cast<std::uint64_t>(static_cast<std::int64_t>(next.documents) + documents_delta_);
  next.claims = static_cast<std::uint64_t>(static_cast<std::int64_t>(next.claims) + claims_delta_);
  std::vector<std::string> keys;
  for (auto& [k, d] : ref_deltas_)
    if (d.delta != 0) keys.push_back(k);
  const auto current = impl.multi_get(Refs, keys);
  for (std::size_t i = 0; i < keys.size(); ++i) {
    const RefDelta& staged = ref_deltas_.at(keys[i]);
    const std::int64_t before = current[i] ? static_cast<std::int64_t>(codec::decode_ref_count(*current[i])) : 0;
    const std::int64_t after = std::max<std::int64_t>(0, before + staged.delta);
    auto& distinct = is_actor_ref(keys[i]) ? next.actors : next.outlets;
    if (before == 0 && after > 0) ++distinct;
    if (before > 0 && after == 0) --distinct;
    if (after == 0) {
      batch.Delete(impl.cf(Refs), keys[i]);
    } else {
      // An actor keeps the description it was first stored with; a new one takes this batch's.
      std::optional<Actor> kept;
      if (is_actor_ref(keys[i]))
        kept = current[i] ? codec::decode_ref_actor(keys[i].substr(2), *current[i]) : std::nullopt;
      if (is_actor_ref(keys[i]) && !kept) kept = staged.actor;
      batch.Put(impl.cf(Refs), keys[i], codec::encode_ref(static_cast<std::uint64_t>(after), kept ? &*kept : nullptr));
    }
  }
  batch.Put(impl.cf(Meta), kCountersKey, codec::encode_counters(next));
  return next;
}

// ---- Store ----

Store::Store(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Store::~Store() = default;
Store::Store(Store&&) noexcept = default;
Store& Store::operator=(Store&&) noexcept = default;

namespace {

// How long a writer waits for the directory lock: a reader holds it (shared) while it opens
// and verifies the store (~0.1 s on a 10M-claim store); a writer holds it for its whole run.
constexpr int kWriterLockPatienceMs = 1000;

// Before anything is read: a path that is a file, and (writer) a directory it cannot write.
void refuse_unusable_path(const std::filesystem::path& dir, Store::Mode mode) {
  std::error_code ec;
  const auto status = std::filesystem::status(dir, ec);
  if (std::filesystem::exists(status) && !std::filesystem::is_directory(status))
    throw StoreError(dir.string() + " is a file, not a database directory");
  if (mode == Store::Mode::ReadWrite && std::filesystem::is_directory(status) && ::access(dir.c_str(), W_OK) != 0)
    throw StoreError("database is read-only: " + dir.string() + " (" + std::strerror(errno) +
                     "); queries work, storing needs write access");
}

// A store of an older schema (before the current pair aggregates or the outlet index's
// digests): a writer upgrades it at open.
StoreError needs_upgrade(const std::filesystem::path& dir, const std::string& version) {
  const char* lacking = version == kSchemaWithoutAggregates     ? "pair aggregates"
                        : version == kSchemaWithFirstAggregates ? "pair aggregates' class, outlet and year rows"
                        : version == kSchemaWithoutQuarters     ? "pair aggregates' quarter and ten-day rows"
                        : version == kSchemaWithoutOutletDigests ? "outlet index's claim digests"
                        : version == kSchemaWithoutAgencyIndex  ? "agency index"
                                                                : "pair aggregates' agency rows";
  return StoreError("schema version " + version + " in " + dir.string() + " predates the " + lacking + " (schema " +
                    kSchemaVersion + "); upgrade it in place with: irkg compact --db " + dir.string());
}

// The families a database has, checked against ours: a foreign database, an older schema, a
// creation killed half-way (writer: finished later), or a lost family (damage).
void check_families(const std::filesystem::path& dir, Store::Mode mode) {
  const auto& families = family_names();
  std::vector<std::string> names;
  auto s = rocksdb::DB::ListColumnFamilies(rocksdb::DBOptions(), dir.string(), &names);
  if (!s.ok()) {
    // CURRENT exists, so a MANIFEST that cannot be read is damage, unless it is unreadable.
    if (is_read_only(s)) throw StoreError("cannot read database " + dir.string() + ": " + s.ToString());
    throw StoreError("database is corrupt: " + dir.string() + ": " + s.ToString());
  }
  const std::set<std::string> found(names.begin(), names.end());
  const std::set<std::string> ours(families.begin(), families.end());
  if (found == ours) return;
  const bool subset = std::includes(ours.begin(), ours.end(), found.begin(), found.end());
  if (!subset) throw StoreError("not an irkg database: " + dir.string());
  // Either a store of an older schema (schema 1 had no refs family), a writer killed while
  // creating the families, or a family lost from a store of this schema. Only the first and
  // the last have a schema version in meta.
  if (auto version = schema_version_of(dir, names)) {
    // An older schema lacks only the families added since (schema 3 pair_stats, 7 and
    // older by_agency): a writer creates them and upgrades (Store::open).
    if (is_upgradable_schema(*version)) {
      std::set<std::string> added{family_names()[ByAgency]};
      if (*version == kSchemaWithoutAggregates) added.insert(family_names()[PairStatsCf]);
      std::set<std::string> lacking;
      std::set_difference(ours.begin(), ours.end(), found.begin(), found.end(), std::inserter(lacking, lacking.end()));
      if (std::includes(added.begin(), added.end(), lacking.begin(), lacking.end())) {
        if (mode == Store::Mode::ReadWrite) return;
        throw needs_upgrade(dir, *version);
      }
    }
    if (*version != kSchemaVersion)
      throw StoreError("schema version " + *version + " in " + dir.string() + " is not supported (expected " +
                       kSchemaVersion + "); re-ingest into a new store");
    std::string missing;
    for (const auto& name : families)
      if (!found.count(name)) missing += (missing.empty() ? "" : ", ") + name;
    throw StoreError("database is corrupt: " + dir.string() + ": column family " + missing + " is missing");
  }
  // A writer finishes the creation (checked in Store::open: meta must be empty); a reader refuses.
  if (mode != Store::Mode::ReadWrite) throw StoreError("not an irkg database: " + dir.string());
}

// Every table file the MANIFEST names has the size it recorded. A file cut short past its
// footer is otherwise found only when a read reaches the missing part. Only without a
// writer: a running writer's compactions delete files the reader may still list.
void check_table_sizes(rocksdb::DB& db, const std::filesystem::path& dir) {
  std::vector<rocksdb::LiveFileMetaData> files;
  db.GetLiveFilesMetaData(&files);
  for (const auto& f : files) {
    const std::filesystem::path file = std::filesystem::path(f.db_path) / std::filesystem::path(f.name).relative_path();
    std::error_code ec;
    const auto size = std::filesystem::file_size(file, ec);
    if (ec) throw StoreError("database is corrupt: " + dir.string() + ": table file " + file.filename().string() + ": " + ec.message());
    if (size != f.size)
      throw StoreError("database is corrupt: " + dir.string() + ": table file " + file.filename().string() + " has " +
                       std::to_string(size) + " bytes, the store recorded " + std::to_string(f.size));
  }
}

}  // namespace

Store Store::open(const std::filesystem::path& dir, Mode mode, ReadAccess access) {
  auto impl = std::make_unique<Impl>();
  impl->dir = dir;
  impl->writer = mode == Mode::ReadWrite;
  const auto& families = family_names();
  refuse_unusable_path(dir, mode);

  // A writer locks the directory before it looks at anything, so what it checks is what
  // it opens, and no second writer that got past a deleted LOCK file can join it.
  if (mode == Mode::ReadWrite) {
    std::error_code ec;
    std::filesystem::create_directories(dir, ec);  // RocksDB only creates the last level
    if (ec) throw StoreError("cannot create database directory " + dir.string() + ": " + ec.message());
    DirectoryLock::Outcome outcome;
    impl->writer_lock = DirectoryLock::acquire(dir, DirectoryLock::Kind::Exclusive, kWriterLockPatienceMs, outcome);
    if (outcome == DirectoryLock::Outcome::Busy)
      throw StoreError("database is in use by another process: " + dir.string());
  }

  bool exists = std::filesystem::exists(dir / "CURRENT");
  if (!exists && std::filesystem::is_directory(dir) && has_table_files(dir))
    throw StoreError("database is corrupt: " + dir.string() + ": CURRENT file is missing");
  if (mode == Mode::ReadOnly && !exists) throw StoreError("no database at " + dir.string());
  if (exists) {
    check_families(dir, mode);
  } else if (std::filesystem::exists(dir) && !std::filesystem::is_empty(dir)) {
    if (mode != Mode::ReadWrite || !only_creation_leftovers(dir))
      throw StoreError("not an irkg database: " + dir.string());
    // else: a writer killed while creating the store; opening creates it afresh.
  }

  rocksdb::DBOptions options = db_options();
  options.info_log = mode == Mode::ReadWrite ? make_tolerant_file_logger(dir / "LOG") : make_silent_logger();
  std::vector<rocksdb::ColumnFamilyDescriptor> descs;
  for (std::size_t i = 0; i < families.size(); ++i) {
    auto cf = cf_options(static_cast<Cf>(i), mode != Mode::ReadWrite);
    // A reader replays the writer's unflushed WAL into memtables of its own and then reads
    // them: skiplists, sorted as they fill, where the writer's vectors would be sorted
    // again for every point read.
    if (mode != Mode::ReadWrite) cf.memtable_factory = std::make_shared<rocksdb::SkipListFactory>();
    descs.emplace_back(families[i], cf);
  }

  rocksdb::DB* raw = nullptr;
  rocksdb::Status s;
  if (mode == Mode::ReadWrite) {
    s = rocksdb::DB::Open(options, dir.string(), descs, &impl->cfs, &raw);
    if (s.IsIOError() && s.ToString().find("lock") != std::string::npos && !is_read_only(s))
      throw StoreError("database is in use by another process: " + dir.string());
  } else {
    options.max_open_files = -1;  // every table file opened (footer and index checked) at open
    // Readers do point lookups of claim records all over the store: through a mapping a
    // block read is a memory access, not a pread system call.
    options.allow_mmap_reads = access == ReadAccess::Mapped;
    // Without a writer, a plain read-only open: RocksDB then checks that every table file
    // the MANIFEST names is there and whole. A secondary instance (needed while a writer
    // runs) silently falls back to the last state whose files are all present, which
    // turned a deleted table file into missing claims with exit 0 (issue 19). The shared
    // lock keeps a writer from starting while the files are checked and opened.
    DirectoryLock::Outcome outcome;
    DirectoryLock no_writer = DirectoryLock::acquire(dir, DirectoryLock::Kind::Shared, 0, outcome);
    if (outcome == DirectoryLock::Outcome::Locked) {
      s = rocksdb::DB::OpenForReadOnly(options, dir.string(), descs, &impl->cfs, &raw);
    } else {
      // A secondary instance reads while a writer holds the lock; it needs its own dir.
      impl->secondary = std::filesystem::temp_directory_path() /
                        ("irkg-secondary-" + std::to_string(::getpid()) + "-" +
                         std::to_string(reinterpret_cast<std::uintptr_t>(impl.get())));
      s = rocksdb::DB::OpenAsSecondary(options, dir.string(), impl->secondary.string(), descs, &impl->cfs, &raw);
      if (s.ok()) s = raw->TryCatchUpWithPrimary();
    }
  }
  if (!s.ok()) throw error_from_status(s, dir, StoreStep::Open);
  impl->db.reset(raw);
  if (mode == Mode::ReadOnly && impl->secondary.empty()) check_table_sizes(*impl->db, dir);

  auto version = impl->get(Meta, kSchemaKey);
  if (!version && mode == Mode::ReadWrite) {
    std::unique_ptr<rocksdb::Iterator> it(impl->db->NewIterator(scan_options(), impl->cfs[Meta]));
    it->SeekToFirst();
    if (it->Valid()) throw StoreError("not an irkg database: " + dir.string());
    rocksdb::WriteBatch batch;
    batch.Put(impl->cfs[Meta], kSchemaKey, kSchemaVersion);
    batch.Put(impl->cfs[Meta], kCountersKey, codec::encode_counters({}));
    impl->check(impl->db->Write(rocksdb::WriteOptions(), &batch));
  } else if (version && is_upgradable_schema(*version)) {
    if (mode != Mode::ReadWrite) throw needs_upgrade(dir, *version);
    // In one pass over the claims the dyad entries of claims with an agency (their values
    // carry it since schema 9), the agency index (before 8) and the outlet index (before 7: without digests);
    // then every aggregate row from the dyad index in batches (they are cleared first: the
    // agency rows are new in 9), then the version: an upgrade killed half way leaves the
    // old version, and the next writer starts it again.
    std::vector<Cf> rebuilt;
    if (*version != kSchemaWithoutAgencyRows) rebuilt.push_back(ByAgency);
    if (*version != kSchemaWithoutAgencyRows && *version != kSchemaWithoutAgencyIndex) rebuilt.push_back(ByOutlet);
    impl->rebuild_indexes_from_claims(rebuilt, /*agency_dyads=*/true);
    impl->rebuild_pair_stats();
    impl->check(impl->db->Put(rocksdb::WriteOptions(), impl->cfs[Meta], kSchemaKey, kSchemaVersion));
  } else if (version && *version != kSchemaVersion) {
    throw StoreError("schema version " + *version + " in " + dir.string() + " is not supported (expected " +
                     kSchemaVersion + ")");
  }
  if (mode == Mode::ReadWrite) {
    if (impl->get(Meta, kCountersStaleKey)) {
      impl->recount();  // a bulk ingest was interrupted between its steps
    } else if (auto c = impl->get(Meta, kCountersKey)) {
      impl->counters = codec::decode_counters(*c);
    }
  }
  return Store(std::move(impl));
}

std::vector<IngestResult> Store::put_documents(
    const std::vector<std::pair<StoredDocument, std::vector<Claim>>>& docs) {
  impl_->require_writer();
  std::vector<std::string> ids;
  ids.reserve(docs.size());
  for (const auto& entry : docs) ids.push_back(entry.first.id);
  const auto existing = impl_->multi_get(Docs, ids);  // bloom filters make misses cheap

  Staging staging(*impl_);
  // A document given twice in one call: the later copy is compared with the earlier one.
  std::unordered_map<std::string, const std::pair<StoredDocument, std::vector<Claim>>*> staged;
  std::vector<IngestResult> results;
  results.reserve(docs.size());
  for (std::size_t i = 0; i < docs.size(); ++i) {
    const auto& [doc, claims] = docs[i];
    for (const auto& c : claims)
      if (c.id.empty()) throw StoreError("claim without id in document " + doc.id);
    const auto earlier = staged.find(doc.id);
    const bool had_earlier = earlier != staged.end();
    const bool had_stored = !had_earlier && existing[i].has_value();
    if (had_earlier || had_stored) {
      const std::string old_hash =
          had_earlier ? earlier->second->first.content_hash : codec::decode_document_hash(*existing[i]);
      if (old_hash == doc.content_hash) {
        results.push_back(IngestResult::Unchanged);
        continue;
      }
      // Remove the previous version's claims and every index entry they had.
      for (const auto& old : had_earlier ? earlier->second->second : impl_->stored_claims_of(doc.id))
        staging.remove_claim(old);
    } else {
      staging.count_document(+1);
    }
    // Claim ids hash the document id (compute_claim_id), so a claim id cannot belong to
    // another document short of a 96-bit hash collision: no per-claim lookup is needed.
    // A claim given twice (same id) is one claim: stored and counted once.
    std::vector<std::string> claim_ids;
    claim_ids.reserve(claims.size());
    std::unordered_set<std::string_view> seen;
    for (const auto& c : claims) {
      if (!seen.insert(c.id).second) continue;
      staging.add_claim(c);
      claim_ids.push_back(c.id);
    }
    staging.put(DocClaims, doc.id, codec::encode_ids(claim_ids));
    staging.put(Docs, doc.id, codec::encode_document(doc));
    stage_story_index(staging, doc);
    staged[doc.id] = &docs[i];
    results.push_back(had_earlier || had_stored ? IngestResult::Replaced : IngestResult::Added);
  }
  if (staging.empty()) return results;
  auto& batch = staging.writes();
  staging.write_aggregates(batch);
  const auto next = staging.write_counters(batch);
  impl_->check(impl_->db->Write(rocksdb::WriteOptions(), &batch));
  impl_->counters = next;
  for (std::size_t i = 0; i < docs.size(); ++i)
    if (results[i] != IngestResult::Unchanged && !docs[i].second.empty()) {
      impl_->fresh_claim_docs.insert(docs[i].first.id);
    }
  impl_->dyad_bytes_unswitched += batch.GetDataSize();
  impl_->note_written(batch.GetDataSize());
  return results;
}

IngestResult Store::put_document(const StoredDocument& doc, const std::vector<Claim>& claims) {
  return put_documents({{doc, claims}}).at(0);
}

void Store::replace_claims(const std::string& doc_id, const std::vector<Claim>& claims) {
  impl_->require_writer();
  if (!impl_->get(Docs, doc_id)) throw StoreError("no document " + doc_id + " in " + impl_->dir.string());
  Staging staging(*impl_);
  for (const auto& old : impl_->stored_claims_of(doc_id)) staging.remove_claim(old);
  std::vector<std::string> claim_ids;
  std::unordered_set<std::string_view> seen;
  for (const auto& c : claims) {
    if (c.id.empty()) throw StoreError("claim without id in document " + doc_id);
    if (!seen.insert(c.id).second) continue;
    staging.add_claim(c);
    claim_ids.push_back(c.id);
  }
  staging.put(DocClaims, doc_id, codec::encode_ids(claim_ids));
  auto& batch = staging.writes();
  staging.write_aggregates(batch);
  const auto next = staging.write_counters(batch);
  impl_->check(impl_->db->Write(rocksdb::WriteOptions(), &batch));
  impl_->counters = next;
  if (!claims.empty()) impl_->fresh_claim_docs.insert(doc_id);
  impl_->dyad_bytes_unswitched += batch.GetDataSize();
}

std::optional<StoredDocument> Store::document(const std::string& id) const {
  auto v = impl_->get(Docs, id);
  if (!v) return std::nullopt;
  return codec::decode_document(id, *v);
}

void Store::for_each_document(const std::function<void(const StoredDocument&)>& fn) const {
  std::unique_ptr<rocksdb::Iterator> it(impl_->db->NewIterator(scan_options(), impl_->cfs[Docs]));
  for (it->SeekToFirst(); it->Valid(); it->Next()) fn(codec::decode_document(view(it->key()), view(it->value())));
  impl_->check(it->status());
}

void Store::for_each_claim(const std::function<void(const Claim&)>& fn) const {
  std::unique_ptr<rocksdb::Iterator> it(impl_->db->NewIterator(scan_options(), impl_->cfs[Claims]));
  Claim c;  // one record reused for the whole scan
  for (it->SeekToFirst(); it->Valid(); it->Next()) {
    codec::decode_claim_into(view(it->key()), view(it->value()), c);
    fn(c);
  }
  impl_->check(it->status());
}

std::vector<Claim> Store::claims(const ClaimFilter& f) const {
  std::vector<Claim> out;
  for_each_claim(f, [&](const Claim& c) { out.push_back(c); });
  return out;
}

bool Store::has_actor(const std::string& id) const { return impl_->get(Refs, join({"a", id})).has_value(); }

std::optional<Actor> Store::actor(const std::string& id) const {
  auto record = impl_->get(Refs, join({"a", id}));
  return record ? codec::decode_ref_actor(id, *record) : std::nullopt;
}

std::vector<std::optional<Claim>> Store::claims_by_id(const std::vector<std::string>& ids) const {
  std::vector<std::optional<Claim>> out(ids.size());
  impl_->expose_fresh_claims(nullptr);
  const auto records = impl_->multi_get(Claims, ids);
  for (std::size_t i = 0; i < ids.size(); ++i)
    if (records[i]) out[i] = codec::decode_claim(ids[i], *records[i]);
  return out;
}

std::vector<Claim> Store::indexed_claims(const std::vector<std::string>& ids, bool bulk) const {
  impl_->expose_fresh_claims(nullptr);
  const auto records = impl_->multi_get(Claims, ids, bulk);
  std::vector<Claim> out;
  out.reserve(ids.size());
  for (std::size_t i = 0; i < ids.size(); ++i) {
    if (!records[i]) throw impl_->dangling("an index", ids[i]);
    out.push_back(codec::decode_claim(ids[i], *records[i]));
  }
  return out;
}

std::optional<Claim> Store::claim(const std::string& id) const {
  impl_->expose_fresh_claims(nullptr);
  auto record = impl_->get(Claims, id);
  return record ? std::optional<Claim>(codec::decode_claim(id, *record)) : std::nullopt;
}

StoreStats Store::stats() const {
  StoreStats st;
  codec::Counters c;
  if (impl_->get(Meta, kCountersStaleKey)) {
    c = impl_->count_by_scan(nullptr);  // an interrupted bulk ingest: count the slow way
  } else if (auto rec = impl_->get(Meta, kCountersKey)) {
    c = codec::decode_counters(*rec);
  }
  st.documents = c.documents;
  st.claims = c.claims;
  st.actors = c.actors;
  st.outlets = c.outlets;
  // First and last dated claim: the ends of the date index. Undated keys start with kSep;
  // stores written before that fix have them as bare claim ids among the dates, so a key
  // counts only when its first part has a date's shape ("2022-04-12", "2022-04", "2022").
  const auto date_of = [](const rocksdb::Slice& key) -> std::string {
    const std::string k = key.ToString();
    const std::size_t sep = k.find(kSep);
    if (sep == std::string::npos || sep < 4) return {};
    for (std::size_t i = 0; i < 4; ++i)
      if (k[i] < '0' || k[i] > '9') return {};
    if (sep > 4 && k[4] != '-') return {};
    return k.substr(0, sep);
  };
  std::unique_ptr<rocksdb::Iterator> it(impl_->db->NewIterator(scan_options(), impl_->cfs[ByDate]));
  for (it->Seek(std::string(1, static_cast<char>(kSep + 1))); it->Valid(); it->Next())
    if (st.first_date = date_of(it->key()); !st.first_date.empty()) break;
  for (it->SeekToLast(); it->Valid(); it->Prev())
    if (st.last_date = date_of(it->key()); !st.last_date.empty()) break;
  impl_->check(it->status());
  for (auto& e : std::filesystem::recursive_directory_iterator(impl_->dir))
    if (e.is_regular_file()) st.bytes_on_disk += e.file_size();
  st.schema_version = impl_->get(Meta, kSchemaKey).value_or("");
  st.lexicon_version = impl_->get(Meta, kLexiconKey).value_or("");
  return st;
}

void Store::compact() {
  impl_->require_writer();
  rocksdb::CompactRangeOptions options;
  options.bottommost_level_compaction = rocksdb::BottommostLevelCompaction::kForce;
  for (auto* cf : impl_->cfs) impl_->check(impl_->db->CompactRange(options, cf, nullptr, nullptr));
}

void Store::set_lexicon_version(const std::string& version) {
  impl_->require_writer();
  impl_->check(impl_->db->Put(rocksdb::WriteOptions(), impl_->cfs[Meta], kLexiconKey, version));
}

std::string Store::fingerprint() const {
  std::uint64_t h = 1469598103934665603ULL;  // FNV-1a: stable across machines, no deps
  auto mix = [&h](rocksdb::Slice s) {
    for (char ch : std::string_view(s.data(), s.size())) h = (h ^ static_cast<unsigned char>(ch)) * 1099511628211ULL;
    h = (h ^ 0xff) * 1099511628211ULL;  // separator so "ab","c" differs from "a","bc"
  };
  for (std::size_t cf = Docs; cf < impl_->cfs.size(); ++cf) {
    mix(family_names()[cf]);
    std::unique_ptr<rocksdb::Iterator> it(impl_->db->NewIterator(scan_options(), impl_->cfs[cf]));
    for (it->SeekToFirst(); it->Valid(); it->Next()) mix(it->key()), mix(it->value());
    impl_->check(it->status());
  }
  char buf[17];
  std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(h));
  return buf;
}

}  // namespace irkg
