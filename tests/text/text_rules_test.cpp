// The small rules the extractor is built from: dates, furniture wording, text measures.
#include <gtest/gtest.h>

#include "extract/text/dates.h"
#include "extract/text/furniture.h"
#include "extract/text/text_util.h"

namespace irkg::text {
namespace {

TEST(Dates, WrittenFormsNormaliseToIso) {
  EXPECT_EQ(find_date_in("June 23, 2021"), "2021-06-23");
  EXPECT_EQ(find_date_in("Jun. 23 2021"), "2021-06-23");
  EXPECT_EQ(find_date_in("23 June 2021"), "2021-06-23");
  EXPECT_EQ(find_date_in("Updated: 23rd of June, 2021 10:41 IST"), "2021-06-23");
  EXPECT_EQ(find_date_in("Sept 5, 2019"), "2019-09-05");
  EXPECT_EQ(find_date_in("posted 2020/07/19 by staff"), "2020-07-19");
}

TEST(Dates, ImpossibleOrPartialDatesAreRejected) {
  EXPECT_EQ(find_date_in("February 30, 2021"), "");
  EXPECT_EQ(find_date_in("from September 2"), "");  // no year
  EXPECT_EQ(find_date_in("Mayor Jones said 12 people"), "");
  EXPECT_EQ(find_date_in("2021-13-01"), "");
}

TEST(Dates, MachineValues) {
  EXPECT_EQ(parse_date_value("2021-06-23T10:00:00+05:30"), "2021-06-23");
  EXPECT_EQ(parse_date_value("20210623"), "2021-06-23");
  EXPECT_EQ(parse_date_value("Wed, 23 Jun 2021 10:00:00 GMT"), "2021-06-23");
  EXPECT_EQ(parse_date_value("yesterday"), "");
}

TEST(Dates, DateLinesAreShort) {
  EXPECT_TRUE(is_date_line("June 23, 2021"));
  EXPECT_TRUE(is_date_line("NOVEMBER 20, 2019 10:43"));
  EXPECT_FALSE(is_date_line("On June 23, 2021 the two governments signed an agreement that ended the long dispute."));
}

TEST(Furniture, RelatedHeadersAndInlineRelated) {
  EXPECT_EQ(classify_furniture("Also Read").kind, FurnitureKind::RelatedHeader);
  EXPECT_EQ(classify_furniture("Related Articles:").kind, FurnitureKind::RelatedHeader);
  EXPECT_EQ(classify_furniture("You may also like").kind, FurnitureKind::RelatedHeader);
  EXPECT_EQ(classify_furniture("Also Read: Somalia Accuses Djibouti").kind, FurnitureKind::RelatedInline);
  EXPECT_EQ(classify_furniture("Read more: Why Oslo is worried").kind, FurnitureKind::RelatedInline);
}

TEST(Furniture, EndMarkers) {
  EXPECT_EQ(classify_furniture("Tags: ChileNorway").reason, std::string("tags"));
  // long tag lists are still tags, not a sentence naming six actors
  EXPECT_EQ(classify_furniture("Topics: African Union \xC2\xB7 Ethiopia \xC2\xB7 Eritrea \xC2\xB7 Sudan \xC2\xB7 Border disputes \xC2\xB7 Egypt")
                .reason,
            std::string("tags"));
  EXPECT_EQ(classify_furniture("About the author").reason, std::string("author-bio"));
  EXPECT_EQ(classify_furniture("About Daniel Mwangi").reason, std::string("author-bio"));
  EXPECT_EQ(classify_furniture("Leave a Reply").reason, std::string("comments"));
  EXPECT_EQ(classify_furniture("34 responses to \xE2\x80\x9CHeadline\xE2\x80\x9D").reason, std::string("comments"));
  EXPECT_EQ(classify_furniture("More in Politics").kind, FurnitureKind::EndMarker);
}

TEST(Furniture, SingleLines) {
  EXPECT_EQ(classify_furniture("ShareTweetSend").reason, std::string("share"));
  EXPECT_EQ(classify_furniture("Share1383TweetSend").reason, std::string("share"));
  EXPECT_EQ(classify_furniture("Our pages use cookies; staying here means you accept them.").reason,
            std::string("cookie-notice"));
  EXPECT_EQ(classify_furniture("Forgotten Password?").reason, std::string("login"));
  EXPECT_EQ(classify_furniture("\xC2\xA9" "2025 - Example Media Private Limited").reason, std::string("copyright"));
}

TEST(Furniture, BodySentencesAreNotFurniture) {
  EXPECT_EQ(classify_furniture("Related talks in Geneva ended without agreement on Friday.").kind, FurnitureKind::None);
  EXPECT_EQ(classify_furniture("Russia and Japan share a long maritime border.").kind, FurnitureKind::None);
  EXPECT_EQ(classify_furniture("The minister said more talks would follow.").kind, FurnitureKind::None);
  EXPECT_EQ(classify_furniture("About 200 protesters gathered outside the embassy.").kind, FurnitureKind::None);
}

TEST(Furniture, CopyrightHolder) {
  EXPECT_EQ(copyright_holder("\xC2\xA9" "2025 - Example Media Private Limited"), "Example Media");
  EXPECT_EQ(copyright_holder("Copyright 2019 Jpost Inc. All rights reserved"), "Jpost");
  EXPECT_EQ(copyright_holder("The copyright of this essay"), "");
  EXPECT_EQ(copyright_holder("No marks here"), "");
}

TEST(TextUtil, NormaliseSpace) {
  EXPECT_EQ(normalize_space("  a \t b\xC2\xA0" "c\n\nd  "), "a b c d");
  EXPECT_EQ(normalize_space("\xE2\x80\x83wide\xE2\x80\x83space"), "wide space");
  EXPECT_EQ(normalize_space(""), "");
}

TEST(TextUtil, SentenceEndsAndBullets) {
  EXPECT_TRUE(ends_sentence("He said so.\xE2\x80\x9D"));
  EXPECT_TRUE(ends_sentence("Really?"));
  EXPECT_FALSE(ends_sentence("Ankara Woos Cairo With Gas Deal"));
  std::string_view s = "\xE2\x80\xA2 Europe";
  EXPECT_TRUE(strip_bullet(s));
  EXPECT_EQ(s, "Europe");
  std::string_view t = "-5 degrees";
  EXPECT_FALSE(strip_bullet(t));
}

TEST(TextUtil, WordStatsSeparateProseFromHeadlines) {
  const WordStats prose = word_stats("The two ministers met at a time when their governments were on much better terms than before.");
  const WordStats headline = word_stats("Seoul Asks Tokyo To Send Its Trade Minister For Summer Talks");
  EXPECT_GT(stop_density(prose), 0.3);
  EXPECT_LT(title_case_ratio(prose), 0.2);
  EXPECT_GT(title_case_ratio(headline), 0.8);
}

TEST(TextUtil, CleanUtf8Check) {
  EXPECT_TRUE(is_clean_utf8("plain ascii and \xC3\xA9"));
  EXPECT_FALSE(is_clean_utf8(std::string("nul\0byte", 8)));
  EXPECT_FALSE(is_clean_utf8("bad \xC3 sequence"));
  EXPECT_FALSE(is_clean_utf8("\xEF\xBB\xBF" "bom"));
  EXPECT_FALSE(is_clean_utf8("\xED\xA0\x80"));  // UTF-16 surrogate encoded in UTF-8
}

}  // namespace
}  // namespace irkg::text
