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

// In text that is UTF-8 (more well-formed multi-byte characters than bad bytes), bad
// bytes become U+FFFD; "\xC3\xA9" (e acute) is the UTF-8 that makes each case UTF-8.
TEST(Utf8, InvalidBytesInUtf8TextBecomeReplacementCharacters) {
  const std::string e = "\xC3\xA9";
  EXPECT_EQ(to_clean_utf8("Tokyo \xff Mosc" + e + "w"), "Tokyo \xEF\xBF\xBD Mosc" + e + "w");
  EXPECT_EQ(to_clean_utf8("caf" + e), "caf" + e);  // valid stays
  EXPECT_EQ(to_clean_utf8(e + e + "\xC0\xAF"), e + e + "\xEF\xBF\xBD\xEF\xBF\xBD");  // overlong
  EXPECT_EQ(to_clean_utf8(e + e + e + "\xED\xA0\x80"), e + e + e + "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD");  // surrogate
  EXPECT_EQ(to_clean_utf8(std::string("a\0b", 3)), "ab");
}

// Issue 19 item 7: Windows-1252 / Latin-1 text is decoded, not turned into U+FFFD.
TEST(Utf8, TextThatIsNotUtf8IsReadAsWindows1252) {
  EXPECT_EQ(to_clean_utf8("Fran\xE7ois Hollande\x92s France"), "Fran\xC3\xA7ois Hollande\xE2\x80\x99s France");
  EXPECT_EQ(to_clean_utf8("\x80 5, \x93quoted\x94 \x81"), "\xE2\x82\xAC 5, \xE2\x80\x9Cquoted\xE2\x80\x9D \xC2\x81");
  EXPECT_EQ(to_clean_utf8(std::string("M\xFCnchen\0", 9)), "M\xC3\xBCnchen");  // NUL dropped as in UTF-8
  // Decoding is idempotent: the result is UTF-8 and stays as it is.
  const std::string once = to_clean_utf8("Fran\xE7ois");
  EXPECT_EQ(to_clean_utf8(once), once);
}

TEST(Utf8, DeclaredCharsetIsDecoded) {
  const std::string latin = "Fran\xE7ois \xE9t\xE9";
  EXPECT_EQ(to_clean_utf8(latin, {Charset::Windows1252, "iso-8859-1"}), "Fran\xC3\xA7ois \xC3\xA9t\xC3\xA9");
  // A page declared UTF-8 keeps U+FFFD for its bad bytes.
  EXPECT_EQ(to_clean_utf8("Fran\xE7ois", {Charset::Utf8, "utf-8"}), "Fran\xEF\xBF\xBDois");
  // Other charsets go through iconv: windows-1251 "\xCC\xEE\xF1\xEA\xE2\xE0" is "Moskva" in Cyrillic.
  EXPECT_EQ(to_clean_utf8("\xCC\xEE\xF1\xEA\xE2\xE0", {Charset::Other, "windows-1251"}),
            "\xD0\x9C\xD0\xBE\xD1\x81\xD0\xBA\xD0\xB2\xD0\xB0");
  // A label nobody knows falls back to the bytes.
  EXPECT_EQ(to_clean_utf8("Fran\xE7ois", {Charset::Other, "x-no-such-charset"}), "Fran\xC3\xA7ois");
  // A byte-order mark wins over the declaration.
  EXPECT_EQ(to_clean_utf8("\xEF\xBB\xBF" "caf\xC3\xA9", {Charset::Windows1252, "windows-1252"}), "caf\xC3\xA9");
}

TEST(Utf8, HtmlCharsetDeclarationsAreFound) {
  EXPECT_EQ(declared_html_charset("<html><head><meta charset=windows-1252>").charset, Charset::Windows1252);
  EXPECT_EQ(declared_html_charset("<META CHARSET=\"ISO-8859-1\"/>").charset, Charset::Windows1252);
  EXPECT_EQ(declared_html_charset("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-1\">").charset,
            Charset::Windows1252);
  EXPECT_EQ(declared_html_charset("<meta charset='utf-8'>").charset, Charset::Utf8);
  const DeclaredCharset other = declared_html_charset("<meta name=x><meta content='text/html;charset=KOI8-R'>");
  EXPECT_EQ(other.charset, Charset::Other);
  EXPECT_EQ(other.label, "koi8-r");
  EXPECT_EQ(declared_html_charset("<meta name=\"description\" content=\"charsets\">").charset, Charset::Unknown);
  // Only the first 1024 bytes count, as in browsers.
  EXPECT_EQ(declared_html_charset(std::string(1100, ' ') + "<meta charset=latin1>").charset, Charset::Unknown);
}

TEST(DocumentReader, CrOnlyLineEndsBecomeLines) {
  std::string text = "Menu\rHome\r\nWorld\r";
  break_lone_carriage_returns(text);
  EXPECT_EQ(text, "Menu\nHome\r\nWorld\n");
  Collected c;
  auto reader = c.reader();
  std::istringstream in("{\"id\":\"a\",\"text\":\"One.\"}\r{\"id\":\"b\",\"text\":\"Two.\\rThree.\"}\r");
  reader.read_jsonl(in, "mac.jsonl");
  ASSERT_EQ(c.docs.size(), 2u);
  EXPECT_EQ(c.docs[1].id, "b");
  EXPECT_EQ(c.docs[1].raw, "Two.\nThree.");
  EXPECT_TRUE(c.errors.empty());
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
  EXPECT_EQ(c.docs[1].id.rfind("content:", 0), 0u);  // no id: named by its content
  EXPECT_TRUE(c.docs[1].published.empty());          // an unparseable date is dropped, with a warning
  EXPECT_EQ(reader.report().skipped, 3u);
  ASSERT_EQ(c.errors.size(), 4u);
  EXPECT_NE(c.errors[0].find("feed.jsonl:3"), std::string::npos);
  EXPECT_NE(c.errors[2].find("neither"), std::string::npos);
  EXPECT_NE(c.errors[3].find("June 23, 2021"), std::string::npos);
}

// Issue 19 item 4: how a path was typed must not make another document.
TEST(DocumentReader, AFileIsOneDocumentHoweverItsPathIsSpelled) {
  TempTree t;
  const std::string file = t.write("samples/x.txt", "Tokyo protested.\n");
  fs::create_directories(t.path() + "/other");
  fs::create_symlink(file, t.path() + "/other/link.txt");
  Collected c;
  auto reader = c.reader();
  const fs::path cwd = fs::current_path();
  fs::current_path(t.path());
  for (const std::string spelling : {"samples/x.txt", "./samples/x.txt", "samples//x.txt", "other/../samples/x.txt",
                                     "other/link.txt"})
    reader.read_input(spelling);
  reader.read_input(file);
  fs::current_path(cwd);
  ASSERT_EQ(c.docs.size(), 6u);
  for (const Document& d : c.docs) EXPECT_EQ(d.id, fs::canonical(file).string());
}

TEST(DocumentReader, AJsonlDocumentWithoutIdIsNamedByItsContent) {
  Collected c;
  auto reader = c.reader();
  std::istringstream first("{\"text\":\"Seoul objected.\",\"outlet\":\"Wire\"}\n");
  std::istringstream second(
      "{\"text\":\"Seoul protested.\",\"outlet\":\"Wire\"}\n"
      "{\"outlet\":\"Wire\",  \"text\":\"Seoul objected.\"}\n"
      "{\"text\":\"Seoul objected.\",\"outlet\":\"Post\"}\n");
  reader.read_jsonl(first, "a.jsonl");
  reader.read_jsonl(second, "<stdin>");
  ASSERT_EQ(c.docs.size(), 4u);
  EXPECT_EQ(c.docs[0].id, c.docs[2].id);  // same document on another line of another input
  EXPECT_NE(c.docs[0].id, c.docs[1].id);  // other text
  EXPECT_NE(c.docs[0].id, c.docs[3].id);  // other outlet
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
