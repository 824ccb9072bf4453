// Representatives of a graph built from facts are read by id on a second thread while the
// summaries are built (graph/signed_graph.cpp): each kept edge must get its own claim,
// edges under --min-claims none, and a failing lookup must fail the build.
#include <gtest/gtest.h>

#include <map>
#include <stdexcept>

#include "claim_builder.h"
#include "graph/signed_graph.h"

namespace irkg {
namespace {

ClaimFacts facts_of(const Claim& c) { return irkg::facts_of(c.id, c, c.subject.id, c.object.id); }

struct Built {
  SignedGraph graph;
  std::vector<std::string> asked;  // ids the lookup was given
};

// 40 pairs; pair k has k % 3 + 1 claims, the strongest of them of weight 9.
Built build(const GraphFilter& filter, bool fail_lookup = false) {
  std::vector<Claim> claims;
  for (int k = 0; k < 40; ++k) {
    // Appended, not "A" + ...: GCC 12 warns falsely (-Wrestrict) on that.
    std::string a("A"), b("B");
    a.append(std::to_string(k));
    b.append(std::to_string(k));
    for (int i = 0; i <= k % 3; ++i) {
      const int polarity = k % 2 ? 1 : -1;
      std::string outlet("o"), date("2024-01-0");
      outlet.append(std::to_string(i)).append(".example");
      date.append(std::to_string(i + 1));
      claims.push_back(test::claim(a, b, polarity, outlet, date, polarity * (i == 0 ? 9.0 : 2.0)));
    }
  }
  std::map<std::string, Claim> by_id;
  for (const auto& c : claims) by_id[c.id] = c;
  Built out;
  for (const auto& c : claims) out.graph.add_facts(facts_of(c), filter);
  FactLookups lookups;
  lookups.claims = [&](const std::vector<std::string>& ids) {
    if (fail_lookup) throw std::runtime_error("database is corrupt: test");
    out.asked = ids;
    std::vector<std::optional<Claim>> found;
    for (const auto& id : ids) found.emplace_back(by_id.at(id));
    return found;
  };
  out.graph.finish(filter, lookups);
  return out;
}

TEST(RepresentativeFetch, EveryKeptEdgeGetsItsStrongestClaim) {
  GraphFilter filter;
  filter.details = true;
  const Built b = build(filter);
  ASSERT_EQ(b.graph.edges().size(), 40u);
  EXPECT_EQ(b.asked.size(), 40u);
  for (const auto& e : b.graph.edges()) {
    EXPECT_FALSE(e.representative_id.empty());
    EXPECT_EQ(e.representative->id, e.representative_id);
    EXPECT_EQ(std::abs(e.representative->weight), 9.0) << e.a << "-" << e.b;
    EXPECT_EQ(e.representative->subject.id, e.a);
  }
}

TEST(RepresentativeFetch, EdgesUnderMinClaimsAreNeitherKeptNorRead) {
  GraphFilter filter;
  filter.details = true;
  filter.min_claims = 2;
  const Built b = build(filter);
  // Pairs with k % 3 == 0 have one claim.
  EXPECT_EQ(b.graph.edges().size(), 26u);
  EXPECT_EQ(b.asked.size(), 26u);
  for (const auto& e : b.graph.edges()) {
    EXPECT_GE(e.claims(), 2u);
    EXPECT_EQ(e.representative->id, e.representative_id);
    EXPECT_EQ(e.representative->object.id, e.b);
  }
}

TEST(RepresentativeFetch, AFailedReadFailsTheBuild) {
  GraphFilter filter;
  filter.details = true;
  EXPECT_THROW(build(filter, true), std::runtime_error);
}

}  // namespace
}  // namespace irkg
