// The speaker frame: "Britain said that Libya must ...": the speaker toward the reported
// clause's subject.

#include "extract/claims/frames/sentence_frames.h"

namespace irkg::frames {

// "Britain said that Libya must ...": the speaker's demand on the reported subject.
void SentenceFrames::speaker(const Trigger& trig, std::int32_t relation) {
  if (s_.speaker_group < 0 || s_.speaker_token[trig.begin]) return;
  const Group& who = group(s_.speaker_group);
  if (who.begin > trig.begin) return;  // the attribution must come first: "X said Y must"
  const std::size_t start = clause_start(trig.begin);
  for (const Group& grp : s_.groups) {
    if (grp.begin < start || grp.end > trig.begin || s_.speaker_token[grp.begin]) continue;
    emit(actors(who), actors(grp), relation, trig, {"speaker of the sentence", "subject of the reported clause"});
    return;
  }
}

}  // namespace irkg::frames
