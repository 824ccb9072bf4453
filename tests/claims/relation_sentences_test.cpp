// Every relation row has sentences of our own (tests/fixtures/claims/relation_sentences.tsv)
// and each must give exactly the listed pairs: a dictionary change that breaks a kind of
// sentence fails here, naming the sentence.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "extraction_test_util.h"

namespace irkg::test {
namespace {

struct Case {
  std::string relation, sentence, expected;
  int line = 0;
};

std::vector<Case> load_cases() {
  std::vector<Case> out;
  for (FixtureRow& row : fixture_rows(std::string(IRKG_SOURCE_DIR) + "/tests/fixtures/claims/relation_sentences.tsv")) {
    row.fields.resize(3);
    out.push_back({row.fields[0], row.fields[1], row.fields[2], row.line});
  }
  return out;
}

std::string joined(const std::set<std::string>& pairs) {
  if (pairs.empty()) return "none";
  std::string out;
  for (const std::string& p : pairs) out += (out.empty() ? "" : "; ") + p;
  return out;
}

TEST(RelationSentences, EveryFixtureSentenceGivesItsPairs) {
  const auto cases = load_cases();
  ASSERT_GE(cases.size(), 80u) << "fixture missing or truncated";
  int failures = 0;
  for (const Case& c : cases) {
    const std::string got = joined(pairs_of(c.sentence));
    if (got != c.expected) {
      ++failures;
      ADD_FAILURE() << "line " << c.line << " (" << c.relation << "): \"" << c.sentence << "\"\n  expected: "
                    << c.expected << "\n  got:      " << got;
    }
  }
  EXPECT_EQ(failures, 0);
}

// A claim id names one claim: two dictionary rows giving one phrase the same relation
// used to emit every such claim twice ("bomb" was in two attack rows).
TEST(RelationSentences, NoSentenceGivesTheSameClaimTwice) {
  for (const Case& c : load_cases()) {
    std::set<std::string> ids;
    for (const Claim& claim : claims_of(c.sentence))
      EXPECT_TRUE(ids.insert(claim.id).second) << "line " << c.line << ": claim " << claim.subject.id << " "
                                               << claim.relation << " " << claim.object.id << " given twice";
  }
}

TEST(RelationSentences, EveryRelationOfTheDictionaryHasASentence) {
  std::set<std::string> covered;
  for (const Case& c : load_cases()) covered.insert(c.relation);
  // tests/fixtures/claims/relation_claims/*.tsv name the relation in their expected claims.
  for (const auto& entry : std::filesystem::directory_iterator(std::string(IRKG_SOURCE_DIR) +
                                                              "/tests/fixtures/claims/relation_claims")) {
    if (entry.path().extension() != ".tsv") continue;
    std::ifstream claims(entry.path());
    for (std::string line; std::getline(claims, line);) {
      if (line.empty() || line[0] == '#') continue;
      std::istringstream parts(line.substr(line.find('\t') + 1));
      for (std::string claim; std::getline(parts, claim, ';');) {
        std::istringstream words(claim);
        std::string a, relation;
        words >> a;
        if (a == "not") words >> a;
        if (words >> relation) covered.insert(relation);
      }
    }
  }
  std::istringstream in(relation_tables());
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    std::istringstream fields(line);
    std::string frame, phrases, relation;
    std::getline(fields, frame, '\t');
    std::getline(fields, phrases, '\t');
    std::getline(fields, relation, '\t');
    if (frame == "set") continue;  // a synonym set, not a relation
    // A row that copies another act makes no claim of its own; its sentences name the act
    // copied (relation_claims/00_structure.tsv).
    if (line.find("copies-act") != std::string::npos) continue;
    EXPECT_TRUE(covered.count(relation)) << "relation '" << relation << "' has no test sentence";
  }
}

}  // namespace
}  // namespace irkg::test
