#pragma once
// Writers for Gephi and the graph ecosystem. Output is deterministic for a given graph.
#include <ostream>
#include <string>

#include "graph/signed_graph.h"

namespace irkg {

void write_graphml(const SignedGraph& g, std::ostream& out);

// Writes to a temporary file next to `path` and renames it into place, so an interrupted
// export never leaves a truncated file under the target name. Throws std::runtime_error.
void export_graph(const SignedGraph& g, const std::string& format, const std::string& path);

}  // namespace irkg
