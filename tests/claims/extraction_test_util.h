#pragma once
// Runs the extractor with the embedded dictionaries on a sentence or a short article and
// reduces the result to "SUBJ relation OBJ" strings that tests compare.
#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <set>
#include <string>
#include <vector>

#include "core/document.h"
#include "extract/extractor.h"

namespace irkg::test {

// The rows of a TAB-separated fixture, with their line numbers; blank lines and "#"
// comments skipped.
struct FixtureRow {
  int line = 0;
  std::vector<std::string> fields;
};
inline std::vector<FixtureRow> fixture_rows(const std::filesystem::path& path) {
  std::ifstream in(path);
  std::vector<FixtureRow> out;
  std::string line;
  for (int number = 1; std::getline(in, line); ++number) {
    if (line.empty() || line[0] == '#') continue;
    FixtureRow row{number, {}};
    std::size_t start = 0;
    for (std::size_t tab; (tab = line.find('\t', start)) != std::string::npos; start = tab + 1)
      row.fields.push_back(line.substr(start, tab - start));
    row.fields.push_back(line.substr(start));
    out.push_back(std::move(row));
  }
  return out;
}

// data/relations.tsv and every file of data/relations/, in the order the lexicon loads them:
// the whole relation dictionary as one text.
inline std::string relation_tables() {
  const std::filesystem::path data = std::filesystem::path(IRKG_SOURCE_DIR) / "data";
  std::vector<std::filesystem::path> files;
  for (const auto& entry : std::filesystem::directory_iterator(data / "relations"))
    if (entry.path().extension() == ".tsv") files.push_back(entry.path());
  std::sort(files.begin(), files.end());
  files.insert(files.begin(), data / "relations.tsv");
  std::string text;
  for (const auto& f : files) {
    std::ifstream in(f);
    text += std::string(std::istreambuf_iterator<char>(in), {}) + "\n";
  }
  return text;
}

inline const Extractor& shared_extractor() {
  static const Extractor extractor(load_lexicon());
  return extractor;
}

inline std::vector<Claim> claims_of(const std::string& text, const std::string& published = "2021-06-23") {
  Document doc;
  doc.id = "test";
  doc.text = text;
  doc.published = published;
  doc.outlet = "Test Outlet";
  return shared_extractor().extract(doc);
}

// Unordered country pairs with polarity: "CHN-JPN -" (what the document-level scorer sees).
inline std::set<std::string> pairs_of(const std::string& text, const std::string& published = "2021-06-23") {
  std::set<std::string> out;
  for (const Claim& c : claims_of(text, published)) {
    if (c.negated || c.polarity == 0) continue;
    std::string a = c.subject.country, b = c.object.country;
    if (b < a) std::swap(a, b);
    out.insert(a + "-" + b + (c.polarity > 0 ? " +" : " -"));
  }
  return out;
}

// Directed claims with their relation: "POL oppose RUS"; a negated claim reads "not POL
// oppose RUS". For tests where who acts on whom, and how, is the point.
inline std::set<std::string> triples_of(const std::string& text, const std::string& published = "2021-06-23") {
  std::set<std::string> out;
  for (const Claim& c : claims_of(text, published))
    out.insert((c.negated ? "not " : "") + c.subject.id + " " + c.relation + " " + c.object.id);
  return out;
}

}  // namespace irkg::test
