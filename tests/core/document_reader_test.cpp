#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include <unistd.h>

#include "core/document_reader.h"

namespace irkg {
namespace {

namespace fs = std::filesystem;

struct Collected {
  std::vector<Document> docs;
  std::vector<std::string> errors;
  DocumentReader reader(DocumentOverrides o = {}) {
    return DocumentReader(
        std::move(o), [this](Document&& d) { docs.push_back(std::move(d)); },
        [this](const std::string& where, const std::string& problem) { errors.push_back(where + ": " + problem); });
  }
};

class TempTree {
 public:
  TempTree() : root_(fs::temp_directory_path() / ("irkg-reader-" + std::to_string(::getpid()))) {
    fs::remove_all(root_);
    fs::create_directories(root_);
  }
  ~TempTree() { fs::remove_all(root_); }
  std::string write(const std::string& rel, const std::string& content) {
    const fs::path p = root_ / rel;
    fs::create_directories(p.parent_path());
    std::ofstream(p, std::ios::binary) << content;
    return p.string();
  }
  std::string path() const { return root_.string(); }

 private:
  fs::path root_;
};

TEST(Utf8, InvalidBytesBecomeReplacementCharacters) {
  EXPECT_EQ(to_clean_utf8("Tokyo \xff Moscow"), "Tokyo \xEF\xBF\xBD Moscow");
  EXPECT_EQ(to_clean_utf8("caf\xC3\xA9"), "caf\xC3\xA9");                   // valid stays
  EXPECT_EQ(to_clean_utf8("\xC0\xAF"), "\xEF\xBF\xBD\xEF\xBF\xBD");           // overlong
  EXPECT_EQ(to_clean_utf8("\xED\xA0\x80"), "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD");  // surrogate
  EXPECT_EQ(to_clean_utf8(std::string("a\0b", 3)), "ab");
}

TEST(Utf8, Utf16WithBomIsConverted) {
  const std::string le("\xFF\xFE" "J\0a\0p\0a\0n\0", 12);
  EXPECT_EQ(to_clean_utf8(le), "Japan");
  const std::string be("\xFE\xFF\0R\0u\0s", 8);
  EXPECT_EQ(to_clean_utf8(be), "Rus");
  EXPECT_EQ(to_clean_utf8("\xEF\xBB\xBFIndia"), "India");
}

TEST(Utf8, BinaryIsRecognised) {
  std::string junk;
  for (int i = 0; i < 1000; ++i) junk.push_back(static_cast<char>(i * 37 % 256));
  EXPECT_TRUE(looks_binary(junk));
  EXPECT_FALSE(looks_binary("Japan and Russia agreed.\nNew paragraph.\n"));
  EXPECT_FALSE(looks_binary(""));
}

TEST(DocumentReader, ReadsTextHtmlAndJsonlFilesAndWalksDirectoriesInOrder) {
  TempTree t;
  t.write("b/page.html", "<html><body><p>Seoul protested.</p></body></html>");
  t.write("a/story.txt", "Tokyo protested.\n");
  t.write("c/docs.jsonl", "{\"id\":\"x1\",\"text\":\"One.\",\"outlet\":\"Wire\",\"published\":\"2021-06-23\"}\n");
  t.write("notes.md", "# not news\n");
  t.write(".hidden/skip.txt", "hidden\n");
  Collected c;
  auto reader = c.reader();
  reader.read_input(t.path());
  ASSERT_EQ(c.docs.size(), 3u);
  EXPECT_EQ(c.docs[0].id, t.path() + "/a/story.txt");
  EXPECT_EQ(c.docs[0].format, DocumentFormat::Text);
  EXPECT_EQ(c.docs[1].format, DocumentFormat::Html);
  EXPECT_EQ(c.docs[2].id, "x1");
  EXPECT_EQ(c.docs[2].outlet, "Wire");
  EXPECT_EQ(c.docs[2].published, "2021-06-23");
  EXPECT_TRUE(c.errors.empty());
}

TEST(DocumentReader, CommandLineMetadataOverridesDocumentMetadata) {
  Collected c;
  auto reader = c.reader({"Harbour Times", "https://example.org/a", "2020-07-19", ""});
  std::istringstream in("{\"id\":\"a\",\"text\":\"x\",\"outlet\":\"Other\",\"published\":\"2019-01-01\"}\n");
  reader.read_jsonl(in, "in");
  ASSERT_EQ(c.docs.size(), 1u);
  EXPECT_EQ(c.docs[0].outlet, "Harbour Times");
  EXPECT_EQ(c.docs[0].url, "https://example.org/a");
  EXPECT_EQ(c.docs[0].published, "2020-07-19");
}

TEST(DocumentReader, BadJsonlLinesAreReportedWithLineNumbersAndSkipped) {
  Collected c;
  auto reader = c.reader();
  std::istringstream in(
      "{\"id\":\"ok\",\"html\":\"<p>Beijing objected.</p>\"}\n"
      "\n"
      "{broken\n"
      "[1,2,3]\n"
      "{\"id\":\"notext\",\"title\":\"t\"}\n"
      "{\"text\":\"no id here\",\"published\":\"June 23, 2021\"}\n");
  reader.read_jsonl(in, "feed.jsonl");
  ASSERT_EQ(c.docs.size(), 2u);
  EXPECT_EQ(c.docs[0].format, DocumentFormat::Html);
  EXPECT_EQ(c.docs[1].id, "feed.jsonl:6");           // falls back to file:line
  EXPECT_TRUE(c.docs[1].published.empty());          // an unparseable date is dropped, with a warning
  EXPECT_EQ(reader.report().skipped, 3u);
  ASSERT_EQ(c.errors.size(), 4u);
  EXPECT_NE(c.errors[0].find("feed.jsonl:3"), std::string::npos);
  EXPECT_NE(c.errors[2].find("neither"), std::string::npos);
  EXPECT_NE(c.errors[3].find("June 23, 2021"), std::string::npos);
}

TEST(DocumentReader, MissingAndBinaryFilesAreSkippedWithReasons) {
  TempTree t;
  std::string junk;
  for (int i = 0; i < 2000; ++i) junk.push_back(static_cast<char>(i % 7));
  const std::string bin = t.write("junk.txt", junk);
  Collected c;
  auto reader = c.reader();
  reader.read_input(t.path() + "/missing.txt");
  reader.read_input(bin);
  EXPECT_TRUE(c.docs.empty());
  EXPECT_EQ(reader.report().skipped, 2u);
  ASSERT_EQ(c.errors.size(), 2u);
  EXPECT_NE(c.errors[0].find("no such file"), std::string::npos);
  EXPECT_NE(c.errors[1].find("binary"), std::string::npos);
}

TEST(DocumentReader, HugeSingleLineIsReadWhole) {
  TempTree t;
  const std::string line(20 * 1024 * 1024, 'a');
  const std::string p = t.write("long.txt", line);
  Collected c;
  auto reader = c.reader();
  reader.read_input(p);
  ASSERT_EQ(c.docs.size(), 1u);
  EXPECT_EQ(c.docs[0].raw.size(), line.size());
}

}  // namespace
}  // namespace irkg

namespace irkg {
namespace {

// Found by fuzz_utf8: NULs before a BOM left the BOM in the output, so a second cleaning
// changed the text again.
TEST(CleanUtf8, IsIdempotentWhenABomSurfacesAfterDroppedNuls) {
  const std::string raw("\0\0\0\xEF\xBB\xBFtWind Report\n", 19);
  const std::string once = to_clean_utf8(raw);
  EXPECT_EQ(once, "tWind Report\n");
  EXPECT_EQ(to_clean_utf8(once), once);
}

}  // namespace
}  // namespace irkg
