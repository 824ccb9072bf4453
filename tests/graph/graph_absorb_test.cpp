// SignedGraph::absorb: a graph built from part of the input that absorbs a graph built from
// the rest is the graph built from all of it: edges (counts, sums, outlets, dates, top
// relation, the representative claim, per-class summaries and spells), vertices and their
// descriptions, and the claims seen. The split scan of the pair aggregates relies on it
// with disjoint pairs (cli/graph_source.cpp); pairs in both parts are summed as well.
#include <gtest/gtest.h>

#include <algorithm>
#include <sstream>

#include "claim_builder.h"
#include "graph/signed_graph.h"

namespace irkg {
namespace {

std::vector<Claim> claims() {
  std::vector<Claim> out;
  const char* codes[] = {"USA", "RUS", "CHN", "IND", "JPN", "FRA"};
  const char* outlets[] = {"wire.example", "herald.example", "post.example"};
  const char* dates[] = {"2024-03-05", "2024-01-20", "", "2023-12-31", "2024-03-06", "2024-02-29", "2024-03-07"};
  for (int i = 0; i < 120; ++i) {
    const std::string s = codes[i % 6], o = codes[(i / 6 + i) % 6];
    if (s == o) continue;
    const int polarity = (i * 7) % 3 - 1;
    out.push_back(test::claim(s, o, polarity, outlets[(i / 2) % 3], dates[i % 7], polarity * (1.0 + i % 9)));
    out.back().id.append("#").append(std::to_string(i));  // piece by piece: GCC 12's false -Wrestrict
    if (i % 5 == 0) out.back().category = "SANCTION";
    if (i % 4 == 0) out.back().modality = "reported";
    if (i % 11 == 0) out.back().subject.name = std::string("The ").append(s);  // a description to pick
  }
  return out;
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
        << e.representative_id << ' ' << e.representative.evidence.text << " [";
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
