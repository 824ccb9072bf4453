// Acts told by reference to one told before ("joined the criticism", "followed suit").

#include <algorithm>

#include "extract/claims/frames/sentence_frames.h"

namespace irkg::frames {

// "Hanoi lambasted Beijing, and Manila later joined the criticism", "Washington imposed
// sanctions on Caracas, and Ottawa followed suit", "Poland expelled Russian diplomats;
// Lithuania did the same": the subject does again the act told last, to the same object.
// The act is this sentence's, before the phrase, else the latest the sentences just before
// asserted; when the phrase names the act ("the criticism", "the boycott"), one of that
// CAMEO root. An act whose doer is of the subject's own state is no model for it ("Japan
// sanctioned Iran and then did the same to Syria" is read by the verb's own frame).
// The CAMEO root ("11") a noun that refers back to an act names (grammar.tsv
// act_noun_root:NN: "criticism" is a disapproval), else empty.
std::string SentenceFrames::act_noun_root(const std::string& noun) const {
  std::string cls = "act_noun_root:00";
  for (int code = 1; code <= 20; ++code) {
    cls[cls.size() - 2] = static_cast<char>('0' + code / 10);
    cls[cls.size() - 1] = static_cast<char>('0' + code % 10);
    if (g_.in(cls, noun)) return cls.substr(cls.size() - 2);
  }
  return {};
}

void SentenceFrames::copied_act(const Trigger& trig) {
  // "joined the condemnation OF RUSSIA": a noun with a complement of its own names its act
  // there (the noun frame reads it), not one told before.
  // ("followed suit on Monday", "... in March": a time is no complement.)
  if (trig.end + 1 < s_.tokens.size() && has(tok(trig.end), word_class("preposition"))) {
    std::size_t q = trig.end + 1;
    while (q + 1 < s_.tokens.size() && has(tok(q), word_class("determiner"))) ++q;
    if (!has(tok(q), word_class("time_unit"))) return;
  }
  const std::vector<std::int32_t> copiers = infinitive_subject(trig.begin);
  if (copiers.empty()) return;
  // The act noun ending the phrase ("join the CRITICISM") says the act's CAMEO root
  // (grammar.tsv act_noun_root:NN).
  std::string root = trig.end > trig.begin + 1 ? act_noun_root(tok(trig.end - 1).lower) : std::string();
  // "issued a similar statement", "took the same position": a noun of words copies the
  // latest act said in words (grammar.tsv act_noun_said, said_act_root), never a deed.
  const bool said_act = root.empty() && trig.end > trig.begin + 1 && g_.in("act_noun_said", tok(trig.end - 1).lower);
  const bool kind_named = !root.empty() || said_act;
  const auto fits = [&](std::int32_t subject, std::int32_t object, std::int32_t relation) {
    const RelationEntry& r = lex_.relations[static_cast<std::size_t>(relation)];
    if (r.copies_act || subject == object) return false;
    // (Force is one kind however it was told: "took part in the strikes" copies an assault
    // (18), a fight (19) or mass violence (20).)
    const std::string_view code = std::string_view(r.cameo).substr(0, 2);
    const bool force = root == "19" && (code == "18" || code == "20");
    if (!root.empty() && code != root && !force) return false;
    if (said_act && !g_.in("said_act_root", std::string(std::string_view(r.cameo).substr(0, 2)))) return false;
    return std::none_of(copiers.begin(), copiers.end(), [&](std::int32_t c) {
      return country(c) == country(subject) || country(c) == country(object);
    });
  };
  // Which act: with the act's kind named ("joined the criticism"), the latest of that kind
  // told before. Without it ("followed suit", "did the same"), only the act of the relation
  // phrase right before: "Germany condemned the attack, and France did the same" copies the
  // condemnation, and when that phrase made no claim nothing is copied (never an act told
  // earlier, which would make France an attacker).
  // (A phrase inside a longer one that made the claim is that one: "imposed sanctions on";
  // an act noun with no claim of its own right after a verb is that verb's object:
  // "condemned the attack".)
  const auto made_claim = [&](std::ptrdiff_t ti) {
    return std::any_of(hits_.begin(), hits_.end(), [&](const FrameHit& h) { return h.why.trigger == ti; });
  };
  std::ptrdiff_t previous = -1;
  for (std::size_t ti = 0; ti < s_.triggers.size() && s_.triggers[ti].begin < trig.begin; ++ti)
    if (!consumed_[ti]) previous = static_cast<std::ptrdiff_t>(ti);
  while (previous > 0 && !made_claim(previous) && !s_.triggers[static_cast<std::size_t>(previous)].readings.empty() &&
         lex_.relations[static_cast<std::size_t>(s_.triggers[static_cast<std::size_t>(previous)].readings.front().match.relation)].frame ==
             Frame::Noun &&
         s_.triggers[static_cast<std::size_t>(previous)].begin <= s_.triggers[static_cast<std::size_t>(previous - 1)].end + 3)
    --previous;
  for (auto h = hits_.rbegin(); h != hits_.rend(); ++h) {
    if (h->why.trigger < 0 || s_.triggers[static_cast<std::size_t>(h->why.trigger)].begin >= trig.begin) continue;
    if (!kind_named && h->why.trigger != previous) continue;
    if (h->negated || h->modality != Modality::Asserted || !fits(h->subject, h->object, h->relation)) continue;
    emit(copiers, {h->object}, h->relation, trig, {"verb's subject", "object of the act it copies, told before in the sentence"},
         h->polarity);
    return;
  }
  if (!recent_acts_ || recent_acts_->empty() || (!kind_named && previous >= 0)) return;
  for (auto act = recent_acts_->rbegin(); act != recent_acts_->rend(); ++act) {
    if (fits(act->subject, act->object, act->relation)) {
      emit(copiers, {act->object}, act->relation, trig, {"verb's subject", "object of the act it copies, told in a sentence before"});
      return;
    }
    if (!kind_named) return;  // without a kind named, only the last act told
  }
}

}  // namespace irkg::frames
