#pragma once
// Chooses the article body of a plain-text page (a scraped page rendered as lines): the
// same block decision as for HTML, made on lines, plus what only text shows: menus
// printed twice, bullet lists, short title-case lines and furniture section headers.
#include <string>
#include <string_view>
#include <vector>

#include "extract/main_text.h"
#include "extract/text/page_metadata.h"

namespace irkg::text {

struct TextContent {
  std::vector<std::string> paragraphs;
  std::vector<DroppedBlock> dropped;
  PageMetadata meta;  // title, byline author and date, outlet detected in the text
};

TextContent select_text_content(std::string_view text);

}  // namespace irkg::text
