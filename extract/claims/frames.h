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

struct FrameHit {
  std::int32_t subject = -1;  // Lexicon::actors index
  std::int32_t object = -1;
  std::int32_t relation = -1;  // Lexicon::relations index
  bool negated = false;
  Modality modality = Modality::Asserted;
  int polarity = 0;  // set when a stance flips the relation's own sign ("opposes sanctions on")
};

// `carried_subject`: the actors the previous sentence was about, for "It also condemned ...".
// On return it holds what this sentence hands to the next one.
std::vector<FrameHit> apply_frames(const Lexicon& lex, const SentenceAnalysis& s,
                                   std::vector<std::int32_t>& carried_subject);

}  // namespace irkg
