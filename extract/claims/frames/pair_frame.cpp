// The pair frame: "tensions between A and B", "A-B tensions", "A and B formed an alliance":
// a relation among the members of one group.

#include "extract/claims/frames/sentence_frames.h"

#include <algorithm>

namespace irkg::frames {

void SentenceFrames::pair(const Trigger& trig, const RelationEntry& r, std::int32_t relation) {
  // An adverb ("together", "jointly") has no modifier: a group right before it is a
  // subject, handled below.
  const std::int32_t mod = has(tok(trig.begin), word_class("adverb")) ? -1 : modifier_before(trig.begin);
  if (mod >= 0 && (group(mod).compound || group(mod).mentions.size() >= 2)) {
    // "Sino-Russian ties", "India and Japan's partnership"
    emit_within(actors(group(mod)), relation, trig, "members of the modifier before the noun");
    return;
  }
  std::string prep;
  if (const std::int32_t gi = prep_object(trig.end, word_class("pair_preposition"), &prep, false);
      gi >= 0 && group(gi).mentions.size() >= 2) {
    emit_within(actors(group(gi)), relation, trig, "members of the group after between/among");  // "tensions between A and B"
    return;
  }
  const std::int32_t obj = ends_with_preposition(trig) ? group_after(trig.end, trig.begin, Reach::Phrase)
                                                       : prep_object(trig.end, r.preps, &prep, false);
  if (obj >= 0) {
    const auto subjects = mod >= 0 ? actors(group(mod)) : clause_subject(trig.begin);
    // "Japan's alliance with the US"
    emit(subjects, actors(group(obj)), relation, trig,
         {mod >= 0 ? "possessor or modifier" : "clause subject", "object of the noun's preposition"});
    return;
  }
  // "A and B formed an alliance": the noun is close to its coordinated subject.
  const std::int32_t clause = s_.clause_at[trig.begin];
  for (const Group& grp : s_.groups) {
    if (s_.clause_at[grp.begin] != clause || grp.end > trig.begin) continue;
    // An adverb right after the group quantifies rather than relates: "Russia and Ukraine
    // together export a third of the world's wheat".
    const bool adverb_right_after = trig.begin == grp.end && has(tok(trig.begin), word_class("adverb"));
    if (grp.mentions.size() >= 2 && !adverb_right_after && predicate_of(grp.end, trig.begin))
      emit_within(actors(grp), relation, trig, "members of the coordinated subject before the noun");
    break;
  }
}

}  // namespace irkg::frames
