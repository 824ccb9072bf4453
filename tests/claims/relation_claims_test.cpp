// Every sentence of tests/fixtures/claims/relation_claims/*.tsv gives exactly its claims,
// relation and direction included (the pair-only fixture cannot tell "X accused Y" from
// "Y accused X", nor a criticism from a rejection).
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
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

// The claims of a sentence as the fixture writes them: "CAN criticize CHN; not RUS ..." with
// country codes.
// With `modality`, a claim of another modality is written with it in brackets, so it
// shows up as a difference.
std::string claims_line(const std::string& sentence, const std::string& modality = "") {
  std::set<std::string> parts;
  for (const Claim& c : claims_of(sentence))
    parts.insert((c.negated ? "not " : "") + c.subject.country + " " + c.relation + " " + c.object.country +
                 (modality.empty() || c.modality == modality ? "" : " (" + c.modality + ")"));
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
