// Relation verbs take their forms from Debian's verb table (extract/claims/morphology.h),
// plus any irregular:VERB row of data/grammar.tsv; verbs in neither are inflected by rule.
// A verb phrase starting with an irregular English verb in neither silently misses its
// past tense ("froze", "cut"): this test catches that when the dictionary grows.
#include <gtest/gtest.h>

#include <fstream>
#include <set>
#include <sstream>
#include <string>

#include "extract/claims/morphology.h"
#include "tests/claims/extraction_test_util.h"

namespace {

std::string read(const std::string& path) {
  std::ifstream in(std::string(IRKG_SOURCE_DIR) + path);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// English verbs whose past or participle the regular rule gets wrong (or whose final
// consonant it does not double), as far as they could start a relation phrase.
const std::set<std::string> kIrregular = {
    "arise", "bear", "beat", "become", "begin", "bind", "blow", "break", "bring", "build", "buy", "catch",
    "choose", "come", "cut", "deal", "dig", "draw", "drive", "eat", "fall", "feed", "feel", "fight", "find",
    "flee", "fly", "forbid", "forget", "forgive", "freeze", "get", "give", "go", "grow", "hang", "have", "hear",
    "hide", "hit", "hold", "keep", "know", "lay", "lead", "leave", "lend", "let", "lose", "make", "mean", "meet",
    "overcome", "overrun", "overtake", "overthrow", "pay", "put", "quit", "read", "rebuild", "retake", "ride",
    "rise", "run", "say", "scrap", "see", "seek", "sell", "send", "set", "shake", "shoot", "show", "shut", "sing",
    "sink", "sit", "slay", "speak", "spend", "split", "spread", "stand", "steal", "stick", "strike", "swear",
    "sweep", "take", "teach", "tear", "tell", "think", "throw", "undertake", "understand", "uphold", "wage",
    "wake", "wear", "win", "withdraw", "withhold", "withstand", "write"};

TEST(IrregularVerbs, EveryIrregularRelationVerbHasItsForms) {
  std::set<std::string> covered;
  std::istringstream grammar(read("/data/grammar.tsv"));
  for (std::string line; std::getline(grammar, line);)
    if (line.rfind("irregular:", 0) == 0) covered.insert(line.substr(10, line.find('\t') - 10));
  ASSERT_FALSE(covered.empty());

  std::istringstream relations(irkg::test::relation_tables());
  std::set<std::string> missing;
  for (std::string line; std::getline(relations, line);) {
    if (line.rfind("verb\t", 0) != 0) continue;
    std::istringstream fields(line);
    std::string frame, phrases, rest, options;
    std::getline(fields, frame, '\t');
    std::getline(fields, phrases, '\t');
    for (int i = 0; i < 4 && std::getline(fields, rest, '\t');) ++i;
    std::getline(fields, options, '\t');
    if (options.find("literal") != std::string::npos) continue;  // written out in full
    std::istringstream alternatives(phrases);
    for (std::string phrase; std::getline(alternatives, phrase, '|');) {
      const std::string first = phrase.substr(0, phrase.find(' '));
      if (kIrregular.count(first) && !covered.count(first) && !irkg::known_verb(first)) missing.insert(first);
    }
  }
  std::string list;
  for (const auto& v : missing) list += " " + v;
  EXPECT_TRUE(missing.empty()) << "no irregular: row in data/grammar.tsv for:" << list;
}

}  // namespace
