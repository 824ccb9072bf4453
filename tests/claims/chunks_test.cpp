// Chunks of tagged news sentences: noun phrases, verb groups, prepositions.
#include <gtest/gtest.h>

#include <memory>
#include <string>

#include "extract/claims/analysis.h"
#include "extract/claims/chunks.h"
#include "extract/claims/lexicon.h"
#include "extract/claims/tagger.h"
#include "extract/extractor.h"

namespace irkg::test {
namespace {

// The sentence with chunks bracketed: [NP ...] {VG ...} <P ...>.
std::string chunked(const std::string& text) {
  static const std::shared_ptr<const Lexicon> lex = load_lexicon();
  SentenceAnalysis s;
  s.text = text;
  s.tokens = tokenize(s.text);
  for (Token& t : s.tokens) t.classes = lex->grammar.mask_of(t.lower);
  RecentActors recent;
  find_mentions(*lex, s, 0, false, recent);
  tag_tokens(s.tokens);
  find_chunks(s);
  std::string out;
  for (std::size_t i = 0; i < s.tokens.size(); ++i) {
    const std::int32_t c = s.chunk_at[i];
    const bool opens = c >= 0 && s.chunks[static_cast<std::size_t>(c)].begin == i;
    if (!out.empty()) out += ' ';
    if (opens) {
      const ChunkKind k = s.chunks[static_cast<std::size_t>(c)].kind;
      out += k == ChunkKind::Noun ? "[" : k == ChunkKind::Verb ? "{" : "<";
    }
    out += std::string(s.tokens[i].raw);
    if (c >= 0 && s.chunks[static_cast<std::size_t>(c)].end == i + 1) {
      const ChunkKind k = s.chunks[static_cast<std::size_t>(c)].kind;
      out += k == ChunkKind::Noun ? "]" : k == ChunkKind::Verb ? "}" : ">";
    }
  }
  return out;
}

TEST(Chunks, NounPhrasesTakeTheirModifiersAndPossessors) {
  EXPECT_EQ(chunked("Russia's new sanctions hit Georgian wine exports."),
            "[Russia 's new sanctions] {hit} [Georgian wine exports] .");
  EXPECT_EQ(chunked("The two Gulf states restored full diplomatic ties with Qatar."),
            "[The two Gulf states] {restored} [full diplomatic ties] <with> [Qatar] .");
}

TEST(Chunks, VerbGroupsHoldAuxiliariesNegatorsAndInfinitives) {
  EXPECT_EQ(chunked("Chile has not yet recognised the new government."),
            "[Chile] {has not yet recognised} [the new government] .");
  EXPECT_EQ(chunked("Kenya is expected to sign the accord with Ethiopia."),
            "[Kenya] {is expected to sign} [the accord] <with> [Ethiopia] .");
}

TEST(Chunks, AParticipleAfterAHeadStartsAVerbGroup) {
  EXPECT_EQ(chunked("Peru opposed the invitation extended to Bolivia."),
            "[Peru] {opposed} [the invitation] {extended} <to> [Bolivia] .");
  EXPECT_EQ(chunked("An armed group attacked the border post."), "[An armed group] {attacked} [the border post] .");
}

}  // namespace
}  // namespace irkg::test
