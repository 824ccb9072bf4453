// "Obama said Turkey had a right to defend its territory", "Israel has the right to defend
// itself, Washington said": a state granted the right to defend itself by another, in words
// that other reports, has that other's support (CAMEO 051). The words name no act of the
// state's, so its own claim is none; the speaker's is the stance. (grammar.tsv
// self_defence_verb: "defend", "protect".)
#include <algorithm>

#include "extract/claims/frames/sentence_frames.h"

namespace irkg::frames {

// Whether the words from `at` name self-defence: "defend|protect" (grammar.tsv
// self_defence_verb), "self-defence", "act in self-defence".
bool SentenceFrames::self_defence_at(std::size_t at) const {
  const std::size_t n = s_.tokens.size();
  const auto self_defence_noun = [&](std::size_t q) {
    return q + 2 < n && tok(q).lower == "self" && tok(q + 1).lower == "-" && (tok(q + 2).lower == "defence" || tok(q + 2).lower == "defense");
  };
  if (at >= n) return false;
  if (g_.in("self_defence_verb", tok(at).lower) || self_defence_noun(at)) return true;
  return at + 1 < n && tok(at).lower == "act" && tok(at + 1).lower == "in" && self_defence_noun(at + 2);
}

void SentenceFrames::right_to_defend() {
  const std::size_t n = s_.tokens.size();
  for (std::size_t p = 1; p + 3 < n; ++p) {
    // GROUP has|had|have (a|the|every) right to defend|protect|self-defence, "the right of
    // self-defence"; GROUP is|was entitled to defend itself|to act in self-defence.
    const bool right = tok(p).lower == "right" && (has(tok(p + 1), word_class("infinitive_to")) || tok(p + 1).lower == "of") &&
                       self_defence_at(p + 2);
    const bool entitled = tok(p).lower == "entitled" && has(tok(p + 1), word_class("infinitive_to")) && self_defence_at(p + 2);
    if (!right && !entitled) continue;
    std::size_t h = p;
    if (entitled) {
      // The holder is the subject of the form of "be" before "entitled" (past adverbs).
      bool denied = false;  // "was not entitled to"
      while (h > 0 && is_adverb(tok(h - 1).pos)) denied = denied || has(tok(--h), word_class("negator"));
      if (denied || h == 0 || !has(tok(h - 1), word_class("be")) || negated_at(h - 1, nullptr)) continue;
    }
    if (h > 0 && has(tok(h - 1), word_class("negator"))) continue;  // "has no right to"
    // "Germany recognised Israel's right to defend itself": the right granted by the verb's
    // subject, whose verb makes no other claim on the holder (no diplomatic recognition).
    if (h >= 2 && tok(h - 1).lower == "'s" && s_.group_at[h - 2] >= 0) {
      const std::int32_t holder = s_.group_at[h - 2];
      std::size_t v = group(holder).begin;
      if (v > 0 && is_verb(tok(v - 1).pos) && g_.in("right_granting_verb", tok(v - 1).lower) && !negated_at(v - 1, nullptr)) {
        const auto granters = clause_subject(v - 1);
        const auto held = actors(group(holder));
        std::erase_if(hits_, [&](const FrameHit& x) {
          return x.why.trigger >= 0 && s_.triggers[static_cast<std::size_t>(x.why.trigger)].begin == v - 1 &&
                 std::find(held.begin(), held.end(), x.object) != held.end();
        });
        const std::int32_t support = first_row("support", Frame::Verb);
        Why why{};
        why.trigger = -1;
        why.reading = 0;
        why.subject = "who grants the state the right to defend itself";
        why.object = "state granted the right";
        why.polarity = "sign of the relation's weight";
        for (std::int32_t g : granters)
          for (std::int32_t a : held)
            if (support >= 0 && country(g) != country(a)) add_derived(FrameHit{g, a, support, false, Modality::Asserted, 0, why});
      }
      continue;
    }
    if (!entitled) {
      if (h > 0 && (has(tok(h - 1), word_class("determiner")) || tok(h - 1).lower == "every")) --h;
      if (h == 0 || !(tok(h - 1).lower == "has" || tok(h - 1).lower == "had" || tok(h - 1).lower == "have")) continue;
    }
    const std::int32_t holder = group_ending_before(h - 1);
    if (holder < 0 || s_.speaker_token[group(holder).begin]) continue;
    // Who grants it: the speaker of the sentence ("..., Washington said"), else the subject
    // of the speech verb the holder's clause reports ("Obama said (that) Turkey ...").
    std::vector<std::int32_t> granters;
    if (s_.speaker_group >= 0 && s_.speaker_group != holder) granters = actors(group(s_.speaker_group));
    if (granters.empty()) {
      std::size_t v = group(holder).begin;
      if (v > 0 && has(tok(v - 1), word_class("complementizer"))) --v;
      if (v > 0 && has(tok(v - 1), word_class("speech_verb")) && is_verb(tok(v - 1).pos)) granters = clause_subject(v - 1);
    }
    if (granters.empty() || negated_at(h - 1, nullptr)) continue;
    const std::int32_t support = first_row("support", Frame::Verb);
    if (support < 0) continue;
    Why why{};
    why.trigger = -1;
    why.reading = 0;
    why.subject = "who says the state has the right to defend itself";
    why.object = "state granted the right";
    why.polarity = "sign of the relation's weight";
    for (std::int32_t g : granters)
      for (std::int32_t a : actors(group(holder)))
        if (country(g) != country(a)) add_derived(FrameHit{g, a, support, false, Modality::Asserted, 0, why});
  }
}

}  // namespace irkg::frames
