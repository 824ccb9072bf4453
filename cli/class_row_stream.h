#pragma once
// A whole-store (or date window's) export's edge rows streamed from the pair aggregates'
// class rows (docs/STORE.md "Pair aggregates"), pair by pair as they are read, instead of a
// graph that holds every class's summary: at 10M claims 448,500 class rows, whose
// accumulators and summaries were most of the export's 423-567 MB peak. The dyads (sign,
// net, evidence) and the nodes come from a graph built from the pairs' totals (no
// details); a class row turns into its edge row's summary on its own (each class of a pair
// is one row). A window's class rows are summed from its dyad index entries by the store.
#include <atomic>
#include <condition_variable>
#include <cstddef>
#include <deque>
#include <exception>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <vector>

#include "core/name_ranks.h"
#include "export/rows.h"
#include "graph/signed_graph.h"
#include "store/store.h"

namespace irkg::cli {

class ClassRowStream : public exportfmt::EdgeRowSource {
 public:
  // `dyads`: the finished graph from the same store's pair totals over the same window,
  // built with `filter`'s min_claims (its edges are the pairs whose rows are given; a
  // pair's classes must add up to its edge). Reading starts at once, on a thread of its
  // own. filter.spells: classes carry their date spells and take their first and last
  // dates from their days (GEXF), as the graph's summaries do. filter.since and until:
  // the window (empty: the whole store).
  ClassRowStream(std::shared_ptr<const Store> store, const SignedGraph& dyads, const GraphFilter& filter);
  ~ClassRowStream() override;  // stops the reader
  ClassRowStream(const ClassRowStream&) = delete;
  ClassRowStream& operator=(const ClassRowStream&) = delete;

  bool next(exportfmt::RowChunk& chunk) override;
  // The date spells of each of `dyads`' nodes (in nodes() order): the days of every class
  // of its edges, from one pass over the class rows. nullopt when one day bitmap per node
  // over the edges' dates would take more than 64 MB (dates centuries apart): the caller
  // then builds the graph with details.
  static std::optional<std::vector<std::vector<DateSpell>>> node_spells(const Store& store, const SignedGraph& dyads,
                                                                         const GraphFilter& filter);
  // Rows handed out so far.
  std::size_t rows() const { return given_; }

  // Rows per chunk (chunks end between pairs); IRKG_STREAM_CHUNK_ROWS sets another for
  // tests, so that small stores go through many chunks and their reuse.
  static constexpr std::size_t kChunkRows = 8192;

 private:
  void read();
  void push(exportfmt::RowChunk&& chunk);
  // A chunk the writer is done with, or an empty one: its summaries' memory is used again.
  exportfmt::RowChunk reuse_chunk();

  std::shared_ptr<const Store> store_;
  const SignedGraph& dyads_;
  std::size_t min_claims_;
  bool spells_;
  std::string since_, until_;
  std::vector<std::string> agencies_;  // one agency's class rows (schema 9), or none
  std::size_t chunk_rows_ = kChunkRows;
  // Every outlet of the dyads' edges, sorted: a class's outlets are among its pair's.
  std::vector<std::string> outlet_names_;
  NameRanks outlet_rank_;

  std::mutex mutex_;
  std::condition_variable changed_;
  std::deque<exportfmt::RowChunk> ready_;
  // Chunks handed back by next(), refilled by the reader: their summaries, classes and
  // rows are assigned in place rather than freed on the writer's thread and allocated
  // again on the reader's (malloc and free were a sixth of a GEXF export's time).
  std::vector<exportfmt::RowChunk> recycled_;
  bool done_ = false, stop_ = false;
  std::atomic<bool> stop_requested_{false};  // stop_, read by the reader row by row without the lock
  std::exception_ptr error_;
  std::size_t given_ = 0;
  std::thread reader_;
};

}  // namespace irkg::cli
