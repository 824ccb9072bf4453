#pragma once
// The signed alliance/rivalry graph built from claims with Boost.Graph: vertices are
// actors, one aggregated edge per unordered dyad.
#include <cstddef>
#include <map>
#include <memory>
#include <set>
#include <string>
#include <vector>

#include "core/claim.h"

namespace irkg {

struct GraphFilter {
  std::string since, until;                 // inclusive YYYY-MM-DD
  std::set<std::string> outlets;            // keep only these (empty = all)
  std::set<std::string> exclude_outlets;
  std::set<std::string> modalities;         // keep only these (empty = all)
  std::set<std::string> categories;         // PLOVER categories (empty = all)
  std::size_t min_claims = 1;               // per edge
  bool include_negated = false;
  std::string level = "state";              // "state": actors count as their country; "actor": keep persons etc.
};

// Claims of one relation class on one dyad (GraphML writes one edge per class).
struct RelationClassSummary {
  std::size_t positive = 0, negative = 0, neutral = 0;
  double net = 0.0;
};

struct EdgeSummary {
  std::string a, b;  // vertex ids, a < b
  std::size_t positive = 0, negative = 0, neutral = 0;
  double net = 0.0;                 // sum of claim weights
  std::set<std::string> outlets;
  std::string first_date, last_date;
  int sign = 0;                     // +1 alliance, -1 rivalry, 0 mixed (see docs/GRAPH.md)
  std::string top_relation;
  std::map<std::string, RelationClassSummary> by_category;
  Claim representative;             // the strongest claim, for its evidence sentence
  std::size_t claims() const { return positive + negative + neutral; }
  double strength() const;          // evidence strength used for ranking and export weight
};

struct NodeSummary {
  std::string id, label, type, country;
  int bloc = -1;
  double betweenness = 0.0;
};

class SignedGraph {
 public:
  SignedGraph();
  ~SignedGraph();
  SignedGraph(SignedGraph&&) noexcept;
  SignedGraph& operator=(SignedGraph&&) noexcept;

  void add_claim(const Claim& c, const GraphFilter& filter);  // stream claims in
  void finish(const GraphFilter& filter);  // applies min_claims, computes signs, blocs, centrality

  const std::vector<NodeSummary>& nodes() const;
  const std::vector<EdgeSummary>& edges() const;  // sorted by (a, b)

  // Edges with the given sign (-1 rivalry, +1 alliance), strongest first; `actor` limits to
  // one actor's counterparts.
  std::vector<EdgeSummary> ranked(int sign, const std::string& actor = "") const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace irkg
