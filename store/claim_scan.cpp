// Claims through an index: Store::for_each_claim(filter, fn). The narrowest index the
// filter allows gives claim ids in key order; the records are fetched in chunks, one
// MultiGet each. A read without a limit is a bulk read (a graph over an outlet and a date
// window reads ~50k records of a 10M-claim store): its chunks do not fill the block
// cache, and each is fetched on a helper thread while the one before is decoded and handed
// out on the caller's thread (docs/BENCHMARKS.md "session 15").
#include <rocksdb/db.h>

#include <algorithm>
#include <future>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "store/merged_ranges.h"
#include "store/store_impl.h"

namespace irkg {

using namespace store_schema;
namespace codec = store_codec;

namespace {

bool matches(const Actor& a, const std::string& code) {
  return code.empty() || a.country == code || a.id == code;
}

bool passes(const Claim& c, const ClaimFilter& f) {
  bool direct = matches(c.subject, f.subject) && matches(c.object, f.object);
  bool swapped = f.either_direction && matches(c.subject, f.object) && matches(c.object, f.subject);
  if (!direct && !swapped) return false;
  if (!f.outlet.empty() && c.outlet != f.outlet) return false;
  if (!f.outlets.empty() && std::find(f.outlets.begin(), f.outlets.end(), c.outlet) == f.outlets.end()) return false;
  if (!f.agency.empty() && c.agency != f.agency) return false;
  if (!f.since.empty() && c.date < f.since) return false;
  if (!f.until.empty() && c.date > f.until) return false;
  return true;
}

std::string_view view(const rocksdb::Slice& s) { return {s.data(), s.size()}; }

}  // namespace

void Store::for_each_claim(const ClaimFilter& f, const std::function<void(const Claim&)>& fn) const {
  std::size_t given = 0;
  auto done = [&] { return f.limit != 0 && given >= f.limit; };
  auto give = [&](const Claim& c) {
    fn(c);
    ++given;
  };
  if (f.subject.empty() && f.object.empty() && f.outlet.empty() && f.outlets.empty() && f.since.empty() &&
      f.until.empty()) {
    std::unique_ptr<rocksdb::Iterator> it(impl_->db->NewIterator(scan_options(), impl_->cfs[Claims]));
    Claim c;
    for (it->SeekToFirst(); it->Valid() && !done(); it->Next()) {
      codec::decode_claim_into(view(it->key()), view(it->value()), c);
      if (passes(c, f)) give(c);  // an --agency filter has no index: checked here
    }
    impl_->check(it->status());
    return;
  }
  // One index scan: keys under `prefixes`, dates (when the index has them next) from since
  // to until; `skip` drops claims an earlier scan already gave.
  auto scan = [&](Cf cf, const std::vector<std::string>& prefixes, bool dated,
                  const std::function<bool(const Claim&)>& skip) {
    Claim c;
    const auto hand_out = [&](const std::vector<std::string>& ids, const std::vector<std::optional<std::string>>& records) {
      for (std::size_t i = 0; i < ids.size() && !done(); ++i) {
        if (!records[i]) throw impl_->dangling("the " + family_names()[cf] + " index", ids[i]);
        codec::decode_claim_into(ids[i], *records[i], c);
        if (passes(c, f) && !(skip && skip(c))) give(c);
      }
    };
    const bool bulk = f.limit == 0;
    struct Fetched {
      std::vector<std::string> ids;
      std::vector<std::optional<std::string>> records;
    };
    std::future<Fetched> pending;  // a bulk read's chunk being fetched on the helper thread
    std::vector<std::string> ids;
    // Claim records are fetched in chunks with one MultiGet each (sorted, cache-friendly).
    auto fetch = [&] {
      impl_->expose_fresh_claims(nullptr);
      if (!bulk) {
        hand_out(ids, impl_->multi_get(Claims, ids));
        ids.clear();
        return;
      }
      // Every record of the range is read once: caching their blocks only grew the resident
      // set (an outlet's 11 months at 10M claims filled the 256 MB block cache).
      Fetched previous;
      const bool had = pending.valid();
      if (had) previous = pending.get();
      if (!ids.empty())
        pending = std::async(std::launch::async, [impl = impl_.get(), chunk = std::move(ids)]() mutable {
          auto records = impl->multi_get(Claims, chunk, /*bulk=*/true);
          return Fetched{std::move(chunk), std::move(records)};
        });
      ids.clear();
      if (had) hand_out(previous.ids, previous.records);
    };
    const std::size_t chunk = bulk ? 1024 : std::clamp<std::size_t>(f.limit, 8, 256);
    MergedRanges keys(*impl_->db, impl_->cfs[cf], prefixes, f.since, f.until, dated);
    std::string id;
    while (!done() && keys.next(id)) {
      ids.push_back(id);
      if (ids.size() >= chunk) fetch();
    }
    impl_->check(keys.status());
    if (done()) return;
    fetch();
    if (pending.valid()) {
      auto last = pending.get();
      hand_out(last.ids, last.records);
    }
  };
  // Every index key puts the date right after its prefix, so date bounds narrow any scan.
  if (!f.subject.empty() && !f.object.empty()) {
    auto [a, b] = std::minmax(f.subject, f.object);
    scan(ByDyad, {join({a, b}) + kSep}, true, nullptr);
  } else if (const std::string& actor = f.subject.empty() ? f.object : f.subject; !actor.empty() && f.either_direction) {
    scan(BySubject, {actor + kSep}, true, nullptr);
    scan(ByObject, {actor + kSep}, true, [&](const Claim& c) { return matches(c.subject, actor); });
  } else if (!f.subject.empty()) {
    scan(BySubject, {f.subject + kSep}, true, nullptr);
  } else if (!f.object.empty()) {
    scan(ByObject, {f.object + kSep}, true, nullptr);
  } else if (!f.outlet.empty()) {
    scan(ByOutlet, {f.outlet + kSep}, true, nullptr);
  } else if (!f.outlets.empty()) {
    std::vector<std::string> prefixes;
    for (const auto& o : f.outlets) prefixes.push_back(o + kSep);
    scan(ByOutlet, prefixes, true, nullptr);
  } else {
    scan(ByDate, {""}, true, nullptr);
  }
}

}  // namespace irkg
