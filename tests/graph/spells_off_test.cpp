// GraphFilter::spells = false (every export but GEXF): no day is kept for spells, and every
// first and last date is what the spells would have given.
#include <gtest/gtest.h>

#include "claim_builder.h"
#include "graph/signed_graph.h"

namespace irkg {
namespace {

std::vector<Claim> claims() {
  std::vector<Claim> out;
  const char* dates[] = {"2024-03-05", "2024-01-20", "", "2023-12-31", "2024-03-06", "not a date", "2024-02-29"};
  for (int i = 0; i < 42; ++i) {
    const std::string s = i % 2 ? "USA" : "CHN", o = i % 3 ? "RUS" : "IND";
    const int polarity = i % 3 - 1;
    out.push_back(test::claim(s, o, polarity, "wire.example", dates[i % 7], polarity * 2.0));
    out.back().id.append(std::to_string(i));
    if (i % 5 == 0) out.back().category = "SANCTION";  // a class of its own on some pairs
  }
  return out;
}

SignedGraph build(bool spells) {
  GraphFilter f;
  f.spells = spells;
  SignedGraph g;
  for (const auto& c : claims()) g.add_claim(c, f);
  g.finish(f);
  return g;
}

TEST(SpellsOff, DatesAreTheSpellsBoundsAndNoSpellIsKept) {
  const SignedGraph with = build(true), without = build(false);
  ASSERT_EQ(with.edges().size(), without.edges().size());
  ASSERT_FALSE(with.edges().empty());
  for (std::size_t i = 0; i < with.edges().size(); ++i) {
    const EdgeSummary& e = with.edges()[i];
    const EdgeSummary& f = without.edges()[i];
    EXPECT_FALSE(e.spells.empty());
    EXPECT_TRUE(f.spells.empty());
    EXPECT_EQ(e.first_date, f.first_date);
    EXPECT_EQ(e.last_date, f.last_date);
    EXPECT_EQ(e.first_date, e.spells.front().start());
    ASSERT_EQ(e.by_category.size(), f.by_category.size());
    for (auto k = e.by_category.begin(), l = f.by_category.begin(); k != e.by_category.end(); ++k, ++l) {
      EXPECT_EQ(k->first, l->first);
      EXPECT_EQ(k->second.first_date, l->second.first_date) << k->first;
      EXPECT_EQ(k->second.last_date, l->second.last_date) << k->first;
      EXPECT_TRUE(l->second.spells.empty());
      EXPECT_EQ(k->second.claims(), l->second.claims());
    }
  }
  for (std::size_t i = 0; i < with.nodes().size(); ++i) {
    EXPECT_FALSE(with.nodes()[i].spells.empty());
    EXPECT_TRUE(without.nodes()[i].spells.empty());
  }
}

}  // namespace
}  // namespace irkg
