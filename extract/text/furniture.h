#pragma once
// Recognises the wording of page furniture: section headers that open related-article
// lists, tag and share lines, author boxes, comment forms, newsletter prompts, cookie
// notices, copyright and login lines. The same rules serve HTML blocks and text lines.
#include <string_view>

namespace irkg::text {

enum class FurnitureKind {
  None,
  RelatedHeader,  // "Also Read", "Related", "More in Politics": a headline list follows
  RelatedInline,  // "Also Read: <headline>", "Read more: <headline>" on one line
  EndMarker,      // "Tags:", "Share this article", "About the author", "Leave a Reply"
  Line,           // one furniture line: cookie notice, copyright, login, share buttons
};

struct Furniture {
  FurnitureKind kind = FurnitureKind::None;
  const char* reason = "";  // short reason for DroppedBlock: "related-headlines", "cookie-notice"
};

// Classifies one block or line (whitespace already normalised).
Furniture classify_furniture(std::string_view line);

// A copyright line ("© 2025 - Example Media Private Limited", "Copyright 2020 Foo Inc.
// All rights reserved"); returns the holder's name without years and legal suffixes, or
// an empty view when the line is not a copyright line. The view points into `line`.
std::string_view copyright_holder(std::string_view line);

}  // namespace irkg::text
