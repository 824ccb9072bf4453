// Index families rebuilt from the claims (schema upgrades, docs/STORE.md): the outlet
// index's digests (schema 7) and the agency index (schema 8) for a store that predates
// them, and the dyad entries of claims with a wire agency (schema 9: the value carries it).
// One pass over the claims writes every family asked for.
#include <rocksdb/write_batch.h>

#include "store/claim_entries.h"
#include "store/codec.h"
#include "store/store_impl.h"

namespace irkg {

using namespace store_schema;
namespace codec = store_codec;

namespace {

std::string_view view(const rocksdb::Slice& s) { return {s.data(), s.size()}; }

// Batches of the rewrite: bounded memory on a 10M-claim store.
constexpr std::size_t kRewriteBatchBytes = 8u << 20;

}  // namespace

void Store::Impl::rebuild_indexes_from_claims(const std::vector<Cf>& families, bool agency_dyads) {
  require_writer();
  if (families.empty() && !agency_dyads) return;
  // Every entry goes first (an upgrade interrupted earlier left some rewritten), then the
  // claims' entries, in batches.
  const std::string end(4, '\xff');
  for (const Cf cf : families) check(db->DeleteRange(rocksdb::WriteOptions(), cfs[cf], rocksdb::Slice(), end));
  rocksdb::ReadOptions options = scan_options();
  options.fill_cache = false;
  options.readahead_size = 4u << 20;
  std::unique_ptr<rocksdb::Iterator> it(db->NewIterator(options, cfs[Claims]));
  rocksdb::WriteBatch batch;
  ClaimEntries entries;
  Claim c;
  for (it->SeekToFirst(); it->Valid(); it->Next()) {
    codec::decode_claim_into(view(it->key()), view(it->value()), c);
    for (const Cf cf : families)
      for (const auto& e : entries.of(cf, c)) batch.Put(cfs[cf], e.key, e.value);
    // Same keys, new values: a Put replaces each entry of the older schema.
    if (agency_dyads && !c.agency.empty())
      for (const auto& e : entries.of(ByDyad, c)) batch.Put(cfs[ByDyad], e.key, e.value);
    if (batch.GetDataSize() >= kRewriteBatchBytes) {
      check(db->Write(rocksdb::WriteOptions(), &batch));
      batch.Clear();
    }
  }
  check(it->status());
  check(db->Write(rocksdb::WriteOptions(), &batch));
}

}  // namespace irkg
