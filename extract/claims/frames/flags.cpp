// Flags of a hit: negation (and refusal, which is an act of its own) and modality
// (asserted, reported, hypothetical, future), read from the words before the trigger in
// its clause.

#include "extract/claims/frames/sentence_view.h"
#include "extract/claims/morphology.h"

#include <algorithm>

namespace irkg::frames {

bool SentenceView::negated_at(std::size_t begin, FlagReason* why) const {
  const auto because = [&](std::string_view rule, std::size_t at) {
    if (why) *why = {rule, static_cast<std::int32_t>(at)};
    return true;
  };
  // "a Japan-Russia rapprochement is not on the table": the noun's own predicate denies it.
  if (const auto it = std::find_if(s_.triggers.begin(), s_.triggers.end(),
                                   [&](const Trigger& t) { return t.begin == begin; });
      it != s_.triggers.end()) {
    // The predicate must be the phrase's own: the verb group right after the noun phrase
    // and its complements ("a rapprochement with Tokyo is not on the table"), not one
    // after a verb or conjunction ("Russia condemned Ukraine but was not invited").
    std::size_t p = std::max(complemented_phrase_end(s_, begin), it->end);
    if (p < s_.tokens.size() && s_.clause_at[p] == s_.clause_at[begin] && has(tok(p), word_class("be"))) {
      for (++p; p < s_.tokens.size() && has(tok(p), word_class("adverb")) && !has(tok(p), word_class("negator")); ++p) {
      }
      // ("US sanctions on Cuba were not lifted": a negated undoing leaves the act in force.)
      const bool undoing_after = p + 1 < s_.tokens.size() && g_.in("undone_participle", tok(p + 1).lower);
      if (p < s_.tokens.size() && has(tok(p), word_class("negator")) && !undoing_after)
        return because("negated predicate after the phrase", p);
    }
    if (cancelled_predicate_at(std::max(complemented_phrase_end(s_, begin), it->end), begin))
      return because("the event's own predicate cancels it", begin);
    // "Egypt gave no support to Sudan", "has no contact with": "no" among the phrase's own
    // modifiers denies it.
    // ("gave NO support to": the verb's own object named with "no", right after it)
    const auto negating_determiner = [&](std::size_t q) { return has(tok(q), word_class("negator")) && has(tok(q), word_class("determiner")); };
    for (std::size_t q = begin + 1; q < it->end; ++q)
      if (negating_determiner(q)) return because("'no' inside the phrase", q);
    if (is_verb(tok(begin).pos) && it->end < s_.tokens.size() && negating_determiner(it->end))
      return because("object named with 'no'", it->end);
    // "criticised neither Brazil nor India"
    if (is_verb(tok(begin).pos) && it->end < s_.tokens.size() && tok(it->end).lower == "neither")
      return because("object named with 'neither ... nor'", it->end);
  }
  // "No Russian warship has visited Cuba", "Not a single diplomat was expelled": a verb
  // whose subject is named with "no" (or "not a single", "not one") did not happen.
  if (is_verb(tok(begin).pos)) {
    const std::size_t start = clause_start(begin);
    for (const Group& grp : s_.groups) {
      if (grp.begin < start || grp.end > begin) continue;
      std::size_t q = grp.begin;
      while (q > start && s_.group_at[q - 1] < 0 && (is_adjective(tok(q - 1).pos) || has(tok(q - 1), word_class("determiner")) ||
                                                   tok(q - 1).pos == Pos::CD))
        --q;
      if (q < grp.begin && tok(q).lower == "no") return because("subject named with 'no'", q);
      // "Neither Brazil nor India condemned Russia": the pair named with "neither ... nor".
      // ("Neither the United States nor Britain": past an article.)
      if (const std::size_t b = grp.begin > start && has(tok(grp.begin - 1), word_class("article_the")) ? grp.begin - 1 : grp.begin;
          b > start && tok(b - 1).lower == "neither")
        return because("subject named with 'neither ... nor'", b - 1);
      // ("is not an EU member": "not" before a plain article is no such subject.)
      if (q > start && tok(q - 1).lower == "not" && q < grp.begin &&
          (tok(q).lower == "one" || (tok(q).lower == "a" && q + 1 < grp.begin && tok(q + 1).lower == "single")))
        return because("subject named with 'not a single'", q - 1);
      break;
    }
  }
  // "Saudi Arabia denied reports of its purchase of Chinese missiles", "denied any
  // involvement in the attack on the consulate": an act named in the object a denial
  // governs, directly or through nouns of involvement or report, is denied ("rejected the
  // court's jurisdiction over its dispute" denies no dispute).
  if (const std::int32_t c = s_.chunk_at[begin]; c >= 0 && chunk(c).kind == ChunkKind::Noun) {
    std::size_t p = chunk(c).begin;
    for (int hops = 0; hops < 3 && p > 0; ++hops) {
      const Token& before = tok(p - 1);
      if ((has(before, word_class("denial")) || g_.in("downplaying_verb", before.lower)) && is_verb(before.pos) && s_.group_at[p - 1] < 0)
        return because("act in the object of a denial", p - 1);
      // ("played down talk of tension": past the particle and a noun of talk.)
      if (p >= 2 && before.pos == Pos::RP && g_.in("downplaying_verb", tok(p - 2).lower) && s_.group_at[p - 2] < 0)
        return because("act in the object of a denial", p - 2);
      // back over "of"/"in" and a noun of involvement or report before it
      if (p < 2 || !has(before, word_class("preposition")) || s_.chunk_at[p - 2] < 0 ||
          chunk(s_.chunk_at[p - 2]).kind != ChunkKind::Noun || s_.group_at[p - 2] >= 0 ||
          !g_.in("involvement_noun", tok(chunk(s_.chunk_at[p - 2]).head).lower))
        break;
      p = chunk(s_.chunk_at[p - 2]).begin;
    }
  }
  // "no Russian attack on Finland took place": "no" opening the act's noun phrase denies
  // it, past the actor that modifies it.
  if (const std::int32_t c = s_.chunk_at[begin]; c >= 0 && chunk(c).kind == ChunkKind::Noun && chunk(c).begin < begin &&
                                                 has(tok(chunk(c).begin), word_class("negator")) &&
                                                 has(tok(chunk(c).begin), word_class("determiner")))
    return because("'no' opening the phrase", chunk(c).begin);
  // "it is not true that Serbia cut ties", "Ankara denied that it had shelled ...": a
  // that-clause under a negated or denying clause.
  const std::size_t start = clause_start(begin);
  if (has(tok(start), word_class("complementizer")) && start > 0) {
    // Back to the word that governs the that-clause: the predicate adjective ("it is not
    // true that") or the verb ("Ankara denied on Monday that"), past time phrases; its own
    // verb group says whether it is negated.
    for (std::size_t p = start; p > 0 && s_.group_at[p - 1] < 0 && tok(p - 1).word;) {
      --p;
      // "dismissed reports that ...": the report is what is denied, not a speech verb.
      if (has(tok(p), word_class("report_noun"))) continue;
      // "rejected the plan, arguing that NATO ...": the that-clause is the argument's.
      if (has(tok(p), word_class("speech_verb"))) break;
      if (has(tok(p), word_class("negator"))) return because("that-clause under a negated clause", p);
      if (has(tok(p), word_class("denial"))) return because("that-clause under a denial", p);
      const bool governor = is_verb(tok(p).pos) || tok(p).pos == Pos::JJ;
      if (!governor) continue;
      if (has(tok(p), word_class("be")) || has(tok(p), word_class("auxiliary"))) continue;
      if (const std::ptrdiff_t q = negator_before(p); q >= 0) return because("that-clause under a negated clause", static_cast<std::size_t>(q));
      break;
    }
    if (dismissed_claims(start, begin)) return because("claims called false ('called claims that ... baseless')", start - 1);
    // "denied reports in a US newspaper that ...": a denied report with a short complement of
    // its own (which may name an actor) before the that-clause.
    for (std::size_t p = start; p-- > 0 && p + 9 > start;) {
      if (!tok(p).word || is_verb(tok(p).pos)) break;
      if (!has(tok(p), word_class("report_noun")) || p + 1 == start) continue;
      std::size_t d = p;
      while (d > 0 && s_.group_at[d - 1] < 0 && (has(tok(d - 1), word_class("determiner")) || is_adjective(tok(d - 1).pos))) --d;
      if (d > 0 && has(tok(d - 1), word_class("denial")) && is_verb(tok(d - 1).pos))
        return because("that-clause of a denied report", d - 1);
      break;
    }
    // "Claims that Rwanda backs the rebels were rejected by Kigali": a report denied in the
    // passive, its predicate after the that-clause.
    // ("Reports in the Egyptian press that ...": past the report's own short complement.)
    std::size_t report = start - 1;
    while (report > 0 && report + 6 > start && !has(tok(report), word_class("report_noun")) && tok(report).word &&
           (has(tok(report), word_class("preposition")) || has(tok(report), word_class("determiner")) ||
            is_adjective(tok(report).pos) || is_noun(tok(report).pos) || s_.group_at[report] >= 0))
      --report;
    if (has(tok(report), word_class("report_noun")))
      for (std::size_t p = begin + 1; p + 1 < s_.tokens.size(); ++p) {
        if (!has(tok(p), word_class("be")) || s_.group_at[p] >= 0) continue;
        std::size_t q = p + 1;
        while (q < s_.tokens.size() && is_adverb(tok(q).pos)) ++q;  // "were flatly denied"
        if (q < s_.tokens.size() && tok(q).pos == Pos::VBN && has(tok(q), word_class("denial")))
          return because("report denied in the passive ('claims that ... were rejected')", q);
        break;
      }
  }
  // "Russia denied it had attacked Kyiv": a denial verb right before the clause's subject
  // (no "that") denies it as well. Back over the verb group's auxiliaries and adverbs and
  // the subject (a pronoun or an actor) to the denial.
  {
    std::size_t p = begin;
    while (p > 0 && (has(tok(p - 1), word_class("auxiliary")) || has(tok(p - 1), word_class("be")) ||
                     has(tok(p - 1), word_class("adverb"))) && s_.group_at[p - 1] < 0)
      --p;
    if (p > 0 && s_.group_at[p - 1] >= 0) p = group(s_.group_at[p - 1]).begin;
    else if (p > 0 && has(tok(p - 1), word_class("subject_pronoun"))) --p;
    if (p < begin && p > 0 && has(tok(p - 1), word_class("denial")) && is_verb(tok(p - 1).pos))
      return because("clause under a denial", p - 1);
  }
  // "Pakistan has not followed Riyadh in downgrading ties", "Latvia avoided joining Vilnius
  // in criticising Beijing": a gerund after "in" and the object of a verb of joining or
  // following is that verb's act; a negated or withheld verb denies it.
  // (Or an act noun's phrase: "joining Vilnius in public criticism of Beijing".)
  std::size_t act_start = begin;
  if (const std::int32_t c = s_.chunk_at[begin]; c >= 0 && chunk(c).kind == ChunkKind::Noun) act_start = chunk(c).begin;
  // ("did not join Lithuania in ITS criticism": the act is the one joined, and it happened.)
  if (act_start >= 3 && tok(act_start - 1).lower == "in" && s_.group_at[act_start - 2] >= 0 && tok(act_start).pos != Pos::PRPS) {
    std::size_t v = group(s_.group_at[act_start - 2]).begin;
    if (v > 0 && has(tok(v - 1), word_class("article_the"))) --v;
    if (v > 0 && is_verb(tok(v - 1).pos) && g_.in("joining_verb", tok(v - 1).lower) && negated_at(v - 1, nullptr))
      return because("act of a negated verb of joining or following ('has not followed X in')", v - 1);
  }
  // "it was wrong to blame Uganda", "it would be a mistake to isolate Russia": an act judged
  // in the impersonal is not done by anyone ("Kenya was wrong to criticise Uganda" says it
  // was; grammar.tsv impersonal_verdict).
  if (begin >= 4 && has(tok(begin - 1), word_class("infinitive_to")) && g_.in("impersonal_verdict", tok(begin - 2).lower)) {
    std::size_t p = begin - 2;
    while (p > 0 && (has(tok(p - 1), word_class("determiner")) || is_adverb(tok(p - 1).pos) || tok(p - 1).lower == "not")) --p;
    while (p > 0 && (has(tok(p - 1), word_class("be")) || tok(p - 1).pos == Pos::MD)) --p;
    if (p < begin - 2 && p > 0 && tok(p - 1).lower == "it") return because("act judged in the impersonal ('it was wrong to')", begin - 2);
  }
  // "Israel and Lebanon did not sign the maritime deal", "refused to attend the summit with
  // Somalia": an act noun heading the object of a negated verb of taking part did not happen
  // either.
  if (!is_verb(tok(begin).pos))
    if (const std::int32_t c = s_.chunk_at[begin]; c >= 0 && chunk(c).kind == ChunkKind::Noun && chunk(c).head >= begin &&
                                                   chunk(c).begin > 0) {
      const std::int32_t v = s_.chunk_at[chunk(c).begin - 1];
      // (Not a stance verb's: "did not condemn the attack" says nothing of the attack.)
      const auto stance_verb = [&](std::size_t at) {
        for (const Trigger& t : s_.triggers)
          if (t.begin == at)
            for (const Reading& r : t.readings) {
              const RelationEntry& e = lex_.relations[static_cast<std::size_t>(r.match.relation)];
              if (e.compose || e.compose_only) return true;
            }
        return false;
      };
      // (Only a verb of taking part, grammar.tsv participation_verb: "has not hampered the
      // cooperation between Chile and Peru" leaves the cooperation.)
      if (v >= 0 && chunk(v).kind == ChunkKind::Verb && s_.group_at[chunk(v).head] < 0 && is_verb(tok(chunk(v).head).pos) &&
          g_.in("participation_verb", tok(chunk(v).head).lower) && !stance_verb(chunk(v).head) &&
          negated_at(chunk(v).head, nullptr))
        return because("object of a negated verb", chunk(v).head);
      // "Mexico skipped the meeting with the United States": staying away from an event says
      // it did not take place for the subject (grammar.tsv absence_verb).
      if (v >= 0 && chunk(v).kind == ChunkKind::Verb && s_.group_at[chunk(v).head] < 0 && is_verb(tok(chunk(v).head).pos) &&
          g_.in("absence_verb", tok(chunk(v).head).lower))
        return because("object of a verb of staying away", chunk(v).head);
    }
  if (ceased_at(begin)) return because("act stopped ('stopped buying')", begin - 1);
  if (cut_in_relative(begin)) return because("supply cut ('cut the electricity it supplies')", begin);
  if (const std::ptrdiff_t held = withheld_before(begin); held >= 0)
    return because("act held back ('stopped short of', 'refrained from')", static_cast<std::size_t>(held));
  // "a ban on most imports of Russian crude", "an embargo on arms sales to Riyadh": an act
  // named as what a ban or limit is on does not go on (one lifted is only possible again:
  // modality_at).
  {
    bool reversed = false;
    if (const std::ptrdiff_t ban = ban_over(begin, reversed); ban >= 0 && !reversed)
      return because("act under a ban ('a ban on imports of')", static_cast<std::size_t>(ban));
  }
  // "has not yet condemned", "did not condemn or sanction": the negator of the phrase's
  // own verb group, or of the verb group it is coordinated with.
  if (const std::ptrdiff_t q = negated_verb_group(begin); q >= 0)
    return because("negator in the phrase's verb group", static_cast<std::size_t>(q));
  const std::ptrdiff_t p = negator_before(begin);
  if (p < 0) return false;
  return because(has(tok(static_cast<std::size_t>(p)), word_class("refusal")) ? "refusal before the phrase"
                                                                            : "negator before the phrase",
                 static_cast<std::size_t>(p));
}

// "The summit between Seoul and Tokyo was postponed", "talks have been called off": the
// verb group right after an event's noun phrase (auxiliaries and adverbs, then a
// participle of cancelling) says the event did not take place. Only a participle that
// ends the predicate or is followed by a time or reason phrase; "was delayed by fog but
// went ahead" is rare enough in news to accept.
bool SentenceView::cancelled_predicate_at(std::size_t p, std::size_t begin) const {
  if (p >= s_.tokens.size() || s_.clause_at[p] != s_.clause_at[begin]) return false;
  bool auxiliary = false;
  for (; p < s_.tokens.size(); ++p) {
    const Token& w = tok(p);
    if (has(w, word_class("be")) || g_.in("perfect_auxiliary", w.lower)) auxiliary = true;
    else if (!has(w, word_class("adverb")) || has(w, word_class("negator"))) break;
  }
  if (!auxiliary || p >= s_.tokens.size()) return false;
  if (g_.in("cancelled_event_verb", tok(p).lower)) return true;
  // "called off", "put off", "pushed back": these cancel only with their particle.
  return g_.in("cancelled_event_phrasal", tok(p).lower) && p + 1 < s_.tokens.size() &&
         g_.in("cancelled_event_particle", tok(p + 1).lower);
}

// The negator within four tokens before `begin` in its clause, across auxiliaries and
// adverbs only ("has not hampered the economic cooperation": the negation belongs to
// another verb), or -1.
// "not only ... but also", "did not hesitate to condemn": a negator on a word that turns
// it back into an assertion negates nothing after it.
bool SentenceView::cancelled_negation(std::size_t negator) const {
  for (std::size_t p = negator + 1; p < s_.tokens.size(); ++p) {
    if (has(tok(p), word_class("negation_canceller"))) return true;
    if (!has(tok(p), word_class("auxiliary")) && !has(tok(p), word_class("adverb"))) return false;
  }
  return false;
}

std::ptrdiff_t SentenceView::negator_before(std::size_t begin) const {
  const std::int32_t clause = s_.clause_at[begin];
  // Back over the phrase's own function words (its verb group's auxiliaries and adverbs,
  // a noun's determiners); anything else ends the search.
  for (std::size_t back = 1; back <= begin; ++back) {
    const std::size_t p = begin - back;
    if (s_.clause_at[p] != clause || s_.group_at[p] >= 0) return -1;
    if (has(tok(p), word_class("negator"))) return cancelled_negation(p) ? -1 : static_cast<std::ptrdiff_t>(p);
    const Token& w = tok(p);
    if (!(has(w, word_class("auxiliary")) || has(w, word_class("adverb")) || has(w, word_class("determiner")) ||
          has(w, word_class("be"))))
      return -1;
  }
  return -1;
}

// "refused to lift the sanctions", "declined to withdraw": the negator right before the
// verb is a refusal, itself an act (negated_at's last check, with the refusal class).
bool SentenceView::refused_at(std::size_t begin) const {
  const std::ptrdiff_t p = negator_before(begin);
  return p >= 0 && has(tok(static_cast<std::size_t>(p)), word_class("refusal"));
}

// "Poland stopped buying Russian coal", "Turkey ceased cooperating with Israel": a gerund
// right after a verb of stopping (past adverbs) is an act that no longer goes on.
bool SentenceView::ceased_at(std::size_t begin) const {
  // (The tagger may read the gerund as a noun: "stopped funding Hamas".)
  const bool gerund = tok(begin).pos == Pos::VBG || (tok(begin).pos == Pos::NN && tok(begin).lower.ends_with("ing"));
  if (begin == 0 || !gerund || s_.group_at[begin] >= 0) return false;
  std::size_t p = begin;
  while (p > 0 && tok(p - 1).pos == Pos::RB && s_.group_at[p - 1] < 0) --p;
  if (p == 0 || s_.group_at[p - 1] >= 0 || !is_verb(tok(p - 1).pos) || !g_.in("cessation_verb", tok(p - 1).lower)) return false;
  // "has not stopped importing", "refused to stop buying": the act goes on.
  const std::size_t stop = p - 1;
  if (negator_before(stop) >= 0) return false;
  return !(stop >= 2 && has(tok(stop - 1), word_class("infinitive_to")) && has(tok(stop - 2), word_class("negator")));
}

// The length of a phrase of holding back that starts at `start` ("stopped short of",
// "refrained from", "argued against", "saw no reason to": grammar.tsv withholding_phrase,
// written in dictionary forms), or 0.
std::size_t SentenceView::withholding_phrase_at(std::size_t start) const {
  // (Every such phrase opens with a verb; most words are not one, and need no lemmas.)
  if (start + 1 >= s_.tokens.size() || !(is_verb(tok(start).pos) || has(tok(start), word_class("be")))) return 0;
  // (... and goes on with a particle, preposition, adverb, "no", an adjective or "short".)
  const Pos second = tok(start + 1).pos;
  if (!(second == Pos::RP || second == Pos::IN || second == Pos::RB || second == Pos::DT || second == Pos::JJ || second == Pos::NN))
    return 0;
  std::string phrase;
  std::size_t longest = 0;  // "held off on" over "held off"
  for (std::size_t len = 1; len <= 4 && start + len <= s_.tokens.size(); ++len) {
    const Token& w = tok(start + len - 1);
    if (!w.word || s_.group_at[start + len - 1] >= 0) break;
    if (len > 1) phrase += ' ';
    phrase += lemma(w.lower, w.pos);
    if (len >= 2 && g_.in("withholding_phrase", phrase)) longest = len;
  }
  return longest;
}

// A withholding phrase that ends with an infinitive's "to" whose last word before "to" is
// at `last` ("saw no grounds" + "to"): its length counting "to", or 0.
std::size_t SentenceView::withholding_phrase_ending_at(std::size_t last) const {
  std::vector<std::string> words;  // the phrase's words, last first
  for (std::size_t len = 1; len <= 3 && len <= last + 1; ++len) {
    const Token& w = tok(last + 1 - len);
    if (!w.word || s_.group_at[last + 1 - len] >= 0) return 0;
    words.push_back(lemma(w.lower, w.pos));
    std::string phrase;
    for (auto it = words.rbegin(); it != words.rend(); ++it) phrase.append(*it).append(" ");
    phrase.append("to");
    if (g_.in("withholding_phrase", phrase)) return len + 1;
  }
  return 0;
}

// "stopped short of condemning the strike", "refrained from criticising Moscow", "argued
// against isolating Myanmar", "saw no reason to expel": an act named right after a phrase
// of holding back is not done. Returns where that phrase starts, or -1.
std::ptrdiff_t SentenceView::withheld_before(std::size_t begin) const {
  std::size_t p = begin;
  while (p > 0 && s_.group_at[p - 1] < 0 && is_adverb(tok(p - 1).pos)) --p;
  // (Every such phrase ends with a preposition, particle or "to" before the act.)
  if (p == 0 || !(tok(p - 1).pos == Pos::IN || tok(p - 1).pos == Pos::TO || tok(p - 1).pos == Pos::RP)) return -1;
  // "warned Britain against interfering", "cautioned Seoul against joining": an act someone
  // is warned against is not done (grammar.tsv dissuasion_verb before the warned actor).
  if (p >= 3 && tok(p - 1).lower == "against" && s_.group_at[p - 2] >= 0) {
    const std::size_t g = phrase_start(s_.group_at[p - 2]);
    if (g > 0 && is_verb(tok(g - 1).pos) && g_.in("dissuasion_verb", tok(g - 1).lower) && !negated_phrase_verb(g - 1))
      return static_cast<std::ptrdiff_t>(g - 1);
  }
  // "saw no grounds AT PRESENT to expel": a short adjunct before the infinitive's "to".
  if (p >= 3 && has(tok(p - 1), word_class("infinitive_to"))) {
    std::size_t q = p - 1;
    while (q > 0 && q + 4 > p && s_.group_at[q - 1] < 0 && tok(q - 1).word &&
           (tok(q - 1).pos == Pos::IN || tok(q - 1).pos == Pos::DT || is_noun(tok(q - 1).pos) || is_adjective(tok(q - 1).pos) ||
            is_adverb(tok(q - 1).pos)) &&
           withholding_phrase_ending_at(q - 1) == 0)
      --q;
    if (q < p - 1 && q > 0 && tok(q - 1).pos != Pos::IN && (tok(q).pos == Pos::IN || is_adverb(tok(q).pos))) {
      if (const std::size_t len = withholding_phrase_ending_at(q - 1); len > 0)
        return negated_phrase_verb(q - 1 - (len - 2)) ? -1 : static_cast<std::ptrdiff_t>(q - 1 - (len - 2));
    }
  }
  // ("never shied away from criticising", "did not refrain from": held back no longer.)
  for (std::size_t len = 2; len <= 4 && len <= p; ++len)
    if (withholding_phrase_at(p - len) == len)
      return negated_phrase_verb(p - len) ? -1 : static_cast<std::ptrdiff_t>(p - len);
  return -1;
}

// A negator among the auxiliaries and adverbs right before `verb` ("never shied", "did not
// refrain"), whether or not it turns the phrase back into an assertion.
bool SentenceView::negated_phrase_verb(std::size_t verb) const {
  for (std::size_t p = verb; p > 0 && s_.group_at[p - 1] < 0;) {
    --p;
    if (has(tok(p), word_class("negator"))) return true;
    if (!(has(tok(p), word_class("auxiliary")) || has(tok(p), word_class("adverb")) || is_adverb(tok(p).pos))) return false;
  }
  return false;
}

// "Nigeria cut the electricity it supplies to Niger": a verb in a relative clause (with or
// without "that"/"which", its subject a pronoun or an actor) on the object of a verb that
// cuts off a supply (grammar.tsv supply_cut_verb) is an act that stops.
bool SentenceView::cut_in_relative(std::size_t begin) const {
  std::size_t p = begin;
  while (p > 0 && s_.group_at[p - 1] < 0 && (has(tok(p - 1), word_class("auxiliary")) || is_adverb(tok(p - 1).pos))) --p;
  if (p == 0) return false;
  if (s_.group_at[p - 1] >= 0) p = group(s_.group_at[p - 1]).begin;
  else if (has(tok(p - 1), word_class("subject_pronoun"))) --p;
  else return false;
  if (p > 0 && has(tok(p - 1), word_class("relative")) && s_.group_at[p - 1] < 0) --p;
  if (p == 0 || s_.chunk_at[p - 1] < 0 || chunk(s_.chunk_at[p - 1]).kind != ChunkKind::Noun || s_.group_at[p - 1] >= 0) return false;
  const std::size_t np = chunk(s_.chunk_at[p - 1]).begin;
  return np > 0 && is_verb(tok(np - 1).pos) && g_.in("supply_cut_verb", tok(np - 1).lower) && s_.group_at[np - 1] < 0;
}

// The ban or limit ("a ban on", "an embargo on", "an end to") whose object names the act at
// `begin`, past the phrase's own modifiers ("a ban on MOST imports of"), or -1. `reversed`:
// a verb that lifts it or puts it in doubt governs it ("lifted its ban on", "would
// reconsider the embargo on").
std::ptrdiff_t SentenceView::ban_over(std::size_t begin, bool& reversed) const {
  reversed = false;
  const std::int32_t c = s_.chunk_at[begin];
  if (c < 0 || chunk(c).kind != ChunkKind::Noun) return -1;
  std::size_t p = chunk(c).begin;
  while (p > 0 && s_.group_at[p - 1] < 0 &&
         (is_adverb(tok(p - 1).pos) || has(tok(p - 1), word_class("determiner")) || g_.in("quantity_noun", tok(p - 1).lower) ||
          (has(tok(p - 1), word_class("complement_of")) && p >= 2 && g_.in("quantity_noun", tok(p - 2).lower))))
    --p;
  if (p < 2 || !has(tok(p - 1), word_class("preposition")) || !g_.in("prevention_noun", tok(p - 2).lower)) return -1;
  std::size_t v = p - 2;
  while (v > 0 && s_.group_at[v - 1] < 0 && (has(tok(v - 1), word_class("determiner")) || is_adjective(tok(v - 1).pos))) --v;
  // "at the end of the talks", "by the end of the summit": a time phrase, no ban.
  if (v > 0 && has(tok(v - 1), word_class("preposition")) && !is_verb(tok(v - 1).pos) && tok(p - 1).lower == "of") return -1;
  reversed = v > 0 && is_verb(tok(v - 1).pos) && g_.in("reversal_verb", tok(v - 1).lower);
  return static_cast<std::ptrdiff_t>(p - 2);
}

// Modal words are lower-case inside a sentence: "In May Beijing ..." is a month.
bool SentenceView::modal(std::size_t p, int cls) const {
  return has(tok(p), cls) && (p == 0 || !tok(p).capitalized);
}

// Auxiliaries mark the future by themselves; the verbs and adjectives of intent only
// with their infinitive: "plans to visit", but "concerned about American plans and
// opposed ..." is no plan.
bool SentenceView::future_marker(std::size_t p) const {
  if (has(tok(p), word_class("future_auxiliary"))) return true;
  return p + 1 < s_.tokens.size() && has(tok(p + 1), word_class("infinitive_to"));
}

// "Australia announced that it would ...", "Syria said it would ...": after a reporting
// verb, "would" is the future seen from the past (sequence of tenses), not a condition.
bool SentenceView::reported_before(std::size_t clause_begin, std::size_t modal_at) const {
  for (std::size_t p = clause_begin; p < modal_at; ++p)
    if (s_.group_at[p] < 0 && tok(p).word &&
        (s_.speaker_token[p] || (has(tok(p), word_class("speech_verb")) && is_verb(tok(p).pos))))
      return true;
  // Back from the clause over punctuation, the complementizer and a time phrase ("said
  // on Monday that it would") to the reporting verb.
  for (std::size_t p = clause_begin; p > 0;) {
    --p;
    const Token& w = tok(p);
    if (s_.speaker_token[p] && s_.group_at[p] < 0 && w.word) return true;
    // "..., adding that Rome would ...", "and noted that ...": a second reporting verb of
    // the sentence governs its own that-clause.
    if (s_.group_at[p] < 0 && has(w, word_class("speech_verb")) && is_verb(w.pos)) return true;
    // "pledged that Germany would support Poland", "assured the Bundestag that Bonn would
    // honour ...": a promise reports what will be done.
    if (s_.group_at[p] < 0 && g_.in("promise_verb", w.lower) && is_verb(w.pos)) return true;
    // "said Russia would ... and that Moscow would ...": a that-clause coordinated with an
    // earlier one is reported by the same verb.
    if (has(w, word_class("coordinator")) && p + 1 < s_.tokens.size() && has(tok(p + 1), word_class("complementizer"))) {
      for (std::size_t q = p; q > 0; --q)
        if (s_.speaker_token[q - 1] && s_.group_at[q - 1] < 0 && tok(q - 1).word) return true;
      return false;
    }
    const std::int32_t c = s_.chunk_at[p];
    const bool between = !w.word || has(w, word_class("complementizer")) ||
                         (s_.group_at[p] < 0 && c >= 0 && chunk(c).kind != ChunkKind::Verb);
    if (!between) return false;
  }
  return false;
}

// The first token of the predicate that `begin` belongs to, not before `start`: back to
// the nearest actor or punctuation in the clause, i.e. over the verb groups, the relation
// word's own phrase and the phrases between ("could soon sign a deal", "must be ready to
// mediate", "might lift its embargo on arms to"). Modal words count only
// there; one before the clause's actor belongs to another predicate.
std::size_t SentenceView::predicate_begin(std::size_t begin, std::size_t start) const {
  std::size_t p = begin;
  while (p > start && s_.group_at[p - 1] < 0 && (tok(p - 1).word || is_quote_mark(tok(p - 1)))) --p;
  // "Will Putin betray Xi?": in a question the modal comes before the subject.
  if (p > start && s_.group_at[p - 1] >= 0) {
    std::size_t b = group(s_.group_at[p - 1]).begin;
    if (b > start && has(tok(b - 1), word_class("article_the"))) --b;
    if (b == start + 1 && tok(start).pos == Pos::MD) return start;
  }
  return p;
}

// A past participle right after a comma, with "by" after it (past adverbs).
bool SentenceView::aside_participle(std::size_t at) const {
  // The tagger may call the participle an adjective ("brokered/JJ by").
  const bool participle = tok(at).pos == Pos::VBN || (tok(at).pos == Pos::JJ && tok(at).lower.ends_with("ed"));
  if (at < 2 || tok(at - 1).lower != "," || !participle) return false;
  std::size_t p = at + 1;
  while (p < s_.tokens.size() && is_adverb(tok(p).pos)) ++p;
  return p < s_.tokens.size() && has(tok(p), word_class("agent_by"));
}

Modality SentenceView::modality_at(std::size_t begin, FlagReason* why) const {
  const auto because = [&](Modality m, std::string_view rule, std::ptrdiff_t at) {
    if (why) *why = {rule, static_cast<std::int32_t>(at)};
    return m;
  };
  // "Britain could join Australia in sanctioning Iran": a gerund after the object of a verb
  // (and its preposition) has that verb's modality.
  if (begin >= 3 && tok(begin).pos == Pos::VBG && has(tok(begin - 1), word_class("preposition"))) {
    std::size_t q = begin - 1;
    if (const std::int32_t gi = group_ending_at(q); gi >= 0) q = phrase_start(gi);
    if (q > 0 && q < begin - 1 && is_verb(tok(q - 1).pos) && s_.group_at[q - 1] < 0)
      if (const Modality m = modality_at(q - 1, why); m != Modality::Asserted) return m;
  }
  // "accused Algeria of closing its airspace", "accused Doha of hosting extremists and of
  // courting Tehran": an act the accused is charged with is reported by the accuser, not
  // asserted by the text.
  if (begin >= 3 && (tok(begin).pos == Pos::VBG || tok(begin).lower.ends_with("ing")) &&
      has(tok(begin - 1), word_class("gerund_preposition"))) {
    std::size_t q = begin - 1;
    // past a coordinated "and of" to the first of-gerund
    for (std::size_t r = q; r-- > 1 && has(tok(q - 1), word_class("conjunction_and"));) {
      if (is_finite_verb(tok(r).pos)) break;
      if (has(tok(r), word_class("gerund_preposition")) && r + 1 < q - 1 && tok(r + 1).lower.ends_with("ing")) {
        q = r;
        break;
      }
    }
    if (const std::int32_t gi = group_ending_at(q); gi >= 0)
      if (const std::size_t v = phrase_start(gi); v > 0 && has(tok(v - 1), word_class("accusation")) && is_verb(tok(v - 1).pos))
        return because(Modality::Reported, "act the accused is charged with", static_cast<std::ptrdiff_t>(v - 1));
  }
  // "lifted its ban on arms sales to Hanoi", "would reconsider its embargo on": the act
  // may go on again, nothing says it has.
  {
    bool reversed = false;
    if (const std::ptrdiff_t ban = ban_over(begin, reversed); ban >= 0 && reversed)
      return because(Modality::Hypothetical, "act under a ban lifted or in doubt", ban);
  }
  // A condition and its consequence are possibilities, whatever else the clause says.
  std::string_view rule;
  if (const std::ptrdiff_t c = conditional_at(begin, &rule); c >= 0) return because(Modality::Hypothetical, rule, c);
  // "Any American strike on Venezuelan soil will draw a response", "condemned any
  // interference by Russia": an act named with "any" is every such act that may come, not
  // one that happened.
  if (const std::int32_t c = s_.chunk_at[begin]; c >= 0 && chunk(c).kind == ChunkKind::Noun &&
                                                 g_.in("free_choice_determiner", tok(chunk(c).begin).lower))
    return because(Modality::Hypothetical, "act named with 'any'", static_cast<std::ptrdiff_t>(chunk(c).begin));
  // ", hosted by Uganda": a participle aside with its by-agent states a fact about the noun
  // before it; what the clause asks or plans around that noun is not its scope ("urged the
  // factions to resume the talks, hosted by Uganda" says Uganda hosts them).
  const std::size_t start = aside_participle(begin) ? begin : clause_start(begin);
  if (const std::ptrdiff_t x = possibility_left_open(begin); x >= 0)
    return because(Modality::Hypothetical, "possibility not ruled out ('did not rule out')", x);
  for (std::size_t p = start; p < begin; ++p)
    if (has(tok(p), word_class("modal_reported"))) return because(Modality::Reported, "reporting adverb in the clause", p);
  if (alleged_act(begin)) return because(Modality::Reported, "act someone is accused of", -1);
  // "Claims that Japan is courting Russia have circulated": hearsay, not the outlet's word.
  if (has(tok(start), word_class("complementizer")) && start > 0 && has(tok(start - 1), word_class("report_noun")))
    return because(Modality::Reported, "that-clause of a report noun", start - 1);
  // "Addis Ababa demanded that Asmara withdraw its soldiers": what a demand's that-clause asks
  // has not happened. (A warning's that-clause tells what will happen: warn rows.)
  // Only what is asked in the subjunctive or with "should" ("that Asmara withdraw", "that
  // Asmara should withdraw"): a past or perfect verb states a fact ("insisted that Kyiv had attacked").
  if (has(tok(start), word_class("complementizer")) && start > 0 && is_verb(tok(start - 1).pos) &&
      !has(tok(start - 1), word_class("warning_verb")) &&
      (has(tok(start - 1), word_class("desire_verb")) || has(tok(start - 1), word_class("request_verb")))) {
    bool stated = false;
    for (std::size_t p = start + 1; p <= begin && p < s_.tokens.size(); ++p)
      if (const std::int32_t c = s_.chunk_at[p]; c >= 0 && chunk(c).kind == ChunkKind::Verb && chunk(c).begin == p) {
        stated = tok(p).pos == Pos::VBD || tok(p).pos == Pos::VBZ || has(tok(p), word_class("perfect_have"));
        break;
      }
    if (!stated) return because(Modality::Hypothetical, "that-clause of a demand", start - 1);
  }
  // "expectations of a trade deal", "a possible resolution of the trade war"
  // The prospect word is in the phrase the relation word heads or complements, or right
  // before it ("hopes for a deal").
  {
    std::size_t from = std::max(complemented_phrase_begin(s_, begin), start);
    if (from > start && from < begin && s_.chunk_at[from - 1] >= 0 && chunk(s_.chunk_at[from - 1]).kind == ChunkKind::Prep) from -= 1;
    if (from > start) from -= 1;
    for (std::size_t p = from; p < begin; ++p)
      if ((!tok(p).capitalized || p == 0 || !tok(p - 1).word) && has(tok(p), word_class("prospect_word")))
        return because(Modality::Hypothetical, "prospect word before the phrase", p);
  }
  // "an offer to host a summit to hammer out an agreement", "a bid to contain X": what an
  // offer, plan or demand is for has not happened.
  // A past-tense verb coordinated after it is outside that infinitive: "concerned about
  // plans to deploy missiles and opposed the expansion of NATO" did oppose.
  const auto finite_after_and = [&](std::size_t marker) {
    if (!tok(begin).lower.ends_with("ed")) return false;
    for (std::size_t p = marker + 1; p < begin; ++p)
      if (has(tok(p), word_class("conjunction_and"))) return true;
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
  // "seized the chance to court Hanoi", "used the opening to ...": taken up, so done.
  const auto taken_up = [&](std::size_t p) {
    std::size_t q = p;
    if (q > 0 && has(tok(q - 1), word_class("determiner"))) --q;
    return q > 0 && has(tok(q - 1), word_class("seize_verb"));
  };
  // The noun's agent may stand between: "a bid by Norway to station ...", "the plan of
  // Russia's army to ...".
  const auto infinitive_after = [&](std::size_t p) {
    std::size_t q = p + 1;
    if (q + 1 < begin && (has(tok(q), word_class("agent_by")) || has(tok(q), word_class("complement_of"))) &&
        s_.chunk_at[q + 1] >= 0 && chunk(s_.chunk_at[q + 1]).kind == ChunkKind::Noun && s_.group_at[q + 1] >= 0)
      q = chunk(s_.chunk_at[q + 1]).end;
    return q < begin && has(tok(q), word_class("infinitive_to"));
  };
  const auto intent = [&](std::size_t p) {
    return has(tok(p), word_class("intent_noun")) || g_.in("capacity_noun", tok(p).lower);
  };
  for (std::size_t p = start; p + 1 < begin; ++p)
    // (A finite verb after the infinitive, in the same stretch of words, is the sentence's
    // own: "Argentina's refusal to negotiate ANGERED London" did anger.)
    if (intent(p) && infinitive_after(p) && !finite_after_and(p) && !used_as_verb(p) && !taken_up(p) &&
        !(finite_verb_between(p + 2, begin + 1) &&
          std::none_of(s_.tokens.begin() + static_cast<std::ptrdiff_t>(p), s_.tokens.begin() + static_cast<std::ptrdiff_t>(begin),
                       [](const Token& t) { return t.lower == ","; })))
      return because(Modality::Hypothetical, "infinitive of an intent noun", p);
  // "urged Russia to stop attacking the ports", "called on Iran to release ...": what
  // someone is asked to do has not happened (the request itself is the claim).
  // (Not an infinitive inside a relative clause closed before the phrase: "Armenia, which the
  // EU pressed to open its border, met Turkish envoys" did meet them.)
  const auto in_closed_relative = [&](std::size_t p) {
    for (std::size_t r = p; r > start; --r)
      if (has(tok(r - 1), word_class("relative")) && r >= 2 && tok(r - 2).lower == ",")
        return relative_closed_between(p, begin + 1);
    return false;
  };
  for (std::size_t p = start; p < begin; ++p)
    if (has(tok(p), word_class("infinitive_to")) && !finite_after_and(p) && !in_closed_relative(p)) {
      if (requested_infinitive(p)) return because(Modality::Hypothetical, "requested infinitive", p);
      // "blocked planning to defend Turkey", "vetoed a plan to send troops": the infinitive
      // of a plan someone prevented has not happened.
      {
        std::size_t q = p;
        while (q > start && q + 5 > p && s_.group_at[q - 1] < 0 &&
               (is_noun(tok(q - 1).pos) || is_adjective(tok(q - 1).pos) || tok(q - 1).pos == Pos::VBG ||
                has(tok(q - 1), word_class("determiner"))))
          --q;
        if (q < p && q > start && has(tok(q - 1), word_class("prevention_verb")))
          return because(Modality::Hypothetical, "infinitive of a plan prevented", q - 1);
      }
      if (threatened_infinitive(p)) return because(Modality::Hypothetical, "threatened infinitive", p);
      // "offered to host talks", "vowed to send troops": what is promised is still to come.
      if (p > 0 && has(tok(p - 1), word_class("promise_verb")) && is_verb(tok(p - 1).pos))
        return because(Modality::Future, "promised infinitive", p - 1);
    }
  // A possibility anywhere in the predicate outweighs intent: "must be ready to mediate".
  const std::size_t window = begin - predicate_begin(begin, start);
  // A modal before "and" and a past verb is that verb's coordinate's: "said it would not
  // sanction Russia and criticized Poland" did criticize. "would have" is a counterfactual
  // also after a reporting verb ("said it would have responded").
  for (std::size_t back = 1; back <= window; ++back)
    if (modal(begin - back, word_class("modal_hypothetical")) && !finite_after_and(begin - back))
      return has(tok(begin - back), word_class("sequence_modal")) && reported_before(start, begin - back) &&
                     !has(tok(begin - back + 1), word_class("perfect_have"))
                 ? because(Modality::Future, "'would' after a reporting verb", begin - back)
                 : because(Modality::Hypothetical, "modal word before the phrase", begin - back);
  for (std::size_t back = 1; back <= window; ++back)
    if (modal(begin - back, word_class("modal_future")) && future_marker(begin - back) && !finite_after_and(begin - back))
      return because(Modality::Future, "future word before the phrase", begin - back);
  if (start > 0 && modal(start, word_class("modal_hypothetical")))
    return because(Modality::Hypothetical, "clause opened by a condition", start);
  // "Russia's nuclear attack on Ukraine would be a catastrophe": a relation named as a noun
  // in the subject of a hypothetical predicate has not happened. The predicate is the first
  // verb group after the noun's phrase in its clause.
  // A standing relation named as known ("its alliance with Washington would remain the
  // cornerstone", "the partnership with China will endure") exists whatever is foreseen of
  // it; an event ("Russia's attack would be a catastrophe") or one named indefinitely ("an
  // alliance between them would change the region") does not.
  const auto known_standing_relation = [&](const Chunk& np) {
    if (!g_.in("standing_relation_noun", tok(np.head).lower)) return false;
    // ("its FORMER alliance with Paris would not return": gone, not standing)
    for (std::size_t q = np.begin; q < np.head; ++q)
      if (g_.in("former_word", tok(q).lower)) return false;
    const Token& first = tok(np.begin);
    return g_.in("definite_determiner", first.lower) || has(first, word_class("possessive_pronoun")) ||
           (np.begin > 0 && tok(np.begin - 1).lower == "'s") || first.lower == "'s" || s_.group_at[np.begin] >= 0;
  };
  if (const std::int32_t c = s_.chunk_at[begin]; c >= 0 && chunk(c).kind == ChunkKind::Noun && !known_standing_relation(chunk(c))) {
    for (std::size_t p = chunk(c).end; p < s_.tokens.size() && s_.clause_at[p] == s_.clause_at[begin]; ++p) {
      const std::int32_t d = s_.chunk_at[p];
      if (d < 0 || chunk(d).kind != ChunkKind::Verb) continue;
      for (std::size_t q = chunk(d).begin; q < chunk(d).end; ++q)
        if (modal(q, word_class("modal_hypothetical")))
          return because(Modality::Hypothetical, "hypothetical predicate of the noun", q);
      break;
    }
    // "Norway demanded a lasting truce between Ethiopia and Eritrea", "sought talks with
    // Kyiv": a relation asked for, as the object of a request, has not happened.
    std::size_t v = chunk(c).begin;
    bool after_for = false;
    if (v > 0 && s_.chunk_at[v - 1] >= 0 && chunk(s_.chunk_at[v - 1]).kind == ChunkKind::Prep &&
        (has(tok(v - 1), word_class("request_particle")) || has(tok(v - 1), word_class("request_for")))) {
      after_for = has(tok(v - 1), word_class("request_for"));
      --v;
    }
    if (v > 0 && s_.chunk_at[v - 1] >= 0) {
      const Chunk& verb = chunk(s_.chunk_at[v - 1]);
      // "offered to host talks", "wants to sign a deal": the verb whose infinitive takes
      // the noun says whether it is promised or asked for.
      std::size_t governing = verb.head;
      if (verb.kind == ChunkKind::Verb)
        for (std::size_t p = verb.begin; p + 1 < verb.end; ++p)
          if (has(tok(p + 1), word_class("infinitive_to")) &&
              (has(tok(p), word_class("promise_verb")) || has(tok(p), word_class("desire_verb")) ||
               has(tok(p), word_class("request_verb"))))
            governing = p;
      const Token& head = tok(governing);
      if (verb.kind == ChunkKind::Verb && verb.end == v) {
        // "called for talks", "pushed for a truce": these verbs ask only with their "for".
        // "called a sham" is a verdict, "called for talks" a request.
        const bool verdict = has(head, word_class("verdict_verb")) && !after_for;
        if ((has(head, word_class("request_verb")) && !verdict) || has(head, word_class("desire_verb")) ||
            (after_for && has(head, word_class("request_with_for"))))
          return because(Modality::Hypothetical, "relation asked for", governing);
        // "Turkey vetoed Sweden's accession to NATO", "blocked a deal between X and Y": a
        // relation someone prevented has not happened (the prevention is the claim).
        if (has(head, word_class("prevention_verb"))) return because(Modality::Hypothetical, "relation prevented", governing);
        // "Moscow promised wheat deliveries to Chad": what is promised is still to come.
        if (has(head, word_class("promise_verb"))) return because(Modality::Future, "relation promised", governing);
      }
    }
  }
  return Modality::Asserted;
}

// The end of the inverted condition whose auxiliary is at `p` ("Had Iran attacked Saudi
// Arabia", "Were Russia to invade Finland", "Should China blockade Taiwan", "had it not
// been for"), else 0. The auxiliary stands before its subject (an actor group or a
// pronoun), which a verb or "to" follows; no subject stands before the auxiliary ("Iran
// had attacked" is a past perfect). The condition runs to the next comma or clause end.
std::size_t SentenceView::inverted_condition_end(std::size_t p) const {
  if (!has(tok(p), word_class("inversion_auxiliary")) || s_.group_at[p] >= 0) return 0;
  if (p > 0 && (s_.group_at[p - 1] >= 0 || nominative_pronoun(tok(p - 1)) || has(tok(p - 1), word_class("relative")) ||
                (is_verb(tok(p - 1).pos) && has(tok(p - 1), word_class("be")))))
    return 0;
  std::size_t q = p + 1;
  if (q < s_.tokens.size() && has(tok(q), word_class("article_the"))) ++q;
  if (q >= s_.tokens.size()) return 0;
  if (s_.group_at[q] >= 0) {
    const Group& g = group(s_.group_at[q]);
    if (g.begin != q) return 0;
    q = g.end;
  } else if (nominative_pronoun(tok(q))) {
    ++q;
  } else {
    return 0;
  }
  if (q < s_.tokens.size() && has(tok(q), word_class("negator"))) ++q;
  if (q >= s_.tokens.size()) return 0;
  const Pos v = tok(q).pos;
  if (!(has(tok(q), word_class("infinitive_to")) || v == Pos::VB || v == Pos::VBN || v == Pos::VBD)) return 0;
  const std::int32_t clause = s_.clause_at[q];
  while (q < s_.tokens.size() && tok(q).lower != "," && s_.clause_at[q] == clause) ++q;
  return q;
}

// The conditions of the sentence: clauses opened by "if"/"unless", and inverted conditions.
std::vector<SentenceView::Condition> SentenceView::conditions() const {
  std::vector<Condition> out;
  for (std::size_t p = 0; p < s_.tokens.size(); ++p) {
    if (has(tok(p), word_class("condition_conjunction")) && clause_start(p) == p) {
      std::size_t e = p + 1;
      while (e < s_.tokens.size() && s_.clause_at[e] == s_.clause_at[p]) ++e;
      out.push_back({p, e});
    } else if (const std::size_t e = inverted_condition_end(p); e > 0) {
      out.push_back({p, e});
    }
  }
  return out;
}

// The verb group a phrase belongs to: its own chunk when that is a verb group, else the
// last verb group before it in its clause ("would impose sanctions on"), else -1.
std::int32_t SentenceView::governing_verb_group(std::size_t begin) const {
  for (std::size_t p = begin + 1; p > 0; --p) {
    const std::size_t q = p - 1;
    if (s_.clause_at[q] != s_.clause_at[begin]) break;
    const std::int32_t c = s_.chunk_at[q];
    if (c >= 0 && chunk(c).kind == ChunkKind::Verb) return c;
  }
  return -1;
}

// Where a phrase is a possibility because of a condition, else -1 (`rule` names how):
// inside the condition ("if Ethiopia attacks Eritrea", "had Iran attacked"), or in its
// consequence: a modal verb group ("would have condemned", "will condemn") in the clause
// the condition opens or closes. A clause without a modal next to a condition stays
// asserted: "Poland condemned Belarus even if Minsk ..." happened.
std::ptrdiff_t SentenceView::conditional_at(std::size_t begin, std::string_view* rule) const {
  const std::vector<Condition> conds = conditions();
  for (const Condition& c : conds)
    if (begin >= c.begin && begin < c.end) {
      *rule = "inside a condition ('if', 'unless', 'had X done', 'were X to')";
      return static_cast<std::ptrdiff_t>(c.begin);
    }
  const std::int32_t vg = governing_verb_group(begin);
  if (vg < 0 || conds.empty()) return -1;
  bool modal_group = false;
  for (std::size_t q = chunk(vg).begin; q < chunk(vg).end; ++q)
    if (tok(q).pos == Pos::MD || has(tok(q), word_class("future_auxiliary"))) modal_group = true;
  if (!modal_group) return -1;
  const std::size_t v = chunk(vg).begin;
  for (const Condition& c : conds) {
    const bool before = c.end <= v && s_.clause_at[v] - s_.clause_at[c.end - 1] <= 1;
    const bool after = c.begin > v && s_.clause_at[c.begin] - s_.clause_at[v] <= 1;
    if (before || after) {
      *rule = "consequence of a condition";
      return static_cast<std::ptrdiff_t>(c.begin);
    }
  }
  return -1;
}

// "did not rule out military action", "refused to exclude sanctions", "has not ruled out
// recognizing": a negated exclusion leaves what follows it (and the exclusion itself)
// possible, neither done nor denied. The exclusion is in the phrase's clause or, for a
// that-clause, the clause before. Returns the exclusion verb, else -1.
std::ptrdiff_t SentenceView::possibility_left_open(std::size_t begin) const {
  std::size_t lo = clause_start(begin);
  if (lo > 0 && has(tok(lo), word_class("complementizer"))) lo = clause_start(lo - 1);
  for (std::size_t p = lo; p <= begin && p < s_.tokens.size(); ++p) {
    if (!has(tok(p), word_class("exclusion_verb"))) continue;
    // "rule" excludes only with its particle: "did not rule the country".
    const bool needs_particle = tok(p).lower.starts_with("rul");
    if (needs_particle && !(p + 1 < s_.tokens.size() && has(tok(p + 1), word_class("exit_particle")))) continue;
    if (negator_before(p) >= 0) return static_cast<std::ptrdiff_t>(p);
  }
  return -1;
}

// "Beijing called claims that China had hacked Australia ridiculous": the that-clause at
// `that_at` belongs to a report noun that a verdict verb calls false (a dismissive word
// after the phrase), so what it reports is denied.
bool SentenceView::dismissed_claims(std::size_t that_at, std::size_t begin) const {
  if (that_at < 2 || !has(tok(that_at - 1), word_class("report_noun"))) return false;
  std::size_t q = that_at - 1;
  if (q > 0 && has(tok(q - 1), word_class("determiner"))) --q;
  if (q == 0 || !has(tok(q - 1), word_class("verdict_verb"))) return false;
  for (std::size_t p = begin + 1; p < s_.tokens.size(); ++p) {
    if (tok(p).lower == ";") break;
    if (has(tok(p), word_class("dismissive_word"))) return true;
  }
  return false;
}

// The negator of the verb group the phrase is in ("has not yet condemned"), or of the
// verb group a bare verb is coordinated with by "or"/"and" ("did not condemn or sanction
// Russia"), else -1. A past verb after the conjunction has its own verb group and is not
// negated ("did not attend but condemned China").
std::ptrdiff_t SentenceView::negated_verb_group(std::size_t begin) const {
  const auto negator_in = [&](std::int32_t c) -> std::ptrdiff_t {
    for (std::size_t q = chunk(c).begin; q < chunk(c).end && q < begin; ++q)
      if (has(tok(q), word_class("negator")) && !has(tok(q), word_class("refusal")) && !cancelled_negation(q))
        return static_cast<std::ptrdiff_t>(q);
    return -1;
  };
  const std::int32_t c = s_.chunk_at[begin];
  if (c >= 0 && chunk(c).kind == ChunkKind::Verb)
    if (const std::ptrdiff_t q = negator_in(c); q >= 0) return q;
  // Right after the conjunction a bare word is the base verb the tagger may call a noun
  // ("did not condemn or sanction France").
  const Pos bare = tok(begin).pos;
  if (begin < 2 || !(bare == Pos::VB || bare == Pos::VBP || bare == Pos::NN) || tok(begin).capitalized ||
      !has(tok(begin - 1), word_class("coordinator")))
    return -1;
  const std::int32_t d = s_.chunk_at[begin - 2];
  if (d < 0 || chunk(d).kind != ChunkKind::Verb || chunk(d).end != begin - 1 || tok(chunk(d).head).pos != Pos::VB) return -1;
  return negator_in(d);
}

// The "to" at `to` opens what someone threatens to do: "threatened to shell", "threatened on
// Monday to impose tariffs". Between the verb and "to" only adverbs, prepositional phrases
// and time phrases may stand (the verb's adjuncts), read by chunks.
bool SentenceView::threatened_infinitive(std::size_t to) const {
  for (std::size_t p = to; p > 0; --p) {
    const Token& t = tok(p - 1);
    if (is_verb(t.pos)) return has(t, word_class("threat_verb"));
    const std::int32_t c = s_.chunk_at[p - 1];
    if (c < 0 || chunk(c).kind == ChunkKind::Verb) {
      if (t.pos == Pos::RB || t.pos == Pos::MD || t.lower == ",") continue;
      return false;
    }
    if (chunk(c).kind == ChunkKind::Noun && !has(tok(chunk(c).head), word_class("time_unit"))) return false;
    p = chunk(c).begin + 1;  // past the preposition or time phrase
  }
  return false;
}

// The "to" at `to` opens what someone is asked to do: "urged Serbia to", "Norway was
// asked to", "was asked by Japan to".
bool SentenceView::requested_infinitive(std::size_t to) const {
  if (controlled_object(to, /*requests_only=*/true) >= 0) return true;
  if (to == 0) return false;
  std::size_t p = to;
  if (const std::int32_t gi = group_ending_at(p); gi >= 0) {
    p = group(gi).begin;
    if (p > 0 && has(tok(p - 1), word_class("article_the"))) --p;
    // "renewed his appeal for Armenia and Azerbaijan to exchange prisoners": a request
    // said as a noun, its addressee after "for".
    if (p >= 2 && has(tok(p - 1), word_class("request_for")) && has(tok(p - 2), word_class("request_noun"))) return true;
    if (p < 2 || !has(tok(p - 1), word_class("agent_by"))) return false;
    --p;
  }
  // "Norway was asked to mediate" is a request; "Kenya is expected to sign" a forecast
  // (a word of both classes reads as the forecast in the passive).
  return p > 1 && has(tok(p - 1), word_class("request_verb")) && !has(tok(p - 1), word_class("modal_future")) &&
         has(tok(p - 2), word_class("be"));
}

// "accused Iran of supplying", "suspected of spying": an act someone is accused of.
bool SentenceView::alleged_act(std::size_t begin) const {
  if (!after_of_for_with(begin)) return false;
  std::size_t q = begin - 2;
  if (const std::int32_t gi = group_ending_at(q + 1); gi >= 0) {
    q = phrase_start(gi);
    if (q > 0 && has(tok(q - 1), word_class("agent_by"))) --q;  // "was accused by Ukraine of supplying"
    if (q == 0) return false;
    --q;
  }
  return has(tok(q), word_class("accusation"));
}

// Who announced the act at `begin` with a verb of class `verb_class` (a warning, a
// finding): the subject of such a verb whose complement the act's clause is ("Hungary
// warned that it would veto ...", "the inquiry concluded that the army had shelled ..."),
// or the speaker of a tail ("..., the Kremlin warned"). Empty when nobody did. "threatened
// to" is not a warning: its infinitive is a threat of its own (threatened_infinitive).
std::vector<std::int32_t> SentenceView::announcers_of(std::size_t begin, int verb_class) const {
  const std::size_t start = clause_start(begin);
  // "a deal that French farmers vowed to fight": a relative clause is no verb's complement.
  const bool relative_clause = tok(start).pos == Pos::WDT || (has(tok(start), word_class("relative")) && !has(tok(start), word_class("complementizer")));
  // Back over the complementizer, adverbs and a time phrase ("warned on Monday that") to the verb;
  // a comma ends the search (", a deal that ...").
  for (std::size_t p = start; p > 0 && !relative_clause;) {
    --p;
    const Token& w = tok(p);
    const std::int32_t c = s_.chunk_at[p];
    if (w.lower == ",") break;
    if (!w.word || has(w, word_class("complementizer"))) continue;
    if (has(w, verb_class) && is_verb(w.pos)) {
      // ("London announced that ...": an announcing verb of speech has its subject as the
      // speaker. A finding there stays with its subject: "Japan confirmed reports that ...".)
      if (verb_class == word_class("announce_verb") && s_.speaker_token[p] && s_.speaker_group >= 0 &&
          group(s_.speaker_group).begin < p)
        return actors(group(s_.speaker_group));
      return clause_subject(p);
    }
    if (s_.group_at[p] < 0 && c >= 0 && chunk(c).kind != ChunkKind::Verb) continue;
    if (s_.group_at[p] < 0 && is_adverb(w.pos)) continue;  // "warned later in the day that"
    break;
  }
  // A warning tail: "..., the commerce ministry warned." The verb ends the sentence but for
  // an adjunct that names nobody and says nothing more ("warned on Monday", "warned in a
  // statement late on Tuesday"); an actor or a verb after it makes another clause.
  const std::size_t n = s_.tokens.size();
  const auto adjunct_only_after = [&](std::size_t v) {
    for (std::size_t q = v + 1; q < n; ++q)
      if (s_.group_at[q] >= 0 || is_verb(tok(q).pos) || tok(q).lower == ",") return false;
    return true;
  };
  for (std::size_t p = begin + 1; p < n; ++p) {
    if (!has(tok(p), verb_class) || !is_verb(tok(p).pos) || !adjunct_only_after(p)) continue;
    const std::size_t b = complemented_phrase_begin(s_, p - 1);
    if (b == p - 1 && s_.chunk_at[p - 1] < 0) return {};
    if (b == 0 || tok(b - 1).lower != ",") return {};
    for (std::size_t q = p; q > b; --q)
      if (s_.group_at[q - 1] >= 0) return actors(group(s_.group_at[q - 1]));
    return {};
  }
  return {};
}

}  // namespace irkg::frames
