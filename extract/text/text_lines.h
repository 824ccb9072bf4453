#pragma once
// Splits plain text into lines with the features the text path decides on. Hard-wrapped
// prose (e-mails, 72-column dumps) is joined back into paragraphs first.
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "extract/text/furniture.h"
#include "extract/text/text_util.h"

namespace irkg::text {

struct TextLine {
  std::string text;          // whitespace-normalised, bullet removed
  std::size_t chars = 0;
  WordStats words;
  bool bullet = false;       // "• Europe", "- Europe"
  bool indented = false;     // started with two or more spaces
  bool group_start = false;  // first line after a blank line (or of the text)
  int repeats = 1;           // how often the same line occurs in the page
  Furniture furniture;
};

std::vector<TextLine> split_text_lines(std::string_view text);

}  // namespace irkg::text
