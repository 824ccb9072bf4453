// Witnesses and guarantors of an agreement: "Austria and Hungary signed as witnesses",
// "Norway and Cuba acted as guarantors", "Egypt and Qatar guaranteed the truce", "..., with Argentina, Brazil and Chile
// as guarantors", "Qatar and Egypt were the mediators". Who witnesses, guarantees or
// mediates an agreement relates to each of its parties, as a broker does (mediation, CAMEO
// 045; pair_frame.cpp and hosted_event.cpp read "mediated by" and "talks hosted by"). The
// witnesses relate to the parties, not to one another: signing as a witness is no agreement
// among them, so the pairs the verb "signed" made inside their list are dropped.
// The parties are the actors of the friendly acts this sentence asserted without the
// witnesses; with none, those of the latest sentence that told a meeting, an agreement or
// cooperation, five sentences back at most (recent_acts_).
#include <algorithm>

#include "extract/claims/frames/sentence_frames.h"

namespace irkg::frames {

namespace {
bool contains(const std::vector<std::int32_t>& v, std::int32_t x) { return std::find(v.begin(), v.end(), x) != v.end(); }
}  // namespace

// The end of "[the] [main|two ...] guarantors" from `p`, or 0 when no witness role is there.
std::size_t SentenceFrames::witness_role_end(std::size_t p) const {
  const std::size_t n = s_.tokens.size();
  if (p < n && has(tok(p), word_class("article_the"))) ++p;
  for (std::size_t k = 0; k < 2 && p < n && s_.group_at[p] < 0 && (is_adjective(tok(p).pos) || tok(p).pos == Pos::CD); ++k) ++p;
  return p < n && g_.in("witness_role_noun", tok(p).lower) ? p + 1 : 0;
}

// The group that ends right before `at`, past adverbs ("Norway and Cuba also signed ..."), or -1.
std::int32_t SentenceFrames::group_ending_before(std::size_t at) const {
  while (at > 0 && is_adverb(tok(at - 1).pos) && s_.group_at[at - 1] < 0) --at;
  if (at == 0 || s_.group_at[at - 1] < 0) return -1;
  const std::int32_t g = s_.group_at[at - 1];
  return group(g).end == at ? g : -1;
}

void SentenceFrames::witnesses_of_agreement() {
  if (lex_.mediation_relation < 0) return;
  const std::size_t n = s_.tokens.size();
  for (std::size_t p = 1; p + 1 < n; ++p) {
    std::int32_t who = -1;
    std::size_t verb = n;  // the verb whose pairs inside the witnesses' list are dropped
    if (tok(p).lower == "as" && witness_role_end(p + 1) > 0) {
      if (is_verb(tok(p - 1).pos) && g_.in("witness_role_verb", tok(p - 1).lower)) {
        // GROUP signed|acted|served as witnesses
        verb = p - 1;
        who = group_ending_before(verb);
      } else if (const std::int32_t g = s_.group_at[p - 1]; g >= 0 && group(g).end == p) {
        // with GROUP as guarantors
        std::size_t b = group(g).begin;
        if (b > 0 && has(tok(b - 1), word_class("article_the"))) --b;
        if (b > 0 && tok(b - 1).lower == "with") who = g;
      }
    } else if (is_verb(tok(p).pos) && g_.in("guaranteeing_verb", tok(p).lower)) {
      // GROUP guaranteed|witnessed the truce
      std::size_t q = p + 1;
      if (q < n && has(tok(q), word_class("determiner"))) ++q;
      while (q < n && s_.group_at[q] < 0 && is_adjective(tok(q).pos)) ++q;
      if (q >= n || !g_.in("hosted_event_noun", tok(q).lower)) continue;
      verb = p;
      who = group_ending_before(p);
    } else if (has(tok(p), word_class("be")) && is_verb(tok(p).pos)) {
      // GROUP were the guarantors (of ... | .)
      const std::size_t e = witness_role_end(p + 1);
      if (e == 0 || (e < n && tok(e).word && !has(tok(e), word_class("complement_of")) && tok(e).lower != "to")) continue;
      who = group_ending_before(p);
    }
    if (who < 0 || s_.speaker_token[group(who).begin]) continue;
    const auto witnesses = actors(group(who));
    // The parties: the sentence's asserted friendly acts between others, else the latest told.
    std::vector<std::int32_t> parties;
    const auto add = [&](std::int32_t a) {
      if (a < 0 || contains(witnesses, a)) return;
      if (std::none_of(parties.begin(), parties.end(), [&](std::int32_t x) { return country(x) == country(a); }))
        parties.push_back(a);
    };
    const auto party_act = [&](std::int32_t r) {
      const RelationEntry& e = lex_.relations[static_cast<std::size_t>(r)];
      // (Any row of the mediating or hosting relation, verb or noun: "under the auspices of".)
      const auto same_relation = [&](std::int32_t other) {
        return other >= 0 && lex_.relations[static_cast<std::size_t>(other)].relation == e.relation;
      };
      return (e.category == "CONSULT" || e.category == "AGREE" || e.category == "COOPERATE") &&
             !same_relation(lex_.mediation_relation) && !same_relation(lex_.hosting_relation) && relation_sign(r) > 0;
    };
    // (An act the words gave a witness as its other party still names a party: "Colombia
    // signed the deal with Cuba and Norway as guarantors".)
    for (const FrameHit& h : hits_)
      if (!h.negated && h.modality == Modality::Asserted && h.polarity >= 0 && party_act(h.relation) &&
          !(contains(witnesses, h.subject) && contains(witnesses, h.object))) {
        add(h.subject);
        add(h.object);
      }
    // The witnesses sign nothing between themselves ("served as guarantors and signed the
    // protocols"), nor with the parties ("signed the agreement, with Cuba and Norway as
    // guarantors" is no signing with Cuba).
    std::erase_if(hits_, [&](const FrameHit& h) {
      const bool agreement = lex_.relations[static_cast<std::size_t>(h.relation)].category == "AGREE";
      if (h.why.trigger < 0) return false;
      if (contains(witnesses, h.subject) && contains(witnesses, h.object))
        return agreement || (verb < n && s_.triggers[static_cast<std::size_t>(h.why.trigger)].begin >= verb);
      return agreement && (contains(witnesses, h.subject) || contains(witnesses, h.object));
    });
    if (parties.empty() && recent_acts_) {
      std::int64_t told = -1;
      for (auto it = recent_acts_->rbegin(); it != recent_acts_->rend() && told < 0; ++it)
        if (party_act(it->relation)) told = it->sentence;
      for (const RecentAct& act : *recent_acts_)
        if (static_cast<std::int64_t>(act.sentence) == told && party_act(act.relation)) {
          add(act.subject);
          add(act.object);
        }
    }
    // (The role noun is often no relation phrase: "the mediators" names no act of its own.)
    std::int32_t trigger = -1;
    for (std::size_t k = 0; k < s_.triggers.size(); ++k)
      if (s_.triggers[k].begin <= p + 3 && p <= s_.triggers[k].end) trigger = static_cast<std::int32_t>(k);
    Why why{};
    why.trigger = trigger;
    why.reading = 0;
    why.subject = "witness, guarantor or mediator of the agreement";
    why.object = "party to the agreement the sentence or the one before tells";
    why.polarity = "sign of the relation's weight";
    for (std::int32_t w : witnesses)
      for (std::int32_t party : parties)
        if (country(w) != country(party)) add_derived(FrameHit{w, party, lex_.mediation_relation, false, Modality::Asserted, 0, why});
  }
}

}  // namespace irkg::frames
