// Tags of news sentences written for this test, and the morphology tables.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "extract/claims/morphology.h"
#include "extract/claims/tagger.h"
#include "extract/claims/tokenizer.h"

namespace irkg {
namespace {

// "word/TAG ..." for a sentence through the real tokenizer and the tagger.
std::string tagged(const std::string& text) {
  auto tokens = tokenize(text);
  tag_tokens(tokens);
  std::string out;
  for (const Token& t : tokens) {
    if (!out.empty()) out += ' ';
    out.append(t.raw).append("/").append(pos_name(t.pos));
  }
  return out;
}

TEST(Pos, NamesRoundTrip) {
  EXPECT_EQ(pos_name(Pos::PRPS), "PRP$");
  EXPECT_EQ(pos_from_name("WP$"), Pos::WPS);
  EXPECT_EQ(pos_from_name("-LRB-"), Pos::Punct);
  EXPECT_EQ(pos_from_name("bogus"), Pos::None);
  EXPECT_TRUE(is_determiner(Pos::PRPS));
  EXPECT_TRUE(is_verb(Pos::VBZ));
  EXPECT_FALSE(is_verb(Pos::MD));
}

TEST(Tagger, NewsSentences) {
  EXPECT_EQ(tagged("Turkey was sharply critical of Greece's naval drills."),
            "Turkey/NNP was/VBD sharply/RB critical/JJ of/IN Greece/NNP 's/POS naval/JJ drills/NNS ./.");
  EXPECT_EQ(tagged("The embargo was imposed by the U.S. in 1962."),
            "The/DT embargo/NN was/VBD imposed/VBN by/IN the/DT U.S./NNP in/IN 1962/CD ./.");
  EXPECT_EQ(tagged("Russian troops have seized the port."),
            "Russian/JJ troops/NNS have/VBP seized/VBN the/DT port/NN ./.");
  EXPECT_EQ(tagged("The US condemned the strikes."), "The/DT US/NNP condemned/VBD the/DT strikes/NNS ./.");
}

TEST(Tagger, UnknownWordsByShape) {
  auto tokens = tokenize("Zelvanian envoys quietly renegotiated 14,500 contracts.");
  tag_tokens(tokens);
  EXPECT_EQ(tokens[0].pos, Pos::JJ);   // a capitalised demonym before a noun
  EXPECT_EQ(tokens[2].pos, Pos::RB);   // -ly
  EXPECT_EQ(tokens[4].pos, Pos::CD);   // digits
}

TEST(Morphology, IrregularVerbs) {
  const VerbForms freeze = verb_forms("freeze");
  EXPECT_EQ(freeze.finite, (std::vector<std::string>{"freeze", "freezes", "froze"}));
  EXPECT_EQ(freeze.participle, (std::vector<std::string>{"frozen"}));
  EXPECT_EQ(freeze.gerund, (std::vector<std::string>{"freezing"}));
  EXPECT_EQ(verb_forms("shut").participle, (std::vector<std::string>{"shut"}));
  EXPECT_EQ(verb_forms("hold").participle, (std::vector<std::string>{"held"}));
  EXPECT_EQ(verb_forms("lead").finite, (std::vector<std::string>{"lead", "leads", "led"}));
  const VerbForms be = verb_forms("be");
  for (const char* f : {"am", "is", "are", "was", "were"})
    EXPECT_NE(std::find(be.finite.begin(), be.finite.end(), f), be.finite.end()) << f;
  EXPECT_EQ(be.participle, (std::vector<std::string>{"been"}));
  // Not in the table: the regular rules.
  EXPECT_EQ(verb_forms("zelvanize").finite, (std::vector<std::string>{"zelvanize", "zelvanizes", "zelvanized"}));
}

TEST(Morphology, Nouns) {
  EXPECT_EQ(noun_forms("tie"), (std::vector<std::string>{"tie", "ties"}));
  EXPECT_EQ(noun_forms("ties"), (std::vector<std::string>{"ties", "tie"}));
  EXPECT_EQ(noun_forms("crisis"), (std::vector<std::string>{"crisis", "crises"}));
  EXPECT_EQ(noun_forms("crises"), (std::vector<std::string>{"crises", "crisis"}));
  EXPECT_EQ(noun_forms("ally"), (std::vector<std::string>{"ally", "allies"}));
  // "-es" after a sibilant: both readings, since "exercises" is "exercise" + "s".
  const auto exercises = noun_forms("exercises");
  EXPECT_NE(std::find(exercises.begin(), exercises.end(), "exercise"), exercises.end());
  const auto boxes = noun_forms("boxes");
  EXPECT_NE(std::find(boxes.begin(), boxes.end(), "box"), boxes.end());
}

TEST(Morphology, Lemmas) {
  EXPECT_EQ(lemma("froze", Pos::VBD), "freeze");
  EXPECT_EQ(lemma("was", Pos::VBD), "be");
  EXPECT_EQ(lemma("led", Pos::VBN), "lead");
  EXPECT_EQ(lemma("sanctioned", Pos::VBD), "sanction");
  EXPECT_EQ(lemma("allies", Pos::NNS), "ally");
  EXPECT_EQ(lemma("crises", Pos::NNS), "crisis");
  EXPECT_EQ(lemma("better", Pos::JJR), "good");
  EXPECT_EQ(lemma("talks", Pos::NN), "talks");
}

}  // namespace
}  // namespace irkg
