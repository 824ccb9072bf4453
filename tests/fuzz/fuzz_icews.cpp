// Fuzz target: the ICEWS coded-event reader on arbitrary bytes (plain or compressed).
#include <cstddef>
#include <cstdint>
#include <string>

#include "importers/importers.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::vector<irkg::InputEntry> entries;
  try {
    entries = irkg::decode_import_bytes("fuzz", std::string(reinterpret_cast<const char*>(data), size));
  } catch (const irkg::ImportError&) {
    return 0;
  }
  for (const auto& entry : entries) (void)irkg::import_icews_events(entry.bytes, [](irkg::ImportedDocument&&) {});
  return 0;
}
