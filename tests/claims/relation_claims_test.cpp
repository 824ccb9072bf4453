// Every sentence of tests/fixtures/claims/relation_claims/*.tsv gives exactly its claims,
// relation and direction included (the pair-only fixture cannot tell "X accused Y" from
// "Y accused X", nor a criticism from a rejection).
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <cstdlib>
#include <fstream>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "tests/claims/extraction_test_util.h"

namespace irkg::test {
namespace {

struct ClaimCase {
  std::string file, sentence, expected;
  std::string modality;  // optional third column: the modality of every claim
  int line = 0;
};

std::vector<ClaimCase> load_claim_cases() {
  const std::filesystem::path dir = std::filesystem::path(IRKG_SOURCE_DIR) / "tests/fixtures/claims/relation_claims";
  std::vector<std::filesystem::path> files;
  for (const auto& entry : std::filesystem::directory_iterator(dir))
    if (entry.path().extension() == ".tsv") files.push_back(entry.path());
  std::sort(files.begin(), files.end());
  std::vector<ClaimCase> out;
  for (const auto& f : files)
    for (const FixtureRow& row : fixture_rows(f))
      out.push_back({f.filename().string(), row.fields[0], row.fields.size() > 1 ? row.fields[1] : "",
                     row.fields.size() > 2 ? row.fields[2] : "", row.line});
  return out;
}

// The sign of each relation's weight in the dictionary ("criticize" -, "aid" +).
const std::map<std::string, int>& relation_signs() {
  static const std::map<std::string, int> signs = [] {
    std::map<std::string, int> out;
    const std::string text = relation_tables();
    std::size_t start = 0;
    while (start < text.size()) {
      std::size_t end = text.find('\n', start);
      if (end == std::string::npos) end = text.size();
      const std::string line = text.substr(start, end - start);
      start = end + 1;
      if (line.empty() || line[0] == '#') continue;
      std::vector<std::string> f;
      for (std::size_t a = 0, tab; a <= line.size(); a = tab + 1) {
        tab = line.find('\t', a);
        if (tab == std::string::npos) tab = line.size();
        f.push_back(line.substr(a, tab - a));
      }
      if (f.size() < 6 || f[0] == "set") continue;
      const double weight = std::atof(f[5].c_str());
      if (weight != 0) out.emplace(f[2], weight > 0 ? 1 : -1);
    }
    return out;
  }();
  return signs;
}

// The claims of a sentence as the fixture writes them: "CAN criticize CHN; not RUS ..." with
// country codes. A claim whose polarity is not its relation's own sign (a stance flips it:
// "vetoed a resolution condemning Syria" is for Syria) carries "(+)" or "(-)" after the
// relation, so the fixture checks the sign too.
// With `modality`, a claim of another modality is written with it in brackets, so it
// shows up as a difference.
std::string claims_line(const std::string& sentence, const std::string& modality = "") {
  std::set<std::string> parts;
  for (const Claim& c : claims_of(sentence)) {
    const auto sign = relation_signs().find(c.relation);
    const std::string flipped = sign != relation_signs().end() && c.polarity != 0 && c.polarity != sign->second
                                    ? (c.polarity > 0 ? "(+)" : "(-)")
                                    : "";
    parts.insert((c.negated ? "not " : "") + c.subject.country + " " + c.relation + flipped + " " + c.object.country +
                 (modality.empty() || c.modality == modality ? "" : " (" + c.modality + ")"));
  }
  if (parts.empty()) return "none";
  std::string out;
  for (const std::string& p : parts) out += (out.empty() ? "" : "; ") + p;
  return out;
}

TEST(RelationClaims, EverySentenceGivesExactlyItsClaims) {
  const auto cases = load_claim_cases();
  int failures = 0;
  for (const ClaimCase& c : cases) {
    const std::string got = claims_line(c.sentence, c.modality);
    if (got != c.expected) {
      ++failures;
      ADD_FAILURE() << c.file << ":" << c.line << ": \"" << c.sentence << "\"\n  expected: " << c.expected
                    << (c.modality.empty() ? "" : " (all " + c.modality + ")") << "\n  got:      " << got;
    }
  }
  EXPECT_EQ(failures, 0);
}

}  // namespace
}  // namespace irkg::test
