#pragma once
// Writers for Gephi and the graph ecosystem. Output is deterministic for a given graph:
// nodes and edges in sorted order, fixed number formatting, no timestamps.
// Formats and import advice: docs/EXPORT.md.
#include <ostream>
#include <string>
#include <vector>

#include "graph/signed_graph.h"

namespace irkg {

namespace exportfmt {
class EdgeRowSource;
}

// GraphML, undirected, one edge per (source, target, relation class).
void write_graphml(const SignedGraph& g, std::ostream& out);
// GEXF 1.3, mode="dynamic": spells from claim dates, kind = relation class, viz colours.
void write_gexf(const SignedGraph& g, std::ostream& out);
// Gephi spreadsheet tables: Id,Label,... and Source,Target,Type,Weight,...
void write_csv_nodes(const SignedGraph& g, std::ostream& out);
void write_csv_edges(const SignedGraph& g, std::ostream& out);
// Node-link JSON (networkx node_link_data layout: nodes, links with source/target/key).
void write_json(const SignedGraph& g, std::ostream& out);
// The same with the edge rows from `rows` instead of g's summaries (a whole-store export
// streams its class rows from the store: g is then the dyad graph, without details).
void write_graphml(const SignedGraph& g, exportfmt::EdgeRowSource& rows, std::ostream& out);
void write_gexf(const SignedGraph& g, exportfmt::EdgeRowSource& rows, std::ostream& out);
// `node_spells` (by position in g.nodes()) replaces the nodes' own spells: a graph without
// details has none.
void write_gexf(const SignedGraph& g, exportfmt::EdgeRowSource& rows, const std::vector<std::vector<DateSpell>>* node_spells,
                std::ostream& out);
void write_csv_edges(exportfmt::EdgeRowSource& rows, std::ostream& out);
void write_json(const SignedGraph& g, exportfmt::EdgeRowSource& rows, std::ostream& out);

// The formats export_graph accepts.
const std::vector<std::string>& export_formats();
bool is_export_format(const std::string& format);

// The files an export writes: one for most formats; csv writes PATH (edges table) and
// PATH's stem + "-nodes" + extension (nodes table), e.g. g.csv and g-nodes.csv.
std::vector<std::string> export_paths(const std::string& format, const std::string& path);

// Writes a regular file (or a new path) through a temporary file next to it and renames it
// into place, so an interrupted export never leaves a truncated file under the target
// name. A symbolic link is followed (the link stays, its target gets the content); a FIFO
// or device is written in place (export/output_target.h). Throws std::runtime_error.
// `rows`, when given, supplies the edge rows (see write_graphml above); `node_spells` the
// GEXF nodes' spells (see write_gexf).
void export_graph(const SignedGraph& g, const std::string& format, const std::string& path,
                  exportfmt::EdgeRowSource* rows = nullptr,
                  const std::vector<std::vector<DateSpell>>* node_spells = nullptr);

// The formats that are one file (all but csv), which can go to a stream such as stdout.
bool is_single_file_format(const std::string& format);
void write_export(const SignedGraph& g, const std::string& format, std::ostream& out,
                  exportfmt::EdgeRowSource* rows = nullptr,
                  const std::vector<std::vector<DateSpell>>* node_spells = nullptr);

}  // namespace irkg
