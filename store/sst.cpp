// Bulk path: a shard's claims as sorted SST files (no database needed to write them), and
// their ingestion with IngestExternalFiles. Counters stay exact because ingestion first
// classifies every shard document against the store (new / unchanged / replaced).
#include <rocksdb/sst_file_reader.h>
#include <rocksdb/sst_file_writer.h>

#include <unistd.h>

#include <algorithm>
#include <fstream>
#include <map>
#include <unordered_set>

#include "core/hash.h"
#include "store/packed_entries.h"
#include "store/store_impl.h"

namespace irkg {

using namespace store_schema;
namespace codec = store_codec;
namespace fs = std::filesystem;

namespace {

// The families a shard carries; meta and refs are the store's own bookkeeping.
// pair_stats holds merge operands (write_pair_stats_file), written after the others.
constexpr Cf kShardCfs[] = {Docs, Claims, BySubject, ByObject, ByDyad, ByOutlet, ByDate, DocClaims, PairStatsCf, ByAgency};

// A shard of schema 8 whose claims name no agency has no by_agency.sst (RocksDB cannot
// write an empty file) but this empty file instead: a shard with neither was written by an
// older irkg, and its agency entries are made from its claims at load.
constexpr const char* kNoAgencyMarker = "by_agency.none";

// The pair aggregates' file is named by its rows' schema: a shard written by an older
// irkg has pair_stats.sst (schema 4: without the class, matrix and year rows) or
// pair_stats-5.sst (without the quarter and ten-day rows) or pair_stats-6.sst (without the
// agency rows of schema 9), so it is not used and its rows
// are summed from its dyad file at load, like a shard without the file.
constexpr const char* kPairStatsShardFile = "pair_stats-9.sst";
constexpr const char* kOlderPairStatsShardFiles[] = {"pair_stats.sst", "pair_stats-5.sst", "pair_stats-6.sst"};

// A shard of schema 9 has this empty file beside its dyad file: its values carry the
// claims' agencies. A shard without it was written by an older irkg: its dyad file is made
// again from its claims at load (the pair x agency rows are summed from it).
constexpr const char* kAgencyDyadsMarker = "by_dyad.agency";

fs::path shard_file(const fs::path& dir, Cf cf) {
  return dir / (cf == PairStatsCf ? std::string(kPairStatsShardFile) : family_names()[cf] + ".sst");
}

std::string_view view(const rocksdb::Slice& s) { return {s.data(), s.size()}; }

// Calls fn(key, value) for every entry of an SST file.
template <class Fn>
void read_sst(const fs::path& path, Cf cf, Fn&& fn) {
  rocksdb::SstFileReader reader(sst_options(cf));
  auto s = reader.Open(path.string());
  if (!s.ok()) throw StoreError("cannot read shard file " + path.string() + ": " + s.ToString());
  std::unique_ptr<rocksdb::Iterator> it(reader.NewIterator(scan_options()));
  for (it->SeekToFirst(); it->Valid(); it->Next()) fn(view(it->key()), view(it->value()));
  if (!it->status().ok()) throw StoreError("cannot read shard file " + path.string() + ": " + it->status().ToString());
}

// The shard's pair aggregates as merge operands, one per row, from its dyad entries
// (sorted): IngestExternalFiles loads them with the claims, atomically, and they add to
// what the store holds. Used only when none of the shard's documents is stored unchanged
// (ingest_sst; its operands would count those twice).
void write_pair_stats_file(const PackedEntries& dyads, const fs::path& out_dir, SstShardSummary& summary) {
  const fs::path path = shard_file(out_dir, PairStatsCf);
  std::error_code ec;
  fs::remove(path, ec);
  // An older irkg's rows must not stay beside these.
  for (const char* older : kOlderPairStatsShardFiles) fs::remove(out_dir / older, ec);
  PackedEntries rows;
  PairRowStream stream([&](pair_rows::RowSet& pair) {
    for (const auto& [key, stats] : pair) rows.add(key, pair_rows::encode(stats));
  });
  for (std::size_t i = 0; i < dyads.size(); ++i) stream.add(dyads.key(i), dyads.value(i));
  stream.finish();
  if (rows.empty()) return;
  rows.sort_unique();  // keys are unique already: each pair's rows are emitted once
  const fs::path tmp = path.string() + ".tmp";
  rocksdb::SstFileWriter writer(rocksdb::EnvOptions(), sst_options(PairStatsCf));
  auto s = writer.Open(tmp.string());
  for (std::size_t i = 0; s.ok() && i < rows.size(); ++i) s = writer.Merge(rows.key(i), rows.value(i));
  if (s.ok()) s = writer.Finish();
  if (!s.ok()) throw StoreError("cannot write shard file " + tmp.string() + ": " + s.ToString());
  fs::rename(tmp, path, ec);
  if (ec) throw StoreError("cannot write shard file " + path.string() + ": " + ec.message());
  summary.files.push_back(path);
}

// Whether a shard's outlet index file was written before schema 7 (entries without the
// claim digests: empty values).
bool outlet_file_lacks_digests(const fs::path& path) {
  rocksdb::SstFileReader reader(sst_options(ByOutlet));
  auto s = reader.Open(path.string());
  if (!s.ok()) throw StoreError("cannot read shard file " + path.string() + ": " + s.ToString());
  std::unique_ptr<rocksdb::Iterator> it(reader.NewIterator(scan_options()));
  it->SeekToFirst();
  if (!it->status().ok()) throw StoreError("cannot read shard file " + path.string() + ": " + it->status().ToString());
  return it->Valid() && it->value().empty();
}

// The index file of family `cf` an older shard should have had, from its claims file,
// written to `out` (removed by the caller after the ingestion); false when no claim has
// an entry there (no file written).
bool write_index_file_from_claims(const fs::path& claims_file, Cf cf, const fs::path& out) {
  PackedEntries index_entries;
  ClaimEntries encoder;
  read_sst(claims_file, Claims, [&](std::string_view key, std::string_view value) {
    const Claim c = codec::decode_claim(key, value);
    for (const auto& e : encoder.of(cf, c)) index_entries.add(e.key, e.value);
  });
  if (index_entries.empty()) return false;
  index_entries.sort_unique();
  rocksdb::SstFileWriter writer(rocksdb::EnvOptions(), sst_options(cf));
  auto s = writer.Open(out.string());
  for (std::size_t i = 0; s.ok() && i < index_entries.size(); ++i) s = writer.Put(index_entries.key(i), index_entries.value(i));
  if (s.ok()) s = writer.Finish();
  if (!s.ok()) throw StoreError("cannot write " + out.string() + ": " + s.ToString());
  return true;
}

// A file removed when the scope ends (the rewritten outlet file of an older shard).
struct RemovedAtExit {
  fs::path path;
  ~RemovedAtExit() {
    std::error_code ec;
    if (!path.empty()) fs::remove(path, ec);
  }
};

}  // namespace

SstShardSummary Store::write_sst_shard(const std::vector<Claim>& claims, const fs::path& out_dir) {
  // doc id -> claim id -> claim; a claim line given twice is stored once.
  std::map<std::string, std::map<std::string, const Claim*>> by_doc;
  for (const auto& c : claims) {
    if (c.id.empty()) throw StoreError("claim without id in document " + c.doc);
    if (c.doc.empty()) throw StoreError("claim " + c.id + " has no document id");
    by_doc[c.doc].emplace(c.id, &c);
  }
  PackedEntries entries[kCfCount];
  ClaimEntries encoder;
  std::string record;
  SstShardSummary summary;
  constexpr std::size_t kSizingClaims = 2000;
  bool sized = false;
  for (const auto& [doc_id, doc_claims] : by_doc) {
    const Claim& first = *doc_claims.begin()->second;
    StoredDocument doc;
    doc.id = doc_id;
    doc.outlet = first.outlet;
    doc.url = first.url;
    doc.source = first.source;
    std::string all;  // the document's hash covers its claims: same claims, unchanged on re-ingest
    std::vector<std::string> ids;
    for (const auto& [id, c] : doc_claims) {
      record.clear();
      codec::append_claim(record, *c);
      all.append(id).append(record);
      entries[Claims].add(id, record);
      for (const auto& e : encoder.of(*c)) entries[e.cf].add(e.key, e.value);
      ids.push_back(id);
    }
    doc.content_hash = "claims:" + hash128_hex(all);
    entries[Docs].add(doc_id, codec::encode_document(doc));
    entries[DocClaims].add(doc_id, codec::encode_ids(ids));
    ++summary.documents;
    summary.claims += doc_claims.size();
    if (summary.claims >= kSizingClaims && !sized) {
      // Extrapolates each family's size from the first claims, with 10% to spare.
      const double scale = 1.1 * static_cast<double>(claims.size()) / static_cast<double>(summary.claims);
      for (auto& family : entries)
        family.reserve(static_cast<std::size_t>(static_cast<double>(family.size()) * scale),
                       static_cast<std::size_t>(static_cast<double>(family.byte_size()) * scale));
      sized = true;
    }
  }

  std::error_code ec;
  fs::create_directories(out_dir, ec);
  if (ec) throw StoreError("cannot create shard directory " + out_dir.string() + ": " + ec.message());
  fs::remove(out_dir / kNoAgencyMarker, ec);
  {
    std::ofstream marker(out_dir / kAgencyDyadsMarker);
    if (!marker) throw StoreError("cannot write shard file " + (out_dir / kAgencyDyadsMarker).string());
  }
  for (Cf cf : kShardCfs) {
    const fs::path path = shard_file(out_dir, cf);
    fs::remove(path, ec);  // a previous shard's file must not be mixed with this one
    auto& kv = entries[cf];
    if (kv.empty() && cf == ByAgency) {
      std::ofstream marker(out_dir / kNoAgencyMarker);
      if (!marker) throw StoreError("cannot write shard file " + (out_dir / kNoAgencyMarker).string());
    }
    if (kv.empty()) continue;  // RocksDB cannot write an empty SST file
    kv.sort_unique();
    // Written under a temporary name and renamed, so a killed `irkg sst` leaves no
    // truncated file under a name ingest-sst would pick up.
    const fs::path tmp = path.string() + ".tmp";
    rocksdb::SstFileWriter writer(rocksdb::EnvOptions(), sst_options(cf));
    auto s = writer.Open(tmp.string());
    for (std::size_t i = 0; s.ok() && i < kv.size(); ++i) {
      if (i + PackedEntries::kPrefetchAhead < kv.size()) kv.prefetch(i + PackedEntries::kPrefetchAhead);
      s = writer.Put(kv.key(i), kv.value(i));
    }
    if (s.ok()) s = writer.Finish();
    if (!s.ok()) throw StoreError("cannot write shard file " + tmp.string() + ": " + s.ToString());
    fs::rename(tmp, path, ec);
    if (ec) throw StoreError("cannot write shard file " + path.string() + ": " + ec.message());
    summary.files.push_back(path);
  }
  write_pair_stats_file(entries[ByDyad], out_dir, summary);
  return summary;
}

SstIngestSummary Store::ingest_sst(const std::vector<fs::path>& shard_dirs) {
  impl_->require_writer();
  SstIngestSummary summary;
  for (const auto& dir : shard_dirs) {
    if (!fs::exists(shard_file(dir, Docs)))
      throw StoreError("not an irkg shard (no documents.sst): " + dir.string());
    // 1. Classify the shard's documents against the store.
    std::vector<std::string> ids, hashes;
    read_sst(shard_file(dir, Docs), Docs, [&](std::string_view key, std::string_view value) {
      ids.emplace_back(key);
      hashes.push_back(codec::decode_document_hash(value));
    });
    const auto existing = impl_->multi_get(Docs, ids);
    Staging staging(*impl_);
    std::unordered_set<std::string> changed;
    for (std::size_t i = 0; i < ids.size(); ++i) {
      if (!existing[i]) {
        staging.count_document(+1);
        ++summary.added;
      } else if (codec::decode_document_hash(*existing[i]) == hashes[i]) {
        ++summary.unchanged;
        continue;
      } else {
        for (const auto& old : impl_->stored_claims_of(ids[i])) {
          staging.remove_claim(old);
          ++summary.claims_removed;
        }
        ++summary.replaced;
      }
      changed.insert(ids[i]);
    }
    ++summary.shards;
    if (changed.empty()) continue;  // every document already stored as it is: nothing to do
    // 2. Delete replaced documents' old claims, rewrite the pair aggregates of the pairs
    //    they leave, and mark the counters stale: if the process dies before step 4, the
    //    next writer recounts and rebuilds the aggregates instead of trusting them.
    auto& before = staging.writes();
    staging.write_aggregates(before);
    before.Put(impl_->cf(Meta), kCountersStaleKey, "1");
    rocksdb::WriteOptions synced;
    synced.sync = true;
    impl_->check(impl_->db->Write(synced, &before));
    before.Clear();

    //    The new claims, counted for step 4. Their pair aggregates come as merge operands:
    //    the shard's pair_stats file, ingested with the claims in step 3, unless some of
    //    its documents are stored unchanged (its operands would count them again) or the
    //    shard has no such file; then they are summed here from the shard's dyad entries
    //    without those documents' claims, one pair at a time, and written before step 3
    //    (readers keep off the aggregates while the stale mark is set).
    std::unordered_set<std::string> unchanged_claims;
    if (fs::exists(shard_file(dir, Claims)))
      read_sst(shard_file(dir, Claims), Claims, [&](std::string_view key, std::string_view value) {
        Claim c = codec::decode_claim(key, value);
        if (!changed.count(c.doc)) {
          unchanged_claims.emplace(key);
          return;
        }
        staging.count_claim(c, +1);
        ++summary.claims_added;
      });
    // A shard written before schema 9: its dyad values lack the agencies; made again from
    // its claims beside the store, summed here and ingested in step 3 instead.
    RemovedAtExit made_dyads;
    fs::path dyad_file = shard_file(dir, ByDyad);
    if (fs::exists(dyad_file) && !fs::exists(dir / kAgencyDyadsMarker) && fs::exists(shard_file(dir, Claims))) {
      made_dyads.path = impl_->dir / ("by_dyad-of-older-shard-" + std::to_string(::getpid()) + ".tmp");
      write_index_file_from_claims(shard_file(dir, Claims), ByDyad, made_dyads.path);
      dyad_file = made_dyads.path;
    }
    const bool pair_file = unchanged_claims.empty() && fs::exists(shard_file(dir, PairStatsCf));
    if (!pair_file && fs::exists(dyad_file)) {
      constexpr std::size_t kBatchBytes = 8u << 20;
      rocksdb::WriteBatch rows;
      PairRowStream stream([&](pair_rows::RowSet& pair) {
        for (const auto& [key, stats] : pair) rows.Merge(impl_->cf(PairStatsCf), key, pair_rows::encode(stats));
        if (rows.GetDataSize() < kBatchBytes) return;
        impl_->check(impl_->db->Write(rocksdb::WriteOptions(), &rows));
        rows.Clear();
      });
      read_sst(dyad_file, ByDyad,
               [&](std::string_view key, std::string_view value) { stream.add(key, value, &unchanged_claims); });
      stream.finish();
      impl_->check(impl_->db->Write(rocksdb::WriteOptions(), &rows));
    }

    // 3. All column families of the shard in one atomic ingestion. Files are copied, not
    //    moved, so a shard can be ingested again (or into another store).
    //    A shard written before schema 7 has outlet entries without digests: its claims
    //    give them again, into a file beside the store's, ingested in the same call.
    //    A shard written before schema 8 has no agency index file (nor the marker that
    //    says its claims need none): it is made from the claims the same way.
    RemovedAtExit rewritten_outlets, made_agencies;
    std::vector<rocksdb::IngestExternalFileArg> args;
    for (Cf cf : kShardCfs) {
      fs::path path = cf == ByDyad ? dyad_file : shard_file(dir, cf);
      if (cf == ByAgency && !fs::exists(path) && !fs::exists(dir / kNoAgencyMarker) &&
          fs::exists(shard_file(dir, Claims))) {
        made_agencies.path = impl_->dir / ("by_agency-of-older-shard-" + std::to_string(::getpid()) + ".tmp");
        if (!write_index_file_from_claims(shard_file(dir, Claims), ByAgency, made_agencies.path)) continue;
        path = made_agencies.path;
      }
      if (!fs::exists(path) || (cf == PairStatsCf && !pair_file)) continue;
      if (cf == ByOutlet && outlet_file_lacks_digests(path)) {
        rewritten_outlets.path = impl_->dir / ("by_outlet-of-older-shard-" + std::to_string(::getpid()) + ".tmp");
        write_index_file_from_claims(shard_file(dir, Claims), ByOutlet, rewritten_outlets.path);
        path = rewritten_outlets.path;
      }
      rocksdb::IngestExternalFileArg arg;
      arg.column_family = impl_->cf(cf);
      arg.external_files = {path.string()};
      arg.options.move_files = false;
      arg.options.write_global_seqno = false;  // the MANIFEST records it; the file stays as written
      arg.options.verify_checksums_before_ingest = true;
      args.push_back(std::move(arg));
    }
    auto s = impl_->db->IngestExternalFiles(args);
    if (!s.ok()) throw StoreError("cannot ingest shard " + dir.string() + ": " + s.ToString());

    // 4. The new counters, and the stale mark cleared, in one batch.
    rocksdb::WriteBatch after;
    const auto next = staging.write_counters(after);
    after.Delete(impl_->cf(Meta), kCountersStaleKey);
    impl_->check(impl_->db->Write(rocksdb::WriteOptions(), &after));
    impl_->counters = next;
  }
  return summary;
}

}  // namespace irkg
