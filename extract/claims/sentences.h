#pragma once
// Sentence boundaries in main text: the evidence unit of every claim.
#include <cstddef>
#include <string_view>
#include <vector>

#include "extract/claims/word_set.h"

namespace irkg {

struct SentenceSpan {
  std::size_t start = 0;  // byte offsets into the text
  std::size_t end = 0;
};

// Splits at . ! ? followed by space and an upper-case letter, digit or quote, and at line
// breaks (main text keeps one paragraph a line). `abbreviations` (lower-case, without the
// dot: "mr", "gen", "jan") never end a sentence; neither do initials ("George W. Bush").
std::vector<SentenceSpan> split_sentences(std::string_view text,
                                          const WordSet& abbreviations);

}  // namespace irkg
