// Insurgents named by their state: "Syrian rebels", "separatists in eastern Ukraine",
// "Syria's armed opposition". They take their state's code (the event coders' convention
// for people named by nationality), but they fight that state's government, so a foreign
// state that arms, funds or backs them acts against the state, not for it: "Moscow armed
// separatists in eastern Ukraine" undermines Ukraine (CAMEO 1 11 at the state level),
// "Washington funded Syrian opposition groups" is no aid to Syria.
// A named group keeps its own reading ("Iran arms the Houthis" is support for the Houthis,
// whose code is Yemen's): the dictionary, not this rule, decides what a named group stands for.
#include "extract/claims/frames/sentence_view.h"

namespace irkg::frames {

// Is the mention the nationality or place of insurgents (grammar.tsv insurgent_noun)?
bool SentenceView::insurgent_mention(const ActorMention& m) const {
  const std::size_t n = s_.tokens.size();
  if (m.kind == MentionKind::Adjective || m.possessive) {
    // "Syrian rebels", "Syrian opposition groups", "Syria's rebels": a word of the noun
    // phrase the mention modifies, up to its head.
    const std::int32_t c = m.begin < n ? s_.chunk_at[m.begin] : -1;
    if (c < 0) return false;
    for (std::size_t p = m.end; p < n && s_.chunk_at[p] == c && p <= chunk(c).head; ++p)
      if (g_.in("insurgent_noun", tok(p).lower)) return true;
    return false;
  }
  // "separatists in eastern Ukraine", "the rebels in Syria": insurgents named by where
  // they fight (a compass word may stand between).
  std::size_t p = m.begin;
  if (p > 0 && has(tok(p - 1), word_class("compass_adjective"))) --p;
  if (p < 2 || tok(p - 1).lower != "in") return false;
  return g_.in("insurgent_noun", tok(p - 2).lower);
}

// Is `actor` named, at its first mention after `from`, as insurgents of its state?
bool SentenceView::insurgents_after(std::int32_t actor, std::size_t from) const {
  for (const Group& grp : s_.groups) {
    if (grp.begin < from) continue;
    for (std::int32_t mi : grp.mentions) {
      const ActorMention& m = s_.mentions[static_cast<std::size_t>(mi)];
      if (m.actor != actor) continue;
      return lex_.actors[static_cast<std::size_t>(actor)].type != ActorType::Group && insurgent_mention(m);
    }
  }
  return false;
}

// For a person whose only roles are leading a state's opposition (data/actors.tsv
// opposition_leader: "Juan Guaidó", "Sviatlana Tsikhanouskaya"), the state, else -1. Such a
// leader speaks against the state's government, so acts toward them are not acts toward it.
std::int32_t SentenceView::opposition_state(std::int32_t actor) const {
  const ActorEntry& e = lex_.actors[static_cast<std::size_t>(actor)];
  if (e.type != ActorType::Person || e.roles.empty()) return -1;
  for (const RoleSpell& r : e.roles)
    if (r.role != "opposition_leader") return -1;
  const auto it = lex_.actor_by_id.find(e.country);
  return it == lex_.actor_by_id.end() ? -1 : it->second;
}

}  // namespace irkg::frames
