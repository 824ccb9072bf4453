// The passive of "joined X in": "Beijing and Moscow were joined in their criticism by
// Namibia", "Kenya was joined in the boycott by Uganda", "Lithuania was joined by Latvia in
// expelling Russian diplomats". The by-agent does the act the noun
// names, as those it joined did it: to its object, with its relation. The act is one of the
// joined's told in this sentence or the sentences just before, of the noun's kind
// (grammar.tsv act_noun_root); the words say nothing of a relation between the joined and
// their new companion, so the readings of "joined" and of the noun here make no claim.
#include <algorithm>

#include "extract/claims/frames/sentence_frames.h"

namespace irkg::frames {

void SentenceFrames::joined_in_passive() {
  const std::size_t n = s_.tokens.size();
  // "Lithuania was joined by Latvia in expelling Russian diplomats": the agent does the
  // gerund's act, as those it joined do (their act's hits here, with the joined as doers).
  for (std::size_t p = 1; p + 4 < n; ++p) {
    if (tok(p).pos != Pos::VBN || !g_.in("joining_verb", tok(p).lower) || !has(tok(p + 1), word_class("agent_by"))) continue;
    std::size_t b = p;
    while (b > 0 && s_.group_at[b - 1] < 0 && is_adverb(tok(b - 1).pos)) --b;
    if (b == 0 || !has(tok(b - 1), word_class("be"))) continue;
    std::size_t a = p + 2;
    if (a < n && has(tok(a), word_class("article_the")) && s_.group_at[a] < 0) ++a;
    if (a >= n || s_.group_at[a] < 0 || group(s_.group_at[a]).begin != a) continue;
    const std::size_t in = group(s_.group_at[a]).end;
    if (in + 1 >= n || tok(in).lower != "in") continue;
    const auto joiners = actors(group(s_.group_at[a]));
    const std::size_t before = hits_.size();
    for (std::size_t h = 0; h < before; ++h) {
      const FrameHit hit = hits_[h];
      if (hit.why.trigger < 0 || hit.negated || hit.modality != Modality::Asserted) continue;
      if (s_.triggers[static_cast<std::size_t>(hit.why.trigger)].begin <= in) continue;
      for (std::int32_t j : joiners) {
        if (country(j) == country(hit.object) || country(j) == country(hit.subject)) continue;
        Why why = hit.why;
        why.subject = "agent who joined the act ('was joined by X in')";
        add_derived(FrameHit{j, hit.object, hit.relation, false, Modality::Asserted, hit.polarity, why});
      }
    }
  }
  for (std::size_t p = 1; p + 4 < n; ++p) {
    if (tok(p).pos != Pos::VBN || !g_.in("joining_verb", tok(p).lower) || tok(p + 1).lower != "in") continue;
    std::size_t b = p;
    while (b > 0 && s_.group_at[b - 1] < 0 && is_adverb(tok(b - 1).pos)) --b;
    if (b == 0 || !has(tok(b - 1), word_class("be"))) continue;
    const std::int32_t joined = group_ending_before(b - 1);
    // in (their|its|the) [adjectives] NOUN by GROUP
    std::size_t q = p + 2;
    if (q < n && (tok(q).pos == Pos::PRPS || has(tok(q), word_class("determiner")))) ++q;
    while (q < n && s_.group_at[q] < 0 && is_adjective(tok(q).pos)) ++q;
    if (q + 2 >= n || !has(tok(q + 1), word_class("agent_by"))) continue;
    const std::string root = act_noun_root(tok(q).lower);
    if (root.empty()) continue;
    std::size_t a = q + 2;
    if (a < n && has(tok(a), word_class("article_the")) && s_.group_at[a] < 0) ++a;
    if (a >= n || s_.group_at[a] < 0 || group(s_.group_at[a]).begin != a) continue;
    const auto joiners = actors(group(s_.group_at[a]));
    // (A pronoun subject, "They were joined ...", stands for the actors it carries on.)
    const auto doers = joined >= 0 ? actors(group(joined)) : clause_subject(b - 1);
    if (doers.empty()) continue;
    const auto doer = [&](std::int32_t x) {
      return std::any_of(doers.begin(), doers.end(), [&](std::int32_t d) { return country(d) == country(x); });
    };
    const auto of_kind = [&](std::int32_t relation) {
      return std::string_view(lex_.relations[static_cast<std::size_t>(relation)].cameo).substr(0, 2) == root;
    };
    // The words between "joined" and the agent are no claim of their own.
    std::erase_if(hits_, [&](const FrameHit& h) {
      if (h.why.trigger < 0) return false;
      const std::size_t at = s_.triggers[static_cast<std::size_t>(h.why.trigger)].begin;
      return at >= p && at <= q;
    });
    // The act: the joined's, of that kind, here or in the sentences before.
    std::vector<std::pair<std::int32_t, std::int32_t>> acts;  // relation, object
    for (const FrameHit& h : hits_)
      if (!h.negated && h.modality == Modality::Asserted && doer(h.subject) && of_kind(h.relation)) acts.push_back({h.relation, h.object});
    if (acts.empty() && recent_acts_)
      for (auto it = recent_acts_->rbegin(); it != recent_acts_->rend() && acts.empty(); ++it)
        if (doer(it->subject) && of_kind(it->relation)) acts.push_back({it->relation, it->object});
    Why why{};
    why.trigger = -1;
    why.reading = 0;
    why.subject = "agent who joined the act ('were joined in ... by')";
    why.object = "object of the act the joined did";
    why.polarity = "sign of the relation's weight";
    for (const auto& [relation, object] : acts)
      for (std::int32_t j : joiners)
        if (country(j) != country(object) && !doer(j)) add_derived(FrameHit{j, object, relation, false, Modality::Asserted, 0, why});
  }
}

}  // namespace irkg::frames
