// Regular English verb inflection, so the relation dictionary lists "court" once and
// still matches "courts", "courted", "courting".
#include <string>

#include "extract/claims/lexicon.h"

namespace irkg {
namespace {

bool vowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; }
bool ends_with(const std::string& s, const std::string& end) {
  return s.size() >= end.size() && s.compare(s.size() - end.size(), end.size(), end) == 0;
}

// Short verbs ending consonant-vowel-consonant double it: "ban" -> "banned", "bar" -> "barring".
bool doubles_final(const std::string& v) {
  if (v.size() < 3 || v.size() > 4) return false;
  const char a = v[v.size() - 3], b = v[v.size() - 2], c = v.back();
  return !vowel(a) && vowel(b) && !vowel(c) && c != 'w' && c != 'x' && c != 'y';
}

}  // namespace

VerbForms inflect_verb(const std::string& base, const Grammar& grammar) {
  VerbForms f;
  f.finite.push_back(base);
  // irregular:VERB  third|past|participle|gerund
  if (const auto& irregular = grammar.words("irregular:" + base); !irregular.empty()) {
    // The class is a set, so its order is lost; irregular rows are written as
    // "form/kind" items: meets/3 met/past met/pp meeting/ing.
    for (const std::string& item : irregular) {
      const std::size_t slash = item.find('/');
      if (slash == std::string::npos) continue;
      const std::string word = item.substr(0, slash), kind = item.substr(slash + 1);
      if (kind == "pp") f.participle.push_back(word);
      else if (kind == "ing") f.gerund.push_back(word);
      else f.finite.push_back(word);
    }
    return f;
  }
  std::string third, past, ing;
  if (ends_with(base, "y") && base.size() > 1 && !vowel(base[base.size() - 2])) {
    const std::string stem = base.substr(0, base.size() - 1);
    third = stem + "ies";
    past = stem + "ied";
    ing = base + "ing";
  } else if (ends_with(base, "e")) {
    third = base + "s";
    past = base + "d";
    ing = ends_with(base, "ee") ? base + "ing" : base.substr(0, base.size() - 1) + "ing";
  } else {
    const bool es = ends_with(base, "s") || ends_with(base, "x") || ends_with(base, "z") ||
                    ends_with(base, "ch") || ends_with(base, "sh") || ends_with(base, "o");
    third = base + (es ? "es" : "s");
    const std::string stem = doubles_final(base) ? base + base.back() : base;
    past = stem + "ed";
    ing = stem + "ing";
  }
  f.finite.push_back(third);
  f.finite.push_back(past);
  f.participle.push_back(past);
  f.gerund.push_back(ing);
  return f;
}

}  // namespace irkg
