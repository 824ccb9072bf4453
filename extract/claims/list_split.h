// "Bahrain severed relations with Iran and the UAE downgraded its ties": a list after a verb
// or a preposition whose last member has a finite verb of its own ends before that member,
// which opens a clause (the mentions are grouped before the words are tagged).
#pragma once

#include "extract/claims/analysis.h"
#include "extract/claims/lexicon.h"

namespace irkg {

// Splits such lists in `s.groups`; returns the token of each "and" that now opens a clause.
std::vector<std::size_t> split_clause_opening_members(const Lexicon& lex, SentenceAnalysis& s);

}  // namespace irkg
