// Acts told again with the object left out: "Britain expelled 23 Russian diplomats. On
// Monday Canada expelled four", "The US froze the assets of Iranian banks, and the EU froze
// assets too." News names the target once and lets the repeated act carry it.
#include <algorithm>

#include "extract/claims/frames/sentence_frames.h"

namespace irkg::frames {

// A hostile verb that made no claim, with no actor after it in its clause and nothing but a
// count of people in its object slot, takes the target of the latest act of the same
// relation: earlier in this sentence, else in the sentences just before (the act memory's
// window), else an act told there with no doer named. Violence does not (the army attacking
// after an attack on it is as often the answer as the same act); friendly and symmetric
// acts do not (a partner left out, "Vietnam also signed a deal", is anyone's). The latest
// act must have had one target; a subject that was that target answers the act's doer, any
// other subject must be another state than both of its actors.

// A verb in an active clause of its own: finite ("expelled", "expels"), a base form after a
// modal or "to", "is expelling", "has expelled". Not a participle modifying a noun ("flights
// barred from the blockading states") nor a passive, whose object is its subject.
bool SentenceFrames::finite_active_verb(std::size_t at) const {
  const Pos pos = tok(at).pos;
  if (pos == Pos::VBD || pos == Pos::VBZ || pos == Pos::VBP || pos == Pos::VB) return true;
  std::size_t before = at;
  while (before > 0 && tok(before - 1).pos == Pos::RB) --before;
  if (before == 0) return false;
  if (pos == Pos::VBG) return has(tok(before - 1), word_class("be"));
  if (pos == Pos::VBN) return g_.in("perfect_auxiliary", tok(before - 1).lower);
  return false;
}

// "suspended defence cooperation", "froze $2.5m in military aid", "cut its aid": a stance
// verb ending a friendly relation named as a noun with no partner (the noun itself, or one
// after "in" or "of") leaves the partner out. Not "the talks": a definite relation was told
// before with its parties, which the summed-up act reads.
bool SentenceFrames::ties_left_partnerless(const RelationEntry& r, const Chunk& object_np) const {
  if (!r.compose || has(tok(object_np.begin), word_class("article_the"))) return false;
  std::size_t end = object_np.end;
  if (end + 1 < s_.tokens.size() && (tok(end).lower == "in" || has(tok(end), word_class("complement_of"))) &&
      s_.chunk_at[end + 1] >= 0 && chunk(s_.chunk_at[end + 1]).kind == ChunkKind::Noun &&
      !has(tok(end + 1), word_class("article_the")))
    end = chunk(s_.chunk_at[end + 1]).end;
  for (const Trigger& other : s_.triggers) {
    if (other.begin < object_np.begin || other.begin >= end) continue;
    for (const Reading& reading : other.readings) {
      const RelationEntry& noun = lex_.relations[static_cast<std::size_t>(reading.match.relation)];
      if ((noun.frame == Frame::Noun || noun.frame == Frame::Pair) && noun.polarity() > 0) return true;
    }
  }
  return false;
}

void SentenceFrames::elided_objects() {
  const std::size_t n = s_.tokens.size();
  const std::size_t own_hits = hits_.size();
  for (std::size_t ti = 0; ti < s_.triggers.size(); ++ti) {
    if (consumed_[ti]) continue;
    const Trigger& trig = s_.triggers[ti];
    if (trig.readings.empty() || !finite_active_verb(trig.begin)) continue;
    // (A compose-only reading, "halted" as easing tensions, means nothing without its
    // relation noun: the next reading, "halted" as suspending, is the act.)
    std::int32_t relation = trig.readings.front().match.relation;
    for (const Reading& reading : trig.readings)
      if (!lex_.relations[static_cast<std::size_t>(reading.match.relation)].compose_only) {
        relation = reading.match.relation;
        break;
      }
    const RelationEntry& r = lex_.relations[static_cast<std::size_t>(relation)];
    // Goods given with no recipient named ("Kuwait lent Baghdad billions. France supplied
    // jets and missiles") go where the latest gift went, as a hostile act's target does.
    const bool gift = r.category == "AID" && r.polarity() > 0;
    if (r.frame != Frame::Verb || r.symmetric || r.copies_act || (r.polarity() >= 0 && !gift) || r.violent) continue;
    if (std::any_of(hits_.begin(), hits_.end(), [&](const FrameHit& h) { return h.why.trigger == static_cast<std::int32_t>(ti); }))
      continue;
    bool actor_after = false;
    for (std::size_t p = trig.end; p < n && s_.clause_at[p] == s_.clause_at[trig.begin] && !actor_after; ++p)
      actor_after = s_.group_at[p] >= 0;
    if (actor_after) continue;
    // The object slot must be empty or hold only a count of people ("expelled four",
    // "expelled two diplomats"): a thing there is the object, and no actor was meant
    // ("dismissed the embargo", "called for an inquiry").
    bool partnerless = false;
    if (trig.end < n && s_.chunk_at[trig.end] >= 0 && chunk(s_.chunk_at[trig.end]).kind == ChunkKind::Noun &&
        chunk(s_.chunk_at[trig.end]).begin == trig.end) {
      const Chunk& object_np = chunk(s_.chunk_at[trig.end]);
      const Token& head = tok(object_np.head);
      partnerless = !gift && ties_left_partnerless(r, object_np);
      const bool fits = gift ? g_.in("received_goods_noun", head.lower)
                             : head.pos == Pos::CD || has(head, word_class("people_noun")) || partnerless;
      if (!fits) continue;
    } else if (gift) {
      continue;  // a gift names what was given
    }
    // The same relation, whichever row told it ("severed relations with Iran ... the UAE
    // downgraded its ties": both reduce ties).
    // (Gifts of any row: "lent ... money", "supplied jets".)
    const auto same_relation = [&](std::int32_t other) {
      const RelationEntry& o = lex_.relations[static_cast<std::size_t>(other)];
      return o.relation == r.relation || (gift && o.category == "AID" && o.polarity() > 0);
    };
    const auto doers = infinitive_subject(trig.begin);
    if (doers.empty()) continue;
    // The doer must be named in this sentence before the verb ("Australia said it would
    // expel two"): a pronoun's referent from a sentence before is a guess, and an act guessed
    // twice over is not told ("the state airline said it was suspending flights").
    bool named_doer = false;
    for (std::size_t p = 0; p < trig.begin && !named_doer; ++p)
      if (s_.group_at[p] >= 0)
        for (std::int32_t a : actors(group(s_.group_at[p])))
          named_doer = named_doer || std::any_of(doers.begin(), doers.end(), [&](std::int32_t d) { return country(d) == country(a); });
    if (!named_doer) continue;
    // The model act: the latest of this relation, its object the only one it had.
    std::int32_t object = -1, model_subject = -1;
    bool unclear = false;
    for (std::size_t h = own_hits; h-- > 0 && object < 0;) {
      const FrameHit& hit = hits_[h];
      if (!same_relation(hit.relation) || hit.negated || hit.modality != Modality::Asserted || hit.why.trigger < 0 ||
          s_.triggers[static_cast<std::size_t>(hit.why.trigger)].begin >= trig.begin)
        continue;
      object = hit.object;
      model_subject = hit.subject;
    }
    if (object < 0 && recent_acts_) {
      const RecentAct* latest = nullptr;
      for (auto act = recent_acts_->rbegin(); act != recent_acts_->rend() && !latest; ++act)
        if (same_relation(act->relation)) latest = &*act;
      if (latest) {
        object = latest->object;
        model_subject = latest->subject;
        for (const RecentAct& act : *recent_acts_)
          if (act.sentence == latest->sentence && same_relation(act.relation) && country(act.object) != country(object)) unclear = true;
      }
    }
    // Else the latest such act told with no doer named ("More than 20 countries have
    // expelled Russian diplomats. ... Canada is expelling four").
    // (This sentence's first, then the sentences' before, latest first.)
    if (object < 0 && !unclear)
      for (const RecentAct& act : doerless_here_)
        if (object < 0 && same_relation(act.relation)) object = act.object;
    if (object < 0 && !unclear && doerless_acts_)
      for (auto act = doerless_acts_->rbegin(); act != doerless_acts_->rend() && object < 0; ++act)
        if (same_relation(act->relation)) {
          object = act->object;
          for (const RecentAct& other : *doerless_acts_)
            if (other.sentence == act->sentence && same_relation(other.relation) && country(other.object) != country(object)) unclear = true;
        }
    // Else, for a measure (a sanction, or ties ended with no partner), the state the story
    // is about ("Fiji's military took power ... The United States suspended military aid"):
    // news leaves out the target it is about. Not words ("warned that ...", "insisted",
    // "regrets the action"), whose target is as often the story's other side; nor a gift,
    // whose recipient is as often either side of a war.
    bool story_target = false;
    if (object < 0 && !unclear && !gift && story_state_ >= 0 && (partnerless || r.category == "SANCTION")) {
      object = story_state_;
      story_target = true;
    }
    if (object < 0 || unclear) continue;
    // "Russia expelled 23 British diplomats. Britain expelled 23 in return": the target
    // answering in kind acts on the first doer.
    bool answered = false;
    if (model_subject >= 0 && country(model_subject) != country(object) &&
        std::all_of(doers.begin(), doers.end(), [&](std::int32_t d) { return country(d) == country(object); })) {
      std::swap(object, model_subject);
      answered = true;
    }
    const bool involved = std::any_of(doers.begin(), doers.end(), [&](std::int32_t d) {
      return country(d) == country(object) || (model_subject >= 0 && country(d) == country(model_subject));
    });
    if (involved && !answered) continue;
    trigger_ = static_cast<std::int32_t>(ti);
    reading_ = 0;
    composed_ = -1;
    emit(doers, {object}, relation, trig,
         {"verb's subject", story_target ? "state the story is about" : "object of the same act told before"});
  }
}

}  // namespace irkg::frames
