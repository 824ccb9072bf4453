#pragma once
// What the graph commands (opposes, allies, path, blocs, export) share: the filter flags,
// reading claims from a store (--db) or a claims JSONL file (--claims), and resolving
// actors typed on the command line against the built graph.
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "cli/args.h"
#include "graph/signed_graph.h"
#include "store/store.h"

namespace irkg::cli {

// --db, --claims, --lexicon and the GraphFilter flags (--since ... --level).
std::vector<FlagSpec> graph_flags();
// GraphFilter from the flags; UsageError on a bad value.
GraphFilter graph_filter(const Args& args);
// Builds and finishes the graph from --db DIR or --claims FILE (exactly one). A bad
// JSONL line is reported on stderr (file:line) and skipped.
// With `focus` (an actor code or id), only claims naming that actor are read: from a store
// through its actor indexes, so "opposes CHN" reads China's claims, not every claim. Date
// windows and a single --outlet also read through an index.
SignedGraph load_graph(const std::string& command, const Args& args, const GraphFilter& filter,
                       const std::string& focus = "");
// A whole-store graph and the store it was read from (still open: evidence claims are read
// from it as they are needed).
struct StoreGraph {
  std::shared_ptr<const Store> store;
  SignedGraph graph;
};
// For an export whose edge rows are streamed from the store's class rows
// (cli/class_row_stream.h): the dyad graph (no details, analysed, evidence fetched when
// asked: SignedGraph::ensure_representatives) from the pair totals. nullopt when the pair
// aggregates cannot answer `filter` with details (any filter but --min-claims, --claims,
// IRKG_NO_AGGREGATES, aggregates a reader must not use): load_graph then.
std::optional<StoreGraph> load_dyads_for_streamed_export(const Args& args, const GraphFilter& filter);
// Actors typed on the command line (codes or names) to codes, before any graph exists: with
// --db, an id the store holds as typed or upper-cased (imported GDELT/ICEWS codes need no
// dictionary), else the dictionaries' resolution. The store is opened and the dictionaries
// loaded at most once. UsageError for an unknown actor.
std::vector<std::string> resolve_actors(const Args& args, const std::vector<std::string>& typed);
// An actor typed by the user ("CHN", "China", "person:...") to a vertex id of `g`:
// a vertex id as typed, else the dictionaries' resolution. UsageError when unknown.
std::string resolve_graph_actor(const Args& args, const SignedGraph& g, const std::string& typed);

// One pair as JSON: counts, net, strength, outlets, dates and its evidence claim.
nlohmann::ordered_json edge_json(const EdgeSummary& e);
// False when IRKG_NO_AGGREGATES is set (not "0"): commands then read the dyad index as
// before the pair aggregates (tests compare the two paths).
bool aggregates_enabled();
// Threads that read the pair aggregates, each its own half of the pairs: 2 on a machine
// with two cores or more, 1 with IRKG_SCAN_THREADS=1. IRKG_SCAN_SPLIT=KEY splits at that
// pair key ("A\x1fB", or any string) instead of Store::pair_split_key's, even on a store
// too small to be split otherwise (tests).
unsigned scan_threads();
// The pair key at which to read a store's pair aggregates in two halves (scan_threads,
// IRKG_SCAN_SPLIT, Store::pair_split_key); empty: read them whole.
std::string scan_split_key(const Store& store);
// With IRKG_TRACE_GRAPH_SOURCE set, "graph: WHAT" on stderr: which path answered.
void trace_graph_source(std::string_view what);
// "sentence" (outlet, date) of a pair's representative claim, for human output.
std::string evidence_line(const EdgeSummary& e);
// "China (CHN)" or just the id when the label adds nothing.
std::string actor_display(const SignedGraph& g, const std::string& id);

}  // namespace irkg::cli
