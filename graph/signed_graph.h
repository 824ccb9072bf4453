#pragma once
// The signed alliance/rivalry graph built from claims with Boost.Graph: vertices are
// actors, one aggregated edge per unordered dyad. Rules (sign, strength, ranking, paths,
// balance) are documented in docs/GRAPH.md.
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <iterator>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "core/claim.h"
#include "core/pair_stats.h"

namespace irkg {

// A claim reduced to what the graph aggregates, without its texts: how a store's dyad
// index feeds the graph without decoding claim records. `subject` and `object` are vertex
// ids at the filter's level already.
struct ClaimFacts {
  std::string_view id, subject, object, relation, category, modality, outlet, date;
  int polarity = 0;
  double weight = 0.0;
  bool negated = false;
  // Index facts carry no agency, except those of the agency index (schema 8), which say
  // which agency's range they came from: only those pass a filter by agency.
  bool agency_known = false;
  std::string_view agency;
};

// The facts of a claim `id` whose endpoints are the vertices `subject` and `object`, from
// anything with a claim's fact fields (a Claim, a store's DyadFact or ActorFact): views into
// `x` and the strings, which must outlive the result.
template <class WithFacts>
ClaimFacts facts_of(std::string_view id, const WithFacts& x, std::string_view subject, std::string_view object) {
  ClaimFacts f;
  f.id = id;
  f.subject = subject;
  f.object = object;
  f.relation = x.relation;
  f.category = x.category;
  f.modality = x.modality;
  f.outlet = x.outlet;
  f.date = x.date;
  f.polarity = x.polarity;
  f.weight = x.weight;
  f.negated = x.negated;
  return f;
}

// What facts do not carry, asked for in finish(): the representative claim of each kept
// edge (its evidence sentence) and the description of each vertex (label, type, country).
struct FactLookups {
  // One call with every kept edge's representative id (a store answers with one sorted
  // MultiGet instead of tens of thousands of point reads); results in the ids' order.
  std::function<std::vector<std::optional<Claim>>(const std::vector<std::string>& ids)> claims;
  // Keep `claims` for ensure_representatives() instead of calling it for every kept edge:
  // a ranking prints ten pairs of a 45k-edge graph (the lookups must outlive the graph).
  bool lazy_representatives = false;
  std::function<std::optional<Actor>(const std::string& id)> actor;
};

struct GraphFilter {
  std::string since, until;                 // inclusive YYYY-MM-DD; undated claims are dropped when set
  std::set<std::string> outlets;            // keep only these (empty = all)
  std::set<std::string> exclude_outlets;
  std::set<std::string> agencies;           // keep only claims of these wire agencies (empty = all);
                                            // index facts carry no agency: only whole claims pass
  std::set<std::string> modalities;         // keep only these (empty = all)
  std::set<std::string> categories;         // PLOVER categories (empty = all)
  std::size_t min_claims = 1;               // per edge
  bool include_negated = false;
  std::string level = "state";              // "state": actors count as their country; "actor": keep persons etc.
  // Per-class summaries (EdgeSummary::by_category) and date spells (edges and nodes): what
  // the exports write. Ranking, paths and blocs need neither; skipping them halves the
  // build on large stores.
  bool details = true;
  // With details: date spells of edges, classes and nodes (GEXF's timeline). The other
  // exports write first and last dates only; without spells a 10M-claim export skips
  // keeping ~9M class days and turning them into runs.
  bool spells = true;
  // Blocs, balance, camps and betweenness (finish() runs analyse()). Rankings and paths use
  // none of them; on a 300-actor graph of 44,850 pairs they were most of finish().
  bool analysis = true;
  // Each edge's most frequent relation (EdgeSummary::top_relation), which only JSON output
  // and the exports show. False lets a graph read from pair aggregates pass over the rows'
  // relation names (a third of a date window's names) and leave top_relation empty; other
  // sources may still fill it.
  bool top_relations = true;

  // True when the claim passes every per-claim condition (all but min_claims).
  bool accepts(const Claim& c) const;
  bool accepts(const ClaimFacts& f) const;
  // Every condition but the agency (which facts do not carry).
  bool accepts_facts(const ClaimFacts& f) const;
  // Throws std::invalid_argument with one readable line when a field is unusable
  // (bad date, since > until, unknown level, min_claims 0).
  void validate() const;
};

// A run of consecutive days on which claims were dated (inclusive), for GEXF spells. Kept
// as day numbers (days since 1970-01-01), formatted when written: a 10M-claim export has
// ~9M edge spells, and two date strings each took 64 bytes.
struct DateSpell {
  std::int32_t first_day = 0, last_day = 0;
  DateSpell() = default;
  DateSpell(std::int32_t first, std::int32_t last) : first_day(first), last_day(last) {}
  // From YYYY-MM-DD dates (throws std::invalid_argument on another form).
  DateSpell(std::string_view start, std::string_view end);
  std::string start() const;  // YYYY-MM-DD
  std::string end() const;
  bool operator==(const DateSpell&) const = default;
};

// Merges day numbers (sorted and made distinct here if they are not) into runs of
// consecutive days.
std::vector<DateSpell> spells_from_days(std::vector<std::int32_t> days);
// The same for days already sorted (repeats allowed), into `spells` (replaced, its memory
// reused).
void spells_from_sorted_days(const std::vector<std::int32_t>& days, std::vector<DateSpell>& spells);
// YYYY-MM-DD of a day number (days since 1970-01-01).
std::string format_day(std::int32_t day);

// An edge's distinct outlets, sorted by name; iterating yields std::string_view into the
// graph's interned names (valid as long as the graph). A whole-store graph has ~100
// outlets on each of ~45k edges: as a std::set<std::string> per edge that was 4.5M heap
// nodes and ~400 MB, as string views 64 MB; as 4-byte ids into the names, 16 MB.
class OutletList {
 public:
  class const_iterator {
   public:
    using iterator_category = std::random_access_iterator_tag;
    using value_type = std::string_view;
    using difference_type = std::ptrdiff_t;
    using pointer = void;
    using reference = std::string_view;
    const_iterator() = default;
    const_iterator(const OutletList* list, std::size_t at) : list_(list), at_(at) {}
    std::string_view operator*() const { return (*list_)[at_]; }
    const_iterator& operator++() { return ++at_, *this; }
    const_iterator operator++(int) { return {list_, at_++}; }
    const_iterator& operator--() { return --at_, *this; }
    const_iterator& operator+=(difference_type n) { return at_ += static_cast<std::size_t>(n), *this; }
    const_iterator operator+(difference_type n) const { return {list_, at_ + static_cast<std::size_t>(n)}; }
    difference_type operator-(const const_iterator& o) const {
      return static_cast<difference_type>(at_) - static_cast<difference_type>(o.at_);
    }
    std::string_view operator[](difference_type n) const { return *(*this + n); }
    bool operator==(const const_iterator& o) const { return at_ == o.at_; }
    auto operator<=>(const const_iterator& o) const { return at_ <=> o.at_; }

   private:
    const OutletList* list_ = nullptr;
    std::size_t at_ = 0;
  };
  using iterator = const_iterator;
  using value_type = std::string_view;
  using size_type = std::size_t;

  OutletList() = default;
  // A list that owns its names (tests, hand-made summaries).
  OutletList(std::initializer_list<std::string_view> names);
  // `ids` index `names`, which must outlive the list (the graph's interned outlets).
  OutletList(std::vector<std::uint32_t> ids, const std::vector<std::string>* names)
      : ids_(std::move(ids)), names_(names) {}
  // Empties the list to be refilled with ids into `names`, keeping the ids' memory (a
  // streamed export refills its summaries chunk after chunk instead of allocating anew).
  std::vector<std::uint32_t>& refill(const std::vector<std::string>* names) {
    owned_.reset();
    names_ = names;
    ids_.clear();
    return ids_;
  }

  std::size_t size() const { return ids_.size(); }
  bool empty() const { return ids_.empty(); }
  std::string_view operator[](std::size_t i) const { return (*names_)[ids_[i]]; }
  const_iterator begin() const { return {this, 0}; }
  const_iterator end() const { return {this, ids_.size()}; }
  friend bool operator==(const OutletList& x, const OutletList& y) {
    return std::equal(x.begin(), x.end(), y.begin(), y.end());
  }

 private:
  std::vector<std::uint32_t> ids_;
  const std::vector<std::string>* names_ = nullptr;
  std::shared_ptr<const std::vector<std::string>> owned_;  // the names of a list built from names
};

// An edge's representative claim, kept behind a pointer: a Claim is ~780 bytes, and held
// in each of a 10M-claim graph's 44,850 summaries it was 35 MB of memory touched (and page
// faults) before most were ever filled; rankings fill ten. Reads as an empty Claim when
// none was set.
class RepresentativeClaim {
 public:
  RepresentativeClaim() = default;
  RepresentativeClaim(const RepresentativeClaim& other)
      : claim_(other.claim_ ? std::make_unique<Claim>(*other.claim_) : nullptr) {}
  RepresentativeClaim(RepresentativeClaim&&) noexcept = default;
  RepresentativeClaim& operator=(const RepresentativeClaim& other) {
    if (this != &other) claim_ = other.claim_ ? std::make_unique<Claim>(*other.claim_) : nullptr;
    return *this;
  }
  RepresentativeClaim& operator=(RepresentativeClaim&&) noexcept = default;
  RepresentativeClaim& operator=(Claim claim) {
    claim_ = std::make_unique<Claim>(std::move(claim));
    return *this;
  }
  const Claim& get() const { return claim_ ? *claim_ : empty(); }
  const Claim* operator->() const { return &get(); }
  const Claim& operator*() const { return get(); }
  operator const Claim&() const { return get(); }  // NOLINT(google-explicit-constructor): reads as the claim
  friend bool operator==(const RepresentativeClaim& x, const RepresentativeClaim& y) { return x.get() == y.get(); }

 private:
  static const Claim& empty() {
    static const Claim none;
    return none;
  }
  std::unique_ptr<Claim> claim_;
};

// Claims of one relation class on one dyad (GraphML writes one edge per class). The
// relation class is the claim's category (PLOVER), or its relation when uncategorised.
struct RelationClassSummary {
  std::size_t positive = 0, negative = 0, neutral = 0;
  double net = 0.0;
  double abs_weight = 0.0;  // sum of |weight|, the margin base of the sign rule
  OutletList outlets;
  std::string first_date, last_date;
  std::string top_relation;
  int sign = 0;
  std::vector<DateSpell> spells;
  std::size_t claims() const { return positive + negative + neutral; }
  double strength() const;
};

struct EdgeSummary {
  std::string a, b;  // vertex ids, a < b
  std::size_t positive = 0, negative = 0, neutral = 0;
  double net = 0.0;                 // sum of claim weights
  double abs_weight = 0.0;          // sum of |weight|
  OutletList outlets;
  std::string first_date, last_date;
  int sign = 0;                     // +1 alliance, -1 rivalry, 0 mixed (see docs/GRAPH.md)
  std::string top_relation;
  std::map<std::string, RelationClassSummary> by_category;  // key: relation class
  RepresentativeClaim representative;  // the strongest claim agreeing with the sign, for its evidence sentence
  std::string representative_id;    // its id (representative may be empty until ensure_representatives())
  std::vector<DateSpell> spells;
  std::size_t claims() const { return positive + negative + neutral; }
  double strength() const;          // evidence strength used for ranking and export weight (> 0)
};

struct NodeSummary {
  std::string id, label, type, country;
  int bloc = -1;             // weak-balance bloc (component of positive edges), 0 = largest
  int side = -1;             // strong-balance side (0/1) of the two-colouring, -1 = no signed edge
  int camp = -1;             // frustration-minimising camp (docs/GRAPH.md), 0 = largest, -1 = no signed edge
  double betweenness = 0.0;  // Brandes betweenness, normalised to [0, 1]
  std::size_t claims = 0;    // claims on this actor's kept edges
  std::vector<DateSpell> spells;
};

// The sign rule, shared by dyads and relation classes: mixed unless |net| clears a margin.
int sign_of(double net, double abs_weight);

enum class PathKind { Alliance, Rivalry, Any };
// "alliance" | "rivalry" | "any"; nullopt otherwise.
std::optional<PathKind> parse_path_kind(const std::string& s);
std::string to_string(PathKind k);

struct PathHop {
  std::string from, to;
  int sign = 0;
  double strength = 0.0;
  const EdgeSummary* edge = nullptr;  // owned by the graph; evidence = edge->representative
};

struct PathResult {
  bool found = false;
  int sign = 0;  // product of hop signs
  double cost = 0.0;
  std::vector<PathHop> hops;
};

struct BalanceReport {
  struct Bloc {
    int id = 0;
    std::vector<std::string> members;  // sorted
  };
  std::vector<Bloc> blocs;                     // weak balance, largest first
  std::vector<const EdgeSummary*> weak_breaks;  // negative edges inside one bloc
  bool strongly_balanced = true;
  std::vector<const EdgeSummary*> strong_breaks;  // edges the two-colouring cannot satisfy
  std::size_t signed_triads = 0, balanced_triads = 0;
  // Camps: the partition of the signed graph that minimises frustration, each signed
  // edge weighing sign x strength (docs/GRAPH.md, "Camps").
  struct Camp {
    int id = 0;
    std::vector<std::string> members;  // sorted
  };
  std::vector<Camp> camps;                       // largest first, ties by first member
  std::vector<const EdgeSummary*> camp_breaks;   // alliances across camps, rivalries inside; strongest first
  double frustration = 0.0;                      // summed strength of camp_breaks
  double signed_weight = 0.0;                    // summed strength of every signed edge
  double frustration_share() const { return signed_weight > 0 ? frustration / signed_weight : 0.0; }
  double balance_ratio() const {
    return signed_triads == 0 ? 1.0 : static_cast<double>(balanced_triads) / static_cast<double>(signed_triads);
  }
};

class SignedGraph {
 public:
  SignedGraph();
  ~SignedGraph();
  SignedGraph(SignedGraph&&) noexcept;
  SignedGraph& operator=(SignedGraph&&) noexcept;

  void add_claim(const Claim& c, const GraphFilter& filter);  // stream claims in
  // The same, keeping each edge's strongest claims by id only (a whole Claim is ~1 KB, up
  // to three per edge): finish() then needs FactLookups::claims to read the evidence of
  // the edges shown (a store's records). Vertices are described from the claims, as above.
  void add_claim_by_id(const Claim& c, const GraphFilter& filter);
  // Stream facts in (a store's dyad index); pass `lookups` to finish() for evidence and labels.
  void add_facts(const ClaimFacts& f, const GraphFilter& filter);
  // Which sides of a claim's facts name their vertex's actor itself (its id is the vertex:
  // a state's own claim at state level, every actor at actor level).
  struct NamedSelf {
    bool subject = false, object = false;
    // The facts come in another order than the claims they stand for would be read in,
    // which is claim id order (a store's claims family): the claim with the smallest id
    // naming the vertex's actor itself describes it, whenever it comes.
    bool smallest_id = false;
  };
  // The same, with vertices described as add_claim_by_id describes them (from the first
  // claim, in the order given, naming the vertex's actor itself), not from
  // FactLookups::actor: finish() reads those claims through FactLookups::claims, one per
  // vertex kept (a store's outlet index digests, where labels must be the claims').
  void add_facts(const ClaimFacts& f, const GraphFilter& filter, NamedSelf named_self);
  // Stream pre-summed claims in (a store's pair aggregates, docs/STORE.md): a and b are
  // state-level vertex ids; row_outlet names the outlet of a per-outlet row. The caller
  // has checked that the filter's per-claim conditions are what the rows summed (state
  // level, negated claims left out, the rows' outlets and months); min_claims still
  // applies. Without details only (rows carry no relation classes or days).
  void add_pair_stats(std::string_view a, std::string_view b, std::string_view row_outlet, const PairStats& stats,
                      const GraphFilter& filter);
  // The same from a row read as views (Store::for_each_pair_row): no name is copied.
  void add_pair_row(std::string_view a, std::string_view b, std::string_view row_outlet, const PairRowView& row,
                    const GraphFilter& filter);
  // The same with details, one relation class of a pair at a time (a store's class rows,
  // which carry each class's outlets, relations and days): what the exports need, for the
  // whole store at state level without negated claims (the caller checks the filter).
  void add_pair_class_stats(std::string_view a, std::string_view b, std::string_view relation_class,
                            const PairStats& stats, const GraphFilter& filter);
  void add_pair_class_row(std::string_view a, std::string_view b, std::string_view relation_class,
                          const PairRowView& row, const GraphFilter& filter);
  // Adds everything `other` was given (before either is finished), as if it had been
  // streamed into this graph; `other` is left empty. A graph built on two threads from
  // two halves of a store's rows (pairs split by key: Store::pair_split_key) is one graph
  // this way; pairs both hold are summed as their rows would be.
  void absorb(SignedGraph&& other);
  // Applies min_claims, computes signs, blocs, centrality.
  void finish(const GraphFilter& filter, const FactLookups& lookups = {});

  const std::vector<NodeSummary>& nodes() const;  // sorted by id
  const std::vector<EdgeSummary>& edges() const;  // sorted by (a, b)
  const NodeSummary* node(const std::string& id) const;
  std::size_t claims_seen() const;  // claims accepted by the filter (before min_claims)

  // Edges with the given sign (-1 rivalry, +1 alliance, 0 mixed), strongest first; `actor`
  // limits to one actor's counterparts.
  // Pointers into edges(): valid as long as the graph.
  std::vector<const EdgeSummary*> ranked(int sign, const std::string& actor = "") const;

  // The shortest evidence-backed path from a to b with at most max_hops hops: fewest hops
  // first, then strongest evidence. Alliance: positive edges only. Rivalry: signed edges
  // whose sign product is negative (enemy of my friend, friend of my enemy, ...). Any:
  // every edge, mixed included.
  PathResult path(const std::string& a, const std::string& b, PathKind kind, std::size_t max_hops) const;

  const BalanceReport& balance() const;
  // Fills the representative claim of these edges (pointers into edges()) when finish()
  // was given lazy lookups; one batched lookup. A no-op for edges that have it.
  void ensure_representatives(const std::vector<const EdgeSummary*>& shown) const;
  // Lets go of what finish() kept of its lookups (with lazy representatives: the store),
  // so a graph kept until the process exits does not keep its store open; later
  // ensure_representatives() calls do nothing.
  void release_lookups() const;
  // Recomputes blocs, balance and betweenness (finish() already did); the cost of
  // `irkg blocs` on its own, used by bench/graph_bench.cpp.
  void analyse();

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace irkg
