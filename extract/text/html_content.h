#pragma once
// Chooses the article body of an HTML page: scores elements by the prose they hold
// (readability-style: paragraph length, commas, link density, class/id hints), takes the
// best container and its related siblings, then filters the blocks inside it (nested
// furniture, link lists, related-article lists, bylines, captions, headings that lead
// nowhere).
#include <string>
#include <vector>

#include "extract/main_text.h"
#include "extract/text/html_dom.h"

namespace irkg::text {

struct HtmlContent {
  std::vector<std::string> paragraphs;  // kept, in page order, one paragraph each
  std::vector<DroppedBlock> dropped;
  std::string headline;                 // the page's <h1>, if one was found
  std::string byline_author;            // "By Jane Doe" near the top of the body
  std::string byline_date;              // YYYY-MM-DD from a byline/date block before the body
};

// `article_hint`: JSON-LD articleBody when present (may be empty); used to settle close
// calls between candidate containers, never as the text itself.
HtmlContent select_html_content(HtmlPage& page, const std::string& article_hint);

}  // namespace irkg::text
