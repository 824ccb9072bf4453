#include "extract/claims/morphology.h"

#include <algorithm>

#include "extract/claims/tag_tables.h"

namespace irkg {
namespace {

using namespace tag_tables;

bool vowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; }
bool ends_with(std::string_view s, std::string_view end) {
  return s.size() >= end.size() && s.substr(s.size() - end.size()) == end;
}
std::string cat(std::string_view a, std::string_view b) {
  std::string s(a);
  s += b;
  return s;
}

void add(std::vector<std::string>& forms, std::string_view form) {
  if (!form.empty() && std::find(forms.begin(), forms.end(), form) == forms.end()) forms.emplace_back(form);
}

// Short verbs ending consonant-vowel-consonant double it: "ban" -> "banned", "bar" -> "barring".
bool doubles_final(std::string_view v) {
  if (v.size() < 3 || v.size() > 4) return false;
  const char a = v[v.size() - 3], b = v[v.size() - 2], c = v.back();
  return !vowel(a) && vowel(b) && !vowel(c) && c != 'w' && c != 'x' && c != 'y';
}

bool sibilant_end(std::string_view w) {
  return ends_with(w, "s") || ends_with(w, "x") || ends_with(w, "z") || ends_with(w, "ch") || ends_with(w, "sh");
}

// The regular paradigm, for verbs en-verbs.txt does not list.
VerbForms regular_verb_forms(std::string_view base) {
  std::string third, past, ing;
  if (ends_with(base, "y") && base.size() > 1 && !vowel(base[base.size() - 2])) {
    const std::string_view stem = base.substr(0, base.size() - 1);
    third = cat(stem, "ies");
    past = cat(stem, "ied");
    ing = cat(base, "ing");
  } else if (ends_with(base, "e")) {
    third = cat(base, "s");
    past = cat(base, "d");
    ing = ends_with(base, "ee") ? cat(base, "ing") : cat(base.substr(0, base.size() - 1), "ing");
  } else {
    third = cat(base, sibilant_end(base) || ends_with(base, "o") ? "es" : "s");
    const std::string stem = doubles_final(base) ? cat(base, base.substr(base.size() - 1)) : std::string(base);
    past = stem + "ed";
    ing = stem + "ing";
  }
  VerbForms f;
  f.finite = {std::string(base), third, past};
  f.participle = {past};
  f.gerund = {ing};
  return f;
}

// The base of a verb form neither table lists, by undoing the regular rules; a guess for
// stems that lost an "e" ("danced" -> danc), checked against the verb table.
std::string regular_verb_base(std::string_view v) {
  const auto known = [](const std::string& b) { return find(kVerbByBase, b) != nullptr; };
  if (ends_with(v, "ies") && v.size() > 4) return cat(v.substr(0, v.size() - 3), "y");
  if (ends_with(v, "ied") && v.size() > 4) return cat(v.substr(0, v.size() - 3), "y");
  if (ends_with(v, "es") && sibilant_end(v.substr(0, v.size() - 2))) return std::string(v.substr(0, v.size() - 2));
  if (ends_with(v, "s") && !ends_with(v, "ss")) return std::string(v.substr(0, v.size() - 1));
  for (std::string_view suffix : {"ing", "ed"}) {
    if (!ends_with(v, suffix) || v.size() < suffix.size() + 2) continue;
    const std::string stem(v.substr(0, v.size() - suffix.size()));
    if (known(stem + "e")) return stem + "e";
    if (stem.size() > 2 && stem.back() == stem[stem.size() - 2] && known(stem.substr(0, stem.size() - 1)))
      return stem.substr(0, stem.size() - 1);
    return stem;
  }
  return std::string(v);
}

std::string regular_plural(std::string_view n) {
  if (ends_with(n, "y") && n.size() > 1 && !vowel(n[n.size() - 2])) return cat(n.substr(0, n.size() - 1), "ies");
  return cat(n, sibilant_end(n) ? "es" : "s");
}

std::string regular_singular(std::string_view n) {
  if (ends_with(n, "ies") && n.size() > 4) return cat(n.substr(0, n.size() - 3), "y");
  if (ends_with(n, "es") && sibilant_end(n.substr(0, n.size() - 2))) return std::string(n.substr(0, n.size() - 2));
  return std::string(n.substr(0, n.size() - 1));
}

// A noun is plural when WordNet lists it as an irregular plural, or when Brill's lexicon
// tags it NNS, or, unknown to both, when it ends in an "s" that is no singular ending.
bool plural_noun(std::string_view n) {
  if (find(kNounSingular, n)) return true;
  if (const std::uint32_t* tag = find(kLexicon, n)) return static_cast<Pos>(*tag) == Pos::NNS;
  return ends_with(n, "s") && !ends_with(n, "ss") && !ends_with(n, "us") && !ends_with(n, "is");
}

}  // namespace

bool known_verb(std::string_view base) { return find(kVerbByBase, base) != nullptr; }

VerbForms verb_forms(std::string_view base) {
  const std::uint32_t* row = find(kVerbByBase, base);
  if (!row) return regular_verb_forms(base);
  const auto& form = kVerbRows[*row].form;
  VerbForms f;
  for (std::size_t c : {kInfinitive, kPresent1sg, kPresent2sg, kPresent3sg, kPresentPlural, kPast1sg, kPast2sg,
                        kPast3sg, kPastPlural, kPast})
    add(f.finite, str(form[c]));
  add(f.participle, str(form[form[kParticiple] ? kParticiple : kPast]));
  add(f.gerund, str(form[kGerund]));
  // Verbs with two pasts ("burnt" and "burned", "pled" and "pleaded"): the table keeps one;
  // the regular one counts too when Brill's lexicon knows it as a past form.
  const std::string regular = regular_verb_forms(base).finite[2];
  if (const std::uint32_t* tag = find(kLexicon, regular);
      tag && (static_cast<Pos>(*tag) == Pos::VBD || static_cast<Pos>(*tag) == Pos::VBN)) {
    add(f.finite, regular);
    add(f.participle, regular);
  }
  return f;
}

std::vector<std::string> noun_forms(std::string_view noun) {
  std::vector<std::string> forms{std::string(noun)};
  if (noun.empty()) return forms;
  if (const std::uint32_t* singular = find(kNounSingular, noun)) add(forms, str(*singular));
  else if (const std::uint32_t* plural = find(kNounPlural, noun)) add(forms, str(*plural));
  else if (plural_noun(noun)) {
    add(forms, regular_singular(noun));
    // "-es" after a sibilant is "-es" in "boxes" and "churches" but "-e" + "s" in "exercises",
    // "purchases" and "headaches": a pattern accepts both (a form that is no word never occurs).
    if (ends_with(noun, "es")) add(forms, std::string(noun.substr(0, noun.size() - 1)));
  } else {
    add(forms, regular_plural(noun));
  }
  return forms;
}

std::string lemma(std::string_view lower, Pos pos) {
  if (pos == Pos::VB || pos == Pos::VBP) {
    if (find(kVerbByBase, lower)) return std::string(lower);
  }
  if (is_verb(pos)) {
    if (const std::uint32_t* row = find(kVerbByForm, lower)) return std::string(str(kVerbRows[*row].form[kInfinitive]));
    if (find(kVerbByBase, lower)) return std::string(lower);
    if (const std::uint32_t* base = find(kVerbExc, lower)) return std::string(str(*base));
    return pos == Pos::VB || pos == Pos::VBP ? std::string(lower) : regular_verb_base(lower);
  }
  if (pos == Pos::NNS || pos == Pos::NNPS) {
    if (const std::uint32_t* singular = find(kNounSingular, lower)) return std::string(str(*singular));
    return ends_with(lower, "s") && !ends_with(lower, "ss") ? regular_singular(lower) : std::string(lower);
  }
  if (pos == Pos::JJR || pos == Pos::JJS || pos == Pos::RBR || pos == Pos::RBS) {
    if (const std::uint32_t* base = find(kAdjBase, lower)) return std::string(str(*base));
  }
  return std::string(lower);
}

}  // namespace irkg
