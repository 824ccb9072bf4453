// Doers an act is said to follow: "Mauritania cut ties with Qatar, following the Maldives and
// Libya's eastern government", "Canada expelled four Russian diplomats, after the United
// States and Britain". The actors after "following" (or "after"), with no verb of their own,
// did the same act to the same object before the subject did.
#include <algorithm>

#include "extract/claims/frames/sentence_frames.h"

namespace irkg::frames {

void SentenceFrames::followed_doers() {
  const std::size_t n = s_.tokens.size();
  for (std::size_t p = 1; p + 1 < n; ++p) {
    if (tok(p - 1).lower != "," || !g_.in("following_word", tok(p).lower)) continue;
    std::size_t q = p + 1;
    if (q < n && has(tok(q), word_class("article_the")) && s_.group_at[q] < 0) ++q;
    if (q >= n || s_.group_at[q] < 0 || group(s_.group_at[q]).begin != q) continue;
    const Group& led = group(s_.group_at[q]);
    // Only the actors: "following Saudi Arabia's decision" or "after Riyadh accused it" name
    // something else (a possessed act, a clause of its own).
    const ActorMention& last = s_.mentions[static_cast<std::size_t>(led.mentions.back())];
    if (last.possessive) continue;
    std::size_t e = led.end;
    while (e < n && s_.group_at[e] < 0 && (is_noun(tok(e).pos) || is_adjective(tok(e).pos)) && !is_verb(tok(e).pos)) ++e;
    if (e < n && tok(e).word && !has(tok(e), word_class("time_preposition")) && tok(e).lower != "on" &&
        tok(e).lower != "in" && tok(e).lower != "last" && tok(e).lower != "earlier")
      continue;
    const auto leaders = actors(led);
    const std::size_t before = hits_.size();
    for (std::size_t h = 0; h < before; ++h) {
      const FrameHit hit = hits_[h];
      if (hit.why.trigger < 0 || s_.triggers[static_cast<std::size_t>(hit.why.trigger)].begin >= p) continue;
      if (hit.negated || hit.modality != Modality::Asserted) continue;
      for (std::int32_t a : leaders) {
        if (country(a) == country(hit.object) || country(a) == country(hit.subject)) continue;
        Why why = hit.why;
        why.subject = "actor the act is said to follow";
        add_derived(FrameHit{a, hit.object, hit.relation, false, Modality::Asserted, hit.polarity, why});
      }
    }
  }
}

}  // namespace irkg::frames
