// Deterrence: what a state announces it will do if another acts against it threatens that
// other (CAMEO 13), whether or not the answer it names is itself a hostile act.

#include <algorithm>

#include "extract/claims/frames/sentence_frames.h"

namespace irkg::frames {

// The "will"/"would" of the consequence the condition starting at `condition` belongs to:
// the nearest one before it ("Iran will close the strait if ..."), else after it ("If
// Israel strikes, Tehran will respond"), outside the condition; -1 if none.
std::ptrdiff_t SentenceFrames::consequence_modal(std::size_t condition) const {
  std::size_t end = condition;
  for (const Condition& c : conditions())
    if (c.begin == condition) end = c.end;
  const auto announces = [&](std::size_t p) {
    return tok(p).pos == Pos::MD && g_.in("announcing_modal", tok(p).lower);
  };
  for (std::size_t p = condition; p > 0;) {
    --p;
    if (tok(p).lower == ";") break;
    if (announces(p)) return static_cast<std::ptrdiff_t>(p);
  }
  for (std::size_t p = end; p < s_.tokens.size() && tok(p).lower != ";"; ++p)
    if (announces(p)) return static_cast<std::ptrdiff_t>(p);
  return -1;
}

// Whether the consequence's verb at `verb` announces an answer to the condition's act: a
// hostile act ("will cut off gas"), a verb of answering ("will respond", "would hit back",
// "will take all necessary measures"), or, to a hostile act, a hostile verb no relation row
// names ("will close the strait"; grammar.tsv hostile_answer_verb).
bool SentenceFrames::announced_answer(std::size_t verb, bool hostile_condition) const {
  const Token& v = tok(verb);
  // A relation row at the verb says what the answer is. A stance verb that only composes
  // with a relation noun ("will lift its sanctions", "will end its blockade") is friendly
  // or hostile by that noun: not read as an answer.
  for (const Trigger& t : s_.triggers) {
    if (t.begin != verb) continue;
    for (const Reading& reading : t.readings) {
      const RelationEntry& r = lex_.relations[static_cast<std::size_t>(reading.match.relation)];
      // Words are no answer that deters ("Kenya will condemn Addis Ababa if ...").
      if (!r.compose_only) return r.polarity() < 0 && r.category != "DISAPPROVE";
    }
    return false;
  }
  // Otherwise only an answer said as one deters: "will respond if Finland joins NATO",
  // "will close the Strait of Hormuz if the United States attacks" ("will lift the
  // sanctions if", "will send aid if", "will lose the war if" answer nothing).
  // A friendly act right after the verb makes it no answer ("will send aid").
  for (const Trigger& t : s_.triggers)
    if (t.begin > verb && t.begin <= verb + 3 && s_.clause_at[t.begin] == s_.clause_at[verb] && !t.readings.empty() &&
        lex_.relations[static_cast<std::size_t>(t.readings.front().match.relation)].polarity() > 0)
      return false;
  if (!g_.in("answer_verb", v.lower) && !(hostile_condition && g_.in("hostile_answer_verb", v.lower))) return false;
  const bool next_back = verb + 1 < s_.tokens.size() && tok(verb + 1).lower == "back";
  if (v.lower == "hit" || v.lower == "strike") return next_back;
  if (v.lower == "take") {
    for (std::size_t p = verb + 1; p < s_.tokens.size() && p <= verb + 5; ++p)
      if (g_.in("countermeasure_noun", tok(p).lower)) return true;
    return false;
  }
  return true;
}

// "Iran will respond if the United States attacks", "If Israel strikes again, Tehran will
// hit back", "Beijing would take all necessary measures if Washington sold arms to Taipei":
// an answer a state announces to another's act, named in a condition, deters that act: a
// threat from the consequence's subject to the act's `doers` (CAMEO 13), whatever the act
// is. It must be said in the answering state's own voice (its speaker, an unnamed official
// of it, or no one reporting it) and with "will"/"would": an analyst's "will" is a
// forecast, "could"/"might" speculate (announced_will). A friendly answer ("would lift the
// sanctions if Iran complied") or a denied one ("would not retaliate") threatens nobody.
void SentenceFrames::deterrent_threat(const std::vector<std::int32_t>& doers, std::size_t condition, bool hostile_condition,
                                      const Why& why) {
  if (lex_.conditional_threat_relation < 0 || doers.empty()) return;
  // "Iran will check if the United States attacks": "if" after a verb of finding out is
  // "whether", no condition.
  if (condition > 0 && g_.in("whether_verb", tok(condition - 1).lower)) return;
  const std::ptrdiff_t modal = consequence_modal(condition);
  if (modal < 0) return;
  const std::size_t m = static_cast<std::size_t>(modal);
  // "would have responded had Iran attacked": a counterfactual past threatens nobody.
  if (m + 1 < s_.tokens.size() && has(tok(m + 1), word_class("perfect_have"))) return;
  std::size_t verb = m + 1;
  while (verb < s_.tokens.size() && is_adverb(tok(verb).pos) && !has(tok(verb), word_class("negator"))) ++verb;
  if (verb >= s_.tokens.size() || has(tok(verb), word_class("negator")) || !announced_answer(verb, hostile_condition)) return;
  const std::vector<std::int32_t> answerers = clause_subject(m);
  if (answerers.empty()) return;
  threaten(answerers, announcing_voices(answerers, condition), doers, why, "doer of the act the condition names", "answer announced to another's act");
}

// Who announces a consequence of `condition` that `doers` would carry out: the sentence's
// speaker; with none named, the doers themselves when an unnamed office speaks ("..., a
// senior commander said") or nobody reports it at all ("Norway will stop electricity
// exports to Denmark if ..." is Norway's own word), said with "will"/"would". An analyst's
// attribution makes it a forecast.
std::vector<std::int32_t> SentenceFrames::announcing_voices(const std::vector<std::int32_t>& doers, std::size_t condition) const {
  if (s_.speaker_group >= 0) return actors(group(s_.speaker_group));
  const bool unreported = std::none_of(s_.speaker_token.begin(), s_.speaker_token.end(), [](bool b) { return b; }) && !speech_in_sentence();
  if ((unnamed_official_speaker() || unreported) && announced_will(condition)) return doers;
  return {};
}

// "..., a senior commander said", "the foreign ministry said": a speaker who names no
// actor but is an office of a state speaks for the state the sentence is about; "analysts
// said" is not such a voice.
bool SentenceFrames::unnamed_official_speaker() const {
  if (s_.speaker_group >= 0) return false;
  // ("a senior Western official": an office of other states.)
  bool office = false;
  for (std::size_t p = 0; p < s_.tokens.size(); ++p) {
    if (!s_.speaker_token[p]) continue;
    if (g_.in("not_same_state", tok(p).lower)) return false;
    office = office || g_.in("state_voice_noun", tok(p).lower);
  }
  return office;
}

// "will LIFT sanctions if Iran returns", "will lose the war if": a hostile act named as
// what a verb undoes or suffers is no act announced (the verb before its phrase, past
// determiners and adjectives, lifts, stops or loses it).
bool SentenceFrames::undone_act(std::size_t at) const {
  std::size_t p = at;
  while (p > 0 && s_.group_at[p - 1] < 0 &&
         (has(tok(p - 1), word_class("determiner")) || has(tok(p - 1), word_class("possessive_pronoun")) || is_adjective(tok(p - 1).pos)))
    --p;
  if (p == 0) return false;
  const Token& v = tok(p - 1);
  return g_.in("reversal_verb", v.lower) || g_.in("cessation_verb", v.lower) || g_.in("undoing_verb", v.lower);
}

}  // namespace irkg::frames
