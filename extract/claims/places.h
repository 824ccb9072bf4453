// The gazetteer: places (cities, provinces, regions, islands) and the state each lies in,
// compiled from WordNet at build time (cmake/gen_place_table.py).
#pragma once

#include "extract/claims/lexicon.h"

namespace irkg {

// Fills Lexicon::places. A place is no actor: the frames read it only where a place is
// expected (where violence happens, attachment.cpp place_after), as its state.
void load_places(Lexicon& lex);

}  // namespace irkg
