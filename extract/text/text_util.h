#pragma once
// Small text measures shared by the HTML and plain-text paths: whitespace clean-up, word
// counts, stop-word density, sentence endings and title case. All work on UTF-8 bytes and
// treat every non-ASCII byte as a letter, so non-Latin scripts count as words.
#include <cstddef>
#include <string>
#include <string_view>

namespace irkg::text {

// True when `s` is already what to_clean_utf8 would return: valid UTF-8 without NUL
// bytes or a leading byte-order mark. Lets the common case skip a copy.
bool is_clean_utf8(std::string_view s);

// Collapses runs of whitespace (ASCII and Unicode spaces such as NBSP) into one space and
// trims both ends. Newlines become spaces too.
std::string normalize_space(std::string_view s);
// Appends `s` to `out` the same way, continuing a run already in progress at out's end.
void append_normalized(std::string& out, std::string_view s);

std::string lower_ascii(std::string_view s);
bool starts_with_ci(std::string_view s, std::string_view prefix);
bool contains_ci(std::string_view haystack, std::string_view lower_needle);

// Number of Unicode code points (bytes that do not continue a UTF-8 sequence).
std::size_t char_count(std::string_view s);

struct WordStats {
  std::size_t words = 0;
  std::size_t stop_words = 0;      // English function words ("the", "of", "and")
  std::size_t capitalised = 0;     // words after the first that start upper-case (len >= 4)
  std::size_t long_words = 0;      // words after the first of length >= 4
  std::size_t sentence_ends = 0;   // ". " "? " "! " boundaries inside the text
  std::size_t commas = 0;
};
WordStats word_stats(std::string_view s);

inline double stop_density(const WordStats& w) {
  return w.words ? static_cast<double>(w.stop_words) / static_cast<double>(w.words) : 0.0;
}
// Share of longer words written with a capital: headlines in title case score high.
inline double title_case_ratio(const WordStats& w) {
  return w.long_words ? static_cast<double>(w.capitalised) / static_cast<double>(w.long_words) : 0.0;
}

// True when the text ends like a sentence: . ! ? … optionally followed by quotes/brackets.
bool ends_sentence(std::string_view s);

// Removes a leading list bullet ("• ", "- ", "* ", "· ", "► "); returns true if one was there.
bool strip_bullet(std::string_view& s);

}  // namespace irkg::text
