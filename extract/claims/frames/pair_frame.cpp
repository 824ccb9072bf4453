// The pair frame: "tensions between A and B", "A-B tensions", "A and B formed an alliance":
// a relation among the members of one group.

#include "extract/claims/frames/sentence_frames.h"

#include <algorithm>

namespace irkg::frames {

void SentenceFrames::pair(const Trigger& trig, const RelationEntry& r_told, std::int32_t relation_told) {
  // "Peru and Chile are close to a deal": "close to" is nearness, no closeness of the two.
  if (tok(trig.end - 1).lower == "close" && trig.end < s_.tokens.size() && tok(trig.end).lower == "to") return;
  // "came close to war", "on the brink of war", "on the verge of a deal": a state of affairs
  // that was only near is not there (grammar.tsv nearness_phrase right before the noun);
  // near war is tension all the same.
  std::int32_t relation = relation_told;
  {
    std::size_t b = trig.begin;
    while (b > 0 && s_.group_at[b - 1] < 0 && (has(tok(b - 1), word_class("determiner")) || is_adjective(tok(b - 1).pos))) --b;
    if (b >= 2 && g_.in("nearness_phrase", tok(b - 2).lower + " " + tok(b - 1).lower)) {
      if (r_told.polarity() >= 0) return;
      relation = first_row("tension", Frame::Pair);
      if (relation < 0) return;
    }
  }
  const RelationEntry& r = lex_.relations[static_cast<std::size_t>(relation)];
  // "Turkey and Russia discussed the war in Syria with Iran", "hosted talks on the Gaza war
  // with Israel": a war or a crisis that a discussion or an event is about is a topic; its
  // "with" belongs to the verb (grammar.tsv topic_verb, the nearest verb before the noun).
  if (topic_of_verb(trig)) return;
  if (r.ties_subject) {
    ties_predicate(trig, relation);
    return;
  }
  // An adverb ("together", "jointly") has no modifier: a group right before it is a
  // subject, handled below.
  const std::int32_t mod = has(tok(trig.begin), word_class("adverb")) ? -1 : modifier_before(trig.begin);
  if (mod >= 0 && (group(mod).compound || group(mod).mentions.size() >= 2)) {
    // "Sino-Russian ties", "India and Japan's partnership"
    pair_members(actors(group(mod)), relation, trig, "members of the modifier before the noun");
    return;
  }
  std::string prep;
  // "placed great strain on the relationship between London and Dublin", "tension in ties
  // between A and B": the state is of the ties the noun's complement names, so their pair.
  std::size_t pair_from = trig.end;
  if (pair_from + 2 < s_.tokens.size() && (tok(pair_from).lower == "on" || tok(pair_from).lower == "in")) {
    std::size_t q = pair_from + 1;
    while (q < s_.tokens.size() && s_.group_at[q] < 0 && (has(tok(q), word_class("determiner")) || is_adjective(tok(q).pos))) ++q;
    if (q < s_.tokens.size() && s_.group_at[q] < 0 && has(tok(q), word_class("ties_noun"))) pair_from = q + 1;
  }
  // "talks hosted by China between A and B": the pair follows the host's participle phrase.
  if (pair_from + 2 < s_.tokens.size() && g_.in("hosting_participle", tok(pair_from).lower) &&
      has(tok(pair_from + 1), word_class("agent_by")))
    if (const std::int32_t host = group_after(pair_from + 2, pair_from, Reach::Phrase); host >= 0 && group(host).end < s_.tokens.size() &&
        has(tok(group(host).end), word_class("pair_preposition")) && !has(tok(group(host).end), word_class("complement_of")))
      pair_from = group(host).end;
  if (const std::int32_t gi = prep_object(pair_from, word_class("pair_preposition"), &prep, false);
      gi >= 0 && group(gi).mentions.size() >= 2) {
    pair_members(actors(group(gi)), relation, trig, "members of the group after between/among");  // "tensions between A and B"
    return;
  }
  // "talks between the Saudi security adviser and the secretary of Iran's council": two
  // noun phrases after "between" or "among", each naming its actor inside it.
  if (const auto two = coordinated_phrases_after(pair_from); two.size() >= 2) {
    pair_members(two, relation, trig, "actors of the phrases coordinated after between/among");
    return;
  }
  std::int32_t obj = ends_with_preposition(trig) ? group_after(trig.end, trig.begin, Reach::Phrase)
                                                 : prep_object(trig.end, r.preps, &prep, false);
  if (obj >= 0 && helper_phrase_owner(obj)) obj = -1;  // "sealed the accord with the help of X"
  if (obj >= 0) {
    auto subjects = mod >= 0 ? actors(group(mod)) : clause_subject(trig.begin);
    std::string_view subject_rule = mod >= 0 ? "possessor or modifier" : "clause subject";
    // "diplomats were expelled in solidarity with Britain": the passive act's agent's (noun_frame.cpp).
    if (std::int32_t agent = -1; mod < 0 && passive_purpose_adjunct(trig.begin, agent)) {
      if (agent < 0) return;
      subjects = actors(group(agent));
      subject_rule = "agent of the passive act the phrase gives the purpose of";
    }
    // "Paris withdrew its troops after a bitter row with Bamako": a time preposition before
    // a dispute's phrase opens no clause of its own; the clause before it has the subject,
    // whose act the dispute explains ("hosted Hamas leaders, before talks with Qatar" may be
    // the guests' talks: friendly nouns are left).
    if (subjects.empty() && mod < 0 && r.polarity() < 0) {
      const std::size_t start = clause_start(trig.begin);
      if (start > 0 && has(tok(start), word_class("time_preposition")) && s_.chunk_at[start + 1] >= 0 &&
          chunk(s_.chunk_at[start + 1]).kind == ChunkKind::Noun && chunk(s_.chunk_at[start + 1]).end > trig.begin - 1) {
        subjects = clause_subject(start - 1);
        subject_rule = "subject of the clause the time phrase follows";
      }
    }
    // "Orban, the leader with the warmest ties to the Kremlin, said ...": the speaker's
    // apposition (clauses.cpp reads stance and pair nouns there) describes the speaker.
    if (subjects.empty() && mod < 0 && s_.speaker_token[trig.begin] && s_.speaker_group >= 0 &&
        group(s_.speaker_group).end < trig.begin && tok(group(s_.speaker_group).end).lower == "," && s_.speaker_group != obj) {
      subjects = actors(group(s_.speaker_group));
      subject_rule = "speaker the apposition describes";
    }
    // "Japan's alliance with the US"
    emit(subjects, actors(group(obj)), relation, trig, {subject_rule, "object of the noun's preposition"});
    return;
  }
  // "A and B formed an alliance": the noun is close to its coordinated subject.
  const std::int32_t clause = s_.clause_at[trig.begin];
  for (const Group& grp : s_.groups) {
    if (s_.clause_at[grp.begin] != clause || grp.end > trig.begin) continue;
    // An adverb right after the group quantifies rather than relates: "Russia and Ukraine
    // together export a third of the world's wheat".
    const bool adverb_right_after = trig.begin == grp.end && has(tok(trig.begin), word_class("adverb"));
    // "India, China in fresh row over border", "Kenya and Uganda in talks on trade": a
    // headline's verbless predicate, "in" and the noun, with no verb in the clause.
    const auto headline_in = [&] {
      if (grp.end >= trig.begin || tok(grp.end).lower != "in") return false;
      for (std::size_t p = grp.end + 1; p < trig.begin; ++p)
        if (!is_adjective(tok(p).pos) && !has(tok(p), word_class("determiner"))) return false;
      for (std::size_t p = 0; p < s_.tokens.size(); ++p)
        if (s_.clause_at[p] == clause && is_verb(tok(p).pos) && s_.group_at[p] < 0 && tok(p).pos != Pos::VBG) return false;
      return true;
    };
    // ("Egypt and Qatar welcomed the truce", "Kenya and Uganda condemned the war": the state a
    // stance is taken on is not between the stance-takers.)
    const bool stance_on_it = [&] {
      for (const Trigger& t : s_.triggers)
        if (t.begin >= grp.end && t.end <= trig.begin)
          for (const Reading& r : t.readings) {
            const RelationEntry& e = lex_.relations[static_cast<std::size_t>(r.match.relation)];
            if (e.frame == Frame::Verb && (e.compose || e.compose_only) && (e.category == "SUPPORT" || e.category == "DISAPPROVE"))
              return true;
            // ("Germany and Poland discussed the war", "China and Brazil called for an end to
            // the war": what a talk, a demand or an appeal is about lies between others.)
            if (e.frame == Frame::Verb && !r.match.gerund && is_verb(tok(t.begin).pos) &&
                ((e.category == "CONSULT" && (e.relation == "talk" || e.relation == "discuss")) || e.category == "DEMAND" ||
                 e.category == "APPEAL"))
              return true;
          }
      return false;
    }();
    // ("The arrival of Saudi and Emirati forces ... changed the balance of the crisis", "For
    // Canberra and Wellington, Fiji is the third crisis": a group inside a prepositional
    // phrase is no subject. "South African and Saudi mediators are credited with the deal":
    // witnesses, guarantors and mediators are no parties. "Lithuania and Poland issued
    // statements of solidarity": solidarity is with another, grammar.tsv directed_pair_noun.)
    std::size_t opener = grp.begin;
    if (opener > 0 && has(tok(opener - 1), word_class("article_the"))) --opener;
    // ("The leaders of Britain and France issued a joint statement": "of" after the people
    // who act for the group is the subject's own phrase.)
    const bool people_of = opener >= 2 && has(tok(opener - 1), word_class("complement_of")) &&
                           (has(tok(opener - 2), word_class("people_noun")) || lex_.grammar.in("title_person_noun", tok(opener - 2).lower) ||
                            (tok(opener - 2).lower.ends_with("s") &&
                             lex_.grammar.in("title_person_noun", tok(opener - 2).lower.substr(0, tok(opener - 2).lower.size() - 1))));
    const bool in_phrase = opener > 0 && s_.group_at[opener - 1] < 0 && has(tok(opener - 1), word_class("preposition")) && !people_of;
    const bool role_head = grp.end < s_.tokens.size() && g_.in("witness_role_noun", tok(grp.end).lower);
    const bool directed = g_.in("directed_pair_noun", tok(trig.begin).lower);
    // ("Saudi Arabia and the United States facilitated talks in Jeddah": who hosts, brokers
    // or facilitates an event is not its party; grammar.tsv event_sponsor_verb.)
    bool sponsored = false;
    for (std::size_t p = grp.end; p < trig.begin && !sponsored; ++p) sponsored = g_.in("event_sponsor_verb", tok(p).lower);
    const bool may_be_parties = !adverb_right_after && !stance_on_it && !in_phrase && !role_head && !directed && !sponsored;
    if (grp.mentions.size() >= 2 && may_be_parties && (predicate_of(grp.end, trig.begin) || headline_in())) {
      pair_members(actors(grp), relation, trig, "members of the coordinated subject before the noun");
      return;
    }
    // "Two Russian bombers and two Chinese jets flew a joint patrol": two noun phrases, each
    // named by its actor, coordinated as the subject (as clause_subject reads them).
    if (grp.mentions.size() == 1 && may_be_parties) {
      const auto subjects = clause_subject(trig.begin);
      const auto own = actors(grp);
      if (subjects.size() == 2 && own.size() == 1 && subjects[0] == own[0] && country(subjects[0]) != country(subjects[1]))
        for (const Group& second : s_.groups) {
          if (second.begin <= grp.end || second.end > trig.begin || actors(second) != std::vector<std::int32_t>{subjects[1]}) continue;
          std::size_t end = second.end;
          if (const std::int32_t c = s_.chunk_at[second.begin]; c >= 0 && chunk(c).kind == ChunkKind::Noun) end = std::max(end, chunk(c).end);
          if (predicate_of(end, trig.begin)) {
            pair_members(subjects, relation, trig, "actors of the noun phrases coordinated as the subject");
            return;
          }
          break;
        }
    }
    break;
  }
  // "India and China, whose troops clashed in 2020, have held 21 rounds of talks": past a
  // relative clause that closed before the noun, the subject is the clause's antecedent.
  std::size_t start = clause_start(trig.begin);
  while (start < trig.begin && !tok(start).word) ++start;
  // (Not when the relative clause or the predicate puts on the event or takes a stance on it:
  // "Kenya and Ethiopia, which mediated the talks, welcomed the deal".)
  bool sponsored_or_judged = false;
  for (std::size_t p = start; p < trig.begin && !sponsored_or_judged; ++p) {
    sponsored_or_judged = g_.in("event_sponsor_verb", tok(p).lower);
    for (const Trigger& t : s_.triggers)
      if (t.begin == p)
        for (const Reading& rd : t.readings) {
          const RelationEntry& e = lex_.relations[static_cast<std::size_t>(rd.match.relation)];
          sponsored_or_judged = sponsored_or_judged || (e.frame == Frame::Verb && (e.compose || e.compose_only) &&
                                                         (e.category == "SUPPORT" || e.category == "DISAPPROVE"));
        }
  }
  if (has(tok(start), word_class("relative")) && relative_closed_between(start, trig.begin) && !sponsored_or_judged)
    if (const std::int32_t antecedent = antecedent_of(start); antecedent >= 0 && group(antecedent).mentions.size() >= 2) {
      pair_members(actors(group(antecedent)), relation, trig, "members of the coordinated subject before the relative clause");
      return;
    }
  if (r.ends_conflict)
    if (const auto fighters = fighters_before(trig); !fighters.empty())
      pair_members(fighters, relation, trig, "the two sides of the fighting the truce ends");
  // "Russia's war in Ukraine": a war of one named side is against the state where it is fought.
  if (r.violent && mod >= 0 && !group(mod).compound)
    if (const std::int32_t place = place_after(trig.end, trig.begin, trig.end); place >= 0)
      emit(actors(group(mod)), {place}, relation, trig, {"possessor or modifier", "place of violence"});
  // "France urged Armenia and Azerbaijan to talk, warning that the renewed fighting could
  // spread": a definite conflict with no parties of its own is the one between the pair the
  // sentence named, else the latest violent act told in the sentences before.
  if (r.violent && mod < 0)
    if (const auto sides = sides_of_definite_conflict(trig); sides.size() == 2)
      pair_members(sides, relation, trig, "the sides of the conflict told or named before");
}

std::vector<std::int32_t> SentenceFrames::sides_of_definite_conflict(const Trigger& trig) const {
  std::size_t d = trig.begin;
  while (d > 0 && s_.group_at[d - 1] < 0 && (is_adjective(tok(d - 1).pos) || tok(d - 1).pos == Pos::VBN)) --d;
  if (d == 0 || !has(tok(d - 1), word_class("article_the"))) return {};
  // (Not "the war in Syria" nor "the fighting over Kashmir" read elsewhere: a complement after
  // the noun names where or what, which the other rules read.)
  if (trig.end < s_.tokens.size() && tok(trig.end).word && has(tok(trig.end), word_class("preposition")) &&
      !has(tok(trig.end), word_class("locative")))
    return {};
  for (std::size_t gi = s_.groups.size(); gi-- > 0;) {
    const Group& g = s_.groups[gi];
    if (g.end > trig.begin || g.compound || g.mentions.size() != 2 || s_.speaker_token[g.begin]) continue;
    // The pair a verb acts on ("urged Armenia and Azerbaijan"), in an earlier clause; not the
    // pair that acts ("the EU and the US have worked together since the war began").
    const std::size_t start = phrase_start(static_cast<std::int32_t>(gi));
    const auto members = actors(g);
    if (start > 0 && is_verb(tok(start - 1).pos) && s_.clause_at[g.begin] != s_.clause_at[trig.begin] && members.size() == 2 &&
        country(members[0]) != country(members[1]) && !non_state(members[0]) && !non_state(members[1]))
      return members;
    break;
  }
  // (Acts told by verbs only: a conflict noun read this way is no new act to recall.)
  if (recent_acts_)
    for (auto act = recent_acts_->rbegin(); act != recent_acts_->rend(); ++act) {
      const RelationEntry& e = lex_.relations[static_cast<std::size_t>(act->relation)];
      if (e.violent && e.polarity() < 0 && e.frame == Frame::Verb && country(act->subject) != country(act->object))
        return {act->subject, act->object};
    }
  return {};
}

// "Relations between Chile and Peru have soured", "Kenya's ties with Uganda had never been
// better", "(Lima said) relations with Quito were stronger than ever": a predicate that
// says how ties stand relates the parties of its subject, a ties noun (`ties_noun`). The
// parties: the group after between/among, or an owner (possessor or modifier, else the
// speaker of a reported clause) and the group after "with".
void SentenceFrames::ties_predicate(const Trigger& trig, std::int32_t relation) {
  const std::int32_t clause = s_.clause_at[trig.begin];
  // Back over the verb group before the predicate: auxiliaries, forms of be, adverbs.
  std::size_t end = trig.begin;
  while (end > 0 && s_.clause_at[end - 1] == clause && s_.group_at[end - 1] < 0 &&
         (has(tok(end - 1), word_class("auxiliary")) || has(tok(end - 1), word_class("be")) ||
          has(tok(end - 1), word_class("perfect_have")) || has(tok(end - 1), word_class("adverb")) || is_adverb(tok(end - 1).pos)))
    --end;
  // The ties noun heads the subject that ends there: at most eight words back, a group of
  // actors counting as one ("between the United Kingdom and the European Union"), through its
  // complement ("between A and B", "with X"), never across a verb or a comma.
  std::size_t noun = end;
  std::size_t words = 0;
  for (std::size_t p = end; p-- > 0 && s_.clause_at[p] == clause;) {
    if (s_.group_at[p] < 0 || p == 0 || s_.group_at[p - 1] != s_.group_at[p]) ++words;
    if (words > 8) break;
    if (tok(p).lower == "," || (s_.group_at[p] < 0 && is_verb(tok(p).pos))) break;
    if (s_.group_at[p] < 0 && has(tok(p), word_class("ties_noun"))) {
      noun = p;
      break;
    }
  }
  if (noun == end) return;
  std::string prep;
  if (const std::int32_t gi = prep_object(noun + 1, word_class("pair_preposition"), &prep, false);
      gi >= 0 && group(gi).end <= end && group(gi).mentions.size() >= 2) {
    pair_members(actors(group(gi)), relation, trig, "members after between/among in the ties noun's phrase");
    return;
  }
  if (const std::int32_t mod = modifier_before(noun); mod >= 0 && (group(mod).compound || group(mod).mentions.size() >= 2)) {
    pair_members(actors(group(mod)), relation, trig, "members of the modifier of the ties noun");
    return;
  }
  const std::int32_t partner = prep_object(noun + 1, word_class("partner_preposition"), &prep, false);
  if (partner < 0 || group(partner).end > end) return;
  std::vector<std::int32_t> owners;
  std::string_view owner_rule = "possessor or modifier of the ties noun";
  if (const std::int32_t mod = modifier_before(noun); mod >= 0) {
    owners = actors(group(mod));
  } else if (s_.speaker_group >= 0 && !s_.speaker_token[noun] && s_.clause_at[group(s_.speaker_group).begin] != clause) {
    owners = actors(group(s_.speaker_group));
    owner_rule = "speaker (the ties noun has no owner of its own)";
  } else if (std::size_t v = noun; v > 0) {
    // "Macron called relations with Algeria excellent", "Modi described ties with Tokyo as
    // special": the ties are the object of a verdict or perception verb, whose subject
    // owns them.
    if (v > 1 && (has(tok(v - 1), word_class("determiner")) || has(tok(v - 1), word_class("possessive_pronoun")))) --v;
    const Token& verb = tok(v - 1);
    if (is_verb(verb.pos) && (has(verb, word_class("verdict_verb")) || has(verb, word_class("perceive")))) {
      owners = clause_subject(v - 1);
      owner_rule = "subject of the verdict verb whose object is the ties noun";
    }
  }
  if (owners.empty()) return;
  emit(owners, actors(group(partner)), relation, trig, {owner_rule, "group after 'with'"});
}

void SentenceFrames::pair_members(const std::vector<std::int32_t>& members, std::int32_t relation, const Trigger& trig,
                                  std::string_view rule) {
  emit_within(members, relation, trig, rule);
  if (trigger_ >= 0) parties_[static_cast<std::size_t>(trigger_)] = members;
  compound_agent(trig, members);
  host_of_pair(trig, members);
}

// "Qatar offered to host another round of talks between Washington and Tehran": who hosts a
// meeting (a `guests-meet` verb whose object phrase holds the pair noun) hosts its parties.
void SentenceFrames::host_of_pair(const Trigger& trig, const std::vector<std::int32_t>& members) {
  for (std::size_t k = 0; k < s_.triggers.size(); ++k) {
    const Trigger& verb = s_.triggers[k];
    if (verb.begin >= trig.begin) break;  // triggers are in order of their first word
    // The pair noun heads the object, or its of-complement ("a fresh round of direct
    // negotiations between ...").
    const std::int32_t c = s_.chunk_at[trig.begin];
    const std::size_t np = c >= 0 ? chunk(c).begin : trig.begin;
    const bool of_complement = np >= 2 && has(tok(np - 1), word_class("complement_of")) && in_object_phrase(verb.end, np - 2);
    if (verb.end > trig.begin || s_.clause_at[verb.begin] != s_.clause_at[trig.begin] ||
        !(in_object_phrase(verb.end, trig.begin) || of_complement))
      continue;
    for (const Reading& reading : verb.readings) {
      const RelationEntry& r = lex_.relations[static_cast<std::size_t>(reading.match.relation)];
      if (r.frame != Frame::Verb || !r.guests_meet || reading.end != verb.end) continue;
      // The hit's origin is the hosting verb's trigger, not the noun's.
      const std::int32_t noun_trigger = trigger_;
      trigger_ = static_cast<std::int32_t>(k);
      emit(infinitive_subject(verb.begin), members, reading.match.relation, verb,
           {"subject of the hosting verb", "parties of the meeting it hosts"});
      trigger_ = noun_trigger;
      return;
    }
  }
}

// "Armenia and Azerbaijan fought a war that ended with a ceasefire", "the two armies
// clashed for a week before a truce took hold": a truce with no parties of its own ends the
// fighting the sentence just told, when a word of ending (ended, before, until) stands
// between the two; its parties are that fighting's sides.
std::vector<std::int32_t> SentenceFrames::fighters_before(const Trigger& trig) const {
  for (auto h = hits_.rbegin(); h != hits_.rend(); ++h) {
    if (h->why.trigger < 0 || h->negated) continue;
    const Trigger& fight = s_.triggers[static_cast<std::size_t>(h->why.trigger)];
    if (fight.end > trig.begin) continue;
    const int sign = h->polarity != 0 ? h->polarity : lex_.relations[static_cast<std::size_t>(h->relation)].polarity();
    if (sign >= 0 || !lex_.relations[static_cast<std::size_t>(h->relation)].violent) continue;
    // The word of ending is the truce's own clause's ("that ended with", "before a truce").
    for (std::size_t p = fight.end; p < trig.begin; ++p)
      if (has(tok(p), word_class("conflict_end")) && s_.clause_at[p] == s_.clause_at[trig.begin]) return {h->subject, h->object};
    return {};
  }
  return {};
}

// "a Russian-brokered ceasefire", "a US-mediated deal": the actor before the hyphen does what
// the participle after it says to the parties of the noun they modify.
void SentenceFrames::compound_agent(const Trigger& trig, const std::vector<std::int32_t>& parties) {
  const std::size_t b = trig.begin;
  if (b < 3 || !tok(b - 1).joined || !tok(b - 2).joined || tok(b - 2).lower != "-" || s_.group_at[b - 3] < 0) return;
  for (const PatternHit& hit : lex_.relation_patterns.all(s_.tokens, s_.group_at, b - 1)) {
    const RelationEntry& r = lex_.relations[static_cast<std::size_t>(hit.match.relation)];
    if (hit.end != b || r.frame != Frame::Verb || r.polarity() <= 0) continue;
    emit(actors(group(s_.group_at[b - 3])), parties, hit.match.relation, trig,
         {"actor of the compound modifier", "parties of the noun it modifies"});
    return;
  }
}

// The parties of the nearest pair noun before `at` in the same noun phrase run (no verb
// between): "a truce between Israel and Hamas brokered by Egypt".
std::vector<std::int32_t> SentenceFrames::parties_before(std::size_t at) const {
  for (std::size_t k = s_.triggers.size(); k-- > 0;) {
    const Trigger& t = s_.triggers[k];
    if (t.end > at) continue;
    if (parties_[k].empty()) continue;
    for (std::size_t p = t.end; p < at; ++p)
      if (const std::int32_t c = s_.chunk_at[p]; c >= 0 && chunk(c).kind == ChunkKind::Verb) return {};
    return parties_[k];
  }
  return {};
}

// Whether the war or crisis `trig` names (its first or last word, grammar.tsv
// situation_noun) is the topic of the nearest verb before it in its clause, a verb of
// discussing or of putting on an event (grammar.tsv topic_verb).
bool SentenceFrames::topic_of_verb(const Trigger& trig) const {
  if (!g_.in("situation_noun", tok(trig.end - 1).lower) && !g_.in("situation_noun", tok(trig.begin).lower)) return false;
  for (std::size_t p = trig.begin; p-- > 0 && s_.clause_at[p] == s_.clause_at[trig.begin];) {
    if (s_.group_at[p] >= 0 || !is_verb(tok(p).pos)) continue;
    return g_.in("topic_verb", tok(p).lower);
  }
  return false;
}

// After "between" or "among" at `at`: two noun phrases joined by "and", with one actor group
// each (in its words or its of-complements: "the secretary of Iran's council"), the actors of
// both; else none. A verb, a comma or another preposition before the "and" ends the first
// phrase without a pair.
std::vector<std::int32_t> SentenceFrames::coordinated_phrases_after(std::size_t at) const {
  const std::size_t n = s_.tokens.size();
  if (at + 3 >= n || !has(tok(at), word_class("pair_preposition")) || has(tok(at), word_class("complement_of"))) return {};
  const std::int32_t first = group_after(at + 1, at, Reach::Phrase);
  if (first < 0) return {};
  std::size_t p = at + 1;
  for (; p < n && s_.clause_at[p] == s_.clause_at[at]; ++p) {
    if (has(tok(p), word_class("conjunction_and"))) break;
    if (!tok(p).word || is_verb(tok(p).pos) ||
        (has(tok(p), word_class("preposition")) && !has(tok(p), word_class("complement_of"))))
      return {};
  }
  if (p + 1 >= n || p < group(first).end || !has(tok(p), word_class("conjunction_and"))) return {};
  const std::int32_t second = group_after(p + 1, p, Reach::Phrase);
  if (second < 0 || second == first) return {};
  auto members = actors(group(first));
  const auto more = actors(group(second));
  if (members.size() != 1 || more.size() != 1 || country(members.front()) == country(more.front())) return {};
  members.push_back(more.front());
  return members;
}

}  // namespace irkg::frames
