// A person named by surname alone: "Albanese said", "Prime Minister Albanese", "Mr Kishida".
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

#include "extract/claims/analysis.h"
#include "extract/claims/lexicon.h"

namespace irkg {

// The person the capitalised word at `i` names by surname alone, or -1. Surnames are
// shared (two Presidents Bush, many Millers), so a bare surname counts only where the
// text says whom it means: the document named the person in full before ("Anthony
// Albanese ... Albanese said", "... Mr Albanese"); an office the person held stands right
// before it ("Prime Minister Albanese"); or it is coordinated with a person just named
// ("Kishida and Albanese"). An unknown capitalised word before it ("Hunter Biden") or after
// it makes someone else's name. `found` holds this sentence's mentions so far.
std::int32_t surname_actor(const Lexicon& lex, const std::vector<Token>& t, std::size_t i,
                           const std::vector<ActorMention>& found, const RecentActors& recent, int day, bool day_known);

// The roles of an office title that ends right before token `i` ("Prime Minister",
// "Foreign Secretary"), or null.
const std::vector<std::string>* title_ending_at(const Lexicon& lex, const std::vector<Token>& t, std::size_t i);

// Fills Lexicon::person_surnames from the persons loaded.
void index_person_surnames(Lexicon& lex);

}  // namespace irkg
