#pragma once
// Flattens an HTML page (parsed with gumbo) into text blocks plus a light element tree
// carrying what the content scorer needs: parent links, tag roles, class/id hints and
// subtree text/link counts. Script, style, forms' controls, hidden and embedded objects
// are skipped here; deciding what is furniture is left to html_content.
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "extract/text/text_util.h"

namespace irkg::text {

// Role bits of an element, from its tag and its class/id/role/itemprop attributes.
enum HtmlFlag : std::uint32_t {
  kFlagNavTag = 1u << 0,       // nav, aside, footer, menu; role=navigation/complementary/...
  kFlagHeaderTag = 1u << 1,    // header
  kFlagForm = 1u << 2,         // form
  kFlagFigure = 1u << 3,       // figure, figcaption
  kFlagArticleTag = 1u << 4,   // article, main, itemprop=articleBody, role=main
  kFlagNegative = 1u << 5,     // class/id says furniture: comment, related, share, sidebar ...
  kFlagPositive = 1u << 6,     // class/id says content: article, body, content, story, post ...
  kFlagBodyHint = 1u << 7,     // class/id names the article body itself: article-body, entry-content
  kFlagCaption = 1u << 8,      // class/id: caption, credit
  kFlagByline = 1u << 9,       // class/id: byline, author, dateline, timestamp
  kFlagList = 1u << 10,        // ul, ol
  kFlagTable = 1u << 11,       // table
};

enum class BlockKind { Paragraph, Heading, ListItem, Cell, Quote, Preformatted, Caption, Other };

struct HtmlElement {
  int parent = -1;
  int depth = 0;
  int tag = 0;             // GumboTag value
  std::uint32_t flags = 0;  // this element's own HtmlFlag bits
  const char* negative_reason = "";  // which furniture word matched (for DroppedBlock)
  const char* tag_reason = "";       // why the tag itself is furniture ("footer", "navigation")
  std::string class_id;     // lower-cased "class id" (sibling comparisons)
  // Filled by the content scorer.
  std::size_t text_chars = 0, link_chars = 0;
  double score = 0;
  bool scored = false;
};

struct HtmlBlock {
  std::string text;             // normalised; '\n' where <br> broke lines
  std::size_t chars = 0;        // code points
  std::size_t link_chars = 0;   // code points inside <a>
  WordStats words;              // computed once; the scorer and filters all read it
  int owner = -1;               // innermost block-level element
  BlockKind kind = BlockKind::Other;
  int heading_level = 0;
  std::uint32_t context = 0;    // OR of the flags of every ancestor
};

struct HtmlMetaTag {
  std::string key;    // lower-cased name/property/itemprop
  std::string value;  // content / datetime
};

struct HtmlPage {
  std::vector<HtmlElement> elements;  // pre-order: a parent always precedes its children
  std::vector<HtmlBlock> blocks;      // document order
  std::vector<HtmlMetaTag> meta;      // <meta>, <link rel=canonical>, itemprop values
  std::vector<std::string> json_ld;   // raw text of ld+json scripts
  std::string title_tag;              // <title>
  std::string first_time;             // first <time datetime> value
  int first_time_block = -1;          // blocks emitted before that <time>
};

// Parses `html` (valid UTF-8) and flattens it. Never throws on malformed markup.
HtmlPage parse_html_page(const std::string& html);

}  // namespace irkg::text
