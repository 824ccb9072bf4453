#pragma once
// A document as read from input, before and after main-text extraction.
#include <string>

namespace irkg {

enum class DocumentFormat { Text, Html };

struct Document {
  std::string id;         // JSONL id; a file's canonical path; else a hash of the content
  DocumentFormat format = DocumentFormat::Text;
  std::string raw;        // the bytes as read (plain text or HTML)
  std::string text;       // main text after furniture removal (filled by extract/text)
  // Metadata: given on the command line or in JSONL (these win), else detected.
  std::string outlet;
  std::string url;
  std::string published;  // YYYY-MM-DD
  std::string title;
  std::string author;
  std::string agency;     // wire service of a syndicated story (canonical, data/agencies.tsv)
  std::string story;      // set at ingest on a near-copy: the id of the story's first document
};

}  // namespace irkg
