#include "cli/graph_source.h"

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <functional>
#include <future>
#include <iostream>
#include <memory>
#include <optional>
#include <stdexcept>
#include <thread>

#include "cli/claim_source.h"
#include "cli/display.h"
#include "cli/common.h"
#include "core/agencies.h"
#include "core/date.h"
#include "store/store.h"

namespace irkg::cli {

std::vector<FlagSpec> graph_flags() {
  return {
      {"--db", true, false, "DIR  the claim store"},
      {"--claims", true, false, "FILE  read claims from a JSONL file (irkg extract output) instead of a store"},
      {"--since", true, false, "YYYY-MM-DD  claims dated on or after (undated claims are dropped)"},
      {"--until", true, false, "YYYY-MM-DD  claims dated on or before (undated claims are dropped)"},
      {"--outlet", true, true, "NAME  only claims from this outlet (repeatable)"},
      {"--exclude-outlet", true, true, "NAME  ignore claims from this outlet (repeatable)"},
      {"--agency", true, true, "NAME  only claims of stories from this wire agency (repeatable; AP, Reuters, PTI ...)"},
      {"--modality", true, true, "M  only asserted|reported|hypothetical|future|historical claims (repeatable)"},
      {"--category", true, true, "CAT  only claims of this PLOVER category (repeatable)"},
      {"--min-claims", true, false, "N  drop pairs with fewer than N claims (default 1)"},
      {"--include-negated", false, false, "count negated claims too (default: dropped)"},
      {"--level", true, false, "state|actor  merge actors into their state (default) or keep persons, governments"},
      {"--lexicon", true, true, "FILE  extra dictionary entries for actor names"},
  };
}

GraphFilter graph_filter(const Args& args) {
  GraphFilter f;
  f.since = args.date("--since");
  f.until = args.date("--until");
  for (const auto& o : args.get_all("--outlet")) f.outlets.insert(o);
  for (const auto& o : args.get_all("--exclude-outlet")) f.exclude_outlets.insert(o);
  for (const auto& a : args.get_all("--agency")) f.agencies.insert(normalize_agency(a));
  static const std::set<std::string> kModalities{"asserted", "reported", "hypothetical", "future", "historical"};
  for (const auto& m : args.get_all("--modality")) {
    if (!kModalities.count(m))
      throw UsageError("--modality must be asserted, reported, hypothetical, future or historical, not '" + m + "'");
    f.modalities.insert(m);
  }
  for (const auto& c : args.get_all("--category")) {
    std::string upper;
    for (char ch : c) upper.push_back(static_cast<char>(std::toupper(static_cast<unsigned char>(ch))));
    f.categories.insert(upper);
  }
  f.min_claims = static_cast<std::size_t>(args.integer("--min-claims", 1, 1, 1'000'000'000));
  f.include_negated = args.has("--include-negated");
  f.level = args.get("--level", "state");
  if (!f.since.empty() && !f.until.empty() && f.since > f.until)
    throw UsageError("--since " + f.since + " is after --until " + f.until);
  try {
    f.validate();
  } catch (const std::invalid_argument& e) {
    throw UsageError(std::string("--") + e.what());
  }
  return f;
}

namespace {

// Without details (rankings, paths, blocs) only the shown edges need their representative
// claim: the lookups keep the store open and the command asks for those
// (SignedGraph::ensure_representatives).
FactLookups store_lookups(const std::shared_ptr<const Store>& store, const GraphFilter& filter) {
  FactLookups lookups;
  // Ids come from index entries: a claim missing behind one is damage (Store::indexed_claims).
  lookups.claims = [store](const std::vector<std::string>& ids) {
    auto claims = store->indexed_claims(ids);
    return std::vector<std::optional<Claim>>(std::make_move_iterator(claims.begin()), std::make_move_iterator(claims.end()));
  };
  lookups.actor = [store](const std::string& id) { return store->actor(id); };
  lookups.lazy_representatives = !filter.details;
  return lookups;
}

// An index entry (DyadFact or ActorFact: the same fact fields) as the graph takes it.
template <class IndexFact>
ClaimFacts claim_facts(const IndexFact& x, std::string_view subject, std::string_view object) {
  return facts_of(x.claim_id, x, subject, object);
}

// The graph from index values alone: `scan(store, add)` passes every claim's facts to add,
// so no claim record is decoded; finish() then fetches representatives and vertex names.
template <class Scan>
SignedGraph load_graph_from_index(const std::string& db, const GraphFilter& filter, Scan&& scan) {
  const auto store = std::make_shared<const Store>(Store::open(db, Store::Mode::ReadOnly));
  SignedGraph g;
  scan(*store, [&](const ClaimFacts& f) { g.add_facts(f, filter); });
  g.finish(filter, store_lookups(store, filter));
  return g;
}

// The whole store from the dyad index: each entry whose two codes are the vertices of the
// filter's level (state codes, or actors' own ids) is one claim.
SignedGraph load_graph_from_dyad_index(const std::string& db, const GraphFilter& filter) {
  const bool state_level = filter.level == "state";
  return load_graph_from_index(db, filter, [&](const Store& store, const auto& add) {
    store.for_each_dyad_fact([&](const DyadFact& d) {
      if (state_level ? !(d.a_state && d.b_state) : !(d.a_actor && d.b_actor)) return;
      add(claim_facts(d, d.subject_is_a ? d.a : d.b, d.subject_is_a ? d.b : d.a));
    });
  });
}

// One actor's counterparts from its subject and object indexes.
SignedGraph load_graph_from_actor_index(const std::string& db, const GraphFilter& filter, const std::string& focus) {
  const bool state_level = filter.level == "state";
  return load_graph_from_index(db, filter, [&](const Store& store, const auto& add) {
    store.for_each_actor_fact(focus, filter.since, filter.until, [&](const ActorFact& a) {
      add(claim_facts(a, state_level ? a.subject_state : a.subject_id, state_level ? a.object_state : a.object_id));
    });
  });
}

// A window's two halves, read on two threads into graphs of their own and joined in
// order (SignedGraph::absorb keeps the first half's describing claims, which come first
// in the one-thread order). Only for a closed window of four weeks or more (shorter ones
// read too little for a thread to pay) and not for the exports: with details the second
// graph's classes and days, in a malloc arena of its own, added ~30 MB to an export of
// two outlets over two years at 10M (242 -> 270 MB) and saved no time on a busy machine. The second half starts past every key dated on
// the first half's last day (a date that is not YYYY-MM-DD falls in one half or the other
// as its text sorts).
struct WindowHalves {
  std::string first_until, second_since;
};
std::optional<WindowHalves> split_window(const std::string& since, const std::string& until, bool details) {
  if (details || since.empty() || until.empty() || scan_threads() < 2) return std::nullopt;
  const auto from = parse_iso_date(since), to = parse_iso_date(until);
  if (!from || !to) return std::nullopt;
  const long first = days_from_civil(*from), last = days_from_civil(*to);
  if (last - first < 28) return std::nullopt;
  const std::string middle = format_day(static_cast<std::int32_t>(first + (last - first) / 2));
  return WindowHalves{middle, middle + std::string(1, '\x1f') + std::string(1, '\xff')};
}

// `read(since, until, into)` adds the facts of [since, until] to `into`: on one thread, or
// in two halves of the window on two.
template <class Read>
SignedGraph read_window(const std::string& since, const std::string& until, const GraphFilter& filter, Read&& read) {
  SignedGraph g;
  const auto halves = split_window(since, until, filter.details);
  if (!halves) {
    read(since, until, g);
    return g;
  }
  SignedGraph later;
  auto other = std::async(std::launch::async, [&] { read(halves->second_since, until, later); });
  try {
    read(since, halves->first_until, g);
  } catch (...) {
    other.wait();
    throw;
  }
  other.get();
  g.absorb(std::move(later));
  return g;
}

// One or more outlets (and a date window, or not) from the outlet index's digests (schema
// 7, docs/STORE.md): the claims the record scan below would read, in its order, without
// reading a record. Labels are still the claims' (not the refs'): each vertex is described
// from the first claim naming its actor itself, read at the end with the shown edges'
// evidence. Two outlets over two years at 10M claims read ~200k records at ~6 µs each.
SignedGraph load_graph_from_outlet_index(const std::string& db, const GraphFilter& filter, const ClaimFilter& narrow) {
  const auto store = std::make_shared<const Store>(Store::open(db, Store::Mode::ReadOnly, Store::ReadAccess::Buffered));
  const bool state_level = filter.level == "state";
  std::vector<std::string> outlets = narrow.outlets;
  if (!narrow.outlet.empty()) outlets = {narrow.outlet};
  SignedGraph g = read_window(narrow.since, narrow.until, filter, [&](const std::string& since,
                                                                       const std::string& until, SignedGraph& into) {
    store->for_each_outlet_fact(outlets, since, until, [&](const ActorFact& a) {
      const std::string_view subject = state_level ? a.subject_state : a.subject_id;
      const std::string_view object = state_level ? a.object_state : a.object_id;
      into.add_facts(claim_facts(a, subject, object), filter, {a.subject_id == subject, a.object_id == object});
    });
  });
  FactLookups lookups = store_lookups(store, filter);
  lookups.actor = nullptr;
  g.finish(filter, lookups);
  trace_graph_source("outlet index digests");
  return g;
}

// Wire agencies (and a window, outlets or not) from the agency index's digests (schema 8,
// docs/STORE.md "by_agency"): the claims the record scan below would read, without reading
// a record. That scan reads them in (date, claim id) order, as the index gives them, when
// a window or a named outlet narrows it, and in claim id order otherwise (the claims
// family): then the smallest id naming an actor describes its vertex, as the first would.
// IRKG_NO_AGENCY_INDEX=1 turns this path off (tests compare the two).
SignedGraph load_graph_from_agency_index(const std::string& db, const GraphFilter& filter, const ClaimFilter& narrow) {
  const auto store = std::make_shared<const Store>(Store::open(db, Store::Mode::ReadOnly, Store::ReadAccess::Buffered));
  const bool state_level = filter.level == "state";
  const bool in_id_order = narrow.since.empty() && narrow.until.empty() && narrow.outlet.empty() && narrow.outlets.empty();
  const std::vector<std::string> agencies(filter.agencies.begin(), filter.agencies.end());
  SignedGraph g = read_window(filter.since, filter.until, filter, [&](const std::string& since,
                                                                        const std::string& until, SignedGraph& into) {
    store->for_each_agency_fact(agencies, since, until, [&](const ActorFact& a, std::string_view agency) {
      const std::string_view subject = state_level ? a.subject_state : a.subject_id;
      const std::string_view object = state_level ? a.object_state : a.object_id;
      ClaimFacts facts = claim_facts(a, subject, object);
      facts.agency_known = true;
      facts.agency = agency;
      into.add_facts(facts, filter, {a.subject_id == subject, a.object_id == object, in_id_order});
    });
  });
  FactLookups lookups = store_lookups(store, filter);
  lookups.actor = nullptr;
  g.finish(filter, lookups);
  trace_graph_source("agency index digests");
  return g;
}

bool agency_index_enabled() {
  const char* off = std::getenv("IRKG_NO_AGENCY_INDEX");
  return !(off && *off && std::string_view(off) != "0");
}

// Whether the pair aggregates hold what `filter` asks for (the rest is the reader's: they
// are usable unless a bulk load was interrupted, Store::for_each_pair_row).
// IRKG_NO_AGGREGATES=1 turns them off (tests compare the two paths).
bool aggregates_hold(const GraphFilter& filter) {
  if (!aggregates_enabled()) return false;
  // Rows sum state-level, non-negated claims of every modality and category; per outlet
  // or per date, never both. Details (the exports) come from the class rows: the whole
  // store's, or a window's summed from its dyad index entries; none per outlet.
  if (filter.level != "state" || filter.include_negated || !filter.modalities.empty() || !filter.categories.empty() ||
      !filter.exclude_outlets.empty())
    return false;
  const bool dated = !filter.since.empty() || !filter.until.empty();
  // Agencies (schema 9): their pair x agency rows (and one agency's class rows, for the
  // streamed exports) cover the whole store and every outlet; with a window or an outlet
  // the agency index's digests answer.
  if (!filter.agencies.empty())
    return !dated && filter.outlets.empty() && (!filter.details || filter.agencies.size() == 1) &&
           std::none_of(filter.agencies.begin(), filter.agencies.end(), [](const auto& g) { return g.empty(); });
  if (dated && !filter.outlets.empty()) return false;
  if (filter.details && !filter.outlets.empty()) return false;
  return std::none_of(filter.outlets.begin(), filter.outlets.end(), [](const auto& o) { return o.empty(); });
}

// A date window's vertices described as a graph read from the window's claims describes
// them (the first claim of the window, by date and id, naming the vertex's actor itself),
// not from the refs (the first claim ever stored naming it): what an export with a window
// printed when it read the claims, which differs where an actor's name changed ("NATO",
// "North Atlantic Treaty Organization"). One seek per vertex in each actor index and one
// claim record.
std::function<std::optional<Actor>(const std::string&)> window_describer(const std::shared_ptr<const Store>& store,
                                                                          const GraphFilter& filter) {
  return [store, since = filter.since, until = filter.until](const std::string& vertex) -> std::optional<Actor> {
    const std::string id = store->first_claim_naming_itself(vertex, since, until);
    if (id.empty()) return std::nullopt;  // no claim of the window names it itself: its id describes it
    const Claim c = std::move(store->indexed_claims({id}).front());
    // The aggregates are state level: the side whose own id and state are the vertex.
    const auto names_itself = [&](const Actor& a) { return a.id == vertex && (a.country.empty() || a.country == vertex); };
    return names_itself(c.subject) ? c.subject : c.object;
  };
}

// The whole store, one or more outlets, or a date window, from the pair aggregates
// (docs/STORE.md "Pair aggregates"): one row per pair instead of every claim. nullopt when
// the aggregates do not hold what the filter asks for; the caller then reads the index.
// IRKG_NO_AGGREGATES=1 turns this path off (tests compare the two).
// `opened`, when given, receives the store the rows were read from. `labels_from_claims`:
// a window's vertices are described from its claims (window_describer), as the exports
// describe them; rankings, paths and blocs keep the refs' descriptions.
std::optional<SignedGraph> load_graph_from_aggregates(const std::string& db, const GraphFilter& filter,
                                                      std::shared_ptr<const Store>* opened = nullptr,
                                                      bool labels_from_claims = false) {
  if (!aggregates_hold(filter)) return std::nullopt;
  PairStatsQuery query;
  if (filter.details) query.rows = PairStatsQuery::Rows::Classes;
  query.since = filter.since;
  query.until = filter.until;
  query.outlets.assign(filter.outlets.begin(), filter.outlets.end());
  query.agencies.assign(filter.agencies.begin(), filter.agencies.end());
  // Buffered reads: through the mapping, the scanned rows' pages counted in the resident
  // set (42 MB of the 10M store's 268 MB peak); the few claim records read afterwards (the
  // shown pairs' evidence) do not need it.
  const auto store = std::make_shared<const Store>(Store::open(db, Store::Mode::ReadOnly, Store::ReadAccess::Buffered));
  if (opened) *opened = store;
  query.relations = filter.top_relations;
  const auto read_into = [&](SignedGraph& into, const PairStatsQuery& part) {
    return store->for_each_pair_row(
        part, [&](std::string_view a, std::string_view b, std::string_view label, const PairRowView& row) {
          if (filter.details) into.add_pair_class_row(a, b, label, row, filter);
          else into.add_pair_row(a, b, label, row, filter);
        });
  };
  SignedGraph g;
  // Two halves of the pairs (split by key), each read and summed on threads of its own,
  // then joined: the pairs are disjoint, so joining only moves the second half's edges.
  // Not for the exports: their class rows are a smaller share of their time, and a
  // second thread's allocations (a malloc arena of its own) added ~45 MB to a 10M-claim
  // export's 680 MB without making it faster on a busy machine.
  const std::string split = filter.details ? std::string() : scan_split_key(*store);
  if (split.empty()) {
    if (!read_into(g, query)) return std::nullopt;
  } else {
    PairStatsQuery first = query, second = query;
    first.pairs_to = split;
    second.pairs_from = split;
    SignedGraph later;
    auto other = std::async(std::launch::async, [&] { return read_into(later, second); });
    const bool answered_first = read_into(g, first);
    const bool answered_second = other.get();
    if (!answered_first || !answered_second) return std::nullopt;
    g.absorb(std::move(later));
  }
  FactLookups lookups = store_lookups(store, filter);
  if ((labels_from_claims || filter.details) && (!filter.since.empty() || !filter.until.empty()))
    lookups.actor = window_describer(store, filter);
  // Agency rows name the claims that describe their vertices (the smallest id naming each
  // actor itself, PairStats::naming), as the agency's claims describe them; not the refs.
  if (!filter.agencies.empty()) lookups.actor = nullptr;
  g.finish(filter, lookups);
  trace_graph_source(split.empty() ? "pair aggregates" : "pair aggregates, two halves of the pairs");
  return g;
}

}  // namespace

unsigned scan_threads() {
  // IRKG_SCAN_THREADS=1 reads the aggregates on one thread (tests compare the two).
  if (const char* set = std::getenv("IRKG_SCAN_THREADS"); set && *set) return std::string_view(set) == "1" ? 1 : 2;
  return std::thread::hardware_concurrency() >= 2 ? 2 : 1;
}

std::string scan_split_key(const Store& store) {
  if (scan_threads() < 2) return {};
  const char* forced = std::getenv("IRKG_SCAN_SPLIT");  // tests: split at this pair key, whatever the size
  return forced && *forced ? std::string(forced) : store.pair_split_key();
}

bool aggregates_enabled() {
  const char* off = std::getenv("IRKG_NO_AGGREGATES");
  return !(off && *off && std::string_view(off) != "0");
}

void trace_graph_source(std::string_view what) {
  // Lets tests tell which path answered (tests/scripts/pair_aggregates.sh).
  if (const char* trace = std::getenv("IRKG_TRACE_GRAPH_SOURCE"); trace && *trace) std::cerr << "graph: " << what << "\n";
}

SignedGraph load_graph(const std::string& command, const Args& args, const GraphFilter& filter,
                       const std::string& focus) {
  // Index values hold every fact the graph needs: one actor's counterparts come from its
  // subject and object indexes; the whole store (or all but some outlets, modalities or
  // categories) from the dyad index. A date window or one outlet without an actor read
  // fewer claims through the date or outlet index.
  // The actor, dyad and outlet index values carry no agency: an --agency filter reads the
  // agency index (below), or claim records for one actor's counterparts.
  const bool from_db = args.has("--db") && !args.has("--claims") && filter.agencies.empty();
  if (from_db && !focus.empty()) return load_graph_from_actor_index(args.get("--db"), filter, focus);
  // Wire agencies without an actor: their pair x agency rows when they hold the filter
  // (not a graph with details: the class rows name no describing claims; an export
  // streams them, load_dyads_for_streamed_export).
  if (args.has("--db") && !args.has("--claims") && focus.empty() && (filter.agencies.empty() || !filter.details))
    if (auto g = load_graph_from_aggregates(args.get("--db"), filter)) return std::move(*g);
  if (from_db && filter.since.empty() && filter.until.empty() && filter.outlets.size() != 1)
    return load_graph_from_dyad_index(args.get("--db"), filter);
  // From a store, the narrowest index the filter allows; GraphFilter::accepts still
  // decides each claim.
  ClaimFilter narrow;
  narrow.subject = focus;
  narrow.either_direction = !focus.empty();
  narrow.since = filter.since;
  narrow.until = filter.until;
  if (filter.outlets.size() == 1) narrow.outlet = *filter.outlets.begin();
  // Several outlets: their ranges of the outlet index (a window of two outlets at 10M claims
  // read the whole date index's window before: 36-62 s for two years). A claim without an
  // outlet has no outlet index entry, so `--outlet ''` keeps the date index.
  const bool named = std::none_of(filter.outlets.begin(), filter.outlets.end(), [](const auto& o) { return o.empty(); });
  if (filter.outlets.size() > 1 && named) narrow.outlets.assign(filter.outlets.begin(), filter.outlets.end());
  if (filter.agencies.size() == 1) narrow.agency = *filter.agencies.begin();
  if (from_db && narrow.subject.empty() && (!narrow.outlet.empty() || !narrow.outlets.empty()))
    return load_graph_from_outlet_index(args.get("--db"), filter, narrow);
  if (args.has("--db") && !args.has("--claims") && !filter.agencies.empty() && narrow.subject.empty() &&
      agency_index_enabled())
    return load_graph_from_agency_index(args.get("--db"), filter, narrow);
  SignedGraph g;
  if (args.has("--db") && !args.has("--claims")) {
    // A bulk read of the index range's records (Store::for_each_claim), with buffered reads:
    // through the reader's mapping every page touched stayed resident (an outlet over 11
    // months at 10M claims peaked at 779 MB). Rankings, paths and blocs keep their edges'
    // strongest claims by id and read the shown ones' records at the end (a whole claim
    // per polarity and edge was ~100 MB for two outlets over two years at 10M). Vertices
    // are described from the claims read, so no actor lookup (docs/BENCHMARKS.md
    // "session 15").
    const auto store = std::make_shared<const Store>(Store::open(args.get("--db"), Store::Mode::ReadOnly,
                                                                 Store::ReadAccess::Buffered));
    // An export shows every edge's evidence: it keeps the claims it reads (reading ~30k
    // of them again by id would cost more than the copies).
    store->for_each_claim(narrow, [&](const Claim& c) {
      if (filter.details) g.add_claim(c, filter);
      else g.add_claim_by_id(c, filter);
    });
    FactLookups lookups = store_lookups(store, filter);
    lookups.actor = nullptr;
    g.finish(filter, lookups);
    return g;
  }
  for_each_source_claim(command, args, [&](const Claim& c) { g.add_claim(c, filter); }, narrow);
  g.finish(filter);
  return g;
}

std::optional<StoreGraph> load_dyads_for_streamed_export(const Args& args, const GraphFilter& filter) {
  if (!args.has("--db") || args.has("--claims") || !filter.details || !aggregates_hold(filter)) return std::nullopt;
  // The pairs' totals: the same edges, signs, sums and evidence as the class rows give,
  // without a class summary held (the stream gives those).
  GraphFilter dyads = filter;
  dyads.details = false;
  dyads.spells = false;
  dyads.top_relations = false;  // an edge row shows its class's top relation, never the pair's
  StoreGraph loaded;
  auto g = load_graph_from_aggregates(args.get("--db"), dyads, &loaded.store, /*labels_from_claims=*/true);
  if (!g) return std::nullopt;
  loaded.graph = std::move(*g);
  trace_graph_source("class rows streamed");
  return loaded;
}

std::string resolve_graph_actor(const Args& args, const SignedGraph& g, const std::string& typed) {
  if (g.node(typed)) return typed;
  std::string upper;
  for (char ch : typed) upper.push_back(static_cast<char>(std::toupper(static_cast<unsigned char>(ch))));
  if (g.node(upper)) return upper;
  const Extractor extractor = make_extractor(args.get_all("--lexicon"));
  return resolve_actor_or_throw(extractor, typed);
}

std::vector<std::string> resolve_actors(const Args& args, const std::vector<std::string>& typed) {
  std::vector<std::string> codes(typed.size());
  // An id the store holds needs no dictionary (loading it costs more than the query).
  if (args.has("--db") && !args.has("--claims")) {
    const Store store = Store::open(args.get("--db"), Store::Mode::ReadOnly);
    for (std::size_t i = 0; i < typed.size(); ++i) {
      std::string upper;
      for (char ch : typed[i]) upper.push_back(static_cast<char>(std::toupper(static_cast<unsigned char>(ch))));
      if (store.has_actor(typed[i])) codes[i] = typed[i];
      else if (store.has_actor(upper)) codes[i] = upper;
    }
  }
  std::optional<Extractor> extractor;  // loaded once, only if a name is left
  for (std::size_t i = 0; i < typed.size(); ++i) {
    if (!codes[i].empty()) continue;
    if (!extractor) extractor.emplace(make_extractor(args.get_all("--lexicon")));
    codes[i] = resolve_actor_or_throw(*extractor, typed[i]);
  }
  return codes;
}

nlohmann::ordered_json edge_json(const EdgeSummary& e) {
  const Claim& c = e.representative;
  return nlohmann::ordered_json{
      {"a", e.a},
      {"b", e.b},
      {"sign", e.sign},
      {"claims", e.claims()},
      {"positive", e.positive},
      {"negative", e.negative},
      {"neutral", e.neutral},
      {"net", e.net},
      {"strength", e.strength()},
      {"outlets", std::vector<std::string>(e.outlets.begin(), e.outlets.end())},
      {"first_date", e.first_date},
      {"last_date", e.last_date},
      {"top_relation", e.top_relation},
      {"evidence",
       {{"claim", c.id}, {"subject", c.subject.id}, {"relation", c.relation}, {"object", c.object.id},
        {"text", c.evidence.text}, {"outlet", c.outlet}, {"agency", c.agency}, {"date", c.date}, {"url", c.url}}}};
}

std::string evidence_line(const EdgeSummary& e) {
  const Claim& c = e.representative;
  // Appended piece by piece: GCC 12 gives a false -Wrestrict for "literal" + std::string&&.
  std::string line = "\"";
  line.append(display_line(c.evidence.text)).append("\" (");
  line.append(c.outlet.empty() ? "unknown outlet" : display_line(c.outlet)).append(", ");
  line.append(c.date.empty() ? "undated" : display_line(c.date)).append(")");
  return line;
}

std::string actor_display(const SignedGraph& g, const std::string& id) {
  const NodeSummary* n = g.node(id);
  if (!n || n->label.empty() || n->label == id) return display_line(id);
  return display_line(n->label) + " (" + display_line(id) + ")";
}

}  // namespace irkg::cli
