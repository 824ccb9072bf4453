// The stance frame: "Belarus is Russia's closest ally", "Tokyo sees Beijing as the threat",
// "Moscow called the decision dangerous": the clause subject's stance toward the owner.

#include "extract/claims/frames/sentence_frames.h"

namespace irkg::frames {

// "Tokyo sees Beijing as the threat", "Delhi regards Moscow as a partner": the stance is
// the clause subject's toward the group between a perception verb and "as".
bool SentenceFrames::perceived_as(const Trigger& trig, std::int32_t relation) {
  // "as" opens the noun phrase of the stance word ("as its main threat").
  const std::int32_t c = s_.chunk_at[trig.begin];
  const std::size_t phrase = c >= 0 && chunk(c).kind == ChunkKind::Noun ? chunk(c).begin : trig.begin;
  if (phrase < 2 || !has(tok(phrase - 1), word_class("as_word"))) return false;
  const std::size_t as = phrase - 1;
  // Back to the seen group over what may stand between it and "as" ("sees Beijing, more
  // than ever, as ..."), but not over another verb: that "as" belongs to another clause.
  std::size_t p = as;
  while (p > 0 && (tok(p - 1).lower == "," || (s_.group_at[p - 1] < 0 && !has(tok(p - 1), word_class("not_word"))))) {
    --p;
    if (has(tok(p), word_class("perceive"))) return false;  // no actor between the verb and "as"
    if (s_.chunk_at[p] >= 0 && chunk(s_.chunk_at[p]).kind == ChunkKind::Verb) return false;
  }
  if (p == 0 || s_.group_at[p - 1] < 0) return false;
  const std::int32_t seen = s_.group_at[p - 1];
  // "sees the Chinese build-up as a threat": the group's determiner stands before it.
  std::size_t verb = group(seen).begin;
  if (verb > 0 && has(tok(verb - 1), word_class("determiner"))) --verb;
  if (verb == 0 || !has(tok(verb - 1), word_class("perceive"))) return false;
  const auto subjects = clause_subject(verb - 1);
  if (subjects.empty()) return false;
  emit(subjects, actors(group(seen)), relation, trig,
       {"clause subject of the perception verb", "group between the perception verb and 'as'"});
  return true;
}

// "Moscow called the German decision extremely dangerous", "Putin called Japan an
// important partner": a verdict verb, its object group (a noun may follow it), then at
// most a few words (articles, adverbs, adjectives) before the verdict itself.
bool SentenceFrames::called(const Trigger& trig, std::int32_t relation) {
  const std::int32_t clause = s_.clause_at[trig.begin];
  std::size_t p = trig.begin;
  // Back over the verdict's own phrase (articles, adverbs, adjectives, a noun the object
  // owns); a verb, preposition or conjunction means the verdict word is elsewhere.
  for (; p > 0 && s_.group_at[p - 1] < 0; --p) {
    const Token& w = tok(p - 1);
    if (is_quote_mark(w)) continue;  // "called the raid 'a provocation'"
    // "a move Asuncion called absurd", ", which Lima called illegal": no object between the
    // verdict verb and the verdict; the verdict is on the act the appositive sums up.
    // So does "a step Russia described as a provocation": a verb of seeing with "as". (A
    // verb that is a stance of its own, "a move Moscow dismissed as illegitimate", makes its
    // own claim on the act.)
    const bool seen_as = has(w, word_class("as_word")) && p >= 2 && s_.group_at[p - 2] < 0 &&
                         has(tok(p - 2), word_class("perceive")) && is_verb(tok(p - 2).pos);
    // "Turkey called the attack unacceptable": a definite act noun between the verdict verb
    // and the verdict, with no actor of its own, is an act told before.
    if (has(w, word_class("verdict_verb")) && is_verb(w.pos) && p < trig.begin && verdict_on_told_act(trig, relation, p - 1))
      return true;
    // "Somalia described the move as a provocation": the same with a verb of seeing and
    // "as" (perceived_as reads the case with an actor between them).
    if (has(w, word_class("as_word")) && p >= 4) {
      std::size_t v = p - 1;
      while (v > 0 && v + 8 > p && tok(v - 1).word && !has(tok(v - 1), word_class("perceive"))) --v;
      if (v > 0 && v + 1 < p - 1 && has(tok(v - 1), word_class("perceive")) && is_verb(tok(v - 1).pos) &&
          stance_on_act_at(trig, relation, v, p - 1, clause_subject(v - 1), "clause subject of the verb of seeing"))
        return true;
    }
    if ((has(w, word_class("verdict_verb")) && is_verb(w.pos)) || seen_as) {
      std::int32_t judge = -1;
      const auto doers = appositive_act_doers(seen_as ? p - 2 : p - 1, judge);
      if (doers.empty()) return false;
      emit(actors(group(judge)), doers, relation, trig,
           {"subject right before the verdict verb", "subject of the clause the appositive sums up"});
      return true;
    }
    if (!w.word || s_.clause_at[p - 1] != clause || has(w, word_class("verdict_verb")) ||
        has(w, word_class("preposition")) || has(w, word_class("coordinator")) ||
        (s_.chunk_at[p - 1] >= 0 && chunk(s_.chunk_at[p - 1]).kind == ChunkKind::Verb))
      return false;
  }
  if (p == 0 || s_.clause_at[p - 1] != clause) return false;
  const std::int32_t seen = s_.group_at[p - 1];
  std::size_t verb = group(seen).begin;
  // ("called the new American tariffs unfair": past adjectives before the owner's adjective.)
  if (s_.mentions[static_cast<std::size_t>(group(seen).mentions.front())].kind == MentionKind::Adjective)
    while (verb > 1 && s_.group_at[verb - 1] < 0 && is_adjective(tok(verb - 1).pos) && !has(tok(verb - 1), word_class("verdict_verb")))
      --verb;
  if (verb > 0 && has(tok(verb - 1), word_class("determiner"))) --verb;
  // "Turkey called the isolation of Qatar inhumane": a verdict on an act named with its
  // object is a stance on that object, signed by both ("inhumane" x isolation: for Qatar);
  // the act noun is nobody's act here.
  for (std::size_t tj = 0; tj < s_.triggers.size(); ++tj) {
    const Trigger& act = s_.triggers[tj];
    if (act.end != verb || act.begin < 2 || &act == &trig || !g_.in("definite_determiner", tok(act.begin - 1).lower) ||
        !has(tok(act.begin - 2), word_class("verdict_verb")) || !is_verb(tok(act.begin - 2).pos) || s_.speaker_token[act.begin - 2])
      continue;
    for (const Reading& reading : act.readings) {
      const RelationEntry& r2 = lex_.relations[static_cast<std::size_t>(reading.match.relation)];
      const int polarity = relation_sign(relation) * r2.polarity();
      if (r2.frame != Frame::Noun || reading.end != act.end || polarity == 0) continue;
      const auto subjects = clause_subject(act.begin - 2);
      if (subjects.empty()) return false;
      std::erase_if(hits_, [&](const FrameHit& h) { return h.why.trigger == static_cast<std::int32_t>(tj); });
      consumed_[tj] = true;
      emit(subjects, actors(group(seen)), relation, trig,
           {"clause subject of the verdict verb", "object of the act noun the verdict is on"}, polarity);
      return true;
    }
  }
  if (verb == 0 || !has(tok(verb - 1), word_class("verdict_verb")) || s_.speaker_token[verb - 1]) return false;
  const auto subjects = clause_subject(verb - 1);
  if (subjects.empty()) return false;
  emit(subjects, actors(group(seen)), relation, trig,
       {"clause subject of the verdict verb", "group right after the verdict verb"});
  return true;
}

// The group that ", including A and B", ", such as A", ", among them A" names right after
// `p` (a comma), else -1.
std::int32_t SentenceFrames::listed_after(std::size_t p) const {
  if (p + 2 >= s_.tokens.size() || tok(p).lower != ",") return -1;
  std::size_t q = p + 1;
  if (tok(q).lower == "including" || tok(q).lower == "notably") ++q;
  else if ((tok(q).lower == "such" && tok(q + 1).lower == "as") || (tok(q).lower == "among" && tok(q + 1).lower == "them")) q += 2;
  else return -1;
  if (q < s_.tokens.size() && has(tok(q), word_class("article_the")) && s_.group_at[q] < 0) ++q;
  return q < s_.tokens.size() && s_.group_at[q] >= 0 && group(s_.group_at[q]).begin == q ? s_.group_at[q] : -1;
}

// The verdict verb at `verb` takes a definite act noun told before: a relation noun (or a
// verb row's word used as one, "the attack") or a noun that sums an act up ("the move").
bool SentenceFrames::verdict_on_told_act(const Trigger& trig, std::int32_t relation, std::size_t verb) {
  if (verb + 2 >= trig.begin) return false;
  return stance_on_act_at(trig, relation, verb + 1, trig.begin, clause_subject(verb), "clause subject of the verdict verb");
}

// A stance of `subjects` on the act a definite phrase opening at `det` (and ending before
// `end`) names with no actor of its own: a relation noun (or a verb row's word used as one,
// "the attack") told before, or a noun that sums an act up ("the move"). Used for verdicts
// ("called the attack unacceptable"), passives ("the move was criticised by Beijing") and a
// stance's agent ("the decision drew criticism from Beijing").
bool SentenceFrames::stance_on_act_at(const Trigger& trig, std::int32_t relation, std::size_t det, std::size_t end,
                                      const std::vector<std::int32_t>& subjects, std::string_view rule) {
  if (subjects.empty() || det >= s_.tokens.size() || !g_.in("definite_determiner", tok(det).lower)) return false;
  for (const Trigger& t2 : s_.triggers) {
    if (t2.begin <= det || t2.end > end || &t2 == &trig) continue;
    for (const Reading& reading : t2.readings) {
      const RelationEntry& r2 = lex_.relations[static_cast<std::size_t>(reading.match.relation)];
      const int polarity = relation_sign(relation) * r2.polarity();
      if (polarity == 0) continue;
      Trigger act = t2;
      act.end = reading.end;
      // "described the blockade of Qatar as regrettable": the act noun names its object.
      if (r2.frame == Frame::Noun) {
        const std::int32_t obj = ends_with_preposition(act) ? group_after(act.end, act.begin, Reach::Phrase)
                                                            : prep_object(act.end, r2.preps, nullptr);
        if (obj >= 0 && group(obj).end <= end && modifier_before(act.begin) < 0) {
          std::erase_if(hits_, [&](const FrameHit& h) { return h.why.trigger == static_cast<std::int32_t>(&t2 - s_.triggers.data()); });
          consumed_[static_cast<std::size_t>(&t2 - s_.triggers.data())] = true;
          emit(subjects, actors(group(obj)), relation, trig, {rule, "object of the act noun the stance is on"}, polarity);
          // "The strikes launched by Israel on Iran were condemned by Qatar": a participle's
          // agent after the noun did the act; the stance is on it too, and the act is its.
          if (const std::int32_t agent = participle_agent_after(act.end); agent >= 0 && agent != obj) {
            emit(subjects, actors(group(agent)), relation, trig, {rule, "agent of the act noun the stance is on"});
            Why why{};
            why.trigger = static_cast<std::int32_t>(&t2 - s_.triggers.data());
            why.reading = 0;
            why.subject = "agent of the participle after the noun";
            why.object = "object of the act noun";
            why.polarity = "sign of the relation's weight";
            for (std::int32_t a : actors(group(agent)))
              for (std::int32_t o : actors(group(obj)))
                if (country(a) != country(o))
                  add_derived(FrameHit{a, o, reading.match.relation, false, Modality::Asserted, 0, why});
          }
          return true;
        }
      }
      // "The deal between Israel and the UAE was welcomed by Egypt": a pair's friendly act
      // named with its pair is a stance on both. (A war or a clash between two condemned
      // takes no side: no claim.)
      if (r2.frame == Frame::Pair)
        if (const std::int32_t pair = prep_object(act.end, word_class("pair_preposition"), nullptr, false);
            pair >= 0 && group(pair).mentions.size() >= 2 && group(pair).end <= end) {
          if (r2.polarity() > 0) emit(subjects, actors(group(pair)), relation, trig, {rule, "pair the act noun names"}, polarity);
          return true;
        }
      if (stance_on_told_act(subjects, relation, trig, act, r2, polarity)) return true;
    }
  }
  Trigger at = trig;
  at.end = det;  // the summing-up phrase opens at the determiner
  return stance_on_summed_up_act(at, relation, subjects, rule);
}

void SentenceFrames::stance(const Trigger& trig, const RelationEntry& r, std::int32_t relation) {
  if (perceived_as(trig, relation) || called(trig, relation)) return;
  if (r.perceived_only) {
    reported_verdict(trig, relation);
    return;
  }
  // Whose ally: "Russia's closest ally", "a key U.S. ally", "an ally of Russia".
  std::int32_t owner = modifier_before(trig.begin);
  std::string_view object_rule = "possessor or modifier";
  if (owner < 0) {
    owner = prep_object(trig.end, word_class("stance_preposition"), nullptr);
    object_rule = "object of the noun's preposition";
  }
  if (owner < 0) {
    reported_stance(trig, relation);
    return;
  }
  // "Russia's former ally Armenia", "Moscow's one-time partner": a title no longer held.
  for (std::size_t p = group(owner).end; p < trig.begin; ++p)
    if (unheld_title_word_at(p) > 0) return;
  // "a rally organised by allies of Bolsonaro", "arms from allies of Somalia": the noun in an
  // agent's or a source's phrase names third parties, whoever the clause's subject is (its
  // apposition or examples may still name them: "from its creditors, including China").
  bool third_parties = false;
  {
    std::size_t start = std::min(trig.begin, static_cast<std::size_t>(group(owner).begin));
    if (const std::int32_t c = s_.chunk_at[start]; c >= 0 && chunk(c).kind == ChunkKind::Noun) start = chunk(c).begin;
    third_parties = start > 0 && (has(tok(start - 1), word_class("agent_by")) || tok(start - 1).lower == "from");
  }
  // Who is it: the clause's subject ("Iran, Riyadh's old rival", "X is Y's partner").
  auto referents = third_parties ? std::vector<std::int32_t>{}
                                 : clause_subject(group(owner).begin < trig.begin ? group(owner).begin : trig.begin);
  std::string_view subject_rule = "clause subject";
  // "Russia, Syria's closest ally, said ...": the apposition of the speaker (clauses.cpp
  // reads only stance nouns there) describes the speaker.
  if (s_.speaker_token[trig.begin] && s_.speaker_group >= 0 && group(s_.speaker_group).end < trig.begin &&
      tok(group(s_.speaker_group).end).lower == "," && s_.speaker_group != owner) {
    referents = actors(group(s_.speaker_group));
    subject_rule = "speaker the apposition describes";
  }
  if (referents.empty() || referents == actors(group(owner))) {
    subject_rule = "apposition after the noun";
    // "Moscow's closest partner in the region, Minsk has ...": the apposition follows the
    // comma that closes the noun's phrase.
    referents.clear();
    const std::size_t p = std::max(complemented_phrase_end(s_, trig.begin), trig.end);
    // "Russia's ally Belarus hosted the drills", "Tokyo's old rival Beijing": the noun as a
    // title before the name it describes.
    if (trig.end < s_.tokens.size() && s_.group_at[trig.end] >= 0 && group(s_.group_at[trig.end]).begin == trig.end) {
      subject_rule = "name the noun is a title of";
      referents = actors(group(s_.group_at[trig.end]));
    } else if (p + 1 < s_.tokens.size() && tok(p).lower == "," && s_.group_at[p + 1] >= 0) {
      referents = actors(group(s_.group_at[p + 1]));
    } else if (const std::int32_t listed = listed_after(p); listed >= 0) {
      // "Sri Lanka's creditors, including China and India, ...": the examples named.
      subject_rule = "actors the noun's examples name";
      referents = actors(group(listed));
    } else if (std::size_t q = p; q + 1 < s_.tokens.size() && (has(tok(q), word_class("be")) || g_.in("copula_verb", tok(q).lower))) {
      // "Washington's closest partner remains Britain": the noun's phrase as the subject of
      // a copula names who it is after the copula.
      ++q;
      while (q < s_.tokens.size() && s_.group_at[q] < 0 && is_adverb(tok(q).pos)) ++q;  // "is still"
      if (q < s_.tokens.size() && has(tok(q), word_class("article_the")) && s_.group_at[q] < 0) ++q;
      if (q < s_.tokens.size() && s_.group_at[q] >= 0 && group(s_.group_at[q]).begin == q) {
        subject_rule = "complement of the copula after the noun";
        referents = actors(group(s_.group_at[q]));
      }
    }
  }
  if (referents.empty()) return;
  emit(referents, actors(group(owner)), relation, trig, {subject_rule, object_rule});
}

// "Australia said France was a valued partner", "Tokyo says Beijing is a threat": a stance
// noun with no owner of its own, as the predicate of a reported clause, is the speaker's
// stance toward that clause's subject.
void SentenceFrames::reported_stance(const Trigger& trig, std::int32_t relation) {
  if (s_.speaker_group < 0 || s_.speaker_token[trig.begin] || group(s_.speaker_group).begin > trig.begin) return;
  // "a partner in the talks with Somalia": a noun with a complement is someone else's role.
  if (trig.end < s_.tokens.size() && has(tok(trig.end), word_class("preposition"))) return;
  const std::size_t start = clause_start(trig.begin);
  // The predicate: subject group, a form of be, then only the noun's own phrase.
  std::size_t p = trig.begin;
  while (p > start && s_.group_at[p - 1] < 0 && !has(tok(p - 1), word_class("be"))) {
    const Token& w = tok(p - 1);
    if (has(w, word_class("preposition")) || has(w, word_class("coordinator")) ||
        (w.word && s_.chunk_at[p - 1] >= 0 && chunk(s_.chunk_at[p - 1]).kind == ChunkKind::Verb))
      return;
    --p;
  }
  if (p == start || !has(tok(p - 1), word_class("be"))) return;
  // Back over the auxiliaries and adverbs before it: "Qatar had historically been a funder".
  std::size_t be = p - 1;
  while (be > start && s_.group_at[be - 1] < 0 &&
         (has(tok(be - 1), word_class("auxiliary")) || is_adverb(tok(be - 1).pos) || has(tok(be - 1), word_class("be")) ||
          is_quote_mark(tok(be - 1))))
    --be;
  const std::int32_t subject = group_ending_at(be);
  if (subject < 0 || s_.speaker_token[group(subject).begin]) return;
  // "Biden said Iran was a sponsor of terrorism": a branding is the speaker's accusation
  // of the subject, not the subject's stance toward the speaker.
  if (lex_.relations[static_cast<std::size_t>(relation)].category == "ACCUSE") {
    emit(actors(group(s_.speaker_group)), actors(group(subject)), relation, trig,
         {"speaker (the noun has no owner of its own)", "subject of the reported clause"});
    return;
  }
  emit(actors(group(subject)), actors(group(s_.speaker_group)), relation, trig,
       {"subject of the reported clause", "speaker (the noun has no owner of its own)"});
}

// "Singapore said Beijing's actions were unacceptable", "China's conduct is dangerous, the
// Australian minister said": a verdict as the predicate of a reported clause is passed by
// the speaker on the clause subject, or on the actor that owns it (its possessor or state
// adjective; not an actor in its complement: "the attack on Taiwan was illegal" judges no
// Taiwanese act).
bool SentenceFrames::reported_verdict(const Trigger& trig, std::int32_t relation) {
  if (s_.speaker_group < 0 || s_.speaker_token[trig.begin]) return false;
  // "Singapore did not say Beijing's actions were unacceptable": nobody passed it.
  for (std::size_t v = 0; v < s_.tokens.size(); ++v)
    if (s_.group_at[v] < 0 && is_verb(tok(v).pos) && has(tok(v), word_class("speech_verb")) &&
        (negator_before(v) >= 0 || negated_verb_group(v) >= 0))
      return false;
  // "Warsaw's demands were unacceptable TO MOSCOW": the verdict is someone else's.
  if (trig.end + 1 < s_.tokens.size() && tok(trig.end).lower == "to" && s_.group_at[trig.end + 1] >= 0) return false;
  const std::size_t start = clause_start(trig.begin);
  // Back over adverbs ("deeply irresponsible") to the form of be, then its auxiliaries.
  std::size_t p = trig.begin;
  while (p > start && s_.group_at[p - 1] < 0 && is_adverb(tok(p - 1).pos)) --p;
  if (p == start || !has(tok(p - 1), word_class("be"))) return false;
  --p;
  while (p > start && s_.group_at[p - 1] < 0 && (has(tok(p - 1), word_class("auxiliary")) || tok(p - 1).pos == Pos::MD)) --p;
  // The subject's noun phrase ends at p: an actor, or a noun an actor owns.
  std::int32_t judged = group_ending_at(p);
  // "Beijing's actions in the strait were": back over the subject's complements to its
  // head phrase.
  std::int32_t c = p > 0 ? s_.chunk_at[p - 1] : -1;
  while (c >= 0 && chunk(c).kind == ChunkKind::Noun && chunk(c).begin >= start + 2) {
    const std::int32_t prep = s_.chunk_at[chunk(c).begin - 1];
    const std::int32_t head = s_.chunk_at[chunk(c).begin - 2];
    if (prep < 0 || chunk(prep).kind != ChunkKind::Prep || head < 0 || chunk(head).kind != ChunkKind::Noun) break;
    if (s_.group_at[chunk(c).begin] >= 0 || judged >= 0) break;  // an actor in the complement
    c = head;
  }
  if (judged < 0) {
    if (c < 0 || chunk(c).kind != ChunkKind::Noun) return false;
    // "the Chinese manoeuvre": a state's adjective before the noun.
    for (std::size_t q = chunk(c).begin; judged < 0 && q < chunk(c).head; ++q)
      if (s_.group_at[q] >= 0) judged = s_.group_at[q];
    // "Beijing's actions": the possessor before the noun ("'s" in the noun's chunk or
    // just before it).
    std::size_t b = chunk(c).begin;
    if (tok(b).lower != "'s" && b > 0 && tok(b - 1).lower == "'s") --b;
    if (judged < 0 && tok(b).lower == "'s") judged = group_ending_at(b);
  }
  if (judged < 0 || s_.speaker_token[group(judged).begin] || judged == s_.speaker_group) return false;
  // (An actor inside a complement, "the attack on Taiwan", is not the one judged.)
  if (const std::size_t phrase = phrase_start(judged); phrase > start && has(tok(phrase - 1), word_class("preposition")))
    return false;
  emit(actors(group(s_.speaker_group)), actors(group(judged)), relation, trig,
       {"speaker of the sentence", "subject of the reported clause the verdict is said of"});
  return true;
}

}  // namespace irkg::frames
