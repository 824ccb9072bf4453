// Comparing outlets on claims of our own: three outlets that disagree about the same
// pairs, the consensus, contradictions, the agreement matrix and corroboration.
#include <gtest/gtest.h>

#include "compare/compare.h"

namespace irkg {
namespace {

Claim claim(const std::string& outlet, const std::string& a, const std::string& b, double weight,
            const std::string& date, const std::string& text, const std::string& category = "DISAPPROVE") {
  Claim c;
  c.outlet = outlet;
  c.subject = {a, a, a, "state"};
  c.object = {b, b, b, "state"};
  c.weight = weight;
  c.polarity = weight > 0 ? 1 : weight < 0 ? -1 : 0;
  c.relation = weight > 0 ? "praise" : "criticize";
  c.category = category;
  c.date = date;
  c.doc = outlet + "-" + date;
  c.evidence.text = text;
  c.id = compute_claim_id(c);
  return c;
}

// Three outlets on Japan-Russia: two see rapprochement, one sees hostility; all three
// agree China and Japan are at odds; one alone reports India-Russia.
std::vector<Claim> world() {
  return {
      claim("Harbour Times", "JPN", "RUS", 4, "2021-06-01", "Tokyo courted Moscow again."),
      claim("Harbour Times", "RUS", "JPN", 3, "2021-06-03", "Moscow praised Tokyo's restraint."),
      claim("EastWind Report", "JPN", "RUS", 4, "2021-06-02", "Japan is courting Russia."),
      claim("Steppe Herald", "RUS", "JPN", -4, "2021-06-02", "Moscow condemned Tokyo's sanctions."),
      claim("Steppe Herald", "JPN", "RUS", -2, "2021-06-05", "Tokyo protested the Russian drills."),
      claim("Harbour Times", "CHN", "JPN", -3, "2021-06-04", "Beijing criticised Tokyo."),
      claim("EastWind Report", "JPN", "CHN", -3, "2021-06-06", "Tokyo criticised Beijing."),
      claim("Steppe Herald", "CHN", "JPN", -3, "2021-06-07", "China condemned Japan."),
      claim("Steppe Herald", "IND", "RUS", 5, "2021-06-07", "India and Russia renewed their pact.", "COOPERATE"),
  };
}

TEST(OutletNames, HostsNamesAndUrlsMapToOneOutlet) {
  EXPECT_EQ(normalize_outlet("TFIGlobal"), "TFIGlobal");
  EXPECT_EQ(normalize_outlet("tfiglobalnews.com"), "TFIGlobal");
  EXPECT_EQ(normalize_outlet("https://www.tfiglobalnews.com/2021/06/23/story/"), "TFIGlobal");
  EXPECT_EQ(normalize_outlet("TFI Global News"), "TFIGlobal");
  EXPECT_EQ(normalize_outlet("edition.cnn.com"), "CNN");
  EXPECT_EQ(normalize_outlet("  The Harbour Times  "), "The Harbour Times");
  EXPECT_EQ(normalize_outlet("www.example-news.org"), "example-news.org");
  EXPECT_EQ(normalize_outlet(""), "");
}

TEST(OutletNames, UsersAddRowsAndBadRowsNameTheLine) {
  add_outlet_names("# mine\nHarbour Times\tharbourtimes.example\tThe Harbour Times|HT Daily\n", "mine.tsv");
  EXPECT_EQ(normalize_outlet("The Harbour Times"), "Harbour Times");
  EXPECT_EQ(normalize_outlet("harbourtimes.example"), "Harbour Times");
  try {
    add_outlet_names("\nA\tb\tc\td\n", "bad.tsv");
    FAIL() << "accepted four columns";
  } catch (const std::runtime_error& e) {
    EXPECT_NE(std::string(e.what()).find("bad.tsv:2"), std::string::npos) << e.what();
  }
}

TEST(ComparePair, EachOutletsStanceConsensusAndContradiction) {
  const PairComparison p = compare_pair(world(), "JPN", "RUS", {});
  ASSERT_EQ(p.outlets.size(), 3u);
  EXPECT_EQ(p.outlets[0].outlet, "Harbour Times");  // most claims first (2, then 2 by name)
  std::map<std::string, int> stance;
  for (const auto& o : p.outlets) stance[o.outlet] = o.stance;
  EXPECT_EQ(stance["Harbour Times"], 1);
  EXPECT_EQ(stance["EastWind Report"], 1);
  EXPECT_EQ(stance["Steppe Herald"], -1);
  EXPECT_EQ(p.consensus, 1);
  EXPECT_NEAR(p.agreement, 2.0 / 3.0, 1e-9);
  EXPECT_EQ(p.contradicting, std::vector<std::string>{"Steppe Herald"});
  const auto& herald = *std::find_if(p.outlets.begin(), p.outlets.end(),
                                     [](const OutletStance& o) { return o.outlet == "Steppe Herald"; });
  EXPECT_EQ(herald.negative, 2);
  EXPECT_EQ(herald.first_date, "2021-06-02");
  EXPECT_EQ(herald.last_date, "2021-06-05");
  ASSERT_FALSE(herald.evidence.empty());
  EXPECT_EQ(herald.evidence.front().text, "Moscow condemned Tokyo's sanctions.");  // strongest first
}

TEST(ComparePair, DateWindowAndNegatedClaims) {
  auto claims = world();
  claims[0].negated = true;  // "did not court": no stance
  CompareOptions options;
  options.until = "2021-06-02";
  const PairComparison p = compare_pair(claims, "RUS", "JPN", options);
  int total = 0;
  for (const auto& o : p.outlets) total += o.claims;
  EXPECT_EQ(total, 2);  // EastWind 06-02 and Steppe 06-02
  EXPECT_EQ(p.consensus, 0);  // one each way: split
  EXPECT_TRUE(p.contradicting.empty());
}

TEST(CompareOutlets, AgreementMatrixCoverageAndDistinctiveClaims) {
  const OutletMatrix m = compare_outlets(world(), {});
  ASSERT_EQ(m.coverage.size(), 3u);
  std::map<std::string, std::size_t> at;
  for (std::size_t i = 0; i < m.coverage.size(); ++i) at[m.coverage[i].outlet] = i;
  const auto harbour = at["Harbour Times"], east = at["EastWind Report"], steppe = at["Steppe Herald"];
  EXPECT_EQ(m.coverage[steppe].claims, 4);
  EXPECT_EQ(m.coverage[steppe].dyads, 3);
  // Harbour and EastWind agree on both shared dyads; Harbour and Steppe agree on one
  // (China-Japan) and contradict on one (Japan-Russia).
  EXPECT_EQ(m.shared[harbour][east], 2);
  EXPECT_DOUBLE_EQ(m.agreement[harbour][east], 1.0);
  EXPECT_EQ(m.shared[harbour][steppe], 2);
  EXPECT_DOUBLE_EQ(m.agreement[harbour][steppe], 0.0);
  EXPECT_DOUBLE_EQ(m.agreement[steppe][harbour], m.agreement[harbour][steppe]);
  bool opposite = false, exclusive = false;
  for (const auto& d : m.distinctive) {
    if (d.outlet == "Steppe Herald" && d.a == "JPN" && d.b == "RUS" && d.stance == -1 && d.others == 1) opposite = true;
    if (d.outlet == "Steppe Herald" && d.a == "IND" && d.b == "RUS" && d.others == 0) exclusive = true;
  }
  EXPECT_TRUE(opposite);
  EXPECT_TRUE(exclusive);
}

TEST(Corroboration, SameClaimFromSeveralOutletsWithinTheWindow) {
  const auto groups = corroborate(world(), 7);
  // China-Japan criticism: three outlets within four days is one corroborated claim.
  ASSERT_FALSE(groups.empty());
  EXPECT_EQ(groups.front().outlets.size(), 3u);
  EXPECT_EQ(groups.front().representative.date, "2021-06-04");
  EXPECT_EQ(groups.front().claim_ids.size(), 3u);
  // With a one-day window they split.
  const auto narrow = corroborate(world(), 1);
  std::size_t widest = 0;
  for (const auto& g : narrow)
    if (g.representative.category == "DISAPPROVE" && g.representative.subject.id != "RUS")
      widest = std::max(widest, g.outlets.size());
  EXPECT_LT(widest, 3u);
}

}  // namespace
}  // namespace irkg
