// SignedGraph::absorb: a graph built from part of the input that absorbs a graph built from
// the rest is the graph built from all of it: edges (counts, sums, outlets, dates, top
// relation, the representative claim, per-class summaries and spells), vertices and their
// descriptions, and the claims seen. The split scan of the pair aggregates relies on it
// with disjoint pairs (cli/graph_source.cpp); pairs in both parts are summed as well.
#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <set>
#include <sstream>

#include "claim_builder.h"
#include "graph/signed_graph.h"

namespace irkg {
namespace {

std::vector<Claim> claims() {
  return test::varied_claims(120, 9, [](int i, Claim& c, bool) {
    if (i % 5 == 0) c.category = "SANCTION";
    if (i % 11 == 0) c.subject.name = std::string("The ").append(c.subject.id);  // a description to pick
  });
}

std::string render(const SignedGraph& g) {
  std::ostringstream out;
  out << "claims " << g.claims_seen() << '\n';
  for (const auto& n : g.nodes()) {
    out << n.id << ' ' << n.label << ' ' << n.type << ' ' << n.country << ' ' << n.claims << ' ' << n.bloc << ' ' << n.camp
        << ' ' << n.betweenness;
    for (const auto& s : n.spells) out << ' ' << s.start() << '/' << s.end();
    out << '\n';
  }
  for (const auto& e : g.edges()) {
    out << e.a << '-' << e.b << ' ' << e.positive << '/' << e.negative << '/' << e.neutral << ' ' << e.net << ' '
        << e.abs_weight << ' ' << e.sign << ' ' << e.first_date << ".." << e.last_date << ' ' << e.top_relation << ' '
        << e.representative_id << ' ' << e.representative->evidence.text << " [";
    for (const auto o : e.outlets) out << o << ',';
    out << "]";
    for (const auto& s : e.spells) out << ' ' << s.start() << '/' << s.end();
    for (const auto& [cls, s] : e.by_category) {
      out << "\n  " << cls << ' ' << s.claims() << ' ' << s.net << ' ' << s.sign << ' ' << s.top_relation << ' '
          << s.first_date << ".." << s.last_date << " [";
      for (const auto o : s.outlets) out << o << ',';
      out << "]";
      for (const auto& sp : s.spells) out << ' ' << sp.start() << '/' << sp.end();
    }
    out << '\n';
  }
  return out.str();
}

// Claims in `first` go to one graph, the rest to another, which the first absorbs.
template <class InFirst>
std::string split_and_absorb(const GraphFilter& f, InFirst in_first) {
  SignedGraph a, b;
  for (const auto& c : claims()) (in_first(c) ? a : b).add_claim(c, f);
  a.absorb(std::move(b));
  a.finish(f);
  return render(a);
}

std::string whole(const GraphFilter& f) {
  SignedGraph g;
  for (const auto& c : claims()) g.add_claim(c, f);
  g.finish(f);
  return render(g);
}

TEST(GraphAbsorb, TwoPartsMakeTheWholeGraph) {
  for (const bool details : {true, false}) {
    GraphFilter f;
    f.details = details;
    const std::string expected = whole(f);
    ASSERT_EQ(expected.find("SANCTION") != std::string::npos, details);  // per-class summaries with details only
    ASSERT_GT(std::count(expected.begin(), expected.end(), '\n'), 20);
    // Disjoint pairs (what a split scan gives): pairs whose lower code sorts before "IND".
    EXPECT_EQ(split_and_absorb(f, [](const Claim& c) { return std::min(c.subject.id, c.object.id) < "IND"; }), expected);
    // Pairs in both parts: every other claim.
    int i = 0;
    EXPECT_EQ(split_and_absorb(f, [&](const Claim&) { return i++ % 2 == 0; }), expected);
    // One part empty, either way.
    EXPECT_EQ(split_and_absorb(f, [](const Claim&) { return true; }), expected);
    EXPECT_EQ(split_and_absorb(f, [](const Claim&) { return false; }), expected);
  }
}

// finish() builds the summaries of a graph of 8192 edges or more on two threads, each half
// of the edges (SignedGraph::Impl::build_summaries): every edge must be what a small graph
// of its own claims gives (one thread), and every vertex the sum of its edges.
TEST(GraphSummaries, TwoBuilderThreadsGiveTheOneThreadSummaries) {
  std::vector<std::string> codes;
  for (int i = 0; i < 135; ++i) codes.push_back(std::string("C") + char('A' + i / 26) + char('A' + i % 26));
  std::vector<Claim> all;
  const char* outlets[] = {"wire.example", "herald.example", "post.example"};
  for (std::size_t i = 0; i < codes.size(); ++i)
    for (std::size_t j = i + 1; j < codes.size(); ++j) {
      const std::size_t n = i * codes.size() + j;
      for (std::size_t k = 0; k < 1 + n % 2; ++k) {
        const int polarity = static_cast<int>((n + k) % 3) - 1;
        const std::string date = "2024-0" + std::to_string(1 + (n + k) % 9) + "-1" + std::to_string((n * 3 + k) % 10);
        all.push_back(test::claim(codes[i], codes[j], polarity, outlets[(n + k) % 3], date, polarity * (1.0 + n % 7)));
        all.back().id.append("#").append(std::to_string(n * 2 + k));
        if (n % 4 == 0) all.back().category = "SANCTION";
      }
    }
  for (const bool spells : {true, false}) {
    GraphFilter f;
    f.spells = spells;
    f.analysis = false;
    SignedGraph big;
    for (const auto& c : all) big.add_claim(c, f);
    big.finish(f);
    ASSERT_GE(big.edges().size(), 8192u);
    // Small graphs of a few pairs each: one builder thread.
    for (std::size_t first : {std::size_t{0}, big.edges().size() / 2 - 1, big.edges().size() - 3}) {
      std::set<std::pair<std::string, std::string>> pairs;
      for (std::size_t e = first; e < first + 3; ++e) pairs.emplace(big.edges()[e].a, big.edges()[e].b);
      SignedGraph small;
      for (const auto& c : all)
        if (pairs.count({std::min(c.subject.id, c.object.id), std::max(c.subject.id, c.object.id)})) small.add_claim(c, f);
      small.finish(f);
      ASSERT_EQ(small.edges().size(), 3u);
      // Edge lines only (nodes differ: the small graph's vertices see only these pairs).
      const auto edge_lines = [](const std::string& text, const std::set<std::pair<std::string, std::string>>& wanted) {
        std::istringstream in(text);
        std::string line, out;
        bool keep = false;
        while (std::getline(in, line)) {
          if (line.rfind("  ", 0) != 0) {
            const auto dash = line.find('-'), space = line.find(' ');
            keep = dash != std::string::npos && space != std::string::npos && dash < space &&
                   wanted.count({line.substr(0, dash), line.substr(dash + 1, space - dash - 1)});
          }
          if (keep) out += line + "\n";
        }
        return out;
      };
      const std::string expected = edge_lines(render(small), pairs), got = edge_lines(render(big), pairs);
      EXPECT_FALSE(expected.empty());
      EXPECT_EQ(got, expected) << "edges " << first << "..";
    }
    // Vertices: claims and spells are the sums and unions of their edges'.
    std::map<std::string, std::size_t> claims;
    std::map<std::string, std::set<std::string>> days;
    for (const auto& e : big.edges())
      for (const auto& v : {e.a, e.b}) {
        claims[v] += e.claims();
        for (const auto& s : e.spells)
          for (std::int32_t d = s.first_day; d <= s.last_day; ++d) days[v].insert(format_day(d));
      }
    ASSERT_EQ(big.nodes().size(), codes.size());
    for (const auto& n : big.nodes()) {
      EXPECT_EQ(n.claims, claims[n.id]) << n.id;
      std::set<std::string> node_days;
      for (const auto& s : n.spells)
        for (std::int32_t d = s.first_day; d <= s.last_day; ++d) node_days.insert(format_day(d));
      EXPECT_EQ(node_days, days[n.id]) << n.id;
      EXPECT_EQ(node_days.empty(), !spells) << n.id;
    }
  }
}

TEST(GraphAbsorb, AbsorbedGraphIsEmptiedAndFinishedGraphsRefuse) {
  GraphFilter f;
  SignedGraph a, b;
  b.add_claim(test::claim("USA", "RUS", -1), f);
  a.absorb(std::move(b));
  EXPECT_EQ(a.claims_seen(), 1u);
  EXPECT_EQ(b.claims_seen(), 0u);  // NOLINT(bugprone-use-after-move): left empty on purpose
  SignedGraph c;
  c.finish(f);
  EXPECT_THROW(a.absorb(std::move(c)), std::logic_error);
}

}  // namespace
}  // namespace irkg
