// irkg blocs: structural balance of the claim graph — camps, the edges that contradict
// them and the frustration index, the share of balanced triads, and who brokers between
// camps (betweenness).
#include <algorithm>
#include <iomanip>
#include <iostream>

#include "cli/command.h"
#include "cli/display.h"
#include "cli/graph_source.h"
#include "cli/kept_until_exit.h"
#include "cli/run.h"

namespace irkg::cli {
namespace {

// At most `limit` of `all` (0 = all): the breaks printed, with how many were left out.
std::vector<const EdgeSummary*> first(const std::vector<const EdgeSummary*>& all, std::size_t limit) {
  if (limit == 0 || all.size() <= limit) return all;
  return {all.begin(), all.begin() + static_cast<std::ptrdiff_t>(limit)};
}

int run_blocs(const std::vector<std::string>& argv) {
  auto flags = graph_flags();
  flags.push_back({"--json", false, false, "print as JSON"});
  flags.push_back({"--limit", true, false, "N  at most N balance breaks of each kind (default 10, 0 = all)"});
  Args args("usage: irkg blocs (--db DIR | --claims FILE) [--json] [--limit N] [FILTERS]\n\n"
            "Camps: the partition of the signed graph that minimises frustration (alliances across\n"
            "camps plus rivalries inside them, weighted by evidence), the number of camps chosen by\n"
            "the data; the edges that break it, strongest first, with evidence; the frustration\n"
            "index; the share of balanced triads; and the actors with the highest betweenness.",
            flags);
  return run_guarded("blocs", args, argv, [&] {
    if (!args.positionals().empty()) throw UsageError("unexpected argument '" + args.positionals().front() + "'");
    GraphFilter filter = graph_filter(args);
    filter.details = false;  // no per-class summaries or spells: only exports write them
    filter.top_relations = args.has("--json");  // only the JSON output shows an edge's top relation
    const auto limit = static_cast<std::size_t>(args.integer("--limit", 10, 0, 1'000'000'000));
    const KeptGraph kept(load_graph("blocs", args, filter));  // not freed one edge at a time at the end
    const SignedGraph& g = kept.get();
    const BalanceReport& b = g.balance();
    std::vector<const NodeSummary*> central;
    for (const auto& n : g.nodes()) central.push_back(&n);
    std::stable_sort(central.begin(), central.end(),
                     [](const auto* x, const auto* y) { return x->betweenness > y->betweenness; });
    const auto camp_breaks = first(b.camp_breaks, limit);
    g.ensure_representatives(camp_breaks);  // the evidence printed below

    if (args.has("--json")) {
      using json = nlohmann::ordered_json;
      json out{{"actors", g.nodes().size()}, {"edges", g.edges().size()}};
      out["camps"] = json::array();
      for (const auto& camp : b.camps) out["camps"].push_back({{"id", camp.id}, {"members", camp.members}});
      out["frustration"] = b.frustration;
      out["signed_weight"] = b.signed_weight;
      out["frustration_share"] = b.frustration_share();
      out["camp_breaks_total"] = b.camp_breaks.size();
      out["camp_breaks"] = json::array();
      for (const auto* e : camp_breaks) {
        json item = edge_json(*e);
        item["strength"] = e->strength();
        out["camp_breaks"].push_back(std::move(item));
      }
      out["blocs"] = json::array();
      for (const auto& bloc : b.blocs) out["blocs"].push_back({{"id", bloc.id}, {"members", bloc.members}});
      auto edge_list = [](const std::vector<const EdgeSummary*>& v) {
        json list = json::array();
        for (const auto* e : v) list.push_back({{"a", e->a}, {"b", e->b}, {"sign", e->sign}, {"claims", e->claims()}});
        return list;
      };
      out["weak_breaks_total"] = b.weak_breaks.size();
      out["weak_breaks"] = edge_list(first(b.weak_breaks, limit));
      out["strongly_balanced"] = b.strongly_balanced;
      out["strong_breaks_total"] = b.strong_breaks.size();
      out["strong_breaks"] = edge_list(first(b.strong_breaks, limit));
      out["signed_triads"] = b.signed_triads;
      out["balanced_triads"] = b.balanced_triads;
      out["balance_ratio"] = b.balance_ratio();
      out["nodes"] = json::array();
      for (const auto& n : g.nodes())
        out["nodes"].push_back({{"id", n.id},
                                {"label", n.label},
                                {"camp", n.camp},
                                {"bloc", n.bloc},
                                {"side", n.side},
                                {"centrality", n.betweenness}});
      std::cout << out.dump(1, ' ', false, json::error_handler_t::replace) << '\n';
      return kExitOk;
    }
    std::cout << g.nodes().size() << " actors, " << g.edges().size() << " pairs, " << b.camps.size() << " camp(s)\n";
    for (const auto& camp : b.camps) {
      std::cout << "  camp " << camp.id << " (" << camp.members.size() << "):";
      for (const auto& m : camp.members) std::cout << ' ' << display_line(m);
      std::cout << '\n';
    }
    std::size_t outside = 0;
    for (const auto& n : g.nodes()) outside += n.camp < 0;
    if (outside) std::cout << "  " << outside << " actor(s) in no camp (mixed pairs only)\n";
    std::cout << std::fixed << std::setprecision(1) << "frustration: " << b.frustration << " of " << b.signed_weight
              << " (" << 100.0 * b.frustration_share() << "%), " << b.camp_breaks.size()
              << " edge(s) break the camps (+ across camps, - inside one)\n";
    for (const auto* e : camp_breaks)
      std::cout << "  " << display_line(e->a) << (e->sign > 0 ? " + " : " - ") << display_line(e->b) << "  "
                << e->strength() << "  " << evidence_line(*e) << '\n';
    if (camp_breaks.size() < b.camp_breaks.size())
      std::cout << "  ... " << b.camp_breaks.size() - camp_breaks.size() << " more (--limit 0 lists all)\n";
    std::cout << "balanced triads: " << b.balanced_triads << " of " << b.signed_triads << " (" << std::setprecision(2)
              << b.balance_ratio() << ")\n";
    std::cout << "brokers (betweenness):" << (central.empty() || central[0]->betweenness <= 0 ? " none\n" : "\n");
    std::size_t shown = 0, id_width = 8;  // the id column sized to the ids shown
    while (shown < central.size() && shown < 10 && central[shown]->betweenness > 0)
      id_width = std::max(id_width, display_line(central[shown++]->id).size());
    for (std::size_t i = 0; i < shown; ++i)
      std::cout << "  " << std::left << std::setw(static_cast<int>(id_width) + 2) << display_line(central[i]->id)
                << std::setprecision(3) << central[i]->betweenness << "  camp " << central[i]->camp << '\n';
    return kExitOk;
  });
}

const bool registered = register_command({"blocs", "camps, structural balance and brokers of the claim graph", run_blocs});

}  // namespace
}  // namespace irkg::cli
