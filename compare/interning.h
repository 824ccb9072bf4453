#pragma once
// Small integer ids for the strings a comparison sees millions of times (actor codes,
// outlets): maps keyed by integers instead of strings keep a 10M-claim comparison fast.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "compare/stance.h"
#include "core/interner.h"

namespace irkg::compare_detail {

using irkg::Interner;  // core/interner.h

// normalize_outlet() once per distinct raw outlet string.
class OutletCache {
 public:
  std::uint32_t id(const Claim& c) { return id(std::string_view(c.outlet)); }
  std::uint32_t id(std::string_view raw) {
    const std::uint32_t r = raw_.id(raw);
    if (r == normalized_.size()) {  // a raw spelling seen the first time
      const std::string name = normalize_outlet(raw);
      normalized_.push_back(names_.id(name.empty() ? "unknown outlet" : name));  // as outlet_of()
    }
    return normalized_[r];
  }
  const std::string& name(std::uint32_t id) const { return names_.name(id); }
  std::size_t size() const { return names_.size(); }

 private:
  Interner raw_;                         // raw spellings
  std::vector<std::uint32_t> normalized_;  // raw id -> canonical id
  Interner names_;                        // canonical names
};

// The unordered pair of a claim as one 64-bit key of interned actor codes (smaller first
// by name, so keys sort like the names do when the interner is filled in name order).
inline std::uint64_t pair_id(Interner& actors, const Claim& c) {
  std::string_view a = c.subject.country.empty() ? std::string_view(c.subject.id) : std::string_view(c.subject.country);
  std::string_view b = c.object.country.empty() ? std::string_view(c.object.id) : std::string_view(c.object.country);
  if (b < a) std::swap(a, b);
  return (static_cast<std::uint64_t>(actors.id(a)) << 32) | actors.id(b);
}

}  // namespace irkg::compare_detail
