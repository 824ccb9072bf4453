// irkg opposes / irkg allies: pairs of actors ranked by the evidence for their rivalry or
// alliance, with counts, outlets and one evidence sentence per pair.
#include <algorithm>
#include <iomanip>
#include <iostream>
#include <sstream>

#include "cli/command.h"
#include "cli/display.h"
#include "cli/graph_source.h"
#include "cli/kept_until_exit.h"
#include "cli/run.h"

namespace irkg::cli {
namespace {

std::string outlets_cell(const EdgeSummary& e) {
  std::string out;
  std::size_t shown = 0;
  for (const auto& o : e.outlets) {
    if (shown == 2) {
      out += " +" + std::to_string(e.outlets.size() - 2);
      break;
    }
    out += (shown++ ? ", " : "");
    out += display_line(o);
  }
  return out.empty() ? "-" : out;
}

int run_ranked(const std::string& name, int sign, const std::vector<std::string>& argv) {
  const std::string what = sign < 0 ? "rivalry" : "alliance";
  auto flags = graph_flags();
  flags.push_back({"--json", false, false, "print as JSON"});
  flags.push_back({"--limit", true, false, "N  at most N pairs (default 20, 0 = all)"});
  Args args("usage: irkg " + name + " (--db DIR | --claims FILE) [ACTOR] [--json] [--limit N] [FILTERS]\n\n"
            "Pairs of actors whose claims make a net " + what +
                ", strongest evidence first (more claims, then more outlets,\n"
                "then larger |net score|). With ACTOR (a code or a name: CHN, China), only that actor's counterparts.",
            flags);
  return run_guarded(name, args, argv, [&] {
    if (args.positionals().size() > 1) throw UsageError("unexpected argument '" + args.positionals()[1] + "'");
    GraphFilter filter = graph_filter(args);
    filter.details = false;  // no per-class summaries or spells: only exports write them
    filter.analysis = false;  // no blocs, camps or betweenness: only blocs and exports show them
    filter.top_relations = args.has("--json");  // only the JSON output shows an edge's top relation
    const auto limit = static_cast<std::size_t>(args.integer("--limit", 20, 0, 1'000'000'000));
    // On a store, one actor's counterparts need only that actor's claims.
    std::string focus;
    if (!args.positionals().empty() && args.has("--db")) focus = resolve_actors(args, {args.positionals()[0]}).front();
    const KeptGraph kept(load_graph(name, args, filter, focus));  // not freed one edge at a time at the end
    const SignedGraph& g = kept.get();
    std::string actor = focus;
    if (!args.positionals().empty() && actor.empty()) actor = resolve_graph_actor(args, g, args.positionals()[0]);
    auto pairs = g.ranked(sign, actor);
    if (limit && pairs.size() > limit) pairs.resize(limit);
    g.ensure_representatives(pairs);

    if (args.has("--json")) {
      nlohmann::ordered_json out{{"kind", what}, {"actor", actor}, {"pairs", nlohmann::ordered_json::array()}};
      for (const EdgeSummary* e : pairs) out["pairs"].push_back(edge_json(*e));
      std::cout << out.dump(1, ' ', false, nlohmann::ordered_json::error_handler_t::replace) << '\n';
      return kExitOk;
    }
    if (pairs.empty()) {
      std::cout << "no " << what << " pairs" << (actor.empty() ? "" : " for " + display_line(actor)) << " in "
                << g.claims_seen() << " claim(s)\n";
      return kExitOk;
    }
    // Every column sized to its content (two spaces between columns), so labels and counts
    // never run together whatever the names or the counts (330109/186/35).
    const std::string header = actor.empty() ? "PAIR" : "VS " + display_line(actor);
    struct Row {
      std::string rank, label, claims, counts, net;
    };
    std::vector<Row> rows;
    std::size_t rank_w = 1, label_w = header.size(), claims_w = 6, counts_w = 5, net_w = 3;  // header widths
    for (std::size_t i = 0; i < pairs.size(); ++i) {
      const EdgeSummary& e = *pairs[i];
      std::ostringstream net;
      net << std::fixed << std::setprecision(1) << e.net;
      Row row{std::to_string(i + 1), display_line(actor.empty() ? e.a + " - " + e.b : (e.a == actor ? e.b : e.a)),
              std::to_string(e.claims()),
              std::to_string(e.positive) + '/' + std::to_string(e.negative) + '/' + std::to_string(e.neutral), net.str()};
      rank_w = std::max(rank_w, row.rank.size());
      label_w = std::max(label_w, row.label.size());
      claims_w = std::max(claims_w, row.claims.size());
      counts_w = std::max(counts_w, row.counts.size());
      net_w = std::max(net_w, row.net.size());
      rows.push_back(std::move(row));
    }
    const auto line = [&](const std::string& rank, const std::string& label, const std::string& claims,
                          const std::string& counts, const std::string& net) {
      std::cout << std::left << std::setw(static_cast<int>(rank_w) + 2) << rank
                << std::setw(static_cast<int>(label_w) + 2) << label << std::right
                << std::setw(static_cast<int>(claims_w)) << claims << "  " << std::setw(static_cast<int>(counts_w))
                << counts << "  " << std::setw(static_cast<int>(net_w)) << net << "  " << std::left;
    };
    line("#", header, "CLAIMS", "+/-/0", "NET");
    std::cout << "OUTLETS\n";
    for (std::size_t i = 0; i < rows.size(); ++i) {
      line(rows[i].rank, rows[i].label, rows[i].claims, rows[i].counts, rows[i].net);
      std::cout << outlets_cell(*pairs[i]) << "\n    " << evidence_line(*pairs[i]) << "\n";
    }
    return kExitOk;
  });
}

int run_opposes(const std::vector<std::string>& argv) { return run_ranked("opposes", -1, argv); }
int run_allies(const std::vector<std::string>& argv) { return run_ranked("allies", +1, argv); }

const bool registered_opposes =
    register_command({"opposes", "who opposes whom, ranked by evidence (rivalry pairs)", run_opposes});
const bool registered_allies =
    register_command({"allies", "who backs whom, ranked by evidence (alliance pairs)", run_allies});

}  // namespace
}  // namespace irkg::cli
