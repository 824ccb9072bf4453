// irkg blocs: structural balance of the claim graph — blocs, the edges that contradict
// them, the share of balanced triads, and who brokers between blocs (betweenness).
#include <algorithm>
#include <iomanip>
#include <iostream>

#include "cli/command.h"
#include "cli/display.h"
#include "cli/graph_source.h"
#include "cli/run.h"

namespace irkg::cli {
namespace {

int run_blocs(const std::vector<std::string>& argv) {
  auto flags = graph_flags();
  flags.push_back({"--json", false, false, "print as JSON"});
  Args args("usage: irkg blocs (--db DIR | --claims FILE) [--json] [FILTERS]\n\n"
            "Blocs (actors linked by alliance edges), rivalry edges inside a bloc, the two-camp split\n"
            "(strong balance) and the edges that break it, the share of balanced triads, and the\n"
            "actors with the highest betweenness centrality.",
            flags);
  return run_guarded("blocs", args, argv, [&] {
    if (!args.positionals().empty()) throw UsageError("unexpected argument '" + args.positionals().front() + "'");
    GraphFilter filter = graph_filter(args);
    filter.details = false;  // no per-class summaries or spells: only exports write them
    const SignedGraph g = load_graph("blocs", args, filter);
    const BalanceReport& b = g.balance();
    std::vector<const NodeSummary*> central;
    for (const auto& n : g.nodes()) central.push_back(&n);
    std::stable_sort(central.begin(), central.end(),
                     [](const auto* x, const auto* y) { return x->betweenness > y->betweenness; });

    if (args.has("--json")) {
      using json = nlohmann::ordered_json;
      json out{{"actors", g.nodes().size()}, {"edges", g.edges().size()}};
      out["blocs"] = json::array();
      for (const auto& bloc : b.blocs) out["blocs"].push_back({{"id", bloc.id}, {"members", bloc.members}});
      auto edge_list = [](const std::vector<const EdgeSummary*>& v) {
        json list = json::array();
        for (const auto* e : v) list.push_back({{"a", e->a}, {"b", e->b}, {"sign", e->sign}, {"claims", e->claims()}});
        return list;
      };
      out["weak_breaks"] = edge_list(b.weak_breaks);
      out["strongly_balanced"] = b.strongly_balanced;
      out["strong_breaks"] = edge_list(b.strong_breaks);
      out["signed_triads"] = b.signed_triads;
      out["balanced_triads"] = b.balanced_triads;
      out["balance_ratio"] = b.balance_ratio();
      out["nodes"] = json::array();
      for (const auto& n : g.nodes())
        out["nodes"].push_back(
            {{"id", n.id}, {"label", n.label}, {"bloc", n.bloc}, {"side", n.side}, {"centrality", n.betweenness}});
      std::cout << out.dump(1, ' ', false, json::error_handler_t::replace) << '\n';
      return kExitOk;
    }
    std::cout << g.nodes().size() << " actors, " << g.edges().size() << " pairs, " << b.blocs.size() << " bloc(s)\n";
    for (const auto& bloc : b.blocs) {
      if (bloc.members.size() < 2) continue;  // singletons are listed together below
      std::cout << "  bloc " << bloc.id << " (" << bloc.members.size() << "):";
      for (const auto& m : bloc.members) std::cout << ' ' << display_line(m);
      std::cout << '\n';
    }
    std::size_t alone = 0;
    for (const auto& bloc : b.blocs) alone += bloc.members.size() == 1;
    if (alone) std::cout << "  " << alone << " actor(s) with no alliance edge\n";
    g.ensure_representatives(b.weak_breaks);  // the evidence printed below
    g.ensure_representatives(b.strong_breaks);
    std::cout << "rivalries inside a bloc (weak balance broken): " << b.weak_breaks.size() << '\n';
    for (const auto* e : b.weak_breaks)
      std::cout << "  " << display_line(e->a) << " - " << display_line(e->b) << "  " << evidence_line(*e) << '\n';
    std::cout << "two camps (strong balance): " << (b.strongly_balanced ? "yes" : "no");
    if (!b.strongly_balanced) std::cout << ", " << b.strong_breaks.size() << " edge(s) break it";
    std::cout << '\n';
    for (const auto* e : b.strong_breaks)
      std::cout << "  " << display_line(e->a) << (e->sign > 0 ? " + " : " - ") << display_line(e->b) << "  "
                << evidence_line(*e) << '\n';
    std::cout << "balanced triads: " << b.balanced_triads << " of " << b.signed_triads << " (" << std::fixed
              << std::setprecision(2) << b.balance_ratio() << ")\n";
    std::cout << "brokers (betweenness):" << (central.empty() || central[0]->betweenness <= 0 ? " none\n" : "\n");
    for (std::size_t i = 0; i < central.size() && i < 10 && central[i]->betweenness > 0; ++i)
      std::cout << "  " << std::left << std::setw(10) << display_line(central[i]->id) << std::setprecision(3)
                << central[i]->betweenness
                << "  bloc " << central[i]->bloc << '\n';
    return kExitOk;
  });
}

const bool registered = register_command({"blocs", "blocs, structural balance and brokers of the claim graph", run_blocs});

}  // namespace
}  // namespace irkg::cli
