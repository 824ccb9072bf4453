// Structural balance, centrality and signed paths on graphs whose answers are known.
#include <gtest/gtest.h>

#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/betweenness_centrality.hpp>

#include <random>
#include <set>
#include <map>

#include "claim_builder.h"
#include "graph/signed_graph.h"

namespace irkg {
namespace {

using test::claim;

SignedGraph build(const std::vector<Claim>& claims) {
  SignedGraph g;
  const GraphFilter f;
  for (const auto& c : claims) g.add_claim(c, f);
  g.finish(f);
  return g;
}

// Two camps: friends within, rivals across.
std::vector<Claim> two_bloc_world() {
  std::vector<Claim> out;
  const std::vector<std::string> west{"USA", "GBR", "FRA"}, east{"CHN", "RUS", "IRN"};
  for (const auto* camp : {&west, &east})
    for (std::size_t i = 0; i < camp->size(); ++i)
      for (std::size_t j = i + 1; j < camp->size(); ++j) out.push_back(claim((*camp)[i], (*camp)[j], 1));
  for (const auto& a : west)
    for (const auto& b : east) out.push_back(claim(a, b, -1));
  return out;
}

TEST(Balance, TwoBlocWorldIsStronglyBalanced) {
  const auto g = build(two_bloc_world());
  const auto& b = g.balance();
  ASSERT_EQ(b.blocs.size(), 2u);
  EXPECT_EQ(b.blocs[0].members.size(), 3u);
  EXPECT_TRUE(b.strongly_balanced);
  EXPECT_TRUE(b.weak_breaks.empty());
  EXPECT_EQ(b.signed_triads, 20u);  // C(6,3)
  EXPECT_EQ(b.balanced_triads, 20u);
  EXPECT_EQ(g.node("USA")->bloc, g.node("FRA")->bloc);
  EXPECT_NE(g.node("USA")->bloc, g.node("CHN")->bloc);
  EXPECT_NE(g.node("USA")->side, g.node("CHN")->side);
  EXPECT_EQ(g.node("RUS")->side, g.node("IRN")->side);
}

TEST(Balance, AllNegativeTriadIsUnbalanced) {
  const auto g = build({claim("IND", "PAK", -1), claim("PAK", "AFG", -1), claim("AFG", "IND", -1)});
  const auto& b = g.balance();
  EXPECT_EQ(b.signed_triads, 1u);
  EXPECT_EQ(b.balanced_triads, 0u);
  EXPECT_FALSE(b.strongly_balanced);
  EXPECT_EQ(b.strong_breaks.size(), 1u);  // an odd negative cycle: one edge must break
  EXPECT_EQ(b.blocs.size(), 3u);          // weak balance holds: no positive edges at all
  EXPECT_TRUE(b.weak_breaks.empty());
}

TEST(Balance, FriendOfFriendWhoIsAnEnemyBreaksWeakBalance) {
  const auto g = build({claim("AAA", "BBB", 1), claim("BBB", "CCC", 1), claim("AAA", "CCC", -1)});
  const auto& b = g.balance();
  EXPECT_EQ(b.blocs.size(), 1u);
  ASSERT_EQ(b.weak_breaks.size(), 1u);
  EXPECT_EQ(b.weak_breaks[0]->a, "AAA");
  EXPECT_EQ(b.weak_breaks[0]->b, "CCC");
  EXPECT_EQ(b.balance_ratio(), 0.0);
}

TEST(Balance, BalancedTriadsCounted) {
  // enemy of my enemy is my friend: (+, -, -) is balanced.
  const auto g = build({claim("AAA", "BBB", 1), claim("BBB", "CCC", -1), claim("AAA", "CCC", -1)});
  EXPECT_EQ(g.balance().balanced_triads, 1u);
  EXPECT_TRUE(g.balance().strongly_balanced);
}

TEST(Centrality, TheBridgeOfAPathHasTheHighestBetweenness) {
  const auto g = build({claim("AAA", "BBB", 1), claim("BBB", "CCC", 1), claim("CCC", "DDD", -1)});
  EXPECT_DOUBLE_EQ(g.node("AAA")->betweenness, 0.0);
  EXPECT_GT(g.node("BBB")->betweenness, 0.0);
  EXPECT_DOUBLE_EQ(g.node("BBB")->betweenness, g.node("CCC")->betweenness);
  EXPECT_LE(g.node("BBB")->betweenness, 1.0);
  // Exact values: B lies on the shortest paths of A-C and A-D, 2 of the 3 pairs of others.
  EXPECT_NEAR(g.node("BBB")->betweenness, 2.0 / 3.0, 1e-12);
}

TEST(Centrality, TheHubOfAStarLiesOnEveryPath) {
  const auto g = build({claim("HUB", "AAA", 1), claim("HUB", "BBB", -1), claim("HUB", "CCC", 1), claim("HUB", "DDD", 1)});
  EXPECT_NEAR(g.node("HUB")->betweenness, 1.0, 1e-12);
  EXPECT_DOUBLE_EQ(g.node("AAA")->betweenness, 0.0);
}

// graph/centrality.cpp has its own Brandes for speed, in a sparse and a dense (bitset)
// variant; on random graphs with paths of many lengths and ties both must give Boost's values.
void expect_boost_betweenness(int actors, std::size_t pairs_wanted, unsigned seed) {
  std::mt19937 rng(seed);
  std::vector<Claim> claims;
  std::set<std::pair<int, int>> pairs;
  while (pairs.size() < pairs_wanted) {
    int a = static_cast<int>(rng() % static_cast<unsigned>(actors)), b = static_cast<int>(rng() % static_cast<unsigned>(actors));
    if (a == b) continue;
    if (a > b) std::swap(a, b);
    if (!pairs.insert({a, b}).second) continue;
    claims.push_back(claim("V" + std::to_string(1000 + a), "V" + std::to_string(1000 + b), rng() % 2 ? 1 : -1));
  }
  const auto g = build(claims);
  const auto& nodes = g.nodes();
  std::map<std::string, std::size_t> index;
  for (std::size_t i = 0; i < nodes.size(); ++i) index[nodes[i].id] = i;
  boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS> reference(nodes.size());
  for (const auto& e : g.edges()) boost::add_edge(index[e.a], index[e.b], reference);
  std::vector<double> expected(nodes.size());
  auto map = boost::make_iterator_property_map(expected.begin(), boost::get(boost::vertex_index, reference));
  boost::brandes_betweenness_centrality(reference, boost::centrality_map(map));
  boost::relative_betweenness_centrality(reference, map);
  for (std::size_t i = 0; i < nodes.size(); ++i) EXPECT_NEAR(nodes[i].betweenness, expected[i], 1e-9) << nodes[i].id;
}

TEST(Centrality, EqualsBoostsBrandesOnADenseRandomGraph) {
  expect_boost_betweenness(90, 400, 7);  // 2E >= n^2/32: bitset variant, four chunks (64+ actors)
}

TEST(Centrality, EqualsBoostsBrandesOnASparseRandomGraph) {
  expect_boost_betweenness(300, 600, 11);  // 2E < n^2/32: neighbour-list variant; paths up to ~10 hops
}

TEST(Centrality, EqualsBoostsBrandesOnASmallGraphInOneChunk) {
  expect_boost_betweenness(40, 120, 3);
}

TEST(Path, AlliancePathUsesPositiveEdgesOnly) {
  // Direct USA-IRN is hostile; the only friendly route goes round through friends.
  const auto g = build({claim("USA", "IRN", -1), claim("USA", "GBR", 1), claim("GBR", "OMN", 1), claim("OMN", "IRN", 1)});
  const auto p = g.path("USA", "IRN", PathKind::Alliance, 4);
  ASSERT_TRUE(p.found);
  ASSERT_EQ(p.hops.size(), 3u);
  EXPECT_EQ(p.hops[0].from, "USA");
  EXPECT_EQ(p.hops[1].to, "OMN");
  EXPECT_EQ(p.sign, 1);
  for (const auto& h : p.hops) EXPECT_EQ(h.sign, 1);
  EXPECT_FALSE(g.path("USA", "IRN", PathKind::Alliance, 2).found);  // max_hops respected
  const auto any = g.path("USA", "IRN", PathKind::Any, 4);
  ASSERT_TRUE(any.found);
  EXPECT_EQ(any.hops.size(), 1u);
}

TEST(Path, EnemyOfMyEnemyChainHasEvenParityAndRivalryNeedsOdd) {
  // IND rivals CHN, CHN rivals USA: IND and USA are aligned (enemy of my enemy).
  const auto g = build({claim("IND", "CHN", -1), claim("CHN", "USA", -1), claim("USA", "RUS", -1)});
  const auto aligned = g.path("IND", "USA", PathKind::Any, 4);
  ASSERT_TRUE(aligned.found);
  EXPECT_EQ(aligned.sign, 1);
  EXPECT_FALSE(g.path("IND", "USA", PathKind::Rivalry, 4).found);  // two negatives make no rivalry
  const auto rival = g.path("IND", "RUS", PathKind::Rivalry, 4);
  ASSERT_TRUE(rival.found);
  EXPECT_EQ(rival.hops.size(), 3u);
  EXPECT_EQ(rival.sign, -1);
  ASSERT_NE(rival.hops[0].edge, nullptr);
  EXPECT_FALSE(rival.hops[0].edge->representative->evidence.text.empty());
}

TEST(Path, RivalryPathMayDetourToGetOddParity) {
  // A-B is friendly (even); the rivalry route is A-C (-) then C-B (+).
  const auto g = build({claim("AAA", "BBB", 1), claim("AAA", "CCC", -1), claim("CCC", "BBB", 1)});
  const auto p = g.path("AAA", "BBB", PathKind::Rivalry, 3);
  ASSERT_TRUE(p.found);
  EXPECT_EQ(p.hops.size(), 2u);
  EXPECT_EQ(p.sign, -1);
}

TEST(Path, EqualLengthRoutesPreferStrongerEvidence) {
  std::vector<Claim> claims{claim("AAA", "WEAK", 1), claim("WEAK", "ZZZ", 1)};
  for (const char* outlet : {"a", "b", "c", "d"}) {
    claims.push_back(claim("AAA", "MID", 1, outlet));
    claims.push_back(claim("MID", "ZZZ", 1, outlet));
  }
  const auto p = build(claims).path("AAA", "ZZZ", PathKind::Alliance, 3);
  ASSERT_TRUE(p.found);
  EXPECT_EQ(p.hops[0].to, "MID");
}

TEST(Path, UnknownActorsOrSameActorFindNothing) {
  const auto g = build({claim("AAA", "BBB", 1)});
  EXPECT_FALSE(g.path("AAA", "NOPE", PathKind::Any, 3).found);
  EXPECT_FALSE(g.path("AAA", "AAA", PathKind::Any, 3).found);
  EXPECT_EQ(parse_path_kind("rivalry"), PathKind::Rivalry);
  EXPECT_FALSE(parse_path_kind("frenemy").has_value());
}

}  // namespace
}  // namespace irkg
