#pragma once
// From an analysed sentence to relation instances: who did what to whom, per trigger.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "extract/claims/analysis.h"

namespace irkg {

// How a claim is put: as fact, as hearsay, as a possibility (never emitted), as intent,
// or as a fact of the past (set by the extractor from the sentence's year).
enum class Modality : std::uint8_t { Asserted, Reported, Hypothetical, Future, Historical };
// The name claims carry ("asserted", ...): the JSON and store formats.
constexpr std::string_view modality_name(Modality m) {
  constexpr std::string_view names[] = {"asserted", "reported", "hypothetical", "future", "historical"};
  return names[static_cast<std::size_t>(m)];
}

// Why a hit is what it is, for irkg explain: the names of the rules that chose each part.
// Every name is a string literal (static storage), so recording them costs no allocation
// on the extraction path; token indexes are -1 when no word is involved.
struct Why {
  std::string_view subject;   // "clause subject", "passive by-agent", "possessor" ...
  std::string_view object;    // "first actor group after the phrase", "OBJ slot" ...
  std::string_view polarity;  // "sign of the relation's weight", "stance verb x relation noun"
  std::string_view negation;  // empty when not negated: "negator before the phrase" ...
  std::string_view modality;  // empty when asserted: "modal word before the phrase" ...
  std::int32_t negator = -1;  // token of the negator, denial or refusal word
  std::int32_t modal = -1;    // token of the word that set the modality
  std::int32_t trigger = -1;  // SentenceAnalysis::triggers index
  std::int32_t reading = -1;  // index in that trigger's readings
  std::int32_t composed = -1;  // the relation noun's trigger a stance verb composed with
};

struct FrameHit {
  std::int32_t subject = -1;  // Lexicon::actors index
  std::int32_t object = -1;
  std::int32_t relation = -1;  // Lexicon::relations index
  bool negated = false;
  Modality modality = Modality::Asserted;
  int polarity = 0;  // set when a stance flips the relation's own sign ("opposes sanctions on")
  Why why;
};

// An act the document asserted in a sentence just before, for a stance on it named by a
// definite noun alone: "Azerbaijan shelled Armenian posts. France condemned the shelling."
struct RecentAct {
  std::int32_t subject = -1, object = -1;  // Lexicon::actors indexes
  std::int32_t relation = -1;              // Lexicon::relations index
  std::uint32_t sentence = 0;              // the sentence's ordinal in its document
};

// What a sentence is about, handed to the next one for its pronouns: the actors, and
// whether they were named as a person ("Armenia's foreign minister ... He accused ...").
struct CarriedSubject {
  std::vector<std::int32_t> actors;
  bool person = false;
  void clear() {
    actors.clear();
    person = false;
  }
};

// `carried_subject`: what the previous sentence was about, for "It also condemned ...".
// On return it holds what this sentence hands to the next one. `recent_acts`: the acts of
// the sentences just before, oldest first. `doerless_acts`, when given: hostile acts told
// with a target and no doer named in those sentences (subject -1); this sentence's are
// appended to it, with sentence 0 for the caller to number. `story_acts`, when given: the
// acts the document asserted so far, oldest first, for "the operation" told long after it.
// `story_state`: the state the document is mostly about (story_state()), or -1.
std::vector<FrameHit> apply_frames(const Lexicon& lex, const SentenceAnalysis& s, CarriedSubject& carried_subject,
                                   const std::vector<RecentAct>& recent_acts = {},
                                   std::vector<RecentAct>* doerless_acts = nullptr,
                                   const std::vector<RecentAct>* story_acts = nullptr, std::int32_t story_state = -1);

}  // namespace irkg
