// The speaker frame: "Britain said that Libya must ...": the speaker toward the reported
// clause's subject.

#include "extract/claims/frames/sentence_frames.h"
#include "extract/claims/tokenizer.h"

namespace irkg::frames {

// "Britain said that Libya must ...": the speaker's demand on the reported subject.
// "Tehran warned that any attack by Israel would draw a crushing response": a consequence
// the one who warns foretells for the reported subject is a threat (a `threat` row), made
// when spoken although the consequence is only foreseen; an asserted one ("Russia has paid
// a price") is a report, and one merely said is a forecast.
// Whether the sentence opens with a quote that is still open at `at` ('"Serbia must free
// the officers," the minister said'): the quoted words are the speaker's wherever the
// attribution stands.
bool SentenceFrames::quoted_before(std::size_t at) const {
  std::size_t first = 0;
  while (first < at && !tok(first).word && !is_quote_mark(tok(first))) ++first;
  if (first >= at || !is_quote_mark(tok(first))) return false;
  for (std::size_t p = first + 1; p < at; ++p)
    if (is_quote_mark(tok(p))) return false;
  return true;
}

void SentenceFrames::speaker(const Trigger& trig, std::int32_t relation) {
  if (s_.speaker_token[trig.begin]) return;
  const RelationEntry& r = lex_.relations[static_cast<std::size_t>(relation)];
  const Modality foreseen = modality_at(trig.begin);
  if (r.threat && foreseen != Modality::Future && foreseen != Modality::Hypothetical) return;
  // Who speaks: the sentence's attribution, which must come first ("X said Y must") unless
  // the words are quoted, or for
  // a threat the one who warns ("Tehran warned that ...", "..., the ministry warned").
  // A consequence foretold is a threat only in a warning ("Biden said Ukraine would pay
  // the price if Congress failed" is a forecast).
  std::vector<std::int32_t> speakers;
  if (r.threat) speakers = warners_of(trig.begin);
  else if (s_.speaker_group >= 0 && (group(s_.speaker_group).begin < trig.begin || quoted_before(trig.begin)))
    speakers = actors(group(s_.speaker_group));
  if (speakers.empty()) return;
  const std::size_t start = clause_start(trig.begin);
  for (const Group& grp : s_.groups) {
    if (grp.begin < start || grp.end > trig.begin || s_.speaker_token[grp.begin]) continue;
    const std::size_t first = hits_.size();
    emit(speakers, actors(grp), relation, trig, {"speaker of the sentence", "subject of the reported clause"});
    if (r.threat)
      for (std::size_t k = first; k < hits_.size(); ++k)
        if (hits_[k].relation == relation && !hits_[k].negated) {
          hits_[k].modality = Modality::Asserted;
          hits_[k].why.modality = {};
          hits_[k].why.modal = -1;
        }
    return;
  }
}

}  // namespace irkg::frames
