// Clause numbers, reported-speech segments and relation triggers of a sentence.
#include <algorithm>
#include <stdexcept>

#include "extract/claims/analysis.h"
#include "extract/claims/chunks.h"
#include "extract/claims/list_split.h"
#include "extract/claims/pos.h"

namespace irkg {
namespace {

bool punct_break(const Token& t) {
  // Quotation marks are not boundaries: quoted words sit inside clauses ("unused reserves").
  return t.lower == ";" || t.lower == ":" || t.lower == "(" || t.lower == ")" || t.lower == "\xE2\x80\x94";
}

// "after four years", "since last month", "before dawn": the noun phrase right after the
// word has a time word and no actor or pronoun, so the word is a preposition of time.
bool time_phrase_follows(const SentenceAnalysis& s, std::size_t i) {
  const std::vector<Token>& t = s.tokens;
  if (i + 1 >= t.size() || s.chunk_at[i + 1] < 0) return false;
  const Chunk& c = s.chunks[static_cast<std::size_t>(s.chunk_at[i + 1])];
  if (c.kind != ChunkKind::Noun || c.begin != i + 1) return false;
  bool time = false;
  // ("since 2018", "until 2030": a year is a time word too)
  const auto year = [](const std::string& w) {
    return w.size() == 4 && (w.starts_with("19") || w.starts_with("20")) &&
           std::all_of(w.begin(), w.end(), [](char ch) { return ch >= '0' && ch <= '9'; });
  };
  for (std::size_t j = c.begin; j < c.end; ++j) {
    if (s.group_at[j] >= 0 || has(t[j], word_class("pronoun"))) return false;
    // (the year must head the phrase: "after the 2023 coup" is after an event)
    time = time || has(t[j], word_class("time_unit")) || (year(t[j].lower) && j == c.head);
  }
  return time;
}

// "..., the Kremlin warned on Thursday.": nothing but a time phrase and punctuation after
// `i` to the end of the sentence.
bool ends_sentence_after(const SentenceAnalysis& s, std::size_t i) {
  const std::vector<Token>& t = s.tokens;
  std::size_t p = i + 1;
  if (p < t.size() && has(t[p], word_class("time_phrase_word")) && time_phrase_follows(s, p))
    p = s.chunks[static_cast<std::size_t>(s.chunk_at[p + 1])].end;
  for (; p < t.size(); ++p)
    if (t[p].word) return false;
  return true;
}

// Where the words after a short adjunct at `p` start: an adverb ("then"), or a preposition
// with a noun phrase naming no actor ("in return", "on Monday", "in 2019"), or a time
// phrase ("last week"), each with an optional comma after it; `p` itself when there is none.
std::size_t after_short_adjunct(const SentenceAnalysis& s, std::size_t p) {
  const std::vector<Token>& t = s.tokens;
  const std::size_t n = t.size();
  std::size_t q = p;
  if (q < n && is_adverb(t[q].pos) && s.group_at[q] < 0) {
    ++q;
  } else if (q + 1 < n && has(t[q], word_class("time_phrase_word")) && s.group_at[q] < 0 && s.chunk_at[q] >= 0 &&
             s.chunks[static_cast<std::size_t>(s.chunk_at[q])].begin == q) {
    // "last week Tokyo": the chunker may join the time phrase and the name after it.
    const Chunk& np = s.chunks[static_cast<std::size_t>(s.chunk_at[q])];
    for (std::size_t r = q + 1; r < np.end; ++r)
      if (s.group_at[r] >= 0) return r <= q + 2 ? r : p;
    if (np.end > q + 4) return p;
    q = np.end;
  } else if (q + 1 < n && s.group_at[q] < 0 && s.group_at[q + 1] < 0 && s.chunk_at[q + 1] >= 0 &&
             (t[q].pos == Pos::IN || has(t[q], word_class("time_phrase_word")))) {
    const Chunk& np = s.chunks[static_cast<std::size_t>(s.chunk_at[q + 1])];
    if (np.kind != ChunkKind::Noun || np.begin != q + 1) return p;
    // (The chunker may join the name that follows to the adjunct: "in [return Washington]".)
    for (std::size_t r = np.begin; r < np.end; ++r)
      if (s.group_at[r] >= 0) return r > np.begin && r <= q + 3 ? r : p;
    if (np.end > q + 4) return p;
    q = np.end;
  } else {
    return p;
  }
  if (q < n && t[q].lower == ",") ++q;
  return q;
}

// The rightmost actor group in [begin, end), or -1.
std::int32_t last_group_in(const SentenceAnalysis& s, std::size_t begin, std::size_t end) {
  for (std::size_t p = end; p > begin; --p)
    if (s.group_at[p - 1] >= 0) return s.group_at[p - 1];
  return -1;
}

}  // namespace

void find_clauses_and_triggers(const Lexicon& lex, SentenceAnalysis& s) {
  const std::vector<Token>& t = s.tokens;
  const std::size_t n = t.size();
  if (s.chunk_at.size() != n) throw std::logic_error("find_clauses_and_triggers needs find_chunks first");
  s.speaker_token.assign(n, false);
  std::vector<bool> boundary(n, false);
  for (const std::size_t conj : split_clause_opening_members(lex, s)) boundary[conj] = true;

  for (std::size_t i = 0; i < n; ++i) {
    if (s.group_at[i] >= 0) continue;  // "the United States" does not contain the verb "states"
    const bool time_preposition = has(t[i], word_class("time_preposition")) && time_phrase_follows(s, i);
    // ("that" the tagger read as a demonstrative opens no clause: "rejected that proposal".)
    const bool demonstrative = t[i].pos == Pos::DT && has(t[i], word_class("complementizer"));
    // ("since" the tagger read as an adverb, "have since withdrawn", opens no clause.)
    const bool adverb = (t[i].pos == Pos::RB && t[i].lower == "since") ||
                        // ("has so far opposed": "so" before "far" is an adverb's.)
                        (t[i].lower == "so" && i + 1 < n && (t[i + 1].lower == "far" || t[i + 1].lower == "much" || t[i + 1].lower == "long"));
    // ("officials, speaking after the meeting, accused ...": right after a participle, "after"
    // or "before" heads its adjunct, not a clause.)
    const bool participle_adjunct = i > 0 && t[i - 1].pos == Pos::VBG && has(t[i], word_class("time_preposition")) && i + 1 < n &&
                                    (t[i + 1].pos == Pos::DT || t[i + 1].pos == Pos::PRPS);
    if (punct_break(t[i]) ||
        (has(t[i], word_class("clause_break")) && !time_preposition && !demonstrative && !adverb && !participle_adjunct))
      boundary[i] = true;
    if (has(t[i], word_class("subordinator_prefix")) && i + 1 < n &&
        (has(t[i + 1], word_class("clause_break")) || has(t[i + 1], word_class("as_word"))))
      boundary[i] = true;
    // ", and Tokyo is courting ...": a comma and a conjunction before a new actor open a
    // new clause with its own subject.
    if (t[i].lower == "," && i + 2 < n && has(t[i + 1], word_class("clause_conjunction"))) {
      const std::size_t first = i + 2 + ((has(t[i + 2], word_class("article_the")) && i + 3 < n) ? 1 : 0);
      if (s.group_at[first] >= 0) boundary[i + 1] = true;
      // ", and militants fired rockets ...": a common noun with a finite verb right after it
      // is a subject of its own too, named or not.
      if (s.group_at[first] < 0 && first + 1 < n && (t[first].pos == Pos::NNS || t[first].pos == Pos::NN) &&
          (t[first + 1].pos == Pos::VBD || t[first + 1].pos == Pos::VBZ || t[first + 1].pos == Pos::VBP || t[first + 1].pos == Pos::MD))
        boundary[i + 1] = true;
      // (", and governments across the region, from Peru to Chile, condemned ...": a plural of
      // states opens its own clause, however long its phrase.)
      if (s.group_at[first] < 0 && t[first].pos == Pos::NNS && lex.grammar.in("range_list_noun", t[first].lower))
        boundary[i + 1] = true;
      // ", and in return Washington promised ...", ", but last week Beijing said ...": a short
      // adjunct may come first when the actor after it has a finite verb of its own.
      if (const std::size_t actor = after_short_adjunct(s, i + 2); actor > i + 2 && actor < n && s.group_at[actor] >= 0) {
        const Group& g = s.groups[static_cast<std::size_t>(s.group_at[actor])];
        if (g.begin == actor && g.end < n && (is_finite_verb(t[g.end].pos) || t[g.end].pos == Pos::MD)) boundary[i + 1] = true;
      }
    }
    // "the IMF delayed a loan and President Clinton suspended military cooperation with
    // Indonesia": without a comma too, a conjunction after a clause's own object opens a new
    // clause when a named actor (past a title) with a finite verb follows. Only after a
    // common word: an actor before the conjunction makes a list ("between Sudan and Chad"),
    // which list_split decides; and only once the clause has had its finite verb, since "the
    // loan and Washington's sanctions" and sentence-opening subjects are no clause.
    if (has(t[i], word_class("clause_conjunction")) && i > 1 && i + 2 < n && t[i - 1].word && s.group_at[i - 1] < 0 &&
        (is_noun(t[i - 1].pos) || is_adverb(t[i - 1].pos))) {
      std::size_t first = i + 1;
      if (has(t[first], word_class("article_the"))) ++first;
      while (first + 1 < n && s.group_at[first] < 0 && first < i + 4 &&
             (lex.grammar.in("title_person_noun", t[first].lower) || t[first].lower == "prime" || t[first].lower == "foreign"))
        ++first;
      bool verb_before = false;
      for (std::size_t q = i; q-- > 0 && !boundary[q] && !verb_before;)
        verb_before = s.group_at[q] < 0 && (t[q].pos == Pos::VBD || t[q].pos == Pos::VBZ || t[q].pos == Pos::VBP);
      if (verb_before && first < n && s.group_at[first] >= 0) {
        const Group& g = s.groups[static_cast<std::size_t>(s.group_at[first])];
        std::size_t v = g.end;
        while (v < n && is_adverb(t[v].pos)) ++v;
        if (g.begin == first && v < n && s.group_at[v] < 0 &&
            (t[v].pos == Pos::VBD || t[v].pos == Pos::VBZ || t[v].pos == Pos::VBP || t[v].pos == Pos::MD))
          boundary[i] = true;
      }
    }
    // "Japan to court Russia, Putin betrays Xi" (a headline's comma splice), "Tokyo signed the
    // pact, Beijing protested": after a clause with a verb of its own, a comma and an actor
    // with a finite verb right after it open a new clause. (Speech verbs there attribute:
    // "..., Moscow said".)
    // (A number or determiner may open the actor's phrase, and nouns may follow an adjective:
    // ", five Iranians were freed by the US", ", two Chinese ships entered ...".)
    const std::size_t opener = i + 2 < n && s.group_at[i + 1] < 0 && (t[i + 1].pos == Pos::CD || t[i + 1].pos == Pos::DT) ? i + 2 : i + 1;
    if (t[i].lower == "," && opener + 1 < n && s.group_at[opener] >= 0 &&
        s.groups[static_cast<std::size_t>(s.group_at[opener])].begin == opener) {
      std::size_t after = s.groups[static_cast<std::size_t>(s.group_at[opener])].end;
      for (int nouns = 0; nouns < 2 && after < n && s.group_at[after] < 0 && (t[after].pos == Pos::NN || t[after].pos == Pos::NNS); ++nouns)
        ++after;
      const bool finite = after < n && s.group_at[after] < 0 &&
                          (t[after].pos == Pos::VBZ || t[after].pos == Pos::VBD || t[after].pos == Pos::VBP || t[after].pos == Pos::MD) &&
                          !has(t[after], word_class("speech_verb")) && !has(t[after], word_class("warning_verb"));
      bool verb_before = false;
      for (std::size_t q = 0; q < i && !verb_before; ++q)
        verb_before = s.group_at[q] < 0 && (is_finite_verb(t[q].pos) || has(t[q], word_class("infinitive_to")));
      // (Only after a main clause: "Should China blockade Taiwan, Japan would ..." and "If
      // ..., ..." open with a condition the clause after the comma depends on.)
      std::size_t first = 0;
      while (first < i && !t[first].word) ++first;
      const bool opens_main = first < i && s.group_at[first] >= 0 ? true
                              : first < i && t[first].pos != Pos::MD && t[first].pos != Pos::IN &&
                                    !has(t[first], word_class("auxiliary")) && !has(t[first], word_class("be")) &&
                                    !has(t[first], word_class("clause_break")) && !has(t[first], word_class("perfect_have"));
      if (finite && verb_before && opens_main) boundary[i] = true;
    }
    // "... met in Nairobi AS Sudan and Chad traded barbs": "as" before an actor that a
    // finite verb follows opens a clause of its own ("such as", "as well as" name no
    // subject and verb).
    if (has(t[i], word_class("as_word")) && i > 0 && i + 2 < n) {
      std::size_t first = i + 1 + (has(t[i + 1], word_class("article_the")) ? 1 : 0);
      if (first < n && s.group_at[first] >= 0 && s.group_at[i - 1] < 0 && t[i - 1].lower != "such" &&
          t[i - 1].lower != "well") {
        std::size_t after = first;
        while (after < n && after < first + 8 && (s.group_at[after] >= 0 || !t[after].word || is_noun(t[after].pos) ||
                                                  is_adjective(t[after].pos) || has(t[after], word_class("conjunction_and"))))
          ++after;
        while (after < n && is_adverb(t[after].pos)) ++after;
        if (after < n && is_finite_verb(t[after].pos)) boundary[i] = true;
      }
    }
    // "China warned it could halt gas supplies", "Seoul warned Pyongyang would pay": a
    // warning verb followed by a subject with its own verb reports that clause, as "warned
    // that" does; the clause opens after the verb, which keeps its subject.
    if (has(t[i], word_class("warning_verb")) && is_finite_verb(t[i].pos) && i + 2 < n) {
      std::size_t after = i + 1;
      if (s.group_at[after] >= 0) after = s.groups[static_cast<std::size_t>(s.group_at[after])].end;
      else if (has(t[after], word_class("subject_pronoun"))) ++after;
      while (after < n && is_adverb(t[after].pos)) ++after;
      // (The auxiliary class holds "at" and "all" for other rules: "warned Turkey at a
      // meeting that ..." has no verb after the group.)
      if (after > i + 1 && after < n && s.group_at[after] < 0 &&
          (is_finite_verb(t[after].pos) || t[after].pos == Pos::MD ||
           (has(t[after], word_class("auxiliary")) && t[after].pos != Pos::IN && t[after].pos != Pos::DT && t[after].pos != Pos::TO)))
        boundary[i + 1] = true;
    }
    // "Any strike on our soil will meet a firm response, Maduro warned.": a warning verb
    // that closes the sentence after a comma-led tail attributes the words before it, as
    // "said" would (with an object of its own, "warned Kyiv", it is an act, not an
    // attribution).
    const bool closing_warning = has(t[i], word_class("warning_verb")) && is_finite_verb(t[i].pos) &&
                                 ends_sentence_after(s, i) && i > 1 &&
                                 std::any_of(t.begin(), t.begin() + static_cast<std::ptrdiff_t>(i),
                                             [](const Token& w) { return w.lower == ","; });
    if (!has(t[i], word_class("speech_verb")) && !closing_warning) continue;
    // "Beijing's claims", "the reports", "official statements": nouns, not speech. (A
    // marker that is itself the noun, "an official said", "the military says", is the
    // speaker.)
    if (i > 0 && (t[i - 1].lower == "'s" || has(t[i - 1], word_class("determiner")) ||
                  (has(t[i - 1], word_class("noun_marker")) && !is_noun(t[i - 1].pos))))
      continue;
    // "its member states' borders": a noun the tagger read as one after a common noun.
    if (i > 0 && (t[i].pos == Pos::NN || t[i].pos == Pos::NNS) && (t[i - 1].pos == Pos::NN || t[i - 1].pos == Pos::JJ) &&
        s.group_at[i - 1] < 0)
      continue;
    // "Ankara declared the Greek-Egyptian deal null and void": a verdict verb with a noun
    // phrase after it gives a verdict on it; it does not report words.
    if (i + 1 < n && has(t[i], word_class("verdict_verb")) && has(t[i + 1], word_class("determiner")) &&
        !has(t[i + 1], word_class("complementizer")))
      continue;
    // "Malaysia, which claims the shoal, summoned ...": "claim" with a noun phrase after it
    // states ownership; it reports no words (grammar.tsv ownership_speech_verb).
    if (i + 1 < n && lex.grammar.in("ownership_speech_verb", t[i].lower) && has(t[i + 1], word_class("determiner")) &&
        !has(t[i + 1], word_class("complementizer")))
      continue;
    // "Islamabad claimed to have downed an Indian jet": a speech verb with an infinitive
    // of its own makes its subject the infinitive's doer; it attributes nothing.
    if (i + 2 < n && has(t[i + 1], word_class("infinitive_to")) && (t[i + 2].pos == Pos::VB || t[i + 2].lower == "have"))
      continue;
    // "a package announced alongside the agreement": a participle right after a common
    // noun describes it (a reduced relative clause); nobody speaks.
    // The tagger may read it as a past verb; a preposition right after it tells (the verb
    // would have its object or "that" there).
    const bool participle = t[i].pos == Pos::VBN || (t[i].pos == Pos::VBD && i + 1 < n && t[i + 1].pos == Pos::IN &&
                                                     !has(t[i + 1], word_class("complementizer")));
    if (i > 0 && participle && (t[i - 1].pos == Pos::NN || t[i - 1].pos == Pos::NNS) && s.group_at[i - 1] < 0 &&
        !has(t[i - 1], word_class("people_noun")) && !has(t[i], word_class("attribution_word")))
      continue;
    // "Japan announced sanctions on Russia", "Paris announced a drone deal with Athens,
    // prompting ...": a speech verb whose object is a noun phrase naming no actor, with no
    // verb of its own after it, reports nothing; it tells an act. (With an actor, or a
    // verb after the phrase, it reports: "said Japan would", "said the talks had failed".)
    // (A dash that closes a group's listed members is the group's: "Mercosur - Brazil, ... -
    // announced a deal".)
    if (i + 1 < n && !(i > 0 && s.group_at[i - 1] < 0 && (t[i - 1].lower == "," || !t[i - 1].word)) && s.group_at[i + 1] < 0 &&
        s.chunk_at[i + 1] >= 0 && s.chunks[static_cast<std::size_t>(s.chunk_at[i + 1])].kind == ChunkKind::Noun &&
        s.chunks[static_cast<std::size_t>(s.chunk_at[i + 1])].begin == i + 1 && !has(t[i], word_class("attribution_word"))) {
      const std::size_t head_end = s.chunks[static_cast<std::size_t>(s.chunk_at[i + 1])].end;
      const std::size_t e = std::max(complemented_phrase_end(s, i + 1), head_end);
      const bool own_verb = e < n && (is_verb(t[e].pos) || t[e].pos == Pos::MD || has(t[e], word_class("auxiliary")));
      bool names_actor = false, relation = false;
      for (std::size_t p = i + 1; p < head_end; ++p) {
        names_actor = names_actor || s.group_at[p] >= 0;
        relation = relation || lex.relation_patterns.any(t, s.group_at, p);
      }
      if (!own_verb && !names_actor && relation) continue;
    }
    // "according to X, ...": the attribution runs to the next comma.
    if (has(t[i], word_class("attribution_word"))) {
      // "According to reports Brazil is ..." has no comma: then only "according to"
      // and the next word or actor group are attribution.
      // The attribution is the noun phrase after "according to" with its complements
      // ("according to a statement by the Chinese embassy in Colombo,"); a name that the
      // chunker joined to a bare noun after it starts the clause ("reports Brazil").
      // A fronted attribution runs to its comma however long ("According to a statement
      // issued by the embassy in Lima late on Sunday, ..."), unless an actor with a finite
      // verb starts the main clause before it.
      std::size_t e = i + 2;
      bool clause_starts = false;
      for (; e < n && t[e].lower != ","; ++e) {
        if (s.group_at[e] < 0 || e + 1 >= n) continue;
        const Group& g = s.groups[static_cast<std::size_t>(s.group_at[e])];
        const Pos after = g.end < n ? t[g.end].pos : Pos::None;
        clause_starts = g.begin == e && e > i + 2 &&
                        (after == Pos::VBD || after == Pos::VBZ || after == Pos::VBP || after == Pos::MD);
        if (clause_starts) break;
      }
      if (!clause_starts && (e >= n || t[e].lower != ",")) {
        e = std::min(n, i + 2);
        if (i + 2 < n) {
          e = std::min(n, std::max(complemented_phrase_end(s, i + 2), i + 3));
          if (s.group_at[i + 2] < 0)
            for (std::size_t p = i + 3; p < e; ++p)
              if (s.group_at[p] >= 0) {
                e = p;
                break;
              }
        }
      }
      for (std::size_t p = i; p < e; ++p) s.speaker_token[p] = true;
      if (e < n) boundary[e] = true;
      for (std::size_t p = i; p < e; ++p)
        if (s.group_at[p] >= 0 && s.speaker_group < 0) s.speaker_group = s.group_at[p];
      continue;
    }
    // ", saying Washington was arming Taiwan": a participle of speech reports what the main
    // clause's subject says. What follows is the reported clause; the actor after the
    // participle is its subject, not a speaker in an inverted tail (", said Japan's ...").
    if (t[i].lower.ends_with("ing")) {
      boundary[i] = true;
      continue;
    }
    // What follows "said" is the reported clause. A speech verb that is also a relation
    // phrase ("insisted that", "announced sanctions on") stays in its subject's clause.
    const bool relation_verb = lex.relation_patterns.any(t, s.group_at, i);
    if (!relation_verb) boundary[i] = true;
    // The speaker: a group just before the verb ("the White House said"), or right after
    // it in an inverted tail ("..., said Japan's foreign minister").
    std::int32_t speaker = -1;
    std::size_t from = i;
    // "... called the German decision dangerous and said ...": a coordinated verb of the
    // same subject; the actor just before "and said" is that verb's object, not a speaker.
    const bool after_and = i > 0 && has(t[i - 1], word_class("verb_coordinator"));
    // The subject is the noun phrase (with its complements) before the verb group, past
    // adverbs and a time phrase ("Turkey on Monday said", "a spokesman for the Chinese
    // foreign ministry has said").
    if (!after_and) {
      std::size_t v = i;
      if (s.chunk_at[i] >= 0) v = s.chunks[static_cast<std::size_t>(s.chunk_at[i])].begin;
      while (v > 0 && t[v - 1].word && s.group_at[v - 1] < 0 && !boundary[v - 1]) {
        const std::int32_t c = s.chunk_at[v - 1];
        if (c < 0 && is_adverb(t[v - 1].pos)) { --v; continue; }
        const Chunk* ch = c >= 0 ? &s.chunks[static_cast<std::size_t>(c)] : nullptr;
        // a time phrase: "on Monday"
        if (ch && ch->kind == ChunkKind::Noun && ch->begin > 0 && s.chunk_at[ch->begin - 1] >= 0 &&
            s.chunks[static_cast<std::size_t>(s.chunk_at[ch->begin - 1])].kind == ChunkKind::Prep &&
            last_group_in(s, ch->begin, ch->end) < 0 && has(t[ch->end - 1], word_class("time_unit"))) {
          v = ch->begin - 1;
          continue;
        }
        break;
      }
      if (v > 0 && t[v - 1].lower != "," && !boundary[v - 1]) {
        const std::size_t b = complemented_phrase_begin(s, v - 1);
        bool crosses = false;
        for (std::size_t p = b; p < v; ++p) crosses = crosses || boundary[p] || t[p].lower == ",";
        if (const std::int32_t g = crosses ? -1 : last_group_in(s, b, v); g >= 0) {
          speaker = g;
          from = s.groups[static_cast<std::size_t>(g)].begin;
        }
      }
    }
    // "Wang Wenbin, a spokesman for the Chinese foreign ministry, said ...": the speaker
    // before an appositive (a phrase between commas with no verb), else the actor in it.
    if (speaker < 0 && !after_and && i > 1 && t[i - 1].lower == ",") {
      std::int32_t inside = -1;
      for (std::size_t p = i - 1; p > 0; --p) {
        const std::size_t q = p - 1;
        if (is_verb(t[q].pos) && s.group_at[q] < 0) break;
        if (t[q].lower != ",") {
          if (s.group_at[q] >= 0) inside = s.group_at[q];
          continue;
        }
        // the opening comma: the phrase before it opens the sentence or follows a quote
        if (q > 0 && s.group_at[q - 1] >= 0) {
          const Group& g = s.groups[static_cast<std::size_t>(s.group_at[q - 1])];
          std::size_t b = g.begin;
          if (b > 0 && has(t[b - 1], word_class("article_the"))) --b;
          bool opens = true;
          for (std::size_t r = b; r > 0 && opens; --r)
            if (t[r - 1].word) opens = false;
          if (opens || (b > 0 && !t[b - 1].word)) {
            speaker = s.group_at[q - 1];
            from = g.begin;
          }
        }
        if (speaker < 0 && inside >= 0) {
          speaker = inside;
          from = s.groups[static_cast<std::size_t>(inside)].begin;
        }
        break;
      }
    }
    // An inverted tail after the reported words ("...,' said the US ambassador", ", said a
    // spokesman for the Japanese foreign ministry"): the first actor within the noun phrase
    // after the verb. Without the comma or quote before the verb, the actor after it is the
    // reported clause's subject ("An official said China ...").
    // "The spokesman, asked about the dispute, said Chile WOULD sign ...": a verb after the
    // noun phrase that follows the verb makes that phrase the reported clause's subject:
    // no inverted tail, whatever stands before the verb.
    const bool reported_subject = [&] {
      if (i + 1 >= n) return false;
      std::size_t after = std::max(complemented_phrase_end(s, i + 1), i + 1 + (s.group_at[i + 1] >= 0 ? 1 : 0));
      while (after < n && is_adverb(t[after].pos)) ++after;
      return s.group_at[i + 1] >= 0 && after < n && t[after].word && s.group_at[after] < 0 &&
             (t[after].pos == Pos::MD || t[after].pos == Pos::VBZ || t[after].pos == Pos::VBP || t[after].pos == Pos::VBD ||
              has(t[after], word_class("auxiliary")));
    }();
    const bool tail = i > 0 && (t[i - 1].lower == "," || !t[i - 1].word) && !reported_subject;
    // The first actor of the noun phrase (with its complements) after the verb.
    if (speaker < 0 && tail && i + 1 < n) {
      std::size_t p = i + 1;
      while (p < n && s.group_at[p] < 0 && is_adverb(t[p].pos)) ++p;  // "said only"
      if (p < n) {
        const std::size_t e = std::max(complemented_phrase_end(s, p), p + (s.group_at[p] >= 0 ? 1 : 0));
        for (std::size_t q = p; q < e; ++q)
          if (s.group_at[q] >= 0) {
            speaker = s.group_at[q];
            break;
          }
      }
    }
    if (speaker >= 0 && s.speaker_group < 0) s.speaker_group = speaker;
    // A trailing attribution after a comma ("..., a Jordanian official confirmed.") is not
    // part of the reported clause: mark it so objects are not taken from it.
    // The comma right before the speaker's phrase ("..., a Jordanian official confirmed").
    std::size_t subject = from;
    if (from < i) {
      subject = complemented_phrase_begin(s, from);
    } else {
      std::size_t v = s.chunk_at[i] >= 0 ? s.chunks[static_cast<std::size_t>(s.chunk_at[i])].begin : i;
      subject = v > 0 ? complemented_phrase_begin(s, v - 1) : v;
      if (subject == v - 1 && (s.chunk_at[v - 1] < 0)) subject = v;  // no noun phrase before the verb
    }
    const std::size_t comma = subject > 0 ? subject - 1 : 0;
    // "... and said": a coordinated verb of the same subject, not an attribution tail.
    const bool coordinated = i > 0 && has(t[i - 1], word_class("verb_coordinator"));
    if (!coordinated && !reported_subject && t[comma].lower == "," && comma < i) {
      bool trigger_free = true;
      // (A word inside an actor's name, "Shin Won-sik", is no relation phrase.)
      for (std::size_t p = comma + 1; p < i; ++p)
        if (s.group_at[p] < 0 && lex.relation_patterns.any(t, s.group_at, p)) trigger_free = false;
      if (trigger_free) {
        boundary[comma] = true;
        std::size_t e = i + 1;
        // an inverted tail runs to the end of its clause: ", said Japan's foreign minister."
        while (e < n && !boundary[e] && t[e].lower != "," && s.group_at[e] >= 0) ++e;
        if (speaker >= 0 && s.groups[static_cast<std::size_t>(speaker)].begin > i) e = s.groups[static_cast<std::size_t>(speaker)].end;
        for (std::size_t p = comma; p < e; ++p) s.speaker_token[p] = true;
      }
    } else if (speaker >= 0 && !relation_verb) {
      // "X said ...": the speaker is not the subject of the reported clause. A speech verb
      // that is also a relation phrase keeps its subject ("Chile insisted that Bolivia
      // honour ...", "Washington announced an arms deal with Poland").
      for (std::size_t p = s.groups[static_cast<std::size_t>(speaker)].begin; p <= i; ++p) s.speaker_token[p] = true;
    }
  }

  // "As Hanoi and Manila deepen their ties, Beijing ...", "After talks with China, Japan
  // ...", "The more Moscow and Beijing ..., the worse off Japan ...": a sentence that opens
  // with a subordinate clause ends it at its first comma, so the main clause keeps its own
  // subject and objects.
  std::size_t first = 0;
  while (first < n && !t[first].word) ++first;
  if (first < n) {
    const bool comparative = has(t[first], word_class("article_the")) && first + 1 < n &&
                             has(t[first + 1], word_class("comparative_word"));
    const bool subordinate = has(t[first], word_class("as_word")) || (s.group_at[first] < 0 && has(t[first], word_class("clause_break")) &&
                                                          !has(t[first], word_class("relative")));
    if (comparative || subordinate)
      for (std::size_t i = first + 1; i < n; ++i)
        if (t[i].lower == ",") {
          boundary[i] = true;
          break;
        }
  }

  s.clause_at.assign(n, 0);
  std::int32_t clause = 0;
  for (std::size_t i = 0; i < n; ++i) {
    if (boundary[i]) ++clause;
    s.clause_at[i] = clause;
  }

  // "Russia, Syria's closest ally, said ...": the speaker's apposition still says what the
  // speaker is to another (a stance noun there is read; other phrases of the speaker's
  // words are not).
  std::size_t apposition_begin = n, apposition_end = n;
  if (s.speaker_group >= 0) {
    const Group& g = s.groups[static_cast<std::size_t>(s.speaker_group)];
    if (g.end + 2 < n && t[g.end].lower == "," && s.speaker_token[g.end]) {
      std::size_t e = g.end + 1;
      while (e < n && t[e].lower != "," && !(is_verb(t[e].pos) && s.group_at[e] < 0)) ++e;
      if (e < n && t[e].lower == ",") {
        apposition_begin = g.end + 1;
        apposition_end = e;
      }
    }
  }
  for (std::size_t i = 0; i < n;) {
    const bool in_apposition = i >= apposition_begin && i < apposition_end;
    if (!t[i].word || s.group_at[i] >= 0 || (s.speaker_token[i] && !in_apposition)) { ++i; continue; }
    // "strong-armed", "US-backed", "Iranian-made": the word after a hyphen is the tail of a
    // compound modifier, not a verb of its own; after a prefix it still is one ("re-imposed",
    // "co-hosted").
    if (i >= 2 && t[i].joined && t[i - 1].joined && t[i - 1].lower == "-" && !has(t[i - 2], word_class("verb_prefix"))) {
      ++i;
      continue;
    }
    // Every dictionary phrase starting here, longest first: "meeting with" is a verb form
    // (meet with), and when that reading finds no actors the noun "meeting" may.
    // A particle inside a phrase belongs to its verb ("pulling back from"), not a verb of its own.
    if (!s.triggers.empty() && i < s.triggers.back().end && has(t[i], word_class("particle"))) { ++i; continue; }
    std::vector<PatternHit> hits = lex.relation_patterns.all(t, s.group_at, i);
    if (in_apposition && s.speaker_token[i])
      std::erase_if(hits, [&](const PatternHit& h) {
        const Frame frame = lex.relations[static_cast<std::size_t>(h.match.relation)].frame;
        return (frame != Frame::Stance && frame != Frame::Pair) || h.end > apposition_end;
      });
    if (hits.empty()) { ++i; continue; }
    // "storm-battered Vanuatu", "sanctions-hit Iran", "war-torn Syria": a word that ends
    // before a joined hyphen is the first part of a compound modifier, no phrase of its own
    // (a pattern may spell the hyphen: "cease-fire").
    if (hits.front().end == i + 1 && i + 2 < n && t[i + 1].lower == "-" && t[i + 1].joined && t[i + 2].joined &&
        !t[i].capitalized) { ++i; continue; }
    Trigger trig;
    trig.begin = i;
    trig.end = hits.front().end;
    for (const PatternHit& h : hits) trig.readings.push_back({h.match, h.end, h.object_group, h.pattern});
    // The words inside a phrase may start phrases of their own: "lifting the sanctions on"
    // is one phrase (ease) and holds another (the sanctions). The frames give them to the
    // longer phrase when it makes a claim (frames/apply_frames.cpp).
    ++i;
    s.triggers.push_back(std::move(trig));
  }
}

}  // namespace irkg
