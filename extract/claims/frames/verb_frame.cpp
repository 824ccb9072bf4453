// The verb frame: SUBJECT verb OBJECT, with its passive ("was condemned by"), infinitive
// ("threatened to shell"), that-clause ("demanded that X") and composed ("opposes sanctions
// on X") variants.

#include <algorithm>

#include "extract/claims/frames/sentence_frames.h"

namespace irkg::frames {

namespace {
}  // namespace

// Whether `trig` is a participle right after a text that the clause's subject neither wrote
// nor adopted ("rejected a resolution recognising X", "abstained on a resolution condemning
// Y", "refused to sign a declaration blaming Z"): what the text does is then nobody's act we
// can name. Only a verb of authoring (grammar.tsv authoring_verb), neither negated nor
// refused, makes it the subject's; a text with its author in its phrase ("a NATO statement
// condemning") is the author's (gerund_doer).
bool SentenceFrames::unauthored_text_participle(const Trigger& trig) const {
  if (trig.begin < 2 || tok(trig.begin).pos != Pos::VBG) return false;
  const std::int32_t c = s_.chunk_at[trig.begin - 1];
  if (c < 0 || chunk(c).kind != ChunkKind::Noun || chunk(c).end != trig.begin || chunk(c).begin == 0 ||
      !g_.in("authored_noun", tok(chunk(c).head).lower))
    return false;
  for (std::size_t p = chunk(c).begin; p < chunk(c).end; ++p)
    if (s_.group_at[p] >= 0) return false;
  std::size_t v = chunk(c).begin - 1;
  if (v > 0 && tok(v).pos == Pos::IN) --v;  // "abstained on", "voted against"
  if (!is_verb(tok(v).pos) || s_.group_at[v] >= 0) return false;
  if (negated_at(v) || refused_at(v)) return true;
  // (Backing a text, "supported a draft condemning X", "voted for", makes what it does the
  // backer's too, as writing it does.)
  const bool backs = std::any_of(s_.triggers.begin(), s_.triggers.end(), [&](const Trigger& t) {
    return t.begin == v && std::any_of(t.readings.begin(), t.readings.end(), [&](const Reading& r) {
             const RelationEntry& e = lex_.relations[static_cast<std::size_t>(r.match.relation)];
             return e.compose && e.polarity() > 0;
           });
  });
  return !backs && !g_.in("authoring_verb", tok(v).lower);
}

// Whether the token at `at` is a participle right after the text noun phrase that opens at
// `object_at` ("a resolution condemning", "an EU statement recognising": grammar.tsv
// authored_noun heads it).
bool SentenceFrames::text_participle(std::size_t object_at, std::size_t at) const {
  if (at <= object_at || at >= s_.tokens.size() || tok(at).pos != Pos::VBG) return false;
  std::int32_t c = s_.chunk_at[at - 1];
  if (c < 0 || chunk(c).kind != ChunkKind::Noun || chunk(c).end != at) return false;
  // ("a resolution drafted by the United States condemning Syria": past the text's own
  // authoring participle and its agent.)
  if (chunk(c).begin != object_at) {
    const std::size_t by = chunk(c).begin;
    if (by < 2 || !has(tok(by - 1), word_class("agent_by")) || tok(by - 2).pos != Pos::VBN) return false;
    c = s_.chunk_at[by - 3 < s_.tokens.size() ? by - 3 : 0];
    if (by < 3 || c < 0 || chunk(c).kind != ChunkKind::Noun || chunk(c).end != by - 2 || chunk(c).begin != object_at) return false;
  }
  return g_.in("authored_noun", tok(chunk(c).head).lower);
}

// "Hungary opposes new sanctions on Russia", "Poland backs sanctions against Russia",
// "China suspended the China-Australia dialogue": a verb whose object is a relation noun
// is a stance on that relation. Its polarity is the product of the two (opposing a
// hostile act is friendly), the subject is the verb's, and the noun makes no claim of
// its own ("Hungary" did not impose the sanctions).
bool SentenceFrames::compose(std::size_t ti, const Trigger& trig, const RelationEntry& r, std::int32_t relation) {
  if (!r.compose) return false;  // "mobilized reservists for a war against Iraq" is not a stance
  if (unauthored_text_participle(trig)) return false;  // the verb frame makes no claim of it either
  for (std::size_t tj = ti + 1; tj < s_.triggers.size(); ++tj) {
    const Trigger& inner = s_.triggers[tj];
    // The relation noun heads or modifies the verb's object, the first noun phrase after it
    // ("opposes new EU sanctions on Russia").
    // (A gerund right after the verb is its object, though the chunker joins it to the verb group.)
    const bool gerund_next = inner.begin == trig.end && tok(inner.begin).pos == Pos::VBG;
    // "vetoed a resolution condemning Syria", "blocked an EU statement recognising X": a
    // participle right after a text the verb takes is what the text does; the verb's stance
    // is on that act (a text its subject wrote, "drafted a resolution condemning", is no
    // stance verb's object: compose rows only).
    const bool text_act = text_participle(trig.end, inner.begin);
    // (A relation noun inside that text's own phrase, "a joint statement recognising X",
    // names the text, not the act the stance is on.)
    if (!text_act && inner.begin >= trig.end && tj + 1 < s_.triggers.size() &&
        std::any_of(s_.triggers.begin() + static_cast<std::ptrdiff_t>(tj + 1), s_.triggers.end(),
                    [&](const Trigger& later) { return later.begin >= inner.end && text_participle(trig.end, later.begin); }))
      continue;
    if (inner.begin < trig.end || (!gerund_next && !text_act && !in_object_phrase(trig.end, inner.begin)) ||
        s_.clause_at[inner.begin] != s_.clause_at[trig.begin])
      break;
    // (A closing quote after a quoted verb, 'voted to "deeply deplore" the intervention', is
    // no break between the verb and its object.)
    for (std::size_t p = trig.end; p < inner.begin; ++p)
      if (!tok(p).word && !(tok(p).lower == "-" || tok(p).lower == "\xE2\x80\x93") && !is_quote_mark(tok(p))) return false;
    bool modifier_only = false;
    for (const Reading& reading : inner.readings) {
      const RelationEntry& r2 = lex_.relations[static_cast<std::size_t>(reading.match.relation)];
      // "Germany condemned the attack": a verb row's word used as a bare noun after "the"
      // names an act told before, as a noun row's word does (only that: with a complement of
      // its own a noun row reads it).
      const bool bare_act_word = r2.frame == Frame::Verb && !r2.compose && reading.end == inner.begin + 1 &&
                                 inner.begin > trig.end && (tok(inner.begin).pos == Pos::NN || tok(inner.begin).pos == Pos::NNS) &&
                                 has(tok(inner.begin - 1), word_class("article_the"));
      // "opposed sanctioning Myanmar", "backs arming Kyiv": a verb row's gerund right after
      // the stance verb is the act the stance is on, with no doer of its own named.
      // (Not after a verb of denial or refusal: "denied supplying the rebels" says the act
      // was not done, which the flags read.)
      // (A refusal of a text, "vetoed a resolution condemning", is a stance on what it does.)
      const bool gerund_act = r2.frame == Frame::Verb && (!r2.compose || text_act) && tok(inner.begin).pos == Pos::VBG &&
                              (text_act || (inner.begin == trig.end && !has(tok(trig.begin), word_class("negator")) &&
                                            !has(tok(trig.begin), word_class("denial")) &&
                                            !has(tok(trig.begin), word_class("refusal")) &&
                                            !ceased_at(inner.begin)));  // "stopped funding the rebels" suspends (flags.cpp)
      if (r2.frame != Frame::Noun && r2.frame != Frame::Pair && !bare_act_word && !gerund_act) continue;
      // "Peru and Chile denied any tension", "played down talk of a rift": denying or
      // playing down a state between actors says it is not there (the flags negate the noun);
      // it is no stance on anyone.
      if (r2.frame == Frame::Pair && (has(tok(trig.begin), word_class("denial")) || g_.in("downplaying_verb", tok(trig.begin).lower))) {
        consumed_[tj] = true;
        return true;
      }
      // "backed the summit statement": a pair noun (a meeting, a war) that only modifies the
      // object's head is not what the verb is about, unless that head is the act itself
      // ("cancelled defence cooperation deals": grammar.tsv act_head_noun).
      if (const std::int32_t c = s_.chunk_at[reading.end - 1];
          r2.frame == Frame::Pair && c >= 0 && chunk(c).kind == ChunkKind::Noun && chunk(c).head >= reading.end && chunk(c).head < chunk(c).end &&
          is_noun(tok(chunk(c).head).pos) && s_.group_at[chunk(c).head] < 0 &&
          !g_.in("act_head_noun", tok(chunk(c).head).lower)) {
        // The head may be a relation noun of its own ("withdrew from peace treaty
        // negotiations"); the modifier names no relation of its own here.
        modifier_only = true;
        consumed_[tj] = true;
        continue;
      }
      const int polarity = r.polarity() * r2.polarity();
      if (polarity == 0) return false;
      // "lifted their friendship to a new level": a verb that undoes a hostile act ("lifted
      // the sanctions") raises a friendly one; the noun keeps its own claim.
      if (r.polarity() < 0 && r2.polarity() > 0 && g_.in("raising_verb", tok(trig.begin).lower)) return true;
      Trigger t2 = inner;
      t2.end = reading.end;
      composed_ = static_cast<std::int32_t>(tj);
      const auto subjects = infinitive_subject(trig.begin);
      if (subjects.empty()) return false;
      bool group_between = false;
      for (std::size_t p = trig.end; p < inner.begin; ++p)
        if (s_.group_at[p] >= 0) group_between = true;
      if (gerund_act) {
        // ("vetoed a resolution condemning its annexation of Crimea": the text acts on an act
        // noun, a stance of its own, which the verb's own reading and the participle's keep.)
        if (text_act)
          for (std::size_t tk = tj + 1; tk < s_.triggers.size() && s_.triggers[tk].begin <= t2.end + 3; ++tk)
            for (const Reading& later : s_.triggers[tk].readings)
              if (lex_.relations[static_cast<std::size_t>(later.match.relation)].frame != Frame::Verb) return false;
        const std::int32_t obj = group_after(t2.end, t2.begin, Reach::Phrase);
        if (obj < 0) return false;
        emit(subjects, actors(group(obj)), relation, trig, {"verb's subject", "object of the act the gerund names"}, polarity);
        // "vetoed a UN resolution condemning Syria", "blocked an EU statement": the text's
        // author inside its phrase is what the verb's own relation acts on.
        if (text_act)
          for (std::size_t p = trig.end; p < inner.begin; ++p)
            if (const std::int32_t author = s_.group_at[p]; author >= 0 && group(author).begin == p)
              emit(subjects, actors(group(author)), relation, trig, {"verb's subject", "author named in the text the verb takes"});
        consume_through(tj, group(obj).begin);
        consumed_[tj] = true;
        return true;
      }
      if (r2.frame == Frame::Noun || bare_act_word) {
        // "opposes EU sanctions on Russia", "blocked the EU's aid to Ukraine": a group
        // between may be the noun's own actor; "blamed Rwanda for the shelling of ..." is
        // the verb's object instead.
        std::int32_t owner = -1;
        if (group_between) {
          owner = modifier_before(inner.begin);
          if (owner < 0 || group(owner).begin < trig.end) continue;
          bool other_group = false;
          for (std::size_t p = trig.end; p < inner.begin; ++p)
            if (s_.group_at[p] >= 0 && s_.group_at[p] != owner) other_group = true;
          if (other_group) continue;
        }
        const std::int32_t obj = bare_act_word                 ? -1
                                 : ends_with_preposition(t2) ? group_after(t2.end, t2.begin, Reach::Phrase)
                                                             : prep_object(t2.end, r2.preps, nullptr);
        if (obj < 0) {
          if (!group_between && stance_on_told_act(subjects, relation, trig, t2, r2, polarity)) {
            consumed_[tj] = true;
            return true;
          }
          continue;
        }
        emit(subjects, actors(group(obj)), relation, trig, {"verb's subject", "object of the relation noun the verb governs"},
             polarity);
        // The verb also says where the subject stands toward the noun's actor, and the
        // noun stays a claim of that actor's ("Russia's attack on Ukraine"; "a resolution
        // condemning its invasion of Ukraine", where "its" is the actor before).
        std::vector<std::int32_t> noun_actor =
            owner >= 0 ? actors(group(owner)) : group_between ? std::vector<std::int32_t>{} : possessive_pronoun_owner(inner.begin);
        // "condemned the seizure of a British tanker by Iran": the by-agent after the noun's
        // object owns the act.
        std::string_view owner_rule = owner >= 0 ? "the relation noun's own actor" : "owner of its/their before the relation noun";
        if (noun_actor.empty() && !group_between)
          if (const std::int32_t by = agent_after_object(obj); by >= 0) {
            noun_actor = actors(group(by));
            owner = by;
            owner_rule = "the relation noun's agent after its object";
          }
        // "condemned the strikes launched by Iran on Israel": a participle's agent right
        // after the noun, before its object.
        if (noun_actor.empty() && !group_between)
          if (const std::int32_t by = participle_agent_after(t2.end); by >= 0 && by != obj) {
            owner = by;
            noun_actor = actors(group(by));
            owner_rule = "agent of the participle after the relation noun";
          }
        // "Seoul stopped its criticism of Tokyo": the subject's own act, which the verb reads.
        const bool own_act = owner < 0 && std::any_of(noun_actor.begin(), noun_actor.end(), [&](std::int32_t a) {
          return std::any_of(subjects.begin(), subjects.end(), [&](std::int32_t b) { return country(a) == country(b); });
        });
        if (own_act) noun_actor.clear();
        // "Japan warned against a Chinese invasion of Taiwan": an act warned or cautioned
        // against has not happened; the stance is toward its owner, and the noun is no claim
        // of its own (grammar.tsv prospective_stance_verb).
        const bool prospective = g_.in("prospective_stance_verb", tok(trig.begin).lower);
        if (!noun_actor.empty()) {
          emit(subjects, noun_actor, relation, trig, {"verb's subject", owner_rule});
          if (prospective) consumed_[tj] = true;
          else noun_only_[tj] = true;  // "EU sanctions on Russia" is no verb "sanctions"
          return true;
        }
        if (prospective) consumed_[tj] = true;
        consume_through(tj, group(obj).begin);
      } else {
        // the pair: "the China-Australia dialogue", "tensions between A and B", or the
        // subject and "tensions with X"
        std::int32_t mod = modifier_before(t2.begin);
        if (mod >= 0 && (group(mod).begin < trig.end || group(mod).mentions.size() < 2)) mod = -1;
        if (mod < 0) {
          mod = prep_object(t2.end, word_class("within_preposition"), nullptr, false);
          if (mod >= 0 && group(mod).mentions.size() < 2) mod = -1;
        }
        if (mod < 0) {
          const std::int32_t other = prep_object(t2.end, word_class("partner_preposition"), nullptr, false);
          // (A stance on a pair's state is no such state between the stance-takers: "Egypt and
          // Qatar welcomed the truce" is no truce between them.)
          const bool stance = r.category == "SUPPORT" || r.category == "DISAPPROVE";
          if (other < 0 && subjects.size() >= 2 && !stance) {
            // "India and China are easing tensions along the border"
            emit_within(subjects, relation, trig, "members of the verb's coordinated subject", polarity);
            consumed_[tj] = true;
            return true;
          }
          if (other < 0) {
            if (group_between || !stance_on_told_act(subjects, relation, trig, t2, r2, polarity)) return false;
            consumed_[tj] = true;
            return true;
          }
          emit(subjects, actors(group(other)), relation, trig,
               {"verb's subject", "partner after the relation noun's preposition"}, polarity);
          consume_through(tj, group(other).begin);
          return true;
        }
        const auto pair = actors(group(mod));
        const bool subject_in_pair = std::any_of(subjects.begin(), subjects.end(), [&](std::int32_t a) {
          return std::any_of(pair.begin(), pair.end(), [&](std::int32_t b) { return country(a) == country(b); });
        });
        if (!subject_in_pair) return false;
        emit_within(pair, relation, trig, "the pair the relation noun names", polarity);
      }
      consumed_[tj] = true;
      return true;
    }
    if (modifier_only) continue;
    return false;
  }
  return false;
}

// The doer of the latest hostile act told on one of `subjects` (before `before` in this
// sentence, else in the sentences just before), else -1.
std::int32_t SentenceFrames::doer_of_act_on(const std::vector<std::int32_t>& subjects, std::size_t before) const {
  const auto among = [&](std::int32_t actor) {
    return std::any_of(subjects.begin(), subjects.end(), [&](std::int32_t a) { return country(a) == country(actor); });
  };
  const auto hostile = [&](std::int32_t relation, int polarity) { return (polarity != 0 ? polarity : relation_sign(relation)) < 0; };
  for (auto h = hits_.rbegin(); h != hits_.rend(); ++h)
    if (h->why.trigger >= 0 && s_.triggers[static_cast<std::size_t>(h->why.trigger)].begin < before && !h->negated &&
        h->modality == Modality::Asserted && hostile(h->relation, h->polarity) && among(h->object) && !among(h->subject))
      return h->subject;
  if (!recent_acts_) return -1;
  for (auto act = recent_acts_->rbegin(); act != recent_acts_->rend(); ++act)
    if (hostile(act->relation, 0) && among(act->object) && !among(act->subject)) return act->subject;
  return -1;
}

// "Azerbaijan shelled Armenian posts on Monday. France condemned the shelling.", "Serbia and
// Kosovo held talks in Brussels. Albania welcomed the talks.": a stance on an act named by a
// definite noun with no actor of its own is on the latest act of that kind (the same
// relation, else the same CAMEO root) the sentences just before asserted. As with the act's
// actors named ("condemned Azerbaijan's shelling of Armenia"), the doer takes the stance
// verb's relation and the act's object the composed polarity.
bool SentenceFrames::stance_on_told_act(const std::vector<std::int32_t>& subjects, std::int32_t relation,
                                        const Trigger& trig, const Trigger& act_noun, const RelationEntry& noun_relation,
                                        int polarity) {
  if (!recent_acts_ || recent_acts_->empty() || s_.chunk_at[act_noun.begin] < 0) return false;
  const Chunk& phrase = chunk(s_.chunk_at[act_noun.begin]);
  if (!g_.in("definite_determiner", tok(phrase.begin).lower)) return false;
  // "the attack ON ITS EMBASSY", "the shelling BY REBELS": a noun with a complement of its
  // own names its act there, even when no actor of ours is in it. (So, here, do "as" and a
  // time: loosening this let long articles' background acts be taken for the one meant.)
  if (phrase.end < s_.tokens.size() && has(tok(phrase.end), word_class("preposition"))) return false;
  const std::string_view root = std::string_view(noun_relation.cameo).substr(0, 2);
  // (A host or broker of the act is no party to it: "Brazil brokered the meeting. Washington
  // welcomed the talks" welcomes the two sides'.)
  const auto same_kind = [&](const RecentAct& act) {
    if (act.relation == lex_.hosting_relation || act.relation == lex_.mediation_relation) return false;
    const RelationEntry& told = lex_.relations[static_cast<std::size_t>(act.relation)];
    if (told.relation == noun_relation.relation) return true;
    if (root.empty() || std::string_view(told.cameo).substr(0, 2) != root) return false;
    // Within a root, codes of diplomatic cooperation (05) name different acts: siding with
    // Tehran (051) is no deal (057).
    return root != "05" || told.cameo == noun_relation.cameo;
  };
  const auto among = [&](std::int32_t actor) {
    return std::any_of(subjects.begin(), subjects.end(), [&](std::int32_t a) { return country(a) == country(actor); });
  };
  // A party to such an act reacts to that one: its target answers its doer ("The US
  // sanctioned Chinese firms ... China condemned the sanctions"); its doer adds nothing.
  for (auto act = recent_acts_->rbegin(); act != recent_acts_->rend(); ++act) {
    if (!same_kind(*act) || !(among(act->subject) || among(act->object))) continue;
    if (among(act->subject)) return false;
    emit(subjects, {act->subject}, relation, trig, {"verb's subject", "doer of the act on the subject told before"});
    return true;
  }
  // A third party: the latest such act, done by every doer its sentence gave it to on the
  // same object ("The UAE and Bahrain signed agreements with Israel ... Egypt welcomed the
  // agreements"), unless acts of that kind by other doers on other objects were told
  // (which one the noun means is not clear).
  const RecentAct* latest = nullptr;
  for (auto act = recent_acts_->rbegin(); act != recent_acts_->rend() && !latest; ++act)
    if (same_kind(*act)) latest = &*act;
  if (!latest) return false;
  std::vector<std::int32_t> doers;
  for (const RecentAct& act : *recent_acts_)
    if (act.sentence == latest->sentence && same_kind(act) && country(act.object) == country(latest->object) &&
        std::none_of(doers.begin(), doers.end(), [&](std::int32_t d) { return country(d) == country(act.subject); }))
      doers.push_back(act.subject);
  for (const RecentAct& act : *recent_acts_)
    if (same_kind(act) && country(act.object) != country(latest->object) &&
        std::none_of(doers.begin(), doers.end(), [&](std::int32_t d) { return country(d) == country(act.subject); }))
      return false;
  emit(subjects, {latest->object}, relation, trig, {"verb's subject", "object of the act told before that the noun names"},
       polarity);
  emit(subjects, doers, relation, trig, {"verb's subject", "doer of the act told before that the noun names"});
  return true;
}

// The actor opening what follows "after"/"following" later in the sentence ("after India
// said", "following Azerbaijan's threats"), else -1. Only the phrase right after the word.
std::int32_t SentenceFrames::actor_it_follows(std::size_t from) const {
  const std::size_t n = s_.tokens.size();
  for (std::size_t p = from; p + 1 < n; ++p) {
    if (!(tok(p).lower == "after" || tok(p).lower == "following")) continue;
    std::size_t q = p + 1;
    // ("after THE Chinese coast guard", "after A Chinese survey ship", "after TWO Russian
    // bombers": a determiner or a number before the actor)
    while (q + 1 < n && s_.group_at[q] < 0 && (has(tok(q), word_class("determiner")) || tok(q).pos == Pos::CD)) ++q;
    const std::int32_t g = s_.group_at[q];
    if (g < 0 || group(g).begin != q) return -1;
    // "after Chinese tourists were detained in Japan": the subject of a passive is who it
    // was done to, not who acted.
    std::size_t v = group(g).end;
    while (v < n && s_.group_at[v] < 0 && (is_noun(tok(v).pos) || is_adverb(tok(v).pos))) ++v;
    // ("after Chinese troops were spotted building fortifications": seen doing an act, they
    // did it; grammar.tsv seen_participle.)
    if (v + 1 < n && has(tok(v), word_class("be")) && tok(v + 1).pos == Pos::VBN) {
      const bool seen_doing = g_.in("seen_participle", tok(v + 1).lower) && v + 2 < n &&
                              (tok(v + 2).pos == Pos::VBG || tok(v + 2).lower.ends_with("ing"));
      if (!seen_doing) return -1;
    }
    return g;
  }
  return -1;
}

// Whether the act that follows `cause` ("following Saudi Arabia's decision to cut relations
// with Tehran") is of `category`: then the later act copies it, on its target, rather than
// answering its doer ("the UAE downgraded its ties, following Riyadh's decision to cut
// relations with Tehran" is against Iran, not Saudi Arabia).
bool SentenceFrames::same_act_followed(std::int32_t cause, std::string_view category) const {
  const std::size_t from = group(cause).end;
  for (const Trigger& t : s_.triggers) {
    if (t.begin < from || t.begin > from + 6) continue;
    for (const Reading& reading : t.readings)
      if (lex_.relations[static_cast<std::size_t>(reading.match.relation)].category == category) return true;
  }
  return false;
}

// Whether two groups name the same states ("the RSF" and "the Sudanese army": two sides of
// one state's war, no relation between states).
bool SentenceFrames::same_state_groups(std::int32_t a, std::int32_t b) const {
  const auto first = actors(group(a));
  const auto second = actors(group(b));
  return std::any_of(first.begin(), first.end(), [&](std::int32_t x) {
    return std::any_of(second.begin(), second.end(), [&](std::int32_t y) { return country(x) == country(y); });
  });
}

// The actor group right after "against" that follows `at` (past the object's own nouns,
// "Angolan troops against"), in the same clause, else -1.
std::int32_t SentenceFrames::group_after_against(std::size_t at) const {
  std::size_t p = at;
  while (p < s_.tokens.size() && s_.group_at[p] < 0 && is_noun(tok(p).pos)) ++p;
  // ("defend the government in Luanda against ...": past a place after the object.)
  if (p + 2 < s_.tokens.size() && has(tok(p), word_class("locative")) && tok(p + 1).capitalized)
    for (p += 1; p < s_.tokens.size() && tok(p).capitalized && tok(p).word;) ++p;
  if (p + 1 >= s_.tokens.size() || tok(p).lower != "against" || s_.clause_at[p] != s_.clause_at[at > 0 ? at - 1 : 0]) return -1;
  return group_after(p + 1, p, Reach::Phrase);
}

// A place of the gazetteer at `at` (past "the"), else -1.
std::int32_t SentenceFrames::destination_place(std::size_t at) const {
  if (at < s_.tokens.size() && has(tok(at), word_class("article_the"))) ++at;
  return at < s_.tokens.size() && s_.group_at[at] < 0 ? place_at(at) : -1;
}

// The group right after the first "with" within the clause after `from`, across the verb's
// topic (noun and preposition phrases, no verb, no comma, at most ten tokens), else -1.
std::int32_t SentenceFrames::partner_after(std::size_t from) const {
  const std::size_t n = s_.tokens.size();
  for (std::size_t p = from; p + 1 < n && p < from + 10; ++p) {
    const Token& w = tok(p);
    if (w.lower == "," || s_.clause_at[p] != s_.clause_at[from]) return -1;
    if (const std::int32_t c = s_.chunk_at[p]; c >= 0 && chunk(c).kind == ChunkKind::Verb) return -1;
    if (!has(w, word_class("partner_preposition"))) continue;
    std::size_t a = p + 1;
    if (a < n && (has(tok(a), word_class("determiner")) || has(tok(a), word_class("possessive_pronoun"))) && s_.group_at[a] < 0) ++a;
    const std::int32_t g = a < n ? s_.group_at[a] : -1;
    return g >= 0 && group(g).begin == a ? g : -1;
  }
  return -1;
}

// For a verb at `at` in ", prompting Iran to <verb>": the subject of the clause before the
// comma, whose act provoked the reaction; else nothing.
std::vector<std::int32_t> SentenceFrames::provoker_of(std::size_t at) const {
  if (at < 4 || !has(tok(at - 1), word_class("infinitive_to"))) return {};
  const std::int32_t reacting = group_ending_at(at - 1);
  if (reacting < 0) return {};
  const std::size_t verb = phrase_start(reacting);
  if (verb < 3 || tok(verb - 1).pos != Pos::VBG || !has(tok(verb - 1), word_class("causative_verb")) ||
      tok(verb - 2).lower != ",")
    return {};
  // "..., officials said, prompting Beijing to ...": back past an attribution tail to the
  // clause it reports.
  std::size_t cause = verb - 3;
  while (cause > 0 && s_.speaker_token[cause]) --cause;
  auto doers = clause_subject(cause);
  const auto others = actors(group(reacting));
  std::erase_if(doers, [&](std::int32_t d) {
    return std::any_of(others.begin(), others.end(), [&](std::int32_t o) { return country(o) == country(d); });
  });
  return doers;
}

// "the governor of Tubas", "the deputy mayor of Kherson" right after `from`: the state of
// the gazetteer place a local office is of, else -1.
std::int32_t SentenceFrames::official_of_place(std::size_t from) const {
  std::size_t p = from;
  if (p < s_.tokens.size() && has(tok(p), word_class("article_the"))) ++p;
  std::size_t office = p;
  while (office < s_.tokens.size() && office < p + 3 && s_.group_at[office] < 0 && !has(tok(office), word_class("local_office_noun")) &&
         (is_adjective(tok(office).pos) || tok(office).pos == Pos::NN))
    ++office;
  if (office + 2 >= s_.tokens.size() || !has(tok(office), word_class("local_office_noun")) ||
      !has(tok(office + 1), word_class("complement_of")) || s_.group_at[office + 2] >= 0)
    return -1;
  return place_at(office + 2);
}

// The state whose adjective names a border after `from` in its clause ("near the Guyanese
// border", "from the Lithuanian frontier"), as a Lexicon::actors index, else -1.
std::int32_t SentenceFrames::border_state_after(std::size_t from) const {
  const std::int32_t clause = s_.clause_at[from > 0 ? from - 1 : 0];
  for (std::size_t p = from; p + 1 < s_.tokens.size() && p < from + 10 && s_.clause_at[p] == clause; ++p) {
    // The adjective may or may not have been kept as a mention ("near the Iraqi border" is
    // a place; "from the Lithuanian frontier" stays one).
    if (!tok(p).capitalized || p == 0) continue;
    const auto* name = lex_.actor_names.longest(s_.tokens, p);
    if (!name || name->values.front().kind != MentionKind::Adjective) continue;
    const std::size_t after = p + name->lower.size();
    if (after < s_.tokens.size() && has(tok(after), word_class("border_noun"))) return name->values.front().actor;
  }
  return -1;
}

// The actors of the groups between the last finite verb of the clause and `at` (the verb's
// object and its phrases), in order.
std::vector<std::int32_t> SentenceFrames::objects_before(std::size_t at) const {
  const std::int32_t clause = s_.clause_at[at];
  std::size_t verb = at;
  for (std::size_t p = at; p-- > 0 && s_.clause_at[p] == clause;)
    if (const std::int32_t c = s_.chunk_at[p]; c >= 0 && chunk(c).kind == ChunkKind::Verb && chunk(c).begin == p && p + 1 < at) {
      verb = p;
      break;
    }
  std::vector<std::int32_t> out;
  for (std::size_t p = verb; p < at; ++p)
    if (const std::int32_t gi = s_.group_at[p]; gi >= 0 && group(gi).begin == p)
      for (std::int32_t a : actors(group(gi))) out.push_back(a);
  return out;
}

// Whether a phrase after `from` says the state of `hosts` asked for the act: "at the
// request of X", "at X's invitation", "with X's consent" (an `invitation_noun` after at/with,
// its owner the possessor before it or the group after "of").
bool SentenceFrames::invited_by(const std::vector<std::int32_t>& hosts, std::size_t from) const {
  const std::int32_t clause = s_.clause_at[from > 0 ? from - 1 : 0];
  for (std::size_t p = from; p < s_.tokens.size() && s_.clause_at[p] == clause; ++p) {
    if (!has(tok(p), word_class("invitation_noun"))) continue;
    std::size_t q = p;
    while (q > from && s_.group_at[q - 1] < 0 && (has(tok(q - 1), word_class("determiner")) || is_adjective(tok(q - 1).pos))) --q;
    std::int32_t owner = -1;
    if (q >= 2 && tok(q - 1).lower == "'s") {
      owner = group_ending_at(q - 1);
      if (owner >= 0) q = phrase_start(owner);
    }
    if (q == 0 || !(tok(q - 1).lower == "at" || tok(q - 1).lower == "with" || tok(q - 1).lower == "upon" || tok(q - 1).lower == "on")) continue;
    if (owner < 0 && p + 1 < s_.tokens.size() && has(tok(p + 1), word_class("complement_of")))
      owner = group_after(p + 2, p + 1, Reach::Phrase);
    // "at the request of its government": the government of the state the forces entered.
    if (owner < 0 && p + 3 < s_.tokens.size() && has(tok(p + 1), word_class("complement_of")) &&
        has(tok(p + 2), word_class("possessive_pronoun")) && has(tok(p + 3), word_class("government_noun")))
      return true;
    if (owner < 0) continue;
    for (std::int32_t a : actors(group(owner)))
      for (std::int32_t h : hosts)
        if (country(a) == country(h)) return true;
  }
  return false;
}

// The subject of the last asserted hostile act before `before` in this sentence whose
// object is `victim`'s state (and whose doer is another state), else -1.
std::int32_t SentenceFrames::attacker_of(std::int32_t victim, std::size_t before) const {
  for (auto h = hits_.rbegin(); h != hits_.rend(); ++h) {
    if (h->negated || h->modality != Modality::Asserted || h->why.trigger < 0) continue;
    if (s_.triggers[static_cast<std::size_t>(h->why.trigger)].begin >= before) continue;
    const int sign = h->polarity != 0 ? h->polarity : lex_.relations[static_cast<std::size_t>(h->relation)].polarity();
    if (sign >= 0 || country(h->object) != country(victim) || country(h->subject) == country(victim)) continue;
    return h->subject;
  }
  return -1;
}

// The by-agent of the act that heads the object phrase after `verb_end` ("the storming of
// the embassy by Sudanese soldiers", "the detention of two reporters by Iranian police"),
// else -1. The phrase must open (past determiners and adjectives) with a relation word and
// run, through noun and preposition phrases only, to the "by".
std::int32_t SentenceFrames::act_agent_in_object(std::size_t verb_end) const {
  const std::size_t n = s_.tokens.size();
  std::size_t p = verb_end;
  while (p < n && p < verb_end + 3 && s_.group_at[p] < 0 &&
         (has(tok(p), word_class("determiner")) || is_adjective(tok(p).pos)) && !trigger_starts_at(p))
    ++p;
  if (p >= n || !trigger_starts_at(p)) return -1;
  for (std::size_t q = p + 1; q + 1 < n && q < p + 12; ++q) {
    if (s_.group_at[q] >= 0 || tok(q).lower == "," || s_.clause_at[q] != s_.clause_at[p]) return -1;
    const std::int32_t c = s_.chunk_at[q];
    if (c >= 0 && chunk(c).kind == ChunkKind::Verb) return -1;
    if (!has(tok(q), word_class("agent_by"))) continue;
    std::size_t a = q + 1;
    if (a < n && has(tok(a), word_class("determiner"))) ++a;
    const std::int32_t g = a < n ? s_.group_at[a] : -1;
    return g >= 0 && group(g).begin == a ? g : -1;
  }
  return -1;
}

// "The treaty was signed by Greece and North Macedonia", "the accord, signed by the two
// foreign ministers, ...": a joint act (a `sym` row) done to a thing, not to an actor, relates
// the agents the by-phrase coordinates, as "Greece and North Macedonia signed" does.
// After an object introduced by a preposition, "and", at most a short noun phrase naming no
// actor, the same preposition and a group: that group, else -1.
std::int32_t SentenceFrames::gapped_object(std::int32_t obj) const {
  std::size_t before = group(obj).begin;
  if (before > 0 && has(tok(before - 1), word_class("article_the"))) --before;
  if (before == 0 || !has(tok(before - 1), word_class("preposition"))) return -1;
  const std::string& prep = tok(before - 1).lower;
  std::size_t p = group(obj).end;
  if (p >= s_.tokens.size() || !has(tok(p), word_class("conjunction_and"))) return -1;
  // Between "and" and the preposition, adverbs or a bare noun phrase like the first object's
  // ("patrol boats"); a determiner or possessive opens another kind of thing ("a warning
  // to China", "its emir to Washington"), and a finite verb after the group another clause.
  for (std::size_t q = p + 1; q < s_.tokens.size() && q <= p + 5; ++q) {
    const Token& w = tok(q);
    if (w.lower == prep) {
      std::size_t at = q + 1;
      if (at < s_.tokens.size() && has(tok(at), word_class("article_the"))) ++at;
      if (at >= s_.tokens.size() || s_.group_at[at] < 0 || group(s_.group_at[at]).begin != at) return -1;
      const std::size_t end = group(s_.group_at[at]).end;
      if (end < s_.tokens.size() && (is_finite_verb(tok(end).pos) || has(tok(end), word_class("auxiliary")))) return -1;
      return s_.group_at[at];
    }
    if (!w.word || s_.group_at[q] >= 0 || is_verb(w.pos) || has(w, word_class("preposition")) ||
        has(w, word_class("determiner")) || w.pos == Pos::PRPS || w.pos == Pos::DT)
      return -1;
  }
  return -1;
}

// "In Niger, ISWAP fighters killed 40 soldiers": a state named by a place phrase that opens
// the sentence and ends at a comma before `at`, else -1.
std::int32_t SentenceFrames::fronted_place(std::size_t at) const {
  std::size_t p = 0;
  while (p < at && !tok(p).word) ++p;
  if (p >= at || !has(tok(p), word_class("locative"))) return -1;
  ++p;
  if (p < at && has(tok(p), word_class("article_the"))) ++p;
  if (p >= at || s_.group_at[p] < 0 || group(s_.group_at[p]).begin != p) return -1;
  if (group(s_.group_at[p]).end >= at || tok(group(s_.group_at[p]).end).lower != ",") return -1;
  return territory_of(s_.group_at[p]);
}

// The token whose clause a verb's object is searched in: the verb's own, or, when its
// phrase ends with a word that opens a clause ("walked out AS the Chinese envoy spoke",
// "stormed out WHEN ..."), the clause that word opens.
std::size_t SentenceFrames::object_clause_token(const Trigger& trig) const {
  if (trig.end > trig.begin + 1 && trig.end < s_.tokens.size() &&
      (has(tok(trig.end - 1), word_class("clause_break")) || has(tok(trig.end - 1), word_class("as_word"))))
    return trig.end;
  return trig.begin;
}

// "The sanctions, announced by Washington, target Iranian drone makers", "EU tariffs hit
// Chinese steel": a measure aimed at someone is that measure, not an attack. When the
// subject of an aiming verb is a hostile relation noun that is no violence, returns that
// noun's relation, else -1.
std::int32_t SentenceFrames::measure_subject_relation(const Trigger& trig) const {
  if (!has(tok(trig.begin), word_class("measure_aim_verb"))) return -1;
  // The subject's noun phrase ends right before the verb (past adverbs), or before the
  // opening comma of an aside that ends right before it ("The sanctions, announced by X
  // on Friday, target ...", "The tariffs, which X imposed, hit ...").
  std::size_t end = trig.begin;
  while (end > 0 && tok(end - 1).pos == Pos::RB) --end;
  if (end > 0 && tok(end - 1).lower == ",") {
    std::size_t open = end - 1;
    while (open > 0 && tok(open - 1).lower != ",") --open;
    if (open < 2) return -1;
    end = open - 1;
  }
  const std::int32_t subject = end > 0 ? s_.chunk_at[end - 1] : -1;
  if (subject < 0 || chunk(subject).kind != ChunkKind::Noun || chunk(subject).end != end) return -1;
  const std::size_t head = chunk(subject).head;
  for (const Trigger& t : s_.triggers) {
    if (t.begin > head || t.end <= head) continue;
    for (const Reading& x : t.readings) {
      const RelationEntry& rel = lex_.relations[static_cast<std::size_t>(x.match.relation)];
      if (rel.frame == Frame::Noun && rel.polarity() < 0 && !rel.violent) return x.match.relation;
    }
  }
  return -1;
}

void SentenceFrames::joint_agents(std::int32_t by, const Trigger& trig, std::int32_t relation) {
  const RelationEntry& r = lex_.relations[static_cast<std::size_t>(relation)];
  const auto agents = actors(group(by));
  if (r.symmetric && agents.size() >= 2) emit_within(agents, relation, trig, "agents the by-phrase coordinates (symmetric relation)");
}

// The author of "the proposal" (or plan, offer ...) a verb at `trig` takes as its object:
// the subject of an earlier clause of the sentence whose verb put something forward
// (proposal_verb). Empty when the object is no such noun or names an actor of its own.
std::vector<std::int32_t> SentenceFrames::author_of_proposal(const Trigger& trig) const {
  std::size_t p = trig.end;
  if (p >= s_.tokens.size() || !(has(tok(p), word_class("article_the")) || tok(p).lower == "this" || tok(p).lower == "that"))
    return {};
  ++p;
  while (p < s_.tokens.size() && s_.group_at[p] < 0 && (is_adjective(tok(p).pos) || tok(p).pos == Pos::NN) &&
         !has(tok(p), word_class("proposal_noun")))
    ++p;
  if (p >= s_.tokens.size() || s_.group_at[p] >= 0 || !has(tok(p), word_class("proposal_noun"))) return {};
  // Its own complement names no actor ("the proposal by Chile", "the plan drawn up by
  // Qatar" are read elsewhere).
  for (std::size_t q = p + 1; q < s_.tokens.size() && s_.clause_at[q] == s_.clause_at[p]; ++q)
    if (s_.group_at[q] >= 0) return {};
  const std::int32_t clause = s_.clause_at[trig.begin];
  for (std::size_t q = trig.begin; q-- > 0;) {
    if (s_.clause_at[q] == clause) continue;
    // "put forward", "laid out": these verbs propose only with their particle.
    if (s_.group_at[q] < 0 && is_verb(tok(q).pos) && has(tok(q), word_class("proposal_verb")) &&
        (!has(tok(q), word_class("proposal_particle_verb")) ||
         (q + 1 < s_.tokens.size() && (tok(q + 1).lower == "forward" || tok(q + 1).lower == "out"))))
      return clause_subject(q);
  }
  return {};
}

// A stance of `subjects` on "the proposal" its verb takes: on the proposal's author.
bool SentenceFrames::stance_on_proposal(const Trigger& trig, const RelationMatch& m, const std::vector<std::int32_t>& subjects,
                                        std::string_view subject_rule) {
  if (subjects.empty()) return false;
  const auto authors = author_of_proposal(trig);
  if (authors.empty()) return false;
  emit(subjects, authors, m.relation, trig, {subject_rule, "subject of the clause that put the proposal forward"});
  return true;
}

// "Paris welcomed Rome's decision to join the mission": a stance on an act its owner
// names is a stance on that owner (a verb that takes stances only on acts).
bool SentenceFrames::stance_on_owned_act(const Trigger& trig, const RelationMatch& m) {
  const std::int32_t owner = owner_of_act_after(trig.end);
  if (owner < 0) return false;
  const auto subjects = infinitive_subject(trig.begin);
  if (subjects.empty()) return false;
  emit(subjects, actors(group(owner)), m.relation, trig, {"clause subject", "owner of the act the verb takes"});
  return true;
}

// Whether the passive verb at `verb` has for subject a noun phrase headed by an act or a
// document ("On Monday, the sanctions on Syria were welcomed by Turkey"): what is hosted is
// a guest, never an act.
bool SentenceFrames::act_noun_subject(std::size_t verb) const {
  std::size_t p = verb;
  while (p > 0 && s_.group_at[p - 1] < 0 && (has(tok(p - 1), word_class("be")) || is_adverb(tok(p - 1).pos) ||
                                            tok(p - 1).pos == Pos::MD || tok(p - 1).lower == "have" || tok(p - 1).lower == "has"))
    --p;
  // Back over the subject's complements ("the sanctions on Syria", "the treaty between A and B").
  for (std::size_t q = p; q-- > 0 && q + 12 > p;) {
    if (!tok(q).word || tok(q).lower == "," || is_verb(tok(q).pos)) break;
    if (s_.group_at[q] >= 0 || !is_noun(tok(q).pos)) continue;
    for (const Trigger& t : s_.triggers)
      if (t.begin <= q && q < t.end)
        for (const Reading& r : t.readings) {
          const Frame f = lex_.relations[static_cast<std::size_t>(r.match.relation)].frame;
          if (f == Frame::Noun || f == Frame::Pair) return true;
        }
    if (has(tok(q), word_class("act_summary_noun")) || g_.in("authored_noun", tok(q).lower)) return true;
  }
  return false;
}

// "Turkey bought Russian missiles, a move Washington condemned": see appositive_act_doers.
bool SentenceFrames::stance_on_summed_act(const Trigger& trig, const RelationMatch& m) {
  std::int32_t stance_taker = -1;
  const auto doers = appositive_act_doers(trig.begin, stance_taker);
  if (doers.empty()) return false;
  emit(actors(group(stance_taker)), doers, m.relation, trig,
       {"subject right before the verb", "subject of the clause the appositive noun sums up"});
  return true;
}

// A pair noun ("ceasefire", "talks") in the verb's object phrase, right before the group
// at `group_begin` that its "between" names.
bool SentenceFrames::asked_pair_between(std::size_t verb_end, std::size_t group_begin) const {
  for (const Trigger& t : s_.triggers) {
    if (t.begin < verb_end || t.end > group_begin || !in_object_phrase(verb_end, t.begin)) continue;
    const bool pair_noun = std::any_of(t.readings.begin(), t.readings.end(), [&](const Reading& x) {
      return lex_.relations[static_cast<std::size_t>(x.match.relation)].frame == Frame::Pair;
    });
    if (pair_noun && group_begin >= 1 && has(tok(group_begin - 1), word_class("pair_preposition"))) return true;
  }
  return false;
}

// The relation nouns of a composed noun phrase are read: "peace treaty negotiations
// with Tokyo" is one object, not a treaty claim plus a negotiations claim.
void SentenceFrames::consume_through(std::size_t tj, std::size_t np_end) {
  for (std::size_t k = tj; k < s_.triggers.size() && s_.triggers[k].begin < np_end; ++k) consumed_[k] = true;
}

// The subject of the first condition ("if", "unless") after a warning verb at `from`, in
// what the warning reports: not past a semicolon or another reporting verb (whose words
// are not the warning's), and only a condition whose subject is an actor with a verb.
std::int32_t SentenceFrames::warned_condition_subject(std::size_t from, const std::vector<std::int32_t>& warners) const {
  // A reported subject of another state is the target ("warned that Finland would pay ...
  // if NATO ..."): only a warning about the warner's own acts ("it would ...", "Israel
  // could ..." said by its minister) is aimed at the condition's subject.
  {
    std::size_t q = from;
    while (q < s_.tokens.size() && (has(tok(q), word_class("complementizer")) || !tok(q).word)) ++q;
    if (q < s_.tokens.size() && s_.group_at[q] >= 0) {
      const auto reported = actors(group(s_.group_at[q]));
      const bool own = std::all_of(reported.begin(), reported.end(), [&](std::int32_t a) {
        return std::any_of(warners.begin(), warners.end(), [&](std::int32_t w) { return country(w) == country(a); });
      });
      if (!own) return -1;
    }
  }
  // The warning's own clause must foretell nothing friendly ("warned it would lift
  // sanctions if Russia withdrew" is an offer): the sign of the trigger at `q`, times the
  // relation noun a stance verb composes with ("lift sanctions" is friendly), which is
  // then read past.
  std::size_t composed_until = 0;
  const auto sign_at = [&](std::size_t q) {
    for (std::size_t k = 0; k < s_.triggers.size(); ++k) {
      const Trigger& t = s_.triggers[k];
      if (t.begin != q || t.readings.empty()) continue;
      const RelationEntry& rel = lex_.relations[static_cast<std::size_t>(t.readings.front().match.relation)];
      int sign = rel.polarity();
      if (rel.compose && k + 1 < s_.triggers.size() && s_.triggers[k + 1].begin <= t.end + 3 && !s_.triggers[k + 1].readings.empty()) {
        sign *= lex_.relations[static_cast<std::size_t>(s_.triggers[k + 1].readings.front().match.relation)].polarity();
        composed_until = s_.triggers[k + 1].end;
      }
      return sign;
    }
    return 0;
  };
  for (std::size_t p = from; p + 1 < s_.tokens.size(); ++p) {
    const Token& w = tok(p);
    if (w.lower == ";" || s_.speaker_token[p]) return -1;
    if (p > from && s_.group_at[p] < 0 && is_verb(w.pos) &&
        (has(w, word_class("speech_verb")) || has(w, word_class("warning_verb"))))
      return -1;
    if (p >= composed_until && sign_at(p) > 0) return -1;
    if (!has(w, word_class("condition_conjunction"))) continue;
    const std::int32_t g = group_after(p + 1, p + 1, Reach::Phrase);
    if (g < 0 || s_.speaker_token[group(g).begin]) return -1;
    std::size_t after = std::max(complemented_phrase_end(s_, group(g).begin), static_cast<std::size_t>(group(g).end));
    while (after < s_.tokens.size() && is_adverb(tok(after).pos)) ++after;
    const bool has_verb = after < s_.tokens.size() && s_.group_at[after] < 0 &&
                          (is_verb(tok(after).pos) || tok(after).pos == Pos::MD || has(tok(after), word_class("auxiliary")));
    return has_verb ? g : -1;
  }
  return -1;
}

void SentenceFrames::verb(const Trigger& trig, const RelationEntry& r, const RelationMatch& m, std::int32_t slot_object) {
  // "help him oust X": the subject is "him", someone we cannot name. "It" is mostly a
  // subject ("Colombia said it expelled ...", "where it battles ..."): it is an object only
  // right after a verb that takes one ("help it rebuild"), not after a speech verb.
  // ("The EU itself recalled ...": a reflexive the tagger read as stressing the subject, RB,
  // is no object.)
  if (trig.begin > 0 && s_.group_at[trig.begin - 1] < 0 && !tok(trig.begin - 1).capitalized &&
      has(tok(trig.begin - 1), word_class("object_pronoun")) && tok(trig.begin - 1).pos != Pos::RB) {
    const bool also_subject = has(tok(trig.begin - 1), word_class("subject_pronoun"));
    const bool after_object_verb = trig.begin >= 2 && is_verb(tok(trig.begin - 2).pos) &&
                                   !has(tok(trig.begin - 2), word_class("speech_verb"));
    if (!also_subject || after_object_verb) return;
  }
  // "stopped criticising Moscow": the verb of stopping is said of the act its gerund names
  // (that act's frame reads it, ceased_at), not of the gerund's object.
  if (trig.end == trig.begin + 1 && g_.in("cessation_verb", tok(trig.begin).lower) && trig.end < s_.tokens.size() &&
      ceased_at(trig.end) && trigger_starts_at(trig.end))
    return;
  // "rejected a resolution recognising X", "abstained on a resolution condemning Y",
  // "refused to sign a declaration blaming Z": a participle after a text names what the text
  // does; its doer is whoever wrote or adopted it, so only after a verb of authoring
  // (grammar.tsv authoring_verb) that is neither negated nor refused is it the clause
  // subject's act. (A text with its author in its phrase, "a NATO statement condemning", is
  // the author's: gerund_doer.)
  if (m.gerund && unauthored_text_participle(trig)) return;
  // "Israel denied striking Hezbollah positions": a denial of an act rejects nobody (the
  // flags negate the act).
  // (The tagger may read the -ing form before a name as an adjective: "striking Hezbollah".)
  if (has(tok(trig.begin), word_class("denial")) && trig.end == trig.begin + 1 && trig.end < s_.tokens.size() &&
      (tok(trig.end).pos == Pos::VBG || tok(trig.end).lower.ends_with("ing")) && trigger_starts_at(trig.end))
    return;
  bool participle = false;
  for (const Reading& x : trig.readings)
    if (x.end == trig.end && x.match.relation == m.relation && x.match.participle) participle = true;
  // (A `literal` row lists its forms, so no participle reading: "was co-sponsored by" ends in
  // a past participle after its prefix.)
  if (!participle && tok(trig.end - 1).pos == Pos::VBN && tok(trig.end - 1).lower.ends_with("ed") &&
      !tok(trig.begin).capitalized)
    participle = true;
  // ("the decision taken by Iran": a force-subject row's participle moves forces only when
  // its by-agent names them, "the town taken by Turkish troops".)
  if (participle && r.force_subject && (passive_at(trig.begin) || reduced_relative(trig))) {
    std::size_t by = trig.end;
    while (by < s_.tokens.size() && is_adverb(tok(by).pos)) ++by;
    const std::int32_t c = by + 1 < s_.tokens.size() && has(tok(by), word_class("agent_by")) ? s_.chunk_at[by + 1] : -1;
    if (c < 0 || !has(tok(chunk(c).head), word_class("armed_force_noun"))) return;
  }
  if (participle && !passive_at(trig.begin) && reduced_relative(trig)) {
    // "a summit hosted by Nigeria", "a deal brokered by Qatar": the agent of a relation
    // participle acts on those the clause is about, the participants of the noun it
    // describes. Other reduced relatives make no claim of their own.
    // "Turkish-built drones supplied to Kyiv": goods named with their maker, given to the
    // group after "to", are the maker's aid.
    if (r.category == "AID" && m.participle && trig.begin > 0 && is_noun(tok(trig.begin - 1).pos) &&
        s_.group_at[trig.begin - 1] < 0 && trig.end + 1 < s_.tokens.size() && has(tok(trig.end), word_class("recipient_preposition")))
      if (const std::int32_t maker = modifier_before(trig.begin - 1); maker >= 0)
        if (const std::int32_t to = group_after(trig.end + 1, trig.end, Reach::Phrase); to >= 0 && to != maker) {
          emit(actors(group(maker)), actors(group(to)), m.relation, trig, {"maker of the goods the participle gives", "group after 'to'"});
          return;
        }
    // "hosted the court under an arrangement signed with the British government": what an
    // act is done "under", a joint act's participle with its partner after "with", binds the
    // act's doer to that partner.
    if (participle && r.symmetric && trig.end + 1 < s_.tokens.size() && tok(trig.end).lower == "with" && trig.begin >= 2 &&
        is_noun(tok(trig.begin - 1).pos)) {
      std::size_t q = trig.begin - 1;
      while (q > 0 && s_.group_at[q - 1] < 0 && (is_noun(tok(q - 1).pos) || is_adjective(tok(q - 1).pos) || has(tok(q - 1), word_class("determiner")))) --q;
      if (q > 0 && tok(q - 1).lower == "under")
        if (const std::int32_t partner = group_after(trig.end + 1, trig.end, Reach::Phrase); partner >= 0) {
          const auto doers = doer_of_governing_verb(q - 1);
          if (!doers.empty()) emit(doers, actors(group(partner)), m.relation, trig, {"doer of the act done under it", "group after 'with'"});
          return;
        }
    }
    if (const std::size_t by_at = agent_by_after(trig); participle && by_at > 0)
      if (const std::int32_t by = group_after(by_at + 1, by_at, Reach::Phrase); by >= 0) {
        auto participants = parties_before(trig.begin);
        // Goods given with no actor of their own ("accused Kyiv of using weapons supplied by
        // Britain", "a report based on intelligence provided by Israel"): who holds them is
        // not who the clause is about (an aside after a comma, "air defences, helped by
        // Jordan, ...", is about the clause's subject).
        if (participants.empty() && r.category == "AID" && is_noun(tok(trig.begin - 1).pos) &&
            s_.group_at[trig.begin - 1] < 0)
          return;
        // "talks hosted by Qatar between Israel and Hamas": the parties follow the agent.
        if (participants.empty() && group(by).end + 1 < s_.tokens.size() &&
            has(tok(group(by).end), word_class("pair_preposition")))
          if (const std::int32_t parties = group_after(group(by).end + 1, group(by).end, Reach::Phrase);
              parties >= 0 && actors(group(parties)).size() >= 2)
            participants = actors(group(parties));
        // "Japanese citizens abducted by North Korean agents": people named by their state,
        // on whom a hostile participle's agent acted, are that state's.
        if (participants.empty() && r.polarity() < 0 && trig.begin > 0 && s_.group_at[trig.begin - 1] < 0 &&
            (has(tok(trig.begin - 1), word_class("people_noun")) || g_.in("private_people_noun", tok(trig.begin - 1).lower) ||
             g_.in("civilian_noun", tok(trig.begin - 1).lower)))
          if (const std::int32_t owner = modifier_before(trig.begin - 1); owner >= 0 && owner != by) participants = actors(group(owner));
        // A symmetric act's agents are its parties ("the accord, signed by Chad and Sudan");
        // only a third party's act (hosting, brokering) is done to the governing verb's doer.
        // (A symmetric act's lone agent signed, drafted or co-sponsored with someone the
        // words do not name: "a resolution on Iran, co-sponsored by Germany", "vetoed a
        // resolution drafted by the United States" relate the agent to nobody.)
        if (participants.empty() && !r.symmetric) {
          participants = doer_of_governing_verb(trig.begin);
          // "Armenia freed six Azerbaijani soldiers in an exchange brokered by the UAE": the
          // governing verb's object takes part too.
          // (A stance in the aside, "..., condemned by France", is on the act's doer only.)
          if (!participants.empty() && r.polarity() > 0)
            for (const std::int32_t other : objects_before(trig.begin))
              if (std::find(participants.begin(), participants.end(), other) == participants.end()) participants.push_back(other);
        }
        if (!participants.empty())
          emit(actors(group(by)), participants, m.relation, trig, {"agent of a participle", "clause subject"});
        else
          joint_agents(by, trig, m.relation);
      }
    return;
  }
  // "intelligence provided by Israel": a participle with its by-agent that is neither a
  // reduced relative (above) nor a passive is never an active verb whose object is the agent.
  if (!(participle && passive_at(trig.begin)) && trig.end < s_.tokens.size() &&
      has(tok(trig.end), word_class("agent_by")) && tok(trig.end - 1).pos == Pos::VBN)
    return;
  if (participle && passive_at(trig.begin)) {
    // OBJECT was condemned by SUBJECT
    std::int32_t by = -1;
    std::size_t by_at = 0;  // the "by" token, 0 when none
    // The by-phrase follows the participle, past adverbs, its particle and one
    // prepositional phrase of its own ("was condemned strongly by", "was shut out by",
    // "was threatened with sanctions by", "was welcomed to the Elysee by").
    std::size_t p = trig.end;
    const auto skip_adverbs = [&] {
      while (p < s_.tokens.size() && (tok(p).pos == Pos::RB || tok(p).pos == Pos::RP || has(tok(p), word_class("adverb"))))
        ++p;
    };
    skip_adverbs();
    // The object a ditransitive keeps in the passive ("was given new air defence systems
    // by", "was dealt a heavy blow by").
    if (p < s_.tokens.size() && s_.group_at[p] < 0 && s_.chunk_at[p] >= 0 && chunk(s_.chunk_at[p]).kind == ChunkKind::Noun &&
        chunk(s_.chunk_at[p]).begin == p && chunk(s_.chunk_at[p]).end < s_.tokens.size() &&
        has(tok(chunk(s_.chunk_at[p]).end), word_class("agent_by"))) {
      // ("was given a deadline by Egypt", "was handed a warning by": what an aid verb gives
      // in the passive must be goods to be aid.)
      if (r.category == "AID" && !g_.in("received_goods_noun", tok(chunk(s_.chunk_at[p]).head).lower)) return;
      p = chunk(s_.chunk_at[p]).end;
    }
    if (p + 1 < s_.tokens.size() && !has(tok(p), word_class("agent_by")) && s_.chunk_at[p] >= 0 &&
        chunk(s_.chunk_at[p]).kind == ChunkKind::Prep && s_.chunk_at[p + 1] >= 0 &&
        chunk(s_.chunk_at[p + 1]).kind == ChunkKind::Noun) {
      // Its noun phrase with complements, but not through another "by".
      std::size_t e = chunk(s_.chunk_at[p + 1]).end;
      while (e + 1 < s_.tokens.size() && !has(tok(e), word_class("agent_by")) && s_.chunk_at[e] >= 0 &&
             chunk(s_.chunk_at[e]).kind == ChunkKind::Prep && s_.chunk_at[e + 1] >= 0 &&
             chunk(s_.chunk_at[e + 1]).kind == ChunkKind::Noun)
        e = chunk(s_.chunk_at[e + 1]).end;
      p = e;
      skip_adverbs();
    }
    if (p < s_.tokens.size() && has(tok(p), word_class("agent_by"))) {
      by = group_after(p + 1, p, Reach::Phrase);
      by_at = p;
    }
    auto objects = clause_subject(trig.begin);
    // "The attack was blamed on Hamas by Egypt": the one blamed follows "on".
    if (blame_on_verb_at(trig.begin)) {
      std::size_t on = trig.end;
      while (on < s_.tokens.size() && is_adverb(tok(on).pos)) ++on;
      if (on + 1 < s_.tokens.size() && tok(on).lower == "on")
        if (const std::int32_t blamed = group_after(on + 1, on, Reach::Phrase); blamed >= 0) objects = actors(group(blamed));
    }
    // "Reports that China was building a base were dismissed by Phnom Penh": what a passive
    // stance judges is the report, not the actors the report names.
    if (r.polarity() < 0)
      for (std::size_t q = trig.begin; q-- > 0;) {
        if (!has(tok(q), word_class("complementizer"))) continue;
        for (std::size_t b = q; b-- > 0 && b + 6 > q;)
          if (has(tok(b), word_class("report_noun")) && s_.group_at[b] < 0) return;
        break;
      }
    // "The move was criticised by Berlin", "The attack was condemned by France": a stance
    // in the passive on an act told before, which its definite subject names; "The blockade
    // of Qatar was criticised by Turkey": on the act's object, signed by both.
    if (by >= 0 && r.compose &&
        stance_on_act_at(trig, m.relation, clause_start(trig.begin), trig.begin, actors(group(by)), "passive by-agent"))
      ;
    else if (by >= 0 && !objects.empty() && !(r.relation == "host" && act_noun_subject(trig.begin)))
      emit(actors(group(by)), objects, m.relation, trig, {"passive by-agent", "passive subject"});
    else if (by >= 0)
      joint_agents(by, trig, m.relation);
    // "Japan's ambassador to China was summoned", "... was summoned to the Chinese foreign
    // ministry": an envoy summoned with no agent named is summoned by the state he is posted
    // to, or whose ministry he was called to (grammar.tsv summoning_verb).
    if (by < 0 && by_at == 0 && !objects.empty() && g_.in("summoning_verb", tok(trig.begin).lower)) {
      std::int32_t host = -1;
      for (std::size_t q = clause_start(trig.begin); q + 1 < trig.begin && host < 0; ++q)
        if (g_.in("envoy_noun", tok(q).lower) && (has(tok(q + 1), word_class("recipient_preposition")) || tok(q + 1).lower == "in"))
          host = group_after(q + 2, q + 1, Reach::Phrase);
      std::size_t q = trig.end;
      if (host < 0 && q + 1 < s_.tokens.size() && has(tok(q), word_class("recipient_preposition"))) {
        ++q;
        if (q < s_.tokens.size() && has(tok(q), word_class("article_the"))) ++q;
        if (q < s_.tokens.size() && s_.group_at[q] >= 0 && group(s_.group_at[q]).begin == q) host = s_.group_at[q];
      }
      // ("summoned to Lima for consultations": called home by his own state, no protest.)
      const auto own_state = [&](std::int32_t g) {
        const auto named = actors(group(g));
        return std::any_of(objects.begin(), objects.end(), [&](std::int32_t o) {
          return std::any_of(named.begin(), named.end(), [&](std::int32_t h) { return country(h) == country(o); });
        });
      };
      bool home = host >= 0 && own_state(host);
      if (std::size_t q = trig.end; !home && q + 1 < s_.tokens.size() && has(tok(q), word_class("recipient_preposition"))) {
        ++q;
        if (q < s_.tokens.size() && has(tok(q), word_class("article_the"))) ++q;
        home = q < s_.tokens.size() && s_.group_at[q] >= 0 && own_state(s_.group_at[q]);
      }
      if (host >= 0 && !home) emit(actors(group(host)), objects, m.relation, trig, {"state the summoned envoy is posted to", "passive subject"});
    }
    // "The Houthis warned that Israeli vessels would be targeted": a hostile act in the
    // passive with no agent, foretold in a warning, is the warner's own (emit makes it the
    // warning). An organisation's warning ("the UN warned that civilians would be killed")
    // foretells others' acts.
    const auto acting_warners = [&] {
      auto warners = warners_of(trig.begin);
      // "London announced that Russian diplomats would be expelled": so is one announced.
      if (warners.empty()) warners = announcers_of(trig.begin, word_class("announce_verb"));
      std::erase_if(warners, [&](std::int32_t w) { return lex_.actors[static_cast<std::size_t>(w)].type == ActorType::Igo; });
      return warners;
    };
    // ("warned that Ukrainian civilians would be killed", "... Iranian dissidents would be
    // targeted": people named by their state are no state the warner threatens.)
    const auto state_subject = [&] {
      for (std::size_t p = clause_start(trig.begin); p < trig.begin; ++p)
        if (g_.in("civilian_noun", tok(p).lower) || has(tok(p), word_class("private_people_noun"))) return false;
      return true;
    };
    if (by < 0 && by_at == 0 && !objects.empty() && lex_.relations[static_cast<std::size_t>(m.relation)].polarity() < 0 &&
        state_subject())
      if (const auto warners = acting_warners(); !warners.empty()) {
        emit(warners, objects, m.relation, trig, {"the warner, who foretells its own act", "passive subject"});
        return;
      }
    // "Two French soldiers were killed by a mine outside the Malian town of
    // Gao": violence with no named agent is coded against the state where it happens,
    // as its mirror image below (an agent with no named target).
    const RelationEntry& rel = lex_.relations[static_cast<std::size_t>(m.relation)];
    // The by-phrase names the means ("by a mine", "by a car bomb"), which may itself be a
    // relation word: the place search may cross its noun phrase.
    // So may the phrase that says how ("killed in an attack in Syria").
    std::size_t means_end = trig.end;
    const std::size_t means_prep = by_at ? by_at : trig.end;
    if (means_prep + 1 < s_.tokens.size() && s_.chunk_at[means_prep] >= 0 && chunk(s_.chunk_at[means_prep]).kind == ChunkKind::Prep &&
        s_.chunk_at[means_prep + 1] >= 0 && chunk(s_.chunk_at[means_prep + 1]).kind == ChunkKind::Noun)
      means_end = chunk(s_.chunk_at[means_prep + 1]).end;
    // A host's guest is an actor heading the subject ("the Chilean president was
    // welcomed in Montevideo"), not the owner of an event ("the EU's lifting of sanctions was
    // welcomed in Tashkent" is approval).
    const auto subject_heads = [&] {
      const std::int32_t clause = s_.clause_at[trig.begin];
      for (const Group& g : s_.groups) {
        if (g.begin >= trig.begin || s_.clause_at[g.begin] != clause) continue;
        const std::int32_t c = s_.chunk_at[g.begin];
        // ... or heads the subject with its people ("Danish troops were pushed out of Chad").
        // ("A Ukrainian consul was expelled from Hungary": an envoy or an official too.)
        return c >= 0 && ((chunk(c).head >= g.begin && chunk(c).head < g.end) || has(tok(chunk(c).head), word_class("people_noun")) ||
                          g_.in("envoy_noun", tok(chunk(c).head).lower) || g_.in("title_person_noun", tok(chunk(c).head).lower));
      }
      return false;
    };
    // "were pushed OUT OF Chad", "were expelled FROM Britain": the place the phrase's own
    // "out of" or "from" names.
    const auto place_left = [&]() -> std::int32_t {
      const bool out_of = trig.end >= 2 && has(tok(trig.end - 2), word_class("exit_particle")) &&
                          has(tok(trig.end - 1), word_class("complement_of"));
      const bool from = trig.end >= 1 && tok(trig.end - 1).lower == "from";
      if (trig.end >= s_.tokens.size() || !(out_of || from) || s_.group_at[trig.end] < 0) return -1;
      // "... out of Ukraine BY the war": the agent is named after the place.
      if (const std::size_t after = group(s_.group_at[trig.end]).end;
          after < s_.tokens.size() && has(tok(after), word_class("agent_by")))
        return -1;
      return territory_of(s_.group_at[trig.end]);
    };
    // (A by-phrase naming no actor, "forced out of Ukraine by the war", is the agent: the
    // place's state is not.)
    if (by < 0 && !objects.empty() && (rel.violent || (rel.place_agent && by_at == 0 && subject_heads())))
      if (const std::int32_t left = place_left(), place = left >= 0 ? left : place_after(trig.end, trig.begin, means_end);
          place >= 0)
        emit({place}, objects, m.relation, trig,
             {rel.violent ? "place of violence with no agent named" : "the place's state, with no agent named", "passive subject"});
    return;
  }
  // "argued against isolating Myanmar", "stopped short of condemning": a phrase of holding
  // back before an act is no act of its own on that act's object (the act is negated:
  // withheld_before).
  if (const std::size_t held = withholding_phrase_at(trig.begin);
      held > 0 && trig.begin + held < s_.tokens.size() && !negated_phrase_verb(trig.begin)) {
    std::size_t after = trig.begin + held;
    while (after < s_.tokens.size() && is_adverb(tok(after).pos) && s_.group_at[after] < 0) ++after;
    if (after < s_.tokens.size() && s_.group_at[after] < 0 &&
        (tok(after).pos == Pos::VBG || tok(after).pos == Pos::VB || (tok(after).pos == Pos::NN && tok(after).lower.ends_with("ing"))))
      return;
  }
  auto doer = gerund_doer(trig, m);
  if (!doer)
    if (auto opener = opening_adjunct_doer(trig); !opener.empty()) doer = std::move(opener);
  if (doer && doer->empty()) return;  // "companies accused of helping Russia": not an actor
  // "Syrian refugees arrived in Greece", "Indian tourists flocked to ...": private people
  // named by their state do no friendly act for it (they protest and boycott as its public).
  if (!doer && r.polarity() > 0 && private_people_subject(trig.begin)) return;
  // "intercepted Russian bombers", "Chinese boats were chased away by ...": craft-object
  // rows act only on ships, aircraft and missiles (the object's phrase, or in the passive
  // the subject's, is headed by one).
  if (r.craft_object) {
    const bool passive = passive_at(trig.begin);
    std::int32_t np = passive ? subject_chunk_before(trig.begin) : -1;
    for (std::size_t p = trig.end; !passive && p < s_.tokens.size() && p < trig.end + 2 && np < 0; ++p)
      if (const std::int32_t c = s_.chunk_at[p]; c >= 0 && chunk(c).kind == ChunkKind::Noun) np = c;
    // "dozens of missiles", "nearly all of the drones": a quantity's of-complement heads it.
    if (np >= 0 && !passive && chunk(np).end + 1 < s_.tokens.size() && has(tok(chunk(np).end), word_class("complement_of")) &&
        (g_.in("quantity_noun", tok(chunk(np).head).lower) || tok(chunk(np).head).pos == Pos::CD ||
         tok(chunk(np).head).pos == Pos::DT))
      if (const std::int32_t c = s_.chunk_at[chunk(np).end + 1]; c >= 0 && chunk(c).kind == ChunkKind::Noun) np = c;
    if (np < 0 || !(g_.in("craft_noun", tok(chunk(np).head).lower) || g_.in("materiel_noun", tok(chunk(np).head).lower))) return;
  }
  // "Chinese and Russian diplomats clashed with Japan at the UN": envoys and officials
  // clash in words; violence needs forces, or a state itself.
  if (r.violent && !doer)
    if (const std::int32_t c = subject_chunk_before(trig.begin); c >= 0 && g_.in("envoy_noun", tok(chunk(c).head).lower)) return;
  // "Senegalese troops, backed by Nigerian aircraft, crossed into Gambia": force-subject rows
  // move forces; "refugees crossed into Chad" relates nobody.
  if (r.force_subject && !doer)
    if (const std::int32_t c = subject_chunk_before(trig.begin); c < 0 || !has(tok(chunk(c).head), word_class("armed_force_noun")))
      return;
  // ("accused France of taking Armenia's side": a gerund's doer named by an accusation or a
  // stance is a state, no forces.)
  if (r.force_subject && doer) return;
  // "US troops entered Poland for NATO exercises": forces that come for drills, training or
  // a visit (grammar.tsv friendly_entry_noun, later in the clause) attack nobody.
  // (Entering another's waters or airspace is an incursion the violation rows read, no attack.)
  if (r.force_subject)
    for (std::size_t p = trig.end; p < s_.tokens.size() && s_.clause_at[p] == s_.clause_at[trig.begin]; ++p)
      if (g_.in("friendly_entry_noun", tok(p).lower) || (p < trig.end + 4 && g_.in("sovereign_space_noun", tok(p).lower)) ||
          has(tok(p), word_class("ally_preposition")))
        return;
  // "Japanese aid arrived in Turkey": goods arriving are their owner's aid (goods-subject
  // rows, which need such a subject), not a visit or a meeting.
  std::int32_t goods_owner = doer ? -1 : goods_owner_subject(trig.begin, r.arms_goods);
  if (r.goods_subject && goods_owner < 0 && !doer) goods_owner = goods_sender_by(trig.begin, trig.end);
  // "Turkish-made drones, supplied to Baku,": weapons' maker named by a compound.
  const std::int32_t maker = r.goods_subject && r.arms_goods && goods_owner < 0 && !doer ? arms_maker_before(trig.begin) : -1;
  if (r.goods_subject ? goods_owner < 0 && maker < 0 : goods_owner >= 0 && r.category == "CONSULT") return;
  auto subjects = doer                          ? *doer
                  : maker >= 0                  ? std::vector<std::int32_t>{maker}
                  : r.goods_subject ? actors(group(goods_owner))
                                    : infinitive_subject(trig.begin);
  std::string_view subject_rule = doer ? "doer of the gerund or participle"
                                  : r.goods_subject ? "owner of the goods the subject names"
                                                     : "clause subject";
  // "violated its airspace": the pattern's OBJ was "its", standing for whom
  // possessive_antecedent says ("its own" is the subject's: no claim).
  if (slot_object == kPossessivePronounObject) {
    for (std::size_t p = trig.begin; p + 1 < trig.end; ++p)
      if (tok(p).lower == "its" && tok(p + 1).lower == "own") return;
    slot_object = possessive_antecedent(trig.begin, subjects, false);
    if (slot_object < 0) return;
  }
  std::string_view object_rule = slot_object >= 0 ? "OBJ slot of the pattern" : "first actor group after the phrase";
  // "agreed to work together ...": the next relation phrase has its own object.
  // "held the Taliban responsible for": a pattern with an OBJ slot found its object inside.
  std::int32_t obj = slot_object >= 0 ? slot_object
                     : trigger_starts_at(trig.end) && has(tok(trig.end - 1), word_class("infinitive_to"))
                         ? -1
                         : group_after(trig.end, object_clause_token(trig), Reach::Complement, r.infinitive,
                                                   has(tok(trig.begin), word_class("threat_verb")));
  // "Egypt blamed the attack ON HAMAS", "blamed the attack on Israel ON HAMAS": with an act
  // for direct object, the one blamed follows the last "on".
  if (slot_object < 0 && blame_on_verb_at(trig.begin) && trig.end < s_.tokens.size() && s_.group_at[trig.end] < 0 &&
      s_.chunk_at[trig.end] >= 0 && chunk(s_.chunk_at[trig.end]).kind == ChunkKind::Noun) {
    bool actor_object = false;
    for (std::size_t p = trig.end; p < chunk(s_.chunk_at[trig.end]).end; ++p) actor_object = actor_object || s_.group_at[p] >= 0;
    if (!actor_object)
      if (const std::int32_t blamed = blamed_on_group(trig.end); blamed >= 0) obj = blamed;
  }
  // "condemned the Sudan war", "concern about the Ukraine crisis": a state named (not owning,
  // "Russia's war") right before a war or a crisis is where it happens, no object.
  if (obj >= 0 && slot_object < 0 && group(obj).end < s_.tokens.size() && g_.in("situation_noun", tok(group(obj).end).lower) &&
      !s_.mentions[static_cast<std::size_t>(group(obj).mentions.back())].possessive)
    obj = -1;
  // "sealed the accord with the help of Brazil": a helper's phrase after the partner's "with"
  // names who helped (the agent-of rows read it), not the partner.
  if (obj >= 0 && slot_object < 0 && helper_phrase_owner(obj)) obj = -1;
  // "Sogavare insisted there will be no Chinese military base": a demand is made of the one
  // addressed; an actor past another clause's finite verb or modal is talked about, not
  // asked (a that-clause's subject is read below, as "across" rows say).
  // (Not a relative clause on the object phrase: "called for the return of a trawler that
  // had been impounded by Morocco" asks the impounder.)
  if (obj >= 0 && slot_object < 0 && r.category == "DEMAND")
    for (std::size_t p = trig.end; p < group(obj).begin; ++p) {
      if (p > trig.end && has(tok(p), word_class("relative")) && is_noun(tok(p - 1).pos)) break;
      if (s_.group_at[p] < 0 && (tok(p).pos == Pos::MD || tok(p).pos == Pos::VBD || tok(p).pos == Pos::VBZ || tok(p).pos == Pos::VBP)) {
        obj = -1;
        break;
      }
    }
  // "Syria's government, which Moscow's air campaign supports, condemned ...": a verb that
  // ends an object relative clause has the antecedent for object; what follows the
  // clause's comma is the main clause's.
  // So does a request verb right before its infinitive: "Israel, which Washington had asked
  // to let aid into Gaza" (the infinitive's actors are its own; controlled_object).
  const bool request_before_infinitive = trig.end < s_.tokens.size() && has(tok(trig.end), word_class("infinitive_to")) &&
                                         has(tok(trig.end - 1), word_class("request_verb"));
  // ... and a verb right before "of"/"for" and a gerund: "Eritrea, which the UN has accused
  // of arming the militants" (the gerund's doer is the antecedent too: gerund_doer).
  const bool before_gerund = trig.end + 1 < s_.tokens.size() && has(tok(trig.end), word_class("gerund_preposition")) &&
                             tok(trig.end + 1).lower.ends_with("ing");
  // (A row whose partner follows "with" takes none from a relative clause: "a resolution
  // condemning Russia that Germany drafted" is no drafting with Russia.)
  if (slot_object < 0 && !r.with_partner &&
      (trig.end >= s_.tokens.size() || !tok(trig.end).word || request_before_infinitive || before_gerund))
    if (const std::int32_t antecedent = object_relative_antecedent(trig.begin); antecedent >= 0) {
      obj = antecedent;
      object_rule = "antecedent of the object relative clause";
    }
  // "Russia and Turkey held talks on Syria", "negotiated over Kashmir": for a meeting, what
  // follows a topic preposition is what it is about, not a party to it.
  // ("resumed talks over the Falklands with Britain": the partner after "with" still is one.)
  // So for an agreement: "signed a memorandum on an India-Europe corridor" signs nothing with India.
  if ((r.category == "CONSULT" || r.category == "AGREE") && obj >= 0 && slot_object < 0 && phrase_start(obj) > trig.end &&
      (has(tok(phrase_start(obj) - 1), word_class("topic_preposition")) || tok(phrase_start(obj) - 1).lower == "on")) {
    const std::size_t after = group(obj).end;
    obj = -1;
    for (std::size_t p = after; p + 1 < s_.tokens.size() && s_.clause_at[p] == s_.clause_at[trig.begin] && tok(p).lower != ","; ++p) {
      if (!has(tok(p), word_class("partner_preposition"))) continue;
      std::size_t q = p + 1;
      if (has(tok(q), word_class("article_the")) && s_.group_at[q] < 0) ++q;
      if (q < s_.tokens.size() && s_.group_at[q] >= 0 && group(s_.group_at[q]).begin == q) obj = s_.group_at[q];
      break;
    }
  }
  // "mobilized lobbying firms in Britain": what is mobilized is no force, and
  // the state it is done in is only where (forces "on alert in Western Sahara" or sent "in"
  // a state are still aimed at it).
  if (r.category == "MOBILIZE" && obj >= 0 && slot_object < 0 && phrase_start(obj) > trig.end + 1 &&
      tok(phrase_start(obj) - 1).lower == "in")
    if (const std::int32_t c = s_.chunk_at[phrase_start(obj) - 2]; c >= 0 && chunk(c).kind == ChunkKind::Noun &&
                                                    chunk(c).end == phrase_start(obj) - 1 && chunk(c).begin >= trig.end &&
                                                    !has(tok(chunk(c).head), word_class("people_noun")) &&
                                                    !g_.in("craft_noun", tok(chunk(c).head).lower) &&
                                                    !g_.in("force_noun", tok(chunk(c).head).lower))
      obj = -1;
  // "Crowds gathered outside the Russian embassy in Warsaw", "Protesters in Manila marched
  // on the Chinese consulate": protesters no actor names are the people of the state where
  // they protest, as with protest nouns (protest_place_after); the mission's state is the
  // target, never the protesters'.
  if (subjects.empty() && obj >= 0 && r.category == "PROTEST" && generic_protesters_before(trig.begin))
    if (const std::int32_t place = protest_place_after(clause_start(trig.begin), obj); place >= 0) {
      const auto targets = actors(group(obj));
      if (std::find(targets.begin(), targets.end(), place) == targets.end()) {
        subjects = {place};
        subject_rule = "state where the protest is held";
      }
    }
  // "is worried about Israel's security", "concerned for the safety of Chinese tourists",
  // "alarmed by the Lebanese economy's collapse": concern for a state's welfare is sympathy,
  // not criticism (grammar.tsv concern_word, welfare_noun).
  if (obj >= 0 && r.category == "DISAPPROVE" && concern_for_welfare(trig, obj)) return;
  // ("flown into Mozambique by Qatar and Norway": the senders are not where the goods go.)
  if (r.goods_subject && obj >= 0 && obj == goods_owner) obj = -1;
  // "discussed the crisis in Sudan with Egypt's president": the partner follows "with", past
  // the topic and its places, which are not the object.
  if (r.with_partner && slot_object < 0) {
    obj = partner_after(trig.end);
    object_rule = "group after 'with' past the topic";
  }
  // "Serbia and Hungary fought against EU migration rules": violence against a policy,
  // law or proposal an actor owns is a political fight, not one against that actor: its
  // rejection (CAMEO 12) of the owner's policy ("Malaysia is fighting the EU's plan").
  if (obj >= 0 && r.violent)
    if (const std::int32_t c = s_.chunk_at[group(obj).begin];
        c >= 0 && chunk(c).kind == ChunkKind::Noun && chunk(c).head >= group(obj).end && g_.in("policy_noun", tok(chunk(c).head).lower)) {
      if (const auto fighters = infinitive_subject(trig.begin); !fighters.empty() && lex_.prevention_relation >= 0)
        emit(fighters, actors(group(obj)), lex_.prevention_relation, trig, {"clause subject", "owner of the policy fought"});
      return;
    }
  // "resumed talks over the Falklands with Britain": in talks, an actor after "over" or
  // "about" is the topic; the partner follows "with", else there is none.
  if (obj >= 0 && slot_object < 0 && r.category == "CONSULT" && phrase_start(obj) > trig.end &&
      has(tok(phrase_start(obj) - 1), word_class("topic_preposition"))) {
    obj = partner_after(trig.end);
    object_rule = "group after 'with' past the topic";
  }
  // "called for an emergency session of the UN Security Council": the body asked to meet is
  // no object of a demand or an appeal.
  if (obj >= 0 && slot_object < 0 && (r.category == "DEMAND" || r.category == "APPEAL")) {
    std::size_t before = phrase_start(obj);
    if (before >= 2 && has(tok(before - 1), word_class("complement_of")) && g_.in("sitting_noun", tok(before - 2).lower)) obj = -1;
  }
  // "hosted hundreds of Sudanese refugees", "welcomed Chinese tourists": private people named
  // by their state are no guests of state; a meeting or a hosting relates nobody here.
  if (obj >= 0 && slot_object < 0 && r.category == "CONSULT")
    if (const std::int32_t c = s_.chunk_at[group(obj).begin];
        c >= 0 && chunk(c).kind == ChunkKind::Noun && chunk(c).head >= group(obj).end &&
        g_.in("private_people_noun", tok(chunk(c).head).lower))
      obj = -1;
  // "hosted"/"welcomed Rome's decision": an actor that owns the act the verb takes is not
  // what a verb acting on actors acts on (a stance verb composes with the act instead).
  if (obj >= 0 && slot_object < 0 && !r.compose && owner_of_act_after(trig.end) == obj) obj = -1;
  // "Turkey threatened to close airports in Ankara unless Greece ...": an object of the
  // subject's own (single) state relates nobody; the search goes on as if there were none.
  if (obj >= 0 && !subjects.empty()) {
    const auto own = actors(group(obj));
    const std::string& state = country(subjects.front());
    const auto same = [&](std::int32_t a) { return country(a) == state && !non_state(a); };
    const bool self = std::all_of(own.begin(), own.end(), same) && std::all_of(subjects.begin(), subjects.end(), same);
    if (self) obj = -1;
  }
  // "Nepalis ordered out of Qatar", "forced out of Syria": "out of" names where
  // someone leaves, not whom the verb acts on.
  if (obj >= 0 && trig.end + 1 < s_.tokens.size() && has(tok(trig.end), word_class("exit_particle")) &&
      has(tok(trig.end + 1), word_class("complement_of")))
    obj = -1;
  // "lodged a complaint with the UN against Russia", "complained to the Security Council
  // about Eritrea": a hostile act addressed to a body about another actor is against that
  // actor; the body only hears it.
  if (obj >= 0 && r.polarity() < 0 && slot_object < 0) {
    const auto named = actors(group(obj));
    const bool body = std::all_of(named.begin(), named.end(), [&](std::int32_t a) {
      return lex_.actors[static_cast<std::size_t>(a)].type == ActorType::Igo;
    });
    std::size_t q = group(obj).end;
    if (body && q + 1 < s_.tokens.size() && g_.in("complaint_target_preposition", tok(q).lower)) {
      ++q;
      if (q < s_.tokens.size() && has(tok(q), word_class("article_the")) && s_.group_at[q] < 0) ++q;
      if (q < s_.tokens.size() && s_.group_at[q] >= 0 && group(s_.group_at[q]).begin == q) {
        obj = s_.group_at[q];
        object_rule = "actor a complaint to a body is about";
      } else {
        obj = -1;  // "complained to the UN about the blockade": about an act, not the body
      }
    }
  }
  // An object after a place preposition (past "the") may be where the act happened:
  // - "suspended its complaint at the WTO": an organisation after a preposition the
  //   phrase does not end with is the venue (not "at NATO's border": a possessor);
  // - "China and Russia held joint drills near Japan": not a partner in a joint act.
  if (obj >= 0) {
    std::size_t before = group(obj).begin;
    if (before > 0 && has(tok(before - 1), word_class("article_the"))) --before;
    const bool after_place = before > 0 && has(tok(before - 1), word_class("locative"));
    const auto agents = actors(group(obj));
    const bool organisations = std::all_of(agents.begin(), agents.end(), [&](std::int32_t a) {
      return lex_.actors[static_cast<std::size_t>(a)].type == ActorType::Igo;
    });
    const bool possessor = group(obj).end < s_.tokens.size() && tok(group(obj).end).lower == "'s";
    if (after_place && ((organisations && before > trig.end && !possessor) || (r.symmetric && subjects.size() >= 2))) obj = -1;
    // - "rescued migrants off Libya", "helped refugees in Jordan": aid given to people
    //   somewhere is not given to the place's state (the people have no state named).
    if (obj >= 0 && r.category == "AID" && slot_object < 0 && before > trig.end + 1 && !possessor &&
        (after_place || tok(before - 1).lower == "off"))
      if (const std::int32_t c = s_.chunk_at[trig.end]; c >= 0 && chunk(c).kind == ChunkKind::Noun &&
                                                     (has(tok(chunk(c).head), word_class("people_noun")) ||
                                                      g_.in("private_people_noun", tok(chunk(c).head).lower)) &&
                                                     // (Insurgents there fight its state: "armed rebels in Libya"
                                                     // undermines it, insurgents.cpp.)
                                                     !g_.in("insurgent_noun", tok(chunk(c).head).lower))
        obj = -1;
  }
  // "condemned the bombing in Kabul", "is concerned about the flooding in Pakistan": a
  // hostile stance's object reached through a place preposition inside the object phrase
  // is where the act happened, not its target (a possessor there is: "in China's Xinjiang").
  // An infinitive's object is the infinitive's ("refused to deploy troops in Iraq").
  if (obj >= 0 && r.compose && r.polarity() < 0 && !has(tok(trig.end - 1), word_class("infinitive_to")) &&
      !(trig.end < s_.tokens.size() && has(tok(trig.end), word_class("infinitive_to")))) {
    std::size_t before = group(obj).begin;
    if (before > 0 && has(tok(before - 1), word_class("article_the"))) --before;
    const bool possessor = group(obj).end < s_.tokens.size() && tok(group(obj).end).lower == "'s";
    // ("criticised the authorities in Juba": a government named by its seat is the state.)
    const bool seat = before >= 2 && tok(before - 1).lower == "in" &&
                      (has(tok(before - 2), word_class("government_noun")) || g_.in("seated_government_noun", tok(before - 2).lower));
    if (before > trig.end + 1 && has(tok(before - 1), word_class("locative")) && !possessor && !seat) obj = -1;
  }
  // "sent doctors to help fight the cholera outbreak in Haiti": fighting a disease, a fire or
  // poverty somewhere is no violence against that place's state.
  const auto abstract_object = [&] {
    for (std::size_t p = trig.end; p < s_.tokens.size() && p < trig.end + 5; ++p) {
      if (has(tok(p), word_class("preposition")) || s_.group_at[p] >= 0 || !tok(p).word) return false;
      if (has(tok(p), word_class("abstract_foe"))) return true;
    }
    return false;
  };
  // Nor is a state named where such a foe is fought ("fought wildfires in Greece").
  if (obj >= 0 && r.violent && abstract_object()) obj = -1;
  // "welcomed the ceasefire between Israel and Hamas": the actors complete a noun, not
  // the verb (rows marked `direct`).
  // (The "of" of a quantity of craft or of people released keeps the object direct:
  // "intercepted dozens of Chinese drones", "released dozens of Palestinian prisoners";
  // "hosted hundreds of Sudanese refugees" hosts no state.)
  // (Nor past a participle: "welcomed a report clearing Syria" welcomes the report.)
  if (obj >= 0 && r.direct)
    for (std::size_t p = trig.end; p < group(obj).begin; ++p)
      if ((p > trig.end && (tok(p).pos == Pos::VBG || tok(p).pos == Pos::VBN) && s_.group_at[p] < 0) ||
          (has(tok(p), word_class("preposition")) &&
          !((r.craft_object || r.category == "RETREAT") && has(tok(p), word_class("complement_of")) && p > trig.end &&
            (g_.in("quantity_noun", tok(p - 1).lower) || tok(p - 1).pos == Pos::CD)))) {
        obj = -1;
        break;
      }
  // "received American support", "welcomed Chinese investment": a state's adjective before a
  // noun that names no person is no guest (rows marked `direct` receive people: "received
  // the Ugandan president", "welcomed a Chinese delegation").
  if (obj >= 0 && r.direct && !r.craft_object && r.category == "CONSULT" &&
      s_.mentions[static_cast<std::size_t>(group(obj).mentions.back())].kind == MentionKind::Adjective)
  {
    // The noun the adjective modifies: its phrase's head, or a gerund the tagger split off
    // ("Russian backing.").
    std::size_t head_at = 0;
    const std::size_t after = group(obj).end;
    if (const std::int32_t c = s_.chunk_at[group(obj).begin]; c >= 0 && chunk(c).kind == ChunkKind::Noun &&
                                                              chunk(c).head >= after && s_.group_at[chunk(c).head] < 0)
      head_at = chunk(c).head;
    else if (after < s_.tokens.size() && tok(after).pos == Pos::VBG &&
             (after + 1 >= s_.tokens.size() || !tok(after + 1).word || has(tok(after + 1), word_class("preposition"))))
      head_at = after;
    if (head_at > 0) {
      const Token& head = tok(head_at);
      if (!has(head, word_class("people_noun")) && !g_.in("title_person_noun", head.lower) && !g_.in("guest_noun", head.lower))
        obj = -1;
    }
  }
  // "demanded that Hamas renounce ...": the demand's object opens the that-clause.
  // A time phrase may come first: "demanded on Monday that Hamas ...".
  std::size_t that_at = trig.end;
  while (that_at < s_.tokens.size() && that_at < trig.end + 4 && s_.group_at[that_at] < 0 &&
         (has(tok(that_at), word_class("time_unit")) || has(tok(that_at), word_class("time_phrase_word"))))
    ++that_at;
  if (obj < 0 && r.across && that_at < s_.tokens.size() && has(tok(that_at), word_class("complementizer"))) {
    obj = group_after(that_at + 1, that_at + 1, Reach::Phrase);
    object_rule = "subject of the that-clause";
    // "insisted that the head of the Russian church be removed from the list", "demanded
    // that the Chinese sailors be freed": a passive that-clause asks something done to its
    // subject, who is not the one asked; only a state itself or its armed forces are
    // ("demanded that Russian troops be withdrawn").
    if (obj >= 0) {
      const std::size_t head_end = std::max(complemented_phrase_end(s_, group(obj).begin), static_cast<std::size_t>(group(obj).end));
      std::size_t p = head_end;
      while (p < s_.tokens.size() && (has(tok(p), word_class("auxiliary")) || tok(p).pos == Pos::MD || is_adverb(tok(p).pos))) ++p;
      const bool passive = p + 1 < s_.tokens.size() && has(tok(p), word_class("be")) && tok(p + 1).pos == Pos::VBN;
      const ActorMention& m = s_.mentions[static_cast<std::size_t>(group(obj).mentions.back())];
      const bool state_itself = m.kind != MentionKind::Adjective && group(obj).end == head_end;
      const std::int32_t c = s_.chunk_at[group(obj).begin];
      const bool forces = c >= 0 && (has(tok(chunk(c).head), word_class("armed_force_noun")) ||
                                     has(tok(chunk(c).head), word_class("government_noun")));
      if (passive && !state_itself && !forces) obj = -1;
      // "Russia insisted that Ukraine had shelled the plant": a that-clause stated in the past
      // or perfect asserts a fact; only one still to be done is asked ("that Kyiv withdraw").
      if (obj >= 0 && r.category == "DEMAND" && head_end < s_.tokens.size()) {
        const Token& v = tok(head_end);
        const bool stated = v.pos == Pos::VBD || v.pos == Pos::VBZ || has(v, word_class("perfect_have")) ||
                            v.lower == "has" || v.lower == "had" || v.lower == "was" || v.lower == "is" || v.lower == "were" || v.lower == "are";
        if (stated) obj = -1;
      }
    }
  }
  // "intercepted drones that Iran had launched", "downed missiles fired by Russia": a
  // hostile act on craft with no owner of their own is on whoever launched them, named in
  // the relative clause or by-phrase that follows.
  if (obj < 0 && r.polarity() < 0 && slot_object < 0 && !subjects.empty())
    if (const std::int32_t launcher = launcher_of_craft_after(trig.end); launcher >= 0) {
      emit(subjects, actors(group(launcher)), m.relation, trig, {subject_rule, "launcher of the craft the verb acts on"});
      return;
    }
  // "Beijing retaliated within hours", "Moscow vowed to retaliate": with no one named, the
  // answer is to the latest hostile act told on the subject (this sentence's, else the
  // sentences' before), by that act's doer.
  if (obj < 0 && r.answers_act && slot_object < 0 && !subjects.empty())
    if (const std::int32_t doer = doer_of_act_on(subjects, trig.begin); doer >= 0) {
      emit(subjects, {doer}, m.relation, trig, {subject_rule, "doer of the latest hostile act on the subject"});
      return;
    }
  // "Brazil condemned the operation", "Beijing welcomed the move": a stance on an act told
  // before, named by a noun that sums it up (summed_up_act.cpp).
  if (obj < 0 && r.compose && slot_object < 0 && !subjects.empty() &&
      stance_on_summed_up_act(trig, m.relation, subjects, subject_rule))
    return;
  // "Athens backed down after Turkish threats", "Seoul relented under pressure from
  // Beijing": a concession with no object yields to whoever pressed for it, named in a
  // reason adjunct (the pressure noun's own claim is made by the noun).
  if (obj < 0 && r.category == "CONCEDE" && !subjects.empty())
    if (const std::int32_t presser = pressure_source_after(trig.end); presser >= 0) {
      emit(subjects, actors(group(presser)), m.relation, trig, {subject_rule, "actor of the pressure it yielded to"});
      return;
    }
  // "Caracas warned it would close the river if Georgetown sent troops", "warned of grave
  // consequences unless Tokyo withdrew the rules": a warning with no addressee is aimed at
  // whoever can avert it, the subject of its condition.
  if (obj < 0 && m.relation == lex_.warning_relation && !subjects.empty())
    if (const std::int32_t averter = warned_condition_subject(trig.end, subjects); averter >= 0) {
      // (The relations the warning foretells have their own objects, or none; the
      // averter is the warning's alone.)
      emit(subjects, actors(group(averter)), m.relation, trig, {subject_rule, "subject of the condition the warning sets"});
      return;
    }
  // "Ukraine, which Russia invaded in 2022, ...": in a relative clause with its own
  // subject before the verb and no object after it, the antecedent is the object.
  if (obj < 0 && !subjects.empty() && !r.with_partner)
    if (const std::int32_t antecedent = object_relative_antecedent(trig.begin); antecedent >= 0) {
      emit(subjects, actors(group(antecedent)), m.relation, trig,
           {subject_rule, "antecedent of the object relative clause"});
      return;
    }
  // "the Iranian nuclear talks it quietly hosted": hosting or brokering an event noun the
  // relative clause is on is with the parties that noun's phrase names.
  if (obj < 0 && !subjects.empty() && r.category == "CONSULT")
    if (const std::int32_t parties = event_noun_antecedent(trig.begin); parties >= 0) {
      emit(subjects, actors(group(parties)), m.relation, trig, {subject_rule, "parties the event noun the relative clause is on names"});
      return;
    }
  // "Kenya said Somali militants had attacked its troops", "Ankara accused Athens of
  // harassing its fishing boats": a hostile act on something of "its" is on the actor who
  // reports or charges it (reporter_owning_object). Stances compose with their act instead.
  if (obj < 0 && slot_object < 0 && r.polarity() < 0 && !r.compose && !subjects.empty())
    if (const std::int32_t owner = reporter_owning_object(trig.end, trig.begin, subjects); owner >= 0) {
      emit(subjects, actors(group(owner)), m.relation, trig, {subject_rule, "reporter that the object's 'its' refers to"});
      return;
    }
  // "Greece put its navy on alert after Ankara sent a survey ship", "Armenia put its
  // troops on alert following Azerbaijan's threats": a show of readiness with no target is
  // aimed at the actor whose act it follows.
  // "arrested the governor of Tubas", "kidnapped the mayor of Melitopol": a local official
  // named by the place of the gazetteer they govern stands for that place's state.
  if (obj < 0 && !subjects.empty() && r.polarity() < 0)
    if (const std::int32_t state = official_of_place(trig.end); state >= 0 &&
        std::none_of(subjects.begin(), subjects.end(), [&](std::int32_t a) { return country(a) == country(state); })) {
      emit(subjects, {state}, m.relation, trig, {subject_rule, "state of the place the official governs"});
      return;
    }
  // "held military drills near the Guyanese border", "a few miles from the Lithuanian
  // frontier": a show of force at a state's border is aimed at that state (elsewhere a
  // border named by its state's adjective is only where something happened).
  if (obj < 0 && !subjects.empty() && r.category == "MOBILIZE")
    if (const std::int32_t state = border_state_after(trig.end); state >= 0 &&
        std::none_of(subjects.begin(), subjects.end(), [&](std::int32_t a) { return country(a) == country(state); })) {
      emit(subjects, {state}, m.relation, trig, {subject_rule, "state whose border the forces are at"});
      return;
    }
  // "Tokyo lodged a protest after Chinese ships entered its waters", "Manila protested after
  // Chinese ships blocked a resupply mission": a show of force, a protest or a rebuke with
  // no target of its own, done after another's act, answers that act's actor.
  if (obj < 0 && !subjects.empty() &&
      (r.category == "MOBILIZE" || r.category == "PROTEST" || r.category == "DISAPPROVE" || r.category == "SANCTION"))
    if (const std::int32_t cause = actor_it_follows(trig.end); cause >= 0 && !same_act_followed(cause, r.category)) {
      emit(subjects, actors(group(cause)), m.relation, trig, {subject_rule, "actor of the act it follows"});
      return;
    }
  // "Kyiv was blamed for the bombing of a Russian air base, and the Kremlin vowed merciless
  // retaliation": a threat with no target of its own answers the hostile act against the
  // threatener's state told before it in the sentence.
  if (obj < 0 && !subjects.empty() && r.threat)
    if (const std::int32_t attacker = attacker_of(subjects.front(), trig.begin); attacker >= 0) {
      emit(subjects, {attacker}, m.relation, trig, {subject_rule, "doer of the hostile act against the subject told before"});
      return;
    }
  // "Israel struck Damascus, prompting Iran to condemn the strike": a hostile reaction the
  // act provoked, with no target of its own, is aimed at the act's doer.
  if (obj < 0 && !subjects.empty() && r.polarity() < 0)
    if (const auto provokers = provoker_of(trig.begin); !provokers.empty()) {
      emit(subjects, provokers, m.relation, trig, {subject_rule, "subject of the clause whose act provoked the reaction"});
      return;
    }
  // "Turkey bought Russian missiles, a move Washington condemned": a stance (a `compose`
  // verb) on the act the main clause tells is a stance on its doer; so is a warning about
  // it ("..., a move Moscow warned would force it to respond").
  if (obj < 0 && (r.compose || has(tok(trig.begin), word_class("warning_verb"))) && stance_on_summed_act(trig, m)) return;
  // "Quito put forward a fishing accord, but Lima rejected the proposal": a stance on a
  // proposal named again with "the" is a stance on whoever put it forward before.
  if (obj < 0 && r.compose && stance_on_proposal(trig, m, subjects, subject_rule)) return;
  // "Kenya condemned the storming of the embassy by Sudanese soldiers": a stance on an act
  // whose doer the object phrase names after "by" is a stance on the doer.
  if (obj < 0 && r.compose && !subjects.empty())
    if (const std::int32_t agent = act_agent_in_object(trig.end); agent >= 0) {
      emit(subjects, actors(group(agent)), m.relation, trig, {subject_rule, "doer of the act the object names (by-phrase)"});
      return;
    }
  // "The Security Council demanded a ceasefire between Israel and Hamas", "the UN called for
  // talks between India and Pakistan": a relation asked for between two sides is asked of both.
  if (obj >= 0 && !subjects.empty() && r.category == "DEMAND" && group(obj).mentions.size() >= 2 &&
      asked_pair_between(trig.end, group(obj).begin)) {
    emit(subjects, actors(group(obj)), m.relation, trig, {subject_rule, "the two sides of the relation asked for"});
    return;
  }
  // "Chad moved troops into Niger at the request of the Nigerien government", "sent soldiers
  // into the Central African Republic at Bangui's invitation": forces the target state asked
  // for come to protect it (the `invited` row), not to attack it.
  if (obj >= 0 && !subjects.empty() && lex_.invited_relation >= 0 && (r.violent || r.category == "MOBILIZE") &&
      invited_by(actors(group(obj)), trig.end)) {
    // ("struck Islamic State targets in Iraq at the request of the Iraqi government": the
    // group is still struck; its state, which asked, is protected.)
    const auto targets = actors(group(obj));
    if (std::all_of(targets.begin(), targets.end(), [&](std::int32_t a) { return non_state(a); })) {
      emit(subjects, targets, m.relation, trig, {subject_rule, object_rule});
      std::vector<std::int32_t> states;
      for (std::int32_t a : targets)
        if (const auto it = lex_.actor_by_id.find(country(a)); it != lex_.actor_by_id.end()) states.push_back(it->second);
      emit(subjects, states, lex_.invited_relation, trig, {subject_rule, "the state that invited the forces"});
      return;
    }
    emit(subjects, targets, lex_.invited_relation, trig, {subject_rule, "the state that invited the forces"});
    return;
  }
  // "battles insurgents alongside the Mozambican army": who fights alongside is an ally,
  // a coalition partner, never the enemy.
  // "fought alongside Russian troops", "fought for Moscow", "fought on Ukraine's side", "on
  // behalf of Kyiv": the group is an ally in the fight, and the enemy follows "against".
  if (obj >= 0 && r.violent && lex_.coalition_relation >= 0 && !subjects.empty()) {
    std::size_t before = group(obj).begin;
    if (before > 0 && has(tok(before - 1), word_class("article_the"))) --before;
    const std::size_t after = group(obj).end;
    const bool alongside = before > trig.end && has(tok(before - 1), word_class("ally_preposition"));
    const bool for_side = before == trig.end + 1 && tok(trig.end).lower == "for";
    const bool on_behalf = before >= trig.end + 3 && has(tok(before - 1), word_class("complement_of")) &&
                           g_.in("ally_side_noun", tok(before - 2).lower);
    const bool on_side = before == trig.end + 1 && tok(trig.end).lower == "on" && after + 1 < s_.tokens.size() &&
                         tok(after).lower == "'s" && g_.in("ally_side_noun", tok(after + 1).lower);
    if (alongside || for_side || on_behalf || on_side) {
      emit(subjects, actors(group(obj)), lex_.coalition_relation, trig, {subject_rule, "ally in the fight ('alongside', 'for', 'on the side of')"});
      // Past the ally's own nouns ("Angolan troops") to "against".
      std::size_t p = on_side ? after + 2 : after;
      while (p < s_.tokens.size() && s_.group_at[p] < 0 && is_noun(tok(p).pos)) ++p;
      if (p + 1 < s_.tokens.size() && tok(p).lower == "against")
        if (const std::int32_t enemy = group_after(p + 1, p, Reach::Phrase); enemy >= 0)
          emit(subjects, actors(group(enemy)), m.relation, trig, {subject_rule, "group after 'against' past the ally"});
      return;
    }
  }
  // "turned to Iran's nuclear programme": a possessor is no object for `bare-object` rows.
  if (obj >= 0 && r.bare_object && s_.mentions[static_cast<std::size_t>(group(obj).mentions.back())].possessive) return;
  // "More than 20 countries have expelled Russian diplomats": no doer named, but the target
  // is remembered for the act told again without one ("Canada expelled four": elided_object.cpp).
  if (obj >= 0 && subjects.empty() && r.polarity() < 0 && !r.symmetric && !r.violent && finite_active_verb(trig.begin) &&
      !negated_at(trig.begin) && modality_at(trig.begin) == Modality::Asserted)
    for (std::int32_t target : actors(group(obj))) doerless_here_.push_back(RecentAct{-1, target, m.relation, 0});
  if (obj >= 0 && !subjects.empty() && (r.with_partner || !object_taken(trig.end, obj, r.polarity()))) {
    emit(subjects, actors(group(obj)), m.relation, trig, {subject_rule, object_rule});
    // "sold jets to Qatar and patrol boats to Oman", "spoke with Norway and with Denmark":
    // the same preposition again after "and" gives the verb another object.
    if (const std::int32_t more = gapped_object(obj); more >= 0)
      emit(subjects, actors(group(more)), m.relation, trig, {subject_rule, "object after 'and' and the same preposition"});
    // "struck Islamic State targets in Syria": violence on a non-state group is also violence
    // in the state where it happens (the event coders' convention).
    if (const auto targets = actors(group(obj));
        r.violent && std::all_of(targets.begin(), targets.end(), [&](std::int32_t a) { return non_state(a); }))
      if (const std::int32_t place = place_after(group(obj).end, trig.begin, group(obj).end); place >= 0 &&
          std::none_of(subjects.begin(), subjects.end(), [&](std::int32_t a) { return country(a) == country(place); })) {
        // ("bombed Boko Haram camps in Cameroon with Yaounde's consent": the state asked.)
        if (lex_.invited_relation >= 0 && invited_by({place}, group(obj).end))
          emit(subjects, {place}, lex_.invited_relation, trig, {subject_rule, "the state that invited the forces"});
        else
          emit(subjects, {place}, m.relation, trig, {subject_rule, "place of violence"});
      }
    // "backed Kyiv against Moscow", "sided with Greece against Turkey", "sent troops to defend
    // Angola against South Africa": whom a friendly act is against, named right after its
    // object, is opposed by the subject (the first `oppose` verb row).
    if (r.polarity() > 0 && (r.category == "SUPPORT" || r.category == "AID"))
      if (const std::int32_t enemy = group_after_against(group(obj).end); enemy >= 0 && enemy != obj && !same_state_groups(enemy, obj))
        if (const std::int32_t oppose = first_row("oppose", Frame::Verb); oppose >= 0)
          emit(subjects, actors(group(enemy)), oppose, trig, {subject_rule, "group after 'against' past the object"});
    // "signed the Egypt-Sudan accord": a joint act names its members' relation; a
    // hyphenated object of a one-sided act does not ("executed a British-Iranian national").
    if (group(obj).compound && r.symmetric)
      emit_within(actors(group(obj)), m.relation, trig, "members of a hyphenated object");
    // "US and British warplanes struck Houthi targets": states that strike a third together
    // fight as a coalition (the `coalition` row).
    // Not when they strike each other ("struck each other's territory", "both shelled
    // Zaporizhzhia" where one is the target's own state).
    const auto targets = actors(group(obj));
    const bool third = !group(obj).anaphor && std::none_of(targets.begin(), targets.end(), [&](std::int32_t t) {
      return std::any_of(subjects.begin(), subjects.end(), [&](std::int32_t a) { return country(a) == country(t); });
    });
    if (r.violent && r.polarity() < 0 && lex_.coalition_relation >= 0 && !doer && subjects.size() >= 2 && third)
      emit_within(subjects, lex_.coalition_relation, trig, "states striking a third together");
    // "Angola hosted the presidents of Congo and Rwanda in Luanda": guests hosted together
    // meet each other.
    if (r.guests_meet && lex_.meeting_relation >= 0 && !group(obj).compound)
      emit_within(actors(group(obj)), lex_.meeting_relation, trig, "guests hosted together");
    return;
  }
  // "Turkey threatened to close its airspace if Greece held the exercise", "threatened a
  // strike unless Cairo withdrew ...": a threat's target is whoever must act to avert it,
  // the subject of the condition that opens the clause right after the threat's.
  if (obj < 0 && !subjects.empty() && r.threat) {
    const std::int32_t next_clause = s_.clause_at[trig.end - 1] + 1;
    for (std::size_t p = trig.end; p + 1 < s_.tokens.size() && s_.clause_at[p] <= next_clause; ++p) {
      if (!has(tok(p), word_class("condition_conjunction"))) continue;
      if (const std::int32_t who = group_after(p + 1, p + 1, Reach::Phrase); who >= 0 && !s_.speaker_token[group(who).begin]) {
        emit(subjects, actors(group(who)), m.relation, trig, {subject_rule, "subject of the if/unless clause"});
        return;
      }
      break;
    }
  }
  // "Britain flew tents to Beira": aid sent to a place of the gazetteer, named right after
  // the phrase's final preposition, goes to the place's state.
  if (obj < 0 && !subjects.empty() && r.category == "AID" && ends_with_preposition(trig))
    if (const std::int32_t place = destination_place(trig.end); place >= 0) {
      emit(subjects, {place}, m.relation, trig, {subject_rule, "the place the aid went to"});
      return;
    }
  // "gunmen killed nine people in Tallinn": violence with no named target is against the
  // state where it happens (the event coders' convention), so a capital or state named as
  // the place becomes the object here, though elsewhere a place is not an actor.
  if (obj < 0 && !subjects.empty() && r.violent && !abstract_object()) {
    // "Russia shelled Kharkiv": a place of the gazetteer as the object is where it happened.
    std::size_t at = trig.end;
    if (at < s_.tokens.size() && has(tok(at), word_class("article_the"))) ++at;
    if (const std::int32_t direct = at < s_.tokens.size() && s_.group_at[at] < 0 ? place_at(at) : -1; direct >= 0) {
      emit(subjects, {direct}, m.relation, trig, {subject_rule, "place of violence"});
      return;
    }
    if (const std::int32_t place = place_after(trig.end, trig.begin); place >= 0) {
      emit(subjects, {place}, m.relation, trig, {subject_rule, "place of violence"});
      return;
    }
    if (const std::int32_t place = fronted_place(trig.begin); place >= 0) {
      emit(subjects, {place}, m.relation, trig, {subject_rule, "place of violence opening the sentence"});
      return;
    }
  }
  // "A and B agreed": the coordinated subject must be written in this sentence, before the
  // verb (one group, or noun phrases coordinated: "Peruvian troops and Chilean soldiers");
  // actors carried over from an earlier sentence were never said to act together.
  // (So may the passive's agent right after it: "a resolution co-sponsored by Mexico and Chile".)
  const std::size_t by_at = trig.end < s_.tokens.size() && has(tok(trig.end), word_class("agent_by")) ? trig.end + 1 : 0;
  const bool written_together = std::all_of(subjects.begin(), subjects.end(), [&](std::int32_t a) {
    return std::any_of(s_.groups.begin(), s_.groups.end(), [&](const Group& g) {
      const auto members = actors(g);
      return (g.begin < trig.begin || (by_at > 0 && g.begin == by_at)) && std::find(members.begin(), members.end(), a) != members.end();
    });
  });
  // "Greek and Turkish crews battled the wildfires": a symmetric violent verb with a foe that
  // is no state (fire, flood, disease) was fought side by side, not between the subjects.
  if (r.symmetric && subjects.size() >= 2 && written_together && !(r.violent && abstract_object())) {
    emit_within(subjects, m.relation, trig, "members of the coordinated subject (symmetric relation)");
    // "The UAE and Israel signed the treaty at the White House": a joint act at a
    // government's seat (grammar.tsv government_seat; a capital city is only a venue) is
    // hosted by that government.
    if (!r.violent && r.polarity() > 0 && lex_.hosting_relation >= 0)
      if (const std::int32_t seat = seat_venue_after(trig.end); seat >= 0 && !negated_at(trig.begin) &&
          modality_at(trig.begin) == Modality::Asserted &&
          std::none_of(subjects.begin(), subjects.end(), [&](std::int32_t a) { return country(a) == country(seat); }))
        emit({seat}, subjects, lex_.hosting_relation, trig, {"government whose seat the act took place at", "parties of the act"});
  }
}

// The government whose seat follows "at" in the clause after `from` ("at the White House",
// "at the Kremlin"; grammar.tsv government_seat), as an actor, else -1. The seat after a
// locative is no mention (a place), so its words are looked up here.
std::int32_t SentenceFrames::seat_venue_after(std::size_t from) const {
  const std::size_t n = s_.tokens.size();
  for (std::size_t p = from; p + 1 < n && s_.clause_at[p] == s_.clause_at[from > 0 ? from - 1 : 0]; ++p) {
    if (tok(p).lower != "at" || (p > 0 && has(tok(p - 1), word_class("negator")))) continue;  // "not at the Kremlin"
    std::size_t q = p + 1;
    if (q < n && has(tok(q), word_class("article_the"))) ++q;
    const auto* phrase = q < n ? lex_.actor_names.longest(s_.tokens, q) : nullptr;
    if (!phrase) continue;
    std::string name;
    for (std::size_t k = 0; k < phrase->lower.size(); ++k) name += (k > 0 ? " " : "") + tok(q + k).lower;
    if (g_.in("government_seat", name) && phrase->values.front().actor >= 0) return phrase->values.front().actor;
  }
  return -1;
}

// Whether the trigger is a word of concern whose object is the welfare of the actor `obj`:
// its possession ("Israel's security"), the head of its phrase ("the Chinese economy"), or
// the noun it complements ("the safety of Chinese tourists").
bool SentenceFrames::concern_for_welfare(const Trigger& trig, std::int32_t obj) const {
  bool concern = false;
  for (std::size_t p = trig.begin; p < trig.end; ++p) concern = concern || g_.in("concern_word", tok(p).lower);
  if (!concern) return false;
  const Group& g = group(obj);
  const auto welfare_chunk = [&](std::size_t at) {
    const std::int32_t c = at < s_.tokens.size() ? s_.chunk_at[at] : -1;
    return c >= 0 && chunk(c).kind == ChunkKind::Noun && g_.in("welfare_noun", tok(chunk(c).head).lower);
  };
  if (g.end + 1 < s_.tokens.size() && tok(g.end).lower == "'s" && welfare_chunk(g.end + 1)) return true;
  if (const std::int32_t c = s_.chunk_at[g.begin]; c >= 0 && chunk(c).head >= g.end && welfare_chunk(g.begin)) return true;
  const std::size_t start = phrase_start(obj);
  return start >= 2 && has(tok(start - 1), word_class("complement_of")) && welfare_chunk(start - 2);
}

// "After meeting Putin in Beijing, Xi said ...", "Having signed a pact with Moscow, Minsk
// ...", "While visiting Hanoi, Blinken ...": a gerund or perfect participle opening the
// sentence (after "after", "before", "while", "on", "upon", "since", or "having") is done by
// the main clause's subject, the actor right after the phrase's comma. Empty otherwise.
std::vector<std::int32_t> SentenceFrames::opening_adjunct_doer(const Trigger& trig) const {
  std::size_t p = 0;
  while (p < trig.begin && !tok(p).word) ++p;
  if (p < trig.begin && g_.in("adjunct_opener", tok(p).lower)) ++p;
  if (p < trig.begin && tok(p).lower == "having") ++p;
  // (The tagger may read the gerund as a noun: "After meeting Putin".)
  const Token& v = tok(trig.begin);
  const bool gerund = v.pos == Pos::VBG || (v.pos == Pos::NN && v.lower.ends_with("ing"));
  if (p != trig.begin || !(gerund || (p > 0 && tok(p - 1).lower == "having"))) return {};
  // The opening phrase's comma, and the actor that opens the main clause after it.
  for (std::size_t q = trig.end; q + 1 < s_.tokens.size(); ++q) {
    if (is_finite_verb(tok(q).pos) && s_.group_at[q] < 0) return {};
    if (tok(q).lower == ",") return actors_opening_after(q);
  }
  return {};
}

// Whether the clause's subject before `verb` is protesters named only by what they do
// ("Hundreds of demonstrators", "Protesters in Lima", "Angry crowds"): its head is a
// generic protester noun and nothing in it is a participle ("waving Ukrainian flags").
bool SentenceFrames::generic_protesters_before(std::size_t verb) const {
  const std::int32_t c = subject_chunk_before(verb);
  if (c < 0 || !g_.in("generic_protester_noun", tok(chunk(c).head).lower)) return false;
  for (std::size_t p = clause_start(verb); p < verb; ++p)
    if (tok(p).pos == Pos::VBG || tok(p).pos == Pos::VBN) return false;
  return true;
}

// The actor of pressure named in a reason adjunct a few words after `from` ("after Turkish
// threats", "under pressure from Beijing", "in the face of American sanctions"): the
// pressure noun's modifier or the group after its "from"/"by"; -1 if none.
std::int32_t SentenceFrames::pressure_source_after(std::size_t from) const {
  // ("after" may open a clause of its own: the reason word's clause holds the noun.)
  const std::int32_t clause = from < s_.tokens.size() ? s_.clause_at[from] : -1;
  for (std::size_t p = from; p < s_.tokens.size() && p < from + 8; ++p) {
    if (!g_.in("pressure_reason_word", tok(p).lower)) {
      if (s_.clause_at[p] != clause) return -1;
      continue;
    }
    for (std::size_t q = p + 1; q < s_.tokens.size() && q < p + 7 && s_.clause_at[q] == s_.clause_at[p]; ++q) {
      if (!g_.in("pressure_noun", tok(q).lower)) continue;
      if (const std::int32_t owner = modifier_before(q); owner >= 0) return owner;
      if (q + 1 < s_.tokens.size() && (tok(q + 1).lower == "from" || has(tok(q + 1), word_class("agent_by"))))
        return group_after(q + 2, q + 1, Reach::Phrase);
      return -1;
    }
    return -1;
  }
  return -1;
}

// The launcher of the craft or missiles named right after `from` (an object of no actor
// of its own: "drones", "the missiles"): the subject of a relative clause whose verb
// launches ("that Iran had launched", "Pyongyang fired"), or the agent of such a
// participle ("fired by Russia"); -1 if none.
std::int32_t SentenceFrames::launcher_of_craft_after(std::size_t from) const {
  const std::size_t n = s_.tokens.size();
  // Past a quantity: "nearly all of the drones", "dozens of missiles".
  std::size_t at = from;
  for (std::size_t q = from; q < n && q < from + 6 && s_.group_at[q] < 0; ++q)
    if (has(tok(q), word_class("complement_of")) && q + 1 < n) at = q + 1;
  const std::int32_t c = at < n ? s_.chunk_at[at] : -1;
  // (The chunker ends the craft's phrase before the subject of a relative clause with no
  // "that": "the drones Iran launched".)
  if (c < 0 || chunk(c).kind != ChunkKind::Noun || !g_.in("craft_noun", tok(chunk(c).head).lower)) return -1;
  for (std::size_t p = chunk(c).begin; p < chunk(c).end; ++p)
    if (s_.group_at[p] >= 0) return -1;  // "Iranian drones": the modifier is the owner, read as the object
  std::size_t p = chunk(c).end;
  if (p < n && has(tok(p), word_class("relative"))) ++p;
  // A participle with its by-agent: "missiles fired by Russia".
  if (p + 1 < n && g_.in("launch_verb", tok(p).lower) && has(tok(p + 1), word_class("agent_by")))
    return group_after(p + 2, p + 1, Reach::Phrase);
  // A relative clause: its subject group, auxiliaries, then the launching verb.
  if (p + 1 < n && has(tok(p), word_class("article_the"))) ++p;  // "that the Houthis fired"
  if (p >= n || s_.group_at[p] < 0 || group(s_.group_at[p]).begin != p) return -1;
  const std::int32_t launcher = s_.group_at[p];
  std::size_t v = group(launcher).end;
  while (v < n && (has(tok(v), word_class("auxiliary")) || has(tok(v), word_class("perfect_have")) || tok(v).lower == "had" ||
                   tok(v).lower == "has"))
    ++v;
  return v < n && g_.in("launch_verb", tok(v).lower) ? launcher : -1;
}

}  // namespace irkg::frames
