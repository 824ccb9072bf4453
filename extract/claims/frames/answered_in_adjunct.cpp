// Hostile acts named beside a clause as what it went against or answered: "Tehran released
// the sailors after British protests", "Kenya went ahead despite Somali objections",
// "Following Indian threats, Pakistan returned the pilot". The act is a noun with its owner
// (a demonym or possessor right before it) and no target of its own, in a phrase that an
// adjunct word opens (adjunct_opener: "despite", "amid", "after", "following") with no verb
// inside; its target is the clause's subject, after the phrase's comma when the phrase opens
// the sentence. Any hostile reading of the noun gives the relation (a bare "protests" is read
// by the verb row of protesting). Not the owner's own state: "Syrians rebuilt Aleppo after
// Syrian shelling" relates nobody.
#include <algorithm>

#include "extract/claims/frames/sentence_frames.h"

namespace irkg::frames {

void SentenceFrames::answered_in_adjunct() {
  for (std::size_t ti = 0; ti < s_.triggers.size(); ++ti) {
    const Trigger& trig = s_.triggers[ti];
    if (consumed_[ti] || trig.readings.empty() || !is_noun(tok(trig.end - 1).pos) || trig.end - trig.begin > 2) continue;
    if (std::any_of(hits_.begin(), hits_.end(), [&](const FrameHit& h) { return h.why.trigger == static_cast<std::int32_t>(ti); }))
      continue;
    std::int32_t relation = -1;
    for (const Reading& reading : trig.readings)
      if (relation < 0 && relation_sign(reading.match.relation) < 0 &&
          !lex_.relations[static_cast<std::size_t>(reading.match.relation)].compose_only)
        relation = reading.match.relation;
    if (relation < 0) continue;
    const std::int32_t mod = modifier_before(trig.begin);
    if (mod < 0 || group(mod).compound) continue;
    // Nothing after the noun but the clause's end, a comma or another clause: "after British
    // protests over the arrests" has its own object to read elsewhere.
    if (trig.end < s_.tokens.size() && tok(trig.end).word && !has(tok(trig.end), word_class("coordinator")) &&
        s_.clause_at[trig.end] == s_.clause_at[trig.begin])
      continue;
    std::size_t start = phrase_start(mod);
    while (start > 0 && s_.group_at[start - 1] < 0 &&
           (is_adjective(tok(start - 1).pos) || has(tok(start - 1), word_class("determiner"))))
      --start;
    if (start == 0 || !adjunct_opener(tok(start - 1)) || verb_between(start, trig.begin)) continue;
    const std::size_t opener = start - 1;
    std::vector<std::int32_t> targets = opener == 0 ? subject_after_opening_phrase(trig.end) : clause_subject(opener - 1);
    const auto owners = actors(group(mod));
    std::erase_if(targets, [&](std::int32_t a) {
      return std::any_of(owners.begin(), owners.end(), [&](std::int32_t o) { return country(o) == country(a); });
    });
    if (targets.empty()) continue;
    trigger_ = static_cast<std::int32_t>(ti);
    reading_ = 0;
    composed_ = -1;
    emit(owners, targets, relation, trig, {"possessor or modifier", "subject of the clause the phrase is an adjunct of"});
  }
}

// Words that open a phrase set beside a clause, saying what the clause's act went against or
// answered: "despite", "amid" (grammar.tsv concessive_word), "after", "following"
// (reaction_adjunct_word).
bool SentenceFrames::adjunct_opener(const Token& t) const {
  return g_.in("concessive_word", t.lower) || g_.in("reaction_adjunct_word", t.lower);
}

}  // namespace irkg::frames
