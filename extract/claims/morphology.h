#pragma once
// English inflection from Debian's data: every form of 8,500 verbs from python3-pattern's
// en-verbs.txt, irregular nouns, verbs and comparatives from WordNet's exception lists
// (wordnet-base), and the regular rules for words neither lists.
#include <string>
#include <string_view>
#include <vector>

#include "extract/claims/lexicon.h"
#include "extract/claims/pos.h"

namespace irkg {

// Every inflection of a verb given in its base form: finite (base, 3rd person, past, and
// be's am/are/is/was/were), participle, gerund. Regular rules for verbs not in the table.
VerbForms verb_forms(std::string_view base);
// Whether Debian's verb table lists the verb (else verb_forms applies the regular rules).
bool known_verb(std::string_view base);

// The noun itself plus its plural (when singular) or its singular (when plural):
// "tie" -> tie, ties; "crises" -> crises, crisis. Irregulars from WordNet's noun.exc.
std::vector<std::string> noun_forms(std::string_view noun);

// The dictionary form of a lower-case word read as `pos`: verb forms -> base ("froze" ->
// freeze, "was" -> be), plural nouns -> singular, comparatives and superlatives -> the
// adjective ("better" -> good); otherwise the word itself.
std::string lemma(std::string_view lower, Pos pos);

}  // namespace irkg
