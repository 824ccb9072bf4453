// Fuzz target: claim extraction (sentence splitting, actor and relation matching) on
// arbitrary text, with and without a published date.
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>

#include "core/document_reader.h"
#include "extract/extractor.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const irkg::Extractor extractor(irkg::load_lexicon());
  irkg::Document doc;
  doc.id = "fuzz";
  doc.text = irkg::to_clean_utf8(std::string(reinterpret_cast<const char*>(data), size));
  doc.published = size % 2 ? "2021-06-23" : "";
  (void)extractor.extract(doc);
  return 0;
}
