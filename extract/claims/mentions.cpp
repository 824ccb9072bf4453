// Actor mentions in a sentence and their coordination into groups.
#include <algorithm>
#include <optional>

#include "extract/claims/analysis.h"
#include "extract/claims/tagger.h"
#include "extract/claims/coalition.h"
#include "extract/claims/named_people.h"
#include "extract/claims/person_surnames.h"
#include "extract/claims/tag_tables.h"

namespace irkg {
namespace {

bool is_hyphen(const Token& t) {
  return t.lower == "-" || t.lower == "\xE2\x80\x93" || t.lower == "\xE2\x80\x90" || t.lower == "\xE2\x80\x91";
}

// The word after a mention, past a joined hyphen ("Russian-speaking" -> "speaking").
const Token* modified_word(const std::vector<Token>& t, std::size_t end) {
  if (end < t.size() && is_hyphen(t[end]) && t[end].joined && end + 1 < t.size()) return &t[end + 1];
  return end < t.size() ? &t[end] : nullptr;
}

// Whether a relation phrase ends with the word before `at`: "lashed out at Canberra",
// "protested to Moscow" make the capital the one acted upon, though "at" and "to" are
// locatives elsewhere ("talks in Moscow"). A phrase starts after the last punctuation
// before it (mentions come before tagging, so there are no phrases to read yet). A tagged
// copy of the sentence lets the phrase's modifiers be read ("opened a representative
// office in Vilnius": "representative" is a noun modifier only once tagged). The copy is
// made once a sentence, and only when a capital after a locative asks for it.
bool relation_phrase_ends_at(const Lexicon& lex, const std::vector<Token>& t, std::size_t at,
                             std::optional<std::vector<Token>>& tagged_copy) {
  std::size_t from = at;
  while (from > 0 && (t[from - 1].word || (t[from - 1].joined && is_hyphen(t[from - 1])))) --from;
  if (from == at) return false;
  if (!tagged_copy) {
    tagged_copy.emplace(t);
    tag_tokens(*tagged_copy);
  }
  const std::vector<Token>& tagged = *tagged_copy;
  const std::vector<std::int32_t> no_groups(t.size(), -1);
  for (std::size_t q = from; q < at; ++q)
    for (const PatternHit& h : lex.relation_patterns.all(tagged, no_groups, q))
      if (h.end == at) return true;
  return false;
}

// Decides whether a dictionary match denotes the actor at this position.
bool keeps_actor_reading(const Lexicon& lex, const std::vector<Token>& t, const ActorMention& m,
                         std::optional<std::vector<Token>>& tagged_copy) {
  const Token* next = modified_word(t, m.end);
  // "US$3 billion": a currency's prefix, not the state.
  if (m.end < t.size() && t[m.end].lower == "$" && t[m.end].joined) return false;
  // "ethnic Albanians in Kosovo", "ethnic Russian minorities": an ethnic group, not the state
  // (grammar.tsv ethnic_word).
  if (m.begin > 0 && lex.grammar.in("ethnic_word", t[m.begin - 1].lower) && !m.possessive) return false;
  // "the two NATO allies", "both EU members": counted members of a body are its member
  // states, which the words do not name, not the body itself.
  // So are "14 EU member states", "several NATO allies", "other EU members": a subset of them.
  // (Mentions come before tagging: a number is told by its digits.)
  const auto counted = [&](const Token& w) {
    return lex.grammar.in("member_counting_word", w.lower) ||
           (!w.lower.empty() && std::all_of(w.lower.begin(), w.lower.end(), [](char c) { return c >= '0' && c <= '9'; }));
  };
  if (m.begin > 0 && next && next == &t[m.end] && lex.grammar.in("member_noun", next->lower) && counted(t[m.begin - 1]))
    return false;
  switch (m.kind) {
    case MentionKind::Adjective: {
      // "Japanese cuisine", "Russian-speaking": culture and language, not the state
      if (next && has(*next, word_class("adj_not_actor"))) return false;
      // "bombed villages near the Turkish border": where, not whom
      if (next && has(*next, word_class("border_noun"))) {
        std::size_t p = m.begin;
        if (p > 0 && has(t[p - 1], word_class("article_the"))) --p;
        if (p > 0 && (has(t[p - 1], word_class("border_preposition")) ||
                      (t[p - 1].lower == "to" && p > 1 && t[p - 2].lower == "close")))
          return false;
      }
      return true;
    }
    case MentionKind::Metonym: {
      // "talks in Moscow": a place. "Moscow protested": the state. "Protesters in Dili":
      // people named by their place, who act for its state.
      // A possessor owns something even after a locative: "at Bangui's invitation".
      // So are protests held in a capital ("anti-French rallies in Bamako"): its people's.
      // "the junta in Bamako", "the authorities in Kabul": a government named by its seat is
      // the state.
      if (m.begin >= 2 && t[m.begin - 1].lower == "in" &&
          (has(t[m.begin - 2], word_class("government_noun")) || lex.grammar.in("seated_government_noun", t[m.begin - 2].lower)))
        return true;
      // (Diplomats, envoys and correspondents in a capital are mostly foreigners posted there:
      // "diplomats in The Hague", grammar.tsv posted_people_noun.)
      if (m.begin >= 2 && has(t[m.begin - 1], word_class("locative")) && lex.grammar.in("posted_people_noun", t[m.begin - 2].lower))
        return false;
      if (m.begin > 0 && has(t[m.begin - 1], word_class("locative")) && !m.possessive &&
          !(m.begin >= 2 && (has(t[m.begin - 2], word_class("people_noun")) || lex.grammar.in("protest_noun", t[m.begin - 2].lower) ||
                             (t[m.begin - 1].lower == "in" && has(t[m.begin - 2], word_class("arrival_verb"))))) &&
          !relation_phrase_ends_at(lex, t, m.begin, tagged_copy))
        return false;
      if (next && next != &t[m.end] && has(*next, word_class("adj_not_actor"))) return false;  // "Moscow-based"
      if (next && has(*next, word_class("event_noun"))) return false;  // "the Kremlin talks"
      return true;
    }
    default:
      // "a US-based group", "an EU-wide ban": a name joined by a hyphen to a word of place or
      // scope (grammar.tsv adj_not_actor) says where, not who acts, as for metonyms.
      if (next && next != &t[m.end] && has(*next, word_class("adj_not_actor"))) return false;
      // "the UN Convention on the Law of the Sea", "the UN Charter": a body's name opening
      // a document's title is the document, a treaty among states, not the body.
      if (next && next == &t[m.end] && lex.actors[static_cast<std::size_t>(m.actor)].type == ActorType::Igo &&
          lex.grammar.in("document_title_noun", next->lower))
        return false;
      return true;
  }
}

bool connector(const Token& t) { return has(t, word_class("coordinator")) || t.lower == "&"; }

// Multi-word coordinators at p: "as well as", "along with". Returns their length, or 0.
std::size_t phrase_connector(const std::vector<Token>& t, std::size_t p) {
  if (p + 2 < t.size() && t[p].lower == "as" && t[p + 1].lower == "well" && t[p + 2].lower == "as") return 3;
  if (p + 1 < t.size() && t[p].lower == "along" && t[p + 1].lower == "with") return 2;
  return 0;
}

// The title a mention gives its state's official: "Kenya's president", "the Japanese
// foreign minister", "Armenian Prime Minister X" -> "president", "minister"; else empty.
std::string title_after(const Lexicon& lex, const std::vector<Token>& t, const ActorMention& m) {
  if (m.actor < 0 || m.end == 0) return {};
  // (A title the dictionary read as part of the mention: "Kenya's president" as one.)
  if (m.end > m.begin + 1 && lex.grammar.in("official_anaphor_noun", t[m.end - 1].lower)) return t[m.end - 1].lower;
  std::size_t p = m.end;
  if (p < t.size() && t[p].lower == "'s") ++p;
  else if (m.kind != MentionKind::Adjective) return {};
  for (std::size_t k = 0; k < 2 && p < t.size() && lex.grammar.in("official_title_modifier", t[p].lower); ++k) ++p;
  return p < t.size() && lex.grammar.in("official_anaphor_noun", t[p].lower) ? t[p].lower : std::string();
}

// "the president", "the foreign minister" with no state of their own (no "of X", "to X" or
// name after them): the end of the phrase, else `i`.
std::size_t official_anaphor_end(const Lexicon& lex, const std::vector<Token>& t, std::size_t i) {
  if (!has(t[i], word_class("article_the"))) return i;
  std::size_t p = i + 1;
  for (std::size_t k = 0; k < 2 && p < t.size() && lex.grammar.in("official_title_modifier", t[p].lower); ++k) ++p;
  if (p >= t.size() || !lex.grammar.in("official_anaphor_noun", t[p].lower)) return i;
  const std::size_t end = p + 1;
  if (end < t.size() && (t[end].capitalized || has(t[end], word_class("complement_of")) || t[end].lower == "to" ||
                         t[end].lower == "for" || t[end].lower == "in"))
    return i;
  return end;
}

// "his predecessor, Uhuru Kenyatta,", "the bloc's chair, Macky Sall,": a person named
// between commas right after a title or a relation noun (grammar.tsv title_person_noun,
// apposed_person_noun) is that noun's apposition.
bool apposed_person_name(const Lexicon& lex, const std::vector<Token>& t, const ActorMention& m) {
  if (m.actor < 0 || lex.actors[static_cast<std::size_t>(m.actor)].type != ActorType::Person) return false;
  if (m.begin < 2 || t[m.begin - 1].lower != "," || m.end >= t.size() || t[m.end].lower != ",") return false;
  const Token& noun = t[m.begin - 2];
  return noun.word && !noun.capitalized &&
         (lex.grammar.in("title_person_noun", noun.lower) || lex.grammar.in("apposed_person_noun", noun.lower));
}

// "and the (four) (founding) members of", "and the member states of": the words between
// a list's item and a body named by its members.
bool members_of_link(const Lexicon& lex, const std::vector<Token>& t, std::size_t from, std::size_t to) {
  std::size_t p = from;
  if (p >= to || !(t[p].lower == "and" || t[p].lower == "or")) return false;
  ++p;
  if (p < to && has(t[p], word_class("article_the"))) ++p;
  while (p < to && (t[p].pos == Pos::CD || lex.grammar.in("member_counting_word", t[p].lower) ||
                    lex.grammar.in("member_link_adjective", t[p].lower)))
    ++p;
  if (p < to && t[p].lower == "member" && p + 1 < to && lex.grammar.in("member_noun", t[p + 1].lower)) p += 2;
  else if (p < to && (t[p].lower == "members" || t[p].lower == "founders")) ++p;
  else return false;
  if (p >= to || t[p].lower != "of") return false;
  ++p;
  if (p < to && has(t[p], word_class("article_the"))) ++p;
  return p == to;
}

}  // namespace

// Placeholder actors of mentions resolved after the sentence's own actors are known.
constexpr std::int32_t kPairAnaphor = -3;    // "the two countries", "each other"
constexpr std::int32_t kStateAnaphor = -5;   // "the country", "the regime"
constexpr std::int32_t kOwnerState = -6;     // "his country"
constexpr std::int32_t kOrganisation = -7;   // "the bloc", "the Moscow-led bloc"
constexpr std::int32_t kPersonPronoun = -8;  // "he" in "he and X"
constexpr std::int32_t kCountedAnaphor = -9; // "the three countries", "the four capitals"
constexpr std::int32_t kNeighbourAnaphor = -10;  // "its neighbour"
constexpr std::int32_t kOfficialAnaphor = -11;   // "the president", "the foreign minister"

// How many a counted anaphor names: "the THREE countries" (three to ten, in words or
// digits) before a `counted_noun`; 0 when the words at `i` are none.
std::size_t counted_anaphor_at(const std::vector<Token>& t, std::size_t i) {
  static constexpr std::string_view kNumbers[] = {"three", "four", "five", "six", "seven", "eight", "nine", "ten"};
  if (i + 2 >= t.size() || !has(t[i], word_class("article_the")) || !has(t[i + 2], word_class("counted_noun")))
    return 0;
  for (std::size_t k = 0; k < std::size(kNumbers); ++k)
    if (t[i + 1].lower == kNumbers[k] || t[i + 1].lower == std::to_string(k + 3)) return k + 3;
  return 0;
}

// "Later", "meanwhile": a word WordNet has as an adverb opens a sentence as one, not as a
// first name.
bool wordnet_adverb(std::string_view lower) {
  const std::uint32_t* classes = tag_tables::find(tag_tables::kWordNetClasses, lower);
  return classes && (*classes & 8);
}

// The last two actors of different countries in `recent` (most recent last).
void index_groups(SentenceAnalysis& s) {
  std::fill(s.group_at.begin(), s.group_at.end(), -1);
  for (std::size_t gi = 0; gi < s.groups.size(); ++gi)
    for (std::size_t p = s.groups[gi].begin; p < s.groups[gi].end; ++p) s.group_at[p] = static_cast<std::int32_t>(gi);
}

bool last_two(const Lexicon& lex, const std::vector<std::int32_t>& recent, std::int32_t& a, std::int32_t& b) {
  a = b = -1;
  for (auto it = recent.rbegin(); it != recent.rend(); ++it) {
    if (b < 0) { b = *it; continue; }
    if (lex.actors[static_cast<std::size_t>(*it)].country != lex.actors[static_cast<std::size_t>(b)].country) {
      a = *it;
      return true;
    }
  }
  return false;
}

namespace {

// "the Nordic country", "the Gulf state", "the oil-rich kingdom", "the Himalayan nation": a
// state described by a capitalised or hyphenated modifier (one or two) and a state noun
// stands for a state named before, as "the country" does. Returns the end of the phrase,
// or `i` when there is none. Names win ("the Islamic State", "the Czech Republic"), and a
// modifier that points elsewhere ("the neighbouring country") is no such phrase.
std::size_t described_state_end(const Lexicon& lex, const std::vector<Token>& t, std::size_t i) {
  if (!has(t[i], word_class("article_the")) || i + 2 >= t.size()) return i;
  std::size_t p = i + 1;
  int modifiers = 0;
  for (; p < t.size() && p < i + 7; ++p) {
    const Token& w = t[p];
    // the parts of "oil-rich", "cash-strapped" after the first
    const bool hyphen_part = w.raw == "-" || (w.joined && p > i + 1 && t[p - 1].raw == "-");
    if (hyphen_part) continue;
    if (!w.word || lex.actor_names.longest(t, p) || has(w, word_class("not_same_state"))) return i;
    if (has(w, word_class("state_noun")) && modifiers > 0) break;
    const bool hyphenated = p + 1 < t.size() && t[p + 1].raw == "-" && t[p + 1].joined;
    if (!(w.capitalized || hyphenated) || has(w, word_class("determiner")) || ++modifiers > 2) return i;
  }
  if (p >= t.size() || !has(t[p], word_class("state_noun")) || modifiers == 0) return i;
  // "the Baltic state of Estonia": the state is named right after.
  if (p + 1 < t.size() && has(t[p + 1], word_class("complement_of"))) return i;
  return p + 1;
}

}  // namespace

std::int32_t story_state(const RecentActors& recent) {
  std::int32_t story = -1;
  int most = 0, second = 0;
  for (const auto& [state, seen] : recent.state_mentions) {
    if (seen.first > most) {
      second = most;
      most = seen.first;
      story = state;
    } else if (seen.first > second) {
      second = seen.first;
    }
  }
  return story >= 0 && most >= 3 && most >= 2 * second ? story : -1;
}

void find_mentions(const Lexicon& lex, SentenceAnalysis& s, int day, bool day_known, RecentActors& recent) {
  const std::vector<Token>& t = s.tokens;
  std::vector<ActorMention> found;
  std::vector<std::pair<std::size_t, std::size_t>> anaphora;  // token spans of "the two countries"
  recent.pair_named_here = false;
  // A mention resolved below, once the sentence's own earlier actors are known; returns
  // where the scan goes on.
  const auto placeholder = [&](std::size_t begin, std::size_t end, std::int32_t kind) {
    ActorMention m;
    m.begin = begin;
    m.end = end;
    m.actor = kind;
    m.possessive = end < t.size() && t[end].lower == "'s";
    found.push_back(m);
    return end;
  };
  for (std::size_t i = 0; i < t.size();) {
    if (!t[i].word) { ++i; continue; }
    // "The Organization for the Prohibition of Chemical Weapons", "the Republic of Korea": a
    // name that starts right after "the" and runs past an anaphor's words is the name.
    if (has(t[i], word_class("article_the")) && i + 1 < t.size() && !lex.actor_names.longest(t, i))
      if (const auto* name = lex.actor_names.longest(t, i + 1); name && name->lower.size() >= 2) {
        ++i;
        continue;
      }
    const auto* one = lex.state_anaphora.longest(t, i);
    // "the government of Peru", "the authorities in Kabul": the state is named right after.
    if (one) {
      std::size_t k = i + one->lower.size();
      if (k + 1 < t.size() && (has(t[k], word_class("complement_of")) || has(t[k], word_class("locative")))) {
        ++k;
        if (k + 1 < t.size() && has(t[k], word_class("article_the"))) ++k;
        if (lex.actor_names.longest(t, k)) one = nullptr;
      }
    }
    if (one) {
      i = placeholder(i, i + one->lower.size(), kStateAnaphor);
      continue;
    }
    if (const std::size_t end = described_state_end(lex, t, i); end > i) {
      i = placeholder(i, end, kStateAnaphor);
      continue;
    }
    // "the bloc", "the alliance": the organisation named last; not "the alliance of/between
    // the US and Japan", which names its members.
    if (const auto* org = lex.org_anaphora.longest(t, i)) {
      const std::size_t end = i + org->lower.size();
      // Mentions come before tagging: an actor's name after the preposition tells.
      std::size_t named = end + 1;
      if (named < t.size() && has(t[named], word_class("article_the"))) ++named;
      const bool members_named = end + 1 < t.size() &&
                                 (has(t[end], word_class("complement_of")) || has(t[end], word_class("pair_preposition"))) &&
                                 named < t.size() && lex.actor_names.longest(t, named);
      if (!members_named) {
        i = placeholder(i, end, kOrganisation);
        continue;
      }
    }
    // "Kenya's president flew to Addis Ababa. The president praised ...": a definite title
    // with no state of its own (grammar.tsv official_anaphor_noun).
    if (const std::size_t end = official_anaphor_end(lex, t, i); end > i) {
      i = placeholder(i, end, kOfficialAnaphor);
      continue;
    }
    // "Niger closed its border. Nigeria cut supplies to its northern neighbour."
    if (const auto* neighbour = lex.neighbour_anaphora.longest(t, i)) {
      i = placeholder(i, i + neighbour->lower.size(), kNeighbourAnaphor);
      continue;
    }
    // "Zelensky ... since Russia's invasion of his country": the state of a person named before.
    if (const auto* owner = lex.owner_state_anaphora.longest(t, i)) {
      i = placeholder(i, i + owner->lower.size(), kOwnerState);
      continue;
    }
    // "both sides of the Atlantic": the sides of a named place that is no actor, not the two
    // parties named last ("both sides of the conflict" are them).
    const auto sides_of_a_place = [&](std::size_t after) {
      if (after + 1 >= t.size() || !has(t[after], word_class("complement_of"))) return false;
      std::size_t q = after + 1;
      if (has(t[q], word_class("article_the")) && q + 1 < t.size()) ++q;
      return t[q].capitalized && !lex.actor_names.longest(t, q);
    };
    if (counted_anaphor_at(t, i) > 0 && !sides_of_a_place(i + 3)) {
      anaphora.emplace_back(i, i + 3);
      i = placeholder(i, i + 3, kCountedAnaphor);
      continue;
    }
    if (const auto* pair = lex.pair_anaphora.longest(t, i); pair && !sides_of_a_place(i + pair->lower.size())) {
      anaphora.emplace_back(i, i + pair->lower.size());
      i = placeholder(i, i + pair->lower.size(), kPairAnaphor);
      continue;
    }
    // "Croatia fought Bosnia before Washington brokered a truce between them": "them" after
    // "between" or "among" stands for a pair, as "the two countries" does.
    if (i > 0 && has(t[i - 1], word_class("pair_preposition")) && !has(t[i - 1], word_class("complement_of")) &&
        has(t[i], word_class("pronoun_plural")) && has(t[i], word_class("object_pronoun"))) {
      anaphora.emplace_back(i, i + 1);
      i = placeholder(i, i + 1, kPairAnaphor);
      continue;
    }
    // "..., each accusing the other of provocations", "each blamed the other": "the other"
    // after "each" a few words before is a reciprocal, as "each other" is.
    if (i + 1 < t.size() && t[i].lower == "the" && t[i + 1].lower == "other" &&
        (i + 2 >= t.size() || !t[i + 2].word || has(t[i + 2], word_class("preposition")) || t[i + 2].lower == "'s")) {
      bool each = false;
      for (std::size_t q = i; q-- > 0 && q + 4 > i;) each = each || t[q].lower == "each";
      if (each) {
        anaphora.emplace_back(i, i + 2);
        i = placeholder(i, i + 2, kPairAnaphor);
        continue;
      }
    }
    // "in Hanoi, where she and Lula signed ...": a personal subject pronoun coordinated with a
    // name is a person too (resolved below like "his country").
    if (i + 2 < t.size() && has(t[i], word_class("subject_pronoun")) && has(t[i], word_class("pronoun_person")) &&
        has(t[i + 1], word_class("conjunction_and")) && lex.actor_names.longest(t, i + 2)) {
      i = placeholder(i, i + 1, kPersonPronoun);
      continue;
    }
    const auto* phrase = lex.actor_names.longest(t, i);
    if (!phrase) {
      if (const std::int32_t person = surname_actor(lex, t, i, found, recent, day, day_known); person >= 0) {
        ActorMention m;
        m.begin = i;
        m.end = i + 1;
        m.actor = person;
        m.possessive = m.end < t.size() && t[m.end].lower == "'s";
        found.push_back(m);
      } else if (const NamedPersonHit named = named_person_at(lex, t, i, recent.people); named.actor >= 0) {
        // Someone the document introduced with an office: "Iraqi Deputy Prime Minister
        // Tariq Aziz ... Aziz accused Washington".
        ActorMention m;
        m.begin = i;
        m.end = i + named.length;
        m.actor = named.actor;
        m.possessive = m.end < t.size() && t[m.end].lower == "'s";
        found.push_back(m);
        i = m.end;
        continue;
      }
      ++i;
      continue;
    }
    const std::size_t len = phrase->lower.size();
    // A capitalised word running on after the name ("Jordan River", "Georgia Tech") makes a
    // longer proper name that is not the actor; all-caps headlines are exempt.
    const ActorName& v = phrase->values.front();
    const bool runs_on = i + len < t.size() && t[i + len].word && t[i + len].capitalized &&
                         !is_all_caps(t[i + len].raw) && t[i + len].lower != "'s" &&
                         v.kind == MentionKind::Name && lex.actors[static_cast<std::size_t>(v.actor)].type != ActorType::Person &&
                         has(t[i + len], word_class("name_runon"));
    // "the Moscow-led bloc": the organisation named before it, which X leads; with none
    // named, X stands for it ("a Saudi-led coalition").
    const std::size_t led = i + len;
    if (v.kind != MentionKind::Blocked && led + 2 < t.size() && t[led].lower == "-" && t[led].joined &&
        t[led + 1].lower == "led" && has(t[led + 2], word_class("org_noun"))) {
      ActorMention m;
      m.begin = i;
      m.end = led + 3;
      m.actor = kOrganisation;
      m.kind = MentionKind::Name;
      m.compound_with = v.actor;  // the leader, if no organisation was named before
      m.possessive = m.end < t.size() && t[m.end].lower == "'s";
      found.push_back(m);
      i = m.end;
      continue;
    }
    // "the Russian-led CSTO", "the French-led Takuba force": the leader only qualifies the
    // body named right after; that name is the mention.
    if (v.kind != MentionKind::Blocked && led + 2 < t.size() && t[led].lower == "-" && t[led].joined &&
        t[led + 1].lower == "led" && lex.actor_names.longest(t, led + 2)) {
      i = led + 2;
      continue;
    }
    // A person's one-word name after a capitalised word no dictionary knows is someone
    // else's name ("Hunter Biden", "Dwayne Johnson"); offices, honorifics, time words,
    // grammar words and adverbs before it are not names ("Yesterday Biden", "Later Biden":
    // at the sentence's start every word is capitalised).
    const bool other_persons_name =
        len == 1 && i > 0 && v.kind == MentionKind::Name && lex.actors[static_cast<std::size_t>(v.actor)].type == ActorType::Person &&
        !(i == 1 && (t[0].classes != 0 || wordnet_adverb(t[0].lower))) &&
        t[i - 1].word && t[i - 1].capitalized && !is_all_caps(t[i - 1].raw) && !lex.actor_names.longest(t, i - 1) &&
        !has(t[i - 1], word_class("honorific")) && !has(t[i - 1], word_class("time_unit")) &&
        !(found.size() > 0 && found.back().end == i) && !title_ending_at(lex, t, i);
    if (other_persons_name) {
      i += len;
      continue;
    }
    if (v.kind != MentionKind::Blocked && !runs_on) {
      ActorMention m;
      m.begin = i;
      m.end = i + len;
      m.actor = v.actor;
      m.kind = v.kind;
      m.possessive = m.end < t.size() && t[m.end].lower == "'s";
      found.push_back(m);
    }
    i += len;
  }

  // Compounds: "Sino-Russian", "US-India", "Russo-Japanese" (no spaces around the hyphen).
  for (std::size_t k = 0; k + 1 < found.size(); ++k) {
    ActorMention& a = found[k];
    ActorMention& b = found[k + 1];
    if (b.begin == a.end + 1 && is_hyphen(t[a.end]) && t[a.end].joined && t[b.begin].joined && !a.possessive) {
      a.compound_with = static_cast<std::int32_t>(k + 1);
      b.compound_with = static_cast<std::int32_t>(k);
    }
  }

  const auto is_country = [&](std::int32_t x) { return x >= 0 && lex.actors[static_cast<std::size_t>(x)].territorial(); };
  // A placeholder becomes a mention of the actor it stands for; none found, it is dropped.
  const auto resolve = [&](ActorMention m, std::int32_t actor) {
    if (actor < 0) return;
    m.actor = actor;
    m.compound_with = -1;  // "the X-led bloc" is the bloc, no longer half of a compound
    m.kind = MentionKind::Name;
    s.mentions.push_back(m);
  };
  std::optional<std::vector<Token>> tagged_copy;  // made on first need (relation_phrase_ends_at)
  for (std::size_t k = 0; k < found.size(); ++k) {
    ActorMention m = found[k];
    if (m.actor == kStateAnaphor) {
      // "the country": a state this sentence named before it, other than its first actor
      // (the likely subject, who would be "itself"); else the state the last sentence
      // opened with, unless that is this sentence's own subject.
      std::int32_t first = -1;
      for (const ActorMention& e : s.mentions)
        if (e.actor >= 0) { first = e.actor; break; }
      std::int32_t pick = -1;
      // "Finland's president said the country must apply ...": the subject of what a
      // speaker says is, with nobody else named, the speaker's own state.
      std::size_t b = m.begin;
      while (b > 0 && (has(t[b - 1], word_class("complementizer")) || has(t[b - 1], word_class("time_phrase_word")) ||
                       has(t[b - 1], word_class("time_unit"))))
        --b;
      const bool reported_subject = b > 0 && has(t[b - 1], word_class("speech_verb"));
      if (reported_subject && is_country(first)) pick = first;
      // "Tokyo agreed to reschedule its credits to the landlocked nation": a state named in
      // the anaphor's own clause, with no break between, is that clause's subject, not it.
      // (Mentions come before tagging: a state followed by a word that is no preposition,
      // determiner or possessive is taken for a subject.)
      const auto same_clause = [&](const ActorMention& e) {
        if (e.end >= t.size() || e.possessive || !t[e.end].word || has(t[e.end], word_class("preposition")) ||
            has(t[e.end], word_class("determiner")) || has(t[e.end], word_class("infinitive_to")))
          return false;
        for (std::size_t p = e.end; p < m.begin; ++p)
          if (!t[p].word || has(t[p], word_class("clause_break")) || has(t[p], word_class("conjunction_and"))) return false;
        return true;
      };
      for (auto e = s.mentions.rbegin(); e != s.mentions.rend() && pick < 0; ++e)
        if (is_country(e->actor) && e->actor != first && e->kind != MentionKind::Adjective && e->end <= m.begin &&
            !same_clause(*e))
          pick = e->actor;
      // "the Government's talks with the ELN": a government named with no state of its own,
      // in a story mostly about one state (named at least twice as often as any other), is
      // that state's; else the state the last sentence opened with.
      if (pick < 0 && lex.grammar.in("government_anaphor", t[m.end - 1].lower))
        if (const std::int32_t story = story_state(recent); story >= 0 && story != first) pick = story;
      if (pick < 0 && is_country(recent.lead) && recent.lead != first) pick = recent.lead;
      // "ABUJA - The Federal Government has protested to Ghana": before any state is
      // named, the government of the dateline's state.
      if (pick < 0 && recent.lead < 0 && recent.dateline_state >= 0 && recent.dateline_state != first &&
          lex.grammar.in("government_anaphor", t[m.end - 1].lower))
        pick = recent.dateline_state;
      // "the government ... broke off relations with Madrid, Rome and Lisbon": a
      // state the sentence names (by name or capital) after the anaphor is another actor in
      // it, not the anaphor (its people and adjective may still follow: "the junta's refusal
      // to let the envoy meet Aung San Suu Kyi").
      if (pick >= 0)
        for (std::size_t later = k + 1; later < found.size(); ++later)
          if (found[later].actor >= 0 && lex.actors[static_cast<std::size_t>(found[later].actor)].type == ActorType::State &&
              found[later].kind != MentionKind::Adjective &&
              lex.actors[static_cast<std::size_t>(found[later].actor)].country == lex.actors[static_cast<std::size_t>(pick)].country) {
            pick = -1;
            break;
          }
      resolve(m, pick);
      continue;
    }
    if (m.actor == kOfficialAnaphor) {
      // The state of the official with the same title named last, in this sentence before it
      // or in the sentences before; none when another state's official with that title was
      // named since (then "the president" could be either).
      const std::string& head = t[m.end - 1].lower;
      std::int32_t pick = -1;
      for (auto e = s.mentions.rbegin(); e != s.mentions.rend() && pick < 0; ++e)
        if (e->actor >= 0 && e->end <= m.begin && title_after(lex, t, *e) == head) pick = e->actor;
      if (pick < 0) {
        for (auto o = recent.officials.rbegin(); o != recent.officials.rend(); ++o) {
          if (o->first != head) continue;
          if (pick < 0) pick = o->second;
          else if (lex.actors[static_cast<std::size_t>(o->second)].country != lex.actors[static_cast<std::size_t>(pick)].country) {
            // (Only the latest two matter: an older one was superseded.)
            break;
          }
        }
        // Two officials with that title named last by different states: unclear.
        std::size_t same = 0;
        for (auto o = recent.officials.rbegin(); o != recent.officials.rend() && same < 2; ++o)
          if (o->first == head) {
            ++same;
            if (same == 2 && pick >= 0 &&
                lex.actors[static_cast<std::size_t>(o->second)].country != lex.actors[static_cast<std::size_t>(pick)].country)
              pick = -1;
          }
      }
      resolve(m, pick);
      continue;
    }
    if (m.actor == kNeighbourAnaphor) {
      // The states this sentence named before it: one is the owner of "its"; with two the
      // neighbour could be either ("North Korea fired over Japan, and Seoul condemned its
      // neighbour's provocation"), and it stays unresolved.
      std::vector<std::string> states;
      for (const ActorMention& e : s.mentions)
        if (e.end <= m.begin && is_country(e.actor)) {
          const std::string& c = lex.actors[static_cast<std::size_t>(e.actor)].country;
          if (std::find(states.begin(), states.end(), c) == states.end()) states.push_back(c);
        }
      std::int32_t pick = -1;
      if (states.size() <= 1 && is_country(recent.lead) &&
          (states.empty() || lex.actors[static_cast<std::size_t>(recent.lead)].country != states.front()))
        pick = recent.lead;
      resolve(m, pick);
      continue;
    }
    if (m.actor == kOrganisation) {
      const auto igo = [&](std::int32_t x) { return x >= 0 && lex.actors[static_cast<std::size_t>(x)].type == ActorType::Igo; };
      // "X-led" looks only in its own sentence ("US-led forces" are the US's, whatever
      // organisation met the day before); "the bloc" also before it.
      const bool led = m.compound_with >= 0;
      std::int32_t pick = -1;
      for (auto e = s.mentions.rbegin(); e != s.mentions.rend() && pick < 0; ++e)
        if (igo(e->actor)) pick = e->actor;
      // "Diplomats from several ASEAN members said the bloc ...": a body named before it in
      // this sentence only to count its members (no mention of its own) is still the one meant.
      for (std::size_t q = m.begin; !led && pick < 0 && q-- > 0;)
        if (const auto* name = lex.actor_names.longest(t, q))
          for (const ActorName& v : name->values)
            if (v.kind != MentionKind::Blocked && igo(v.actor)) pick = v.actor;
      for (auto a = recent.actors.rbegin(); !led && a != recent.actors.rend() && pick < 0; ++a)
        if (igo(*a)) pick = *a;
      if (pick < 0) pick = led ? m.compound_with : -1;  // the leader of "X-led"
      resolve(m, pick);
      continue;
    }
    if (m.actor == kPersonPronoun) {
      // "he" in "he and X": the sentence's first person, else the person named last before it.
      const auto person = [&](std::int32_t x) { return x >= 0 && lex.actors[static_cast<std::size_t>(x)].type == ActorType::Person; };
      std::int32_t pick = -1;
      for (auto e = s.mentions.begin(); e != s.mentions.end() && pick < 0; ++e)
        if (person(e->actor)) pick = e->actor;
      for (auto a = recent.actors.rbegin(); a != recent.actors.rend() && pick < 0; ++a)
        if (person(*a)) pick = *a;
      resolve(m, pick);
      continue;
    }
    if (m.actor == kOwnerState) {
      const auto person_state = [&](std::int32_t x) -> std::int32_t {
        if (x < 0 || lex.actors[static_cast<std::size_t>(x)].type != ActorType::Person) return -1;
        const auto state = lex.actor_by_id.find(lex.actors[static_cast<std::size_t>(x)].country);
        return state == lex.actor_by_id.end() ? -1 : state->second;
      };
      // "his" is most often the sentence's subject, its first person ("Zelensky was welcomed
      // by Biden ... since the invasion of his country"); else the last person before it.
      std::int32_t pick = -1;
      for (auto e = s.mentions.begin(); e != s.mentions.end() && pick < 0; ++e) pick = person_state(e->actor);
      for (auto a = recent.actors.rbegin(); a != recent.actors.rend() && pick < 0; ++a) pick = person_state(*a);
      resolve(m, pick);
      continue;
    }
    if (m.actor == kCountedAnaphor) {
      // "Ghana, Togo and Benin joined ..., and Nigeria withdrew its envoys from the three
      // capitals": the last list of that many actors named together, in this sentence or
      // the document.
      const std::size_t count = counted_anaphor_at(t, m.begin);
      std::vector<std::int32_t> list;
      for (std::size_t j = 0; j + count <= s.mentions.size() && s.mentions[j].end <= m.begin; ++j) {
        bool joined = s.mentions[j + count - 1].end <= m.begin;
        for (std::size_t q = j; joined && q + 1 < j + count; ++q)
          for (std::size_t p = s.mentions[q].end; p < s.mentions[q + 1].begin; ++p)
            joined = joined && (t[p].lower == "," || has(t[p], word_class("conjunction_and")) || has(t[p], word_class("article_the")));
        if (!joined) continue;
        list.clear();
        for (std::size_t q = j; q < j + count; ++q) list.push_back(s.mentions[q].actor);
      }
      if (list.empty() && recent.last_list.size() == count) list = recent.last_list;
      for (std::int32_t actor : list) {
        if (actor < 0) continue;
        ActorMention member = m;
        member.actor = actor;
        member.kind = MentionKind::Name;
        member.compound_with = -4;  // members of one anaphor group
        s.mentions.push_back(member);
      }
      continue;
    }
    if (m.actor == kPairAnaphor) {
      // "the two countries", "both sides": the last two actors named before it.
      // Preference: a pair named together earlier in this sentence ("Russia and China ...
      // sanctions against both countries"), then the document's last pair named together,
      // then the last two states named.
      const auto is_state = [&](std::int32_t x) {
        const ActorEntry& actor = lex.actors[static_cast<std::size_t>(x)];
        return actor.territorial() || actor.type == ActorType::Person;
      };
      std::int32_t a = -1, b = -1;
      for (std::size_t j = 0; j + 1 < s.mentions.size(); ++j) {
        const ActorMention& x = s.mentions[j];
        const ActorMention& y = s.mentions[j + 1];
        if (x.actor < 0 || y.actor < 0 || !is_state(x.actor) || !is_state(y.actor)) continue;
        // "Japan and the US": only the conjunction and an article between them.
        bool joined = false, only_joiners = true;
        for (std::size_t p = x.end; p < y.begin; ++p) {
          joined |= has(t[p], word_class("conjunction_and"));
          only_joiners &= has(t[p], word_class("conjunction_and")) || has(t[p], word_class("article_the"));
        }
        if (joined && only_joiners &&
            lex.actors[static_cast<std::size_t>(x.actor)].country != lex.actors[static_cast<std::size_t>(y.actor)].country) {
          a = x.actor;
          b = y.actor;
        }
      }
      // "each other", "one another" stand for the sentence's own coordinated actors: "the
      // army and the RSF accused each other" names one actor we know, and no pair.
      const bool reciprocal = has(t[m.end - 1], word_class("reciprocal_word"));
      if (a < 0 && reciprocal) {
        // "The two countries accused each other": the pair an anaphor of this sentence named.
        for (std::size_t j = 0; j + 1 < s.mentions.size(); ++j)
          if (s.mentions[j].compound_with == -4 && s.mentions[j + 1].compound_with == -4) {
            a = s.mentions[j].actor;
            b = s.mentions[j + 1].actor;
          }
        if (a < 0) continue;
      }
      // "Peru's minister met Bolivia's president and praised the friendship between the two
      // nations": two states of different countries named before it in this sentence, over
      // a pair named together in an earlier one.
      if (a < 0 && !reciprocal) {
        std::vector<std::int32_t> before;
        // ("Croatia fought Bosnia before Washington brokered a truce between them": the host
        // or broker of what stands between the pair is not one of it.)
        const bool between = m.begin > 0 && has(t[m.begin - 1], word_class("pair_preposition")) &&
                             !has(t[m.begin - 1], word_class("complement_of"));
        // (The verb's own phrase reaches the anaphor: no comma, "and" or actor between them;
        // "hosted Peru's premier and hailed the friendship between the two nations" hosts
        // one of the pair.)
        const auto sponsor_verb_at = [&](std::size_t v) {
          if (v >= m.begin || !lex.grammar.in("event_sponsor_verb", t[v].lower)) return false;
          for (std::size_t p = v + 1; p < m.begin; ++p)
            if (!t[p].word || has(t[p], word_class("conjunction_and"))) return false;
          for (const ActorMention& inside : s.mentions)
            if (inside.begin > v && inside.end <= m.begin && inside.actor >= 0) return false;
          return true;
        };
        for (const ActorMention& earlier : s.mentions) {
          if (earlier.end > m.begin || earlier.actor < 0 || earlier.compound_with == -4 || !is_state(earlier.actor)) continue;
          const bool sponsor = between && (sponsor_verb_at(earlier.end) || sponsor_verb_at(earlier.end + 1));
          if (!sponsor) before.push_back(earlier.actor);
        }
        std::int32_t x = -1, y = -1;
        if (last_two(lex, before, x, y)) {
          a = x;
          b = y;
        }
      }
      // ("urged calm on both sides", "the two sides": the sides of a quarrel are the pair the
      // document told the most hostile acts between, over a pair named last that did nothing
      // with each other: "Lithuania and Poland issued statements of solidarity".)
      const bool sides = t[m.end - 1].lower == "sides";
      // ("Saudi Arabia and the US urged both sides to accept a truce": the sides of a quarrel
      // are never the pair that is the anaphor's own clause's subject; after a comma or a
      // conjunction, "..., but the two sides later fell out", they are.)
      const auto same_clause_pair = [&](std::int32_t x, std::int32_t y) {
        std::size_t last = 0;
        bool seen_x = false, seen_y = false;
        for (const ActorMention& e : s.mentions) {
          if (e.actor < 0 || e.end > m.begin || e.compound_with == -4) continue;
          const std::string& c = lex.actors[static_cast<std::size_t>(e.actor)].country;
          const bool is_x = c == lex.actors[static_cast<std::size_t>(x)].country, is_y = c == lex.actors[static_cast<std::size_t>(y)].country;
          seen_x = seen_x || is_x;
          seen_y = seen_y || is_y;
          if (is_x || is_y) last = std::max(last, e.end);
        }
        if (!seen_x || !seen_y) return false;
        for (std::size_t p = last; p < m.begin; ++p) {
          // (A relative clause set off by commas, ", which accompanied the talks,", is an
          // aside on the pair, which stays the subject after it.)
          if (t[p].lower == "," && p + 1 < m.begin && (t[p + 1].lower == "which" || t[p + 1].lower == "who")) {
            std::size_t q = p + 1;
            while (q < m.begin && t[q].lower != ",") ++q;
            if (q < m.begin) {
              p = q;
              continue;
            }
          }
          // ("... and maintained channels with both parties": "and" before a lower-case word that
          // is no determiner joins another verb of the same subject; words are not tagged yet.)
          const bool new_subject_and = has(t[p], word_class("conjunction_and")) && p + 1 < m.begin &&
                                       (t[p + 1].capitalized || has(t[p + 1], word_class("determiner")));
          if (t[p].lower == "," || has(t[p], word_class("clause_break")) || new_subject_and || t[p].lower == "but" ||
              t[p].lower == "though" || t[p].lower == "while")
            return false;
        }
        return true;
      };
      if (sides && a >= 0 && same_clause_pair(a, b)) a = b = -1;
      // ("Austria urged calm on both sides", "called for restraint from both sides": sides
      // asked to calm down are the ones that quarrel, never a pair that was only friendly to
      // each other, even when acts between them were told: "Germany praised Poland for its
      // help. The EU urged calm on both sides" after a Russian-Estonian row.)
      bool calming = false;
      for (std::size_t p = m.begin >= 3 ? m.begin - 3 : 0; p < std::min(t.size(), m.end + 4) && !calming; ++p)
        calming = has(t[p], word_class("deescalation_noun"));
      const bool quarrel_wanted = recent.pair_a < 0 || recent.pair_acts == 0 || (calming && recent.pair_hostile_acts == 0);
      if (a < 0 && sides && recent.hostile_a >= 0 && quarrel_wanted) {
        a = recent.hostile_a;
        b = recent.hostile_b;
      }
      if (a < 0 && sides && recent.mediated_a >= 0 && quarrel_wanted) {
        a = recent.mediated_a;
        b = recent.mediated_b;
      }
      if (a < 0) {
        a = recent.pair_a;
        b = recent.pair_b;
      }

      if (a < 0) {
        std::vector<std::int32_t> known;
        for (std::int32_t x : recent.actors)
          if (is_state(x)) known.push_back(x);
        for (const ActorMention& earlier : s.mentions)
          if (earlier.actor >= 0 && is_state(earlier.actor)) known.push_back(earlier.actor);
        if (!last_two(lex, known, a, b)) continue;
      }
      // (Nor, for the sides of a quarrel, the last two states when this sentence named both
      // before the anaphor.)
      if (sides && same_clause_pair(a, b)) continue;
      ActorMention first = m, second = m;
      first.actor = a;
      second.actor = b;
      first.compound_with = second.compound_with = -4;  // marks an anaphor pair
      s.mentions.push_back(first);
      s.mentions.push_back(second);
      continue;
    }
    if (m.compound_with < 0) {
      if (m.kind == MentionKind::Combining) continue;  // "Indo-Pacific": not India
      if (!keeps_actor_reading(lex, t, m, tagged_copy)) continue;
    }
    // Offices: "Japan's prime minister", "the Russian foreign minister" -> the holder on the
    // document's date; the mention still counts as its state when no holder is known.
    const ActorEntry& actor = lex.actors[static_cast<std::size_t>(m.actor)];
    if (m.compound_with < 0 && actor.territorial()) {
      const std::size_t at = m.end + (m.possessive ? 1 : 0);
      if (at < t.size()) {
        if (const auto* title = lex.role_titles.longest(t, at)) {
          // "Chinese Premier Li Peng" names someone the dictionaries do not know: not the
          // holder on the document's date (the text may be older than the document), so the
          // mention stays the state.
          const std::size_t after = at + title->lower.size();
          const bool unknown_name_follows = after < t.size() && t[after].word && t[after].capitalized &&
                                            !lex.actor_names.longest(t, after);
          if (day_known && !unknown_name_follows) {
            for (const std::string& role : title->values) {
              const std::int32_t holder = lex.role_holder(actor.country, role, day);
              if (holder >= 0) { m.actor = holder; break; }
            }
          }
          m.end = at + title->lower.size();
          // The unknown name belongs to the mention ("Chinese Premier Li Peng" is China
          // up to its last word), so a list goes on after it ("... Li Peng and his
          // Indian counterpart").
          if (unknown_name_follows)
            for (std::size_t name_words = 0; name_words < 4 && m.end < t.size() && t[m.end].word && t[m.end].capitalized &&
                                             t[m.end].lower != "'s" && !lex.actor_names.longest(t, m.end);
                 ++name_words)
              ++m.end;
          m.possessive = m.end < t.size() && t[m.end].lower == "'s";
        }
      }
    }
    // "Russian Foreign Minister Sergei Lavrov": the name right after an office is the same actor.
    if (!s.mentions.empty()) {
      ActorMention& prev = s.mentions.back();
      if (prev.end == m.begin && prev.compound_with < 0 && m.compound_with < 0 &&
          lex.actors[static_cast<std::size_t>(prev.actor)].country == lex.actors[static_cast<std::size_t>(m.actor)].country) {
        if (lex.actors[static_cast<std::size_t>(m.actor)].type == ActorType::Person) prev.actor = m.actor;
        prev.end = m.end;
        prev.possessive = m.possessive;
        continue;
      }
    }
    if (m.compound_with >= 0) m.compound_with = -2;  // fixed up below
    if (!s.mentions.empty() && s.mentions.back().compound_with == -4 && m.begin < s.mentions.back().end) continue;
    s.mentions.push_back(m);
  }
  // "Presidents Álvaro Uribe of Colombia and Rafael Correa of Ecuador": a person followed by
  // "of" and their own state is one mention, so a list coordinates the persons, not the
  // first one's state with the second person.
  for (std::size_t k = 0; k + 1 < s.mentions.size(); ++k) {
    ActorMention& person = s.mentions[k];
    const ActorMention& state = s.mentions[k + 1];
    if (person.compound_with != -1 || state.compound_with != -1 || person.possessive || person.end + 1 >= t.size() ||
        !has(t[person.end], word_class("complement_of")))
      continue;
    const std::size_t at = person.end + 1 + (has(t[person.end + 1], word_class("article_the")) ? 1 : 0);
    const ActorEntry& who = lex.actors[static_cast<std::size_t>(person.actor)];
    const ActorEntry& where = lex.actors[static_cast<std::size_t>(state.actor)];
    if (who.type != ActorType::Person || state.begin != at || !where.territorial() || where.country != who.country) continue;
    person.end = state.end;
    person.possessive = state.possessive;
    s.mentions.erase(s.mentions.begin() + static_cast<std::ptrdiff_t>(k + 1));
  }
  // "Presidents Alberto Fujimori of Peru and Jamil Mahuad of Ecuador": a title, a name the
  // dictionaries do not know and "of" a state name the state's office holder, so the state's
  // mention starts at the title (a list then joins the two officials).
  std::size_t titled_end = t.size();  // end of the last mention a plural title opened
  for (ActorMention& m : s.mentions) {
    if (m.compound_with != -1 || m.begin < 3 || !has(t[m.begin - 1], word_class("complement_of")) ||
        !lex.actors[static_cast<std::size_t>(m.actor)].territorial())
      continue;
    std::size_t q = m.begin - 1;
    std::size_t names = 0;
    while (q > 0 && names < 4 && t[q - 1].word && t[q - 1].capitalized &&
           !lex.actor_names.longest(t, q - 1) && !lex.grammar.in("title_person_noun", t[q - 1].lower) &&
           !(t[q - 1].lower.ends_with("s") && lex.grammar.in("title_person_noun", t[q - 1].lower.substr(0, t[q - 1].lower.size() - 1))))
      --q, ++names;
    if (names == 0 || q == 0) continue;
    // ("... and Jamil Mahuad of Ecuador": the plural title before the first covers the next.)
    if (has(t[q - 1], word_class("conjunction_and")) && titled_end == q - 1) {
      m.begin = q;
      titled_end = m.end;
      continue;
    }
    std::string title = t[q - 1].lower;
    if (title.ends_with("s") && !lex.grammar.in("title_person_noun", title)) title.pop_back();
    // (Only offices of a state: "Mayor Vitali Klitschko of Kyiv", "Archbishop X of Slovakia"
    // speak for a city or a church; grammar.tsv non_state_title.)
    if (!t[q - 1].capitalized || !lex.grammar.in("title_person_noun", title) || lex.grammar.in("non_state_title", title)) continue;
    // (Not inside an earlier mention: "Chinese Premier Li Peng of ..." is one already.)
    if (std::any_of(s.mentions.begin(), s.mentions.end(), [&](const ActorMention& o) { return &o != &m && o.end > q - 1 && o.begin < m.begin; }))
      continue;
    m.begin = q - 1;
    if (t[q - 1].lower.ends_with("s")) titled_end = m.end;
  }
  // Re-link compound halves by position (indices changed while filtering).
  for (std::size_t k = 0; k + 1 < s.mentions.size(); ++k) {
    ActorMention& a = s.mentions[k];
    ActorMention& b = s.mentions[k + 1];
    if (a.compound_with == -2 && b.compound_with == -2 && b.begin == a.end + 1) {
      a.compound_with = static_cast<std::int32_t>(k + 1);
      b.compound_with = static_cast<std::int32_t>(k);
    }
  }
  for (ActorMention& m : s.mentions)
    if (m.compound_with == -2) m.compound_with = -1;

  // Groups. A chain "A, B and C" is one group only when it ends with and/or; commas alone
  // are appositions ("Japan, Russia's new ally,"), not lists.
  s.group_at.assign(t.size(), -1);
  const auto& ms = s.mentions;
  for (std::size_t k = 0; k < ms.size();) {
    if (ms[k].compound_with == -4 && k + 1 < ms.size()) {
      // An anaphor's members ("the two countries", "the three capitals") share its span.
      Group g;
      g.begin = ms[k].begin;
      g.end = ms[k].end;
      g.anaphor = true;
      while (k < ms.size() && ms[k].compound_with == -4 && ms[k].begin == g.begin) g.mentions.push_back(static_cast<std::int32_t>(k++));
      s.groups.push_back(g);
      continue;
    }
    if (ms[k].compound_with == static_cast<std::int32_t>(k + 1)) {
      Group g;
      g.mentions = {static_cast<std::int32_t>(k), static_cast<std::int32_t>(k + 1)};
      g.begin = ms[k].begin;
      g.end = ms[k + 1].end;
      g.compound = true;
      s.groups.push_back(g);
      k += 2;
      continue;
    }
    std::vector<std::int32_t> chain = {static_cast<std::int32_t>(k)};
    std::vector<bool> via_and;  // link kinds
    // "countries from Senegal to Kenya", "governments across the region, from Peru and
    // Colombia to Chile": a range after a plural of states lists them, its "to" a link like
    // "and". (A route, "flights from Moscow to Beijing", follows no such noun.)
    const bool range = [&] {
      std::size_t b = ms[k].begin;
      if (b > 0 && has(t[b - 1], word_class("article_the"))) --b;
      if (b < 2 || t[b - 1].lower != "from") return false;
      std::size_t h = b - 2;
      if (t[h].lower == "," && h > 0) --h;
      return lex.grammar.in("range_list_noun", t[h].lower);
    }();
    std::size_t j = k;
    while (j + 1 < ms.size() && !ms[j].possessive && ms[j + 1].compound_with < 0) {
      // "the EU and the four founding members of Mercosur": a body's members listed with
      // others are the body's part of the list.
      if (lex.actors[static_cast<std::size_t>(ms[j + 1].actor)].type == ActorType::Igo &&
          members_of_link(lex, t, ms[j].end, ms[j + 1].begin)) {
        chain.push_back(static_cast<std::int32_t>(j + 1));
        via_and.push_back(true);
        ++j;
        continue;
      }
      bool has_and = false, has_comma = false, ok = true, aside = false;
      std::size_t phrase_words = 0;  // "The Quad, as well as ASEAN": the phrase does not count toward the gap
      for (std::size_t p = ms[j].end; p < ms[j + 1].begin && ok; ++p) {
        if (const std::size_t n = phrase_connector(t, p); n > 0 && p + n <= ms[j + 1].begin) {
          has_and = true;
          phrase_words += n - 1;
          p += n - 1;
        } else if (connector(t[p])) {
          has_and = true;
          // "..., Peru, and for a price, Bolivia": a short lower-case aside between
          // the conjunction and a comma right before the next item is skipped.
          std::size_t q = p + 1;
          while (q < ms[j + 1].begin && q < p + 5 && t[q].word && !t[q].capitalized) ++q;
          if (q > p + 1 && q + 1 <= ms[j + 1].begin && t[q].lower == "," &&
              (q + 1 == ms[j + 1].begin || (q + 2 == ms[j + 1].begin && has(t[q + 1], word_class("article_the"))))) {
            phrase_words += q - p;
            p = q;
            aside = true;
          }
        } else if (t[p].lower == ",") has_comma = true;
        else if (range && t[p].lower == "to" && p + 1 == ms[j + 1].begin) has_and = true;
        // "Xi Jinping and President Nursultan Nazarbayev": a person's title before the name.
        else if (t[p].capitalized && lex.actors[static_cast<std::size_t>(ms[j + 1].actor)].type == ActorType::Person &&
                 (has(t[p], word_class("honorific")) || lex.grammar.in("title_person_noun", t[p].lower) ||
                  lex.grammar.in("official_title_modifier", t[p].lower)))
          ++phrase_words;
        // ("two Russian and 3 Chinese bombers": a count before the next item is a filler.)
        else if (!has(t[p], word_class("list_filler")) &&
                 !(!t[p].lower.empty() && std::all_of(t[p].lower.begin(), t[p].lower.end(), [](char c) { return c >= '0' && c <= '9'; })))
          ok = false;
      }
      if (!ok || (!has_and && !has_comma) || ms[j + 1].begin - ms[j].end - phrase_words > 4) break;
      // ", and" closes a list only after two items or more joined by commas ("France,
      // Germany, and Italy"); after one item, or after "A and B", it opens a clause of its
      // own ("supplied tanks to Ukraine, and Russia destroyed ...").
      // (An aside set off after "and" is still a list: "Russia, and to a lesser extent China,".)
      // "his predecessor, Uhuru Kenyatta, and Museveni opened the talks": a person's name set
      // off after a title or a kin-like noun ends its apposition with that comma, so the
      // ", and" after it joins the name to the next item as a plain "and" would.
      const bool after_apposed_name = chain.size() == 1 && apposed_person_name(lex, t, ms[j]);
      if (has_and && has_comma && !aside && !after_apposed_name &&
          (chain.size() < 2 || std::any_of(via_and.begin(), via_and.end(), [](bool b) { return b; })))
        break;
      chain.push_back(static_cast<std::int32_t>(j + 1));
      via_and.push_back(has_and);
      ++j;
    }
    // Keep the longest prefix that ends with an and/or link; comma-only tails split off,
    // except in lists of three or more ("Iran, Libya, North Korea, Sudan").
    std::size_t keep = 1;
    for (std::size_t l = 0; l < via_and.size(); ++l)
      if (via_and[l]) keep = l + 2;
    if (chain.size() >= 3 && keep < chain.size()) keep = chain.size();
    // Headlines write "and" as a comma: "Ruto, Museveni bury the hatchet", "Dhaka, New Delhi
    // ink seven deals". A headline has no final stop; the two names open it.
    const bool headline = !t.empty() && t.back().word;
    // Not an apposition: "Germany, France's closest ally, criticises ..." (a possessive, or a
    // comma after the second name's phrase).
    const ActorMention& second = ms[static_cast<std::size_t>(chain[1 < chain.size() ? 1 : 0])];
    const bool apposition = second.possessive || (second.end < t.size() && t[second.end].lower == ",");
    if (keep == 1 && chain.size() >= 2 && headline && ms[k].begin == 0 && !via_and[0] && !apposition) keep = 2;
    Group g;
    g.mentions.assign(chain.begin(), chain.begin() + static_cast<std::ptrdiff_t>(keep));
    g.begin = ms[static_cast<std::size_t>(g.mentions.front())].begin;
    g.end = ms[static_cast<std::size_t>(g.mentions.back())].end;
    s.groups.push_back(g);
    k += keep;
  }
  // "the four members of Mercosur - Brazil, Argentina, Uruguay and Paraguay - signed",
  // "the Nordic states (Denmark, Finland and Norway) protested": a list set off by dashes or
  // brackets right after an actor names who acts, and joins its group.
  // (A dash set off by spaces, not one joining a compound: "Sino-Russian".)
  const auto dash = [](const Token& x) { return !x.joined && (is_hyphen(x) || x.lower == "\xE2\x80\x94"); };
  const auto opens_aside = [&](const Token& x) { return dash(x) || x.lower == "("; };
  const auto closes_aside = [&](const Token& x) { return dash(x) || x.lower == ")"; };
  for (std::size_t gi = 0; gi + 1 < s.groups.size(); ++gi) {
    Group& g = s.groups[gi];
    const Group& list = s.groups[gi + 1];
    if (g.anaphor || g.compound || list.compound || list.anaphor || list.mentions.size() < 2 || g.end >= t.size() ||
        !opens_aside(t[g.end]) || list.end >= t.size() || !closes_aside(t[list.end]))
      continue;
    std::size_t first = g.end + 1;
    if (first < list.begin && has(t[first], word_class("article_the"))) ++first;
    if (first != list.begin || s.mentions[static_cast<std::size_t>(g.mentions.back())].possessive) continue;
    g.mentions.insert(g.mentions.end(), list.mentions.begin(), list.mentions.end());
    g.end = list.end + 1;  // with the closing dash: the predicate follows the group
    s.groups.erase(s.groups.begin() + static_cast<std::ptrdiff_t>(gi + 1));
  }
  index_groups(s);
  for (ActorMention& m : s.mentions)
    if (m.compound_with == -4) m.compound_with = -1;
  for (const ActorMention& m : s.mentions) recent.actors.push_back(m.actor);
  remember_named_people(lex, t, s.mentions, recent.people);
  for (const ActorMention& m : s.mentions)
    if (std::string title = title_after(lex, t, m); !title.empty()) recent.officials.emplace_back(std::move(title), m.actor);
  if (recent.officials.size() > 16) recent.officials.erase(recent.officials.begin(), recent.officials.end() - 8);
  for (const ActorMention& m : s.mentions)
    if (is_country(m.actor) && m.kind != MentionKind::Adjective) {
      recent.lead = m.actor;
      break;
    }
  ++recent.sentences_seen;
  remember_coalition(lex, s, recent);
  for (const ActorMention& m : s.mentions) {
    // (A person or an official counts for their state: "Kenya's president".)
    std::int32_t state = m.actor;
    if (state >= 0 && lex.actors[static_cast<std::size_t>(state)].type == ActorType::Person) {
      const auto found_state = lex.actor_by_id.find(lex.actors[static_cast<std::size_t>(state)].country);
      state = found_state == lex.actor_by_id.end() ? -1 : found_state->second;
    }
    if (!is_country(state)) continue;
    auto it = std::find_if(recent.state_mentions.begin(), recent.state_mentions.end(),
                           [&](const auto& e) { return e.first == state; });
    if (it == recent.state_mentions.end()) recent.state_mentions.push_back({state, {1, recent.sentences_seen}});
    else it->second = {it->second.first + 1, recent.sentences_seen};
  }
  if (recent.actors.size() > 64) recent.actors.erase(recent.actors.begin(), recent.actors.end() - 32);
  for (const Group& g : s.groups) {
    if (g.anaphor) continue;
    if (g.mentions.size() >= 3) {
      recent.last_list.clear();
      for (std::int32_t mi : g.mentions) recent.last_list.push_back(s.mentions[static_cast<std::size_t>(mi)].actor);
    }
    if (g.mentions.size() != 2) continue;
    const std::int32_t a = s.mentions[static_cast<std::size_t>(g.mentions[0])].actor;
    const std::int32_t b = s.mentions[static_cast<std::size_t>(g.mentions[1])].actor;
    const auto& ta = lex.actors[static_cast<std::size_t>(a)].type;
    const auto& tb = lex.actors[static_cast<std::size_t>(b)].type;
    if (lex.actors[static_cast<std::size_t>(a)].country != lex.actors[static_cast<std::size_t>(b)].country &&
        ta != ActorType::Igo && tb != ActorType::Igo && ta != ActorType::Group && tb != ActorType::Group) {
      recent.pair_a = a;
      recent.pair_b = b;
      recent.pair_named_here = true;
    }
  }
}

}  // namespace irkg
