// Dictionary loading, tokenizing, sentence splitting and verb inflection.
#include <gtest/gtest.h>

#include "tests/claims/temp_file.h"

#include <cstdio>
#include <filesystem>
#include <fstream>

#include "core/document.h"
#include "extract/claims/lexicon.h"
#include "extract/claims/sentences.h"
#include "extract/claims/tokenizer.h"
#include "extract/extractor.h"

namespace irkg {
namespace {

using test::temp_file;

TEST(Tokenizer, SplitsPossessivesKeepsAbbreviationsAndMarksHyphenJoins) {
  const auto toks = tokenize("Russia's U.S.-backed Sino-Japanese talks, 1,000 troops");
  std::vector<std::string> words;
  for (const Token& t : toks) words.push_back(t.lower);
  EXPECT_EQ(words, (std::vector<std::string>{"russia", "'s", "u.s.", "-", "backed", "sino", "-", "japanese", "talks",
                                             ",", "1,000", "troops"}));
  EXPECT_TRUE(toks[7].joined);   // "Japanese" right after the hyphen
  EXPECT_FALSE(toks[8].joined);  // "talks" after a space
  EXPECT_TRUE(toks[0].capitalized);
}

// A model designation is one word; other hyphens still split, and a number after a word's
// hyphen ("Russia-2024", "over-10s") or a long prefix is no designation.
TEST(Tokenizer, ModelDesignationsStayWhole) {
  const auto toks = tokenize("F-16s, MiG-29 and S-400 batteries for the G-20, not Russia-2024 or ABCD-12");
  std::vector<std::string> words;
  for (const Token& t : toks) words.push_back(t.lower);
  EXPECT_EQ(words, (std::vector<std::string>{"f-16s", ",", "mig-29", "and", "s-400", "batteries", "for", "the", "g-20", ",",
                                             "not", "russia", "-", "2024", "or", "abcd", "-", "12"}));
}

TEST(Tokenizer, DollarPrefixesAreCurrencySignsNotStates) {
  const auto toks = tokenize("paid US$3 million and S$15 million, not US $ or USD$");
  std::vector<std::string> words, raws;
  for (const Token& t : toks) {
    words.push_back(t.lower);
    raws.push_back(std::string(t.raw));
  }
  EXPECT_EQ(words, (std::vector<std::string>{"paid", "$", "3", "million", "and", "$", "15", "million", ",", "not", "us", "$", "or", "usd",
                                             "$"}));
  EXPECT_EQ(raws[1], "US$");
  EXPECT_EQ(raws[5], "S$");
  EXPECT_FALSE(toks[1].word);
}

TEST(Tokenizer, CurlyApostropheAndNonAsciiLetters) {
  const auto toks = tokenize("Erdoğan’s envoy");
  ASSERT_EQ(toks.size(), 3u);
  EXPECT_EQ(toks[0].raw, "Erdoğan");
  EXPECT_EQ(toks[1].lower, "'s");
}

TEST(Sentences, AbbreviationsAndInitialsDoNotSplit) {
  const std::string text = "Gen. Smith met George W. Bush in the U.S. capital. Talks ended.\nNext paragraph";
  const auto spans = split_sentences(text, {"gen", "u.s"});
  ASSERT_EQ(spans.size(), 3u);
  EXPECT_EQ(text.substr(spans[0].start, spans[0].end - spans[0].start),
            "Gen. Smith met George W. Bush in the U.S. capital.");
  EXPECT_EQ(text.substr(spans[2].start, spans[2].end - spans[2].start), "Next paragraph");
}

TEST(Inflection, RegularAndIrregularForms) {
  Grammar g;
  g.classes["irregular:meet"] = {"meets/3", "met/past", "met/pp", "meeting/ing"};
  const auto court = inflect_verb("court", g);
  EXPECT_EQ(court.finite, (std::vector<std::string>{"court", "courts", "courted"}));
  EXPECT_EQ(court.gerund, (std::vector<std::string>{"courting"}));
  EXPECT_EQ(inflect_verb("ban", g).participle, (std::vector<std::string>{"banned"}));
  EXPECT_EQ(inflect_verb("rely", g).finite[1], "relies");
  EXPECT_EQ(inflect_verb("condemn", g).finite[1], "condemns");
  EXPECT_EQ(inflect_verb("oppose", g).gerund[0], "opposing");
  const auto meet = inflect_verb("meet", g);
  EXPECT_NE(std::find(meet.participle.begin(), meet.participle.end(), "met"), meet.participle.end());
}

// A class the frames test but grammar.tsv misspells or lacks would silently never match.
TEST(LexiconFiles, EveryWordClassTheFramesTestHasWords) {
  const auto lex = load_lexicon();
  for (std::string_view cls : kWordClasses) EXPECT_FALSE(lex->grammar.words(cls).empty()) << cls;
}

TEST(LexiconFiles, ActorTypesAreParsedAndNamed) {
  const auto lex = load_lexicon();
  const ActorEntry& japan = lex->actors[static_cast<std::size_t>(lex->actor_by_id.at("JPN"))];
  EXPECT_EQ(japan.type, ActorType::State);
  EXPECT_EQ(actor_type_name(japan.type), "state");
  EXPECT_TRUE(japan.territorial());
}

TEST(LexiconFiles, MalformedLinesNameFileAndLine) {
  Lexicon lex;
  try {
    load_relation_table(lex, "# comment\nverb\tcondemn\tcondemn\tDISAPPROVE\t111\tvery bad\n", "mine.tsv");
    FAIL() << "accepted a non-numeric weight";
  } catch (const std::runtime_error& e) {
    EXPECT_STREQ(e.what(), "mine.tsv:2: weight 'very bad' is not a number in -10..10");
  }
  EXPECT_THROW(load_actor_table(lex, "XXA\tplanet\tXXA\tname=Xanadu\n", "a.tsv"), std::runtime_error);
  EXPECT_THROW(load_actor_table(lex, "XXA\tstate\tXXA\tname\n", "a.tsv"), std::runtime_error);
  EXPECT_THROW(load_actor_table(lex, "person:x\tperson\tXXA\trole=head_of_state:2020-13-01:\n", "a.tsv"),
               std::runtime_error);
}

TEST(LexiconFiles, UserFilesAddActorsAndRelations) {
  const std::string actors = temp_file("actors.tsv", "#! actors\nXXA\tstate\tXXA\tname=Freedonia\tmetonym=Fredville\n");
  const std::string relations = temp_file("relations.tsv", "#! relations\nverb\tsnub diplomatically\tsnub\tREJECT\t120\t-3\n");
  const Extractor x(load_lexicon({actors, relations}));
  Document doc;
  doc.id = "d";
  doc.text = "Fredville snubbed diplomatically Sylvania and Chile.";
  const auto claims = x.extract(doc);
  ASSERT_EQ(claims.size(), 1u);
  EXPECT_EQ(claims.front().subject.id, "XXA");
  EXPECT_EQ(claims.front().object.id, "CHL");
  EXPECT_EQ(claims.front().relation, "snub");
  EXPECT_EQ(x.resolve_actor("freedonia"), "XXA");
  EXPECT_NE(lexicon_version(*load_lexicon({actors})), lexicon_version(*load_lexicon()));
  std::filesystem::remove(actors);
  std::filesystem::remove(relations);
}

TEST(LexiconFiles, UnknownKindAndMissingFileAreErrors) {
  const std::string odd = temp_file("odd.tsv", "hello\tworld\n");
  EXPECT_THROW(load_lexicon({odd}), std::runtime_error);
  EXPECT_THROW(load_lexicon({"/nonexistent/lexicon.tsv"}), std::runtime_error);
  std::filesystem::remove(odd);
}

}  // namespace
}  // namespace irkg
