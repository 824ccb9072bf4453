// Loads the gazetteer compiled from WordNet (the contract is in places.h).

#include "extract/claims/places.h"

#include <string_view>

namespace irkg {

extern const std::string_view kWordNetPlaces;

void load_places(Lexicon& lex) {
  std::string_view rest = kWordNetPlaces;
  while (!rest.empty()) {
    const std::size_t eol = rest.find('\n');
    const std::string_view line = rest.substr(0, eol);
    rest = eol == std::string_view::npos ? std::string_view() : rest.substr(eol + 1);
    const std::size_t tab = line.find('\t');
    if (tab == std::string_view::npos) continue;
    // A state the dictionaries do not have (a user's trimmed actors file) has no places.
    const auto state = lex.actor_by_id.find(std::string(line.substr(tab + 1)));
    if (state == lex.actor_by_id.end()) continue;
    lex.places.add(line.substr(0, tab), state->second, /*case_sensitive=*/true);
  }
}

}  // namespace irkg
