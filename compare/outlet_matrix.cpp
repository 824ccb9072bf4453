// The outlet x outlet agreement matrix, each outlet's coverage and its distinctive claims.
#include <algorithm>
#include <cmath>
#include <functional>
#include <set>
#include <tuple>
#include <unordered_map>
#include <unordered_set>

#include "compare/compare.h"
#include "compare/interning.h"
#include "compare/stance.h"

namespace irkg {

using namespace compare_detail;

namespace {

struct PairState {
  double net = 0;
  int claims = 0;
  const std::string* evidence = nullptr;  // of the strongest claim (largest |weight|, then smallest id)
  const std::string* claim_id = nullptr;
};

// One (outlet, pair) cell, aggregated while the claims stream past: the matrix never holds
// the claims themselves (10M claims would need ~14 GB; the cells need a few hundred MB).
struct Cell {
  std::uint32_t outlet = 0;
  std::uint64_t pair = 0;
  double net = 0, best = -1;
  int claims = 0;
  std::string best_id, evidence;  // evidence empty when facts came without it
};

struct CellKey {
  std::uint32_t outlet;
  std::uint64_t pair;
  bool operator==(const CellKey&) const = default;
};

struct CellKeyHash {
  std::size_t operator()(const CellKey& k) const {
    std::uint64_t x = k.pair ^ (static_cast<std::uint64_t>(k.outlet) * 0x9e3779b97f4a7c15ULL);
    x ^= x >> 31;
    x *= 0xbf58476d1ce4e5b9ULL;
    return static_cast<std::size_t>(x ^ (x >> 29));
  }
};


}  // namespace

OutletMatrix compare_outlets(const std::vector<Claim>& claims, const CompareOptions& options,
                             std::size_t distinctive_per_outlet) {
  return compare_outlets(
      [&](const std::function<void(const Claim&)>& fn) {
        for (const Claim& c : claims) fn(c);
      },
      options, distinctive_per_outlet);
}

OutletMatrix compare_outlets(const ClaimStream& each_claim, const CompareOptions& options,
                             std::size_t distinctive_per_outlet) {
  const OutletFactStream facts = [&](const std::function<void(const OutletFact&)>& fn) {
    each_claim([&](const Claim& c) {
      OutletFact f;
      f.outlet = c.outlet;
      f.a = c.subject.country.empty() ? c.subject.id : c.subject.country;  // as pair_key()
      f.b = c.object.country.empty() ? c.object.id : c.object.country;
      f.date = c.date;
      f.modality = c.modality;
      f.claim_id = c.id;
      f.evidence = c.evidence.text;
      f.weight = c.weight;
      f.negated = c.negated;
      fn(f);
    });
  };
  return compare_outlets(facts, nullptr, options, distinctive_per_outlet);
}

OutletMatrix compare_outlets(const OutletFactStream& each_fact, const EvidenceLookup& evidence_of,
                             const CompareOptions& options, std::size_t distinctive_per_outlet) {
  OutletCache outlets;
  Interner actors;
  std::unordered_map<CellKey, std::uint32_t, CellKeyHash> index;
  std::vector<Cell> cells;
  each_fact([&](const OutletFact& c) {
    // counts(): negated claims take no stance; modality and dates per options.
    if (c.negated) return;
    if (options.asserted_only && c.modality != "asserted") return;
    if (!options.since.empty() && (c.date.empty() || c.date < options.since)) return;
    if (!options.until.empty() && (c.date.empty() || c.date > options.until)) return;
    const std::string_view lo = std::min(c.a, c.b), hi = std::max(c.a, c.b);
    const std::uint64_t pair = (static_cast<std::uint64_t>(actors.id(lo)) << 32) | actors.id(hi);
    const CellKey key{outlets.id(c.outlet), pair};
    const auto [it, added] = index.try_emplace(key, static_cast<std::uint32_t>(cells.size()));
    if (added) {
      cells.emplace_back();
      cells.back().outlet = key.outlet;
      cells.back().pair = key.pair;
    }
    Cell& cell = cells[it->second];
    cell.net += c.weight;
    ++cell.claims;
    // The strongest claim, ties to the smaller id: the same pick whatever order claims come in.
    const double strength = std::abs(c.weight);
    if (strength > cell.best || (strength == cell.best && c.claim_id < cell.best_id)) {
      cell.best = strength;
      cell.best_id.assign(c.claim_id);
      cell.evidence.assign(c.evidence);
    }
  });
  index = {};
  std::sort(cells.begin(), cells.end(), [](const Cell& x, const Cell& y) {
    return x.outlet != y.outlet ? x.outlet < y.outlet : x.pair < y.pair;
  });
  // table[outlet] = (pair, state) sorted by pair
  std::vector<std::vector<std::pair<std::uint64_t, PairState>>> table(outlets.size());
  std::vector<int> claim_counts(outlets.size(), 0);
  std::vector<int> actor_counts(outlets.size(), 0);
  for (const Cell& cell : cells) {
    table[cell.outlet].push_back({cell.pair, PairState{cell.net, cell.claims, &cell.evidence, &cell.best_id}});
    claim_counts[cell.outlet] += cell.claims;
  }
  for (std::size_t o = 0; o < table.size(); ++o) {
    std::vector<std::uint32_t> ids;
    ids.reserve(2 * table[o].size());
    for (const auto& [pair, state] : table[o]) {
      ids.push_back(static_cast<std::uint32_t>(pair >> 32));
      ids.push_back(static_cast<std::uint32_t>(pair & 0xffffffffU));
    }
    std::sort(ids.begin(), ids.end());
    actor_counts[o] = static_cast<int>(std::unique(ids.begin(), ids.end()) - ids.begin());
  }
  // Outlets in name order, so the output does not depend on the claims' order.
  std::vector<std::uint32_t> order(outlets.size());
  for (std::uint32_t i = 0; i < order.size(); ++i) order[i] = i;
  std::sort(order.begin(), order.end(), [&](std::uint32_t x, std::uint32_t y) { return outlets.name(x) < outlets.name(y); });
  const std::size_t n = order.size();
  OutletMatrix m;
  m.agreement.assign(n, std::vector<double>(n, 0.0));
  m.shared.assign(n, std::vector<int>(n, 0));
  // Each outlet's stances as a vector sorted by pair key, so a pair of outlets is one merge.
  std::vector<std::vector<std::pair<std::uint64_t, int>>> stances(n);
  for (std::size_t i = 0; i < n; ++i) {
    const std::uint32_t o = order[i];
    m.coverage.push_back({outlets.name(o), claim_counts[o], static_cast<int>(table[o].size()), actor_counts[o]});
    for (const auto& [pair, state] : table[o])  // already sorted by pair
      if (const int s = stance_of(state.net); s != 0) stances[i].push_back({pair, s});
  }
  for (std::size_t i = 0; i < n; ++i) {
    m.shared[i][i] = static_cast<int>(stances[i].size());
    m.agreement[i][i] = stances[i].empty() ? 0.0 : 1.0;
    for (std::size_t j = i + 1; j < n; ++j) {
      int agree = 0, disagree = 0;
      auto x = stances[i].begin(), y = stances[j].begin();
      while (x != stances[i].end() && y != stances[j].end()) {
        if (x->first < y->first) ++x;
        else if (y->first < x->first) ++y;
        else {
          (x->second == y->second ? agree : disagree) += 1;
          ++x;
          ++y;
        }
      }
      const int shared = agree + disagree;
      m.shared[i][j] = m.shared[j][i] = shared;
      m.agreement[i][j] = m.agreement[j][i] = shared ? static_cast<double>(agree - disagree) / shared : 0.0;
    }
  }
  // Distinctive: a stance opposite to the other outlets' consensus first, then pairs no
  // other outlet reports; per outlet, strongest evidence first within each kind.
  std::unordered_map<std::uint64_t, std::pair<int, int>> sign_totals;  // pair -> (positive outlets, negative outlets)
  std::unordered_map<std::uint64_t, int> reporters;
  for (std::size_t i = 0; i < n; ++i)
    for (const auto& [pair, state] : table[order[i]]) {
      ++reporters[pair];
      const int s = stance_of(state.net);
      if (s > 0) ++sign_totals[pair].first;
      if (s < 0) ++sign_totals[pair].second;
    }
  struct Candidate {
    double score;  // opposite-sign pairs rank above exclusives, then by strength
    std::uint64_t pair;
    int own, consensus;
    const std::string* evidence;
    const std::string* claim_id;
  };
  for (std::size_t i = 0; i < n; ++i) {
    std::vector<Candidate> mine;
    for (const auto& [pair, state] : table[order[i]]) {
      const int own = stance_of(state.net);
      auto [pos, neg] = sign_totals[pair];
      if (own > 0) --pos;
      if (own < 0) --neg;
      const int others = reporters[pair] - 1;
      const int consensus = pos > neg ? 1 : neg > pos ? -1 : 0;
      const bool opposite = own != 0 && consensus == -own;
      if (!opposite && others > 0) continue;
      mine.push_back({(opposite ? 1e9 : 0.0) + std::abs(state.net), pair, own, consensus, state.evidence, state.claim_id});
    }
    const std::size_t k = std::min(distinctive_per_outlet, mine.size());
    // only the top k are materialised (with their sentences); ties by pair for determinism
    std::partial_sort(mine.begin(), mine.begin() + static_cast<std::ptrdiff_t>(k), mine.end(),
                      [&](const Candidate& x, const Candidate& y) {
                        if (x.score != y.score) return x.score > y.score;
                        return std::tie(actors.name(static_cast<std::uint32_t>(x.pair >> 32)),
                                        actors.name(static_cast<std::uint32_t>(x.pair & 0xffffffffU))) <
                               std::tie(actors.name(static_cast<std::uint32_t>(y.pair >> 32)),
                                        actors.name(static_cast<std::uint32_t>(y.pair & 0xffffffffU)));
                      });
    for (std::size_t c = 0; c < k; ++c) {
      std::string evidence = mine[c].evidence ? *mine[c].evidence : "";
      if (evidence.empty() && evidence_of && mine[c].claim_id) evidence = evidence_of(*mine[c].claim_id);
      m.distinctive.push_back({outlets.name(order[i]), actors.name(static_cast<std::uint32_t>(mine[c].pair >> 32)),
                               actors.name(static_cast<std::uint32_t>(mine[c].pair & 0xffffffffU)), mine[c].own,
                               mine[c].consensus, std::move(evidence)});
    }
  }
  return m;
}

}  // namespace irkg
