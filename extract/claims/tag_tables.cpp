#include "extract/claims/tag_tables.h"

namespace irkg::tag_tables {
namespace {

// FNV-1a, 32 bits: the hash cmake/gen_tag_tables.py placed the keys with.
std::uint32_t fnv1a(std::string_view s) {
  std::uint32_t h = 2166136261u;
  for (char c : s) {
    h ^= static_cast<unsigned char>(c);
    h *= 16777619u;
  }
  return h;
}

}  // namespace

const std::uint32_t* find(const Table& table, std::string_view key) {
  for (std::uint32_t i = fnv1a(key) & table.mask;; i = (i + 1) & table.mask) {
    const Slot& slot = table.slots[i];
    if (slot.key == 0) return nullptr;  // tables are at most half full: a probe ends
    if (str(slot.key) == key) return &slot.value;
  }
}

}  // namespace irkg::tag_tables
