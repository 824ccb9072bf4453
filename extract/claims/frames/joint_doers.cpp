// Doers an act is shared with: "Chile, alongside Peru, condemned Bolivia", "France sent
// troops to Mali, together with Chad", "Peru condemned Bolivia, as did Chile", "Chile,
// joined by Ecuador, recalled its envoy". The actors in such a phrase (grammar.tsv
// joint_doer_phrase) have no verb of their own: they did the act the sentence tells, to the
// same object, with its subject. "Along with" after the object stays out: "sanctioned Iran,
// along with Syria" lists more objects as often as more doers (mentions.cpp groups "along
// with" before the verb).
#include <algorithm>

#include "extract/claims/frames/sentence_frames.h"

namespace irkg::frames {

// The length of a joint-doer phrase at `p` ("alongside", "together with", "as did"), or 0.
std::size_t SentenceFrames::joint_doer_phrase_at(std::size_t p) const {
  const std::size_t n = s_.tokens.size();
  if (p < n && g_.in("joint_doer_phrase", tok(p).lower)) return 1;
  if (p + 1 < n && g_.in("joint_doer_phrase", tok(p).lower + " " + tok(p + 1).lower)) return 2;
  if (p + 2 < n && g_.in("joint_doer_phrase", tok(p).lower + " " + tok(p + 1).lower + " " + tok(p + 2).lower)) return 3;
  return 0;
}

void SentenceFrames::joint_doers() {
  const std::size_t n = s_.tokens.size();
  // "Chile joined Peru in condemning Bolivia", "Mahathir joined Indonesia's Widodo in
  // fighting the EU's plan": whom the subject joins does the act of the gerund too.
  for (std::size_t p = 0; p + 3 < n; ++p) {
    if (!is_verb(tok(p).pos) || !g_.in("joining_verb", tok(p).lower) || s_.group_at[p + 1] < 0 ||
        group(s_.group_at[p + 1]).begin != p + 1)
      continue;
    const Group& joined = group(s_.group_at[p + 1]);
    // (Past a name after a possessive: "Indonesia's Joko Widodo".)
    std::size_t in = joined.end;
    while (in < n && in < joined.end + 4 && tok(in).lower != "in" && (tok(in).capitalized || s_.group_at[in] >= 0 || tok(in).lower == "'s"))
      ++in;
    if (in + 1 >= n || tok(in).lower != "in" || tok(in + 1).pos != Pos::VBG) continue;
    const auto doers = actors(joined);
    const std::size_t before = hits_.size();
    for (std::size_t h = 0; h < before; ++h) {
      const FrameHit hit = hits_[h];
      if (hit.why.trigger < 0 || hit.negated || hit.modality != Modality::Asserted) continue;
      if (s_.triggers[static_cast<std::size_t>(hit.why.trigger)].begin != in + 1) continue;
      for (std::int32_t a : doers) {
        if (country(a) == country(hit.object) || country(a) == country(hit.subject)) continue;
        Why why = hit.why;
        why.subject = "actor the subject joined in the act";
        add_derived(FrameHit{a, hit.object, hit.relation, false, Modality::Asserted, hit.polarity, why});
      }
    }
  }
  for (std::size_t p = 1; p + 1 < n; ++p) {
    if (tok(p - 1).lower != ",") continue;
    const std::size_t len = joint_doer_phrase_at(p);
    if (len == 0) continue;
    std::size_t q = p + len;
    if (q < n && has(tok(q), word_class("article_the")) && s_.group_at[q] < 0) ++q;
    if (q >= n || s_.group_at[q] < 0 || group(s_.group_at[q]).begin != q) continue;
    const Group& joined = group(s_.group_at[q]);
    // Only actors: "alongside Chad's troops" or "together with its allies' navies" name
    // something the actor has, said otherwise.
    if (s_.mentions[static_cast<std::size_t>(joined.mentions.back())].possessive) continue;
    const std::size_t e = joined.end;
    // Between commas after the subject ("Chile, alongside Peru, condemned"): the acts whose
    // trigger follows. At the clause's end ("..., as did Chile."): the acts before.
    const bool aside = e < n && tok(e).lower == ",";
    const bool closing = e >= n || !tok(e).word || has(tok(e), word_class("time_preposition")) ||
                         has(tok(e), word_class("time_unit")) || tok(e).lower == "on" || tok(e).lower == "in";
    if (!aside && !closing) continue;
    // The subject group an aside follows: the group that ends at the comma before `p`.
    std::int32_t subject_group = -1;
    if (aside && p >= 2 && s_.group_at[p - 2] >= 0 && group(s_.group_at[p - 2]).end == p - 1) subject_group = s_.group_at[p - 2];
    const auto in_subject_group = [&](std::int32_t a) {
      if (subject_group < 0) return false;
      const auto members = actors(group(subject_group));
      return std::find(members.begin(), members.end(), a) != members.end();
    };
    const auto doers = actors(joined);
    const std::size_t before = hits_.size();
    for (std::size_t h = 0; h < before; ++h) {
      const FrameHit hit = hits_[h];
      if (hit.why.trigger < 0 || hit.negated || hit.modality != Modality::Asserted) continue;
      const std::size_t at = s_.triggers[static_cast<std::size_t>(hit.why.trigger)].begin;
      const bool fits = subject_group >= 0 ? at > e && in_subject_group(hit.subject) : (at < p && !aside);
      if (!fits) continue;
      for (std::int32_t a : doers) {
        if (country(a) == country(hit.object) || country(a) == country(hit.subject)) continue;
        Why why = hit.why;
        why.subject = "actor the act is shared with";
        add_derived(FrameHit{a, hit.object, hit.relation, false, Modality::Asserted, hit.polarity, why});
      }
    }
  }
}

// "Russian paratroopers held exercises with Belarusian troops near the Polish border":
// joint drills at a third state's border are a show of force toward it (CAMEO 15), by
// every party to them.
void SentenceFrames::drills_near_border() {
  if (lex_.show_force_relation < 0) return;
  const std::size_t before = hits_.size();
  for (std::size_t h = 0; h < before; ++h) {
    const FrameHit hit = hits_[h];
    if (hit.why.trigger < 0 || hit.negated || hit.modality != Modality::Asserted ||
        !g_.in("drill_relation", lex_.relations[static_cast<std::size_t>(hit.relation)].relation))
      continue;
    const std::int32_t state = border_state_after(s_.triggers[static_cast<std::size_t>(hit.why.trigger)].end);
    if (state < 0 || country(state) == country(hit.subject) || country(state) == country(hit.object)) continue;
    Why why = hit.why;
    why.object = "state whose border the drills are at";
    add_derived(FrameHit{hit.subject, state, lex_.show_force_relation, false, Modality::Asserted, 0, why});
    add_derived(FrameHit{hit.object, state, lex_.show_force_relation, false, Modality::Asserted, 0, why});
  }
}

}  // namespace irkg::frames
