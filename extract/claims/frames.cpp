// Slot filling. Each relation phrase has a frame that says where its two actors are:
// the subject is the first actor group of the clause (or the group a relative pronoun
// refers to, or the previous clause's subject for "it"/"they"); the object is the first
// group after the phrase in the same clause. Nouns take their actors from a possessor or
// modifier ("Russia's sanctions", "US sanctions") and a preposition ("on Iran").
#include "extract/claims/frames.h"

#include <algorithm>
#include <optional>

namespace irkg {
namespace {

constexpr std::size_t kObjectReach = 12;   // tokens from the phrase to its object
constexpr std::size_t kModifierReach = 3;  // tokens between a modifier group and its noun
constexpr std::size_t kMaxGroupForPairs = 6;  // larger coordinated lists are not expanded to pairs

class SentenceFrames {
 public:
  SentenceFrames(const Lexicon& lex, const SentenceAnalysis& s, std::vector<std::int32_t>& carried)
      : lex_(lex), s_(s), g_(lex.grammar), carried_(carried) {}

  std::vector<FrameHit> run() {
    consumed_.assign(s_.triggers.size(), false);
    noun_only_.assign(s_.triggers.size(), false);
    for (std::size_t ti = 0; ti < s_.triggers.size(); ++ti) apply(ti);
    // Hand the sentence's main actors to the next sentence ("It also ...").
    for (const Group& grp : s_.groups) {
      if (s_.speaker_token[grp.begin]) continue;
      carried_ = actors(grp);
      break;
    }
    return std::move(hits_);
  }

 private:
  const Lexicon& lex_;
  const SentenceAnalysis& s_;
  const Grammar& g_;
  std::vector<std::int32_t>& carried_;
  std::vector<FrameHit> hits_;
  std::vector<bool> consumed_;  // relation nouns already read as a verb's object
  std::vector<bool> noun_only_;  // relation nouns inside a verb's object: no verb reading

  const Token& tok(std::size_t i) const { return s_.tokens[i]; }
  const Group& group(std::int32_t gi) const { return s_.groups[static_cast<std::size_t>(gi)]; }

  std::vector<std::int32_t> actors(const Group& grp) const {
    std::vector<std::int32_t> out;
    for (std::int32_t m : grp.mentions) out.push_back(s_.mentions[static_cast<std::size_t>(m)].actor);
    return out;
  }
  const std::string& country(std::int32_t actor) const { return lex_.actors[static_cast<std::size_t>(actor)].country; }

  // The first group of the trigger's clause before it, else the group a relative pronoun
  // at the clause start refers to, else the previous clause's subject.
  std::vector<std::int32_t> clause_subject(std::size_t at) const {
    const std::int32_t clause = s_.clause_at[at];
    std::size_t start = at;
    while (start > 0 && s_.clause_at[start - 1] == clause) --start;
    for (const Group& grp : s_.groups) {
      if (grp.begin < start || grp.end > at) continue;
      if (s_.speaker_token[grp.begin]) continue;
      // "Unlike Hungary, Poland supports ...": the contrasted actor does not act.
      if (grp.begin > 0 && tok(grp.begin - 1).lower == "unlike") continue;
      if (grp.begin > 0 && has(tok(grp.begin - 1), word_class("locative")) && metonym_only(grp) &&
          !(grp.begin >= 2 && has(tok(grp.begin - 2), word_class("people_noun"))))
        continue;
      // An actor after the clause's first verb is that verb's object, not the subject:
      // "The joint statement expressed concern about Japan's ... and criticised ...".
      if (verb_between(start, grp.begin)) break;
      // "India and Japan, which both distrust China, signed ...": a verb right after the
      // comma that closes the relative clause is the antecedent's (an apposition after a
      // comma is not: "..., which is friendly with China, Tokyo's budding enemy").
      if (has(tok(start), word_class("relative")) && grp.end < at && relative_closed_between(grp.end, at)) break;
      // "The two sides said they were concerned about American plans and opposed ...": a
      // subject pronoun before the first actor is the subject; the actor is further in.
      if (nominative_pronoun_between(start, grp.begin)) break;
      // "Washington's biggest ally in the region, New Delhi has ...": a possessor inside a
      // fronted apposition; the subject is the group right after the apposition's comma.
      if (grp.end < s_.tokens.size() && tok(grp.end).lower == "'s") {
        for (std::size_t p = grp.end; p + 1 < at && p < grp.end + 12; ++p) {
          if (tok(p).lower != ",") continue;
          if (s_.group_at[p + 1] >= 0 && group(s_.group_at[p + 1]).end <= at) return actors(group(s_.group_at[p + 1]));
          break;
        }
      }
      std::vector<std::int32_t> subjects = actors(grp);
      // "The Quad, an alliance of ..., as well as ASEAN are united against ...": a co-subject
      // added after an apposition, before the verb.
      for (const Group& more : s_.groups) {
        if (more.begin <= grp.begin || more.end > at || finite_verb_between(grp.end, more.begin)) continue;
        std::size_t p = more.begin;
        if (p > 0 && tok(p - 1).lower == "the") --p;
        const bool added = (p >= 3 && tok(p - 3).lower == "as" && tok(p - 2).lower == "well" && tok(p - 1).lower == "as") ||
                           (p >= 2 && tok(p - 2).lower == "along" && tok(p - 1).lower == "with");
        if (added) {
          const auto extra = actors(more);
          subjects.insert(subjects.end(), extra.begin(), extra.end());
        }
      }
      return subjects;
    }
    // "Pakistan, which has refused ...": the group before the relative pronoun.
    if (const std::int32_t antecedent = antecedent_of(start); antecedent >= 0) return actors(group(antecedent));
    // A clause without its own actor continues the last subject when a pronoun stands for
    // it ("Syria says it will withdraw ...") or when it is what a speaker announced
    // ("Italy announced a suspension of ..."). Otherwise its subject is someone the
    // dictionaries do not know ("state media accused ..."), and there is no claim.
    bool pronoun = false;
    std::string which;
    for (std::size_t p = start; p < at; ++p)
      if (has(tok(p), word_class("pronoun"))) {
        pronoun = true;
        if (which.empty()) which = tok(p).lower;
      }
    // "..., but was still refusing ...": a coordinated verb phrase shares the subject.
    const bool elliptic = has(tok(start), word_class("coordinating_break"));
    // Only right after the speech verb: "announced a suspension of"; further on, another
    // (unknown) subject may intervene ("said the vote was fair, and state media accused").
    const bool after_speech = elliptic || (at - start <= 4 && (has(tok(start), word_class("speech_verb")) ||
                              (tok(start).lower == "that" && speech_verb_before(start))));
    if (!pronoun && !after_speech) return {};
    for (std::int32_t c = clause - 1; c >= 0; --c) {
      for (const Group& grp : s_.groups) {
        if (s_.clause_at[grp.begin] != c) continue;
        return actors(grp);
      }
    }
    return pronoun && pronoun_fits(which, carried_) ? carried_ : std::vector<std::int32_t>{};
  }

  // "an alliance of the US, India and Japan to contain China": the group a noun's "of"
  // introduces right before an infinitive is who acts; otherwise the clause subject.
  // "vetoed a UN resolution condemning X": an -ing form right after "DET ACTOR NOUN"
  // describes that noun, and the actor modifying it acts (the UN, not the subject who
  // vetoed). Without a modifier ("issued a statement condemning X") the clause subject
  // stays the likelier author: nullopt.
  std::optional<std::vector<std::int32_t>> participle_owner(std::size_t at) const {
    if (at < 2 || !tok(at).lower.ends_with("ing")) return std::nullopt;
    const Token& noun = tok(at - 1);
    if (!noun.word || noun.capitalized || s_.group_at[at - 1] >= 0) return std::nullopt;
    for (int cls : {word_class("preposition"), word_class("be"), word_class("adverb"), word_class("auxiliary"),
                    word_class("pronoun"), word_class("speech_verb"), word_class("determiner"),
                    word_class("clause_break"), word_class("negator"), word_class("coordinating_break")})
      if (has(noun, cls)) return std::nullopt;
    if (noun.lower == "and" || noun.lower == "or" || verb_ends_at(at)) return std::nullopt;
    const std::int32_t modifier = group_ending_at(at - 1);
    if (modifier < 0 || phrase_start(modifier) == group(modifier).begin) return std::nullopt;  // no determiner
    return actors(group(modifier));
  }

  std::vector<std::int32_t> infinitive_subject(std::size_t at) const {
    if (const auto owner = participle_owner(at)) return *owner;
    // "forced Russia to withdraw", "urged Serbia to recognise": the object acts.
    if (at > 0)
      if (const std::int32_t gi = controlled_object(at - 1); gi >= 0) return actors(group(gi));
    if (at >= 2 && tok(at - 1).lower == "to" && s_.group_at[at - 2] >= 0) {
      const Group& grp = group(s_.group_at[at - 2]);
      if (grp.end == at - 1 && grp.begin > 0) {
        std::size_t p = grp.begin - 1;
        if (tok(p).lower == "the" && p > 0) --p;
        if (tok(p).lower == "of" || tok(p).lower == "between" || tok(p).lower == "among") return actors(grp);
        // "the decision by Honduras to cut ties": a noun's agent (not a passive's: "was
        // asked by Japan to mediate" leaves the asking to Japan, the mediating to the subject).
        if (tok(p).lower == "by" && p > 0 && !tok(p - 1).lower.ends_with("ed") && !has(tok(p - 1), word_class("be")) &&
            s_.group_at[p - 1] < 0)
          return actors(grp);
      }
    }
    return clause_subject(at);
  }

  // A relation phrase read as a verb in [from, to).
  bool verb_between(std::size_t from, std::size_t to) const {
    for (const Trigger& t : s_.triggers) {
      if (t.begin < from || t.begin >= to) continue;
      for (const Reading& r : t.readings)
        if (lex_.relations[static_cast<std::size_t>(r.match.relation)].frame == Frame::Verb &&
            verb_position_ok(t, r.match.gerund) && !r.match.gerund)
          return true;
    }
    return false;
  }

  // The group a relative pronoun refers to ("Ukraine, which ..."), for a relative clause
  // starting at `start`; -1 when there is none.
  std::int32_t antecedent_of(std::size_t start) const {
    if (!has(tok(start), word_class("relative"))) return -1;
    std::size_t p = start;
    while (p > 0 && (tok(p - 1).lower == "," || !tok(p - 1).word) && s_.group_at[p - 1] < 0) --p;
    return p > 0 ? s_.group_at[p - 1] : -1;
  }

  // For a verb at `at` inside a relative clause whose own subject stands between the
  // pronoun and the verb ("which Russia invaded"): the antecedent, else -1.
  std::int32_t object_relative_antecedent(std::size_t at) const {
    const std::int32_t clause = s_.clause_at[at];
    std::size_t start = at;
    while (start > 0 && s_.clause_at[start - 1] == clause) --start;
    if (tok(start).lower == "whose" || start + 1 >= at) return -1;
    const std::int32_t antecedent = antecedent_of(start);
    if (antecedent < 0 || s_.group_at[start + 1] < 0) return -1;
    const Group& own = group(s_.group_at[start + 1]);
    // Only the subject between them: "which Russia invaded", "that Japan has long courted".
    for (std::size_t p = own.end; p < at; ++p)
      if (!has(tok(p), word_class("adverb")) && !has(tok(p), word_class("auxiliary")) && !has(tok(p), word_class("be")))
        return -1;
    return antecedent;
  }

  // A comma in [from, to) followed (past adverbs) by a verb form: the comma that closes a
  // relative clause ("..., which both distrust China, signed", "..., applied to join").
  // After an apposition's comma a noun phrase follows instead ("..., Tokyo's ... enemy").
  bool relative_closed_between(std::size_t from, std::size_t to) const {
    for (std::size_t c = from; c < to; ++c) {
      if (tok(c).lower != ",") continue;
      std::size_t p = c + 1;
      while (p < to && has(tok(p), word_class("adverb"))) ++p;
      if (p > to || p >= s_.tokens.size() || s_.group_at[p] >= 0 || tok(p).capitalized) continue;
      const Token& w = tok(p);
      if (verb_between(p, p + 1) || w.lower.ends_with("ed") || has(w, word_class("auxiliary")) || has(w, word_class("be")) ||
          has(w, word_class("modal_future")) || has(w, word_class("modal_hypothetical")))
        return true;
    }
    return false;
  }

  // "it", "they", "he", "she": pronouns that can only be a subject.
  static bool nominative_pronoun(const Token& t) {
    return t.lower == "it" || t.lower == "they" || t.lower == "he" || t.lower == "she";
  }

  bool nominative_pronoun_between(std::size_t from, std::size_t to) const {
    for (std::size_t p = from; p < to; ++p)
      if (nominative_pronoun(tok(p)) && s_.group_at[p] < 0) return true;
    return false;
  }

  // verb_between, not counting infinitives ("an alliance ... to contain China").
  bool finite_verb_between(std::size_t from, std::size_t to) const {
    for (const Trigger& t : s_.triggers) {
      if (t.begin < from || t.begin >= to || (t.begin > 0 && tok(t.begin - 1).lower == "to")) continue;
      if (verb_between(t.begin, t.begin + 1)) return true;
    }
    return false;
  }

  bool trigger_starts_at(std::size_t p) const {
    return std::any_of(s_.triggers.begin(), s_.triggers.end(), [p](const Trigger& t) { return t.begin == p; });
  }

  // "the invitation extended to Russia": a participle right after "DET NOUN" modifies the
  // noun; it is not a main verb whose subject is the clause subject.
  bool reduced_relative(const Trigger& trig) const {
    if (trig.begin < 2) return false;
    const std::size_t noun = trig.begin - 1;
    const Token& w = tok(noun);
    if (!(w.word && s_.group_at[noun] < 0 && !has(w, word_class("be")) && !has(w, word_class("adverb"))))
      return false;
    // "the invitation extended to", or a bare plural: "most West Africans ordered out of".
    const bool bare_plural = w.lower.size() > 3 && w.lower.back() == 's' && !has(w, word_class("pronoun")) &&
                             !has(w, word_class("auxiliary")) && !has(w, word_class("preposition")) &&
                             !has(w, word_class("relative"));
    if (!has(tok(noun - 1), word_class("determiner")) && !bare_plural) return false;
    // Only after the clause already has its main verb ("X opposed the invitation extended
    // to Y"); "Washington and its allies demanded" is that main verb.
    for (const Trigger& other : s_.triggers) {
      if (other.begin >= noun - 1 || s_.clause_at[other.begin] != s_.clause_at[trig.begin]) continue;
      for (const Reading& r : other.readings)
        if (lex_.relations[static_cast<std::size_t>(r.match.relation)].frame == Frame::Verb) return true;
    }
    return false;
  }

  // A pronoun continues the previous sentence's actors only if it can refer to them:
  // "they" to several, "he/she" to a person, "it" to one state or organisation
  // ("Backers of tariffs say that they help ..." does not continue "China").
  bool pronoun_fits(const std::string& pronoun, const std::vector<std::int32_t>& actors) const {
    if (actors.empty()) return false;
    const bool person = lex_.actors[static_cast<std::size_t>(actors.front())].type == "person";
    if (g_.in("pronoun_plural", pronoun)) return actors.size() >= 2;
    if (g_.in("pronoun_person", pronoun)) return actors.size() == 1 && person;
    return actors.size() == 1 && !person;
  }

  bool metonym_only(const Group& grp) const {
    for (std::int32_t m : grp.mentions)
      if (s_.mentions[static_cast<std::size_t>(m)].kind != MentionKind::Metonym) return false;
    return true;
  }

  // First group after `from`, in the clause of `clause_token`, not in a speaker tail.
  std::int32_t group_after(std::size_t from, std::size_t clause_token, std::size_t reach,
                           bool through_infinitive = false) const {
    const std::int32_t clause = s_.clause_at[clause_token];
    int prepositions = 0;  // "released the transcript of his call with X": X is too deep
    for (std::size_t p = from; p < s_.tokens.size() && p < from + reach; ++p) {
      // ("to" and "against" name a target or recipient: they do not deepen the phrase)
      if (p > from && s_.group_at[p] < 0 && has(tok(p), word_class("preposition")) && tok(p).lower != "to" &&
          tok(p).lower != "against" && ++prepositions >= 2)
        return -1;
      if (s_.clause_at[p] != clause) return -1;
      if (s_.speaker_token[p]) continue;
      // "to help him oust X": "him" is the object; X belongs to the next verb.
      if (s_.group_at[p] < 0 && !tok(p).capitalized && has(tok(p), word_class("object_pronoun"))) return -1;
      // "work together to address the Chinese threat": an infinitive starts another
      // action; its actors are not this phrase's object. "to" before a noun phrase is a
      // preposition and the search goes on ("offered its troops to Lebanon").
      // Through an infinitive complement only when its verb is not a relation phrase of
      // its own: "agreed to work together to address X" leaves X to "work together".
      if ((!through_infinitive || trigger_starts_at(p + 1)) && tok(p).lower == "to" && p + 1 < s_.tokens.size() && s_.group_at[p + 1] < 0 &&
          !has(tok(p + 1), word_class("determiner")))
        return -1;
      if (s_.group_at[p] >= 0 && group(s_.group_at[p]).begin == p) return s_.group_at[p];
    }
    return -1;
  }

  // A group directly modifying the phrase at `at`: "US sanctions", "Russia's new sanctions",
  // "Sino-Russian strategic partnership".
  std::int32_t modifier_before(std::size_t at) const {
    for (std::size_t back = 1; back <= kModifierReach + 1 && back <= at; ++back) {
      const std::size_t p = at - back;
      if (s_.group_at[p] >= 0) {
        const std::int32_t gi = s_.group_at[p];
        if (group(gi).end + kModifierReach < at) return -1;
        return s_.speaker_token[p] ? -1 : gi;
      }
      const Token& t = tok(p);
      if (t.lower == "'s") continue;
      // "Poland and other allies": a coordinated actor is not the noun's owner.
      if (!t.word || t.lower == "and" || t.lower == "or" || has(t, word_class("clause_break")) ||
          has(t, word_class("preposition")) || has(t, word_class("be")))
        return -1;
    }
    return -1;
  }

  // A group introduced by one of `preps` right after the phrase: "sanctions ON Iran".
  // "the withdrawal of some invasion forces FROM Panama": a few words may intervene
  // (`reach`); pairs keep it short ("unity ... seen as a response to China" is not unity with China).
  std::int32_t prep_object(std::size_t end, const std::vector<std::string>& preps, std::string* which,
                           std::size_t reach = 6) const {
    // "the delivery of 1,000 tons of grain and flour to Afghanistan": an of-complement that
    // the noun does not take as its object is what it is about; the search reads past it.
    if (end < s_.tokens.size() && tok(end).lower == "of" && std::find(preps.begin(), preps.end(), "of") == preps.end())
      reach = std::max<std::size_t>(reach, 10);
    for (std::size_t p = end; p < s_.tokens.size() && p < end + reach; ++p) {
      if (std::find(preps.begin(), preps.end(), tok(p).lower) != preps.end()) {
        // "cooperation to counter China": "to" before a relation verb is an infinitive
        if (tok(p).lower == "to" && trigger_starts_at(p + 1)) return -1;
        const std::int32_t gi = group_after(p + 1, p, 5);
        if (gi >= 0 && which) *which = tok(p).lower;
        return gi;
      }
      // "the visit OF the Indonesian president TO Australia", "an attack BY Russia ON ...":
      // the noun's own actor may stand between it and the preposition.
      if (s_.group_at[p] >= 0 && p > end && (tok(p - 1).lower == "of" || tok(p - 1).lower == "by" ||
                                             (tok(p - 1).lower == "the" && p > end + 1 &&
                                              (tok(p - 2).lower == "of" || tok(p - 2).lower == "by")))) {
        p = group(s_.group_at[p]).end - 1;
        continue;
      }
      if (!tok(p).word || s_.group_at[p] >= 0 || s_.clause_at[p] != s_.clause_at[end - 1]) return -1;
    }
    return -1;
  }

  // "said that", "said yesterday that", "announced on Monday that": a speech verb before
  // `that_at`, with at most a short time phrase between.
  bool speech_verb_before(std::size_t that_at) const {
    for (std::size_t back = 1; back <= 3 && back <= that_at; ++back) {
      const Token& w = tok(that_at - back);
      if (has(w, word_class("speech_verb"))) return true;
      if (!(has(w, word_class("time_unit")) || w.lower == "on" || w.lower == "last" || w.lower == "late" ||
            w.lower == "early" || w.lower == "this"))
        return false;
    }
    return false;
  }

  bool passive_at(std::size_t begin) const {
    for (std::size_t back = 1; back <= 3 && back <= begin; ++back) {
      const Token& w = tok(begin - back);
      if (has(w, word_class("be"))) return true;
      if (!has(w, word_class("adverb")) && !has(w, word_class("negator"))) return false;
    }
    return false;
  }

  bool negated_at(std::size_t begin) const {
    const std::int32_t clause = s_.clause_at[begin];
    // "a Japan-Russia rapprochement is not on the table": the noun's own predicate denies it.
    if (const auto it = std::find_if(s_.triggers.begin(), s_.triggers.end(),
                                     [&](const Trigger& t) { return t.begin == begin; });
        it != s_.triggers.end()) {
      for (std::size_t p = it->end; p + 1 < s_.tokens.size() && p < it->end + 3; ++p)
        if (has(tok(p), word_class("be")) && has(tok(p + 1), word_class("negator"))) return true;
    }
    // "it is not true that Serbia cut ties", "Ankara denied that it had shelled ...": a
    // that-clause under a negated or denying clause.
    std::size_t start = begin;
    while (start > 0 && s_.clause_at[start - 1] == clause) --start;
    if (tok(start).lower == "that" && start > 0) {
      for (std::size_t back = 1; back <= 5 && back <= start; ++back) {
        const std::size_t p = start - back;
        // "rejected the plan, arguing that NATO ...": the that-clause is the argument's.
        if (has(tok(p), word_class("speech_verb"))) break;
        if (has(tok(p), word_class("negator")) || has(tok(p), word_class("denial"))) return true;
      }
    }
    return negator_before(begin) >= 0;
  }

  // The negator within four tokens before `begin` in its clause, across auxiliaries and
  // adverbs only ("has not hampered the economic cooperation": the negation belongs to
  // another verb), or -1.
  std::ptrdiff_t negator_before(std::size_t begin) const {
    const std::int32_t clause = s_.clause_at[begin];
    for (std::size_t back = 1; back <= 4 && back <= begin; ++back) {
      const std::size_t p = begin - back;
      if (s_.clause_at[p] != clause || s_.group_at[p] >= 0) return -1;
      if (has(tok(p), word_class("negator"))) return static_cast<std::ptrdiff_t>(p);
      const Token& w = tok(p);
      if (!(has(w, word_class("auxiliary")) || has(w, word_class("adverb")) || has(w, word_class("determiner")) ||
            has(w, word_class("be"))))
        return -1;
    }
    return -1;
  }

  // "refused to lift the sanctions", "declined to withdraw": the negator right before the
  // verb is a refusal, itself an act (negated_at's last check, with the refusal class).
  bool refused_at(std::size_t begin) const {
    const std::ptrdiff_t p = negator_before(begin);
    return p >= 0 && has(tok(static_cast<std::size_t>(p)), word_class("refusal"));
  }

  // Modal words are lower-case inside a sentence: "In May Beijing ..." is a month.
  bool modal(std::size_t p, std::string_view cls) const {
    return g_.in(cls, tok(p).lower) && (p == 0 || !tok(p).capitalized);
  }

  // Auxiliaries mark the future by themselves; the verbs and adjectives of intent only
  // with their infinitive: "plans to visit", but "concerned about American plans and
  // opposed ..." is no plan.
  bool future_marker(std::size_t p) const {
    const std::string& w = tok(p).lower;
    if (w == "will" || w == "shall" || w == "'ll" || w == "upcoming") return true;
    return p + 1 < s_.tokens.size() && tok(p + 1).lower == "to";
  }

  // "Australia announced that it would ...", "Syria said it would ...": after a reporting
  // verb, "would" is the future seen from the past (sequence of tenses), not a condition.
  bool reported_before(std::size_t clause_start, std::size_t modal_at) const {
    for (std::size_t p = clause_start >= 3 ? clause_start - 3 : 0; p < modal_at; ++p)
      if (s_.speaker_token[p] && s_.group_at[p] < 0 && tok(p).word) return true;
    return false;
  }

  std::string modality_at(std::size_t begin) const {
    const std::int32_t clause = s_.clause_at[begin];
    std::size_t start = begin;
    while (start > 0 && s_.clause_at[start - 1] == clause) --start;
    for (std::size_t p = start; p < begin; ++p)
      if (has(tok(p), word_class("modal_reported"))) return "reported";
    if (alleged_act(begin)) return "reported";
    // "Claims that Japan is courting Russia have circulated": hearsay, not the outlet's word.
    if (tok(start).lower == "that" && start > 0 && has(tok(start - 1), word_class("report_noun"))) return "reported";
    // "expectations of a trade deal", "a possible resolution of the trade war"
    for (std::size_t p = (begin > start + 6 ? begin - 6 : start); p < begin; ++p)
      if (!tok(p).capitalized && has(tok(p), word_class("prospect_word"))) return "hypothetical";
    // "an offer to host a summit to hammer out an agreement", "a bid to contain X": what an
    // offer, plan or demand is for has not happened.
    // A past-tense verb coordinated after it is outside that infinitive: "concerned about
    // plans to deploy missiles and opposed the expansion of NATO" did oppose.
    const auto finite_after_and = [&](std::size_t marker) {
      if (!tok(begin).lower.ends_with("ed")) return false;
      for (std::size_t p = marker + 1; p < begin; ++p)
        if (tok(p).lower == "and") return true;
      return false;
    };
    // "Peru plans to sign ..." is a verb (future); "Peru's plan to", "an offer to" are nouns.
    const auto used_as_verb = [&](std::size_t p) {
      if (p == 0) return false;
      const Token& before = tok(p - 1);
      if (nominative_pronoun(before)) return true;
      if (s_.group_at[p - 1] < 0) return has(before, word_class("adverb"));
      // An actor right before is its subject unless it modifies the word: "a Saudi offer".
      const Group& grp = group(s_.group_at[p - 1]);
      if (grp.begin > 0 && has(tok(grp.begin - 1), word_class("determiner"))) return false;
      return std::any_of(grp.mentions.begin(), grp.mentions.end(), [&](std::int32_t m) {
        return s_.mentions[static_cast<std::size_t>(m)].kind != MentionKind::Adjective;
      });
    };
    // "grabbed this opportunity to encourage Russia", "used the chance to ...": taken up, so done.
    const auto taken_up = [&](std::size_t p) {
      std::size_t q = p;
      if (q > 0 && has(tok(q - 1), word_class("determiner"))) --q;
      return q > 0 && has(tok(q - 1), word_class("seize_verb"));
    };
    for (std::size_t p = start; p + 1 < begin; ++p)
      if (has(tok(p), word_class("intent_noun")) && tok(p + 1).lower == "to" && !finite_after_and(p) && !used_as_verb(p) &&
          !taken_up(p))
        return "hypothetical";
    // "urged Russia to stop attacking the ports", "called on Iran to release ...": what
    // someone is asked to do has not happened (the request itself is the claim).
    for (std::size_t p = start; p < begin; ++p)
      if (tok(p).lower == "to" && requested_infinitive(p) && !finite_after_and(p)) return "hypothetical";
    // A possibility anywhere in the window outweighs intent: "must be ready to mediate".
    const std::size_t window = std::min<std::size_t>(5, begin - start);
    for (std::size_t back = 1; back <= window; ++back)
      if (modal(begin - back, "modal_hypothetical"))
        return tok(begin - back).lower == "would" && reported_before(start, begin - back) ? "future" : "hypothetical";
    for (std::size_t back = 1; back <= window; ++back)
      if (modal(begin - back, "modal_future") && future_marker(begin - back) && !finite_after_and(begin - back))
        return "future";
    if (start > 0 && modal(start, "modal_hypothetical")) return "hypothetical";
    return "asserted";
  }

  // Another relation phrase between a verb and its object with the opposite polarity
  // takes the object: "Canada supports sanctions against Russia" is not support for Russia.
  bool object_taken(std::size_t verb_end, std::int32_t object_group, int polarity) const {
    for (const Trigger& other : s_.triggers) {
      if (other.begin < verb_end || other.begin >= group(object_group).begin) continue;
      for (const Reading& reading : other.readings) {
        const RelationMatch& m = reading.match;
        const RelationEntry& r = lex_.relations[static_cast<std::size_t>(m.relation)];
        // verbs in between take the object only as gerunds ("joining X in demanding ...")
        if (r.frame == Frame::Verb && !m.gerund) continue;
        if (r.polarity() != polarity) return true;
      }
    }
    return false;
  }

  void emit(const std::vector<std::int32_t>& subjects, const std::vector<std::int32_t>& objects,
            std::int32_t relation, const Trigger& trig, int polarity = 0) {
    if (subjects.size() * objects.size() > kMaxGroupForPairs * kMaxGroupForPairs) return;
    bool negated = negated_at(trig.begin);
    const std::string modality = modality_at(trig.begin);
    // Refusing something friendly is a hostile act of its own (CAMEO 124, "refuse to
    // yield"), not merely a friendly act that did not happen.
    const int sign = polarity != 0 ? polarity : lex_.relations[static_cast<std::size_t>(relation)].polarity();
    if (negated && sign > 0 && lex_.refusal_relation >= 0 && refused_at(trig.begin)) {
      relation = lex_.refusal_relation;
      polarity = 0;
      negated = false;
    }
    for (std::int32_t a : subjects)
      for (std::int32_t b : objects) {
        if (country(a) == country(b)) continue;
        FrameHit h{a, b, relation, negated, modality, polarity};
        const bool seen = std::any_of(hits_.begin(), hits_.end(), [&](const FrameHit& o) {
          return o.subject == a && o.object == b && o.relation == relation && o.negated == negated &&
                 o.polarity == polarity;
        });
        if (!seen) hits_.push_back(h);
      }
  }

  void emit_within(const std::vector<std::int32_t>& members, std::int32_t relation, const Trigger& trig,
                   int polarity = 0) {
    // "the 27 member states agreed": beyond a handful, a list is a crowd, not pairs.
    if (members.size() > kMaxGroupForPairs) return;
    for (std::size_t i = 0; i < members.size(); ++i)
      for (std::size_t j = i + 1; j < members.size(); ++j) emit({members[i]}, {members[j]}, relation, trig, polarity);
  }

  static bool nominal(const std::string& w) {
    static const char* const suffixes[] = {"tion", "sion", "ment", "ness", "ity", "ship", "ance", "ence", "ism"};
    for (const char* suffix : suffixes) {
      const std::size_t n = std::char_traits<char>::length(suffix);
      if (w.size() > n + 2 && w.compare(w.size() - n, n, suffix) == 0) return true;
    }
    return false;
  }

  // "an extradition request", "the government pressure": a bare base form after a singular
  // noun with a nominal suffix is a compound noun, not a verb (that would need "requests").
  bool noun_compound(const Trigger& trig, const RelationMatch& m) const {
    if (!m.base || trig.begin == 0) return false;
    const Token& prev = tok(trig.begin - 1);
    // "Mr. Trump's theatrical embrace": determiner or possessive, an adjective, a base form.
    if (trig.begin >= 2 && prev.word && s_.group_at[trig.begin - 1] < 0 && !has(prev, word_class("adverb")) &&
        !has(prev, word_class("auxiliary")) && !has(prev, word_class("pronoun")) &&
        (tok(trig.begin - 2).lower == "'s" || has(tok(trig.begin - 2), word_class("determiner"))))
      return true;
    if (s_.group_at[trig.begin - 1] < 0 && !prev.capitalized && nominal(prev.lower)) return true;
    // "mobilized pressure groups", "sent aid": a bare form right after a finite verb is
    // that verb's object noun.
    for (const Trigger& t : s_.triggers) {
      if (t.end != trig.begin || tok(t.end - 1).lower == "to") continue;  // "agreed to lift" is a verb
      for (const Reading& r : t.readings)
        if (r.end == trig.begin && lex_.relations[static_cast<std::size_t>(r.match.relation)].frame == Frame::Verb &&
            !r.match.gerund && !r.match.base)
          return true;
    }
    return false;
  }

  // The actor group that ends right before `end`, else -1.
  std::int32_t group_ending_at(std::size_t end) const {
    if (end == 0) return -1;
    const std::int32_t gi = s_.group_at[end - 1];
    return gi >= 0 && group(gi).end == end ? gi : -1;
  }

  // Where the noun phrase of group `gi` starts: the group, or a determiner before it.
  std::size_t phrase_start(std::int32_t gi) const {
    const std::size_t begin = group(gi).begin;
    return begin > 0 && has(tok(begin - 1), word_class("determiner")) ? begin - 1 : begin;
  }

  // For the "to" at `to`: the actor group between a verb that makes its object the
  // infinitive's doer and "to" ("urged Serbia to", "called on Iran to", "forced Russia
  // to"), else -1. With requests_only, only a request verb counts ("urged", not "forced").
  std::int32_t controlled_object(std::size_t to, bool requests_only = false) const {
    if (to < 2 || tok(to).lower != "to") return -1;
    const std::int32_t gi = group_ending_at(to);
    if (gi < 0) return -1;
    std::size_t before = phrase_start(gi);
    if (before >= 2 && tok(before - 1).lower == "on" && has(tok(before - 2), word_class("request_verb"))) --before;
    if (before == 0) return -1;
    const Token& verb = tok(before - 1);
    const bool request = has(verb, word_class("request_verb")), causes = has(verb, word_class("causative_verb"));
    return (request || (causes && !requests_only)) ? gi : -1;
  }

  // The "to" at `to` opens what someone is asked to do: "urged Serbia to", "Norway was
  // asked to", "was asked by Japan to".
  bool requested_infinitive(std::size_t to) const {
    if (controlled_object(to, /*requests_only=*/true) >= 0) return true;
    if (to == 0) return false;
    std::size_t p = to;
    if (const std::int32_t gi = group_ending_at(p); gi >= 0) {
      p = group(gi).begin;
      if (p < 2 || tok(p - 1).lower != "by") return false;
      --p;
    }
    return p > 1 && has(tok(p - 1), word_class("request_verb")) && has(tok(p - 2), word_class("be"));
  }

  // A relation verb (not a gerund) whose phrase ends right before `end`.
  bool verb_ends_at(std::size_t end) const {
    for (const Trigger& t : s_.triggers)
      for (const Reading& r : t.readings)
        if (r.end == end && !r.match.gerund &&
            lex_.relations[static_cast<std::size_t>(r.match.relation)].frame == Frame::Verb)
          return true;
    return false;
  }

  // Who does what a gerund after of/for/with says, when it is not the clause subject:
  // - the object of the verb before: "Britain accused Iran of supplying drones to Russia",
  //   "Delhi praised Tokyo for backing it" (Iran supplies, Tokyo backs);
  // - after an accusation's participle, the actor before it ("Iran, accused of supplying")
  //   or, with none, someone unnamed ("companies accused of helping Russia": empty).
  // nullopt when the clause subject acts ("Iran was accused of supplying", "China opposed
  // Japan's plan of ...": no verb before the group).
  std::optional<std::vector<std::int32_t>> gerund_doer(const Trigger& trig, const RelationMatch& m) const {
    if (!m.gerund || !after_of_for_with(trig.begin)) return std::nullopt;
    const std::size_t q = trig.begin - 2;
    if (const std::int32_t gi = group_ending_at(q + 1); gi >= 0) {
      const std::size_t before = phrase_start(gi);
      if (before > 0 && (has(tok(before - 1), word_class("accusation")) || verb_ends_at(before)))
        return actors(group(gi));
      return std::nullopt;
    }
    if (!has(tok(q), word_class("accusation")) || (q > 0 && has(tok(q - 1), word_class("be")))) return std::nullopt;
    const std::size_t p = q > 0 && tok(q - 1).lower == "," ? q - 1 : q;
    if (const std::int32_t gi = group_ending_at(p); gi >= 0) return actors(group(gi));
    return std::vector<std::int32_t>{};
  }

  // The phrase at `begin` follows of/for/with, with a word before that ("accused Iran of").
  bool after_of_for_with(std::size_t begin) const {
    if (begin < 2) return false;
    const std::string& prep = tok(begin - 1).lower;
    return prep == "of" || prep == "for" || prep == "with";
  }

  // "accused Iran of supplying", "suspected of spying": an act someone is accused of.
  bool alleged_act(std::size_t begin) const {
    if (!after_of_for_with(begin)) return false;
    std::size_t q = begin - 2;
    if (const std::int32_t gi = group_ending_at(q + 1); gi >= 0) {
      q = phrase_start(gi);
      if (q > 0 && tok(q - 1).lower == "by") --q;  // "was accused by Ukraine of supplying"
      if (q == 0) return false;
      --q;
    }
    return has(tok(q), word_class("accusation"));
  }

  bool verb_position_ok(const Trigger& trig, bool gerund) const {
    if (trig.begin == 0) return true;
    // "in confronting its neighbours", "by attacking": gerunds follow prepositions.
    if (gerund && has(tok(trig.begin - 1), word_class("preposition"))) return true;
    const Token& prev = tok(trig.begin - 1);
    // "a call", "Russia's demand", "recent calls", "in charge of": noun readings of verb
    // forms. A verb does not follow a preposition, except the infinitive "to".
    return !(has(prev, word_class("determiner")) || prev.lower == "'s" || has(prev, word_class("noun_marker")) ||
             (has(prev, word_class("preposition")) && prev.lower != "to"));
  }

  // Readings are tried longest first. A later reading adds only pairs the earlier ones did
  // not relate: "sees Canberra as a partner against Beijing" is both the partnership
  // (stance) and the opposition (noun), but "meeting with" is one meeting, not two.
  void apply(std::size_t ti) {
    if (consumed_[ti]) return;
    const std::size_t first = hits_.size();
    for (const Reading& reading : s_.triggers[ti].readings) {
      const RelationMatch& m = reading.match;
      Trigger trig = s_.triggers[ti];
      trig.end = reading.end;
      const RelationEntry& r = lex_.relations[static_cast<std::size_t>(m.relation)];
      const std::size_t before = hits_.size();
      switch (r.frame) {
        case Frame::Verb:
          if (!noun_only_[ti] && verb_position_ok(trig, m.gerund) && !noun_compound(trig, m) && !compose(ti, trig, r, m.relation) &&
              !r.compose_only)
            verb(trig, r, m);
          break;
        case Frame::Noun: noun(trig, r, m.relation); break;
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

  // "Hungary opposes new sanctions on Russia", "Poland backs sanctions against Russia",
  // "China suspended the China-Australia dialogue": a verb whose object is a relation noun
  // is a stance on that relation. Its polarity is the product of the two (opposing a
  // hostile act is friendly), the subject is the verb's, and the noun makes no claim of
  // its own ("Hungary" did not impose the sanctions).
  bool compose(std::size_t ti, const Trigger& trig, const RelationEntry& r, std::int32_t relation) {
    if (!r.compose) return false;  // "mobilized reservists for a war against Iraq" is not a stance
    for (std::size_t tj = ti + 1; tj < s_.triggers.size(); ++tj) {
      const Trigger& inner = s_.triggers[tj];
      if (inner.begin < trig.end || inner.begin > trig.end + 6 || s_.clause_at[inner.begin] != s_.clause_at[trig.begin])
        break;
      for (std::size_t p = trig.end; p < inner.begin; ++p)
        if (!tok(p).word && !(tok(p).lower == "-" || tok(p).lower == "\xE2\x80\x93")) return false;
      for (const Reading& reading : inner.readings) {
        const RelationEntry& r2 = lex_.relations[static_cast<std::size_t>(reading.match.relation)];
        if (r2.frame != Frame::Noun && r2.frame != Frame::Pair) continue;
        const int polarity = r.polarity() * r2.polarity();
        if (polarity == 0) return false;
        Trigger t2 = inner;
        t2.end = reading.end;
        const auto subjects = infinitive_subject(trig.begin);
        if (subjects.empty()) return false;
        bool group_between = false;
        for (std::size_t p = trig.end; p < inner.begin; ++p)
          if (s_.group_at[p] >= 0) group_between = true;
        if (r2.frame == Frame::Noun) {
          // "opposes EU sanctions on Russia", "blocked the EU's aid to Ukraine": a group
          // between may be the noun's own actor; "blamed Israel for the bombing of ..." is
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
          const std::int32_t obj = ends_with_preposition(t2) ? group_after(t2.end, t2.begin, 5)
                                                             : prep_object(t2.end, r2.preps, nullptr);
          if (obj < 0) continue;
          emit(subjects, actors(group(obj)), relation, trig, polarity);
          // The verb also says where the subject stands toward the noun's actor, and the
          // noun stays a claim of that actor's ("Russia's attack on Ukraine").
          if (owner >= 0) {
            emit(subjects, actors(group(owner)), relation, trig);
            noun_only_[tj] = true;  // "EU sanctions on Russia" is no verb "sanctions"
            return true;
          }
          consume_through(tj, group(obj).begin);
        } else {
          // the pair: "the China-Australia dialogue", "tensions between A and B", or the
          // subject and "tensions with X"
          std::int32_t mod = modifier_before(t2.begin);
          if (mod >= 0 && (group(mod).begin < trig.end || group(mod).mentions.size() < 2)) mod = -1;
          if (mod < 0) {
            static const std::vector<std::string> between = {"between", "among"};
            mod = prep_object(t2.end, between, nullptr, 2);
            if (mod >= 0 && group(mod).mentions.size() < 2) mod = -1;
          }
          if (mod < 0) {
            static const std::vector<std::string> with = {"with"};
            const std::int32_t other = prep_object(t2.end, with, nullptr, 2);
            if (other < 0 && subjects.size() >= 2) {
              // "India and China are easing tensions along the border"
              emit_within(subjects, relation, trig, polarity);
              consumed_[tj] = true;
              return true;
            }
            if (other < 0) return false;
            emit(subjects, actors(group(other)), relation, trig, polarity);
            consume_through(tj, group(other).begin);
            return true;
          }
          const auto pair = actors(group(mod));
          const bool subject_in_pair = std::any_of(subjects.begin(), subjects.end(), [&](std::int32_t a) {
            return std::any_of(pair.begin(), pair.end(), [&](std::int32_t b) { return country(a) == country(b); });
          });
          if (!subject_in_pair) return false;
          emit_within(pair, relation, trig, polarity);
        }
        consumed_[tj] = true;
        return true;
      }
      return false;
    }
    return false;
  }

  // The relation nouns of a composed noun phrase are read: "peace treaty negotiations
  // with Tokyo" is one object, not a treaty claim plus a negotiations claim.
  void consume_through(std::size_t tj, std::size_t np_end) {
    for (std::size_t k = tj; k < s_.triggers.size() && s_.triggers[k].begin < np_end; ++k) consumed_[k] = true;
  }

  void verb(const Trigger& trig, const RelationEntry& r, const RelationMatch& m) {
    // "help him oust X": the subject is "him", someone we cannot name.
    if (trig.begin > 0 && s_.group_at[trig.begin - 1] < 0 && !tok(trig.begin - 1).capitalized &&
        has(tok(trig.begin - 1), word_class("object_pronoun")))
      return;
    bool participle = false;
    for (const Reading& x : trig.readings)
      if (x.end == trig.end && x.match.relation == m.relation && x.match.participle) participle = true;
    if (participle && !passive_at(trig.begin) && reduced_relative(trig)) return;
    if (participle && passive_at(trig.begin)) {
      // OBJECT was condemned by SUBJECT
      std::int32_t by = -1;
      std::size_t by_at = 0;  // the "by" token, 0 when none
      for (std::size_t p = trig.end; p < s_.tokens.size() && p < trig.end + 4; ++p)
        if (tok(p).lower == "by") {
          by = group_after(p + 1, p, 4);
          by_at = p;
          break;
        }
      const auto objects = clause_subject(trig.begin);
      if (by >= 0 && !objects.empty()) emit(actors(group(by)), objects, m.relation, trig);
      // "Three US servicemen were killed by a roadside bomb outside the Iraqi city of
      // Basra": violence with no named agent is coded against the state where it happens,
      // as its mirror image below (an agent with no named target).
      const RelationEntry& rel = lex_.relations[static_cast<std::size_t>(m.relation)];
      // The by-phrase names the means ("by a roadside bomb"), which may itself be a relation
      // word: the place search may cross it.
      if (by < 0 && !objects.empty() && (rel.category == "ASSAULT" || rel.category == "FIGHT"))
        if (const std::int32_t place = place_after(trig.end, trig.begin, by_at ? by_at + 5 : trig.end); place >= 0)
          emit({place}, objects, m.relation, trig);
      return;
    }
    const auto doer = gerund_doer(trig, m);
    if (doer && doer->empty()) return;  // "companies accused of helping Russia": not an actor
    const auto subjects = doer ? *doer : infinitive_subject(trig.begin);
    // "agreed to work together ...": the next relation phrase has its own object.
    std::int32_t obj = trigger_starts_at(trig.end) && tok(trig.end - 1).lower == "to"
                           ? -1
                           : group_after(trig.end, trig.begin, kObjectReach, r.infinitive);
    // "West Africans ordered out of Nigeria", "forced out of Syria": "out of" names where
    // someone leaves, not whom the verb acts on.
    if (obj >= 0 && trig.end + 1 < s_.tokens.size() && tok(trig.end).lower == "out" && tok(trig.end + 1).lower == "of")
      obj = -1;
    // "welcomed the ceasefire between Israel and Hamas": the actors complete a noun, not
    // the verb (rows marked `direct`).
    if (obj >= 0 && r.direct)
      for (std::size_t p = trig.end; p < group(obj).begin; ++p)
        if (has(tok(p), word_class("preposition"))) {
          obj = -1;
          break;
        }
    // "demanded that Hamas renounce ...": the demand's object opens the that-clause.
    if (obj < 0 && r.across && trig.end < s_.tokens.size() && tok(trig.end).lower == "that")
      obj = group_after(trig.end + 1, trig.end + 1, 4);
    // "Ukraine, which Russia invaded in 2022, ...": in a relative clause with its own
    // subject before the verb and no object after it, the antecedent is the object.
    if (obj < 0 && !subjects.empty())
      if (const std::int32_t antecedent = object_relative_antecedent(trig.begin); antecedent >= 0) {
        emit(subjects, actors(group(antecedent)), m.relation, trig);
        return;
      }
    if (obj >= 0 && !subjects.empty() && !object_taken(trig.end, obj, r.polarity())) {
      emit(subjects, actors(group(obj)), m.relation, trig);
      if (group(obj).compound) emit_within(actors(group(obj)), m.relation, trig);
      return;
    }
    // "Israel threatened to ban voting if Hamas ran", "threatened a strike unless Israel
    // rescinded ...": a threat's target is whoever must act to avert it.
    if (obj < 0 && !subjects.empty() && r.category == "THREATEN") {
      for (std::size_t p = trig.end; p + 1 < s_.tokens.size() && p < trig.end + 20; ++p) {
        if (tok(p).lower != "if" && tok(p).lower != "unless") continue;
        if (const std::int32_t who = group_after(p + 1, p + 1, 4); who >= 0 && !s_.speaker_token[group(who).begin]) {
          emit(subjects, actors(group(who)), m.relation, trig);
          return;
        }
        break;
      }
    }
    // "bombers killed 23 people in Tel Aviv": violence with no named target is against the
    // state where it happens (the event coders' convention), so a capital or state named as
    // the place becomes the object here, though elsewhere a place is not an actor.
    if (obj < 0 && !subjects.empty() && (r.category == "ASSAULT" || r.category == "FIGHT")) {
      if (const std::int32_t place = place_after(trig.end, trig.begin); place >= 0) {
        emit(subjects, {place}, m.relation, trig);
        return;
      }
    }
    if (r.symmetric && subjects.size() >= 2) emit_within(subjects, m.relation, trig);
  }

  // The state named as the place of an action: "in Tel Aviv", "outside Baghdad", "outside
  // of the Iraqi city of Basra" (an adjective before a settlement noun places it in that
  // state); "near the Syrian border" is not one. -1 when none before the clause ends.
  // Relation words before `triggers_from` do not end the search.
  std::int32_t place_after(std::size_t from, std::size_t clause_token, std::size_t triggers_from = 0) const {
    std::int32_t clause = s_.clause_at[clause_token];
    std::size_t limit = from + 8;
    for (std::size_t p = from; p + 1 < s_.tokens.size() && p < limit + 4; ++p) {
      // "killed 23 people when they blew themselves up in Tel Aviv": a when-clause whose
      // subject is a pronoun tells where the same agents did it (it may start a little
      // further than a place in the clause itself would be looked for).
      if (s_.clause_at[p] != clause && same_agents_clause(p)) {
        clause = s_.clause_at[p];
        limit = p + 8;
        continue;
      }
      if (p >= limit) {
        if (s_.clause_at[p] != clause) return -1;
        continue;
      }
      if (s_.clause_at[p] != clause || (p > from && p >= triggers_from && trigger_starts_at(p))) return -1;
      if (!has(tok(p), word_class("locative"))) continue;
      std::size_t q = p + 1;
      if (q < s_.tokens.size() && tok(q).lower == "of") ++q;  // "outside of", "inside of"
      if (q < s_.tokens.size() && tok(q).lower == "the") ++q;
      const auto* phrase = q < s_.tokens.size() ? lex_.actor_names.longest(s_.tokens, q) : nullptr;
      if (!phrase) continue;
      const ActorName& name = phrase->values.front();
      const std::size_t after = q + phrase->lower.size();
      const bool settlement_of = name.kind == MentionKind::Adjective && after < s_.tokens.size() &&
                                 has(tok(after), word_class("settlement"));
      if (name.kind != MentionKind::Name && name.kind != MentionKind::Metonym && !settlement_of) continue;
      const std::string& type = lex_.actors[static_cast<std::size_t>(name.actor)].type;
      if (type == "state" || type == "territory") return name.actor;
    }
    return -1;
  }

  // A temporal clause opened at `p` whose subject is a pronoun ("when they ...", "as it
  // ..."): it continues the event of the clause before it.
  bool same_agents_clause(std::size_t p) const {
    const std::string& w = tok(p).lower;
    if (w != "when" && w != "as" && w != "while" && w != "after" && w != "before") return false;
    return p + 1 < s_.tokens.size() && s_.group_at[p + 1] < 0 && has(tok(p + 1), word_class("pronoun")) &&
           s_.clause_at[p + 1] == s_.clause_at[p];
  }

  // "sanctions on", "in defiance of": the phrase ends with its preposition.
  bool ends_with_preposition(const Trigger& trig) const {
    return has(tok(trig.end - 1), word_class("preposition")) && trig.end > trig.begin + 1;
  }

  // "praised Hezbollah for its attacks on Israel": "its"/"their" (up to two words before
  // the noun) stands for the nearest actor before it, which need not be the clause subject.
  std::vector<std::int32_t> possessive_pronoun_owner(std::size_t at) const {
    for (std::size_t back = 1; back <= 3 && back <= at; ++back) {
      const std::size_t q = at - back;
      if (s_.group_at[q] >= 0) return {};
      if (tok(q).lower != "its" && tok(q).lower != "their") continue;
      for (std::size_t p = q; p > 0; --p) {
        const std::int32_t gi = s_.group_at[p - 1];
        if (gi < 0) continue;
        if (s_.speaker_token[p - 1]) return {};
        // "vetoed a UN resolution condemning its annexation": a group after a determiner
        // modifies a noun ("a UN resolution"); "its" is an actor's own.
        const std::size_t begin = group(gi).begin;
        if (begin > 0 && has(tok(begin - 1), word_class("determiner"))) {
          p = begin + 1;
          continue;
        }
        return actors(group(gi));
      }
      return {};
    }
    return {};
  }

  void noun(const Trigger& trig, const RelationEntry& r, std::int32_t relation) {
    std::string prep;
    const std::int32_t obj = ends_with_preposition(trig) ? group_after(trig.end, trig.begin, 5)
                                                         : prep_object(trig.end, r.preps, &prep);
    const std::int32_t mod = modifier_before(trig.begin);
    if (obj >= 0 && r.agent_of) {
      // "with the help of the US", "at the invitation of Moscow": the of-group acts on the
      // clause subject, not the reverse.
      emit(actors(group(obj)), clause_subject(trig.begin), relation, trig);
      return;
    }
    if (obj >= 0) {
      // "the visit of the Japanese prime minister to Russia": the of-group acts.
      std::vector<std::int32_t> subjects;
      if (mod >= 0) subjects = actors(group(mod));
      else if (trig.end + 1 < s_.tokens.size() && (tok(trig.end).lower == "of" || tok(trig.end).lower == "by")) {
        const std::int32_t of = group_after(trig.end + 1, trig.end, 5);
        if (of >= 0 && of != obj && group(of).begin < group(obj).begin) subjects = actors(group(of));
      }
      if (subjects.empty()) subjects = possessive_pronoun_owner(trig.begin);
      if (subjects.empty()) subjects = clause_subject(trig.begin);
      emit(subjects, actors(group(obj)), relation, trig);
      return;
    }
    if (mod >= 0 && group(mod).compound) emit_within(actors(group(mod)), relation, trig);
  }

  void pair(const Trigger& trig, const RelationEntry& r, std::int32_t relation) {
    // An adverb ("together", "jointly") has no modifier: a group right before it is a
    // subject, handled below.
    const std::int32_t mod = has(tok(trig.begin), word_class("adverb")) ? -1 : modifier_before(trig.begin);
    if (mod >= 0 && (group(mod).compound || group(mod).mentions.size() >= 2)) {
      emit_within(actors(group(mod)), relation, trig);  // "Sino-Russian ties", "India and Japan's partnership"
      return;
    }
    std::string prep;
    static const std::vector<std::string> among = {"between", "among", "of", "amongst"};
    if (const std::int32_t gi = prep_object(trig.end, among, &prep, 3); gi >= 0 && group(gi).mentions.size() >= 2) {
      emit_within(actors(group(gi)), relation, trig);  // "tensions between A and B"
      return;
    }
    const std::int32_t obj = ends_with_preposition(trig) ? group_after(trig.end, trig.begin, 5)
                                                         : prep_object(trig.end, r.preps, &prep, 2);
    if (obj >= 0) {
      const auto subjects = mod >= 0 ? actors(group(mod)) : clause_subject(trig.begin);
      emit(subjects, actors(group(obj)), relation, trig);  // "Japan's alliance with the US"
      return;
    }
    // "A and B formed an alliance": the noun is close to its coordinated subject.
    const std::int32_t clause = s_.clause_at[trig.begin];
    for (const Group& grp : s_.groups) {
      if (s_.clause_at[grp.begin] != clause || grp.end > trig.begin) continue;
      // An adverb right after the group quantifies rather than relates: "Russia and Ukraine
      // together export a third of the world's wheat".
      const bool adverb_right_after = trig.begin == grp.end && has(tok(trig.begin), word_class("adverb"));
      if (grp.mentions.size() >= 2 && trig.begin - grp.end <= 9 && !adverb_right_after)
        emit_within(actors(grp), relation, trig);
      break;
    }
  }

  // "Britain said that Libya must ...": the speaker's demand on the reported subject.
  void speaker(const Trigger& trig, std::int32_t relation) {
    if (s_.speaker_group < 0 || s_.speaker_token[trig.begin]) return;
    const Group& who = group(s_.speaker_group);
    if (who.begin > trig.begin) return;  // the attribution must come first: "X said Y must"
    const std::int32_t clause = s_.clause_at[trig.begin];
    std::size_t start = trig.begin;
    while (start > 0 && s_.clause_at[start - 1] == clause) --start;
    for (const Group& grp : s_.groups) {
      if (grp.begin < start || grp.end > trig.begin || s_.speaker_token[grp.begin]) continue;
      emit(actors(who), actors(grp), relation, trig);
      return;
    }
  }

  // "Tokyo sees Beijing as the threat", "Delhi regards Moscow as a partner": the stance is
  // the clause subject's toward the group between a perception verb and "as".
  bool perceived_as(const Trigger& trig, std::int32_t relation) {
    std::size_t as = trig.begin;
    for (std::size_t back = 1; back <= 3 && back <= trig.begin; ++back)
      if (tok(trig.begin - back).lower == "as") { as = trig.begin - back; break; }
    if (as == trig.begin || as == 0) return false;
    std::size_t p = as;
    while (p > 0 && (tok(p - 1).lower == "," || (s_.group_at[p - 1] < 0 && tok(p - 1).lower != "not" && p + 8 > as))) {
      --p;
      if (has(tok(p), word_class("perceive"))) return false;  // no actor between the verb and "as"
    }
    if (p == 0 || s_.group_at[p - 1] < 0) return false;
    const std::int32_t seen = s_.group_at[p - 1];
    const std::size_t verb = group(seen).begin;
    if (verb == 0 || !has(tok(verb - 1), word_class("perceive"))) return false;
    const auto subjects = clause_subject(verb - 1);
    if (subjects.empty()) return false;
    emit(subjects, actors(group(seen)), relation, trig);
    return true;
  }

  // "Moscow called the German decision extremely dangerous", "Putin called Japan an
  // important partner": a verdict verb, its object group (a noun may follow it), then at
  // most a few words (articles, adverbs, adjectives) before the verdict itself.
  bool called(const Trigger& trig, std::int32_t relation) {
    const std::int32_t clause = s_.clause_at[trig.begin];
    std::size_t p = trig.begin;
    for (int skipped = 0; p > 0 && s_.group_at[p - 1] < 0; --p, ++skipped) {
      const Token& w = tok(p - 1);
      if (skipped == 4 || !w.word || s_.clause_at[p - 1] != clause || has(w, word_class("verdict_verb")) ||
          has(w, word_class("preposition")) || w.lower == "and" || w.lower == "or")
        return false;
    }
    if (p == 0 || s_.clause_at[p - 1] != clause) return false;
    const std::int32_t seen = s_.group_at[p - 1];
    std::size_t verb = group(seen).begin;
    if (verb > 0 && has(tok(verb - 1), word_class("determiner"))) --verb;
    if (verb == 0 || !has(tok(verb - 1), word_class("verdict_verb")) || s_.speaker_token[verb - 1]) return false;
    const auto subjects = clause_subject(verb - 1);
    if (subjects.empty()) return false;
    emit(subjects, actors(group(seen)), relation, trig);
    return true;
  }

  void stance(const Trigger& trig, const RelationEntry& r, std::int32_t relation) {
    if (perceived_as(trig, relation) || called(trig, relation) || r.perceived_only) return;
    // Whose ally: "Russia's closest ally", "a key U.S. ally", "an ally of Russia".
    std::int32_t owner = modifier_before(trig.begin);
    if (owner < 0) {
      static const std::vector<std::string> of = {"of", "for", "to", "with"};
      owner = prep_object(trig.end, of, nullptr);
    }
    if (owner < 0) return;
    // Who is it: the clause's subject ("China, Tokyo's budding enemy", "X is Y's partner").
    auto referents = clause_subject(group(owner).begin < trig.begin ? group(owner).begin : trig.begin);
    if (referents.empty() || referents == actors(group(owner))) {
      // "Washington's biggest ally in the region, New Delhi has ...": the apposition follows.
      referents.clear();
      for (std::size_t p = trig.end; p < s_.tokens.size() && p < trig.end + 6; ++p) {
        if (tok(p).lower != ",") continue;
        if (p + 1 < s_.tokens.size() && s_.group_at[p + 1] >= 0) referents = actors(group(s_.group_at[p + 1]));
        break;
      }
    }
    if (referents.empty()) return;
    emit(referents, actors(group(owner)), relation, trig);
  }
};

}  // namespace

std::vector<FrameHit> apply_frames(const Lexicon& lex, const SentenceAnalysis& s,
                                   std::vector<std::int32_t>& carried_subject) {
  return SentenceFrames(lex, s, carried_subject).run();
}

}  // namespace irkg
