#pragma once
// Tokens built from given words, as tokenize() would build them, for tagging a gold
// tokenization or a hand-written sentence without depending on the tokenizer.
#include <string>
#include <vector>

#include "extract/claims/tokenizer.h"

namespace irkg {

// The tokens view `words`, which must outlive them. joined[i]: no space before word i.
inline std::vector<Token> tokens_from_words(const std::vector<std::string>& words,
                                            const std::vector<bool>& joined = {}) {
  std::vector<Token> out;
  for (std::size_t i = 0; i < words.size(); ++i) {
    Token t;
    t.raw = words[i];
    for (char c : words[i]) t.lower += (c >= 'A' && c <= 'Z') ? static_cast<char>(c | 0x20) : c;
    for (unsigned char c : words[i])
      if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') t.word = true;
      else if ((c >= '0' && c <= '9') || c >= 0x80) t.word = true;
    const auto first = static_cast<unsigned char>(words[i][0]);
    t.capitalized = (first >= 'A' && first <= 'Z') || first >= 0x80;
    t.joined = i < joined.size() && joined[i];
    out.push_back(std::move(t));
  }
  return out;
}

}  // namespace irkg
