// Acts that a sentence takes as given: named definitely with their owner, or as what "an
// end to" is asked of. Whatever is asked, planned or ended around them, they happened.

#include <algorithm>

#include "extract/claims/frames/sentence_frames.h"

namespace irkg::frames {

namespace {
// The rules by which a governing verb, modal or request, not the act's own words, leaves an
// act open (frames/flags.cpp, modality_at). An act whose own phrase says it is only
// possible ("its planned strikes", "any attack"), one prevented ("vetoed Sweden's
// accession"), one a condition or its consequence is about, and a hypothetical predicate of
// the noun ("Russia's attack would be a catastrophe") are not in this list.
constexpr std::string_view kGoverningRules[] = {
    "requested infinitive",         "relation asked for",
    "modal word before the phrase", "future word before the phrase",
    "'would' after a reporting verb", "promised infinitive",
    "threatened infinitive",        "infinitive of an intent noun",
    "that-clause of a demand",      "relation promised",
    "possibility not ruled out ('did not rule out')"};
}  // namespace

// "Kyiv urged Moscow to end its blockade of Ukrainian ports", "Spain wants to condemn
// Russia's invasion of Ukraine", "asked Washington to lift its sanctions on Cuba": a hostile
// act named as a noun with its owner and a definite determiner ("its", "Russia's", "the US
// blockade") refers to an act that exists. The request or plan is about what is done to
// it, so the act itself is asserted. Friendly acts are left as asked: "demanded
// Ethiopia's withdrawal" asks for a withdrawal that has not happened.
bool SentenceFrames::presupposed_owned_act(const Trigger& trig, std::string_view modal_rule) const {
  if (std::find(std::begin(kGoverningRules), std::end(kGoverningRules), modal_rule) == std::end(kGoverningRules)) return false;
  const std::int32_t c = s_.chunk_at[trig.begin];
  if (c < 0 || chunk(c).kind != ChunkKind::Noun) return false;
  const Chunk& np = chunk(c);
  // "its PLANNED invasion", "Russia's possible attack": the phrase's own words leave it open.
  for (std::size_t p = np.begin; p < trig.begin; ++p)
    if (g_.in("prospective_modifier", tok(p).lower)) return false;
  // "urged Israel not to LAUNCH its invasion", "asked Israel to POSTPONE its assault", "aim to
  // PREVENT China's blockade": a verb that starts, prevents or puts off the act says it has
  // not happened (the possessor's own "'s" and name stand between).
  std::size_t v = np.begin;
  if (s_.group_at[v] >= 0) v = group(s_.group_at[v]).begin;
  if (v > 0 && tok(v - 1).lower == "'s" && s_.group_at[v - 1] < 0) --v;
  if (v > 0 && s_.group_at[v - 1] >= 0 && v < s_.tokens.size() && tok(v).lower == "'s") v = group(s_.group_at[v - 1]).begin;
  if (v > 0 && has(tok(v - 1), word_class("article_the"))) --v;
  if (v > 0 && g_.in("unrealized_act_verb", tok(v - 1).lower)) return false;
  const Token& first = tok(np.begin);
  if (g_.in("definite_determiner", first.lower) || has(first, word_class("possessive_pronoun"))) return true;
  // "Russia's blockade": the possessive ending inside the phrase, before the act's word.
  for (std::size_t p = np.begin; p < trig.begin; ++p)
    if (tok(p).lower == "'s" || tok(p).lower == "'") return true;
  return np.begin > 0 && tok(np.begin - 1).lower == "'s";
}

// "demanded a halt to Israeli strikes on Lebanon", "urged an end to the Turkish siege of
// the town": what an end is asked of went on. The ban rule (flags.cpp) denies every act
// under "an end to"; for a hostile act ended it is lifted, a friendly one stays a
// suspension (emit).
bool SentenceFrames::ended_act(const FlagReason& negation) const {
  return negation.rule.starts_with("act under a ban") && negation.at >= 0 &&
         g_.in("termination_noun", tok(static_cast<std::size_t>(negation.at)).lower);
}

}  // namespace irkg::frames
