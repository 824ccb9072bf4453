// States that send a coalition forces or join it cooperate with its leader (coalition.h):
// "The coalition Riyadh assembled is broad. The UAE and Kuwait have sent aircraft. Jordan
// contributed jets", "Qatar joined the coalition". A contribution names what is sent (grammar.tsv
// contributed_force_noun) and no destination: "sent troops to Yemen" is told of Yemen, and
// read by the verb's own row. A lone state that "sent" or "deployed" forces may act on its own
// (grammar.tsv dispatch_verb); listed states, or "contributed" and "offered", send them to the
// coalition.
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
    // Any destination makes it another act: a recipient ("sent troops to Yemen"), a place
    // ("sent warships to the Strait of Hormuz"), or an act it is given to ("contributed
    // aircraft to the strikes" takes part in them: the copies-act rows).
    if (!joins && p < n && (has(tok(p), word_class("recipient_preposition")) || has(tok(p), word_class("locative"))) &&
        s_.clause_at[p] == s_.clause_at[v])
      continue;
    if (negated_at(v, nullptr) || modality_at(v, nullptr) != Modality::Asserted) continue;
    const auto contributors = infinitive_subject(v);
    // Sending or deploying says less than contributing or offering: a state alone that "sent
    // troops" may act on its own; states listed together send them to the coalition.
    if (!joins && contributors.size() < 2 && g_.in("dispatch_verb", tok(v).lower)) continue;
    // (Not in a sentence that tells a hostile act toward the leader: "The Houthis fired
    // missiles at Riyadh, and Iran sent drones".)
    if (std::any_of(hits_.begin(), hits_.end(), [&](const FrameHit& h) {
          return h.polarity < 0 || (relation_sign(h.relation) < 0 && country(h.object) == country(leader));
        }))
      continue;
    Why why{};
    why.trigger = -1;
    why.reading = 0;
    why.subject = joins ? "state that joined the coalition" : "state that sent the coalition forces";
    why.object = "leader of the coalition the story told of";
    why.polarity = "sign of the relation's weight";
    // Joiners join the coalition, not one another ("Belarus and Kazakhstan joined the coalition").
    if (joins)
      std::erase_if(hits_, [&](const FrameHit& h) {
        return h.why.trigger >= 0 && s_.triggers[static_cast<std::size_t>(h.why.trigger)].begin == v &&
               std::find(contributors.begin(), contributors.end(), h.subject) != contributors.end() &&
               std::find(contributors.begin(), contributors.end(), h.object) != contributors.end();
      });
    for (std::int32_t c : contributors)
      if (country(c) != country(leader)) add_derived(FrameHit{c, leader, lex_.coalition_relation, false, Modality::Asserted, 0, why});
  }
}

}  // namespace irkg::frames
