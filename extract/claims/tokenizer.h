#pragma once
// Words and punctuation of a sentence, with their byte offsets, lower-case form and shape.
// One tokenizer serves both the dictionaries and the text, so a dictionary phrase and the
// same phrase in an article always split the same way.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "extract/claims/pos.h"

namespace irkg {

struct Token {
  std::string_view raw;  // as written
  std::string lower;     // ASCII-lower-cased; "’s" is normalised to "'s"
  std::size_t start = 0;  // byte offset in the tokenized text
  bool word = false;      // letters/digits (else punctuation)
  bool capitalized = false;  // first letter upper-case
  bool joined = false;       // no space before it ("Sino" "-" "Russian")
  unsigned __int128 classes = 0;  // WordMask: bits of the grammar word classes (word_class.h), set by the extractor
  Pos pos = Pos::None;        // part of speech, set by tag_tokens (tagger.h)
};

std::vector<Token> tokenize(std::string_view text);

// A token's membership in a grammar word class (extract/claims/word_class.h).
inline bool has(const Token& t, int word_class_index) { return (t.classes >> word_class_index) & 1U; }

// A quotation mark, straight or curly, single or double, or a guillemet. News quotes the
// words of a phrase ('would "pay dearly"'); the phrase and its modal read through them.
bool is_quote_mark(const Token& t);

// Upper-case letters only ("US", "NATO", "U.S."): such dictionary names match exactly.
bool is_all_caps(std::string_view word);

}  // namespace irkg
