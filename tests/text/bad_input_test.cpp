// Junk in, little or no text out, and never a crash or a hang: empty input, binary data,
// invalid UTF-8, NUL bytes, UTF-16, a huge single line, tags left open 10,000 deep.
#include <gtest/gtest.h>

#include <random>

#include "extract/text/html_nesting.h"
#include "tests/text/test_helpers.h"

namespace irkg {
namespace {

using testing::extract_text;

bool valid_utf8(const std::string& s) {
  for (std::size_t i = 0; i < s.size();) {
    const auto c = static_cast<unsigned char>(s[i]);
    const std::size_t len = c < 0x80 ? 1 : (c & 0xE0) == 0xC0 ? 2 : (c & 0xF0) == 0xE0 ? 3 : (c & 0xF8) == 0xF0 ? 4 : 0;
    if (len == 0 || i + len > s.size()) return false;
    for (std::size_t k = 1; k < len; ++k)
      if ((static_cast<unsigned char>(s[i + k]) & 0xC0) != 0x80) return false;
    i += len;
  }
  return true;
}

const std::string kParagraph =
    "The governments of Uruguay and Paraguay agreed on Tuesday to build a second bridge over the river that "
    "separates them, and asked the regional development bank to pay for most of it.";

TEST(BadInput, EmptyInputGivesEmptyText) {
  for (auto format : {DocumentFormat::Text, DocumentFormat::Html}) {
    const MainText m = extract_text("", format);
    EXPECT_TRUE(m.text.empty());
    EXPECT_TRUE(m.published.empty());
  }
}

TEST(BadInput, BinaryJunkYieldsValidUtf8AndNoCrash) {
  std::mt19937 rng(7);
  std::string junk(200000, '\0');
  for (char& c : junk) c = static_cast<char>(rng() & 0xFF);
  for (auto format : {DocumentFormat::Text, DocumentFormat::Html}) {
    const MainText m = extract_text(junk, format);
    EXPECT_TRUE(valid_utf8(m.text));
    for (const auto& d : m.dropped) EXPECT_TRUE(valid_utf8(d.text));
  }
}

TEST(BadInput, InvalidUtf8IsReplacedAndTheRestKept) {
  // Mostly UTF-8 (four well-formed characters) with three bad bytes: read as UTF-8, not
  // as Windows-1252 (that is for text with no UTF-8 in it, see core/charset.h).
  const std::string raw =
      "Bad \xC3\x28 bytes \xFF\xFE in the caf\xC3\xA9 \xE2\x80\x9Cna\xC3\xAFve\xE2\x80\x9D here. " + kParagraph + "\n";
  const MainText m = extract_text(raw);
  EXPECT_TRUE(valid_utf8(m.text));
  EXPECT_NE(m.text.find("second bridge over the river"), std::string::npos);
  EXPECT_NE(m.text.find("\xEF\xBF\xBD"), std::string::npos);  // U+FFFD where the bad bytes were
}

TEST(BadInput, NulBytesAreDropped) {
  const std::string raw = std::string("The gov\0ernments", 17) + kParagraph.substr(15) + "\n";
  const MainText m = extract_text(raw);
  EXPECT_EQ(m.text.find('\0'), std::string::npos);
  EXPECT_NE(m.text.find("governments"), std::string::npos);
}

TEST(BadInput, Utf16WithByteOrderMarkIsConverted) {
  std::string utf16 = "\xFF\xFE";  // little-endian BOM
  for (char c : kParagraph) {
    utf16.push_back(c);
    utf16.push_back('\0');
  }
  const MainText m = extract_text(utf16);
  EXPECT_NE(m.text.find("Uruguay and Paraguay"), std::string::npos);
}

TEST(BadInput, HugeSingleLineIsHandledInLinearTime) {
  std::string line;
  line.reserve(20'000'000);
  while (line.size() < 20'000'000) line += "the talks went on and on ";
  line += "until the end.";
  const MainText text = extract_text(line);
  EXPECT_EQ(text.text.size(), line.size() + 1);  // kept whole, plus the final newline
  const MainText html = extract_text("<p>" + line + "</p>", DocumentFormat::Html);
  EXPECT_EQ(html.text.size(), line.size() + 1);
}

TEST(BadInput, UnclosedNestingTenThousandDeep) {
  std::string html = "<html><body>";
  for (int i = 0; i < 10000; ++i) html += "<div><span><b>";
  html += "<p>" + kParagraph + "</p>";
  const MainText m = extract_text(html, DocumentFormat::Html);
  EXPECT_NE(m.text.find("second bridge"), std::string::npos);
}

TEST(BadInput, UnclosedTablesAndListsDoNotLoseText) {
  std::string html = "<html><body>";
  for (int i = 0; i < 5000; ++i) html += "<table><tr><td><ul><li>";
  html += kParagraph;
  const MainText m = extract_text(html, DocumentFormat::Html);
  EXPECT_NE(m.text.find("regional development bank"), std::string::npos);
}

TEST(BadInput, NestingLimitKeepsTextAndDropsOnlyDeepTags) {
  std::string out;
  EXPECT_FALSE(text::limit_html_nesting("<div><p>a</p></div>", 4, out));
  ASSERT_TRUE(text::limit_html_nesting("<div><div><div>x</div></div></div>", 2, out));
  EXPECT_EQ(out, "<div><div>x</div></div>");
  // Script text containing markup is not counted as tags.
  EXPECT_FALSE(text::limit_html_nesting("<script>var s = '<div><div><div>';</script><div>y</div>", 2, out));
}

TEST(BadInput, MarkupFedAsTextIsJustText) {
  const MainText m = extract_text("<<<>>> </div></div> <p <a href=");
  EXPECT_TRUE(valid_utf8(m.text));
}

}  // namespace
}  // namespace irkg
