#pragma once
// Penn Treebank parts of speech, as the tagger (tagger.h) assigns them to tokens.
// Punctuation of every kind is one class, Punct, since nothing downstream tells a comma
// from a bracket by its tag; "$" and "#" are SYM.
#include <cstdint>
#include <string_view>

namespace irkg {

enum class Pos : std::uint8_t {
  None, CC, CD, DT, EX, FW, IN, JJ, JJR, JJS, LS, MD, NN, NNS, NNP, NNPS, PDT, POS, PRP,
  PRPS /*PRP$*/, RB, RBR, RBS, RP, SYM, TO, UH, VB, VBD, VBG, VBN, VBP, VBZ, WDT, WP,
  WPS /*WP$*/, WRB, Punct
};

// Penn spelling ("PRP$", "NNS"); Punct is ".", None is "".
std::string_view pos_name(Pos);
// The inverse, also for Penn's punctuation tags (",", "``", "-LRB-", "HYPH" -> Punct) and
// "$", "#" (-> SYM); Pos::None for anything else.
Pos pos_from_name(std::string_view);

bool is_noun(Pos);         // NN NNS NNP NNPS
bool is_proper_noun(Pos);  // NNP NNPS
bool is_verb(Pos);         // VB VBD VBG VBN VBP VBZ
bool is_finite_verb(Pos);  // VBD VBP VBZ MD: a verb that makes a predicate on its own
bool is_adjective(Pos);    // JJ JJR JJS
bool is_adverb(Pos);       // RB RBR RBS
bool is_determiner(Pos);   // DT PDT PRP$ WP$: what opens a noun phrase

}  // namespace irkg
