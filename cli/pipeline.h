#pragma once
// The read → main text → claims pipeline shared by extract, ingest and re-extract.
// Documents are processed in bounded batches on N worker threads and handed on in input
// order, so output is deterministic and memory does not grow with the corpus.
#include <functional>
#include <string>
#include <vector>

#include "core/claim.h"
#include "core/document.h"
#include "core/document_reader.h"
#include "extract/extractor.h"

namespace irkg::cli {

struct ProcessedDocument {
  Document doc;               // with text and detected metadata filled in
  std::vector<Claim> claims;
  std::string error;  // set when this document could not be processed
};

class Pipeline {
 public:
  using ResultFn = std::function<void(ProcessedDocument&&)>;

  Pipeline(const Extractor& extractor, unsigned jobs, ResultFn on_result);
  ~Pipeline();  // flushes the last batch

  void add(Document&& doc);
  void flush();

 private:
  const Extractor& extractor_;
  unsigned jobs_;
  ResultFn on_result_;
  std::vector<Document> batch_;
};

// Main text for one document: furniture removal for pages, the text as given for a
// single paragraph (a JSONL sentence has no page around it to remove).
void prepare(Document& doc);

// Document fields the extractor does not copy onto claims (it predates them): the agency
// and the story group.
void stamp_claims(const Document& doc, std::vector<Claim>& claims);

// Input metadata flags shared by extract, ingest and text.
struct InputOptions {
  DocumentOverrides overrides;
  std::vector<std::string> lexicons;
  unsigned jobs = 1;
};

}  // namespace irkg::cli
