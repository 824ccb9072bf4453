// `irkg extract --lexicon <Phoenix file>`: an actor only the Phoenix dictionary knows gives a
// claim with the right country, as of the document's date. The Phoenix files are read from
// the shared evaluation data beside the repository (../shared/eval/peer, or $IRKG_SHARED);
// a missing file fails the test.
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>

#include "core/claim.h"
#include "run_command.h"

namespace irkg::test {
namespace {

std::string phoenix(const std::string& name) {
  const char* env = std::getenv("IRKG_SHARED");
  const std::filesystem::path shared = env && *env ? std::filesystem::path(env) : std::filesystem::path(IRKG_SHARED_DIR);
  return (shared / "eval/peer/petrarch2/dictionaries" / name).string();
}

std::string doc(const std::string& text, const std::string& published) {
  return R"({"id":"d","text":")" + text + R"(","published":")" + published + "\"}\n";
}

TEST(TabariActorsCli, PhoenixCountriesActorGivesAClaimWithItsCountry) {
  const std::string file = phoenix("Phoenix.Countries.actors.txt");
  ASSERT_TRUE(std::filesystem::exists(file)) << "peer dictionary missing: " << file
                                             << " (put the shared data set beside the repository as ../shared, or set IRKG_SHARED)";
  const std::string input = doc("Babrak Karmal sharply criticised Pakistan.", "1985-03-01");
  EXPECT_EQ(run_irkg("extract -", input).out, "");  // irkg alone does not know him
  const auto r = run_irkg("extract --lexicon " + shell_quote(file) + " -", input);
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const Claim c = claim_from_json_line(r.out.substr(0, r.out.find('\n')));
  EXPECT_EQ(c.subject.id, "person:babrak-karmal");
  EXPECT_EQ(c.subject.country, "AFG");
  EXPECT_EQ(c.object.id, "PAK");
  EXPECT_EQ(c.polarity, -1);
}

TEST(TabariActorsCli, DatedCodeGivesTheCountryOfTheDocumentsDay) {
  const std::string file = phoenix("Phoenix.International.actors.txt");
  ASSERT_TRUE(std::filesystem::exists(file)) << "peer dictionary missing: " << file
                                             << " (put the shared data set beside the repository as ../shared, or set IRKG_SHARED)";
  // ANN_VENEMAN_ [USAGOV 010120-050120] [IGOUNOKID >050501]
  const std::string text = "Ann Veneman sharply criticised Pakistan.";
  const auto in_2003 = run_irkg("extract --lexicon " + shell_quote(file) + " -", doc(text, "2003-03-01"));
  const auto in_2007 = run_irkg("extract --lexicon " + shell_quote(file) + " -", doc(text, "2007-03-01"));
  ASSERT_EQ(in_2003.exit_code, 0) << in_2003.err;
  ASSERT_FALSE(in_2003.out.empty());
  ASSERT_FALSE(in_2007.out.empty());
  EXPECT_EQ(claim_from_json_line(in_2003.out.substr(0, in_2003.out.find('\n'))).subject.country, "USA");
  EXPECT_EQ(claim_from_json_line(in_2007.out.substr(0, in_2007.out.find('\n'))).subject.country, "UN");
}

}  // namespace
}  // namespace irkg::test
