#pragma once
// From an analysed sentence to relation instances: who did what to whom, per trigger.
#include <cstdint>
#include <string>
#include <vector>

#include "extract/claims/analysis.h"

namespace irkg {

struct FrameHit {
  std::int32_t subject = -1;  // Lexicon::actors index
  std::int32_t object = -1;
  std::int32_t relation = -1;  // Lexicon::relations index
  bool negated = false;
  std::string modality = "asserted";
  int polarity = 0;  // set when a stance flips the relation's own sign ("opposes sanctions on")
};

// `carried_subject`: the actors the previous sentence was about, for "It also condemned ...".
// On return it holds what this sentence hands to the next one.
std::vector<FrameHit> apply_frames(const Lexicon& lex, const SentenceAnalysis& s,
                                   std::vector<std::int32_t>& carried_subject);

}  // namespace irkg
