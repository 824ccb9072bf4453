// SignedGraph::absorb: a graph streamed in two parts (the two halves of a date window read
// on two threads, cli/graph_source.cpp) must equal the graph streamed in one.
#include <gtest/gtest.h>

#include <stdexcept>

#include "claim_builder.h"
#include "core/pair_stats.h"
#include "graph/signed_graph.h"

namespace irkg {
namespace {

using test::claim;

// Claims on 12 pairs over 8 outlets and 20 days, mixed signs and relations, in an order
// that puts every pair in both halves.
std::vector<Claim> claims() {
  std::vector<Claim> out;
  const char* actors[] = {"CHN", "DEU", "FRA", "IND", "JPN", "RUS"};
  for (int i = 0; i < 240; ++i) {
    const std::string s = actors[i % 6], o = actors[(i / 6 + i % 6 + 1) % 6];
    if (s == o) continue;
    const int polarity = (i * 7) % 3 - 1;
    std::string outlet("outlet"), date("2024-05-");
    outlet.append(std::to_string(i % 8)).append(".example");
    date.append(i % 20 < 9 ? "0" : "").append(std::to_string(i % 20 + 1));
    Claim c = claim(s, o, polarity, outlet, date, polarity * (1.0 + (i * 13) % 9));
    c.relation.append(std::to_string(i % 4));
    c.id.append("-").append(std::to_string(i));
    if (i % 5 == 0) c.modality = "reported";
    out.push_back(c);
  }
  return out;
}

// One pair-aggregate row per claim (the simplest rows; rows of several claims add alike).
PairStats row_of(const Claim& c, bool details, PairClaim& p) {
  p.a = std::min(c.subject.id, c.object.id);
  p.b = std::max(c.subject.id, c.object.id);
  p.date = c.date;
  p.outlet = c.outlet;
  p.relation = c.relation;
  p.category = c.category;
  p.claim_id = c.id;
  p.polarity = c.polarity;
  p.weight = c.weight;
  p.asserted = c.modality == "asserted";
  PairStats s;
  s.add(p, true, details);
  return s;
}

void add_row(SignedGraph& g, const Claim& c, const GraphFilter& f) {
  PairClaim p;
  const PairStats s = row_of(c, f.details, p);
  if (f.details) g.add_pair_class_stats(p.a, p.b, p.relation_class(), s, f);
  else g.add_pair_stats(p.a, p.b, "", s, f);
}

void expect_same(const SignedGraph& x, const SignedGraph& y) {
  ASSERT_EQ(x.edges().size(), y.edges().size());
  for (std::size_t i = 0; i < x.edges().size(); ++i) {
    const EdgeSummary& e = x.edges()[i];
    const EdgeSummary& f = y.edges()[i];
    EXPECT_EQ(e.a, f.a);
    EXPECT_EQ(e.b, f.b);
    EXPECT_EQ(e.positive, f.positive);
    EXPECT_EQ(e.negative, f.negative);
    EXPECT_EQ(e.neutral, f.neutral);
    EXPECT_EQ(e.net, f.net);
    EXPECT_EQ(e.sign, f.sign);
    EXPECT_EQ(e.outlets, f.outlets);
    EXPECT_EQ(e.first_date, f.first_date);
    EXPECT_EQ(e.last_date, f.last_date);
    EXPECT_EQ(e.top_relation, f.top_relation);
    EXPECT_EQ(e.representative_id, f.representative_id);
    EXPECT_EQ(e.representative.evidence.text, f.representative.evidence.text);
    EXPECT_EQ(e.spells, f.spells);
    ASSERT_EQ(e.by_category.size(), f.by_category.size());
    for (auto k = e.by_category.begin(), l = f.by_category.begin(); k != e.by_category.end(); ++k, ++l) {
      EXPECT_EQ(k->first, l->first);
      EXPECT_EQ(k->second.claims(), l->second.claims());
      EXPECT_EQ(k->second.outlets, l->second.outlets);
      EXPECT_EQ(k->second.top_relation, l->second.top_relation);
      EXPECT_EQ(k->second.spells, l->second.spells);
    }
  }
  ASSERT_EQ(x.nodes().size(), y.nodes().size());
  for (std::size_t i = 0; i < x.nodes().size(); ++i) {
    EXPECT_EQ(x.nodes()[i].id, y.nodes()[i].id);
    EXPECT_EQ(x.nodes()[i].label, y.nodes()[i].label);
    EXPECT_EQ(x.nodes()[i].claims, y.nodes()[i].claims);
    EXPECT_EQ(x.nodes()[i].spells, y.nodes()[i].spells);
  }
  EXPECT_EQ(x.claims_seen(), y.claims_seen());
}

template <class Add>
void check_halves(const GraphFilter& f, Add add) {
  const auto all = claims();
  SignedGraph whole;
  for (const auto& c : all) add(whole, c);
  whole.finish(f);
  // Split by position (each pair in both parts) and by date (as a window is).
  for (int split = 0; split < 2; ++split) {
    SignedGraph first, second;
    for (std::size_t i = 0; i < all.size(); ++i) {
      const bool later = split == 0 ? i % 3 == 0 : all[i].date >= "2024-05-11";
      add(later ? second : first, all[i]);
    }
    first.absorb(std::move(second));
    first.finish(f);
    expect_same(whole, first);
  }
}

TEST(Absorb, RowsWithoutDetailsAddUpAsInOneGraph) {
  GraphFilter f;
  f.details = false;
  check_halves(f, [&](SignedGraph& g, const Claim& c) { add_row(g, c, f); });
}

TEST(Absorb, ClassRowsAddUpAsInOneGraph) {
  GraphFilter f;
  check_halves(f, [&](SignedGraph& g, const Claim& c) { add_row(g, c, f); });
}

TEST(Absorb, ClaimsAddUpAsInOneGraph) {
  GraphFilter f;
  check_halves(f, [&](SignedGraph& g, const Claim& c) { g.add_claim(c, f); });
}

TEST(Absorb, AFinishedGraphIsRefused) {
  SignedGraph done, other;
  done.finish(GraphFilter{});
  EXPECT_THROW(done.absorb(std::move(other)), std::logic_error);
}

}  // namespace
}  // namespace irkg
