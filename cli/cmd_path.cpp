// irkg path: the shortest evidence-backed chain between two actors, including "enemy of
// my enemy" chains (see docs/GRAPH.md for the doubled-graph search).
#include <iomanip>
#include <iostream>

#include "cli/command.h"
#include "cli/display.h"
#include "cli/graph_source.h"
#include "cli/kept_until_exit.h"
#include "cli/run.h"

namespace irkg::cli {
namespace {

const char* sign_text(int s) { return s > 0 ? "+ ally" : s < 0 ? "- rival" : "0 mixed"; }

int run_path(const std::vector<std::string>& argv) {
  auto flags = graph_flags();
  flags.push_back({"--kind", true, false, "alliance|rivalry|any  alliance: positive edges only; rivalry: odd number "
                                          "of negative edges; any: every edge (default any)"});
  flags.push_back({"--max-hops", true, false, "N  longest chain to accept (default 4)"});
  flags.push_back({"--json", false, false, "print as JSON"});
  Args args("usage: irkg path (--db DIR | --claims FILE) A B [--kind alliance|rivalry|any] [--max-hops N] [--json]\n\n"
            "The shortest chain of pairs linking actor A to actor B (codes or names), fewest hops first,\n"
            "then strongest evidence. Each hop shows its sign, strength and one evidence sentence.",
            flags);
  return run_guarded("path", args, argv, [&] {
    if (args.positionals().size() != 2) throw UsageError("give two actors, A and B");
    const auto kind = parse_path_kind(args.get("--kind", "any"));
    if (!kind) throw UsageError("--kind must be alliance, rivalry or any, not '" + args.get("--kind") + "'");
    const auto max_hops = static_cast<std::size_t>(args.integer("--max-hops", 4, 1, 64));
    GraphFilter filter = graph_filter(args);
    filter.details = false;  // no per-class summaries or spells: only exports write them
    filter.analysis = false;  // no blocs, camps or betweenness: only blocs and exports show them
    filter.top_relations = args.has("--json");  // only the JSON output shows an edge's top relation
    const KeptGraph kept(load_graph("path", args, filter));  // not freed one edge at a time at the end
    const SignedGraph& g = kept.get();
    const std::string a = resolve_graph_actor(args, g, args.positionals()[0]);
    const std::string b = resolve_graph_actor(args, g, args.positionals()[1]);
    if (a == b) throw UsageError("A and B are the same actor (" + a + ")");
    const PathResult p = g.path(a, b, *kind, max_hops);
    std::vector<const EdgeSummary*> hop_edges;
    for (const auto& h : p.hops) hop_edges.push_back(h.edge);
    g.ensure_representatives(hop_edges);

    if (args.has("--json")) {
      nlohmann::ordered_json out{{"from", a}, {"to", b}, {"kind", to_string(*kind)}, {"max_hops", max_hops},
                                 {"found", p.found}};
      if (p.found) {
        out["sign"] = p.sign;
        out["hops"] = nlohmann::ordered_json::array();
        for (const auto& h : p.hops) {
          auto hop = edge_json(*h.edge);
          hop["from"] = h.from;
          hop["to"] = h.to;
          out["hops"].push_back(std::move(hop));
        }
      }
      std::cout << out.dump(1, ' ', false, nlohmann::ordered_json::error_handler_t::replace) << '\n';
      return kExitOk;
    }
    if (!p.found) {
      std::cout << "no " << to_string(*kind) << " path from " << display_line(a) << " to " << display_line(b)
                << " within " << max_hops
                << " hop(s)\n";
      return kExitOk;
    }
    std::cout << actor_display(g, a) << " -> " << actor_display(g, b) << ": " << p.hops.size() << " hop(s), "
              << (p.sign > 0 ? "aligned (+)" : p.sign < 0 ? "opposed (-)" : "mixed (0)") << "\n";
    for (std::size_t i = 0; i < p.hops.size(); ++i) {
      const auto& h = p.hops[i];
      std::cout << "  " << i + 1 << ". " << std::left << std::setw(8) << display_line(h.from) << std::setw(8)
                << display_line(h.to)
                << std::setw(8) << sign_text(h.sign) << "strength " << std::fixed << std::setprecision(1) << h.strength
                << "  (" << h.edge->claims() << " claims, " << h.edge->outlets.size() << " outlets)\n"
                << "     " << evidence_line(*h.edge) << "\n";
    }
    return kExitOk;
  });
}

const bool registered = register_command({"path", "shortest evidence-backed chain between two actors", run_path});

}  // namespace
}  // namespace irkg::cli
