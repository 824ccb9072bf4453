#pragma once
// The edge rows every format writes: one per (dyad, relation class), in sorted order, with
// the same ids in every format so files from one graph can be cross-checked.
#include <cstddef>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "graph/signed_graph.h"

namespace irkg::exportfmt {

struct EdgeRow {
  std::string id;  // "e0", "e1", ...
  const EdgeSummary* dyad = nullptr;
  const std::string* relation_class = nullptr;
  const RelationClassSummary* summary = nullptr;
  // The dyad's representative claim belongs to this class (evidence is shown only there,
  // so a sentence about sanctions never decorates the "consult" edge).
  bool carries_evidence = false;
};

std::vector<EdgeRow> edge_rows(const SignedGraph& g);

class OutBuffer;
// Writes every row through `format` (row, its position) in order, the rows formatted in
// chunks that alternate between this thread and a helper thread (formatting is most of an
// export's writing: ~1 s of 448,500 edges at 10M claims).
// `chunk_rows` is the chunk size (tests make it small).
void write_rows_in_parallel(const std::vector<EdgeRow>& rows, OutBuffer& out,
                            const std::function<void(OutBuffer&, const EdgeRow&, std::size_t)>& format,
                            std::size_t chunk_rows = 4096);

// "a; b; c" of a dyad's or class's outlets (sorted), in a buffer of the calling thread:
// valid until its next call on that thread.
std::string_view join_outlets(const OutletList& outlets);

}  // namespace irkg::exportfmt
