// Fuzz target: byte decoding; the output must always be valid UTF-8 and idempotent.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>

#include "core/document_reader.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string once = irkg::to_clean_utf8(std::string(reinterpret_cast<const char*>(data), size));
  if (irkg::to_clean_utf8(once) != once) std::abort();
  return 0;
}
