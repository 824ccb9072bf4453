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

// One claim as the aggregates count it: state-level codes (a <= b), never negated. A claim
// between one state's actors (a == b) counts only in the outlet matrix's rows (x rows,
// docs/STORE.md), as the matrix counts it; the graph leaves it out.
struct PairClaim {
  std::string_view a, b;
  std::string_view date, outlet, relation, category, claim_id;
  std::string_view agency;  // wire agency of a syndicated story's claim (its g row), or empty
  int polarity = 0;
  double weight = 0.0;
  bool asserted = false;  // modality "asserted"
  bool copy = false;      // from a later copy of a syndicated story (the matrix leaves it out by default)
  // Whether side a (b) names its state's actor itself (the actor's own id is the code):
  // such a claim can describe the vertex (agency rows keep the smallest such id per side).
  bool a_self = false, b_self = false;
  bool self_pair() const { return a == b; }
  // The graph's relation class (GraphML writes one edge per class): the category, else
  // the relation, else OTHER.
  std::string_view relation_class() const;
};

// One outlet's claims on a pair as the outlet matrix counts them (compare --outlets): all
// of them and the later copies among them, each as a count and a sum of clamped weights
// in millionths. Without copies: the difference.
struct OutletCell {
  std::string outlet;
  std::int64_t claims = 0, net_micro = 0;
  std::int64_t copy_claims = 0, copy_net_micro = 0;
  bool operator==(const OutletCell&) const = default;
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
// Keeps claim c in `slot` (its polarity's) when it is the stronger evidence; `clamped` and
// `day` are its clamped weight and day number.
void offer_evidence(PairEvidence& slot, const PairClaim& c, double clamped, std::int32_t day);

// The counts, weight sums and date range of a pair aggregate row, as stored and as viewed.
struct PairCounts {
  std::int64_t positive = 0, negative = 0, neutral = 0;
  // Sums of clamped weights in millionths, exactly as the graph sums them.
  std::int64_t net_micro = 0, abs_weight_micro = 0;
  std::int32_t first_day = INT32_MAX, last_day = INT32_MIN;
  std::int64_t claims() const { return positive + negative + neutral; }
  // One claim's share: its polarity (-1, 0, +1), clamped weight and day (INT32_MIN: none).
  void add(int polarity, double clamped, std::int32_t day);
  bool operator==(const PairCounts&) const = default;
};

struct PairStats : PairCounts {
  // Claims per outlet and per relation, sorted by name. Per-outlet rows leave `outlets`
  // empty (the key names the outlet).
  std::vector<std::pair<std::string, std::int64_t>> outlets, relations;
  std::array<PairEvidence, 3> best;  // polarity -1, 0, +1 at 0, 1, 2
  // Only in relation-class rows (c): every day a claim is dated, sorted and distinct (the
  // exports' GEXF spells). Only in outlet-matrix rows (x): per outlet, sorted by name;
  // those rows leave every other field at its default.
  std::vector<std::int32_t> days;
  std::vector<OutletCell> cells;
  // Only in agency rows (g): per side (a, b) the smallest id of a claim naming that side's
  // actor itself, or empty. A vertex of an agency graph is described from the smallest of
  // these over its rows, as the agency's claims read in id order describe it.
  std::array<std::string, 2> naming;

  void add(const PairClaim& c, bool keep_outlet, bool keep_days = false);
  void add_cell(const PairClaim& c);
  void offer_naming(const PairClaim& c);
  void merge(const PairStats& other);
  bool operator==(const PairStats&) const = default;
};

// A pair aggregate row as a reader sees it, without copies: what the rankings, paths and
// blocs read (a window at 10M claims is ~450k rows and ~6M outlet and relation names;
// copying each name into a PairStats string, and from there into the graph's memo, was a
// sixth of the command). Names view the row's bytes: valid while the visitor runs only.
struct PairEvidenceView {
  bool present = false;
  bool direct = false;
  double abs_weight = -1.0;
  std::int32_t day = INT32_MIN;
  // The claim id: hex digits spelled into `hex_` when the row keeps the id as 12 bytes,
  // else a view of the row.
  std::string_view id() const { return hex_id_ ? std::string_view(hex_, sizeof hex_) : raw_id_; }
  void set_raw_id(std::string_view raw) { raw_id_ = raw, hex_id_ = false; }
  void set_hex_id(std::string_view twelve_bytes);

 private:
  char hex_[24] = {};
  bool hex_id_ = false;
  std::string_view raw_id_;
};

struct PairRowView : PairCounts {
  // Sorted by name, as stored. `relations` stays empty when the reader was told to skip
  // them (PairStatsQuery::relations).
  std::vector<std::pair<std::string_view, std::int64_t>> outlets, relations;
  std::array<PairEvidenceView, 3> best;  // polarity -1, 0, +1 at 0, 1, 2
  std::vector<std::int32_t> days;         // a class row's days, sorted and distinct; empty in other rows
  std::array<std::string_view, 2> naming;  // an agency row's describing claims (PairStats::naming)
};

// The graph's weight rule: NaN counts 0, anything else is clamped to -10..+10.
double clamped_weight(double w);
// Day number of a YYYY-MM-DD date, INT32_MIN when empty or not a valid date.
std::int32_t pair_day(std::string_view date);

}  // namespace irkg
