#pragma once
// What the whole-graph commands need of the claims between two state-level actors, summed
// at ingest (the store's pair_stats family, docs/STORE.md) so that `opposes`, `allies`,
// `path` and `blocs` read one row per pair instead of every claim. Only additions are
// summed here; a store that removes claims rewrites the pair's rows from its dyad index.
#include <array>
#include <climits>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace irkg {

// One claim as the aggregates count it: state-level codes (a < b), never negated.
struct PairClaim {
  std::string_view a, b;
  std::string_view date, outlet, relation, claim_id;
  int polarity = 0;
  double weight = 0.0;
  bool asserted = false;  // modality "asserted"
};

// The strongest claim of one polarity (the graph's representative rule, docs/GRAPH.md):
// asserted first, then the highest |weight| (clamped to -10..+10), then the latest day,
// then the smaller claim id.
struct PairEvidence {
  bool present = false;
  bool direct = false;
  double abs_weight = -1.0;
  std::int32_t day = INT32_MIN;  // undated or unparsable: INT32_MIN, like the graph
  std::string id;
  bool operator==(const PairEvidence&) const = default;
};
// True when x is stronger evidence than y (a present one beats an absent one).
bool stronger_evidence(const PairEvidence& x, const PairEvidence& y);

struct PairStats {
  std::int64_t positive = 0, negative = 0, neutral = 0;
  // Sums of clamped weights in millionths, exactly as the graph sums them.
  std::int64_t net_micro = 0, abs_weight_micro = 0;
  std::int32_t first_day = INT32_MAX, last_day = INT32_MIN;
  // Claims per outlet and per relation, sorted by name. Per-outlet rows leave `outlets`
  // empty (the key names the outlet).
  std::vector<std::pair<std::string, std::int64_t>> outlets, relations;
  std::array<PairEvidence, 3> best;  // polarity -1, 0, +1 at 0, 1, 2

  std::int64_t claims() const { return positive + negative + neutral; }
  void add(const PairClaim& c, bool keep_outlet);
  void merge(const PairStats& other);
  bool operator==(const PairStats&) const = default;
};

// The graph's weight rule: NaN counts 0, anything else is clamped to -10..+10.
double clamped_weight(double w);
// Day number of a YYYY-MM-DD date, INT32_MIN when empty or not a valid date.
std::int32_t pair_day(std::string_view date);

}  // namespace irkg
