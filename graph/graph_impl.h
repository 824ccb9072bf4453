#pragma once
// Internals of SignedGraph shared by its translation units (build, balance, paths).
// Claims are aggregated into compact accumulators keyed by interned ids, so streaming
// millions of claims costs a few hash lookups each; finish() turns them into the public
// summaries and the Boost.Graph adjacency list.
#include <array>
#include <climits>
#include <cstdint>
#include <functional>
#include <future>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include <boost/graph/adjacency_list.hpp>

#include "core/flat_index.h"
#include "core/interner.h"
#include "graph/pair_runs.h"
#include "graph/signed_graph.h"

namespace irkg {

// The previous lookup of one kind: facts from the dyad index arrive sorted by pair, so a
// pair's two actors repeat run after run and a string compare replaces the hash lookups.
template <class Value>
class RecentLookup {
 public:
  template <class Lookup>
  Value get(std::string_view key, Lookup&& lookup) {
    if (!valid_ || key != key_) {
      value_ = lookup(key);
      key_.assign(key);
      valid_ = true;
    }
    return value_;
  }

 private:
  std::string key_;
  Value value_{};
  bool valid_ = false;
};

struct ClassAccumulator {
  std::uint32_t class_id = 0;
  std::size_t positive = 0, negative = 0, neutral = 0;
  // Sums of weights in millionths: integer sums do not depend on the order claims arrive in
  // (a graph built from the pair index and one built from the claims must agree to the
  // last digit, and weights such as 3.4 have no exact binary form).
  std::int64_t net_micro = 0, abs_weight_micro = 0;
  std::vector<std::uint32_t> outlets;  // ids: sorted and distinct from claims, appended (repeats) from aggregate rows
  std::vector<std::pair<std::uint32_t, std::size_t>> relations;  // relation id, count
  std::vector<std::int32_t> days;                               // claim dates, deduplicated in finish()
  std::int32_t first_day = INT32_MAX, last_day = INT32_MIN;     // kept instead of days without details
};

// The intensity and day of the strongest claim seen so far for one polarity: kept next to
// the counts so most claims are compared without touching the (large, cold) Claim copy.
struct BestKey {
  // Asserted and not negated: the claim states the relation itself, rather than reporting
  // someone's statement, a hypothesis, or a denial. Such claims come first as evidence.
  bool direct = false;
  double abs_weight = -1.0;
  std::int32_t day = INT32_MIN;  // undated sorts first, like an empty date string
};

struct EdgeAccumulator {
  std::uint32_t a = 0, b = 0;  // vertex ids, name(a) < name(b) is sorted out in finish()
  std::vector<ClassAccumulator> classes;
  std::array<BestKey, 3> best_key;  // per polarity -1, 0, +1 at index 0, 1, 2
  // The accumulator of relation class `class_id`, added when the edge has none yet (an edge
  // has a handful of classes: a scan beats a map).
  ClassAccumulator& class_accumulator(std::uint32_t class_id) {
    for (auto& k : classes)
      if (k.class_id == class_id) return k;
    ClassAccumulator& added = classes.emplace_back();
    added.class_id = class_id;
    return added;
  }
};

// Strongest claim per polarity, parallel to the accumulators: the representative is
// picked by the final sign, which is only known once every claim is in. Claims streamed
// in whole are kept; facts from an index keep only the id, fetched once in finish().
struct BestClaim {
  std::string id;
  // Behind a pointer: a Claim is ~700 bytes, three per edge, and facts never fill it (a
  // 45k-edge graph from a store spent ~100 MB and its page faults on empty ones).
  std::unique_ptr<Claim> claim;
};
using BestClaims = std::array<std::optional<BestClaim>, 3>;

// Claims read by id on a thread of their own (FactLookups::claims) while the caller goes on;
// get() waits for them. `edges` is the caller's note of which result goes where.
class RepresentativeFetch {
 public:
  using Lookup = std::function<std::vector<std::optional<Claim>>(const std::vector<std::string>&)>;
  RepresentativeFetch(const Lookup& lookup, std::vector<std::string> ids)
      : ids_(std::move(ids)), result_(std::async(std::launch::async, [&lookup, this] { return lookup(ids_); })) {}
  // Waits before the ids go (an exception thrown meanwhile must not leave the thread reading them).
  ~RepresentativeFetch() {
    if (result_.valid()) result_.wait();
  }
  RepresentativeFetch(const RepresentativeFetch&) = delete;
  RepresentativeFetch& operator=(const RepresentativeFetch&) = delete;
  std::vector<std::optional<Claim>> get() { return result_.get(); }
  std::vector<std::size_t> edges;

 private:
  std::vector<std::string> ids_;
  std::future<std::vector<std::optional<Claim>>> result_;
};

struct VertexAccumulator {
  std::string label, type, country;
  bool described_by_self = false;  // label/type came from a claim naming this very actor
  // Facts that say only which side names its vertex's actor itself (add_facts with
  // NamedSelf): the id of the first such claim, read and described from in finish().
  std::string describing_claim;
};

// Vertex and edge bundles of the Boost graph: indexes into nodes_/edges_.
struct VertexProp {
  std::size_t node = 0;
};
struct EdgeProp {
  std::size_t edge = 0;
};
using BoostGraph = boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS, VertexProp, EdgeProp>;

struct SignedGraph::Impl {
  // Streaming state.
  Interner actors, outlets, classes, relations;
  std::vector<VertexAccumulator> vertices;  // by actor id
  FlatIndex dyads;  // (lo << 32 | hi) -> accumulators index
  std::vector<EdgeAccumulator> accumulators;
  std::vector<BestClaims> best_claims;  // cold: touched only when a claim may be stronger
  std::size_t claims_seen = 0;
  bool finished = false;
  bool keep_days = true;  // GraphFilter::details: per-class accumulators (and their days when spell_days)
  bool spell_days = true;  // GraphFilter::spells: every claim day of a class, or only the first and last
  bool smallest_describing_id = false;  // facts came with NamedSelf::smallest_id (absorb() keeps the smaller)
  std::vector<std::unique_ptr<Impl>> absorbed;  // the graphs absorb() took in, kept with this one
  // Facts arrive sorted by pair: the two actors repeat run after run. (Outlets, relations
  // and dates change from one fact to the next; a memo of them only cost copies.)
  RecentLookup<std::uint32_t> recent_low, recent_high;
  std::uint64_t recent_pair = UINT64_MAX;
  // accumulate_pair(): the previous row's outlet and relation names by position, with ids.
  std::vector<std::pair<std::string, std::uint32_t>> outlet_memo, relation_memo;
  std::size_t recent_pair_index = 0;

  // Results of finish().
  std::vector<std::string> outlet_names_by_rank;  // what the edges' OutletLists index
  std::vector<NodeSummary> nodes;
  std::vector<EdgeSummary> edges;
  std::unordered_map<std::string, std::size_t> node_index;
  std::vector<std::pair<std::size_t, std::size_t>> edge_ends;  // per edge: its two vertex indexes (a, b)
  BoostGraph graph;  // vertex i <-> nodes[i]
  BalanceReport balance;
  FactLookups lookups;  // kept when representatives are lazy

  // `full` is the whole claim when it was streamed in (kept as evidence), else null.
  void accumulate(const ClaimFacts& f, const Claim* full, const Actor* subject_actor, const Actor* object_actor,
                  SignedGraph::NamedSelf named_self = {});
  // Describes vertices whose describing_claim finish() must read (FactLookups::claims).
  void describe_from_claims(const std::vector<bool>& used, const GraphFilter& filter, const FactLookups& lookups);
  // A PairStats or a PairRowView (the same fields; a view's names are not copied).
  template <class Row>
  void accumulate_pair(std::string_view x, std::string_view y, std::string_view row_outlet, const Row& s);
  template <class Row>
  void add_aggregate_row(std::string_view a, std::string_view b, std::string_view row_outlet, const Row& row,
                         const GraphFilter& filter);
  // One relation class row of a pair (with its days), a PairStats or a PairRowView.
  template <class Row>
  void accumulate_class(std::string_view a, std::string_view b, std::string_view relation_class, const Row& row,
                        const GraphFilter& filter);
  // SignedGraph::absorb: y's accumulators, their ids translated, moved into this graph.
  void absorb(Impl& y);
  // accumulate_pair()'s shared part: the edge of x-y (created when new) and its index.
  std::size_t pair_edge(std::string_view x, std::string_view y);
  std::size_t find_pair_edge(std::string_view x, std::string_view y);  // pair_edge() without its memo
  // pair_edge()'s previous row: its two codes as given, and its edge.
  std::string recent_row_x, recent_row_y;
  std::size_t recent_row_pair_index = 0;
  bool recent_row_pair_valid = false;
  PairRuns pair_runs;  // a window's rows: the same pairs label after label
  // Adds a row's counts, sums, outlets, relations and first/last day to one class.
  template <class Row>
  void add_row(ClassAccumulator& acc, std::string_view row_outlet, const Row& s);
  // Offers a row's strongest claim per polarity to the edge's.
  template <class Row>
  void offer_best(std::size_t index, const Row& s);
  void build_summaries(const GraphFilter& filter, const FactLookups& lookups);
  // The accumulators in the order of their pairs' names (the summaries' order), in edge_order.
  void order_edges();
  std::vector<std::uint32_t> edge_order;
  static std::size_t representative_slot(int sign, const EdgeAccumulator& acc, const BestClaims& best);
  void representatives_to_fetch(const std::vector<std::uint32_t>& kept, std::vector<std::string>& ids,
                                std::vector<std::size_t>& at) const;
  void build_boost_graph();
  void compute_balance();     // balance.cpp
  void compute_camps();       // balance.cpp, after compute_balance
  void compute_centrality();  // centrality.cpp
};

}  // namespace irkg
