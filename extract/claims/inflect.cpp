// Verb inflection for the relation dictionary, so it lists "court" once and still matches
// "courts", "courted", "courting": every form from Debian's verb table (morphology.h),
// plus the forms an irregular:VERB row of grammar.tsv adds (a user's spelling variants,
// verbs the table lacks).
#include <algorithm>
#include <string>

#include "extract/claims/lexicon.h"
#include "extract/claims/morphology.h"

namespace irkg {
namespace {

void add(std::vector<std::string>& forms, const std::string& form) {
  if (std::find(forms.begin(), forms.end(), form) == forms.end()) forms.push_back(form);
}

}  // namespace

VerbForms inflect_verb(const std::string& base, const Grammar& grammar) {
  VerbForms f = verb_forms(base);
  // irregular:VERB rows are written as "form/kind" items (the class is a set, so its order
  // is lost): meets/3 met/past met/pp meeting/ing.
  for (const std::string& item : grammar.words("irregular:" + base)) {
    const std::size_t slash = item.find('/');
    if (slash == std::string::npos) continue;
    const std::string word = item.substr(0, slash), kind = item.substr(slash + 1);
    if (kind == "pp") add(f.participle, word);
    else if (kind == "ing") add(f.gerund, word);
    else add(f.finite, word);
  }
  return f;
}

}  // namespace irkg
