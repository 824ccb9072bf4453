#pragma once
// Column families, key layout and RocksDB options of the claim store (docs/STORE.md),
// shared by the transactional path (store.cpp) and the bulk SST path (sst.cpp).
#include <rocksdb/options.h>

#include <string>
#include <string_view>
#include <vector>

#include "core/claim.h"

namespace irkg::store_schema {

inline constexpr const char* kSchemaVersion = "9";
// The older schemas a writer upgrades in place (docs/STORE.md): 3 lacks pair_stats, 4 its
// class, outlet-matrix and year rows, 5 its quarter and ten-day rows; all three get every
// aggregate row rebuilt. 6 (and they) lack the outlet index's claim digests: its values
// are rewritten from the claims. 7 (and they) lack the agency index (by_agency, schema 8):
// it is built from the claims. 8 (and they) lack the agency in the dyad index values and
// the pair x agency rows (schema 9): the dyad index is rewritten from the claims, then
// every aggregate row rebuilt from it.
inline constexpr const char* kSchemaWithoutAggregates = "3";
inline constexpr const char* kSchemaWithFirstAggregates = "4";
inline constexpr const char* kSchemaWithoutQuarters = "5";
inline constexpr const char* kSchemaWithoutOutletDigests = "6";
inline constexpr const char* kSchemaWithoutAgencyIndex = "7";
inline constexpr const char* kSchemaWithoutAgencyRows = "8";
inline bool is_upgradable_schema(std::string_view v) {
  return v == kSchemaWithoutAggregates || v == kSchemaWithFirstAggregates || v == kSchemaWithoutQuarters ||
         v == kSchemaWithoutOutletDigests || v == kSchemaWithoutAgencyIndex || v == kSchemaWithoutAgencyRows;
}
inline constexpr char kSep = '\x1f';  // below every printable char, so "A\x1f" sorts before "AB"

// Meta keys.
inline constexpr const char* kSchemaKey = "schema_version";
inline constexpr const char* kLexiconKey = "lexicon_version";
inline constexpr const char* kCountersKey = "counters";
// Present while a bulk ingest is between its steps: counters are recomputed on next open.
inline constexpr const char* kCountersStaleKey = "counters_stale";

// by_agency (schema 8) is last: the families are opened by name, and older stores lack it.
enum Cf { Meta, Docs, Claims, BySubject, ByObject, ByDyad, ByOutlet, ByDate, DocClaims, Refs, PairStatsCf, ByAgency, kCfCount };
inline constexpr Cf kIndexCfs[] = {BySubject, ByObject, ByDyad, ByOutlet, ByDate, ByAgency};
inline constexpr bool is_index_cf(Cf cf) {
  return cf == BySubject || cf == ByObject || cf == ByDyad || cf == ByOutlet || cf == ByDate || cf == ByAgency;
}

// "default" is a literal: rocksdb::kDefaultColumnFamilyName may not be initialised yet.
inline const std::vector<std::string>& family_names() {
  static const std::vector<std::string> names = {"default",   "documents", "claims",   "by_subject", "by_object",
                                                 "by_dyad",   "by_outlet", "by_date",  "doc_claims", "refs",
                                                 "pair_stats", "by_agency"};
  return names;
}

std::string join(std::initializer_list<std::string_view> parts);

// A claim's index entries (keys and values per family) are built by ClaimEntries,
// store/claim_entries.h.

// Reference-count keys (refs CF) a claim contributes to: "a\x1f<actor id>", "o\x1f<outlet>",
// with the actor each actor key stands for (nullptr for the outlet).
std::vector<std::pair<std::string, const Actor*>> ref_keys(const Claim& c);
// One refs key appended to `out`: an actor id's (`actor`) or an outlet's.
void ref_key_into(std::string& out, bool actor, std::string_view name);
inline bool is_actor_ref(std::string_view key) { return !key.empty() && key[0] == 'a'; }

rocksdb::DBOptions db_options();
// `reader`: options of a read-only open (index and filter blocks loaded when first needed).
rocksdb::ColumnFamilyOptions cf_options(Cf cf, bool reader = false);
// Options for SstFileWriter/SstFileReader: must match the column family's table format.
rocksdb::Options sst_options(Cf cf);
// Read options for every iterator: total order, so that a prefix extractor (the claims
// family had one until its memtable became a vector) can never make a seek skip keys.
rocksdb::ReadOptions scan_options();

}  // namespace irkg::store_schema
