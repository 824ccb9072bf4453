#include "extract/claims/tagger.h"

#include <algorithm>
#include <array>
#include <cstring>
#include <initializer_list>

#include "extract/claims/tag_tables.h"

namespace irkg {
namespace {

using namespace tag_tables;

constexpr std::size_t kPosCount = static_cast<std::size_t>(Pos::Punct) + 1;

Pos lexicon_tag(std::string_view word) {
  const std::uint32_t* v = find(kLexicon, word);
  return v ? static_cast<Pos>(*v) : Pos::None;
}

bool ends_with(std::string_view s, std::string_view end) {
  return s.size() >= end.size() && s.substr(s.size() - end.size()) == end;
}

// Brill's test for an affix edit: is `a + b` a known word? Built in a stack buffer.
bool known_concat(std::string_view a, std::string_view b) {
  std::array<char, 64> buf;
  if (a.size() + b.size() > buf.size()) return false;
  std::memcpy(buf.data(), a.data(), a.size());
  std::memcpy(buf.data() + a.size(), b.data(), b.size());
  return lexicon_tag(std::string_view(buf.data(), a.size() + b.size())) != Pos::None;
}

// Numbers as Brill's start state sees them: digits with separators ("1,000", "3.5", "1990s" not).
bool numeric(std::string_view w) {
  bool digit = false;
  for (char c : w) {
    if (c >= '0' && c <= '9') digit = true;
    else if (!std::strchr("-,.:/%$", c)) return false;
  }
  return digit;
}

// Brill's lexical rules on an unknown lower-case-initial word, starting from NN.
Pos unknown_word_tag(std::string_view w, std::string_view prev, std::string_view next) {
  Pos tag = Pos::NN;
  for (std::size_t r = 0; r < kMorphologyCount; ++r) {
    const MorphRule& rule = kMorphology[r];
    if (rule.from != Pos::None && rule.from != tag) continue;
    const std::string_view x = str(rule.x);
    bool hit = false;
    switch (rule.cmd) {
      case MorphCmd::Word: hit = w == x; break;
      case MorphCmd::Char: hit = w.find(x) != std::string_view::npos; break;
      case MorphCmd::HasPref: hit = w.starts_with(x); break;
      case MorphCmd::HasSuf: hit = ends_with(w, x); break;
      case MorphCmd::AddPref: hit = known_concat(x, w); break;
      case MorphCmd::AddSuf: hit = known_concat(w, x); break;
      case MorphCmd::DeletePref:
        hit = w.starts_with(x) && lexicon_tag(w.substr(x.size())) != Pos::None;
        break;
      case MorphCmd::DeleteSuf:
        hit = ends_with(w, x) && lexicon_tag(w.substr(0, w.size() - x.size())) != Pos::None;
        break;
      case MorphCmd::GoodLeft: hit = next == x; break;  // the word stands left of x
      case MorphCmd::GoodRight: hit = prev == x; break;
    }
    if (hit) tag = rule.to;
  }
  return tag;
}

// A capitalised first word is looked up lower-case ("The", "Sanctions") unless the
// lexicon knows it as a name as written ("Japan"): at the start, capitals say nothing.
Pos first_word_tag(const Token& t) {
  const Pos as_written = lexicon_tag(t.raw);
  if (is_proper_noun(as_written)) return as_written;
  const Pos lower = lexicon_tag(t.lower);
  return lower != Pos::None ? lower : as_written;
}

Pos start_tag(const std::vector<Token>& tokens, std::size_t i, bool first_word) {
  const Token& t = tokens[i];
  // The tokenizer spells a curly possessive as "'s" in `lower` ("Japan’s"); Brill's lexicon
  // knows only the straight one.
  if (t.lower == "'s" && t.raw != "'s") return lexicon_tag("'s");
  if (!t.word) return lexicon_tag(t.raw) == Pos::SYM ? Pos::SYM : Pos::Punct;
  // Digits are numbers: Brill's lexicon has "2" and "4" as text-speak prepositions (IN),
  // which split "a $2 billion package" before its noun.
  if (numeric(t.raw)) return Pos::CD;
  if (const Pos known = first_word && t.capitalized ? first_word_tag(t) : lexicon_tag(t.raw); known != Pos::None)
    return known;
  if (t.capitalized) return Pos::NNP;
  if (numeric(t.raw)) return Pos::CD;
  const std::string_view prev = i > 0 ? tokens[i - 1].raw : std::string_view();
  const std::string_view next = i + 1 < tokens.size() ? tokens[i + 1].raw : std::string_view();
  return unknown_word_tag(t.raw, prev, next);
}

// Is w an inflected or base form in the verb table (en-verbs.txt, WordNet's verb.exc)?
bool verb_form(std::string_view w) {
  return find(kVerbByBase, w) || find(kVerbByForm, w) || find(kVerbExc, w);
}

// The open class of a tag: 1 noun, 2 verb, 4 adjective, 8 adverb (WordNet's), else 0.
unsigned open_class(Pos p) {
  if (p == Pos::NN || p == Pos::NNS) return 1;
  if (is_verb(p)) return 2;
  if (p == Pos::JJ) return 4;
  if (p == Pos::RB) return 8;
  return 0;
}

// Brill's tagger moves a known word only to a tag his lexicon lists for it; Pattern's
// lexicon keeps one tag a word, so the other classes come from the verb table and
// WordNet. Participles may become adjectives and back (Penn's -ed/-ing adjectives).
bool move_allowed(const Token& t, Pos to) {
  const Pos known = lexicon_tag(t.lower);
  const unsigned from_class = open_class(known), to_class = open_class(to);
  if (from_class == 0 || to_class == 0 || from_class == to_class) return true;
  if ((known == Pos::VBN || known == Pos::VBG) && to == Pos::JJ) return true;
  if (to_class == 2 && verb_form(t.lower)) return true;
  const std::uint32_t* wn = find(kWordNetClasses, t.lower);
  return wn && (*wn & to_class);
}

// The Penn punctuation tag of a punctuation token, which Brill's rules tell apart
// (".", ",", ":", "``", "''", "-LRB-", "-RRB-"), though Pos folds them into Punct.
std::string_view punct_tag(const Token& t) {
  const std::string_view r = t.raw;
  if (r == "." || r == "!" || r == "?" || r == "...") return r == "..." ? ":" : ".";
  if (r == ",") return ",";
  if (r == ":" || r == ";" || r == "-" || r == "--" || r == "\xe2\x80\x94" || r == "\xe2\x80\x93") return ":";
  if (r == "``" || r == "\xe2\x80\x9c" || r == "\xe2\x80\x98") return "``";
  if (r == "''" || r == "\xe2\x80\x9d" || r == "\xe2\x80\x99") return "''";
  if (r == "\"" || r == "'") return t.joined ? "''" : "``";
  if (r == "(" || r == "[" || r == "{") return "-LRB-";
  if (r == ")" || r == "]" || r == "}") return "-RRB-";
  return r;
}

// The neighbourhood a contextual rule reads; outside the sentence, tags are Pos::None
// (Brill's STAART) and words are empty.
struct Window {
  const std::vector<Token>& tokens;
  std::size_t i;
  const Token* at(std::ptrdiff_t k) const {
    const auto j = static_cast<std::ptrdiff_t>(i) + k;
    return j < 0 || j >= static_cast<std::ptrdiff_t>(tokens.size()) ? nullptr : &tokens[static_cast<std::size_t>(j)];
  }
  Pos tag(std::ptrdiff_t k) const {
    const Token* t = at(k);
    return t ? t->pos : Pos::None;
  }
  // Does the token at k carry `want`? A Punct argument names its punctuation (`penn`).
  bool is(std::ptrdiff_t k, Pos want, std::uint32_t penn) const {
    const Token* t = at(k);
    const Pos p = t ? t->pos : Pos::None;
    if (p != want) return false;
    return want != Pos::Punct || penn == 0 || punct_tag(*t) == str(penn);
  }
  std::string_view word(std::ptrdiff_t k) const {
    const Token* t = at(k);
    return t ? std::string_view(t->raw) : std::string_view();
  }
};

bool matches(const ContextRule& r, const Window& w) {
  const auto xw = [&] { return str(r.xword); };
  const auto yw = [&] { return str(r.yword); };
  const auto xt = [&](std::ptrdiff_t k) { return w.is(k, r.xtag, r.xword); };
  const auto yt = [&](std::ptrdiff_t k) { return w.is(k, r.ytag, r.yword); };
  switch (r.cmd) {
    case ContextCmd::PrevTag: return xt(-1);
    case ContextCmd::NextTag: return xt(1);
    case ContextCmd::Prev2Tag: return xt(-2);
    case ContextCmd::Next2Tag: return xt(2);
    case ContextCmd::Prev1or2Tag: return xt(-1) || xt(-2);
    case ContextCmd::Next1or2Tag: return xt(1) || xt(2);
    case ContextCmd::Prev1or2or3Tag: return xt(-1) || xt(-2) || xt(-3);
    case ContextCmd::Next1or2or3Tag: return xt(1) || xt(2) || xt(3);
    case ContextCmd::SurroundTag: return xt(-1) && yt(1);
    case ContextCmd::CurWd: return w.word(0) == xw();
    case ContextCmd::PrevWd: return w.word(-1) == xw();
    case ContextCmd::NextWd: return w.word(1) == xw();
    case ContextCmd::Prev1or2Wd: return w.word(-1) == xw() || w.word(-2) == xw();
    case ContextCmd::Next1or2Wd: return w.word(1) == xw() || w.word(2) == xw();
    case ContextCmd::Prev1or2or3Wd: return w.word(-1) == xw() || w.word(-2) == xw() || w.word(-3) == xw();
    case ContextCmd::Next1or2or3Wd: return w.word(1) == xw() || w.word(2) == xw() || w.word(3) == xw();
    case ContextCmd::PrevWdTag: return w.word(-1) == xw() && yt(-1);
    case ContextCmd::NextWdTag: return w.word(1) == xw() && yt(1);
    case ContextCmd::WdPrevTag: return xt(-1) && w.word(0) == yw();
    case ContextCmd::WdNextTag: return w.word(0) == xw() && yt(1);
    case ContextCmd::WdAnd2Aft: return w.word(0) == xw() && w.word(2) == yw();
    case ContextCmd::WdAnd2TagBfr: return xt(-2) && w.word(0) == yw();
    case ContextCmd::WdAnd2TagAft: return w.word(0) == xw() && yt(2);
    case ContextCmd::LBigram: return w.word(-1) == xw() && w.word(0) == yw();
    case ContextCmd::RBigram: return w.word(0) == xw() && w.word(1) == yw();
    case ContextCmd::PrevBigram: return xt(-2) && yt(-1);
    case ContextCmd::NextBigram: return xt(1) && yt(2);
  }
  return false;
}

// May rule r change token i? Guards for news text on top of Brill's rules.
bool allowed(const ContextRule& rule, const std::vector<Token>& tokens, std::size_t i) {
  const Token& t = tokens[i];
  // News capitalises every proper noun, so a lower-case word never becomes one
  // (Brill's "JJ NNP NEXTTAG NNP" would make "southern Iraq" a name).
  if (is_proper_noun(rule.to) && !t.capitalized) return false;
  // Likewise a capitalised word after the first is no verb ("to Palestinian president").
  if (is_verb(rule.to) && t.capitalized && i > 0 && !is_verb(t.pos)) return false;
  // A word the lexicon knows moves to another open class only if its data allows it
  // ("said such a step": Brill's "JJ VBD NEXTTAG DT"; "was aware of": "JJ NN NEXTWD of").
  if (!move_allowed(t, rule.to)) return false;
  // Brill's rules demote a capitalised first word (unknown to his start state) from
  // NNP; a word the lexicon knows as a name as written ("France") stays one.
  if (is_proper_noun(t.pos) && !is_proper_noun(rule.to) && t.capitalized && is_proper_noun(lexicon_tag(t.raw)))
    return false;
  return true;
}

// Brill's order: each rule in file order across the whole sentence, left to right, before
// the next rule; a change is seen by the rule at later positions. A rule whose from-tag no
// token carries is skipped at the cost of one look-up (tag counts kept on the stack).
void apply_context(std::vector<Token>& tokens) {
  std::array<std::uint32_t, kPosCount> count{};
  for (const Token& t : tokens) ++count[static_cast<std::size_t>(t.pos)];
  for (std::size_t r = 0; r < kContextCount; ++r) {
    const ContextRule& rule = kContext[r];
    if (rule.from != Pos::None && count[static_cast<std::size_t>(rule.from)] == 0) continue;
    for (std::size_t i = 0; i < tokens.size(); ++i) {
      Token& t = tokens[i];
      if (rule.from != Pos::None ? t.pos != rule.from : t.pos == rule.to) continue;
      if (!matches(rule, Window{tokens, i}) || !allowed(rule, tokens, i)) continue;
      --count[static_cast<std::size_t>(t.pos)];
      ++count[static_cast<std::size_t>(rule.to)];
      t.pos = rule.to;
    }
  }
}

bool any_of(std::string_view w, std::initializer_list<std::string_view> words) {
  return std::find(words.begin(), words.end(), w) != words.end();
}

// Nationality adjectives: Brill's lexicon, from the Brown corpus, calls many of them NNP
// ("Russian"), and unknown ones are NNP by capitalisation; before a noun they are JJ.
bool demonym_shape(std::string_view w) {
  return w.size() > 4 && (ends_with(w, "ian") || ends_with(w, "ean") || ends_with(w, "can") ||
                          ends_with(w, "ese") || ends_with(w, "ish") || ends_with(w, "ani"));
}

// Start-state corrections for news names, before the contextual rules read the tags.
void news_names(std::vector<Token>& tokens) {
  bool mixed_case = false;  // a sentence in capitals (a headline) says nothing by its capitals
  for (const Token& t : tokens)
    if (t.word && !t.capitalized) { mixed_case = true; break; }
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    Token& t = tokens[i];
    if (!t.word) continue;
    // An acronym in mixed-case text is a name ("US", "EU"), whatever Brown's headlines made
    // of the same letters ("US" PRP).
    if (mixed_case && t.raw.size() >= 2 && is_all_caps(t.raw) && !is_proper_noun(t.pos) && t.pos != Pos::CD)
      t.pos = Pos::NNP;
    // A capitalised plural inside a name is part of one singular name: "United States",
    // "United Nations" (NNP, as the subject of "is").
    if (t.pos == Pos::NNPS && i > 0 && tokens[i - 1].pos == Pos::NNP && tokens[i - 1].capitalized) t.pos = Pos::NNP;
    // A model designation (one token by the tokenizer: "F-16s", "S-400") is a common noun,
    // a thing of which there are many, for all its capitals: "sent F-16s to Ukraine" as
    // "sent jets to Ukraine".
    if (t.raw.find('-') != std::string_view::npos && t.raw.find_first_of("0123456789") != std::string_view::npos &&
        t.capitalized && is_proper_noun(t.pos))
      t.pos = t.raw.back() == 's' ? Pos::NNS : Pos::NN;
  }
}

// Corrections for news text after Brill's rules, each for a pattern the Brown/WSJ-trained
// rules get wrong in international news:
void news_rules(std::vector<Token>& tokens) {
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    Token& t = tokens[i];
    if (!t.word) continue;
    const Pos next = i + 1 < tokens.size() ? tokens[i + 1].pos : Pos::None;
    if (t.pos == Pos::NNP && t.capitalized && !is_all_caps(t.raw) && demonym_shape(t.lower) &&
        (next == Pos::NN || next == Pos::NNS || next == Pos::NNP || next == Pos::NNPS || is_adjective(next)))
      t.pos = Pos::JJ;
    // A word the lexicon has as a preposition stays one before a determiner, a number or
    // a name ("each in an exchange": Brill's rules may make it a noun).
    if (is_noun(t.pos) && !t.capitalized && lexicon_tag(t.lower) == Pos::IN &&
        (next == Pos::DT || next == Pos::PRPS || next == Pos::CD || next == Pos::NNP || next == Pos::NNPS))
      t.pos = Pos::IN;
    // A word ending in -ly whose stem the lexicon has as an adjective is its adverb
    // ("briefly", listed as a noun in the lexicon; "ally", "family" have no adjective stem).
    if (t.pos == Pos::NN && !t.capitalized && t.lower.size() > 5 && ends_with(t.lower, "ly") &&
        is_adjective(lexicon_tag(std::string_view(t.lower).substr(0, t.lower.size() - 2))))
      t.pos = Pos::RB;
    // "rejected THAT proposal and expelled ...": "that" before a singular common noun that
    // no verb follows is a demonstrative, not a complementizer ("said that decision was
    // wrong" keeps its clause).
    if (t.lower == "that" && i + 1 < tokens.size() && tokens[i + 1].pos == Pos::NN && !tokens[i + 1].capitalized &&
        (i + 2 >= tokens.size() || !(is_verb(tokens[i + 2].pos) || tokens[i + 2].pos == Pos::MD)))
      t.pos = Pos::DT;
    // The verb table knows which forms are only participles ("taken") or only past
    // ("took"); -ing is the only shape of a VBG ("aware" is none).
    if (t.pos == Pos::VBG && !ends_with(t.lower, "ing")) t.pos = Pos::JJ;
    if (t.pos == Pos::VBD || t.pos == Pos::VBN) {
      if (const std::uint32_t* row = find(kVerbByForm, t.lower)) {
        const auto& form = kVerbRows[*row].form;
        const bool past = str(form[kPast]) == t.lower || str(form[kPast3sg]) == t.lower || str(form[kPastPlural]) == t.lower;
        const bool participle = str(form[kParticiple]) == t.lower;
        if (past && !participle) t.pos = Pos::VBD;
        if (participle && !past) t.pos = Pos::VBN;
      }
    }
    // A base-form tag on a form the verb table knows only as a gerund ("to planning the
    // massacres": Brill's TO rule) is VBG.
    if ((t.pos == Pos::VB || t.pos == Pos::VBP) && ends_with(t.lower, "ing") && !find(kVerbByBase, t.lower))
      if (const std::uint32_t* row = find(kVerbByForm, t.lower); row && str(kVerbRows[*row].form[kGerund]) == t.lower)
        t.pos = Pos::VBG;
    // Between a modal and its verb stand only adverbs ("can neither build up", "will not
    // go"): a noun there that the verb table has as an infinitive is that verb (Brill's
    // "NN VB PREVTAG MD" sees only the next word), a determiner before it an adverb.
    // (So do the auxiliary "do" and its negation: "did not sign the deal".)
    if ((t.pos == Pos::NN || t.pos == Pos::VBP || t.pos == Pos::JJ) && find(kVerbByBase, t.lower)) {
      std::size_t j = i;
      while (j > 0 && (is_adverb(tokens[j - 1].pos) || any_of(tokens[j - 1].lower, {"not", "neither", "never"}))) --j;
      if (j > 0 && j < i &&
          (tokens[j - 1].pos == Pos::MD || (t.pos != Pos::VBP && any_of(tokens[j - 1].lower, {"did", "does", "do"})))) {
        t.pos = Pos::VB;
        for (std::size_t k = j; k < i; ++k)
          if (tokens[k].pos == Pos::DT) tokens[k].pos = Pos::RB;
      }
    }
    // A determiner opens a noun phrase, so an -ed form right after it and before an
    // adjective or noun modifies that noun ("an improvised bomb", "the
    // disputed islands"): VBN used as a premodifier, never the past tense.
    if (t.pos == Pos::VBD && i > 0 && (tokens[i - 1].pos == Pos::DT || tokens[i - 1].pos == Pos::PRPS) &&
        (next == Pos::NN || next == Pos::NNS || is_adjective(next)))
      t.pos = Pos::VBN;
    // "quake-struck Nepal", "storm-battered", "war-torn": a lower-case word joined by a
    // hyphen to a participle makes one adjective; its first part is a noun, never a verb
    // (Brill's rules read "to storm -battered" as an infinitive).
    // (Only a noun of three letters or more makes one: "co-sponsored", "re-imposed" are verbs
    // with a prefix; WordNet knows "co" and "re" as nouns too.)
    const std::uint32_t* first_part = find(kWordNetClasses, t.lower);
    if (!t.capitalized && t.lower.size() >= 3 && i + 2 < tokens.size() && tokens[i + 1].raw == "-" && tokens[i + 1].joined &&
        tokens[i + 2].joined && tokens[i + 2].word && first_part && (*first_part & 1)) {
      Token& tail = tokens[i + 2];
      bool participle = ends_with(tail.lower, "ed") || tail.pos == Pos::VBN;
      if (const std::uint32_t* row = find(kVerbByForm, tail.lower)) participle = participle || str(kVerbRows[*row].form[kParticiple]) == tail.lower;
      if (participle) {
        t.pos = Pos::NN;
        tail.pos = Pos::JJ;
      }
    }
    // "a bitter falling-out", "the stand-off", "a military build-up": a verb joined by a
    // hyphen to a particle after a determiner, possessive or adjective is a compound noun
    // (Brill's lexicon has no hyphenated entries; "falling" alone is a gerund).
    if (i > 0 && i + 2 < tokens.size() && tokens[i + 1].raw == "-" && tokens[i + 1].joined && tokens[i + 2].joined &&
        any_of(tokens[i + 2].lower, {"out", "up", "off", "down", "in", "over", "back", "away", "on"}) &&
        (tokens[i - 1].pos == Pos::DT || tokens[i - 1].pos == Pos::PRPS || tokens[i - 1].pos == Pos::POS ||
         is_adjective(tokens[i - 1].pos) || tokens[i - 1].pos == Pos::CD)) {
      t.pos = Pos::NN;
      tokens[i + 2].pos = Pos::NN;
    }
    // "the Russian-led CSTO", "Iranian-made drones", "US-backed forces": a capitalised word
    // joined by a hyphen to a participle makes one modifier of the noun after it.
    if (t.capitalized && i + 2 < tokens.size() && tokens[i + 1].raw == "-" && tokens[i + 1].joined && tokens[i + 2].joined &&
        tokens[i + 2].word && !tokens[i + 2].capitalized && tokens[i + 2].pos == Pos::VBN && i + 3 < tokens.size() &&
        tokens[i + 3].word && (is_noun(tokens[i + 3].pos) || is_proper_noun(tokens[i + 3].pos) || is_adjective(tokens[i + 3].pos)))
      tokens[i + 2].pos = Pos::JJ;
    // "recalled the envoy and cancelled the deals": an -ed form after "and"/"but" that
    // closes a noun phrase, in a sentence whose verb before is past, is a second past verb
    // of the same subject, not a participle modifying what follows ("the burned and looted
    // shops" has a participle before "and").
    // Only where coordinated noun phrases are unlikely: a determiner follows ("and
    // cancelled the deals"), or the phrase before "and" is a past verb's object opened by
    // a determiner ("recalled the Swedish envoy and cancelled defence deals"); "sent tanks
    // and armoured vehicles" keeps its participle.
    if (t.pos == Pos::VBN && i >= 2 && any_of(tokens[i - 1].lower, {"and", "but"}) && ends_with(t.lower, "ed") &&
        (tokens[i - 2].pos == Pos::NN || tokens[i - 2].pos == Pos::NNS || is_proper_noun(tokens[i - 2].pos))) {
      const bool object_follows = next == Pos::DT || next == Pos::PRPS || next == Pos::CD;
      std::size_t b = i - 2;
      while (b > 0 && (is_noun(tokens[b - 1].pos) || is_adjective(tokens[b - 1].pos))) --b;
      const bool determined_object = b >= 2 && (tokens[b - 1].pos == Pos::DT || tokens[b - 1].pos == Pos::PRPS) &&
                                     tokens[b - 2].pos == Pos::VBD;
      if (object_follows || determined_object) t.pos = Pos::VBD;
    }
    // "an arms deal", "a new weapons shipment": "a"/"an" cannot determine a plural, so a
    // plural after it (past adjectives and numbers) modifies the noun that follows, which is
    // no verb (Brill's rules read "an arms deal" as a noun phrase and a verb).
    if ((t.pos == Pos::VBP || t.pos == Pos::VB) && i >= 2 && tokens[i - 1].pos == Pos::NNS) {
      std::size_t d = i - 2;
      while (d > 0 && d + 4 > i && (is_adjective(tokens[d].pos) || tokens[d].pos == Pos::CD)) --d;
      if (any_of(tokens[d].lower, {"a", "an"}))
        if (const std::uint32_t* wn = find(kWordNetClasses, t.lower); wn && (*wn & 1)) t.pos = Pos::NN;
    }
    // "have since traded accusations", "had since withdrawn": "since" between a perfect
    // "have" and a past form is an adverb (since then), not a preposition opening a clause.
    if (t.lower == "since" && i > 0 && i + 1 < tokens.size() &&
        any_of(tokens[i - 1].lower, {"have", "has", "had", "'ve"}) &&
        (tokens[i + 1].pos == Pos::VBN || tokens[i + 1].pos == Pos::VBD))
      t.pos = Pos::RB;
    // "at least", "at most" qualify what follows as one adverb (RB RBS), not a phrase.
    if (t.lower == "at" && i + 1 < tokens.size() && any_of(tokens[i + 1].lower, {"least", "most"})) {
      t.pos = Pos::RB;
      tokens[i + 1].pos = Pos::RBS;
    }
    // An adjective directly before a finite verb, after a determiner, noun or name, heads
    // the subject: "the United Nations chief made" (NN, if WordNet has the noun).
    if (t.pos == Pos::JJ && i > 0 && i + 1 < tokens.size() &&
        (tokens[i + 1].pos == Pos::VBD || tokens[i + 1].pos == Pos::VBZ || tokens[i + 1].pos == Pos::MD ||
         (tokens[i + 1].pos == Pos::VBN && find(kVerbByForm, tokens[i + 1].lower))) &&
        (tokens[i - 1].pos == Pos::DT || is_noun(tokens[i - 1].pos)))
      if (const std::uint32_t* wn = find(kWordNetClasses, t.lower); wn && (*wn & 1)) t.pos = Pos::NN;
    // A headline's verb: "Qatari emir hosts US negotiators", "Armenian diaspora marches on
    // Turkish embassy". Near the sentence's start, with no verb before it, a plural that is
    // also a verb's third person, right after a singular common noun and before what opens
    // an object (a name, determiner, adjective, number or a preposition of protest), is the
    // verb; "Border talks with Chad resumed" keeps its noun ("with" opens no object).
    if (t.pos == Pos::NNS && !t.capitalized && i >= 1 && i <= 3 && i + 1 < tokens.size() && tokens[i - 1].pos == Pos::NN &&
        (next == Pos::NNP || next == Pos::DT || next == Pos::JJ || next == Pos::CD || next == Pos::PRPS ||
         any_of(tokens[i + 1].lower, {"on", "against", "outside"}))) {
      bool verb_before = false;
      for (std::size_t j = 0; j < i; ++j) verb_before = verb_before || is_verb(tokens[j].pos) || tokens[j].pos == Pos::MD;
      if (const std::uint32_t* row = find(kVerbByForm, t.lower);
          !verb_before && row && str(kVerbRows[*row].form[kPresent3sg]) == t.lower)
        t.pos = Pos::VBZ;
    }
    // The same after a name that opens the sentence, follows a comma (a headline's second
    // clause) or a subordinator: "Putin snubs Xi", "..., Ankara slams Athens over drills",
    // "Beijing protests as Tokyo courts Moscow".
    if (t.pos == Pos::NNS && !t.capitalized && i >= 1 && i + 1 < tokens.size() && tokens[i - 1].pos == Pos::NNP &&
        (i == 1 || any_of(tokens[i - 2].lower, {",", "as", "while", "when", "after", "because", "since"})) &&
        (next == Pos::NNP || next == Pos::DT || next == Pos::JJ || next == Pos::CD || next == Pos::PRPS ||
         any_of(tokens[i + 1].lower, {"on", "against", "outside"})))
      if (const std::uint32_t* row = find(kVerbByForm, t.lower); row && str(kVerbRows[*row].form[kPresent3sg]) == t.lower)
        t.pos = Pos::VBZ;
    // An article opens a noun phrase: a verb form right after "a"/"an"/"the" that closes it
    // (a preposition or punctuation follows) is a noun, if WordNet has one ("after a spat
    // with Beijing", "the split between").
    if ((t.pos == Pos::VBD || t.pos == Pos::VBP || t.pos == Pos::VB) && i > 0 && i + 1 < tokens.size() &&
        any_of(tokens[i - 1].lower, {"a", "an", "the"}) && (tokens[i + 1].pos == Pos::IN || !tokens[i + 1].word))
      if (const std::uint32_t* wn = find(kWordNetClasses, t.lower); wn && (*wn & 1)) t.pos = Pos::NN;
    // A possessive owns a noun, never a verb: "Pyongyang's launch", "Beijing's build-up",
    // "Moscow's moves" (Brill's rules read a verb-or-noun word there as a verb when a
    // determiner follows). Only a word WordNet has as a noun (for a plural, its singular),
    // so the "'s" of "has" before a real participle ("Iran's sent") stays as it is.
    if (is_verb(t.pos) && t.pos != Pos::VBG && i > 0 && tokens[i - 1].pos == Pos::POS) {
      const bool plural = t.pos == Pos::VBZ;
      std::string_view base = t.lower;
      if (plural && base.size() > 1 && base.back() == 's') base.remove_suffix(1);
      // A past form ("sent", "made") after "'s" may be the "'s" of "has"; only a base form
      // read as a past one ("launch/VBN") is surely a tagging slip.
      bool past_form = false;
      if (t.pos == Pos::VBD || t.pos == Pos::VBN) {
        past_form = find(kVerbByBase, t.lower) == nullptr;
      }
      if (const std::uint32_t* wn = find(kWordNetClasses, base); wn && (*wn & 1) && !past_form)
        t.pos = plural ? Pos::NNS : Pos::NN;
    }
    // A possessive owns a noun: an adjective right after "'s" that no noun or adjective
    // follows heads the phrase ("Russia's offensive in", "the army's regular"), if
    // WordNet has the noun.
    if (t.pos == Pos::JJ && i > 0 && tokens[i - 1].pos == Pos::POS &&
        (i + 1 == tokens.size() || !(is_noun(tokens[i + 1].pos) || is_adjective(tokens[i + 1].pos))))
      if (const std::uint32_t* wn = find(kWordNetClasses, t.lower); wn && (*wn & 1)) t.pos = Pos::NN;
    // A past form right after a noun and right before a determiner, possessive or pronoun
    // has a subject and an object: "the chief made his remarks" (VBD, not VBN).
    if (t.pos == Pos::VBN && i > 0 && i + 1 < tokens.size() && is_noun(tokens[i - 1].pos) &&
        (tokens[i + 1].pos == Pos::DT || tokens[i + 1].pos == Pos::PRPS || tokens[i + 1].pos == Pos::PRP))
      if (const std::uint32_t* row = find(kVerbByForm, t.lower);
          row && (str(kVerbRows[*row].form[kPast]) == t.lower || str(kVerbRows[*row].form[kPast3sg]) == t.lower))
        t.pos = Pos::VBD;
    // "Japan's decision to release the water worried China": the same before a name, when no
    // finite verb came before it in the clause (the clause's verb is this one).
    // (A day or month after it dates the participle: "the package approved Monday".)
    if (t.pos == Pos::VBN && i > 0 && i + 1 < tokens.size() && is_noun(tokens[i - 1].pos) && tokens[i + 1].pos == Pos::NNP &&
        !any_of(tokens[i + 1].lower, {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
                                      "february", "march", "april", "may", "june", "july", "august", "september", "october",
                                      "november", "december"}))
      if (const std::uint32_t* row = find(kVerbByForm, t.lower);
          row && (str(kVerbRows[*row].form[kPast]) == t.lower || str(kVerbRows[*row].form[kPast3sg]) == t.lower)) {
        bool finite_before = false;
        for (std::size_t j = i - 1; j-- > 0;) {
          const Token& w = tokens[j];
          if (!w.word || any_of(w.lower, {"and", "but", "or", "that", "which", "who", "while", "when", "after", "before",
                                          "because", "as", "if", "since"}))
            break;
          if (w.pos == Pos::VBD || w.pos == Pos::VBZ || w.pos == Pos::VBP || w.pos == Pos::MD) {
            finite_before = true;
            break;
          }
        }
        if (!finite_before) t.pos = Pos::VBD;
      }
    // "The Group of Seven, meeting in The Hague, suspended Russia's participation": a past form
    // after the comma that closes an aside on the subject, before its object, is the clause's
    // verb when no finite verb came before it in the sentence.
    if (t.pos == Pos::VBN && i >= 3 && i + 1 < tokens.size() && tokens[i - 1].lower == "," &&
        (tokens[i + 1].pos == Pos::NNP || tokens[i + 1].pos == Pos::DT || tokens[i + 1].pos == Pos::PRPS))
      if (const std::uint32_t* row = find(kVerbByForm, t.lower);
          row && (str(kVerbRows[*row].form[kPast]) == t.lower || str(kVerbRows[*row].form[kPast3sg]) == t.lower) &&
          std::none_of(tokens.begin(), tokens.begin() + static_cast<std::ptrdiff_t>(i), [](const Token& w) {
            return w.pos == Pos::VBD || w.pos == Pos::VBZ || w.pos == Pos::VBP || w.pos == Pos::MD;
          }))
        t.pos = Pos::VBD;
    // A particle: "up", "out", "down", "off" right after a verb, not heading a phrase with
    // "of"/"to" ("carry out killings", "blown up over"), is RP (Penn), not IN.
    if (t.pos == Pos::IN && i > 0 && is_verb(tokens[i - 1].pos) && any_of(t.lower, {"up", "out", "down", "off"}) &&
        !(i + 1 < tokens.size() && any_of(tokens[i + 1].lower, {"of", "to", "from", "with"})))
      t.pos = Pos::RP;
    // "reported back to", "flew back to", "head back from": "back" right after a verb (not a
    // modal or "to", where it is the verb "back") is an adverb (RB, as Penn tags it).
    if (t.lower == "back" && i > 0 && is_verb(tokens[i - 1].pos) && tokens[i - 1].pos != Pos::MD &&
        !any_of(tokens[i - 1].lower, {"to", "will", "would", "could", "should", "must", "may", "might", "can", "did", "does", "do"}))
      t.pos = Pos::RB;
    // "closed the crossing and ...", "after the bombing, ...": an -ing form right after an
    // article that heads its phrase (a conjunction, preposition, punctuation or verb comes
    // next) is a noun; before a noun it modifies it ("the ruling party") and stays.
    if (t.pos == Pos::VBG && i > 0 && any_of(tokens[i - 1].lower, {"the", "a", "an", "this", "that"}) &&
        (i + 1 == tokens.size() || !tokens[i + 1].word || tokens[i + 1].pos == Pos::CC || tokens[i + 1].pos == Pos::IN ||
         tokens[i + 1].pos == Pos::VBD || tokens[i + 1].pos == Pos::VBZ || tokens[i + 1].pos == Pos::MD))
      t.pos = Pos::NN;
    // "the then UN secretary general", "the then prime minister": "then" between an article
    // and its noun is an adjective (Penn tags it JJ there), part of the noun phrase.
    if (t.lower == "then" && i > 0 && i + 1 < tokens.size() && any_of(tokens[i - 1].lower, {"the", "a", "its", "their"}) &&
        tokens[i + 1].word && (is_noun(tokens[i + 1].pos) || is_adjective(tokens[i + 1].pos) || tokens[i + 1].capitalized))
      t.pos = Pos::JJ;
    // "opposed outside interference", "outside powers": "outside" right before a lower-case
    // common noun is an adjective ("from outside"); as a preposition it takes a name or a
    // determined phrase ("outside Kabul", "outside the embassy").
    if (t.pos == Pos::IN && (t.lower == "outside" || t.lower == "inside") && i + 1 < tokens.size() &&
        (tokens[i + 1].pos == Pos::NN || tokens[i + 1].pos == Pos::NNS) && !tokens[i + 1].capitalized &&
        !(i + 2 < tokens.size() && tokens[i + 2].pos == Pos::POS))
      t.pos = Pos::JJ;
    // A participle between a determiner or number and a noun modifies it: "an armed group",
    // "the two exiled dissidents" (JJ, by Penn's guidelines for prenominal -ed forms).
    if (t.pos == Pos::VBN && i > 0 && i + 1 < tokens.size() &&
        (tokens[i - 1].pos == Pos::DT || tokens[i - 1].pos == Pos::CD || tokens[i - 1].pos == Pos::PRPS) &&
        (tokens[i + 1].pos == Pos::NN || tokens[i + 1].pos == Pos::NNS || tokens[i + 1].pos == Pos::NNP ||
         tokens[i + 1].pos == Pos::NNPS || is_adjective(tokens[i + 1].pos)))
      t.pos = Pos::JJ;
    // No present-tense verb follows a form of "be": "was sharply critical" is JJ as the
    // lexicon has it (Brill's rules read the adverb as a subject's).
    if ((t.pos == Pos::VBP || t.pos == Pos::VB) && !is_verb(lexicon_tag(t.lower))) {
      std::size_t j = i;
      while (j > 0 && is_adverb(tokens[j - 1].pos)) --j;
      if (j > 0 && any_of(tokens[j - 1].lower, {"is", "are", "was", "were", "been", "being", "am", "be"}))
        t.pos = lexicon_tag(t.lower) != Pos::None ? lexicon_tag(t.lower) : Pos::JJ;
    }
    // "The EU itself recalled ...": a reflexive right after its noun and before a verb
    // stresses the subject; it is no object or subject of its own (RB, like an adverb).
    if (t.pos == Pos::PRP && i > 0 && i + 1 < tokens.size() && is_noun(tokens[i - 1].pos) &&
        (is_verb(tokens[i + 1].pos) || tokens[i + 1].pos == Pos::MD) &&
        any_of(t.lower, {"itself", "themselves", "himself", "herself"}))
      t.pos = Pos::RB;
    // "condemned the attack carried out by Russia": a past form right after a noun, before
    // "by" (past a particle), in a clause whose finite verb came before it, is a participle
    // on that noun (a clause has one finite verb; "the government abided by" has none before).
    if (t.pos == Pos::VBD && i >= 2 && (tokens[i - 1].pos == Pos::NN || tokens[i - 1].pos == Pos::NNS)) {
      std::size_t by = i + 1;
      if (by < tokens.size() && (tokens[by].pos == Pos::RP || any_of(tokens[by].lower, {"out", "up", "off", "down", "through"}))) ++by;
      if (by < tokens.size() && tokens[by].lower == "by") {
        bool finite_before = false;
        for (std::size_t j = i - 1; j-- > 0;) {
          const Token& w = tokens[j];
          if (!w.word || any_of(w.lower, {"and", "but", "or", "that", "which", "who", "while", "when", "after", "before",
                                          "because", "as", "if", "since"}))
            break;
          if (w.pos == Pos::VBD || w.pos == Pos::VBZ || w.pos == Pos::VBP || w.pos == Pos::MD) {
            finite_before = true;
            break;
          }
        }
        // ("The raids carried out by Ethiopia on Eritrea were criticised": or the clause's
        // finite verb comes after the by-phrase.)
        bool finite_after = false;
        for (std::size_t j = by + 1; j < tokens.size() && j < by + 12 && !finite_after; ++j) {
          if (tokens[j].lower == "," || !tokens[j].word) break;
          finite_after = any_of(tokens[j].lower, {"was", "were", "is", "are", "has", "have", "had", "will", "would"}) ||
                         (j > by + 1 && (tokens[j].pos == Pos::VBD || tokens[j].pos == Pos::VBZ || tokens[j].pos == Pos::MD));
        }
        if (finite_before || finite_after) t.pos = Pos::VBN;
      }
    }
    // "a country that recognises Taiwan", "the state which backs Israel": an -s form right
    // after a relative pronoun, before a name, a determiner or a possessive, is its clause's
    // present verb (the verb table knows it as a third-person form).
    if ((t.pos == Pos::NNS || t.pos == Pos::NN) && i > 0 && i + 1 < tokens.size() &&
        any_of(tokens[i - 1].lower, {"that", "which", "who"}) && !t.capitalized &&
        (tokens[i + 1].pos == Pos::NNP || tokens[i + 1].pos == Pos::DT || tokens[i + 1].pos == Pos::PRPS))
      // (British spellings are looked up as American ones: "recognises" as "recognizes".)
      if (const std::string form = t.lower.ends_with("ises") ? t.lower.substr(0, t.lower.size() - 4) + "izes" : t.lower;
          find(kVerbByForm, form) && str(kVerbRows[*find(kVerbByForm, form)].form[kPresent3sg]) == form) {
        t.pos = Pos::VBZ;
        if (tokens[i - 1].lower == "that") tokens[i - 1].pos = Pos::WDT;
      }
    // "The UAE and Kuwait have all sent aircraft": "all" or "both" floated after an auxiliary
    // is no determiner; the participle after it is the verb ("sent", not an adjective).
    if (any_of(t.lower, {"all", "both"}) && i > 0 && i + 1 < tokens.size() &&
        any_of(tokens[i - 1].lower, {"have", "has", "had", "are", "were", "is", "was", "will", "would"}))
      if (const std::uint32_t* row = find(kVerbByForm, tokens[i + 1].lower);
          row && (str(kVerbRows[*row].form[kParticiple]) == tokens[i + 1].lower || tokens[i + 1].pos == Pos::VB)) {
        t.pos = Pos::RB;
        if (tokens[i + 1].pos != Pos::VB) tokens[i + 1].pos = Pos::VBN;
      }
    // "Russia and Ukraine each blamed the other", "the two sides both said": a quantifier
    // floated between a subject and its finite verb is no determiner.
    // ("..., each accusing the other": "each" before a participle after a comma, too.)
    if (t.lower == "each" && i > 0 && i + 1 < tokens.size() && tokens[i - 1].lower == "," && tokens[i + 1].pos == Pos::VBG)
      t.pos = Pos::RB;
    // (British spellings are looked up as American ones: "criticised" as "criticized".)
    if (any_of(t.lower, {"both", "all", "each"}) && i > 0 && i + 1 < tokens.size() &&
        (tokens[i - 1].pos == Pos::NNP || tokens[i - 1].pos == Pos::NNPS || tokens[i - 1].pos == Pos::NNS ||
         tokens[i - 1].pos == Pos::PRP)) {
      Token& next_token = tokens[i + 1];
      const std::string& w = next_token.lower;
      const std::string american = w.ends_with("ised") ? w.substr(0, w.size() - 4) + "ized" : w;
      const std::uint32_t* row = find(kVerbByForm, american);
      const bool past = row && (str(kVerbRows[*row].form[kPast]) == american || str(kVerbRows[*row].form[kPast3sg]) == american);
      if (next_token.pos == Pos::VBD || next_token.pos == Pos::VBZ || next_token.pos == Pos::VBP || next_token.pos == Pos::MD) {
        t.pos = Pos::RB;
      } else if (past && !next_token.capitalized) {
        t.pos = Pos::RB;
        next_token.pos = Pos::VBD;
      }
    }
    // "Vietnam and the Philippines both reject Beijing's claims": "both" or "all" floated
    // after a subject names no noun phrase of its own; the word after it that the verb table
    // has as an infinitive is the present verb (Brill's rules read "both reject" as DT NN).
    if (any_of(t.lower, {"both", "all"}) && i > 0 && i + 1 < tokens.size() &&
        (tokens[i - 1].pos == Pos::NNP || tokens[i - 1].pos == Pos::NNPS || tokens[i - 1].pos == Pos::NNS ||
         tokens[i - 1].pos == Pos::PRP) &&
        (tokens[i + 1].pos == Pos::NN || tokens[i + 1].pos == Pos::NNS || tokens[i + 1].pos == Pos::VB) &&
        !tokens[i + 1].capitalized && find(kVerbByBase, tokens[i + 1].lower) &&
        (i + 2 >= tokens.size() || !(is_verb(tokens[i + 2].pos) || tokens[i + 2].pos == Pos::MD))) {
      t.pos = Pos::RB;
      tokens[i + 1].pos = Pos::VBP;
    }
    // A past form after an auxiliary "have" or "be" (adverbs between) is a participle:
    // "has issued", "was not fired".
    if (t.pos == Pos::VBD) {
      std::size_t j = i;
      while (j > 0 && (is_adverb(tokens[j - 1].pos) || tokens[j - 1].lower == "not")) --j;
      if (j > 0 && any_of(tokens[j - 1].lower, {"have", "has", "had", "having", "'ve", "be", "is", "are", "was", "were",
                                                "been", "being", "am", "'re"}))
        t.pos = Pos::VBN;
    }
  }
}

}  // namespace

// "Asked about the talks, the minister accused ...", "Angered by the vote, Seoul ...": a
// past form that opens the sentence before a preposition or adverb has no subject, so it is
// a participle opening a phrase; and the main clause after that phrase's comma has its
// finite verb, a past form right after its subject noun (Brill's rules read the second of
// two past forms as a participle).
void opening_participle(std::vector<Token>& tokens) {
  std::size_t first = 0;
  while (first < tokens.size() && !tokens[first].word) ++first;
  if (first + 2 >= tokens.size() || tokens[first].pos != Pos::VBD) return;
  const Pos next = tokens[first + 1].pos;
  if (next != Pos::IN && next != Pos::RB && next != Pos::TO) return;
  std::size_t comma = first + 1;
  while (comma < tokens.size() && tokens[comma].lower != "," && comma < first + 16) ++comma;
  if (comma >= tokens.size() || tokens[comma].lower != ",") return;
  tokens[first].pos = Pos::VBN;
  for (std::size_t i = comma + 1; i + 1 < tokens.size() && i < comma + 8; ++i) {
    if (is_verb(tokens[i].pos) || tokens[i].pos == Pos::MD) {
      if (tokens[i].pos == Pos::VBN && is_noun(tokens[i - 1].pos))
        if (const std::uint32_t* row = find(kVerbByForm, tokens[i].lower);
            row && str(kVerbRows[*row].form[kPast]) == tokens[i].lower)
          tokens[i].pos = Pos::VBD;
      return;
    }
  }
}

void tag_tokens(std::vector<Token>& tokens) {
  bool first_word = true;
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    tokens[i].pos = start_tag(tokens, i, first_word);
    // Opening quotes and brackets do not end the sentence start.
    if (tokens[i].word) first_word = false;
  }
  news_names(tokens);
  apply_context(tokens);
  news_rules(tokens);
  opening_participle(tokens);
  // "co-sponsored", "co-drafted", "co-chaired": the prefix before a hyphen joined to a verb
  // takes the verb's tag, so the word stays one verb form for the chunker.
  for (std::size_t i = 0; i + 2 < tokens.size(); ++i)
    if (tokens[i].lower == "co" && tokens[i + 1].lower == "-" && tokens[i + 1].joined && tokens[i + 2].joined &&
        is_verb(tokens[i + 2].pos))
      tokens[i].pos = tokens[i + 2].pos;
}

}  // namespace irkg
