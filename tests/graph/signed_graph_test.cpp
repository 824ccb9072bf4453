// Aggregation, signs, filters and ranking on constructed claim sets with known answers.
#include <gtest/gtest.h>

#include <algorithm>
#include <limits>

#include "claim_builder.h"
#include "graph/signed_graph.h"

namespace irkg {
namespace {

using test::claim;

SignedGraph build(const std::vector<Claim>& claims, const GraphFilter& f = {}) {
  SignedGraph g;
  for (const auto& c : claims) g.add_claim(c, f);
  g.finish(f);
  return g;
}

TEST(SignRule, NetMustClearAMarginOfTotalIntensity) {
  EXPECT_EQ(sign_of(4.0, 4.0), 1);
  EXPECT_EQ(sign_of(-5.0, 5.0), -1);
  EXPECT_EQ(sign_of(0.2, 0.2), 0);     // below the absolute floor
  EXPECT_EQ(sign_of(1.0, 9.0), 0);     // 5 praise vs 4 condemn: contested
  EXPECT_EQ(sign_of(-3.0, 9.0), -1);   // clearly more hostile
}

TEST(SignedGraph, AggregatesBothDirectionsOfADyad) {
  const auto g = build({claim("USA", "CHN", -1, "a.example", "2024-01-05"), claim("CHN", "USA", -1, "b.example", "2024-02-01"),
                        claim("USA", "CHN", 0, "a.example", "2024-01-20")});
  ASSERT_EQ(g.edges().size(), 1u);
  const auto& e = g.edges()[0];
  EXPECT_EQ(e.a, "CHN");
  EXPECT_EQ(e.b, "USA");
  EXPECT_EQ(e.negative, 2u);
  EXPECT_EQ(e.neutral, 1u);
  EXPECT_DOUBLE_EQ(e.net, -8.0);
  EXPECT_EQ(e.outlets, (OutletList{"a.example", "b.example"}));
  EXPECT_EQ(e.first_date, "2024-01-05");
  EXPECT_EQ(e.last_date, "2024-02-01");
  EXPECT_EQ(e.sign, -1);
  EXPECT_EQ(e.top_relation, "condemn");
  EXPECT_EQ(e.by_category.size(), 2u);
  EXPECT_EQ(e.by_category.at("DISAPPROVE").negative, 2u);
  EXPECT_EQ(e.representative->polarity, -1);  // evidence agrees with the sign
}

TEST(SignedGraph, StateLevelMergesPersonsIntoTheirCountryActorLevelKeepsThem) {
  Claim c = claim("RUS", "UKR", -1);
  c.subject = Actor{"person:vladimir-putin", "Vladimir Putin", "RUS", "person"};
  const auto states = build({c, claim("RUS", "UKR", -1)});
  ASSERT_EQ(states.edges().size(), 1u);
  EXPECT_EQ(states.edges()[0].claims(), 2u);
  GraphFilter actor_level;
  actor_level.level = "actor";
  const auto actors = build({c, claim("RUS", "UKR", -1)}, actor_level);
  EXPECT_EQ(actors.edges().size(), 2u);
  ASSERT_NE(actors.node("person:vladimir-putin"), nullptr);
  EXPECT_EQ(actors.node("person:vladimir-putin")->type, "person");
}

TEST(SignedGraph, SelfLoopsAtStateLevelAreDropped) {
  Claim c = claim("JPN", "JPN", 1);
  c.subject = Actor{"gov:jpn", "Japanese government", "JPN", "government"};
  const auto g = build({c});
  EXPECT_TRUE(g.edges().empty());
}

TEST(GraphFilterTest, NegatedDroppedUnlessAsked) {
  Claim c = claim("IND", "PAK", 1);
  c.negated = true;
  EXPECT_TRUE(build({c}).edges().empty());
  GraphFilter f;
  f.include_negated = true;
  EXPECT_EQ(build({c}, f).edges().size(), 1u);
}

TEST(GraphFilterTest, MinClaimsDropsThinPairsAndTheirLonelyActors) {
  GraphFilter f;
  f.min_claims = 2;
  const auto g = build({claim("FRA", "DEU", 1), claim("DEU", "FRA", 1), claim("FRA", "MLI", -1)}, f);
  ASSERT_EQ(g.edges().size(), 1u);
  EXPECT_EQ(g.nodes().size(), 2u);
  EXPECT_EQ(g.node("MLI"), nullptr);
}

TEST(GraphFilterTest, DateWindowIsInclusiveAndDropsUndated) {
  GraphFilter f;
  f.since = "2024-02-01";
  f.until = "2024-02-29";
  const auto g = build({claim("BRA", "ARG", 1, "x", "2024-01-31"), claim("BRA", "ARG", 1, "x", "2024-02-01"),
                        claim("BRA", "ARG", 1, "x", "2024-02-29"), claim("BRA", "ARG", 1, "x", "2024-03-01"),
                        claim("BRA", "ARG", 1, "x", "")},
                       f);
  ASSERT_EQ(g.edges().size(), 1u);
  EXPECT_EQ(g.edges()[0].claims(), 2u);
}

TEST(GraphFilterTest, OutletsModalityAndCategory) {
  Claim reported = claim("ISR", "IRN", -1, "b.example");
  reported.modality = "reported";
  const std::vector<Claim> claims{claim("ISR", "IRN", -1, "a.example"), reported, claim("ISR", "IRN", 0, "a.example")};
  GraphFilter only_a;
  only_a.outlets = {"a.example"};
  EXPECT_EQ(build(claims, only_a).edges()[0].claims(), 2u);
  GraphFilter not_a;
  not_a.exclude_outlets = {"a.example"};
  EXPECT_EQ(build(claims, not_a).edges()[0].claims(), 1u);
  GraphFilter asserted;
  asserted.modalities = {"asserted"};
  EXPECT_EQ(build(claims, asserted).edges()[0].outlets, OutletList{"a.example"});
  GraphFilter consult;
  consult.categories = {"CONSULT"};
  EXPECT_EQ(build(claims, consult).edges()[0].neutral, 1u);
}

TEST(GraphFilterTest, ValidateRejectsNonsense) {
  GraphFilter f;
  f.since = "2024-13-01";
  EXPECT_THROW(f.validate(), std::invalid_argument);
  f.since = "2024-05-01";
  f.until = "2024-04-01";
  EXPECT_THROW(f.validate(), std::invalid_argument);
  GraphFilter l;
  l.level = "city";
  EXPECT_THROW(l.validate(), std::invalid_argument);
}

TEST(SignedGraph, MixedPairGetsSignZero) {
  const auto g = build({claim("TUR", "GRC", 1), claim("TUR", "GRC", -1)});
  EXPECT_EQ(g.edges()[0].sign, 0);
}

TEST(SignedGraph, RankedByClaimsThenOutletsThenNet) {
  const auto g = build({claim("CHN", "USA", -1, "a"), claim("CHN", "USA", -1, "a"), claim("CHN", "USA", -1, "a"),
                        claim("CHN", "JPN", -1, "a"), claim("CHN", "JPN", -1, "b"), claim("CHN", "JPN", -1, "c"),
                        claim("RUS", "UKR", -1, "a"), claim("CHN", "PAK", 1, "a")});
  const auto rivals = g.ranked(-1);
  ASSERT_EQ(rivals.size(), 3u);
  EXPECT_EQ(rivals[0]->b, "JPN");  // 3 claims from 3 outlets beat 3 claims from 1
  EXPECT_EQ(rivals[1]->b, "USA");
  EXPECT_EQ(rivals[2]->a, "RUS");
  const auto of_usa = g.ranked(-1, "USA");
  ASSERT_EQ(of_usa.size(), 1u);
  EXPECT_EQ(of_usa[0]->a, "CHN");
  EXPECT_EQ(g.ranked(+1).size(), 1u);
  EXPECT_GT(rivals[0]->strength(), rivals[1]->strength());
}

TEST(SignedGraph, RepresentativeDoesNotDependOnStreamOrder) {
  std::vector<Claim> claims{claim("EGY", "ETH", -1, "a", "2024-01-01", -3), claim("EGY", "ETH", -1, "b", "2024-01-02", -6),
                            claim("EGY", "ETH", -1, "c", "2024-01-03", -6)};
  const auto forward = build(claims);
  std::reverse(claims.begin(), claims.end());
  const auto backward = build(claims);
  EXPECT_EQ(forward.edges()[0].representative->outlet, "c");  // most intense, then latest
  EXPECT_EQ(backward.edges()[0].representative, forward.edges()[0].representative);
}

TEST(SignedGraph, SpellsMergeConsecutiveDays) {
  const auto g = build({claim("KOR", "PRK", -1, "a", "2024-02-28"), claim("KOR", "PRK", -1, "a", "2024-02-29"),
                        claim("KOR", "PRK", -1, "a", "2024-03-01"), claim("KOR", "PRK", -1, "a", "2024-03-05")});
  const auto& spells = g.edges()[0].spells;
  ASSERT_EQ(spells.size(), 2u);
  EXPECT_EQ(spells[0], (DateSpell{"2024-02-28", "2024-03-01"}));
  EXPECT_EQ(spells[1], (DateSpell{"2024-03-05", "2024-03-05"}));
}

TEST(SignedGraph, ForeignWeightsAreClampedNotPropagated) {
  Claim c = claim("AAA", "BBB", -1);
  c.weight = -1e9;
  Claim nan = claim("AAA", "BBB", -1);
  nan.weight = std::numeric_limits<double>::quiet_NaN();
  const auto g = build({c, nan});
  EXPECT_DOUBLE_EQ(g.edges()[0].net, -10.0);
}

}  // namespace
}  // namespace irkg
