#pragma once
// The edge rows every format writes: one per (dyad, relation class), in sorted order, with
// the same ids in every format so files from one graph can be cross-checked.
#include <cstddef>
#include <deque>
#include <functional>
#include <memory>
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
  // That claim (the graph's, or one a streamed source holds for its chunk).
  const Claim* evidence = nullptr;
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

// A run of an export's edge rows and what they point to that the graph does not hold (a
// streamed source's relation classes and their summaries: deques keep them in place).
struct RowChunk {
  std::vector<EdgeRow> rows;
  std::deque<std::string> classes;
  std::deque<RelationClassSummary> summaries;
  std::vector<std::shared_ptr<const void>> kept;  // anything else the rows point to (evidence claims)
  void clear() {
    rows.clear();
    classes.clear();
    summaries.clear();
    kept.clear();
  }
};

// An export's edge rows in order, a chunk at a time, so that a whole store's 448,500 class
// summaries need not be held at once (cli/class_row_stream.h reads them from the store).
// Row ids are "e0", "e1", ... by position in the whole sequence.
class EdgeRowSource {
 public:
  virtual ~EdgeRowSource() = default;
  // Replaces `chunk`'s content with the next rows; false (chunk empty) when none are left.
  virtual bool next(RowChunk& chunk) = 0;
};

// The rows of a finished graph with details (edge_rows), in chunks of `chunk_rows`.
class GraphEdgeRows : public EdgeRowSource {
 public:
  explicit GraphEdgeRows(const SignedGraph& g, std::size_t chunk_rows = 8192);
  bool next(RowChunk& chunk) override;

 private:
  std::vector<EdgeRow> rows_;
  std::size_t at_ = 0, chunk_rows_;
};

// Writes every row of `source` through `format` (row, its position) in order. Each chunk
// is formatted half on a helper thread and half on this one, which first asks the source
// for the next chunk: a source that reads and summarises rows works while the helper
// formats. A failure on either thread (or in the source) is thrown here.
void write_row_source(EdgeRowSource& source, OutBuffer& out,
                      const std::function<void(OutBuffer&, const EdgeRow&, std::size_t)>& format);

// "a; b; c" of a dyad's or class's outlets (sorted), in a buffer of the calling thread:
// valid until its next call on that thread.
std::string_view join_outlets(const OutletList& outlets);
// The same list XML-escaped into `out` name by name, without joining it first: the same
// bytes, as escaping works character by character and "; " needs none.
void put_outlets_xml(OutBuffer& out, const OutletList& outlets);

}  // namespace irkg::exportfmt
