// A stance on an act the sentences before told, named only by a noun that sums it up:
// "Ecuadorian police stormed Mexico's embassy ... Brazil condemned the operation", "Japan
// expelled two Chinese diplomats. Beijing called the move unacceptable", "Armenia and
// Azerbaijan swapped prisoners. Georgia hailed the step". Unlike stance_on_told_act, the noun
// is no relation phrase of its own (an "operation" or a "move" can be anything), so it
// stands for the latest act told: a deed for a move, a step or a decision (grammar.tsv
// deed_noun); force used or shown for an operation, a raid or a crackdown (operation_noun);
// an agreement made for "the agreements", "the deal" (agreement_noun).
#include <algorithm>

#include "extract/claims/frames/sentence_frames.h"

namespace irkg::frames {

namespace {

// What an operation, a raid or a crackdown can be: force used or shown.
bool physical(const RelationEntry& r) {
  return r.category == "ASSAULT" || r.category == "FIGHT" || r.category == "COERCE" || r.category == "MOBILIZE";
}

// What an agreement, a deal or a pact can be: one agreed or signed.
bool agreed(const RelationEntry& r) { return r.category == "AGREE"; }

// What talks, negotiations or a peace process can be: parties consulting or agreeing.
bool negotiated(const RelationEntry& r) {
  return (r.category == "CONSULT" || r.category == "AGREE") && r.relation != "host" && r.relation != "mediate" && r.polarity() > 0;
}

// What a move, a step or a decision can be: a deed, not words (a criticism, a demand, a
// threat, praise, a meeting are not "the move" a later stance is on).
bool deed(const RelationEntry& r) {
  for (std::string_view words : {"DISAPPROVE", "ACCUSE", "DEMAND", "THREATEN", "CONSULT", "SUPPORT", "PROTEST", "INVESTIGATE", "COPY", "-"})
    if (r.category == words) return false;
  return true;
}

}  // namespace

// The noun phrase right after `from`, when it is a definite summing-up noun with no actor and
// no complement of its own; its head's position, else -1. `kind` tells which class.
std::ptrdiff_t SentenceFrames::summing_up_phrase(std::size_t from, SummedAct& kind) const {
  const std::size_t n = s_.tokens.size();
  if (from >= n || !g_.in("definite_determiner", tok(from).lower)) return -1;
  const std::int32_t c = s_.chunk_at[from];
  if (c < 0 || chunk(c).kind != ChunkKind::Noun || chunk(c).begin != from) return -1;
  for (std::size_t p = chunk(c).begin; p < chunk(c).end; ++p)
    if (s_.group_at[p] >= 0) return -1;  // "the Russian move": its doer is named
  const Token& head = tok(chunk(c).head);
  if (g_.in("operation_noun", head.lower)) kind = SummedAct::Force;
  else if (g_.in("deed_noun", head.lower)) kind = SummedAct::Deed;
  else if (g_.in("agreement_noun", head.lower)) kind = SummedAct::Agreement;
  else if (g_.in("negotiation_noun", head.lower)) kind = SummedAct::Negotiation;
  else return -1;
  // "the decision TO expel", "the move BY Turkey", "the plan FOR a buffer zone": the noun's
  // content is its own. "as" (condemned the raid as ...) and a time ("on Friday") are not.
  const std::size_t after = chunk(c).end;
  if (own_complement_at(after)) return -1;
  if (after < n && has(tok(after), word_class("infinitive_to"))) return -1;
  return static_cast<std::ptrdiff_t>(chunk(c).head);
}

// The doers of the latest act told before that a summing-up noun of `kind` stands for, and
// that act (`main`); empty when none fits or which one is meant is not clear.
std::vector<std::int32_t> SentenceFrames::summed_up_doers(SummedAct kind, const RecentAct*& main) const {
  main = nullptr;
  if (!recent_acts_) return {};
  const auto fits = [&](const RecentAct& act) {
    const RelationEntry& r = lex_.relations[static_cast<std::size_t>(act.relation)];
    switch (kind) {
      case SummedAct::Force: return physical(r);
      case SummedAct::Agreement: return agreed(r);
      case SummedAct::Negotiation: return negotiated(r);
      default: return deed(r);
    }
  };
  // The latest sentence that told such an act; its first one is the act meant, done by
  // every doer that sentence gave it to ("US and British jets struck ...").
  const RecentAct* latest = nullptr;
  for (auto act = recent_acts_->rbegin(); act != recent_acts_->rend() && !latest; ++act)
    if (fits(*act)) latest = &*act;
  // "Turkey endorsed the operation" long after the strikes were told: with none told lately,
  // an operation or a deal is the story's, the first the document told (a "move" or a
  // "decision" is not: a story has many).
  const std::vector<RecentAct>* told = recent_acts_;
  if (!latest && kind != SummedAct::Deed && story_acts_)
    for (const RecentAct& act : *story_acts_)
      if (fits(act)) {
        latest = &act;
        told = story_acts_;
        break;
      }
  if (!latest) return {};
  std::vector<std::int32_t> doers;
  for (const RecentAct& act : *told) {
    if (act.sentence != latest->sentence || !fits(act)) continue;
    if (!main) main = &act;
    if (country(act.object) == country(main->object)) doers.push_back(act.subject);
  }
  const auto doer = [&](std::int32_t actor) {
    return std::any_of(doers.begin(), doers.end(), [&](std::int32_t d) { return country(d) == country(actor); });
  };
  // Another doer's act on another target in that sentence: which one is meant is not clear.
  for (const RecentAct& act : *told)
    if (act.sentence == main->sentence && fits(act) && !doer(act.subject) && country(act.object) != country(main->object)) {
      main = nullptr;
      return {};
    }
  return doers;
}

bool SentenceFrames::stance_on_summed_up_act(const Trigger& trig, std::int32_t relation,
                                             const std::vector<std::int32_t>& subjects, std::string_view subject_rule) {
  // "would not send troops to support the operation": an infinitive's stance is a purpose
  // or an intent, not a stance taken.
  if (trig.begin > 0 && has(tok(trig.begin - 1), word_class("infinitive_to"))) return false;
  SummedAct kind = SummedAct::Deed;
  if (summing_up_phrase(trig.end, kind) < 0) return false;
  const RecentAct* main = nullptr;
  const std::vector<std::int32_t> doers = summed_up_doers(kind, main);
  if (doers.empty() || !main) return false;
  const auto among = [&](std::int32_t actor) {
    return std::any_of(subjects.begin(), subjects.end(), [&](std::int32_t a) { return country(a) == country(actor); });
  };
  // Its doers add nothing; its target answers the doers.
  if (std::any_of(doers.begin(), doers.end(), among)) return false;
  if (among(main->object)) {
    emit(subjects, doers, relation, trig, {subject_rule, "doer of the act on the subject the noun sums up"});
    return true;
  }
  // A third party takes the stance toward the doers, and toward the act's target the
  // composed sign: condemning an attack on X sides with X, praising sanctions on X is against X.
  const int stance = lex_.relations[static_cast<std::size_t>(relation)].polarity();
  const int act = lex_.relations[static_cast<std::size_t>(main->relation)].polarity();
  emit(subjects, doers, relation, trig, {subject_rule, "doer of the act the noun sums up"});
  emit(subjects, {main->object}, relation, trig, {subject_rule, "object of the act the noun sums up"}, stance * act);
  return true;
}

// A preposition at `at` that opens a noun's own complement ("the attack ON ITS EMBASSY", "the
// move BY Turkey"); not "as" (condemned the raid AS barbaric: a verdict) nor a time ("the
// strike ON MONDAY", "the raid IN 1986", "the decision LAST week").
bool SentenceFrames::own_complement_at(std::size_t at) const {
  const std::size_t n = s_.tokens.size();
  if (at >= n || !has(tok(at), word_class("preposition")) || has(tok(at), word_class("as_word"))) return false;
  if (at + 1 < n && (has(tok(at + 1), word_class("time_phrase_word")) || has(tok(at + 1), word_class("time_unit")) ||
                     tok(at + 1).pos == Pos::CD))
    return false;
  return true;
}

}  // namespace irkg::frames
