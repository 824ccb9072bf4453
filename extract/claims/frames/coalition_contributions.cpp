// States that send a coalition forces or join it cooperate with its leader (coalition.h):
// "The coalition Riyadh assembled is broad. The UAE and Kuwait have sent aircraft. Jordan
// contributed jets", "Qatar joined the coalition". A contribution names what is sent (grammar.tsv
// contributed_force_noun) and no recipient: "sent troops to Yemen" is told of Yemen, and
// read by the verb's own row.
#include <algorithm>

#include "extract/claims/frames/sentence_frames.h"

namespace irkg::frames {

void SentenceFrames::coalition_contributions() {
  const std::int32_t leader = s_.coalition_leader;
  if (leader < 0 || lex_.coalition_relation < 0) return;
  const std::size_t n = s_.tokens.size();
  for (std::size_t v = 1; v + 1 < n; ++v) {
    if (!is_verb(tok(v).pos) || s_.group_at[v] >= 0) continue;
    const bool joins = g_.in("joining_verb", tok(v).lower);
    if (!joins && !g_.in("contribution_verb", tok(v).lower)) continue;
    // What is sent: past determiners, numbers, adjectives, "both" and a list ("both aircraft
    // and ground troops"), within the clause.
    std::size_t p = v + 1;
    bool sent = false;
    for (; p < n && p < v + 8 && s_.clause_at[p] == s_.clause_at[v] && s_.group_at[p] < 0; ++p) {
      const Token& w = tok(p);
      if (joins ? g_.in("coalition_noun", w.lower) : g_.in("contributed_force_noun", w.lower)) {
        sent = true;
        continue;
      }
      if (!(has(w, word_class("determiner")) || is_adjective(w.pos) || w.pos == Pos::CD || w.lower == "both" ||
            has(w, word_class("conjunction_and")) || (sent && is_noun(w.pos))))
        break;
    }
    if (!sent) continue;
    // A recipient named after it makes it another act ("sent troops to Yemen"), and so does an
    // act it is given to ("contributed aircraft to the strikes" takes part in them: the
    // copies-act rows).
    if (p + 1 < n && has(tok(p), word_class("recipient_preposition")) && s_.clause_at[p] == s_.clause_at[v]) {
      std::size_t q = p + 1;
      if (q < n && has(tok(q), word_class("article_the")) && s_.group_at[q] < 0) ++q;
      if (q < n && (s_.group_at[q] >= 0 || !act_noun_root(tok(q).lower).empty())) continue;
    }
    if (negated_at(v, nullptr) || modality_at(v, nullptr) != Modality::Asserted) continue;
    const auto contributors = infinitive_subject(v);
    Why why{};
    why.trigger = -1;
    why.reading = 0;
    why.subject = joins ? "state that joined the coalition" : "state that sent the coalition forces";
    why.object = "leader of the coalition the story told of";
    why.polarity = "sign of the relation's weight";
    for (std::int32_t c : contributors)
      if (country(c) != country(leader)) add_derived(FrameHit{c, leader, lex_.coalition_relation, false, Modality::Asserted, 0, why});
  }
}

}  // namespace irkg::frames
