// The same claim reported by several outlets is one corroborated claim.
#include <algorithm>
#include <set>
#include <unordered_map>

#include "compare/compare.h"
#include "compare/interning.h"
#include "compare/stance.h"
#include "core/date.h"

namespace irkg {

using namespace compare_detail;

std::vector<CorroboratedClaim> corroborate(const std::vector<Claim>& claims, int window_days, std::size_t min_outlets,
                                           bool raw_copies) {
  // Group by (pair, category, polarity); inside a group, walk by date and cut a new
  // cluster when a claim is more than window_days after the cluster's first date.
  // keys of interned strings: (pair, category << 2 | polarity)
  Interner actors, categories;
  OutletCache outlets;
  std::unordered_map<std::uint64_t, std::unordered_map<std::uint32_t, std::vector<const Claim*>>> by_pair;
  std::vector<std::uint32_t> claim_outlet(claims.size());
  for (std::size_t i = 0; i < claims.size(); ++i) {
    const Claim& c = claims[i];
    if (c.negated || (!raw_copies && is_copy(c))) continue;
    claim_outlet[i] = outlets.id(c);
    const std::uint32_t kind = (categories.id(c.category) << 2) | static_cast<std::uint32_t>(c.polarity + 1);
    by_pair[pair_id(actors, c)][kind].push_back(&c);
  }
  const auto outlet_name = [&](const Claim* c) -> const std::string& {
    return outlets.name(claim_outlet[static_cast<std::size_t>(c - claims.data())]);
  };
  std::vector<std::vector<const Claim*>> groups;
  for (auto& [pair, kinds] : by_pair)
    for (auto& [kind, list] : kinds) groups.push_back(std::move(list));
  // Walk each group by date, cut a cluster when a claim is more than window_days after the
  // cluster's first date; keep only clusters with enough outlets, as light records first.
  struct Cluster {
    const std::vector<const Claim*>* list;
    std::size_t begin, end, outlets;
  };
  std::vector<Cluster> kept;
  std::vector<std::uint32_t> seen;
  for (auto& list : groups) {
    std::sort(list.begin(), list.end(), [](const Claim* x, const Claim* y) {
      return x->date != y->date ? x->date < y->date : x->id < y->id;
    });
    std::size_t i = 0;
    while (i < list.size()) {
      const auto first = parse_iso_date(list[i]->date);
      const long first_day = first ? days_from_civil(*first) : 0;
      std::size_t j = i + 1;
      while (j < list.size()) {
        const auto d = parse_iso_date(list[j]->date);
        const bool together = (!first && !d) || (first && d && days_from_civil(*d) - first_day <= window_days);
        if (!together) break;
        ++j;
      }
      seen.clear();
      for (std::size_t k = i; k < j; ++k) {
        const std::uint32_t o = claim_outlet[static_cast<std::size_t>(list[k] - claims.data())];
        if (std::find(seen.begin(), seen.end(), o) == seen.end()) seen.push_back(o);
      }
      if (seen.size() >= min_outlets) kept.push_back({&list, i, j, seen.size()});
      i = j;
    }
  }
  std::sort(kept.begin(), kept.end(), [](const Cluster& x, const Cluster& y) {
    if (x.outlets != y.outlets) return x.outlets > y.outlets;
    const Claim* a = (*x.list)[x.begin];
    const Claim* b = (*y.list)[y.begin];
    return a->date != b->date ? a->date > b->date : a->id < b->id;
  });
  std::vector<CorroboratedClaim> out;
  out.reserve(kept.size());
  for (const Cluster& k : kept) {
    CorroboratedClaim cc;
    cc.representative = *(*k.list)[k.begin];
    std::set<std::string> outlet_set, docs;
    for (std::size_t i = k.begin; i < k.end; ++i) {
      const Claim* c = (*k.list)[i];
      outlet_set.insert(outlet_name(c));
      docs.insert(c->doc);
      cc.claim_ids.push_back(c->id);
    }
    cc.outlets.assign(outlet_set.begin(), outlet_set.end());
    cc.documents.assign(docs.begin(), docs.end());
    out.push_back(std::move(cc));
  }
  return out;
}

}  // namespace irkg
