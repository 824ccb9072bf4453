// The host or broker of an event a sentence tells: "The UAE and Bahrain signed agreements with
// Israel at the White House, in a ceremony hosted by Donald Trump", "The encounter, brokered by
// Brazil's president, ...". Who hosts the meeting or signing relates to each of its parties
// (the event coders' "host" and "mediate", CAMEO 043 and 045), as "Qatar hosted talks between
// A and B" does (pair_frame.cpp host_of_pair). The parties are the actors of the friendly acts
// the sentence asserted; with none, and an event named definitely ("the encounter", "the same
// ceremony"), those of the latest sentence before that asserted one.
#include <algorithm>

#include "extract/claims/frames/sentence_frames.h"

namespace irkg::frames {

void SentenceFrames::hosts_of_told_event() {
  if (lex_.hosting_relation < 0 || lex_.mediation_relation < 0) return;
  const std::size_t n = s_.tokens.size();
  for (std::size_t p = 1; p + 2 < n; ++p) {
    // EVENT-NOUN (,) (which was) hosted|brokered by GROUP
    if (!g_.in("hosting_participle", tok(p).lower) || !has(tok(p + 1), word_class("agent_by"))) continue;
    std::size_t e = p;
    if (e >= 2 && has(tok(e - 1), word_class("be")) && has(tok(e - 2), word_class("relative"))) e -= 2;  // "which was"
    bool set_off = false;
    if (e >= 1 && tok(e - 1).lower == ",") {
      --e;
      set_off = true;
    }
    // "signed the deal in Jeddah, witnessed by King Salman": a brokering participle set off
    // after the clause speaks of the clause's act, whatever noun ends it.
    const bool brokered = g_.in("brokering_participle", tok(p).lower);
    // "Talks between Riyadh and Tehran were hosted by China": in the passive the event is the
    // clause's subject, the head of its first noun phrase.
    std::size_t event = e > 0 ? e - 1 : 0;
    if (!set_off && e >= 2 && has(tok(e - 1), word_class("be"))) {
      std::size_t b = e - 1;
      while (b > 0 && (has(tok(b - 1), word_class("be")) || has(tok(b - 1), word_class("auxiliary")) || is_adverb(tok(b - 1).pos))) --b;
      const std::size_t start = clause_start(b);
      if (const std::int32_t c = s_.chunk_at[start]; c >= 0 && chunk(c).kind == ChunkKind::Noun && s_.group_at[chunk(c).head] < 0)
        event = chunk(c).head;
    }
    if (e == 0 || (!g_.in("hosted_event_noun", tok(event).lower) && !(brokered && set_off))) continue;
    std::size_t q = p + 2;
    if (q < n && has(tok(q), word_class("article_the")) && s_.group_at[q] < 0) ++q;
    if (q >= n || s_.group_at[q] < 0 || group(s_.group_at[q]).begin != q) continue;
    const auto hosts = actors(group(s_.group_at[q]));
    const std::int32_t relation = brokered ? lex_.mediation_relation : lex_.hosting_relation;
    // The parties: actors of the friendly acts asserted here, else (a definite event) before.
    std::vector<std::int32_t> parties;
    const auto add = [&](std::int32_t a) {
      if (std::any_of(hosts.begin(), hosts.end(), [&](std::int32_t h) { return country(h) == country(a); })) return;
      if (std::none_of(parties.begin(), parties.end(), [&](std::int32_t x) { return country(x) == country(a); }))
        parties.push_back(a);
    };
    // (Meetings, agreements and cooperation have parties; a request or praise has none, and
    // a host already read, "the Nairobi talks, hosted by Uganda", is the pair frame's.)
    const auto event_act = [&](std::int32_t r) {
      const RelationEntry& e = lex_.relations[static_cast<std::size_t>(r)];
      return (e.category == "CONSULT" || e.category == "AGREE" || e.category == "COOPERATE") && e.relation != "host" &&
             e.relation != "mediate" && relation_sign(r) > 0;
    };
    const bool hosts_read = std::any_of(hits_.begin(), hits_.end(), [&](const FrameHit& h) {
      return (h.relation == lex_.hosting_relation || h.relation == lex_.mediation_relation ||
              lex_.relations[static_cast<std::size_t>(h.relation)].relation == "host") &&
             std::any_of(hosts.begin(), hosts.end(), [&](std::int32_t x) { return country(x) == country(h.subject); });
    });
    if (hosts_read) continue;
    for (const FrameHit& h : hits_)
      if (!h.negated && h.modality == Modality::Asserted && h.polarity >= 0 && event_act(h.relation)) {
        add(h.subject);
        add(h.object);
      }
    std::size_t d = event;
    while (d > 0 && s_.group_at[d - 1] < 0 && (is_adjective(tok(d - 1).pos) || tok(d - 1).lower == "same")) --d;
    const bool definite = d > 0 && g_.in("definite_determiner", tok(d - 1).lower);
    if (parties.empty() && definite && recent_acts_ && !recent_acts_->empty()) {
      const std::uint32_t latest = recent_acts_->back().sentence;
      for (const RecentAct& act : *recent_acts_)
        if (act.sentence == latest && event_act(act.relation)) {
          add(act.subject);
          add(act.object);
        }
    }
    // The claim's trigger: the participle's own if it is one, else the sentence's first.
    if (s_.triggers.empty()) continue;
    std::int32_t trigger = 0;
    for (std::size_t k = 0; k < s_.triggers.size(); ++k)
      if (s_.triggers[k].begin <= p && p < s_.triggers[k].end) trigger = static_cast<std::int32_t>(k);
    Why why{};
    why.trigger = trigger;
    why.reading = 0;
    why.subject = brokered ? "broker of the event" : "host of the event";
    why.object = "party to the event the sentence tells";
    why.polarity = "sign of the relation's weight";
    for (std::int32_t host : hosts)
      for (std::int32_t party : parties)
        if (country(host) != country(party)) add_derived(FrameHit{host, party, relation, false, Modality::Asserted, 0, why});
  }
}

}  // namespace irkg::frames
