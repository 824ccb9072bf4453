// Building the signed graph: streaming aggregation and the summaries finish() produces.
#include <algorithm>
#include <bit>
#include <cmath>
#include <future>
#include <map>
#include <stdexcept>
#include <thread>
#include <tuple>
#include <type_traits>

#include "core/date.h"
#include "graph/day_bitmap.h"
#include "graph/graph_impl.h"

namespace irkg {

namespace {

const std::string& vertex_of(const Actor& a, const std::string& level) {
  if (level == "state" && !a.country.empty()) return a.country;
  return a.id;
}

// Weights outside the documented -10..+10 (or NaN) from a foreign importer must not
// poison sums, signs or the choice of evidence.
double usable_weight(double w) { return std::isfinite(w) ? std::clamp(w, -10.0, 10.0) : 0.0; }

// The "stronger evidence" order on what accumulate() keeps per polarity: a direct claim
// (asserted, not negated) before any other, then the most intense, then the most recent;
// the smaller id breaks a full tie.
int compare_keys(const BestKey& kx, const BestKey& ky) {
  if (kx.direct != ky.direct) return kx.direct ? 1 : -1;
  if (kx.abs_weight != ky.abs_weight) return kx.abs_weight > ky.abs_weight ? 1 : -1;
  if (kx.day != ky.day) return kx.day > ky.day ? 1 : -1;
  return 0;
}

bool stronger(const BestKey& kx, const std::string& x, const BestKey& ky, const std::string& y) {
  const int order = compare_keys(kx, ky);
  return order != 0 ? order > 0 : x < y;
}

std::string_view evidence_id(const PairEvidence& e) { return e.id; }
std::string_view evidence_id(const PairEvidenceView& e) { return e.id(); }

void insert_sorted(std::vector<std::uint32_t>& v, std::uint32_t x) {
  auto it = std::lower_bound(v.begin(), v.end(), x);
  if (it == v.end() || *it != x) v.insert(it, x);
}

void add_count(std::vector<std::pair<std::uint32_t, std::size_t>>& v, std::uint32_t id, std::size_t n) {
  for (auto& [k, count] : v)
    if (k == id) {
      count += n;
      return;
    }
  v.emplace_back(id, n);
}

}  // namespace

// YYYY-MM-DD by hand: exports format millions of spell bounds, and snprintf dominated.
std::string format_day(std::int32_t day) {
  const Ymd d = civil_from_days(day);
  if (d.year < 0 || d.year > 9999) return format_iso_date(d);
  std::string out(10, '-');
  const auto put = [&](std::size_t at, int value, int digits) {
    for (int i = digits - 1; i >= 0; --i, value /= 10) out[at + static_cast<std::size_t>(i)] = static_cast<char>('0' + value % 10);
  };
  put(0, d.year, 4);
  put(5, d.month, 2);
  put(8, d.day, 2);
  return out;
}

namespace {

// Most frequent relation; ties go to the alphabetically first so output is stable.
std::string top_of(const std::vector<std::pair<std::uint32_t, std::size_t>>& counts, const Interner& names) {
  const std::string* best = nullptr;
  std::size_t best_count = 0;
  for (const auto& [id, count] : counts) {
    const std::string& name = names.name(id);
    if (count > best_count || (count == best_count && best && name < *best)) {
      best = &name;
      best_count = count;
    }
  }
  return best ? *best : std::string();
}

}  // namespace

std::vector<DateSpell> spells_from_days(std::vector<std::int32_t> days) {
  if (!std::is_sorted(days.begin(), days.end())) std::sort(days.begin(), days.end());
  days.erase(std::unique(days.begin(), days.end()), days.end());
  std::vector<DateSpell> spells;
  std::size_t runs = days.empty() ? 0 : 1;  // counted first: one allocation
  for (std::size_t i = 1; i < days.size(); ++i) runs += days[i] != days[i - 1] + 1;
  spells.reserve(runs);
  for (std::size_t i = 0; i < days.size();) {
    std::size_t j = i;
    while (j + 1 < days.size() && days[j + 1] == days[j] + 1) ++j;
    spells.emplace_back(days[i], days[j]);
    i = j + 1;
  }
  return spells;
}

void spells_from_sorted_days(const std::vector<std::int32_t>& days, std::vector<DateSpell>& spells) {
  spells.clear();
  for (std::size_t i = 0; i < days.size();) {
    std::size_t j = i;
    while (j + 1 < days.size() && days[j + 1] <= days[j] + 1) ++j;  // a repeat or the next day
    spells.emplace_back(days[i], days[j]);
    i = j + 1;
  }
}

DateSpell::DateSpell(std::string_view start, std::string_view end) {
  const auto day = [](std::string_view date) {
    const auto ymd = parse_iso_date(date);
    if (!ymd) throw std::invalid_argument("a spell bound must be YYYY-MM-DD, not '" + std::string(date) + "'");
    return static_cast<std::int32_t>(days_from_civil(*ymd));
  };
  first_day = day(start);
  last_day = day(end);
}

std::string DateSpell::start() const { return format_day(first_day); }
std::string DateSpell::end() const { return format_day(last_day); }

OutletList::OutletList(std::initializer_list<std::string_view> names) {
  auto owned = std::make_shared<std::vector<std::string>>(names.begin(), names.end());
  ids_.resize(owned->size());
  for (std::uint32_t i = 0; i < ids_.size(); ++i) ids_[i] = i;
  names_ = owned.get();
  owned_ = std::move(owned);
}

SignedGraph::SignedGraph() : impl_(std::make_unique<Impl>()) {}
SignedGraph::~SignedGraph() = default;
SignedGraph::SignedGraph(SignedGraph&&) noexcept = default;
SignedGraph& SignedGraph::operator=(SignedGraph&&) noexcept = default;

void SignedGraph::add_claim(const Claim& c, const GraphFilter& filter) {
  if (impl_->finished) throw std::logic_error("SignedGraph::add_claim after finish");
  if (!filter.accepts(c)) return;
  const std::string& s = vertex_of(c.subject, filter.level);
  const std::string& o = vertex_of(c.object, filter.level);
  // A state does not ally with itself: at state level "Japan's government backs Japan"
  // collapses to a self-loop that carries no relation between actors.
  if (s.empty() || o.empty() || s == o) return;
  impl_->keep_days = filter.details;
  impl_->spell_days = filter.spells;
  impl_->accumulate(facts_of(c.id, c, s, o), &c, &c.subject, &c.object);
}

void SignedGraph::add_claim_by_id(const Claim& c, const GraphFilter& filter) {
  if (impl_->finished) throw std::logic_error("SignedGraph::add_claim_by_id after finish");
  if (!filter.accepts(c)) return;
  const std::string& s = vertex_of(c.subject, filter.level);
  const std::string& o = vertex_of(c.object, filter.level);
  if (s.empty() || o.empty() || s == o) return;  // as add_claim
  impl_->keep_days = filter.details;
  impl_->spell_days = filter.spells;
  impl_->accumulate(facts_of(c.id, c, s, o), nullptr, &c.subject, &c.object);
}

void SignedGraph::add_facts(const ClaimFacts& f, const GraphFilter& filter) {
  if (impl_->finished) throw std::logic_error("SignedGraph::add_facts after finish");
  if (!filter.accepts(f)) return;
  if (f.subject.empty() || f.object.empty() || f.subject == f.object) return;  // as add_claim
  impl_->keep_days = filter.details;
  impl_->spell_days = filter.spells;
  impl_->accumulate(f, nullptr, nullptr, nullptr);
}

void SignedGraph::add_facts(const ClaimFacts& f, const GraphFilter& filter, NamedSelf named_self) {
  if (impl_->finished) throw std::logic_error("SignedGraph::add_facts after finish");
  if (!filter.accepts(f)) return;
  if (f.subject.empty() || f.object.empty() || f.subject == f.object) return;  // as add_claim
  impl_->keep_days = filter.details;
  impl_->spell_days = filter.spells;
  impl_->accumulate(f, nullptr, nullptr, nullptr, named_self);
}

namespace {

// What a claim naming actor `actor` tells of vertex `id` (add_claim's description): a
// claim naming the vertex's actor itself gives its label, type and country, and nothing
// after it changes them; another (a person of that state) only its country.
void describe_vertex(VertexAccumulator& acc, std::string_view id, const Actor& actor) {
  const bool self = actor.id == id;
  if (!acc.described_by_self && (self || acc.type.empty())) {
    if (self && !actor.name.empty()) acc.label = actor.name;
    acc.type = self ? actor.type : acc.type;
    acc.country = actor.country.empty() ? std::string(id) : actor.country;
    acc.described_by_self = self;
  }
}

}  // namespace

void SignedGraph::Impl::accumulate(const ClaimFacts& c, const Claim* full, const Actor* subject_actor,
                                   const Actor* object_actor, SignedGraph::NamedSelf named_self) {
  ++claims_seen;
  // Facts carry no actor description: finish() asks FactLookups::actor for those vertices,
  // or reads the first claim that names a vertex's actor itself (named_self).
  auto describe = [&](std::uint32_t v, std::string_view id, const Actor* actor, bool self) {
    if (v >= vertices.size()) {
      vertices.resize(v + 1);
      vertices[v].label = std::string(id);
    }
    VertexAccumulator& acc = vertices[v];
    if (actor) describe_vertex(acc, id, *actor);
    else if (self && (acc.describing_claim.empty() || (named_self.smallest_id && c.id < acc.describing_claim)))
      acc.describing_claim.assign(c.id);
    if (named_self.smallest_id) smallest_describing_id = true;
  };
  const auto intern_actor = [&](std::string_view id) { return actors.id(id); };
  const bool subject_low = c.subject <= c.object;
  const std::uint32_t low = recent_low.get(subject_low ? c.subject : c.object, intern_actor);
  const std::uint32_t high = recent_high.get(subject_low ? c.object : c.subject, intern_actor);
  describe(low, subject_low ? c.subject : c.object, subject_low ? subject_actor : object_actor,
           subject_low ? named_self.subject : named_self.object);
  describe(high, subject_low ? c.object : c.subject, subject_low ? object_actor : subject_actor,
           subject_low ? named_self.object : named_self.subject);
  const std::uint32_t a = std::min(low, high), b = std::max(low, high);
  const std::uint64_t key = (static_cast<std::uint64_t>(a) << 32) | b;
  std::size_t index = recent_pair_index;
  if (key != recent_pair) {
    const auto [found, inserted] = dyads.find_or_insert(key, static_cast<std::uint32_t>(accumulators.size()));
    if (inserted) {
      best_claims.emplace_back();
      accumulators.emplace_back();
      accumulators.back().a = a;
      accumulators.back().b = b;
    }
    index = found;
    recent_pair = key;
    recent_pair_index = index;
  }
  EdgeAccumulator& edge = accumulators[index];

  // Without details no per-class summary is built: one accumulator per edge holds the
  // same totals (fewer vectors, no class lookup; a 10M-claim build is memory-bound).
  const std::uint32_t cls =
      !keep_days ? 0 : classes.id(!c.category.empty() ? c.category : !c.relation.empty() ? c.relation : "OTHER");
  ClassAccumulator* acc = &edge.class_accumulator(cls);
  const int polarity = c.polarity > 0 ? 1 : c.polarity < 0 ? -1 : 0;
  (polarity > 0 ? acc->positive : polarity < 0 ? acc->negative : acc->neutral) += 1;
  const double w = usable_weight(c.weight);
  acc->net_micro += std::llround(w * 1e6);
  acc->abs_weight_micro += std::llround(std::fabs(w) * 1e6);
  if (!c.outlet.empty()) insert_sorted(acc->outlets, outlets.id(c.outlet));
  add_count(acc->relations, relations.id(c.relation), 1);
  std::int32_t day = INT32_MIN;  // undated, or a date that does not parse
  if (!c.date.empty())
    if (const auto ymd = parse_iso_date(c.date)) day = static_cast<std::int32_t>(days_from_civil(*ymd));
  if (day != INT32_MIN) {
    if (keep_days && spell_days) acc->days.push_back(day);
    acc->first_day = std::min(acc->first_day, day);
    acc->last_day = std::max(acc->last_day, day);
  }

  // stronger() order (direct, intensity, day, smaller id), decided on the hot key; only a
  // full tie compares ids.
  const auto slot = static_cast<std::size_t>(polarity + 1);
  BestKey& current = edge.best_key[slot];
  const BestKey claim_key{c.modality == "asserted" && !c.negated, std::fabs(w), day};
  const int order = compare_keys(claim_key, current);
  bool replace = order > 0;
  if (order == 0) {
    const auto& best = best_claims[index][slot];
    replace = !best || c.id < best->id;
  }
  if (replace) {
    current = claim_key;
    auto& best = best_claims[index][slot];
    if (!best) best.emplace();
    best->id.assign(c.id);
    if (full) {
      if (best->claim) *best->claim = *full;
      else best->claim = std::make_unique<Claim>(*full);
    }
  }
}

// A pair aggregate row, owned (PairStats) or viewed (PairRowView): the same checks, then
// the same accumulation.
template <class Row>
void SignedGraph::Impl::add_aggregate_row(std::string_view a, std::string_view b, std::string_view row_outlet, const Row& row,
                                          const GraphFilter& filter) {
  if (finished) throw std::logic_error("SignedGraph: a pair aggregate row added after finish");
  if (filter.details) throw std::logic_error("SignedGraph: pair aggregates carry no details");
  if (row.claims() == 0 || a.empty() || b.empty() || a == b) return;
  keep_days = false;
  accumulate_pair(a, b, row_outlet, row);
}

void SignedGraph::add_pair_stats(std::string_view a, std::string_view b, std::string_view row_outlet,
                                 const PairStats& stats, const GraphFilter& filter) {
  impl_->add_aggregate_row(a, b, row_outlet, stats, filter);
}

void SignedGraph::add_pair_row(std::string_view a, std::string_view b, std::string_view row_outlet,
                               const PairRowView& row, const GraphFilter& filter) {
  impl_->add_aggregate_row(a, b, row_outlet, row, filter);
}

void SignedGraph::add_pair_class_stats(std::string_view a, std::string_view b, std::string_view relation_class,
                                       const PairStats& stats, const GraphFilter& filter) {
  if (impl_->finished) throw std::logic_error("SignedGraph::add_pair_class_stats after finish");
  if (!filter.details) throw std::logic_error("SignedGraph::add_pair_class_stats: class rows are for details");
  impl_->accumulate_class(a, b, relation_class, stats, filter);
}

void SignedGraph::add_pair_class_row(std::string_view a, std::string_view b, std::string_view relation_class,
                                     const PairRowView& row, const GraphFilter& filter) {
  if (impl_->finished) throw std::logic_error("SignedGraph::add_pair_class_row after finish");
  if (!filter.details) throw std::logic_error("SignedGraph::add_pair_class_row: class rows are for details");
  impl_->accumulate_class(a, b, relation_class, row, filter);
}

template <class Row>
void SignedGraph::Impl::accumulate_class(std::string_view a, std::string_view b, std::string_view relation_class,
                                         const Row& stats, const GraphFilter& filter) {
  if (stats.claims() == 0 || a.empty() || b.empty() || a == b) return;
  keep_days = true;
  claims_seen += static_cast<std::size_t>(stats.claims());
  const std::size_t index = pair_edge(a, b);
  const std::uint32_t cls = classes.id(relation_class);
  EdgeAccumulator& edge = accumulators[index];
  ClassAccumulator* acc = &edge.class_accumulator(cls);
  add_row(*acc, {}, stats);
  spell_days = filter.spells;
  if (filter.spells) acc->days.insert(acc->days.end(), stats.days.begin(), stats.days.end());
  // finish() sizes its day bitmaps by the classes' first and last days: a row's days must
  // lie inside them even if the row's own bounds disagreed.
  if (!stats.days.empty()) {
    const auto [low, high] = std::minmax_element(stats.days.begin(), stats.days.end());
    acc->first_day = std::min(acc->first_day, *low);
    acc->last_day = std::max(acc->last_day, *high);
  }
  offer_best(index, stats);
}

void SignedGraph::absorb(SignedGraph&& other) {
  if (impl_->finished || other.impl_->finished) throw std::logic_error("SignedGraph::absorb after finish");
  if (&other == this) return;
  impl_->absorb(*other.impl_);
  // What is left of the other graph (its merged edges' vectors) goes with this one: freed
  // here, block by block, it cost a window read in two halves most of what the second
  // thread saved (a 10M-claim blocs over two outlets; commands keep their graph until exit).
  impl_->absorbed.push_back(std::move(other.impl_));
  other.impl_ = std::make_unique<Impl>();
}

void SignedGraph::Impl::absorb(Impl& y) {
  claims_seen += y.claims_seen;
  const auto id_map = [](const Interner& from, Interner& to) {
    std::vector<std::uint32_t> map(from.size());
    for (std::uint32_t i = 0; i < map.size(); ++i) map[i] = to.id(from.name(i));
    return map;
  };
  const std::vector<std::uint32_t> actor_of = id_map(y.actors, actors), outlet_of = id_map(y.outlets, outlets),
                                   relation_of = id_map(y.relations, relations), class_of = id_map(y.classes, classes);
  // Vertices: a description from a claim naming the actor itself wins, as in accumulate().
  vertices.resize(actors.size());
  for (std::uint32_t v = 0; v < y.vertices.size() && v < actor_of.size(); ++v) {
    VertexAccumulator& into = vertices[actor_of[v]];
    VertexAccumulator& from = y.vertices[v];
    if (into.label.empty()) into.label = from.label;
    // Facts name a claim to describe the vertex from: the first graph's comes first (a
    // window's earlier half), or the smaller id when ids decide (NamedSelf::smallest_id).
    if (!from.describing_claim.empty() &&
        (into.describing_claim.empty() || (smallest_describing_id && from.describing_claim < into.describing_claim)))
      into.describing_claim = from.describing_claim;
    if (!into.described_by_self && (from.described_by_self || (into.type.empty() && !from.type.empty()))) into = std::move(from);
  }
  // Without details a class accumulator's id is 0 and names nothing: kept as it is.
  const auto class_id = [&](std::uint32_t id) { return id < class_of.size() ? class_of[id] : id; };
  for (std::size_t j = 0; j < y.accumulators.size(); ++j) {
    EdgeAccumulator& from = y.accumulators[j];
    for (auto& k : from.classes) {
      k.class_id = class_id(k.class_id);
      for (auto& o : k.outlets) o = outlet_of[o];
      for (auto& r : k.relations) r.first = relation_of[r.first];
    }
    const std::uint32_t a = std::min(actor_of[from.a], actor_of[from.b]), b = std::max(actor_of[from.a], actor_of[from.b]);
    const std::uint64_t key = (static_cast<std::uint64_t>(a) << 32) | b;
    const auto [index, inserted] = dyads.find_or_insert(key, static_cast<std::uint32_t>(accumulators.size()));
    if (inserted) {  // a pair this graph has not seen (a split scan: every pair)
      from.a = a;
      from.b = b;
      accumulators.push_back(std::move(from));
      best_claims.push_back(std::move(y.best_claims[j]));
      continue;
    }
    EdgeAccumulator& into = accumulators[index];
    for (auto& k : from.classes) {
      ClassAccumulator& t = into.class_accumulator(k.class_id);
      t.positive += k.positive;
      t.negative += k.negative;
      t.neutral += k.neutral;
      t.net_micro += k.net_micro;
      t.abs_weight_micro += k.abs_weight_micro;
      // Outlet lists from claims stay sorted and distinct (accumulate() inserts into them).
      t.outlets.insert(t.outlets.end(), k.outlets.begin(), k.outlets.end());
      std::sort(t.outlets.begin(), t.outlets.end());
      t.outlets.erase(std::unique(t.outlets.begin(), t.outlets.end()), t.outlets.end());
      for (const auto& [rel, count] : k.relations) add_count(t.relations, rel, count);
      t.days.insert(t.days.end(), k.days.begin(), k.days.end());
      t.first_day = std::min(t.first_day, k.first_day);
      t.last_day = std::max(t.last_day, k.last_day);
    }
    for (std::size_t slot = 0; slot < 3; ++slot) {
      auto& theirs = y.best_claims[j][slot];
      if (!theirs) continue;
      auto& ours = best_claims[index][slot];
      const int order = compare_keys(from.best_key[slot], into.best_key[slot]);
      if (order > 0 || (order == 0 && (!ours || theirs->id < ours->id))) {
        into.best_key[slot] = from.best_key[slot];
        ours = std::move(theirs);
      }
    }
  }
  // Memos of the previous lookups name this graph's edges by index: still right, but an
  // insertion above may have moved the accumulators (accumulate() keeps no reference).
  recent_pair = UINT64_MAX;
}

std::size_t SignedGraph::Impl::pair_edge(std::string_view x, std::string_view y) {
  // A pair's class rows come one after another (about ten per pair in an export).
  if (recent_row_pair_valid && x == recent_row_x && y == recent_row_y) return recent_row_pair_index;
  std::size_t index;
  if (const auto ahead = pair_runs.find(x, y)) {
    index = *ahead;
  } else {
    index = find_pair_edge(x, y);
    pair_runs.record(index);
  }
  recent_row_x.assign(x);
  recent_row_y.assign(y);
  recent_row_pair_index = index;
  recent_row_pair_valid = true;
  return index;
}

std::size_t SignedGraph::Impl::find_pair_edge(std::string_view x, std::string_view y) {
  const auto vertex = [&](std::string_view id) {
    const std::uint32_t v = actors.id(id);
    if (v >= vertices.size()) {
      vertices.resize(v + 1);
      vertices[v].label = std::string(id);
    }
    return v;
  };
  const std::uint32_t vx = vertex(x), vy = vertex(y);
  const std::uint32_t a = std::min(vx, vy), b = std::max(vx, vy);
  const std::uint64_t key = (static_cast<std::uint64_t>(a) << 32) | b;
  const auto [index, inserted] = dyads.find_or_insert(key, static_cast<std::uint32_t>(accumulators.size()));
  if (inserted) {
    best_claims.emplace_back();
    accumulators.emplace_back();
    accumulators.back().a = a;
    accumulators.back().b = b;
  }
  recent_pair = UINT64_MAX;  // accumulate()'s memo must not outlive an insertion made here
  return index;
}

// accumulate() for many claims of one pair at once: the same sums, and the strongest claim
// per polarity by the same order (the rows keep it by stronger_evidence, which is
// compare_keys plus the smaller id).
template <class Row>
void SignedGraph::Impl::accumulate_pair(std::string_view x, std::string_view y, std::string_view row_outlet,
                                        const Row& s) {
  claims_seen += static_cast<std::size_t>(s.claims());
  const std::size_t index = pair_edge(x, y);
  EdgeAccumulator& edge = accumulators[index];
  if (edge.classes.empty()) edge.classes.emplace_back();
  add_row(edge.classes.front(), row_outlet, s);
  offer_best(index, s);
  // An agency row's describing claims (x < y as stored): the smallest id over the rows
  // describes each vertex, read in finish() (describe_from_claims), as the agency index's
  // digests do without a window (NamedSelf::smallest_id).
  const std::string_view sides[2] = {x, y};
  for (std::size_t side = 0; side < 2; ++side) {
    const std::string_view id = s.naming[side];
    if (id.empty()) continue;
    std::string& describing = vertices[actors.id(sides[side])].describing_claim;
    if (describing.empty() || id < describing) describing.assign(id);
    smallest_describing_id = true;
  }
}

template <class Row>
void SignedGraph::Impl::add_row(ClassAccumulator& acc, std::string_view row_outlet, const Row& s) {
  acc.positive += static_cast<std::size_t>(s.positive);
  acc.negative += static_cast<std::size_t>(s.negative);
  acc.neutral += static_cast<std::size_t>(s.neutral);
  acc.net_micro += s.net_micro;
  acc.abs_weight_micro += s.abs_weight_micro;
  // Rows list their outlets and relations sorted by name, mostly the same ones row after
  // row: the previous row's names at the same position are compared before hashing.
  const auto memo_id = [](std::vector<std::pair<std::string, std::uint32_t>>& memo, std::size_t at,
                          std::string_view name, Interner& names) {
    if (at >= memo.size()) memo.resize(at + 1, {std::string(), UINT32_MAX});
    auto& [memo_name, memo_value] = memo[at];
    if (memo_value == UINT32_MAX || memo_name != name) {
      memo_name.assign(name);
      memo_value = names.id(name);
    }
    return memo_value;
  };
  // Appended, not inserted in order: finish() sorts each list once and drops repeats
  // (a pair's outlet rows, or its totals read with several outlets, repeat outlets).
  // Room for the row's outlets at once, growing by doubling (a class row's ~20 outlets
  // went through five reallocations one by one: 448,500 rows in a 10M-claim export).
  if (const std::size_t need = acc.outlets.size() + s.outlets.size() + 1; need > acc.outlets.capacity())
    acc.outlets.reserve(std::max(need, 2 * acc.outlets.capacity()));
  if (!row_outlet.empty()) acc.outlets.push_back(outlets.id(row_outlet));
  if constexpr (std::is_same_v<Row, PairRowView>) {
    // Views: the names are hashed where they lie (the memo's copies cost more than the
    // hashing they save when most rows list other names than the previous one).
    for (const auto& [name, count] : s.outlets)
      if (count > 0 && !name.empty()) acc.outlets.push_back(outlets.id(name));
    for (const auto& [name, count] : s.relations)
      if (count > 0) add_count(acc.relations, relations.id(name), static_cast<std::size_t>(count));
  } else {
    for (std::size_t i = 0; i < s.outlets.size(); ++i)
      if (s.outlets[i].second > 0 && !s.outlets[i].first.empty())
        acc.outlets.push_back(memo_id(outlet_memo, i, s.outlets[i].first, outlets));
    for (std::size_t i = 0; i < s.relations.size(); ++i)
      if (s.relations[i].second > 0)
        add_count(acc.relations, memo_id(relation_memo, i, s.relations[i].first, relations),
                  static_cast<std::size_t>(s.relations[i].second));
  }
  acc.first_day = std::min(acc.first_day, s.first_day);
  acc.last_day = std::max(acc.last_day, s.last_day);
}

template <class Row>
void SignedGraph::Impl::offer_best(std::size_t index, const Row& s) {
  EdgeAccumulator& edge = accumulators[index];
  for (std::size_t slot = 0; slot < 3; ++slot) {
    const auto& e = s.best[slot];
    if (!e.present) continue;
    BestKey& current = edge.best_key[slot];
    const BestKey claim_key{e.direct, e.abs_weight, e.day};
    const int order = compare_keys(claim_key, current);
    auto& best = best_claims[index][slot];
    const std::string_view id = evidence_id(e);
    if (order > 0 || (order == 0 && (!best || id < best->id))) {
      current = claim_key;
      if (!best) best.emplace();
      best->id = id;
    }
  }
}

void SignedGraph::finish(const GraphFilter& filter, const FactLookups& lookups) {
  if (impl_->finished) throw std::logic_error("SignedGraph::finish called twice");
  impl_->finished = true;
  impl_->build_summaries(filter, lookups);
  impl_->build_boost_graph();
  if (filter.analysis) analyse();
}

void SignedGraph::analyse() {
  if (!impl_->finished) throw std::logic_error("SignedGraph::analyse before finish");
  impl_->compute_balance();
  impl_->compute_camps();
  impl_->compute_centrality();
}

// The evidence shown for a pair agrees with its sign when such a claim exists, else the
// strongest of any polarity; 3 when the edge has none.
std::size_t SignedGraph::Impl::representative_slot(int sign, const EdgeAccumulator& acc, const BestClaims& best) {
  if (sign != 0 && best[static_cast<std::size_t>(sign + 1)]) return static_cast<std::size_t>(sign + 1);
  std::size_t pick = 3;
  for (std::size_t slot = 0; slot < 3; ++slot)
    if (best[slot] && (pick == 3 || stronger(acc.best_key[slot], best[slot]->id, acc.best_key[pick], best[pick]->id)))
      pick = slot;
  return pick;
}

// The claims build_summaries() will need from the store, for the kept edges (accumulator
// indexes, in summary order): each one's representative when no whole claim was streamed
// in, its id in `ids` and its summary's position in `at`. Computed from the same sums as
// the edge's sign, before any summary exists.
void SignedGraph::Impl::representatives_to_fetch(const std::vector<std::uint32_t>& kept, std::vector<std::string>& ids,
                                                 std::vector<std::size_t>& at) const {
  for (std::size_t position = 0; position < kept.size(); ++position) {
    const std::uint32_t index = kept[position];
    const EdgeAccumulator& acc = accumulators[index];
    std::int64_t net_micro = 0, abs_weight_micro = 0;
    for (const auto& k : acc.classes) {
      net_micro += k.net_micro;
      abs_weight_micro += k.abs_weight_micro;
    }
    const int sign = sign_of(static_cast<double>(net_micro) / 1e6, static_cast<double>(abs_weight_micro) / 1e6);
    const std::size_t pick = representative_slot(sign, acc, best_claims[index]);
    if (pick < 3 && !best_claims[index][pick]->claim) {
      ids.push_back(best_claims[index][pick]->id);
      at.push_back(position);
    }
  }
}

void SignedGraph::Impl::order_edges() {
  // Actors ranked by name (a few hundred), then each edge keyed by its two ranks: sorting
  // integers, where sorting the finished summaries moved ~1 KB objects (a tenth of a
  // 10M-claim window's command).
  std::vector<std::uint32_t> by_name(actors.size());
  for (std::uint32_t i = 0; i < by_name.size(); ++i) by_name[i] = i;
  std::sort(by_name.begin(), by_name.end(),
            [&](std::uint32_t x, std::uint32_t y) { return actors.name(x) < actors.name(y); });
  std::vector<std::uint64_t> rank(actors.size());
  for (std::uint32_t r = 0; r < by_name.size(); ++r) rank[by_name[r]] = r;
  std::vector<std::pair<std::uint64_t, std::uint32_t>> keyed(accumulators.size());
  for (std::uint32_t index = 0; index < keyed.size(); ++index) {
    const std::uint64_t x = rank[accumulators[index].a], y = rank[accumulators[index].b];
    keyed[index] = {std::min(x, y) << 32 | std::max(x, y), index};
  }
  if (!std::is_sorted(keyed.begin(), keyed.end())) std::sort(keyed.begin(), keyed.end());
  edge_order.resize(keyed.size());
  for (std::size_t i = 0; i < keyed.size(); ++i) edge_order[i] = keyed[i].second;
}

void SignedGraph::Impl::build_summaries(const GraphFilter& filter, const FactLookups& lookups) {
  if (lookups.lazy_representatives) this->lookups = lookups;
  order_edges();
  // Outlet ids ranked by name once, so each edge's list sorts by integer.
  std::vector<std::uint32_t> outlet_rank(outlets.size());
  {
    std::vector<std::uint32_t> by_name(outlets.size());
    for (std::uint32_t i = 0; i < by_name.size(); ++i) by_name[i] = i;
    std::sort(by_name.begin(), by_name.end(),
              [&](std::uint32_t x, std::uint32_t y) { return outlets.name(x) < outlets.name(y); });
    for (std::uint32_t r = 0; r < by_name.size(); ++r) outlet_rank[by_name[r]] = r;
  }
  // Lists hold ranks into the names in name order: sorting them is sorting integers.
  outlet_names_by_rank.resize(outlet_rank.size());
  for (std::uint32_t id = 0; id < outlet_rank.size(); ++id) outlet_names_by_rank[outlet_rank[id]] = outlets.name(id);
  std::vector<bool> used(vertices.size(), false);
  std::vector<std::size_t> vertex_claims(vertices.size(), 0);
  // Spells: days as bitmaps over the graph's date range when one per vertex fits the
  // budget (300 vertices over two years: 29 KB), else as sorted vectors (dates centuries
  // apart).
  constexpr std::uint64_t kBitmapBudget = 64u << 20;
  std::int32_t graph_first = INT32_MAX, graph_last = INT32_MIN;
  const bool spells = filter.details && filter.spells;
  if (spells)
    for (const auto& acc : accumulators)
      for (const auto& k : acc.classes) {
        graph_first = std::min(graph_first, k.first_day);
        graph_last = std::max(graph_last, k.last_day);
      }
  // (Per vertex: one bitmap for the graph and one for each of up to two builder threads.)
  const bool bitmaps = graph_first <= graph_last &&
                       DayBitmap::bytes_for(graph_first, graph_last) * (3 * vertices.size() + 2) <= kBitmapBudget;
  std::vector<DayBitmap> vertex_bitmaps;
  if (bitmaps) vertex_bitmaps.assign(vertices.size(), DayBitmap(graph_first, graph_last));
  std::vector<std::vector<std::int32_t>> vertex_days(bitmaps || !spells ? 0 : vertices.size());
  // The edges min_claims keeps, in pair order: each summary's place is known before any is
  // built, so two threads can build them in place.
  std::vector<std::uint32_t> kept;
  kept.reserve(edge_order.size());
  for (const std::uint32_t index : edge_order) {
    std::size_t claims = 0;
    for (const auto& k : accumulators[index].classes) claims += k.positive + k.negative + k.neutral;
    if (claims >= filter.min_claims) kept.push_back(index);
    else std::vector<ClassAccumulator>().swap(accumulators[index].classes);
  }
  edges.resize(kept.size());
  // Representatives read from the store while the summaries are built: the ids are known
  // from the accumulators' sums already (a 10M-claim export reads 44,850 claims at random,
  // ~0.35 s).
  std::optional<RepresentativeFetch> fetch;
  if (lookups.claims && !lookups.lazy_representatives) {
    std::vector<std::string> ids;
    std::vector<std::size_t> at;
    representatives_to_fetch(kept, ids, at);
    fetch.emplace(lookups.claims, std::move(ids));
    fetch->edges = std::move(at);
  }
  // What one builder thread owns: scratch marks and bitmaps, and what it adds to vertices
  // (merged after).
  struct Part {
    std::vector<std::uint64_t> rank_marked;
    DayBitmap edge_bitmap;
    std::vector<char> used;
    std::vector<std::size_t> vertex_claims;
    std::vector<DayBitmap> vertex_bitmaps;
    std::vector<std::vector<std::int32_t>> vertex_days;
  };
  const auto make_part = [&] {
    Part part;
    part.rank_marked.assign((outlet_rank.size() + 63) / 64, 0);
    if (bitmaps) {
      part.edge_bitmap = DayBitmap(graph_first, graph_last);
      part.vertex_bitmaps.assign(vertices.size(), part.edge_bitmap);
    }
    part.used.assign(vertices.size(), 0);
    part.vertex_claims.assign(vertices.size(), 0);
    part.vertex_days.resize(vertex_days.size());
    return part;
  };
  // Summaries of kept[begin, end), built into edges[begin, end).
  const auto build = [&](std::size_t begin, std::size_t end, Part& part) {
    // An edge's outlets are its classes' (~10 classes x ~20 at 10M claims): when the graph
    // has few outlets, marks by rank give them sorted and distinct without a sort. The
    // marks are bits: a word of 64 ranks is skipped or read bit by bit (a window's 45k
    // edges list ~100 outlet ids each, repeats included).
    std::vector<std::uint64_t>& rank_marked = part.rank_marked;
    const auto outlet_list = [&](std::vector<std::uint32_t> ids) {  // ids, repeats allowed
      if (outlet_rank.size() <= 4 * ids.size()) {
        for (auto id : ids) rank_marked[outlet_rank[id] / 64] |= std::uint64_t{1} << (outlet_rank[id] % 64);
        // A list of its own size: the ids given repeat outlets (an edge's ~200 class
        // outlets are ~90 distinct), and the summaries keep their lists.
        std::size_t distinct = 0;
        for (const std::uint64_t bits : rank_marked) distinct += static_cast<std::size_t>(std::popcount(bits));
        std::vector<std::uint32_t>().swap(ids);
        ids.reserve(distinct);
        for (std::uint32_t word = 0; word < rank_marked.size(); ++word)
          for (std::uint64_t bits = rank_marked[word]; bits != 0; bits &= bits - 1)
            ids.push_back(word * 64 + static_cast<std::uint32_t>(std::countr_zero(bits)));
        std::fill(rank_marked.begin(), rank_marked.end(), 0);
      } else {
        for (auto& id : ids) id = outlet_rank[id];
        std::sort(ids.begin(), ids.end());
        ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
      }
      return OutletList(std::move(ids), &outlet_names_by_rank);
    };
    DayBitmap& edge_bitmap = part.edge_bitmap;
    for (std::size_t position = begin; position < end; ++position) {
      const std::uint32_t index = kept[position];
      auto& acc = accumulators[index];
      const BestClaims& best = best_claims[index];
      EdgeSummary& e = edges[position];
      std::vector<std::pair<std::uint32_t, std::size_t>> edge_relations;
      std::vector<std::int32_t> edge_days;
      std::vector<std::uint32_t> edge_outlets;
      {
        std::size_t outlet_ids = 0;  // the classes' lists, appended below: one allocation
        for (const auto& k : acc.classes) outlet_ids += k.outlets.size();
        edge_outlets.reserve(outlet_ids);
      }
      std::int32_t first_day = INT32_MAX, last_day = INT32_MIN;
      std::int64_t net_micro = 0, abs_weight_micro = 0;
      for (auto& k : acc.classes) {
        e.positive += k.positive;
        e.negative += k.negative;
        e.neutral += k.neutral;
        net_micro += k.net_micro;
        abs_weight_micro += k.abs_weight_micro;
        edge_outlets.insert(edge_outlets.end(), k.outlets.begin(), k.outlets.end());
        for (const auto& [rel, count] : k.relations) add_count(edge_relations, rel, count);
        if (!filter.details) {
          first_day = std::min(first_day, k.first_day);
          last_day = std::max(last_day, k.last_day);
          continue;
        }
        RelationClassSummary s;
        s.positive = k.positive;
        s.negative = k.negative;
        s.neutral = k.neutral;
        s.net = static_cast<double>(k.net_micro) / 1e6;
        s.abs_weight = static_cast<double>(k.abs_weight_micro) / 1e6;
        s.outlets = outlet_list(std::move(k.outlets));
        s.top_relation = top_of(k.relations, relations);
        s.sign = sign_of(s.net, s.abs_weight);
        if (!spells) {  // first and last dates only: the class's own bounds
          if (k.first_day <= k.last_day) {
            s.first_date = format_day(k.first_day);
            s.last_date = format_day(k.last_day);
            first_day = std::min(first_day, k.first_day);
            last_day = std::max(last_day, k.last_day);
          }
          e.by_category.emplace(classes.name(k.class_id), std::move(s));
          continue;
        }
        // A class row's days arrive sorted and distinct; claims' days in any order.
        if (!std::is_sorted(k.days.begin(), k.days.end())) std::sort(k.days.begin(), k.days.end());
        k.days.erase(std::unique(k.days.begin(), k.days.end()), k.days.end());
        if (!k.days.empty()) {
          s.first_date = format_day(k.days.front());
          s.last_date = format_day(k.days.back());
          first_day = std::min(first_day, k.days.front());
          last_day = std::max(last_day, k.days.back());
        }
        if (bitmaps) edge_bitmap.add(k.days);
        else edge_days.insert(edge_days.end(), k.days.begin(), k.days.end());
        s.spells = spells_from_days(std::move(k.days));
        e.by_category.emplace(classes.name(k.class_id), std::move(s));
      }
      e.outlets = outlet_list(std::move(edge_outlets));
      e.a = actors.name(acc.a);
      e.b = actors.name(acc.b);
      if (e.b < e.a) std::swap(e.a, e.b);
      e.top_relation = top_of(edge_relations, relations);
      e.net = static_cast<double>(net_micro) / 1e6;
      e.abs_weight = static_cast<double>(abs_weight_micro) / 1e6;
      e.sign = sign_of(e.net, e.abs_weight);
      const std::size_t pick = representative_slot(e.sign, acc, best);
      if (pick < 3) {
        e.representative_id = best[pick]->id;
        if (best[pick]->claim) e.representative = *best[pick]->claim;  // else fetched (representatives_to_fetch)
      }
      for (auto v : {acc.a, acc.b}) {
        part.used[v] = 1;
        part.vertex_claims[v] += e.claims();
        if (bitmaps) part.vertex_bitmaps[v].add(edge_bitmap);
        else if (spells) part.vertex_days[v].insert(part.vertex_days[v].end(), edge_days.begin(), edge_days.end());
      }
      if (spells) {
        if (bitmaps) {
          e.spells = edge_bitmap.spells();
          edge_bitmap.clear(first_day, last_day);
        } else {
          e.spells = spells_from_days(std::move(edge_days));
        }
        if (!e.spells.empty()) {
          e.first_date = e.spells.front().start();
          e.last_date = e.spells.back().end();
        }
      } else if (first_day != INT32_MAX) {
        e.first_date = format_day(first_day);
        e.last_date = format_day(last_day);
      }
      std::vector<ClassAccumulator>().swap(acc.classes);  // lowers the peak on big graphs
    }
  };
  // Two builders on a graph large enough to pay for a thread (a 10M-claim export's 44,850
  // edges and 448,500 class summaries: ~0.8 s on one thread), each half of the edges.
  constexpr std::size_t kEdgesPerThread = 4096;
  const bool two = kept.size() >= 2 * kEdgesPerThread && std::thread::hardware_concurrency() >= 2;
  std::vector<Part> parts;
  parts.push_back(make_part());
  if (two) {
    parts.push_back(make_part());
    const std::size_t half = kept.size() / 2;
    auto later = std::async(std::launch::async, [&] { build(half, kept.size(), parts[1]); });
    try {
      build(0, half, parts[0]);
    } catch (...) {
      later.wait();
      throw;
    }
    later.get();
  } else {
    build(0, kept.size(), parts[0]);
  }
  for (Part& part : parts)
    for (std::size_t v = 0; v < vertices.size(); ++v) {
      if (!part.used[v]) continue;
      used[v] = true;
      vertex_claims[v] += part.vertex_claims[v];
      if (bitmaps) vertex_bitmaps[v].add(part.vertex_bitmaps[v]);
      else if (spells) vertex_days[v].insert(vertex_days[v].end(), part.vertex_days[v].begin(), part.vertex_days[v].end());
    }
  parts.clear();
  if (fetch) {
    auto fetched = fetch->get();
    if (fetched.size() != fetch->edges.size())
      throw std::logic_error("SignedGraph: representatives fetched for other edges than the summaries kept");
    for (std::size_t i = 0; i < fetch->edges.size() && i < fetched.size(); ++i)
      if (fetched[i]) edges[fetch->edges[i]].representative = std::move(*fetched[i]);
  }
  accumulators.clear();
  accumulators.shrink_to_fit();
  best_claims.clear();
  best_claims.shrink_to_fit();
  dyads.clear();
  // Pairs from the aggregates (and the dyad index) arrive in order already; an EdgeSummary
  // is large, so a sort that moves them costs even on sorted input.
  const auto by_pair = [](const EdgeSummary& x, const EdgeSummary& y) { return std::tie(x.a, x.b) < std::tie(y.a, y.b); };
  if (!std::is_sorted(edges.begin(), edges.end(), by_pair)) std::sort(edges.begin(), edges.end(), by_pair);

  describe_from_claims(used, filter, lookups);
  // Only actors on a kept edge become vertices: min_claims must not leave isolated dots.
  for (std::uint32_t v = 0; v < vertices.size(); ++v) {
    if (!used[v]) continue;
    NodeSummary n;
    n.id = actors.name(v);
    if (!vertices[v].described_by_self && lookups.actor)
      if (auto actor = lookups.actor(n.id)) {  // a vertex seen only through facts
        if (!actor->name.empty()) vertices[v].label = actor->name;
        vertices[v].type = actor->type;
        vertices[v].country = actor->country;
      }
    n.label = vertices[v].label;
    n.type = vertices[v].type.empty() ? "unknown" : vertices[v].type;
    n.country = vertices[v].country.empty() ? n.id : vertices[v].country;
    n.claims = vertex_claims[v];
    if (bitmaps) n.spells = vertex_bitmaps[v].spells();
    else if (spells) n.spells = spells_from_days(std::move(vertex_days[v]));
    nodes.push_back(std::move(n));
  }
  std::sort(nodes.begin(), nodes.end(), [](const NodeSummary& x, const NodeSummary& y) { return x.id < y.id; });
  for (std::size_t i = 0; i < nodes.size(); ++i) node_index.emplace(nodes[i].id, i);
}

void SignedGraph::Impl::describe_from_claims(const std::vector<bool>& used, const GraphFilter& filter,
                                             const FactLookups& lookups) {
  std::vector<std::uint32_t> described;
  std::vector<std::string> ids;
  for (std::uint32_t v = 0; v < vertices.size(); ++v)
    if (used[v] && !vertices[v].described_by_self && !vertices[v].describing_claim.empty()) {
      described.push_back(v);
      ids.push_back(vertices[v].describing_claim);
    }
  if (ids.empty()) return;
  if (!lookups.claims) throw std::logic_error("SignedGraph: vertices to describe from claims, and no claims lookup");
  const auto claims = lookups.claims(ids);
  for (std::size_t i = 0; i < described.size() && i < claims.size(); ++i) {
    if (!claims[i]) continue;
    const std::string& id = actors.name(described[i]);
    const Claim& c = *claims[i];
    // The side whose vertex this is (the other side is another vertex: no self-loops).
    describe_vertex(vertices[described[i]], id, vertex_of(c.subject, filter.level) == id ? c.subject : c.object);
  }
}

void SignedGraph::Impl::build_boost_graph() {
  graph = BoostGraph(nodes.size());
  for (std::size_t i = 0; i < nodes.size(); ++i) graph[i].node = i;
  edge_ends.clear();
  edge_ends.reserve(edges.size());
  for (std::size_t i = 0; i < edges.size(); ++i) {
    edge_ends.emplace_back(node_index.at(edges[i].a), node_index.at(edges[i].b));
    boost::add_edge(edge_ends[i].first, edge_ends[i].second, EdgeProp{i}, graph);
  }
}

const std::vector<NodeSummary>& SignedGraph::nodes() const { return impl_->nodes; }
const std::vector<EdgeSummary>& SignedGraph::edges() const { return impl_->edges; }
std::size_t SignedGraph::claims_seen() const { return impl_->claims_seen; }
const BalanceReport& SignedGraph::balance() const { return impl_->balance; }

void SignedGraph::release_lookups() const { impl_->lookups = FactLookups{}; }

void SignedGraph::ensure_representatives(const std::vector<const EdgeSummary*>& shown) const {
  if (!impl_->lookups.claims) return;
  std::vector<std::size_t> wanted;
  std::vector<std::string> ids;
  for (const EdgeSummary* e : shown) {
    if (!e || !e->representative->id.empty() || e->representative_id.empty()) continue;
    const auto index = static_cast<std::size_t>(e - impl_->edges.data());
    if (index >= impl_->edges.size() || &impl_->edges[index] != e) continue;  // not one of ours
    wanted.push_back(index);
    ids.push_back(e->representative_id);
  }
  if (ids.empty()) return;
  auto fetched = impl_->lookups.claims(ids);
  for (std::size_t i = 0; i < wanted.size() && i < fetched.size(); ++i)
    if (fetched[i]) impl_->edges[wanted[i]].representative = std::move(*fetched[i]);
}

const NodeSummary* SignedGraph::node(const std::string& id) const {
  auto it = impl_->node_index.find(id);
  return it == impl_->node_index.end() ? nullptr : &impl_->nodes[it->second];
}

std::vector<const EdgeSummary*> SignedGraph::ranked(int sign, const std::string& actor) const {
  // Pointers, never copies: an EdgeSummary holds its outlet names, and a whole-store
  // ranking has tens of thousands of them.
  std::vector<const EdgeSummary*> picked;
  for (const auto& e : impl_->edges)
    if (e.sign == sign && (actor.empty() || e.a == actor || e.b == actor)) picked.push_back(&e);
  // Evidence strength, most convincing first: more claims, then more independent outlets,
  // then more intense; ids last so the order is total.
  std::sort(picked.begin(), picked.end(), [](const EdgeSummary* x, const EdgeSummary* y) {
    const auto kx = std::make_tuple(y->claims(), y->outlets.size(), std::fabs(y->net));
    const auto ky = std::make_tuple(x->claims(), x->outlets.size(), std::fabs(x->net));
    if (kx != ky) return kx < ky;
    return std::tie(x->a, x->b) < std::tie(y->a, y->b);
  });
  return picked;
}

}  // namespace irkg
