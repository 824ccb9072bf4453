// Fuzz target: main-text extraction on arbitrary bytes, as HTML and as plain text.
#include <cstddef>
#include <cstdint>
#include <string>

#include "core/document_reader.h"
#include "extract/main_text.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string bytes(reinterpret_cast<const char*>(data), size);
  irkg::Document doc;
  doc.raw = irkg::to_clean_utf8(bytes);
  doc.format = irkg::DocumentFormat::Html;
  (void)irkg::extract_main_text(doc);
  doc.format = irkg::DocumentFormat::Text;
  (void)irkg::extract_main_text(doc);
  return 0;
}
