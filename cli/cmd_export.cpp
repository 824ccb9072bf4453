// irkg export: the graph as GraphML, GEXF, CSV or JSON for Gephi and scripts.
#include <iostream>
#include <optional>

#include "cli/checked_stdout.h"
#include "cli/class_row_stream.h"
#include "cli/command.h"
#include "cli/kept_until_exit.h"
#include "cli/graph_source.h"
#include "cli/run.h"
#include "export/exporters.h"
#include "export/rows.h"

namespace irkg::cli {
namespace {

int run_export(const std::vector<std::string>& argv) {
  auto flags = graph_flags();
  flags.push_back({"--format", true, false, "graphml|gexf|csv|json  (default graphml)"});
  flags.push_back({"-o", true, false,
                   "FILE  output file (a regular file is written to a temporary name, then renamed); - for stdout"});
  flags.push_back({"--output", true, false, "FILE  same as -o"});
  Args args("usage: irkg export (--db DIR | --claims FILE) --format graphml|gexf|csv|json -o FILE [FILTERS]\n\n"
            "Writes the signed graph for Gephi (graphml, gexf with a timeline), spreadsheets (csv: FILE is\n"
            "the edges table, FILE-nodes.csv the nodes table) or scripts (json node-link). See docs/EXPORT.md.",
            flags);
  return run_guarded("export", args, argv, [&] {
    if (!args.positionals().empty()) throw UsageError("unexpected argument '" + args.positionals().front() + "'");
    const std::string format = args.get("--format", "graphml");
    if (!is_export_format(format)) throw UsageError("--format must be graphml, gexf, csv or json, not '" + format + "'");
    if (args.has("-o") && args.has("--output")) throw UsageError("give -o or --output, not both");
    const std::string out = args.has("-o") ? args.get("-o") : args.get("--output");
    if (out.empty()) throw UsageError("missing -o FILE");
    const bool to_stdout = out == "-";
    if (to_stdout && !is_single_file_format(format))
      throw UsageError("-o - (standard output) needs a one-file format; " + format + " writes two files");
    GraphFilter filter = graph_filter(args);
    filter.spells = format == "gexf";  // the only format with a timeline
    // The whole store's (or a window's) rows streamed from its class rows, pair by pair,
    // where the graph would hold every class's summary (docs/BENCHMARKS.md "session 15";
    // a window's class rows are summed from its dyad index entries, "session 18"). GEXF
    // nodes come first with the days of all their edges: one pass over the class rows
    // gives those.
    std::optional<StoreGraph> dyads = load_dyads_for_streamed_export(args, filter);
    std::optional<std::vector<std::vector<DateSpell>>> node_spells;
    if (dyads && filter.spells) {
      node_spells = ClassRowStream::node_spells(*dyads->store, dyads->graph, filter);
      if (!node_spells) dyads.reset();  // dates too far apart for day bitmaps: the graph's way
    }
    std::optional<KeptGraph> kept_dyads;  // its evidence lookups (and store) go before the exit
    std::optional<ClassRowStream> stream;  // declared last: its reader stops first
    if (dyads) {
      kept_dyads.emplace(std::move(dyads->graph));
      stream.emplace(dyads->store, kept_dyads->get(), filter);
    }
    const SignedGraph& g = kept_dyads ? kept_dyads->get() : kept_until_exit(load_graph("export", args, filter));
    exportfmt::EdgeRowSource* rows_from = stream ? &*stream : nullptr;
    const auto* spells_from = node_spells ? &*node_spells : nullptr;
    if (to_stdout) {
      write_export(g, format, std::cout, rows_from, spells_from);
      flush_stdout_or_throw();
    } else {
      export_graph(g, format, out, rows_from, spells_from);
    }
    std::size_t rows = 0;
    if (stream) rows = stream->rows();
    else
      for (const auto& e : g.edges()) rows += e.by_category.size();
    std::cerr << "wrote";
    if (to_stdout) {
      std::cerr << " standard output";
    } else {
      for (const auto& p : export_paths(format, out)) std::cerr << ' ' << p;
    }
    std::cerr << ": " << g.nodes().size() << " actors, " << rows << " edges (" << g.edges().size() << " pairs)\n";
    return kExitOk;
  });
}

const bool registered = register_command({"export", "write the graph as GraphML, GEXF, CSV or JSON", run_export});

}  // namespace
}  // namespace irkg::cli
