// Fuzz target: the JSONL document reader (bad lines are reported, never fatal).
#include <cstddef>
#include <cstdint>
#include <sstream>
#include <string>

#include "core/document_reader.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::istringstream in(std::string(reinterpret_cast<const char*>(data), size));
  irkg::DocumentReader reader({}, [](irkg::Document&&) {}, [](const std::string&, const std::string&) {});
  reader.read_jsonl(in, "fuzz");
  return 0;
}
