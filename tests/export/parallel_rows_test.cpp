// write_rows_in_parallel (export/rows.cpp): rows formatted in chunks on two threads must
// come out exactly as one loop writes them, and a failure on either thread must surface.
#include <gtest/gtest.h>

#include <regex>
#include <sstream>
#include <stdexcept>

#include "export/exporters.h"
#include "export/out_buffer.h"
#include "export/rows.h"

namespace irkg {
namespace {

using exportfmt::EdgeRow;
using exportfmt::OutBuffer;

// A graph of `pairs` pairs, two classes each (two edge rows per pair).
SignedGraph graph_of(int pairs) {
  SignedGraph g;
  const GraphFilter f;
  for (int k = 0; k < pairs; ++k) {
    for (int polarity : {1, -1}) {
      Claim c;
      c.subject = Actor{"S" + std::to_string(k / 100), "", "S" + std::to_string(k / 100), "state"};
      c.object = Actor{"T" + std::to_string(k % 100), "", "T" + std::to_string(k % 100), "state"};
      c.polarity = polarity;
      c.weight = polarity * (1.0 + k % 7);
      c.category = polarity > 0 ? "COOPERATE" : "DISAPPROVE";
      c.relation = polarity > 0 ? "cooperate" : "condemn";
      c.outlet = "outlet" + std::to_string(k % 13) + ".example";
      c.date = "2024-02-1" + std::to_string(k % 10);
      c.evidence.text = "sentence " + std::to_string(k);
      c.id = "c" + std::to_string(k) + (polarity > 0 ? "p" : "n");
      g.add_claim(c, f);
    }
  }
  g.finish(f);
  return g;
}

void format_row(OutBuffer& out, const EdgeRow& r, std::size_t index) {
  out << index << ' ' << r.id << ' ' << r.dyad->a << '-' << r.dyad->b << ' ' << *r.relation_class << '\n';
}

std::string serial(const std::vector<EdgeRow>& rows) {
  std::ostringstream s;
  {
    OutBuffer out(s);
    for (std::size_t i = 0; i < rows.size(); ++i) format_row(out, rows[i], i);
  }
  return s.str();
}

std::string parallel(const std::vector<EdgeRow>& rows, std::size_t chunk) {
  std::ostringstream s;
  {
    OutBuffer out(s);
    out << "head\n";
    exportfmt::write_rows_in_parallel(rows, out, format_row, chunk);
    out << "tail\n";
  }
  return s.str();
}

TEST(ParallelRows, AnyChunkSizeGivesTheSerialBytes) {
  const SignedGraph g = graph_of(301);
  const auto rows = exportfmt::edge_rows(g);
  ASSERT_EQ(rows.size(), 602u);
  const std::string expected = "head\n" + serial(rows) + "tail\n";
  for (std::size_t chunk : {1u, 2u, 3u, 7u, 300u, 301u, 602u, 603u, 4096u}) EXPECT_EQ(parallel(rows, chunk), expected) << chunk;
  EXPECT_EQ(parallel({}, 3), "head\ntail\n");
}

TEST(ParallelRows, AFailureOnEitherThreadSurfaces) {
  const SignedGraph g = graph_of(40);
  const auto rows = exportfmt::edge_rows(g);
  for (std::size_t bad : {0u, 5u, 79u}) {  // chunks of 5: row 5 is formatted by the helper thread
    std::ostringstream s;
    OutBuffer out(s);
    EXPECT_THROW(exportfmt::write_rows_in_parallel(
                     rows, out,
                     [&](OutBuffer& o, const EdgeRow& r, std::size_t i) {
                       if (i == bad) throw std::runtime_error("stop");
                       format_row(o, r, i);
                     },
                     5),
                 std::runtime_error)
        << bad;
  }
}

// write_row_source: rows from a source in chunks (a graph's, or one that fails part way).
std::string from_source(exportfmt::EdgeRowSource& source) {
  std::ostringstream s;
  {
    OutBuffer out(s);
    out << "head\n";
    exportfmt::write_row_source(source, out, format_row);
    out << "tail\n";
  }
  return s.str();
}

TEST(RowSource, AnyChunkSizeGivesTheSerialBytes) {
  const SignedGraph g = graph_of(301);
  const std::string expected = "head\n" + serial(exportfmt::edge_rows(g)) + "tail\n";
  for (std::size_t chunk : {1u, 2u, 3u, 7u, 300u, 601u, 602u, 603u, 8192u}) {
    exportfmt::GraphEdgeRows rows(g, chunk);
    EXPECT_EQ(from_source(rows), expected) << chunk;
  }
  const SignedGraph empty = graph_of(0);
  exportfmt::GraphEdgeRows none(empty);
  EXPECT_EQ(from_source(none), "head\ntail\n");
}

TEST(RowSource, ASourceThatFailsPartWayFailsTheWrite) {
  // The second chunk cannot be read: the first is being formatted on the helper then.
  class Failing : public exportfmt::EdgeRowSource {
   public:
    explicit Failing(const SignedGraph& g) : rows_(g, 10) {}
    bool next(exportfmt::RowChunk& chunk) override {
      if (calls_++ == 1) throw std::runtime_error("lost");
      return rows_.next(chunk);
    }

   private:
    exportfmt::GraphEdgeRows rows_;
    int calls_ = 0;
  };
  const SignedGraph g = graph_of(40);
  Failing source(g);
  std::ostringstream s;
  OutBuffer out(s);
  EXPECT_THROW(exportfmt::write_row_source(source, out, format_row), std::runtime_error);
}

// A graph large enough for the default chunks (8,192 rows a round): every edge once, in
// order, in GraphML and JSON.
TEST(ParallelRows, LargeExportsKeepEveryEdgeInOrder) {
  const SignedGraph g = graph_of(5000);
  std::ostringstream graphml, json;
  write_graphml(g, graphml);
  write_json(g, json);
  for (const std::string& text : {graphml.str(), json.str()}) {
    const std::regex id(text == graphml.str() ? "<edge id=\"e([0-9]+)\"" : "\"id\": \"e([0-9]+)\"");
    std::size_t expected = 0;
    for (auto it = std::sregex_iterator(text.begin(), text.end(), id); it != std::sregex_iterator(); ++it, ++expected)
      ASSERT_EQ(std::stoul((*it)[1].str()), expected);
    EXPECT_EQ(expected, 10000u);
  }
}

}  // namespace
}  // namespace irkg
