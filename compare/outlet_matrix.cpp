// The outlet x outlet agreement matrix, each outlet's coverage and its distinctive claims.
//
// Claims (or facts from a store's dyad index) stream once into (outlet, pair) cells: net
// score and claim count. The matrix never holds the claims (10M claims would need ~14 GB).
// Agreement between two outlets is counted with bitsets over the pairs (one bit per pair
// for "+" and one for "-" per outlet): four AND+popcount passes per outlet pair, where a
// merge of two sorted pair lists took most of the time at 100 outlets.
#include <algorithm>
#include <bit>
#include <cmath>
#include <functional>
#include <map>
#include <stdexcept>
#include <tuple>

#include "compare/compare.h"
#include "compare/interning.h"
#include "compare/stance.h"
#include "core/chunked_vector.h"
#include "core/flat_index.h"

namespace irkg {

using namespace compare_detail;

namespace {

struct Cell {
  std::uint32_t outlet = 0, pair = 0;  // pair: index into Aggregation::pairs
  // Sum of clamped weights in millionths (the graph's weight rule, core/pair_stats.h): an
  // integer sum does not depend on the order claims arrive in, so the claims, the dyad
  // index and the store's matrix rows give the same stances to the last digit.
  std::int64_t net_micro = 0;
  int claims = 0;
  double net() const { return static_cast<double>(net_micro) / 1e6; }
};

// stance_of() on a sum in millionths, without the division.
int stance_of_micro(std::int64_t net_micro) { return net_micro >= 1'000'000 ? 1 : net_micro <= -1'000'000 ? -1 : 0; }

std::int64_t weight_micro(double weight) { return std::llround(clamped_weight(weight) * 1e6); }

// The strongest claim of a cell: largest |weight|, then smallest claim id, so the pick does
// not depend on the order claims arrive in.
struct Strongest {
  double strength = -1;
  std::string claim_id, evidence;
  void offer(double weight, std::string_view id, std::string_view text) {
    const double s = std::abs(weight);
    if (s > strength || (s == strength && id < claim_id)) {
      strength = s;
      claim_id.assign(id);
      evidence.assign(text);
    }
  }
};

bool counts(const OutletFact& c, const CompareOptions& options) {
  return (options.raw_copies || !c.copy) && compare_detail::counts(c.negated, c.modality, c.date, options);
}

struct Aggregation {
  OutletCache outlets;
  Interner actors;
  std::vector<std::pair<std::uint32_t, std::uint32_t>> pairs;  // actor ids, name(first) <= name(second)
  FlatIndex pair_index, cell_index;
  ChunkedVector<Cell> cells;
  std::vector<Strongest> strongest;  // parallel to cells, only while facts carry their sentence
  bool keep_evidence = false;

  // Facts from the dyad index arrive grouped by pair. The last pair's id and, per outlet,
  // its cell for that pair are remembered; and while a pair is on its first run (the
  // sorted case) its cells are new and contiguous, so they need no hash probe at all. Only
  // a pair seen again later (unsorted input) has its cells put into the cell index.
  std::string last_lo, last_hi;
  std::uint32_t last_pair = UINT32_MAX;
  bool first_run = false;                 // last_pair is being seen for the first time
  std::vector<std::uint32_t> first_cell;  // per pair: where its first run's cells begin in `cells`
  std::vector<char> indexed;              // per pair: its cells are in cell_index
  std::vector<std::pair<std::uint32_t, std::uint32_t>> cell_for_outlet;  // outlet -> (pair, cell)

  std::uint32_t pair_of(std::string_view x, std::string_view y) {
    const std::string_view lo = std::min(x, y), hi = std::max(x, y);
    if (last_pair != UINT32_MAX && lo == last_lo && hi == last_hi) return last_pair;
    const std::uint32_t a = actors.id(lo), b = actors.id(hi);
    const auto [pair, added] =
        pair_index.find_or_insert((static_cast<std::uint64_t>(a) << 32) | b, static_cast<std::uint32_t>(pairs.size()));
    if (added) {
      pairs.emplace_back(a, b);
      first_cell.push_back(static_cast<std::uint32_t>(cells.size()));
      indexed.push_back(0);
    }
    first_run = added;
    last_lo.assign(lo);
    last_hi.assign(hi);
    last_pair = pair;
    return pair;
  }

  std::uint32_t new_cell(std::uint32_t outlet, std::uint32_t pair) {
    cells.push_back({outlet, pair, 0, 0});
    if (keep_evidence) strongest.emplace_back();
    return static_cast<std::uint32_t>(cells.size() - 1);
  }

  std::uint32_t cell_of(std::uint32_t outlet, std::uint32_t pair) {
    if (first_run) return new_cell(outlet, pair);  // the cache missed: this pair has no cell here yet
    if (!indexed[pair]) {
      indexed[pair] = 1;
      for (std::uint32_t c = first_cell[pair]; c < cells.size() && cells[c].pair == pair; ++c)
        cell_index.find_or_insert((static_cast<std::uint64_t>(cells[c].outlet) << 32) | pair, c);
    }
    const auto [cell, added] = cell_index.find_or_insert((static_cast<std::uint64_t>(outlet) << 32) | pair,
                                                         static_cast<std::uint32_t>(cells.size()));
    if (added) new_cell(outlet, pair);
    return cell;
  }

  void add(const OutletFact& c) {
    const std::uint32_t cell = add(c.a, c.b, c.outlet, 1, weight_micro(c.weight));
    if (keep_evidence) strongest[cell].offer(c.weight, c.claim_id, c.evidence);
  }

  std::uint32_t add(std::string_view a, std::string_view b, std::string_view raw_outlet, int claims,
                    std::int64_t net_micro) {
    return add(pair_of(a, b), outlets.id(raw_outlet), claims, net_micro);
  }

  // `claims` claims of one outlet (id) on a pair (id) at once (a store's matrix row); the cell.
  std::uint32_t add(std::uint32_t pair, std::uint32_t outlet, int claims, std::int64_t net_micro) {
    if (outlet >= cell_for_outlet.size()) cell_for_outlet.resize(outlet + 1, {UINT32_MAX, 0});
    auto& cached = cell_for_outlet[outlet];
    if (cached.first != pair) cached = {pair, cell_of(outlet, pair)};
    Cell& cell = cells[cached.second];
    cell.net_micro += net_micro;
    cell.claims += claims;
    return cached.second;
  }
};

// Counts of set bits in (x & y) over two equally long bitsets. The build targets plain
// x86-64, where std::popcount is a library call per word; the POPCNT instruction is
// used when the processor has it (every x86-64 since 2008).
int common_bits_portable(const std::vector<std::uint64_t>& x, const std::vector<std::uint64_t>& y) {
  int n = 0;
  for (std::size_t w = 0; w < x.size(); ++w) n += std::popcount(x[w] & y[w]);
  return n;
}
#if defined(__x86_64__) && defined(__GNUC__)
[[gnu::target("popcnt")]] int common_bits_popcnt(const std::vector<std::uint64_t>& x, const std::vector<std::uint64_t>& y) {
  int n = 0;
  for (std::size_t w = 0; w < x.size(); ++w) n += __builtin_popcountll(x[w] & y[w]);
  return n;
}
int common_bits(const std::vector<std::uint64_t>& x, const std::vector<std::uint64_t>& y) {
  static const bool has_popcnt = __builtin_cpu_supports("popcnt");
  return has_popcnt ? common_bits_popcnt(x, y) : common_bits_portable(x, y);
}
#else
int common_bits(const std::vector<std::uint64_t>& x, const std::vector<std::uint64_t>& y) { return common_bits_portable(x, y); }
#endif

struct Distinctive {
  std::size_t outlet;  // position in the matrix
  std::uint32_t cell;
  int own, consensus;
};

// The matrix, coverage and distinctive cells from the aggregated cells.
OutletMatrix build_matrix(const Aggregation& agg, std::size_t distinctive_per_outlet, std::vector<Distinctive>& chosen) {
  // Pairs ranked by their names, so ties and output never depend on arrival order.
  std::vector<std::uint32_t> pair_rank(agg.pairs.size());
  {
    std::vector<std::uint32_t> by_name(agg.pairs.size());
    for (std::uint32_t i = 0; i < by_name.size(); ++i) by_name[i] = i;
    std::sort(by_name.begin(), by_name.end(), [&](std::uint32_t x, std::uint32_t y) {
      return std::tie(agg.actors.name(agg.pairs[x].first), agg.actors.name(agg.pairs[x].second)) <
             std::tie(agg.actors.name(agg.pairs[y].first), agg.actors.name(agg.pairs[y].second));
    });
    for (std::uint32_t r = 0; r < by_name.size(); ++r) pair_rank[by_name[r]] = r;
  }
  const std::size_t n = agg.outlets.size();
  std::vector<std::uint32_t> order(n);  // matrix position -> outlet id, in name order
  for (std::uint32_t i = 0; i < n; ++i) order[i] = i;
  std::sort(order.begin(), order.end(),
            [&](std::uint32_t x, std::uint32_t y) { return agg.outlets.name(x) < agg.outlets.name(y); });
  std::vector<std::size_t> position(n);
  for (std::size_t i = 0; i < n; ++i) position[order[i]] = i;

  // Cells are visited in the order they are stored (pair by pair), never outlet by outlet:
  // at 10M claims there are 4.5M cells (108 MB), and jumping between them per outlet cost
  // a cache miss each, most of the matrix's time.
  OutletMatrix m;
  m.agreement.assign(n, std::vector<double>(n, 0.0));
  m.shared.assign(n, std::vector<int>(n, 0));
  const std::size_t words = (agg.pairs.size() + 63) / 64;
  std::vector<std::vector<std::uint64_t>> positive(n, std::vector<std::uint64_t>(words, 0)), negative = positive;
  std::vector<int> stances(n, 0), claims(n, 0), dyads(n, 0), actors(n, 0);
  std::vector<int> pos_outlets(agg.pairs.size(), 0), neg_outlets(agg.pairs.size(), 0), reporters(agg.pairs.size(), 0);
  for (const Cell& cell : agg.cells) {
    const std::size_t i = position[cell.outlet];
    claims[i] += cell.claims;
    ++dyads[i];
    ++reporters[cell.pair];
    const int s = stance_of_micro(cell.net_micro);
    if (s == 0) continue;
    ++stances[i];
    auto& bits = s > 0 ? positive[i] : negative[i];
    bits[cell.pair / 64] |= std::uint64_t{1} << (cell.pair % 64);
    ++(s > 0 ? pos_outlets : neg_outlets)[cell.pair];
  }
  // Distinct actors per outlet: one bit per (outlet, actor) when that fits the budget
  // (100 outlets x 300 actors: 4 KB), else outlet by outlet over its cells.
  constexpr std::uint64_t kActorBitsBudget = std::uint64_t{256} << 20;
  const std::size_t actor_count = agg.actors.size();
  if (static_cast<std::uint64_t>(n) * actor_count <= kActorBitsBudget) {
    std::vector<std::uint64_t> seen((n * actor_count + 63) / 64, 0);
    for (const Cell& cell : agg.cells) {
      const std::size_t i = position[cell.outlet];
      for (std::uint32_t a : {agg.pairs[cell.pair].first, agg.pairs[cell.pair].second}) {
        const std::size_t bit = i * actor_count + a;
        std::uint64_t& word = seen[bit / 64];
        const std::uint64_t mask = std::uint64_t{1} << (bit % 64);
        if (!(word & mask)) {
          word |= mask;
          ++actors[i];
        }
      }
    }
  } else {
    std::vector<std::vector<std::uint32_t>> actors_of(n);
    for (const Cell& cell : agg.cells) {
      auto& list = actors_of[position[cell.outlet]];
      list.push_back(agg.pairs[cell.pair].first);
      list.push_back(agg.pairs[cell.pair].second);
    }
    for (std::size_t i = 0; i < n; ++i) {
      std::sort(actors_of[i].begin(), actors_of[i].end());
      actors[i] = static_cast<int>(std::unique(actors_of[i].begin(), actors_of[i].end()) - actors_of[i].begin());
      std::vector<std::uint32_t>().swap(actors_of[i]);
    }
  }
  for (std::size_t i = 0; i < n; ++i) m.coverage.push_back({agg.outlets.name(order[i]), claims[i], dyads[i], actors[i]});
  for (std::size_t i = 0; i < n; ++i) {
    m.shared[i][i] = stances[i];
    m.agreement[i][i] = stances[i] == 0 ? 0.0 : 1.0;
    for (std::size_t j = i + 1; j < n; ++j) {
      const int agree = common_bits(positive[i], positive[j]) + common_bits(negative[i], negative[j]);
      const int disagree = common_bits(positive[i], negative[j]) + common_bits(negative[i], positive[j]);
      const int shared = agree + disagree;
      m.shared[i][j] = m.shared[j][i] = shared;
      m.agreement[i][j] = m.agreement[j][i] = shared ? static_cast<double>(agree - disagree) / shared : 0.0;
    }
  }
  // Distinctive: a stance opposite to the other outlets' consensus first, then pairs no
  // other outlet reports; per outlet, strongest first, ties by pair name.
  struct Candidate {
    double score;  // opposite-sign pairs rank above exclusives, then by |net|
    std::uint32_t rank, cell;
    int own, consensus;
  };
  // Per outlet only the best k are needed: a list is cut back to them whenever it doubles
  // (at 10M claims a third of the 4.5M cells oppose their pair's consensus: 36 MB as one
  // list). The order is total (rank names the pair), so cutting early keeps the same k.
  const auto better = [](const Candidate& x, const Candidate& y) {
    return x.score != y.score ? x.score > y.score : x.rank < y.rank;
  };
  const std::size_t keep = distinctive_per_outlet, cut_at = std::max<std::size_t>(2 * keep, 64);
  std::vector<std::vector<Candidate>> candidates(n);
  for (std::uint32_t c = 0; c < agg.cells.size(); ++c) {
    const Cell& cell = agg.cells[c];
    const int own = stance_of_micro(cell.net_micro);
    int pos = pos_outlets[cell.pair], neg = neg_outlets[cell.pair];
    if (own > 0) --pos;
    if (own < 0) --neg;
    const int others = reporters[cell.pair] - 1;
    const int consensus = pos > neg ? 1 : neg > pos ? -1 : 0;
    const bool opposite = own != 0 && consensus == -own;
    if (!opposite && others > 0) continue;
    auto& list = candidates[position[cell.outlet]];
    list.push_back({(opposite ? 1e9 : 0.0) + std::abs(cell.net()), pair_rank[cell.pair], c, own, consensus});
    if (list.size() >= cut_at) {
      std::nth_element(list.begin(), list.begin() + static_cast<std::ptrdiff_t>(keep), list.end(), better);
      list.resize(keep);
    }
  }
  for (std::size_t i = 0; i < n; ++i) {
    std::vector<Candidate>& mine = candidates[i];
    const std::size_t k = std::min(distinctive_per_outlet, mine.size());
    std::partial_sort(mine.begin(), mine.begin() + static_cast<std::ptrdiff_t>(k), mine.end(), better);
    for (std::size_t c = 0; c < k; ++c) {
      const Cell& cell = agg.cells[mine[c].cell];
      m.distinctive.push_back({m.coverage[i].outlet, agg.actors.name(agg.pairs[cell.pair].first),
                               agg.actors.name(agg.pairs[cell.pair].second), mine[c].own, mine[c].consensus, ""});
      chosen.push_back({i, mine[c].cell, mine[c].own, mine[c].consensus});
    }
  }
  return m;
}

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
  Aggregation agg;
  agg.keep_evidence = true;  // the claims pass once: each cell keeps its strongest sentence
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
    f.copy = is_copy(c);
    if (counts(f, options)) agg.add(f);
  });
  std::vector<Distinctive> chosen;
  OutletMatrix m = build_matrix(agg, distinctive_per_outlet, chosen);
  for (std::size_t d = 0; d < chosen.size(); ++d) m.distinctive[d].evidence = agg.strongest[chosen[d].cell].evidence;
  return m;
}

namespace {

// The matrix of `agg`, with the sentences of its distinctive cells: their pairs' facts are
// read again (one dyad seek each), each cell's strongest claim picked by the rule above and
// its sentence fetched.
OutletMatrix matrix_with_evidence(Aggregation& agg, const PairFactStream& pair_facts, const EvidenceLookup& evidence_of,
                                  const CompareOptions& options, std::size_t distinctive_per_outlet) {
  std::vector<Distinctive> chosen;
  OutletMatrix m = build_matrix(agg, distinctive_per_outlet, chosen);
  std::map<std::uint32_t, std::vector<std::size_t>> by_pair;  // pair -> positions in `chosen`
  for (std::size_t d = 0; d < chosen.size(); ++d) by_pair[agg.cells[chosen[d].cell].pair].push_back(d);
  for (const auto& [pair, wanted] : by_pair) {
    std::vector<Strongest> best(wanted.size());
    pair_facts(agg.actors.name(agg.pairs[pair].first), agg.actors.name(agg.pairs[pair].second),
               [&](const OutletFact& f) {
                 if (!counts(f, options)) return;
                 const std::uint32_t outlet = agg.outlets.id(f.outlet);
                 for (std::size_t w = 0; w < wanted.size(); ++w)
                   if (agg.cells[chosen[wanted[w]].cell].outlet == outlet) best[w].offer(f.weight, f.claim_id, "");
               });
    for (std::size_t w = 0; w < wanted.size(); ++w)
      if (!best[w].claim_id.empty() && evidence_of) m.distinctive[wanted[w]].evidence = evidence_of(best[w].claim_id);
  }
  return m;
}

}  // namespace

OutletMatrix compare_outlets(const OutletFactStream& each_fact, const PairFactStream& pair_facts,
                             const EvidenceLookup& evidence_of, const CompareOptions& options,
                             std::size_t distinctive_per_outlet) {
  Aggregation agg;
  each_fact([&](const OutletFact& f) {
    if (counts(f, options)) agg.add(f);
  });
  return matrix_with_evidence(agg, pair_facts, evidence_of, options, distinctive_per_outlet);
}

bool cells_can_answer(const CompareOptions& options) {
  // A window's cells are summed from its claims by the store (Store::for_each_pair_stats):
  // only modalities are not in them.
  return !options.asserted_only;
}

OutletMatrix compare_outlets(const PairCellStream& each_pair, const PairFactStream& pair_facts,
                             const EvidenceLookup& evidence_of, const CompareOptions& options,
                             std::size_t distinctive_per_outlet) {
  if (!cells_can_answer(options))
    throw std::logic_error("compare_outlets: matrix rows hold no modalities");
  Aggregation agg;
  // Rows list their outlets sorted by name, mostly the same ones row after row: the
  // previous row's outlet at the same position is compared before hashing (4.5M cells at
  // 10M claims).
  std::vector<std::pair<std::string, std::uint32_t>> memo;
  each_pair([&](std::string_view a, std::string_view b, const std::vector<OutletCell>& cells) {
    if (memo.size() < cells.size()) memo.resize(cells.size(), {std::string(), UINT32_MAX});
    std::uint32_t pair = UINT32_MAX;
    for (std::size_t i = 0; i < cells.size(); ++i) {
      const OutletCell& c = cells[i];
      const std::int64_t claims = options.raw_copies ? c.claims : c.claims - c.copy_claims;
      if (claims <= 0) continue;  // only copies: the cell does not exist without them
      auto& [memo_name, memo_id] = memo[i];
      if (memo_id == UINT32_MAX || memo_name != c.outlet) {
        memo_name = c.outlet;
        memo_id = agg.outlets.id(c.outlet);
      }
      if (pair == UINT32_MAX) pair = agg.pair_of(a, b);
      agg.add(pair, memo_id, static_cast<int>(claims), options.raw_copies ? c.net_micro : c.net_micro - c.copy_net_micro);
    }
  });
  return matrix_with_evidence(agg, pair_facts, evidence_of, options, distinctive_per_outlet);
}

}  // namespace irkg
