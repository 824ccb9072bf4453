// What each outlet says about one pair, the consensus, and who contradicts it.
#include <algorithm>
#include <cmath>

#include "compare/compare.h"
#include "compare/stance.h"

namespace irkg {

using namespace compare_detail;

namespace {

bool concerns(const Claim& c, const std::string& a, const std::string& b) {
  const auto is = [](const Actor& x, const std::string& code) { return x.country == code || x.id == code; };
  return (is(c.subject, a) && is(c.object, b)) || (is(c.subject, b) && is(c.object, a));
}

}  // namespace

PairComparison compare_pair(const std::vector<Claim>& claims, const std::string& a, const std::string& b,
                            const CompareOptions& options) {
  PairComparison out;
  out.a = a;
  out.b = b;
  std::map<std::string, OutletStance> by_outlet;
  std::map<std::string, std::vector<const Claim*>> evidence;
  for (const Claim& c : claims) {
    if (!concerns(c, a, b) || !counts(c, options)) continue;
    const std::string outlet = outlet_of(c);
    OutletStance& s = by_outlet[outlet];
    s.outlet = outlet;
    ++s.claims;
    (c.polarity > 0 ? s.positive : c.polarity < 0 ? s.negative : s.neutral) += 1;
    s.net += c.weight;
    ++s.relations[c.relation];
    if (!c.date.empty()) {
      if (s.first_date.empty() || c.date < s.first_date) s.first_date = c.date;
      if (s.last_date.empty() || c.date > s.last_date) s.last_date = c.date;
    }
    evidence[outlet].push_back(&c);
  }
  int positive = 0, negative = 0;
  for (auto& [name, s] : by_outlet) {
    s.stance = stance_of(s.net);
    if (s.stance > 0) ++positive;
    if (s.stance < 0) ++negative;
    // strongest evidence first, one sentence once; ties by date then id for determinism
    auto& list = evidence[name];
    std::sort(list.begin(), list.end(), [](const Claim* x, const Claim* y) {
      if (std::abs(x->weight) != std::abs(y->weight)) return std::abs(x->weight) > std::abs(y->weight);
      if (x->date != y->date) return x->date > y->date;
      return x->id < y->id;
    });
    for (const Claim* c : list) {
      if (s.evidence.size() >= options.evidence_per_outlet) break;
      const bool seen = std::any_of(s.evidence.begin(), s.evidence.end(),
                                    [&](const EvidenceItem& e) { return e.text == c->evidence.text; });
      if (!seen) s.evidence.push_back({c->evidence.text, c->date, c->doc, c->relation, c->polarity});
    }
    out.outlets.push_back(s);
  }
  std::sort(out.outlets.begin(), out.outlets.end(), [](const OutletStance& x, const OutletStance& y) {
    return x.claims != y.claims ? x.claims > y.claims : x.outlet < y.outlet;
  });
  const int taking = positive + negative;
  out.consensus = positive > negative ? 1 : negative > positive ? -1 : 0;
  out.agreement = taking == 0 ? 0.0 : static_cast<double>(std::max(positive, negative)) / taking;
  if (out.consensus != 0)
    for (const OutletStance& s : out.outlets)
      if (s.stance == -out.consensus) out.contradicting.push_back(s.outlet);
  return out;
}

}  // namespace irkg
