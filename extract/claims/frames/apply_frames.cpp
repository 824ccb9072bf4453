// The driver: for each trigger, each reading's frame (verb, noun, pair, stance, speaker)
// fills subject and object; hits are emitted with their flags.

#include "extract/claims/frames/sentence_frames.h"

#include <algorithm>

namespace irkg::frames {

namespace {
constexpr std::size_t kMaxGroupForPairs = 6;  // larger coordinated lists are not expanded to pairs
}  // namespace

std::vector<FrameHit> SentenceFrames::run() {
  consumed_.assign(s_.triggers.size(), false);
  noun_only_.assign(s_.triggers.size(), false);
  parties_.assign(s_.triggers.size(), {});
  for (std::size_t ti = 0; ti < s_.triggers.size(); ++ti) apply(ti);
  hosts_of_told_event();
  witnesses_of_agreement();
  elided_objects();
  followed_doers();
  joint_doers();
  joined_in_passive();
  coalition_contributions();
  right_to_defend();
  drills_near_border();
  answered_in_adjunct();
  // Hand the sentence's main actors to the next sentence ("It also ...").
  for (const Group& grp : s_.groups) {
    if (s_.speaker_token[grp.begin]) continue;
    carried_.actors = actors(grp);
    // A state's official named by title is a person for "he" and "she" ("Armenia's foreign
    // minister"; grammar.tsv title_person_noun heads the group's phrase).
    const std::int32_t c = s_.chunk_at[grp.begin];
    carried_.person = c >= 0 && chunk(c).kind == ChunkKind::Noun && g_.in("title_person_noun", tok(chunk(c).head).lower);
    break;
  }
  return std::move(hits_);
}

// Readings are tried longest first. A later reading adds only pairs the earlier ones did
// not relate: "sees Canberra as a partner against Beijing" is both the partnership
// (stance) and the opposition (noun), but "meeting with" is one meeting, not two.
void SentenceFrames::apply(std::size_t ti) {
  if (consumed_[ti]) return;
  const std::size_t first = hits_.size();
  trigger_ = static_cast<std::int32_t>(ti);
  reading_ = -1;
  for (const Reading& reading : s_.triggers[ti].readings) {
    ++reading_;
    composed_ = -1;
    const RelationMatch& m = reading.match;
    Trigger trig = s_.triggers[ti];
    trig.end = reading.end;
    const RelationEntry& r = lex_.relations[static_cast<std::size_t>(m.relation)];
    const std::size_t before = hits_.size();
    // "signed on to the draft", "signed up for the scheme" join or endorse: a verb reading
    // that a longer verb reading extends with "on to", "up to" or "up for" is that phrasal
    // verb's head, not a verb of its own (grammar.tsv phrasal_particle).
    // So is one that a longer verb reading extends with its particle alone ("wound up the
    // union" ends it; no wounding).
    if (r.frame == Frame::Verb && reading.end + 1 < s_.tokens.size() && g_.in("phrasal_particle", tok(reading.end).lower) &&
        std::any_of(s_.triggers[ti].readings.begin(), s_.triggers[ti].readings.end(), [&](const Reading& longer) {
          const bool with_preposition = tok(reading.end + 1).lower == "to" || tok(reading.end + 1).lower == "for";
          return longer.end > reading.end + (with_preposition ? 1 : 0) &&
                 lex_.relations[static_cast<std::size_t>(longer.match.relation)].frame == Frame::Verb;
        }))
      continue;
    switch (r.frame) {
      case Frame::Verb:
        if (!noun_only_[ti] && verb_position_ok(trig, m.gerund) && !noun_compound(trig, m) && !compose(ti, trig, r, m.relation)) {
          if (const std::int32_t measure = r.violent ? measure_subject_relation(trig) : -1; measure >= 0) {
            RelationMatch as_measure = m;
            as_measure.relation = measure;
            verb(trig, lex_.relations[static_cast<std::size_t>(measure)], as_measure, reading.object_group);
          } else if (r.goods_from) {
            received_goods(trig, r, m.relation);
          } else if (r.copies_act) {
            copied_act(trig);
          } else if (!r.compose_only) {
            if (!(g_.in("act_reaction_verb", tok(trig.begin).lower) && reaction_to_act(trig, m)))
              verb(trig, r, m, reading.object_group);
            if (hits_.size() == before && r.polarity() < 0) found_act(trig, r, hits_.size() == first);
          } else {
            // A stance on an act only: still "a move Argentina welcomed", "welcomed the idea".
            // And on one told before that a noun sums up: "welcomed the decision". In the
            // passive, on the act its subject names: "The sanctions on Iran were welcomed by
            // Israel".
            std::int32_t by = -1;
            if (passive_at(trig.begin))
              if (const std::size_t by_at = agent_by_after(trig); by_at > 0) by = group_after(by_at + 1, by_at, Reach::Phrase);
            // (Private people named by their state take no state's stance: "welcomed by Israeli settlers".)
            if (by >= 0 && names_private_people(group(by))) by = -1;
            // (The subject's phrase may follow an opening adjunct: "On Monday, the sanctions ...".)
            std::size_t det = clause_start(trig.begin);
            for (std::size_t q = trig.begin; q-- > det + 1;)
              if (g_.in("definite_determiner", tok(q).lower) && (tok(q - 1).lower == "," || !tok(q - 1).word)) {
                det = q;
                break;
              }
            if (by >= 0 && stance_on_act_at(trig, m.relation, det, trig.begin, actors(group(by)), "passive by-agent")) {
            } else if (!stance_on_summed_act(trig, m) && !stance_on_owned_act(trig, m) &&
                !stance_on_summed_up_act(trig, m.relation, infinitive_subject(trig.begin), "clause subject"))
              stance_on_proposal(trig, m, infinitive_subject(trig.begin), "clause subject");
          }
        }
        break;
      case Frame::Noun: noun(trig, r, m.relation, reading.object_group); break;
      case Frame::Pair: pair(trig, r, m.relation); break;
      case Frame::Stance: stance(trig, r, m.relation); break;
      case Frame::Speaker: speaker(trig, m.relation); break;
    }
    // A reading that made a claim owns the phrases inside it: "signed a new arms deal
    // with" is one agreement, not also a deal. One that made none leaves them free.
    if (hits_.size() > before)
      for (std::size_t tj = ti + 1; tj < s_.triggers.size() && s_.triggers[tj].begin < reading.end; ++tj)
        consumed_[tj] = true;
    if (before > first) {
      const auto same_pair = [&](const FrameHit& h) {
        for (std::size_t k = first; k < before; ++k)
          if ((hits_[k].subject == h.subject && hits_[k].object == h.object) ||
              (hits_[k].subject == h.object && hits_[k].object == h.subject))
            return true;
        return false;
      };
      hits_.erase(std::remove_if(hits_.begin() + static_cast<std::ptrdiff_t>(before), hits_.end(), same_pair),
                  hits_.end());
    }
  }
}

void SentenceFrames::emit(const std::vector<std::int32_t>& subjects, const std::vector<std::int32_t>& objects,
          std::int32_t relation, const Trigger& trig, Because because, int polarity) {
  // Rows whose object does the act ("drew British criticism") are told the other way round.
  if (lex_.relations[static_cast<std::size_t>(relation)].object_acts && polarity == 0) {
    std::swap(because.subject, because.object);
    emit_as_told(objects, subjects, relation, trig, because, polarity);
    return;
  }
  emit_as_told(subjects, objects, relation, trig, because, polarity);
}

void SentenceFrames::emit_as_told(const std::vector<std::int32_t>& subjects, const std::vector<std::int32_t>& objects,
                                  std::int32_t relation, const Trigger& trig, Because because, int polarity) {
  if (subjects.size() * objects.size() > kMaxGroupForPairs * kMaxGroupForPairs) return;
  // "Qatar called on Chad and Sudan to honour the accord": an appeal to yield or comply made
  // to both sides at once is even-handed, an appeal (CAMEO 02), no demand on either.
  if (objects.size() >= 2 && lex_.relations[static_cast<std::size_t>(relation)].relation == "appeal_yield" && polarity == 0)
    if (const std::int32_t appeal = first_row("appeal", Frame::Verb); appeal >= 0) relation = appeal;
  const bool undoes_sanctions = lex_.relations[static_cast<std::size_t>(relation)].undoes_sanctions;  // before a refusal recodes it
  FlagReason negation, modal;
  bool negated = negated_at(trig.begin, &negation);
  Modality modality = modality_at(trig.begin, &modal);
  // "If the EU condemns Russia's invasion of Ukraine, ...": an act named as a noun with its
  // owner is presupposed by the condition around it, which is about something else.
  const bool owned_noun = lex_.relations[static_cast<std::size_t>(relation)].frame == Frame::Noun &&
                          (because.subject == "possessor or modifier" || because.subject == "owner of its/their");
  if (modality == Modality::Hypothetical && modal.rule.starts_with("inside a condition") && owned_noun) {
    modality = Modality::Asserted;
    modal = {};
  }
  // A hostile act named with its owner, definitely, or as what an end is asked of, took
  // place (presupposition.cpp).
  const bool hostile = (polarity != 0 ? polarity : lex_.relations[static_cast<std::size_t>(relation)].polarity()) < 0;
  if (hostile && negated && ended_act(negation)) {
    negated = false;
    negation = {};
  }
  if (hostile && owned_noun && !negated && (modality == Modality::Hypothetical || modality == Modality::Future) &&
      presupposed_owned_act(trig, modal.rule) && warners_of(trig.begin).empty()) {
    modality = Modality::Asserted;
    modal = {};
  }
  // "The UN sanctions on Libya were suspended", "the sanctions imposed on Iran by the EU
  // were lifted": sanctions whose own predicate undoes them in the passive were in force,
  // and their owner eases them (the active "lifted its sanctions on" reads the same).
  const bool undone_sanctions = hostile && lex_.relations[static_cast<std::size_t>(relation)].category == "SANCTION" &&
                                lex_.relations[static_cast<std::size_t>(relation)].frame == Frame::Noun && undone_in_passive(trig);
  if (undone_sanctions) {
    negated = false;
    negation = {};
  }
  Why why{because.subject,
          because.object,
          polarity != 0 ? "stance verb x relation noun" : "sign of the relation's weight",
          negated ? negation.rule : std::string_view(),
          modality != Modality::Asserted ? modal.rule : std::string_view(),
          negated ? negation.at : -1,
          modality != Modality::Asserted ? modal.at : -1,
          trigger_,
          reading_,
          composed_};
  // Refusing something friendly is a hostile act of its own (CAMEO 124, "refuse to
  // yield"), not merely a friendly act that did not happen.
  const int sign = polarity != 0 ? polarity : lex_.relations[static_cast<std::size_t>(relation)].polarity();
  if (negated && sign > 0 && lex_.refusal_relation >= 0 && refused_at(trig.begin)) {
    relation = lex_.refusal_relation;
    polarity = 0;
    negated = false;
    why.polarity = "refusal of a friendly act";
    why.negation = {};
  }
  // Stopping a friendly act reduces relations (CAMEO 16): "Poland stopped buying Russian
  // coal" is a suspension, not trade that did not happen.
  // So does a ban on one: "an embargo on arms sales to Riyadh" cuts them.
  if (negated && sign > 0 && lex_.suspension_relation >= 0 &&
      (ceased_at(trig.begin) || cut_in_relative(trig.begin) || why.negation.starts_with("act under a ban"))) {
    relation = lex_.suspension_relation;
    polarity = 0;
    negated = false;
    why.polarity = "friendly act stopped";
    why.negation = {};
    why.negator = -1;
  }
  // "Hungary warned that it would veto the sanctions on Russia", "Moscow could halt gas
  // supplies to Europe, the Kremlin warned": a hostile act the actor announces as a warning
  // has not happened, but the warning has (CAMEO 13).
  const bool warned = sign < 0 && !negated && (modality == Modality::Hypothetical || modality == Modality::Future) &&
                      lex_.warning_relation >= 0;
  const std::vector<std::int32_t> warners = warned ? warners_of(trig.begin) : std::vector<std::int32_t>{};
  // "Iran will close the strait if the United States attacks, a commander said", "Ottawa
  // said it would impose tariffs unless Washington dropped its own": a hostile act a state
  // announces, on a condition another actor can avert, is a threat to that actor (CAMEO 13).
  // Said by anyone else it is a forecast; the act itself stays hypothetical.
  // Only acts, not words: "Kenya will condemn Addis Ababa if ..." threatens nobody; an act
  // already told as a warning is that warning.
  if (sign < 0 && !negated && modality == Modality::Hypothetical && modal.at >= 0 && warners.empty() &&
      lex_.relations[static_cast<std::size_t>(relation)].category != "DISAPPROVE" &&
      lex_.conditional_threat_relation >= 0 && modal.rule == "consequence of a condition" && !undone_act(trig.begin))
    conditional_threat(subjects, static_cast<std::size_t>(modal.at), why);
  if (!negated && modality == Modality::Hypothetical && modal.at >= 0 && modal.rule.starts_with("inside a condition"))
    deterrent_threat(subjects, static_cast<std::size_t>(modal.at), sign < 0, why);
  // "Minsk could deploy nuclear weapons against Poland, Lukashenko said": a hostile act a
  // state's own voice says it could or would do is a threat (CAMEO 13); said by others, or
  // under a condition (above), it is not this.
  // "would have attacked" is a counterfactual, no threat.
  const bool counterfactual = modal.at >= 0 && static_cast<std::size_t>(modal.at) + 1 < s_.tokens.size() &&
                              has(tok(static_cast<std::size_t>(modal.at) + 1), word_class("perfect_have"));
  if (sign < 0 && !negated && modality == Modality::Hypothetical && modal.rule == "modal word before the phrase" &&
      !counterfactual && warners.empty() && s_.speaker_group >= 0 && lex_.conditional_threat_relation >= 0 &&
      lex_.relations[static_cast<std::size_t>(relation)].category != "DISAPPROVE")
    threaten(subjects, actors(group(s_.speaker_group)), objects, why, "the act's object",
             "hostile act its own state says it could do");
  if (sign < 0 && !negated && modality != Modality::Hypothetical) finding(subjects, trig, modality, why);
  // "France and Germany blocked planning to defend Turkey": who prevents a friendly act
  // toward another rejects it (CAMEO 12), as "vetoed Sweden's accession" does.
  const bool prevented = sign > 0 && !negated && modality == Modality::Hypothetical &&
                         modal.rule == "infinitive of a plan prevented" && lex_.prevention_relation >= 0;
  // Rows for one kind of object: "withdrew from the OAS" leaves an organisation (a
  // reduction of ties), "withdrew from Syria" is a retreat.
  const auto object_fits = [&](std::int32_t b) {
    const bool organisation = lex_.actors[static_cast<std::size_t>(b)].type == ActorType::Igo;
    switch (lex_.relations[static_cast<std::size_t>(relation)].object_kind) {
      case RelationEntry::ObjectKind::Organisation: return organisation;
      case RelationEntry::ObjectKind::NotOrganisation: return !organisation;
      default: return true;
    }
  };
  for (std::int32_t a : subjects)
    for (std::int32_t b : objects) {
      if (!object_fits(b)) continue;
      const bool own_warning = std::any_of(warners.begin(), warners.end(), [&](std::int32_t w) { return country(w) == country(a); });
      if (own_warning && a != b && country(a) != country(b)) {
        Why w = why;
        w.polarity = "hostile act announced in a warning";
        w.modality = {};
        w.modal = -1;
        add_derived(FrameHit{a, b, lex_.warning_relation, false, Modality::Asserted, 0, w});
      }
      // One state's own people, offices and cities relate to nothing of theirs; a non-state
      // group keeps its own id against its state ("the Taliban attacked Afghan forces").
      if (a == b || (country(a) == country(b) && !non_state(a) && !non_state(b))) continue;
      if (prevented) {
        Why w = why;
        w.polarity = "friendly act prevented";
        w.modality = {};
        w.modal = -1;
        add_derived(FrameHit{a, b, lex_.prevention_relation, false, Modality::Asserted, 0, w});
      }
      // "Washington would be prepared to ease some sanctions on Caracas", "refused to lift
      // its sanctions on Minsk": easing sanctions presupposes them, whatever becomes of the
      // easing (row option undoes-sanctions).
      // (Sanctions by name, grammar.tsv sanction_word: "eased emergency measures in the
      // province" presupposes nothing against anyone.)
      const auto names_sanctions = [&] {
        for (std::size_t p = trig.begin; p < trig.end; ++p)
          if (g_.in("sanction_word", tok(p).lower)) return true;
        return false;
      };
      // (Only the easer's own sanctions: an easing a verb of its own tells, or a possessor
      // owns; "signalled support for lifting the sanctions on Eritrea" eases nobody's own.)
      const bool own_easing = (lex_.relations[static_cast<std::size_t>(relation)].frame == Frame::Verb &&
                               !(tok(trig.begin).pos == Pos::VBG && trig.begin > 0 && has(tok(trig.begin - 1), word_class("preposition")))) ||
                              because.subject == "possessor or modifier";
      if (undoes_sanctions && own_easing && lex_.sanction_relation >= 0 && polarity == 0 && names_sanctions()) {
        Why w = why;
        w.polarity = "sanctions the easing presupposes";
        w.negation = {};
        w.negator = -1;
        w.modality = {};
        w.modal = -1;
        add_derived(FrameHit{a, b, lex_.sanction_relation, false, Modality::Asserted, 0, w});
      }
      FrameHit h{a, b, relation, negated, modality, polarity, why};
      // "Moscow armed separatists in eastern Ukraine": help to a state's insurgents
      // undermines that state (frames/insurgents.cpp). Relief and refuge (CAMEO 073, 075)
      // are for people, not for their fight: the event coders code asylum for a state's
      // rebels as aid to that state, and so does irkg.
      const std::string& cameo = lex_.relations[static_cast<std::size_t>(relation)].cameo;
      const int now_sign = polarity != 0 ? polarity : lex_.relations[static_cast<std::size_t>(relation)].polarity();
      // (Forces a state asked in against its insurgents protect the state.)
      if (now_sign > 0 && lex_.undermining_relation >= 0 && !cameo.starts_with("073") && !cameo.starts_with("075") &&
          relation != lex_.invited_relation && insurgents_after(b, 0)) {
        h.relation = lex_.undermining_relation;
        h.polarity = 0;
        h.why.polarity = "friendly act toward its insurgents";
      }
      // "Spain and France recognised Guaidó", "Vilnius hosted Tsikhanouskaya": a foreign
      // state's friendly act toward a leader of another state's opposition, who holds no office
      // of it, backs a rival to that state's government, so it undermines the state; a hostile
      // act toward that leader ("refused to recognise Guaidó") is no act against the state, and
      // makes no state-level claim.
      // (Such a leader's own acts are not the state's either: "Navalny criticised Germany".)
      if (opposition_state(a) >= 0) continue;
      if (const std::int32_t state = opposition_state(b); state >= 0 && country(a) != country(b)) {
        if (now_sign <= 0 || negated || lex_.undermining_relation < 0) continue;
        h.object = state;
        h.relation = lex_.undermining_relation;
        h.polarity = 0;
        h.why.object = "state whose opposition leader the act backs";
        h.why.polarity = "friendly act toward a rival of the state's government";
      }
      const bool seen = std::any_of(hits_.begin(), hits_.end(), [&](const FrameHit& o) {
        return o.subject == a && o.object == h.object && o.relation == h.relation && o.negated == negated &&
               o.polarity == h.polarity;
      });
      if (!seen) hits_.push_back(h);
      if (undone_sanctions && modality == Modality::Asserted)
        if (const std::int32_t ease = first_row("ease", Frame::Verb); ease >= 0) {
          Why w = why;
          w.polarity = "sanctions undone in the passive";
          add_derived(FrameHit{a, h.object, ease, false, Modality::Asserted, 0, w});
        }
    }
}

// Whether the noun phrase of `trig` is the subject of a passive verb that undoes it ("were
// lifted", "have been suspended", "was eased"; grammar.tsv undone_participle), in its clause.
bool SentenceFrames::undone_in_passive(const Trigger& trig) const {
  std::size_t p = std::max(complemented_phrase_end(s_, trig.begin), trig.end);
  // (past a participle phrase of the noun's own: "imposed on Libya in 1992 by the UN")
  for (std::size_t guard = 0; guard < 12 && p < s_.tokens.size() && !has(tok(p), word_class("be")) &&
                              s_.clause_at[p] == s_.clause_at[trig.begin] && tok(p).lower != ",";
       ++guard) {
    // ("have not been lifted", "will not be eased", "have never been suspended": a negated
    // or foretold undoing leaves them in force.)
    if (has(tok(p), word_class("negator")) || tok(p).pos == Pos::MD) return false;
    ++p;
  }
  if (p >= s_.tokens.size() || !has(tok(p), word_class("be"))) return false;
  std::size_t q = p + 1;
  while (q < s_.tokens.size() && (has(tok(q), word_class("be")) || is_adverb(tok(q).pos)) && !has(tok(q), word_class("negator"))) ++q;
  return q < s_.tokens.size() && g_.in("undone_participle", tok(q).lower);
}

// A claim another one implies (a warning, a finding, a threat on a condition), once per
// subject, object and relation.
void SentenceFrames::add_derived(const FrameHit& hit) {
  const bool seen = std::any_of(hits_.begin(), hits_.end(), [&](const FrameHit& o) {
    return o.subject == hit.subject && o.object == hit.object && o.relation == hit.relation && !o.negated;
  });
  if (!seen) hits_.push_back(hit);
}

// "A UN inquiry concluded that the army had shelled the villages", "the court found that
// Serbia had failed to prevent ...": who finds a hostile act accuses its doer (CAMEO 112).
void SentenceFrames::finding(const std::vector<std::int32_t>& doers, const Trigger& trig, Modality modality, const Why& why) {
  if (lex_.finding_relation < 0) return;
  for (std::int32_t f : announcers_of(trig.begin, word_class("finding_verb")))
    for (std::int32_t a : doers) {
      if (country(f) == country(a)) continue;
      Why w = why;
      w.subject = "the one who found the act";
      w.object = "doer of the act found";
      w.polarity = "hostile act found";
      add_derived(FrameHit{f, a, lex_.finding_relation, false, modality, 0, w});
    }
}

// A hostile verb that found no object ("the army had carried out mass executions") may
// still have been found by someone.
void SentenceFrames::found_act(const Trigger& trig, const RelationEntry& r, bool trigger_unread) {
  FlagReason negation, modal;
  if (negated_at(trig.begin, &negation)) return;
  const Modality modality = modality_at(trig.begin, &modal);
  Why why{};
  why.trigger = trigger_;
  why.reading = reading_;
  if (modality == Modality::Hypothetical) {
    // With no object named, the act on a condition still threatens: "Egypt will cut off gas
    // exports if Israel expands the operation" (conditional_threat); the act as the
    // condition, "... if the United States attacks", is deterred (deterrent_threat).
    // (Only when no reading of the phrase related anyone: "withdraws from Ukraine" read as
    // a withdrawal is not also a break of ties.)
    // (A passive condition's subject is its victim: "if Israel is attacked" names no doer.)
    if (modal.at < 0 || !trigger_unread || passive_at(trig.begin)) return;
    if (modal.rule.starts_with("inside a condition")) {
      deterrent_threat(infinitive_subject(trig.begin), static_cast<std::size_t>(modal.at), true, why);
      return;
    }
    // ("will suspend SANCTIONS if": a verb whose object is itself a hostile act undoes it.)
    const bool on_hostile_act = std::any_of(s_.triggers.begin(), s_.triggers.end(), [&](const Trigger& t) {
      return t.begin >= trig.end && t.begin <= trig.end + 2 && !t.readings.empty() &&
             lex_.relations[static_cast<std::size_t>(t.readings.front().match.relation)].polarity() < 0;
    });
    if (modal.rule == "consequence of a condition" && r.category != "DISAPPROVE" && !undone_act(trig.begin) && !on_hostile_act &&
        warners_of(trig.begin).empty())
      conditional_threat(infinitive_subject(trig.begin), static_cast<std::size_t>(modal.at), why);
    return;
  }
  finding(infinitive_subject(trig.begin), trig, modality, why);
}

void SentenceFrames::conditional_threat(const std::vector<std::int32_t>& subjects, std::size_t condition, const Why& why) {
  if (condition > 0 && g_.in("whether_verb", tok(condition - 1).lower)) return;  // "will check if"
  const std::vector<std::int32_t> announcers = announcing_voices(subjects, condition);
  if (condition + 1 >= s_.tokens.size()) return;
  // Who can avert it: the condition's subject; a condition naming nobody ("if the security
  // situation worsens") threatens nobody.
  const std::int32_t averter = group_after(condition + 1, condition + 1, Reach::Phrase);
  if (averter < 0 || s_.speaker_token[group(averter).begin]) return;
  // "Iran will retaliate if Israel is attacked": a passive condition's subject is whom it
  // is done to, not who can avert it.
  {
    std::size_t v = group(averter).end;
    while (v < s_.tokens.size() && is_adverb(tok(v).pos)) ++v;
    if (v + 1 < s_.tokens.size() && has(tok(v), word_class("be")) && tok(v + 1).pos == Pos::VBN) return;
  }
  threaten(subjects, announcers, actors(group(averter)), why, "subject of the condition that would avert the act",
           "hostile act announced on a condition");
}

// A threat from each subject whose state is among `voices` (who announce the act) to each
// target of another state, as a claim of its own; the act stays what its flags say.
void SentenceFrames::threaten(const std::vector<std::int32_t>& subjects, const std::vector<std::int32_t>& voices,
                              const std::vector<std::int32_t>& targets, const Why& why, std::string_view object_rule,
                              std::string_view polarity_rule) {
  for (std::int32_t a : subjects) {
    const bool own = std::any_of(voices.begin(), voices.end(), [&](std::int32_t w) { return country(w) == country(a); });
    if (!own) continue;
    for (std::int32_t b : targets) {
      if (country(a) == country(b)) continue;
      Why w = why;
      w.object = object_rule;
      w.polarity = polarity_rule;
      w.modality = {};
      w.modal = -1;
      add_derived(FrameHit{a, b, lex_.conditional_threat_relation, false, Modality::Asserted, 0, w});
    }
  }
}

// Whether the sentence's consequence is said with "will"/"would" (an announcement); "could",
// "might" and "may" speculate ("China could invade Taiwan if ..." is no one's threat).
bool SentenceFrames::announced_will(std::size_t condition) const {
  bool will = false;
  for (std::size_t p = 0; p < s_.tokens.size(); ++p) {
    if (p == condition) continue;
    const std::string& w = tok(p).lower;
    if ((w == "could" || w == "might" || w == "may") && tok(p).pos == Pos::MD) return false;
    will = will || w == "will" || w == "would" || w == "'ll" || w == "shall";
  }
  return will;
}

// Whether a verb of speech stands anywhere in the sentence ("Analysts say Russia will ...").
// ("Iran will close the strait if ..., analysts believe": a verb of belief attributes the
// words as a forecast does.)
bool SentenceFrames::speech_in_sentence() const {
  for (const Token& t : s_.tokens)
    if ((has(t, word_class("speech_verb")) || g_.in("opinion_verb", t.lower)) && is_verb(t.pos)) return true;
  return false;
}

void SentenceFrames::emit_within(const std::vector<std::int32_t>& members, std::int32_t relation, const Trigger& trig,
                                 std::string_view rule, int polarity) {
  // "the 27 member states agreed": beyond a handful, a list is a crowd, not pairs.
  if (members.size() > kMaxGroupForPairs) return;
  for (std::size_t i = 0; i < members.size(); ++i)
    for (std::size_t j = i + 1; j < members.size(); ++j)
      emit({members[i]}, {members[j]}, relation, trig, {rule, rule}, polarity);
}

}  // namespace irkg::frames

namespace irkg {

std::vector<FrameHit> apply_frames(const Lexicon& lex, const SentenceAnalysis& s,
                                   CarriedSubject& carried_subject,
                                   const std::vector<RecentAct>& recent_acts, std::vector<RecentAct>* doerless_acts,
                                   const std::vector<RecentAct>* story_acts, std::int32_t story_state) {
  frames::SentenceFrames frames(lex, s, carried_subject);
  frames.recall_acts(recent_acts);
  frames.recall_story_state(story_state);
  if (story_acts) frames.recall_story_acts(*story_acts);
  if (doerless_acts) frames.recall_doerless_acts(*doerless_acts);
  std::vector<FrameHit> hits = frames.run();
  if (doerless_acts)
    doerless_acts->insert(doerless_acts->end(), frames.doerless_acts_here().begin(), frames.doerless_acts_here().end());
  return hits;
}

}  // namespace irkg
