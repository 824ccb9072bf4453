// People the dictionaries do not know, introduced by an article with their state or body:
// "Iraqi Deputy Prime Minister Tariq Aziz", "Saudi Arabia's foreign minister, Adel al-Jubeir,",
// "Tariq Aziz, Iraq's deputy prime minister,". Articles name such a person in full once, with
// the office, and by name or surname alone after that ("Aziz later accused ..."); without a
// memory of the introduction those later sentences have no actor at all.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "extract/claims/analysis.h"
#include "extract/claims/lexicon.h"

namespace irkg {

// Records the people this sentence introduces with an office and an actor (`mentions` are
// the sentence's resolved mentions). Kept for the rest of the document in `people`.
void remember_named_people(const Lexicon& lex, const std::vector<Token>& t, const std::vector<ActorMention>& mentions,
                           std::vector<NamedPerson>& people);

// The person introduced before whom the capitalised words at `i` name, in full or by the
// last word of the name: the actor and the number of tokens, or {-1, 0}.
struct NamedPersonHit {
  std::int32_t actor = -1;
  std::size_t length = 0;
};
NamedPersonHit named_person_at(const Lexicon& lex, const std::vector<Token>& t, std::size_t i,
                               const std::vector<NamedPerson>& people);

}  // namespace irkg
