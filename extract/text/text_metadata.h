#pragma once
// Metadata written into a plain-text page: the headline above the byline, the byline's
// author and date, and the outlet (the site name repeated at the top of the page, or the
// copyright holder).
#include <cstddef>
#include <string>
#include <vector>

#include "extract/text/page_metadata.h"
#include "extract/text/text_lines.h"

namespace irkg::text {

// `body_start`: index of the first line of the article body; the headline and byline are
// looked for above it (and in the first lines of the body). Sets `title_line` to the
// index of the headline line, or -1.
PageMetadata text_metadata(const std::vector<TextLine>& lines, std::size_t body_start, int& title_line);

}  // namespace irkg::text
