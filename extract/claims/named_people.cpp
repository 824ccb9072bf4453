// People introduced with an office and an actor (the contract is in named_people.h).

#include "extract/claims/named_people.h"

#include <algorithm>

#include "extract/claims/person_surnames.h"
#include "extract/claims/tag_tables.h"
#include "extract/claims/word_class.h"

namespace irkg {

namespace {

bool joined_hyphen(const Token& w) { return w.joined && w.raw == "-"; }

// One word of a person's name: capitalised, in no grammar class ("Tuesday", "Mr" are not
// names), not an actor's name, not all capitals ("AP").
bool name_word(const Lexicon& lex, const std::vector<Token>& t, std::size_t p) {
  const Token& w = t[p];
  return w.word && w.capitalized && w.raw.size() >= 2 && !is_all_caps(w.raw) && w.classes == 0 && !lex.actor_names.longest(t, p);
}

// The end of the name starting at `p` ("Tariq Aziz", "Adel al-Jubeir", "Abdel-Fattah
// el-Sisi"), else `p`. A particle (grammar.tsv name_particle) counts only inside a name,
// before a capitalised word; a name has at most four words.
std::size_t name_end(const Lexicon& lex, const std::vector<Token>& t, std::size_t p) {
  std::size_t q = p;
  int words = 0;
  while (q < t.size() && words < 4) {
    if (name_word(lex, t, q)) {
      ++q;
      ++words;
      if (q + 1 < t.size() && joined_hyphen(t[q]) && t[q + 1].joined && name_word(lex, t, q + 1)) q += 1;
      continue;
    }
    if (words > 0 || q == p) {
      // "al-Jubeir", "bin Salman", "van der Leyen"
      std::size_t r = q;
      while (r < t.size() && r < q + 2 && t[r].word && !t[r].capitalized && lex.grammar.in("name_particle", t[r].lower)) {
        ++r;
        if (r < t.size() && joined_hyphen(t[r])) ++r;
      }
      if (r > q && r < t.size() && name_word(lex, t, r)) {
        q = r;
        continue;
      }
    }
    break;
  }
  return words > 0 ? q : p;
}

// Whether a name's last word can stand alone for it: one no common word shares ("Brown",
// "Said" and "Rice" are English words before they are surnames; Brill's lexicon knows them
// lower-cased).
bool surname_alone(const std::string& word) {
  return word.size() >= 3 && !tag_tables::find(tag_tables::kLexicon, word);
}

bool title_noun(const Lexicon& lex, const Token& w) { return w.word && lex.grammar.in("title_person_noun", w.lower); }

// The end of an office title starting at `p` ("Deputy Prime Minister", "foreign minister",
// "minister of state for foreign affairs", "Secretary of State"): after its last title noun
// and any "of/for ..." that completes it, else `p`. Words only, no actor names.
std::size_t title_end(const Lexicon& lex, const std::vector<Token>& t, std::size_t p) {
  std::size_t last = p;
  for (std::size_t q = p; q < t.size() && q < p + 5; ++q) {
    if (!t[q].word || lex.actor_names.longest(t, q) || has(t[q], word_class("determiner"))) break;
    if (title_noun(lex, t[q]) || title_ending_at(lex, t, q + 1)) last = q + 1;
  }
  if (last == p) return p;
  // "minister of state for foreign affairs", "Secretary of State": lower-case words after
  // "of"/"for" up to a comma.
  if (last < t.size() && (has(t[last], word_class("complement_of")) || t[last].lower == "for")) {
    std::size_t q = last;
    while (q < t.size() && q < last + 6 && t[q].word && !lex.actor_names.longest(t, q) && !has(t[q], word_class("determiner")))
      ++q;
    if (q < t.size() && t[q].lower == ",") return q;
    if (title_ending_at(lex, t, q)) return q;
  }
  return last;
}

void remember(std::vector<NamedPerson>& people, const std::vector<Token>& t, std::size_t begin, std::size_t end,
              std::int32_t actor) {
  NamedPerson person;
  for (std::size_t p = begin; p < end; ++p) person.words.push_back(t[p].lower);
  for (NamedPerson& known : people)
    if (known.words == person.words) {
      if (known.actor != actor) known.actor = -1;  // two states for one name: neither
      return;
    }
  people.push_back(std::move(person));
  people.back().actor = actor;
  if (people.size() > 48) people.erase(people.begin(), people.begin() + 16);
}

}  // namespace

void remember_named_people(const Lexicon& lex, const std::vector<Token>& t, const std::vector<ActorMention>& mentions,
                           std::vector<NamedPerson>& people) {
  for (const ActorMention& m : mentions) {
    if (m.actor < 0 || lex.actors[static_cast<std::size_t>(m.actor)].type == ActorType::Person) continue;
    // A name that ends where the next word is capitalised is someone else's longer name;
    // the name must end the phrase: a comma, a verb, "'s".
    const auto ends_name = [&](std::size_t e) { return e >= t.size() || !t[e].word || !t[e].capitalized; };
    // 0. The mention itself ran over the office and the name (mentions.cpp reads "Malian
    //    Prime Minister Choguel Maiga" as one mention of Mali when no holder is known).
    bool inside = false;
    for (std::size_t n = m.begin + 1; n + 1 < m.end && !inside; ++n)
      if ((title_noun(lex, t[n - 1]) || title_ending_at(lex, t, n)) && name_end(lex, t, n) == m.end) {
        remember(people, t, n, m.end, m.actor);
        inside = true;
      }
    if (inside) continue;
    // 1. "Iraqi Deputy Prime Minister Tariq Aziz", "Saudi Arabia's foreign minister, Adel
    //    al-Jubeir,", "UN envoy Martin Griffiths": the actor, its office, the name.
    std::size_t p = m.end;
    if (p < t.size() && t[p].lower == "'s") ++p;
    // (The dictionary may have read the office as part of the mention: "Malian Prime
    // Minister" is one mention, the holder looked up by date.)
    const std::size_t te = title_end(lex, t, p);
    if (te > p || (m.end > m.begin + 1 && title_ending_at(lex, t, m.end))) {
      std::size_t n = te;
      const bool apposed = n < t.size() && t[n].lower == ",";
      if (apposed) ++n;
      if (const std::size_t e = name_end(lex, t, n); e > n && ends_name(e) && (!apposed || e >= t.size() || !t[e].word)) {
        remember(people, t, n, e, m.actor);
        continue;
      }
    }
    // 2. "Tariq Aziz, Iraq's deputy prime minister,", "Adel al-Jubeir, the Saudi foreign
    //    minister,": a name of two words or more, a comma, the actor and its office.
    const bool titled = m.end > m.begin + 1 && title_ending_at(lex, t, m.end);  // "Kenya's defence secretary" as one
    if (!(m.possessive || m.kind == MentionKind::Adjective || titled)) continue;
    // (Past an article and one modifier: "the Kenyan", "a senior Chadian".)
    std::size_t c = m.begin;
    if (c > 0 && t[c - 1].word && !t[c - 1].capitalized && t[c - 1].classes == 0 && c > 1 && has(t[c - 2], word_class("determiner")))
      --c;
    if (c > 0 && has(t[c - 1], word_class("determiner"))) --c;
    if (c < 2 || t[c - 1].lower != ",") continue;
    std::size_t after = m.end;
    if (after < t.size() && t[after].lower == "'s") ++after;
    if (!titled && title_end(lex, t, after) == after) continue;
    // The name right before the comma, from the sentence start or a break before it.
    for (std::size_t n = (c >= 7 ? c - 7 : 0); n + 1 < c; ++n) {
      if (n > 0 && t[n - 1].word && t[n - 1].capitalized) continue;
      const std::size_t e = name_end(lex, t, n);
      if (e != c - 1) continue;
      std::size_t words = 0;
      for (std::size_t q = n; q < e; ++q) words += t[q].capitalized ? 1 : 0;
      if (words >= 2) remember(people, t, n, e, m.actor);
      break;
    }
  }
}

NamedPersonHit named_person_at(const Lexicon& lex, const std::vector<Token>& t, std::size_t i,
                               const std::vector<NamedPerson>& people) {
  if (people.empty() || !t[i].word || !t[i].capitalized) return {};
  // In full: "Tariq Aziz said".
  for (auto person = people.rbegin(); person != people.rend(); ++person) {
    const std::size_t n = person->words.size();
    if (person->actor < 0 || i + n > t.size()) continue;
    bool same = true;
    for (std::size_t k = 0; k < n && same; ++k) same = t[i + k].lower == person->words[k];
    if (same && (i + n >= t.size() || !t[i + n].word || !t[i + n].capitalized || t[i + n].lower == "'s"))
      return {person->actor, n};
  }
  // By the last word: "Aziz said", "Mr Aziz", "Deputy Prime Minister Aziz". Not inside a
  // longer name: a capitalised word after it, or an unknown capitalised word before it
  // ("Hunter Aziz"), makes someone else. One actor for every person of that surname.
  if (i + 1 < t.size() && t[i + 1].word && t[i + 1].capitalized) return {};
  if (i > 0 && t[i - 1].word && t[i - 1].capitalized && t[i - 1].classes == 0 && !title_ending_at(lex, t, i) &&
      !title_noun(lex, t[i - 1]) && !(i == 1))
    return {};
  std::int32_t actor = -1;
  for (const NamedPerson& person : people) {
    const std::string& last = person.words.back();
    if (last != t[i].lower || person.words.size() < 2 || !surname_alone(last)) continue;
    if (person.actor < 0) return {};
    if (actor >= 0 && actor != person.actor) return {};
    actor = person.actor;
  }
  if (actor < 0) return {};
  return {actor, 1};
}

}  // namespace irkg
