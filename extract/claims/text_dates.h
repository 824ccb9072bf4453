#pragma once
// Dates stated in a sentence ("on July 8", "on Monday", "yesterday", "8 July 2021"),
// resolved against the document's published date, and years that make a claim historical.
#include <optional>
#include <string>
#include <vector>

#include "core/date.h"
#include "extract/claims/tokenizer.h"

namespace irkg {

struct SentenceDates {
  std::optional<Ymd> day;      // the day the sentence says its event happened
  std::optional<int> old_year; // a year well before publication ("in 1945"): historical
};

// `published` may be empty; then only dates with a year are resolved.
SentenceDates dates_in_sentence(const std::vector<Token>& tokens, const std::optional<Ymd>& published);

}  // namespace irkg
