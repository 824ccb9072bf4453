// Plain-text pages as scrapers save them: menus printed twice, bullets, related lists,
// bylines, bios, comment forms, cookie notices. Each test says what must stay and what
// must go, and why.
#include <gtest/gtest.h>

#include "tests/text/test_helpers.h"

namespace irkg {
namespace {

using testing::drop_reason;
using testing::extract_fixture;
using testing::kept;
using testing::occurrences;

class MenusAndRelated : public ::testing::Test {
 protected:
  MainText m = extract_fixture("scraped_menus_related.txt");
};

TEST_F(MenusAndRelated, KeepsEveryBodyParagraphInOrder) {
  const char* body[] = {"Norway and Chile signed a ten-year fisheries cooperation agreement",
                        "The agreement was welcomed by the Chilean foreign minister",
                        "Argentina reacted angrily to the pact",
                        "Officials in Oslo played down the dispute",
                        "Analysts in Santiago expect the pact to be extended"};
  std::size_t last = 0;
  for (const char* p : body) {
    const std::size_t at = m.text.find(p);
    ASSERT_NE(at, std::string::npos) << p;
    EXPECT_GE(at, last) << p;
    last = at;
  }
}

TEST_F(MenusAndRelated, OneParagraphPerLineWithBlankLinesBetween) {
  EXPECT_NE(m.text.find("coastal states.\n\nOfficials in Oslo"), std::string::npos);
  EXPECT_EQ(m.text.find("\n\n\n"), std::string::npos);
}

TEST_F(MenusAndRelated, DropsRelatedHeadlinesInsideTheBody) {
  EXPECT_FALSE(kept(m, "Brazil Warns Uruguay"));
  EXPECT_FALSE(kept(m, "Peru and Bolivia Trade Accusations"));
  EXPECT_FALSE(kept(m, "Ecuador Recalls Envoy"));
  EXPECT_EQ(drop_reason(m, "Also Read"), "related-headlines");
  EXPECT_EQ(drop_reason(m, "Ecuador Recalls Envoy"), "related-headlines");
  EXPECT_EQ(drop_reason(m, "Read more: Why Buenos Aires"), "related-headlines");
}

TEST_F(MenusAndRelated, DropsEverythingAfterTheTagsLine) {
  EXPECT_EQ(drop_reason(m, "Tags: Argentina"), "tags");
  EXPECT_FALSE(kept(m, "Ingrid covers maritime diplomacy"));  // author bio
  EXPECT_FALSE(kept(m, "Mexico Invites Canada"));             // bottom related list
  EXPECT_FALSE(kept(m, "Venezuela expels"));
}

TEST_F(MenusAndRelated, DropsMenusBulletsAndSiteChrome) {
  EXPECT_FALSE(kept(m, "Latin America"));
  EXPECT_EQ(drop_reason(m, "Latin America"), "navigation");
  EXPECT_EQ(drop_reason(m, "Nothing Found"), "repeated");
  EXPECT_EQ(drop_reason(m, "Share on Facebook"), "share");
  EXPECT_EQ(drop_reason(m, "Northwind Wire uses cookies"), "cookie-notice");
  EXPECT_EQ(drop_reason(m, "NORTHWIND MEDIA"), "copyright");
  EXPECT_EQ(drop_reason(m, "Login to your account"), "login");
  EXPECT_FALSE(kept(m, "Northwind Wire"));
}

TEST_F(MenusAndRelated, TitleGoesToMetadataNotText) {
  EXPECT_EQ(m.title, "Norway and Chile sign a fisheries pact that leaves Argentina fuming");
  EXPECT_FALSE(kept(m, "leaves Argentina fuming"));
  EXPECT_EQ(drop_reason(m, "leaves Argentina fuming"), "title");
}

TEST_F(MenusAndRelated, BylineGivesAuthorAndDateNotTheRelatedListDates) {
  EXPECT_EQ(m.author, "Ingrid Solberg");
  EXPECT_EQ(m.published, "2022-03-03");  // not 2022-02-27 from the list below the article
  EXPECT_EQ(drop_reason(m, "March 3, 2022"), "byline");
}

TEST_F(MenusAndRelated, OutletIsTheSiteNameRepeatedAtTheTop) { EXPECT_EQ(m.outlet, "Northwind Wire"); }

TEST(TextPage, InlineAlsoReadBioAndMoreInAreDropped) {
  const MainText m = extract_fixture("scraped_inline_related.txt");
  EXPECT_TRUE(kept(m, "Kenya and Ethiopia have agreed to link their national power grids"));
  EXPECT_TRUE(kept(m, "Sudan has objected to the project"));
  EXPECT_EQ(drop_reason(m, "Somalia Accuses Djibouti"), "related-headlines");
  EXPECT_FALSE(kept(m, "Somalia"));
  EXPECT_EQ(drop_reason(m, "About Daniel Mwangi"), "author-bio");
  EXPECT_FALSE(kept(m, "engineer for a rural electrification"));
  EXPECT_EQ(drop_reason(m, "More in Business"), "related-headlines");
  EXPECT_EQ(drop_reason(m, "Subscribe to our"), "subscribe");
  EXPECT_EQ(drop_reason(m, "CC BY 2.0"), "caption");
}

TEST(TextPage, HeadlinePrintedThreeTimesEndsUpOnlyInTitle) {
  const MainText m = extract_fixture("scraped_inline_related.txt");
  EXPECT_EQ(m.title, "Kenya And Ethiopia Agree On Shared Power Grid Despite Sudan's Objections \xE2\x80\x93 Report");
  EXPECT_EQ(occurrences(m.text, "Agree On Shared Power Grid"), 0u);
}

TEST(TextPage, SubheadingsBetweenParagraphsStay) {
  const MainText m = extract_fixture("scraped_inline_related.txt");
  EXPECT_TRUE(kept(m, "A Grid Built on Dams?"));
  EXPECT_TRUE(kept(m, "Who Pays for It"));
}

TEST(TextPage, CommentFormAfterLeaveAReplyIsDropped) {
  const MainText m = extract_fixture("blog_with_comment_form.txt");
  EXPECT_TRUE(kept(m, "Poland and Lithuania have agreed"));
  EXPECT_TRUE(kept(m, "NATO officials welcomed the agreement"));
  EXPECT_EQ(drop_reason(m, "Leave a Reply"), "comments");
  EXPECT_FALSE(kept(m, "Your email stays private"));
  EXPECT_FALSE(kept(m, "Remember my name and email"));  // no cue of its own: it follows the reply heading
  EXPECT_FALSE(kept(m, "Akismet"));
  EXPECT_TRUE(m.published.empty());  // no byline date on this page: nothing invented
}

TEST(TextPage, HardWrappedParagraphsAreJoined) {
  const MainText m = extract_fixture("hard_wrapped_briefing.txt");
  EXPECT_TRUE(kept(m, "hydrogen exports on Tuesday, committing both governments"));
  EXPECT_TRUE(kept(m, "linked the Iberian grid with North African solar farms."));
  EXPECT_FALSE(kept(m, "desk@example.org"));
  EXPECT_TRUE(m.title.empty());
}

TEST(TextPage, PlainArticleWithoutFurnitureIsKeptWhole) {
  const std::string article =
      "The foreign ministers of Finland and Estonia met in Tallinn on Friday to discuss the protection of undersea "
      "cables in the Gulf of Finland.\n\n"
      "They agreed to share sonar data between their navies and to ask the European Union for funds to repair "
      "damaged lines more quickly.\n";
  const MainText m = testing::extract_text(article);
  EXPECT_TRUE(kept(m, "met in Tallinn on Friday"));
  EXPECT_TRUE(kept(m, "damaged lines more quickly."));
  EXPECT_TRUE(m.dropped.empty());
}

TEST(TextPage, MenuPrintedTwiceIsDroppedAsRepeated) {
  const std::string page =
      "World\nBusiness\nSport\n\n"
      "Chile and Peru agreed on Monday to reopen their shared border crossing at Chacalluta, which had been closed "
      "for three months after a dispute over migration controls between the two governments.\n\n"
      "World\nBusiness\nSport\n";
  const MainText m = testing::extract_text(page);
  EXPECT_TRUE(kept(m, "Chile and Peru agreed"));
  EXPECT_FALSE(kept(m, "Business"));
  EXPECT_EQ(drop_reason(m, "Business"), "repeated");
}

// A short text with no prose-length line has no page around it: its sentences are the text
// (a menu word alone is not a sentence and still names nothing).
TEST(TextPage, ShortTextWithoutProseLinesKeepsItsSentences) {
  const MainText m = testing::extract_text("Ghana recalled its envoy from Togo.\nThe row began in May.\n");
  EXPECT_TRUE(kept(m, "Ghana recalled its envoy from Togo."));
  EXPECT_TRUE(kept(m, "The row began in May."));
  EXPECT_FALSE(kept(testing::extract_text("World\nBusiness\nSport\n"), "Business"));
}

}  // namespace
}  // namespace irkg
