// Persons named by surname alone (the contract is in person_surnames.h).

#include "extract/claims/person_surnames.h"

#include <algorithm>

#include "extract/claims/word_class.h"

namespace irkg {

namespace {

std::string lowered(std::string word) {
  std::transform(word.begin(), word.end(), word.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return word;
}

// The surname of a display name: its last word ("George H. W. Bush" -> "bush"), lower-cased.
std::string surname_of(const std::string& name) { return lowered(name.substr(name.rfind(' ') + 1)); }

// The family name of a name written family name first: its first word ("Wang Yi" ->
// "wang"), lower-cased.
std::string family_name_of(const std::string& name) {
  return lowered(name.substr(0, name.find(' ')));
}

bool is_person(const Lexicon& lex, std::int32_t actor) {
  return actor >= 0 && lex.actors[static_cast<std::size_t>(actor)].type == ActorType::Person;
}

}  // namespace

// The roles of an office title that ends right before `i` ("Prime Minister", "Foreign
// Secretary"), or null.
const std::vector<std::string>* title_ending_at(const Lexicon& lex, const std::vector<Token>& t, std::size_t i) {
  for (std::size_t len = 1; len <= 4 && len <= i; ++len)
    if (const auto* title = lex.role_titles.longest(t, i - len); title && title->lower.size() == len) return &title->values;
  return nullptr;
}

void index_person_surnames(Lexicon& lex) {
  lex.person_surnames.clear();
  for (std::size_t a = 0; a < lex.actors.size(); ++a) {
    const ActorEntry& person = lex.actors[a];
    if (person.type != ActorType::Person || person.name.find(' ') == std::string::npos) continue;
    // (A surname that is itself a name in the dictionaries, "Jordan", never gets here: the
    // caller tries the dictionaries' names first.)
    // A last word of one or two letters is an initial or a particle, never a surname; a
    // family name written first may be two letters long ("Li", "Wu").
    if (const std::string surname = surname_of(person.name); surname.size() >= 3)
      lex.person_surnames[surname].push_back(static_cast<std::int32_t>(a));
    if (lex.grammar.in("family_name_first_state", lowered(person.country)))
      if (const std::string family = family_name_of(person.name); family.size() >= 2)
        lex.person_surnames[family].push_back(static_cast<std::int32_t>(a));
  }
}

std::int32_t surname_actor(const Lexicon& lex, const std::vector<Token>& t, std::size_t i,
                           const std::vector<ActorMention>& found, const RecentActors& recent, int day, bool day_known) {
  const Token& w = t[i];
  if (!w.word || !w.capitalized || is_all_caps(w.raw)) return -1;
  const auto it = lex.person_surnames.find(w.lower);
  if (it == lex.person_surnames.end()) return -1;
  const std::vector<std::int32_t>& candidates = it->second;
  // A capitalised word right after it makes a longer name of someone else ("Morrison
  // Street"); a first name we do not know before it does too ("Toni Morrison", "Hunter
  // Biden" after "Joe Biden"), unless it ends an office ("Prime Minister Albanese").
  if (i + 1 < t.size() && t[i + 1].word && t[i + 1].capitalized) return -1;
  const std::vector<std::string>* roles = title_ending_at(lex, t, i);
  if (!roles && i > 0 && t[i - 1].word && t[i - 1].capitalized && !has(t[i - 1], word_class("conjunction_and")) &&
      !has(t[i - 1], word_class("honorific")))
    return -1;

  // 1. The document (or this sentence) named the person before: the most recent such.
  for (auto m = found.rbegin(); m != found.rend(); ++m)
    if (std::find(candidates.begin(), candidates.end(), m->actor) != candidates.end()) return m->actor;
  for (auto a = recent.actors.rbegin(); a != recent.actors.rend(); ++a)
    if (std::find(candidates.begin(), candidates.end(), *a) != candidates.end()) return *a;

  // 2. An office right before ("Prime Minister Albanese", "Secretary of State Baker"): the
  // person of that surname who held it; when several did, the holder on the document's date.
  if (roles) {
    std::int32_t pick = -1;
    int holders = 0;
    for (std::int32_t c : candidates) {
      const ActorEntry& person = lex.actors[static_cast<std::size_t>(c)];
      const bool held = std::any_of(person.roles.begin(), person.roles.end(), [&](const RoleSpell& r) {
        return std::find(roles->begin(), roles->end(), r.role) != roles->end();
      });
      const bool holds_today = day_known && std::any_of(person.roles.begin(), person.roles.end(), [&](const RoleSpell& r) {
        return r.from <= day && day < r.to && std::find(roles->begin(), roles->end(), r.role) != roles->end();
      });
      if (holds_today) return c;
      if (held) { pick = c; ++holders; }
    }
    return holders == 1 ? pick : -1;
  }

  // 3. Coordinated with a person just named ("Prime Ministers Kishida and Albanese").
  if (i >= 2 && has(t[i - 1], word_class("conjunction_and")) && !found.empty() && found.back().end == i - 1 &&
      is_person(lex, found.back().actor) && candidates.size() == 1)
    return candidates.front();
  return -1;
}

}  // namespace irkg
