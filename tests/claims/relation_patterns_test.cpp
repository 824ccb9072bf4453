// The pattern language of data/relations.tsv (rows in data/relations/): inflections, modifiers inside a phrase, sets,
// "be" patterns and object slots, each on sentences of our own; and every pattern of the
// dictionary must be able to match the words it is written with.
#include <gtest/gtest.h>

#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include "extract/claims/chunks.h"
#include "extract/claims/analysis.h"
#include "extract/claims/lexicon.h"
#include "extract/claims/tagger.h"
#include "extract/extractor.h"
#include "tests/claims/extraction_test_util.h"

namespace irkg::test {
namespace {

const Lexicon& lexicon() {
  static const std::shared_ptr<const Lexicon> lex = load_lexicon();
  return *lex;
}

// The relation names of the readings found in `text`, in order.
std::vector<std::string> readings_of(const std::string& text) {
  SentenceAnalysis s;
  s.text = text;
  s.tokens = tokenize(s.text);
  for (Token& t : s.tokens) t.classes = lexicon().grammar.mask_of(t.lower);
  RecentActors recent;
  find_mentions(lexicon(), s, 0, false, recent);
  tag_tokens(s.tokens);
  find_chunks(s);
  find_clauses_and_triggers(lexicon(), s);
  std::vector<std::string> out;
  for (const Trigger& t : s.triggers)
    for (const Reading& r : t.readings) out.push_back(lexicon().relations[static_cast<std::size_t>(r.match.relation)].relation);
  return out;
}

bool reads(const std::string& text, const std::string& relation) {
  const auto r = readings_of(text);
  return std::find(r.begin(), r.end(), relation) != r.end();
}

// "SUBJ relation OBJ" for every claim that is neither negated nor hypothetical.
std::vector<std::string> claims_in(const std::string& text) {
  std::vector<std::string> out;
  for (const Claim& c : claims_of(text))
    out.push_back(c.subject.country + " " + c.relation + " " + c.object.country + (c.negated ? " (negated)" : ""));
  return out;
}

TEST(RelationPatterns, AVerbMatchesEveryInflectionIrregularOnesIncluded) {
  EXPECT_TRUE(reads("Ghana holds talks with Togo.", "negotiate"));
  EXPECT_TRUE(reads("Ghana held talks with Togo.", "negotiate"));
  EXPECT_TRUE(reads("Ghana is holding talks with Togo.", "negotiate"));
}

TEST(RelationPatterns, ModifiersMayStandBeforeTheNounOfAPhrase) {
  EXPECT_TRUE(reads("Qatar restored full diplomatic ties with Bahrain.", "align"));
  EXPECT_TRUE(reads("Morocco and Israel restored diplomatic relations.", "align"));
  EXPECT_TRUE(reads("Mali severed all diplomatic relations with Ukraine.", "sanction"));
  EXPECT_TRUE(reads("Chad signed a new defence agreement with Niger.", "sign_agreement"));
}

TEST(RelationPatterns, TheNounOfAPhraseReadsInEitherNumber) {
  EXPECT_TRUE(reads("Chad signed agreements with Niger and Mali.", "sign_agreement"));
  EXPECT_TRUE(reads("Peru cut its only diplomatic link with Venezuela.", "sanction"));
}

TEST(RelationPatterns, ModifiersNeverCrossAnActorANegatorOrAPreposition) {
  // The possessor is the frames' business, not a modifier to skip.
  EXPECT_FALSE(reads("Qatar restored Egypt's ties with Bahrain.", "align"));
  EXPECT_FALSE(reads("Qatar restored no ties with Bahrain.", "align"));
  EXPECT_FALSE(reads("Mali cut spending on relations with Ukraine.", "sanction"));
}

TEST(RelationPatterns, AnImpliedArticleReachesOnlyTheNextWord) {
  // "ignore the &CALLS_128 of": modifiers may precede the set's noun, never the "of" after it.
  EXPECT_TRUE(reads("Iran ignored the repeated calls of France.", "defy"));
  EXPECT_FALSE(reads("Iran ignored the calls again of France.", "defy"));
}

TEST(RelationPatterns, BePatternsNeedAFormOfBeBeforeThem) {
  EXPECT_TRUE(reads("Turkey was sharply critical of Greece.", "criticize"));
  EXPECT_TRUE(reads("Hungary has long been opposed to the plan.", "oppose"));
  EXPECT_TRUE(reads("Armenia and Azerbaijan remain at odds over the corridor.", "tension"));
  EXPECT_FALSE(reads("Turkey, critical of Greece, left the room.", "criticize"));
}

TEST(RelationPatterns, BePatternsKeepTheirSubjectObjectAndNegation) {
  EXPECT_EQ(claims_in("Turkey was sharply critical of Greece on Monday."),
            (std::vector<std::string>{"TUR criticize GRC"}));
  EXPECT_EQ(claims_in("Turkey was not critical of Greece."), (std::vector<std::string>{"TUR criticize GRC (negated)"}));
  EXPECT_EQ(claims_in("Ecuador remains wary of Colombia."), (std::vector<std::string>{"ECU distrust COL"}));
}

TEST(RelationPatterns, AnObjectSlotIsTheClaimsObject) {
  EXPECT_EQ(claims_in("Britain held Iran responsible for the attack on the tanker."),
            (std::vector<std::string>{"GBR accuse IRN"}));
  EXPECT_EQ(claims_in("Argentina gave Chile the cold shoulder at the summit."),
            (std::vector<std::string>{"ARG reject CHL"}));
  EXPECT_EQ(claims_in("The IMF threw Sri Lanka a lifeline in March."), (std::vector<std::string>{"IMF aid LKA"}));
  // An object slot may be the possessor of the pattern's noun.
  EXPECT_EQ(claims_in("Poland questioned Hungary's loyalty to the alliance."),
            (std::vector<std::string>{"POL distrust HUN"}));
}

TEST(RelationPatterns, SetsStandForEachOfTheirWords) {
  EXPECT_TRUE(reads("Peru cut ties with Venezuela.", "sanction"));
  EXPECT_TRUE(reads("Peru cut relations with Venezuela.", "sanction"));
  EXPECT_TRUE(reads("Peru cut its remaining links with Venezuela.", "sanction"));
}

TEST(RelationPatterns, ASentenceWithTheLongerPhraseMakesOneClaim) {
  // "lifted the restrictions on" is one phrase (ease); the restrictions inside make no claim
  // of their own once it made one. (Sanctions named as such are presupposed by their easing:
  // "lifted the sanctions on Belarus" also says Canada had sanctioned Belarus.)
  EXPECT_EQ(claims_in("Canada lifted the remaining restrictions on Belarus."), (std::vector<std::string>{"CAN ease BLR"}));
  EXPECT_EQ(claims_in("Canada lifted the remaining sanctions on Belarus."),
            (std::vector<std::string>{"CAN sanction BLR", "CAN ease BLR"}));
}

// Every pattern of the dictionary, written out as text ("be" as "was", a set as its first
// word, OBJ as an actor), must be read as its own relation: an entry that can never match
// (as "be critical of" could not, when "be" was inflected as a verb) fails here.
TEST(RelationPatterns, EveryDictionaryPatternMatchesItsOwnWords) {
  std::istringstream in(relation_tables());
  std::map<std::string, std::string> first_of_set;
  std::string line;
  int checked = 0, dead = 0;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    std::vector<std::string> f;
    std::stringstream fields(line);
    for (std::string x; std::getline(fields, x, '\t');) f.push_back(x);
    if (f[0] == "set") {
      first_of_set[f[1]] = f[2].substr(0, f[2].find('|'));
      continue;
    }
    std::stringstream phrases(f[1]);
    for (std::string phrase; std::getline(phrases, phrase, '|');) {
      std::stringstream words(phrase);
      std::string text;
      bool first = true;
      for (std::string w; words >> w; first = false) {
        if (first && w == "be") w = "was";
        else if (w == "OBJ") w = "Kenya";
        else if (w == "OBJ's") w = "Kenya's";
        else if (w.front() == '&') w = first_of_set.at(w);
        else if (w.front() == '(') w = w.substr(1, w.size() - 2);
        text += " " + w;
      }
      // Noun and pair phrases need no subject; a capitalised actor before would make some
      // of them possessed ("Mali's"), which is fine: only the reading is checked.
      const std::string sentence = "Mali" + text + " Chad.";
      ++checked;
      if (!reads(sentence, f[2])) {
        ++dead;
        ADD_FAILURE() << "pattern '" << phrase << "' (" << f[2] << ") does not read \"" << sentence << "\"";
      }
    }
  }
  EXPECT_GT(checked, 1000);
  EXPECT_EQ(dead, 0);
}

}  // namespace
}  // namespace irkg::test
