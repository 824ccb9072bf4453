// People who no longer hold the office their state's name is attached to.
#pragma once

#include "extract/claims/analysis.h"
#include "extract/claims/lexicon.h"

namespace irkg {

// "Peru's former president", "a former French ambassador", "the ex-Israeli general": a
// state's name that only says whose office someone once held does not make that person
// act for the state (they speak, sue and seek asylum as private people). Drops such groups
// from `s` (a group that names the person is kept: persons carry their own dated roles).
// Needs the chunks (find_chunks), runs before clauses and triggers.
void drop_former_office_groups(const Lexicon& lex, SentenceAnalysis& s);

}  // namespace irkg
