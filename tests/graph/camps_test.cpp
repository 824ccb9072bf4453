// Camps (frustration-minimising partitions) on signed graphs whose best partition is known,
// against exhaustive search on small random graphs, and through SignedGraph.
#include <gtest/gtest.h>

#include <algorithm>
#include <functional>
#include <random>

#include "claim_builder.h"
#include "graph/camps.h"
#include "graph/signed_graph.h"

namespace irkg {
namespace {

using test::claim;
using Edges = std::vector<WeightedSignedEdge>;

// Friends inside each group, rivals across every pair of groups.
Edges groups_world(const std::vector<std::vector<std::size_t>>& groups, double w = 1.0) {
  Edges out;
  for (std::size_t g = 0; g < groups.size(); ++g) {
    for (std::size_t i = 0; i < groups[g].size(); ++i)
      for (std::size_t j = i + 1; j < groups[g].size(); ++j) out.push_back({groups[g][i], groups[g][j], w});
    for (std::size_t h = g + 1; h < groups.size(); ++h)
      for (auto a : groups[g])
        for (auto b : groups[h]) out.push_back({a, b, -w});
  }
  return out;
}

bool same_camp(const CampPartition& p, std::size_t a, std::size_t b) { return p.camp[a] == p.camp[b]; }

TEST(Camps, TwoCampsWithOneCrossHandshakeKeepTwoCamps) {
  auto edges = groups_world({{0, 1, 2, 3}, {4, 5, 6}});
  for (auto& e : edges)
    if (e.a == 2 && e.b == 5) e.weight = 0.5;  // a handshake across instead of a rivalry
  const auto p = partition_camps(7, edges);
  ASSERT_EQ(p.camps, 2u);
  EXPECT_EQ(p.camp[0], 0);  // the larger camp is camp 0
  for (std::size_t v : {1, 2, 3}) EXPECT_TRUE(same_camp(p, 0, v));
  for (std::size_t v : {5, 6}) EXPECT_TRUE(same_camp(p, 4, v));
  EXPECT_FALSE(same_camp(p, 0, 4));
  EXPECT_DOUBLE_EQ(p.frustration, 0.5);
  EXPECT_DOUBLE_EQ(p.total_weight, 6.0 + 3.0 + 11.0 + 0.5);
}

TEST(Camps, ThreeMutuallyHostileGroupsGiveThreeCamps) {
  const auto p = partition_camps(9, groups_world({{0, 3, 6}, {1, 4, 7}, {2, 5, 8}}));
  ASSERT_EQ(p.camps, 3u);
  EXPECT_EQ(p.frustration, 0.0);
  for (std::size_t g = 0; g < 3; ++g) {
    EXPECT_TRUE(same_camp(p, g, g + 3));
    EXPECT_TRUE(same_camp(p, g, g + 6));
    EXPECT_FALSE(same_camp(p, g, (g + 1) % 3));
  }
  // Equal sizes: numbered by smallest member.
  EXPECT_EQ(p.camp[0], 0);
  EXPECT_EQ(p.camp[1], 1);
  EXPECT_EQ(p.camp[2], 2);
}

TEST(Camps, EnemyOfMyEnemyShareACamp) {
  // 0 and 2 never met; both oppose 1.
  const auto p = partition_camps(3, {{0, 1, -2.0}, {1, 2, -3.0}});
  EXPECT_EQ(p.camps, 2u);
  EXPECT_TRUE(same_camp(p, 0, 2));
  EXPECT_FALSE(same_camp(p, 0, 1));
  EXPECT_EQ(p.frustration, 0.0);
}

TEST(Camps, FriendsOnlyMakeOneCamp) {
  const auto p = partition_camps(4, {{0, 1, 1.0}, {1, 2, 2.0}, {2, 3, 1.0}});
  EXPECT_EQ(p.camps, 1u);
  EXPECT_EQ(p.frustration, 0.0);
}

TEST(Camps, UnconnectedPartsAreNotMerged) {
  // Two alliances that no evidence links: one camp each, although merging them costs nothing.
  const auto p = partition_camps(5, {{0, 1, 1.0}, {3, 4, 1.0}});
  EXPECT_EQ(p.camps, 2u);
  EXPECT_TRUE(same_camp(p, 0, 1));
  EXPECT_TRUE(same_camp(p, 3, 4));
  EXPECT_FALSE(same_camp(p, 0, 3));
  EXPECT_EQ(p.camp[2], -1);  // no signed edge: no camp
}

TEST(Camps, SmallCampMustPayForItself) {
  // One camp of 6 friends (15 alliances of weight 1) and an ambivalent actor: a weak
  // alliance with 0 (0.3), a rivalry with 1 (0.5). A camp of its own would lower
  // frustration by 0.2, under 2 % of the weight: it stays in the camp.
  Edges edges;
  for (std::size_t i = 0; i < 6; ++i)
    for (std::size_t j = i + 1; j < 6; ++j) edges.push_back({i, j, 1.0});
  edges.push_back({6, 0, 0.3});
  edges.push_back({6, 1, -0.5});
  const auto p = partition_camps(7, edges);
  EXPECT_EQ(p.camps, 1u);
  EXPECT_DOUBLE_EQ(p.frustration, 0.5);
  // A rivalry that matters (5, a third of the weight) earns the camp.
  edges.back().weight = -5.0;
  const auto q = partition_camps(7, edges);
  EXPECT_EQ(q.camps, 2u);
  EXPECT_DOUBLE_EQ(q.frustration, 0.3);
}

TEST(Camps, OutputDoesNotDependOnEdgeOrder) {
  auto edges = groups_world({{0, 2, 4, 6}, {1, 3, 5}, {7, 8}}, 2.0);
  edges.push_back({0, 1, 3.0});
  edges.push_back({7, 2, 1.0});
  const auto expected = partition_camps(9, edges);
  std::mt19937 rng(7);
  for (int round = 0; round < 10; ++round) {
    std::shuffle(edges.begin(), edges.end(), rng);
    const auto p = partition_camps(9, edges);
    EXPECT_EQ(p.camp, expected.camp);
  }
}

// The lowest frustration of any partition, by enumerating restricted growth strings.
double optimum(std::size_t n, const Edges& edges) {
  std::vector<int> camp(n, 0);
  double best = INFINITY;
  std::function<void(std::size_t, int)> rec = [&](std::size_t i, int used) {
    if (i == n) {
      best = std::min(best, frustration_of(edges, camp));
      return;
    }
    for (int c = 0; c <= used; ++c) {
      camp[i] = c;
      rec(i + 1, std::max(used, c + 1));
    }
  };
  rec(0, 0);
  return best;
}

TEST(Camps, WithinToleranceOfExhaustiveOptimumOnRandomGraphs) {
  std::mt19937 rng(20);
  std::uniform_real_distribution<double> weight(-5.0, 5.0);
  std::bernoulli_distribution present(0.6);
  for (int round = 0; round < 60; ++round) {
    const std::size_t n = 7;
    Edges edges;
    for (std::size_t i = 0; i < n; ++i)
      for (std::size_t j = i + 1; j < n; ++j)
        if (present(rng)) edges.push_back({i, j, weight(rng)});
    const auto p = partition_camps(n, edges);
    const double best = optimum(n, edges);
    // The chosen number of camps may give up at most 2 % of the weight for fewer camps.
    EXPECT_LE(p.frustration, best + 0.02 * p.total_weight + 1e-9) << "round " << round;
    EXPECT_DOUBLE_EQ(p.frustration, frustration_of(edges, p.camp));
  }
}

// Planted camps (vertex v in camp v % camps) on a random graph whose signs are flipped
// with probability `noise`: the planted partition, or one at least as good, comes out.
Edges planted_world(std::size_t n, std::size_t camps, double density, double noise, unsigned seed) {
  std::mt19937 rng(seed);
  std::bernoulli_distribution present(density), flip(noise);
  std::uniform_real_distribution<double> magnitude(1.0, 5.0);
  Edges edges;
  for (std::size_t i = 0; i < n; ++i)
    for (std::size_t j = i + 1; j < n; ++j) {
      if (!present(rng)) continue;
      const double w = magnitude(rng) * (i % camps == j % camps ? 1.0 : -1.0);
      edges.push_back({i, j, flip(rng) ? -w : w});
    }
  return edges;
}

TEST(Camps, RecoversPlantedCampsUnderNoise) {
  for (unsigned seed = 1; seed <= 5; ++seed)
    for (std::size_t camps : {2u, 3u, 4u}) {
      const std::size_t n = 60;
      const auto edges = planted_world(n, camps, 0.5, 0.15, seed);
      const auto p = partition_camps(n, edges);
      std::vector<int> planted(n);
      for (std::size_t v = 0; v < n; ++v) planted[v] = static_cast<int>(v % camps);
      EXPECT_LE(p.frustration, frustration_of(edges, planted) + 1e-9) << "seed " << seed << ", " << camps << " camps";
      EXPECT_EQ(p.camps, camps) << "seed " << seed;
      // Noise can make another partition better than the planted one (an actor whose
      // flipped edges outweigh the rest): at most 2 % of the pairs may disagree.
      std::size_t disagree = 0;
      for (std::size_t v = 0; v < n; ++v)
        for (std::size_t u = 0; u < v; ++u) disagree += same_camp(p, u, v) != (u % camps == v % camps);
      EXPECT_LE(disagree, n * (n - 1) / 2 / 50) << "seed " << seed << ", " << camps << " camps";
    }
}

SignedGraph build(const std::vector<Claim>& claims) {
  SignedGraph g;
  const GraphFilter f;
  for (const auto& c : claims) g.add_claim(c, f);
  g.finish(f);
  return g;
}

// A world like the samples': a US-led camp whose members each have a friendly edge to
// Russia, a Russia-China partnership, and rivalries across. Components of alliances would
// merge everything into one bloc; camps must not.
TEST(Camps, SignedGraphFindsTheTwoCampsAndTheirBreaks) {
  std::vector<Claim> claims;
  const std::vector<std::string> west{"AUS", "GBR", "IND", "JPN", "USA"};
  for (std::size_t i = 0; i < west.size(); ++i)
    for (std::size_t j = i + 1; j < west.size(); ++j) claims.push_back(claim(west[i], west[j], 1));
  claims.push_back(claim("CHN", "RUS", 1));
  claims.push_back(claim("CHN", "RUS", 1, "other.example"));
  for (const auto& w : west) claims.push_back(claim(w, "CHN", -1));
  for (const auto& w : {"GBR", "USA", "AUS"}) claims.push_back(claim(w, "RUS", -1));
  claims.push_back(claim("IND", "RUS", 1));  // the S-400 partner
  claims.push_back(claim("JPN", "RUS", 1, "other.example"));
  claims.push_back(claim("JPN", "RUS", 1, "third.example", "2024-03-02"));
  const auto g = build(claims);
  const auto& b = g.balance();
  EXPECT_FALSE(b.blocs.empty());
  EXPECT_EQ(b.blocs[0].members.size(), 7u);  // what weak balance makes of it
  ASSERT_EQ(b.camps.size(), 2u);
  EXPECT_EQ(b.camps[0].members, west);
  EXPECT_EQ(b.camps[1].members, (std::vector<std::string>{"CHN", "RUS"}));
  EXPECT_EQ(g.node("USA")->camp, 0);
  EXPECT_EQ(g.node("RUS")->camp, 1);
  // The breaks: the two friendly edges across, strongest (more claims, outlets) first.
  ASSERT_EQ(b.camp_breaks.size(), 2u);
  EXPECT_EQ(b.camp_breaks[0]->a, "JPN");
  EXPECT_EQ(b.camp_breaks[1]->a, "IND");
  EXPECT_DOUBLE_EQ(b.frustration, b.camp_breaks[0]->strength() + b.camp_breaks[1]->strength());
  EXPECT_GT(b.signed_weight, b.frustration);
  EXPECT_NEAR(b.frustration_share(), b.frustration / b.signed_weight, 1e-12);
}

// The sentence shown for a pair states the relation most directly: asserted and not
// negated before any reported or hypothetical claim, however intense; then |weight|;
// then the latest; then the smaller id.
TEST(Representative, AssertedBeatsReportedThenWeightThenDateThenId) {
  auto reported = claim("CHN", "JPN", -1, "a.example", "2024-05-01", -9.0);
  reported.modality = "reported";
  reported.id = "r";
  auto hypothetical = claim("CHN", "JPN", -1, "b.example", "2024-05-02", -10.0);
  hypothetical.modality = "hypothetical";
  hypothetical.id = "h";
  auto mild = claim("CHN", "JPN", -1, "c.example", "2024-05-03", -3.0);
  mild.id = "m";
  auto strong_old = claim("CHN", "JPN", -1, "d.example", "2024-01-01", -6.0);
  strong_old.id = "s-old";
  auto strong_new_b = claim("CHN", "JPN", -1, "e.example", "2024-02-01", -6.0);
  strong_new_b.id = "s-new-b";
  auto strong_new_a = claim("CHN", "JPN", -1, "f.example", "2024-02-01", -6.0);
  strong_new_a.id = "s-new-a";
  std::vector<Claim> claims{reported, hypothetical, mild, strong_old, strong_new_b, strong_new_a};
  for (int round = 0; round < 2; ++round) {  // either input order
    const auto g = build(claims);
    ASSERT_EQ(g.edges().size(), 1u);
    EXPECT_EQ(g.edges()[0].representative_id, "s-new-a");
    std::reverse(claims.begin(), claims.end());
  }
  // Only indirect claims: the most intense of them.
  const auto g = build({reported, hypothetical});
  EXPECT_EQ(g.edges()[0].representative_id, "h");
}

TEST(Representative, NegatedClaimIsNotTheEvidenceWhenIncluded) {
  auto denied = claim("IND", "RUS", -1, "a.example", "2024-05-01", -8.0);
  denied.negated = true;
  denied.id = "denied";
  auto plain = claim("IND", "RUS", -1, "b.example", "2024-04-01", -2.0);
  plain.id = "plain";
  SignedGraph g;
  GraphFilter f;
  f.include_negated = true;
  g.add_claim(denied, f);
  g.add_claim(plain, f);
  g.finish(f);
  ASSERT_EQ(g.edges().size(), 1u);
  EXPECT_EQ(g.edges()[0].representative_id, "plain");
}

}  // namespace
}  // namespace irkg
