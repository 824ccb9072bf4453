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

// Whether `grp` names who would do the act the reported clause's subject names: a
// provocation noun it modifies ("any North Korean provocation") or whose "by" phrase it is
// ("any attempt by Taiwan to ..."), an act still to come: not one named as known ("the
// Russian attack would draw a response" foretells what follows an act that happened).
bool SentenceFrames::provocation_doer(const Group& grp) const {
  const auto provocation = [&](std::int32_t c) {
    return c >= 0 && chunk(c).kind == ChunkKind::Noun && g_.in("provocation_noun", tok(chunk(c).head).lower) &&
           !g_.in("definite_determiner", tok(chunk(c).begin).lower);
  };
  if (const std::int32_t c = s_.chunk_at[grp.begin]; provocation(c) && chunk(c).head >= grp.end) return true;
  return grp.begin >= 2 && has(tok(grp.begin - 1), word_class("agent_by")) && provocation(s_.chunk_at[grp.begin - 2]);
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
  const std::size_t start = clause_start(trig.begin);
  const auto subject = std::find_if(s_.groups.begin(), s_.groups.end(), [&](const Group& grp) {
    return grp.begin >= start && grp.end <= trig.begin && !s_.speaker_token[grp.begin];
  });
  if (r.threat) {
    speakers = warners_of(trig.begin);
    // "Seoul said any North Korean provocation would be met with overwhelming force": a
    // consequence foretold for a provocation is a threat to whoever would commit it,
    // whatever verb reports it (a forecast names the one who pays, not an act).
    if (speakers.empty() && s_.speaker_group >= 0 && subject != s_.groups.end() && provocation_doer(*subject))
      speakers = actors(group(s_.speaker_group));
  } else if (s_.speaker_group >= 0 && (group(s_.speaker_group).begin < trig.begin || quoted_before(trig.begin)))
    speakers = actors(group(s_.speaker_group));
  if (speakers.empty()) return;
  if (subject != s_.groups.end()) {
    const Group& grp = *subject;
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
