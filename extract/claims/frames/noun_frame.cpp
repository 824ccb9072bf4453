// The noun frame: "US sanctions on Iran": the possessor or modifier acts on the group after
// the preposition.

#include "extract/claims/frames/sentence_frames.h"

#include <algorithm>

namespace irkg::frames {

void SentenceFrames::noun(const Trigger& trig, const RelationEntry& r, std::int32_t relation, std::int32_t slot_object) {
  // "discussed the war in Syria with Iran": a war a discussion is about is a topic, and its
  // "with" is the discussion's partner (pair_frame.cpp topic_of_verb).
  if (topic_of_verb(trig)) return;
  // "..., a charge that Albania called absurd": a noun summing up the act before its comma
  // is no new act; "that" opens a relative clause about it (the stance frames read it).
  if (trig.begin >= 2 && tok(trig.begin - 2).lower == "," && has(tok(trig.begin - 1), word_class("determiner")) &&
      has(tok(trig.begin), word_class("act_summary_noun")))
    return;
  if (slot_object < 0 && noun_in_object_relative(trig, r, relation)) return;
  std::string prep;
  // "Norway's call for Serbia to resume talks": the pattern's OBJ slot names the object.
  const std::int32_t obj = slot_object >= 0                ? slot_object
                           : ends_with_preposition(trig) ? group_after(trig.end, trig.begin, Reach::Phrase)
                                                         : prep_object(trig.end, r.preps, &prep);
  const std::string_view object_rule = slot_object >= 0              ? "OBJ slot of the pattern"
                                       : ends_with_preposition(trig) ? "first actor group after the phrase"
                                                                     : "object of the noun's preposition";
  const std::int32_t mod = modifier_before(trig.begin);
  // "Egypt blamed the attack on Israel on Hamas": an act a blaming verb takes is the one's it
  // is blamed on; "blamed the attack on Hamas" names no target (blamed_on_group).
  if (const std::int32_t c = s_.chunk_at[trig.begin]; mod < 0 && c >= 0 && chunk(c).kind == ChunkKind::Noun && chunk(c).begin > 0 &&
                                                       blame_on_verb_at(chunk(c).begin - 1))
    if (const std::int32_t blamed = blamed_on_group(chunk(c).begin); blamed >= 0) {
      if (obj < 0 || obj == blamed) return;
      emit(actors(group(blamed)), actors(group(obj)), relation, trig, {"the one the act is blamed on", object_rule});
      return;
    }
  if (obj >= 0 && r.agent_of) {
    // "with the help of the US", "at the invitation of Moscow": the of-group acts on the
    // clause subject, not the reverse.
    auto referents = clause_subject(trig.begin);
    std::string_view referent_rule = "clause subject";
    // "accused the EU of waging war on Russia at the behest of Washington": an adjunct inside
    // an of-gerund belongs to that gerund's doer.
    for (std::size_t p = trig.begin; p-- > clause_start(trig.begin) + 1;) {
      if (s_.group_at[p] >= 0 || tok(p).pos != Pos::VBG || !has(tok(p - 1), word_class("gerund_preposition"))) continue;
      if (const auto doer = gerund_doer_at(p); doer && !doer->empty()) {
        referents = *doer;
        referent_rule = "doer of the gerund the phrase is part of";
      }
      break;
    }
    // "Under pressure from Washington, Panama quit ...": a phrase that opens the sentence
    // acts on the main clause's subject, right after the comma that closes it.
    const bool opens_sentence = std::none_of(s_.tokens.begin(), s_.tokens.begin() + static_cast<std::ptrdiff_t>(trig.begin),
                                             [](const Token& t) { return t.word; });
    if (referents.empty() && opens_sentence) {
      referents = subject_after_opening_phrase(group(obj).end);
      referent_rule = "subject of the main clause after the opening phrase";
    }
    // "..., and under pressure from Washington, Germany sent tanks": so does one that opens a
    // clause after ", and", when a subject follows its comma.
    if (trig.begin >= 2 && has(tok(trig.begin - 1), word_class("coordinator")) && tok(trig.begin - 2).lower == ",")
      if (auto after = subject_after_opening_phrase(group(obj).end); !after.empty()) {
        referents = std::move(after);
        referent_rule = "subject of the clause after the phrase that opens it";
      }
    // "Lebanon abstained, a stance that drew criticism from Riyadh": the relative clause's
    // antecedent sums up the act of the clause before the comma, whose subject did it.
    if (referents.empty()) {
      referents = summed_act_doers(trig.begin);
      referent_rule = "subject of the act the relative clause's antecedent sums up";
    }
    // "India kept buying Russian oil despite pressure from Washington": a phrase in a clause
    // that "despite" or "amid" opens after the main one is that clause's adjunct
    // (grammar.tsv concessive_word).
    // ("despite repeated objections from Vienna": the clause may open before the phrase,
    // with no verb of its own before it.)
    if (const std::size_t cs = clause_start(trig.begin);
        referents.empty() && cs > 0 && tok(cs - 1).word && !has(tok(cs - 1), word_class("coordinator")) &&
        s_.clause_at[cs - 1] != s_.clause_at[cs] && adjunct_opener(tok(cs)) && !verb_between(cs, trig.begin)) {
      referents = clause_subject(cs - 1);
      referent_rule = "subject of the clause the phrase follows";
    }
    // "The decision drew criticism from Beijing": the clause opens with a definite phrase
    // naming an act told before; the agent's stance is on it.
    if (referents.empty() && r.polarity() != 0 &&
        stance_on_act_at(trig, relation, clause_start(trig.begin), trig.begin, actors(group(obj)), "group after the phrase (agent-of)"))
      return;
    emit(actors(group(obj)), referents, relation, trig, {"group after the phrase (agent-of)", referent_rule});
    return;
  }
  if (obj >= 0) {
    // "the visit of the Japanese prime minister to Russia": the of-group acts.
    std::vector<std::int32_t> subjects;
    std::string_view subject_rule = "possessor or modifier";
    if (mod >= 0) subjects = actors(group(mod));
    // "a message from Riyadh to Islamabad", "arms shipments from Tehran to Moscow": "from"
    // before the object's preposition names the sender (grammar.tsv noun_source_preposition).
    else if (trig.end + 1 < s_.tokens.size() &&
             (noun_agent_preposition(tok(trig.end)) || g_.in("noun_source_preposition", tok(trig.end).lower))) {
      const std::int32_t of = group_after(trig.end + 1, trig.end, Reach::Phrase);
      if (of >= 0 && of != obj && group(of).begin < group(obj).begin) subjects = actors(group(of));
      subject_rule = "the noun's agent after of/by";
    }
    // "the strikes launched by Iran on Israel": a participle's agent right after the noun.
    if (subjects.empty())
      if (const std::int32_t by = participle_agent_after(trig.end); by >= 0 && by != obj) {
        subjects = actors(group(by));
        subject_rule = "agent of the participle after the noun";
      }
    // "the seizure of a British tanker by Iran", "the downing of a Ukrainian airliner by
    // Iranian forces": a by-phrase right after the object's noun phrase names the doer.
    if (subjects.empty() && group(obj).begin > trig.end - 1)
      if (const std::int32_t by = agent_after_object(obj); by >= 0) {
        subjects = actors(group(by));
        subject_rule = "the noun's agent after its object";
      }
    // "Attacks on tankers were attributed to Iran": the doer the passive puts the act down to.
    if (subjects.empty() && group(obj).begin > trig.end - 1)
      if (const std::int32_t doer = attributed_doer(group(obj).end); doer >= 0 && doer != obj) {
        subjects = actors(group(doer));
        subject_rule = "the doer the act is attributed to";
      }
    // "accused Washington of meddling in Hong Kong": an -ing noun after "of" is a gerund
    // whose doer is the accused, as the verb reading's is.
    if (subjects.empty() && trig.begin >= 2 && tok(trig.begin).lower.ends_with("ing") && after_of_for_with(trig.begin)) {
      if (const auto doer = gerund_doer_at(trig.begin)) {
        if (doer->empty()) return;
        subjects = *doer;
        subject_rule = "doer of the gerund";
      }
    }
    // "a visit by Pelosi to Taiwan": a by-phrase names the noun's own actor, even one the
    // dictionaries do not know; nobody else did it.
    if (subjects.empty() && trig.end + 1 < s_.tokens.size() && has(tok(trig.end), word_class("agent_by"))) return;
    // "Senator Rick Scott's visit to Taipei", "the African Court's rulings against": a
    // possessor the dictionaries do not know owns the act; nobody else did it.
    if (subjects.empty() && unknown_possessor_before(trig.begin)) return;
    if (subjects.empty()) {
      subjects = possessive_pronoun_owner(trig.begin);
      subject_rule = "owner of its/their";
    }
    // An owned noun with no owner of its own is still the act of whoever issued it: "The UN
    // adopted a resolution against Iran" (grammar.tsv issuing_verb right before its phrase),
    // never of whoever abstained on or watered it down.
    if (subjects.empty() && r.owned)
      if (const std::int32_t c = s_.chunk_at[trig.begin]; c >= 0 && chunk(c).kind == ChunkKind::Noun) {
        subjects = issuer_of(chunk(c));
        subject_rule = "subject of the verb that issued it";
      }
    if (subjects.empty() && r.owned) return;
    // ("al-Shabaab bases in Somalia": a group's own ground is no host.)
    if (r.owned) {
      const auto targets = actors(group(obj));
      if (std::any_of(subjects.begin(), subjects.end(), [&](std::int32_t a) {
            return std::any_of(targets.begin(), targets.end(), [&](std::int32_t b) { return country(a) == country(b); });
          }))
        return;
    }
    // "Chile criticised Peru over attacks on Bolivia", "blamed Iran for the strikes on
    // tankers": an act given as the reason a verb acts on its direct object is that
    // object's act ("talks with Qatar about aid" are not Qatar's aid).
    // "Nicaragua protested over arms sales to Israel": with no object before the reason,
    // the act is nobody's named here (not the protester's).
    if (subjects.empty()) {
      if (const std::size_t prep = reason_preposition_before(trig.begin); prep != std::string_view::npos) {
        const std::int32_t accused = group_ending_at(prep);
        const bool direct_object = accused >= 0 && phrase_start(accused) > 0 && is_verb(tok(phrase_start(accused) - 1).pos);
        if (direct_object && accused != obj && verb_between(clause_start(prep), group(accused).begin)) {
          subjects = actors(group(accused));
          subject_rule = "object of the verb the act is the reason for";
        } else if (has(tok(prep), word_class("topic_preposition"))) {
          return;
        }
      }
    }
    // "Erdogan called the isolation of Qatar 'not right'", "described the blockade of Qatar
    // as ...": an act noun a verdict or a verb of seeing takes is judged, not done, by the
    // clause subject (the verdict's row reads the stance when it knows the verdict).
    if (subjects.empty() && trig.begin >= 2 && g_.in("definite_determiner", tok(trig.begin - 1).lower) &&
        is_verb(tok(trig.begin - 2).pos) &&
        (has(tok(trig.begin - 2), word_class("verdict_verb")) || has(tok(trig.begin - 2), word_class("perceive"))))
      return;
    // "Russian diplomats were expelled in solidarity with Britain": the purpose of a passive
    // act is its agent's, never its patient's; with no agent named it is nobody's here.
    if (std::int32_t agent = -1; subjects.empty() && passive_purpose_adjunct(trig.begin, agent)) {
      if (agent < 0) return;
      subjects = actors(group(agent));
      subject_rule = "agent of the passive act the phrase gives the purpose of";
    }
    if (subjects.empty()) {
      // "a rally organised by allies of Bolsonaro": a noun that heads an agent's by-phrase
      // names third parties, not the clause subject's relation.
      {
        std::size_t start = trig.begin;
        if (const std::int32_t c = s_.chunk_at[trig.begin]; c >= 0 && chunk(c).kind == ChunkKind::Noun) start = chunk(c).begin;
        if (start > 0 && has(tok(start - 1), word_class("agent_by"))) return;
      }
      // "soldiers were killed in an attack in Syria": after a passive verb of violence the
      // clause subject is the victim and the noun names the same event; nobody named acts.
      if (r.violent && victim_clause_before(trig.begin)) return;
      // ("voted against a resolution condemning the embargo on Venezuela": a noun inside what
      // a text's participle acts on is nobody's act we can name.)
      if (const std::int32_t c = s_.chunk_at[trig.begin]; c >= 0 && chunk(c).begin >= 1)
        for (const Trigger& t : s_.triggers)
          if (t.end == chunk(c).begin && unauthored_text_participle(t)) return;
      subjects = clause_subject(trig.begin);
      subject_rule = "clause subject";
    }
    if (subjects.empty() && !r.violent) {
      subjects = fronted_adjunct_subject(trig.begin);
      subject_rule = "subject of the main clause after the fronted phrase";
    }
    // "Anti-American protests erupted in Pakistan", "joined anti-French rallies in Bamako":
    // protests no named actor stages are the people's of the state where they are held.
    if (subjects.empty() && r.category == "PROTEST")
      if (const std::int32_t place = protest_place_after(trig.end, obj); place >= 0) {
        subjects = {place};
        subject_rule = "state where the protest is held";
      }
    emit(subjects, actors(group(obj)), relation, trig, {subject_rule, object_rule});
    // "raids on Islamic State targets in Syria": violence on a non-state group is also
    // violence in the state where it happens, as for verbs (the event coders' convention).
    if (const auto targets = actors(group(obj));
        r.violent && !subjects.empty() && std::all_of(targets.begin(), targets.end(), [&](std::int32_t a) { return non_state(a); }))
      if (const std::int32_t place = place_after(group(obj).end, trig.begin, group(obj).end); place >= 0) {
        if (lex_.invited_relation >= 0 && invited_by({place}, group(obj).end))
          emit(subjects, {place}, lex_.invited_relation, trig, {subject_rule, "the state that invited the forces"});
        else
          emit(subjects, {place}, relation, trig, {subject_rule, "place of violence"});
      }
    return;
  }
  // "With Russian support, Syria retook Aleppo", "rebuilt the port with Chinese help", "met
  // under Kazakh auspices": a friendly act whose owner stands in a with- or under-phrase is
  // done for the clause's subject, as "with the help of X" is (the agent-of rows).
  if (mod >= 0 && r.polarity() > 0 && !group(mod).compound) {
    const std::size_t with = phrase_start(mod);
    if (with > 0 && (has(tok(with - 1), word_class("partner_preposition")) || tok(with - 1).lower == "under")) {
      // A with-phrase that opens the sentence is the main clause's, whose subject follows its comma.
      std::vector<std::int32_t> helped = with == 1 ? subject_after_opening_phrase(trig.end) : clause_subject(trig.begin);
      // (The phrase's own owners are not whom they help: "talks under Saudi and American
      // auspices" names co-mediators, no clause subject.)
      const auto owners = actors(group(mod));
      std::erase_if(helped, [&](std::int32_t a) { return std::find(owners.begin(), owners.end(), a) != owners.end(); });
      emit(owners, helped, relation, trig, {"owner of the act in a with-phrase", "clause subject"});
      return;
    }
  }
  // "Vietnam upgraded ties during a visit by Joe Biden", "... during Ruto's visit": a visit
  // with its visitor and no destination, during which the clause's subject acts, is a visit
  // to the subject (a meeting between them).
  if (lex_.meeting_relation >= 0 && has(tok(trig.end - 1), word_class("visit_noun")) && !(trig.end < s_.tokens.size() && has(tok(trig.end), word_class("recipient_preposition")))) {
    std::size_t p = trig.begin;
    while (p > 0 && (has(tok(p - 1), word_class("determiner")) || is_adjective(tok(p - 1).pos)) && s_.group_at[p - 1] < 0) --p;
    if (mod >= 0) p = phrase_start(mod);
    std::int32_t visitor = mod;
    if (visitor < 0 && trig.end + 1 < s_.tokens.size() && has(tok(trig.end), word_class("agent_by")))
      visitor = group_after(trig.end + 1, trig.end, Reach::Phrase);
    if (visitor >= 0 && p > 0 && tok(p - 1).lower == "during") {
      emit(actors(group(visitor)), clause_subject(p - 1), lex_.meeting_relation, trig,
           {"the visitor", "subject of the clause the visit is the time of"});
      return;
    }
  }
  if (mod >= 0 && group(mod).compound) {
    // "the Chilean-Peruvian drills", "US-South Korean exercises": the members show force
    // together, as a coalition, not at each other.
    const bool together = r.category == "MOBILIZE" && lex_.coalition_relation >= 0;
    emit_within(actors(group(mod)), together ? lex_.coalition_relation : relation, trig,
                together ? "members of a hyphenated modifier, together" : "members of a hyphenated modifier");
    return;
  }
  // "Ankara's purchase of Russian missiles led to US sanctions", "Seoul's move prompted
  // Chinese retaliation": a hostile act with its owner and no target, which the clause
  // subject's act brought about, answers the owner of that act.
  if (mod >= 0 && r.polarity() < 0)
    if (std::size_t start = phrase_start(mod); start >= 2) {
      // ("prompted NEW Japanese sanctions", "triggered SWEEPING EU sanctions")
      while (start > 1 && s_.group_at[start - 1] < 0 && (is_adjective(tok(start - 1).pos) || has(tok(start - 1), word_class("determiner"))))
        --start;
      std::size_t verb = start - 1;
      if (has(tok(verb), word_class("infinitive_to")) || tok(verb).lower == "in") --verb;  // "led to", "resulted in"
      if (s_.group_at[verb] < 0 && is_verb(tok(verb).pos) && g_.in("consequence_verb", tok(verb).lower) &&
          negator_before(verb) < 0) {  // ("did not lead to US sanctions")
        auto answered = clause_subject(verb);
        const auto owners = actors(group(mod));
        std::erase_if(answered, [&](std::int32_t a) {
          return std::any_of(owners.begin(), owners.end(), [&](std::int32_t o) { return country(o) == country(a); });
        });
        if (!answered.empty()) {
          emit(owners, answered, relation, trig, {"possessor or modifier", "subject of the clause whose act brought it about"});
          return;
        }
      }
    }
  // "Belarus staged artillery exercises a few miles from the Lithuanian frontier": a show
  // of force at a state's border is aimed at that state.
  if (r.category == "MOBILIZE")
    if (const std::int32_t state = border_state_after(trig.end); state >= 0) {
      const auto owners = mod >= 0 ? actors(group(mod)) : clause_subject(trig.begin);
      if (!owners.empty() &&
          std::none_of(owners.begin(), owners.end(), [&](std::int32_t a) { return country(a) == country(state); }))
        emit(owners, {state}, relation, trig,
             {mod >= 0 ? "possessor or modifier" : "clause subject", "state whose border the forces are at"});
      return;
    }
  // "Russia's occupation of Bucha", "during their siege of Mariupol": a hostile act whose
  // phrase ends in its preposition, on a town the gazetteer knows, is on the town's state; the
  // doer is the noun's own owner (possessor, modifier or "its"/"their").
  if (obj < 0 && r.polarity() < 0 && ends_with_preposition(trig) && trig.end < s_.tokens.size()) {
    std::size_t q = trig.end;
    if (has(tok(q), word_class("article_the")) && q + 1 < s_.tokens.size()) ++q;
    if (const std::int32_t place = s_.group_at[q] < 0 ? place_at(q) : -1; place >= 0) {
      const auto owner = mod >= 0 ? actors(group(mod)) : possessive_pronoun_owner(trig.begin);
      if (!owner.empty())
        emit(owner, {place}, relation, trig, {mod >= 0 ? "possessor or modifier" : "owner of its/their", "state of the place acted on"});
      return;
    }
  }
  // "Russia's offensive in eastern Ukraine", "Turkey's air strikes across northern Iraq":
  // violence with an actor of its own and no target named is against the state where it
  // happens, as for verbs (attachment.cpp, place_after).
  if (r.violent) {
    std::vector<std::int32_t> owner = mod >= 0 ? actors(group(mod)) : possessive_pronoun_owner(trig.begin);
    std::string_view owner_rule = mod >= 0 ? "possessor or modifier" : "owner of its/their";
    // "Sabotage attacks inside Iran were attributed to Israel": the doer the passive names,
    // past the place phrase.
    if (owner.empty())
      for (std::size_t p = trig.end; p < s_.tokens.size() && p < trig.end + 8 && s_.clause_at[p] == s_.clause_at[trig.begin]; ++p)
        if (g_.in("attribution_participle", tok(p).lower)) {
          std::size_t from = p;
          while (from > trig.end && (has(tok(from - 1), word_class("be")) || has(tok(from - 1), word_class("auxiliary")) ||
                                     is_adverb(tok(from - 1).pos) || tok(from - 1).lower == ","))
            --from;
          if (const std::int32_t doer = attributed_doer(from); doer >= 0) {
            owner = actors(group(doer));
            owner_rule = "the doer the act is attributed to";
          }
          break;
        }
    // "Israel launched air strikes across Lebanon", "responded with air strikes in ...": an
    // operation a verb of undertaking takes is its subject's (grammar.tsv operation_verb).
    if (owner.empty())
      if (const std::int32_t c = s_.chunk_at[trig.begin]; c >= 0 && chunk(c).begin > 0) {
        std::size_t v = chunk(c).begin - 1;
        if (v > 0 && tok(v).lower == "with") --v;  // "responded with"
        while (v > 0 && tok(v).pos == Pos::RP) --v;  // "carried out"
        if (is_verb(tok(v).pos) && s_.group_at[v] < 0 && g_.in("operation_verb", tok(v).lower)) {
          // ("did not carry out strikes", "denied carrying out strikes": the verb's negation
          // or denial is the operation's, so no claim; "at the request of X" is asked-for force.)
          std::size_t d = v;
          while (d > 0 && (is_adverb(tok(d - 1).pos) || has(tok(d - 1), word_class("auxiliary")))) --d;
          const bool denied = d > 0 && (has(tok(d - 1), word_class("denial")) || has(tok(d - 1), word_class("refusal")));
          if (negated_at(v, nullptr) || denied || refused_at(v)) return;
          // The undertaker stands before the verb: the clause's subject, or for "whose own air
          // force stepped up raids" the antecedent of "whose".
          const std::size_t start = clause_start(v);
          if (has(tok(start), word_class("relative_possessive"))) {
            if (const std::int32_t antecedent = antecedent_of(start); antecedent >= 0) owner = actors(group(antecedent));
          } else {
            owner = clause_subject(v);
            const bool before_verb = std::any_of(s_.groups.begin(), s_.groups.end(), [&](const Group& g) {
              const auto members = actors(g);
              return g.end <= v && !owner.empty() && std::find(members.begin(), members.end(), owner.front()) != members.end();
            });
            if (!before_verb) owner.clear();
          }
          owner_rule = "subject of the verb that undertakes the operation";
        }
      }
    if (owner.empty()) return;
    if (const std::int32_t place = place_after(trig.end, trig.begin, trig.end); place >= 0) {
      if (lex_.invited_relation >= 0 && invited_by({place}, trig.end)) {
        emit(owner, {place}, lex_.invited_relation, trig, {owner_rule, "the state that invited the forces"});
        return;
      }
      emit(owner, {place}, relation, trig, {owner_rule, "place of violence"});
    }
  }
}

// "In a pointed jab at Moscow, EU leaders said ...", "In a rebuke to Beijing, the
// US ...": a relation noun in a prepositional phrase that opens the sentence is the act of
// the main clause's subject, the actor right after the phrase's comma (a speaker too).
// Only a phrase that names an act of the subject's ("In a swipe at", "In its latest
// rebuke to", "By reaching out to"): a determiner other than "the", or a
// gerund, after the preposition. "In response to the attack on X", "After the invasion of
// X" name someone else's act.
std::vector<std::int32_t> SentenceFrames::fronted_adjunct_subject(std::size_t at) const {
  if (s_.tokens.size() < 2 || !has(tok(0), word_class("preposition"))) return {};
  const bool own_act = tok(1).pos == Pos::VBG || (has(tok(1), word_class("determiner")) && !has(tok(1), word_class("article_the")));
  if (!own_act) return {};
  for (std::size_t p = 0; p < at; ++p)
    if (tok(p).lower == "," || s_.group_at[p] >= 0) return {};
  for (std::size_t p = at; p + 1 < s_.tokens.size(); ++p) {
    if (const std::int32_t c = s_.chunk_at[p]; c >= 0 && chunk(c).kind == ChunkKind::Verb && is_finite_verb(tok(p).pos) &&
                                               chunk(c).begin == p)
      return {};
    if (tok(p).lower != ",") continue;
    std::size_t q = p + 1;
    if (q < s_.tokens.size() && has(tok(q), word_class("article_the"))) ++q;
    if (q < s_.tokens.size() && s_.group_at[q] >= 0 && group(s_.group_at[q]).begin == q) return actors(group(s_.group_at[q]));
    return {};
  }
  return {};
}

// The actor group that opens the main clause after a sentence-opening phrase: the one right
// after the first comma from `from` ("With Russian support, Syria ..."), else nothing.
std::vector<std::int32_t> SentenceFrames::subject_after_opening_phrase(std::size_t from) const {
  for (std::size_t p = from; p + 1 < s_.tokens.size(); ++p) {
    if (s_.group_at[p] >= 0) return {};
    if (tok(p).lower == ",") return actors_opening_after(p);
  }
  return {};
}

// The actors of the group that opens what follows the comma at `comma` (past "the"), else
// nothing.
std::vector<std::int32_t> SentenceFrames::actors_opening_after(std::size_t comma) const {
  std::size_t q = comma + 1;
  if (q >= s_.tokens.size()) return {};
  if (has(tok(q), word_class("article_the")) && s_.group_at[q] < 0 && q + 1 < s_.tokens.size()) ++q;
  if (s_.group_at[q] >= 0 && group(s_.group_at[q]).begin == q) return actors(group(s_.group_at[q]));
  return {};
}

// Whether the nearest verb group before `at` in its clause is a passive verb of violence
// ("were killed", "was wounded"): its subject suffered the act.
bool SentenceFrames::victim_clause_before(std::size_t at) const {
  for (std::size_t p = at; p > 0; --p) {
    const std::size_t q = p - 1;
    if (s_.clause_at[q] != s_.clause_at[at]) return false;
    const std::int32_t c = s_.chunk_at[q];
    if (c < 0 || chunk(c).kind != ChunkKind::Verb) continue;
    const std::size_t head = chunk(c).head;
    if (!passive_at(head)) return false;
    for (const Trigger& t : s_.triggers)
      if (t.begin == head)
        return std::any_of(t.readings.begin(), t.readings.end(), [&](const Reading& x) {
          return lex_.relations[static_cast<std::size_t>(x.match.relation)].violent;
        });
    return false;
  }
  return false;
}

// Whether the noun at `at` opens a purpose adjunct ("in solidarity with", "in a show of
// support for", "in retaliation against": grammar.tsv purpose_adjunct_noun) of a passive verb in its clause ("were expelled",
// or a headline's bare participle after its noun: "diplomats expelled worldwide"); `agent`
// gets the by-agent between them, else -1.
bool SentenceFrames::passive_purpose_adjunct(std::size_t at, std::int32_t& agent) const {
  agent = -1;
  std::size_t p = at;
  if (tok(at).lower == "in") p = at + 1;  // the phrase itself opens with it ("in solidarity with")
  // Back over "a show of", "an act of", articles and adjectives to "in".
  for (int k = 0; k < 5 && p > 0; ++k) {
    const Token& w = tok(p - 1);
    if (has(w, word_class("determiner")) || is_adjective(w.pos) || has(w, word_class("complement_of")) ||
        g_.in("purpose_frame_noun", w.lower))
      --p;
    else
      break;
  }
  if (p == 0 || tok(p - 1).lower != "in" || s_.group_at[p - 1] >= 0) return false;
  const std::size_t in = p - 1;
  // A purpose ("in solidarity with", "in retaliation for"), not an event the patient took
  // part in ("were killed in a clash with Chinese troops").
  bool purpose = false;
  for (std::size_t q = in + 1; q <= std::max(at, in + 5) && q < s_.tokens.size() && !purpose; ++q)
    purpose = g_.in("purpose_adjunct_noun", tok(q).lower);
  if (!purpose) return false;
  for (std::size_t q = in; q > 0; --q) {
    const std::size_t v = q - 1;
    if (s_.clause_at[v] != s_.clause_at[in]) return false;
    if (s_.group_at[v] >= 0 && v > 0 && has(tok(v - 1), word_class("agent_by"))) agent = s_.group_at[v];
    const std::int32_t c = s_.chunk_at[v];
    if (c < 0 || chunk(c).kind != ChunkKind::Verb) continue;
    const std::size_t head = chunk(c).head;
    if (tok(head).pos != Pos::VBN) return false;
    if (passive_at(head)) return true;
    // A headline's participle right after its noun phrase, with no auxiliary.
    const std::int32_t before = chunk(c).begin > 0 ? s_.chunk_at[chunk(c).begin - 1] : -1;
    return chunk(c).begin == head && before >= 0 && chunk(before).kind == ChunkKind::Noun;
  }
  return false;
}

// The state of the place after "in" later in the clause from `from` ("... erupted in
// Pakistan", "rallies in Bamako"), not the protest's target `obj`; -1 if none.
std::int32_t SentenceFrames::protest_place_after(std::size_t from, std::int32_t obj) const {
  const std::int32_t clause = from < s_.tokens.size() ? s_.clause_at[from] : -1;
  for (std::size_t p = from; p + 1 < s_.tokens.size() && s_.clause_at[p] == clause; ++p) {
    if (!has(tok(p), word_class("locative")) || s_.group_at[p] >= 0) continue;
    std::size_t q = p + 1;
    if (has(tok(q), word_class("article_the")) && q + 1 < s_.tokens.size()) ++q;
    // A capital or city after "in" is a place, not a mention: the gazetteer says its state.
    const std::int32_t g = s_.group_at[q];
    if (g < 0) {
      if (const auto* name = lex_.actor_names.longest(s_.tokens, q)) {
        // ("broke out in Honiara": a capital, read as the place it is here)
        for (const ActorName& a : name->values)
          if (a.kind == MentionKind::Metonym && a.actor >= 0 && lex_.actors[static_cast<std::size_t>(a.actor)].territorial())
            return a.actor;
      }
      // ("outside the embassy of Peru in Bogota": "outside" opens no place; look on.)
      if (const std::int32_t place = place_at(q); place >= 0) return place;
      continue;
    }
    if (g == obj || group(g).begin != q) continue;
    return territory_of(g);
  }
  return -1;
}

// "..., a move that drew ...", "..., a stance which won ...": when the clause of `at` is a
// relative clause ("that"/"which" before its verb) whose antecedent is an act summary noun
// after a comma, the subject of the clause before that comma; empty otherwise.
std::vector<std::int32_t> SentenceFrames::summed_act_doers(std::size_t at) const {
  std::size_t p = at;
  while (p > 0 && s_.group_at[p - 1] < 0 && !has(tok(p - 1), word_class("relative")) && tok(p - 1).lower != "," &&
         at - p < 6)
    --p;
  if (p < 5 || !has(tok(p - 1), word_class("relative"))) return {};
  const std::size_t noun = p - 2;
  if (!has(tok(noun), word_class("act_summary_noun")) || !has(tok(noun - 1), word_class("determiner")) ||
      tok(noun - 2).lower != ",")
    return {};
  return clause_subject(noun - 3);
}

// "The sanctions Washington imposed on Caracas remain", "the strikes that Israel launched on
// Iranian sites": a relation noun that an actor with its own past verb follows (with or
// without "that"/"which") heads an object relative clause. The actor did the act, and the
// noun's object is the one its preposition names after the verb ("on Caracas"). Only a verb
// that does the act counts (grammar.tsv act_doing_verb): "the sanctions Brussels lifted",
// "the sanctions Washington said were illegal" are no sanctions by them.
bool SentenceFrames::noun_in_object_relative(const Trigger& trig, const RelationEntry& r, std::int32_t relation) {
  const std::size_t n = s_.tokens.size();
  std::size_t p = trig.end;
  if (p < n && has(tok(p), word_class("relative")) && tok(p).lower != "who" && tok(p).lower != "whose") ++p;
  if (p + 1 < n && has(tok(p), word_class("article_the"))) ++p;
  if (p >= n || s_.group_at[p] < 0 || group(s_.group_at[p]).begin != p) return false;
  const std::int32_t doer = s_.group_at[p];
  std::size_t v = group(doer).end;
  while (v < n && (has(tok(v), word_class("perfect_have")) || tok(v).lower == "had" || tok(v).lower == "has" ||
                   tok(v).lower == "have" || is_adverb(tok(v).pos)))
    ++v;
  if (v >= n || !(tok(v).pos == Pos::VBD || tok(v).pos == Pos::VBN) || s_.group_at[v] >= 0 || !g_.in("act_doing_verb", tok(v).lower))
    return false;
  std::string prep;
  const std::int32_t obj = prep_object(v + 1, r.preps, &prep, false);
  if (obj < 0 || obj == doer) return false;
  emit(actors(group(doer)), actors(group(obj)), relation, trig,
       {"subject of the object relative clause after the noun", "object of the noun's preposition after that clause's verb"});
  return true;
}

}  // namespace irkg::frames
