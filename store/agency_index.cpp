// The agency index (schema 8, docs/STORE.md "by_agency"): each claim of a syndicated
// story has an entry "agency \x1f date \x1f claim id" whose value is the claim's digest
// and outlet, so `--agency` graphs are one range scan per agency and read no claim record
// (they read every record of the store, or of the window, and kept the agency's before).
#include "store/codec.h"
#include "store/merged_ranges.h"
#include "store/store_impl.h"

namespace irkg {

using namespace store_schema;
namespace codec = store_codec;

void Store::for_each_agency_fact(const std::vector<std::string>& agencies, const std::string& since,
                                 const std::string& until,
                                 const std::function<void(const ActorFact&, std::string_view agency)>& fn) const {
  // Every block of the ranges is read once: caching them would only grow the resident set.
  rocksdb::ReadOptions options = scan_options();
  options.fill_cache = false;
  options.readahead_size = 2u << 20;
  std::vector<std::string> prefixes;
  for (const auto& agency : agencies) prefixes.push_back(agency + kSep);
  MergedRanges entries(*impl_->db, impl_->cfs[ByAgency], prefixes, since, until, /*dated=*/true, options);
  ActorFact f;
  std::string_view rest, value;
  while (entries.current(rest, value)) {
    // rest = date \x1f claim id; one more separator: the key of an agency whose name
    // extends this one's (as in the outlet index).
    const std::size_t last = rest.rfind(kSep);
    if (last == std::string_view::npos) throw StoreError("database is corrupt: malformed agency index key");
    f.date = rest.substr(0, last);
    if (f.date.find(kSep) != std::string_view::npos) {
      entries.advance();
      continue;
    }
    f.claim_id = rest.substr(last + 1);
    try {
      codec::decode_agency_value(value, f);
    } catch (const StoreError&) {
      throw StoreError("database is corrupt: the agency index entry of claim " + std::string(f.claim_id) +
                       " is malformed (irkg check says more)");
    }
    const std::string_view prefix = entries.current_prefix();
    fn(f, prefix.substr(0, prefix.size() - 1));
    entries.advance();
  }
  impl_->check(entries.status());
}

}  // namespace irkg
