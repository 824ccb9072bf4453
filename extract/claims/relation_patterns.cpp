// Compiling and matching relation patterns (relation_patterns.h).
#include "extract/claims/relation_patterns.h"

#include <algorithm>
#include <tuple>

#include "extract/claims/lexicon.h"
#include "extract/claims/morphology.h"
#include "extract/claims/word_class.h"

namespace irkg {
namespace {

// Words news puts between a verb and the noun of its phrase, or inside a noun phrase:
// "shut ITS LONG NORTHERN border", "signed A $5 BILLION ARMS deal", "restored FULL
// DIPLOMATIC ties". Five covers the modifiers seen in practice without reaching over a
// clause.
constexpr std::size_t kMaxModifiers = 5;
// Before a set's noun, a list and a quantity may stand as well: "sent FUEL, FOOD AND
// medicine to", "shipped MILLIONS OF ARTILLERY shells to".
constexpr std::size_t kMaxListModifiers = 9;

bool has_digit(std::string_view w) {
  return std::any_of(w.begin(), w.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// A token that may modify the noun of a pattern. Actors never do: "restored Moscow's ties"
// has a possessor the frames need. Negators, prepositions and clause words end the noun
// phrase, so a pattern cannot reach across them.
// A state's adjective standing alone as an actor ("Lithuanian", "the Chilean consulate"):
// one capitalised adjective, its own group. Inside a pattern's noun phrase it modifies the
// noun like any adjective; a name ("Moscow's ties") or a noun ("Russians") does not.
bool demonym_modifier_at(const std::vector<Token>& tokens, const std::vector<std::int32_t>& group_at, std::size_t j) {
  const std::int32_t g = group_at[j];
  if (g < 0 || !tokens[j].capitalized || !is_adjective(tokens[j].pos)) return false;
  return (j == 0 || group_at[j - 1] != g) && (j + 1 >= tokens.size() || group_at[j + 1] != g);
}

// "MORE THAN 5,000 shells", "AT LEAST two frigates", "UP TO 300 tanks": words that
// approximate a number (some of them prepositions) modify the noun when a number ends them.
bool approximates_number(const std::vector<Token>& tokens, const std::vector<std::int32_t>& group_at, std::size_t j) {
  for (std::size_t p = j; p < tokens.size() && p < j + 4 && group_at[p] < 0; ++p) {
    if (has_digit(tokens[p].lower) || tokens[p].pos == Pos::CD) return p > j;
    if (!has(tokens[p], word_class("approximator"))) return false;
  }
  return false;
}

bool modifier_at(const std::vector<Token>& tokens, const std::vector<std::int32_t>& group_at, std::size_t j) {
  const Token& t = tokens[j];
  if (group_at[j] >= 0) return false;
  if (approximates_number(tokens, group_at, j)) return true;
  if (!t.word) return t.lower == "-" || t.lower == "$" || t.lower == "%" || is_quote_mark(t);
  // "a swift and harsh response", "a swift and crushing response": "and" between two
  // adjectives (participles used as adjectives count).
  const auto adjectival = [](Pos pos) { return is_adjective(pos) || pos == Pos::VBN || pos == Pos::VBG; };
  if (has(t, word_class("conjunction_and")))
    return j > 0 && j + 1 < tokens.size() && adjectival(tokens[j - 1].pos) && adjectival(tokens[j + 1].pos);
  if (has(t, word_class("negator")) || has(t, word_class("clause_break")) || has(t, word_class("preposition")))
    return false;
  if (has(t, word_class("determiner")) || has(t, word_class("noun_marker")) || has_digit(t.lower)) return true;
  switch (t.pos) {
    case Pos::DT: case Pos::PDT: case Pos::PRPS: case Pos::CD:
    case Pos::JJ: case Pos::JJR: case Pos::JJS:
    case Pos::NN: case Pos::NNS:
    case Pos::VBN: case Pos::VBG:
    case Pos::RB: case Pos::RBR: case Pos::RBS:
      return true;
    default:
      return false;
  }
}

// A name that is no actor before a set's noun names a make or a model: "bought Rafale
// jets from", "ordered 250 Abrams tanks from", "a Sinovac vaccine". Only a set's noun takes
// it, since a set is a closed list of things (a free noun after a name is often a title or a
// place: "the Sochi summit with").
bool product_name_at(const std::vector<Token>& tokens, const std::vector<std::int32_t>& group_at, std::size_t j) {
  return group_at[j] < 0 && tokens[j].word && tokens[j].capitalized && is_proper_noun(tokens[j].pos);
}

// Inside a list or a quantity before a set's noun: a comma or "and"/"or" after a noun
// ("fuel, food and medicine"), "of" after a number or a quantity noun ("millions of
// shells", "2,000 tonnes of wheat") and "in" after a sum ("$2 billion in loans").
bool list_or_quantity_at(const std::vector<Token>& tokens, const std::vector<std::int32_t>& group_at, std::size_t j) {
  // (A state's adjective may follow: "millions of Russian shells", "volumes of Russian
  // crude"; a name may not: "shipments of Russia" are no modifiers.)
  if (j == 0 || j + 1 >= tokens.size() || (group_at[j + 1] >= 0 && !demonym_modifier_at(tokens, group_at, j + 1)))
    return false;
  const Token& t = tokens[j];
  const Token& prev = tokens[j - 1];
  if (t.lower == "," || has(t, word_class("coordinator")))
    return (prev.pos == Pos::NN || prev.pos == Pos::NNS) && group_at[j - 1] < 0;
  if (has(t, word_class("complement_of")))
    return has_digit(prev.lower) || prev.pos == Pos::CD || has(prev, word_class("quantity_noun")) || has(prev, word_class("amount_tail"));
  // "40 per cent of its gas": a share after its number.
  if (t.lower == "per" && (has_digit(prev.lower) || prev.pos == Pos::CD)) return true;
  if (t.lower == "cent" && prev.lower == "per") return true;
  // "300 billion euros in compensation": "in" after a sum.
  if (t.lower == "in") return has_digit(prev.lower) || has(prev, word_class("amount_tail"));
  // "suspended ABOUT $100 million in aid", "sent MORE THAN 200 tonnes of fuel": words that
  // approximate the sum right before it.
  if (has(t, word_class("approximator")) && group_at[j] < 0) {
    std::size_t q = j + 1;
    while (q < tokens.size() && q < j + 3 && has(tokens[q], word_class("approximator"))) ++q;
    // ("more than a third of its gas": a fraction after an article counts as a number.)
    if (q + 1 < tokens.size() && (tokens[q].lower == "a" || tokens[q].lower == "an") && has(tokens[q + 1], word_class("quantity_noun")))
      return true;
    return q < tokens.size() && (has_digit(tokens[q].lower) || tokens[q].pos == Pos::CD || tokens[q].pos == Pos::SYM);
  }
  return false;
}

// Where an act took place, between a noun and the preposition that ends its pattern: "a
// rally IN BUSAN against", "protests OUTSIDE THE EMBASSY IN LIMA against". Returns the token
// after it, or `j` when none starts there: a place preposition and up to four words, the
// last capitalised (a name), no verb.
std::size_t after_place_phrase(const std::vector<Token>& tokens, std::size_t j) {
  if (j >= tokens.size() || !has(tokens[j], word_class("locative"))) return j;
  std::size_t best = j;
  for (std::size_t p = j + 1; p < tokens.size() && p <= j + 5; ++p) {
    const Token& t = tokens[p];
    if (!t.word || is_verb(t.pos)) break;
    if (t.capitalized) best = p + 1;
    else if (!(has(t, word_class("article_the")) || has(t, word_class("locative")) || t.pos == Pos::NN)) break;
  }
  return best;
}

// After a set's noun, its value: "medicine WORTH MORE THAN $3.5 BILLION to Sri Lanka", "a
// debt OF ABOUT £400 MILLION to Iran". Returns the token after the amount, or `j` when none
// starts there; an amount has a figure ("of some countries" is none).
std::size_t after_amount(const std::vector<Token>& tokens, std::size_t j) {
  if (j >= tokens.size() || !has(tokens[j], word_class("amount_word"))) return j;
  std::size_t p = j + 1;
  bool figure = false;
  while (p < tokens.size()) {
    const Token& t = tokens[p];
    const bool currency = t.lower == "$" || t.lower == "\xE2\x82\xAC" || t.lower == "\xC2\xA3";
    if (!has(t, word_class("amount_tail")) && !has_digit(t.lower) && !currency) break;
    figure = figure || currency || has_digit(t.lower) || t.pos == Pos::CD;
    ++p;
  }
  return p > j + 1 && figure ? p : j;
}

// A time phrase at `j`: "on Monday", "on March 3", "last week", "this year", "earlier this
// month" (two or three words: a time_phrase_word, then a time_unit, then maybe a number).
// Returns the token after it, or `j` when none starts there.
std::size_t after_time_phrase(const std::vector<Token>& tokens, const std::vector<std::int32_t>& group_at, std::size_t j) {
  if (j + 1 >= tokens.size() || group_at[j] >= 0 || !has(tokens[j], word_class("time_phrase_word")) ||
      !has(tokens[j + 1], word_class("time_unit")) || group_at[j + 1] >= 0)
    return j;
  std::size_t p = j + 2;
  if (p < tokens.size() && has_digit(tokens[p].lower)) ++p;
  return p;
}

// After a set's noun, the rest of a list it opens: ", ammunition and trucks", "and
// spare parts" (up to four words after the comma or conjunction, ending with a noun, no
// actor). Returns the token after the list, or `j` when none starts there.
std::size_t after_list_tail(const std::vector<Token>& tokens, const std::vector<std::int32_t>& group_at, std::size_t j) {
  std::size_t end = j;
  for (std::size_t p = j; p < tokens.size() && p < j + 8;) {
    if (!(tokens[p].lower == "," || has(tokens[p], word_class("coordinator")))) break;
    std::size_t q = p + 1;
    while (q < tokens.size() && q < p + 5 && group_at[q] < 0 && tokens[q].word && !has(tokens[q], word_class("preposition")) &&
           (is_adjective(tokens[q].pos) || tokens[q].pos == Pos::NN || tokens[q].pos == Pos::NNS || tokens[q].pos == Pos::VBN))
      ++q;
    if (q == p + 1 || !(tokens[q - 1].pos == Pos::NN || tokens[q - 1].pos == Pos::NNS)) break;
    end = p = q;
  }
  return end;
}

// "was sharply critical of", "has not been opposed to", "remains at war with": a form of be
// before the pattern, across adverbs and negators.
bool be_before(const std::vector<Token>& tokens, std::size_t i) {
  for (std::size_t back = 1; back <= i; ++back) {
    const Token& t = tokens[i - back];
    if (has(t, word_class("be"))) return true;
    if (!(has(t, word_class("adverb")) || has(t, word_class("negator")) || t.pos == Pos::RB)) return false;
  }
  return false;
}

std::vector<std::string_view> split_spaces(std::string_view s) {
  std::vector<std::string_view> out;
  std::size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && s[i] == ' ') ++i;
    std::size_t j = i;
    while (j < s.size() && s[j] != ' ') ++j;
    if (j > i) out.push_back(s.substr(i, j - i));
    i = j;
  }
  return out;
}

bool alphabetic(std::string_view w) {
  return !w.empty() && std::all_of(w.begin(), w.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || static_cast<unsigned char>(c) >= 0x80;
  });
}

}  // namespace

void RelationPatterns::add_start(const std::string& form, std::uint32_t pattern, RelationMatch match) {
  auto& starts = by_first_[form];
  for (const Start& s : starts)
    if (s.pattern == pattern && s.match == match) return;
  starts.push_back({pattern, match});
}

std::string RelationPatterns::add(std::string_view text, std::int32_t relation, Head head, const Grammar& grammar,
                                  bool composes) {
  std::vector<std::string_view> items = split_spaces(text);
  if (items.empty()) return "empty pattern";
  Pattern p;
  p.relation = relation;
  p.order = patterns_.size();
  p.source = std::string(text);
  p.composes = composes;
  if (items.size() > 1 && items.front() == "be") {
    p.needs_be = true;
    items.erase(items.begin());
    head = Head::Literal;  // "critical", "at": the word after be is not a verb
  }
  // Each item becomes one or more elements: "cease-fire" is three tokens, matched joined.
  std::vector<Element> elements;
  bool after_determiner = false;  // the word before was an article or possessive, now implied
  for (std::size_t k = 0; k < items.size(); ++k) {
    std::string_view item = items[k];
    Element e;
    // An implied article stands before the next item only: never past an OBJ or a set.
    const bool article_before = after_determiner;
    after_determiner = false;
    if (item.size() > 2 && item.front() == '(' && item.back() == ')') {
      e.optional = true;
      item = item.substr(1, item.size() - 2);
    }
    if (item == "OBJ" || item == "OBJ's") {
      if (k == 0) return "a pattern cannot open with OBJ";
      e.object = true;
      elements.push_back(std::move(e));
      // "trained OBJ's troops": the object as the possessor of the next noun.
      if (item == "OBJ's") {
        Element possessive;
        possessive.forms = {"'s"};
        possessive.possessive_marker = true;
        elements.push_back(std::move(possessive));
      }
      continue;
    }
    if (item.front() == '&') {
      const auto it = sets_.find(std::string(item));
      if (it == sets_.end()) return "unknown set '" + std::string(item) + "' (define it on a set row first)";
      for (const std::string& word : it->second)
        for (std::string& form : noun_forms(word))
          if (std::find(e.forms.begin(), e.forms.end(), form) == e.forms.end()) e.forms.push_back(std::move(form));
      e.modifiers_before = k > 0;  // a set is a noun of the phrase, with or without an article
      e.set = k > 0;
      elements.push_back(std::move(e));
      continue;
    }
    const std::vector<Token> toks = tokenize(item);
    if (toks.empty()) return "empty word in pattern";
    std::string lower = toks.front().lower;
    // Articles and possessives are not matched as written: the modifiers allowed before the
    // next word include them, so "sign a deal with" also reads "signed the deal with",
    // "signed deals with" and "signed a new defence deal with". Other determiners keep
    // their meaning ("no", "that" in "ties that bind").
    if (k > 0 && k + 1 < items.size() && toks.size() == 1 && !e.optional && grammar.in("phrase_determiner", lower)) {
      after_determiner = true;
      continue;
    }
    for (std::size_t t = 0; t < toks.size(); ++t) {
      Element w;
      w.optional = e.optional;
      w.forms.push_back(toks[t].lower);
      // A noun of the phrase may carry modifiers; prepositions and particles ("stand by",
      // "sit down with") belong to the verb and follow it directly, as do the parts of a
      // hyphenated word.
      w.modifiers_before = k > 0 && t == 0 &&
                           (article_before || (alphabetic(toks[t].raw) && !grammar.in("preposition", toks[t].lower) &&
                                                 !grammar.in("particle", toks[t].lower) &&
                                                 !grammar.in("determiner", toks[t].lower)));
      // The noun of a phrase reads in either number: "sign an agreement with" also reads
      // "signed agreements with". Words without a plural never occur in the other form.
      if (w.modifiers_before && !e.optional) w.forms = noun_forms(toks[t].lower);
      // "took China to the WTO", "hauled Chile before the International Court of Justice":
      // a word the dictionary writes capitalised after the first is part of a name, and
      // matches where the name is an actor (elsewhere no pattern word reaches into one).
      // The small words inside such a name ("Court OF Justice") continue it.
      w.name_word = k > 0 && (toks[t].capitalized || (!elements.empty() && elements.back().name_word));
      elements.push_back(std::move(w));
    }
  }
  if (elements.empty() || elements.front().optional) return "a pattern must open with a required word";
  const Element first = elements.front();
  p.rest.assign(elements.begin() + 1, elements.end());
  p.verb_head = head == Head::Verb;
  // "violated its airspace", "pledged to respect its sovereignty": in a verb's phrase an OBJ
  // with words after it (a possessor) may be the possessive pronoun. (An OBJ that ends the
  // phrase is a whole noun phrase: "its" there would take only the determiner.)
  for (std::size_t k = 0; k + 1 < p.rest.size(); ++k)
    if (p.rest[k].object) p.rest[k].pronoun_ok = p.verb_head;
  const auto index = static_cast<std::uint32_t>(patterns_.size());
  patterns_.push_back(std::move(p));
  if (head == Head::Verb && first.forms.size() == 1) {
    const VerbForms forms = inflect_verb(first.forms.front(), grammar);
    for (std::size_t k = 0; k < forms.finite.size(); ++k)
      add_start(forms.finite[k], index, RelationMatch{relation, false, false, k == 0});
    for (const auto& w : forms.participle) add_start(w, index, RelationMatch{relation, true, false});
    for (const auto& w : forms.gerund) add_start(w, index, RelationMatch{relation, false, true});
  } else {
    std::vector<std::string> starts = first.forms;
    // (Not a preposition, an article or a set's words; a plural head keeps its number:
    // "talks with" does not read "talk with".)
    if (head == Head::Noun && first.forms.size() == 1 && !first.object && !first.optional && alphabetic(first.forms.front()) &&
        !grammar.in("preposition", first.forms.front()) && !grammar.in("determiner", first.forms.front()) &&
        !grammar.in("phrase_determiner", first.forms.front()) && !first.forms.front().ends_with("s"))
      starts = noun_forms(first.forms.front());
    for (const auto& w : starts) add_start(w, index, RelationMatch{relation, false, false});
  }
  return {};
}

bool RelationPatterns::element_at(const Element& e, const std::vector<Token>& tokens,
                                  const std::vector<std::int32_t>& group_at, std::size_t j, std::size_t& next,
                                  std::int32_t& object) const {
  if (j >= tokens.size()) return false;
  if (e.object) {
    // "held the Taliban responsible", "boarded a British tanker": one whole actor group,
    // after an optional article.
    const std::string& w = tokens[j].lower;
    if (e.pronoun_ok && w == "its" && group_at[j] < 0) {
      next = j + 1;
      object = kPossessivePronounObject;
      return true;
    }
    if ((w == "the" || w == "a" || w == "an") && j + 1 < tokens.size() && group_at[j + 1] >= 0) ++j;
    // "boarded TWO Chinese boats", "expelled the 15 Russian diplomats": a count before a
    // demonym group.
    if ((w == "the") && j + 2 < tokens.size() && group_at[j + 1] < 0 && (tokens[j + 1].pos == Pos::CD || has_digit(tokens[j + 1].lower)) &&
        group_at[j + 2] >= 0)
      j += 2;
    else if (j + 1 < tokens.size() && group_at[j] < 0 && (tokens[j].pos == Pos::CD || has_digit(tokens[j].lower)) && group_at[j + 1] >= 0)
      ++j;
    // "allowed TENS OF THOUSANDS OF Russian soldiers to remain": quantities before the group.
    for (int hops = 0; hops < 3 && j + 2 < tokens.size() && group_at[j] < 0 && has(tokens[j], word_class("quantity_noun")) &&
                       has(tokens[j + 1], word_class("complement_of"));
         ++hops)
      j += 2;
    const std::int32_t g = group_at[j];
    if (g < 0) return false;
    while (j < tokens.size() && group_at[j] == g) ++j;
    next = j;
    object = g;
    return true;
  }
  if (group_at[j] >= 0 && !e.name_word) return false;
  if (std::find(e.forms.begin(), e.forms.end(), tokens[j].lower) == e.forms.end()) return false;
  next = j + 1;
  return true;
}

// Elements from `k` on, starting at token `j`. Modifiers before an element are skipped
// shortest first, so the phrase ends at the first place it can; `skipped` counts them.
bool RelationPatterns::match_rest(const Pattern& p, std::size_t k, const std::vector<Token>& tokens,
                                  const std::vector<std::int32_t>& group_at, std::size_t j, std::size_t& end,
                                  std::int32_t& object, std::size_t& skipped) const {
  if (k == p.rest.size()) {
    end = j;
    return true;
  }
  const Element& e = p.rest[k];
  // "its" is already possessive: no "'s" follows it.
  if (e.possessive_marker && object == kPossessivePronounObject) return match_rest(p, k + 1, tokens, group_at, j, end, object, skipped);
  // `lodged "strong representations" with`: a closing quote mark may stand before a
  // preposition of the pattern (quotes before a noun are modifiers, modifier_at).
  if (!e.modifiers_before && !e.object && k > 0 && j + 1 < tokens.size() && is_quote_mark(tokens[j])) ++j;
  // "spoke BRIEFLY with", "works CLOSELY with", "stands SQUARELY with": a manner adverb
  // may stand between a verb and the preposition or particle that follows it.
  if (k == 0 && p.verb_head && !e.modifiers_before && !e.object && !e.optional && j + 1 < tokens.size() &&
      group_at[j] < 0 && tokens[j].pos == Pos::RB && tokens[j].lower.size() > 4 && tokens[j].lower.ends_with("ly") &&
      match_rest(p, k, tokens, group_at, j + 1, end, object, skipped)) {
    skipped += 1;
    return true;
  }
  // "aligned ITSELF closely with", "allied THEMSELVES with": a reflexive object (an object
  // pronoun in -self or -selves) may stand there too; it is the subject, no other object.
  if (k == 0 && p.verb_head && !e.modifiers_before && !e.object && !e.optional && j + 1 < tokens.size() && group_at[j] < 0 &&
      has(tokens[j], word_class("object_pronoun")) && (tokens[j].lower.ends_with("self") || tokens[j].lower.ends_with("selves")) &&
      match_rest(p, k, tokens, group_at, j + 1, end, object, skipped)) {
    skipped += 1;
    return true;
  }
  // "renewed its appeal ON SUNDAY for Russia to ...": a short time phrase may stand before a
  // preposition of the pattern.
  if (!e.modifiers_before && !e.object) {
    const std::size_t after = after_time_phrase(tokens, group_at, j);
    if (after > j && match_rest(p, k, tokens, group_at, after, end, object, skipped)) {
      skipped += after - j;
      return true;
    }
  }
  const std::size_t reach = !e.modifiers_before ? 0 : e.set ? kMaxListModifiers : kMaxModifiers;
  std::int32_t demonym = -1;  // a state's adjective among the modifiers ("15 LITHUANIAN fishermen")
  // Quote marks around modifiers do not count as words: 'a "massive and harsh" response'.
  std::size_t quotes = 0;
  for (std::size_t skip = 0; skip <= reach + quotes && j + skip < tokens.size(); ++skip) {
    if (skip > 0) {
      const std::size_t m = j + skip - 1;
      if (reach > 0 && is_quote_mark(tokens[m])) ++quotes;
      // Only before the pattern's last noun: elsewhere a demonym may name who acts ("pull
      // Iraqi troops out of") or where things come from ("sent Iranian drones to").
      if (k + 1 == p.rest.size() && demonym_modifier_at(tokens, group_at, m)) demonym = group_at[m];
      else if (!modifier_at(tokens, group_at, m) && !(e.set && (list_or_quantity_at(tokens, group_at, m) ||
                                                                  product_name_at(tokens, group_at, m))))
        break;
    }
    if (skip > kMaxModifiers + quotes && !e.set) break;
    std::size_t next = 0, more = 0;
    std::int32_t slot = object;
    if (!element_at(e, tokens, group_at, j + skip, next, slot)) continue;
    // The demonym of the pattern's last noun is its object ("returned 15 Lithuanian
    // fishermen", "marched on the Chilean consulate").
    if (demonym >= 0 && slot < 0) slot = demonym;
    if (e.set) next = after_amount(tokens, next);
    if (match_rest(p, k + 1, tokens, group_at, next, end, slot, more)) {
      object = slot;
      skipped = skip + more;
      return true;
    }
    // "bought drones AND TRUCKS from": the set's noun may open a list the pattern's next
    // word follows.
    if (const std::size_t tail = e.set && k + 1 < p.rest.size() ? after_list_tail(tokens, group_at, next) : next;
        tail > next && match_rest(p, k + 1, tokens, group_at, tail, end, slot, more)) {
      object = slot;
      skipped = skip + (tail - next) + more;
      return true;
    }
  }
  // "a new loan programme for Ukraine", "a sanctions package against Russia": the noun may
  // modify a head that only packages it (grammar.tsv measure_head_noun); the preposition
  // that ends a noun's pattern then comes after that head. Not "plan" or "bill": a planned
  // or proposed act is not done.
  if (k + 1 == p.rest.size() && !p.verb_head && !e.modifiers_before && !e.object && !e.optional &&
      j + 1 < tokens.size() && group_at[j] < 0 && is_noun(tokens[j].pos) && !tokens[j].capitalized &&
      has(tokens[j], word_class("measure_head_noun")) && match_rest(p, k, tokens, group_at, j + 1, end, object, skipped)) {
    skipped += 1;
    return true;
  }
  // So may an amount: "a loan of $2 billion to Pakistan", "aid worth €50m to Moldova".
  if (k + 1 == p.rest.size() && !p.verb_head && !e.modifiers_before && !e.object && !e.optional)
    if (const std::size_t after = after_amount(tokens, j); after > j && match_rest(p, k, tokens, group_at, after, end, object, skipped)) {
      skipped += after - j;
      return true;
    }
  // The preposition that ends a noun's pattern may come after where the act took place.
  if (k + 1 == p.rest.size() && !e.modifiers_before && !e.object && !e.optional)
    if (const std::size_t after = after_place_phrase(tokens, j); after > j) {
      std::size_t next = 0;
      std::int32_t slot = object;
      if (element_at(e, tokens, group_at, after, next, slot) &&
          (has(tokens[after], word_class("recipient_preposition")) || has(tokens[after], word_class("partner_preposition")))) {
        end = next;
        object = slot;
        skipped = after - j;
        return true;
      }
    }
  return e.optional && match_rest(p, k + 1, tokens, group_at, j, end, object, skipped);
}

std::vector<PatternHit> RelationPatterns::all(const std::vector<Token>& tokens,
                                              const std::vector<std::int32_t>& group_at, std::size_t i) const {
  std::vector<PatternHit> out;
  const auto it = by_first_.find(tokens[i].lower);
  if (it == by_first_.end()) return out;
  // Among equally long matches: stances on a relation first, then the pattern that names
  // more of the words ("strengthen economic ties with" over "strengthen &TIES with" with
  // "economic" skipped as a modifier), then the dictionary's order.
  std::vector<std::tuple<bool, std::size_t, std::size_t>> order;
  for (const Start& start : it->second) {
    const Pattern& p = patterns_[start.pattern];
    if (p.needs_be && !be_before(tokens, i)) continue;
    std::size_t end = 0;
    std::int32_t object = -1;
    std::size_t skipped = 0;
    if (!match_rest(p, 0, tokens, group_at, i + 1, end, object, skipped)) continue;
    const PatternHit hit{start.match, end, object, start.pattern};
    const bool seen = std::any_of(out.begin(), out.end(), [&](const PatternHit& h) {
      return h.match == hit.match && h.end == hit.end && h.object_group == hit.object_group;
    });
    if (seen) continue;
    out.push_back(hit);
    order.push_back({!p.composes, skipped, p.order});
  }
  // Longest first.
  std::vector<std::size_t> idx(out.size());
  for (std::size_t k = 0; k < idx.size(); ++k) idx[k] = k;
  std::stable_sort(idx.begin(), idx.end(), [&](std::size_t a, std::size_t b) {
    if (out[a].end != out[b].end) return out[a].end > out[b].end;
    return order[a] < order[b];
  });
  std::vector<PatternHit> sorted;
  sorted.reserve(out.size());
  for (std::size_t k : idx) sorted.push_back(out[k]);
  return sorted;
}

bool RelationPatterns::any(const std::vector<Token>& tokens, const std::vector<std::int32_t>& group_at,
                           std::size_t i) const {
  const auto it = by_first_.find(tokens[i].lower);
  if (it == by_first_.end()) return false;
  for (const Start& start : it->second) {
    const Pattern& p = patterns_[start.pattern];
    if (p.needs_be && !be_before(tokens, i)) continue;
    std::size_t end = 0, skipped = 0;
    std::int32_t object = -1;
    if (match_rest(p, 0, tokens, group_at, i + 1, end, object, skipped)) return true;
  }
  return false;
}

}  // namespace irkg
