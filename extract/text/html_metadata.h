#pragma once
// Page metadata from HTML: <meta> tags (Open Graph, article:*, Dublin Core, parsely),
// JSON-LD (NewsArticle and friends), <link rel=canonical>, <time datetime> and <title>.
#include "extract/text/html_dom.h"
#include "extract/text/page_metadata.h"

namespace irkg::text {

PageMetadata html_metadata(const HtmlPage& page);

}  // namespace irkg::text
