#pragma once
// The word classes of data/grammar.tsv the frames ask about, each with a fixed bit, so a
// token's classes are looked up once (one hash of the word) and every later question
// ("is this a negator?") is a bit test. Names are checked at compile time.
#include <array>
#include <cstdint>
#include <string_view>

namespace irkg {

inline constexpr std::array<std::string_view, 41> kWordClasses = {
    "clause_break", "relative",       "pronoun",       "pronoun_plural", "pronoun_person", "speech_verb",
    "be",           "adverb",         "negator",       "auxiliary",      "modal_hypothetical",
    "modal_future", "modal_reported", "report_noun",   "denial",         "determiner",     "preposition",
    "locative",     "adj_not_actor",  "event_noun",    "name_runon",     "noun_marker",    "object_pronoun",
    "intent_noun",  "prospect_word",  "perceive",      "coordinating_break", "sports_context",
    "government_noun", "abbreviation", "verdict_verb", "seize_verb", "settlement", "refusal", "time_unit", "people_noun", "arrival_verb", "border_noun",
    "accusation", "request_verb", "causative_verb"};

consteval int word_class(std::string_view name) {
  for (std::size_t i = 0; i < kWordClasses.size(); ++i)
    if (kWordClasses[i] == name) return static_cast<int>(i);
  throw "unknown word class";  // not a constant expression: a compile error at the call site
}

constexpr std::uint64_t class_bit(int index) { return std::uint64_t{1} << index; }

}  // namespace irkg
