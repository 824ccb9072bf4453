// Fuzz target: the GDELT readers on arbitrary bytes: gzip/zip decoding, variant detection,
// the Mentions reader and the 1.0/2.0 events mapper joined to those mentions.
#include <cstddef>
#include <cstdint>
#include <string>

#include "importers/importers.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string bytes(reinterpret_cast<const char*>(data), size);
  std::vector<irkg::InputEntry> entries;
  try {
    entries = irkg::decode_import_bytes("fuzz", bytes);
  } catch (const irkg::ImportError&) {
    return 0;  // a damaged archive is a reported error, not a crash
  }
  for (const auto& entry : entries) {
    (void)irkg::detect_variant(entry.bytes);
    irkg::MentionIndex mentions;
    (void)irkg::read_gdelt_mentions(entry.bytes, mentions);
    (void)irkg::import_gdelt_events(entry.bytes, [](irkg::ImportedDocument&&) {}, &mentions);
  }
  return 0;
}
