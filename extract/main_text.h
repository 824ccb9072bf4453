#pragma once
// Main text of a scraped page: page furniture (menus, "Also Read" lists, share lines,
// bios, comment forms, cookie notices) removed, metadata detected.
#include <string>
#include <vector>

#include "core/document.h"

namespace irkg {

struct DroppedBlock {
  std::string text;    // the block as it appeared (trimmed)
  std::string reason;  // why it was dropped: "navigation", "related-headlines", ...
};

struct MainText {
  std::string text;  // kept blocks, one paragraph per line, blank line between blocks
  // Detected metadata (empty when not found).
  std::string title, author, published, outlet, url;
  std::string agency;  // wire service the story is credited to (data/agencies.tsv), or empty
  std::vector<DroppedBlock> dropped;
};

// Works on doc.raw according to doc.format. Never throws on bad input: junk in, little or
// no text out.
MainText extract_main_text(const Document& doc);

// Runs extract_main_text and fills doc.text plus any metadata field that is still empty
// (metadata given on the command line or in JSONL wins over detection).
void prepare_document(Document& doc);

}  // namespace irkg
