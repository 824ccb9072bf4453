// HTML pages: the article container is found by its prose, furniture inside and around it
// is dropped with a reason, and metadata comes from meta tags, JSON-LD and the byline.
#include <gtest/gtest.h>

#include "tests/text/test_helpers.h"

namespace irkg {
namespace {

using testing::drop_reason;
using testing::extract_fixture;
using testing::extract_text;
using testing::kept;

class NewsArticle : public ::testing::Test {
 protected:
  MainText m = extract_fixture("news_article.html");
};

TEST_F(NewsArticle, KeepsTheBodyParagraphsAndItsSubheading) {
  EXPECT_TRUE(kept(m, "Indonesia and Vietnam have ratified an agreement"));
  EXPECT_TRUE(kept(m, "commits the two coast guards to a shared hotline."));
  EXPECT_TRUE(kept(m, "A model for the region"));
  EXPECT_TRUE(kept(m, "Diplomats in Hanoi described the treaty"));
  EXPECT_TRUE(kept(m, "drawn without its participation."));
}

TEST_F(NewsArticle, DropsTheHeadlineBylineShareRowAndCaption) {
  EXPECT_EQ(drop_reason(m, "settle maritime boundary after 12 years"), "title");
  EXPECT_EQ(drop_reason(m, "By Siti Rahma"), "byline");
  EXPECT_EQ(drop_reason(m, "Share on Facebook"), "share");
  EXPECT_EQ(drop_reason(m, "Fishing boats moored"), "caption");
  EXPECT_FALSE(kept(m, "Fishing boats moored"));
}

TEST_F(NewsArticle, DropsRelatedHeadlinesInsideAndAfterTheArticle) {
  EXPECT_FALSE(kept(m, "China protests Philippine survey ship"));
  EXPECT_FALSE(kept(m, "Malaysia and Brunei"));
  EXPECT_FALSE(kept(m, "Thailand and Cambodia"));
  EXPECT_FALSE(kept(m, "Singapore and Japan deepen defence ties"));
  EXPECT_FALSE(kept(m, "repair yards during joint exercises"));  // the teaser's blurb too
  EXPECT_EQ(drop_reason(m, "China protests Philippine"), "related-headlines");
  EXPECT_EQ(drop_reason(m, "Related: Thailand"), "related-headlines");
}

TEST_F(NewsArticle, DropsNavigationCookieBannerTagsBioCommentsAndFooter) {
  EXPECT_EQ(drop_reason(m, "Markets"), "navigation");
  EXPECT_EQ(drop_reason(m, "We use cookies"), "cookie-notice");
  EXPECT_EQ(drop_reason(m, "Tags:"), "tags");
  EXPECT_EQ(drop_reason(m, "South-east Asia correspondent"), "author-bio");
  EXPECT_EQ(drop_reason(m, "Great news for the fishermen"), "comments");
  EXPECT_EQ(drop_reason(m, "All rights reserved"), "footer");
  EXPECT_FALSE(kept(m, "Post comment"));
  EXPECT_FALSE(kept(m, "window.ads"));  // script text never reaches the blocks
}

TEST_F(NewsArticle, MetadataFromMetaTagsAndJsonLd) {
  EXPECT_EQ(m.title, "Indonesia and Vietnam settle maritime boundary after 12 years of talks");
  EXPECT_EQ(m.author, "Siti Rahma");
  EXPECT_EQ(m.published, "2023-01-12");
  EXPECT_EQ(m.outlet, "Harbour Courier");
  EXPECT_EQ(m.url, "https://www.harbourcourier.example/asia/indonesia-vietnam-boundary");
}

TEST(HtmlPage, ArticleSplitByAdRailsIsReassembled) {
  const MainText m = extract_fixture("chunked_article.html");
  EXPECT_TRUE(kept(m, "Ghana and Togo opened a joint border post"));
  EXPECT_TRUE(kept(m, "queues of lorries often stretch"));
  EXPECT_TRUE(kept(m, "Traders welcomed the change"));
  EXPECT_TRUE(kept(m, "watching the project closely"));
  EXPECT_FALSE(kept(m, "Advertisement"));
  EXPECT_FALSE(kept(m, "Senegal names new central bank governor"));
  EXPECT_FALSE(kept(m, "Politics"));
}

TEST(HtmlPage, BreakSeparatedTextBecomesSeparateParagraphs) {
  const MainText m = extract_fixture("chunked_article.html");
  EXPECT_NE(m.text.find("single list of charges.\n\nNigeria, which is building"), std::string::npos);
}

TEST(HtmlPage, OutletAndTitleFromTheTitleTagWhenNoMetaTags) {
  const MainText m = extract_fixture("chunked_article.html");
  EXPECT_EQ(m.title, "Ghana and Togo open joint border post");
  EXPECT_EQ(m.outlet, "Gulf of Guinea Times");
}

TEST(HtmlPage, BylineDateNextToTheHeadlineWhenTheHeadHasNone) {
  const std::string html =
      "<html><body><h1>Armenia and Georgia reopen rail link</h1><p class=\"dateline\">23 June 2021</p>"
      "<div class=\"content\"><p>Armenia and Georgia reopened the rail link between Yerevan and Tbilisi on "
      "Wednesday, restoring a route that had been closed for repairs since the spring floods.</p>"
      "<p>Both governments said freight trains would run daily, and that passenger services would resume in the "
      "autumn once new carriages arrive.</p></div>"
      "<div class=\"related\"><p>Azerbaijan opens new port, 12 March 2020</p></div></body></html>";
  const MainText m = extract_text(html, DocumentFormat::Html);
  EXPECT_EQ(m.published, "2021-06-23");
  EXPECT_TRUE(kept(m, "restoring a route"));
  EXPECT_FALSE(kept(m, "Azerbaijan opens new port"));
}

TEST(HtmlPage, JsonLdDatePublishedWinsOverTimeElements) {
  const std::string html =
      "<html><head><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"datePublished\":"
      "\"2020-07-19T10:00:00Z\"}</script></head><body><time datetime=\"2024-01-01\">updated</time>"
      "<p>Some text of the article that is long enough to be considered a paragraph of prose here.</p></body></html>";
  EXPECT_EQ(extract_text(html, DocumentFormat::Html).published, "2020-07-19");
}

TEST(HtmlPage, BrokenJsonLdIsIgnored) {
  const std::string html =
      "<html><head><script type=\"application/ld+json\">{\"@type\": \"NewsArticle\", \"datePublished\": </script>"
      "<meta property=\"article:published_time\" content=\"2019-11-19\"></head><body><p>Text.</p></body></html>";
  EXPECT_EQ(extract_text(html, DocumentFormat::Html).published, "2019-11-19");
}

TEST(HtmlPage, EmbeddedTweetsInsideTheArticleAreKept) {
  const std::string html =
      "<html><body><div class=\"story-body\">"
      "<p>The Lithuanian foreign minister responded on social media within an hour of the announcement, and his "
      "message was widely shared by officials in Warsaw and Riga.</p>"
      "<div class=\"social-embed\"><blockquote class=\"twitter-tweet\"><p>We will not accept threats against our "
      "neighbours, and we will answer them together with our allies.</p></blockquote></div>"
      "<p>Officials in Minsk did not respond to requests for comment, and state television ignored the message "
      "for the rest of the day, according to monitors.</p></div></body></html>";
  const MainText m = extract_text(html, DocumentFormat::Html);
  EXPECT_TRUE(kept(m, "We will not accept threats"));
}

// Sites that escape their JSON-LD strings as HTML ("&#x27;") mean the character: the
// headline read from it is the sentence a reader sees, apostrophe included.
TEST(HtmlPage, CharacterReferencesInJsonLdStringsAreDecoded) {
  const std::string html =
      "<html><head><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":"
      "\"Hanoi&#x27;s reply to Beijing &amp; the &quot;nine-dash line&quot; &#8212; and &#xD800; &bogus; &#;\"}"
      "</script></head><body><p>Some text of the article that is long enough to be considered a paragraph "
      "of prose here.</p></body></html>";
  EXPECT_EQ(extract_text(html, DocumentFormat::Html).title,
            "Hanoi's reply to Beijing & the \"nine-dash line\" \xE2\x80\x94 and &#xD800; &bogus; &#;");
}

}  // namespace
}  // namespace irkg
