// The headline is read once, before the body, and its claims carry no body offsets.
#include <gtest/gtest.h>

#include "extract/claims/explain.h"
#include "extract/claims/headline.h"
#include "tests/claims/extraction_test_util.h"

namespace irkg::test {
namespace {

Document article(const std::string& title, const std::string& text, const std::string& outlet = "Northwind Wire") {
  Document doc;
  doc.id = "headline-test";
  doc.title = title;
  doc.text = text;
  doc.published = "2018-03-15";
  doc.outlet = outlet;
  return doc;
}

TEST(Headline, AClaimOnlyTheHeadlineMakesIsReadWithNoBodyOffsets) {
  const Document doc = article("Britain expels 23 Russian diplomats over nerve agent attack",
                               "The prime minister told parliament the diplomats had a week to leave.");
  const std::vector<Claim> claims = shared_extractor().extract(doc);
  ASSERT_EQ(claims.size(), 1U);
  EXPECT_EQ(claims[0].subject.id, "GBR");
  EXPECT_EQ(claims[0].object.id, "RUS");
  EXPECT_EQ(claims[0].evidence.text, doc.title);
  EXPECT_EQ(claims[0].evidence.start, 0U);
  EXPECT_EQ(claims[0].evidence.end, 0U);
}

TEST(Headline, ExplanationsOutliveTheTextTheyRead) {
  // The headline is read from a text the extractor builds; explanations keep it alive.
  const Document doc = article("Britain expels 23 Russian diplomats over nerve agent attack",
                               "The prime minister told parliament the diplomats had a week to leave.");
  const std::vector<SentenceExplanation> out = shared_extractor().explain(doc);
  ASSERT_EQ(out.size(), 2U);
  EXPECT_EQ(out[0].analysis.text, doc.title);
  EXPECT_EQ(out[0].start, out[0].end);
  EXPECT_TRUE(explanation_text(shared_extractor().lexicon(), out[0]).starts_with("headline: Britain expels"));
  EXPECT_EQ(out[1].analysis.text, doc.text);
}

TEST(Headline, BodyOffsetsStayTheBodysOwn) {
  const std::string body = "Officials said the talks went well. Seoul criticised Tokyo over the islands.";
  const std::vector<Claim> claims = shared_extractor().extract(article("Rows over islands resurface", body));
  ASSERT_EQ(claims.size(), 1U);
  EXPECT_EQ(body.substr(claims[0].evidence.start, claims[0].evidence.end - claims[0].evidence.start), claims[0].evidence.text);
}

TEST(Headline, ABodyThatOpensWithTheHeadlineIsNotReadTwice) {
  const Document doc = article("Kenya hosts Ethiopian envoys", "Kenya hosts Ethiopian envoys\nThe meeting took place in Nairobi.");
  EXPECT_EQ(headline_to_read(doc), "");
}

TEST(Headline, ASiteNameAfterTheLastBarOrDashIsCut) {
  EXPECT_EQ(headline_to_read(article("Chile recalls its envoy from Peru | Northwind Wire", "Body.")),
            "Chile recalls its envoy from Peru");
  EXPECT_EQ(headline_to_read(article("Chile recalls its envoy from Peru - The Andes Daily Monitor", "Body.", "")),
            "Chile recalls its envoy from Peru");
  // A dash inside the headline itself stays: what follows is no name.
  EXPECT_EQ(headline_to_read(article("Chile and Peru - a rivalry that will not end", "Body.", "")),
            "Chile and Peru - a rivalry that will not end");
}

TEST(Headline, NoTitleOrAnOverlongOneIsNotRead) {
  EXPECT_EQ(headline_to_read(article("", "Body.")), "");
  EXPECT_EQ(headline_to_read(article(std::string(400, 'x'), "Body.")), "");
}

}  // namespace
}  // namespace irkg::test
