// Verb readings: a relation phrase spelled like a verb is read as one only where a verb
// can stand, not after a determiner or a preposition, not as a compound noun or a reduced
// relative; and a passive swaps its actors.

#include "extract/claims/frames/sentence_view.h"

#include <algorithm>

namespace irkg::frames {

namespace {

// A noun by its suffix: "extradition", "government", "leadership".
bool nominal(const std::string& w) {
  static const char* const suffixes[] = {"tion", "sion", "ment", "ness", "ity", "ship", "ance", "ence", "ism"};
  for (const char* suffix : suffixes) {
    const std::size_t n = std::char_traits<char>::length(suffix);
    if (w.size() > n + 2 && w.compare(w.size() - n, n, suffix) == 0) return true;
  }
  return false;
}

}  // namespace

void SentenceView::count_verb_readings() {
  const std::size_t n = s_.tokens.size();
  std::vector<bool> verb(n, false);
  for (const Trigger& t : s_.triggers)
    for (const Reading& r : t.readings)
      if (lex_.relations[static_cast<std::size_t>(r.match.relation)].frame == Frame::Verb && !r.match.gerund &&
          verb_position_ok(t, r.match.gerund))
        verb[t.begin] = true;
  verbs_before_.assign(n + 1, 0);
  finite_verbs_before_.assign(n + 1, 0);
  for (std::size_t p = 0; p < n; ++p) {
    const bool after_to = p > 0 && has(tok(p - 1), word_class("infinitive_to"));
    verbs_before_[p + 1] = verbs_before_[p] + (verb[p] ? 1 : 0);
    finite_verbs_before_[p + 1] = finite_verbs_before_[p] + (verb[p] && !after_to ? 1 : 0);
  }
}

// A relation phrase read as a verb in [from, to).
bool SentenceView::verb_between(std::size_t from, std::size_t to) const {
  to = std::min(to, s_.tokens.size());
  return from < to && verbs_before_[to] > verbs_before_[from];
}

// verb_between, not counting infinitives ("an alliance ... to contain China").
bool SentenceView::finite_verb_between(std::size_t from, std::size_t to) const {
  to = std::min(to, s_.tokens.size());
  return from < to && finite_verbs_before_[to] > finite_verbs_before_[from];
}

// "the invitation issued to Serbia": a participle right after "DET NOUN" modifies the
// noun; it is not a main verb whose subject is the clause subject.
bool SentenceView::reduced_relative(const Trigger& trig) const {
  if (trig.begin < 2) return false;
  // ", signed by Greece and North Macedonia, ...": a participle opening an aside, or one
  // right after a noun phrase, actor or not ("a truce between Israel and Hamas brokered by
  // Egypt took effect"), when the clause's main verb follows its by-agent.
  if (agent_participle_before_main_verb(trig)) return true;
  // "... to resume the talks, hosted by Uganda.": a participle with its by-agent after the
  // comma that closes a noun phrase describes that noun when the clause's main verb came
  // before it (otherwise the participle opens the sentence's own clause).
  if (tok(trig.begin - 1).lower == "," && trig.begin >= 3 && agent_by_after(trig) > 0 &&
      is_noun(tok(trig.begin - 2).pos) && main_verb_before(trig.begin, trig.begin - 2))
    return true;
  const std::size_t noun = trig.begin - 1;
  const Token& w = tok(noun);
  if (!(w.word && s_.group_at[noun] < 0 && !has(w, word_class("be")) && !has(w, word_class("adverb"))))
    return false;
  // "the invitation issued to", or a bare plural: "most Nepalis ordered out of".
  const bool bare_plural = w.lower.size() > 3 && w.lower.back() == 's' && !has(w, word_class("pronoun")) &&
                           !has(w, word_class("auxiliary")) && !has(w, word_class("preposition")) &&
                           !has(w, word_class("relative"));
  // "two Spanish aid workers seized at the camp, a British tourist taken from a resort": a
  // form the tagger read as a participle, right after a plural noun and before a preposition,
  // with no auxiliary, describes that noun (the tagger reads a subject's verb as past).
  // (Only a verb that takes an object, which it lacks there: "where their troops clashed in
  // 2008" is a clash, a verb of two sides.)
  if (bare_plural && tok(trig.begin).pos == Pos::VBN && trig.end == trig.begin + 1 && trig.end < s_.tokens.size() &&
      tok(trig.end).pos == Pos::IN && !has(tok(trig.end), word_class("agent_by")) && !trig.readings.empty() &&
      std::none_of(trig.readings.begin(), trig.readings.end(), [&](const Reading& x) {
        const RelationEntry& e = lex_.relations[static_cast<std::size_t>(x.match.relation)];
        return e.symmetric || e.frame != Frame::Verb;
      }))
    return true;
  if (!has(tok(noun - 1), word_class("determiner")) && !bare_plural) return false;
  // Only after the clause already has its main verb ("X opposed the invitation issued
  // to Y", "X renewed its pledge at a summit hosted by Y"); "Paris and its partners
  // demanded" is that main verb.
  // With a by-agent the verb right before a bare plural counts ("held talks hosted by
  // Qatar"); without one, that verb may be a mis-tagged modifier ("precision guided
  // missiles killed").
  if (main_verb_before(trig.begin, agent_by_after(trig) > 0 ? noun : noun - 1)) return true;
  for (const Trigger& other : s_.triggers) {
    if (other.begin >= noun - 1 || s_.clause_at[other.begin] != s_.clause_at[trig.begin]) continue;
    // A participle right after a common noun is no main verb: "sailors armed with knives
    // boarded ..." (after an actor it is: "Russia and Ukraine swapped ...").
    if (tok(other.begin).pos == Pos::VBN && other.begin > 0 && s_.group_at[other.begin - 1] < 0 &&
        is_noun(tok(other.begin - 1).pos))
      continue;
    for (const Reading& r : other.readings)
      if (lex_.relations[static_cast<std::size_t>(r.match.relation)].frame == Frame::Verb) return true;
  }
  return false;
}

// A finite verb group (not a speech verb) opens in the clause of `at` before `limit`. The
// verb groups of the chunker say so for any verb, relation word or not.
bool SentenceView::main_verb_before(std::size_t at, std::size_t limit) const {
  for (std::size_t p = clause_start(at); p < limit; ++p)
    if (const std::int32_t c = s_.chunk_at[p]; c >= 0 && chunk(c).begin == p && chunk(c).kind == ChunkKind::Verb &&
                                               is_finite_verb(tok(chunk(c).head).pos) && !s_.speaker_token[chunk(c).head] &&
                                               !has(tok(chunk(c).head), word_class("speech_verb")))
      return true;
  return false;
}

// "A pact signed by Morocco and Spain ended the row", "the accord, signed by both leaders,
// will ...": a participle with its by-agent modifies the subject when the clause's main
// verb follows the by-phrase.
bool SentenceView::agent_participle_before_main_verb(const Trigger& trig) const {
  const std::size_t by = agent_by_after(trig);
  if (by == 0) return false;
  for (std::size_t p = by + 1; p < s_.tokens.size() && s_.clause_at[p] == s_.clause_at[trig.begin]; ++p) {
    const std::int32_t c = s_.chunk_at[p];
    if (c < 0 || chunk(c).begin != p || chunk(c).kind != ChunkKind::Verb) continue;
    // The group's first word: "ended", "will let", "has opened"; after the comma that
    // closes the aside any past form is that verb, whatever the tagger made of it.
    const Pos pos = tok(p).pos;
    if (is_finite_verb(pos) || (pos == Pos::VBN && tok(p - 1).lower == ",")) return true;
  }
  return false;
}

// The "by" right after a participle, past adverbs and one prepositional phrase with no
// actor in it ("signed remotely by", "signed in June 2018 by"), else 0.
std::size_t SentenceView::agent_by_after(const Trigger& trig) const {
  const std::size_t n = s_.tokens.size();
  std::size_t by = trig.end;
  while (by < n && is_adverb(tok(by).pos)) ++by;
  if (by + 1 < n && !has(tok(by), word_class("agent_by")) && s_.chunk_at[by] >= 0 && chunk(s_.chunk_at[by]).kind == ChunkKind::Prep &&
      s_.chunk_at[by + 1] >= 0 && chunk(s_.chunk_at[by + 1]).kind == ChunkKind::Noun) {
    const std::size_t end = chunk(s_.chunk_at[by + 1]).end;
    for (std::size_t p = by; p < end; ++p)
      if (s_.group_at[p] >= 0) return 0;
    by = end;
  }
  return by < n && has(tok(by), word_class("agent_by")) ? by : 0;
}

// A form of be before the participle, across adverbs and negators ("was not yet condemned").
bool SentenceView::passive_at(std::size_t begin) const {
  for (std::size_t back = 1; back <= begin; ++back) {
    const Token& w = tok(begin - back);
    if (has(w, word_class("be"))) return true;
    // "was towed to port AND impounded by Greek officers": a participle coordinated with an
    // earlier passive participle of its clause shares its "be".
    if (has(w, word_class("conjunction_and")) && tok(begin).pos == Pos::VBN) {
      for (std::size_t q = begin - back; q-- > 0 && s_.clause_at[q] == s_.clause_at[begin];) {
        if (tok(q).pos == Pos::VBN && s_.group_at[q] < 0) return passive_at(q);
        if (is_finite_verb(tok(q).pos) && !has(tok(q), word_class("be"))) return false;
      }
      return false;
    }
    // (Any adverb the tagger reads: "were LATER brokered by", "was REPORTEDLY seized by".)
    if (!has(w, word_class("adverb")) && !has(w, word_class("negator")) && !(is_adverb(w.pos) && w.word && !w.capitalized))
      return false;
  }
  return false;
}

// "an extradition request", "the government pressure": a bare base form after a singular
// noun with a nominal suffix is a compound noun, not a verb (that would need "requests").
bool SentenceView::noun_compound(const Trigger& trig, const RelationMatch& m) const {
  if (!m.base || trig.begin == 0) return false;
  const Token& prev = tok(trig.begin - 1);
  // "Mr. Trump's theatrical embrace": determiner or possessive, an adjective, a base form.
  if (trig.begin >= 2 && prev.word && s_.group_at[trig.begin - 1] < 0 && !has(prev, word_class("adverb")) &&
      !has(prev, word_class("auxiliary")) && !has(prev, word_class("pronoun")) &&
      (tok(trig.begin - 2).lower == "'s" || has(tok(trig.begin - 2), word_class("determiner"))))
    return true;
  // "border trade", "pressure groups": a noun before a base form makes a compound, unless
  // it is a plural the tagger read as the subject of a present-tense verb ("Russian strikes
  // pound Kharkiv", "Iranian drones hit Erbil").
  const bool plural_subject = prev.pos == Pos::NNS && tok(trig.begin).pos == Pos::VBP;
  if (s_.group_at[trig.begin - 1] < 0 && !prev.capitalized && nominal(prev.lower) && !plural_subject) return true;
  // "mobilized pressure groups", "sent aid": a bare form right after a finite verb is
  // that verb's object noun.
  for (const Trigger& t : s_.triggers) {
    if (t.end != trig.begin || has(tok(t.end - 1), word_class("infinitive_to"))) continue;  // "agreed to lift" is a verb
    if (is_noun(tok(t.begin).pos)) continue;  // "Russian strikes pound": the tagger's plural noun is no finite verb
    for (const Reading& r : t.readings)
      if (r.end == trig.begin && lex_.relations[static_cast<std::size_t>(r.match.relation)].frame == Frame::Verb &&
          !r.match.gerund && !r.match.base)
        return true;
  }
  return false;
}

// A relation verb (not a gerund) whose phrase ends right before `end`.
bool SentenceView::verb_ends_at(std::size_t end) const {
  for (const Trigger& t : s_.triggers)
    for (const Reading& r : t.readings)
      if (r.end == end && !r.match.gerund &&
          lex_.relations[static_cast<std::size_t>(r.match.relation)].frame == Frame::Verb)
        return true;
  return false;
}

bool SentenceView::verb_position_ok(const Trigger& trig, bool gerund) const {
  if (trig.begin == 0) return true;
  // "Washington's \"steadfast\" backing", "its backing": an -ing word after a possessive,
  // past adjectives and quote marks, is a noun; the noun reading, with its possessor, is the
  // act (a gerund's object search would run on into the next clause). With an object or a
  // complement after it, "Russia's shelling Ukrainian cities", it is a gerund whose subject is
  // the possessor.
  // Only where the phrase ends there (punctuation, "and"): "Russia's refusing to withdraw"
  // keeps its complement, and "Iran's arming of the Houthis" its object.
  const bool phrase_ends = trig.end >= s_.tokens.size() || !tok(trig.end).word || has(tok(trig.end), word_class("coordinator"));
  if (gerund && phrase_ends) {
    std::size_t p = trig.begin;
    while (p > 0 && (is_adjective(tok(p - 1).pos) || is_quote_mark(tok(p - 1))) && s_.group_at[p - 1] < 0) --p;
    if (p > 0 && (tok(p - 1).lower == "'s" || tok(p - 1).pos == Pos::PRPS)) return false;
  }
  // "raids on Islamic State targets in Syria": a plural noun after a name, followed by a
  // preposition rather than an object, is the name's noun ("targets"), no verb.
  if (tok(trig.begin).pos == Pos::NNS && trig.end == trig.begin + 1 && s_.group_at[trig.begin - 1] >= 0 &&
      trig.end < s_.tokens.size() && tok(trig.end).pos == Pos::IN && !gerund)
    return false;
  // "carried out strikes", "launched raids": a word tagged as a noun right after a verb of
  // undertaking (past its particle) is that verb's object, the operation, no verb of its own
  // (the noun frame gives it to the undertaking verb's subject, with that verb's flags).
  if (is_noun(tok(trig.begin).pos) && !gerund) {
    std::size_t v = trig.begin - 1;
    if (tok(v).pos == Pos::RP && v > 0) --v;
    if (is_verb(tok(v).pos) && s_.group_at[v] < 0 && g_.in("operation_verb", tok(v).lower)) return false;
  }
  // "reported back to both governments": a one-word verb the tagger read as an adverb or
  // another verb's particle right after a verb is no verb of its own.
  if ((tok(trig.begin).pos == Pos::RP || tok(trig.begin).pos == Pos::RB) && trig.end == trig.begin + 1 &&
      is_verb(tok(trig.begin - 1).pos))
    return false;
  // "a Moscow court convicted ...", "the border trade deal": a word inside a noun phrase
  // that an article or a common noun opened before it is that phrase's noun, not a verb.
  // Right after an actor it may be the verb the tagger took for a plural ("Russia pounds
  // Kyiv" in a headline), so there the verb reading stays.
  // A name that looks plural ("the United States", "the Netherlands", "the Philippines") is
  // one actor: an -s word right after it is its verb ("The United States backs ...").
  const bool after_plural_looking_name = [&] {
    const std::int32_t gi = s_.group_at[trig.begin - 1];
    if (gi < 0 || group(gi).end != trig.begin || !tok(trig.begin).lower.ends_with('s')) return false;
    const ActorMention& m = s_.mentions[static_cast<std::size_t>(group(gi).mentions.back())];
    const Token& last = tok(trig.begin - 1);
    const bool acronym = std::all_of(last.raw.begin(), last.raw.end(), [](char ch) { return !(ch >= 'a' && ch <= 'z'); });
    return m.kind == MentionKind::Name && last.capitalized && !acronym && last.lower.ends_with('s') && !last.lower.ends_with("'s");
  }();
  if (const std::int32_t c = s_.chunk_at[trig.begin];
      c >= 0 && chunk(c).kind == ChunkKind::Noun && chunk(c).begin < trig.begin && is_noun(tok(trig.begin).pos) &&
      (is_determiner(tok(chunk(c).begin).pos) || s_.group_at[trig.begin - 1] < 0) && !after_plural_looking_name)
    return false;
  // "With Russian support, ...", "Iranian threats": after a demonym adjective a word tagged
  // as a noun is that phrase's head, not a verb ("Russia pounds Kyiv" keeps its verb: a
  // name, not an adjective, stands before it).
  if (const std::int32_t gi = s_.group_at[trig.begin - 1]; gi >= 0 && is_noun(tok(trig.begin).pos) && !gerund) {
    const Group& g = group(gi);
    if (g.end == trig.begin && s_.mentions[static_cast<std::size_t>(g.mentions.back())].kind == MentionKind::Adjective)
      return false;
  }
  // "..., aid workers in Sudan said", "relief agencies", "support staff": a word the tagger
  // read as a singular noun opening a noun phrase whose head noun follows is that head's
  // modifier, not a verb taking it as object. A verb's object after it would be an actor
  // or a determiner's phrase ("help Ukraine", "aid the rebels"), and after an actor the
  // verb reading stays (a headline's "Russia aid ..." is rare but "Japan arms" is not).
  if (const std::int32_t c = s_.chunk_at[trig.begin];
      !gerund && tok(trig.begin).pos == Pos::NN && c >= 0 && chunk(c).kind == ChunkKind::Noun && chunk(c).begin == trig.begin &&
      trig.end < chunk(c).end && is_noun(tok(trig.end).pos) && s_.group_at[trig.end] < 0 && s_.group_at[trig.begin - 1] < 0)
    return false;
  // "ordered it to hand power back", "pushed the rebels back": a word the tagger read as an
  // adverb or particle right after a common noun is the particle of the verb before, not a
  // verb of its own ("Russia and China back Iran" keeps it: an actor stands before it).
  if (trig.end == trig.begin + 1 && (tok(trig.begin).pos == Pos::RB || tok(trig.begin).pos == Pos::RP) &&
      is_noun(tok(trig.begin - 1).pos) && s_.group_at[trig.begin - 1] < 0)
    return false;
  // "in confronting its neighbours", "by attacking": gerunds follow prepositions.
  if (gerund && has(tok(trig.begin - 1), word_class("preposition"))) return true;
  const Token& prev = tok(trig.begin - 1);
  // "a move that angered Beijing": a finite verb right after a relative "that" is the
  // relative clause's verb, not a noun the determiner "that" opens.
  if (has(prev, word_class("relative")) && (tok(trig.begin).pos == Pos::VBD || tok(trig.begin).pos == Pos::VBZ)) return true;
  // "a call", "Russia's demand", "recent calls", "in charge of": noun readings of verb
  // forms. A verb does not follow a preposition, except the infinitive "to".
  // A marker that may head the noun phrase itself ("the Kenyan military shelled ...")
  // leaves a verb the chunker made a verb group of.
  const bool verb_group = s_.chunk_at[trig.begin] >= 0 && chunk(s_.chunk_at[trig.begin]).kind == ChunkKind::Verb &&
                          chunk(s_.chunk_at[trig.begin]).begin == trig.begin && is_verb(tok(trig.begin).pos);
  // ("each criticised": a quantifier the tagger floated as an adverb determines no noun.)
  return !((has(prev, word_class("determiner")) && prev.pos != Pos::RB) || prev.lower == "'s" ||
           (has(prev, word_class("noun_marker")) && !verb_group) ||
           (has(prev, word_class("preposition")) && !has(prev, word_class("infinitive_to"))));
}

// Another relation phrase between a verb and its object with the opposite polarity
// takes the object: "Canada supports sanctions against Russia" is not support for Russia.
bool SentenceView::object_taken(std::size_t verb_end, std::int32_t object_group, int polarity) const {
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

}  // namespace irkg::frames
