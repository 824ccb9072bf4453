#pragma once
// The word classes of data/grammar.tsv the frames ask about, each with a fixed bit, so a
// token's classes are looked up once (one hash of the word) and every later question
// ("is this a negator?") is a bit test. Names are checked at compile time.
#include <array>
#include <cstdint>
#include <string_view>

namespace irkg {

inline constexpr std::array<std::string_view, 127> kWordClasses = {
    "clause_break", "relative",       "pronoun",       "pronoun_plural", "pronoun_person", "speech_verb",
    "be",           "adverb",         "negator",       "auxiliary",      "modal_hypothetical",
    "modal_future", "modal_reported", "report_noun",   "denial",         "determiner",     "preposition",
    "locative",     "adj_not_actor",  "event_noun",    "name_runon",     "noun_marker",    "object_pronoun",
    "intent_noun",  "prospect_word",  "perceive",      "coordinating_break", "sports_context",
    "government_noun", "abbreviation", "verdict_verb", "seize_verb", "settlement", "refusal", "time_unit", "people_noun", "arrival_verb", "border_noun",
    "accusation", "request_verb", "causative_verb", "threat_verb", "particle", "first_person", "reciprocal_word", "desire_verb", "negation_canceller",
    // single function words and small sets the frames test by position
    "infinitive_to", "agent_by", "complement_of", "article_the", "complementizer", "subject_pronoun",
    "possessive_pronoun", "coordinator", "conjunction_and", "member_preposition", "pair_preposition",
    "within_preposition", "partner_preposition", "stance_preposition", "gerund_preposition",
    "recipient_preposition", "time_phrase_word", "temporal_conjunction", "condition_conjunction",
    "contrast_word", "future_auxiliary", "relative_possessive", "sequence_modal", "as_word", "not_word",
    "exit_particle", "request_particle", "inversion_auxiliary", "perfect_have", "exclusion_verb", "dismissive_word",
    // the same for clauses.cpp and mentions.cpp
    "time_preposition", "clause_conjunction", "verb_coordinator", "attribution_word", "comparative_word",
    "border_preposition", "list_filler", "collective_noun", "warning_verb", "prevention_verb", "verb_prefix", "inclusion_word", "promise_verb", "request_noun", "request_for", "honorific", "conflict_end", "compass_adjective", "subordinator_prefix", "act_summary_noun", "request_with_for", "org_noun", "sports_hint", "reason_preposition", "topic_preposition", "quantity_noun", "amount_word", "amount_tail", "state_noun", "not_same_state", "time_adjunct", "visit_noun", "finding_verb", "abstract_foe", "approximator", "ties_noun", "armed_force_noun", "private_people_noun", "proposal_noun", "proposal_verb", "counted_noun", "invitation_noun", "local_office_noun", "proposal_particle_verb", "measure_aim_verb", "ally_preposition", "announce_verb", "deescalation_noun", "measure_head_noun"};

consteval int word_class(std::string_view name) {
  for (std::size_t i = 0; i < kWordClasses.size(); ++i)
    if (kWordClasses[i] == name) return static_cast<int>(i);
  throw "unknown word class";  // not a constant expression: a compile error at the call site
}

// One bit per class of kWordClasses; 128 bits so that each closed-class word the frames
// test ("by", "its") can be a class of its own and still be one bit test.
using WordMask = unsigned __int128;
static_assert(kWordClasses.size() <= 128, "WordMask has one bit per word class");

constexpr WordMask class_bit(int index) { return WordMask{1} << index; }

}  // namespace irkg
